"""Several workers on one database: a stored message is processed once, whoever gets it first."""

from __future__ import annotations

import threading

from sqlalchemy import func, select

from bot.app import App, build_app
from storage.models import OutboxMail, Request
from tests.support.mail import make_mail

SUPPORT = "Bonjour, le planning affiche une erreur depuis ce matin, pouvez-vous regarder ?"


def test_two_workers_process_each_stored_message_once(clients: App) -> None:
    app = clients
    for i in range(20):
        app.ingestor.store(make_mail(f"{SUPPORT} ({i})"), "test")
    other = build_app(app.settings, clock=app.clock, migrate_schema=False)
    try:
        workers = [threading.Thread(target=a.ingestor.process_pending) for a in (app, other, app)]
        for worker in workers:
            worker.start()
        for worker in workers:
            worker.join(60)
    finally:
        other.close()
    with app.sessions() as session:
        assert session.scalar(select(func.count(Request.id))) == 20
        assert session.scalar(select(func.count(OutboxMail.id))) == 20
