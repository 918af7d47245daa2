"""Invoices the vendor issues (R6, R21-R22, R23.5, R30-R31, R55, R62).

An invoice belongs to a client and, usually, to the request whose billed step created it. It is
numbered ``F-YYYY-NNNN`` without gaps (a counter row per year, locked like request references),
holds lines (quantity x unit price before VAT, at a VAT rate) and is only ever marked ``paid``
(with the method, R34: card, transfer or cheque) or ``cancelled`` (with the reason): an issued
invoice is never edited. Totals are computed from the lines, rounded per line to the cent.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from bot.clock import Clock
from bot.config import CatalogueSettings
from storage.models import Client, Invoice, InvoiceCounter, InvoiceLine, Request

CENT = Decimal("0.01")
ISSUED, PAID, CANCELLED = "issued", "paid", "cancelled"
METHODS = ("card", "transfer", "cheque")

# Purposes: what billed step created the invoice (the rule it follows).
HOURS = "hours"  # R55: hours beyond the bonus (and beyond pooled hours, R62)
MIGRATION = "migration"  # R21, R22, R23.5: migration fee, tariff difference, set-up package
MANUAL_FEE = "manual_fee"  # R6: manual password reset or record update, First Price
RESOURCES = "resources"  # R30, R31: resources added during the year, full-year price


def money(value: Decimal) -> Decimal:
    return value.quantize(CENT, rounding=ROUND_HALF_UP)


@dataclass(frozen=True)
class LineSpec:
    """A line to invoice: ``quantity`` x ``unit_ht`` before VAT."""

    label: str
    quantity: Decimal
    unit_ht: Decimal

    @property
    def total_ht(self) -> Decimal:
        return money(self.quantity * self.unit_ht)


@dataclass(frozen=True)
class LineView:
    label: str
    quantity: Decimal
    unit_ht: Decimal
    vat_rate: Decimal
    total_ht: Decimal

    def to_json(self) -> dict[str, object]:
        return {
            "label": self.label,
            "quantity": float(self.quantity),
            "unit_ht": float(self.unit_ht),
            "vat_rate": float(self.vat_rate),
            "total_ht": float(self.total_ht),
        }


@dataclass(frozen=True)
class InvoiceView:
    """An invoice as templates, the staff commands and the PDF read it (plain values)."""

    invoice: str
    client: str
    request: str | None
    purpose: str
    lines: tuple[LineView, ...]
    currency: str
    status: str
    method: str | None
    issued_at: dt.datetime
    paid_at: dt.datetime | None
    cancel_reason: str | None

    @property
    def total_ht(self) -> Decimal:
        return sum((line.total_ht for line in self.lines), Decimal(0))

    @property
    def vat(self) -> Decimal:
        return money(sum((line.total_ht * line.vat_rate for line in self.lines), Decimal(0)))

    @property
    def total_ttc(self) -> Decimal:
        return self.total_ht + self.vat

    @property
    def vat_rate(self) -> Decimal:
        """The rate shown on one line of totals (every line has the catalogue's rate)."""
        return self.lines[0].vat_rate if self.lines else Decimal(0)

    def to_json(self) -> dict[str, object]:
        """The invoice JSON of ARCHITECTURE "More contracts"; numbers as numbers."""
        return {
            "invoice": self.invoice,
            "client": self.client,
            "request": self.request,
            "lines": [line.to_json() for line in self.lines],
            "total_ht": float(self.total_ht),
            "vat": float(self.vat),
            "total_ttc": float(self.total_ttc),
            "currency": self.currency,
            "status": self.status,
            "method": self.method,
            "issued_at": self.issued_at.isoformat(),
            "paid_at": self.paid_at.isoformat() if self.paid_at else None,
        }


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
    """Every invoice (of one client), oldest first, in two queries whatever their number:
    the invoices with their client and request, then all their lines."""
    heads = (
        select(
            Invoice.id,
            Invoice.number,
            Client.platform,
            Request.ref,
            Invoice.purpose,
            Invoice.currency,
            Invoice.status,
            Invoice.method,
            Invoice.issued_at,
            Invoice.paid_at,
            Invoice.cancel_reason,
        )
        .join(Client, Client.id == Invoice.client_id)
        .outerjoin(Request, Request.id == Invoice.request_id)
        .order_by(Invoice.id)
    )
    lines = select(
        InvoiceLine.invoice_id,
        InvoiceLine.label,
        InvoiceLine.quantity,
        InvoiceLine.unit_ht,
        InvoiceLine.vat_rate,
    ).order_by(InvoiceLine.invoice_id, InvoiceLine.id)
    if client_id is not None:
        heads = heads.where(Invoice.client_id == client_id)
        lines = lines.join(Invoice, Invoice.id == InvoiceLine.invoice_id).where(
            Invoice.client_id == client_id
        )
    connection = session.connection()
    by_invoice: dict[int, list[LineView]] = {}
    for invoice_id, label, quantity, unit_ht, vat_rate in connection.execute(lines):
        q, u = Decimal(quantity), Decimal(unit_ht)
        by_invoice.setdefault(invoice_id, []).append(LineView(label, q, u, Decimal(vat_rate), money(q * u)))
    return [
        InvoiceView(
            invoice=number,
            client=platform,
            request=ref,
            purpose=purpose,
            lines=tuple(by_invoice.get(invoice_id, ())),
            currency=currency,
            status=status,
            method=method,
            issued_at=issued_at,
            paid_at=paid_at,
            cancel_reason=cancel_reason,
        )
        for (
            invoice_id,
            number,
            platform,
            ref,
            purpose,
            currency,
            status,
            method,
            issued_at,
            paid_at,
            cancel_reason,
        ) in connection.execute(heads)
    ]
