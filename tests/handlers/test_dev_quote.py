"""Development quotes (R60-R64, R55, R62): one a year unless every earlier quote was accepted."""

from __future__ import annotations

from bot.app import App
from tests.handlers.helpers import body, get_request, notes, open_as, outbox_since, reply

IDEA = (
    "Bonjour,\n\nL'Aéro-club Jean Mermoz souhaiterait un devis pour un développement : "
    "ajouter un export des vols au format CSV pour la DGAC.\n\nCordialement"
)
IDEA_2 = "Bonjour,\n\nNous aimerions aussi un devis pour un nouveau module de gestion des badges.\n\nMerci"


def test_first_quote_goes_to_staff_estimate(clients: App) -> None:
    opened = open_as(clients, "dev_quote", IDEA)
    assert get_request(clients, opened.ref).state == "needs_estimate"
    assert len(opened.mails) == 1 and opened.mails[0].template == "dev_quote/received"
    assert "un devis" in body(opened.mails[0]) or "devis" in body(opened.mails[0])
    assert "estimate needed" in notes(clients, opened.ref)[-1]


def test_estimate_mentions_billing_and_pooling_beyond_the_balance(clients: App) -> None:
    opened = open_as(clients, "dev_quote", IDEA)
    clients.staff.estimate(opened.ref, "8", "shell:alice")  # mermoz has 5 h
    mail = outbox_since(clients, opened.mails[-1].id)[-1]
    assert mail.template == "dev_quote/estimate"
    text = body(mail)
    assert "8 h" in text and "3 h" in text and "180,00" in text  # 3 h billed at 60 € HT
    assert "mutualiser" in text


def test_second_quote_refused_while_the_first_is_not_accepted(clients: App) -> None:
    first = open_as(clients, "dev_quote", IDEA)
    second = open_as(clients, "dev_quote", IDEA_2)
    request = get_request(clients, second.ref)
    assert request.state == "rejected"
    assert [m.template for m in second.mails] == ["dev_quote/refused"]
    text = body(second.mails[0])
    assert first.ref in text
    assert "Evolutions et Adaptations" in text and clients.settings.policy.forum_url in text
    assert "R60" in notes(clients, second.ref)[-1]


def test_second_quote_accepted_once_the_first_was_accepted(clients: App) -> None:
    first = open_as(clients, "dev_quote", IDEA)
    clients.staff.estimate(first.ref, "2", "shell:alice")
    estimate = outbox_since(clients, first.mails[-1].id)[-1]
    reply(clients, estimate, "OK je confirme, merci.")
    assert get_request(clients, first.ref).state == "queued"
    second = open_as(clients, "dev_quote", IDEA_2)
    assert get_request(clients, second.ref).state == "needs_estimate"
    # the refusal of a third one while the second waits does not count as a quote itself
    third = open_as(clients, "dev_quote", "Bonjour, un troisième devis de développement svp ?")
    assert get_request(clients, third.ref).state == "rejected"
    assert second.ref in body(third.mails[0]) and first.ref not in body(third.mails[0])


def test_quotes_of_other_clients_do_not_count(clients: App) -> None:
    open_as(clients, "dev_quote", IDEA)
    other = open_as(clients, "dev_quote", IDEA_2, sender="contact@saint-ex.example")
    assert get_request(clients, other.ref).state == "needs_estimate"


def test_english_refusal(clients: App) -> None:
    open_as(
        clients,
        "dev_quote",
        "Hello, could you quote a development for a new report? Thanks",
        sender="john@skyschool.example",
    )
    second = open_as(
        clients,
        "dev_quote",
        "Hello, we would like another quote for a new development. Thanks",
        sender="john@skyschool.example",
    )
    assert get_request(clients, second.ref).state == "rejected"
    assert "one development-quote request per calendar year" in body(second.mails[0])


def test_integration_typical_french_message(clients: App) -> None:
    opened = open_as(
        clients,
        "dev_quote",
        "Bonjour,\n\nNous souhaiterions obtenir un devis de développement pour une nouvelle fonctionnalité "
        "de facturation des remorquages.\n\nCordialement,\nLe président de l'Aéro-club Jean Mermoz",
        subject="Demande de devis développement",
    )
    request = get_request(clients, opened.ref)
    assert request.kind == "dev_quote" and request.state == "needs_estimate"
