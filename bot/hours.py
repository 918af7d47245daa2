"""Bonus hours (R50-R55): balances are sums over the append-only ledger, per calendar year."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import bindparam, func, select
from sqlalchemy.orm import Session

from bot import states
from bot.config import CatalogueSettings
from storage.models import Client, LedgerEntry, Request

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


def granted_hours(client: Client, catalogue: CatalogueSettings, year: int) -> Decimal:
    """The tier's quota; none for a year whose subscription is not paid (not in production, R1)."""
    if client.paid_until < year:
        return ZERO
    return catalogue.tier(client.tier).bonus_hours


# The two queries of a balance (every hours statement, card and estimate reads one), built once;
# each execution binds its client and year.
_ENTRIES = (
    select(LedgerEntry.hours, LedgerEntry.entry_kind, LedgerEntry.note, Request.ref, Request.subject)
    .outerjoin(Request, Request.id == LedgerEntry.request_id)
    .where(LedgerEntry.client_id == bindparam("client_id"), LedgerEntry.year == bindparam("year"))
    .order_by(LedgerEntry.id)
)
_RESERVED = select(func.coalesce(func.sum(Request.estimate_hours), 0)).where(
    Request.client_id == bindparam("client_id"), Request.state == states.AWAITING_CONFIRMATION
)


def balance(session: Session, client: Client, catalogue: CatalogueSettings, year: int) -> Balance:
    """The year's balance from the signed ledger: ``used`` is minus the sum of the entries.

    Debits and pool shares take hours, credits (a reversed confirmation) and positive
    adjustments give them back (R50-R55, R62); nothing is ever updated in place.
    """
    rows = session.execute(_ENTRIES, {"client_id": client.id, "year": year}).all()
    used = -sum((Decimal(h) for h, *_ in rows), ZERO)
    usages = tuple(
        Usage(ref or "-", subject or "", -Decimal(h), kind, note or "")
        for h, kind, note, ref, subject in rows
    )
    reserved = session.scalar(_RESERVED, {"client_id": client.id})
    return Balance(
        client=client.platform,
        year=year,
        granted=granted_hours(client, catalogue, year),
        used=used,
        reserved=Decimal(reserved or 0),
        usages=usages,
    )


def request_net(session: Session, request_id: int) -> dict[tuple[int, int], Decimal]:
    """Per (client id, year), the hours a request holds now: deducted and not given back."""
    rows = session.execute(
        select(LedgerEntry.client_id, LedgerEntry.year, func.sum(LedgerEntry.hours))
        .where(LedgerEntry.request_id == request_id, LedgerEntry.entry_kind != ADJUST)
        .group_by(LedgerEntry.client_id, LedgerEntry.year)
    ).all()
    return {(int(cid), int(year)): -Decimal(total) for cid, year, total in rows if Decimal(total) != 0}


def split_cost(
    estimate: Decimal, remaining: Decimal, hourly_rate: Decimal
) -> tuple[Decimal, Decimal, Decimal]:
    """(hours taken from the bonus, hours billed, amount billed before VAT) for an estimate (R55)."""
    from_bonus = min(estimate, remaining)
    billed_hours = estimate - from_bonus
    return from_bonus, billed_hours, (billed_hours * hourly_rate).quantize(Decimal("0.01"))
