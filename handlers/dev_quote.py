"""Development-quote requests (R60-R64, with R55 and R62 in the estimate).

R60: one development-quote request per client per calendar year. R61: another one is accepted
only when every earlier quote of that year was accepted (an accepted quote is a ``dev_quote``
request that reached queued, in_progress or done). A refused request is answered politely with
the rule and a pointer to the forum section "Evolutions et Adaptations" to find co-funders (R64)
and closed as ``rejected``; it does not count as a quote itself. An accepted request goes to staff
for an estimate, like support (R51); the estimate says that hours beyond the balance are invoiced
or may be pooled with other clients' bonus hours (R55, R62). Cash-funded requests go first in the
queue (R63, done by the queue order).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import select

from bot import states
from bot.requests import ref_year, refs_of_year
from handlers import common
from handlers.base import Handler
from handlers.context import Context
from storage.models import Request

ACCEPTED_STATES = frozenset({states.QUEUED, states.IN_PROGRESS, states.DONE})
# Requests that never became a quote: refused by R60 itself, or not looked at yet.
_NOT_A_QUOTE_STATES = frozenset({states.TRIAGE, "received"})


@dataclass(frozen=True)
class DevQuoteNotes:
    """What the bot decided about the yearly quota, kept in ``request.detail``."""

    refused_by_rule: bool
    year: int
    blocking: list[str] = field(default_factory=list)  # earlier quotes of the year not accepted


@dataclass(frozen=True)
class QuotaCheck:
    """The earlier quotes of the client's year and whether a new one is allowed (R60, R61)."""

    earlier: tuple[Request, ...]

    @property
    def blocking(self) -> tuple[Request, ...]:
        return tuple(r for r in self.earlier if r.state not in ACCEPTED_STATES)

    @property
    def allowed(self) -> bool:
        return not self.blocking


def earlier_quotes(ctx: Context, request: Request) -> tuple[Request, ...]:
    """The client's other quote requests of the same calendar year that were real quotes."""
    assert request.client is not None
    rows = ctx.session.scalars(
        select(Request)
        .where(
            Request.client_id == request.client.id,
            Request.kind == DevQuoteHandler.kind,
            Request.id != request.id,
            Request.ref.like(refs_of_year(ref_year(request.ref))),
        )
        .order_by(Request.id)
    ).all()
    return tuple(
        r
        for r in rows
        if r.id < request.id
        and r.state not in _NOT_A_QUOTE_STATES
        and not common.load_detail(r).get("refused_by_rule", False)
    )


class DevQuoteHandler(Handler):
    kind = "dev_quote"
    description = "A development quote: one a year unless every earlier one was accepted (R60, R61)."

    def on_new(self, ctx: Context, request: Request) -> None:
        check = QuotaCheck(earlier_quotes(ctx, request))
        blocking = [r.ref for r in check.blocking]
        common.save_detail(request, DevQuoteNotes(not check.allowed, ref_year(request.ref), blocking))
        if not check.allowed:
            common.change_state(
                ctx, request, states.REJECTED, "refused", f"R60: earlier quote(s) not accepted: {blocking}"
            )
            common.mail_client(
                ctx,
                request,
                "refused",
                year=ref_year(request.ref),
                earlier=check.blocking,
                forum_url=ctx.settings.policy.forum_url,
            )
            common.notify(
                ctx,
                request,
                "refused",
                f"Development quote refused by R60/R61: {', '.join(blocking)} this year not accepted; "
                "the client was pointed to the forum (R64). Staff may still take it with /reply.",
            )
            return
        common.change_state(ctx, request, states.NEEDS_ESTIMATE, "received")
        common.mail_client(ctx, request, "received", year=ref_year(request.ref))
        accepted = len(check.earlier)
        common.notify(
            ctx,
            request,
            "new_request",
            "New development quote: staff estimate needed"
            + (f" ({accepted} earlier quote(s) this year, all accepted)" if accepted else "")
            + (" — cash-funded, goes first" if request.cash_funded else ""),
        )
