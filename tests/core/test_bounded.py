"""Bounded processing: a huge header is read to a limit for understanding, the mail kept whole."""

from __future__ import annotations

from sqlalchemy import select

from bot.app import App
from bot.mail.parse import MAX_HEADER_CHARS, parse_message
from storage.models import Message


def huge_subject_mail(size: int) -> bytes:
    subject = b"Planning en erreur " * (size // 19)
    return (
        b"From: tresorier@mermoz.example\nTo: support@localhost\nMessage-ID: <huge@mermoz.example>\n"
        b"Subject: " + subject + b"\nContent-Type: text/plain; charset=utf-8\n\n"
        b"Bonjour, le planning affiche une erreur depuis ce matin, pouvez-vous regarder ?\n"
    )


def test_a_megabyte_subject_is_read_to_the_limit() -> None:
    parsed = parse_message(huge_subject_mail(1_000_000))
    assert len(parsed.subject) <= MAX_HEADER_CHARS
    assert parsed.subject.startswith("Planning en erreur")
    assert any(d.startswith("Subject:") and "read to" in d for d in parsed.defects)


def test_a_mail_with_a_huge_subject_is_processed_and_kept_whole(clients: App) -> None:
    raw = huge_subject_mail(2_000_000)
    outcome = clients.ingestor.ingest(raw, "smtp")
    assert not outcome.quarantined and outcome.explanation["request"]
    with clients.sessions() as session:
        stored = session.scalar(select(Message.raw).where(Message.id == outcome.row_id))
    assert stored == raw
