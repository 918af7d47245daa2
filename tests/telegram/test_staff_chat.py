"""The staff chat against python-telegram-bot's real client and a fake Bot API server on loopback.

Every scenario runs ``bot.service.serve`` (SMTP listener, worker, Telegram desk) as ``ofbot run``
does: mail goes in through SMTP, staff act through updates injected into the fake server.
"""

from __future__ import annotations

import datetime as dt
import logging
from email import message_from_bytes, policy
from pathlib import Path

import pytest
from sqlalchemy import func, select

from bot.app import App
from bot.clock import FixedClock
from storage.models import ChatCard, ChatUpdate, OutboxMail, Request, RequestEvent, StaffNotification
from tests.support.fake_botapi import ChatMessage, FakeBotApi
from tests.support.mail import make_mail
from tests.telegram.conftest import OTHER_CHAT, STAFF_CHAT, STAFF_USER, STRANGER, TOKEN, Service, refs

SUPPORT = (
    "Bonjour,\n\nL'export comptable ne fonctionne plus depuis hier soir.\n"
    "Pouvez-vous regarder ?\n\nMerci,\nClaire"
)


def card_of(fake: FakeBotApi, ref: str) -> ChatMessage | None:
    for msg in fake.chat(STAFF_CHAT):
        if msg.reply_to is None and msg.text.startswith(f"[{ref}]") and msg.from_bot:
            return msg
    return None


def thread_of(fake: FakeBotApi, card: ChatMessage) -> list[ChatMessage]:
    return [m for m in fake.chat(STAFF_CHAT) if m.reply_to == card.message_id]


def maildir_mails(app: App) -> list[bytes]:
    root = Path(app.settings.outbound.maildir)
    return [
        p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file() and p.parent.name in ("new", "cur")
    ]


def mails_about(app: App, ref: str) -> list[bytes]:
    return [m for m in maildir_mails(app) if f"[{ref}]".encode() in m]


def wait_ref(app: App, fake: FakeBotApi, count: int = 1) -> list[str]:
    return list(fake.wait(lambda: refs(app) if len(refs(app)) >= count else None))


def events(app: App, ref: str) -> list[RequestEvent]:
    with app.sessions() as session:
        request = session.scalar(select(Request).where(Request.ref == ref))
        assert request is not None
        return list(request.events)


def state(app: App, ref: str) -> str:
    with app.sessions() as session:
        value = session.scalar(select(Request.state).where(Request.ref == ref))
        assert value is not None
        return value


def new_request(service: Service, fake: FakeBotApi, text: str = SUPPORT) -> tuple[str, ChatMessage]:
    before = len(refs(service.app))
    service.send_mail(make_mail(text, subject="Export comptable"))
    ref = wait_ref(service.app, fake, before + 1)[-1]
    card = fake.wait(lambda: card_of(fake, ref))
    return ref, card


