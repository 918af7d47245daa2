"""Invoices as read back (the staff listing, the mail, the PDF), without SQLAlchemy.

:mod:`bot.invoices` writes invoices; this module holds the plain values an issued invoice is read
as, and the listing query in SQL text on a :class:`storage.lightdb.LightConnection`, so that
``ofbot staff invoices`` answers without importing SQLAlchemy (see :mod:`storage.lightdb`).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from storage.lightdb import LightConnection, decimal, utc, utc_or_none

CENT = Decimal("0.01")


def money(value: Decimal) -> Decimal:
    return value.quantize(CENT, rounding=ROUND_HALF_UP)


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


_HEADS = """
SELECT i.id, i.number, c.platform, r.ref, i.purpose, i.currency, i.status, i.method,
       i.issued_at, i.paid_at, i.cancel_reason
FROM invoices i JOIN clients c ON c.id = i.client_id LEFT OUTER JOIN requests r ON r.id = i.request_id
{where} ORDER BY i.id
"""
_LINES = """
SELECT l.invoice_id, l.label, l.quantity, l.unit_ht, l.vat_rate FROM invoice_lines l
{join} ORDER BY l.invoice_id, l.id
"""


def views(connection: LightConnection, client_id: int | None = None) -> list[InvoiceView]:
    """Every invoice (of one client), oldest first, in two queries whatever their number:
    the invoices with their client and request, then all their lines."""
    one = client_id is not None
    params = {"client_id": client_id} if one else {}
    heads = _HEADS.format(where="WHERE i.client_id = :client_id" if one else "")
    lines = _LINES.format(
        join="JOIN invoices i ON i.id = l.invoice_id WHERE i.client_id = :client_id" if one else ""
    )
    by_invoice: dict[int, list[LineView]] = {}
    for invoice_id, label, quantity, unit_ht, vat_rate in connection.rows(lines, params):
        q, u = decimal(quantity, 2), decimal(unit_ht, 2)
        by_invoice.setdefault(invoice_id, []).append(
            LineView(label, q, u, decimal(vat_rate, 4), money(q * u))
        )
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
            issued_at=utc(issued_at),
            paid_at=utc_or_none(paid_at),
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
        ) in connection.rows(heads, params)
    ]
