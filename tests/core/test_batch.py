"""A backlog is processed in transactions of several messages, one savepoint each (issue 12, item 8).

One commit for several messages is the speed; the savepoint keeps RELIABILITY 4: a message that
fails is quarantined alone, with nothing half-done, and the others of its transaction commit. A
transaction that cannot commit keeps nothing and its messages are processed again one by one.
"""

from __future__ import annotations

import threading
from dataclasses import replace
from typing import Any

import pytest
from sqlalchemy import bindparam, event, func, select

import bot.ingest
from bot.app import App, build_app
from storage.models import Message, OutboxMail, Request, StaffNotification
from tests.handlers.helpers import sender_notices
from tests.support.mail import make_mail

SUPPORT = "Bonjour, le planning affiche une erreur depuis ce matin, pouvez-vous regarder ?"


def store_backlog(app: App, count: int, poison: int | None = None) -> list[int]:
    ids = []
    for i in range(count):
        text = f"{SUPPORT} (cas {i})" + (" POISON" if i == poison else "")
        ids.append(app.ingestor.store(make_mail(text, subject=f"Planning {i}"), "test").row_id)
    return ids


def count_commits(app: App) -> list[int]:
    commits = [0]

    def on_commit(*_: Any) -> None:
        commits[0] += 1

    event.listen(app.engine, "commit", on_commit)
    return commits


def test_a_batch_commits_once_and_sets_its_bad_message_aside_alone(
    clients: App, monkeypatch: pytest.MonkeyPatch
) -> None:
    app = clients
    monkeypatch.setattr(bot.ingest, "BATCH_SECONDS", 60.0)  # a loaded machine must not cut the batch
    real_record = bot.ingest.record_prediction

    def failing_late(session, **kwargs):  # type: ignore[no-untyped-def]
        # after the request, its events, its mail and its notification were written
        if "POISON" in kwargs["decision"].reading.new_text:
            raise RuntimeError("failed at the last step")
        return real_record(session, **kwargs)

    monkeypatch.setattr(bot.ingest, "record_prediction", failing_late)
    ids = store_backlog(app, 6, poison=2)
    commits = count_commits(app)
    outcomes = app.ingestor.process_pending()
    assert [o.row_id for o in outcomes] == ids
    assert [o.quarantined for o in outcomes] == [False, False, True, False, False, False]
    assert commits[0] <= 3, commits  # the claim, the six messages together, the claim finding none
    with app.sessions() as session:
        statuses = dict(session.execute(select(Message.id, Message.status)).all())
        assert statuses[ids[2]] == "quarantined"
        assert all(statuses[i] == "processed" for i in ids if i != ids[2])
        # nothing of the bad one is left: five requests, five mails, one quarantine notice
        assert session.scalar(select(func.count(Request.id))) == 5
        assert session.scalar(select(func.count(OutboxMail.id))) == 5
        quarantine = session.scalars(
            select(StaffNotification.text).where(StaffNotification.event == "quarantined")
        ).all()
        assert len(quarantine) == 1 and f"#{ids[2]}" in quarantine[0]
        refs = session.scalars(select(Request.ref)).all()
        assert len(set(refs)) == 5


def test_a_batch_that_cannot_commit_is_done_again_one_by_one(
    clients: App, monkeypatch: pytest.MonkeyPatch
) -> None:
    app = clients
    monkeypatch.setattr(bot.ingest, "BATCH_SECONDS", 60.0)
    real = bot.ingest.Ingestor._in_savepoint
    failed = []

    def breaks_the_transaction(self, session, item, shared):  # type: ignore[no-untyped-def]
        outcome = real(self, session, item, shared)
        if not failed and item.row_id == ids[3]:
            failed.append(item.row_id)
            raise ConnectionError("the database went away before the commit")
        return outcome

    monkeypatch.setattr(bot.ingest.Ingestor, "_in_savepoint", breaks_the_transaction)
    ids = store_backlog(app, 5)
    outcomes = app.ingestor.process_pending()
    assert failed == [ids[3]]
    assert sorted(o.row_id for o in outcomes) == ids and not any(o.quarantined for o in outcomes)
    with app.sessions() as session:
        assert set(session.scalars(select(Message.status))) == {"processed"}
        # the first attempt left nothing: each message opened one request and sent one mail
        assert session.scalar(select(func.count(Request.id))) == 5
        assert session.scalar(select(func.count(OutboxMail.id))) == 5


