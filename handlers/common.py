"""The common core of the request life cycle (ARCHITECTURE "Request life cycle").

received -> needs_estimate -(staff: estimate)-> awaiting_confirmation -(client: confirm)-> queued
-> in_progress -> done, with declined / rejected / expired as ends. Hours are deducted in the
ledger only when the client confirms (R51), once (confirmations are idempotent).
"""

from __future__ import annotations

import dataclasses
import json
import re
from decimal import Decimal
from typing import Any

from sqlalchemy import select

from bot import states
from bot.config import TierSettings
from bot.hours import balance, request_net
from bot.invoice_pdf import invoice_pdf
from bot.invoices import InvoiceView
from bot.mail.parse import Attachment, parse_message
from bot.requests import set_state
from handlers import pool
from handlers.context import Context, RuleError
from handlers.funding import debit as debit_funding
from handlers.funding import invoice_shortfall
from handlers.funding import plan as plan_funding
from storage.models import Client, Message, Request

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
        rate_limited=ctx.actor == "bot",  # only the bot's own answers to mail can loop
        attachments=invoice_attachments(ctx, request, data),
        client=request.client,
        settings=ctx.settings,
        **data,
    )


def invoice_attachments(ctx: Context, request: Request, data: dict[str, Any]) -> list[tuple[str, str, bytes]]:
    """The PDF of every invoice a mail announces (its ``invoice``, or R31's ``new_type.invoice``)."""
    found = [data.get("invoice"), getattr(data.get("new_type"), "invoice", None)]
    seller = f"{ctx.settings.mail.name} <{ctx.settings.mail.address}>"
    return [
        (f"{bill.invoice}.pdf", "application/pdf", invoice_pdf(bill, seller, request.language))
        for bill in found
        if isinstance(bill, InvoiceView)
    ]


def notify(ctx: Context, request: Request, event: str, headline: str) -> None:
    ctx.effects.notify_staff(request, event, headline, actor=ctx.actor)


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
    if replaced == hours:
        replaced = None  # the same estimate sent again (e.g. the pooled shares changed, R62)
    request.estimate_hours = hours
    request.estimated_at = ctx.clock.now()
    request.reminded_at = None
    funding = plan_funding(ctx, request, hours)
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
        remaining_before=funding.own_remaining,
        remaining_after=funding.own_remaining - funding.own,
        from_bonus=funding.own,
        billed_hours=funding.billed_hours,
        amount=funding.amount,
        hourly_rate=ctx.settings.catalogue.hourly_rate,
        year=ctx.clock.year(),
        replaced=replaced,
        shares=funding.shares,
    )
    pooled = "".join(f"; {s.platform} gives {s.hours} h (R62)" for s in funding.shares)
    billed = (
        f"; {funding.billed_hours} h to invoice, {funding.amount} € HT (R55)" if funding.billed_hours else ""
    )
    notify(
        ctx,
        request,
        "estimated",
        f"Estimate of {hours} h sent by {ctx.actor}{pooled}{billed}; waiting for the client",
    )


def confirm(ctx: Context, request: Request) -> None:
    """The client's "OK": deduct the hours once, invoice what they do not cover, queue the work.

    R51: hours are deducted only now, from the year the confirmation is received; R55: never
    beyond the balance, the rest is invoiced at the hourly rate; R62: pooled shares are debited
    in the same transaction, or nothing is when a contributor no longer has its share.
    """
    if request.state != states.AWAITING_CONFIRMATION:
        ctx.effects.event(request, ctx.actor, "confirm_ignored", f"already {request.state}")
        notify(
            ctx, request, "client_reply", f"Client confirmed again ({request.state}); nothing more deducted"
        )
        return
    client = request.client
    assert client is not None and request.estimate_hours is not None
    year = ctx.clock.year()
    funding = None
    bill = None
    if not request_net(ctx.session, request.id):
        funding = plan_funding(ctx, request, request.estimate_hours)
        if funding.short:
            pool.contributors_short(ctx, request, funding)
            return
        debit_funding(ctx, request, funding)
        bill = invoice_shortfall(ctx, request, funding)
        pool.tell_contributors(ctx, request, funding)
    deducted = funding.own if funding is not None else Decimal(0)
    detail = f"{deducted} h deducted from {year}"
    if funding is not None and funding.shares:
        detail += "; pooled: " + ", ".join(f"{s.platform} {s.hours} h" for s in funding.shares)
    if bill is not None:
        detail += f"; {funding.billed_hours if funding else 0} h invoiced ({bill.invoice})"
    change_state(ctx, request, states.QUEUED, "confirmed", detail)
    bal = current_balance(ctx, client)
    mail_client(
        ctx,
        request,
        "confirmed",
        hours=request.estimate_hours,
        deducted=deducted,
        shares=funding.shares if funding is not None else (),
        invoice=bill,
        balance=bal,
    )
    notify(ctx, request, "confirmed", f"Client confirmed: {detail}; request queued")


