"""Preconditions and outside effects of staff actions: one small list any module can add to.

A :class:`Check` looks at a request before a staff action runs and names what is missing
("the official document is missing"); the action is then refused, unless staff override it with
a reason (``approve REF --override REASON``), which is recorded. An :class:`OutsideEffect` names
what an action does outside the desk (a change of the client record, a mail to several people,
an invoice): the chat asks for a confirmation before a button does it.

The handlers take part through :meth:`handlers.base.Handler.blockers` and
:meth:`handlers.base.Handler.outside_effect`; a module that is not a handler (sender
authentication, say) adds its own ``Check`` to :data:`DEFAULT_CHECKS` or to the tuple it hands to
:class:`bot.staff.service.StaffService`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy.orm import object_session

from bot.sender_checks import approval_blocker
from handlers import handler_for
from storage.models import Request


@dataclass(frozen=True)
class Check:
    """``problem(action, request)``: why the action must not be done now, or None."""

    name: str
    problem: Callable[[str, Request], str | None]
    overridable: bool = True


@dataclass(frozen=True)
class OutsideEffect:
    """``effect(action, request)``: what the action does outside the desk, or None."""

    name: str
    effect: Callable[[str, Request], str | None]


def _handler_blockers(action: str, request: Request) -> str | None:
    problems = handler_for(request.kind).blockers(action, request)
    return "; ".join(problems) if problems else None


def _handler_effect(action: str, request: Request) -> str | None:
    return handler_for(request.kind).outside_effect(action, request)


def _link_effect(action: str, request: Request) -> str | None:
    if action != "link":
        return None
    return f"records {request.requester} as a known sender (contact) of the client"


def _sender_authentication(action: str, request: Request) -> str | None:
    """RELIABILITY 13: a sensitive request whose sender failed SPF/DKIM/DMARC is never approved
    with one tap."""
    session = object_session(request)
    if action != "approve" or session is None:
        return None
    return approval_blocker(session, request)


DEFAULT_CHECKS: tuple[Check, ...] = (
    Check("handler", _handler_blockers),
    Check("sender_authentication", _sender_authentication),
)
DEFAULT_EFFECTS: tuple[OutsideEffect, ...] = (
    OutsideEffect("handler", _handler_effect),
    OutsideEffect("link", _link_effect),
)


def problems(checks: tuple[Check, ...], action: str, request: Request) -> list[tuple[Check, str]]:
    found: list[tuple[Check, str]] = []
    for check in checks:
        problem = check.problem(action, request)
        if problem:
            found.append((check, problem))
    return found


def effects(items: tuple[OutsideEffect, ...], action: str, request: Request) -> list[str]:
    return [text for item in items if (text := item.effect(action, request))]


def split_actions(
    request: Request, checks_: tuple[Check, ...] = DEFAULT_CHECKS
) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The kind's next actions as (valid, blocked): a blocked one is offered only "anyway"."""
    valid: list[str] = []
    blocked: list[str] = []
    for action in handler_for(request.kind).staff_actions(request):
        (blocked if problems(checks_, action.split()[0], request) else valid).append(action)
    return tuple(valid), tuple(blocked)
