"""One claim mechanism for every kind of pending work: stored messages, outbox, staff notifications.

Several ``ofbot run`` workers share one database. A worker takes a batch of due rows with
``SELECT ... FOR UPDATE SKIP LOCKED`` and stamps them with a lease (``lease_until``, ``claimed_by``)
in the same short transaction; the others skip locked and leased rows instead of queueing behind
them. The work itself runs outside that transaction. A worker that dies leaves its lease to expire
(seconds, not minutes: leases are short and renewed while the work goes on), then another worker
takes the rows. On SQLite the same code runs: ``FOR UPDATE`` is not rendered there and
``BEGIN IMMEDIATE`` makes the claim a single writer's.

Leases are measured on the wall clock, not on the business clock (``OFBOT_NOW``): they say whether
a process is alive, not what day it is for the rules.

Jobs and the single pollers (IMAP, Telegram) use PostgreSQL advisory locks instead
(:func:`job_lock`, :class:`AdvisoryLock`): no home-made coordination beyond what PostgreSQL gives.
"""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import hashlib
import logging
import threading
import time
from collections.abc import Callable, Coroutine, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, Connection, Engine, or_, select, text, update
from sqlalchemy.orm import Session, sessionmaker

from storage.models import Message, OutboxMail, StaffNotification

log = logging.getLogger("ofbot.claims")

Leased = type[Message] | type[OutboxMail] | type[StaffNotification]


def wall_now() -> dt.datetime:
    """The real time, for leases (the business clock may be stopped by ``OFBOT_NOW``)."""
    return dt.datetime.now(dt.UTC)


def lock_key(name: str) -> int:
    """A stable signed 64-bit advisory lock number for a name."""
    digest = hashlib.sha256(f"ofbot:{name}".encode()).digest()
    return int.from_bytes(digest[:8], "big", signed=True)


@dataclass(frozen=True)
class Claims:
    """Claims due rows of one table for this worker, renews and releases its leases."""

    sessions: sessionmaker[Session]
    worker: str
    lease: dt.timedelta

    def claim(self, model: Leased, due: ColumnElement[bool], limit: int) -> list[int]:
        """Up to ``limit`` ids of due rows, oldest first, now leased to this worker."""
        now = wall_now()
        with self.sessions() as session, session.begin():
            query = (
                select(model.id)
                .where(due, or_(model.lease_until.is_(None), model.lease_until <= now))
                .order_by(model.id)
                .limit(limit)
                .with_for_update(skip_locked=True)
            )
            ids = list(session.scalars(query))
            if ids:
                values: dict[str, Any] = {"lease_until": now + self.lease, "claimed_by": self.worker}
                if model is Message:  # counted, so a message that kills its worker is set aside
                    values["claims"] = Message.claims + 1
                session.execute(
                    update(model)
                    .where(model.id.in_(ids))
                    .values(**values)
                    .execution_options(synchronize_session=False)
                )
        return ids

    def renew(self, model: Leased, ids: Sequence[int]) -> None:
        """Push the lease of rows still ours further; rows finished meanwhile are left alone."""
        if not ids:
            return
        with self.sessions() as session, session.begin():
            session.execute(
                update(model)
                .where(
                    model.id.in_(list(ids)), model.claimed_by == self.worker, model.lease_until.is_not(None)
                )
                .values(lease_until=wall_now() + self.lease)
                .execution_options(synchronize_session=False)
            )

    def release(self, model: Leased, ids: Sequence[int]) -> None:
        """Give back rows this worker claimed and did not do (stopping early)."""
        if not ids:
            return
        values: dict[str, Any] = {"lease_until": None}
        if model is Message:
            values["claims"] = Message.claims - 1  # given back untouched: not an attempt
        with self.sessions() as session, session.begin():
            session.execute(
                update(model)
                .where(
                    model.id.in_(list(ids)), model.claimed_by == self.worker, model.lease_until.is_not(None)
                )
                .values(**values)
                .execution_options(synchronize_session=False)
            )

    @contextlib.contextmanager
    def renewing(self, model: Leased, ids: Sequence[int]) -> Iterator[None]:
        """Renew the lease of ``ids`` every third of it while the block runs (a slow relay, a
        long message), so that only a dead worker's rows are taken over, and within seconds.
        (A message that takes too long is ended by :mod:`bot.watchdog`, not by its lease.)"""
        done = threading.Event()
        period = max(self.lease.total_seconds() / 3, 0.05)

        def keep() -> None:
            while not done.wait(period):
                with contextlib.suppress(Exception):  # a missed renewal only risks a repeat
                    self.renew(model, ids)

        thread = threading.Thread(target=keep, name="ofbot-lease", daemon=True)
        thread.start()
        try:
            yield
        finally:
            done.set()
            thread.join()


