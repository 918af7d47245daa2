"""Change of the person in charge (R10-R13, R7, R71): documents listed, staff approve, record updated."""

from __future__ import annotations

import pytest

from bot.app import App
from bot.mail.parse import Attachment
from bot.staff.service import CommandError
from handlers.owner_change import check_documents
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

ASK = (
    "Bonjour,\n\nSuite à notre assemblée générale, notre président a changé. Le nouveau responsable "
    "OpenFlyers est Marc Lefebvre, marc.lefebvre@free.example.\n\nCordialement"
)
PDF = "application/pdf"
LETTER = ("courrier_signe.pdf", PDF, b"%PDF-1.4 letter")
KBIS = ("extrait-kbis.pdf", PDF, b"%PDF-1.4 kbis")


def att(name: str, ctype: str = PDF) -> Attachment:
    return Attachment(name, ctype, 10, False)


def test_document_heuristics() -> None:
    both = check_documents((att("Lettre président.pdf"), att("PV_AG_2026.pdf")))
    assert both.complete and not both.staff_must_verify
    only_letter = check_documents((att("courrier.pdf"),))
    assert only_letter.missing == ("official",)
    one_unclear = check_documents((att("scan0001.pdf"),))
    assert one_unclear.missing == ("letter",) and one_unclear.staff_must_verify
    two_unclear = check_documents((att("scan1.pdf"), att("IMG_2201.jpg", "image/jpeg")))
    assert two_unclear.complete and two_unclear.staff_must_verify
    assert check_documents((att("notes.txt", "text/plain"),)).missing == ("official", "letter")
    assert check_documents((att("Statuts.pdf"), att("letter.docx", "application/msword"))).complete


def test_missing_documents_are_listed_and_answered_on_record_only(clients: App) -> None:
    opened = open_as(clients, "owner_change", ASK, attachments=[LETTER])
    request = get_request(clients, opened.ref)
    assert request.state == "waiting_documents"
    assert [m.to_addr for m in opened.mails] == ["tresorier@mermoz.example"]  # never the new address
    text = body(opened.mails[0])
    assert "courrier_signe.pdf" in text and "document officiel" in text
    assert "K-BIS" in text and "plus de la moitié des parts" not in text  # a club: no R12
    assert "missing official" in notes(clients, opened.ref)[-1]


def test_no_attachment_lists_both_and_r11(clients: App) -> None:
    opened = open_as(clients, "owner_change", ASK)
    text = body(opened.mails[0])
    assert "n'est pas nécessaire si le nouveau responsable OpenFlyers apparaît sur l'extrait K-BIS" in text
    assert get_request(clients, opened.ref).state == "waiting_documents"


def test_company_gets_the_shares_rule(clients: App) -> None:
    update_client(clients, "skyschool", structure_kind="company")
    opened = open_as(
        clients,
        "owner_change",
        "Hello, our new person in charge is Mary Jones, mary@newmail.example. Regards",
        sender="office@skyschool.example",
    )
    assert "more than half of the shares" in body(opened.mails[0])


def test_reply_with_documents_completes_then_approve_updates_record(clients: App) -> None:
    app = clients
    opened = open_as(app, "owner_change", ASK, attachments=[LETTER])
    reply(app, opened.mails[0], "Voici l'extrait K-BIS.", attachments=[KBIS])
    request = get_request(app, opened.ref)
    assert request.state == "queued"
    received = outbox_since(app, opened.mails[0].id)[-1]
    assert received.template == "owner_change/documents_received"
    assert received.to_addr == "tresorier@mermoz.example"
    assert "marc.lefebvre@free.example" in body(received)

    app.staff.approve(opened.ref, "shell:alice")
    client = get_client(app, "mermoz")
    assert client.responsible_email == "marc.lefebvre@free.example"
    assert client.responsible_name == "Marc Lefebvre"
    assert get_request(app, opened.ref).state == "done"
    approved = [m for m in outbox_since(app, received.id) if m.template == "owner_change/approved"]
    assert sorted(m.to_addr for m in approved) == sorted(
        ["president@mermoz.example", "marc.lefebvre@free.example", "club@mermoz.example"]
    )
    assert "Claire Dupont" in body(approved[0]) and "Marc Lefebvre" in body(approved[0])


def test_approve_without_a_clear_new_address_is_refused(clients: App) -> None:
    opened = open_as(
        clients,
        "owner_change",
        "Bonjour, notre responsable OpenFlyers change, voir les pièces jointes.",
        attachments=[LETTER, KBIS],
    )
    assert get_request(clients, opened.ref).state == "queued"
    with pytest.raises(CommandError, match="reply"):
        clients.staff.approve(opened.ref, "shell:alice")
    assert get_client(clients, "mermoz").responsible_email == "president@mermoz.example"


def test_reject_uses_the_common_rejection(clients: App) -> None:
    opened = open_as(clients, "owner_change", ASK, attachments=[LETTER, KBIS])
    clients.staff.reject(opened.ref, "Le signataire n'apparaît pas sur le procès-verbal.", "shell:alice")
    assert get_request(clients, opened.ref).state == "rejected"
    assert outbox_since(clients, opened.mails[-1].id)[-1].template == "common/rejected"


def test_unknown_sender_stays_in_triage(clients: App) -> None:
    from tests.handlers.helpers import ingest

    ref = ingest(clients, ASK, sender="marc.lefebvre@free.example", attachments=[LETTER, KBIS])
    request = get_request(clients, ref)
    assert request.state == "triage" and request.client_id is None
    assert outbox_since(clients, 0) == []


def test_integration_typical_french_message(clients: App) -> None:
    opened = open_as(
        clients,
        "owner_change",
        "Bonjour,\n\nSuite à l'élection de notre nouveau bureau, nous vous demandons de changer le responsable "
        "OpenFlyers de notre plateforme. Le nouveau responsable est Marc Lefebvre (marc.lefebvre@free.example). "
        "Vous trouverez ci-joint le courrier signé du président et le procès-verbal de l'AG.\n\nCordialement",
        subject="Changement de responsable OpenFlyers",
        attachments=[LETTER, ("PV_AG.pdf", PDF, b"%PDF pv")],
    )
    request = get_request(clients, opened.ref)
    assert request.kind == "owner_change" and request.state == "queued"
