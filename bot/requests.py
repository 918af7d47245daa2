"""Creating requests and moving them between states, with their audit trail."""

from __future__ import annotations

import contextlib
import re
from collections.abc import Callable, Iterator
from typing import Any

from sqlalchemy import Column, Connection, Engine, TextClause, insert, select, text
from sqlalchemy.orm import Session, make_transient_to_detached
from sqlalchemy.orm.attributes import set_committed_value
from sqlalchemy.orm.util import identity_key
from sqlalchemy.sql.schema import ScalarElementColumnDefault

from bot.clock import Clock
from storage.models import Client, Request, RequestCounter, table_of

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
    return format_ref(year, _bump(session.connection(), year))


RefAllocator = Callable[[Session, int], str]


@contextlib.contextmanager
def ref_source(engine: Engine) -> Iterator[RefAllocator]:
    """Where a transaction of many messages takes its references.

    On PostgreSQL the counter is bumped in a statement of its own (autocommit, on a connection
    of its own): a batch that held the year's counter row until its commit would make every other
    worker wait for it. A batch rolled back or a worker killed leaves a gap in the numbers, never
    a number given twice. SQLite has one writer at a time: there the number is taken in the
    caller's transaction, as :func:`allocate_ref` does.
    """
    if engine.dialect.name != "postgresql":
        yield allocate_ref
        return
    own: list[Connection] = []

    def allocate(_session: Session, year: int) -> str:
        if not own:
            own.append(engine.connect().execution_options(isolation_level="AUTOCOMMIT"))
        return format_ref(year, _bump(own[0], year))

    try:
        yield allocate
    finally:
        for connection in own:
            connection.close()


# The counter's upsert as text, the same on SQLite (3.35+) and PostgreSQL. The dialects' own
# ``insert().on_conflict_do_update()`` has no cache key in SQLAlchemy 2.0 ("[no key]"): it was
# compiled again for every request (1.1 ms of the 12 ms a new request's mail took); this one is
# compiled once per engine and taken from the statement cache afterwards (0.1 ms).
_NEXT_NUMBER: TextClause = text(
    f"INSERT INTO {RequestCounter.__tablename__} (year, last_number) VALUES (:year, 1) "
    f"ON CONFLICT (year) DO UPDATE SET last_number = {RequestCounter.__tablename__}.last_number + 1 "
    "RETURNING last_number"
)


def _bump(connection: Connection, year: int) -> int:
    """Create or increment the year's counter row; its new value."""
    return int(connection.execute(_NEXT_NUMBER, {"year": year}).scalar_one())


# A new request's row: every column given (``_REQUEST_DEFAULTS`` for those the caller leaves),
# the defaults read from the model itself so that the two cannot drift apart.
_REQUESTS = table_of(Request)
_NEW_REQUEST = insert(_REQUESTS).returning(_REQUESTS.c.id)


def _scalar_default(column: Column[Any]) -> Any:
    default = column.default
    return default.arg if isinstance(default, ScalarElementColumnDefault) else None


_REQUEST_DEFAULTS: dict[str, Any] = {
    column.name: _scalar_default(column)
    for column in _REQUESTS.c
    if not column.primary_key
    and column.name != "client_id"
    and (column.default is not None or column.nullable)
}


def insert_request(session: Session, client: Client | None, **values: Any) -> Request:
    """Create a request in the caller's transaction and return it persistent, with its id.

    One Core ``INSERT ... RETURNING id`` compiled once, instead of an ORM object flushed on its
    own to learn its id (the unit of work for one row cost several times the insert). The object
    is then made persistent as if just loaded: every column known, its client and (empty)
    events set, so reading it asks the database nothing; later changes to it are flushed as
    usual.
    """
    row = {**_REQUEST_DEFAULTS, **values, "client_id": client.id if client is not None else None}
    request_id = int(session.connection().execute(_NEW_REQUEST, row).scalar_one())
    request = Request(id=request_id, **row)
    stale = session.identity_map.get(identity_key(Request, request_id))
    if stale is not None:  # a request of a savepoint rolled back, whose id SQLite gives again
        session.expunge(stale)
    make_transient_to_detached(request)
    session.add(request)
    set_committed_value(request, "client", client)
    set_committed_value(request, "events", [])
    return request


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
