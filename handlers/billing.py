"""Billed steps create invoices (R6, R21-R22, R30-R31, R55, R62); staff mark them paid or cancel them.

Handlers call :func:`invoice` with the lines of the step; the invoice is written in the same
transaction as the state change, an audit event names it, and staff are told. The client's mail
is the handler's own template, which includes ``_invoice.txt.j2`` (lines, totals, how to pay, R34).
"""

from __future__ import annotations

from decimal import Decimal

from bot import invoices
from bot.invoices import InvoiceView, LineSpec
from handlers.context import Context, RuleError
from storage.models import Client, Invoice, Request

# Invoice line labels, in the client's language (short nouns, not sentences).
_LABELS = {
    "fr": {
        "hours": "Heures au-delà des heures de bonus, demande {ref} (taux horaire)",
        "migration": "Migration de la plateforme {platform} vers la version {target} (First Price)",
        "tariff": "Différence de tarif lors de la migration ({count} ressource(s), année {year})",
        "setup": "Forfait paramétrage",
        "manual_password_reset": "Réinitialisation manuelle du mot de passe du compte client (First Price)",
        "manual_contact_update": "Mise à jour des adresses e-mail de la fiche client (First Price)",
        "resources": "Ressource(s) supplémentaire(s), abonnement {year} (tarif de l'année complète)",
    },
    "en": {
        "hours": "Hours beyond the bonus hours, request {ref} (hourly rate)",
        "migration": "Migration of platform {platform} to version {target} (First Price)",
        "tariff": "Tariff difference on migration ({count} resource(s), year {year})",
        "setup": "Set-up package",
        "manual_password_reset": "Manual reset of the client-account password (First Price)",
        "manual_contact_update": "Update of the client record's e-mail addresses (First Price)",
        "resources": "Additional resource(s), {year} subscription (full-year price)",
    },
}


def label(request: Request, key: str, **values: object) -> str:
    table = _LABELS.get(request.language, _LABELS["fr"])
    return table[key].format(**values)


def invoice(
    ctx: Context, request: Request, purpose: str, lines: list[LineSpec], client: Client | None = None
) -> InvoiceView:
    """Issue an invoice for a billed step of ``request`` (to its client unless told otherwise)."""
    payer = client or request.client
    if payer is None:
        raise RuleError(f"{request.ref} has no client to invoice")
    row = invoices.issue(
        ctx.session, ctx.settings.catalogue, ctx.clock, payer, request, purpose, lines, ctx.actor
    )
    shown = invoices.view(row, request.ref)
    ctx.effects.event(
        request,
        ctx.actor,
        "invoice",
        f"{shown.invoice} issued to {payer.platform}: {shown.total_ht} HT, {shown.total_ttc} TTC ({purpose})",
    )
    ctx.effects.notify_staff(
        request,
        "invoice",
        f"[{request.ref}] invoice {shown.invoice} issued to {payer.platform} ({purpose}): "
        f"{shown.total_ht} € HT, {shown.total_ttc} € TTC; /paid {shown.invoice} --method card|transfer|cheque "
        "when paid",
    )
    return shown


def open_invoices(ctx: Context, request: Request) -> list[Invoice]:
    return invoices.of_request(ctx.session, request, invoices.ISSUED)


def pay(ctx: Context, row: Invoice, method: str | None) -> None:
    """Mark one issued invoice paid (R34: card, transfer or cheque)."""
    if row.status == invoices.CANCELLED:
        raise RuleError(f"invoice {row.number} is cancelled ({row.cancel_reason})")
    if row.status == invoices.PAID:
        raise RuleError(f"invoice {row.number} is already paid")
    if method is not None and method not in invoices.METHODS:
        raise RuleError(f"method {method!r} is not one of {', '.join(invoices.METHODS)}")
    row.status = invoices.PAID
    row.method = method
    row.paid_at = ctx.clock.now()


def cancel(ctx: Context, row: Invoice, reason: str) -> None:
    if row.status == invoices.CANCELLED:
        raise RuleError(f"invoice {row.number} is already cancelled")
    if row.status == invoices.PAID:
        raise RuleError(f"invoice {row.number} is paid: a paid invoice is not cancelled (issue a refund)")
    row.status = invoices.CANCELLED
    row.cancelled_at = ctx.clock.now()
    row.cancel_reason = reason


def total_due(rows: list[InvoiceView]) -> Decimal:
    return sum((r.total_ttc for r in rows), Decimal(0))
