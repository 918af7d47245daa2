"""Sender authentication (issue 12 item 5, RELIABILITY 13): our MTA's SPF/DKIM/DMARC verdicts are
read, shown to staff, and a sensitive request whose sender failed them is never approved with one
tap: only with an explicit override and its reason."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import select

from bot.app import App
from bot.explain import explain_file
from bot.mail.auth import SenderAuth, sender_auth
from bot.staff.commands import run_command
from bot.staff.service import CommandError
from storage.models import Request, RequestEvent
from tests.handlers.helpers import get_client, get_request, ingest, outbox_since, reply
from tests.support.mail import make_mail

FAILED = "mx.openflyers.example; spf=fail smtp.mailfrom=mermoz.example; dkim=none; dmarc=fail header.from=mermoz.example"
PASSED = "mx.openflyers.example; spf=pass (sender SPF authorized) smtp.mailfrom=mermoz.example; dkim=pass header.d=mermoz.example; dmarc=pass"
ASK = (
    "Bonjour,\n\nSuite à notre assemblée générale, notre président a changé. Le nouveau responsable "
    "OpenFlyers est Marc Lefebvre, marc.lefebvre@free.example.\nVous trouverez ci-joint le courrier "
    "signé du président et l'extrait K-BIS.\n\nCordialement"
)
PDF = "application/pdf"
DOCUMENTS = [("courrier_signe.pdf", PDF, b"%PDF-1.4 letter"), ("extrait-kbis.pdf", PDF, b"%PDF-1.4 kbis")]


def headers(*values: str) -> list[tuple[str, str]]:
    return [("Authentication-Results", v) for v in values]


def test_reading_the_verdicts() -> None:
    auth = sender_auth(headers(FAILED))
    assert auth == SenderAuth("mx.openflyers.example", "fail", "none", "fail")
    assert auth.failed and auth.summary() == "SPF fail, DKIM none, DMARC fail"
    assert not sender_auth(headers(PASSED)).failed  # type: ignore[union-attr]
    assert sender_auth([("Subject", "spf=fail")]) is None


def test_dmarc_pass_outweighs_one_failed_method_and_without_dmarc_any_failure_counts() -> None:
    assert not sender_auth(headers("mx.example; spf=softfail; dkim=pass; dmarc=pass")).failed  # type: ignore[union-attr]
    assert sender_auth(headers("mx.example; spf=softfail; dkim=pass")).failed  # type: ignore[union-attr]


def test_only_our_mta_counts() -> None:
    forged_pass = "mx.openflyers.example; spf=pass; dkim=pass; dmarc=pass"
    ours = "relay.internal; dmarc=fail"
    # configured: the sender's own header (same text, other id) is ignored, ours is read
    assert sender_auth(headers(forged_pass, ours), ["relay.internal"]).dmarc == "fail"  # type: ignore[union-attr]
    assert sender_auth(headers(forged_pass), ["relay.internal"]) is None
    # not configured: the topmost header only (added last, closest to us)
    assert sender_auth(headers(ours, forged_pass)).dmarc == "fail"  # type: ignore[union-attr]
    # a failure among our own verdicts is never hidden by a later pass
    assert sender_auth(headers("relay.internal; dmarc=fail; dmarc=pass"), ["relay.internal"]).failed  # type: ignore[union-attr]


def owner_change(app: App, auth: str) -> str:
    ref = ingest(
        app,
        ASK,
        sender="president@mermoz.example",
        subject="Changement de responsable OpenFlyers",
        headers={"Authentication-Results": auth},
        attachments=DOCUMENTS,
    )
    request = get_request(app, ref)
    if request.kind != "owner_change":  # the classifier is not under test here
        app.staff.set_kind(ref, "owner_change", "shell:test")
    return ref


def make_ready(app: App, ref: str) -> None:
    """Whatever the document check said, the request reaches the state where staff approve."""
    request = get_request(app, ref)
    if request.state == "waiting_documents":
        sent = outbox_since(app, 0)[-1]
        reply(
            app,
            sent,
            "Voici les documents.",
            attachments=DOCUMENTS,
            headers={"Authentication-Results": PASSED},
        )


def test_a_forged_owner_change_needs_an_override(clients: App) -> None:
    ref = owner_change(clients, FAILED)
    make_ready(clients, ref)
    shown = clients.staff.show(ref)
    assert shown["sender_auth"]["failed"] is True
    assert "SPF fail" in run_command(clients.staff, ["show", ref], "shell:alice").text

    with pytest.raises(CommandError) as refused:
        run_command(clients.staff, ["approve", ref], "shell:alice")
    assert "failed authentication" in str(refused.value) and "--override" in str(refused.value)
    assert get_client(clients, "mermoz").responsible_email == "president@mermoz.example"  # nothing applied

    with pytest.raises(CommandError) as usage:
        run_command(clients.staff, ["approve", ref, "--override"], "shell:alice")
    assert usage.value.usage

    run_command(clients.staff, ["approve", ref, "--override", "called", "the", "president"], "shell:alice")
    assert get_client(clients, "mermoz").responsible_email == "marc.lefebvre@free.example"
    with clients.sessions() as session:
        request_id = session.scalar(select(Request.id).where(Request.ref == ref))
        events = session.scalars(select(RequestEvent).where(RequestEvent.request_id == request_id)).all()
    override = [e for e in events if e.action == "override"]
    assert len(override) == 1 and "called the president" in override[0].detail
    assert override[0].actor == "shell:alice"


def test_an_authenticated_owner_change_is_approved_as_before(clients: App) -> None:
    ref = owner_change(clients, PASSED)
    make_ready(clients, ref)
    assert clients.staff.show(ref)["sender_auth"]["failed"] is False
    clients.staff.approve(ref, "shell:alice")
    assert get_client(clients, "mermoz").responsible_email == "marc.lefebvre@free.example"


def test_explain_shows_the_verdicts(clients: App) -> None:
    raw = make_mail(ASK, sender="president@mermoz.example", headers={"Authentication-Results": FAILED})
    got = explain_file(clients.settings, raw)
    assert got["sender_auth"] == {
        "authserv_id": "mx.openflyers.example",
        "spf": "fail",
        "dkim": "none",
        "dmarc": "fail",
        "failed": True,
    }
    assert json.dumps(got)  # still one JSON document
