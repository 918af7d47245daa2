"""Major-version migrations (R20-R26, R72), asked by e-mail with a not-before date.

- R20/R1: only a client in production (its subscription for the current year paid) may migrate;
  otherwise the bot says why and closes the request (``rejected``).
- R21/R72: included for Business, Premiere and Corporate; for First Price the catalogue's
  ``migration_fee`` (50 € HT), except to an alpha/beta version, or from an alpha/beta version to
  the next stable one (3.0alpha -> 3, 3.5 -> 4.0alpha, 4.0alpha -> 4 are free).
- R22: a client on an old tariff (``resource_price`` on its record, below the tier's price)
  pays the difference for its resources, on the migration invoice.
- R23/R25/R26: the client first acknowledges that a migration is irreversible and, for alpha/beta,
  that the version changes constantly: the bot sends the steps, the fee and the not-before date
  (no date can be promised) and waits for the client's "OK" (``awaiting_confirmation``). On the
  "OK": an invoice F-YYYY-NNNN with the fee and the tariff difference and ``waiting_payment``
  when something is due (R23.5; staff ``paid REF --method M`` then queue it), else ``queued``.
- R24: staff ``schedule REF DATE`` refuses a date before the not-before date, or while the fee is
  unpaid; a scheduled migration is announced with its few minutes of downtime and the substitute
  URL valid for one week (R23.7). ``done REF --url URL`` (or the configured
  ``policy.substitute_url`` pattern) sends the hand-over: the substitute URL and its last day,
  and the set-up questionnaire link when the set-up package applies; staff are told to expect the
  questionnaire back (R23.8).
- R23.5/R23.8, the set-up package: included in a tier whose catalogue price is 0, else priced
  (``catalogue.tiers.<tier>.setup_package``). The client record does not say whether a client
  subscribed to a priced one, so the terms mail gives its price and asks; the client's "OK, avec
  le forfait paramétrage" puts it on the migration invoice (``bot.understand.setup_package``).
  Staff record the choice with ``setup REF on|off``: before the client's OK it goes on the
  invoice then; after it (``waiting_payment`` or ``queued``), ``on`` issues its own invoice and
  the migration waits for that payment too (R24).
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from decimal import Decimal

from bot import states
from bot.invoices import MIGRATION, LineSpec
from bot.understand.setup_package import read_setup_package
from bot.versions import PlatformVersion, parse_version
from handlers import billing, common
from handlers.base import Handler
from handlers.context import Context, RuleError
from storage.models import Client, Request

ZERO = Decimal(0)
INCLUDED_TIERS = frozenset({"business", "premiere", "corporate"})


@dataclass(frozen=True)
class MigrationFee:
    """What a migration costs before VAT, and why (R21, R72)."""

    amount: Decimal
    reason: str  # included | to_development | development_to_stable | first_price

    @property
    def due(self) -> bool:
        return self.amount > 0


@dataclass(frozen=True)
class MigrationNotes:
    """The bot's reading of the migration, kept in ``request.detail`` for staff."""

    current: str
    target: str | None
    development: bool
    fee: str
    fee_reason: str
    # R23: the client's choice of a priced set-up package: "subscribed", "declined" or None
    # (not said); once invoiced, ``setup_invoice`` names the invoice that bills it
    setup_package: str | None = None
    setup_invoice: str | None = None


def next_stable(version: PlatformVersion) -> PlatformVersion | None:
    """The stable version an alpha/beta leads to: 3.0alpha -> 3, 4.0beta -> 4."""
    if not version.development or version.number is None:
        return None
    return PlatformVersion(version.number, "")


def migration_fee(
    tier: str,
    current: PlatformVersion | None,
    target: PlatformVersion | None,
    first_price_fee: Decimal,
) -> MigrationFee:
    """R21: free to alpha/beta, free from alpha/beta to the next stable, else the First Price fee.

    An unnamed target is taken as the latest stable version (what a client asking to "migrate"
    gets); from an alpha/beta that is the next stable one.
    """
    if tier in INCLUDED_TIERS:
        return MigrationFee(ZERO, "included")
    if target is not None and target.development:
        return MigrationFee(ZERO, "to_development")
    if current is not None and current.development:
        stable = next_stable(current)
        if target is None or (stable is not None and target.sort_key() == stable.sort_key()):
            return MigrationFee(ZERO, "development_to_stable")
    return MigrationFee(first_price_fee, "first_price")


