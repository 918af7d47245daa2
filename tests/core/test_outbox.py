"""Outbound mail: headers per the contract, maildir exactly once, an SMTP relay with retries."""

from __future__ import annotations

import datetime as dt
import email
import email.policy
import logging
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path

import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import Envelope, Session
from sqlalchemy import select

from bot.app import App, build_app
from bot.clock import FixedClock
from bot.outbox import DeliveryError, MaildirTransport
from storage.models import OutboxMail
from tests.support.mail import make_mail
from tests.support.services import free_port


def ingest_support(app: App, subject: str = "Export comptable") -> str:
    outcome = app.ingestor.ingest(make_mail("Bonjour, l'export ne marche plus.", subject=subject), "test")
    return str(outcome.explanation["request"])


def rows(app: App) -> list[OutboxMail]:
    with app.sessions() as session:
        return list(session.scalars(select(OutboxMail).order_by(OutboxMail.id)))


def test_outbound_headers_follow_the_contract(clients: App) -> None:
    ref = ingest_support(clients)
    clients.deliver()
    (mail,) = rows(clients)
    msg = email.message_from_bytes(mail.raw, policy=email.policy.default)
    assert msg["Auto-Submitted"] == "auto-replied"
    assert msg["X-Auto-Response-Suppress"] == "All"
    assert msg["Message-ID"].endswith("@localhost>")
    assert f"[{ref}]" in msg["Subject"]
    assert msg["In-Reply-To"] and msg["References"]
    files = list((Path(clients.settings.outbound.maildir) / "new").iterdir())
    assert len(files) == 1 and files[0].read_bytes() == mail.raw
    assert mail.state == "sent" and mail.attempts == 1


def test_header_injection_in_subject_is_neutralised(clients: App) -> None:
    raw = make_mail(
        "Bonjour, le planning affiche une erreur depuis ce matin, pouvez-vous regarder ?", subject="Aide"
    ).replace(b"Subject: Aide", b"Subject: Aide\r\n =?utf-8?q?x=0D=0ABcc=3A_evil=40x.example?=")
    clients.ingestor.ingest(raw, "test")
    (mail,) = rows(clients)
    msg = email.message_from_bytes(mail.raw, policy=email.policy.default)
    assert msg["Bcc"] is None and "\n" not in str(msg["Subject"])


def test_maildir_delivery_is_exactly_once_after_a_crash(clients: App, tmp_path: Path) -> None:
    ingest_support(clients)
    (mail,) = rows(clients)
    (tmp_path / "box").mkdir()  # made by `ofbot init`; the transport never creates it (issue 11)
    transport = MaildirTransport(tmp_path / "box")
    transport.send(mail, "support@localhost")
    transport.send(mail, "support@localhost")  # the retry after a crash before the row was marked sent
    assert len(list((tmp_path / "box" / "new").iterdir())) == 1


@dataclass
class Capture:
    received: list[Envelope] = field(default_factory=list)
    refuse: bool = False

    async def handle_DATA(self, server: object, session: Session, envelope: Envelope) -> str:
        if self.refuse:
            return "451 4.3.0 try later"
        self.received.append(envelope)
        return "250 OK"


@pytest.fixture
def relay() -> Iterator[tuple[Capture, int]]:
    capture = Capture()
    port = free_port()
    controller = Controller(capture, hostname="127.0.0.1", port=port)
    controller.start()
    yield capture, port
    controller.stop()


def test_relay_delivery_with_retry_and_backoff(
    clients: App, relay: tuple[Capture, int], clock: FixedClock
) -> None:
    capture, port = relay
    settings = replace(
        clients.settings, outbound=replace(clients.settings.outbound, relay_host="127.0.0.1", relay_port=port)
    )
    app = build_app(settings, clock=clock)
    try:
        capture.refuse = True
        ingest_support(app)
        report = app.outbox.deliver_due()
        assert (report.sent, report.retried) == (0, 1)
        (mail,) = rows(app)
        assert mail.state == "pending" and mail.attempts == 1 and mail.next_attempt_at > clock.now()
        assert app.outbox.deliver_due().sent == 0  # not due yet: backoff
        capture.refuse = False
        clock.advance(dt.timedelta(minutes=2))
        assert app.outbox.deliver_due().sent == 1
        assert app.outbox.deliver_due().sent == 0  # sent once
        assert len(capture.received) == 1
        envelope = capture.received[0]
        assert envelope.rcpt_tos == ["tresorier@mermoz.example"]
        assert envelope.mail_from == "support@localhost"
    finally:
        app.close()


def test_relay_unreachable_keeps_mail_pending_then_fails_for_good(clients: App, clock: FixedClock) -> None:
    port = free_port()  # nothing listens there
    outbound = replace(clients.settings.outbound, relay_host="127.0.0.1", relay_port=port, max_attempts=3)
    app = build_app(replace(clients.settings, outbound=outbound), clock=clock)
    try:
        ingest_support(app)
        for _ in range(3):
            app.outbox.deliver_due()
            clock.advance(dt.timedelta(hours=2))
        (mail,) = rows(app)
        assert mail.state == "failed" and mail.attempts == 3 and "unreachable" in (mail.last_error or "")
    finally:
        app.close()


class RefusingRelay:
    """A relay that refuses every mail, quoting the recipient as real relays do."""

    def send(self, mail: OutboxMail, sender: str) -> None:
        raise DeliveryError(f"550 5.1.1 <{mail.to_addr}>: Recipient address rejected", permanent=True)


def test_outbox_logs_redact_addresses(
    clients: App, clock: FixedClock, caplog: pytest.LogCaptureFixture
) -> None:
    app = build_app(clients.settings, clock=clock, transport=RefusingRelay())
    try:
        ingest_support(app)
        with caplog.at_level(logging.INFO, logger="ofbot"):
            assert app.outbox.deliver_due().failed == 1
    finally:
        app.close()
    logged = "\n".join(r.getMessage() for r in caplog.records if r.name.startswith("ofbot.outbox"))
    assert "failed for good" in logged and "t***@mermoz.example" in logged
    assert "tresorier@" not in logged
