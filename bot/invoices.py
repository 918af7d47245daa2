"""Invoices the vendor issues (R6, R21-R22, R23.5, R30-R31, R55, R62).

An invoice belongs to a client and, usually, to the request whose billed step created it. It is
numbered ``F-YYYY-NNNN`` without gaps (a counter row per year, locked like request references),
holds lines (quantity x unit price before VAT, at a VAT rate) and is only ever marked ``paid``
(with the method, R34: card, transfer or cheque) or ``cancelled`` (with the reason): an issued
invoice is never edited. Totals are computed from the lines, rounded per line to the cent.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from bot import invoiceviews
from bot.clock import Clock
from bot.config import CatalogueSettings
from bot.invoiceviews import CENT as CENT
from bot.invoiceviews import InvoiceView as InvoiceView
from bot.invoiceviews import LineView as LineView
from bot.invoiceviews import money as money
from storage.lightdb import LightConnection
from storage.models import Client, Invoice, InvoiceCounter, InvoiceLine, Request

ISSUED, PAID, CANCELLED = "issued", "paid", "cancelled"
METHODS = ("card", "transfer", "cheque")

# Purposes: what billed step created the invoice (the rule it follows).
HOURS = "hours"  # R55: hours beyond the bonus (and beyond pooled hours, R62)
MIGRATION = "migration"  # R21, R22, R23.5: migration fee, tariff difference, set-up package
MANUAL_FEE = "manual_fee"  # R6: manual password reset or record update, First Price
RESOURCES = "resources"  # R30, R31: resources added during the year, full-year price


@dataclass(frozen=True)
class LineSpec:
    """A line to invoice: ``quantity`` x ``unit_ht`` before VAT."""

    label: str
    quantity: Decimal
    unit_ht: Decimal

    @property
    def total_ht(self) -> Decimal:
        return money(self.quantity * self.unit_ht)


def view(invoice: Invoice, ref: str | None = None) -> InvoiceView:
    return InvoiceView(
        invoice=invoice.number,
        client=invoice.client.platform,
        request=ref,
        purpose=invoice.purpose,
        lines=tuple(
            LineView(
                line.label,
                Decimal(line.quantity),
                Decimal(line.unit_ht),
                Decimal(line.vat_rate),
                money(Decimal(line.quantity) * Decimal(line.unit_ht)),
            )
            for line in invoice.lines
        ),
        currency=invoice.currency,
        status=invoice.status,
        method=invoice.method,
        issued_at=invoice.issued_at,
        paid_at=invoice.paid_at,
        cancel_reason=invoice.cancel_reason,
    )


def view_of(session: Session, invoice: Invoice) -> InvoiceView:
    ref = None
    if invoice.request_id is not None:
        ref = session.scalar(select(Request.ref).where(Request.id == invoice.request_id))
    return view(invoice, ref)


def allocate_number(session: Session, year: int) -> str:
    """The next ``F-YYYY-NNNN`` of the year; the counter row is locked on PostgreSQL."""
    query = select(InvoiceCounter).where(InvoiceCounter.year == year)
    if session.get_bind().dialect.name == "postgresql":
        query = query.with_for_update()
    counter = session.scalar(query)
    if counter is None:
        counter = InvoiceCounter(year=year, last_number=0)
        session.add(counter)
    counter.last_number += 1
    session.flush()
    return f"F-{year}-{counter.last_number:04d}"


def issue(
    session: Session,
    catalogue: CatalogueSettings,
    clock: Clock,
    client: Client,
    request: Request | None,
    purpose: str,
    lines: list[LineSpec],
    actor: str = "bot",
) -> Invoice:
    """Write a new issued invoice with its lines (at the catalogue's VAT rate)."""
    if not lines or any(line.quantity <= 0 or line.unit_ht < 0 for line in lines):
        raise ValueError("an invoice needs lines with a positive quantity")
    invoice = Invoice(
        number=allocate_number(session, clock.year()),
        client_id=client.id,
        client=client,
        request_id=request.id if request is not None else None,
        purpose=purpose,
        currency=catalogue.currency,
        status=ISSUED,
        method=None,
        issued_at=clock.now(),
        actor=actor,
    )
    session.add(invoice)
    session.flush()
    for spec in lines:
        session.add(
            InvoiceLine(
                invoice_id=invoice.id,
                label=spec.label[:300],
                quantity=spec.quantity,
                unit_ht=money(spec.unit_ht),
                vat_rate=catalogue.vat_rate,
            )
        )
    session.flush()
    session.refresh(invoice, ["lines"])
    return invoice


def of_request(session: Session, request: Request, status: str | None = None) -> list[Invoice]:
    query = select(Invoice).where(Invoice.request_id == request.id)
    if status is not None:
        query = query.where(Invoice.status == status)
    return list(session.scalars(query.order_by(Invoice.id)))


def find_number(session: Session, number: str) -> Invoice | None:
    return session.scalar(select(Invoice).where(Invoice.number == number.strip().upper()))


def views(session: Session, client_id: int | None = None) -> list[InvoiceView]:
    """Every invoice (of one client), oldest first: :func:`bot.invoiceviews.views` on the
    session's connection (the command line reads the same without SQLAlchemy)."""
    return invoiceviews.views(LightConnection.of(session.connection()), client_id)
