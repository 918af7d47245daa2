"""What every handler is: the rules of one request kind, with a name and a description."""

from __future__ import annotations

import datetime as dt
from typing import ClassVar

from handlers import common
from handlers.context import Context, RuleError
from storage.models import Request


class Handler:
    """Base class: one subclass per request kind, registered in ``handlers.REGISTRY``."""

    kind: ClassVar[str]
    description: ClassVar[str]
    # An "OK" on an answered request of this kind is an answer the handler expects (accepting a
    # paid manual change, R6): ``on_reply`` gets it instead of the request reopening as client_wrote.
    confirms_after_answer: ClassVar[bool] = False

    def on_new(self, ctx: Context, request: Request) -> None:
        """A new request of this kind from a known client (not in triage)."""
        raise NotImplementedError

    def on_reply(self, ctx: Context, request: Request, intent: str) -> None:
        """The client answered one of our messages about this request."""
        common.default_reply(ctx, request, intent)

    def staff_actions(self, request: Request) -> tuple[str, ...]:
        """The next sensible staff actions for this request (buttons in the chat)."""
        return common.default_actions(request)

    def blockers(self, action: str, request: Request) -> tuple[str, ...]:
        """What is missing for ``action`` now (e.g. a required document); empty when nothing.

        A staff action with a blocker is refused and not offered as a button; staff may still
        do it with an explicit override and a reason, which is recorded.
        """
        return ()

    def outside_effect(self, action: str, request: Request) -> str | None:
        """What ``action`` does outside the desk (client record, several people mailed, an
        invoice), named for the chat's Confirm / Cancel prompt; None when nothing."""
        return None

    def on_done(self, ctx: Context, request: Request) -> None:
        """Staff close the work; kinds that change the client record do it here first."""
        common.finish(ctx, request)

    # Staff actions that only some kinds take; the default says plainly that it does not apply.
    def on_approve(self, ctx: Context, request: Request) -> None:
        raise RuleError(f"approve does not apply to a {request.kind} request")

    def on_paid(self, ctx: Context, request: Request) -> None:
        raise RuleError(f"paid does not apply to a {request.kind} request")

    def on_schedule(self, ctx: Context, request: Request, day: dt.date) -> None:
        raise RuleError(f"schedule does not apply to a {request.kind} request")
