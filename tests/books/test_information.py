"""R1, R3, R8: short accurate answers from templates, closed as answered, never billed."""

from __future__ import annotations

import pytest

from bot.app import App
from bot.understand.information import information_topic
from tests.handlers.helpers import body, get_request, notes, open_as

MERMOZ = "tresorier@mermoz.example"


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        ("Bonjour, nos essais sur la plateforme de démo ont disparu ce matin, pourquoi ?", "demo"),
        ("Hello, everything we entered on openflyers.com/demo-en was wiped. Why?", "demo"),
        ("Faut-il demander les mises à jour ou sont-elles automatiques ?", "minor_update"),
        ("Do we need to request the updates of the platform?", "minor_update"),
        (
            "Je suis pilote au club et je n'arrive pas à me connecter avec mon identifiant pour réserver.",
            "member_login",
        ),
        ("I am a member and I can't log in with my password to book an aircraft.", "member_login"),
        # stronger readings win
        (
            "Pouvez-vous copier la plateforme de démo vers mermoz.test ? Les données sont effacées chaque heure.",
            None,
        ),
        ("Faut-il demander la mise à jour vers la version 4 ?", None),
        ("Merci de faire la mise à jour de notre fiche client : adresse e-mail nouvelle.", None),
        ("Nous avons perdu le mot de passe du compte client, je n'arrive pas à me connecter.", None),
        ("L'export comptable ne fonctionne plus depuis la dernière mise à jour.", None),
    ],
)
def test_information_topics(text: str, topic: str | None) -> None:
    assert information_topic("", text) == topic


def test_demo_question_answered_not_billed(clients: App) -> None:
    opened = open_as(
        clients,
        "support",
        "Bonjour,\n\nTout ce que nous avions saisi sur la plateforme de démo a disparu. Pourquoi ?\n\nMerci",
        sender=MERMOZ,
        subject="Données disparues sur la démo",
    )
    request = get_request(clients, opened.ref)
    assert request.state == "answered" and request.estimate_hours is None
    mail = opened.mails[-1]
    assert mail.template == "information/demo"
    assert "minute 44" in body(mail) and "toutes les heures" in body(mail)
    assert "R1" in notes(clients, opened.ref)[-1]
    assert clients.staff.balance("mermoz").used == 0


def test_minor_update_answer_in_english(clients: App) -> None:
    opened = open_as(
        clients,
        "support",
        "Hello, do we need to request the updates of our platform? Thanks",
        sender="john@skyschool.example",
    )
    assert opened.mails[-1].template == "information/minor_update"
    assert "automatic" in body(opened.mails[-1])


def test_premiere_updates_go_to_staff(clients: App) -> None:
    opened = open_as(
        clients, "support", "Bonjour, faut-il demander les mises à jour ?", sender="contact@saint-ex.example"
    )
    assert get_request(clients, opened.ref).state == "needs_estimate"  # R3: frozen version, staff decide


def test_member_login_answered(clients: App) -> None:
    opened = open_as(
        clients,
        "password_reset",
        "Bonjour, je suis pilote au club et je n'arrive pas à me connecter avec mon identifiant pour réserver.",
        sender=MERMOZ,
    )
    mail = opened.mails[-1]
    assert mail.template == "information/member_login" and "responsable OpenFlyers" in body(mail)


def test_a_demo_question_the_model_is_unsure_of_is_answered_and_explain_says_so(clients: App) -> None:
    """R1 from the outside: the mail goes through ingest as it comes (no kind forced); whatever
    kind the model leans to and however sure it is, the rules answer the demo question, and
    ``explain`` says the same before."""
    from bot.explain import explain_file
    from tests.handlers.helpers import outbox_since
    from tests.support.mail import make_mail

    raw = make_mail(
        "Bonjour,\n\nLa plateforme de démonstration a perdu toutes les réservations que j'avais saisies "
        "hier, est-ce normal ?\n\nMerci",
        sender=MERMOZ,
        subject="Plateforme de démonstration",
    )
    explained = explain_file(clients.settings, raw)
    assert explained["triage"] is False and "demo" in str(explained["next_action"])
    outcome = clients.ingestor.ingest(raw, "test")
    assert outcome.explanation["triage"] is False
    ref = str(outcome.explanation["request"])
    assert get_request(clients, ref).state == "answered"
    (mail,) = outbox_since(clients, 0)
    assert mail.template == "information/demo" and "minute 44" in body(mail)
    assert clients.staff.balance("mermoz").used == 0
