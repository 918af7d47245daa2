"""Fixtures for the staff chat: a fake Bot API server, an App configured for it, and ``ofbot run``.

``Service`` runs the real :func:`bot.service.serve` (SMTP listener, worker, Telegram desk) in an
event loop of its own thread, as ``ofbot run`` does, so a test can send mail with ``smtplib`` and
inject updates into the fake server, then poll on conditions.
"""

from __future__ import annotations

import asyncio
import smtplib
import threading
import time
from collections.abc import Iterator
from dataclasses import replace

import pytest
from sqlalchemy import select

import bot.service
from bot.app import App, build_app
from bot.clients import import_clients, parse_clients_csv
from bot.clock import FixedClock
from bot.config import Secret, Settings, TelegramSettings
from storage.models import Request
from tests.conftest import CLIENTS_CSV
from tests.support.fake_botapi import FakeBotApi
from tests.support.services import free_port

TOKEN = "123456789:AAE-fake-token-Zq9xSECRET"
STAFF_CHAT = -1001234500
STAFF_USER = 4242
STRANGER = 999
OTHER_CHAT = -1009999999


@pytest.fixture
def fake() -> Iterator[FakeBotApi]:
    server = FakeBotApi(TOKEN).start()
    yield server
    server.stop()


@pytest.fixture
def tg_settings(settings: Settings, fake: FakeBotApi) -> Settings:
    return replace(
        settings,
        telegram=TelegramSettings(
            token=Secret(TOKEN),
            staff_chat_id=STAFF_CHAT,
            staff_user_ids=(STAFF_USER, 4343),
            api_url=fake.url,
        ),
        smtp=replace(settings.smtp, port=free_port()),
        # The test clock stands on a Tuesday at 10:00 in Paris, after the morning digest's 08:30:
        # the first worker pass would send it, listing or not the request a test has just opened
        # depending on which came first. Digests are tested on their own.
        staff=replace(settings.staff, digest_at="23:59"),
    )


@pytest.fixture
def tg_app(tg_settings: Settings, clock: FixedClock) -> Iterator[App]:
    application = build_app(tg_settings, clock=clock)
    rows, _ = parse_clients_csv(CLIENTS_CSV, application.clock.year())
    with application.sessions() as session, session.begin():
        import_clients(session, rows, application.clock)
    try:
        yield application
    finally:
        application.close()


class Service:
    """``serve(app, stop)`` in a thread with its own event loop."""

    def __init__(self, app: App) -> None:
        self.app = app
        self.loop = asyncio.new_event_loop()
        self.stop_event: asyncio.Event | None = None
        self.started = threading.Event()
        self.thread = threading.Thread(target=self._run, daemon=True)
        self.error: BaseException | None = None

    def _run(self) -> None:
        asyncio.set_event_loop(self.loop)

        async def main() -> None:
            self.stop_event = asyncio.Event()
            self.started.set()
            await bot.service.serve(self.app, self.stop_event)

        try:
            self.loop.run_until_complete(main())
        except BaseException as exc:  # surfaced by stop()
            self.error = exc
        finally:  # let cancelled helper tasks finish, as asyncio.run does
            left = [t for t in asyncio.all_tasks(self.loop) if not t.done()]
            for task in left:
                task.cancel()
            self.loop.run_until_complete(asyncio.gather(*left, return_exceptions=True))
            self.loop.close()

    def start(self) -> Service:
        self.thread.start()
        assert self.started.wait(10)
        port = self.app.settings.smtp.port
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:  # the listener is up when it accepts a connection
            try:
                with smtplib.SMTP("127.0.0.1", port, timeout=2):
                    return self
            except OSError:
                time.sleep(0.02)
        raise AssertionError("SMTP listener did not start")

    def stop(self) -> None:
        if self.stop_event is not None and self.thread.is_alive():
            self.loop.call_soon_threadsafe(self.stop_event.set)
        self.thread.join(15)
        assert not self.thread.is_alive(), "serve() did not stop"
        if self.error is not None:
            raise self.error

    def send_mail(self, raw: bytes, sender: str = "tresorier@mermoz.example") -> float:
        """Send through the real listener; returns the monotonic time the 250 came back."""
        with smtplib.SMTP("127.0.0.1", self.app.settings.smtp.port, timeout=10) as smtp:
            refused = smtp.sendmail(sender, ["support@localhost"], raw)
            at = time.monotonic()
        assert refused == {}
        return at


@pytest.fixture
def fast_worker(monkeypatch: pytest.MonkeyPatch) -> None:
    """The worker's periodic pass every 0.2 s instead of 5 s, so retries show up quickly."""
    monkeypatch.setattr(bot.service, "WORKER_PERIOD", 0.2)


@pytest.fixture
def service(tg_app: App, fake: FakeBotApi, fast_worker: None) -> Iterator[Service]:
    running = Service(tg_app).start()
    try:
        yield running
    finally:
        running.stop()


def request_state(app: App, ref: str) -> str:
    with app.sessions() as session:
        request = session.scalar(select(Request).where(Request.ref == ref))
        assert request is not None
        return request.state


def refs(app: App) -> list[str]:
    with app.sessions() as session:
        return list(session.scalars(select(Request.ref).order_by(Request.id)))
