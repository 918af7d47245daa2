"""Hostile or broken header bytes are stored and processed on both back-ends, and nothing of
them reaches a header we send (issue 12 item 6; RELIABILITY 4, 5, 14)."""

from __future__ import annotations

import email
import email.policy

from sqlalchemy import select

from bot.app import App
from bot.mail.parse import valid_message_id
from storage.models import Message, OutboxMail


def _raw(
    message_id: bytes, subject: bytes = b"Export en panne", sender: bytes = b"tresorier@mermoz.example"
) -> bytes:
    return (
        b"From: " + sender + b"\r\n"
        b"To: support@localhost\r\n"
        b"Subject: " + subject + b"\r\n"
        b"Date: Tue, 24 Nov 2026 10:00:00 +0000\r\n"
        b"Message-ID: " + message_id + b"\r\n"
        b"\r\n"
        b"Bonjour,\r\nl'export comptable ne fonctionne plus depuis hier. Pouvez-vous regarder ?\r\nMerci\r\n"
    )


def _answers(app: App) -> list[email.message.EmailMessage]:
    with app.sessions() as session:
        raws = session.scalars(select(OutboxMail.raw).order_by(OutboxMail.id)).all()
    return [email.message_from_bytes(r, policy=email.policy.default) for r in raws]  # type: ignore[misc]


def test_nul_and_control_bytes_in_headers_are_stored_and_processed(clients: App) -> None:
    raw = _raw(b"<abc\x00def\x01@client.example>", subject=b"Export\x00 en\x07 panne")
    outcome = clients.ingestor.ingest(raw, "test")
    assert not outcome.quarantined, outcome.error
    with clients.sessions() as session:
        row = session.scalars(select(Message)).one()
        assert "\x00" not in row.message_id and "\x00" not in row.subject
        assert row.status == "processed"
    # the same bytes again are the same message (the dedup key is computed on the raw bytes)
    assert clients.ingestor.ingest(raw, "test").duplicate


def test_a_message_id_we_cannot_echo_is_left_out_of_our_threading_headers(clients: App) -> None:
    huge = b"<" + b"x" * 100_000 + b"@client.example>"
    outcome = clients.ingestor.ingest(_raw(huge), "test")
    assert not outcome.quarantined, outcome.error
    outcome = clients.ingestor.ingest(_raw(b"<ctl\x01id@client.example>", subject=b"Autre question"), "test")
    assert not outcome.quarantined, outcome.error
    answers = _answers(clients)
    assert len(answers) == 2
    for answer in answers:
        assert answer["In-Reply-To"] is None
        assert answer["References"] is None
        assert len(bytes(answer)) < 20_000


def test_a_valid_message_id_is_echoed(clients: App) -> None:
    clients.ingestor.ingest(_raw(b"<good.1@client.example>"), "test")
    (answer,) = _answers(clients)
    assert answer["In-Reply-To"] == "<good.1@client.example>"


def test_message_id_validation() -> None:
    assert valid_message_id("<a.b@c.example>")
    assert valid_message_id("<12345$abc@[127.0.0.1]>")
    for bad in (
        "",
        "a@b",
        "<a b@c>",
        "<ab>",
        "<a\x00@b>",
        "<a@b\r\n>",
        "<" + "x" * 300 + "@b>",
        "<a@b><c@d>",
    ):
        assert not valid_message_id(bad), bad


def test_a_from_header_with_encoded_crlf_is_processed(clients: App) -> None:
    # a From with CR/LF, a Message-ID with NUL: both processed, never quarantined
    raw = _raw(b"<n\x00ul@x.example>", sender=b"=?utf-8?q?Jean=0D=0ADupont?= <tresorier@mermoz.example>")
    outcome = clients.ingestor.ingest(raw, "test")
    assert not outcome.quarantined, outcome.error
