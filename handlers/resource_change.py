"""Changes to the billable resources during the year (R30-R33, R40).

- Adding (R30, R31): an invoice F-YYYY-NNNN for the extra resources at the full-year price of
  the tier (``resource_price``), ``waiting_payment``; staff ``paid`` -> ``queued`` (staff add
  it) -> ``done``; ``done --new-type`` when staff set up a new resource type with new prices
  debits one bonus hour (R31).
- Removing (R32): nothing changes, the year is paid -> ``answered``.
- Replacing (R33): no new subscription; deactivate the old, activate the new, or simply rename it
  for a temporary replacement (statistics then merge both) -> ``answered``.
What the client wants is read from the message's new text, French or English, by
:func:`read_resource_change`; when it cannot tell, the answer explains the three cases.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from bot import states
from bot.hours import DEBIT
from bot.invoices import RESOURCES, InvoiceView, LineSpec
from bot.understand.normalize import fold
from handlers import billing, common
from handlers.base import Handler
from handlers.context import Context, RuleError
from handlers.funding import invoice_shortfall
from handlers.funding import plan as plan_funding
from storage.models import LedgerEntry, Request

ADD, REMOVE, REPLACE, UNKNOWN = "add", "remove", "replace", "unknown"
NEW_TYPE_HOURS = Decimal(1)  # R31: one bonus hour for a new resource type set up by staff

_REPLACE = re.compile(
    r"\b(remplac\w*|substitu\w*|a la place|en remplacement|echange\w*|replac\w*|swap\w*|instead of|"
    r"renomm\w*|rename\w*)"
)
_REMOVE = re.compile(
    r"\b(retir\w*|supprim\w*|enlev\w*|desactiv\w*|en moins|vendu\w*|cede\w*|reform\w*|"
    r"remove\w*|delet\w*|deactivat\w*|sold|withdraw\w*|retire\w*)"
)
_ADD = re.compile(
    r"\b(ajout\w*|rajout\w*|ajouter|nouvel(?:le)? (?:avion|aeronef|appareil|ressource|simulateur|ulm|planeur|machine)|"
    r"nouveau (?:simulateur|planeur|ulm|avion)|supplementaire\w*|en plus|acquis|achete\w*|"
    r"add(?:s|ed|ing|ition\w*)?\b|extra|new (?:aircraft|plane|resource|simulator|glider)|bought|purchas\w*)"
)
_WORDS = {
    "un": 1,
    "une": 1,
    "one": 1,
    "a": 1,
    "an": 1,
    "deux": 2,
    "two": 2,
    "trois": 3,
    "three": 3,
    "quatre": 4,
    "four": 4,
    "cinq": 5,
    "five": 5,
}
_COUNT = re.compile(
    r"\b(\d{1,2}|un|une|deux|trois|quatre|cinq|one|two|three|four|five|a|an)\s+(?:\w+\s+)?"
    r"(?:ressources?|avions?|aeronefs?|appareils?|simulateurs?|ulms?|planeurs?|machines?|"
    r"resources?|aircraft|planes?|simulators?|gliders?)\b"
)


@dataclass(frozen=True)
class ResourceChange:
    """What the client asks: ``add``, ``remove``, ``replace`` or ``unknown``, and how many (add)."""

    action: str
    count: int = 1


def read_resource_change(text: str) -> ResourceChange:
    """Add, remove or replace, from the words of the message (French and English).

    Both an addition and a removal ("we sold F-GABC and bought a DR400") make a replacement.
    """
    folded = fold(text)
    replace = bool(_REPLACE.search(folded))
    remove = bool(_REMOVE.search(folded))
    add = bool(_ADD.search(folded))
    if replace or (add and remove):
        return ResourceChange(REPLACE)
    if remove:
        return ResourceChange(REMOVE)
    if add:
        counts = [
            int(m.group(1)) if m.group(1).isdigit() else _WORDS[m.group(1)] for m in _COUNT.finditer(folded)
        ]
        count = max((c for c in counts if 0 < c <= 50), default=1)
        return ResourceChange(ADD, count)
    return ResourceChange(UNKNOWN)


@dataclass(frozen=True)
class NewTypeHour:
    """R31: the bonus hour a new resource type costs: deducted, or invoiced when none is left."""

    deducted: Decimal
    invoice: InvoiceView | None


def new_type_hour(ctx: Context, request: Request) -> NewTypeHour:
    client = request.client
    assert client is not None
    funding = plan_funding(ctx, request, NEW_TYPE_HOURS)
    if funding.own > 0:
        ctx.session.add(
            LedgerEntry(
                client_id=client.id,
                year=ctx.year,
                hours=-funding.own,
                entry_kind=DEBIT,
                request_id=request.id,
                at=ctx.clock.now(),
                actor=ctx.actor,
                note="R31: new resource type with new prices set up by staff",
            )
        )
        ctx.session.flush()
    return NewTypeHour(funding.own, invoice_shortfall(ctx, request, funding))


@dataclass(frozen=True)
class ResourceNotes:
    """Kept in ``request.detail``: what was read and the invoice it led to."""

    action: str
    count: int
    unit_price: str
    year: int


class ResourceChangeHandler(Handler):
    kind = "resource_change"
    description = "Adding (invoice, R31), removing (R32) or replacing (R33) a resource during the year."

    def on_new(self, ctx: Context, request: Request) -> None:
        client = request.client
        assert client is not None
        change = read_resource_change(common.message_text(ctx, request))
        price = common.tier_settings(ctx, client).resource_price
        common.save_detail(request, ResourceNotes(change.action, change.count, str(price), ctx.year))
        if change.action == ADD:
            # R30, R31: the extra resources at the full-year price, invoiced now
            bill = billing.invoice(
                ctx,
                request,
                RESOURCES,
                [LineSpec(billing.label(request, "resources", year=ctx.year), Decimal(change.count), price)],
            )
            request.fee = bill.total_ht
            request.paid = False
            common.change_state(
                ctx,
                request,
                states.WAITING_PAYMENT,
                "invoice",
                f"{bill.invoice}: {change.count} x {price} = {bill.total_ht} HT",
            )
            common.mail_client(
                ctx,
                request,
                "add",
                count=change.count,
                unit_price=price,
                amount=bill.total_ht,
                year=ctx.year,
                invoice=bill,
            )
            common.notify(
                ctx,
                request,
                "waiting_payment",
                f"Resource addition: {change.count} resource(s) x {price} € HT (full year {ctx.year}, R31) = "
                f"{bill.total_ht} € HT, invoice {bill.invoice}. /paid {request.ref} --method M once paid.",
            )
            return
        event = {REMOVE: "remove", REPLACE: "replace"}.get(change.action, "explain")
        common.change_state(ctx, request, states.ANSWERED, "answered", f"resource change: {change.action}")
        common.mail_client(ctx, request, event, unit_price=price, year=ctx.year)
        common.notify(
            ctx,
            request,
            "answered",
            {
                REMOVE: "Resource removal: nothing changes this year (R32); the client was told.",
                REPLACE: "Resource replacement: no new subscription (R33); deactivate/activate or rename steps sent.",
            }.get(
                change.action,
                "Resource change: could not tell add/remove/replace; the three cases were explained. "
                "Check the message.",
            ),
        )

    def outside_effect(self, action: str, request: Request) -> str | None:
        """``done`` of an addition changes the client record (its count of billable resources)."""
        notes = common.load_detail(request)
        if action != "done" or request.client is None or notes.get("action") != ADD:
            return None
        count = int(notes.get("count") or 0)
        return (
            f"adds {count} billable resource(s) to the record of {request.client.platform} "
            f"({request.client.resources} -> {request.client.resources + count}, R30, R34)"
        )

    def on_done(self, ctx: Context, request: Request) -> None:
        """The resources were added: the record counts them, so the renewal proposes them (R34).

        ``done REF --new-type``: staff created a new resource type with new prices, which costs
        one bonus hour (R31): debited in the ledger (citing R31), or invoiced at the hourly rate
        when no bonus hour is left (R55); the client is told in the ``done`` mail.
        """
        client = request.client
        assert client is not None
        notes = common.load_detail(request)
        if request.state not in (states.QUEUED, states.IN_PROGRESS):
            raise RuleError(f"{request.ref} is {request.state}: done needs queued or in_progress")
        if notes.get("action") == ADD:
            count = int(notes.get("count") or 0)
            ctx.effects.event(
                request,
                ctx.actor,
                "record_updated",
                f"resources {client.resources} -> {client.resources + count}",
            )
            client.resources += count
            client.updated_at = ctx.clock.now()
        new_type = None
        if ctx.new_type:
            new_type = new_type_hour(ctx, request)
        common.change_state(
            ctx, request, states.DONE, "done", "new resource type: 1 h (R31)" if new_type else ""
        )
        common.mail_client(
            ctx, request, "done", new_type=new_type, balance=common.current_balance(ctx, client)
        )
        common.notify(
            ctx,
            request,
            "done",
            f"Closed as done by {ctx.actor}"
            + (
                f"; new resource type: {new_type.deducted} h deducted (R31)"
                + (f", {new_type.invoice.invoice} for the rest (R55)" if new_type.invoice else "")
                if new_type
                else ""
            ),
        )

    def on_paid(self, ctx: Context, request: Request) -> None:
        common.mark_paid(ctx, request)
        common.notify(
            ctx,
            request,
            "paid",
            f"Marked paid by {ctx.actor}: the resource can be added. If it needs a new resource type with "
            "new prices and staff create it, deduct one bonus hour (R31). /done when added.",
        )

    def on_reply(self, ctx: Context, request: Request, intent: str) -> None:
        common.question(ctx, request)

    def staff_actions(self, request: Request) -> tuple[str, ...]:
        if request.state == states.QUEUED:
            return ("done",)
        return common.default_actions(request)
