"""Reading one message, kind model included: milliseconds per message (issue 8, item 10).

Usage: python bench/read_speed.py [FOLDER ...]   (default: the shipped labelled sets)
Prints the model's load time (once per process), the median and 95th percentile of
``read_message`` with the model over every message, the model's own share, and whether
scikit-learn was imported (it must not be: reading uses the stored arrays with numpy).
Target: under 10 ms per message. Asserts nothing.
"""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bot.mail.parse import parse_message  # noqa: E402
from bot.understand import OurIdentity, read_message  # noqa: E402


def main(argv: list[str]) -> int:
    folders = [Path(a) for a in argv] or [
        ROOT / "tests" / "data" / n for n in ("understanding", "understanding_blind", "understanding_blind2")
    ]
    msgs = [parse_message(p.read_bytes()) for f in folders for p in sorted(f.glob("*.eml"))]
    our = OurIdentity(address="support@openflyers.example", domain="openflyers.example")
    started = time.perf_counter()
    from bot.learning.store import LiveModel

    model = LiveModel().packaged()
    load = time.perf_counter() - started
    for msg in msgs[:20]:  # warm up caches (regexes, numpy)
        read_message(msg, our, (), classifier=model, replies=model.reply)
    with_model: list[float] = []
    model_only: list[float] = []
    for msg in msgs:
        t0 = time.perf_counter()
        reading = read_message(msg, our, (), classifier=model, replies=model.reply)
        t1 = time.perf_counter()
        model.probabilities(reading.subject, reading.new_text)
        t2 = time.perf_counter()
        with_model.append(t1 - t0)
        model_only.append(t2 - t1)

    def ms(values: list[float], q: float) -> float:
        return 1000 * sorted(values)[min(len(values) - 1, int(q * len(values)))]

    print(
        f"messages: {len(msgs)}; model {model.model_id} (replies: {model.reply.model_id if model.reply else None}) loaded in {1000 * load:.0f} ms"
    )
    print(
        f"read_message with model: median {1000 * statistics.median(with_model):.2f} ms, p95 {ms(with_model, 0.95):.2f} ms, max {ms(with_model, 1.0):.2f} ms"
    )
    print(
        f"model alone:             median {1000 * statistics.median(model_only):.2f} ms, p95 {ms(model_only, 0.95):.2f} ms"
    )
    print(f"scikit-learn imported: {'sklearn' in sys.modules}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
