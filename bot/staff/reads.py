"""The staff reads: the queue, one's own requests, search, a client, a balance, the invoices.

Every read but ``show`` is SQL text in :mod:`bot.staff.listing`, run here on the connection of
a session; the command line runs the same without SQLAlchemy. ``show`` reads the client's mail
and asks the request's handler for the next actions (:mod:`bot.staff.showing`). Both front-ends read through here (:class:`bot.staff.service.StaffService` delegates).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

from sqlalchemy.orm import Session, sessionmaker

from bot.clientview import ClientRecord
from bot.clock import Clock
from bot.config import Settings
from bot.hours import Balance
from bot.staff.listing import ListReads, QueueItem, actor_name, age_hours
from storage.lightdb import LightConnection
from storage.models import Request

if TYPE_CHECKING:
    from bot.staff.checks import Check

__all__ = ["DeskReads", "QueueItem", "actor_name", "queue_item"]


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
        age_hours=age_hours(request.received_at, now),
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
        self.lists = ListReads(self._connection, clock, settings.catalogue)

    @contextmanager
    def _connection(self) -> Iterator[LightConnection]:
        """The DB-API connection of a session of ours, for the listings' SQL text."""
        with self.sessions() as session:
            yield LightConnection.of(session.connection())

    def queue(self) -> list[QueueItem]:
        """Every open request, in service order (ARCHITECTURE: ``queue --json``)."""
        return self.lists.queue()

    def mine(self, actor: str) -> list[QueueItem]:
        return self.lists.mine(actor)

    def find(self, text: str) -> list[QueueItem]:
        return self.lists.find(text)

    def balance(self, platform: str, year: int | None = None) -> Balance:
        return self.lists.balance(platform, year)

    def client(self, platform: str) -> dict[str, Any]:
        """The client's record, balance, open requests (service order) and last closed ones."""
        return self.lists.client(platform)

    def clients(self) -> list[ClientRecord]:
        return self.lists.clients()

    def invoices(self, platform: str | None = None) -> list[dict[str, object]]:
        return self.lists.invoices(platform)

    def show(self, ref: str) -> dict[str, Any]:
        """One request in full: its mail, events and next actions.

        The one read that parses mail and asks the handlers, so their modules are imported here,
        when a request is shown, and not by every command that lists requests.
        """
        from bot.staff.showing import show_request

        with self.sessions() as session:
            return show_request(session, ref, self.clock.now(), self.checks)
