"""Effects are rows first (RELIABILITY 7).

Handlers and staff actions never send anything: they call :class:`Effects`, which writes outbox
rows, staff notifications and audit events into the caller's session. They are committed with
the state change or not at all, and the senders deliver them afterwards, with retries.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import re
import uuid
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from email.message import EmailMessage
from email.utils import format_datetime, formataddr
from typing import Any

from sqlalchemy import bindparam, func, insert, select, update
from sqlalchemy.orm import Session

from bot.clock import Clock
from bot.config import Settings
from bot.counters import Tally
from bot.mail.compose import text_mail
from bot.mail.parse import valid_message_id
from bot.templating import TemplateRenderer
from storage.models import Base, OutboxMail, Request, RequestEvent, StaffNotification, table_of

_CTRL = re.compile(r"[\x00-\x1f\x7f]+")


# The queries made for every answer and notification, built once (building them cost more than
# running them); each execution binds its own values.
_SENT_SINCE = select(func.count(OutboxMail.id)).where(
    OutboxMail.to_addr == bindparam("address"),
    OutboxMail.auto_kind == bindparam("kind"),
    OutboxMail.created_at >= bindparam("since"),
)
_NOTIFIED_SINCE = select(func.coalesce(func.sum(StaffNotification.count), 0)).where(
    StaffNotification.sender == bindparam("sender"), StaffNotification.created_at >= bindparam("since")
)
_FLOOD_SINCE = (
    select(StaffNotification.id, StaffNotification.count, StaffNotification.state)
    .where(
        StaffNotification.sender == bindparam("sender"),
        StaffNotification.event == "flood",
        StaffNotification.created_at >= bindparam("since"),
    )
    .order_by(StaffNotification.id.desc())
    .limit(1)
)
# A flood message counting one more notification (the values bound by name, ``row_id`` its id).
_FLOOD_COUNT = update(table_of(StaffNotification)).where(
    table_of(StaffNotification).c.id == bindparam("row_id")
)
_CARD = select(StaffNotification.id).where(StaffNotification.request_id == bindparam("request_id")).limit(1)
# An audit event: append-only, never read back as an object in the unit of work that writes it.
_EVENT = insert(table_of(RequestEvent))


def clean_header_text(value: str, limit: int = 200) -> str:
    """Text from a message made safe for one of our headers: no CR/LF (header injection, R14)."""
    return " ".join(_CTRL.sub(" ", value).split())[:limit]


def new_message_id(domain: str) -> str:
    return f"<ofbot.{uuid.uuid4().hex}@{domain}>"


@dataclass(frozen=True)
class Thread:
    """What an answer refers to: the client's message we answer, for In-Reply-To/References."""

    in_reply_to: str | None = None
    references: tuple[str, ...] = ()


