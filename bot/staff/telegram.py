"""The staff chat on Telegram: one card per request, kept up to date, and buttons/commands to act.

Three parts, each with one job:

* :class:`NotificationSender` turns pending ``StaffNotification`` rows into chat messages. The
  rows are the source of truth (RELIABILITY 7): a row is claimed with a short lease, sent, and
  marked sent in the transaction that also records the card's message id. The first notification
  of a request sends its card; later ones edit the card and post a line in its thread. Network
  failures and Telegram's flood control leave the row pending with ``next_attempt_at`` pushed
  back, so an API outage loses nothing and, once it is over, sends each row once.
* :class:`StaffDesk` receives updates (long polling by default, a webhook if configured) through
  one python-telegram-bot ``Application``. A ``TypeHandler`` in group -1 refuses everyone but the
  configured staff chat and numeric staff user ids (RELIABILITY 11). Commands and buttons become
  the same command words ``ofbot staff`` takes and go through :func:`run_command`. The action and
  the ``ChatUpdate`` row that records the update id commit in one transaction, and we ask Telegram
  for the next updates (which acknowledges the previous ones) only after the handler returned, so
  an action is saved before it is acknowledged and a redelivered update does nothing twice.
* :class:`TelegramStaffChat` is the ``StaffChat`` of the composition root: ``ofbot staff ...``
  and ``ofbot ingest`` deliver through it; inside ``ofbot run`` the desk delivers instead.

The token is only ever inside the Bot's URLs: it is never logged (httpx logs URLs at INFO, so
its logger is kept at WARNING) and never posted.
"""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import hmac
import json
import logging
import re
import threading
import time
import warnings
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from sqlalchemy import insert, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker
from telegram import (
    BotCommand,
    ForceReply,
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    Message,
    ReplyParameters,
    Update,
)
from telegram.error import (
    BadRequest,
    Conflict,
    Forbidden,
    InvalidToken,
    NetworkError,
    RetryAfter,
    TelegramError,
)
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
from telegram.warnings import PTBDeprecationWarning

from bot.clock import Clock
from bot.config import Settings, TelegramSettings
from bot.staff.cards import Card, parse_button_data, parse_prompt, prompt_text, render_card, thread_line
from bot.staff.commands import USAGE, run_command
from bot.staff.service import CommandError, StaffService
from storage.models import ChatCard, ChatUpdate, Request, StaffNotification

if TYPE_CHECKING:
    from bot.app import App

log = logging.getLogger("ofbot.telegram")

ALLOWED_UPDATES = ("message", "callback_query")
STAFF_COMMANDS = tuple(USAGE)  # queue, show, estimate, start, ... exactly as ``ofbot staff``
TEXT_MAX = 4096
ANSWER_MAX = 200  # Telegram's limit on a callback query answer
ACTOR_MAX = 120  # RequestEvent.actor / ChatUpdate.actor column width
_CTRL = re.compile(r"[\x00-\x1f\x7f]+")

KeyboardRows = tuple[tuple[InlineKeyboardButton, ...], ...]


@dataclass(frozen=True)
class DeskOptions:
    """Timing of the staff chat; production defaults, tests pass shorter ones."""

    poll_timeout: int = 30  # getUpdates long-poll, seconds
    batch: int = 100  # notifications per delivery pass
    lease: dt.timedelta = dt.timedelta(minutes=2)  # a claimed row is due again after this if we died
    backoff_first: dt.timedelta = dt.timedelta(seconds=10)
    backoff_max: dt.timedelta = dt.timedelta(minutes=15)
    max_attempts: int = 8  # for errors Telegram will repeat (bad request, forbidden); network: forever
    pause_max: float = 60.0  # seconds: longest wait before trying an unreachable API again
    update_retries: int = 5  # a failing update is retried this often before it is skipped
    connect_timeout: float = 5.0
    read_timeout: float = 10.0


def redact(text: str, secret: str | None) -> str:
    """Never let the token reach a log line or a database column."""
    return text.replace(secret, "<token>") if secret else text


class WithholdUpdates(logging.Filter):
    """python-telegram-bot logs the raw data of an update it cannot parse or handle: withhold it.

    Raw updates carry staff names and message texts (RELIABILITY 11): the log keeps the sentence,
    not the data.
    """

    def filter(self, record: logging.LogRecord) -> bool:
        if (
            record.args
            and isinstance(record.msg, str)
            and ("Received data" in record.msg or "update %s" in record.msg)
        ):
            record.msg = record.msg.replace("%s", "<withheld>").replace("%r", "<withheld>")
            record.args = ()
        return True


