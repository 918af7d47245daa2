"""One poller per mailbox: the mailbox's advisory lock (:class:`bot.claims.AdvisoryLock`).

On PostgreSQL the lock, held on a dedicated connection while watching, makes one process the
poller of a mailbox; if it dies, its connection closes, the lock is released and another process
takes over.
"""

from __future__ import annotations

from sqlalchemy import Engine

from bot.claims import AdvisoryLock, LockLost

__all__ = ["LockLost", "mailbox_lock"]


def mailbox_lock(engine: Engine, mailbox: str) -> AdvisoryLock:
    """The lock whose holder polls ``mailbox`` (one process at a time)."""
    return AdvisoryLock(engine, f"imap:{mailbox}")
