"""The staff reads: the queue, one's own requests, search, a client, a balance, the invoices.

Set-based SQL that returns only the columns shown: ``staff queue`` on a desk of 50,000 requests
used to load every open request as an ORM object (with its client and its events), sort them in
Python and serialise them, 6.5 s. Here the database filters, joins and orders (the migration
``0004`` adds ``ix_requests_service_order`` for the ORDER BY) and rows come back as tuples.

This module imports SQLAlchemy and the models only: the command line answers these words without
loading the mail, handler, template or model stack. ``show`` is the exception: it reads the
client's mail and asks the request's handler for the next actions (:mod:`bot.staff.showing`).
Both front-ends read through here (:class:`bot.staff.service.StaffService` delegates).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from sqlalchemy import Row, Select, func, or_, select
from sqlalchemy.orm import Session, sessionmaker

from bot import invoices, states
from bot.clients import client_json, find_platform
from bot.clock import Clock
from bot.config import Settings
from bot.hours import Balance, balance
from bot.staff.errors import CommandError
from storage.models import Client, Message, Request

if TYPE_CHECKING:
    from bot.staff.checks import Check

FIND_LIMIT = 50
RECENT_LIMIT = 10

# Service order (R52, R63): cash-funded first, then arrival; the id breaks ties.
SERVICE_ORDER = (Request.cash_funded.desc(), Request.received_at, Request.id)


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


def _age(received_at: dt.datetime, now: dt.datetime | None) -> float:
    age = (now - received_at).total_seconds() / 3600 if now is not None else 0.0
    return round(max(age, 0.0), 1)


def queue_item(request: Request, now: dt.datetime | None = None) -> QueueItem:
    """The queue line of a request already loaded (an action's answer)."""
    return QueueItem(
        request=request.ref,
        client=request.client.platform if request.client else None,
        kind=request.kind,
        state=request.state,
        received_at=request.received_at,
        cash_funded=request.cash_funded,
        estimate_hours=request.estimate_hours,
        owner=request.owner,
        subject=request.subject,
        age_hours=_age(request.received_at, now),
    )


def listing() -> Select[Any]:
    """The queue's columns, with the client's platform: one row per request, no ORM objects."""
    return select(
        Request.ref,
        Client.platform,
        Request.kind,
        Request.state,
        Request.received_at,
        Request.cash_funded,
        Request.estimate_hours,
        Request.owner,
        Request.subject,
    ).outerjoin(Client, Client.id == Request.client_id)


def items(rows: Iterable[Row[Any]], now: dt.datetime) -> list[QueueItem]:
    return [
        QueueItem(ref, platform, kind, state, at, bool(cash), hours, owner, subject, _age(at, now))
        for ref, platform, kind, state, at, cash, hours, owner, subject in rows
    ]


def is_open() -> Any:
    return Request.state.not_in(states.CLOSED)


def actor_name(actor: str) -> str:
    """The person behind an actor: ``shell:anne`` -> ``anne``, ``telegram:42 (Anne B)`` -> ``Anne B``."""
    if actor.startswith("telegram:") and "(" in actor and actor.endswith(")"):
        return actor[actor.index("(") + 1 : -1]
    return actor.partition(":")[2] or actor


def search(needle: str) -> Select[Any]:
    """Requests whose reference, subject, client text, sender or platform holds ``needle``,
    newest first: a substring match, so a scan (bounded by ``FIND_LIMIT`` rows returned)."""
    pattern = f"%{needle.lower().strip('[]')}%"
    by_message = select(Message.request_id).where(
        Message.request_id.is_not(None), func.lower(Message.from_addr).like(pattern)
    )
    by_client = select(Client.id).where(func.lower(Client.platform).like(pattern))
    return (
        listing()
        .where(
            or_(
                func.lower(Request.ref).like(pattern),
                func.lower(Request.subject).like(pattern),
                func.lower(Request.summary).like(pattern),
                func.lower(Request.requester).like(pattern),
                Request.id.in_(by_message),
                Request.client_id.in_(by_client),
            )
        )
        .order_by(Request.received_at.desc(), Request.id.desc())
        .limit(FIND_LIMIT)
    )


class DeskReads:
    """Every staff read, for the chat and the shell alike; writes nothing."""

    def __init__(
        self,
        sessions: sessionmaker[Session],
        settings: Settings,
        clock: Clock,
        checks: Sequence[Check] | None = None,
    ) -> None:
        self.sessions = sessions
        self.settings = settings
        self.clock = clock
        self.checks = checks  # what blocks an action (show leaves it out); None: the default ones

    def _items(self, query: Select[Any]) -> list[QueueItem]:
        with self.sessions() as session:
            rows = session.connection().execute(query).all()  # Core tuples, one fetchall
            return items(rows, self.clock.now())

    def queue(self) -> list[QueueItem]:
        """Every open request, in service order (ARCHITECTURE: ``queue --json``)."""
        return self._items(listing().where(is_open()).order_by(*SERVICE_ORDER))

    def mine(self, actor: str) -> list[QueueItem]:
        """The open requests whose owner is the actor, in any case. SQLite's ``lower`` knows ASCII
        only: a name such as "Élodie" is compared in Python, among the requests that have an owner."""
        name = actor_name(actor).lower()
        if name.isascii():
            query = listing().where(is_open(), func.lower(Request.owner) == name)
            return self._items(query.order_by(*SERVICE_ORDER))
        owned = self._items(listing().where(is_open(), Request.owner.is_not(None)).order_by(*SERVICE_ORDER))
        return [item for item in owned if (item.owner or "").lower() == name]

    def find(self, text: str) -> list[QueueItem]:
        needle = text.strip()
        if not needle:
            raise CommandError("find needs a text: find TEXT", usage=True)
        return self._items(search(needle))

    def balance(self, platform: str, year: int | None = None) -> Balance:
        with self.sessions() as session:
            client = _client(session, platform)
            return balance(session, client, self.settings.catalogue, year or self.clock.year())

    def client(self, platform: str) -> dict[str, Any]:
        """The client's record, balance, open requests (service order) and last closed ones."""
        with self.sessions() as session:
            client = _client(session, platform)
            bal = balance(session, client, self.settings.catalogue, self.clock.year())
            now = self.clock.now()
            mine = listing().where(Request.client_id == client.id)
            connection = session.connection()
            open_ = items(connection.execute(mine.where(is_open()).order_by(*SERVICE_ORDER)).all(), now)
            closed = mine.where(Request.state.in_(states.CLOSED))
            recent = items(
                connection.execute(
                    closed.order_by(Request.received_at.desc(), Request.id.desc()).limit(RECENT_LIMIT)
                ).all(),
                now,
            )
            return {
                "client": client_json(client),
                "balance": bal.to_json(),
                "open": [i.to_json() for i in open_],
                "recent": [i.to_json() for i in recent],
            }

    def clients(self) -> list[Client]:
        with self.sessions() as session:
            return list(session.scalars(select(Client).order_by(Client.platform)))

    def invoices(self, platform: str | None = None) -> list[dict[str, object]]:
        with self.sessions() as session:
            client = _client(session, platform) if platform else None
            return [v.to_json() for v in invoices.views(session, client.id if client else None)]

    def show(self, ref: str) -> dict[str, Any]:
        """One request in full: its mail, events and next actions.

        The one read that parses mail and asks the handlers, so their modules are imported here,
        when a request is shown, and not by every command that lists requests.
        """
        from bot.staff.showing import show_request

        with self.sessions() as session:
            return show_request(session, ref, self.clock.now(), self.checks)


def _client(session: Session, platform: str) -> Client:
    client = find_platform(session, platform)
    if client is None:
        raise CommandError(f"no client with platform {platform!r}")
    return client
