"""Migrations (R20-R26, R72): fee, acknowledgement, payment, not-before date, schedule, done."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from bot.app import App
from bot.staff.service import CommandError
from bot.versions import parse_version
from handlers.migration import migration_fee
from storage.models import OutboxMail
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

FP = "bureau@mermoz-ulm.example"  # First Price, version 3.5
ASK = "Bonjour,\n\nNous souhaitons migrer notre plateforme vers la version {v}, pas avant le 15 mars 2027.\n\nMerci"
NOT_BEFORE = dt.date(2027, 3, 15)


@pytest.mark.parametrize(
    ("tier", "current", "target", "amount"),
    [
        ("first_price", "3.5", "4", Decimal(50)),
        ("first_price", "3.5", None, Decimal(50)),
        ("first_price", "3.0alpha", "3", Decimal(0)),
        ("first_price", "3.5", "4.0alpha", Decimal(0)),
        ("first_price", "4.0alpha", "4", Decimal(0)),
        ("first_price", "3.6", "beta", Decimal(0)),
        ("first_price", "3.0alpha", "4", Decimal(50)),
        ("business", "3.5", "4", Decimal(0)),
        ("premiere", "3.6", "4", Decimal(0)),
        ("corporate", "3.6", "4", Decimal(0)),
    ],
)
def test_fee_r21(tier: str, current: str, target: str | None, amount: Decimal) -> None:
    assert migration_fee(tier, parse_version(current), parse_version(target), Decimal(50)).amount == amount


def start(app: App, version: str = "4", sender: str = FP) -> tuple[str, list[OutboxMail]]:
    opened = open_as(
        app,
        "migration",
        ASK.format(v=version),
        sender=sender,
        subject=f"Migration version {version}",
        not_before=NOT_BEFORE,
        target_version=version,
    )
    return opened.ref, opened.mails


def test_first_price_terms_fee_ack_payment_schedule_done(clients: App) -> None:
    app = clients
    ref, mails = start(app)
    request = get_request(app, ref)
    assert request.state == "awaiting_confirmation" and request.fee == Decimal(50) and not request.paid
    assert [m.template for m in mails] == ["migration/terms"] and mails[0].to_addr == FP
    text = body(mails[0])
    assert "50,00 €" in text and "irréversible" in text and "15 mars 2027" in text
    assert "alpha" not in text  # no R25 warning for a stable target
    assert "R22" in notes(app, ref)[-1]

    # the schedule is refused before the client accepts, and while unpaid (R24)
    with pytest.raises(CommandError, match="accepted"):
        app.staff.schedule(ref, "2027-04-01", "shell:alice")
    reply(app, mails[0], "OK, je confirme avoir bien compris que la migration est irréversible.")
    assert get_request(app, ref).state == "waiting_payment"
    invoice = outbox_since(app, mails[0].id)[-1]
    assert invoice.template == "migration/invoice" and "50,00 €" in body(invoice)
    with pytest.raises(CommandError, match="not paid"):
        app.staff.schedule(ref, "2027-04-01", "shell:alice")

    app.staff.paid(ref, "shell:alice")
    request = get_request(app, ref)
    assert request.state == "queued" and request.paid
    with pytest.raises(CommandError, match="not-before"):
        app.staff.schedule(ref, "2027-03-14", "shell:alice")
    app.staff.schedule(ref, "2027-03-15", "shell:alice")
    request = get_request(app, ref)
    assert request.state == "scheduled" and request.scheduled_for == NOT_BEFORE
    scheduled = outbox_since(app, invoice.id)[-1]
    assert scheduled.template == "migration/scheduled"
    text = body(scheduled)
    assert "15 mars 2027" in text and "quelques minutes" in text and "une semaine" in text

    app.staff.done(ref, "shell:alice", url="https://mermoz-new.openflyers.com/")
    done = outbox_since(app, scheduled.id)[-1]
    assert done.template == "migration/done" and get_request(app, ref).state == "done"
    assert "Si vous avez souscrit au forfait paramétrage" in body(done)  # First Price: a priced option
    assert get_client(app, "mermoz-ulm").version == "4"  # the record follows the migration (R20)


def test_free_migration_is_queued_on_acknowledgement(clients: App) -> None:
    app = clients
    ref, mails = start(app, "4", sender="tresorier@mermoz.example")  # Business 3.6
    assert get_request(app, ref).fee == Decimal(0)
    assert "incluse dans le support de votre abonnement" in body(mails[0])
    reply(app, mails[0], "OK pour nous, nous confirmons.")
    assert get_request(app, ref).state == "queued"
    app.staff.schedule(ref, "2027-06-01", "shell:alice")
    app.staff.done(ref, "shell:alice", url="https://mermoz-new.openflyers.com/")
    done = outbox_since(app, mails[0].id)[-1]
    assert "le questionnaire de paramétrage" in body(done) and "étant inclus" in body(done)


def test_alpha_target_is_free_and_warns_of_a_changing_version(clients: App) -> None:
    ref, mails = start(clients, "4.0alpha")
    assert get_request(clients, ref).fee == Decimal(0)
    text = body(mails[0])
    assert "évolue sans cesse" in text and "offerte" in text


def test_not_in_production_is_refused_with_the_reason(clients: App) -> None:
    update_client(clients, "mermoz-ulm", paid_until=2025)
    ref, mails = start(clients)
    assert get_request(clients, ref).state == "rejected"
    assert [m.template for m in mails] == ["migration/not_in_production"]
    assert "en production" in body(mails[0]) and "2026" in body(mails[0])


def test_refusal_closes_without_migrating(clients: App) -> None:
    ref, mails = start(clients)
    reply(clients, mails[0], "Non merci, finalement nous restons en 3.5.")
    assert get_request(clients, ref).state == "declined"
    assert outbox_since(clients, mails[0].id)[-1].template == "migration/declined"


def test_schedule_in_the_past_is_refused(clients: App) -> None:
    ref, mails = start(clients, "4", sender="tresorier@mermoz.example")
    reply(clients, mails[0], "OK je confirme")
    # not_before 2027-03-15 already forbids; without it the past is still refused
    from tests.handlers.helpers import set_request

    set_request(clients, ref, not_before=None)
    with pytest.raises(CommandError, match="past"):
        clients.staff.schedule(ref, "2026-01-01", "shell:alice")


def test_english_terms(clients: App) -> None:
    opened = open_as(
        clients,
        "migration",
        "Hello, we would like to migrate our platform to version 4, not before 15 March 2027. Thanks",
        sender="john@skyschool.example",
        target_version="4",
    )
    text = body(opened.mails[0])
    assert "irreversible" in text and "included in the support" in text  # Corporate (R72)


def test_integration_typical_french_message(clients: App) -> None:
    opened = open_as(
        clients,
        "migration",
        "Bonjour,\n\nNous souhaitons migrer notre plateforme mermoz-ulm vers la version 4. "
        "Merci de ne pas faire la migration avant le 15 mars 2027.\n\nCordialement",
        sender=FP,
        subject="Migration vers la version 4",
        not_before=NOT_BEFORE,
        target_version="4",
    )
    request = get_request(clients, opened.ref)
    assert request.kind == "migration" and request.state == "awaiting_confirmation"
    assert request.fee == Decimal(50) and request.not_before == NOT_BEFORE


def test_unanswered_terms_get_a_migration_reminder_then_expire(clients: App) -> None:
    import datetime as _dt

    from bot.clock import FixedClock
    from bot.jobs import Jobs

    app = clients
    ref, mails = start(app)
    assert isinstance(app.clock, FixedClock)
    jobs = Jobs(app.sessions, app.settings, app.clock, app.renderer)
    app.clock.advance(_dt.timedelta(days=app.settings.policy.reminder_days + 1))
    jobs.remind_and_expire()
    reminder = outbox_since(app, mails[0].id)[-1]
    assert reminder.template == "migration/reminder" and "irréversible" in body(reminder)
    app.clock.advance(_dt.timedelta(days=app.settings.policy.expiry_days))
    jobs.remind_and_expire()
    assert get_request(app, ref).state == "expired"
    assert outbox_since(app, reminder.id)[-1].template == "migration/expired"
