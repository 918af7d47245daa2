"""The SMTP/LMTP listener against real aiosmtpd servers on loopback (RELIABILITY 1, 12)."""

from __future__ import annotations

import asyncio
import logging
import smtplib
from collections.abc import Iterator
from dataclasses import replace

import pytest
from sqlalchemy import func, select

from bot.app import App
from bot.smtp import DeskHandler, start_listener
from storage.models import Message
from tests.support.mail import make_mail
from tests.support.services import free_port


class Listener:
    """Runs the listener in its own event loop thread, as ``ofbot run`` does."""

    def __init__(self, app: App, lmtp: bool = False, max_size: int | None = None, **overrides: int) -> None:
        import threading

        self.port = free_port()
        self.settings = replace(
            app.settings.smtp,
            port=self.port,
            lmtp=lmtp,
            max_size=max_size or app.settings.smtp.max_size,
            **overrides,
        )
        self.stored = 0
        self.handler = DeskHandler(app.ingestor, self.settings.domains, self._poke)
        self.loop = asyncio.new_event_loop()
        self.ready = threading.Event()
        self.thread = threading.Thread(target=self._run, daemon=True)
        self.thread.start()
        assert self.ready.wait(10)

    def _poke(self) -> None:
        self.stored += 1

    def _run(self) -> None:
        asyncio.set_event_loop(self.loop)
        self.server = self.loop.run_until_complete(start_listener(self.settings, self.handler))
        self.ready.set()
        self.loop.run_forever()

    async def _shutdown(self) -> None:
        self.server.close()
        await self.server.wait_closed()

    def close(self) -> None:
        """Close the server in its own loop's thread (asyncio objects are not thread-safe), then stop."""
        if self.loop.is_running():
            asyncio.run_coroutine_threadsafe(self._shutdown(), self.loop).result(10)
            self.loop.call_soon_threadsafe(self.loop.stop)
        self.thread.join(10)
        if not self.thread.is_alive():
            self.loop.close()


@pytest.fixture
def listener(clients: App) -> Iterator[Listener]:
    server = Listener(clients)
    yield server
    server.close()


def stored_count(app: App) -> int:
    with app.sessions() as session:
        return int(session.scalar(select(func.count(Message.id))) or 0)


def test_message_is_committed_before_250(clients: App, listener: Listener) -> None:
    raw = make_mail("Bonjour, le planning ne s'affiche plus.")
    with smtplib.SMTP("127.0.0.1", listener.port, timeout=10) as smtp:
        refused = smtp.sendmail("tresorier@mermoz.example", ["support@localhost"], raw)
    assert refused == {}
    assert stored_count(clients) == 1  # committed by the time 250 came back
    assert listener.stored == 1
    with clients.sessions() as session:
        message = session.scalars(select(Message)).one()
        assert message.raw.replace(b"\r\n", b"\n").rstrip() == raw.rstrip()
        assert message.source == "smtp" and message.status == "stored"
        assert message.envelope_from == "tresorier@mermoz.example"


def test_duplicate_delivery_creates_nothing_new(
    clients: App, listener: Listener, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO)
    raw = make_mail("Bonjour, le planning ne s'affiche plus.", message_id="<dup@mermoz.example>")
    traced = b"Received: from relay2.example by mx.example; Tue, 24 Nov 2026 10:00:01 +0100\r\n" + raw
    for payload in (raw, traced):
        with smtplib.SMTP("127.0.0.1", listener.port, timeout=10) as smtp:
            smtp.sendmail("tresorier@mermoz.example", ["support@localhost"], payload)
    assert stored_count(clients) == 1
    assert listener.stored == 1
    assert "already stored" in caplog.text


def test_foreign_recipient_domain_is_refused(clients: App, listener: Listener) -> None:
    with (
        smtplib.SMTP("127.0.0.1", listener.port, timeout=10) as smtp,
        pytest.raises(smtplib.SMTPRecipientsRefused) as err,
    ):
        smtp.sendmail("a@b.example", ["victim@elsewhere.example"], make_mail("relay me"))
    assert err.value.recipients["victim@elsewhere.example"][0] == 550
    assert stored_count(clients) == 0


def test_oversized_message_gets_552(clients: App) -> None:
    server = Listener(clients, max_size=2000)
    big = make_mail("une ligne de texte ordinaire\n" * 200)
    try:
        with smtplib.SMTP("127.0.0.1", server.port, timeout=10) as smtp:
            # announced with SIZE: refused at MAIL FROM
            with pytest.raises(smtplib.SMTPSenderRefused) as refused:
                smtp.sendmail("tresorier@mermoz.example", ["support@localhost"], big)
            assert refused.value.smtp_code == 552
        with smtplib.SMTP("127.0.0.1", server.port, timeout=10) as smtp:
            # not announced: refused after the data
            smtp.ehlo()
            assert smtp.mail("tresorier@mermoz.example")[0] == 250
            assert smtp.rcpt("support@localhost")[0] == 250
            assert smtp.data(big.replace(b"\n", b"\r\n"))[0] == 552
    finally:
        server.close()
    assert stored_count(clients) == 0


def test_internal_error_answers_451_and_keeps_nothing_half_done(
    clients: App, listener: Listener, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken_store(*args: object, **kwargs: object) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(clients.ingestor, "store", broken_store)  # fault injection: the database fails
    with smtplib.SMTP("127.0.0.1", listener.port, timeout=10) as smtp:
        with pytest.raises(smtplib.SMTPDataError) as err:
            smtp.sendmail("tresorier@mermoz.example", ["support@localhost"], make_mail("Bonjour"))
        assert err.value.smtp_code == 451
    assert stored_count(clients) == 0


def test_lmtp_answers_once_per_recipient(clients: App) -> None:
    server = Listener(clients, lmtp=True)
    try:
        lmtp = smtplib.LMTP("127.0.0.1", server.port, timeout=10)
        try:
            lmtp.ehlo_or_helo_if_needed()
            code, _ = lmtp.mail("tresorier@mermoz.example")
            assert code == 250
            assert lmtp.rcpt("support@localhost")[0] == 250
            assert lmtp.rcpt("aide@localhost")[0] == 250
            code, _ = lmtp.data(make_mail("Bonjour, deux destinataires."))
            assert code == 250
            # the second recipient's reply must be waiting on the wire (RFC 2033 4.2)
            second_code, _ = lmtp.getreply()
            assert second_code == 250
        finally:
            lmtp.close()
    finally:
        server.close()
    assert stored_count(clients) == 1
