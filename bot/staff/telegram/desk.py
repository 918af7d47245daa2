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

from telegram import (
    BotCommand,
    ForceReply,
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    InputFile,
    ReplyParameters,
    Update,
)
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
from bot.requests import find_ref
from bot.staff.cards import VALUE_HINTS, Button, button_data, parse_button_data, parse_prompt
from bot.staff.commands import FREE_TEXT, USAGE
from bot.staff.errors import CommandError
from bot.staff.records import StoredFile
from bot.staff.service import actor_name
from bot.staff.telegram.actions import Outcome, actor_of, run_action
from bot.staff.telegram.options import TEXT_MAX, DeskOptions, make_bot_request
from bot.staff.telegram.polling import poll_updates, wait_unless_stopped
from bot.staff.telegram.prompts import (
    Prompts,
    confirm_buttons,
    draft_buttons,
    draft_text,
    note_text,
    parse_draft_data,
    ref_in,
)
from bot.staff.telegram.sender import NotificationSender
from bot.staff.telegram.webhook import serve_webhook
from storage.models import ChatCard, ChatUpdate

if TYPE_CHECKING:
    from bot.app import App

log = logging.getLogger("ofbot.telegram")

# queue, show, estimate, start, ... as ``ofbot staff``; Telegram commands take no "-":
# /reply_intent, /cancel_invoice (``run_command`` reads "_" as "-")
STAFF_COMMANDS = tuple(name.replace("-", "_") for name in USAGE)
ANSWER_MAX = 200  # Telegram's limit on a callback query answer
FILES_MAX = 10  # attachments forwarded by one /files


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
        self.prompts = Prompts(app.sessions, app.clock)
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
        application.add_handler(MessageHandler(filters.COMMAND, self.on_unknown_command))
        application.add_handler(CallbackQueryHandler(self.on_button, pattern=r"^a:"))
        application.add_handler(CallbackQueryHandler(self.on_confirm, pattern=r"^[yn]:"))
        application.add_handler(CallbackQueryHandler(self.on_draft, pattern=r"^d:"))
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
        if name in FREE_TEXT and args:
            ref, _, text = rest.strip().partition(" ")
            words = [name, ref, text.strip()] if text.strip() else [name, ref]
            if name == "find":
                words = [name, rest.strip()]
        if name == "canned" and len(args) >= 2:  # a canned answer is shown as a draft first
            await self._canned_draft(update, args[0], args[1])
            return
        outcome = await self._act(update, words)
        if not outcome.duplicate:
            await message.reply_text(_clip(outcome.text if outcome.ok else f"⚠ {outcome.text}"))
            if outcome.ok and outcome.files:
                await self._send_files(context, words[1], outcome.files)

    async def on_unknown_command(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        """An unknown /command is answered with the list, never ignored."""
        message = update.effective_message
        if message is None or not message.text:
            return
        outcome = await self._act(update, None)
        if not outcome.duplicate:
            word = message.text.split()[0].split("@")[0]
            await message.reply_text(_clip(f"Unknown command {word}.\n{help_text()}"))

    async def on_button(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        query = update.callback_query
        if query is None:
            return
        press = parse_button_data(query.data)
        if press is None:
            await query.answer("Unknown button.")
            return
        card_id = query.message.message_id if query.message is not None else None
        if press.values == ["!"]:  # "Approve anyway…": ask the reason, recorded with the action
            await self._ask(update, context, f"{press.name}_anyway", press.ref, card_id)
            await query.answer()
            return
        if press.name == "link" and press.values == ["?"]:
            await self._link_choices(update, context, press.ref, card_id)
            await query.answer()
            return
        if press.needs_value():
            await self._ask(update, context, press.name, press.ref, card_id)
            await query.answer()
            return
        words = press.words()
        effect = await asyncio.to_thread(self.app.staff.confirmation, words)
        if effect:  # an effect outside the desk: Confirm / Cancel first
            outcome = await self._act(update, None)
            rows = confirm_buttons(press.ref, press.action)
            if not outcome.duplicate and rows is not None:
                await context.bot.send_message(
                    self.settings.staff_chat_id,
                    _clip(f"{press.action.capitalize()} {press.ref}: this {effect}. Confirm?"),
                    reply_markup=markup(rows),
                    reply_parameters=_reply_to(card_id),
                )
            await query.answer()
            return
        outcome = await self._act(update, words)
        await query.answer(_clip(outcome.text, ANSWER_MAX), show_alert=not outcome.ok)
        if outcome.ok and not outcome.duplicate and outcome.files:
            await self._send_files(context, press.ref, outcome.files, card_id)

    async def on_confirm(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        query = update.callback_query
        if query is None or not query.data:
            return
        yes = query.data.startswith("y:")
        press = parse_button_data("a:" + query.data.partition(":")[2])
        if press is None:
            await query.answer("Unknown button.")
            return
        who = actor_name(actor_of(update))
        if not yes:
            outcome = await self._act(update, None)
            if not outcome.duplicate:
                await self._edit_prompt(query, f"Cancelled by {who}: {press.action} {press.ref}.")
            await query.answer("Cancelled.")
            return
        outcome = await self._act(update, press.words())
        if outcome.ok and not outcome.duplicate:
            await self._edit_prompt(query, f"✔ {press.action.capitalize()} {press.ref}, confirmed by {who}.")
        await query.answer(_clip(outcome.text, ANSWER_MAX), show_alert=not outcome.ok)

    async def on_draft(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        query = update.callback_query
        parsed = parse_draft_data(query.data if query else None)
        if query is None or parsed is None:
            return
        draft_id, what = parsed
        who = actor_name(actor_of(update))
        draft = await asyncio.to_thread(self.prompts.draft, draft_id)
        if draft is None:
            await query.answer("This draft no longer exists.", show_alert=True)
            return
        if draft.state != "open":
            await self._act(update, None)
            await query.answer(f"This draft was already {draft.state}.")
            return
        if what == "cancel":
            outcome = await self._act(update, None)
            if not outcome.duplicate and await asyncio.to_thread(self.prompts.close, draft_id, "cancelled"):
                await self._edit_prompt(query, f"Draft for {draft.ref} cancelled by {who}.")
            await query.answer("Cancelled.")
            return
        if what == "edit":
            outcome = await self._act(update, None)
            if not outcome.duplicate and await asyncio.to_thread(self.prompts.close, draft_id, "edited"):
                await self._edit_prompt(
                    query, f"Draft for {draft.ref} being edited by {who}:\n\n{draft.text}"
                )
                card_id = query.message.message_id if query.message is not None else None
                await self._ask(update, context, "reply", draft.ref, card_id, record=False)
            await query.answer()
            return
        if not await asyncio.to_thread(self.prompts.close, draft_id, "sent"):
            await query.answer("This draft was already sent or cancelled.")
            return
        outcome = await self._act(update, ["reply", draft.ref, draft.text])
        if not outcome.ok:
            await asyncio.to_thread(self.prompts.reopen, draft_id)
        elif not outcome.duplicate:
            await self._edit_prompt(query, f"✔ Sent to the client by {who} [{draft.ref}]:\n\n{draft.text}")
        await query.answer(_clip(outcome.text, ANSWER_MAX), show_alert=not outcome.ok)

    async def on_prompt_answer(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        """A reply to one of our prompts gives its value; a reply to a card is a draft or a note."""
        message = update.effective_message
        if message is None or message.reply_to_message is None or not message.text:
            return
        prompt = message.reply_to_message
        if prompt.from_user is None or prompt.from_user.id != context.bot.id:
            return
        value = message.text.strip()
        parsed = parse_prompt(prompt.text)
        if parsed is None:
            ref = ref_in(prompt.text) or ref_in(prompt.caption)
            if ref is None:
                return
            note = note_text(value)
            if note is not None:
                await self._answer(update, ["note", ref, note])
            else:
                await self._draft(update, ref, value)
            return
        name, ref = parsed
        if name == "reply":
            await self._draft(update, ref, value)
            return
        if name.endswith("_anyway"):
            words = [name.removesuffix("_anyway"), ref, "--override", value]
        elif name in FREE_TEXT:
            words = [name, ref, value]
        else:
            words = [name, ref, *value.split()]
        await self._answer(update, words)

    # -- helpers -------------------------------------------------------------------------------
    async def _answer(self, update: Update, words: list[str]) -> None:
        message = update.effective_message
        outcome = await self._act(update, words)
        if message is not None and not outcome.duplicate:
            await message.reply_text(_clip(outcome.text if outcome.ok else f"⚠ {outcome.text}"))

    async def _draft(self, update: Update, ref: str, text: str) -> None:
        message = update.effective_message
        outcome = await self._act(update, None)
        if outcome.duplicate or message is None:
            return
        draft = await asyncio.to_thread(self.prompts.new_draft, ref, text, actor_of(update))
        if draft is None:
            await message.reply_text(f"⚠ no request {ref}")
            return
        if not draft.text:
            await message.reply_text("⚠ the draft is empty: write the answer after the greeting")
            return
        await message.reply_text(_clip(draft_text(draft)), reply_markup=markup(draft_buttons(draft)))

    async def _canned_draft(self, update: Update, ref: str, name: str) -> None:
        from bot.staff.canned import render_canned

        message = update.effective_message
        try:
            text = await asyncio.to_thread(render_canned, self.app.staff, ref, name)
        except CommandError as exc:
            await self._act(update, None)
            if message is not None:
                await message.reply_text(_clip(f"⚠ {exc}"))
            return
        await self._draft(update, ref, text)

    async def _ask(
        self,
        update: Update,
        context: ContextTypes.DEFAULT_TYPE,
        name: str,
        ref: str,
        reply_to: int | None,
        record: bool = True,
    ) -> None:
        if record:
            outcome = await self._act(update, None)
            if outcome.duplicate:
                return
        await context.bot.send_message(
            self.settings.staff_chat_id,
            prompt_for(name, ref),
            reply_markup=ForceReply(input_field_placeholder=name.split("_")[0]),
            reply_parameters=_reply_to(reply_to),
        )

    async def _link_choices(
        self, update: Update, context: ContextTypes.DEFAULT_TYPE, ref: str, reply_to: int | None
    ) -> None:
        outcome = await self._act(update, None)
        if outcome.duplicate:
            return
        try:
            suggestions = await asyncio.to_thread(self.app.staff.link_suggestions, ref)
        except CommandError as exc:
            await context.bot.send_message(self.settings.staff_chat_id, f"⚠ {exc}")
            return
        rows = [
            (Button(platform, data),)
            for platform in suggestions
            if (data := button_data(ref, f"link {platform}")) is not None
        ]
        text = (
            f"Link {ref} to which client? Or type /link {ref} PLATFORM"
            if rows
            else f"No client to suggest for {ref}: type /link {ref} PLATFORM"
        )
        await context.bot.send_message(
            self.settings.staff_chat_id,
            text,
            reply_markup=markup(tuple(rows)) if rows else None,
            reply_parameters=_reply_to(reply_to),
        )

    async def _send_files(
        self,
        context: ContextTypes.DEFAULT_TYPE,
        ref: str,
        files: tuple[StoredFile, ...],
        reply_to: int | None = None,
    ) -> None:
        """Forward the request's attachments into the card's thread."""
        if reply_to is None:
            reply_to = await asyncio.to_thread(self._card_message_id, ref)
        for item in files[:FILES_MAX]:
            with contextlib.suppress(TelegramError):
                await context.bot.send_document(
                    self.settings.staff_chat_id,
                    InputFile(item.data, filename=item.name),
                    caption=f"[{ref.strip('[]').upper()}] {item.name}",
                    reply_parameters=_reply_to(reply_to),
                )

    def _card_message_id(self, ref: str) -> int | None:
        with self.app.sessions() as session:
            request = find_ref(session, ref)
            card = session.get(ChatCard, request.id) if request is not None else None
            return card.message_id if card is not None else None

    async def _edit_prompt(self, query: Any, text: str) -> None:
        """One edit: the prompt now says what became of it, without its buttons."""
        with contextlib.suppress(TelegramError):
            await query.edit_message_text(_clip(text))

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


def markup(rows: tuple[tuple[Button, ...], ...]) -> InlineKeyboardMarkup:
    return InlineKeyboardMarkup(
        tuple(tuple(InlineKeyboardButton(b.label, callback_data=b.data) for b in row) for row in rows)
    )


def _reply_to(message_id: int | None) -> ReplyParameters | None:
    if message_id is None:
        return None
    return ReplyParameters(message_id, allow_sending_without_reply=True)


def prompt_for(name: str, ref: str) -> str:
    """A force-reply prompt; its first line is parsed back by :func:`parse_prompt`."""
    if name.endswith("_anyway"):
        action = name.removesuffix("_anyway")
        hint = f"the reason to {action} despite what is missing (recorded)"
    else:
        hint = VALUE_HINTS.get(name, "the value")
    return f"{name} {ref}: {hint}\nReply to this message with the value."


def _clip(text: str, limit: int = TEXT_MAX) -> str:
    text = text or "Done."
    return text if len(text) <= limit else text[: limit - 1] + "…"


def help_text() -> str:
    return "ofbot staff commands (as `ofbot staff` in a shell):\n" + "\n".join(
        f"/{name.replace('-', '_')}{usage[len(name) :]}" for name, usage in USAGE.items()
    )
