"""The books, scenario by scenario: R55 invoices on confirmation, ledger corrections, R52 cash.

Mail in, ``ofbot staff`` words (through :func:`run_command`, as the shell and the chat call
them), their JSON, and the outbox.
"""

from __future__ import annotations

from decimal import Decimal
from email import message_from_bytes, policy
from email.message import EmailMessage

import pytest

from bot.app import App
from bot.staff.commands import run_command
from bot.staff.service import CommandError
from tests.handlers.helpers import body, get_request, notes, open_as, outbox_since, reply

MERMOZ = "tresorier@mermoz.example"  # Business: 5 h a year
SUPPORT = "Bonjour,\n\nL'export comptable ne fonctionne plus depuis hier. Pouvez-vous regarder ?\n\nMerci"


def staff(app: App, *words: str) -> object:
    return run_command(app.staff, list(words), "shell:alice").data


def estimate_and_confirm(app: App, hours: str, sender: str = MERMOZ) -> tuple[str, int]:
    opened = open_as(app, "support", SUPPORT, sender=sender, subject="Export comptable")
    staff(app, "estimate", opened.ref, hours)
    estimate = outbox_since(app, opened.mails[-1].id)[-1]
    reply(app, estimate, "OK je confirme, merci")
    return opened.ref, estimate.id


def test_r55_hours_beyond_the_balance_are_invoiced_not_deducted(clients: App) -> None:
    app = clients
    ref, after = estimate_and_confirm(app, "8")
    balance = staff(app, "balance", "mermoz")
    assert balance == {
        "client": "mermoz",
        "year": 2026,
        "granted": 5.0,
        "used": 5.0,
        "reserved": 0.0,
        "remaining": 0.0,
    }
    listed = staff(app, "invoices", "mermoz")
    assert isinstance(listed, list) and len(listed) == 1
    invoice = listed[0]
    assert invoice["invoice"] == "F-2026-0001" and invoice["request"] == ref and invoice["client"] == "mermoz"
    assert invoice["lines"] == [
        {
            "label": invoice["lines"][0]["label"],
            "quantity": 3.0,
            "unit_ht": 60.0,
            "vat_rate": 0.2,
            "total_ht": 180.0,
        }
    ]
    assert (invoice["total_ht"], invoice["vat"], invoice["total_ttc"]) == (180.0, 36.0, 216.0)
    assert (invoice["status"], invoice["method"], invoice["paid_at"], invoice["currency"]) == (
        "issued",
        None,
        None,
        "EUR",
    )
    confirmed = outbox_since(app, after)[-1]
    text = body(confirmed)
    assert confirmed.template == "common/confirmed"
    assert "F-2026-0001" in text and "216,00" in text and "180,00" in text and "virement" in text
    assert "5 h" in text  # deducted: the balance, not the 8 h estimate
    attached = [
        part
        for part in message_from_bytes(confirmed.raw, policy=policy.default).iter_attachments()
        if isinstance(part, EmailMessage)
    ]
    assert [p.get_filename() for p in attached] == ["F-2026-0001.pdf"]
    pdf = attached[0].get_content()
    assert isinstance(pdf, bytes) and pdf.startswith(b"%PDF") and b"F-2026-0001" in pdf

    paid = staff(app, "paid", "F-2026-0001", "--method", "transfer")
    assert (
        isinstance(paid, dict)
        and paid["status"] == "paid"
        and paid["method"] == "transfer"
        and paid["paid_at"]
    )
    with pytest.raises(CommandError, match="already paid"):
        staff(app, "paid", "F-2026-0001")
    with pytest.raises(CommandError, match="method"):
        staff(app, "paid", "F-2026-0001", "--method", "bitcoin")


def test_within_the_balance_no_invoice(clients: App) -> None:
    app = clients
    estimate_and_confirm(app, "2")
    assert staff(app, "invoices") == []
    assert staff(app, "balance", "mermoz")["remaining"] == 3.0  # type: ignore[index]


