"""``ofbot run``'s inbox: watch the mailbox with IDLE, reconnecting whatever happens.

``watch_inbox`` runs the synchronous imapclient in a thread of its own: IDLE, re-issued every
``idle_seconds`` (with a poll each time, the backstop), or polling every ``poll_seconds`` when
the server has no IDLE; reconnection with exponential backoff. The mailbox lock (:mod:`.lock`)
makes one process the watcher of a mailbox; another stands by and takes over when it dies.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import socket
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from imapclient import IMAPClient

from bot.app import App
from bot.inbox.connection import (
    CONNECTION_ERRORS,
    ConnectFn,
    close_quietly,
    describe,
    explain_error,
    open_connection,
)
from bot.inbox.lock import LockLost, mailbox_lock
from bot.inbox.poller import InboxPoller, log_report

log = logging.getLogger("ofbot.inbox")


MAX_REPOLLS = 50  # polls in a row while mail keeps coming, before the loop waits in IDLE again


class ConnectionLost(Exception):
    """The server closed the connection while we were idling (BYE or end of stream)."""


# What makes the watcher reconnect (after a pause) rather than stop.
RECONNECT_ERRORS: tuple[type[BaseException], ...] = (*CONNECTION_ERRORS, ConnectionLost, LockLost)


@dataclass(frozen=True)
class WatchTiming:
    """The watcher's pace; tests shorten it, production keeps the defaults."""

    check_seconds: float = 0.5  # how often IDLE or a wait looks at the stop flag
    backoff_first: float = 1.0
    backoff_max: float = 300.0
    lock_retry_seconds: float = 5.0


@dataclass
class Backoff:
    """Exponential delay between reconnection attempts, so a dead server never makes us spin."""

    first: float
    maximum: float
    current: float = field(init=False)

    def __post_init__(self) -> None:
        self.current = self.first

    def next_delay(self) -> float:
        delay = self.current
        self.current = min(self.current * 2, self.maximum)
        return delay

    def reset(self) -> None:
        self.current = self.first


class InboxWatcher:
    """The blocking watch loop, run in a thread: lock, connect, poll, IDLE or wait, repeat."""

    def __init__(
        self,
        app: App,
        halt: threading.Event,
        on_stored: Callable[[], None],
        timing: WatchTiming,
        connect: ConnectFn = open_connection,
    ) -> None:
        self.app = app
        self.settings = app.settings.imap
        self.halt = halt
        self.on_stored = on_stored
        self.timing = timing
        self.connect = connect
        self.poller = InboxPoller(app, self.settings)
        self.lock = mailbox_lock(app.engine, self.poller.mailbox)
        self.backoff = Backoff(timing.backoff_first, timing.backoff_max)

    def run(self) -> None:
        where = describe(self.settings)
        waiting_logged = False
        while not self.halt.is_set():
            try:
                if not self.lock.acquire():
                    if not waiting_logged:
                        log.info("IMAP %s is polled by another process; standing by", where)
                        waiting_logged = True
                    self.halt.wait(self.timing.lock_retry_seconds)
                    continue
                waiting_logged = False
                try:
                    self._session()
                finally:
                    self.lock.release()
            except RECONNECT_ERRORS as exc:
                self._pause(f"IMAP {where}: {explain_error(exc)}")
            except Exception:
                log.exception("IMAP %s: unexpected failure", where)
                self._pause(f"IMAP {where}: unexpected failure")

    def _pause(self, why: str) -> None:
        delay = self.backoff.next_delay()
        if not self.halt.is_set():
            log.warning("%s; reconnecting in %.1f s", why, delay)
            self.halt.wait(delay)

    def _session(self) -> None:
        client = self.connect(self.settings)
        try:
            idle = client.has_capability("IDLE")
            log.info(
                "IMAP connected to %s (%s)",
                describe(self.settings),
                f"IDLE, re-issued every {self.settings.idle_seconds} s"
                if idle
                else f"no IDLE: polling every {self.settings.poll_seconds} s",
            )
            self.poller.prepare(client)
            self._poll(client)
            self.backoff.reset()
            if idle:
                self._idle_loop(client)
            else:
                self._poll_loop(client)
        finally:
            close_quietly(client)

    def _poll(self, client: IMAPClient) -> None:
        """Poll, then poll again at once while the last poll took mail or the server announced
        new mail during it: an ``EXISTS`` that arrives inside a FETCH or STORE answer is kept by
        imaplib and never shown again, and IDLE would not repeat it (mail left unseen for
        ``idle_seconds``). The re-check is one ``UID SEARCH`` when nothing came."""
        for _ in range(MAX_REPOLLS):
            self.lock.check()
            _announced(client)  # what was announced before this poll, this poll takes
            report = self.poller.poll(client, self.on_stored, self.halt.is_set)
            log_report(report)
            took = report.stored + report.duplicates
            if self.halt.is_set() or not (_announced(client) or took):
                return

    def _poll_loop(self, client: IMAPClient) -> None:
        while not self.halt.wait(self.settings.poll_seconds):
            self._poll(client)

    def _idle_loop(self, client: IMAPClient) -> None:
        while not self.halt.is_set():
            if self._changed_since_poll(client):
                self._poll(client)
                continue
            client.idle()
            self._wait_in_idle(client)
            client.idle_done()
            if self.halt.is_set():
                return
            self._poll(client)

    def _changed_since_poll(self, client: IMAPClient) -> bool:
        """A NOOP just before IDLE: mail that arrived while we polled is announced now, since a
        server may not report, once in IDLE, a change it had already seen (Dovecot sometimes)."""
        _text, responses = client.noop()
        return any(_is_change(r) for r in responses) or _announced(client)

    def _wait_in_idle(self, client: IMAPClient) -> None:
        """Until the server announces a change, ``idle_seconds`` pass (the backstop), or we stop."""
        deadline = time.monotonic() + self.settings.idle_seconds
        while not self.halt.is_set() and time.monotonic() < deadline:
            responses = client.idle_check(timeout=self.timing.check_seconds)
            if any(_is_bye(r) for r in responses) or (not responses and _closed(client)):
                raise ConnectionLost("the server closed the connection")
            if any(_is_change(r) for r in responses):
                return