@contextlib.contextmanager
def job_lock(session: Session, name: str) -> Iterator[bool]:
    """True when this transaction may run job ``name``: a transaction-level advisory lock on
    PostgreSQL (released at commit), so two workers never run one job at once; the second one
    skips it, and the job's own records (``reminded_at``, ``job_runs``) make it run once per due
    time. On SQLite ``BEGIN IMMEDIATE`` already serialises the transactions."""
    if session.get_bind().dialect.name != "postgresql":
        yield True
        return
    got = session.scalar(text("SELECT pg_try_advisory_xact_lock(:k)"), {"k": lock_key(f"job:{name}")})
    yield bool(got)


class LockLost(Exception):
    """The database connection that held an advisory lock is gone: another process may take it."""


class AdvisoryLock:
    """A PostgreSQL session-level advisory lock on a connection of its own (always held on SQLite,
    where there is one process). It elects one process (the IMAP poller of a mailbox, the Telegram poller):
    if that process dies, PostgreSQL ends its session, the lock is free and another one takes it.
    Releasing invalidates the connection rather than returning it to the pool, so a pooled
    connection never keeps a lock by mistake."""

    def __init__(self, engine: Engine, name: str) -> None:
        self.engine = engine
        self.name = name
        self.key = lock_key(name)
        self._conn: Connection | None = None

    @property
    def needed(self) -> bool:
        return self.engine.dialect.name == "postgresql"

    @property
    def held(self) -> bool:
        return self._conn is not None or not self.needed

    def acquire(self) -> bool:
        if not self.needed:
            return True
        if self._conn is not None:
            return True
        conn = self.engine.connect()
        try:
            got = bool(conn.execute(text("SELECT pg_try_advisory_lock(:k)"), {"k": self.key}).scalar())
            conn.commit()
        except Exception:
            conn.invalidate()
            conn.close()
            raise
        if not got:
            conn.close()
            return False
        self._conn = conn
        return True

    def alive(self) -> bool:
        """False when the connection holding the lock is gone (then the lock is released)."""
        if self._conn is None:
            return not self.needed
        try:
            self._conn.execute(text("SELECT 1"))
            self._conn.commit()
            return True
        except Exception:
            self.release()
            return False

    def check(self) -> None:
        """Raise :class:`LockLost` when the lock, once held, was lost with its connection."""
        if not self.alive():
            raise LockLost(f"advisory lock {self.name!r}: its database connection is gone")

    def release(self) -> None:
        conn, self._conn = self._conn, None
        if conn is None:
            return
        with contextlib.suppress(Exception):
            conn.invalidate()  # the server session ends: the lock goes with it
        with contextlib.suppress(Exception):
            conn.close()


async def run_elected(
    lock: AdvisoryLock,
    stop: asyncio.Event,
    work: Callable[[asyncio.Event], Coroutine[Any, Any, None]],
    what: str,
    retry_seconds: float = 5.0,
) -> None:
    """Run ``work`` only while this process holds ``lock``; stand by otherwise, and take over
    within ``retry_seconds`` when the holder dies. ``work`` gets an event that asks it to stop
    (``stop``, or the lock's connection lost)."""
    standing_by = False
    while not stop.is_set():
        try:
            got = await asyncio.to_thread(lock.acquire)
        except Exception as exc:
            log.warning("%s: election failed (%s); retrying", what, type(exc).__name__)
            got = False
        if not got:
            if not standing_by:
                log.info("%s: another worker has it; standing by", what)
                standing_by = True
            await _wait(stop, retry_seconds)
            continue
        if standing_by or lock.needed:
            log.info("%s: this worker is elected", what)
        standing_by = False
        halt = asyncio.Event()
        task = asyncio.create_task(work(halt))
        try:
            while not stop.is_set() and not task.done():
                stopper = asyncio.ensure_future(stop.wait())
                try:
                    await asyncio.wait(
                        {task, stopper}, timeout=retry_seconds, return_when=asyncio.FIRST_COMPLETED
                    )
                finally:
                    stopper.cancel()
                if not task.done() and not await asyncio.to_thread(lock.alive):
                    log.warning("%s: lock lost (database connection gone); standing down", what)
                    break
        finally:
            halt.set()
            if not task.done():
                with contextlib.suppress(asyncio.CancelledError):
                    await asyncio.wait({task}, timeout=2.0)  # a moment to end by itself
            if not task.done():
                task.cancel()
            await asyncio.gather(task, return_exceptions=True)
            await asyncio.to_thread(lock.release)
        if task.done() and not task.cancelled() and task.exception() is not None:
            log.error("%s stopped: %s", what, task.exception())
            await _wait(stop, retry_seconds)


async def _wait(stop: asyncio.Event, seconds: float) -> None:
    with contextlib.suppress(TimeoutError):
        await asyncio.wait_for(stop.wait(), seconds)


class Deadline:
    """A time budget on the monotonic clock (``run --once`` drains the backlog until it is spent)."""

    def __init__(self, seconds: float | None) -> None:
        self.end = None if seconds is None else time.monotonic() + seconds

    def passed(self) -> bool:
        return self.end is not None and time.monotonic() >= self.end