def test_first_price_has_no_bonus_hours_so_everything_is_invoiced(clients: App) -> None:
    app = clients
    estimate_and_confirm(app, "1,5", sender="bureau@mermoz-ulm.example")
    invoice = staff(app, "invoices", "mermoz-ulm")[0]  # type: ignore[index]
    assert invoice["total_ht"] == 90.0 and invoice["total_ttc"] == 108.0
    assert staff(app, "balance", "mermoz-ulm")["used"] == 0.0  # type: ignore[index]


def test_cancel_invoice_needs_a_reason_and_keeps_the_row(clients: App) -> None:
    app = clients
    estimate_and_confirm(app, "6")
    with pytest.raises(CommandError) as usage:
        staff(app, "cancel-invoice", "F-2026-0001")
    assert usage.value.usage
    cancelled = staff(app, "cancel-invoice", "F-2026-0001", "geste", "commercial")
    assert isinstance(cancelled, dict) and cancelled["status"] == "cancelled"
    with pytest.raises(CommandError, match="cancelled"):
        staff(app, "paid", "F-2026-0001")
    with pytest.raises(CommandError, match="no invoice"):
        staff(app, "cancel-invoice", "F-2026-0099", "x")


def test_unconfirm_credits_back_cancels_the_invoice_and_a_new_ok_deducts_once(clients: App) -> None:
    app = clients
    ref, _after = estimate_and_confirm(app, "7")
    data = staff(app, "unconfirm", ref)
    assert isinstance(data, dict) and data["state"] == "awaiting_confirmation"
    balance = staff(app, "balance", "mermoz")
    assert balance["used"] == 0.0 and balance["remaining"] == 5.0 and balance["reserved"] == 7.0  # type: ignore[index]
    assert staff(app, "invoices")[0]["status"] == "cancelled"  # type: ignore[index]
    assert "reversed" in notes(app, ref)[-1]
    with pytest.raises(CommandError, match="unconfirm needs"):
        staff(app, "unconfirm", ref)
    # the client confirms again: deducted once more, a new invoice
    estimate = [m for m in outbox_since(app, 0) if m.template == "common/estimate"][-1]
    reply(app, estimate, "OK")
    reply(app, estimate, "OK")
    assert staff(app, "balance", "mermoz")["used"] == 5.0  # type: ignore[index]
    assert [i["status"] for i in staff(app, "invoices")] == ["cancelled", "issued"]  # type: ignore[union-attr]


def test_adjust_is_signed_append_only_and_in_the_statement(clients: App) -> None:
    app = clients
    estimate_and_confirm(app, "2")
    given = staff(app, "adjust", "mermoz", "+1,5", "geste", "commercial", "panne")
    assert isinstance(given, dict)
    assert (given["used"], given["remaining"]) == (0.5, 4.5) and given["entry"]["kind"] == "adjust"
    taken = staff(app, "adjust", "mermoz", "-3", "oubli de décompte")
    assert (taken["used"], taken["remaining"]) == (3.5, 1.5)  # type: ignore[index]
    with pytest.raises(CommandError) as bad:
        staff(app, "adjust", "mermoz", "deux", "x")
    assert bad.value.usage
    with pytest.raises(CommandError) as missing:
        staff(app, "adjust", "mermoz", "1")
    assert missing.value.usage
    with pytest.raises(CommandError, match="no client"):
        staff(app, "adjust", "nowhere", "1", "x")
    statement = open_as(app, "hours_statement", "Bonjour, où en est notre solde d'heures ?", sender=MERMOZ)
    text = body(statement.mails[-1])
    assert "geste commercial panne" in text and "oubli de décompte" in text and "1,5 h" in text


def test_reply_intent_question_corrected_to_confirm_deducts_and_queues(clients: App) -> None:
    app = clients
    opened = open_as(app, "support", SUPPORT, sender=MERMOZ, subject="Export comptable")
    staff(app, "estimate", opened.ref, "2")
    estimate = outbox_since(app, opened.mails[-1].id)[-1]
    reply(app, estimate, "Est-ce que cela inclut aussi l'export des factures ?")
    assert get_request(app, opened.ref).state == "awaiting_confirmation"
    data = staff(app, "reply_intent", opened.ref, "confirm")  # as /reply_intent in Telegram
    assert isinstance(data, dict) and data["state"] == "queued"
    assert staff(app, "balance", "mermoz")["used"] == 2.0  # type: ignore[index]
    shown = staff(app, "show", opened.ref)
    assert any(
        e["action"] == "reply_intent" and "question -> confirm" in e["detail"] for e in shown["events"]
    )  # type: ignore[index]
    assert shown["messages"][1]["reply"] == "confirm"  # type: ignore[index]


