"""Delivery belongs to the service when one runs.

``ofbot run`` writes a heartbeat row every few seconds. A shell command (``ofbot staff ...``,
``ingest``, ``run --once``) that sees a beat younger than 30 s only records what it produced and
wakes the service, which sends it with *its* relay settings and secrets: an operator's shell,
with another environment, never sends client mail on its own settings while a service runs.
With no service (cron, the README's tour), the command delivers before it exits.

The service is woken by PostgreSQL ``LISTEN/NOTIFY`` at once; on SQLite it polls every few
seconds (the worker's period), which keeps "delivered within 5 s".

Heartbeats use the wall clock, never ``OFBOT_NOW``: a test clock frozen in the past must not make
a dead service look alive, nor a live one dead.
"""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import logging
import os
import socket
import threading
from collections.abc import Callable

from sqlalchemy import Engine, delete, func, or_, select, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from storage.models import OutboxMail, ServiceHeartbeat, StaffNotification

log = logging.getLogger("ofbot.heartbeat")

FRESH = dt.timedelta(seconds=30)  # a beat younger than this means a service is running
BEAT_SECONDS = 5.0
CHANNEL = "ofbot_work"


def wall_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


class Heartbeat:
    """The service's own row: written at start, refreshed every few seconds, removed at stop."""

    def __init__(self, sessions: sessionmaker[Session], worker: str) -> None:
        self.sessions = sessions
        self.worker = worker
        self.started_at = wall_now()

    def beat(self) -> None:
        now = wall_now()
        with self.sessions() as session, session.begin():
            row = session.get(ServiceHeartbeat, self.worker)
            if row is None:
                session.add(
                    ServiceHeartbeat(
                        worker=self.worker,
                        host=socket.gethostname(),
                        pid=os.getpid(),
                        started_at=self.started_at,
                        beat_at=now,
                    )
                )
            else:
                row.beat_at = now
            # rows of services long gone (killed): kept a day for the operator, then dropped
            session.execute(
                delete(ServiceHeartbeat).where(ServiceHeartbeat.beat_at < now - dt.timedelta(days=1))
            )

    def stop(self) -> None:
        """Remove our row, and those of services on this host whose process is gone (killed)."""
        try:
            with self.sessions() as session, session.begin():
                session.execute(delete(ServiceHeartbeat).where(ServiceHeartbeat.worker == self.worker))
                host = socket.gethostname()
                for row in session.scalars(select(ServiceHeartbeat).where(ServiceHeartbeat.host == host)):
                    if not pid_alive(row.pid):
                        session.delete(row)
        except SQLAlchemyError as exc:  # the database may be the reason we stop
            log.warning("heartbeat row of %s not removed: %s", self.worker, type(exc).__name__)


def pid_alive(pid: int) -> bool:
    if pid <= 0:
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # another user's process: alive
        return True
    return True


def running_service(sessions: sessionmaker[Session]) -> str | None:
    """The worker name of a running service (fresh heartbeat), or None."""
    with sessions() as session:
        name = session.scalar(
            select(ServiceHeartbeat.worker)
            .where(ServiceHeartbeat.beat_at >= wall_now() - FRESH)
            .order_by(ServiceHeartbeat.beat_at.desc())
            .limit(1)
        )
    return name


def pending_effects(sessions: sessionmaker[Session]) -> int:
    """Client mail and staff notifications waiting to be delivered."""
    with sessions() as session:
        mails = session.scalar(select(func.count(OutboxMail.id)).where(OutboxMail.state == "pending")) or 0
        notes = (
            session.scalar(
                select(func.count(StaffNotification.id)).where(
                    or_(StaffNotification.state == "pending", StaffNotification.state.is_(None))
                )
            )
            or 0
        )
    return int(mails) + int(notes)


def wake_service(engine: Engine) -> None:
    """Tell a running service there is work (PostgreSQL NOTIFY; SQLite services poll)."""
    if engine.dialect.name != "postgresql":
        return
    try:
        with engine.connect() as connection:
            connection.execute(text(f"NOTIFY {CHANNEL}"))
            connection.commit()
    except SQLAlchemyError as exc:
        log.warning("could not wake the service: %s", type(exc).__name__)


def listen_for_work(engine: Engine, poke: Callable[[], None], halt: threading.Event) -> None:
    """Thread body: LISTEN on PostgreSQL and ``poke()`` at each notification until ``halt``."""
    import psycopg

    url = make_url(engine.url).set(drivername="postgresql")
    conninfo = url.render_as_string(hide_password=False)
    while not halt.is_set():
        try:
            with psycopg.connect(conninfo, autocommit=True) as conn:
                conn.execute(f"LISTEN {CHANNEL}")
                while not halt.is_set():
                    for _ in conn.notifies(timeout=1.0):
                        poke()
        except psycopg.Error as exc:
            log.warning("LISTEN for work lost (%s); the worker still polls", type(exc).__name__)
            halt.wait(5.0)


async def keep_beating(
    sessions: sessionmaker[Session],
    engine: Engine,
    worker: str,
    stop: asyncio.Event,
    poke: Callable[[], None],
) -> None:
    """``ofbot run``'s task: beat until ``stop``; on PostgreSQL, listen for work meanwhile."""
    loop = asyncio.get_running_loop()
    beat = Heartbeat(sessions, worker)
    halt = threading.Event()
    if engine.dialect.name == "postgresql":

        def threadsafe_poke() -> None:
            with contextlib.suppress(RuntimeError):  # the loop is closed
                loop.call_soon_threadsafe(poke)

        threading.Thread(
            target=listen_for_work, args=(engine, threadsafe_poke, halt), name="ofbot-listen", daemon=True
        ).start()
    try:
        while not stop.is_set():
            try:
                await asyncio.to_thread(beat.beat)
            except SQLAlchemyError as exc:
                log.warning("heartbeat not written: %s", type(exc).__name__)
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(stop.wait(), BEAT_SECONDS)
    finally:
        halt.set()
        beat.stop()  # synchronous: a cancelled task must still remove its row