def finish(ctx: Context, request: Request) -> None:
    """Staff ``done``: the work is finished; the client is told (the kind's own ``done`` mail if any)."""
    if request.state not in (states.QUEUED, states.IN_PROGRESS, states.SCHEDULED):
        raise RuleError(f"{request.ref} is {request.state}: done needs queued or in_progress")
    change_state(ctx, request, states.DONE, "done")
    mail_client(ctx, request, "done")
    notify(ctx, request, "done", f"Closed as done by {ctx.actor}")


def mark_paid(ctx: Context, request: Request) -> None:
    """Staff ``paid``: the invoice a request waited for is paid; the work can be queued."""
    if request.state != states.WAITING_PAYMENT:
        raise RuleError(f"{request.ref} is {request.state}: paid needs waiting_payment")
    request.paid = True
    change_state(ctx, request, states.QUEUED, "paid", f"{request.fee} € HT paid")
    mail_client(ctx, request, "paid")


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


_THANKS = re.compile(
    r"\b(merci|remerci\w*|thanks?|thank you|parfait|super|génial|nickel|top|bien re[çc]u|"
    r"c'est not[ée]|not[ée]|ok|d'accord|great|perfect|received|noted|cheers)\b",
    re.IGNORECASE,
)
_ASKS = re.compile(
    r"\?|\b(pouv\w+|pourri\w+|peux|voudri\w+|souhait\w*|besoin|faut|merci de|could|can you|would|"
    r"please|svp|s'il vous pla[iî]t|need|want|toujours|encore|still|again|mais|but|however|probl[eè]me|"
    r"problem|erreur|error|marche pas|fonctionne pas|not working|accept\w*|je prends|go ahead)\b",
    re.IGNORECASE,
)


_QUOTED = re.compile(r"«[^»]{0,80}»|\"[^\"]{0,80}\"|“[^”]{0,80}”")


def is_short_thanks(text: str) -> bool:
    """A short thanks or acknowledgment with no question or request ("Merci, bien reçu !").

    Words the client quotes (« Mot de passe oublié ? ») are not their own question."""
    words = _QUOTED.sub(" ", text.strip())
    return bool(words) and len(words) <= 160 and bool(_THANKS.search(words)) and not _ASKS.search(words)


def client_wrote(ctx: Context, request: Request, text: str, thanks_allowed: bool = True) -> None:
    """A client message on an answered or closed request: reopen it as ``client_wrote`` (open,
    in the queue, staff decide), unless it is only a short thanks, which stays in the thread."""
    if thanks_allowed and is_short_thanks(text):
        ctx.effects.event(request, ctx.actor, "client_thanks", text[:500])
        notify(ctx, request, "client_reply", f"The client thanked us ({request.state}): nothing to do")
        return
    change_state(ctx, request, states.CLIENT_WROTE, "client_wrote", "the client wrote again")
    notify(
        ctx,
        request,
        "client_wrote",
        "The client wrote again on a closed request: reopened; answer (Reply), act, or close (done)",
    )


def reopened_from(request: Request) -> str | None:
    """The closed state a ``client_wrote`` request was reopened from (its last reopening event)."""
    for event in reversed(request.events):
        if event.action in ("client_wrote", "reopen") and "->" in event.detail:
            before = event.detail.split("->")[0].strip()
            if before in states.CLOSED:
                return before
    return None


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
        states.CLIENT_WROTE: ("estimate ?", "done"),
    }
    return by_state.get(request.state, ())


# -- helpers for the kinds' handlers (added with dev_quote, migration, owner_change, ...) ------------


def message_text(ctx: Context, request: Request) -> str:
    """The new text of the message being handled, or the request's first text (staff actions)."""
    if ctx.decision is not None:
        return ctx.decision.reading.new_text
    return request.summary


def request_attachments(ctx: Context, request: Request) -> tuple[Attachment, ...]:
    """Every file attached to the request's messages so far, the one being handled included.

    Inline images (signature logos) are left out. Stored messages are parsed again, so a staff
    action (``kind REF owner_change``) sees the same files as the pipeline did.
    """
    current_id = ctx.message.id if ctx.message is not None else None
    found: list[Attachment] = []
    rows = ctx.session.scalars(
        select(Message).where(Message.request_id == request.id).order_by(Message.id)
    ).all()
    for row in rows:
        if row.id == current_id:
            continue
        try:
            found.extend(parse_message(row.raw).real_attachments)
        except Exception:  # a stored message we cannot parse again adds nothing
            continue
    if ctx.decision is not None:
        found.extend(ctx.decision.parsed.real_attachments)
    return tuple(found)


def tier_settings(ctx: Context, client: Client) -> TierSettings:
    """The catalogue line of the client's tier (fees, prices, bonus hours)."""
    return ctx.settings.catalogue.tier(client.tier)


def load_detail(request: Request) -> dict[str, Any]:
    """The kind-specific notes stored as JSON in ``request.detail`` (empty when none)."""
    if not request.detail:
        return {}
    try:
        data = json.loads(request.detail)
    except ValueError:
        return {}
    return data if isinstance(data, dict) else {}


def save_detail(request: Request, notes: Any) -> None:
    """Store a dataclass of kind-specific notes as JSON in ``request.detail``."""
    request.detail = json.dumps(dataclasses.asdict(notes), ensure_ascii=False, default=str)