def in_production(client: Client, year: int) -> bool:
    """R1: a platform is in production once the current year's subscription is paid."""
    return client.paid_until >= year


SUBSTITUTE_DAYS = 7  # R23.7: the substitute URL lasts one week (DNS caches)


def substitute_url(ctx: Context, client: Client) -> str:
    """R23.7: the URL staff give with ``done --url``, else the configured pattern."""
    url = (ctx.done_url or "").strip()
    if not url and ctx.settings.policy.substitute_url:
        url = ctx.settings.policy.substitute_url.replace("{platform}", client.platform)
    if not url:
        raise RuleError(
            "done needs the substitute URL of the migrated platform (R23.7): done REF --url URL "
            "(or set policy.substitute_url)"
        )
    if not url.lower().startswith(("https://", "http://")) or any(c.isspace() for c in url):
        raise RuleError(f"--url: {url!r} is not an http(s) URL")
    return url


def setup_price(ctx: Context, client: Client) -> Decimal:
    """R23: the set-up package's price for the client's tier; 0 means included in the tier."""
    return common.tier_settings(ctx, client).setup_package


def setup_status(ctx: Context, request: Request) -> str | None:
    """R23.8: ``included`` (in the tier), ``subscribed`` (a priced package the client takes), else None."""
    client = request.client
    assert client is not None
    if setup_price(ctx, client) == 0:
        return "included"
    return "subscribed" if common.load_detail(request).get("setup_package") == "subscribed" else None


def _note(request: Request, **values: str | None) -> None:
    """Update keys of the migration's notes in ``request.detail``, keeping the others."""
    data = common.load_detail(request)
    data.update(values)
    request.detail = json.dumps(data, ensure_ascii=False, default=str)


def setup_line(ctx: Context, request: Request) -> LineSpec:
    client = request.client
    assert client is not None
    return LineSpec(billing.label(request, "setup"), Decimal(1), setup_price(ctx, client))


def tariff_difference(ctx: Context, client: Client) -> Decimal:
    """R22: what moving to the current tariff costs a client on an old one, before VAT."""
    current_price = common.tier_settings(ctx, client).resource_price
    if client.resource_price is None or client.resource_price >= current_price:
        return ZERO
    return (current_price - client.resource_price) * client.resources


def migration_lines(ctx: Context, request: Request) -> list[LineSpec]:
    """R21: the First Price fee; R22: the tariff difference of a client on an old tariff."""
    client = request.client
    assert client is not None
    lines: list[LineSpec] = []
    fee = request.fee or ZERO
    target = common.load_detail(request).get("target") or request.target_version or "stable"
    if fee > 0:
        lines.append(
            LineSpec(
                billing.label(request, "migration", platform=client.platform, target=target), Decimal(1), fee
            )
        )
    current_price = common.tier_settings(ctx, client).resource_price
    if tariff_difference(ctx, client) > 0 and client.resource_price is not None:
        lines.append(
            LineSpec(
                billing.label(request, "tariff", count=client.resources, year=ctx.year),
                Decimal(client.resources),
                current_price - client.resource_price,
            )
        )
    if setup_status(ctx, request) == "subscribed" and not common.load_detail(request).get("setup_invoice"):
        lines.append(setup_line(ctx, request))
    return lines


