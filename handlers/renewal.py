"""Renewals of the subscription (R27, R34, R40): self-service in the client account.

The bot answers at once with the exact steps, the means of payment (card: immediate; bank
transfer: every fee at the client's charge; cheque: mind the post) and the number of resources
the renewal will propose: at least the active billable resources (R40); to pay for fewer, the
client deactivates resources first (R34). A client asking for a "devis" for its renewal means the
renewal invoice, which the client account creates.
"""

from __future__ import annotations

from bot import states
from handlers import common
from handlers.base import Handler
from handlers.context import Context
from storage.models import Request


class RenewalHandler(Handler):
    kind = "renewal"
    description = "Subscription renewal: the client-account steps and the resources proposed (R27, R34)."

    def on_new(self, ctx: Context, request: Request) -> None:
        client = request.client
        assert client is not None
        year = max(client.paid_until + 1, ctx.year)
        common.change_state(ctx, request, states.ANSWERED, "answered", f"renewal steps for {year}")
        common.mail_client(ctx, request, "steps", renewal_year=year, resources=client.resources)
        common.notify(
            ctx,
            request,
            "answered",
            f"Renewal: self-service steps for {year} sent (R27, R34); {client.resources} resource(s) will be "
            f"proposed (paid until {client.paid_until}).",
        )

    def on_reply(self, ctx: Context, request: Request, intent: str) -> None:
        common.question(ctx, request)
