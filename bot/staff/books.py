"""Staff words for the books: ledger corrections, pooled hours, cash funding, invoices.

``unconfirm REF``, ``adjust PLATFORM HOURS REASON``, ``reply-intent REF confirm|refuse|question``,
``pool REF PLATFORM HOURS``, ``cash REF [on|off]``, ``invoices [PLATFORM]``,
``paid REF|INVOICE [--method card|transfer|cheque]``, ``cancel-invoice INVOICE REASON``,
``setup REF on|off`` (a migration's priced set-up package, R23.5).
Each is one unit of work through :class:`StaffService` (its sessions, clock and effects), so
the same rules apply from the shell and from the chat.
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation
from typing import Any

from bot import invoices
from bot.clients import find_platform
from bot.hours import ADJUST, balance
from bot.staff.service import CommandError, StaffService, queue_item
from handlers import billing, handler_for, pool
from handlers.common import send_estimate
from handlers.context import Context, RuleError
from handlers.corrections import correct_reply, unconfirm
from handlers.funding import contributions
from handlers.migration import set_setup_package
from storage.models import Client, Invoice, LedgerEntry, Request

INVOICE_RE = re.compile(r"^\[?F-\d{4}-\d{4,}\]?$", re.IGNORECASE)


def parse_signed_hours(text: str, *, allow_zero: bool = False, signed: bool = True) -> Decimal:
    """``-2``, ``+1,5``, ``0.5h``: hours, with a sign when ``signed``."""
    cleaned = text.strip().lower().removesuffix("h").strip().replace(",", ".")
    try:
        value = Decimal(cleaned)
    except InvalidOperation:
        raise CommandError(f"hours: {text!r} is not a number (write 1.5 or 1,5)", usage=True) from None
    if not value.is_finite() or abs(value) > 1000 or (not signed and value < 0):
        raise CommandError(f"hours: {text!r} is out of range")
    if value == 0 and not allow_zero:
        raise CommandError(f"hours: {text!r} must not be 0")
    return value.quantize(Decimal("0.01"))


class Books:
    """The books' staff words; built by :class:`StaffService` (``service.books``)."""

    def __init__(self, staff: StaffService) -> None:
        self.staff = staff

    def _client(self, session: Any, platform: str) -> Client:
        client = find_platform(session, platform)
        if client is None:
            raise CommandError(f"no client with platform {platform!r}")
        return client

    # -- ledger corrections (issue 8 item 7) ----------------------------------------------------
    def unconfirm(self, ref: str, actor: str) -> dict[str, Any]:
        return self.staff._act(ref, actor, "unconfirm", lambda ctx, r: unconfirm(ctx, r))

    def reply_intent(self, ref: str, intent: str, actor: str) -> dict[str, Any]:
        intent = intent.strip().lower()
        if intent not in ("confirm", "refuse", "question"):
            raise CommandError("usage: reply-intent REF confirm|refuse|question", usage=True)
        return self.staff._act(ref, actor, "reply-intent", lambda ctx, r: correct_reply(ctx, r, intent))

    def adjust(self, platform: str, hours_text: str, reason: str, actor: str) -> dict[str, Any]:
        """A signed correction of the year's balance: positive gives hours back (R50-R55)."""
        reason = reason.strip()
        if not reason:
            raise CommandError("usage: adjust PLATFORM HOURS REASON", usage=True)
        hours = parse_signed_hours(hours_text)
        staff = self.staff
        with staff.sessions() as session, session.begin():
            client = self._client(session, platform)
            year = staff.clock.year()
            entry = LedgerEntry(
                client_id=client.id,
                year=year,
                hours=hours,
                entry_kind=ADJUST,
                request_id=None,
                at=staff.clock.now(),
                actor=actor,
                note=reason[:500],
            )
            session.add(entry)
            session.flush()
            ctx = staff._context(session, actor)
            ctx.effects.notify_staff(
                None,
                "adjust",
                f"{client.platform} {year}: {'+' if hours > 0 else ''}{hours} h by {actor} ({reason[:200]})",
            )
            data: dict[str, Any] = balance(session, client, staff.settings.catalogue, year).to_json()
            data["entry"] = {"kind": ADJUST, "hours": float(hours), "reason": reason, "actor": actor}
            return data

    # -- pooled hours (R62) and cash funding (R52, R63) ----------------------------------------
    def pool(self, ref: str, platform: str, hours_text: str, actor: str) -> dict[str, Any]:
        hours = parse_signed_hours(hours_text, allow_zero=True, signed=False)
        staff = self.staff
        with staff.sessions() as session, session.begin():
            request = staff._request(session, ref)
            contributor = self._client(session, platform)
            ctx = staff._context(session, actor)
            try:
                recorded = pool.record(ctx, request, contributor, hours)
                if recorded and request.state == "awaiting_confirmation" and request.estimate_hours:
                    # the quote shows every contributor and share (R62): send it again
                    send_estimate(ctx, request, request.estimate_hours)
            except RuleError as exc:
                raise CommandError(str(exc)) from None
            session.flush()
            data: dict[str, Any] = queue_item(request).to_json()
            data["pool"] = [{"client": c.platform, "hours": float(h)} for c, h in contributions(ctx, request)]
        if not recorded:
            raise CommandError(
                f"{contributor.platform} has not enough bonus hours left for {hours} h: the contributor "
                "was told, nothing recorded (R62)"
            )
        return data

    def cash(self, ref: str, value: str | None, actor: str) -> dict[str, Any]:
        word = (value or "on").strip().lower()
        if word not in ("on", "off"):
            raise CommandError("usage: cash REF [on|off]", usage=True)
        flag = word == "on"

        def run(ctx: Context, request: Request) -> None:
            previous = request.cash_funded
            request.cash_funded = flag
            ctx.effects.event(request, ctx.actor, "cash", f"{previous} -> {flag} (R52, R63)")
            ctx.effects.notify_staff(
                request,
                "cash",
                f"[{request.ref}] marked {'cash-funded: it goes first in the queue' if flag else 'not cash-funded'}"
                f" by {ctx.actor} (R52, R63)",
            )

        return self.staff._act(ref, actor, "cash", run)

    # -- the set-up package of a migration (R23.5) -----------------------------------------------
    def setup(self, ref: str, value: str, actor: str) -> dict[str, Any]:
        """``setup REF on|off``: whether the client takes a priced set-up package (the client
        record does not say; the client's answer to the terms usually does)."""
        word = value.strip().lower()
        if word not in ("on", "off"):
            raise CommandError("usage: setup REF on|off", usage=True)
        return self.staff._act(ref, actor, "setup", lambda ctx, r: set_setup_package(ctx, r, word == "on"))

    # -- invoices --------------------------------------------------------------------------------
    def paid(self, target: str, method: str | None, actor: str) -> dict[str, Any]:
        """``paid INVOICE``: that invoice; ``paid REF``: every open invoice of the request and the
        request's own payment step (``waiting_payment`` -> queued) once nothing is left to pay."""
        if method is not None and method not in invoices.METHODS:
            raise CommandError(
                f"--method: {method!r} is not one of {', '.join(invoices.METHODS)}", usage=True
            )
        staff = self.staff
        if not INVOICE_RE.match(target.strip()):
            with staff.sessions() as session, session.begin():
                request = staff._request(session, target)
                ctx = staff._context(session, actor)
                try:
                    rows = billing.open_invoices(ctx, request)
                    for row in rows:
                        billing.pay(ctx, row, method)
                        ctx.effects.event(
                            request, actor, "invoice_paid", f"{row.number} ({method or 'method not given'})"
                        )
                    if request.state == "waiting_payment":
                        handler_for(request.kind).on_paid(ctx, request)
                    elif not rows:
                        raise RuleError(f"{request.ref} is {request.state}: nothing to pay (no open invoice)")
                except RuleError as exc:
                    raise CommandError(str(exc)) from None
                session.flush()
                data: dict[str, Any] = queue_item(request).to_json()
                data["invoices"] = [
                    invoices.view_of(session, r).to_json() for r in invoices.of_request(session, request)
                ]
                return data
        with staff.sessions() as session, session.begin():
            row = self._invoice(session, target)
            ctx = staff._context(session, actor)
            try:
                billing.pay(ctx, row, method)
                owner = session.get(Request, row.request_id) if row.request_id else None
                if owner is not None:
                    ctx.effects.event(
                        owner, actor, "invoice_paid", f"{row.number} ({method or 'method not given'})"
                    )
                    if owner.state == "waiting_payment" and not billing.open_invoices(ctx, owner):
                        handler_for(owner.kind).on_paid(ctx, owner)
            except RuleError as exc:
                raise CommandError(str(exc)) from None
            session.flush()
            return invoices.view_of(session, row).to_json()

    def cancel_invoice(self, number: str, reason: str, actor: str) -> dict[str, Any]:
        reason = reason.strip()
        if not reason:
            raise CommandError("usage: cancel-invoice INVOICE REASON", usage=True)
        staff = self.staff
        with staff.sessions() as session, session.begin():
            row = self._invoice(session, number)
            ctx = staff._context(session, actor)
            try:
                billing.cancel(ctx, row, reason)
            except RuleError as exc:
                raise CommandError(str(exc)) from None
            request = session.get(Request, row.request_id) if row.request_id else None
            if request is not None:
                ctx.effects.event(request, actor, "invoice_cancelled", f"{row.number}: {reason}")
                ctx.effects.notify_staff(
                    request, "invoice_cancelled", f"Invoice {row.number} cancelled by {actor}: {reason}"
                )
            session.flush()
            return invoices.view_of(session, row).to_json()

    def _invoice(self, session: Any, number: str) -> Invoice:
        row = invoices.find_number(session, number.strip().strip("[]"))
        if row is None:
            raise CommandError(f"no invoice {number}")
        return row
