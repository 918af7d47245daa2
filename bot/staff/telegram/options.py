"""What the parts of the staff chat share: their timing, the Bot's HTTP client, Telegram's limits."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from telegram.request import HTTPXRequest

ALLOWED_UPDATES = ("message", "callback_query")
TEXT_MAX = 4096


@dataclass(frozen=True)
class DeskOptions:
    """Timing of the staff chat; production defaults, tests pass shorter ones."""

    poll_timeout: int = 30  # getUpdates long-poll, seconds
    batch: int = 100  # notifications per delivery pass
    lease: dt.timedelta = dt.timedelta(minutes=2)  # a claimed row is due again after this if we died
    backoff_first: dt.timedelta = dt.timedelta(seconds=10)
    backoff_max: dt.timedelta = dt.timedelta(minutes=15)
    max_attempts: int = 8  # for errors Telegram will repeat (bad request, forbidden); network: forever
    pause_max: float = 60.0  # seconds: longest wait before trying an unreachable API again
    update_retries: int = 5  # a failing update is retried this often before it is skipped
    connect_timeout: float = 5.0
    read_timeout: float = 10.0


def make_bot_request(options: DeskOptions, pool: int = 8) -> HTTPXRequest:
    return HTTPXRequest(
        connection_pool_size=pool,
        connect_timeout=options.connect_timeout,
        read_timeout=options.read_timeout,
        write_timeout=options.read_timeout,
        pool_timeout=options.read_timeout,
    )