class Effects:
    """Records what must happen because of a state change, inside the caller's transaction."""

    def __init__(
        self, session: Session, settings: Settings, clock: Clock, renderer: TemplateRenderer
    ) -> None:
        self.session = session
        self.settings = settings
        self.clock = clock
        self.renderer = renderer
        # Set while the bot answers a client's reply to a staff estimate: never held back by the cap.
        self.uncapped = False
        self.tally = Tally()  # for this worker's /metrics counters, once the caller commits
        # Requests created in this unit of work, and those of them given a notification here: whether
        # such a request has a card is known without asking the database.
        self._opened: set[int] = set()
        self._carded: set[int] = set()

    def opened(self, request: Request) -> None:
        """``request`` (flushed, so it has an id) was created in this unit of work."""
        self._opened.add(request.id)

    @contextlib.contextmanager
    def _flushed_for(self, model: type[Base]) -> Iterator[None]:
        """Queries on ``model``'s table alone see every change of this unit of work that can
        change their answer: the pending rows of that table are flushed first; the others (the
        request, its events, ...) cannot change it, so they are not flushed here (autoflush
        would), and go to the database together when the unit of work ends."""
        session = self.session
        if any(
            isinstance(row, model) for rows in (session.new, session.dirty, session.deleted) for row in rows
        ):
            session.flush()
        with session.no_autoflush:
            yield

    # -- audit trail ---------------------------------------------------------------------------
    def event(self, request: Request, actor: str, action: str, detail: str = "") -> None:
        """Append an event to the request's audit trail, in the caller's transaction.

        Written at once with a Core ``INSERT`` (compiled once), not as an ORM object: the unit of
        work's bookkeeping and its ``RETURNING id`` for rows nobody reads back cost more than the
        insert. The request has its id (it was flushed), so its row is there for the foreign key.
        """
        self.session.connection().execute(
            _EVENT,
            {
                "request_id": request.id,
                "at": self.clock.now(),
                "actor": actor,
                "action": action,
                "detail": detail,
                "worker": self.settings.service.worker_name,
            },
        )
        if action == "triage":
            self.tally.triage += 1

    # -- staff chat ----------------------------------------------------------------------------
    def notify_staff(self, request: Request | None, event: str, text: str, actor: str = "bot") -> None:
        """A notification for the staff chat.

        What a staff member did (``actor`` ``shell:...``/``telegram:...``) only edits the card:
        the others see it there, no thread line. A notification that would open a new card (a
        new request) counts towards flood control: more than ``staff.flood_count`` of them about
        one sender within ``staff.flood_minutes`` collapse into one message updated with a count.
        """
        request_id = request.id if request is not None else None
        now = self.clock.now()
        by_staff = actor.startswith(("shell:", "telegram:"))
        sender = request.requester.lower() if request is not None and request.requester else None
        if by_staff:
            row = StaffNotification.pending(request_id, event, text, now)
            row.quiet = event != "note"
            self._add_notification(row)
            return
        if actor == "system":  # digests, reminders to staff: not about the sender
            sender = None
        if sender and request is not None and self._has_card(request):
            sender = None  # a conversation on a request staff already see: never collapsed
        if sender and self._collapsed(request, sender, now):
            return
        self._add_notification(StaffNotification.pending(request_id, event, text, now, sender))

    def _add_notification(self, row: StaffNotification) -> None:
        if row.request_id is not None:
            self._carded.add(row.request_id)
        self.session.add(row)

    def _has_card(self, request: Request) -> bool:
        """The request already has a notification (its card): later ones are its thread."""
        if request.id in self._opened:
            return request.id in self._carded
        with self._flushed_for(StaffNotification):
            found = self.session.scalar(_CARD, {"request_id": request.id})
        return found is not None

    def _collapsed(self, request: Request | None, sender: str, now: dt.datetime) -> bool:
        """Count this notification in the sender's flood message when there is a flood.

        The flood message is read and written with Core statements compiled once: during a
        flood every notification about the sender lands here, and loading the row as an object
        to change two columns cost more than the statements.
        """
        staff = self.settings.staff
        since = now - dt.timedelta(minutes=staff.flood_minutes)
        with self._flushed_for(StaffNotification):
            connection = self.session.connection()
            about = {"sender": sender, "since": since}
            recent = connection.execute(_NOTIFIED_SINCE, about).scalar()
            if int(recent or 0) < staff.flood_count:
                return False
            flood = connection.execute(_FLOOD_SINCE, about).tuples().first()
        ref = f" (latest {request.ref})" if request is not None else ""
        count = 1 if flood is None else flood[1] + 1
        text = (
            f"Flood: {count} more notifications about {sender} in {staff.flood_minutes} min, "
            f"collapsed here{ref}. /find {sender}"
        )
        if flood is None:
            row = StaffNotification.pending(None, "flood", text, now, sender)
            self.session.add(row)
            return True
        row_id, _, state = flood
        values: dict[str, Any] = {"count": count, "text": text}
        if state != "pending":
            values.update(state="pending", next_attempt_at=now)  # delivered again: the chat edits it
        connection.execute(_FLOOD_COUNT, {"row_id": row_id, **values})
        return True

    # -- mail to clients -----------------------------------------------------------------------
    def sent_today(self, address: str, kind: str) -> int:
        """Automatic answers of this request kind to this address in the last 24 hours: one
        count on the ``(to_addr, auto_kind, created_at)`` index."""
        since = self.clock.now() - dt.timedelta(days=1)
        with self._flushed_for(OutboxMail):
            count = self.session.scalar(_SENT_SINCE, {"address": address, "kind": kind, "since": since})
        return int(count or 0)

    def mail(
        self,
        request: Request,
        to: str | list[str],
        kind: str,
        event: str,
        *,
        thread: Thread | None = None,
        auto: str = "auto-replied",
        rate_limited: bool = True,
        attachments: Sequence[tuple[str, str, bytes]] = (),
        language: str | None = None,
        **data: Any,
    ) -> list[OutboxMail]:
        """Render a template and queue it for each recipient; returns the outbox rows written.

        Automatic answers are rate-limited per recipient and request kind
        (``policy.replies_per_sender_per_day``): over the limit nothing is queued and staff are
        told, so a loop we failed to recognise costs a few mails, not thousands, and a flood of one
        kind does not hold back another. What staff send themselves (``rate_limited=False``) and
        the answer to a client's reply to a staff estimate (``uncapped``) are never held back.
        ``language`` is for a recipient who is not the requester (a contributor, R62): by default
        the mail is in the request's language.
        """
        recipients = [to] if isinstance(to, str) else list(dict.fromkeys(to))
        rows: list[OutboxMail] = []
        capped = rate_limited and auto == "auto-replied" and not self.uncapped
        for address in recipients:
            address = address.strip().lower()
            if not address or "@" not in address or _CTRL.search(address):
                continue
            if (
                capped
                and self.sent_today(address, request.kind) >= self.settings.policy.replies_per_sender_per_day
            ):
                self.notify_staff(
                    request,
                    "rate_limited",
                    f"[{request.ref}] answer to {address} not sent: daily limit of automatic answers reached",
                )
                self.event(request, "bot", "rate_limited", address)
                continue
            row = self._queue(request, address, kind, event, thread, auto, data, attachments, language)
            if capped:
                row.auto_kind = request.kind[:24]
                self.tally.auto_answers += 1
            rows.append(row)
        return rows

    def _queue(
        self,
        request: Request,
        address: str,
        kind: str,
        event: str,
        thread: Thread | None,
        auto: str,
        data: dict[str, Any],
        attachments: Sequence[tuple[str, str, bytes]] = (),
        language: str | None = None,
    ) -> OutboxMail:
        settings = self.settings
        lang = language or request.language
        rendered = self.renderer.render(lang, kind, event, request=request, ref=request.ref, **data)
        subject = clean_header_text(rendered.subject, 900)
        if f"[{request.ref}]" not in subject:
            subject = f"[{request.ref}] {subject}"
        now = self.clock.now()
        message_id = new_message_id(settings.mail_domain)
        headers = [
            ("From", formataddr((settings.mail.name, settings.mail.address))),
            ("To", address),
            ("Subject", subject),
            ("Date", format_datetime(now.astimezone(settings.tz))),
            ("Message-ID", message_id),
        ]
        if thread is not None and thread.in_reply_to and valid_message_id(thread.in_reply_to):
            refs = [r for r in (*thread.references, thread.in_reply_to) if valid_message_id(r)]
            headers += [("In-Reply-To", thread.in_reply_to), ("References", " ".join(dict.fromkeys(refs)))]
        headers += [
            ("Auto-Submitted", auto),
            ("X-Auto-Response-Suppress", "All"),
            ("X-Loop", settings.mail.address),
            ("X-OFBot-Request", request.ref),
        ]
        # Content-Language after the body's headers, where set_content leaves it
        raw = (
            _with_attachments(headers, rendered.body, attachments, lang)
            if attachments
            else text_mail(headers, rendered.body, [("Content-Language", lang)])
        )
        row = OutboxMail(
            message_id=message_id,
            to_addr=address,
            subject=subject,
            raw=raw,
            request_id=request.id,
            template=f"{kind}/{event}",
            state="pending",
            attempts=0,
            next_attempt_at=now,
            created_at=now,
        )
        self.session.add(row)
        self.event(request, "bot", "mail_queued", f"{kind}/{event} to {address}")
        return row


def _with_attachments(
    headers: list[tuple[str, str]], body: str, attachments: Sequence[tuple[str, str, bytes]], lang: str
) -> bytes:
    """A mail with files (e.g. an invoice's PDF): ``EmailMessage`` builds the multipart."""
    msg = EmailMessage()
    for name, value in headers:
        msg[name] = value
    msg.set_content(body, charset="utf-8")
    for filename, content_type, content in attachments:
        maintype, _, subtype = content_type.partition("/")
        msg.add_attachment(content, maintype=maintype, subtype=subtype, filename=filename)
    # after the body and attachments: set_content and add_attachment drop Content-* headers
    msg["Content-Language"] = lang
    return msg.as_bytes()
