"""Long polling: Telegram hears an update was handled only once its action is saved.

``getUpdates`` with an offset acknowledges every update below it, so the offset moves past an
update only after the desk has processed it (its action and ``ChatUpdate`` row committed). An
update whose handling failed on our side is fetched again; a crash loses nothing.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Awaitable, Callable

from telegram import Bot, Update
from telegram.error import TelegramError

from bot.staff.telegram.options import ALLOWED_UPDATES, DeskOptions

log = logging.getLogger("ofbot.telegram")

ProcessUpdate = Callable[[Update], Awaitable[bool]]


async def wait_unless_stopped(stop: asyncio.Event, seconds: float) -> bool:
    """Sleep unless stopped; True when stopped."""
    with contextlib.suppress(asyncio.TimeoutError):
        await asyncio.wait_for(stop.wait(), seconds)
    return stop.is_set()


async def poll_updates(bot: Bot, process: ProcessUpdate, options: DeskOptions, stop: asyncio.Event) -> None:
    """Fetch updates and ``process`` each in turn until ``stop``; False from it fetches it again."""
    with contextlib.suppress(TelegramError):
        await bot.delete_webhook(drop_pending_updates=False)  # getUpdates refuses while one is set
    offset: int | None = None
    failures = 0
    while not stop.is_set():
        try:
            updates = await bot.get_updates(
                offset=offset,
                timeout=options.poll_timeout,
                allowed_updates=list(ALLOWED_UPDATES),
            )
            failures = 0
        except TelegramError as exc:
            failures += 1
            delay = min(0.5 * 2**failures, options.pause_max)
            log.warning("getUpdates failed (%s); retry in %.1f s", type(exc).__name__, delay)
            if await wait_unless_stopped(stop, delay):
                return
            continue
        for item in updates:
            if not await process(item):
                await wait_unless_stopped(stop, 1.0)
                break  # fetch it again: the offset does not move past it
            offset = item.update_id + 1
