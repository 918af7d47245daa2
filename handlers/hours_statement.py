"""Hours statements (R54): there is no screen for them, so the bot answers at once."""

from __future__ import annotations

import datetime as dt

from bot import states
from handlers import common
from handlers.base import Handler
from handlers.context import Context
from storage.models import Request


class HoursStatementHandler(Handler):
    kind = "hours_statement"
    description = "Answers a client's question about its bonus hours at once, with the year's statement."

    def on_new(self, ctx: Context, request: Request) -> None:
        assert request.client is not None
        bal = common.current_balance(ctx, request.client)
        common.change_state(ctx, request, states.ANSWERED, "answered", "hours statement sent")
        common.mail_client(ctx, request, "statement", balance=bal, expires=dt.date(bal.year, 12, 31))
        common.notify(ctx, request, "answered", "Hours statement sent to the client")

    def on_reply(self, ctx: Context, request: Request, intent: str) -> None:
        common.question(ctx, request)
