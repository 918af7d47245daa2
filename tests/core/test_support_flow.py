"""The support path end to end (R50-R55): mail in, staff estimate, client confirms, hours deducted."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from bot.app import App
from bot.clock import FixedClock
from bot.staff.service import CommandError
from storage.models import LedgerEntry, OutboxMail, Request, StaffNotification
from tests.support.mail import make_mail

SUPPORT_FR = "Bonjour,\n\nL'export comptable ne fonctionne plus depuis hier. Pouvez-vous regarder ?\n\nMerci"


def outbox(app: App) -> list[OutboxMail]:
    with app.sessions() as session:
        return list(session.scalars(select(OutboxMail).order_by(OutboxMail.id)))


def body(mail: OutboxMail) -> str:
    from email import message_from_bytes, policy

    msg = message_from_bytes(mail.raw, policy=policy.default)
    part = msg.get_body(preferencelist=("plain",))
    assert part is not None
    # French mail has non-breaking spaces (typography, tests/books/test_templates.py checks them);
    # the assertions here read words and amounts, so they compare with ordinary spaces
    return str(part.get_content()).replace("\u00a0", " ").replace("\u202f", " ")


def new_request(
    app: App, text: str = SUPPORT_FR, sender: str = "tresorier@mermoz.example", **kw: object
) -> str:
    outcome = app.ingestor.ingest(make_mail(text, sender=sender, subject="Export comptable", **kw), "test")  # type: ignore[arg-type]
    ref = outcome.explanation["request"]
    assert isinstance(ref, str)
    return ref


def test_support_request_creates_request_ack_and_staff_notification(clients: App) -> None:
    app = clients
    ref = new_request(app)
    with app.sessions() as session:
        request = session.scalar(select(Request).where(Request.ref == ref))
        assert request is not None and request.state == "needs_estimate" and request.kind == "support"
        assert request.client is not None and request.client.platform == "mermoz"
        notes = session.scalars(
            select(StaffNotification).where(StaffNotification.request_id == request.id)
        ).all()
        assert [n.event for n in notes] == ["new_request"]
    mails = outbox(app)
    assert len(mails) == 1 and mails[0].to_addr == "tresorier@mermoz.example"
    assert f"[{ref}]" in mails[0].subject
    assert ref.startswith("OF-2026-")


def test_estimate_confirm_deducts_once_and_queues(clients: App) -> None:
    app = clients
    ref = new_request(app)
    app.staff.estimate(ref, "1,5", "shell:alice")
    estimate = outbox(app)[-1]
    text = body(estimate)
    assert "1,5 h" in text and "5 h" in text and "3,5 h" in text  # before and after
    assert app.staff.balance("mermoz").reserved == Decimal("1.5")

    reply = make_mail(
        "OK je confirme, merci", subject=f"Re: {estimate.subject}", in_reply_to=estimate.message_id
    )
    outcome = app.ingestor.ingest(reply, "test")
    assert outcome.explanation["reply"] == "confirm"
    bal = app.staff.balance("mermoz")
    assert (bal.used, bal.reserved, bal.remaining) == (Decimal("1.5"), Decimal(0), Decimal("3.5"))

    again = make_mail("OK", subject=f"Re: {estimate.subject}", in_reply_to=estimate.message_id)
    app.ingestor.ingest(again, "test")
    assert app.staff.balance("mermoz").used == Decimal("1.5")
    with app.sessions() as session:
        assert session.scalar(select(func.count(LedgerEntry.id))) == 1
        request = session.scalar(select(Request).where(Request.ref == ref))
        assert request is not None and request.state == "queued"
        events = [e.action for e in request.events]
        assert "estimate" in events and "confirmed" in events
        assert any(e.actor == "shell:alice" for e in request.events)


def test_refusal_declines_and_deducts_nothing(clients: App) -> None:
    app = clients
    ref = new_request(app)
    app.staff.estimate(ref, "2", "shell:alice")
    estimate = outbox(app)[-1]
    app.ingestor.ingest(
        make_mail("Non merci, nous allons nous débrouiller.", subject=f"Re: {estimate.subject}"), "test"
    )
    assert app.staff.balance("mermoz").used == 0
    assert app.staff.show(ref)["state"] == "declined"


def test_estimate_beyond_balance_shows_billed_remainder(clients: App) -> None:
    app = clients
    ref = new_request(app, sender="bureau@mermoz-ulm.example")  # First Price: 0 bonus hours
    app.staff.estimate(ref, "2", "shell:alice")
    text = body(outbox(app)[-1])
    assert "2 h" in text and "120,00" in text  # 2 h at 60 € HT


def test_english_request_gets_english_answer(clients: App) -> None:
    app = clients
    ref = new_request(
        app,
        "Hello, please could you help us: the booking page shows an error since this morning. Thanks",
        "john@skyschool.example",
    )
    assert app.staff.show(ref)["client"] == "skyschool"
    assert "Thank you" in body(outbox(app)[-1])


def test_queue_serves_cash_funded_first_then_arrival(clients: App) -> None:
    app = clients
    first = new_request(app)
    assert isinstance(app.clock, FixedClock)
    app.clock.advance(dt.timedelta(minutes=5))
    second = new_request(app, sender="contact@saint-ex.example")
    with app.sessions() as session, session.begin():
        request = session.scalar(select(Request).where(Request.ref == second))
        assert request is not None
        request.cash_funded = True
    order = [item.request for item in app.staff.queue()]
    assert order.index(second) < order.index(first)


def test_staff_commands_refuse_wrong_states(clients: App) -> None:
    app = clients
    ref = new_request(app)
    with pytest.raises(CommandError, match="needs_estimate"):
        app.staff.done(ref, "shell:alice")
    with pytest.raises(CommandError, match="not a number"):
        app.staff.estimate(ref, "deux", "shell:alice")
    with pytest.raises(CommandError, match="no request"):
        app.staff.estimate("OF-2026-9999", "1", "shell:alice")
    app.staff.estimate(ref, "1", "shell:alice")
    app.staff.estimate(ref, "1.5", "shell:alice")  # a new estimate replaces the old
    assert app.staff.show(ref)["estimate_hours"] == 1.5
    with pytest.raises(CommandError, match="awaiting_confirmation"):
        app.staff.start(ref, "shell:alice")


def test_full_life_cycle_to_done(clients: App) -> None:
    app = clients
    ref = new_request(app)
    app.staff.estimate(ref, "0.5", "shell:alice")
    estimate = outbox(app)[-1]
    app.ingestor.ingest(
        make_mail("Oui, allez-y.", in_reply_to=estimate.message_id, subject="Re: estimation"), "test"
    )
    app.staff.start(ref, "shell:bob")
    app.staff.done(ref, "shell:bob")
    shown = app.staff.show(ref)
    assert shown["state"] == "done"
    assert ref not in [item.request for item in app.staff.queue()]
    assert [m["direction"] for m in shown["messages"]].count("in") == 2


def test_hours_statement_is_answered_at_once(clients: App) -> None:
    app = clients
    ref = new_request(app)
    app.staff.estimate(ref, "2", "shell:alice")
    estimate = outbox(app)[-1]
    app.ingestor.ingest(make_mail("OK", in_reply_to=estimate.message_id, subject="Re: x"), "test")
    outcome = app.ingestor.ingest(
        make_mail(
            "Bonjour, combien d'heures de bonus nous reste-t-il cette année ?", subject="Heures restantes"
        ),
        "test",
    )
    assert outcome.explanation["kind"] == "hours_statement"
    statement = outbox(app)[-1]
    text = body(statement)
    assert "3 h" in text and "2 h" in text and "31 décembre 2026" in text
    assert app.staff.show(str(outcome.explanation["request"]))["state"] == "answered"


def test_reply_from_address_not_on_record_confirms_nothing(clients: App) -> None:
    app = clients
    ref = new_request(app)
    app.staff.estimate(ref, "1", "shell:alice")
    estimate = outbox(app)[-1]
    stranger = make_mail(
        "OK", sender="someone@else.example", in_reply_to=estimate.message_id, subject="Re: x"
    )
    outcome = app.ingestor.ingest(stranger, "test")
    assert outcome.explanation["request"] == ref and outcome.explanation["triage"] is True
    assert app.staff.show(ref)["state"] == "awaiting_confirmation"
    assert app.staff.balance("mermoz").used == 0


def test_unknown_sender_goes_to_triage_unanswered(clients: App) -> None:
    app = clients
    outcome = app.ingestor.ingest(
        make_mail(
            "Bonjour, notre plateforme openflyers.com/mermoz-ulm ne répond plus.", sender="x@unknown.example"
        ),
        "test",
    )
    data = outcome.explanation
    assert data["client"] is None and data["triage"] is True and data["client_hint"] == "mermoz-ulm"
    assert app.staff.show(str(data["request"]))["state"] == "triage"
    assert outbox(app) == []


def test_reply_to_a_reference_we_cannot_find_is_read_as_a_reply_and_goes_to_staff(clients: App) -> None:
    app = clients
    raw = make_mail("OK pour nous, vous pouvez y aller.", subject="RE: [OF-2025-0412] Estimation : export")
    with app.sessions() as session:
        from bot.pipeline import decide, explain_json

        data = explain_json(decide(session, raw, app.ingestor.our))
    assert (data["reply"], data["kind"], data["request"], data["client"]) == ("confirm", None, None, "mermoz")
    outcome = app.ingestor.ingest(raw, "test")
    assert outcome.explanation["kind"] is None and outcome.explanation["reply"] == "confirm"
    assert app.staff.show(str(outcome.explanation["request"]))["state"] == "triage"
    assert outbox(app) == []  # nothing answered, nothing deducted
    assert app.staff.balance("mermoz").used == 0


def test_in_reply_to_our_domain_is_a_reply_even_without_the_reference(clients: App) -> None:
    app = clients
    raw = make_mail(
        "Non merci.",
        subject="Re: votre devis",
        in_reply_to="<ofbot.0123456789abcdef0123456789abcdef@localhost>",
    )
    with app.sessions() as session:
        from bot.pipeline import decide, explain_json

        data = explain_json(decide(session, raw, app.ingestor.our))
    assert data["reply"] == "refuse" and data["kind"] is None


def test_automatic_answers_are_rate_limited_but_staff_mail_is_not(
    clients: App, monkeypatch: pytest.MonkeyPatch
) -> None:
    from dataclasses import replace

    app = clients
    policy = replace(app.settings.policy, replies_per_sender_per_day=2)
    monkeypatch.setattr(app.ingestor, "settings", replace(app.settings, policy=policy))
    monkeypatch.setattr(app.staff, "settings", replace(app.settings, policy=policy))
    refs = [new_request(app, f"{SUPPORT_FR} ({i})") for i in range(3)]
    assert len(outbox(app)) == 2  # the third automatic answer to the same address is held back
    with app.sessions() as session:
        events = session.scalars(select(StaffNotification.event)).all()
    assert "rate_limited" in events
    app.staff.estimate(refs[2], "1", "shell:alice")  # staff's own mail goes out
    assert len(outbox(app)) == 3


def test_an_address_on_two_records_needs_the_platform_named_to_choose(clients: App) -> None:
    from storage.models import Client

    app = clients
    with app.sessions() as session, session.begin():
        ulm = session.scalar(select(Client).where(Client.platform == "mermoz-ulm"))
        assert ulm is not None
        ulm.contact_email = "tresorier@mermoz.example"  # the same treasurer for both clubs
    with app.sessions() as session:
        from bot.pipeline import decide, explain_json

        plain = explain_json(decide(session, make_mail(SUPPORT_FR), app.ingestor.our))
        named = explain_json(
            decide(
                session, make_mail(SUPPORT_FR + "\nC'est pour la plateforme mermoz-ulm."), app.ingestor.our
            )
        )
    assert plain["client"] is None and plain["triage"] is True
    assert named["client"] == "mermoz-ulm"