_UPDATE_LOGGERS = ("telegram.Bot", "telegram.ext.ExtBot", "telegram.ext.Application", "telegram.ext.Updater")


def protect_logs() -> None:
    """httpx logs every request URL at INFO, and the token is in the URL path; PTB logs raw updates."""
    for name in ("httpx", "httpcore"):
        logger = logging.getLogger(name)
        if logger.getEffectiveLevel() < logging.WARNING or logger.level == logging.NOTSET:
            logger.setLevel(logging.WARNING)
    for name in _UPDATE_LOGGERS:
        logger = logging.getLogger(name)
        if not any(isinstance(f, WithholdUpdates) for f in logger.filters):
            logger.addFilter(WithholdUpdates())


def retry_after_seconds(exc: RetryAfter) -> float:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", PTBDeprecationWarning)
        value: Any = exc.retry_after
    return value.total_seconds() if isinstance(value, dt.timedelta) else float(value)


def keyboard(card: Card) -> InlineKeyboardMarkup | None:
    rows: KeyboardRows = tuple(
        tuple(InlineKeyboardButton(b.label, callback_data=b.data) for b in row) for row in card.buttons
    )
    return InlineKeyboardMarkup(rows) if rows else None


def make_bot_request(options: DeskOptions, pool: int = 8) -> HTTPXRequest:
    return HTTPXRequest(
        connection_pool_size=pool,
        connect_timeout=options.connect_timeout,
        read_timeout=options.read_timeout,
        write_timeout=options.read_timeout,
        pool_timeout=options.read_timeout,
    )


# -- delivery -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Job:
    """One claimed notification and what the chat must show for it."""

    row_id: int
    attempts: int
    text: str
    request_id: int | None
    ref: str | None
    card: Card | None
    card_message_id: int | None  # the request's card in the staff chat, if one was sent
    card_rendered: str


@dataclass
class _Gate:
    """After a network failure or flood control, wait before trying the API again."""

    until: float = 0.0
    failures: int = 0

    def closed(self) -> bool:
        return time.monotonic() < self.until

    def close_for(self, seconds: float) -> None:
        self.until = max(self.until, time.monotonic() + seconds)

    def open(self) -> None:
        self.until = 0.0
        self.failures = 0


