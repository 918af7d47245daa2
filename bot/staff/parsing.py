"""What staff type, read leniently: hours as people write them, dates day-first or ISO.

``1.5``, ``1,5``, ``1h30``, ``1 h 30``, ``90min``, ``0.5h``; ``16/03/2027``, ``16.03.2027``,
``2027-03-16``. A value that cannot be read is a usage error naming what to write.
"""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal, InvalidOperation

from bot.staff.errors import CommandError

_H_MIN = re.compile(r"^(\d+)\s*h\s*(\d{1,2})?\s*(?:min|mn|m)?$")
_MIN = re.compile(r"^(\d+)\s*(?:min|mn|minutes?)$")
_DAY_FIRST = re.compile(r"^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4}|\d{2})$")


def parse_hours(text: str) -> Decimal:
    """A positive number of hours, at most 1000, to the hundredth."""
    cleaned = " ".join(text.strip().lower().split())
    value: Decimal | None = None
    if match := _MIN.match(cleaned):
        value = Decimal(match.group(1)) / 60
    elif match := _H_MIN.match(cleaned):
        value = Decimal(match.group(1)) + Decimal(match.group(2) or 0) / 60
    else:
        number = cleaned.removesuffix("hours").removesuffix("heures").removesuffix("h").strip()
        try:
            value = Decimal(number.replace(",", "."))
        except InvalidOperation:
            value = None
    if value is None:
        raise CommandError(
            f"hours: {text!r} is not a number of hours (write 1.5, 1,5, 1h30 or 90min)", usage=True
        )
    if not value.is_finite() or value <= 0 or value > 1000:
        raise CommandError(f"hours: {text!r} must be more than 0 and at most 1000")
    return value.quantize(Decimal("0.01"))


def parse_day(text: str) -> dt.date:
    """``2027-03-16`` or day-first ``16/03/2027`` (also ``16.03.2027``, ``16-03-27``)."""
    cleaned = text.strip()
    try:
        return dt.date.fromisoformat(cleaned)
    except ValueError:
        pass
    match = _DAY_FIRST.match(cleaned)
    if match:
        day, month, year = (int(g) for g in match.groups())
        if year < 100:
            year += 2000
        try:
            return dt.date(year, month, day)
        except ValueError:
            pass
    raise CommandError(f"date: {text!r} is not a date (write 16/03/2027 or 2027-03-16)", usage=True)
