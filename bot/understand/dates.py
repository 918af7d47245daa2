"""The not-before date of a request: the day before which the client does not want it done.

ARCHITECTURE defines it exactly: "pas avant le 15 mars", "à partir du 15 mars", "après le 15 mars"
all give the 15th; numeric dates are day-first; a day-month without a year is its next occurrence
on or after the message's Date; a deadline ("avant le 15 mars", "before") is *not* a not-before.
Only the new text is read (the caller strips quotes and signatures). Hand-written rules: a
deadline and a boundary differ by one word, which a general date parser does not look at.

Three strengths of evidence:
- explicit boundary ("pas avant", "not before", a negated "avant"): read for any request;
- a start ("à partir du", "après", "dès le", "from", "after"): read when the request is one that
  gets scheduled (migration, test platform);
- a bare future date ("le 01/04/2027"): read only in a migration request.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from bot.understand.normalize import fold

MONTHS: dict[str, int] = {
    "janvier": 1, "janv": 1, "jan": 1, "january": 1,
    "fevrier": 2, "fevr": 2, "fev": 2, "feb": 2, "february": 2, "fevier": 2,
    "mars": 3, "march": 3, "mar": 3,
    "avril": 4, "avr": 4, "april": 4, "apr": 4,
    "mai": 5, "may": 5,
    "juin": 6, "june": 6, "jun": 6,
    "juillet": 7, "juil": 7, "july": 7, "jul": 7,
    "aout": 8, "august": 8, "aug": 8,
    "septembre": 9, "sept": 9, "sep": 9, "september": 9,
    "octobre": 10, "oct": 10, "october": 10,
    "novembre": 11, "nov": 11, "november": 11,
    "decembre": 12, "dec": 12, "december": 12,
}  # fmt: skip
WEEKDAYS: dict[str, int] = {
    "lundi": 0, "mardi": 1, "mercredi": 2, "jeudi": 3, "vendredi": 4, "samedi": 5, "dimanche": 6,
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6,
}  # fmt: skip

_MONTH = "(" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_WEEKDAY = "(" + "|".join(WEEKDAYS) + ")"
_DAY = r"(\d{1,2})(?:er|st|nd|rd|th|e|eme)?"
_DATE = re.compile(
    rf"(?:{_WEEKDAY},?\s+)?(?:the\s+)?{_DAY}\s+(?:of\s+)?{_MONTH}(?:,?\s+(\d{{4}}))?\b"  # 15 mars 2027
    rf"|\b{_MONTH}\s+{_DAY}\b(?:,?\s+(\d{{4}}))?"  # March 15th, 2027
    r"|(?<![\d./-])(\d{4})-(\d{2})-(\d{2})(?![\d])"  # 2027-03-15
    r"|(?<![\d./-])(\d{1,2})[/-](\d{1,2})(?:[/-](\d{4}|\d{2}))?(?![\d/-])"  # 15/03(/2027)
    r"|(?<![\d./-])(\d{1,2})\.(\d{1,2})\.(\d{4}|\d{2})(?![\d.])"  # 15.03.2027
    rf"|\b(?:(debut|fin|mi|early|end of|mid)[\s-]+(?:de |d')?)?{_MONTH}(?:\s+(\d{{4}}))?\b"  # (début) avril
    rf"|\b{_WEEKDAY}(?:\s+prochain|\s+next)?\b"  # lundi (prochain)
    r"|\b(20\d{2})\b",  # 2027 alone ("pas avant 2027"): its 1st of January
)
_STRONG = re.compile(
    r"(pas avant|not before|no earlier than|not earlier than|au plus tot|at the earliest|rien avant|"
    r"not until|only after|qu'apres|qu'a partir|seulement apres|uniquement apres|pas plus tot)"
)
_WEAK = re.compile(
    r"(a partir d|apres|des le|des l'|a compter d|after|from|starting|as of|any time after|"
    r"au-dela d|passe le|une fois (passe|termine)|entre le|between)"
)
_DEADLINE = re.compile(
    r"(avant|before|au plus tard|jusqu'|d'ici|\bby\b|until|no later than|latest|depuis|since)"
)
_NEGATION = re.compile(r"(\bpas\b|\brien\b|\bne\b|\bn'|\bnot\b|n't\b|\bnever\b|\bjamais\b|\bsurtout\b)")
_BOUNDARY = re.compile(r"[.!?;,\n]")
_WINDOW = 60


@dataclass(frozen=True)
class DateMention:
    """A date found in the text and the kind of phrase that introduces it."""

    date: dt.date
    strength: int  # 3 explicit boundary, 2 start, 1 bare, 0 deadline/past
    position: int


def _year(raw: str | None) -> int | None:
    if not raw:
        return None
    year = int(raw)
    return year + 2000 if year < 100 else year


def _next_occurrence(month: int, day: int, ref: dt.date) -> dt.date | None:
    for year in (ref.year, ref.year + 1):
        try:
            candidate = dt.date(year, month, day)
        except ValueError:
            continue
        if candidate >= ref:
            return candidate
    return None


def _make(day: int, month: int, year: int | None, ref: dt.date) -> dt.date | None:
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    if year is None:
        return _next_occurrence(month, day, ref)
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _month_edge(prefix: str | None, month: int, year: int | None, ref: dt.date) -> dt.date | None:
    day = 1
    if prefix and prefix.startswith(("fin", "end")):
        day = 28 if month == 2 else 30 if month in (4, 6, 9, 11) else 31
    elif prefix and prefix.startswith("mi"):
        day = 15
    if year is not None:
        return _make(day, month, year, ref)
    start = dt.date(ref.year, ref.month, 1)
    for y in (ref.year, ref.year + 1):
        if dt.date(y, month, 1) >= start:
            return _make(day, month, y, ref)
    return None


def _to_date(m: re.Match[str], ref: dt.date) -> tuple[dt.date | None, bool]:
    """The date a match stands for, and whether it is a "loose" one (month only, weekday)."""
    g = m.groups()
    if g[1]:
        return _make(int(g[1]), MONTHS[g[2]], _year(g[3]), ref), False
    if g[4]:
        return _make(int(g[5]), MONTHS[g[4]], _year(g[6]), ref), False
    if g[7]:
        return _make(int(g[9]), int(g[8]), int(g[7]), ref), False
    if g[10]:
        return _make(int(g[10]), int(g[11]), _year(g[12]), ref), False
    if g[13]:
        return _make(int(g[13]), int(g[14]), _year(g[15]), ref), False
    if g[17]:
        return _month_edge(g[16], MONTHS[g[17]], _year(g[18]), ref), True
    if g[19]:
        ahead = (WEEKDAYS[g[19]] - ref.weekday() - 1) % 7 + 1
        return ref + dt.timedelta(days=ahead), True
    if g[20]:
        return dt.date(int(g[20]), 1, 1), True
    return None, False


def _strength(before: str) -> int:
    """How the words just before a date introduce it: 3 boundary, 2 start, 1 bare, 0 deadline."""
    cut = max((b.end() for b in _BOUNDARY.finditer(before)), default=0)
    window = before[cut:][-_WINDOW:]
    best = (-1, 1)  # (end position, strength)
    for found in _STRONG.finditer(window):
        best = max(best, (found.end(), 3))
    for found in _WEAK.finditer(window):
        if found.end() > best[0]:
            best = (found.end(), 2)
    for found in _DEADLINE.finditer(window):
        if found.end() > best[0]:
            negated = bool(_NEGATION.search(window[max(0, found.start() - 30) : found.start()]))
            best = (found.end(), 3 if negated and found.group(1) in ("avant", "before") else 0)
    return best[1]


def find_dates(text: str, ref: dt.date) -> list[DateMention]:
    """Every date in ``text`` (already folded or not) with the strength of its introduction."""
    folded = fold(text)
    found: list[DateMention] = []
    for m in _DATE.finditer(folded):
        date, loose = _to_date(m, ref)
        if date is None:
            continue
        strength = _strength(folded[: m.start()])
        if loose and strength < 2:
            continue  # "en mars", "lundi" alone say nothing about a boundary
        if date < ref and strength < 3:
            strength = 0  # a past date is a fact ("payé le 2 mars"), not a boundary
        found.append(DateMention(date, strength, m.start()))
    return found


def not_before(text: str, ref: dt.date, *, scheduled: bool, migration: bool) -> dt.date | None:
    """The not-before date named in ``text``, or None.

    ``scheduled``: the request is one that gets a date (start phrases count); ``migration``: a
    bare future date counts too ("migration le 01/04/2027").
    """
    needed = 1 if migration else 2 if scheduled else 3
    mentions = [m for m in find_dates(text, ref) if m.strength >= needed]
    if not mentions:
        return None
    best = max(mentions, key=lambda m: (m.strength, -m.position))
    return best.date
