"""Undoing what the bot did on a misread reply (issue 8 item 7): every automatic act can be undone.

- ``unconfirm``: a confirmation is reversed by compensating ledger entries (``credit``, one per
  client and year the request holds hours from, pooled shares included, R62), the invoices it
  issued and that are not paid are cancelled, the request goes back to
  ``awaiting_confirmation`` and staff are told. Nothing is updated in place (R50-R55).
- ``reply-intent``: staff correct the reading of the last reply; the correction is stored on the
  message (a label for the next model) and its consequences are applied: a question read wrongly
  becomes a confirmation (hours deducted, queued), a wrong confirmation becomes a refusal
  (unconfirmed, then declined) or a question (unconfirmed, staff answer), a wrong refusal is
  reopened and applied as what it was.
"""

from __future__ import annotations

from sqlalchemy import select

from bot import invoices, states
from bot.hours import CREDIT, request_net
from handlers import billing, common, handler_for
from handlers.context import Context, RuleError
from storage.models import LedgerEntry, Message, Request

INTENTS = ("confirm", "refuse", "question")
CONFIRMED_STATES = frozenset({states.QUEUED, states.IN_PROGRESS, states.WAITING_PAYMENT, states.SCHEDULED})


def unconfirm(ctx: Context, request: Request, why: str = "") -> None:
    """Reverse a confirmation: credit back what it deducted, back to ``awaiting_confirmation``."""
    if request.state not in CONFIRMED_STATES:
        raise RuleError(
            f"{request.ref} is {request.state}: unconfirm needs a confirmed request "
            "(queued, in_progress, waiting_payment or scheduled)"
        )
    held = request_net(ctx.session, request.id)
    now = ctx.clock.now()
    credited: list[str] = []
    for (client_id, year), hours in sorted(held.items()):
        ctx.session.add(
            LedgerEntry(
                client_id=client_id,
                year=year,
                hours=hours,
                entry_kind=CREDIT,
                request_id=request.id,
                at=now,
                actor=ctx.actor,
                note=f"confirmation of {request.ref} reversed" + (f": {why}" if why else ""),
            )
        )
        credited.append(f"{hours} h to client #{client_id} ({year})")
    cancelled = []
    for row in billing.open_invoices(ctx, request):
        billing.cancel(ctx, row, f"confirmation of {request.ref} reversed")
        cancelled.append(row.number)
    paid = [r.number for r in invoices.of_request(ctx.session, request, invoices.PAID)]
    ctx.session.flush()
    request.reminded_at = None
    request.estimated_at = ctx.clock.now()  # the estimate stands again: reminders count from now
    detail = "; ".join(
        part
        for part in (
            ("credited " + ", ".join(credited)) if credited else "nothing was deducted",
            ("invoices cancelled: " + ", ".join(cancelled)) if cancelled else "",
            why,
        )
        if part
    )
    common.change_state(ctx, request, states.AWAITING_CONFIRMATION, "unconfirm", detail)
    common.notify(
        ctx,
        request,
        "unconfirmed",
        f"Confirmation reversed by {ctx.actor}: {detail}; back to awaiting_confirmation"
        + (f". Paid invoice(s) {', '.join(paid)} need a refund by hand" if paid else ""),
    )


def last_reply(ctx: Context, request: Request) -> Message:
    message = ctx.session.scalar(
        select(Message)
        .where(Message.request_id == request.id, Message.reply_intent.is_not(None))
        .order_by(Message.id.desc())
        .limit(1)
    )
    if message is None:
        raise RuleError(f"{request.ref} has no reply from the client to correct")
    return message


def correct_reply(ctx: Context, request: Request, intent: str) -> None:
    """Staff say what the last reply meant; the bot applies that instead of what it read."""
    if intent not in INTENTS:
        raise RuleError(f"intent {intent!r} is not one of {', '.join(INTENTS)}")
    message = last_reply(ctx, request)
    old = message.reply_intent or "question"
    message.reply_intent = intent  # the label the next model learns from
    ctx.effects.event(request, ctx.actor, "reply_intent", f"message #{message.id}: {old} -> {intent}")
    if old == intent and request.state != states.AWAITING_CONFIRMATION:
        common.notify(ctx, request, "reply_intent", f"Reply reading kept as {intent}: nothing to change")
        return
    if request.state in CONFIRMED_STATES and intent != "confirm":
        unconfirm(ctx, request, f"the reply was a {intent}, not a confirmation")
    elif request.state in (states.DECLINED, states.EXPIRED) and old == "refuse" and intent != "refuse":
        common.change_state(
            ctx, request, states.AWAITING_CONFIRMATION, "reopen", f"the reply was a {intent}, not a refusal"
        )
    handler = handler_for(request.kind)
    if intent == "question":
        common.question(ctx, request)
    elif request.state == states.AWAITING_CONFIRMATION or intent == "confirm":
        handler.on_reply(ctx, request, intent)
    else:
        common.notify(
            ctx, request, "reply_intent", f"Reply now read as {intent}; the request is {request.state}"
        )
