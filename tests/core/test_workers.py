"""Several workers on one database: claims, leases, references, jobs, notifications, worker names.

In-process: several Apps (each its own engine and worker name) on one database, threads for
workers. The test with real ``ofbot run`` processes is ``test_workers_processes.py``.
"""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Iterator
from dataclasses import replace

import pytest
from sqlalchemy import func, select

from bot.app import App, build_app
from bot.claims import Claims
from bot.clock import FixedClock
from bot.jobs import Jobs
from bot.requests import allocate_ref
from storage.models import Message, OutboxMail, Request, RequestEvent, StaffNotification
from tests.support.mail import make_mail

SUPPORT = "Bonjour, le planning affiche une erreur depuis ce matin, pouvez-vous regarder ?"


def named(app: App, name: str, lease_seconds: float = 30.0) -> App:
    service = replace(app.settings.service, worker_name=name, lease_seconds=lease_seconds)
    return build_app(replace(app.settings, service=service), clock=app.clock, migrate_schema=False)


@pytest.fixture
def workers(clients: App) -> Iterator[list[App]]:
    apps = [named(clients, f"w{i}") for i in range(3)]
    try:
        yield apps
    finally:
        for app in apps:
            app.close()


def run_all(targets: list[threading.Thread]) -> None:
    for thread in targets:
        thread.start()
    for thread in targets:
        thread.join(120)


def test_claims_are_disjoint_and_skip_leased_rows(clients: App) -> None:
    for i in range(10):
        clients.ingestor.store(make_mail(f"{SUPPORT} ({i})"), "test")
    lease = dt.timedelta(seconds=30)
    a = Claims(clients.sessions, "a", lease)
    b = Claims(clients.sessions, "b", lease)
    first = a.claim(Message, Message.status == "stored", 4)
    second = b.claim(Message, Message.status == "stored", 100)
    assert len(first) == 4 and len(second) == 6 and not set(first) & set(second)
    assert b.claim(Message, Message.status == "stored", 100) == []  # all leased
    a.release(Message, first)
    assert sorted(b.claim(Message, Message.status == "stored", 100)) == sorted(first)


def test_a_dead_workers_lease_expires_within_seconds_and_renewal_keeps_a_live_one(clients: App) -> None:
    clients.ingestor.store(make_mail(SUPPORT), "test")
    lease = dt.timedelta(seconds=0.6)
    dead = Claims(clients.sessions, "dead", lease)
    alive = Claims(clients.sessions, "alive", lease)
    other = Claims(clients.sessions, "other", lease)
    (row_id,) = dead.claim(Message, Message.status == "stored", 1)
    assert other.claim(Message, Message.status == "stored", 1) == []
    threading.Event().wait(0.8)  # the dead worker never renews: its lease runs out
    assert alive.claim(Message, Message.status == "stored", 1) == [row_id]
    with alive.renewing(Message, [row_id]):
        threading.Event().wait(1.5)  # well past one lease: renewed meanwhile
        assert other.claim(Message, Message.status == "stored", 1) == []


def test_three_workers_share_the_backlog_and_process_each_message_once(
    clients: App, workers: list[App]
) -> None:
    for i in range(45):
        clients.ingestor.store(make_mail(f"{SUPPORT} ({i})", sender="club@mermoz.example"), "test")
    run_all([threading.Thread(target=w.ingestor.process_pending) for w in workers])
    with clients.sessions() as session:
        assert session.scalar(select(func.count(Request.id))) == 45
        assert session.scalar(select(func.count(OutboxMail.id))) == 45
        refs = session.scalars(select(Request.ref)).all()
        assert len(set(refs)) == 45
        by_worker = dict(
            session.execute(select(Message.worker, func.count(Message.id)).group_by(Message.worker)).all()
        )
        events = session.scalars(select(RequestEvent.worker).distinct()).all()
    assert sum(by_worker.values()) == 45 and set(by_worker) <= {"w0", "w1", "w2"}
    assert set(events) <= {"w0", "w1", "w2"}


