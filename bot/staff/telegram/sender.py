"""Deliver staff notifications to the chat: once each, and nothing lost while Telegram is away.

:class:`NotificationSender` turns pending ``StaffNotification`` rows into chat messages. The rows
are the source of truth (RELIABILITY 7): a row is claimed with a short lease, sent, and marked
sent in the transaction that also records the card's message id. The first notification of a
request sends its card; later ones edit the card and post a line in its thread. Network failures
and Telegram's flood control leave the row pending with ``next_attempt_at`` pushed back, so an
API outage loses nothing and, once it is over, sends each row once.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
import time
import warnings
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker
from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Message, ReplyParameters
from telegram.error import (
    BadRequest,
    Conflict,
    Forbidden,
    InvalidToken,
    NetworkError,
    RetryAfter,
    TelegramError,
)
from telegram.warnings import PTBDeprecationWarning

from bot.claims import Claims
from bot.clock import Clock
from bot.config import Settings
from bot.staff.cards import Card, render_card, thread_line
from bot.staff.telegram.logs import redact
from bot.staff.telegram.options import TEXT_MAX, DeskOptions
from storage.models import ChatCard, Request, StaffNotification

log = logging.getLogger("ofbot.telegram")

KeyboardRows = tuple[tuple[InlineKeyboardButton, ...], ...]


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
        self.claims = Claims(sessions, settings.service.worker_name, options.lease)

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
        """Take the row for one lease (another worker skips it meanwhile) and prepare its job."""
        due = (
            (StaffNotification.id == row_id)
            & (StaffNotification.state == "pending")
            & (StaffNotification.next_attempt_at <= self.clock.now())
        )
        if not self.claims.claim(StaffNotification, due, 1):
            return None
        with self.sessions() as session, session.begin():
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
                row.lease_until = None

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
            row.lease_until = None
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