def test_mail_in_card_out_button_estimate_then_client_confirms(
    service: Service, fake: FakeBotApi, tg_app: App
) -> None:
    raw = make_mail(
        SUPPORT,
        subject="Export comptable",
        attachments=[("capture.png", "image/png", b"\x89PNG fake")],
    )
    service.send_mail(raw)
    ref = wait_ref(tg_app, fake)[0]
    card = fake.wait(lambda: card_of(fake, ref))
    # One readable message: reference, client, kind, state, the client's words, attachments, decision.
    assert "mermoz" in card.text and "support" in card.text and "needs estimate" in card.text
    assert "L'export comptable ne fonctionne plus" in card.text
    assert "📎 capture.png" in card.text  # attachment names and sizes
    assert "Next: estimate" in card.text and "(Business)" in card.text
    buttons = dict(card.buttons())
    assert buttons["1 h"] == f"a:{ref}:estimate 1"
    assert all(len(data.encode()) <= 64 for data in buttons.values())
    about = [c for c in fake.calls("sendMessage") if ref in c.params["text"]]
    assert len(about) == 1  # the card, nothing else
    with tg_app.sessions() as session, session.begin():  # as the quarantine writes one
        notice = "Message #99 could not be processed and is kept in quarantine"
        session.add(StaffNotification.pending(None, "quarantined", notice, tg_app.clock.now()))
    plain = fake.wait(lambda: [m for m in fake.chat(STAFF_CHAT) if m.text.startswith("Message #99")])
    assert not plain[0].buttons()  # a notification without a request: a plain message

    fake.push(fake.button_update(STAFF_CHAT, STAFF_USER, f"a:{ref}:estimate 1", card))
    fake.wait(lambda: mails_about(tg_app, ref) and len(mails_about(tg_app, ref)) == 2)  # ack + estimate
    fake.wait(lambda: "awaiting confirmation" in card.text)  # the same message, edited
    assert card.edits >= 1
    assert dict(card.buttons()).get("Other estimate…") == f"a:{ref}:estimate ?"
    assert any(
        e.action == "estimate" and e.actor == f"telegram:{STAFF_USER} (Alice)" for e in events(tg_app, ref)
    )
    answers = fake.calls("answerCallbackQuery")
    assert answers and "awaiting_confirmation" in answers[-1].params.get("text", "")
    assert not any("Estimate of" in m.text for m in thread_of(fake, card))  # the card says it

    estimate = message_from_bytes(mails_about(tg_app, ref)[-1], policy=policy.default)
    reply = make_mail(
        "OK je confirme, merci", subject=f"Re: {estimate['Subject']}", in_reply_to=estimate["Message-ID"]
    )
    service.send_mail(reply)
    fake.wait(lambda: "· queued" in card.text)
    assert state(tg_app, ref) == "queued"
    confirmed = fake.wait(lambda: [m for m in thread_of(fake, card) if "Client confirmed" in m.text])
    assert "OK je confirme" in confirmed[0].text  # the client's reply, in the request's thread
    assert len([m for m in fake.chat(STAFF_CHAT) if m.reply_to is None and ref in m.text]) == 1  # one card


def test_estimate_by_command(service: Service, fake: FakeBotApi, tg_app: App) -> None:
    ref, card = new_request(service, fake)
    fake.push(fake.message_update(STAFF_CHAT, STAFF_USER, f"/estimate {ref} 2"))
    fake.wait(lambda: state(tg_app, ref) == "awaiting_confirmation")
    fake.wait(lambda: len(mails_about(tg_app, ref)) == 2)
    answer = fake.wait(lambda: [m for m in fake.chat(STAFF_CHAT) if "awaiting_confirmation" in m.text])
    assert f"[{ref}]" in answer[0].text
    fake.wait(lambda: "after 2 h" in card.text)  # 5 h left → 3 h after 2 h
    with tg_app.sessions() as session:
        request = session.scalar(select(Request).where(Request.ref == ref))
        assert request is not None and str(request.estimate_hours) == "2.00"


def test_start_with_a_reference_is_the_staff_command(service: Service, fake: FakeBotApi, tg_app: App) -> None:
    ref, _ = new_request(service, fake)
    fake.push(fake.message_update(STAFF_CHAT, STAFF_USER, "/start"))
    fake.wait(lambda: [m for m in fake.chat(STAFF_CHAT) if "/estimate REF HOURS" in m.text])
    fake.push(fake.message_update(STAFF_CHAT, STAFF_USER, f"/start {ref}"))
    refusal = fake.wait(lambda: [m for m in fake.chat(STAFF_CHAT) if m.text.startswith("⚠")])
    assert "start needs queued" in refusal[0].text  # routed to StaffService.start, which said why
    assert state(tg_app, ref) == "needs_estimate"


def test_other_estimate_asks_for_the_value_with_a_force_reply(
    service: Service, fake: FakeBotApi, tg_app: App
) -> None:
    ref, card = new_request(service, fake)
    fake.push(fake.button_update(STAFF_CHAT, STAFF_USER, f"a:{ref}:estimate ?", card))
    prompt = fake.wait(lambda: [m for m in fake.chat(STAFF_CHAT) if m.text.startswith(f"estimate {ref}:")])[0]
    assert prompt.reply_markup is not None and prompt.reply_markup.get("force_reply") is True
    fake.push(fake.message_update(STAFF_CHAT, STAFF_USER, "1,5", reply_to=prompt))
    fake.wait(lambda: state(tg_app, ref) == "awaiting_confirmation")
    with tg_app.sessions() as session:
        assert str(session.scalar(select(Request.estimate_hours).where(Request.ref == ref))) == "1.50"


