"""Creating requests and moving them between states, with their audit trail."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from bot.clock import Clock
from storage.models import Request, RequestCounter


def allocate_ref(session: Session, year: int) -> str:
    """The next ``OF-YYYY-NNNN`` of the year; the counter row is locked (PostgreSQL) or the
    whole database is (SQLite, BEGIN IMMEDIATE), so two workers never get the same number."""
    query = select(RequestCounter).where(RequestCounter.year == year)
    if session.get_bind().dialect.name == "postgresql":
        query = query.with_for_update()
    counter = session.scalar(query)
    if counter is None:
        counter = RequestCounter(year=year, last_number=0)
        session.add(counter)
    counter.last_number += 1
    session.flush()
    return f"OF-{year}-{counter.last_number:04d}"


def set_state(request: Request, state: str, clock: Clock) -> str:
    """Change the state; returns the previous one (for the event's detail)."""
    previous = request.state
    request.state = state
    request.state_changed_at = clock.now()
    return previous


def find_ref(session: Session, ref: str) -> Request | None:
    ref = ref.strip().strip("[]").upper()
    return session.scalar(select(Request).where(Request.ref == ref))
