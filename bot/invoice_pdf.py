"""A PDF of an invoice (fpdf2), attached to the mail that announces it.

The numbers come from :class:`bot.invoices.InvoiceView`, the same object the mail and the
``invoices --json`` output read, so the three never disagree. Core PDF fonts only know
Latin-1: amounts are written with "EUR" rather than the euro sign.
"""

from __future__ import annotations

from decimal import Decimal

from bot.formats import format_date, format_quantity
from bot.invoices import InvoiceView

_WORDS = {
    "fr": {
        "title": "Facture",
        "client": "Client",
        "request": "Demande",
        "date": "Date",
        "label": "Désignation",
        "qty": "Qté",
        "unit": "PU HT",
        "total": "Total HT",
        "total_ht": "Total HT",
        "vat": "TVA",
        "total_ttc": "Total TTC",
        "pay": "Règlement par carte bancaire (compte client), virement bancaire (frais à votre charge) "
        "ou chèque, en rappelant le numéro de facture.",
        "status": {"issued": "à régler", "paid": "réglée", "cancelled": "annulée"},
    },
    "en": {
        "title": "Invoice",
        "client": "Client",
        "request": "Request",
        "date": "Date",
        "label": "Item",
        "qty": "Qty",
        "unit": "Unit excl. VAT",
        "total": "Total excl. VAT",
        "total_ht": "Total excl. VAT",
        "vat": "VAT",
        "total_ttc": "Total incl. VAT",
        "pay": "Payment by card (client account), bank transfer (fees at your charge) or cheque, "
        "quoting the invoice number.",
        "status": {"issued": "to pay", "paid": "paid", "cancelled": "cancelled"},
    },
}


def _latin1(text: str) -> str:
    return text.replace("\u00a0", " ").replace("\u202f", " ").encode("latin-1", "replace").decode("latin-1")


def _amount(value: Decimal, currency: str, lang: str) -> str:
    text = f"{value.quantize(Decimal('0.01')):,.2f}"
    if lang == "fr":
        text = text.replace(",", " ").replace(".", ",")
    return f"{text} {currency}"


def invoice_pdf(invoice: InvoiceView, seller: str, lang: str = "fr") -> bytes:
    """The invoice as a one-page PDF document."""
    from fpdf import FPDF  # here, not at the top: every command imports the handlers, few write a PDF

    words = _WORDS.get(lang, _WORDS["fr"])
    pdf = FPDF(format="A4")
    pdf.set_title(_latin1(f"{words['title']} {invoice.invoice}"))
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 16)
    pdf.cell(0, 10, _latin1(f"{words['title']} {invoice.invoice}"), new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 10)
    status = words["status"]
    assert isinstance(status, dict)
    for line in (
        seller,
        f"{words['client']}: {invoice.client}",
        f"{words['request']}: {invoice.request or '-'}",
        f"{words['date']}: {format_date(invoice.issued_at, lang)} ({status.get(invoice.status, invoice.status)})",
    ):
        pdf.cell(0, 6, _latin1(line), new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    widths = (95, 15, 35, 35)
    pdf.set_font("Helvetica", "B", 10)
    for width, head in zip(widths, ("label", "qty", "unit", "total"), strict=True):
        pdf.cell(width, 7, _latin1(str(words[head])), border=1)
    pdf.ln()
    pdf.set_font("Helvetica", "", 9)
    for item in invoice.lines:
        cells = (
            item.label[:60],
            format_quantity(item.quantity, lang),
            _amount(item.unit_ht, invoice.currency, lang),
            _amount(item.total_ht, invoice.currency, lang),
        )
        for width, text in zip(widths, cells, strict=True):
            pdf.cell(width, 7, _latin1(text), border=1)
        pdf.ln()
    pdf.ln(3)
    pdf.set_font("Helvetica", "B", 10)
    rate = format_quantity(invoice.vat_rate * 100, lang)
    for key, value in (
        (str(words["total_ht"]), invoice.total_ht),
        (f"{words['vat']} ({rate} %)", invoice.vat),
        (str(words["total_ttc"]), invoice.total_ttc),
    ):
        pdf.cell(145, 7, _latin1(key), align="R")
        pdf.cell(
            35, 7, _latin1(_amount(value, invoice.currency, lang)), border=1, new_x="LMARGIN", new_y="NEXT"
        )
    pdf.ln(6)
    pdf.set_font("Helvetica", "", 9)
    pdf.multi_cell(0, 5, _latin1(str(words["pay"])))
    return bytes(pdf.output())
