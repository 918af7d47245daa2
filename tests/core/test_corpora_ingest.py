"""Every message of ``../shared/corpora`` through the full pipeline: stored, never a crash, and no
answer to any bounce or auto-reply even when its sender is a client on record (RELIABILITY 4, 8)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import func, select

from bot.app import App
from bot.clients import ClientRow, import_clients
from bot.mail.parse import dedup_key, parse_message
from storage.models import Message, OutboxMail
from tests.support.services import unavailable

CORPORA = Path(__file__).resolve().parents[2].parent / "shared" / "corpora"

# Folders (or files) whose messages are all machines: bounces, DSNs, complaints, auto-replies.
MACHINE_SETS = (
    "flufl-bounce",
    "perl-bounceparser/t/corpus",
    "php-bounce-handler",
    "mailgun-flanker/bounce",
    "mailgun-flanker/complaints",
    "go-enmime/dsn",
    "ruby-mail/multipart_report_emails",
)
NOT_MACHINES = {"non-autoreply.msg"}  # the corpus's own negative example


def corpus_files() -> Iterator[Path]:
    for path in sorted(CORPORA.rglob("*")):
        if path.is_file() and path.name not in ("README.md", "SOURCE.md", "LICENSE", "LICENSE.txt"):
            yield path


def machine_files() -> list[Path]:
    found: list[Path] = []
    for name in MACHINE_SETS:
        found += [p for p in sorted((CORPORA / name).rglob("*")) if p.is_file() and p.suffix != ".md"]
    return [p for p in found if p.name not in NOT_MACHINES]


@pytest.fixture
def corpora() -> Path:
    if not CORPORA.is_dir():
        unavailable(f"e-mail corpora not found at {CORPORA}")
    return CORPORA


@pytest.mark.corpora
def test_every_corpus_message_is_stored_and_no_machine_is_answered(clients: App, corpora: Path) -> None:
    app = clients
    machines = machine_files()
    assert len(machines) > 300
    senders = sorted({parse_message(p.read_bytes()).from_addr for p in machines} - {""})
    rows = [
        ClientRow(
            platform=f"machine{i}",
            structure=f"Machine sender {i}",
            tier="business",
            client_email=address,
            contact_email=f"contact{i}@clients.example",
            version="4",
            responsible_name="Test",
            responsible_email=f"resp{i}@clients.example",
            resources=1,
            structure_kind="club",
            language="fr",
            paid_until=2026,
            line=i,
        )
        for i, address in enumerate(senders)
    ]
    with app.sessions() as session, session.begin():
        import_clients(session, rows, app.clock)

    files = list(corpus_files())
    quarantined: list[str] = []
    for path in files:
        outcome = app.ingestor.ingest(path.read_bytes(), "corpus")
        if outcome.quarantined:
            quarantined.append(f"{path.relative_to(corpora)}: {outcome.error}")
    app.deliver()

    with app.sessions() as session:
        stored = session.scalar(select(func.count(Message.id)))
        answered = set(session.scalars(select(OutboxMail.to_addr).where(OutboxMail.to_addr.in_(senders))))
    assert quarantined == []
    # every file is one stored message, except the same mail present twice in the corpora
    assert stored == len({dedup_key(p.read_bytes())[0] for p in files})
    assert answered == set(), f"answered machines: {sorted(answered)[:10]}"
