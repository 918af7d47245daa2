"""The current time, from the system clock or from ``OFBOT_NOW``.

Year-end resets, reminders and the one-quote-a-year rule depend on the date, so the clock is
a value passed to whoever needs it (never ``datetime.now()`` scattered about): tests and outside
checks set ``OFBOT_NOW`` to an ISO 8601 instant.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Mapping
from dataclasses import dataclass
from zoneinfo import ZoneInfo


class Clock:
    """Tells the time as an aware UTC datetime, and the local date in the vendor's time zone."""

    def __init__(self, tz: ZoneInfo) -> None:
        self.tz = tz

    def now(self) -> dt.datetime:
        return dt.datetime.now(dt.UTC)

    def today(self) -> dt.date:
        return self.now().astimezone(self.tz).date()

    def year(self) -> int:
        return self.today().year

    def local(self, instant: dt.datetime) -> dt.datetime:
        return instant.astimezone(self.tz)


@dataclass
class FixedClock(Clock):
    """A clock stopped at one instant (``OFBOT_NOW``); ``advance`` moves it, for tests."""

    instant: dt.datetime
    tz: ZoneInfo

    def now(self) -> dt.datetime:
        return self.instant

    def advance(self, delta: dt.timedelta) -> None:
        self.instant += delta


def parse_instant(text: str, tz: ZoneInfo) -> dt.datetime:
    """An ISO 8601 instant; a naive one is read in the vendor's time zone."""
    value = dt.datetime.fromisoformat(text.strip().replace("Z", "+00:00"))
    if value.tzinfo is None:
        value = value.replace(tzinfo=tz)
    return value.astimezone(dt.UTC)


def clock_from_env(tz: ZoneInfo, env: Mapping[str, str] | None = None) -> Clock:
    env = os.environ if env is None else env
    text = env.get("OFBOT_NOW")
    if text:
        return FixedClock(instant=parse_instant(text, tz), tz=tz)
    return Clock(tz)
