"""Train the model shipped in the package (``bot/understand/default_kind_model.npz``).

    .venv/bin/python bench/ship_model.py [--dry-run]

The same training as ``ofbot model train`` on the labelled corpus in the repository
(``tests/data/understanding*`` and ``corpus/train/*``, never ``corpus/sealed``), without staff
corrections: what a fresh install reads first contacts and replies with. Prints the figures a
commit that changes the shipped model should quote.
"""

from __future__ import annotations

import datetime as dt
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bot.learning.corpus import corpus_examples, corpus_replies, training_folders  # noqa: E402
from bot.learning.train import train  # noqa: E402
from bot.understand.kind_model import DEFAULT_RESOURCE  # noqa: E402


def main(argv: list[str]) -> int:
    folders = training_folders(ROOT)
    now = dt.datetime.now(dt.UTC).replace(microsecond=0)
    trained = train(corpus_examples(folders), 0, now, corpus_replies(folders))
    print(json.dumps(trained.summary(), indent=2, ensure_ascii=False))
    print("folders:", ", ".join(f.name for f in folders))
    for kind, accuracy in trained.per_kind.items():
        print(f"  {kind:16} {accuracy:6.1%}  ({trained.counts.get(kind, 0)} examples)")
    if "--dry-run" not in argv:
        (ROOT / "bot" / "understand" / DEFAULT_RESOURCE).write_bytes(trained.blob)
        print(f"written bot/understand/{DEFAULT_RESOURCE} ({len(trained.blob)} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
