"""How confirmed hours are paid for: the requester's bonus, other clients' pooled hours, money.

- R51/R55: on the client's confirmation the estimate is taken from the bonus hours left; what
  they do not cover is invoiced at the hourly rate (never deducted beyond the balance).
- R62: other clients may pool their bonus hours on a development. Staff record each share
  (``pool REF PLATFORM HOURS``, also after a contributor's mail); the shares are taken first, in
  the order recorded, then the requester's own hours, then the rest is invoiced to the
  requester. On confirmation every share is debited in the same transaction as the requester's
  debit, and each contributor is told. A contributor whose balance no longer covers its share is
  told *before* anything is debited: the confirmation waits for staff (``pool`` again, then
  ``reply-intent REF confirm``).
- R52/R63: an offer to pay made in a reply marks the request cash-funded (it goes first).
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import select

from bot.hours import DEBIT, POOL, balance
from bot.invoices import HOURS, InvoiceView, LineSpec, money
from handlers import billing
from handlers.context import Context
from storage.models import Client, LedgerEntry, PoolContribution, Request

ZERO = Decimal(0)


@dataclass(frozen=True)
class Share:
    """One contributor's part of a pooled development (R62)."""

    platform: str
    client_id: int
    hours: Decimal  # taken on confirmation
    pledged: Decimal  # recorded by staff
    available: Decimal  # the contributor's remaining bonus hours now

    @property
    def short(self) -> bool:
        return self.available < self.hours


@dataclass(frozen=True)
class Funding:
    """The split of an estimate: shares of others, the requester's own hours, the billed rest."""

    estimate: Decimal
    own_remaining: Decimal  # the requester's remaining hours before this request
    own: Decimal  # taken from the requester's bonus
    shares: tuple[Share, ...]
    billed_hours: Decimal
    hourly_rate: Decimal

    @property
    def pooled(self) -> Decimal:
        return sum((s.hours for s in self.shares), ZERO)

    @property
    def amount(self) -> Decimal:
        return money(self.billed_hours * self.hourly_rate)

    @property
    def short(self) -> tuple[Share, ...]:
        return tuple(s for s in self.shares if s.short)


def contributions(ctx: Context, request: Request) -> list[tuple[Client, Decimal]]:
    """The recorded shares, the latest row per contributor, in the order first recorded."""
    rows = ctx.session.scalars(
        select(PoolContribution)
        .where(PoolContribution.request_id == request.id)
        .order_by(PoolContribution.id)
    ).all()
    latest: dict[int, PoolContribution] = {}
    order: list[int] = []
    for row in rows:
        if row.client_id not in latest:
            order.append(row.client_id)
        latest[row.client_id] = row
    return [(latest[cid].client, Decimal(latest[cid].hours)) for cid in order if latest[cid].hours > 0]


def remaining(ctx: Context, client: Client) -> Decimal:
    return balance(ctx.session, client, ctx.settings.catalogue, ctx.clock.year()).remaining


def plan(ctx: Context, request: Request, estimate: Decimal) -> Funding:
    """R62 shares first, then the requester's own bonus, then the invoiced rest (R55)."""
    assert request.client is not None
    left = estimate
    shares: list[Share] = []
    for client, pledged in contributions(ctx, request):
        take = min(pledged, left)
        left -= take
        shares.append(Share(client.platform, client.id, take, pledged, remaining(ctx, client)))
    own_remaining = remaining(ctx, request.client)
    own = min(own_remaining, left)
    left -= own
    return Funding(estimate, own_remaining, own, tuple(shares), left, ctx.settings.catalogue.hourly_rate)


def debit(ctx: Context, request: Request, funding: Funding) -> None:
    """Write the requester's debit and every contributor's share (one transaction, R51, R62)."""
    assert request.client is not None
    year = ctx.clock.year()
    now = ctx.clock.now()
    if funding.own > 0:
        ctx.session.add(
            LedgerEntry(
                client_id=request.client.id,
                year=year,
                hours=-funding.own,
                entry_kind=DEBIT,
                request_id=request.id,
                at=now,
                actor=ctx.actor,
                note=f"confirmed by {request.requester}",
            )
        )
    for share in funding.shares:
        if share.hours > 0:
            ctx.session.add(
                LedgerEntry(
                    client_id=share.client_id,
                    year=year,
                    hours=-share.hours,
                    entry_kind=POOL,
                    request_id=request.id,
                    at=now,
                    actor=ctx.actor,
                    note=f"R62: share of {request.ref} ({request.client.platform})",
                )
            )
    ctx.session.flush()


def invoice_shortfall(ctx: Context, request: Request, funding: Funding) -> InvoiceView | None:
    """R55: the hours neither the bonus nor the pool cover, at the hourly rate."""
    if funding.billed_hours <= 0:
        return None
    line = LineSpec(
        billing.label(request, "hours", ref=request.ref), funding.billed_hours, funding.hourly_rate
    )
    return billing.invoice(ctx, request, HOURS, [line])


def mark_cash_offer(ctx: Context, request: Request) -> None:
    """R52, R63: the client offers to pay in a reply: the request goes first; staff are told."""
    if request.cash_funded:
        return
    request.cash_funded = True
    ctx.effects.event(request, ctx.actor, "cash", "False -> True: offer to pay in a reply (R52)")
    ctx.effects.notify_staff(
        request,
        "cash",
        f"[{request.ref}] the client offers to pay: marked cash-funded, it goes first in the queue "
        f"(R52, R63). /cash {request.ref} off if that is wrong",
    )