class NotificationSender:
    """Delivers pending staff notifications to the staff chat, once each, edits included."""

    def __init__(
        self,
        sessions: sessionmaker[Session],
        clock: Clock,
        settings: Settings,
        options: DeskOptions,
    ) -> None:
        self.sessions = sessions
        self.clock = clock
        self.tz = settings.tz
        self.chat_id = settings.telegram.staff_chat_id
        self.token = settings.telegram.token.reveal() if settings.telegram.token else None
        self.options = options
        self.gate = _Gate()
        self.lock = asyncio.Lock()

    # -- database side (run in a thread) -----------------------------------------------------
    def _due_ids(self, limit: int) -> list[int]:
        with self.sessions() as session:
            return list(
                session.scalars(
                    select(StaffNotification.id)
                    .where(
                        StaffNotification.state == "pending",
                        StaffNotification.next_attempt_at <= self.clock.now(),
                    )
                    .order_by(StaffNotification.id)
                    .limit(limit)
                )
            )

    def _claim(self, row_id: int) -> Job | None:
        """Take the row for one lease (another sender skips it meanwhile) and prepare its job."""
        now = self.clock.now()
        with self.sessions() as session, session.begin():
            claimed = session.execute(
                update(StaffNotification)
                .where(
                    StaffNotification.id == row_id,
                    StaffNotification.state == "pending",
                    StaffNotification.next_attempt_at <= now,
                )
                .values(next_attempt_at=now + self.options.lease)
            )
            if getattr(claimed, "rowcount", 0) != 1:
                return None
            row = session.get(StaffNotification, row_id)
            assert row is not None
            request = session.get(Request, row.request_id) if row.request_id is not None else None
            if request is None:
                return Job(row.id, row.attempts, row.text, None, None, None, None, "")
            card_row = session.get(ChatCard, request.id)
            if card_row is not None and card_row.chat_id != self.chat_id:
                card_row = None  # the staff chat moved: start a new card there
            text = thread_line(session, request, row)
            return Job(
                row_id=row.id,
                attempts=row.attempts,
                text=text,
                request_id=request.id,
                ref=request.ref,
                card=render_card(session, request, self.tz),
                card_message_id=card_row.message_id if card_row else None,
                card_rendered=card_row.rendered if card_row else "",
            )

    def _mark_sent(self, row_id: int, card: tuple[int, int, str] | None = None) -> None:
        """Mark the row sent; with ``card`` (request id, message id, fingerprint) record it too."""
        now = self.clock.now()
        with self.sessions() as session, session.begin():
            if card is not None:
                self._save_card(session, *card)
            row = session.get(StaffNotification, row_id)
            if row is not None:
                row.state = "sent"
                row.attempts += 1
                row.sent_at = now
                row.last_error = None

    def _save_card(self, session: Session, request_id: int, message_id: int, rendered: str) -> None:
        now = self.clock.now()
        card = session.get(ChatCard, request_id)
        if card is None:
            session.add(
                ChatCard(
                    request_id=request_id,
                    chat_id=self.chat_id,
                    message_id=message_id,
                    rendered=rendered,
                    updated_at=now,
                )
            )
        else:
            card.chat_id, card.message_id, card.rendered, card.updated_at = (
                self.chat_id,
                message_id,
                rendered,
                now,
            )

    def _record_card(self, request_id: int, message_id: int, rendered: str) -> None:
        with self.sessions() as session, session.begin():
            self._save_card(session, request_id, message_id, rendered)

    def _failed(self, row_id: int, error: str, delay: dt.timedelta | None, count: bool) -> None:
        """Leave the row pending until ``now + delay`` (or fail it when ``delay`` is None)."""
        now = self.clock.now()
        with self.sessions() as session, session.begin():
            row = session.get(StaffNotification, row_id)
            if row is None:
                return
            if count:
                row.attempts += 1
            row.last_error = redact(error, self.token)[:500]
            if delay is None:
                row.state = "failed"
            else:
                row.next_attempt_at = now + delay

    def _backoff(self, attempts: int) -> dt.timedelta:
        step = self.options.backoff_first * int(2 ** max(0, attempts - 1))
        return min(step, self.options.backoff_max)

    # -- the API side --------------------------------------------------------------------------
    async def deliver_due(self, bot: Any, limit: int | None = None) -> int:
        """Send what is due; stops at the first network failure or flood control. Returns the count."""
        if self.gate.closed():
            return 0
        async with self.lock:
            ids = await asyncio.to_thread(self._due_ids, limit or self.options.batch)
            sent = 0
            for row_id in ids:
                job = await asyncio.to_thread(self._claim, row_id)
                if job is None:
                    continue
                try:
                    await self._send(bot, job)
                except RetryAfter as exc:
                    wait = retry_after_seconds(exc)
                    log.warning("Telegram flood control: waiting %.0f s before the next message", wait)
                    self.gate.close_for(wait)
                    await asyncio.to_thread(
                        self._failed, job.row_id, "flood control", dt.timedelta(seconds=wait), False
                    )
                    break
                except BadRequest as exc:  # a NetworkError subclass, but Telegram will say it again
                    await self._rejected(job, exc)
                    continue
                except NetworkError as exc:  # includes TimedOut; 5xx, connection refused
                    self.gate.failures += 1
                    pause = min(2.0 ** (self.gate.failures - 1), self.options.pause_max)
                    self.gate.close_for(pause)
                    log.warning(
                        "Telegram unreachable (%s): notification #%s stays pending; next try in %.0f s",
                        type(exc).__name__,
                        job.row_id,
                        pause,
                    )
                    await asyncio.to_thread(
                        self._failed,
                        job.row_id,
                        f"{type(exc).__name__}: {exc}",
                        self._backoff(job.attempts + 1),
                        True,
                    )
                    break
                except (Forbidden, InvalidToken, Conflict, TelegramError) as exc:
                    await self._rejected(job, exc)
                    continue
                self.gate.open()
                sent += 1
            return sent

    async def _rejected(self, job: Job, exc: TelegramError) -> None:
        attempts = job.attempts + 1
        final = attempts >= self.options.max_attempts
        log.error(
            "Telegram refused notification #%s (%s: %s)%s",
            job.row_id,
            type(exc).__name__,
            redact(str(exc), self.token),
            "; giving up" if final else "; will retry",
        )
        delay = None if final else self._backoff(attempts)
        await asyncio.to_thread(self._failed, job.row_id, f"{type(exc).__name__}: {exc}", delay, True)

    async def _send(self, bot: Any, job: Job) -> None:
        if job.card is None or job.request_id is None:
            await bot.send_message(self.chat_id, job.text[:TEXT_MAX])
            await asyncio.to_thread(self._mark_sent, job.row_id)
            return
        card = job.card
        fingerprint = card.fingerprint()
        if job.card_message_id is None:
            message: Message = await bot.send_message(self.chat_id, card.text, reply_markup=keyboard(card))
            # The card *is* this notification: mark the row sent with the card's message id.
            await asyncio.to_thread(
                self._mark_sent, job.row_id, (job.request_id, message.message_id, fingerprint)
            )
            return
        card_message_id = job.card_message_id
        if fingerprint != job.card_rendered:
            card_message_id = await self._edit_card(bot, job, card, card_message_id)
            await asyncio.to_thread(self._record_card, job.request_id, card_message_id, fingerprint)
        await bot.send_message(
            self.chat_id,
            job.text[:TEXT_MAX],
            reply_parameters=ReplyParameters(card_message_id, allow_sending_without_reply=True),
        )
        await asyncio.to_thread(self._mark_sent, job.row_id)

    async def _edit_card(self, bot: Any, job: Job, card: Card, message_id: int) -> int:
        """Edit the card in place; a card that is gone or too old to edit is sent anew."""
        try:
            await bot.edit_message_text(
                card.text, chat_id=self.chat_id, message_id=message_id, reply_markup=keyboard(card)
            )
            return message_id
        except BadRequest as exc:
            reason = str(exc).lower()
            if "not modified" in reason:
                return message_id
            if "not found" not in reason and "can't be edited" not in reason:
                raise
        log.info("card of %s can no longer be edited: sending a new one", job.ref)
        message: Message = await bot.send_message(self.chat_id, card.text, reply_markup=keyboard(card))
        return message.message_id


