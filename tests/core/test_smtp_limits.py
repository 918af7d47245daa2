"""The listener's limits against a real aiosmtpd server on loopback (issue 12 item 6): sessions
in all and per peer, idle sessions closed well before 300 s, long lines tolerated, one log line
per 451."""

from __future__ import annotations

import logging
import smtplib
import socket
import time

import pytest

from bot.app import App
from tests.core.test_smtp import Listener, stored_count
from tests.support.mail import make_mail


def _greeting(port: int) -> tuple[socket.socket, bytes]:
    sock = socket.create_connection(("127.0.0.1", port), timeout=10)
    return sock, sock.recv(512)


def test_sessions_past_the_per_peer_limit_get_421_and_a_freed_slot_is_reused(clients: App) -> None:
    server = Listener(clients, max_sessions_per_ip=3)
    held: list[socket.socket] = []
    try:
        for _ in range(3):
            sock, greeting = _greeting(server.port)
            assert greeting.startswith(b"220")
            held.append(sock)
        extra, greeting = _greeting(server.port)
        assert greeting.startswith(b"421")
        extra.close()
        held.pop().close()
        deadline = time.monotonic() + 10
        while True:  # the slot is released once the server has seen the close
            sock, greeting = _greeting(server.port)
            if greeting.startswith(b"220") or time.monotonic() > deadline:
                break
            sock.close()
            time.sleep(0.05)
        assert greeting.startswith(b"220")
        held.append(sock)
    finally:
        for sock in held:
            sock.close()
        server.close()


def test_total_session_limit(clients: App) -> None:
    server = Listener(clients, max_sessions=2)
    held: list[socket.socket] = []
    try:
        for _ in range(2):
            held.append(_greeting(server.port)[0])
        extra, greeting = _greeting(server.port)
        assert greeting.startswith(b"421")
        extra.close()
    finally:
        for sock in held:
            sock.close()
        server.close()


def test_idle_session_is_closed(clients: App) -> None:
    server = Listener(clients, idle_timeout=1)
    try:
        sock, greeting = _greeting(server.port)
        assert greeting.startswith(b"220")
        sock.settimeout(20)
        started = time.monotonic()
        assert sock.recv(512) == b""  # the server closed the silent session
        assert time.monotonic() - started < 15
        sock.close()
    finally:
        server.close()


def test_a_line_longer_than_1000_octets_is_accepted(clients: App) -> None:
    server = Listener(clients)
    try:
        raw = (
            b"From: tresorier@mermoz.example\r\nTo: support@localhost\r\nSubject: Export\r\n"
            b"Message-ID: <long.line@mermoz.example>\r\n\r\nBonjour, "
            + b"tres long paragraphe sans retour a la ligne " * 120
            + b"\r\n"
        )
        assert max(len(line) for line in raw.split(b"\n")) > 1000
        with smtplib.SMTP("127.0.0.1", server.port, timeout=10) as smtp:
            assert smtp.sendmail("tresorier@mermoz.example", ["support@localhost"], raw) == {}
    finally:
        server.close()
    assert stored_count(clients) == 1


def test_a_451_logs_one_line_without_traceback(
    clients: App, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    def broken_store(*args: object, **kwargs: object) -> None:
        raise OSError("database link frozen")

    server = Listener(clients)
    monkeypatch.setattr(clients.ingestor, "store", broken_store)
    caplog.set_level(logging.INFO, logger="ofbot.smtp")
    try:
        with smtplib.SMTP("127.0.0.1", server.port, timeout=10) as smtp:
            with pytest.raises(smtplib.SMTPDataError) as err:
                smtp.sendmail("tresorier@mermoz.example", ["support@localhost"], make_mail("Bonjour"))
            assert err.value.smtp_code == 451
    finally:
        server.close()
    records = [r for r in caplog.records if "451" in r.getMessage()]
    assert len(records) == 1
    assert records[0].exc_info is None
    assert "database link frozen" in records[0].getMessage()
