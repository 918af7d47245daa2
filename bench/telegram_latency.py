"""Latency from the SMTP ``250`` to the staff card at the Bot API server.

Runs ``bot.service.serve`` (SMTP listener, worker, Telegram desk) against the fake Bot API server
of the tests, on a temporary SQLite database, sends N support mails one after the other through
the real listener and prints how long each took to become a ``sendMessage`` at the fake server.

    .venv/bin/python bench/telegram_latency.py [N]
"""

from __future__ import annotations

import logging
import statistics
import sys
import tempfile
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # the tests' fake server and helpers

from bot.app import build_app
from bot.clients import import_clients, parse_clients_csv
from bot.config import Secret, TelegramSettings, load_settings
from tests.conftest import CLIENTS_CSV
from tests.support.fake_botapi import FakeBotApi
from tests.support.mail import make_mail
from tests.support.services import free_port
from tests.telegram.conftest import STAFF_CHAT, STAFF_USER, TOKEN, Service


def main(count: int) -> int:
    logging.basicConfig(level=logging.WARNING)
    fake = FakeBotApi(TOKEN).start()
    with tempfile.TemporaryDirectory() as tmp:
        config = Path(tmp) / "ofbot.toml"
        config.write_text("", encoding="utf-8")
        settings = load_settings(
            path=config,
            env={
                "OFBOT_DATABASE_URL": f"sqlite:///{tmp}/ofbot.db",
                "OFBOT_OUTBOUND_MAILDIR": f"{tmp}/outbox",
                "OFBOT_MAIL_ADDRESS": "support@localhost",
            },
        )
        settings = replace(
            settings,
            telegram=TelegramSettings(
                token=Secret(TOKEN), staff_chat_id=STAFF_CHAT, staff_user_ids=(STAFF_USER,), api_url=fake.url
            ),
            smtp=replace(settings.smtp, port=free_port()),
        )
        app = build_app(settings)
        rows, _ = parse_clients_csv(CLIENTS_CSV, app.clock.year())
        with app.sessions() as session, session.begin():
            import_clients(session, rows, app.clock)
        service = Service(app).start()
        fake.wait(lambda: fake.calls("getUpdates"))  # the desk is up
        latencies: list[float] = []
        try:
            for i in range(count):
                before = len(fake.calls("sendMessage"))
                accepted = service.send_mail(
                    make_mail(f"Bonjour, le module {i} ne répond plus.\nMerci", subject=f"Souci {i}")
                )
                call = fake.wait(
                    lambda before=before: next(
                        (c for c in fake.calls("sendMessage")[before:] if "[OF-" in c.params["text"]), None
                    ),
                    timeout=30,
                )
                latencies.append(call.at - accepted)
        finally:
            service.stop()
            app.close()
            fake.stop()
    ms = sorted(x * 1000 for x in latencies)
    print(f"SMTP 250 -> staff card at the Bot API server, {count} mails (SQLite, loopback):")
    print(
        f"  min {ms[0]:.1f} ms · median {statistics.median(ms):.1f} ms · "
        f"p90 {ms[int(0.9 * (len(ms) - 1))]:.1f} ms · max {ms[-1]:.1f} ms"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main(int(sys.argv[1]) if len(sys.argv) > 1 else 20))
