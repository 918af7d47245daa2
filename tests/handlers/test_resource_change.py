"""Resources during the year (R30-R33, R40): add = full-year invoice, remove = nothing, replace."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from bot.app import App
from bot.clock import FixedClock
from bot.staff.service import CommandError
from handlers.resource_change import read_resource_change
from tests.handlers.helpers import body, get_client, get_request, open_as, outbox_since


@pytest.mark.parametrize(
    ("text", "action", "count"),
    [
        ("Nous souhaitons ajouter un avion à notre abonnement", "add", 1),
        ("Nous allons rajouter deux avions cette année", "add", 2),
        ("We would like to add 3 aircraft", "add", 3),
        ("Nous avons vendu le F-GABC, pouvez-vous le retirer ?", "remove", 1),
        ("Please remove the simulator from our subscription", "remove", 1),
        ("Nous remplaçons notre DR400 par un autre", "replace", 1),
        ("Nous avons vendu le F-GABC et acheté un DR400", "replace", 1),
        ("Merci de mettre à jour notre adresse", "unknown", 1),
    ],
)
def test_reader(text: str, action: str, count: int) -> None:
    change = read_resource_change(text)
    assert change.action == action and (action != "add" or change.count == count)


def test_add_invoices_full_year_then_paid_queues_then_done(clients: App) -> None:
    app = clients
    opened = open_as(
        app, "resource_change", "Bonjour, nous souhaitons ajouter deux avions à notre abonnement."
    )
    request = get_request(app, opened.ref)
    assert request.state == "waiting_payment" and request.fee == Decimal(300)  # 2 x 150 € (Business)
    text = body(opened.mails[0])
    assert "300,00 €" in text and "150,00 €" in text and "année complète" in text
    assert "une heure" in text  # a new resource type costs one bonus hour (R31)
    app.staff.paid(opened.ref, "shell:alice")
    assert get_request(app, opened.ref).state == "queued"
    paid = outbox_since(app, opened.mails[0].id)[-1]
    assert paid.template == "resource_change/paid"
    # Within 60 s the same action is recognised as a repeat (issue 9): done once, no second mail.
    assert app.staff.paid(opened.ref, "shell:alice").get("duplicate") is True
    assert outbox_since(app, paid.id) == []
    assert isinstance(app.clock, FixedClock)
    app.clock.advance(dt.timedelta(minutes=2))
    with pytest.raises(CommandError):
        app.staff.paid(opened.ref, "shell:alice")
    before = get_client(app, "mermoz").resources
    app.staff.done(opened.ref, "shell:alice")
    assert outbox_since(app, paid.id)[-1].template == "resource_change/done"
    assert get_client(app, "mermoz").resources == before + 2  # the renewal will propose them (R34)


def test_remove_changes_nothing(clients: App) -> None:
    opened = open_as(
        clients, "resource_change", "Bonjour, nous avons vendu un avion, pouvez-vous le retirer ?"
    )
    request = get_request(clients, opened.ref)
    assert request.state == "answered" and request.fee is None
    assert "aucun changement d'abonnement" in body(opened.mails[0])


def test_replace_needs_no_new_subscription(clients: App) -> None:
    opened = open_as(clients, "resource_change", "Bonjour, nous remplaçons le F-GABC par le F-HXYZ.")
    assert get_request(clients, opened.ref).state == "answered"
    text = body(opened.mails[0])
    assert "désactivez l'ancienne" in text and "renommer" in text


def test_integration_typical_french_message(clients: App) -> None:
    opened = open_as(
        clients,
        "resource_change",
        "Bonjour,\n\nNous venons d'acquérir un nouvel avion et souhaitons ajouter une ressource à notre "
        "abonnement. Comment faire ?\n\nMerci",
        sender="bureau@mermoz-ulm.example",
        subject="Ajout d'une ressource",
    )
    request = get_request(clients, opened.ref)
    assert request.kind == "resource_change" and request.state == "waiting_payment"
    assert request.fee == Decimal(120)  # First Price resource price
