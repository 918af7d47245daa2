"""A time limit on one message's processing, so that one message never stalls the desk.

Python cannot stop a thread. So the processing of a message runs on a thread of its own and the
worker waits for it at most ``[service] message_seconds``; past that, the worker abandons the
attempt and goes on with the next message. Abandoning ends the attempt's open database transaction
from outside: on PostgreSQL its server session is terminated (the server rolls the transaction
back and frees its row locks at once), on SQLite its connection is interrupted and closed (which
rolls back and frees the one write lock, which the SMTP listener needs for its ``250``). The
abandoned thread's next database call then fails, and an :class:`Attempt` refuses to begin or
commit anything once abandoned, so nothing of a timed-out attempt is ever committed. A thread
stuck in pure computation runs on in the background until it returns or touches the database; it
can no longer change anything.
"""

from __future__ import annotations

import contextlib
import logging
import threading
from collections.abc import Callable
from concurrent.futures import Future
from typing import Any, TypeVar

from sqlalchemy import Connection, Engine, event, text
from sqlalchemy.orm import Session, SessionTransaction

log = logging.getLogger("ofbot.watchdog")

T = TypeVar("T")


class Abandoned(Exception):
    """The watchdog gave up on this attempt: none of its work may be committed."""


class Attempt:
    """One message's processing as the watchdog sees it: whether it was abandoned, and the
    database connection of the transaction it has open (the one to end when abandoning)."""

    def __init__(self, what: str) -> None:
        self.what = what
        self._lock = threading.Lock()  # abandoning and a transaction's start or end never interleave
        self._abandoned = False
        self._open: tuple[Engine, Any] | None = None  # (engine, DBAPI connection) of the open transaction

    @property
    def abandoned(self) -> bool:
        return self._abandoned

    def watch(self, session: Session) -> Session:
        """Follow ``session``'s transactions; once abandoned, it can neither begin nor commit one."""
        event.listen(session, "after_begin", self._began)
        event.listen(session, "after_transaction_end", self._ended)
        event.listen(session, "before_commit", self._committing)
        return session

    def _began(self, session: Session, transaction: SessionTransaction, connection: Connection) -> None:
        with self._lock:
            if self._abandoned:
                raise Abandoned(self.what)
            self._open = (connection.engine, connection.connection.dbapi_connection)

    def _ended(self, session: Session, transaction: SessionTransaction) -> None:
        if transaction.parent is None:  # the root transaction: its connection goes back to the pool
            with self._lock:
                self._open = None

    def _committing(self, session: Session) -> None:
        if self._abandoned:
            raise Abandoned(self.what)

    def abandon(self) -> None:
        """Refuse any further work of this attempt and end the transaction it has open."""
        with self._lock:  # held while ending it: the connection cannot meanwhile go to someone else
            self._abandoned = True
            if self._open is not None:
                engine, dbapi_connection = self._open
                self._open = None
                try:
                    end_transaction(engine, dbapi_connection)
                except Exception as exc:  # the refusal to commit still holds
                    log.warning("%s: its transaction could not be ended (%s)", self.what, exc)


def end_transaction(engine: Engine, dbapi_connection: Any) -> None:
    """End, from another thread, the transaction open on ``dbapi_connection`` (rolled back)."""
    if engine.dialect.name == "postgresql":
        pid = dbapi_connection.info.backend_pid
        with engine.connect() as conn:
            conn.execute(text("SELECT pg_terminate_backend(:pid)"), {"pid": pid})
            conn.commit()
        return
    with contextlib.suppress(Exception):
        dbapi_connection.interrupt()  # SQLite: a statement running now stops
    dbapi_connection.close()  # an open transaction is rolled back, the write lock released


def start_thread(work: Callable[[], T], name: str) -> Future[T]:
    """Run ``work`` on a daemon thread of its own (one that overruns never blocks the process's exit)."""
    future: Future[T] = Future()

    def run() -> None:
        if not future.set_running_or_notify_cancel():
            return
        try:
            future.set_result(work())
        except BaseException as exc:
            future.set_exception(exc)

    threading.Thread(target=run, name=name, daemon=True).start()
    return future
