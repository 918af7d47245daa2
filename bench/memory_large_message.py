"""Peak memory and time to store and process one large message (issue 12: under 4x its size).

Usage: python bench/memory_large_message.py [--mb 25] [--json]
Builds a mail whose attachment makes it about ``--mb`` MB, stores it, processes it through the
pipeline and the handler on a temporary SQLite database, and prints the peak of Python
allocations (tracemalloc) over the message's size, for the whole skeleton path and for the
CPython parse of the whole message that the skeleton avoids. Asserts nothing.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
import tracemalloc
from email.message import EmailMessage
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bot.app import build_app
from bot.config import load_settings
from bot.mail.parse import parse_message


def large_mail(megabytes: float) -> bytes:
    msg = EmailMessage()
    msg["From"] = "Claire Dupont <president@mermoz.example>"
    msg["To"] = "support@localhost"
    msg["Subject"] = "Changement de responsable : lettre et K-BIS"
    msg["Message-ID"] = f"<large.{time.time_ns()}@mermoz.example>"
    msg.set_content("Bonjour,\nvoici la lettre signée et l'extrait K-BIS scanné.\nCordialement")
    msg.add_attachment(
        os.urandom(int(megabytes * 1e6 * 3 / 4)), maintype="application", subtype="pdf", filename="kbis.pdf"
    )
    return msg.as_bytes()


def peak(action: object) -> tuple[float, float]:
    """(peak MB above the start, seconds) of calling ``action``."""
    tracemalloc.start()
    start, _ = tracemalloc.get_traced_memory()
    began = time.perf_counter()
    action()  # type: ignore[operator]
    seconds = time.perf_counter() - began
    _, top = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return (top - start) / 1e6, seconds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--mb", type=float, default=25.0)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="ofbot-bench-"))
    (folder / "ofbot.toml").write_text("", encoding="utf-8")
    settings = load_settings(
        path=folder / "ofbot.toml",
        env={
            "OFBOT_DATABASE_URL": f"sqlite:///{folder}/bench.db",
            "OFBOT_OUTBOUND_MAILDIR": str(folder / "out"),
        },
    )
    app = build_app(settings)
    raw = large_mail(args.mb)
    size_mb = len(raw) / 1e6
    stored = app.ingestor.store(raw, "bench")
    process_mb, process_s = peak(lambda: app.ingestor.process(stored.row_id))
    whole_mb, whole_s = peak(lambda: parse_message(raw, skeleton_from=len(raw) + 1))
    app.close()
    figures = {
        "message_mb": round(size_mb, 1),
        "process_peak_mb": round(process_mb, 1),
        "process_peak_ratio": round(process_mb / size_mb, 2),
        "process_seconds": round(process_s, 2),
        "whole_parse_peak_ratio": round(whole_mb / size_mb, 2),
        "whole_parse_seconds": round(whole_s, 2),
    }
    if args.json:
        print(json.dumps(figures))
        return
    print(f"message: {size_mb:.1f} MB (an attachment of {args.mb * 0.75:.1f} MB, base64)")
    print(
        f"load + parse + pipeline + handler: peak {process_mb:.1f} MB above start "
        f"({process_mb / size_mb:.2f}x the message), {process_s:.2f} s"
    )
    print(f"CPython parse of the whole message (avoided): {whole_mb / size_mb:.2f}x, {whole_s:.2f} s")


if __name__ == "__main__":
    main()
