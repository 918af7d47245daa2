"""Understanding on labelled folders: per-field accuracy and wrong automatic answers.

    .venv/bin/python bench/understanding_eval.py                  # every corpus/sealed/* folder
    .venv/bin/python bench/understanding_eval.py FOLDER [FOLDER]  # given folders

The sealed split (``corpus/sealed/*``) is never used to train or tune anything: measure it once
per change and report that figure. Each folder needs ``expected.json`` and ``clients.csv``.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bot.learning.store import LiveModel  # noqa: E402
from tests.support.evaluate import evaluate  # noqa: E402


def main(argv: list[str]) -> int:
    folders = [Path(a) for a in argv] or sorted(
        p for p in (ROOT / "corpus" / "sealed").glob("*") if p.is_dir()
    )
    if not folders:
        print("no folder to evaluate (corpus/sealed/* is empty)", file=sys.stderr)
        return 1
    models = LiveModel()
    total_auto = total_wrong = total_kind = total_kind_right = 0
    total_reply = total_reply_right = total_wrong_confirm = 0
    for folder in folders:
        result = evaluate(folder, models)
        print("\n".join(result.lines()))
        total_auto += result.automatic
        total_wrong += len(result.wrong_automatic)
        kind = result.tallies.get("kind")
        if kind:
            total_kind += kind.total
            total_kind_right += kind.right
        reply = result.tallies.get("reply")
        if reply:
            total_reply += reply.total
            total_reply_right += reply.right
        total_wrong_confirm += result.wrong_confirmations
    if total_kind:
        print(
            f"== all: kind {total_kind_right}/{total_kind} {total_kind_right / total_kind:.1%}; "
            f"wrong automatic answers {total_wrong}/{total_auto}"
            + (f" ({total_wrong / total_auto:.1%})" if total_auto else "")
        )
    if total_reply:
        print(
            f"== all: reply {total_reply_right}/{total_reply} {total_reply_right / total_reply:.1%}; "
            f"wrong confirmations {total_wrong_confirm}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
