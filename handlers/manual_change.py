"""Manual changes made by staff on the client record (R6, R7, R70): the shared flow.

A manual reset of the client-account password and an update of the record's e-mail addresses
are billed to First Price clients (the tier's ``manual_fee``) and free for the other tiers (R6).
The first answer gives the self-service steps and, when the client cannot use them, how to ask
for the manual change: for First Price the fee and "reply OK" to accept it. The client's
acceptance creates the invoice (First Price) and puts the request in front of staff
(``queued``); staff ``approve`` it (R7: never on the strength of an e-mail alone), make the
change, then ``done``. Until then answers go only to addresses on record (R7, ``reply_address``).
"""

from __future__ import annotations

import json
import re
from decimal import Decimal
from typing import Any, ClassVar

from bot import states
from bot.invoices import MANUAL_FEE, LineSpec
from bot.understand.normalize import fold
from handlers import billing, common
from handlers.base import Handler
from handlers.context import Context, RuleError
from storage.models import Request

ACCEPTED_STATES = frozenset({states.QUEUED})
# "OK merci, ça a marché" after the self-service steps is thanks, not an order for a paid change
_SELF_SERVED = re.compile(
    r"\b(?:reussi|ca (?:a )?(?:marche|fonctionne)|c'est bon|c'est regle|resolu|j'ai pu|nous avons pu|"
    r"worked|it works|managed|sorted|solved|all good|got it|fixed)\b"
)


def self_served(text: str) -> bool:
    return bool(_SELF_SERVED.search(fold(text)))


def fee(ctx: Context, request: Request) -> Decimal:
    assert request.client is not None
    return common.tier_settings(ctx, request.client).manual_fee


def accept(ctx: Context, request: Request, label_key: str) -> None:
    """The client accepts the manual change (and its fee, R6): invoice, then staff approval (R7)."""
    amount = fee(ctx, request)
    bill = None
    if amount > 0:
        bill = billing.invoice(
            ctx, request, MANUAL_FEE, [LineSpec(billing.label(request, label_key), Decimal(1), amount)]
        )
        request.fee = bill.total_ht
    common.change_state(
        ctx,
        request,
        states.QUEUED,
        "accepted",
        f"manual change accepted{f', {bill.invoice} issued' if bill else ''}; staff approval needed (R7)",
    )
    common.mail_client(ctx, request, "accepted", invoice=bill)
    common.notify(
        ctx,
        request,
        "accepted",
        f"Client asks for the manual {request.kind.replace('_', ' ')}"
        + (
            f" and accepted the fee (invoice {bill.invoice}, {bill.total_ht} € HT, R6)"
            if bill
            else " (free for this tier, R6)"
        )
        + f": check the request, /approve {request.ref} (R7), make the change, then /done {request.ref}",
    )


def on_reply(ctx: Context, request: Request, intent: str, label_key: str) -> None:
    """ "OK" to the manual change accepts it; anything else goes to staff."""
    if intent == "confirm" and request.state == states.ANSWERED:
        if self_served(common.message_text(ctx, request)):
            ctx.effects.event(request, ctx.actor, "client_thanks", "the self-service steps worked")
            return
        accept(ctx, request, label_key)
        return
    if intent == "confirm" and request.state in (states.QUEUED, states.IN_PROGRESS, states.DONE):
        ctx.effects.event(request, ctx.actor, "confirm_ignored", f"already {request.state}")
        return
    amount = fee(ctx, request)
    ctx.effects.event(request, ctx.actor, "client_question", common.message_text(ctx, request)[:500])
    common.notify(
        ctx,
        request,
        "client_question",
        "Client wrote back: a manual change needs staff approval (R7)"
        + (f", billed {amount} € HT (First Price, R6)" if amount > 0 else ", free for this tier")
        + f"; answer with /reply (only to addresses on record), or /approve {request.ref}.",
    )


def approve(ctx: Context, request: Request) -> None:
    """Staff approve the manual change (R7); for First Price the client must have accepted the fee."""
    if request.state == states.IN_PROGRESS and common.load_detail(request).get("approved"):
        raise RuleError(f"{request.ref} is already approved: make the change, then done")
    if request.state == states.ANSWERED and fee(ctx, request) > 0:
        raise RuleError(
            f"{request.ref}: the client has not accepted the {fee(ctx, request)} € HT fee yet (R6, First Price)"
        )
    if request.state == states.CLIENT_WROTE:
        # The client wrote again asking for the manual change: staff accept it on their behalf
        # (the fee's invoice for First Price, R6), then approve it (R7).
        accept(ctx, request, f"manual_{request.kind}")
    if request.state not in (states.QUEUED, states.ANSWERED, states.TRIAGE, states.NEEDS_ESTIMATE):
        raise RuleError(f"{request.ref} is {request.state}: approve needs a request waiting for approval")
    detail = common.load_detail(request)
    detail["approved"] = True
    request.detail = json.dumps(detail, ensure_ascii=False)
    common.change_state(ctx, request, states.IN_PROGRESS, "approve", f"approved by {ctx.actor} (R7)")
    common.notify(
        ctx, request, "approved", f"Approved by {ctx.actor} (R7): make the change, then /done {request.ref}"
    )


def done(ctx: Context, request: Request) -> None:
    """The change is made: only after approval (R7)."""
    if not common.load_detail(request).get("approved"):
        raise RuleError(f"{request.ref}: approve it first (R7: the change is made only after approval)")
    common.finish(ctx, request)


def staff_actions(request: Request) -> tuple[str, ...] | None:
    """Approve (or close again) a request the client wrote on; None: the kind's usual actions."""
    if request.state == states.CLIENT_WROTE:
        return ("approve", "done")
    return None


def outside_effect(action: str, request: Request) -> str | None:
    """Approving on the client's behalf issues the First Price fee's invoice (R6)."""
    client = request.client
    if (
        action == "approve"
        and request.state == states.CLIENT_WROTE
        and client
        and client.tier == "first_price"
    ):
        return f"accepts the manual change for {client.platform} and issues the First Price fee's invoice"
    return None


class ManualChangeHandler(Handler):
    """A kind whose first answer is the self-service steps, and whose manual change by staff is
    accepted by the client's "OK", approved by staff, then done (the flow above)."""

    confirms_after_answer = True
    label_key: ClassVar[str]  # the invoice line's label for the manual fee

    def send_steps(self, ctx: Context, request: Request, **data: Any) -> Decimal:
        """Answer at once with the self-service steps, naming the manual fee; returns that fee."""
        manual_fee = fee(ctx, request)
        common.change_state(ctx, request, states.ANSWERED, "answered", "self-service steps sent")
        common.mail_client(ctx, request, "steps", manual_fee=manual_fee, **data)
        return manual_fee

    def on_reply(self, ctx: Context, request: Request, intent: str) -> None:
        """ "OK" accepts the manual change (and, for First Price, its fee); else staff decide (R6, R7)."""
        on_reply(ctx, request, intent, self.label_key)

    def on_approve(self, ctx: Context, request: Request) -> None:
        approve(ctx, request)

    def on_done(self, ctx: Context, request: Request) -> None:
        done(ctx, request)

    def outside_effect(self, action: str, request: Request) -> str | None:
        return outside_effect(action, request)

    def staff_actions(self, request: Request) -> tuple[str, ...]:
        wrote = staff_actions(request)
        if wrote is not None:
            return wrote
        if request.state in (states.QUEUED, states.ANSWERED):
            return ("approve", "reject")
        if request.state == states.IN_PROGRESS:
            return ("done",)
        return common.default_actions(request)
