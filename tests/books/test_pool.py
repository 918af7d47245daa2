"""R62 pooled hours, scenario by scenario: shares recorded by staff or offered by mail, the
quote shows them, confirmation debits every share at once, the shortfall is invoiced (R55),
every contributor is told, and a contributor short of hours is told before anything moves."""

from __future__ import annotations

import pytest

from bot.app import App
from bot.staff.commands import run_command
from bot.staff.service import CommandError
from bot.understand.contribution import read_contribution
from tests.handlers.helpers import body, get_request, ingest, notes, open_as, outbox_since, reply

MERMOZ = "tresorier@mermoz.example"  # Business, 5 h
SAINT_EX = "contact@saint-ex.example"  # Premiere, 10 h
SKY = "office@skyschool.example"  # Corporate, 20 h
IDEA = (
    "Bonjour,\n\nL'Aéro-club Jean Mermoz souhaite un devis de développement : un export des vols "
    "vers notre logiciel de comptabilité.\n\nCordialement"
)


def staff(app: App, *words: str) -> object:
    return run_command(app.staff, list(words), "shell:alice").data


def balance(app: App, platform: str) -> tuple[float, float]:
    data = staff(app, "balance", platform)
    assert isinstance(data, dict)
    return data["used"], data["remaining"]


def quote(app: App) -> str:
    return open_as(app, "dev_quote", IDEA, sender=MERMOZ, subject="Devis export comptable").ref


def test_fifteen_hours_pooled_by_three_clients(clients: App) -> None:
    app = clients
    ref = quote(app)
    start = outbox_since(app, 0)[-1].id
    staff(app, "pool", ref, "saint-ex", "5")
    data = staff(app, "pool", ref, "skyschool", "4")
    assert isinstance(data, dict) and data["pool"] == [
        {"client": "saint-ex", "hours": 5.0},
        {"client": "skyschool", "hours": 4.0},
    ]
    recorded = [m for m in outbox_since(app, start) if m.template == "pool/recorded"]
    assert [m.to_addr for m in recorded] == [SAINT_EX, SKY]
    assert ref in recorded[0].subject and "5 h" in body(recorded[0])

    staff(app, "estimate", ref, "15")
    estimate = outbox_since(app, start)[-1]
    text = body(estimate)
    assert estimate.template == "dev_quote/estimate"
    assert "saint-ex" in text and "skyschool" in text and "1 h" in text  # 15 - 9 pooled - 5 own = 1 billed

    reply(app, estimate, "OK, nous acceptons le devis.")
    assert get_request(app, ref).state == "queued"
    assert balance(app, "mermoz") == (5.0, 0.0)
    assert balance(app, "saint-ex") == (5.0, 5.0)
    assert balance(app, "skyschool") == (4.0, 16.0)
    invoices = staff(app, "invoices", "mermoz")
    assert isinstance(invoices, list) and len(invoices) == 1
    assert invoices[0]["total_ht"] == 60.0 and invoices[0]["request"] == ref
    assert staff(app, "invoices", "saint-ex") == []
    after = outbox_since(app, estimate.id)
    debited = [m for m in after if m.template == "pool/debited"]
    assert sorted(m.to_addr for m in debited) == [SAINT_EX, SKY]
    assert "5 h" in body(debited[0]) and "il vous en reste 5 h" in body(debited[0])
    confirmed = [m for m in after if m.template == "common/confirmed"]
    assert confirmed and "saint-ex" in body(confirmed[0]) and "F-2026-0001" in body(confirmed[0])

    # unconfirm gives every contributor its share back, in the same step
    staff(app, "unconfirm", ref)
    assert balance(app, "saint-ex") == (0.0, 10.0) and balance(app, "skyschool") == (0.0, 20.0)
    assert balance(app, "mermoz") == (0.0, 5.0)


def test_a_contributor_without_enough_hours_is_told_and_nothing_recorded(clients: App) -> None:
    app = clients
    ref = quote(app)
    start = outbox_since(app, 0)[-1].id
    with pytest.raises(CommandError, match="not enough"):
        staff(app, "pool", ref, "saint-ex", "12")
    told = outbox_since(app, start)
    assert [m.template for m in told] == ["pool/not_enough"] and told[0].to_addr == SAINT_EX
    assert "10 h" in body(told[0])
    assert staff(app, "show", ref)["state"] == "needs_estimate"  # type: ignore[index]


