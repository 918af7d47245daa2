"""The staff desk in the chat (issue 9): drafts from replies to cards, notes, double taps,
confirmations of outside effects, overrides with a reason, links for unknown senders, files."""

from __future__ import annotations

from sqlalchemy import select

from bot.app import App
from storage.models import ClientContact, OutboxMail, RequestEvent
from tests.support.fake_botapi import ChatMessage, FakeBotApi
from tests.support.mail import make_mail
from tests.telegram.conftest import STAFF_CHAT, STAFF_USER, Service
from tests.telegram.test_staff_chat import SUPPORT, card_of, events, mails_about, new_request, state, wait_ref


def bot_message(fake: FakeBotApi, starts: str) -> ChatMessage:
    return fake.wait(
        lambda: next((m for m in fake.chat(STAFF_CHAT) if m.from_bot and m.text.startswith(starts)), None)
    )


def press(fake: FakeBotApi, message: ChatMessage, label: str, name: str = "Alice") -> None:
    data = dict(message.buttons())[label]
    fake.push(fake.button_update(STAFF_CHAT, STAFF_USER, data, message, name=name))


def test_reply_to_card_is_a_draft_sent_once_and_note_is_never_sent(
    service: Service, fake: FakeBotApi, tg_app: App
) -> None:
    ref, card = new_request(service, fake)
    assert {"Reply…", "Note…", "Take"} <= set(dict(card.buttons()))
    fake.push(
        fake.message_update(
            STAFF_CHAT,
            STAFF_USER,
            "Bonjour,\nNous regardons l'export tout de suite.\nCordialement",
            reply_to=card,
        )
    )
    draft = bot_message(fake, "Draft to")
    assert "Nous regardons l'export tout de suite." in draft.text and "Cordialement" not in draft.text
    assert [label for label, _ in draft.buttons()] == ["Send", "Edit", "Cancel"]
    assert len(mails_about(tg_app, ref)) == 1  # only the acknowledgment so far
    press(fake, draft, "Send")
    press(fake, draft, "Send")  # a double tap
    fake.wait(lambda: draft.text.startswith("✔ Sent"))
    fake.wait(lambda: len(mails_about(tg_app, ref)) == 2)
    fake.push(fake.message_update(STAFF_CHAT, STAFF_USER, "/queue"))
    fake.wait(lambda: any(m.text.startswith("REF") for m in fake.chat(STAFF_CHAT)))
    assert len(mails_about(tg_app, ref)) == 2  # sent once
    assert [e.action for e in events(tg_app, ref)].count("reply") == 1

    fake.push(fake.message_update(STAFF_CHAT, STAFF_USER, "note: le client rappelle demain", reply_to=card))
    fake.wait(lambda: any(e.action == "note" for e in events(tg_app, ref)))
    assert len(mails_about(tg_app, ref)) == 2


def outbox_settled(app: App) -> bool:
    """Every queued mail is written out (a mail the double tap queued twice would be too)."""
    with app.sessions() as session:
        return not session.scalars(select(OutboxMail.id).where(OutboxMail.state != "sent")).first()


def test_double_tap_on_an_estimate_mails_once(service: Service, fake: FakeBotApi, tg_app: App) -> None:
    ref, card = new_request(service, fake)
    press(fake, card, "0.5 h")
    press(fake, card, "0.5 h")
    fake.wait(lambda: state(tg_app, ref) == "awaiting_confirmation")
    fake.wait(lambda: len(fake.calls("answerCallbackQuery")) >= 2)
    fake.wait(lambda: card.edits >= 1)
    fake.push(fake.message_update(STAFF_CHAT, STAFF_USER, "/queue"))  # once answered, all is done
    fake.wait(lambda: any(m.text.startswith("REF") for m in fake.chat(STAFF_CHAT)))
    fake.wait(lambda: outbox_settled(tg_app))  # the worker's outbox loop writes mail on its own time
    assert len(mails_about(tg_app, ref)) == 2  # acknowledgment + one estimate
    assert card.edits == 1  # one edit per action


def test_unknown_command_answers_with_the_list(service: Service, fake: FakeBotApi) -> None:
    fake.push(fake.message_update(STAFF_CHAT, STAFF_USER, "/frobnicate"))
    answer = bot_message(fake, "Unknown command /frobnicate")
    assert "/queue" in answer.text and "/take REF" in answer.text


def test_unknown_sender_link_asks_confirmation_then_routes(
    service: Service, fake: FakeBotApi, tg_app: App
) -> None:
    service.send_mail(
        make_mail(
            "Bonjour, l'export ne marche plus sur la plateforme mermoz.", sender="nouveau@mermoz.example"
        ),
        sender="nouveau@mermoz.example",
    )
    ref = wait_ref(tg_app, fake)[0]
    card = fake.wait(lambda: card_of(fake, ref))
    press(fake, card, "Link to client…")
    choices = bot_message(fake, f"Link {ref} to which client?")
    press(fake, choices, "mermoz")
    confirm = bot_message(fake, f"Link mermoz {ref}")
    assert "nouveau@mermoz.example" in confirm.text
    assert [label for label, _ in confirm.buttons()] == ["Confirm", "Cancel"]
    with tg_app.sessions() as session:
        assert session.scalar(select(ClientContact)) is None  # nothing before the confirmation
    press(fake, confirm, "Confirm")
    fake.wait(lambda: confirm.text.startswith("✔"))
    with tg_app.sessions() as session:
        contact = session.scalar(select(ClientContact))
        assert contact is not None and contact.address == "nouveau@mermoz.example"


