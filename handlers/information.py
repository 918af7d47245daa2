"""Short template answers to the questions of R1 (demo platform), R3 (minor updates) and R8 (a
member's own login): answered at once, closed as ``answered``, never billed.

The kinds' handlers that such questions are read as (support, other, test_platform,
password_reset) ask :func:`answer` first. Première runs a frozen version updated only on
request (R3), so its update questions go to staff instead.
"""

from __future__ import annotations

from bot import states
from bot.understand.information import answerable_topic
from handlers import common
from handlers.context import Context
from storage.models import Request

_RULE = {"demo": "R1", "minor_update": "R3", "member_login": "R8"}


def answer(ctx: Context, request: Request) -> bool:
    """Answer an R1/R3/R8 question from its template; False when the message asks something else."""
    client = request.client
    if client is None:
        return False
    topic = answerable_topic(client.tier, request.subject, common.message_text(ctx, request))
    if topic is None:
        return False
    rule = _RULE[topic]
    common.change_state(
        ctx, request, states.ANSWERED, "answered", f"information: {topic} ({rule}), not billed"
    )
    ctx.effects.mail(
        request,
        common.reply_address(request),
        "information",
        topic,
        thread=ctx.thread(),
        rate_limited=ctx.actor == "bot",
        client=client,
        settings=ctx.settings,
    )
    common.notify(
        ctx,
        request,
        "answered",
        f"Information answered from the template ({topic}, {rule}); not billed. /kind {request.ref} KIND if it "
        "asked something else",
    )
    return True