def test_a_contributor_short_at_confirmation_is_told_before_anything_is_debited(clients: App) -> None:
    app = clients
    ref = quote(app)
    staff(app, "pool", ref, "saint-ex", "8")
    staff(app, "estimate", ref, "10")
    estimate = outbox_since(app, 0)[-1]
    staff(app, "adjust", "saint-ex", "-5", "autre développement")  # saint-ex now has 5 h
    reply(app, estimate, "OK je confirme")
    assert get_request(app, ref).state == "awaiting_confirmation"
    assert balance(app, "mermoz") == (0.0, 5.0) and balance(app, "saint-ex") == (5.0, 5.0)
    told = [m for m in outbox_since(app, estimate.id) if m.template == "pool/not_enough"]
    assert [m.to_addr for m in told] == [SAINT_EX]
    assert "pool" in notes(app, ref)[-1] and "reply-intent" in notes(app, ref)[-1]
    # staff lower the share, then apply the confirmation
    staff(app, "pool", ref, "saint-ex", "5")
    staff(app, "reply-intent", ref, "confirm")
    assert get_request(app, ref).state == "queued"
    assert balance(app, "saint-ex") == (10.0, 0.0) and balance(app, "mermoz") == (5.0, 0.0)
    assert staff(app, "invoices", "mermoz") == []


def test_pool_rules(clients: App) -> None:
    app = clients
    ref = quote(app)
    with pytest.raises(CommandError, match="requester"):
        staff(app, "pool", ref, "mermoz", "2")
    with pytest.raises(CommandError, match="no client"):
        staff(app, "pool", ref, "nowhere", "2")
    with pytest.raises(CommandError) as usage:
        staff(app, "pool", ref, "saint-ex")
    assert usage.value.usage
    staff(app, "pool", ref, "saint-ex", "3")
    withdrawn = staff(app, "pool", ref, "saint-ex", "0")
    assert withdrawn["pool"] == []  # type: ignore[index]
    support = open_as(app, "password_reset", "Bonjour, mot de passe du compte client oublié", sender=MERMOZ)
    with pytest.raises(CommandError, match="R62"):
        staff(app, "pool", support.ref, "saint-ex", "2")


def test_a_contribution_mail_is_acknowledged_and_passed_to_staff(clients: App) -> None:
    app = clients
    ref = quote(app)
    start = outbox_since(app, 0)[-1].id
    got = ingest(
        app,
        f"Bonjour,\n\nL'aéroclub Saint-Exupéry est intéressé : nous participons avec 5 heures à {ref}.\n\nCordialement",
        sender=SAINT_EX,
        subject="Participation au développement export",
    )
    assert got == ref  # attached to the development, no new request
    mails = outbox_since(app, start)
    assert [m.template for m in mails] == ["pool/offer_received"] and mails[0].to_addr == SAINT_EX
    assert f"/pool {ref} saint-ex 5" in notes(app, ref)[-1]
    assert staff(app, "show", ref)["state"] == "needs_estimate"  # type: ignore[index]
    assert balance(app, "saint-ex") == (0.0, 10.0)  # nothing recorded before staff approve


@pytest.mark.parametrize(
    ("subject", "text", "expected"),
    [
        ("", "Nous participons avec 5 heures à OF-2026-0042.", ("OF-2026-0042", "5")),
        (
            "Re: [OF-2026-0042] devis",
            "Nous mettons 2,5 h de nos heures de bonus sur ce développement.",
            ("OF-2026-0042", "2.5"),
        ),
        ("", "We will contribute 4 hours to OF-2026-0007, count us in.", ("OF-2026-0007", "4")),
        ("", "Happy to chip in 3 hours of our bonus for OF-2026-0011", ("OF-2026-0011", "3")),
        ("", "Nous ne participerons pas à OF-2026-0042 avec 5 heures.", None),
        ("", "We can't contribute 5 hours to OF-2026-0042 this year.", None),
        ("", "Nous participons avec plaisir au forum.", None),
        ("", "Nous participons avec 5 heures.", None),
    ],
)
def test_contribution_reader(subject: str, text: str, expected: tuple[str, str] | None) -> None:
    found = read_contribution(subject, text)
    if expected is None:
        assert found is None
    else:
        assert found is not None and (found.ref, str(found.hours.normalize())) == expected


