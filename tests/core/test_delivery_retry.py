"""Delivery never gives up silently: a relay away for hours gets everything once it is back;
after ``outbound.retry_days`` a mail is ``failed`` and staff are told. The clock is stepped."""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Iterator
from dataclasses import replace

import pytest
from aiosmtpd.controller import Controller
from sqlalchemy import select

from bot.app import App, build_app
from bot.clock import FixedClock
from storage.models import OutboxMail, StaffNotification
from tests.core.test_outbox import Capture, ingest_support, rows
from tests.support.services import free_port


@pytest.fixture
def relay() -> Iterator[tuple[Capture, int]]:
    capture = Capture()
    port = free_port()
    controller = Controller(capture, hostname="127.0.0.1", port=port)
    controller.start()
    yield capture, port
    controller.stop()


SUBJECTS = ["Export comptable", "Planning bloqué", "Facture en double", "Accès perdu"]


def relay_app(clients: App, clock: FixedClock, port: int) -> App:
    outbound = replace(clients.settings.outbound, relay_host="127.0.0.1", relay_port=port)
    return build_app(replace(clients.settings, outbound=outbound), clock=clock, migrate_schema=False)


def test_a_relay_back_after_hours_gets_everything_once(
    clients: App, relay: tuple[Capture, int], clock: FixedClock
) -> None:
    capture, port = relay
    app = relay_app(clients, clock, port)
    try:
        capture.refuse = True
        for subject in SUBJECTS:
            ingest_support(app, subject)
        for _ in range(40):  # ten hours of a relay answering 451, a pass every 15 minutes
            app.outbox.deliver_due()
            clock.advance(dt.timedelta(minutes=15))
        assert {m.state for m in rows(app)} == {"pending"}
        assert max(m.next_attempt_at for m in rows(app)) <= clock.now() + dt.timedelta(minutes=15)
        capture.refuse = False
        clock.advance(dt.timedelta(minutes=15))
        app.outbox.deliver_due()
        app.outbox.deliver_due()
        assert {m.state for m in rows(app)} == {"sent"}
        assert len(rows(app)) >= 2 and len(capture.received) == len(rows(app))  # each once
    finally:
        app.close()


def test_after_the_retry_time_a_mail_fails_and_staff_are_told(clients: App, clock: FixedClock) -> None:
    app = relay_app(clients, clock, free_port())  # nothing listens there
    try:
        ingest_support(app)
        app.outbox.deliver_due()
        clock.advance(dt.timedelta(days=4, hours=23))
        app.outbox.deliver_due()
        (mail,) = rows(app)
        assert mail.state == "pending"
        clock.advance(dt.timedelta(hours=2))
        app.outbox.deliver_due()
        (mail,) = rows(app)
        assert mail.state == "failed" and mail.lease_until is None
        with app.sessions() as session:
            told = session.scalars(
                select(StaffNotification.text).where(StaffNotification.event == "delivery_failed")
            ).all()
        assert len(told) == 1 and "outbox retry" in told[0]
    finally:
        app.close()


def test_mail_claimed_by_a_killed_worker_is_sent_by_another_within_seconds(
    clients: App, relay: tuple[Capture, int], clock: FixedClock
) -> None:
    capture, port = relay
    short = replace(clients.settings.service, lease_seconds=0.5, worker_name="survivor")
    outbound = replace(clients.settings.outbound, relay_host="127.0.0.1", relay_port=port)
    app = build_app(
        replace(clients.settings, outbound=outbound, service=short), clock=clock, migrate_schema=False
    )
    try:
        ingest_support(app)
        dead = replace(app.outbox.claims, worker="killed")
        assert dead.claim(OutboxMail, OutboxMail.state == "pending", 10)  # then it dies
        assert app.outbox.deliver_due().sent == 0  # leased
        time.sleep(0.7)
        assert app.outbox.deliver_due().sent == 1
        assert len(capture.received) == 1
    finally:
        app.close()
