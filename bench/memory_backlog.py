"""Memory while ``ofbot run --once`` drains a backlog: does it stay flat?

Usage: python bench/memory_backlog.py [--messages 10000] [--db URL] [--json]
Stores ``--messages`` client mails (as the listeners would), then runs ``ofbot run --once`` on
them (process everything, deliver the answers to a maildir) and samples the process's resident
memory (``VmRSS`` in ``/proc``) and the number of messages processed every 0.2 s. "Flat" (issue 12)
compares the peak over the whole run with the peak after the first 1,000 messages (a fifth of a
smaller backlog): the model, templates and caches are loaded by then, so growth past it is memory
held per message. Asserts nothing.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from zoneinfo import ZoneInfo

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from sqlalchemy import create_engine, func, select  # noqa: E402

from bot.app import build_app  # noqa: E402
from bot.clients import import_clients, parse_clients_csv  # noqa: E402
from bot.clock import Clock  # noqa: E402
from bot.config import load_settings  # noqa: E402
from storage.models import Message  # noqa: E402
from tests.conftest import CLIENTS_CSV  # noqa: E402
from tests.support.mail import SUPPORT_TOPICS, make_mail  # noqa: E402

SENDERS = [
    "club@mermoz.example",
    "tresorier@mermoz.example",
    "contact@saint-ex.example",
    "office@skyschool.example",
    "ops@skyschool.example",
]
TOPICS = SUPPORT_TOPICS[:4]
INTERVAL = 0.2


def rss_mb(pid: int) -> float | None:
    """The resident set of a process in MB, or None once it has gone."""
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except (OSError, ValueError):
        return None
    return None


def measure(messages: int, db_url: str | None = None) -> dict[str, object]:
    """Store the backlog, drain it with ``run --once`` and return the memory figures (MB)."""
    with tempfile.TemporaryDirectory(prefix="ofbot-backlog-") as tmp:
        folder = Path(tmp)
        (folder / "ofbot.toml").write_text("", encoding="utf-8")
        env = {
            **os.environ,
            "PYTHONPATH": str(ROOT),
            "OFBOT_CONFIG": str(folder / "ofbot.toml"),
            "OFBOT_DATABASE_URL": db_url or f"sqlite:///{folder / 'ofbot.db'}",
            "OFBOT_OUTBOUND_MAILDIR": str(folder / "outbox"),
            "OFBOT_POLICY_REPLIES_PER_SENDER_PER_DAY": "1000000",
            "OFBOT_STAFF_FLOOD_COUNT": "1000000",
            "OFBOT_SERVICE_RUN_ONCE_SECONDS": "7200",  # the whole backlog in one run
        }
        for key in ("OFBOT_TELEGRAM_TOKEN", "OFBOT_IMAP_HOST", "OFBOT_NOW"):
            env.pop(key, None)
        app = build_app(load_settings(folder / "ofbot.toml", env=env), clock=Clock(ZoneInfo("Europe/Paris")))
        rows, _ = parse_clients_csv(CLIENTS_CSV, app.clock.year())
        with app.sessions() as session, session.begin():
            import_clients(session, rows, app.clock)
        started = time.perf_counter()
        for i in range(messages):
            body = f"Bonjour, depuis ce matin {TOPICS[i % len(TOPICS)]} (cas {i}). Pouvez-vous regarder ?"
            app.ingestor.store(
                make_mail(body, sender=SENDERS[i % len(SENDERS)], subject=f"Problème {i}"), "bench"
            )
        stored_s = time.perf_counter() - started
        url = app.settings.database.url
        app.close()
        engine = create_engine(url, connect_args={"timeout": 30} if url.startswith("sqlite") else {})
        samples: list[tuple[float, float, int]] = []  # (seconds, RSS MB, processed)
        with open(folder / "run.log", "wb") as log:
            proc = subprocess.Popen(
                [sys.executable, "-m", "bot.cli", "run", "--once"],
                cwd=folder,
                env=env,
                stdout=log,
                stderr=subprocess.STDOUT,
            )
        start = time.monotonic()
        try:
            while proc.poll() is None:
                rss = rss_mb(proc.pid)
                with engine.connect() as conn:
                    done = int(
                        conn.scalar(select(func.count(Message.id)).where(Message.status != "stored")) or 0
                    )
                if rss is not None:
                    samples.append((time.monotonic() - start, rss, done))
                time.sleep(INTERVAL)
        finally:
            if proc.poll() is None:
                proc.kill()
            proc.wait()
            elapsed = time.monotonic() - start
            with engine.connect() as conn:
                left = int(conn.scalar(select(func.count(Message.id)).where(Message.status == "stored")) or 0)
            engine.dispose()
    checkpoint = min(1000, messages // 5)
    early = [rss for _, rss, done in samples if done <= checkpoint]
    after_first = max(early) if early else None
    peak = max((rss for _, rss, _ in samples), default=None)
    return {
        "messages": messages,
        "store_seconds": round(stored_s, 1),
        "run_seconds": round(elapsed, 1),
        "msg_per_s": round(messages / elapsed, 1),
        "left": left,
        "exit_code": proc.returncode,
        "checkpoint": checkpoint,
        "peak_after_checkpoint_mb": round(after_first, 1) if after_first else None,
        "peak_mb": round(peak, 1) if peak else None,
        "growth": round(peak / after_first, 3) if peak and after_first else None,
        "samples": len(samples),
        "curve": [(round(t, 1), round(r, 1), d) for t, r, d in samples[:: max(1, len(samples) // 40)]],
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--messages", type=int, default=10000)
    parser.add_argument("--db", default=None, help="database URL (default: a temporary SQLite file)")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    figures = measure(args.messages, args.db)
    if args.json:
        print(json.dumps(figures))
        return 0
    print(
        f"run --once on {args.messages} stored mails: {figures['run_seconds']} s ({figures['msg_per_s']} msg/s), "
        f"{figures['left']} left; RSS peak {figures['peak_mb']} MB, after the first {figures['checkpoint']} "
        f"{figures['peak_after_checkpoint_mb']} MB: x{figures['growth']}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