def test_a_message_failing_after_its_outcome_is_written_is_quarantined_whole(
    clients: App, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A failure after the message's outcome and its request were written (at the savepoint's
    end) leaves neither: the message is quarantined with its worker and no lease, and the next
    message's request, given the same id again on SQLite, is its own."""
    app = clients
    monkeypatch.setattr(bot.ingest, "BATCH_SECONDS", 60.0)
    real = bot.ingest.Ingestor._process

    def fails_last(self, session, message, raw, parsed, shared):  # type: ignore[no-untyped-def]
        done = real(self, session, message, raw, parsed, shared)
        if b"POISON" in raw:
            raise RuntimeError("failed after everything was written")
        return done

    monkeypatch.setattr(bot.ingest.Ingestor, "_process", fails_last)
    ids = store_backlog(app, 3, poison=1)
    outcomes = app.ingestor.process_pending()
    assert [o.quarantined for o in outcomes] == [False, True, False]
    with app.sessions() as session:
        bad = session.get_one(Message, ids[1])
        assert (bad.status, bad.request_id, bad.lease_until) == ("quarantined", None, None)
        assert bad.worker == app.settings.service.worker_name
        requests = session.execute(select(Request.id, Request.summary)).all()
        assert len(requests) == 2 and not any("POISON" in summary for _, summary in requests)
        for row_id in (ids[0], ids[2]):
            message = session.get_one(Message, row_id)
            assert message.status == "processed" and message.request_id in {r for r, _ in requests}


def test_a_message_taken_before_is_processed_alone(clients: App) -> None:
    """A message a worker died on (claimed before) gets a transaction of its own: if it is what
    kills workers, it takes no other message's work down with it."""
    app = clients
    ids = store_backlog(app, 3)
    with app.sessions() as session, session.begin():
        session.get_one(Message, ids[1]).claims = 1  # claimed once by a worker that died
    prepared = app.ingestor._prepare(ids)
    assert [isinstance(item, int) for item in prepared] == [False, False, False]
    with app.sessions() as session, session.begin():
        session.get_one(Message, ids[1]).claims = 2  # and now claimed again
    prepared = app.ingestor._prepare(ids)
    assert [isinstance(item, int) for item in prepared] == [False, True, False]
    outcomes = app.ingestor.process_pending()
    assert [o.row_id for o in outcomes] == ids and not any(o.quarantined for o in outcomes)


