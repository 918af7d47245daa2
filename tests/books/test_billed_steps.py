"""Every billed step creates an invoice, scenario by scenario: a First Price migration with its
fee (R21) and tariff difference (R22) paid by transfer, then the hand-over (R23.7, R23.8); a
resource added mid-year at the full-year price (R30, R31) and a new resource type debiting one
bonus hour (R31); a First Price manual password reset accepted, approved and invoiced (R6, R7)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from bot.app import App
from bot.staff.commands import run_command
from bot.staff.service import CommandError
from tests.handlers.helpers import (
    body,
    get_client,
    get_request,
    notes,
    open_as,
    outbox_since,
    reply,
    update_client,
)

FP = "bureau@mermoz-ulm.example"  # First Price, 3.5, 2 resources, 0 bonus hours
MERMOZ = "tresorier@mermoz.example"  # Business, 3.6, 6 resources, 5 h
MIGRATE = "Bonjour,\n\nNous souhaitons migrer notre plateforme vers la version 4, pas avant le 15 mars 2027.\n\nMerci"


def staff(app: App, *words: str) -> object:
    return run_command(app.staff, list(words), "shell:alice").data


def migration(app: App, sender: str) -> tuple[str, int]:
    opened = open_as(
        app,
        "migration",
        MIGRATE,
        sender=sender,
        subject="Migration version 4",
        not_before=dt.date(2027, 3, 15),
        target_version="4",
    )
    return opened.ref, opened.mails[-1].id


def test_first_price_migration_fee_and_tariff_difference_invoiced_then_paid_by_transfer(clients: App) -> None:
    app = clients
    update_client(app, "mermoz-ulm", resource_price=Decimal(100))  # old tariff: 100 € instead of 120 € (R22)
    ref, terms_id = migration(app, FP)
    terms = outbox_since(app, terms_id - 1)[0]
    assert "40,00 €" in body(terms)  # 2 resources x 20 € difference, announced with the terms
    reply(app, terms, "OK, je confirme avoir compris que la migration est irréversible.")
    assert get_request(app, ref).state == "waiting_payment"
    invoice = staff(app, "invoices", "mermoz-ulm")[0]  # type: ignore[index]
    assert invoice["request"] == ref and invoice["status"] == "issued"
    assert [(line["quantity"], line["unit_ht"], line["total_ht"]) for line in invoice["lines"]] == [
        (1.0, 50.0, 50.0),
        (2.0, 20.0, 40.0),
    ]
    assert (invoice["total_ht"], invoice["vat"], invoice["total_ttc"]) == (90.0, 18.0, 108.0)
    mail = outbox_since(app, terms.id)[-1]
    assert mail.template == "migration/invoice" and invoice["invoice"] in mail.subject
    text = body(mail)
    assert "108,00" in text and "Différence de tarif" in text and "chèque" in text

    with pytest.raises(CommandError, match="not paid"):
        staff(app, "schedule", ref, "2027-04-01")
    paid = staff(app, "paid", ref, "--method", "transfer")
    assert isinstance(paid, dict) and paid["state"] == "queued"
    assert paid["invoices"][0]["status"] == "paid" and paid["invoices"][0]["method"] == "transfer"
    assert outbox_since(app, mail.id)[-1].template == "migration/paid"
    staff(app, "schedule", ref, "2027-03-15")

    # the hand-over needs the substitute URL (R23.7)
    with pytest.raises(CommandError, match="--url"):
        staff(app, "done", ref)
    with pytest.raises(CommandError, match="not an http"):
        staff(app, "done", ref, "--url", "mermoz-ulm.new")
    staff(app, "done", ref, "--url", "https://mermoz-ulm.new.openflyers.com/")
    done = outbox_since(app, mail.id)[-1]
    text = body(done)
    assert done.template == "migration/done" and get_request(app, ref).state == "done"
    assert "https://mermoz-ulm.new.openflyers.com/" in text and "1er décembre 2026" in text  # 24 Nov + 7 days
    assert (
        "questionnaire" in text and "https://openflyers.com/questionnaire" not in text
    )  # priced option: on request
    assert get_client(app, "mermoz-ulm").version == "4"


def test_included_setup_package_sends_the_questionnaire_and_staff_expect_it(clients: App) -> None:
    app = clients
    ref, terms_id = migration(app, MERMOZ)
    reply(app, outbox_since(app, terms_id - 1)[0], "OK nous confirmons")
    assert get_request(app, ref).state == "queued" and staff(app, "invoices") == []
    staff(app, "schedule", ref, "2027-03-20")
    staff(app, "done", ref, "--url", "https://mermoz.new.openflyers.com/")
    text = body(outbox_since(app, terms_id)[-1])
    assert (
        "https://openflyers.com/questionnaire-parametrage" in text
        and "https://mermoz.new.openflyers.com/" in text
    )
    assert "expect it back" in notes(app, ref)[-1]


def test_configured_substitute_url_pattern(clients: App) -> None:
    import dataclasses

    app = clients
    object.__setattr__(
        app,
        "settings",
        dataclasses.replace(
            app.settings,
            policy=dataclasses.replace(
                app.settings.policy, substitute_url="https://{platform}.migration.example/"
            ),
        ),
    )
    app.staff.settings = app.settings
    ref, terms_id = migration(app, MERMOZ)
    reply(app, outbox_since(app, terms_id - 1)[0], "OK nous confirmons")
    staff(app, "schedule", ref, "2027-03-20")
    staff(app, "done", ref)
    assert "https://mermoz.migration.example/" in body(outbox_since(app, terms_id)[-1])


def test_resource_added_mid_year_is_invoiced_at_the_full_year_price(clients: App) -> None:
    app = clients
    opened = open_as(
        app,
        "resource_change",
        "Bonjour, nous venons d'acheter un nouvel avion et souhaitons ajouter 2 avions à notre abonnement.",
        sender=MERMOZ,
        subject="Ajout de 2 avions",
    )
    invoice = staff(app, "invoices", "mermoz")[0]  # type: ignore[index]
    assert invoice["lines"][0]["quantity"] == 2.0 and invoice["lines"][0]["unit_ht"] == 150.0
    assert (invoice["total_ht"], invoice["total_ttc"]) == (300.0, 360.0)
    text = body(opened.mails[-1])
    assert invoice["invoice"] in text and "360,00" in text and "année complète" in text
    paid = staff(app, "paid", str(invoice["invoice"]), "--method", "card")
    assert isinstance(paid, dict) and paid["status"] == "paid"
    assert get_request(app, opened.ref).state == "queued"  # the last open invoice paid: the work goes on
    with pytest.raises(CommandError, match="--url is for a migration"):
        staff(app, "done", opened.ref, "--url", "https://x.example/")
    staff(app, "done", opened.ref, "--new-type")
    done = outbox_since(app, opened.mails[-1].id)[-1]
    assert "une heure" in body(done) and "1 h" in body(done)
    bal = staff(app, "balance", "mermoz")
    assert bal["used"] == 1.0 and bal["remaining"] == 4.0  # type: ignore[index]
    shown = staff(app, "show", opened.ref)
    assert any("R31" in e["detail"] for e in shown["events"])  # type: ignore[index]
    assert get_client(app, "mermoz").resources == 8


def test_new_type_without_bonus_hours_is_invoiced(clients: App) -> None:
    app = clients
    opened = open_as(app, "resource_change", "Bonjour, nous souhaitons ajouter un simulateur.", sender=FP)
    staff(app, "paid", opened.ref, "--method", "cheque")
    staff(app, "done", opened.ref, "--new-type")
    invoices = staff(app, "invoices", "mermoz-ulm")
    assert isinstance(invoices, list) and len(invoices) == 2 and invoices[1]["total_ht"] == 60.0
    with pytest.raises(CommandError, match="R31"):
        support = open_as(app, "support", "Bonjour, l'export ne marche plus.", sender=MERMOZ)
        staff(app, "estimate", support.ref, "1")
        staff(app, "done", support.ref, "--new-type")


def test_first_price_password_reset_accepted_approved_invoiced(clients: App) -> None:
    app = clients
    opened = open_as(
        app, "password_reset", "Bonjour, nous avons perdu le mot de passe du compte client.", sender=FP
    )
    steps = opened.mails[-1]
    assert "30,00 €" in body(steps) and "« OK »" in body(steps)
    with pytest.raises(CommandError, match="not accepted"):
        staff(app, "approve", opened.ref)
    reply(app, steps, "OK merci, ça a marché avec « Mot de passe oublié ? ».")  # thanks, not an order
    assert get_request(app, opened.ref).state == "answered" and staff(app, "invoices") == []
    reply(app, steps, "OK")
    assert get_request(app, opened.ref).state == "queued"
    invoice = staff(app, "invoices", "mermoz-ulm")[0]  # type: ignore[index]
    assert (invoice["total_ht"], invoice["total_ttc"]) == (30.0, 36.0) and invoice["request"] == opened.ref
    accepted = outbox_since(app, steps.id)[-1]
    assert accepted.template == "password_reset/accepted" and "36,00" in body(accepted)
    assert f"/approve {opened.ref}" in notes(app, opened.ref)[-1]
    with pytest.raises(CommandError, match="approve it first"):
        staff(app, "done", opened.ref)
    staff(app, "approve", opened.ref)
    assert get_request(app, opened.ref).state == "in_progress"
    staff(app, "done", opened.ref)
    assert outbox_since(app, accepted.id)[-1].template == "password_reset/done"
    staff(app, "paid", str(invoice["invoice"]), "--method", "card")


def test_business_contact_update_goes_to_approval_without_fee(clients: App) -> None:
    app = clients
    opened = open_as(
        app, "contact_update", "Bonjour, merci de mettre à jour notre adresse e-mail.", sender=MERMOZ
    )
    assert "sans frais" in body(opened.mails[-1])
    staff(app, "approve", opened.ref)  # staff may approve straight away: no fee for this tier
    staff(app, "done", opened.ref)
    assert staff(app, "invoices") == []
    assert get_request(app, opened.ref).state == "done"
