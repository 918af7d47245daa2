"""Staff actions: the one place both front-ends (Telegram, ``ofbot staff``) call.

Each action is one unit of work: the state change, the audit event with the staff member's
name, and the effects (mail, notifications) commit together or not at all.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from bot import states
from bot.clients import find_platform
from bot.clock import Clock
from bot.config import Settings
from bot.effects import Effects
from bot.hours import Balance, balance
from bot.learning.records import first_prediction, prediction_json, record_label
from bot.mail.auth import SenderAuth
from bot.requests import find_ref
from bot.sender_checks import approval_blocker, request_sender_auth
from bot.templating import TemplateRenderer
from bot.understand.types import KINDS
from handlers import common, handler_for
from handlers.context import Context, RuleError
from storage.models import Message, OutboxMail, Request


class CommandError(Exception):
    """A staff command that cannot be done; the message says why. ``usage`` errors exit 2."""

    def __init__(self, message: str, usage: bool = False) -> None:
        super().__init__(message)
        self.usage = usage


@dataclass(frozen=True)
class QueueItem:
    request: str
    client: str | None
    kind: str
    state: str
    received_at: dt.datetime
    cash_funded: bool
    estimate_hours: Decimal | None

    def to_json(self) -> dict[str, object]:
        return {
            "request": self.request,
            "client": self.client,
            "kind": self.kind,
            "state": self.state,
            "received_at": self.received_at.isoformat(),
            "cash_funded": self.cash_funded,
            "estimate_hours": float(self.estimate_hours) if self.estimate_hours is not None else None,
        }


def parse_hours(text: str) -> Decimal:
    """``1.5``, ``1,5``, ``1.5h``: a positive number of hours."""
    cleaned = text.strip().lower().removesuffix("h").strip().replace(",", ".")
    try:
        value = Decimal(cleaned)
    except InvalidOperation:
        raise CommandError(f"hours: {text!r} is not a number (write 1.5 or 1,5)", usage=True) from None
    if not value.is_finite() or value <= 0 or value > 1000:
        raise CommandError(f"hours: {text!r} must be more than 0 and at most 1000")
    return value.quantize(Decimal("0.01"))


def queue_item(request: Request) -> QueueItem:
    return QueueItem(
        request=request.ref,
        client=request.client.platform if request.client else None,
        kind=request.kind,
        state=request.state,
        received_at=request.received_at,
        cash_funded=request.cash_funded,
        estimate_hours=request.estimate_hours,
    )


def service_order_key(request: Request) -> tuple[int, dt.datetime, int]:
    """Cash-funded first, then arrival (R52, R63)."""
    return (0 if request.cash_funded else 1, request.received_at, request.id)


class StaffService:
    def __init__(
        self, sessions: sessionmaker[Session], settings: Settings, clock: Clock, renderer: TemplateRenderer
    ) -> None:
        self.sessions = sessions
        self.settings = settings
        self.clock = clock
        self.renderer = renderer

    def _context(self, session: Session, actor: str) -> Context:
        return Context(
            session,
            self.settings,
            self.clock,
            Effects(session, self.settings, self.clock, self.renderer),
            actor,
        )

    def _request(self, session: Session, ref: str) -> Request:
        request = find_ref(session, ref)
        if request is None:
            raise CommandError(f"no request {ref.strip('[]')}")
        return request

    # -- reading -------------------------------------------------------------------------------
    def queue(self) -> list[QueueItem]:
        with self.sessions() as session:
            open_requests = session.scalars(select(Request).where(Request.state.not_in(states.CLOSED))).all()
            return [queue_item(r) for r in sorted(open_requests, key=service_order_key)]

    def show(self, ref: str) -> dict[str, Any]:
        with self.sessions() as session:
            request = self._request(session, ref)
            data: dict[str, Any] = queue_item(request).to_json()
            messages = session.scalars(
                select(Message).where(Message.request_id == request.id).order_by(Message.id)
            )
            sent = session.scalars(
                select(OutboxMail).where(OutboxMail.request_id == request.id).order_by(OutboxMail.id)
            )
            data.update(
                {
                    "subject": request.subject,
                    "requester": request.requester,
                    "client_hint": request.client_hint,
                    "not_before": request.not_before.isoformat() if request.not_before else None,
                    "target_version": request.target_version,
                    "scheduled_for": request.scheduled_for.isoformat() if request.scheduled_for else None,
                    "summary": request.summary,
                    "sender_auth": _auth_json(request_sender_auth(session, request)),
                    "messages": [
                        {
                            "direction": "in",
                            "message_id": m.message_id,
                            "from": m.from_addr,
                            "subject": m.subject,
                            "received_at": m.received_at.isoformat(),
                            "reply": m.reply_intent,
                        }
                        for m in messages
                    ]
                    + [
                        {
                            "direction": "out",
                            "message_id": o.message_id,
                            "to": o.to_addr,
                            "subject": o.subject,
                            "created_at": o.created_at.isoformat(),
                            "state": o.state,
                        }
                        for o in sent
                    ],
                    "events": [
                        {
                            "at": e.at.isoformat(),
                            "actor": e.actor,
                            "action": e.action,
                            "detail": e.detail,
                            "worker": e.worker,
                        }
                        for e in request.events
                    ],
                    "actions": list(handler_for(request.kind).staff_actions(request)),
                }
            )
            data.update(prediction_json(first_prediction(session, request.id)))
            return data

    def balance(self, platform: str, year: int | None = None) -> Balance:
        with self.sessions() as session:
            client = find_platform(session, platform)
            if client is None:
                raise CommandError(f"no client with platform {platform!r}")
            return balance(session, client, self.settings.catalogue, year or self.clock.year())

    # -- acting --------------------------------------------------------------------------------
    def _act(self, ref: str, actor: str, action: str, fn: Any) -> dict[str, Any]:
        with self.sessions() as session, session.begin():
            request = self._request(session, ref)
            ctx = self._context(session, actor)
            try:
                fn(ctx, request)
            except RuleError as exc:
                raise CommandError(str(exc)) from None
            session.flush()
            return queue_item(request).to_json()

    def estimate(self, ref: str, hours: str, actor: str) -> dict[str, Any]:
        value = parse_hours(hours)
        return self._act(ref, actor, "estimate", lambda ctx, r: common.send_estimate(ctx, r, value))

    def start(self, ref: str, actor: str) -> dict[str, Any]:
        def run(ctx: Context, request: Request) -> None:
            if request.state not in (states.QUEUED, states.SCHEDULED):
                raise RuleError(f"{request.ref} is {request.state}: start needs queued")
            common.change_state(ctx, request, states.IN_PROGRESS, "start")
            common.notify(ctx, request, "started", f"Work started by {ctx.actor}")

        return self._act(ref, actor, "start", run)

    def done(self, ref: str, actor: str, url: str | None = None, new_type: bool = False) -> dict[str, Any]:
        """``done REF [--url URL] [--new-type]``: the migration hand-over URL (R23.7), R31's hour."""

        def run(ctx: Context, request: Request) -> None:
            if url is not None and request.kind != "migration":
                raise RuleError(f"--url is for a migration's hand-over; {request.ref} is {request.kind}")
            if new_type and request.kind != "resource_change":
                raise RuleError(f"--new-type is for a resource change (R31); {request.ref} is {request.kind}")
            ctx.done_url = url
            ctx.new_type = new_type
            handler_for(request.kind).on_done(ctx, request)

        return self._act(ref, actor, "done", run)

    def reject(self, ref: str, reason: str, actor: str) -> dict[str, Any]:
        reason = reason.strip()
        if not reason:
            raise CommandError("reject needs a reason: reject REF REASON", usage=True)

        def run(ctx: Context, request: Request) -> None:
            if request.state in states.CLOSED:
                raise RuleError(f"{request.ref} is already {request.state}")
            common.change_state(ctx, request, states.REJECTED, "reject", reason)
            if request.client is not None:
                common.mail_client(ctx, request, "rejected", reason=reason)
            common.notify(ctx, request, "rejected", f"Rejected by {ctx.actor}: {reason}")

        return self._act(ref, actor, "reject", run)

    def reply(self, ref: str, text: str, actor: str) -> dict[str, Any]:
        text = text.strip()
        if not text:
            raise CommandError("reply needs a text: reply REF TEXT", usage=True)

        def run(ctx: Context, request: Request) -> None:
            common.mail_client(ctx, request, "staff_reply", text=text)
            ctx.effects.event(request, ctx.actor, "reply", text[:500])
            common.notify(ctx, request, "replied", f"{ctx.actor} replied to the client")

        return self._act(ref, actor, "reply", run)

    def set_kind(self, ref: str, kind: str, actor: str) -> dict[str, Any]:
        kind = kind.strip().lower()
        if kind not in KINDS:
            raise CommandError(f"kind: {kind!r} is not one of {', '.join(KINDS)}", usage=True)

        def run(ctx: Context, request: Request) -> None:
            old, old_state = request.kind, request.state
            record_label(ctx.session, request, kind, old, ctx.actor, ctx.clock.now())
            fill_fields_for_kind(ctx.session, request, kind)
            request.kind = kind
            if request.client is None:  # the label counts; the rules wait for a client on record
                ctx.effects.event(request, ctx.actor, "kind", f"{old} -> {kind} (client not identified)")
                common.notify(
                    ctx,
                    request,
                    "kind_changed",
                    f"Kind set to {kind}; the sender is not on any record: link the request to a client "
                    "(or import it) before anything is answered",
                )
                return
            reopened = old_state not in (states.TRIAGE, states.NEEDS_ESTIMATE, "received")
            detail = f"{old} -> {kind}" + (f" (was {old_state}: reopened)" if reopened else "")
            ctx.effects.event(request, ctx.actor, "kind", detail)
            if reopened:
                common.notify(ctx, request, "kind_changed", already_received(ctx.session, request, old, kind))
            handler_for(kind).on_new(ctx, request)

        return self._act(ref, actor, "kind", run)

    def approve(self, ref: str, actor: str, override: str | None = None) -> dict[str, Any]:
        """``override``: the reason staff approve although a check holds the request back."""
        if override is not None and not override.strip():
            raise CommandError("approve --override needs a reason: approve REF --override REASON", usage=True)

        def run(ctx: Context, request: Request) -> None:
            blocker = approval_blocker(ctx.session, request)
            if blocker is not None and override is None:
                raise RuleError(blocker)
            if blocker is not None and override is not None:
                ctx.effects.event(
                    request, ctx.actor, "override", f"{blocker.split(';')[0]}: {override.strip()}"
                )
            handler_for(request.kind).on_approve(ctx, request)

        return self._act(ref, actor, "approve", run)

    def paid(self, ref: str, actor: str) -> dict[str, Any]:
        return self._act(ref, actor, "paid", lambda ctx, r: handler_for(r.kind).on_paid(ctx, r))

    def schedule(self, ref: str, day: str, actor: str) -> dict[str, Any]:
        try:
            when = dt.date.fromisoformat(day.strip())
        except ValueError:
            raise CommandError(f"date: {day!r} is not a date YYYY-MM-DD", usage=True) from None
        return self._act(ref, actor, "schedule", lambda ctx, r: handler_for(r.kind).on_schedule(ctx, r, when))


