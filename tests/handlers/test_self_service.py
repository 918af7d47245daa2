"""Kinds answered at once (R2, R4, R6-R8, R27, R34, R40): password, record, renewal, test platform."""

from __future__ import annotations

from bot.app import App
from tests.handlers.helpers import (
    body,
    get_request,
    ingest,
    notes,
    open_as,
    outbox_since,
    reply,
    update_client,
)


# -- password_reset (R6, R8, R70) -----------------------------------------------------------------
def test_password_reset_steps_and_first_price_fee(clients: App) -> None:
    opened = open_as(
        clients,
        "password_reset",
        "Bonjour, j'ai perdu le mot de passe de notre compte client, pouvez-vous le réinitialiser ?",
        sender="bureau@mermoz-ulm.example",
    )
    assert get_request(clients, opened.ref).state == "answered"
    assert [m.template for m in opened.mails] == ["password_reset/steps"]
    text = body(opened.mails[0])
    assert "Mot de passe oublié ?" in text and "mermoz-ulm" in text
    assert "identifiant personnel" in text  # R8
    assert "30,00 €" in text  # First Price manual fee (R6)


def test_password_reset_free_for_business_and_insisting_reaches_staff(clients: App) -> None:
    opened = open_as(
        clients,
        "password_reset",
        "Bonjour, nous n'arrivons plus à nous connecter au compte client. Mot de passe ?",
    )
    assert "sans frais" in body(opened.mails[0])
    before = len(notes(clients, opened.ref))
    reply(clients, opened.mails[0], "Oui, merci de le réinitialiser manuellement, aucune adresse ne marche.")
    assert len(notes(clients, opened.ref)) > before


def test_password_reset_answers_only_on_record(clients: App) -> None:
    """R5: an unknown sender naming a platform is not trusted as that client; nothing is sent (R7)."""
    ref = ingest(clients, "Bonjour, mot de passe oublié pour mermoz", sender="inconnu@gmail.example")
    assert get_request(clients, ref).state == "triage"
    assert outbox_since(clients, 0) == []


# -- contact_update (R4, R6, R7) -------------------------------------------------------------------
def test_contact_update_steps_and_same_address_warning(clients: App) -> None:
    update_client(clients, "mermoz-ulm", contact_email="ulm@mermoz-ulm.example")
    opened = open_as(
        clients,
        "contact_update",
        "Bonjour, merci de remplacer notre adresse e-mail par nouveau@ulm.example.",
        sender="paul@mermoz-ulm.example",
    )
    assert get_request(clients, opened.ref).state == "answered"
    assert [m.to_addr for m in opened.mails] == ["paul@mermoz-ulm.example"]
    text = body(opened.mails[0])
    assert "compte client" in text and "30,00 €" in text
    assert "deux adresses e-mail différentes" in text and "même adresse" in text


def test_contact_update_free_without_warning(clients: App) -> None:
    opened = open_as(clients, "contact_update", "Bonjour, pouvez-vous mettre à jour notre fiche client ?")
    text = body(opened.mails[0])
    assert "sans frais" in text and "même adresse" not in text


# -- renewal (R27, R34, R40) ----------------------------------------------------------------------
def test_renewal_steps_show_the_resource_count(clients: App) -> None:
    opened = open_as(
        clients,
        "renewal",
        "Bonjour, comment renouveler notre abonnement pour 2027 ? Pouvez-vous nous envoyer un devis ?",
        sender="contact@saint-ex.example",
    )
    assert get_request(clients, opened.ref).state == "answered"
    text = body(opened.mails[0])
    assert "au minimum 12 ressource(s)" in text and "2027" in text
    assert "carte bancaire" in text and "virement" in text and "chèque" in text
    assert "désactivez" in text


def test_renewal_in_english(clients: App) -> None:
    opened = open_as(
        clients,
        "renewal",
        "Hello, how do we renew our subscription for next year? Thanks",
        sender="john@skyschool.example",
    )
    assert "at least 25 resource(s)" in body(opened.mails[0])


# -- test_platform (R2, R27) ----------------------------------------------------------------------
def test_test_platform_refused_below_36(clients: App) -> None:
    opened = open_as(
        clients,
        "test_platform",
        "Bonjour, nous voudrions une plateforme de test.",
        sender="bureau@mermoz-ulm.example",  # 3.5
    )
    assert get_request(clients, opened.ref).state == "answered"
    assert [m.template for m in opened.mails] == ["test_platform/unavailable"]
    assert "3.6" in body(opened.mails[0]) and "migration" in body(opened.mails[0])


def test_test_platform_on_36_offers_of4(clients: App) -> None:
    opened = open_as(
        clients,
        "test_platform",
        "Bonjour, nous aimerions essayer la version 4 sur une plateforme mermoz.of4.",
        target_version="4",
    )
    text = body(opened.mails[0])
    assert "mermoz.of4" in text and "mermoz.test" in text and "demo-fr" in text


def test_test_platform_on_4_is_a_copy_of_its_own(clients: App) -> None:
    opened = open_as(
        clients,
        "test_platform",
        "Bonjour, nous voudrions une plateforme de test.",
        sender="contact@saint-ex.example",
    )
    text = body(opened.mails[0])
    assert "saint-ex.test" in text and ".of4" not in text and "demo-fr" not in text


# -- one typical French message per kind, through ingest ------------------------------------------
def test_integration_password_reset(clients: App) -> None:
    opened = open_as(
        clients,
        "password_reset",
        "Bonjour,\n\nJe n'arrive plus à me connecter à notre compte client OpenFlyers : j'ai oublié le mot "
        "de passe. Pouvez-vous m'aider ?\n\nMerci",
        subject="Mot de passe oublié",
    )
    request = get_request(clients, opened.ref)
    assert request.kind == "password_reset" and request.state == "answered"


def test_integration_contact_update(clients: App) -> None:
    opened = open_as(
        clients,
        "contact_update",
        "Bonjour,\n\nNotre trésorier a changé d'adresse e-mail. Pouvez-vous mettre à jour l'e-mail contact "
        "de notre fiche client ?\n\nCordialement",
        subject="Mise à jour de la fiche client",
    )
    request = get_request(clients, opened.ref)
    assert request.kind == "contact_update" and request.state == "answered"


def test_integration_renewal(clients: App) -> None:
    opened = open_as(
        clients,
        "renewal",
        "Bonjour,\n\nNous souhaitons renouveler notre abonnement OpenFlyers pour 2027. Comment procéder ?"
        "\n\nCordialement",
        subject="Renouvellement abonnement 2027",
    )
    request = get_request(clients, opened.ref)
    assert request.kind == "renewal" and request.state == "answered"
    assert "au minimum 6 ressource(s)" in body(opened.mails[-1])


def test_integration_test_platform(clients: App) -> None:
    opened = open_as(
        clients,
        "test_platform",
        "Bonjour,\n\nNous aimerions disposer d'une plateforme de test pour essayer un nouveau paramétrage "
        "sans toucher à la production.\n\nMerci",
        subject="Plateforme de test",
    )
    request = get_request(clients, opened.ref)
    assert request.kind == "test_platform" and request.state == "answered"
    assert "mermoz.test" in body(opened.mails[-1])
