"""Updates of the client record's contacts and e-mail addresses (R4, R6, R7).

The client can update its record itself in the client account: the bot gives the steps (R6).
An update made by staff is billed to First Price (``manual_fee``) and needs staff approval; until
then, answers go only to addresses already on record, never to a new address in the message (R7).
The vendor recommends two different addresses for the client and the contact e-mail (R4). The
request is ``answered`` at once.
"""

from __future__ import annotations

from bot import states
from handlers import common, manual_change
from handlers.base import Handler
from handlers.context import Context
from storage.models import Request


class ContactUpdateHandler(Handler):
    kind = "contact_update"
    description = (
        "Record updates: self-service steps at once; staff updates billed to First Price (R4, R6, R7)."
    )

    def on_new(self, ctx: Context, request: Request) -> None:
        client = request.client
        assert client is not None
        fee = common.tier_settings(ctx, client).manual_fee
        same = client.client_email.lower() == client.contact_email.lower()
        common.change_state(ctx, request, states.ANSWERED, "answered", "self-service steps sent")
        common.mail_client(ctx, request, "steps", manual_fee=fee, same_addresses=same)
        common.notify(
            ctx,
            request,
            "answered",
            "Record update: self-service steps sent (R6); "
            + (f"a staff update would cost {fee} € HT (First Price)" if fee > 0 else "a staff update is free")
            + " and needs approval (R7)"
            + ("; the client and contact e-mails are the same (R4 warned)" if same else "")
            + ".",
        )

    def on_reply(self, ctx: Context, request: Request, intent: str) -> None:
        """ "OK" accepts the manual change (and, for First Price, its fee); else staff decide (R6, R7)."""
        manual_change.on_reply(ctx, request, intent, "manual_contact_update")

    def on_approve(self, ctx: Context, request: Request) -> None:
        manual_change.approve(ctx, request)

    def on_done(self, ctx: Context, request: Request) -> None:
        manual_change.done(ctx, request)

    def staff_actions(self, request: Request) -> tuple[str, ...]:
        if request.state in (states.QUEUED, states.ANSWERED):
            return ("approve", "reject")
        if request.state == states.IN_PROGRESS:
            return ("done",)
        return common.default_actions(request)