def test_show_and_the_card_list_every_share(clients: App) -> None:
    from zoneinfo import ZoneInfo

    from sqlalchemy import select

    from bot.staff.cards import render_card
    from storage.models import Request

    app = clients
    ref = quote(app)
    staff(app, "pool", ref, "saint-ex", "5")
    staff(app, "pool", ref, "skyschool", "4")
    staff(app, "pool", ref, "skyschool", "0")  # withdrawn
    staff(app, "pool", ref, "skyschool", "3")
    shown = staff(app, "show", ref)
    assert isinstance(shown, dict)
    assert shown["pool"] == [{"client": "saint-ex", "hours": 5.0}, {"client": "skyschool", "hours": 3.0}]
    with app.sessions() as session:
        request = session.scalars(select(Request).where(Request.ref == ref)).one()
        card = render_card(
            session, request, ZoneInfo("Europe/Paris"), app.settings.catalogue, app.clock.now()
        )
    assert "Pooled (R62): saint-ex 5 h, skyschool 3 h" in card.text


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("Bonjour,\n\nNous participons avec 5 heures à {ref}.\n\nCordialement", "Participation"),
        ("Hello,\n\nWe will contribute 5 hours to {ref}.\n\nBest regards", "Contribution"),
        ("Bonjour,\n\nNous mettons 5 h de nos heures de bonus sur ce développement.", "Re: [{ref}] Devis"),
    ],
)
def test_explain_and_ingest_read_a_contribution_the_same_way(clients: App, text: str, subject: str) -> None:
    """R62: one reading decides, so ``explain`` says what ``ingest`` then does with the same mail."""
    from bot.explain import explain_file
    from tests.support.mail import make_mail

    app = clients
    ref = quote(app)
    raw = make_mail(text.format(ref=ref), sender=SAINT_EX, subject=subject.format(ref=ref))
    explained = explain_file(app.settings, raw)
    assert explained["request"] == ref
    assert explained["kind"] is None and explained["reply"] is None and explained["triage"] is False
    assert f"/pool {ref} saint-ex 5" in str(explained["next_action"])
    outcome = app.ingestor.ingest(raw, "test")
    ingested = outcome.to_json()
    fields = ("request", "kind", "reply", "triage", "client", "next_action")
    assert {f: ingested[f] for f in fields} == {f: explained[f] for f in fields}
    assert [m.template for m in outbox_since(app, 0)][-1] == "pool/offer_received"
    assert f"/pool {ref} saint-ex 5" in notes(app, ref)[-1]


def test_each_contributor_is_told_in_its_own_language(clients: App) -> None:
    """R62: a French requester, an English contributor on record, and a French-record contributor
    writing in English: each mail goes out in the contributor's language, not the requester's."""
    from tests.handlers.helpers import update_client

    app = clients
    update_client(app, "skyschool", language="en")
    ref = quote(app)  # mermoz writes in French
    start = outbox_since(app, 0)[-1].id
    ingest(
        app,
        f"Hello,\n\nWe will contribute 5 hours to {ref}.\n\nBest regards",
        sender=SAINT_EX,
        subject="Pool",
    )
    staff(app, "pool", ref, "saint-ex", "5")
    staff(app, "pool", ref, "skyschool", "4")
    staff(app, "estimate", ref, "10")
    estimate = outbox_since(app, start)[-1]
    assert estimate.template == "dev_quote/estimate" and "Bonjour" in body(estimate)
    reply(app, estimate, "OK, nous acceptons le devis.")
    mails = [m for m in outbox_since(app, start) if m.template.startswith("pool/")]
    by = {(m.to_addr, m.template): m for m in mails}
    for key in ((SAINT_EX, "pool/offer_received"), (SAINT_EX, "pool/recorded"), (SAINT_EX, "pool/debited")):
        text = body(by[key])
        assert text.startswith("Hello") and "Bonjour" not in text, key
        assert b"\nContent-Language: en\n" in by[key].raw
    for key in ((SKY, "pool/recorded"), (SKY, "pool/debited")):
        text = body(by[key])
        assert text.startswith("Hello") and "heures" not in text, key
        assert b"\nContent-Language: en\n" in by[key].raw
    assert "4 h" in body(by[(SKY, "pool/debited")]) and "16 h" in body(by[(SKY, "pool/debited")])
    confirmed = [m for m in outbox_since(app, start) if m.template == "common/confirmed"]
    assert confirmed and "Bonjour" in body(confirmed[0])  # the requester keeps French
    assert b"\nContent-Language: fr\n" in confirmed[0].raw
