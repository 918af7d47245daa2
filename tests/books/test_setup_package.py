"""R23.5/R23.8, the set-up package where it is priced (First Price): the record does not say
whether the client subscribed, so the terms mail gives the price and asks; the client's OK that
takes it puts it on the migration invoice, staff record it otherwise (``setup REF on|off``),
and the hand-over sends the questionnaire to a client who took it."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.app import App
from bot.staff.commands import run_command
from bot.staff.service import CommandError
from bot.understand.setup_package import read_setup_package
from tests.handlers.helpers import body, get_request, notes, open_as, outbox_since, reply

FP = "bureau@mermoz-ulm.example"  # First Price, 3.5, 2 resources: the set-up package costs 300 € HT
MERMOZ = "tresorier@mermoz.example"  # Business: the set-up package is included
QUESTIONNAIRE = "https://openflyers.com/questionnaire-parametrage"


def staff(app: App, *words: str) -> object:
    result = run_command(app.staff, [*words, "--json"], "shell:alice")
    return result.data


def migration(app: App, sender: str = FP, target: str = "4") -> tuple[str, int]:
    opened = open_as(
        app,
        "migration",
        f"Bonjour,\n\nNous souhaitons migrer notre plateforme vers la version {target}, pas avant le 15 mars 2027.\n\nMerci",
        sender=sender,
        subject=f"Migration version {target}",
        not_before=dt.date(2027, 3, 15),
        target_version=target,
    )
    return opened.ref, opened.mails[-1].id


def lines(invoice: object) -> list[tuple[str, float, float]]:
    assert isinstance(invoice, dict)
    return [(line["label"], line["quantity"], line["unit_ht"]) for line in invoice["lines"]]


def test_the_client_takes_the_package_in_its_ok_and_gets_the_questionnaire(clients: App) -> None:
    app = clients
    ref, terms_id = migration(app)
    terms = outbox_since(app, terms_id - 1)[0]
    text = body(terms)
    assert "300,00 € HT" in text and "« OK, avec le forfait paramétrage »" in text

    reply(app, terms, "OK, je confirme avoir compris que c'est irréversible, avec le forfait paramétrage.")
    assert get_request(app, ref).state == "waiting_payment"
    invoices = staff(app, "invoices", "mermoz-ulm")
    assert isinstance(invoices, list) and len(invoices) == 1
    invoice = invoices[0]
    assert lines(invoice) == [
        ("Migration de la plateforme mermoz-ulm vers la version 4 (First Price)", 1.0, 50.0),
        ("Forfait paramétrage", 1.0, 300.0),
    ]
    assert (invoice["total_ht"], invoice["vat"], invoice["total_ttc"]) == (350.0, 70.0, 420.0)
    mail = outbox_since(app, terms.id)[-1]
    text = body(mail)
    assert mail.template == "migration/invoice" and invoice["invoice"] in mail.subject
    assert "Forfait paramétrage : 1 × 300,00 € HT" in text and "420,00 € TTC" in text
    assert "le forfait paramétrage figure sur la facture ci-dessous" in text
    assert "set-up package (300" in notes(app, ref)[-1] and "as the client asked" in notes(app, ref)[-1]

    staff(app, "paid", ref, "--method", "transfer")
    staff(app, "schedule", ref, "2027-03-15")
    staff(app, "done", ref, "--url", "https://mermoz-ulm.new.openflyers.com/")
    done = outbox_since(app, mail.id)[-1]
    text = body(done)
    assert done.template == "migration/done"
    assert QUESTIONNAIRE in text and "Comme vous avez souscrit au forfait paramétrage" in text
    assert "expect it back" in notes(app, ref)[-1]


def test_an_ok_that_does_not_name_it_leaves_it_out_and_staff_add_it(clients: App) -> None:
    app = clients
    ref, terms_id = migration(app)
    terms = outbox_since(app, terms_id - 1)[0]
    reply(app, terms, "OK je confirme")
    invoice = staff(app, "invoices", "mermoz-ulm")[0]  # type: ignore[index]
    assert [label for label, _, _ in lines(invoice)] == [
        "Migration de la plateforme mermoz-ulm vers la version 4 (First Price)"
    ]
    assert f"/setup {ref} on" in notes(app, ref)[-1]
    mail = outbox_since(app, terms.id)[-1]
    assert "forfait paramétrage figure" not in body(mail)

    # the client said so on the phone: staff add it; its own invoice, the migration waits for it too
    shown = staff(app, "setup", ref, "on")
    assert isinstance(shown, dict) and shown["state"] == "waiting_payment"
    invoices = staff(app, "invoices", "mermoz-ulm")
    assert isinstance(invoices, list) and len(invoices) == 2
    assert lines(invoices[1]) == [("Forfait paramétrage", 1.0, 300.0)] and invoices[1]["total_ttc"] == 360.0
    setup_mail = outbox_since(app, mail.id)[-1]
    assert setup_mail.template == "migration/setup_invoice" and invoices[1]["invoice"] in setup_mail.subject
    assert "360,00 € TTC" in body(setup_mail) and "questionnaire" in body(setup_mail)
    with pytest.raises(CommandError, match="already on invoice"):
        staff(app, "setup", ref, "off")

    staff(app, "paid", str(invoices[0]["invoice"]), "--method", "transfer")
    assert get_request(app, ref).state == "waiting_payment"  # the set-up invoice is still open (R24)
    with pytest.raises(CommandError, match="not paid"):
        staff(app, "schedule", ref, "2027-03-15")
    staff(app, "paid", str(invoices[1]["invoice"]), "--method", "transfer")
    assert get_request(app, ref).state == "queued"
    staff(app, "schedule", ref, "2027-03-15")
    staff(app, "done", ref, "--url", "https://mermoz-ulm.new.openflyers.com/")
    assert QUESTIONNAIRE in body(outbox_since(app, setup_mail.id)[-1])


def test_staff_record_it_before_the_ok_and_a_client_declining_is_not_invoiced(clients: App) -> None:
    app = clients
    ref, terms_id = migration(app)
    staff(app, "setup", ref, "on")
    reply(app, outbox_since(app, terms_id - 1)[0], "OK")
    invoice = staff(app, "invoices", "mermoz-ulm")[0]  # type: ignore[index]
    assert invoice["total_ht"] == 350.0

    # a free migration (to an alpha, R21) with the package declined: nothing to invoice, queued
    other, terms_id = migration(app, target="4.0alpha")
    reply(app, outbox_since(app, terms_id - 1)[0], "OK, sans le forfait paramétrage.")
    assert get_request(app, other).state == "queued"
    assert len(staff(app, "invoices", "mermoz-ulm")) == 1  # type: ignore[arg-type]
    staff(app, "done", other, "--url", "https://mermoz-ulm.new.openflyers.com/")
    text = body(outbox_since(app, 0)[-1])
    assert QUESTIONNAIRE not in text


def test_a_queued_free_migration_waits_for_the_package_staff_add(clients: App) -> None:
    app = clients
    ref, terms_id = migration(app, target="4.0alpha")
    reply(app, outbox_since(app, terms_id - 1)[0], "OK")
    assert get_request(app, ref).state == "queued"
    staff(app, "setup", ref, "on")
    assert get_request(app, ref).state == "waiting_payment"
    paid = staff(app, "paid", ref, "--method", "card")
    assert isinstance(paid, dict) and paid["state"] == "queued"
    assert [i["total_ht"] for i in paid["invoices"]] == [300.0]


def test_setup_rules(clients: App) -> None:
    app = clients
    included, _ = migration(app, sender=MERMOZ)
    with pytest.raises(CommandError, match="included in the business tier"):
        staff(app, "setup", included, "on")
    support = open_as(app, "support", "Bonjour, l'export ne marche plus.", sender=FP)
    with pytest.raises(CommandError, match="goes with a migration"):
        staff(app, "setup", support.ref, "on")
    with pytest.raises(CommandError) as usage:
        staff(app, "setup", included, "yes")
    assert usage.value.usage
    scheduled, terms_id = migration(app, target="4.0alpha")
    reply(app, outbox_since(app, terms_id - 1)[0], "OK")
    staff(app, "schedule", scheduled, "2027-03-15")
    with pytest.raises(CommandError, match="before the migration is scheduled"):
        staff(app, "setup", scheduled, "on")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("OK, avec le forfait paramétrage", True),
        ("Oui, et nous prenons aussi le forfait de paramétrage.", True),
        ("OK, pas avant le 15 mars, avec le forfait paramétrage", True),
        ("OK, we also want the set-up package", True),
        ("OK and yes to the setup package, not before March", True),
        ("OK je confirme", None),
        ("OK, sans le forfait paramétrage", False),
        ("OK. Le forfait paramétrage ne nous intéresse pas.", False),
        ("OK. Pas besoin du forfait paramétrage, merci.", False),
        ("OK, forfait paramétrage : non merci", False),
        ("OK, no set-up package thanks", False),
        ("OK, we do not need the setup package", False),
    ],
)
def test_reading_the_package_in_a_reply(text: str, expected: bool | None) -> None:
    assert read_setup_package(text) is expected
