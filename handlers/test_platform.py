"""Test platforms (R2, R27): self-service in the client account from version 3.6 on.

From 3.6 on, ``<name>.test`` is a copy of the client's own platform; on 3.6 exactly it may also be
a copy of the demo platform without the hourly-reset banner, and ``<name>.of4`` is a copy of the
platform upgraded to version 4 for trial (R2). Before 3.6 there is no test platform: the bot says
so and points to a migration. Either way the request is ``answered`` at once.
"""

from __future__ import annotations

from bot import states
from bot.versions import parse_version
from handlers import common, information
from handlers.base import Handler
from handlers.context import Context
from storage.models import Request

MINIMUM = (3, 6)


class TestPlatformHandler(Handler):
    __test__ = False  # not a pytest test class, whatever its name
    kind = "test_platform"
    description = (
        "Test platform: client-account steps from 3.6 on (.test, and .of4 on 3.6), else why not (R2)."
    )

    def on_new(self, ctx: Context, request: Request) -> None:
        if information.answer(ctx, request):  # R1, R3, R8: a short answer, not billed
            return
        client = request.client
        assert client is not None
        version = parse_version(client.version)
        number = version.number if version is not None else None
        wants_of4 = request.target_version == "4"
        if number is None or number < MINIMUM:
            common.change_state(ctx, request, states.ANSWERED, "answered", f"version {client.version} < 3.6")
            common.mail_client(ctx, request, "unavailable")
            common.notify(
                ctx,
                request,
                "answered",
                f"Test platform refused: {client.platform} is on {client.version}, test platforms need 3.6 "
                "or later (R2); the client was pointed to a migration.",
            )
            return
        on_36 = number == MINIMUM
        common.change_state(ctx, request, states.ANSWERED, "answered", "test platform steps sent")
        common.mail_client(ctx, request, "steps", on_36=on_36, wants_of4=wants_of4)
        common.notify(
            ctx,
            request,
            "answered",
            f"Test platform: self-service steps sent for {client.platform}.test"
            + (f" and {client.platform}.of4 (3.6)" if on_36 else "")
            + (" — .of4 asked but only offered on 3.6" if wants_of4 and not on_36 else "")
            + " (R2, R27).",
        )

    def on_reply(self, ctx: Context, request: Request, intent: str) -> None:
        common.question(ctx, request)
