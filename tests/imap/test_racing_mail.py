"""Mail appended while a poll runs is taken at once, not at the next IDLE renewal."""

from __future__ import annotations

import random
import time
from dataclasses import replace

from bot.app import App
from bot.clock import FixedClock
from bot.config import Settings
from storage.models import Message
from tests.imap.conftest import Watcher, count, make_imap_app, wait_for
from tests.support.dovecot import MailAccount, dovecot, dovecot_server  # noqa: F401 (fixtures)
from tests.support.mail import make_mail


def test_mail_racing_with_polls_is_never_left_unseen(
    settings: Settings,
    clock: FixedClock,
    dovecot: MailAccount,  # noqa: F811
) -> None:
    # IDLE renewed only every 10 minutes: only the re-check after each poll can find racing mail.
    app: App = make_imap_app(settings, clock, replace(dovecot.settings(), idle_seconds=600))
    total = 150
    watcher = Watcher(app)
    try:
        pace = random.Random(7)
        with dovecot.client() as client:  # one mail at a time, often while a poll is storing the last
            for i in range(total):
                client.append("INBOX", make_mail(f"Bonjour, requête {i}", subject=f"Demande {i}"))
                time.sleep(pace.uniform(0.0, 0.12))
        wait_for(lambda: count(app, Message) == total, timeout=60)
    finally:
        watcher.stop()
        app.close()
