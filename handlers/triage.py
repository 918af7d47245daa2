"""Requests staff must look at first: unknown sender, kind ``other``, or too unsure to answer."""

from __future__ import annotations

from bot import states
from handlers import common, information
from handlers.base import Handler
from handlers.context import Context
from storage.models import Request


class OtherHandler(Handler):
    kind = "other"
    description = "Anything the rules do not cover: staff read it and classify it with /kind."

    def on_new(self, ctx: Context, request: Request) -> None:
        if information.answer(ctx, request):  # R1, R3, R8: a short answer, not billed
            return
        put_in_triage(ctx, request, "kind other")


def put_in_triage(ctx: Context, request: Request, why: str) -> None:
    """Nothing is answered automatically; staff classify or identify, then the kind's rules run."""
    common.change_state(ctx, request, states.TRIAGE, "triage", why)
    common.notify(ctx, request, "triage", f"Staff triage needed: {why}")