def test_a_slow_message_in_a_batch_is_quarantined_and_the_others_done_once(
    clients: App, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The time limit ends the whole transaction: the messages done before the slow one in it are
    done again (once: nothing of the abandoned transaction was committed), the later ones go on."""
    from tests.core.test_time_limit import SlowModels

    monkeypatch.setattr(bot.ingest, "BATCH_SECONDS", 60.0)
    release = threading.Event()
    service = replace(clients.settings.service, message_seconds=1.0)
    app = build_app(
        replace(clients.settings, service=service),
        clock=clients.clock,
        migrate_schema=False,
        models=SlowModels(release),
    )
    try:
        ids = [
            app.ingestor.store(
                make_mail(f"{SUPPORT} ({i})", subject="LENT planning" if i == 1 else f"Planning {i}"), "test"
            ).row_id
            for i in range(4)
        ]
        outcomes = {o.row_id: o for o in app.ingestor.process_pending()}
        release.set()
    finally:
        release.set()
        app.close()
    assert sorted(outcomes) == ids
    assert outcomes[ids[1]].quarantined and (outcomes[ids[1]].error or "").startswith("timeout")
    assert all(not outcomes[i].quarantined for i in ids if i != ids[1])
    with clients.sessions() as session:
        statuses = dict(session.execute(select(Message.id, Message.status)).all())
        assert [statuses[i] for i in ids] == ["processed", "quarantined", "processed", "processed"]
        assert session.scalar(select(func.count(Request.id))) == 3
        assert session.scalar(select(func.count(OutboxMail.id))) == 3


def test_drain_processes_the_backlog_in_chunks_and_keeps_only_a_count(
    clients: App, monkeypatch: pytest.MonkeyPatch
) -> None:
    # ``run --once`` on a backlog must not hold every message's outcome until the end (issue 12)
    app = clients
    monkeypatch.setattr(bot.ingest, "DRAIN_CHUNK", 2)
    asked: list[int | None] = []
    real = app.ingestor.process_pending

    def spy(limit: int | None = None, deadline: Any = None) -> list[bot.ingest.IngestOutcome]:
        asked.append(limit)
        return real(limit, deadline)

    monkeypatch.setattr(app.ingestor, "process_pending", spy)
    store_backlog(app, 5)
    assert app.ingestor.drain() == 5
    assert asked == [2, 2, 2, 2]  # 2 + 2 + 1, then one finding nothing
    assert not app.ingestor.has_pending()


def test_ingest_of_many_files_processes_them_as_a_backlog(
    clients: App, monkeypatch: pytest.MonkeyPatch
) -> None:
    """``ofbot ingest`` stores every file, then :meth:`process_stored` does them in batches: one
    outcome per file in order, a file given twice answered from what the first one became."""
    app = clients
    monkeypatch.setattr(bot.ingest, "BATCH_SECONDS", 60.0)
    ids = store_backlog(app, 4)
    commits = count_commits(app)
    outcomes = app.ingestor.process_stored([*ids, ids[0]])
    assert [o.row_id for o in outcomes] == [*ids, ids[0]]
    assert not any(o.quarantined for o in outcomes)
    assert outcomes[-1].explanation["request"] == outcomes[0].explanation["request"]
    assert commits[0] < len(ids)
    with app.sessions() as session:
        assert session.scalar(select(func.count(Request.id))) == 4


def test_an_imap_batch_is_stored_in_one_commit_and_its_repeats_found(app: App) -> None:
    """``store_many`` (an IMAP FETCH batch): one commit for the new mails; a mail stored before
    and one repeated inside the batch are duplicates of the stored row, results in order."""
    first = make_mail(f"{SUPPORT} (1)", subject="Planning 1", message_id="<b1@client.example>")
    second = make_mail(f"{SUPPORT} (2)", subject="Planning 2", message_id="<b2@client.example>")
    before = app.ingestor.store(first, "test")
    commits = count_commits(app)
    results = app.ingestor.store_many([second, first, second], "imap")
    assert commits[0] == 1
    assert [(r.duplicate, r.message_id) for r in results] == [
        (False, "<b2@client.example>"),
        (True, "<b1@client.example>"),
        (True, "<b2@client.example>"),
    ]
    assert results[1].row_id == before.row_id and results[2].row_id == results[0].row_id
    with app.sessions() as session:
        stored = session.execute(select(Message.message_id, Message.source, Message.status)).all()
    assert sorted(stored) == [
        ("<b1@client.example>", "test", "stored"),
        ("<b2@client.example>", "imap", "stored"),
    ]
    assert app.ingestor.store_many([], "imap") == []


def test_an_imap_batch_racing_another_ingress_is_stored_one_by_one(
    app: App, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A mail of the batch stored by another ingress after the look-up (the unique key refuses
    it at the commit): nothing of the batch is lost, that mail is a duplicate of the other's row."""
    mails = [make_mail(f"{SUPPORT} ({i})", message_id=f"<r{i}@client.example>") for i in range(3)]
    other = app.ingestor.store(mails[1], "smtp")
    # the batch's look-up does not see it, as if it had been committed just after
    blind = select(Message.dedup_key, Message.id).where(
        Message.dedup_key.in_(bindparam("keys", expanding=True)), Message.id < 0
    )
    monkeypatch.setattr(bot.ingest, "_BY_KEYS", blind)
    results = app.ingestor.store_many(mails, "imap")
    assert [r.duplicate for r in results] == [False, True, False]
    assert results[1].row_id == other.row_id
    with app.sessions() as session:
        assert session.scalar(select(func.count(Message.id))) == 3


def test_a_flood_in_one_batch_is_counted_in_one_message(
    clients: App, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A sender's flood processed in one transaction: the flood message is created by one mail
    and counted by the next ones of the same transaction, as when they come one by one."""
    app = clients
    monkeypatch.setattr(bot.ingest, "BATCH_SECONDS", 60.0)
    for i in range(12):
        mail = make_mail(f"Bonjour, message automatique numéro {i}", sender="robot@flood.example")
        app.ingestor.store(mail, "test")
    commits = count_commits(app)
    outcomes = app.ingestor.process_pending()
    assert len(outcomes) == 12 and not any(o.quarantined for o in outcomes)
    assert commits[0] <= 3
    ordinary, floods = sender_notices(app, "robot@flood.example")
    assert len(ordinary) == 3 and len(floods) == 1
    assert floods[0].count == 9 and "9 more" in floods[0].text and floods[0].state == "pending"


def test_on_postgresql_a_backlog_of_alternating_senders_is_grouped_by_sender() -> None:
    """Each sender's messages together, in their order; one to process alone stays in place."""

    def prepared(row_id: int, sender: str) -> bot.ingest.Prepared:
        return bot.ingest.Prepared(row_id, b"", None, sender)  # type: ignore[arg-type]

    items: list[int | bot.ingest.Prepared] = [
        prepared(1, "a"),
        prepared(2, "b"),
        prepared(3, "a"),
        prepared(4, "c"),
        prepared(5, "b"),
        6,
        prepared(7, "b"),
        prepared(8, "a"),
        prepared(9, "b"),
    ]
    grouped = bot.ingest.grouped_by_sender(items)
    order = [item if isinstance(item, int) else item.row_id for item in grouped]
    assert order == [1, 3, 2, 5, 4, 6, 7, 9, 8]
