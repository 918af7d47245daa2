"""Numbers, hours, money and dates as a client or a staff member reads them (French first).

Apart from :mod:`bot.templating` so that the command line's tables format hours without
importing Jinja2; the templates use the same functions as filters.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal


def format_hours(value: Decimal | int | float | None, lang: str = "fr") -> str:
    """``1,5 h`` in French, ``1.5 h`` in English; whole numbers without decimals."""
    if value is None:
        return "-"
    number = Decimal(value).quantize(Decimal("0.01")).normalize()
    text = f"{number:f}"
    if lang == "fr":
        text = text.replace(".", ",")
    return f"{text} h"


def format_money(value: Decimal | int | None, lang: str = "fr") -> str:
    if value is None:
        return "-"
    number = Decimal(value).quantize(Decimal("0.01"))
    if lang == "fr":
        return f"{number:,.2f}".replace(",", "\u202f").replace(".", ",") + "\u00a0€"
    return f"€{number:,.2f}"


def format_date(value: dt.date | dt.datetime | None, lang: str = "fr") -> str:
    if value is None:
        return "-"
    if isinstance(value, dt.datetime):
        value = value.date()
    if lang == "fr":
        months = [
            "janvier",
            "février",
            "mars",
            "avril",
            "mai",
            "juin",
            "juillet",
            "août",
            "septembre",
            "octobre",
            "novembre",
            "décembre",
        ]
        day = "1er" if value.day == 1 else str(value.day)  # « le 1er avril », never « le 1 avril »
        return f"{day} {months[value.month - 1]} {value.year}"
    return value.strftime("%B %-d, %Y")


def format_quantity(value: Decimal | int | float, lang: str = "fr") -> str:
    """A quantity on an invoice line: ``2``, ``1,5`` (French), ``1.5`` (English)."""
    text = f"{Decimal(value).quantize(Decimal('0.01')).normalize():f}"
    return text.replace(".", ",") if lang == "fr" else text


def format_percent(value: Decimal | float, lang: str = "fr") -> str:
    """A rate such as 0.20: ``20 %`` in French (non-breaking space), ``20%`` in English."""
    text = format_quantity(Decimal(value) * 100, lang)
    return f"{text}\u00a0%" if lang == "fr" else f"{text}%"