def test_reply_intent_confirm_corrected_to_refuse_unconfirms_then_declines(clients: App) -> None:
    app = clients
    ref, _ = estimate_and_confirm(app, "3")
    assert staff(app, "balance", "mermoz")["used"] == 3.0  # type: ignore[index]
    data = staff(app, "reply-intent", ref, "refuse")
    assert isinstance(data, dict) and data["state"] == "declined"
    assert staff(app, "balance", "mermoz")["used"] == 0.0  # type: ignore[index]
    # and back: the refusal was a confirmation after all
    again = staff(app, "reply-intent", ref, "confirm")
    assert again["state"] == "queued" and staff(app, "balance", "mermoz")["used"] == 3.0  # type: ignore[index]
    with pytest.raises(CommandError) as bad:
        staff(app, "reply-intent", ref, "maybe")
    assert bad.value.usage


def test_reply_intent_without_a_reply_is_refused(clients: App) -> None:
    opened = open_as(clients, "support", SUPPORT, sender=MERMOZ, subject="Export comptable")
    with pytest.raises(CommandError, match="no reply"):
        staff(clients, "reply-intent", opened.ref, "confirm")


def test_r52_cash_offer_in_a_reply_moves_the_request_up_the_queue(clients: App) -> None:
    app = clients
    first = open_as(app, "support", SUPPORT, sender="contact@saint-ex.example", subject="Export")
    second = open_as(app, "support", SUPPORT, sender=MERMOZ, subject="Export comptable")
    staff(app, "estimate", second.ref, "2")
    estimate = outbox_since(app, second.mails[-1].id)[-1]
    order = [i["request"] for i in staff(app, "queue")]  # type: ignore[union-attr]
    assert order.index(first.ref) < order.index(second.ref)
    reply(
        app, estimate, "Nous sommes prêts à payer pour que ce soit traité en priorité. Une question : quand ?"
    )
    assert get_request(app, second.ref).cash_funded
    assert any("cash-funded" in n for n in notes(app, second.ref))
    queue = staff(app, "queue")
    assert next(i["request"] for i in queue) == second.ref  # type: ignore[index]
    off = staff(app, "cash", second.ref, "off")
    assert isinstance(off, dict) and off["cash_funded"] is False
    on = staff(app, "cash", first.ref)
    assert on["cash_funded"] is True  # type: ignore[index]
    with pytest.raises(CommandError):
        staff(app, "cash", first.ref, "maybe")


def test_paid_ref_pays_every_open_invoice_of_the_request(clients: App) -> None:
    app = clients
    ref, _ = estimate_and_confirm(app, "9")
    data = staff(app, "paid", ref, "--method", "card")
    assert (
        isinstance(data, dict)
        and data["invoices"][0]["status"] == "paid"
        and data["invoices"][0]["method"] == "card"
    )
    with pytest.raises(CommandError, match="nothing to pay"):
        staff(app, "paid", ref)


def test_invoice_totals_round_per_line() -> None:
    import datetime as dt

    from bot.invoices import InvoiceView, LineView

    view = InvoiceView(
        "F-2026-0001",
        "mermoz",
        None,
        "hours",
        (
            LineView("x", Decimal("1.25"), Decimal("60"), Decimal("0.2"), Decimal("75.00")),
            LineView("y", Decimal("1"), Decimal("33.33"), Decimal("0.2"), Decimal("33.33")),
        ),
        "EUR",
        "issued",
        None,
        dt.datetime(2026, 1, 1, tzinfo=dt.UTC),
        None,
        None,
    )
    assert (view.total_ht, view.vat, view.total_ttc) == (
        Decimal("108.33"),
        Decimal("21.67"),
        Decimal("130.00"),
    )
