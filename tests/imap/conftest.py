"""Fixtures for the IMAP tests: a Dovecot account per test and an App pointed at it."""

from __future__ import annotations

import asyncio
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path

import pytest
from sqlalchemy import func, select

from bot.app import App, build_app
from bot.clients import import_clients, parse_clients_csv
from bot.clock import FixedClock
from bot.config import ImapSettings, Settings, load_settings
from bot.inbox import ConnectFn, WatchTiming, open_connection, watch_inbox
from storage.models import Message, OutboxMail, Request
from tests.conftest import CLIENTS_CSV
from tests.support.dovecot import (  # noqa: F401 (fixtures)
    MailAccount,
    dovecot,
    dovecot_server,
    own_dovecot,
    plain_dovecot,
    plain_dovecot_server,
)

FAST = WatchTiming(check_seconds=0.1, backoff_first=0.1, backoff_max=1.0, lock_retry_seconds=0.1)


def make_imap_app(
    settings: Settings, clock: FixedClock, imap: ImapSettings, max_size: int | None = None
) -> App:
    """An App reading ``imap``, with the test clients on record."""
    smtp = replace(settings.smtp, enabled=False, max_size=max_size or settings.smtp.max_size)
    app = build_app(replace(settings, imap=imap, smtp=smtp), clock=clock)
    rows, _ = parse_clients_csv(CLIENTS_CSV, app.clock.year())
    with app.sessions() as session, session.begin():
        import_clients(session, rows, app.clock)
    return app


@pytest.fixture
def sqlite_settings(tmp_path: Path) -> Settings:
    """For what only the IMAP side decides: once, on SQLite, is enough."""
    config = tmp_path / "ofbot.toml"
    config.write_text("", encoding="utf-8")
    env = {
        "OFBOT_DATABASE_URL": f"sqlite:///{tmp_path / 'ofbot.db'}",
        "OFBOT_OUTBOUND_MAILDIR": str(tmp_path / "outbox"),
    }
    return load_settings(path=config, env=env)


@pytest.fixture
def imap_app(settings: Settings, clock: FixedClock, dovecot: MailAccount) -> Iterator[App]:  # noqa: F811
    app = make_imap_app(settings, clock, dovecot.settings())
    yield app
    app.close()


def count(app: App, model: type[Message] | type[Request] | type[OutboxMail]) -> int:
    with app.sessions() as session:
        return int(session.scalar(select(func.count()).select_from(model)) or 0)


def wait_for(condition: Callable[[], bool], timeout: float = 15.0, step: float = 0.02) -> float:
    """Seconds until ``condition`` held; fails the test after ``timeout``."""
    start = time.monotonic()
    while not condition():
        if time.monotonic() - start > timeout:
            pytest.fail(f"condition not met within {timeout} s")
        time.sleep(step)
    return time.monotonic() - start


class CountingConnect:
    """The connection seam: counts connection attempts, optionally wraps the client."""

    def __init__(self, wrap: Callable[[object], object] | None = None) -> None:
        self.attempts = 0
        self.wrap = wrap

    def __call__(self, settings: ImapSettings) -> object:
        self.attempts += 1
        client = open_connection(settings)
        return self.wrap(client) if self.wrap else client


@dataclass
class Watcher:
    """``watch_inbox`` in an event loop of its own thread, as ``ofbot run`` runs it."""

    app: App
    connect: ConnectFn = open_connection
    timing: WatchTiming = FAST
    pokes: int = 0
    poked: threading.Event = field(default_factory=threading.Event)

    def __post_init__(self) -> None:
        self.loop = asyncio.new_event_loop()
        self.stop_event: asyncio.Event | None = None
        self.ready = threading.Event()
        self.error: BaseException | None = None
        self.thread = threading.Thread(target=self._run, daemon=True)
        self.thread.start()
        assert self.ready.wait(5)

    def _poke(self) -> None:
        self.pokes += 1
        self.poked.set()

    def _run(self) -> None:
        asyncio.set_event_loop(self.loop)

        async def main() -> None:
            self.stop_event = asyncio.Event()
            self.ready.set()
            await watch_inbox(self.app, self.stop_event, self._poke, timing=self.timing, connect=self.connect)

        try:
            self.loop.run_until_complete(main())
        except BaseException as exc:  # reported by stop()
            self.error = exc
        finally:
            self.loop.close()

    def stop(self) -> float:
        """Set ``stop`` and return how long the watcher took to end."""
        start = time.monotonic()
        assert self.stop_event is not None
        self.loop.call_soon_threadsafe(self.stop_event.set)
        self.thread.join(10)
        assert not self.thread.is_alive(), "watch_inbox did not end after stop"
        assert self.error is None, self.error
        return time.monotonic() - start
