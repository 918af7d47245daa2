"""Support requests paid with bonus hours (R50-R55): staff estimate, the client confirms."""

from __future__ import annotations

from handlers import common, information
from handlers.base import Handler
from handlers.context import Context
from storage.models import Request


class SupportHandler(Handler):
    kind = "support"
    description = "Assistance on the platform, paid with bonus hours once the client confirms the estimate."

    def on_new(self, ctx: Context, request: Request) -> None:
        if information.answer(ctx, request):  # R1, R3, R8: a short answer, not billed
            return
        common.open_for_estimate(ctx, request)
