"""The books from the command line, as an outside check runs them: mail in with ``ofbot ingest``,
``ofbot explain``, ``ofbot staff ... --json``, and the mail read from the outbox maildir."""

from __future__ import annotations

import json
import mailbox
import re
from email import message_from_bytes, policy
from pathlib import Path

from tests.core.test_cli import ofbot
from tests.support.mail import make_mail

FP = "bureau@mermoz-ulm.example"
MIGRATE = "Bonjour,\n\nNous souhaitons migrer notre plateforme vers la version 4, pas avant le 15 mars 2027.\n\nMerci"


def run_json(folder: Path, *args: str) -> object:
    result = ofbot(folder, *args, "--json")
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def outbox_texts(folder: Path) -> dict[str, str]:
    """Subject -> plain text of every mail in the outbox maildir (non-breaking spaces as spaces)."""
    found: dict[str, str] = {}
    for raw in mailbox.Maildir(folder / "var" / "outbox", factory=None):
        msg = message_from_bytes(raw.as_bytes(), policy=policy.default)
        part = msg.get_body(preferencelist=("plain",))
        assert part is not None
        found[str(msg["Subject"])] = str(part.get_content()).replace("\u00a0", " ").replace("\u202f", " ")
    return found


def ingest(folder: Path, name: str, raw: bytes) -> dict[str, object]:
    (folder / name).write_bytes(raw)
    (item,) = run_json(folder, "ingest", name)  # type: ignore[misc]
    assert isinstance(item, dict)
    return item


def test_set_up_package_taken_in_the_ok_is_invoiced(workdir: Path) -> None:
    item = ingest(workdir, "m1.eml", make_mail(MIGRATE, sender=FP, subject="Migration version 4"))
    ref = str(item["request"])
    if item["kind"] != "migration" or item["triage"]:
        run_json(workdir, "staff", "kind", ref, "migration")
    terms = [t for s, t in outbox_texts(workdir).items() if ref in s]
    assert any("300,00 € HT" in t and "« OK, avec le forfait paramétrage »" in t for t in terms)
    ok = make_mail("OK, avec le forfait paramétrage.", sender=FP, subject=f"Re: [{ref}] Migration version 4")
    assert ingest(workdir, "m2.eml", ok)["reply"] == "confirm"
    (invoice,) = run_json(workdir, "staff", "invoices", "mermoz-ulm")  # type: ignore[misc]
    assert invoice["request"] == ref and [line["unit_ht"] for line in invoice["lines"]] == [50.0, 300.0]
    assert (invoice["total_ht"], invoice["total_ttc"]) == (350.0, 420.0)
    number = re.compile(rf"\b{re.escape(str(invoice['invoice']))}\b")  # F-2026-0001 is inside OF-2026-0001
    mail = next(t for s, t in outbox_texts(workdir).items() if number.search(s))
    assert "Forfait paramétrage : 1 × 300,00 € HT" in mail and "420,00 € TTC" in mail
    paid = run_json(workdir, "staff", "paid", ref, "--method", "transfer")
    assert isinstance(paid, dict) and paid["state"] == "queued"


def test_explain_and_ingest_agree_on_a_contribution(workdir: Path) -> None:
    idea = (
        "Bonjour,\n\nNous souhaitons un devis de développement : un export des vols vers notre comptabilité."
    )
    item = ingest(
        workdir, "q.eml", make_mail(idea, sender="tresorier@mermoz.example", subject="Devis export")
    )
    ref = str(item["request"])
    if item["kind"] != "dev_quote" or item["triage"]:
        run_json(workdir, "staff", "kind", ref, "dev_quote")
    offer = make_mail(f"Hello,\n\nWe will contribute 5 hours to {ref}.", sender="office@skyschool.example")
    (workdir / "offer.eml").write_bytes(offer)
    explained = run_json(workdir, "explain", "offer.eml")
    ingested = ingest(workdir, "offer.eml", offer)
    assert isinstance(explained, dict)
    for field in ("request", "kind", "reply", "triage", "client", "next_action"):
        assert explained[field] == ingested[field], field
    assert explained["request"] == ref and explained["kind"] is None
    thanks = [t for s, t in outbox_texts(workdir).items() if s.startswith("Contribution offer received")]
    assert thanks and thanks[0].startswith("Hello")  # skyschool wrote in English; the requester in French
