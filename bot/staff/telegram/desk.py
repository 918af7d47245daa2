"""The staff desk: receive the staff chat's updates, let only staff act, answer in the chat.

:class:`StaffDesk` receives updates (long polling by default, a webhook if configured) through
one python-telegram-bot ``Application``. A ``TypeHandler`` in group -1 refuses everyone but the
configured staff chat and numeric staff user ids (RELIABILITY 11). Commands and buttons become
the same command words ``ofbot staff`` takes and go through :func:`run_command`. The action and
the ``ChatUpdate`` row that records the update id commit in one transaction, and we ask Telegram
for the next updates (which acknowledges the previous ones) only after the handler returned, so
an action is saved before it is acknowledged and a redelivered update does nothing twice.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from telegram import BotCommand, ForceReply, ReplyParameters, Update
from telegram.error import NetworkError, TelegramError
from telegram.ext import (
    Application,
    ApplicationBuilder,
    ApplicationHandlerStop,
    CallbackQueryHandler,
    CommandHandler,
    ContextTypes,
    MessageHandler,
    TypeHandler,
    filters,
)
from telegram.request import HTTPXRequest

from bot.claims import AdvisoryLock, run_elected
from bot.config import TelegramSettings
from bot.staff.cards import parse_button_data, parse_prompt, prompt_text
from bot.staff.commands import USAGE
from bot.staff.telegram.actions import Outcome, actor_of, run_action
from bot.staff.telegram.options import TEXT_MAX, DeskOptions, make_bot_request
from bot.staff.telegram.polling import poll_updates, wait_unless_stopped
from bot.staff.telegram.sender import NotificationSender
from bot.staff.telegram.webhook import serve_webhook
from storage.models import ChatUpdate

if TYPE_CHECKING:
    from bot.app import App

log = logging.getLogger("ofbot.telegram")

# queue, show, estimate, start, ... as ``ofbot staff``; Telegram commands take no "-":
# /reply_intent, /cancel_invoice (``run_command`` reads "_" as "-")
STAFF_COMMANDS = tuple(name.replace("-", "_") for name in USAGE)
ANSWER_MAX = 200  # Telegram's limit on a callback query answer


@dataclass
class _UpdateState:
    """Per-update bookkeeping of the polling loop (one update at a time)."""

    failed: bool = False
    retries: dict[int, int] = field(default_factory=dict)


class StaffDesk:
    """The Telegram front-end of :class:`StaffService`: one ``Application``, built once here."""

    def __init__(self, app: App, poke: Callable[[], None], options: DeskOptions | None = None) -> None:
        self.app = app
        self.poke = poke
        self.options = options or DeskOptions()
        self.settings: TelegramSettings = app.settings.telegram
        if self.settings.token is None:
            raise ValueError("telegram.token is required for the staff desk")
        self.token = self.settings.token.reveal()
        self.allowed_users = frozenset(self.settings.staff_user_ids)
        self.sender = NotificationSender(app.sessions, app.clock, app.settings, self.options)
        self.state = _UpdateState()
        self.ready = asyncio.Event()
        self.application: Application[Any, Any, Any, Any, Any, Any] = self._build()

    def _build(self) -> Application[Any, Any, Any, Any, Any, Any]:
        root = self.settings.api_url.rstrip("/")
        application = (
            ApplicationBuilder()
            .token(self.token)
            .base_url(f"{root}/bot")
            .base_file_url(f"{root}/file/bot")
            .request(make_bot_request(self.options, pool=16))
            .get_updates_request(
                HTTPXRequest(
                    connection_pool_size=1,
                    connect_timeout=self.options.connect_timeout,
                    read_timeout=self.options.poll_timeout + self.options.read_timeout,
                )
            )
            .updater(None)  # we poll ourselves: the offset moves only after a handler returned
            .concurrent_updates(False)
            .build()
        )
        application.add_handler(TypeHandler(Update, self.guard), group=-1)
        application.add_handler(CommandHandler([*STAFF_COMMANDS, "help"], self.on_command))
        application.add_handler(CallbackQueryHandler(self.on_button, pattern=r"^a:"))
        application.add_handler(
            MessageHandler(filters.REPLY & filters.TEXT & ~filters.COMMAND, self.on_prompt_answer)
        )
        application.add_error_handler(self.on_error)
        return application

    # -- security: one check before every handler (RELIABILITY 11) ---------------------------
    def is_staff(self, update: Update) -> bool:
        chat, user = update.effective_chat, update.effective_user
        return (
            chat is not None
            and chat.id == self.settings.staff_chat_id
            and user is not None
            and not user.is_bot
            and user.id in self.allowed_users
        )

    async def guard(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        if not self.is_staff(update):
            chat, user = update.effective_chat, update.effective_user
            what = "button" if update.callback_query else "message" if update.effective_message else "update"
            log.warning(
                "refused %s (update %s) from user %s in chat %s: not staff",
                what,
                update.update_id,
                user.id if user else None,
                chat.id if chat else None,
            )
            if update.callback_query is not None:
                with contextlib.suppress(TelegramError):
                    await update.callback_query.answer(
                        "Only the support staff can act here.", show_alert=True
                    )
            raise ApplicationHandlerStop
        if await asyncio.to_thread(self._seen, update.update_id):
            log.info("update %s was already acted on: skipped", update.update_id)
            if update.callback_query is not None:
                with contextlib.suppress(TelegramError):
                    await update.callback_query.answer("Already done.")
            raise ApplicationHandlerStop

    def _seen(self, update_id: int) -> bool:
        with self.app.sessions() as session:
            return session.get(ChatUpdate, update_id) is not None

    # -- one transaction per staff action --------------------------------------------------
    def act(self, update_id: int, words: list[str] | None, actor: str) -> Outcome:
        """Run the command words and record the update id, both in one transaction."""
        return run_action(self.app, update_id, words, actor)

    async def _act(self, update: Update, words: list[str] | None) -> Outcome:
        actor = actor_of(update)
        outcome = await asyncio.to_thread(self.act, update.update_id, words, actor)
        if words is not None:
            log.info(
                "staff %s: %s %s -> %s",
                actor.split(" ")[0],
                words[0],
                words[1] if len(words) > 1 and words[0] not in ("balance",) else "",
                "ok" if outcome.ok else "refused",
            )
        if outcome.ok and not outcome.duplicate:
            self.poke()  # mail and card edits go out now, not at the next periodic pass
        return outcome

    # -- handlers --------------------------------------------------------------------------
    async def on_command(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        message = update.effective_message
        if message is None or not message.text:
            return
        first, _, rest = message.text.partition(" ")
        name = first.lstrip("/").split("@")[0].lower()
        args = list(context.args or [])
        if name == "help" or (name == "start" and not args):  # Telegram's own /start opens a chat
            await self._act(update, None)
            await message.reply_text(help_text())
            return
        words = [name, *args]
        if name in ("reply", "reject") and args:
            ref, _, text = rest.strip().partition(" ")
            words = [name, ref, text.strip()] if text.strip() else [name, ref]
        outcome = await self._act(update, words)
        if not outcome.duplicate:
            await message.reply_text(_clip(outcome.text if outcome.ok else f"⚠ {outcome.text}"))

    async def on_button(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        query = update.callback_query
        if query is None:
            return
        press = parse_button_data(query.data)
        if press is None:
            await query.answer("Unknown button.")
            return
        if press.needs_value():
            outcome = await self._act(update, None)
            if not outcome.duplicate:
                await context.bot.send_message(
                    self.settings.staff_chat_id,
                    prompt_text(press),
                    reply_markup=ForceReply(input_field_placeholder=press.name),
                    reply_parameters=ReplyParameters(
                        query.message.message_id, allow_sending_without_reply=True
                    )
                    if query.message is not None
                    else None,
                )
            await query.answer()
            return
        outcome = await self._act(update, press.words())
        await query.answer(_clip(outcome.text, ANSWER_MAX), show_alert=not outcome.ok)

    async def on_prompt_answer(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        message = update.effective_message
        if message is None or message.reply_to_message is None or not message.text:
            return
        prompt = message.reply_to_message
        if prompt.from_user is None or prompt.from_user.id != context.bot.id:
            return
        parsed = parse_prompt(prompt.text)
        if parsed is None:
            return
        name, ref = parsed
        value = message.text.strip()
        words = [name, ref, value] if name in ("reply", "reject") else [name, ref, *value.split()]
        outcome = await self._act(update, words)
        if not outcome.duplicate:
            await message.reply_text(_clip(outcome.text if outcome.ok else f"⚠ {outcome.text}"))

    async def on_error(self, update: object, context: ContextTypes.DEFAULT_TYPE) -> None:
        """Log without the raw update; an error before the action was saved retries the update."""
        error = context.error
        update_id = update.update_id if isinstance(update, Update) else None
        if isinstance(error, TelegramError):
            # Answering failed; the action (if any) is already committed: nothing to retry.
            log.warning("staff update %s: Telegram error %s", update_id, type(error).__name__)
            return
        self.state.failed = True
        log.error(
            "staff update %s failed (%s): will retry",
            update_id,
            type(error).__name__,
            exc_info=(type(error), error, error.__traceback__) if error else None,
        )

    async def process(self, update: Update) -> bool:
        """Handle one update; False when it must be fetched again (our side failed)."""
        self.state.failed = False
        await self.application.process_update(update)
        if not self.state.failed:
            self.state.retries.pop(update.update_id, None)
            return True
        count = self.state.retries.get(update.update_id, 0) + 1
        self.state.retries[update.update_id] = count
        if count >= self.options.update_retries:
            log.error("staff update %s failed %s times: skipped", update.update_id, count)
            self.state.retries.pop(update.update_id, None)
            return True
        return False

    # -- running ---------------------------------------------------------------------------
    async def deliver(self) -> None:
        """The worker calls this after each pass: send pending staff notifications."""
        if self.ready.is_set():
            await self.sender.deliver_due(self.application.bot)

    async def _start(self, stop: asyncio.Event) -> bool:
        """Initialise the bot (getMe), retrying while the API is unreachable."""
        delay = 1.0
        while not stop.is_set():
            try:
                await self.application.initialize()
                return True
            except (NetworkError, TelegramError) as exc:
                log.warning(
                    "Telegram not reachable at start (%s); retry in %.0f s", type(exc).__name__, delay
                )
                if await wait_unless_stopped(stop, delay):
                    return False
                delay = min(delay * 2, self.options.pause_max)
        return False

    async def run(self, stop: asyncio.Event) -> None:
        if not self.allowed_users:
            log.warning("telegram.staff_user_ids is empty: nobody can act from the staff chat")
        if not await self._start(stop):
            return
        try:
            bot = self.application.bot
            with contextlib.suppress(TelegramError):
                await bot.set_my_commands(
                    [BotCommand(n, USAGE[n.replace("_", "-")][:256]) for n in STAFF_COMMANDS]
                )
            self.ready.set()
            self.poke()  # deliver what piled up while we were away

            async def receive(halt: asyncio.Event) -> None:
                if self.settings.webhook_url:
                    await serve_webhook(bot, self.process, self.settings, halt)
                else:
                    await poll_updates(bot, self.process, self.options, halt)

            # One worker receives updates (an advisory lock elects it); every worker delivers.
            lock = AdvisoryLock(self.app.engine, "telegram-updates")
            await run_elected(lock, stop, receive, "Telegram updates")
        finally:
            self.ready.clear()
            with contextlib.suppress(Exception):
                await self.application.shutdown()


def _clip(text: str, limit: int = TEXT_MAX) -> str:
    text = text or "Done."
    return text if len(text) <= limit else text[: limit - 1] + "…"


def help_text() -> str:
    return "ofbot staff commands (as `ofbot staff` in a shell):\n" + "\n".join(
        f"/{name.replace('-', '_')}{usage[len(name) :]}" for name, usage in USAGE.items()
    )
