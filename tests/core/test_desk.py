"""The staff desk through the service and the shell words (issue 9): safe, idempotent actions,
client follow-ups that reopen, ownership, notes, search and context, readable output."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import func, select

from bot.app import App
from bot.clock import FixedClock
from bot.staff.commands import run_command
from bot.staff.parsing import parse_day, parse_hours
from bot.staff.records import staff_words
from bot.staff.service import CommandError
from handlers.common import is_short_thanks
from storage.models import Client, ClientContact, OutboxMail, RequestEvent, StaffNotification
from tests.core.test_cli import ofbot
from tests.handlers.helpers import (
    body,
    get_client,
    get_request,
    ingest,
    open_as,
    outbox_since,
    reply,
    sender_notices,
)

SUPPORT = "Bonjour,\nL'export comptable ne fonctionne plus depuis hier.\nPouvez-vous regarder ?\nMerci"


def mail_count(app: App) -> int:
    with app.sessions() as session:
        return int(session.scalar(select(func.count(OutboxMail.id))) or 0)


def advance(app: App, minutes: float) -> None:
    assert isinstance(app.clock, FixedClock)
    app.clock.advance(dt.timedelta(minutes=minutes))


@pytest.mark.parametrize(
    ("text", "hours"),
    [
        ("1.5", "1.50"),
        ("1,5", "1.50"),
        ("1h30", "1.50"),
        ("1 h 30", "1.50"),
        ("90min", "1.50"),
        ("90 min", "1.50"),
        ("2h", "2.00"),
        ("0.5", "0.50"),
        ("45mn", "0.75"),
    ],
)
def test_hours_as_people_write_them(text: str, hours: str) -> None:
    assert parse_hours(text) == Decimal(hours)


def test_bad_hours_and_dates_are_usage_errors() -> None:
    with pytest.raises(CommandError) as bad:
        parse_hours("beaucoup")
    assert bad.value.usage and "1h30" in str(bad.value)
    assert parse_day("16/03/2027") == dt.date(2027, 3, 16) == parse_day("2027-03-16")
    with pytest.raises(CommandError):
        parse_day("31/02/2027")


def test_double_estimate_within_60_s_mails_once_then_a_new_decision_counts(clients: App) -> None:
    app = clients
    ref = ingest(app, SUPPORT, subject="Export")
    before = mail_count(app)
    first = app.staff.estimate(ref, "0.5", "telegram:42 (Alice)")
    again = app.staff.estimate(ref, "0,5", "shell:bob")  # double tap, or shell and chat at once
    assert "duplicate" not in first and again["duplicate"] is True
    assert mail_count(app) == before + 1
    advance(app, 2)  # past the window: a deliberate new estimate is done
    app.staff.estimate(ref, "0.5", "shell:bob")
    assert mail_count(app) == before + 2
    app.staff.resend(ref, "shell:bob")  # a deliberate repeat, even within the window
    assert mail_count(app) == before + 3


def test_approve_refused_while_a_document_is_missing_then_override_is_recorded(clients: App) -> None:
    app = clients
    opened = open_as(
        app,
        "owner_change",
        "Bonjour, notre nouveau responsable est Jean Durand (jean.durand@mermoz.example). "
        "Ci-joint le courrier signé du président.",
        attachments=[("courrier_signe.pdf", "application/pdf", b"%PDF-1.4 letter")],
    )
    request = get_request(app, opened.ref)
    assert request.state == "waiting_documents"
    shown = app.staff.show(opened.ref)
    assert "approve" not in shown["actions"]  # not offered while a document is missing
    before = mail_count(app)
    with pytest.raises(CommandError) as refused:
        app.staff.approve(opened.ref, "shell:bob")
    assert "official document" in str(refused.value) and "--override" in str(refused.value)
    assert get_client(app, "mermoz").responsible_email == "president@mermoz.example"
    assert mail_count(app) == before  # nothing applied, nobody mailed

    result = run_command(
        app.staff, ["approve", opened.ref, "--override", "K-BIS", "seen", "by", "phone"], "shell:bob"
    )
    assert result.data["state"] == "done"  # type: ignore[index]
    assert get_client(app, "mermoz").responsible_email == "jean.durand@mermoz.example"
    with app.sessions() as session:
        override = session.scalar(select(RequestEvent).where(RequestEvent.action == "override"))
        assert override is not None and "K-BIS seen by phone" in override.detail
        assert override.actor == "shell:bob"
    approval = outbox_since(app, 0)[-1]
    assert "vérification des documents" not in body(approval)  # not claimed when overridden


def test_client_writing_on_an_answered_request_reopens_it_but_a_thanks_does_not(clients: App) -> None:
    app = clients
    opened = open_as(app, "password_reset", "Bonjour, j'ai perdu le mot de passe du compte client.")
    assert get_request(app, opened.ref).state == "answered"
    reply(app, opened.mails[-1], "Merci beaucoup, bien reçu !")
    assert get_request(app, opened.ref).state == "answered"  # a thanks stays in the thread
    reply(
        app,
        opened.mails[-1],
        "Aucune adresse ne marche plus, pouvez-vous le réinitialiser ? J'accepte les frais.",
    )
    assert get_request(app, opened.ref).state == "client_wrote"
    queue = [i["request"] for i in run_command(app.staff, ["queue"], "shell:bob").data]  # type: ignore[union-attr]
    assert opened.ref in queue
    assert app.staff.show(opened.ref)["waiting_on"] == "staff"
    app.staff.reply(
        opened.ref, "Bonjour,\nC'est fait, voici la marche à suivre.\nCordialement,\nBob", "shell:bob"
    )
    assert get_request(app, opened.ref).state == "answered"  # answered: closed again
    sent = body(outbox_since(app, 0)[-1])
    assert sent.count("Bonjour") == 1 and sent.count("Cordialement") == 0
    assert "C'est fait, voici la marche à suivre." in sent


def test_short_thanks_detection() -> None:
    assert is_short_thanks("Merci, bien reçu !")
    assert is_short_thanks("Thanks a lot")
    assert not is_short_thanks("Merci, mais ça ne marche toujours pas")
    assert not is_short_thanks("Merci. Pouvez-vous aussi ajouter un avion ?")
    assert staff_words("Bonjour Madame,\n\nC'est corrigé.\n\nCordialement,\nBob") == "C'est corrigé."


def test_take_give_mine_note_find_client_files(clients: App, tmp_path: Path) -> None:
    app = clients
    ref = ingest(
        app,
        SUPPORT,
        subject="Export comptable",
        attachments=[("capture.png", "image/png", b"\x89PNG fake"), ("../../evil.txt", "text/plain", b"x")],
    )
    run_command(app.staff, ["take", ref], "telegram:42 (Alice)")
    assert get_request(app, ref).owner == "Alice"
    mine = run_command(app.staff, ["mine"], "telegram:42 (Alice)").data
    assert [i["request"] for i in mine] == [ref]  # type: ignore[union-attr,index]
    run_command(app.staff, ["give", ref, "@bob"], "telegram:42 (Alice)")
    queue = run_command(app.staff, ["queue", "--json"], "shell:bob")
    item = queue.data[0]  # type: ignore[index]
    assert item["owner"] == "bob" and item["subject"] == "Export comptable" and item["waiting_on"] == "staff"
    assert "OWNER" in queue.text and "bob" in queue.text  # a table for a terminal
    before = mail_count(app)
    run_command(app.staff, ["note", ref, "client", "called,", "will", "send", "logs"], "shell:bob")
    assert mail_count(app) == before  # a note is never sent
    assert any(e["action"] == "note" for e in app.staff.show(ref)["events"])

    assert [i.request for i in app.staff.find("export")] == [ref]
    assert [i.request for i in app.staff.find(ref)] == [ref]
    assert [i.request for i in app.staff.find("tresorier@mermoz")] == [ref]
    record = run_command(app.staff, ["client", "mermoz", "--json"], "shell:bob").data
    assert set(record) == {"client", "balance", "open", "recent"}  # type: ignore[arg-type]
    assert record["client"]["platform"] == "mermoz" and record["open"][0]["request"] == ref  # type: ignore[index]

    out = tmp_path / "files"
    listed = run_command(app.staff, ["files", ref, "--out", str(out)], "shell:bob").data
    names = sorted(p.name for p in out.iterdir())
    assert (out / "capture.png").read_bytes() == b"\x89PNG fake"
    assert len(names) == 2 and all("/" not in n for n in names)
    assert {d["name"] for d in listed} >= {"capture.png"}  # type: ignore[union-attr,index]


def test_link_an_unknown_sender_records_a_contact_and_routes(clients: App) -> None:
    app = clients
    ref = ingest(
        app, "Bonjour, l'export ne marche plus sur la plateforme mermoz.", sender="nouveau@mermoz.example"
    )
    assert get_request(app, ref).state == "triage"
    suggestions = run_command(app.staff, ["link", ref], "shell:bob").data
    assert "mermoz" in suggestions["suggestions"]  # type: ignore[index]
    run_command(app.staff, ["link", ref, "mermoz"], "shell:bob")
    request = get_request(app, ref)
    assert request.client_id is not None
    with app.sessions() as session:
        contact = session.scalar(select(ClientContact))
        assert contact is not None and contact.address == "nouveau@mermoz.example"
        client = session.get(Client, contact.client_id)
        assert client is not None and client.platform == "mermoz"
    later = ingest(app, "Bonjour, une autre question sur les factures ?", sender="nouveau@mermoz.example")
    assert get_request(app, later).client_id == request.client_id  # a known sender now


def test_reopen_and_done_on_client_wrote_closes_without_mail(clients: App) -> None:
    app = clients
    opened = open_as(app, "password_reset", "Bonjour, j'ai perdu le mot de passe du compte client.")
    run_command(app.staff, ["reopen", opened.ref], "shell:bob")
    assert get_request(app, opened.ref).state == "client_wrote"
    before = mail_count(app)
    run_command(app.staff, ["done", opened.ref], "shell:bob")
    assert get_request(app, opened.ref).state == "answered" and mail_count(app) == before


def test_flood_from_one_sender_collapses_into_one_counted_message(clients: App) -> None:
    app = clients
    for i in range(12):
        ingest(
            app,
            f"Bonjour, message automatique numéro {i}",
            sender="robot@flood.example",
            subject=f"Alerte {i}",
        )
    ordinary, floods = sender_notices(app, "robot@flood.example")
    assert len(ordinary) == 3 and len(floods) == 1
    assert floods[0].count == 9 and "9 more" in floods[0].text


def test_unknown_command_lists_the_commands(clients: App) -> None:
    with pytest.raises(CommandError) as unknown:
        run_command(clients.staff, ["frobnicate"], "shell:bob")
    assert unknown.value.usage and "queue" in str(unknown.value) and "take" in str(unknown.value)


def test_shell_as_name_anywhere_and_closed_pipe(workdir: Path) -> None:
    (workdir / "m.eml").write_bytes(
        b"From: tresorier@mermoz.example\r\nTo: support@localhost\r\nSubject: Export\r\n"
        b"Message-ID: <m1@client.example>\r\n\r\nL'export ne marche plus, pouvez-vous regarder ?\r\n"
    )
    ref = json.loads(ofbot(workdir, "ingest", "--json", "m.eml").stdout)[0]["request"]
    took = ofbot(workdir, "staff", "take", ref, "--as", "anne", "--json")
    assert took.returncode == 0, took.stderr
    assert json.loads(took.stdout)["owner"] == "anne"
    ofbot(workdir, "--as", "marc", "staff", "note", ref, "rappelé", "le", "client")
    shown = json.loads(ofbot(workdir, "staff", "show", ref, "--json").stdout)
    actors = {e["actor"] for e in shown["events"] if e["action"] in ("take", "note")}
    assert actors == {"shell:anne", "shell:marc"}
    plain = ofbot(workdir, "staff", "show", ref)
    assert "L'export ne marche plus" in plain.stdout and "24/11/2026 10:00" in plain.stdout  # local time
    piped = subprocess.run(
        f"{sys.executable} -m bot.cli staff queue | head -c 1",
        shell=True,
        cwd=workdir,
        env={
            "PATH": "/usr/bin:/bin",
            "HOME": str(workdir),
            "PYTHONPATH": str(Path(__file__).resolve().parents[2]),
        },
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert "Traceback" not in piped.stderr


@pytest.fixture
def workdir(tmp_path: Path, db_url: str) -> Path:
    from tests.conftest import CLIENTS_CSV

    (tmp_path / "ofbot.toml").write_text(f'[database]\nurl = "{db_url}"\n', encoding="utf-8")
    (tmp_path / "clients.csv").write_text(CLIENTS_CSV, encoding="utf-8")
    assert ofbot(tmp_path, "init").returncode == 0
    assert ofbot(tmp_path, "clients", "import", "clients.csv").returncode == 0
    return tmp_path


def digest_rows(app: App) -> list[StaffNotification]:
    with app.sessions() as session:
        return list(
            session.scalars(
                select(StaffNotification)
                .where(StaffNotification.event.in_(["digest", "weekly_digest", "staff_reminder"]))
                .order_by(StaffNotification.id)
            )
        )


def test_morning_digest_once_after_its_time_and_staff_reminder(clients: App) -> None:
    from bot.jobs import Jobs

    app = clients
    assert isinstance(app.clock, FixedClock)
    app.clock.instant = dt.datetime(2026, 11, 24, 7, 0, tzinfo=dt.UTC)  # Tuesday 08:00 in Paris
    ref = ingest(app, SUPPORT, subject="Export")
    jobs = Jobs(app.sessions, app.settings, app.clock, app.renderer)
    jobs.run_due()
    assert digest_rows(app) == []  # before 08:30
    advance(app, 45)  # 08:45 Paris
    jobs.run_due()
    jobs.run_due()
    (digest,) = digest_rows(app)
    assert digest.event == "digest" and "New (1)" in digest.text and ref in digest.text
    assert "Waiting on staff, oldest first (1)" in digest.text
    advance(app, 25 * 60)  # a day later: the next digest, and the request waited too long on staff
    jobs.run_due()
    jobs.run_due()
    events = [r.event for r in digest_rows(app)]
    assert events.count("digest") == 2 and events.count("staff_reminder") == 1


def test_weekly_digest_and_report_png(clients: App, workdir: Path) -> None:
    from bot.jobs import Jobs

    app = clients
    assert isinstance(app.clock, FixedClock)
    app.clock.instant = dt.datetime(2026, 11, 30, 8, 0, tzinfo=dt.UTC)  # Monday 09:00 in Paris
    ingest(app, SUPPORT, subject="Export")
    Jobs(app.sessions, app.settings, app.clock, app.renderer).staff_digests()
    weekly = [r for r in digest_rows(app) if r.event == "weekly_digest"]
    assert len(weekly) == 1 and "Weekly digest" in weekly[0].text

    result = ofbot(workdir, "report", "--weekly", "--png", "week.png")
    assert result.returncode == 0, result.stderr
    assert "Weekly digest" in result.stdout
    assert (workdir / "week.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_canned_answers_in_the_clients_language(clients: App) -> None:
    app = clients
    names = run_command(app.staff, ["canned"], "shell:bob").data
    assert "more_info" in names  # type: ignore[operator]
    ref = ingest(
        app,
        "Hello,\nThe accounting export stopped working yesterday. Could you have a look?\nThanks",
        sender="ops@skyschool.example",
        subject="Export broken",
    )
    run_command(app.staff, ["canned", ref, "more_info"], "shell:bob")
    sent = body(outbox_since(app, 0)[-1])
    assert sent.startswith("Hello,") and "could you tell us which page" in sent
    assert sent.count("Hello") == 1
