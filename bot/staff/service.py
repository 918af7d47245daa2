"""Staff actions: the one place both front-ends (Telegram, ``ofbot staff``) call.

Each action is one unit of work: the state change, the audit event with the staff member's
name, and the effects (mail, notifications) commit together or not at all.
"""

from __future__ import annotations

import datetime as dt
import json
from contextvars import ContextVar
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from bot import states
from bot.clients import find_platform
from bot.clock import Clock
from bot.config import Settings
from bot.effects import Effects
from bot.hours import Balance
from bot.kinds import KINDS
from bot.learning.records import first_prediction, record_label
from bot.requests import find_ref
from bot.staff import checks
from bot.staff.errors import CommandError
from bot.staff.parsing import parse_day, parse_hours
from bot.staff.reads import DeskReads, QueueItem, actor_name, queue_item
from bot.staff.records import (
    StoredFile,
    add_contact,
    files_of,
    resend_copy,
    staff_words,
    suggest_clients,
)
from bot.templating import TemplateRenderer
from handlers import common, handler_for
from handlers.common import reopened_from
from handlers.context import Context, RuleError
from storage.models import Message, OutboxMail, Request, StaffAction

__all__ = ["CommandError", "QueueItem", "StaffService", "actor_name", "parse_hours", "queue_item"]


REPEAT_WINDOW = dt.timedelta(seconds=60)  # the same action twice within this is done once
# The words of the command being run (``run_command`` sets them): an action that does not name
# its arguments to ``_act`` is told apart from another by them (``reply-intent REF confirm``).
COMMAND_ARGS: ContextVar[tuple[str, ...]] = ContextVar("COMMAND_ARGS", default=())


