"""Bonus-hours balances (R50-R55) read from the append-only ledger, without SQLAlchemy.

:mod:`bot.hours` writes the ledger and re-exports what is here; the balance is two SQL
statements on a :class:`storage.lightdb.LightConnection`, so the handlers (on their session's
connection) and ``ofbot staff balance`` or ``client`` (on a plain one) read it the same way.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import TYPE_CHECKING

from bot import states
from bot.clientview import ClientRecord
from bot.config import CatalogueSettings
from storage.lightdb import LightConnection, decimal

if TYPE_CHECKING:
    from storage.models import Client

ZERO = Decimal(0)


DEBIT, CREDIT, ADJUST, POOL = "debit", "credit", "adjust", "pool"
LEDGER_KINDS = (DEBIT, CREDIT, ADJUST, POOL)


@dataclass(frozen=True)
class Usage:
    """One ledger line of the statement; ``hours`` is what it used (negative: hours given back)."""

    ref: str
    subject: str
    hours: Decimal
    kind: str = DEBIT
    note: str = ""


@dataclass(frozen=True)
class Balance:
    client: str
    year: int
    granted: Decimal
    used: Decimal
    reserved: Decimal
    usages: tuple[Usage, ...] = ()

    @property
    def remaining(self) -> Decimal:
        return max(self.granted - self.used, ZERO)

    def to_json(self) -> dict[str, object]:
        return {
            "client": self.client,
            "year": self.year,
            "granted": float(self.granted),
            "used": float(self.used),
            "reserved": float(self.reserved),
            "remaining": float(self.remaining),
        }


def granted_hours(client: Client | ClientRecord, catalogue: CatalogueSettings, year: int) -> Decimal:
    """The tier's quota; none for a year whose subscription is not paid (not in production, R1)."""
    if client.paid_until < year:
        return ZERO
    return catalogue.tier(client.tier).bonus_hours


_ENTRIES = """
SELECT l.hours, l.entry_kind, l.note, r.ref, r.subject
FROM ledger l LEFT OUTER JOIN requests r ON r.id = l.request_id
WHERE l.client_id = :client_id AND l.year = :year ORDER BY l.id
"""
_RESERVED = (
    "SELECT coalesce(sum(estimate_hours), 0) FROM requests"
    f" WHERE client_id = :client_id AND state = '{states.AWAITING_CONFIRMATION}'"
)


def read_balance(
    connection: LightConnection, client_id: int, platform: str, granted: Decimal, year: int
) -> Balance:
    """The year's balance from the signed ledger: ``used`` is minus the sum of the entries.

    Debits and pool shares take hours, credits (a reversed confirmation) and positive
    adjustments give them back (R50-R55, R62); nothing is ever updated in place.
    """
    rows = connection.rows(_ENTRIES, {"client_id": client_id, "year": year})
    usages = tuple(
        Usage(ref or "-", subject or "", -decimal(h, 2), kind, note or "")
        for h, kind, note, ref, subject in rows
    )
    used = sum((u.hours for u in usages), ZERO)
    reserved = connection.rows(_RESERVED, {"client_id": client_id})[0][0]
    return Balance(
        client=platform,
        year=year,
        granted=granted,
        used=used,
        reserved=decimal(reserved or 0, 2),
        usages=usages,
    )
