"""The staff chat in a terminal: with no Telegram token, notifications go to the log.

Staff then act with ``ofbot staff ...`` in a shell; both paths call the same service.
"""

from __future__ import annotations

import datetime as dt
import logging

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from bot.claims import Claims
from bot.clock import Clock
from storage.models import Request, StaffNotification

log = logging.getLogger("ofbot.staff")
BATCH = 20


class TerminalStaffChat:
    """Delivers pending staff notifications by printing them to the log, once each.

    Rows are claimed (:mod:`bot.claims`), so several workers never print the same one.
    """

    def __init__(self, sessions: sessionmaker[Session], clock: Clock, claims: Claims | None = None) -> None:
        self.sessions = sessions
        self.clock = clock
        self.claims = claims or Claims(sessions, "ofbot", dt.timedelta(seconds=30))

    def deliver_due(self, limit: int = 500) -> int:
        delivered = 0
        while delivered < limit:
            count = self._deliver_batch(min(BATCH, limit - delivered))
            if not count:
                break
            delivered += count
        return delivered

    def _deliver_batch(self, limit: int) -> int:
        """A few rows per transaction: a worker killed mid-batch repeats few lines."""
        due = StaffNotification.state == "pending"
        ids = self.claims.claim(StaffNotification, due, limit)
        if not ids:
            return 0
        with self.sessions() as session, session.begin():
            rows = session.scalars(
                select(StaffNotification).where(StaffNotification.id.in_(ids)).order_by(StaffNotification.id)
            ).all()
            for row in rows:
                log.warning("STAFF %s", render_line(session, row))
                row.state = "sent"
                row.attempts += 1
                row.sent_at = self.clock.now()
                row.lease_until = None
        return len(rows)


def render_line(session: Session, row: StaffNotification) -> str:
    if row.request_id is None:
        return row.text
    request = session.get(Request, row.request_id)
    if request is None:
        return row.text
    client = request.client.platform if request.client else "unknown client"
    head = f"[{request.ref}] {client} · {request.kind} · {request.state}"
    return f"{head}: {row.text}" if not row.text.startswith(f"[{request.ref}]") else row.text
