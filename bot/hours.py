"""Bonus hours (R50-R55): balances are sums over the append-only ledger, per calendar year."""

from __future__ import annotations

from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from bot.config import CatalogueSettings
from bot.hoursview import ADJUST as ADJUST
from bot.hoursview import CREDIT as CREDIT
from bot.hoursview import DEBIT as DEBIT
from bot.hoursview import LEDGER_KINDS as LEDGER_KINDS
from bot.hoursview import POOL as POOL
from bot.hoursview import ZERO as ZERO
from bot.hoursview import Balance as Balance
from bot.hoursview import Usage as Usage
from bot.hoursview import granted_hours as granted_hours
from bot.hoursview import read_balance
from storage.lightdb import LightConnection
from storage.models import Client, LedgerEntry


def balance(session: Session, client: Client, catalogue: CatalogueSettings, year: int) -> Balance:
    """The year's balance (:func:`bot.hoursview.read_balance`) on the session's connection,
    after the session's pending changes are flushed, as a query of the session would."""
    if session.autoflush:
        session.flush()
    granted = granted_hours(client, catalogue, year)
    return read_balance(LightConnection.of(session.connection()), client.id, client.platform, granted, year)


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