def test_strangers_are_refused_and_logged(
    service: Service, fake: FakeBotApi, tg_app: App, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO)
    ref, card = new_request(service, fake)
    mails_before = len(maildir_mails(tg_app))
    last = [
        fake.push(fake.message_update(STAFF_CHAT, STRANGER, f"/estimate {ref} 1", name="Mallory")),
        fake.push(fake.button_update(STAFF_CHAT, STRANGER, f"a:{ref}:estimate 1", card, name="Mallory")),
        fake.push(fake.message_update(OTHER_CHAT, STAFF_USER, f"/estimate {ref} 1")),  # staff, wrong chat
        fake.push(fake.button_update(OTHER_CHAT, STAFF_USER, f"a:{ref}:reject")),  # a copy elsewhere
        fake.push(fake.message_update(STRANGER, STRANGER, f"/reject {ref} spam")),  # private chat
    ][-1]
    # The desk acknowledged them all (the offset moved past the last one) ...
    fake.wait(lambda: any(int(c.params.get("offset") or 0) > last for c in fake.calls("getUpdates")))
    # ... and nothing changed: no state, no mail, no recorded update, no reply in any chat.
    assert state(tg_app, ref) == "needs_estimate"
    assert len(maildir_mails(tg_app)) == mails_before
    with tg_app.sessions() as session:
        assert session.scalar(select(func.count()).select_from(ChatUpdate)) == 0
    assert [e.action for e in events(tg_app, ref)].count("estimate") == 0
    assert not fake.chat(OTHER_CHAT) and not fake.chat(STRANGER)
    refusals = [c.params.get("text", "") for c in fake.calls("answerCallbackQuery")]
    assert len(refusals) == 2 and all("Only the support staff" in text for text in refusals)
    refused = [r for r in caplog.records if r.name == "ofbot.telegram" and "refused" in r.getMessage()]
    assert len(refused) == 5
    assert str(STRANGER) in refused[0].getMessage()
    assert all("Mallory" not in r.getMessage() and "estimate" not in r.getMessage() for r in refused)


@pytest.mark.parametrize("mode", ["refuse", "502"])
def test_api_down_then_back_delivers_every_notification_once(
    service: Service, fake: FakeBotApi, tg_app: App, clock: FixedClock, mode: str
) -> None:
    ref0, card0 = new_request(service, fake)
    fake.down(mode)
    tg_app.staff.estimate(ref0, "1", "shell:bob")  # a later event of a request whose card exists
    service.send_mail(make_mail("Bonjour, le planning ne s'affiche plus.\nMerci", subject="Planning"))
    service.send_mail(make_mail("Bonjour, impossible d'imprimer les factures.", subject="Factures"))
    all_refs = wait_ref(tg_app, fake, 3)

    def pending() -> list[StaffNotification]:
        with tg_app.sessions() as session:
            return list(
                session.scalars(select(StaffNotification).where(StaffNotification.state == "pending"))
            )

    stuck = fake.wait(lambda: [n for n in pending() if n.attempts >= 1])  # tried, failed, kept
    assert stuck[0].last_error and TOKEN not in stuck[0].last_error
    assert stuck[0].next_attempt_at > clock.now()  # pushed back
    fake.wait(lambda: len(pending()) == 3)

    fake.up()
    clock.advance(dt.timedelta(hours=1))  # the backoff is over
    fake.wait(lambda: not pending(), timeout=20)
    for ref in all_refs:
        cards = [m for m in fake.chat(STAFF_CHAT) if m.reply_to is None and m.text.startswith(f"[{ref}]")]
        assert len(cards) == 1, ref
    sends = [c for c in fake.calls("sendMessage") if "[OF-" in c.params["text"]]
    assert len(sends) == 3  # one card each (the estimate edits its card): nothing sent twice
    with tg_app.sessions() as session:
        assert session.scalar(select(func.count()).select_from(ChatCard)) == 3
    assert card0.edits == 1 and "awaiting confirmation" in card0.text
    assert len([m for m in thread_of(fake, card0) if "Estimate of" in m.text]) == 0


