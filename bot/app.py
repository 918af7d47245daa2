"""The composition root: every piece is built here, once, and handed to whoever needs it.

No module keeps global state; tests build an :class:`App` of their own on a temporary database.

Two things are built here: the whole :class:`App` (mail in and out, the kind model, templates,
the staff chat), and a :class:`Reader` for the commands that only read (``staff queue``,
``clients list``, ``outbox``...). :func:`build_app` imports the pieces it wires when it wires
them, so that building a Reader, which needs the database and the clock only, does not pay for
the mail, model and template stack (it was most of every command's start-up).
"""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from bot.clock import Clock, clock_from_env
from bot.config import Settings
from bot.counters import WorkCounters
from bot.staff.reads import DeskReads
from storage.db import make_engine, migrate, session_factory

if TYPE_CHECKING:
    from bot.ingest import Ingestor
    from bot.learning.store import LiveModel
    from bot.outbox import DeliveryReport, OutboxSender, Transport
    from bot.staff.service import StaffService
    from bot.templating import TemplateRenderer

log = logging.getLogger("ofbot")


class StaffChat(Protocol):
    def deliver_due(self, limit: int = 500) -> int: ...


@dataclass
class App:
    settings: Settings
    clock: Clock
    engine: Engine
    sessions: sessionmaker[Session]
    renderer: TemplateRenderer
    ingestor: Ingestor
    staff: StaffService
    outbox: OutboxSender
    staff_chat: StaffChat
    models: LiveModel
    counters: WorkCounters  # what this process did, for its /metrics

    @property
    def worker_name(self) -> str:
        """This process's name in events, heartbeats and metrics (``[service] worker_name``, host:pid)."""
        return self.settings.service.worker_name

    def deliver(self) -> DeliveryReport:
        """Send what is pending: client mail, then staff notifications (terminal chat)."""
        report = self.outbox.deliver_due()
        self.staff_chat.deliver_due()
        return report

    def close(self) -> None:
        self.engine.dispose()


@dataclass
class Reader:
    """What a read-only command needs: the database, the clock and the staff reads."""

    settings: Settings
    clock: Clock
    engine: Engine
    sessions: sessionmaker[Session]
    reads: DeskReads

    def close(self) -> None:
        self.engine.dispose()


def build_reader(settings: Settings, clock: Clock | None = None) -> Reader:
    """A :class:`Reader` on an existing database (the caller checked its schema)."""
    clock = clock or clock_from_env(settings.tz)
    engine = make_engine(settings.database.url)
    sessions = session_factory(engine)
    return Reader(settings, clock, engine, sessions, DeskReads(sessions, settings, clock))


def build_app(
    settings: Settings,
    clock: Clock | None = None,
    transport: Transport | None = None,
    migrate_schema: bool = True,
    models: LiveModel | None = None,
) -> App:
    """``transport`` and ``models`` are seams for tests and embedders (the relay, the kind model)."""
    from bot.claims import Claims
    from bot.ingest import Ingestor
    from bot.learning.store import LiveModel
    from bot.outbox import OutboxSender, make_transport
    from bot.staff.service import StaffService
    from bot.staff.terminal import TerminalStaffChat
    from bot.templating import TemplateRenderer

    clock = clock or clock_from_env(settings.tz)
    engine = make_engine(settings.database.url)
    if migrate_schema:  # tests and embedders; the command line checks instead (bot.startup)
        migrate(engine)
        if not settings.outbound.relay_host:
            for sub in ("tmp", "new", "cur"):
                (Path(settings.outbound.maildir) / sub).mkdir(parents=True, exist_ok=True)
    sessions = session_factory(engine)
    renderer = TemplateRenderer()
    claims = Claims(
        sessions, settings.service.worker_name, dt.timedelta(seconds=settings.service.lease_seconds)
    )
    models = models or LiveModel()  # the Classifier seam: the live kind model, loaded once per process
    counters = WorkCounters()
    outbox = OutboxSender(
        sessions,
        transport or make_transport(settings.outbound),
        clock,
        settings.mail.address,
        settings.outbound.max_attempts,
        claims,
        dt.timedelta(days=settings.outbound.retry_days),
    )
    staff_chat: StaffChat = TerminalStaffChat(sessions, clock, claims)
    if settings.telegram.enabled:  # imported here: the shell commands need no Telegram client otherwise
        from bot.staff.telegram import TelegramStaffChat

        staff_chat = TelegramStaffChat(sessions, clock, settings)
    return App(
        settings=settings,
        clock=clock,
        engine=engine,
        sessions=sessions,
        renderer=renderer,
        ingestor=Ingestor(sessions, settings, clock, renderer, models, counters),
        staff=StaffService(sessions, settings, clock, renderer),
        outbox=outbox,
        staff_chat=staff_chat,
        models=models,
        counters=counters,
    )
