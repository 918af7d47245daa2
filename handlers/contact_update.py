"""Updates of the client record's contacts and e-mail addresses (R4, R6, R7).

The client can update its record itself in the client account: the bot gives the steps (R6).
An update made by staff is billed to First Price (``manual_fee``) and needs staff approval; until
then, answers go only to addresses already on record, never to a new address in the message (R7).
The vendor recommends two different addresses for the client and the contact e-mail (R4). The
request is ``answered`` at once.
"""

from __future__ import annotations

from handlers import common
from handlers.context import Context
from handlers.manual_change import ManualChangeHandler
from storage.models import Request


class ContactUpdateHandler(ManualChangeHandler):
    kind = "contact_update"
    label_key = "manual_contact_update"
    description = (
        "Record updates: self-service steps at once; staff updates billed to First Price (R4, R6, R7)."
    )

    def on_new(self, ctx: Context, request: Request) -> None:
        client = request.client
        assert client is not None
        same = client.client_email.lower() == client.contact_email.lower()
        fee = self.send_steps(ctx, request, same_addresses=same)
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
