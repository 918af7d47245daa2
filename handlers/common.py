"""The common core of the request life cycle (ARCHITECTURE "Request life cycle").

received -> needs_estimate -(staff: estimate)-> awaiting_confirmation -(client: confirm)-> queued
-> in_progress -> done, with declined / rejected / expired as ends. Hours are deducted in the
ledger only when the client confirms (R51), once (confirmations are idempotent).
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from sqlalchemy import select

from bot import states
from bot.hours import balance, split_cost
from bot.requests import set_state
from handlers.context import Context, RuleError
from storage.models import Client, LedgerEntry, Request

ESTIMATE_BUTTONS = ("estimate 0.5", "estimate 1", "estimate 2", "estimate ?")


def template_kind(ctx: Context, request: Request, event: str) -> str:
    """The kind's own template when it has one, else the common one."""
    if ctx.effects.renderer.exists(request.language, request.kind, event) or ctx.effects.renderer.exists(
        "fr", request.kind, event
    ):
        return request.kind
    return "common"


def reply_address(request: Request) -> str:
    """Where answers go: the requester when on record (or still in triage), else the client e-mail.

    R7: nothing about a request is sent to an address that is not on the client's record.
    """
    client = request.client
    if client is None or request.requester in client.addresses():
        return request.requester
    return client.client_email


def mail_client(
    ctx: Context, request: Request, event: str, to: str | list[str] | None = None, **data: Any
) -> None:
    kind = template_kind(ctx, request, event)
    ctx.effects.mail(
        request,
        to if to is not None else reply_address(request),
        kind,
        event,
        thread=ctx.thread(),
        client=request.client,
        settings=ctx.settings,
        **data,
    )


def notify(ctx: Context, request: Request, event: str, headline: str) -> None:
    ctx.effects.notify_staff(request, event, headline)


def change_state(ctx: Context, request: Request, state: str, action: str, detail: str = "") -> None:
    previous = set_state(request, state, ctx.clock)
    text = f"{previous} -> {state}" + (f": {detail}" if detail else "")
    ctx.effects.event(request, ctx.actor, action, text)


def open_for_estimate(ctx: Context, request: Request) -> None:
    """A request staff must estimate (R51): acknowledge it and tell staff."""
    change_state(ctx, request, states.NEEDS_ESTIMATE, "received")
    mail_client(ctx, request, "received")
    notify(ctx, request, "new_request", f"New {request.kind} request: staff estimate needed")


def current_balance(ctx: Context, client: Client) -> Any:
    return balance(ctx.session, client, ctx.settings.catalogue, ctx.clock.year())


def send_estimate(ctx: Context, request: Request, hours: Decimal) -> None:
    if request.state not in (states.NEEDS_ESTIMATE, states.AWAITING_CONFIRMATION):
        raise RuleError(
            f"{request.ref} is {request.state}: estimate needs needs_estimate or awaiting_confirmation"
        )
    if hours <= 0:
        raise RuleError("an estimate must be more than 0 hours")
    client = request.client
    if client is None:
        raise RuleError(f"{request.ref} has no client yet: identify it first (kind/triage)")
    replaced = request.estimate_hours
    request.estimate_hours = hours
    request.estimated_at = ctx.clock.now()
    request.reminded_at = None
    bal = current_balance(ctx, client)
    from_bonus, billed_hours, amount = split_cost(hours, bal.remaining, ctx.settings.catalogue.hourly_rate)
    change_state(
        ctx,
        request,
        states.AWAITING_CONFIRMATION,
        "estimate",
        f"{hours} h" + (f" (replaces {replaced} h)" if replaced is not None else ""),
    )
    mail_client(
        ctx,
        request,
        "estimate",
        hours=hours,
        remaining_before=bal.remaining,
        remaining_after=bal.remaining - from_bonus,
        from_bonus=from_bonus,
        billed_hours=billed_hours,
        amount=amount,
        hourly_rate=ctx.settings.catalogue.hourly_rate,
        year=bal.year,
        replaced=replaced,
    )
    notify(ctx, request, "estimated", f"Estimate of {hours} h sent by {ctx.actor}; waiting for the client")


def confirm(ctx: Context, request: Request) -> None:
    """The client's "OK": deduct the hours once and queue the work."""
    if request.state != states.AWAITING_CONFIRMATION:
        ctx.effects.event(request, ctx.actor, "confirm_ignored", f"already {request.state}")
        notify(
            ctx, request, "client_reply", f"Client confirmed again ({request.state}); nothing more deducted"
        )
        return
    client = request.client
    assert client is not None and request.estimate_hours is not None
    year = ctx.clock.year()
    already = ctx.session.scalar(
        select(LedgerEntry.id).where(LedgerEntry.request_id == request.id, LedgerEntry.entry_kind == "use")
    )
    if already is None:
        ctx.session.add(
            LedgerEntry(
                client_id=client.id,
                year=year,
                hours=request.estimate_hours,
                entry_kind="use",
                request_id=request.id,
                at=ctx.clock.now(),
                actor=ctx.actor,
                note=f"confirmed by {request.requester}",
            )
        )
        ctx.session.flush()
    change_state(ctx, request, states.QUEUED, "confirmed", f"{request.estimate_hours} h deducted from {year}")
    bal = current_balance(ctx, client)
    mail_client(ctx, request, "confirmed", hours=request.estimate_hours, balance=bal)
    notify(
        ctx, request, "confirmed", f"Client confirmed: {request.estimate_hours} h deducted, request queued"
    )


def decline(ctx: Context, request: Request) -> None:
    if request.state != states.AWAITING_CONFIRMATION:
        ctx.effects.event(request, ctx.actor, "refuse_ignored", f"already {request.state}")
        notify(ctx, request, "client_reply", f"Client refused while the request is {request.state}")
        return
    change_state(ctx, request, states.DECLINED, "declined")
    mail_client(ctx, request, "declined")
    notify(ctx, request, "declined", "Client declined the estimate; nothing deducted")


def question(ctx: Context, request: Request) -> None:
    text = ctx.decision.reading.new_text if ctx.decision else ""
    ctx.effects.event(request, ctx.actor, "client_question", text[:500])
    notify(ctx, request, "client_question", "Client wrote back with a question: staff answer with /reply")


def default_reply(ctx: Context, request: Request, intent: str) -> None:
    if intent == "confirm" and request.state == states.AWAITING_CONFIRMATION:
        confirm(ctx, request)
    elif intent == "refuse" and request.state == states.AWAITING_CONFIRMATION:
        decline(ctx, request)
    elif intent == "confirm" and request.state in (states.QUEUED, states.IN_PROGRESS, states.DONE):
        ctx.effects.event(request, ctx.actor, "confirm_ignored", f"already {request.state}")
    else:
        question(ctx, request)


def default_actions(request: Request) -> tuple[str, ...]:
    by_state: dict[str, tuple[str, ...]] = {
        states.NEEDS_ESTIMATE: (*ESTIMATE_BUTTONS, "reject"),
        states.AWAITING_CONFIRMATION: ("estimate ?", "reject"),
        states.QUEUED: ("start", "done"),
        states.IN_PROGRESS: ("done",),
        states.WAITING_PAYMENT: ("paid", "reject"),
        states.WAITING_DOCUMENTS: ("approve", "reject"),
        states.SCHEDULED: ("done",),
        states.TRIAGE: ("kind ?", "reject"),
    }
    return by_state.get(request.state, ())