def set_setup_package(ctx: Context, request: Request, wanted: bool) -> None:
    """Staff ``setup REF on|off``: the client's choice of a priced set-up package (R23.5).

    Before the client's OK the choice only waits for the invoice; after it, ``on`` invoices
    the package on its own and the migration waits for that payment (R24). A package already
    invoiced is not taken off here: ``cancel-invoice`` is the way, and the other lines with it.
    """
    client = request.client
    if request.kind != "migration" or client is None:
        raise RuleError(
            f"{request.ref} is a {request.kind} request: the set-up package goes with a migration (R23)"
        )
    price = setup_price(ctx, client)
    if price == 0:
        raise RuleError(
            f"the set-up package is included in the {client.tier} tier: nothing to record or invoice; "
            "the questionnaire goes with the hand-over (R23.8)"
        )
    notes = common.load_detail(request)
    invoiced = notes.get("setup_invoice")
    if invoiced:
        raise RuleError(
            f"{request.ref}: the set-up package is already on invoice {invoiced}"
            + ("" if wanted else f"; to take it off, cancel-invoice {invoiced} REASON and invoice again")
        )
    choice = "subscribed" if wanted else "declined"
    if request.state == states.AWAITING_CONFIRMATION:
        _note(request, setup_package=choice)
        ctx.effects.event(request, ctx.actor, "setup_package", f"{choice} (R23.5)")
        return
    if request.state not in (states.WAITING_PAYMENT, states.QUEUED):
        raise RuleError(
            f"{request.ref} is {request.state}: the set-up package is recorded before the migration is "
            "scheduled (R23.5, R24)"
        )
    _note(request, setup_package=choice)
    ctx.effects.event(request, ctx.actor, "setup_package", f"{choice} (R23.5)")
    if not wanted:
        return
    bill = billing.invoice(ctx, request, MIGRATION, [setup_line(ctx, request)])
    _note(request, setup_invoice=bill.invoice)
    request.fee = (request.fee or ZERO) + bill.total_ht
    request.paid = False
    if request.state == states.QUEUED:
        common.change_state(
            ctx,
            request,
            states.WAITING_PAYMENT,
            "setup_invoice",
            f"{bill.invoice}: {bill.total_ht} HT to pay",
        )
    common.mail_client(ctx, request, "setup_invoice", invoice=bill)