class StaffService:
    """Every staff action, for the chat and the shell alike.

    Each action goes through :meth:`_act`: the request row is locked, the preconditions
    (:mod:`bot.staff.checks`) are checked, a repeat of the same action within
    :data:`REPEAT_WINDOW` is recognised and answered with the first result, and the state change,
    its audit event and its effects commit together.
    """

    def __init__(
        self,
        sessions: sessionmaker[Session],
        settings: Settings,
        clock: Clock,
        renderer: TemplateRenderer,
        checks_: tuple[checks.Check, ...] = checks.DEFAULT_CHECKS,
        effects_: tuple[checks.OutsideEffect, ...] = checks.DEFAULT_EFFECTS,
    ) -> None:
        self.sessions = sessions
        self.settings = settings
        self.clock = clock
        self.renderer = renderer
        self.checks = checks_
        self.effects = effects_
        self.reads = DeskReads(sessions, settings, clock, checks_)

    def _context(self, session: Session, actor: str) -> Context:
        return Context(
            session,
            self.settings,
            self.clock,
            Effects(session, self.settings, self.clock, self.renderer),
            actor,
        )

    def _request(self, session: Session, ref: str, lock: bool = False) -> Request:
        request = find_ref(session, ref)
        if request is None:
            raise CommandError(f"no request {ref.strip('[]')}")
        if lock and session.get_bind().dialect.name == "postgresql":
            # shell and chat at once: the second waits here, then sees the first one's action
            session.execute(select(Request.id).where(Request.id == request.id).with_for_update())
            session.refresh(request)
        return request

    # -- reading (bot.staff.reads: set-based SQL, shared with the command line's light path) ------
    def queue(self) -> list[QueueItem]:
        return self.reads.queue()

    def mine(self, actor: str) -> list[QueueItem]:
        return self.reads.mine(actor)

    def show(self, ref: str) -> dict[str, Any]:
        return self.reads.show(ref)

    def actions_for(self, request: Request) -> tuple[str, ...]:
        """The kind's next actions, without those a precondition blocks (they need an override)."""
        return checks.split_actions(request, self.checks)[0]

    def balance(self, platform: str, year: int | None = None) -> Balance:
        return self.reads.balance(platform, year)

    def confirmation(self, words: list[str]) -> str | None:
        """What a chat button's action does outside the desk (Confirm / Cancel), or None."""
        if len(words) < 2:
            return None
        with self.sessions() as session:
            request = find_ref(session, words[1])
            if request is None:
                return None
            found = checks.effects(self.effects, words[0], request)
        return "; ".join(found) if found else None

    # -- acting --------------------------------------------------------------------------------
    def _repeat_of(self, session: Session, request: Request, action: str, args: str) -> StaffAction | None:
        """The same action with the same arguments within the window, the request unchanged since."""
        since = self.clock.now() - REPEAT_WINDOW
        last = session.scalars(
            select(StaffAction)
            .where(
                StaffAction.request_id == request.id,
                StaffAction.action == action,
                StaffAction.at >= since,
            )
            .order_by(StaffAction.id.desc())
            .limit(1)
        ).first()
        if last is None or last.args != args:
            return None
        if request.state_changed_at > last.at:
            return None  # something else moved the request since: this is a new decision
        return last

    def _act(
        self,
        ref: str,
        actor: str,
        action: str,
        fn: Any,
        args: tuple[str, ...] = (),
        override: str | None = None,
    ) -> dict[str, Any]:
        """One staff action on one request: preconditions, repeat detection, one transaction."""
        key = " ".join(args or COMMAND_ARGS.get())[:1000]
        with self.sessions() as session, session.begin():
            request = self._request(session, ref, lock=True)
            ctx = self._context(session, actor)
            previous = self._repeat_of(session, request, action, key)
            if previous is not None:
                ago = int((self.clock.now() - previous.at).total_seconds())
                data = queue_item(request, self.clock.now()).to_json()
                data["duplicate"] = True
                data["note"] = (
                    f"{action} {request.ref} was already done {ago} s ago by {previous.actor}: "
                    f"not repeated (to send the last mail again on purpose: resend {request.ref})"
                )
                return data
            blocking = checks.problems(self.checks, action, request)
            if blocking:
                hard = [p for c, p in blocking if not c.overridable]
                if hard or not override:
                    why = "; ".join(p for _, p in blocking)
                    hint = "" if hard else f" (to do it anyway: {action} {request.ref} --override REASON)"
                    raise CommandError(f"{request.ref}: {action} refused: {why}{hint}")
                ctx.effects.event(
                    request,
                    actor,
                    "override",
                    f"{action} despite: {'; '.join(p for _, p in blocking)}. Reason: {override}",
                )
            try:
                fn(ctx, request)
            except RuleError as exc:
                raise CommandError(str(exc)) from None
            session.flush()
            data = queue_item(request, self.clock.now()).to_json()
            session.add(
                StaffAction(
                    request_id=request.id,
                    action=action,
                    args=key,
                    actor=actor,
                    at=self.clock.now(),
                    result=json.dumps(data, default=str),
                )
            )
            return data

    def estimate(self, ref: str, hours: str, actor: str) -> dict[str, Any]:
        value = parse_hours(hours)

        def run(ctx: Context, request: Request) -> None:
            if request.state == states.CLIENT_WROTE:  # new work asked on a closed request
                common.change_state(ctx, request, states.NEEDS_ESTIMATE, "reopen", "new estimate")
            common.send_estimate(ctx, request, value)

        return self._act(ref, actor, "estimate", run, (str(value),))

    def start(self, ref: str, actor: str) -> dict[str, Any]:
        def run(ctx: Context, request: Request) -> None:
            if request.state not in (states.QUEUED, states.SCHEDULED):
                raise RuleError(f"{request.ref} is {request.state}: start needs queued")
            common.change_state(ctx, request, states.IN_PROGRESS, "start")
            common.notify(ctx, request, "started", f"Work started by {ctx.actor}")

        return self._act(ref, actor, "start", run)

    def done(self, ref: str, actor: str, url: str | None = None, new_type: bool = False) -> dict[str, Any]:
        """``done REF [--url URL] [--new-type]``: the migration hand-over URL (R23.7), R31's hour;
        on a ``client_wrote`` request, closes it again without a mail."""

        def run(ctx: Context, request: Request) -> None:
            if request.state == states.CLIENT_WROTE:  # staff close it again: no mail
                back = reopened_from(request) or states.DONE
                common.change_state(ctx, request, back, "close", f"closed again by {ctx.actor}")
                return
            if url is not None and request.kind != "migration":
                raise RuleError(f"--url is for a migration's hand-over; {request.ref} is {request.kind}")
            if new_type and request.kind != "resource_change":
                raise RuleError(f"--new-type is for a resource change (R31); {request.ref} is {request.kind}")
            ctx.done_url = url
            ctx.new_type = new_type
            handler_for(request.kind).on_done(ctx, request)

        return self._act(ref, actor, "done", run, (url or "", "new-type" if new_type else ""))

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

        return self._act(ref, actor, "reject", run, (reason,))

    def reply(self, ref: str, text: str, actor: str) -> dict[str, Any]:
        text = staff_words(text)
        if not text:
            raise CommandError("reply needs a text: reply REF TEXT", usage=True)

        def run(ctx: Context, request: Request) -> None:
            common.mail_client(ctx, request, "staff_reply", text=text)
            ctx.effects.event(request, ctx.actor, "reply", text[:500])
            if request.state == states.CLIENT_WROTE:  # answered: back to where it was
                back = reopened_from(request) or states.ANSWERED
                common.change_state(ctx, request, back, "answered", f"{ctx.actor} answered the client")
            common.notify(ctx, request, "replied", f"{ctx.actor} replied to the client")

        return self._act(ref, actor, "reply", run, (text,))

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

        return self._act(ref, actor, "kind", run, (kind,))

    def approve(self, ref: str, actor: str, override: str | None = None) -> dict[str, Any]:
        return self._act(
            ref, actor, "approve", lambda ctx, r: handler_for(r.kind).on_approve(ctx, r), override=override
        )

    def paid(self, ref: str, actor: str) -> dict[str, Any]:
        return self._act(ref, actor, "paid", lambda ctx, r: handler_for(r.kind).on_paid(ctx, r))

    def schedule(self, ref: str, day: str, actor: str) -> dict[str, Any]:
        when = parse_day(day)
        return self._act(
            ref,
            actor,
            "schedule",
            lambda ctx, r: handler_for(r.kind).on_schedule(ctx, r, when),
            (when.isoformat(),),
        )

    # -- the desk: ownership, notes, reopening, linking, repeats ---------------------------------
    def take(self, ref: str, actor: str) -> dict[str, Any]:
        return self.give(ref, actor_name(actor), actor, action="take")

    def give(self, ref: str, name: str, actor: str, action: str = "give") -> dict[str, Any]:
        owner = " ".join(name.strip().lstrip("@").split())[:120]
        if not owner:
            raise CommandError("give needs a name: give REF NAME", usage=True)

        def run(ctx: Context, request: Request) -> None:
            before = request.owner
            request.owner = owner
            ctx.effects.event(request, ctx.actor, action, f"{before or 'nobody'} -> {owner}")
            common.notify(ctx, request, "owner", f"Owner: {owner}")  # the card shows the owner

        return self._act(ref, actor, action, run, (owner,))

    def note(self, ref: str, text: str, actor: str) -> dict[str, Any]:
        text = text.strip()
        if not text:
            raise CommandError("note needs a text: note REF TEXT", usage=True)

        def run(ctx: Context, request: Request) -> None:
            ctx.effects.event(request, ctx.actor, "note", text[:2000])
            common.notify(ctx, request, "note", f"Note by {actor_name(ctx.actor)} (internal): {text[:1000]}")

        return self._act(ref, actor, "note", run, (text,))

    def reopen(self, ref: str, actor: str) -> dict[str, Any]:
        def run(ctx: Context, request: Request) -> None:
            if request.state not in states.CLOSED:
                raise RuleError(f"{request.ref} is {request.state}: it is already open")
            common.change_state(ctx, request, states.CLIENT_WROTE, "reopen", f"reopened by {ctx.actor}")
            common.notify(ctx, request, "reopened", f"Reopened by {actor_name(ctx.actor)}")

        return self._act(ref, actor, "reopen", run)

    def resend(self, ref: str, actor: str) -> dict[str, Any]:
        """Send the request's last mail again, on purpose (a repeat the 60 s rule would skip)."""

        def run(ctx: Context, request: Request) -> None:
            last = ctx.session.scalars(
                select(OutboxMail)
                .where(OutboxMail.request_id == request.id)
                .order_by(OutboxMail.id.desc())
                .limit(1)
            ).first()
            if last is None:
                raise RuleError(f"{request.ref}: no mail was sent yet, nothing to send again")
            batch = ctx.session.scalars(
                select(OutboxMail)
                .where(OutboxMail.request_id == request.id, OutboxMail.created_at == last.created_at)
                .order_by(OutboxMail.id)
            ).all()
            for row in batch:
                copy = resend_copy(row, ctx.settings.mail_domain, ctx.clock.now())
                ctx.session.add(copy)
                ctx.effects.event(request, ctx.actor, "resend", f"{row.template} to {row.to_addr}")
            common.notify(ctx, request, "resent", f"Last mail sent again by {actor_name(ctx.actor)}")

        return self._act(ref, actor, "resend", run)

    def link_suggestions(self, ref: str) -> list[str]:
        """Platforms the unknown sender may belong to: its address's domain, the platform named."""
        with self.sessions() as session:
            request = self._request(session, ref)
            return suggest_clients(session, request)

    def link(self, ref: str, platform: str, actor: str) -> dict[str, Any]:
        def run(ctx: Context, request: Request) -> None:
            client = find_platform(ctx.session, platform)
            if client is None:
                raise RuleError(f"no client with platform {platform!r}")
            if request.client is not None and request.client_id != client.id:
                raise RuleError(f"{request.ref} already belongs to {request.client.platform}")
            add_contact(ctx, client, request.requester)
            request.client_id = client.id
            request.client = client
            request.language = request.language or client.language
            ctx.effects.event(request, ctx.actor, "link", f"{request.requester} -> {client.platform}")
            if request.state == states.TRIAGE and request.kind != "other":
                handler_for(request.kind).on_new(ctx, request)
            else:
                common.notify(
                    ctx, request, "linked", f"Linked to {client.platform} by {actor_name(ctx.actor)}"
                )

        return self._act(ref, actor, "link", run, (platform.strip().lower(),))

    # -- search and context ----------------------------------------------------------------------
    def find(self, text: str) -> list[QueueItem]:
        return self.reads.find(text)

    def client(self, platform: str) -> dict[str, Any]:
        return self.reads.client(platform)

    def files(self, ref: str) -> list[tuple[str, StoredFile]]:
        """Every attached file of the request's messages, with its bytes: (message id, file)."""
        with self.sessions() as session:
            request = self._request(session, ref)
            rows = session.scalars(
                select(Message).where(Message.request_id == request.id).order_by(Message.id)
            ).all()
            return [(m.message_id, f) for m in rows for f in files_of(m)]


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


def dumps(data: object) -> str:
    return json.dumps(data, ensure_ascii=False, indent=2, default=str)
