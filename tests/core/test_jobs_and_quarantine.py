"""Periodic jobs (reminders, expiry, renewal alerts) and quarantine of messages that cannot be processed."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from bot import pipeline
from bot.app import App
from bot.clock import FixedClock
from bot.jobs import Jobs
from storage.models import Client, Message, OutboxMail, StaffNotification
from tests.support.mail import make_mail

SUPPORT = "Bonjour, le planning affiche une erreur depuis ce matin, pouvez-vous regarder ?"


def jobs(app: App) -> Jobs:
    return Jobs(app.sessions, app.settings, app.clock, app.renderer)


def templates_sent(app: App) -> list[str]:
    with app.sessions() as session:
        return list(session.scalars(select(OutboxMail.template).order_by(OutboxMail.id)))


def test_reminder_then_expiry_of_an_unanswered_estimate(clients: App, clock: FixedClock) -> None:
    app = clients
    ref = str(app.ingestor.ingest(make_mail(SUPPORT), "test").explanation["request"])
    app.staff.estimate(ref, "1", "shell:alice")
    jobs(app).remind_and_expire()
    assert templates_sent(app)[-1] == "common/estimate"  # too early
    clock.advance(dt.timedelta(days=7, minutes=1))
    jobs(app).remind_and_expire()
    jobs(app).remind_and_expire()
    assert templates_sent(app).count("common/reminder") == 1
    clock.advance(dt.timedelta(days=23))
    jobs(app).remind_and_expire()
    assert templates_sent(app)[-1] == "common/expired"
    assert app.staff.show(ref)["state"] == "expired"
    assert app.staff.balance("mermoz").used == 0


def test_renewal_alert_once_per_client_in_december(clients: App, clock: FixedClock) -> None:
    app = clients
    assert jobs(app).renewal_alerts().count == 0  # November
    clock.instant = dt.datetime(2026, 12, 1, 8, 0, tzinfo=dt.UTC)
    assert jobs(app).renewal_alerts().count == 4
    assert jobs(app).renewal_alerts().count == 0
    with app.sessions() as session:
        to = set(session.scalars(select(OutboxMail.to_addr).where(OutboxMail.template == "renewal/alert")))
    assert {"club@mermoz.example", "tresorier@mermoz.example"} <= to  # client and contact e-mail (R4)


def test_hours_are_per_calendar_year(clients: App, clock: FixedClock) -> None:
    app = clients
    assert jobs(app).year_end_notice().count == 0  # November, on a desk installed today: nothing to say
    ref = str(app.ingestor.ingest(make_mail(SUPPORT), "test").explanation["request"])
    app.staff.estimate(ref, "2", "shell:alice")
    with app.sessions() as session:
        estimate = session.scalars(select(OutboxMail).order_by(OutboxMail.id.desc())).first()
        assert estimate is not None
    clock.instant = dt.datetime(2027, 1, 2, 9, 0, tzinfo=dt.UTC)  # confirmed in the new year
    # renewed for 2027 (R1): its 2027 bonus hours pay; without them the 2 h would be invoiced (R55)
    with app.sessions() as session, session.begin():
        client = session.scalar(select(Client).where(Client.platform == "mermoz"))
        assert client is not None
        client.paid_until = 2027
    app.ingestor.ingest(make_mail("OK", in_reply_to=estimate.message_id, subject="Re: estimation"), "test")
    assert app.staff.balance("mermoz", 2027).used == 2
    assert app.staff.balance("mermoz", 2026).used == 0
    assert jobs(app).year_end_notice().count >= 1  # unused 2026 hours reported to staff once
    assert jobs(app).year_end_notice().count == 0


def test_a_message_that_cannot_be_processed_is_quarantined_and_the_next_goes_on(
    clients: App, monkeypatch: pytest.MonkeyPatch
) -> None:
    app = clients
    real_decide = pipeline.decide

    def flaky_decide(session, raw, *args, **kwargs):  # type: ignore[no-untyped-def]
        if b"POISON" in raw:
            raise RuntimeError("handler exploded")
        return real_decide(session, raw, *args, **kwargs)

    monkeypatch.setattr("bot.ingest.decide", flaky_decide)  # fault injection
    bad = app.ingestor.ingest(make_mail(SUPPORT + " POISON"), "test")
    good = app.ingestor.ingest(make_mail(SUPPORT), "test")
    assert bad.quarantined and "handler exploded" in (bad.error or "")
    assert not good.quarantined and good.explanation["request"]
    with app.sessions() as session:
        message = session.get(Message, bad.row_id)
        assert message is not None and message.status == "quarantined" and b"POISON" in message.raw
        events = session.scalars(select(StaffNotification.event)).all()
        assert "quarantined" in events
    # nothing half-done: the quarantined message created no request and no mail
    assert app.staff.queue()[0].request == good.explanation["request"] and len(app.staff.queue()) == 1
