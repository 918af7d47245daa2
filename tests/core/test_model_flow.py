"""The kind model in the desk: predictions recorded and shown, staff corrections in any state,
corrections in the next model, the report, and the gate keeping a second ask open."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Mapping
from pathlib import Path

from sqlalchemy import select

from bot.app import App
from bot.learning import commands
from bot.understand.kind_model import KindModel
from storage.models import KindLabel, PredictionRow, StaffNotification
from tests.support.mail import make_mail

HOURS = "Bonjour, combien d'heures de bonus nous reste-t-il pour cette année ? Merci"
ROOT = Path(__file__).resolve().parents[2]


def _ingest(app: App, text: str, subject: str = "Heures de bonus") -> dict[str, object]:
    return app.ingestor.ingest(make_mail(text, subject=subject), "test").explanation


def test_a_new_request_carries_confidence_candidates_and_a_recorded_prediction(clients: App) -> None:
    data = _ingest(clients, HOURS)
    assert data["kind"] == "hours_statement" and data["triage"] is False
    candidates = data["candidates"]
    assert isinstance(candidates, list) and len(candidates) == 3
    assert candidates[0]["kind"] == "hours_statement" and candidates[0]["p"] == data["confidence"]
    assert candidates[0]["p"] >= candidates[1]["p"] >= candidates[2]["p"]
    shown = clients.staff.show(str(data["request"]))
    assert shown["confidence"] == data["confidence"] and shown["candidates"] == candidates
    assert shown["prediction"]["rules_kind"] == "hours_statement" and shown["prediction"]["auto_answer"]
    with clients.sessions() as session:
        row = session.scalar(select(PredictionRow))
        assert row is not None and row.model_id == KindModel.packaged().model_id
        assert json.loads(row.reasons) and "hours_statement" in json.loads(row.probabilities)


def test_staff_correct_the_kind_of_an_answered_request(clients: App) -> None:
    ref = str(_ingest(clients, HOURS)["request"])
    assert clients.staff.show(ref)["state"] == "answered"
    result = clients.staff.set_kind(ref, "dev_quote", "shell:alice")
    assert (result["kind"], result["state"]) == ("dev_quote", "needs_estimate")
    with clients.sessions() as session:
        label = session.scalar(select(KindLabel))
        assert label is not None and (label.kind, label.previous_kind) == ("dev_quote", "hours_statement")
        texts = session.scalars(select(StaffNotification.text)).all()
    told = [t for t in texts if "already received" in t]
    assert told and "relevé" in told[0].lower()
    report = commands.report_for(clients, None)
    assert report["corrections_per_kind"] == {"hours_statement": 1}
    assert report["confusion"] == [{"predicted": "hours_statement", "corrected": "dev_quote", "count": 1}]
    assert report["messages"] == 1 and report["automatic"] == 1 and report["automatic_rate"] == 1.0


def test_a_corrected_kind_finds_the_fields_the_client_wrote(clients: App) -> None:
    text = (
        "Bonjour, notre export plante. Par ailleurs nous voudrions la version 4, pas avant le 15 mars 2027."
    )
    ref = str(_ingest(clients, text, subject="Export en panne")["request"])
    clients.staff.set_kind(ref, "migration", "shell:alice")
    shown = clients.staff.show(ref)
    assert shown["kind"] == "migration"
    assert (shown["not_before"], shown["target_version"]) == ("2027-03-15", "4")


def test_the_next_model_learns_staff_corrections(clients: App, tmp_path: Path) -> None:
    corpus = tmp_path / "corpus" / "train" / "mini"
    corpus.mkdir(parents=True)
    expected = {}
    samples = [
        ("migration", "Migration", "Nous voulons migrer en version 4."),
        ("migration", "Version 4", "Pouvez-vous passer notre plateforme en version 4 ?"),
        ("support", "Erreur", "La page des réservations affiche une erreur."),
        ("support", "Bug", "L'export comptable ne fonctionne plus."),
    ]
    for n, (kind, subject, text) in enumerate(samples):
        (corpus / f"{n}.eml").write_bytes(make_mail(text, subject=subject))
        expected[f"{n}.eml"] = {"kind": kind, "suppressed": False, "reply": None}
    (corpus / "expected.json").write_text(json.dumps(expected))
    ref = str(_ingest(clients, HOURS)["request"])
    clients.staff.set_kind(ref, "support", "shell:alice")
    summary = commands.train_and_store(clients, corpus_root=tmp_path)
    contract = {"model", "trained_at", "examples", "corrections", "cv_accuracy", "threshold"}
    assert set(summary) == contract | {"reply"} and summary["reply"] is None  # no labelled replies
    assert (summary["examples"], summary["corrections"]) == (5, 1)
    assert commands.show(clients) == summary
    with clients.sessions() as session:
        live = clients.models.current(session)
    assert live.model_id == summary["model"]
    assert _ingest(clients, "Une erreur sur la page d'accueil.", subject="Erreur")["kind"] == "support"


def test_a_mail_with_a_second_ask_stays_open_for_staff(clients: App) -> None:
    class TwoAsks:
        model_id = "two-asks"
        threshold = 0.5

        reply = None  # no reply model: the rules read replies

        def threshold_for(self, kind: str) -> float:
            return self.threshold

        def probabilities(self, subject: str, text: str) -> Mapping[str, float]:
            return {"hours_statement": 0.7, "dev_quote": 0.3}

    class Fixed:
        def current(self, session: object) -> TwoAsks:
            return TwoAsks()

    clients.ingestor.models = Fixed()  # type: ignore[assignment]
    data = _ingest(clients, HOURS + "\nEt combien coûterait un export vers notre logiciel de paie ?")
    shown = clients.staff.show(str(data["request"]))
    assert data["triage"] is False and shown["state"] == "triage"
    assert any("also ask for dev_quote" in e["detail"] for e in shown["events"])


def test_commands_that_read_no_mail_do_not_import_scikit_learn(tmp_path: Path) -> None:
    code = (
        "import sys; from bot.cli import main; "
        f"main(['--db', 'sqlite:///{tmp_path}/x.db', 'init']); "
        f"main(['--db', 'sqlite:///{tmp_path}/x.db', 'staff', 'queue', '--json']); "
        f"main(['--db', 'sqlite:///{tmp_path}/x.db', 'model', 'show', '--json']); "
        "print('SKLEARN', 'sklearn' in sys.modules)"
    )
    out = subprocess.run(
        [sys.executable, "-c", code],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=True,
        env={"PYTHONPATH": str(ROOT)},
    ).stdout
    assert "SKLEARN False" in out


def test_staff_may_set_the_kind_of_an_unknown_senders_request(clients: App) -> None:
    mail = make_mail(HOURS, subject="Heures", sender="someone@elsewhere.example")
    ref = str(clients.ingestor.ingest(mail, "test").explanation["request"])
    result = clients.staff.set_kind(ref, "hours_statement", "shell:alice")
    assert (result["kind"], result["state"]) == ("hours_statement", "triage")  # nothing answered yet
    with clients.sessions() as session:
        assert session.scalar(select(KindLabel.kind)) == "hours_statement"


def test_the_next_reply_model_learns_staff_reply_intent_corrections(clients: App, tmp_path: Path) -> None:
    from bot.staff.commands import run_command
    from tests.handlers.helpers import open_as, outbox_since, reply

    corpus = tmp_path / "corpus" / "train" / "mini"
    corpus.mkdir(parents=True)
    expected: dict[str, object] = {}
    samples = [
        ("migration", None, "Migration", "Nous voulons migrer en version 4."),
        ("migration", None, "Version 4", "Pouvez-vous passer notre plateforme en version 4 ?"),
        ("support", None, "Erreur", "La page des réservations affiche une erreur."),
        ("support", None, "Bug", "L'export comptable ne fonctionne plus."),
        (None, "confirm", "Re: devis", "Oui, allez-y."),
        (None, "confirm", "Re: devis", "Yes, please go ahead."),
        (None, "refuse", "Re: devis", "Non merci, nous ne donnerons pas suite."),
        (None, "refuse", "Re: devis", "No thanks, we will pass."),
        (None, "question", "Re: devis", "Est-ce que cela comprend l'export ?"),
        (None, "question", "Re: devis", "How long will it take?"),
        (None, "confirm", "Re: devis", "Oui, allez-y, merci."),
        (None, "refuse", "Re: devis", "Non merci, pas cette année."),
        (None, "question", "Re: devis", "Est-ce que cela comprend les factures ?"),
    ]
    for n, (kind, intent, subject, text) in enumerate(samples):
        (corpus / f"{n}.eml").write_bytes(make_mail(text, subject=subject))
        expected[f"{n}.eml"] = {"kind": kind, "suppressed": False, "reply": intent}
    (corpus / "expected.json").write_text(json.dumps(expected))
    opened = open_as(clients, "support", "L'export ne fonctionne plus.", sender="tresorier@mermoz.example")
    run_command(clients.staff, ["estimate", opened.ref, "2"], "shell:alice")
    estimate = outbox_since(clients, opened.mails[-1].id)[-1]
    reply(clients, estimate, "Je vous laisse voir avec Paul, il a la main sur le budget.")
    run_command(clients.staff, ["reply-intent", opened.ref, "refuse"], "shell:alice")
    summary = commands.train_and_store(clients, corpus_root=tmp_path)
    replies = summary["reply"]
    assert isinstance(replies, dict)
    assert (replies["examples"], replies["corrections"]) == (10, 1)
    assert commands.show(clients)["reply"] == replies
    with clients.sessions() as session:
        live = clients.models.current(session)
    assert live.reply is not None and live.reply.model_id == replies["model"]