# -- receiving updates ------------------------------------------------------------------------


@dataclass(frozen=True)
class Outcome:
    """What a staff action did, for the answer in the chat."""

    text: str
    ok: bool
    duplicate: bool = False


@dataclass
class _UpdateState:
    """Per-update bookkeeping of the polling loop (one update at a time)."""

    failed: bool = False
    retries: dict[int, int] = field(default_factory=dict)


def actor_of(update: Update) -> str:
    user = update.effective_user
    if user is None:
        return "telegram:unknown"
    name = " ".join(_CTRL.sub(" ", user.full_name or "").split())
    return f"telegram:{user.id} ({name})"[:ACTOR_MAX] if name else f"telegram:{user.id}"


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
        """Run the command words and record the update id, both in one transaction.

        The staff service opens its own sessions; here they are bound to our connection and
        join its transaction as savepoints, so the action and the ``ChatUpdate`` row commit
        together: a redelivered update finds its row and does nothing twice. ``words=None``
        only records the update (a prompt was shown, nothing changed).
        """
        staff = self.app.staff
        with self.app.engine.connect() as conn:
            transaction = conn.begin()
            try:
                seen = select(ChatUpdate.update_id).where(ChatUpdate.update_id == update_id)
                if conn.execute(seen).first() is not None:
                    transaction.rollback()
                    return Outcome("Already done.", ok=True, duplicate=True)
                try:  # first, so that a concurrent worker handling the same update waits here
                    conn.execute(
                        insert(ChatUpdate).values(update_id=update_id, at=staff.clock.now(), actor=actor)
                    )
                except IntegrityError:
                    transaction.rollback()
                    return Outcome("Already done.", ok=True, duplicate=True)
                outcome = Outcome("", ok=True)
                if words is not None:
                    joined = sessionmaker(
                        bind=conn, join_transaction_mode="create_savepoint", expire_on_commit=False
                    )
                    service = StaffService(joined, staff.settings, staff.clock, staff.renderer)
                    try:
                        result = run_command(service, words, actor)
                        outcome = Outcome(result.text, ok=True)
                    except CommandError as exc:  # its savepoint is rolled back; the update is still recorded
                        outcome = Outcome(str(exc), ok=False)
                transaction.commit()
            except BaseException:
                transaction.rollback()
                raise
        return outcome

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
                if await _wait(stop, delay):
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
                await bot.set_my_commands([BotCommand(n, USAGE[n][:256]) for n in STAFF_COMMANDS])
            self.ready.set()
            self.poke()  # deliver what piled up while we were away
            if self.settings.webhook_url:
                await self._webhook(stop)
            else:
                await self._poll(stop)
        finally:
            self.ready.clear()
            with contextlib.suppress(Exception):
                await self.application.shutdown()

    async def _poll(self, stop: asyncio.Event) -> None:
        bot = self.application.bot
        with contextlib.suppress(TelegramError):
            await bot.delete_webhook(drop_pending_updates=False)  # getUpdates refuses while one is set
        offset: int | None = None
        failures = 0
        while not stop.is_set():
            try:
                updates = await bot.get_updates(
                    offset=offset,
                    timeout=self.options.poll_timeout,
                    allowed_updates=list(ALLOWED_UPDATES),
                )
                failures = 0
            except TelegramError as exc:
                failures += 1
                delay = min(0.5 * 2**failures, self.options.pause_max)
                log.warning("getUpdates failed (%s); retry in %.1f s", type(exc).__name__, delay)
                if await _wait(stop, delay):
                    return
                continue
            for item in updates:
                if not await self.process(item):
                    await _wait(stop, 1.0)
                    break  # fetch it again: the offset does not move past it
                offset = item.update_id + 1

    async def _webhook(self, stop: asyncio.Event) -> None:
        """A webhook server that answers Telegram only after the update was handled."""
        secret = self.settings.webhook_secret.reveal() if self.settings.webhook_secret else ""
        host, _, port = self.settings.webhook_listen.rpartition(":")

        async def client(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
            await self._webhook_client(reader, writer, secret)

        server = await asyncio.start_server(client, host or "127.0.0.1", int(port))
        try:
            await self.application.bot.set_webhook(
                self.settings.webhook_url,
                allowed_updates=list(ALLOWED_UPDATES),
                secret_token=secret or None,
            )
            log.info("Telegram webhook listening on %s", self.settings.webhook_listen)
            await stop.wait()
        finally:
            server.close()
            await server.wait_closed()

    async def _webhook_client(
        self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter, secret: str
    ) -> None:
        status = 200
        try:
            head = await asyncio.wait_for(reader.readuntil(b"\r\n\r\n"), 10)
            lines = head.decode("latin-1").split("\r\n")
            method = lines[0].split(" ")[0]
            headers = {
                k.strip().lower(): v.strip()
                for k, _, v in (line.partition(":") for line in lines[1:] if line)
            }
            length = int(headers.get("content-length", "0"))
            if method != "POST" or not 0 < length <= 1_000_000:
                status = 400
            elif secret and not hmac.compare_digest(
                headers.get("x-telegram-bot-api-secret-token", ""), secret
            ):
                log.warning("webhook call without the right secret token: refused")
                status = 403
            else:
                body = await asyncio.wait_for(reader.readexactly(length), 10)
                update = Update.de_json(json.loads(body), self.application.bot)
                if update is not None and not await self.process(update):
                    status = 500  # Telegram will deliver it again
        except (TimeoutError, ValueError, asyncio.IncompleteReadError, asyncio.LimitOverrunError):
            status = 400
        reason = {200: "OK", 400: "Bad Request", 403: "Forbidden", 500: "Internal Server Error"}[status]
        writer.write(f"HTTP/1.1 {status} {reason}\r\nContent-Length: 0\r\nConnection: close\r\n\r\n".encode())
        with contextlib.suppress(ConnectionError):
            await writer.drain()
        writer.close()


async def _wait(stop: asyncio.Event, seconds: float) -> bool:
    """Sleep unless stopped; True when stopped."""
    with contextlib.suppress(asyncio.TimeoutError):
        await asyncio.wait_for(stop.wait(), seconds)
    return stop.is_set()


def _clip(text: str, limit: int = TEXT_MAX) -> str:
    text = text or "Done."
    return text if len(text) <= limit else text[: limit - 1] + "…"


def help_text() -> str:
    return "ofbot staff commands (as `ofbot staff` in a shell):\n" + "\n".join(
        f"/{usage}" for usage in USAGE.values()
    )


# -- the composition root's staff chat and the service entry point ---------------------------


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
