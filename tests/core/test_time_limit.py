"""A message that takes more than ``[service] message_seconds`` is quarantined and the next goes on.

The slow stage is a kind model handed to the composition root (``build_app(models=...)``) that
blocks on one message's subject, inside the processing transaction: on SQLite that transaction
holds the one write lock, on PostgreSQL the message's row lock.
"""

from __future__ import annotations

import argparse
import json
import threading
import time
from collections.abc import Iterator, Mapping
from dataclasses import replace

import pytest
from sqlalchemy import func, select

from bot.app import App, build_app
from bot.cli import cmd_quarantine
from bot.learning.store import LiveModel
from storage.lightdb import LightConnection
from storage.models import Message, Request, StaffNotification
from tests.support.mail import make_mail

SUPPORT = "Bonjour, le planning affiche une erreur depuis ce matin, pouvez-vous regarder ?"


class SlowModel:
    """The live kind model, except that it blocks on a subject with LENT until released."""

    def __init__(self, real: object, release: threading.Event) -> None:
        self.real = real
        self.release = release

    def __getattr__(self, name: str) -> object:
        return getattr(self.real, name)

    def probabilities(self, subject: str, text: str) -> Mapping[str, float]:
        if "LENT" in subject:
            self.release.wait(30)
        return self.real.probabilities(subject, text)  # type: ignore[attr-defined, no-any-return]


class SlowModels(LiveModel):
    def __init__(self, release: threading.Event) -> None:
        super().__init__()
        self.release = release

    def current(self, session):  # type: ignore[no-untyped-def]
        return SlowModel(super().current(session), self.release)


@pytest.fixture
def slow_app(clients: App) -> Iterator[tuple[App, threading.Event]]:
    release = threading.Event()
    service = replace(clients.settings.service, message_seconds=1.0)
    app = build_app(
        replace(clients.settings, service=service),
        clock=clients.clock,
        migrate_schema=False,
        models=SlowModels(release),
    )
    try:
        yield app, release
    finally:
        release.set()
        app.close()


def runaway_gone(row_id: int, seconds: float = 10.0) -> bool:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        if not any(t.name == f"ofbot-message-{row_id}" for t in threading.enumerate()):
            return True
        time.sleep(0.05)
    return False


def test_a_message_over_the_time_limit_is_quarantined_and_the_next_goes_on(
    slow_app: tuple[App, threading.Event], capsys: pytest.CaptureFixture[str]
) -> None:
    app, release = slow_app
    slow = app.ingestor.store(make_mail(SUPPORT, subject="LENT planning"), "test").row_id
    rest = [app.ingestor.store(make_mail(f"{SUPPORT} ({i})"), "test").row_id for i in range(2)]

    started = time.monotonic()
    outcomes = {o.row_id: o for o in app.ingestor.process_pending()}
    elapsed = time.monotonic() - started

    assert elapsed < 10, elapsed  # the slow stage blocks for 30 s: the worker did not wait for it
    assert outcomes[slow].quarantined and (outcomes[slow].error or "").startswith("timeout")
    assert all(not outcomes[r].quarantined and outcomes[r].explanation["request"] for r in rest)
    # the write lock (SQLite) and the row lock (PostgreSQL) were freed: a new mail is stored at once
    started = time.monotonic()
    app.ingestor.store(make_mail(f"{SUPPORT} (late)"), "smtp")
    assert time.monotonic() - started < 2

    # the slow stage ends now; what it goes on to do is never committed
    release.set()
    assert runaway_gone(slow)
    with app.sessions() as session:
        message = session.get(Message, slow)
        assert message is not None and message.status == "quarantined" and message.request_id is None
        assert session.scalar(select(func.count()).select_from(Request)) == len(rest)
        told = session.scalars(select(StaffNotification.text).where(StaffNotification.event == "quarantined"))
        assert [t for t in told if f"#{slow}" in t and "timeout" in t]

    # staff see it in the quarantine listing, with its reason
    with app.sessions() as session:
        assert cmd_quarantine(LightConnection.of(session.connection()), argparse.Namespace(json=True)) == 0
    listed = json.loads(capsys.readouterr().out)
    assert [(m["id"], m["error"].split(":")[0]) for m in listed] == [(slow, "timeout")]


def test_a_message_within_the_time_limit_is_processed_as_usual(
    slow_app: tuple[App, threading.Event],
) -> None:
    app, release = slow_app
    release.set()  # the slow stage does not block
    outcome = app.ingestor.ingest(make_mail(SUPPORT, subject="LENT planning"), "test")
    assert not outcome.quarantined and outcome.explanation["request"]
