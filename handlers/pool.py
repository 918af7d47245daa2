"""Pooled bonus hours on a development (R62, R64): contributions, shortages, contributors told.

A contribution is recorded by staff (``pool REF PLATFORM HOURS``), on their own or after a
contributor's mail ("nous participons avec 5 heures à OF-2026-0042", read by
``bot.understand.contribution``) that the bot passes on with the command to approve it. Rows are
append-only: recording again replaces a contributor's share, 0 withdraws it. Contributors are
told when their share is recorded, when it is debited, and when they no longer have it.
"""

from __future__ import annotations

import json
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from sqlalchemy import select

from bot import states
from bot.hours import balance
from bot.requests import POOL_KINDS
from handlers.context import Context, RuleError
from storage.models import Client, Message, PoolContribution, Request

if TYPE_CHECKING:
    from handlers.funding import Funding

OPEN_FOR_POOL = frozenset({states.NEEDS_ESTIMATE, states.AWAITING_CONFIRMATION, states.TRIAGE})


def contributor_language(ctx: Context, request: Request, client: Client) -> str:
    """R62: a contributor is told in its own language, never the requester's.

    The language of the mail being answered when the contributor wrote it, else that of its
    latest mail on this request, else the language on its record.
    """
    decision = ctx.decision
    if decision is not None and decision.client is not None and decision.client.id == client.id:
        return decision.reading.language
    explanation = ctx.session.scalar(
        select(Message.explanation)
        .where(Message.request_id == request.id, Message.client_id == client.id)
        .order_by(Message.id.desc())
        .limit(1)
    )
    if explanation:
        said = json.loads(explanation).get("language")
        if said in ("fr", "en"):
            return str(said)
    return client.language


def _mail_contributor(ctx: Context, request: Request, client: Client, event: str, **data: Any) -> None:
    ctx.effects.mail(
        request,
        client.client_email,
        "pool",
        event,
        language=contributor_language(ctx, request, client),
        rate_limited=False,
        client=client,
        requester=request.client,
        settings=ctx.settings,
        **data,
    )


def record(ctx: Context, request: Request, contributor: Client, hours: Decimal) -> bool:
    """Record (or replace, or with 0 withdraw) a share; False when the contributor lacks the hours.

    A contributor without enough remaining hours is told, and staff too; nothing is recorded.
    """
    if request.kind not in POOL_KINDS:
        raise RuleError(f"{request.ref} is a {request.kind} request: hours are pooled on a development (R62)")
    if request.state not in OPEN_FOR_POOL:
        raise RuleError(
            f"{request.ref} is {request.state}: shares are recorded before the client confirms (R62)"
        )
    if request.client is None:
        raise RuleError(f"{request.ref} has no client yet: identify it first")
    if contributor.id == request.client.id:
        raise RuleError(
            f"{contributor.platform} is the requester of {request.ref}: its own hours count already"
        )
    year = ctx.clock.year()
    left = balance(ctx.session, contributor, ctx.settings.catalogue, year).remaining
    if hours > left:
        ctx.effects.event(
            request, ctx.actor, "pool_refused", f"{contributor.platform} offers {hours} h, has {left} h"
        )
        _mail_contributor(ctx, request, contributor, "not_enough", hours=hours, remaining=left, year=year)
        ctx.effects.notify_staff(
            request,
            "pool_refused",
            f"[{request.ref}] {contributor.platform} cannot give {hours} h: only {left} h left in {year}; "
            "the contributor was told, nothing recorded (R62)",
        )
        return False
    ctx.session.add(
        PoolContribution(
            request_id=request.id,
            client_id=contributor.id,
            hours=hours,
            at=ctx.clock.now(),
            actor=ctx.actor,
            note="withdrawn" if hours == 0 else "",
        )
    )
    ctx.session.flush()
    ctx.effects.event(request, ctx.actor, "pool", f"{contributor.platform} gives {hours} h (R62)")
    _mail_contributor(
        ctx,
        request,
        contributor,
        "withdrawn" if hours == 0 else "recorded",
        hours=hours,
        remaining=left,
        year=year,
    )
    return True


def offered(ctx: Context, request: Request, contributor: Client, hours: Decimal) -> None:
    """A contributor's mail offering hours: acknowledged, and staff approve with ``pool`` (R62)."""
    ctx.effects.event(
        request, f"client:{contributor.platform}", "pool_offer", f"{contributor.platform} offers {hours} h"
    )
    _mail_contributor(ctx, request, contributor, "offer_received", hours=hours)
    ctx.effects.notify_staff(
        request,
        "pool_offer",
        f"[{request.ref}] {contributor.platform} offers {hours} h of its bonus hours to this development "
        f"(R62). To record it: /pool {request.ref} {contributor.platform} {hours}",
    )


def contributors_short(ctx: Context, request: Request, funding: Funding) -> None:
    """A confirmation that the pool no longer covers: the short contributors are told first."""
    for share in funding.short:
        contributor = ctx.session.get(Client, share.client_id)
        assert contributor is not None
        _mail_contributor(
            ctx,
            request,
            contributor,
            "not_enough",
            hours=share.hours,
            remaining=share.available,
            year=ctx.clock.year(),
        )
    names = ", ".join(f"{s.platform} ({s.available} h left for {s.hours} h)" for s in funding.short)
    ctx.effects.event(request, ctx.actor, "confirm_held", f"pool short: {names}")
    ctx.effects.notify_staff(
        request,
        "pool_short",
        f"[{request.ref}] the client confirmed, but {names} no longer cover their share: nothing was "
        f"debited and they were told. Change the shares with /pool {request.ref} PLATFORM HOURS, then "
        f"/reply-intent {request.ref} confirm (R62)",
    )


def tell_contributors(ctx: Context, request: Request, funding: Funding) -> None:
    year = ctx.clock.year()
    for share in funding.shares:
        if share.hours <= 0:
            continue
        contributor = ctx.session.get(Client, share.client_id)
        assert contributor is not None
        left = balance(ctx.session, contributor, ctx.settings.catalogue, year).remaining
        _mail_contributor(ctx, request, contributor, "debited", hours=share.hours, remaining=left, year=year)
