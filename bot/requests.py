"""Creating requests and moving them between states, with their audit trail."""

from __future__ import annotations

import contextlib
import re
from collections.abc import Callable, Iterator
from typing import Any

from sqlalchemy import Connection, Engine, select
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from bot.clock import Clock
from storage.models import Request, RequestCounter

# The reference format lives here only: written by ``format_ref``, read by ``REF_PATTERN`` (two
# groups: year and number), which the other modules' patterns embed.
REF_PATTERN = r"OF-(\d{4})-(\d{3,8})"
REF_RE = re.compile(rf"\[?\b({REF_PATTERN})\b\]?", re.IGNORECASE)  # in a subject
BRACKETED_REF_RE = re.compile(rf"\[{REF_PATTERN}\]", re.IGNORECASE)  # "[OF-2026-0042]" in a text

# R62: the kinds other clients may pool bonus hours on (a development, or billable support work)
POOL_KINDS = frozenset({"dev_quote", "support"})


def allocate_ref(session: Session, year: int) -> str:
    """The next ``OF-YYYY-NNNN`` of the year, in the caller's transaction.

    One statement, ``INSERT ... ON CONFLICT (year) DO UPDATE ... RETURNING``: the year's counter
    row is created or incremented atomically, and row-locked until the caller commits, so two
    workers never get the same number, the year's first one included (a read-then-insert lets
    both insert and one fail).
    """
    dialect = session.get_bind().dialect.name
    return format_ref(year, int(session.execute(_next_number(dialect, year)).scalar_one()))


RefAllocator = Callable[[Session, int], str]


@contextlib.contextmanager
def ref_source(engine: Engine) -> Iterator[RefAllocator]:
    """Where a transaction of many messages takes its references.

    On PostgreSQL the counter is bumped in a statement of its own (autocommit, on a connection
    of its own): a batch that held the year's counter row until its commit would make every other
    worker wait for it. A batch rolled back or a worker killed leaves a gap in the numbers, never
    a number given twice. SQLite has one writer at a time: there the number is taken in the
    caller's transaction, as :func:`allocate_ref` does. The statement is built once per batch
    (building it took a third of the allocation's time).
    """
    dialect = engine.dialect.name
    bumps: dict[int, Any] = {}  # the counter's statement for each year, built once per batch

    def bump(year: int) -> Any:
        if year not in bumps:
            bumps[year] = _next_number(dialect, year)
        return bumps[year]

    if dialect != "postgresql":
        yield lambda session, year: format_ref(year, int(session.execute(bump(year)).scalar_one()))
        return
    own: list[Connection] = []

    def allocate(_session: Session, year: int) -> str:
        if not own:
            own.append(engine.connect().execution_options(isolation_level="AUTOCOMMIT"))
        return format_ref(year, int(own[0].execute(bump(year)).scalar_one()))

    try:
        yield allocate
    finally:
        for connection in own:
            connection.close()


def _next_number(dialect: str, year: int) -> Any:
    insert: Any = pg_insert if dialect == "postgresql" else sqlite_insert
    return (
        insert(RequestCounter)
        .values(year=year, last_number=1)
        .on_conflict_do_update(
            index_elements=[RequestCounter.year],
            set_={"last_number": RequestCounter.last_number + 1},
        )
        .returning(RequestCounter.last_number)
    )


def format_ref(year: int, number: int) -> str:
    """The request reference, ``OF-YYYY-NNNN``: written here only (``REF_PATTERN`` reads it)."""
    return f"OF-{year}-{number:04d}"


def ref_year(ref: str) -> int:
    """The year a reference was given in (``OF-2026-0042`` -> 2026)."""
    return int(ref.split("-")[1])


def refs_of_year(year: int) -> str:
    """A SQL ``LIKE`` pattern matching the references of ``year``."""
    return f"OF-{year}-%"


def set_state(request: Request, state: str, clock: Clock) -> str:
    """Change the state; returns the previous one (for the event's detail)."""
    previous = request.state
    request.state = state
    request.state_changed_at = clock.now()
    return previous


def ref_from_match(match: re.Match[str]) -> str:
    """The canonical reference of a ``REF_RE`` match (``of-2026-42`` -> ``OF-2026-0042``)."""
    return format_ref(int(match.group(2)), int(match.group(3)))


def find_ref(session: Session, ref: str) -> Request | None:
    ref = ref.strip().strip("[]").upper()
    return session.scalar(select(Request).where(Request.ref == ref))
