"""1 worker against 3 on PostgreSQL: a stored backlog drained by ``ofbot run --once`` processes.

Usage: python bench/workers.py [--messages N] [--pg URL] [--json FILE]
The backlog is stored first (as the listeners would), then drained once by one process and once
by three processes started together; each run has a schema of its own. Prints a table and a
JSON document; asserts nothing. On a 2-core machine three workers cannot reach 3x: the figure
says how much of the machine the claims let the workers use.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path
from zoneinfo import ZoneInfo

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from sqlalchemy import create_engine, func, select, text  # noqa: E402

from bot.app import build_app  # noqa: E402
from bot.clients import import_clients, parse_clients_csv  # noqa: E402
from bot.clock import Clock  # noqa: E402
from bot.config import load_settings  # noqa: E402
from storage.models import Message  # noqa: E402
from tests.conftest import CLIENTS_CSV  # noqa: E402
from tests.support.mail import SUPPORT_TOPICS, make_mail  # noqa: E402
from tests.support.services import PG_URL  # noqa: E402

TOPICS = SUPPORT_TOPICS[:4]
SENDERS = [
    "tresorier@mermoz.example",
    "contact@saint-ex.example",
    "ops@skyschool.example",
    "club@mermoz.example",
]


def run(pg: str, messages: int, workers: int, folder: Path) -> dict[str, object]:
    schema = f"bench_{uuid.uuid4().hex[:10]}"
    admin = create_engine(pg)
    with admin.begin() as conn:
        conn.execute(text(f'CREATE SCHEMA "{schema}"'))
    url = f"{pg}{'&' if '?' in pg else '?'}options=-csearch_path%3D{schema}"
    env = {
        **os.environ,
        "PYTHONPATH": str(ROOT),
        "OFBOT_DATABASE_URL": url,
        "OFBOT_CONFIG": str(folder / "ofbot.toml"),
        "OFBOT_OUTBOUND_MAILDIR": str(folder / f"out-{workers}"),
        "OFBOT_POLICY_REPLIES_PER_SENDER_PER_DAY": "1000000",
    }
    env.pop("OFBOT_TELEGRAM_TOKEN", None)
    (folder / "ofbot.toml").write_text("", encoding="utf-8")
    try:
        app = build_app(load_settings(folder / "ofbot.toml", env=env), clock=Clock(ZoneInfo("Europe/Paris")))
        rows, _ = parse_clients_csv(CLIENTS_CSV, app.clock.year())
        with app.sessions() as session, session.begin():
            import_clients(session, rows, app.clock)
        for i in range(messages):
            body = f"Bonjour, depuis ce matin {TOPICS[i % len(TOPICS)]} (cas {i}). Pouvez-vous regarder ?"
            app.ingestor.store(
                make_mail(body, sender=SENDERS[i % len(SENDERS)], subject=f"Problème {i}"), "bench"
            )
        start = time.monotonic()
        procs = [
            subprocess.Popen(
                [sys.executable, "-m", "bot.cli", "run", "--once"],
                cwd=folder,
                env={**env, "OFBOT_SERVICE_WORKER_NAME": f"w{n}"},
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
            )
            for n in range(workers)
        ]
        for proc in procs:
            proc.wait()
        elapsed = time.monotonic() - start
        with app.sessions() as session:
            left = session.scalar(select(func.count(Message.id)).where(Message.status == "stored"))
            shares = dict(
                session.execute(select(Message.worker, func.count()).group_by(Message.worker)).all()
            )
        app.close()
        return {
            "workers": workers,
            "messages": messages,
            "seconds": round(elapsed, 2),
            "msg_per_s": round(messages / elapsed, 1),
            "left": left,
            "shares": shares,
        }
    finally:
        with admin.begin() as conn:
            conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--messages", type=int, default=600)
    parser.add_argument("--pg", default=os.environ.get("OFBOT_TEST_PG_URL", PG_URL))
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        one = run(args.pg, args.messages, 1, Path(tmp))
        three = run(args.pg, args.messages, 3, Path(tmp))
    ratio = round(float(three["msg_per_s"]) / float(one["msg_per_s"]), 2)  # type: ignore[arg-type]
    print(f"{'workers':>8} {'messages':>9} {'seconds':>8} {'msg/s':>7}  shares")
    for r in (one, three):
        print(f"{r['workers']:>8} {r['messages']:>9} {r['seconds']:>8} {r['msg_per_s']:>7}  {r['shares']}")
    print(f"3 workers / 1 worker: {ratio}x (cores: {os.cpu_count()}, load before: {os.getloadavg()[0]:.1f})")
    document = {"one": one, "three": three, "ratio": ratio, "cpu_count": os.cpu_count()}
    print(json.dumps(document))
    if args.json:
        args.json.write_text(json.dumps(document, indent=2), encoding="utf-8")


if __name__ == "__main__":
    main()