def test_the_years_first_reference_never_collides(clients: App, workers: list[App]) -> None:
    barrier = threading.Barrier(len(workers))
    refs: list[str] = []

    def allocate(app: App) -> None:
        with app.sessions() as session, session.begin():
            barrier.wait(10)
            refs.append(allocate_ref(session, 2031))

    run_all([threading.Thread(target=allocate, args=(w,)) for w in workers])
    assert sorted(refs) == ["OF-2031-0001", "OF-2031-0002", "OF-2031-0003"]


def test_reminders_are_sent_once_whatever_the_number_of_workers(
    clients: App, workers: list[App], clock: FixedClock
) -> None:
    ref = str(clients.ingestor.ingest(make_mail(SUPPORT), "test").explanation["request"])
    with clients.sessions() as session:
        kind = session.scalar(select(Request.kind).where(Request.ref == ref))
    if kind != "support":
        pytest.skip(f"read as {kind}")
    clients.staff.estimate(ref, "2", "shell:alice")
    clock.advance(dt.timedelta(days=8))
    barrier = threading.Barrier(len(workers))

    def jobs(app: App) -> None:
        barrier.wait(10)
        Jobs(app.sessions, app.settings, app.clock, app.renderer).run_due()

    run_all([threading.Thread(target=jobs, args=(w,)) for w in workers])
    with clients.sessions() as session:
        reminders = session.scalar(
            select(func.count(OutboxMail.id)).where(OutboxMail.template.like("%/reminder"))
        )
    assert reminders == 1


def test_terminal_staff_notifications_are_printed_once_by_several_workers(
    clients: App, workers: list[App], caplog: pytest.LogCaptureFixture
) -> None:
    now = clients.clock.now()
    with clients.sessions() as session, session.begin():
        for i in range(60):
            session.add(StaffNotification.pending(None, "test", f"note number {i}", now))
    caplog.set_level("WARNING", logger="ofbot.staff")
    run_all([threading.Thread(target=w.staff_chat.deliver_due, args=(7,)) for w in workers for _ in range(4)])
    for w in workers:
        w.staff_chat.deliver_due()
    printed = [r.getMessage() for r in caplog.records if r.getMessage().startswith("STAFF note number")]
    assert sorted(printed) == sorted(f"STAFF note number {i}" for i in range(60))


def test_show_json_names_the_worker_of_each_event(clients: App, workers: list[App]) -> None:
    outcome = workers[1].ingestor.ingest(make_mail(SUPPORT), "test")
    shown = clients.staff.show(str(outcome.explanation["request"]))
    assert shown["events"] and all(e["worker"] == "w1" for e in shown["events"])


def test_a_message_that_keeps_killing_its_worker_is_set_aside(clients: App) -> None:
    bad = clients.ingestor.store(make_mail(SUPPORT), "test").row_id
    good = clients.ingestor.store(make_mail(f"{SUPPORT} (2)"), "test").row_id
    lease = dt.timedelta(seconds=0.2)
    for n in range(3):  # three workers take it and die before they finish
        dying = Claims(clients.sessions, f"dead{n}", lease)
        assert bad in dying.claim(Message, Message.id == bad, 1)
        threading.Event().wait(0.3)
    outcomes = {o.row_id: o for o in clients.ingestor.process_pending()}
    assert outcomes[bad].quarantined and "set aside" in (outcomes[bad].error or "")
    assert not outcomes[good].quarantined


def test_claims_given_back_unprocessed_do_not_count_as_attempts(clients: App) -> None:
    row_id = clients.ingestor.store(make_mail(SUPPORT), "test").row_id
    claims = Claims(clients.sessions, "w", dt.timedelta(seconds=30))
    for _ in range(5):
        assert claims.claim(Message, Message.id == row_id, 1) == [row_id]
        claims.release(Message, [row_id])
    (outcome,) = clients.ingestor.process_pending()
    assert not outcome.quarantined
