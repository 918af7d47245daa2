"""One poller per mailbox: a PostgreSQL advisory lock, held on a connection of its own.

On PostgreSQL an advisory lock, held on a dedicated connection while watching, makes one process
the poller of a mailbox; if it dies, its connection closes, the lock is released and another
process takes over.
"""

from __future__ import annotations

import contextlib
import hashlib

from sqlalchemy import Connection, Engine, text


class LockLost(Exception):
    """The database connection that held the mailbox lock is gone: another process may poll now."""


def lock_id(mailbox: str) -> int:
    """A stable signed 64-bit advisory lock number for a mailbox."""
    digest = hashlib.sha256(f"ofbot-imap:{mailbox}".encode()).digest()
    return int.from_bytes(digest[:8], "big", signed=True)


class MailboxLock:
    """A PostgreSQL session-level advisory lock on a connection of its own (no lock on SQLite).

    The lock lives as long as that connection: if the process dies, PostgreSQL ends the session
    and another process's ``pg_try_advisory_lock`` succeeds. Releasing closes the connection
    rather than returning it to the pool, so a pooled connection never keeps a lock by mistake.
    """

    def __init__(self, engine: Engine, mailbox: str) -> None:
        self.engine = engine
        self.key = lock_id(mailbox)
        self._conn: Connection | None = None

    @property
    def needed(self) -> bool:
        return self.engine.dialect.name == "postgresql"

    def acquire(self) -> bool:
        if not self.needed:
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

    def check(self) -> None:
        """Raise :class:`LockLost` when the connection holding the lock is gone."""
        if self._conn is None:
            return
        try:
            self._conn.execute(text("SELECT 1"))
            self._conn.commit()
        except Exception as exc:
            self.release()
            raise LockLost(str(exc)) from exc

    def release(self) -> None:
        conn, self._conn = self._conn, None
        if conn is None:
            return
        with contextlib.suppress(Exception):
            conn.invalidate()  # the server session ends: the lock goes with it
        with contextlib.suppress(Exception):
            conn.close()