def test_approve_anyway_asks_the_reason_and_records_it(
    service: Service, fake: FakeBotApi, tg_app: App
) -> None:
    service.send_mail(
        make_mail(
            "Bonjour, changement de responsable : notre nouveau responsable est Jean Durand "
            "(jean.durand@mermoz.example). Ci-joint le courrier signé du président.",
            subject="Changement de responsable",
            attachments=[("courrier_signe.pdf", "application/pdf", b"%PDF-1.4 letter")],
        )
    )
    ref = wait_ref(tg_app, fake)[0]
    card = fake.wait(lambda: card_of(fake, ref))
    if state(tg_app, ref) != "waiting_documents":  # the classifier may hesitate: staff set the kind
        fake.push(fake.message_update(STAFF_CHAT, STAFF_USER, f"/kind {ref} owner_change"))
        fake.wait(lambda: state(tg_app, ref) == "waiting_documents")
    fake.wait(lambda: "Approve anyway…" in dict(card.buttons()))
    assert "Approve" not in dict(card.buttons())  # not offered while the official document is missing
    press(fake, card, "Approve anyway…")
    prompt = bot_message(fake, f"approve_anyway {ref}:")
    fake.push(fake.message_update(STAFF_CHAT, STAFF_USER, "K-BIS vu en visio", reply_to=prompt))
    fake.wait(lambda: state(tg_app, ref) == "done")
    with tg_app.sessions() as session:
        override = session.scalar(select(RequestEvent).where(RequestEvent.action == "override"))
        assert override is not None and "K-BIS vu en visio" in override.detail


def test_files_are_forwarded_into_the_thread(service: Service, fake: FakeBotApi, tg_app: App) -> None:
    service.send_mail(
        make_mail(SUPPORT, subject="Export", attachments=[("capture.png", "image/png", b"\x89PNG fake")])
    )
    ref = wait_ref(tg_app, fake)[0]
    card = fake.wait(lambda: card_of(fake, ref))
    press(fake, card, "Files")
    doc = fake.wait(lambda: next((m for m in fake.chat(STAFF_CHAT) if m.file_name), None))
    assert (
        doc.file_name == "capture.png"
        and doc.file_data == b"\x89PNG fake"
        and doc.reply_to == card.message_id
    )


def test_weekly_digest_is_sent_as_a_photo(tg_app: App, fake: FakeBotApi) -> None:
    from storage.models import StaffNotification

    with tg_app.sessions() as session, session.begin():
        session.add(
            StaffNotification.pending(None, "weekly_digest", "Weekly digest — test", tg_app.clock.now())
        )
    tg_app.deliver()
    photo = fake.wait(lambda: next((m for m in fake.chat(STAFF_CHAT) if m.file_name), None))
    assert photo.text == "Weekly digest — test" and photo.file_data[:4] == b"\x89PNG"


def test_approve_with_an_outside_effect_asks_confirm_or_cancel(
    service: Service, fake: FakeBotApi, tg_app: App
) -> None:
    tg_app.ingestor.ingest(  # stored directly: the worker picks it up
        make_mail(
            "Bonjour, changement de responsable : notre nouveau responsable est Jean Durand\n"
            "(jean.durand@mermoz.example).\nCi-joint le courrier signé du président et l'extrait K-BIS.",
            subject="Nouveau responsable du club",
            attachments=[
                ("courrier_signe.pdf", "application/pdf", b"%PDF-1.4 letter"),
                ("extrait_kbis.pdf", "application/pdf", b"%PDF-1.4 kbis"),
            ],
        ),
        "test",
    )
    service.app.deliver()
    ref = wait_ref(tg_app, fake)[0]
    card = fake.wait(lambda: card_of(fake, ref))
    if state(tg_app, ref) != "queued":
        fake.push(fake.message_update(STAFF_CHAT, STAFF_USER, f"/kind {ref} owner_change"))
        fake.wait(lambda: state(tg_app, ref) == "queued")
    fake.wait(lambda: "Approve" in dict(card.buttons()))
    press(fake, card, "Approve")
    first = bot_message(fake, f"Approve {ref}")
    assert "changes the responsible person" in first.text and "jean.durand@mermoz.example" in first.text
    press(fake, first, "Cancel")
    fake.wait(lambda: first.text.startswith("Cancelled by Alice"))
    assert state(tg_app, ref) == "queued"
    press(fake, card, "Approve")
    second = fake.wait(
        lambda: next(
            (m for m in fake.chat(STAFF_CHAT) if m.text.startswith(f"Approve {ref}") and m is not first), None
        )
    )
    before = len([m for m in fake.chat(STAFF_CHAT) if m.from_bot])
    press(fake, second, "Confirm")
    fake.wait(lambda: state(tg_app, ref) == "done")
    fake.wait(lambda: second.text.startswith("✔"))
    assert before > 0
