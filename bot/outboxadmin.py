"""``ofbot outbox retry ID|--all``: give mail that failed for good another chance.

A mail is ``failed`` after a permanent refusal or when its retries ran out; once the operator has
fixed the cause (a relay password, a typo in an address), retrying puts it back in the queue with
its attempts reset, keeping its Message-ID so that a relay can recognise a repeat.
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from bot.clock import Clock
from storage.models import OutboxMail


class RetryRefused(Exception):
    """An id that is not a failed mail; the message names it."""


def retry_failed(sessions: sessionmaker[Session], clock: Clock, ids: Sequence[int] | None) -> list[int]:
    """Put the given failed mails (or every failed mail when ``ids`` is None) back in the queue."""
    with sessions() as session, session.begin():
        query = select(OutboxMail).where(OutboxMail.state == "failed").order_by(OutboxMail.id)
        if ids is not None:
            rows = {r.id: r for r in session.scalars(select(OutboxMail).where(OutboxMail.id.in_(ids)))}
            for mail_id in ids:
                row = rows.get(mail_id)
                if row is None:
                    raise RetryRefused(f"outbox #{mail_id}: no such mail")
                if row.state != "failed":
                    raise RetryRefused(f"outbox #{mail_id} is {row.state}, not failed: nothing to retry")
            mails = [rows[i] for i in ids]
        else:
            mails = list(session.scalars(query))
        now = clock.now()
        for mail in mails:
            mail.state = "pending"
            mail.attempts = 0
            mail.next_attempt_at = now
            mail.lease_until = None
            mail.claimed_by = None
        return [m.id for m in mails]
