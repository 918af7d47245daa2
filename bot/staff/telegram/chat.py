"""The composition root's staff chat, and ``ofbot run``'s entry point to the staff desk.

:class:`TelegramStaffChat` is the ``StaffChat`` of the composition root: ``ofbot staff ...`` and
``ofbot ingest`` deliver through it; inside ``ofbot run`` the desk delivers instead
(:func:`run_telegram`).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import threading
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Any

from sqlalchemy.orm import Session, sessionmaker
from telegram.error import TelegramError

from bot.clock import Clock
from bot.config import Settings
from bot.staff.telegram.desk import StaffDesk
from bot.staff.telegram.logs import protect_logs
from bot.staff.telegram.options import DeskOptions, make_bot_request
from bot.staff.telegram.sender import NotificationSender

if TYPE_CHECKING:
    from bot.app import App

log = logging.getLogger("ofbot.telegram")


class TelegramStaffChat:
    """The App's ``StaffChat`` when a token is configured.

    ``ofbot staff ...``, ``ofbot ingest`` and ``run --once`` call :meth:`deliver_due` before they
    exit and get their notifications delivered with a short-lived Bot. Inside ``ofbot run`` the
    desk delivers (``in_service``), so the worker's synchronous call does nothing.
    """

    def __init__(self, sessions: sessionmaker[Session], clock: Clock, settings: Settings) -> None:
        self.sessions = sessions
        self.clock = clock
        self.settings = settings
        self.options = DeskOptions()
        self.in_service = False

    def deliver_due(self, limit: int = 500) -> int:
        if self.in_service:
            return 0
        protect_logs()
        try:
            asyncio.get_running_loop()
        except RuntimeError:
            return asyncio.run(self._deliver(limit))
        box: list[int] = []  # called from inside a loop: run ours in a thread of its own
        thread = threading.Thread(target=lambda: box.append(asyncio.run(self._deliver(limit))))
        thread.start()
        thread.join()
        return box[0] if box else 0

    async def _deliver(self, limit: int) -> int:
        from telegram import Bot

        tg = self.settings.telegram
        assert tg.token is not None
        root = tg.api_url.rstrip("/")
        sender = NotificationSender(self.sessions, self.clock, self.settings, self.options)
        bot = Bot(tg.token.reveal(), base_url=f"{root}/bot", request=make_bot_request(self.options))
        try:
            async with bot:
                return await sender.deliver_due(bot, limit)
        except TelegramError as exc:
            log.warning("Telegram unreachable (%s): staff notifications stay pending", type(exc).__name__)
            return 0


async def run_telegram(
    app: App, stop: asyncio.Event, worker: Any, options: DeskOptions | None = None
) -> None:
    """``ofbot run``'s staff chat: receive updates and deliver notifications until ``stop``."""
    protect_logs()
    desk = StaffDesk(app, worker.poke, options)
    chat = app.staff_chat
    if isinstance(chat, TelegramStaffChat):
        chat.in_service = True
    deliveries: list[Callable[[], Awaitable[None]]] = worker.extra_deliveries
    deliveries.append(desk.deliver)
    try:
        await desk.run(stop)
    finally:
        with contextlib.suppress(ValueError):
            deliveries.remove(desk.deliver)
        if isinstance(chat, TelegramStaffChat):
            chat.in_service = False