class MigrationHandler(Handler):
    kind = "migration"
    description = (
        "A major-version migration: acknowledged, paid if due, scheduled not before the date (R20-R26)."
    )

    def on_new(self, ctx: Context, request: Request) -> None:
        client = request.client
        assert client is not None
        if not in_production(client, ctx.year):
            common.change_state(
                ctx,
                request,
                states.REJECTED,
                "refused",
                f"not in production (paid until {client.paid_until})",
            )
            common.mail_client(ctx, request, "not_in_production", year=ctx.year)
            common.notify(
                ctx,
                request,
                "refused",
                f"Migration refused: {client.platform} is not in production ({ctx.year} subscription "
                f"unpaid, paid until {client.paid_until}); the client was told to renew first (R1, R20)",
            )
            return
        current = parse_version(client.version)
        target = parse_version(request.target_version)
        if target is not None and current is not None and target.sort_key() <= current.sort_key():
            common.change_state(ctx, request, states.ANSWERED, "answered", f"already on {client.version}")
            common.mail_client(ctx, request, "already", target=str(target))
            common.notify(
                ctx,
                request,
                "answered",
                f"Migration to {target} asked, but {client.platform} is already on {client.version}: "
                "the client was told; staff answer with /reply if it meant something else",
            )
            return
        fee = migration_fee(client.tier, current, target, common.tier_settings(ctx, client).migration_fee)
        development = target is not None and target.development
        request.fee = fee.amount
        request.paid = False
        common.save_detail(
            request,
            MigrationNotes(
                client.version, str(target) if target else None, development, str(fee.amount), fee.reason
            ),
        )
        common.change_state(
            ctx, request, states.AWAITING_CONFIRMATION, "terms", f"fee {fee.amount} ({fee.reason})"
        )
        common.mail_client(
            ctx,
            request,
            "terms",
            current=client.version,
            target=str(target) if target else None,
            development=development,
            fee=fee,
            setup_package=setup_price(ctx, client),
            tariff=tariff_difference(ctx, client),
        )
        nb = request.not_before.isoformat() if request.not_before else "none given"
        common.notify(
            ctx,
            request,
            "migration_terms",
            f"Migration {client.version} -> {target or 'latest stable (not named)'} for {client.platform} "
            f"({client.tier}): fee {fee.amount} € HT ({fee.reason}, R21); not before {nb}. Waiting for the "
            "client to acknowledge irreversibility"
            + (" and the alpha/beta terms (R25)" if development else "")
            + (
                f". R22: old tariff ({client.resource_price} € per resource), the difference is invoiced"
                if tariff_difference(ctx, client)
                else ". R22: no old tariff on record"
            )
            + ".",
        )

    def on_reply(self, ctx: Context, request: Request, intent: str) -> None:
        reading = ctx.decision.reading if ctx.decision is not None else None
        if reading is not None and reading.not_before and reading.not_before != request.not_before:
            ctx.effects.event(
                request, ctx.actor, "not_before", f"{request.not_before} -> {reading.not_before}"
            )
            request.not_before = reading.not_before
        if request.state == states.AWAITING_CONFIRMATION and intent == "confirm":
            self._acknowledged(ctx, request)
        elif request.state == states.AWAITING_CONFIRMATION and intent == "refuse":
            common.decline(ctx, request)
        elif intent == "confirm" and request.state in (
            states.WAITING_PAYMENT,
            states.QUEUED,
            states.SCHEDULED,
            states.IN_PROGRESS,
            states.DONE,
        ):
            ctx.effects.event(request, ctx.actor, "confirm_ignored", f"already {request.state}")
        else:
            common.question(ctx, request)

    def _setup_choice_in_reply(self, ctx: Context, request: Request) -> str:
        """R23.5: the client's OK may take or decline a priced set-up package; staff are told what
        was read (a sentence for the notification)."""
        client = request.client
        assert client is not None
        price = setup_price(ctx, client)
        if price == 0:
            return ""
        said = read_setup_package(ctx.decision.reading.new_text) if ctx.decision is not None else None
        if said is not None:
            choice = "subscribed" if said else "declined"
            _note(request, setup_package=choice)
            ctx.effects.event(request, ctx.actor, "setup_package", f"{choice} in the client's reply (R23.5)")
        if setup_status(ctx, request) == "subscribed":
            return f" The set-up package ({price} € HT) is on it, as the client asked (R23.5)."
        return (
            f" The client did not take the set-up package ({price} € HT, R23.5): if it did subscribe, "
            f"/setup {request.ref} on"
        )

    def _acknowledged(self, ctx: Context, request: Request) -> None:
        """The client accepted the terms (R23.1, R25, R26): invoice what is due (R23.5), else queue."""
        setup_said = self._setup_choice_in_reply(ctx, request)
        lines = migration_lines(ctx, request)
        if lines and not request.paid:
            bill = billing.invoice(ctx, request, MIGRATION, lines)
            if setup_status(ctx, request) == "subscribed":
                _note(request, setup_invoice=bill.invoice)
            request.fee = bill.total_ht
            common.change_state(
                ctx,
                request,
                states.WAITING_PAYMENT,
                "acknowledged",
                f"{bill.invoice}: {bill.total_ht} HT to pay",
            )
            common.mail_client(
                ctx, request, "invoice", fee=bill.total_ht, invoice=bill, setup=setup_status(ctx, request)
            )
            common.notify(
                ctx,
                request,
                "acknowledged",
                f"Client accepted the migration terms: invoice {bill.invoice} issued ({bill.total_ht} € HT, "
                f"{bill.total_ttc} € TTC: {len(bill.lines)} line(s), R21-R23.5); /paid {request.ref} "
                "--method card|transfer|cheque when paid (R23.5-6)." + setup_said,
            )
            return
        common.change_state(ctx, request, states.QUEUED, "acknowledged", "nothing to pay")
        common.mail_client(ctx, request, "queued")
        nb = f" (not before {request.not_before.isoformat()})" if request.not_before else ""
        common.notify(
            ctx,
            request,
            "acknowledged",
            f"Client accepted the migration terms; nothing to pay (R21): /schedule {request.ref} "
            f"YYYY-MM-DD{nb}." + setup_said,
        )

    def outside_effect(self, action: str, request: Request) -> str | None:
        """``done`` changes the client record (its version) and mails the hand-over."""
        if action != "done" or request.client is None:
            return None
        target = common.load_detail(request).get("target") or request.target_version or "?"
        return (
            f"sets the version of {request.client.platform} to {target} on its record and mails "
            "the client the substitute URL (R23.7)"
        )

    def on_done(self, ctx: Context, request: Request) -> None:
        """The migration happened: hand-over (R23.7, R23.8), and the record shows the new version."""
        client = request.client
        if request.state not in (states.QUEUED, states.IN_PROGRESS, states.SCHEDULED):
            raise RuleError(f"{request.ref} is {request.state}: done needs queued or in_progress")
        assert client is not None
        url = substitute_url(ctx, client)
        target = common.load_detail(request).get("target") or request.target_version
        if target:
            ctx.effects.event(request, ctx.actor, "record_updated", f"version {client.version} -> {target}")
            client.version = str(target)
            client.updated_at = ctx.clock.now()
        setup = setup_status(ctx, request)
        questionnaire = ctx.settings.policy.questionnaire_url if setup else None
        valid_until = ctx.clock.today() + dt.timedelta(days=SUBSTITUTE_DAYS)
        common.change_state(ctx, request, states.DONE, "done", f"substitute URL {url} until {valid_until}")
        common.mail_client(
            ctx, request, "done", url=url, valid_until=valid_until, questionnaire=questionnaire, setup=setup
        )
        common.notify(
            ctx,
            request,
            "done",
            f"Migration closed as done by {ctx.actor}: substitute URL {url} sent, valid until "
            f"{valid_until.isoformat()} (R23.7)"
            + (
                f"; the set-up questionnaire ({questionnaire}) was sent: expect it back (R23.8)"
                if questionnaire
                else ""
            ),
        )

    def on_paid(self, ctx: Context, request: Request) -> None:
        common.mark_paid(ctx, request)
        nb = f" (not before {request.not_before.isoformat()})" if request.not_before else ""
        common.notify(
            ctx, request, "paid", f"Marked paid by {ctx.actor}: /schedule {request.ref} YYYY-MM-DD{nb}"
        )

    def on_schedule(self, ctx: Context, request: Request, day: dt.date) -> None:
        """R24: never before the not-before date, never before the invoices are paid."""
        if request.state == states.AWAITING_CONFIRMATION:
            raise RuleError(
                f"{request.ref}: the client has not yet accepted the migration terms (R23.1, R26)"
            )
        if request.state == states.WAITING_PAYMENT or ((request.fee or ZERO) > 0 and not request.paid):
            raise RuleError(
                f"{request.ref}: the migration fee ({request.fee} € HT) is not paid yet (R24): use paid first"
            )
        if request.state not in (states.QUEUED, states.SCHEDULED):
            raise RuleError(f"{request.ref} is {request.state}: schedule needs a queued migration")
        if request.not_before is not None and day < request.not_before:
            raise RuleError(
                f"{request.ref}: {day.isoformat()} is before the client's not-before date "
                f"{request.not_before.isoformat()} (R24)"
            )
        if day < ctx.clock.today():
            raise RuleError(f"{request.ref}: {day.isoformat()} is in the past")
        previous = request.scheduled_for
        request.scheduled_for = day
        common.change_state(
            ctx,
            request,
            states.SCHEDULED,
            "schedule",
            day.isoformat() + (f" (was {previous.isoformat()})" if previous else ""),
        )
        common.mail_client(ctx, request, "scheduled", day=day, previous=previous)
        common.notify(
            ctx,
            request,
            "scheduled",
            f"Migration scheduled on {day.isoformat()} by {ctx.actor}; the client was told. Send the "
            "substitute URL (valid one week) with /reply, then /done",
        )

    def staff_actions(self, request: Request) -> tuple[str, ...]:
        by_state: dict[str, tuple[str, ...]] = {
            states.AWAITING_CONFIRMATION: ("reject",),
            states.WAITING_PAYMENT: ("paid", "reject"),
            states.QUEUED: ("schedule ?", "reject"),
            states.SCHEDULED: ("done", "schedule ?"),
            states.IN_PROGRESS: ("done",),
        }
        return by_state.get(request.state, ())
