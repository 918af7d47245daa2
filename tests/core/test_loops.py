"""Responders posing as people: the loop stops within two messages, staff are told once, and a
real client's distinct requests are each answered."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import func, select

from bot.app import App
from bot.clock import FixedClock
from storage.models import Message, OutboxMail, Request, StaffNotification
from tests.support.mail import make_mail

RESPONDER = "club@mermoz.example"
# Its own subject, none of our headers (no In-Reply-To, References, Auto-Submitted), a fixed text.
AUTO_SUBJECT = "Aéroclub Mermoz - message bien reçu"
# A text that reads as a support request, so that each of its mails would get an answer.
AUTO_TEXT = "Bonjour, votre message a bien été reçu. Le planning affiche une erreur, pouvez-vous regarder ?"


def mails_to(app: App, address: str) -> int:
    with app.sessions() as session:
        return int(
            session.scalar(select(func.count(OutboxMail.id)).where(OutboxMail.to_addr == address)) or 0
        )


def delivered_to_responder(app: App, seen: int) -> int:
    """Deliver; the responder answers each new mail it got with its own fixed message."""
    app.deliver()
    total = mails_to(app, RESPONDER)
    for _ in range(total - seen):
        app.ingestor.ingest(make_mail(AUTO_TEXT, sender=RESPONDER, subject=AUTO_SUBJECT), "smtp")
    return total


def test_a_responder_that_keeps_its_own_subject_is_stopped_within_two_messages(
    clients: App, clock: FixedClock
) -> None:
    app = clients
    first = "Bonjour, le planning affiche une erreur depuis ce matin, pouvez-vous regarder ?"
    app.ingestor.ingest(make_mail(first, sender=RESPONDER, subject="Planning en erreur"), "smtp")
    seen = 0
    for _ in range(10):
        seen = delivered_to_responder(app, seen)
        clock.advance(dt.timedelta(seconds=5))
    assert mails_to(app, RESPONDER) == 2  # our answer to the person, one to the machine
    with app.sessions() as session:
        auto = session.execute(
            select(Message.status, Message.suppress_reason)
            .where(Message.subject == AUTO_SUBJECT)
            .order_by(Message.id)
        ).all()
        told = session.scalar(
            select(func.count(StaffNotification.id)).where(StaffNotification.event == "loop")
        )
    assert auto[0] == ("processed", None)  # the first one looked like a person's request
    assert len(auto) == 2 and auto[1] == ("suppressed", "auto_reply")  # the second stopped it
    assert told == 1
    # The person behind that address writes a new request a few minutes later: answered.
    clock.advance(dt.timedelta(minutes=5))
    before = mails_to(app, RESPONDER)
    outcome = app.ingestor.ingest(
        make_mail(
            "Bonjour, pouvez-vous ajouter un avion à notre flotte ?", sender=RESPONDER, subject="Nouvel avion"
        ),
        "smtp",
    )
    assert outcome.explanation["suppressed"] is False and outcome.explanation["request"]
    assert mails_to(app, RESPONDER) == before + 1


def test_a_clients_distinct_requests_in_one_day_are_each_answered(clients: App, clock: FixedClock) -> None:
    app = clients
    texts = [
        "Bonjour, l'export comptable ne marche plus depuis hier.",
        "Bonjour, un pilote n'arrive plus à réserver le F-GXYZ.",
        "Bonjour, la facture de novembre apparaît deux fois.",
        "Bonjour, le planning n'affiche plus les instructeurs.",
        "Bonjour, la page de réservation affiche une erreur depuis ce matin.",
        "Bonjour, un membre ne reçoit plus les mails de réservation.",
    ]
    for text in texts:  # the same subject each time, answers delivered in between
        app.ingestor.ingest(make_mail(text, subject="Question"), "smtp")
        app.deliver()
        clock.advance(dt.timedelta(seconds=3))
    with app.sessions() as session:
        requests = session.scalar(select(func.count(Request.id)))
        suppressed = session.scalar(select(func.count(Message.id)).where(Message.status == "suppressed"))
    assert requests == len(texts) and suppressed == 0
    assert mails_to(app, "tresorier@mermoz.example") == len(texts)