def fill_fields_for_kind(session: Session, request: Request, kind: str) -> None:
    """A corrected kind finds what the client wrote for it: the fields read for every kind."""
    row = first_prediction(session, request.id)
    if row is None:
        return
    extracted: dict[str, Any] = json.loads(row.extracted or "{}")
    if kind == "migration":
        day = extracted.get("not_before_migration")
    elif kind == "test_platform":
        day = extracted.get("not_before_scheduled")
    else:
        day = extracted.get("not_before_any")
    version = extracted.get("test_platform_version" if kind == "test_platform" else "target_version")
    if request.not_before is None and day:
        request.not_before = dt.date.fromisoformat(day)
    if request.target_version is None and version and kind in ("migration", "test_platform"):
        request.target_version = str(version)
    if extracted.get("cash_funded"):
        request.cash_funded = True


def already_received(session: Session, request: Request, old: str, kind: str) -> str:
    """What staff must know before the new kind's rules run: what the client was already sent."""
    sent = session.scalars(
        select(OutboxMail).where(OutboxMail.request_id == request.id).order_by(OutboxMail.id)
    ).all()
    if not sent:
        return f"Kind changed from {old} to {kind}; the client has received nothing yet"
    lines = "; ".join(f"{o.created_at:%Y-%m-%d %H:%M} {o.subject} ({o.template or 'mail'})" for o in sent)
    return f"Kind changed from {old} to {kind} and the request reopened; the client already received: {lines}"


def _auth_json(auth: SenderAuth | None) -> dict[str, object] | None:
    return auth.to_json() if auth is not None else None


def dumps(data: object) -> str:
    return json.dumps(data, ensure_ascii=False, indent=2, default=str)