def _announced(client: IMAPClient) -> bool:
    """True when imaplib holds an unread ``EXISTS``/``RECENT`` (and forget it): new mail that the
    server announced inside the answer to another command."""
    pending = getattr(getattr(client, "_imap", None), "untagged_responses", None)
    if not isinstance(pending, dict):
        return False
    found = False
    for key in ("EXISTS", "RECENT"):
        if pending.pop(key, None):
            found = True
    return found


def _is_bye(response: tuple[Any, ...]) -> bool:
    return bool(response) and response[0] == b"BYE"


def _is_change(response: tuple[Any, ...]) -> bool:
    return len(response) >= 2 and response[1] in (b"EXISTS", b"RECENT")


def _closed(client: IMAPClient) -> bool:
    """True when the server has closed the stream (imapclient's idle_check hides that EOF).

    Peeks at the TCP stream through a duplicate descriptor with ``MSG_DONTWAIT``: it never
    blocks, consumes nothing, and works under TLS too (an SSL socket refuses recv flags).
    """
    try:
        raw = socket.socket(fileno=os.dup(client.socket().fileno()))
    except (OSError, ValueError):
        return True
    try:
        return raw.recv(1, socket.MSG_PEEK | socket.MSG_DONTWAIT) == b""
    except (BlockingIOError, InterruptedError):
        return False
    except OSError:
        return True
    finally:
        raw.close()


async def watch_inbox(
    app: App,
    stop: asyncio.Event,
    poke: Callable[[], None],
    *,
    timing: WatchTiming | None = None,
    connect: ConnectFn = open_connection,
) -> None:
    """``ofbot run``: watch the mailbox until ``stop`` is set; ``poke()`` after storing new mail.

    imapclient is blocking, so the watcher has a thread of its own (not the default executor,
    which the worker needs); ``stop`` reaches it through a ``threading.Event`` it looks at every
    ``check_seconds``.
    """
    loop = asyncio.get_running_loop()
    halt = threading.Event()
    finished: asyncio.Future[None] = loop.create_future()

    def threadsafe(callback: Callable[[], None]) -> None:
        with contextlib.suppress(RuntimeError):  # the loop is already closed
            loop.call_soon_threadsafe(callback)

    def resolve() -> None:
        if not finished.done():
            finished.set_result(None)

    def target() -> None:
        try:
            InboxWatcher(app, halt, lambda: threadsafe(poke), timing or WatchTiming(), connect).run()
        finally:
            threadsafe(resolve)

    thread = threading.Thread(target=target, name="ofbot-imap", daemon=True)
    thread.start()
    try:
        await stop.wait()
    finally:
        halt.set()
        await asyncio.shield(finished)
