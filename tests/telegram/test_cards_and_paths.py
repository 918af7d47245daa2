"""Cards and button data on their own; the shell path (``ofbot staff``) and the webhook."""

from __future__ import annotations

import asyncio
import threading
import time
from collections.abc import Iterator
from dataclasses import replace

import httpx
import pytest
from sqlalchemy import select

import bot.service
from bot.app import App, build_app
from bot.clients import import_clients, parse_clients_csv
from bot.clock import FixedClock
from bot.config import Secret, Settings
from bot.staff.cards import ButtonPress, button_data, parse_button_data, parse_prompt, prompt_text
from bot.staff.commands import run_command
from bot.staff.telegram import TelegramStaffChat
from storage.models import ChatCard, Request, StaffNotification
from tests.conftest import CLIENTS_CSV
from tests.support.fake_botapi import FakeBotApi
from tests.support.mail import make_mail
from tests.support.services import free_port
from tests.telegram.conftest import STAFF_CHAT, STAFF_USER, STRANGER

SUPPORT = (
    "Bonjour,\n\nL'export comptable ne fonctionne plus depuis hier soir.\nPouvez-vous regarder ?\n\nMerci"
)


def test_button_data_round_trip_and_stays_under_64_bytes() -> None:
    for action in ("estimate 0.5", "estimate 1", "estimate ?", "reject", "kind ?", "start", "done", "paid"):
        data = button_data("OF-2026-123456", action)
        assert data is not None and len(data.encode()) <= 64
        assert parse_button_data(data) == ButtonPress("OF-2026-123456", action)
    assert button_data("OF-2026-0001", "reply " + "x" * 80) is None  # too long: no button, never cut
    assert parse_button_data("b:OF-2026-0001:start") is None
    assert parse_button_data("a:OF-2026-0001:") is None
    assert ButtonPress("OF-2026-0001", "estimate 1").words() == ["estimate", "OF-2026-0001", "1"]
    assert ButtonPress("OF-2026-0001", "estimate ?").needs_value()
    assert ButtonPress("OF-2026-0001", "reject").needs_value()
    assert not ButtonPress("OF-2026-0001", "start").needs_value()


def test_prompt_names_its_command_and_reference() -> None:
    text = prompt_text(ButtonPress("OF-2026-0042", "kind ?"))
    assert parse_prompt(text) == ("kind", "OF-2026-0042")
    assert parse_prompt("start OF-2026-0042: whatever") is None  # only commands that take a value
    assert parse_prompt("hello") is None


def test_shell_command_delivers_to_telegram_once(tg_app: App, fake: FakeBotApi) -> None:
    """``ofbot staff estimate`` (no service running) sends the card, then edits it: no duplicate."""
    outcome = tg_app.ingestor.ingest(make_mail(SUPPORT, subject="Export"), "test")
    ref = str(outcome.explanation["request"])
    assert tg_app.deliver() is not None
    card = fake.wait(lambda: [m for m in fake.chat(STAFF_CHAT) if m.text.startswith(f"[{ref}]")])[0]
    run_command(tg_app.staff, ["estimate", ref, "1"], actor="shell:bob")
    tg_app.deliver()
    assert "awaiting confirmation" in card.text and card.edits == 1
    tg_app.deliver()  # nothing left: nothing sent again
    # the card, edited: a staff member's own action posts no thread line (issue 9)
    assert len([c for c in fake.calls("sendMessage") if ref in c.params["text"]]) == 1
    with tg_app.sessions() as session:
        states = session.scalars(select(StaffNotification.state)).all()
        assert set(states) == {"sent"}
        assert session.get(ChatCard, session.scalar(select(Request.id))) is not None
    assert isinstance(tg_app.staff_chat, TelegramStaffChat)


def test_shell_command_with_telegram_down_keeps_notifications(tg_app: App, fake: FakeBotApi) -> None:
    fake.down("refuse")
    tg_app.ingestor.ingest(make_mail(SUPPORT, subject="Export"), "test")
    tg_app.deliver()  # does not raise, does not lose anything
    with tg_app.sessions() as session:
        assert set(session.scalars(select(StaffNotification.state))) == {"pending"}


# -- the webhook -------------------------------------------------------------------------------


@pytest.fixture
def webhook_app(tg_settings: Settings, clock: FixedClock) -> Iterator[App]:
    port = free_port()
    settings = replace(
        tg_settings,
        telegram=replace(
            tg_settings.telegram,
            webhook_url=f"https://bot.example/tg/{port}",
            webhook_listen=f"127.0.0.1:{port}",
            webhook_secret=Secret("hook-secret-123"),
        ),
    )
    application = build_app(settings, clock=clock)
    rows, _ = parse_clients_csv(CLIENTS_CSV, application.clock.year())
    with application.sessions() as session, session.begin():
        import_clients(session, rows, application.clock)
    yield application
    application.close()


def test_webhook_checks_the_secret_and_answers_after_the_action(
    webhook_app: App, fake: FakeBotApi, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(bot.service, "WORKER_PERIOD", 0.2)
    app = replace(
        webhook_app,
        settings=replace(webhook_app.settings, smtp=replace(webhook_app.settings.smtp, enabled=False)),
    )
    ref = str(app.ingestor.ingest(make_mail(SUPPORT, subject="Export"), "test").explanation["request"])
    loop = asyncio.new_event_loop()
    stop = asyncio.Event()

    def run() -> None:
        loop.run_until_complete(bot.service.serve(app, stop))

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    try:
        hook = fake.wait(lambda: fake.calls("setWebhook"))[0]
        assert hook.params["secret_token"] == "hook-secret-123"
        card = fake.wait(lambda: [m for m in fake.chat(STAFF_CHAT) if m.text.startswith(f"[{ref}]")])[0]
        url = f"http://{app.settings.telegram.webhook_listen}/"
        press = fake.button_update(STAFF_CHAT, STAFF_USER, f"a:{ref}:estimate 2", card)
        wrong = httpx.post(url, json=press, headers={"X-Telegram-Bot-Api-Secret-Token": "guess"}, timeout=10)
        assert wrong.status_code == 403
        stranger = fake.button_update(STAFF_CHAT, STRANGER, f"a:{ref}:estimate 1", card)
        headers = {"X-Telegram-Bot-Api-Secret-Token": "hook-secret-123"}
        assert httpx.post(url, json=stranger, headers=headers, timeout=10).status_code == 200
        ok = httpx.post(url, json=press, headers=headers, timeout=10)
        assert ok.status_code == 200
        with app.sessions() as session:  # committed by the time Telegram got its 200
            request = session.scalar(select(Request).where(Request.ref == ref))
            assert request is not None and request.state == "awaiting_confirmation"
            assert str(request.estimate_hours) == "2.00"
            estimates = [e.actor for e in request.events if e.action == "estimate"]
            assert estimates == [f"telegram:{STAFF_USER} (Alice)"]  # the stranger's press did nothing
        deadline = time.monotonic() + 10
        while "awaiting confirmation" not in card.text and time.monotonic() < deadline:
            time.sleep(0.02)
        assert "awaiting confirmation" in card.text
    finally:
        loop.call_soon_threadsafe(stop.set)
        thread.join(15)
    assert not fake.calls("getUpdates")  # a webhook, not polling
