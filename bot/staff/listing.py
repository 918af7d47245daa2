"""The staff reads but ``show``: the queue, one's own requests, a search, the clients, a client,
a balance, the invoices.

Set-based SQL text run on a :class:`storage.lightdb.LightConnection`, without SQLAlchemy: the
command line answers these words on the standard library's ``sqlite3`` (or psycopg) alone, and
the running service reads the same queries on the connection its session holds
(:class:`bot.staff.reads.DeskReads` delegates here). The database filters, joins and orders
(migration ``0004`` adds ``ix_requests_service_order`` for the ORDER BY); rows come back as
tuples and only the columns shown are read.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from contextlib import AbstractContextManager
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from bot import states
from bot.clientview import CLIENTS, ClientRecord, client_json, client_record
from bot.clock import Clock
from bot.config import CatalogueSettings
from bot.hoursview import Balance, granted_hours, read_balance
from bot.invoiceviews import views
from bot.staff.errors import CommandError
from storage.lightdb import LightConnection, decimal_or_none, in_list, utc

FIND_LIMIT = 50
RECENT_LIMIT = 10

_COLUMNS = (
    "SELECT r.ref, c.platform, r.kind, r.state, r.received_at, r.cash_funded, r.estimate_hours,"
    " r.owner, r.subject FROM requests r LEFT OUTER JOIN clients c ON c.id = r.client_id"
)
OPEN = f"r.state NOT IN {in_list(sorted(states.CLOSED))}"
CLOSED = f"r.state IN {in_list(sorted(states.CLOSED))}"
# Service order (R52, R63): cash-funded first, then arrival; the id breaks ties.
SERVICE_ORDER = "ORDER BY r.cash_funded DESC, r.received_at, r.id"
NEWEST_FIRST = "ORDER BY r.received_at DESC, r.id DESC"
_FIND = f"""{_COLUMNS}
WHERE lower(r.ref) LIKE :p OR lower(r.subject) LIKE :p OR lower(r.summary) LIKE :p
   OR lower(r.requester) LIKE :p
   OR r.id IN (SELECT m.request_id FROM messages m
               WHERE m.request_id IS NOT NULL AND lower(m.from_addr) LIKE :p)
   OR r.client_id IN (SELECT k.id FROM clients k WHERE lower(k.platform) LIKE :p)
{NEWEST_FIRST} LIMIT {FIND_LIMIT}"""


@dataclass(frozen=True, slots=True)
class QueueItem:
    request: str
    client: str | None
    kind: str
    state: str
    received_at: dt.datetime
    cash_funded: bool
    estimate_hours: Decimal | None
    owner: str | None = None
    subject: str = ""
    age_hours: float = 0.0

    @property
    def waiting_on(self) -> str:
        return states.waiting_on(self.state)

    def to_json(self) -> dict[str, object]:
        return {
            "request": self.request,
            "client": self.client,
            "kind": self.kind,
            "state": self.state,
            "received_at": self.received_at.isoformat(),
            "cash_funded": self.cash_funded,
            "estimate_hours": float(self.estimate_hours) if self.estimate_hours is not None else None,
            "owner": self.owner,
            "subject": self.subject,
            "age_hours": self.age_hours,
            "waiting_on": self.waiting_on,
        }


def age_hours(received_at: dt.datetime, now: dt.datetime | None) -> float:
    age = (now - received_at).total_seconds() / 3600 if now is not None else 0.0
    return round(max(age, 0.0), 1)


def items(rows: Iterable[tuple[Any, ...]], now: dt.datetime) -> list[QueueItem]:
    """Queue lines from rows of :data:`_COLUMNS` (either database's raw values)."""
    found = []
    for ref, platform, kind, state, at, cash, hours, owner, subject in rows:
        received = utc(at)
        found.append(
            QueueItem(
                ref,
                platform,
                kind,
                state,
                received,
                bool(cash),
                decimal_or_none(hours, 2),
                owner,
                subject,
                age_hours(received, now),
            )
        )
    return found


def actor_name(actor: str) -> str:
    """The person behind an actor: ``shell:anne`` -> ``anne``, ``telegram:42 (Anne B)`` -> ``Anne B``."""
    if actor.startswith("telegram:") and "(" in actor and actor.endswith(")"):
        return actor[actor.index("(") + 1 : -1]
    return actor.partition(":")[2] or actor


def client_requests(
    connection: LightConnection, client_id: int, now: dt.datetime
) -> tuple[list[QueueItem], list[QueueItem]]:
    """A client's open requests (service order) and last closed ones (newest first)."""
    mine = f"{_COLUMNS} WHERE r.client_id = :client_id AND"
    params: dict[str, object] = {"client_id": client_id}
    return (
        items(connection.rows(f"{mine} {OPEN} {SERVICE_ORDER}", params), now),
        items(connection.rows(f"{mine} {CLOSED} {NEWEST_FIRST} LIMIT {RECENT_LIMIT}", params), now),
    )


class ListReads:
    """The listings, on a connection ``connect`` opens (and closes) for each read."""

    def __init__(
        self,
        connect: Callable[[], AbstractContextManager[LightConnection]],
        clock: Clock,
        catalogue: CatalogueSettings,
    ) -> None:
        self.connect = connect
        self.clock = clock
        self.catalogue = catalogue  # the tiers' bonus hours, for a balance

    def _items(self, sql: str, params: dict[str, object] | None = None) -> list[QueueItem]:
        with self.connect() as connection:
            return items(connection.rows(sql, params), self.clock.now())

    def queue(self) -> list[QueueItem]:
        """Every open request, in service order (ARCHITECTURE: ``queue --json``)."""
        return self._items(f"{_COLUMNS} WHERE {OPEN} {SERVICE_ORDER}")

    def mine(self, actor: str) -> list[QueueItem]:
        """The open requests whose owner is the actor, in any case. SQLite's ``lower`` knows ASCII
        only: a name such as "Élodie" is compared in Python, among the requests that have an owner."""
        name = actor_name(actor).lower()
        if name.isascii():
            return self._items(
                f"{_COLUMNS} WHERE {OPEN} AND lower(r.owner) = :name {SERVICE_ORDER}", {"name": name}
            )
        owned = self._items(f"{_COLUMNS} WHERE {OPEN} AND r.owner IS NOT NULL {SERVICE_ORDER}")
        return [item for item in owned if (item.owner or "").lower() == name]

    def find(self, text: str) -> list[QueueItem]:
        """Requests whose reference, subject, client text, sender or platform holds ``text``,
        newest first: a substring match, so a scan (bounded by ``FIND_LIMIT`` rows returned)."""
        needle = text.strip()
        if not needle:
            raise CommandError("find needs a text: find TEXT", usage=True)
        return self._items(_FIND, {"p": f"%{needle.lower().strip('[]')}%"})

    def clients(self) -> list[ClientRecord]:
        with self.connect() as connection:
            return [client_record(row) for row in connection.rows(f"{CLIENTS} ORDER BY platform")]

    def balance(self, platform: str, year: int | None = None) -> Balance:
        with self.connect() as connection:
            client_id, client = _client(connection, platform)
            return _balance(connection, client_id, client, self.catalogue, year or self.clock.year())

    def client(self, platform: str) -> dict[str, Any]:
        """The client's record, balance, open requests (service order) and last closed ones."""
        with self.connect() as connection:
            client_id, client = _client(connection, platform)
            bal = _balance(connection, client_id, client, self.catalogue, self.clock.year())
            open_, recent = client_requests(connection, client_id, self.clock.now())
            return {
                "client": client_json(client),
                "balance": bal.to_json(),
                "open": [i.to_json() for i in open_],
                "recent": [i.to_json() for i in recent],
            }

    def invoices(self, platform: str | None = None) -> list[dict[str, object]]:
        with self.connect() as connection:
            client_id = _client(connection, platform)[0] if platform else None
            return [v.to_json() for v in views(connection, client_id)]


def _client(connection: LightConnection, platform: str) -> tuple[int, ClientRecord]:
    """The id and record of the client with this platform, or the staff's error."""
    found = connection.rows(f"{CLIENTS} WHERE platform = :p", {"p": platform.strip().lower()})
    if not found:
        raise CommandError(f"no client with platform {platform!r}")
    return int(found[0][-1]), client_record(found[0])


def _balance(
    connection: LightConnection, client_id: int, client: ClientRecord, catalogue: CatalogueSettings, year: int
) -> Balance:
    granted = granted_hours(client, catalogue, year)
    return read_balance(connection, client_id, client.platform, granted, year)