def test_flood_control_is_respected(
    service: Service, fake: FakeBotApi, tg_app: App, clock: FixedClock
) -> None:
    fake.fail_next(
        "sendMessage",
        429,
        {
            "ok": False,
            "error_code": 429,
            "description": "Too Many Requests: retry after 1",
            "parameters": {"retry_after": 1},
        },
    )
    service.send_mail(make_mail(SUPPORT, subject="Export"))
    ref = wait_ref(tg_app, fake)[0]

    def throttled() -> StaffNotification | None:
        with tg_app.sessions() as session:
            return session.scalar(
                select(StaffNotification).where(
                    StaffNotification.last_error == "flood control", StaffNotification.state == "pending"
                )
            )

    note = fake.wait(throttled)
    assert note.next_attempt_at == clock.now() + dt.timedelta(seconds=1)
    assert note.attempts == 0  # flood control is not a failure of ours
    clock.advance(dt.timedelta(seconds=2))
    fake.wait(lambda: card_of(fake, ref), timeout=10)
    assert len(fake.calls("sendMessage")) == len(fake.chat(STAFF_CHAT)) + 1  # one 429, then each once


def test_redelivered_update_does_nothing_twice(
    tg_app: App, fake: FakeBotApi, fast_worker: None, clock: FixedClock
) -> None:
    first = Service(tg_app).start()
    try:
        first.send_mail(make_mail(SUPPORT, subject="Export"))
        ref = wait_ref(tg_app, fake)[0]
        card = fake.wait(lambda: card_of(fake, ref))
        press = fake.button_update(STAFF_CHAT, STAFF_USER, f"a:{ref}:estimate 1", card, update_id=5000)
        fake.push(press)
        fake.wait(lambda: len(mails_about(tg_app, ref)) == 2)
    finally:
        first.stop()
    # As after a crash between the commit and the next getUpdates: Telegram sends it again.
    fake.push(press)
    again = Service(tg_app).start()
    try:
        fake.wait(lambda: any(int(c.params.get("offset") or 0) > 5000 for c in fake.calls("getUpdates")[-3:]))
        fake.wait(lambda: fake.pending_updates() == 0)
        fake.wait(
            lambda: (
                [c.params.get("text") for c in fake.calls("answerCallbackQuery")][-1:] == ["Already done."]
            )
        )
    finally:
        again.stop()
    assert [e.action for e in events(tg_app, ref)].count("estimate") == 1
    assert len(mails_about(tg_app, ref)) == 2
    with tg_app.sessions() as session:
        assert session.scalar(select(func.count()).select_from(OutboxMail)) == 2
        recorded = session.get(ChatUpdate, 5000)
        assert recorded is not None and recorded.actor == f"telegram:{STAFF_USER} (Alice)"
    answers = [c.params.get("text", "") for c in fake.calls("answerCallbackQuery")]
    assert answers[-1] == "Already done."


def test_a_refused_command_is_answered_and_changes_nothing(
    service: Service, fake: FakeBotApi, tg_app: App
) -> None:
    ref, _ = new_request(service, fake)
    fake.push(fake.message_update(STAFF_CHAT, STAFF_USER, f"/estimate {ref} lots"))
    answer = fake.wait(lambda: [m for m in fake.chat(STAFF_CHAT) if m.text.startswith("⚠")])
    assert "not a number" in answer[0].text
    assert state(tg_app, ref) == "needs_estimate"


def test_no_token_in_logs_or_chat(
    service: Service, fake: FakeBotApi, tg_app: App, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    ref, card = new_request(service, fake)
    fake.push(fake.button_update(STAFF_CHAT, STAFF_USER, f"a:{ref}:estimate 1", card))
    fake.wait(lambda: "awaiting confirmation" in card.text)
    fake.down("502")
    service.send_mail(make_mail("Bonjour, autre souci.", subject="Autre"))
    fake.wait(lambda: any("unreachable" in r.getMessage() for r in caplog.records))
    fake.up()
    assert caplog.records, "nothing was logged: the check below would prove nothing"
    for record in caplog.records:
        assert TOKEN not in record.getMessage()
        assert TOKEN not in (record.exc_text or "")
    secret_part = TOKEN.split(":")[1]
    assert all(secret_part not in m.text for m in fake.chat(STAFF_CHAT))
