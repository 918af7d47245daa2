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

from bot.understand.normalize import cue, fold, mask_links
from bot.understand.trim import unsigned_text

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
    r"|\b(20\d{2})\b"  # 2027 alone ("pas avant 2027"): its 1st of January
    r"|(?<![\d./-])(\d{2})\.(\d{2})(?!\d|\.\d)"  # 30.11 (two digits each: "3.6" is a version)
    r"|\b(?:semaine|week|wk)\s*(?:n[o°]\s*)?(\d{1,2})(?:\s+(?:de\s+|of\s+)?(20\d{2}))?\b",  # semaine 12 (de 2027)
)
_STRONG = cue(
    "pas avant", "not before", "no earlier than", "not earlier than", "au plus tot", "at the earliest",
    "rien avant", "not until", "only after", "qu'apres", "qu'a partir", "seulement apres",
    "uniquement apres", "pas plus tot", "pas d'intervention avant",
)  # fmt: skip
_WEAK = cue(
    "a partir d*", "apres", "des le", "des l'*", "a compter d*", "after", "from", "starting", "as of",
    "any time after", "au-dela d*", "passe le", "une fois (passe|termine)*", "entre le", "between",
)  # fmt: skip
_DEADLINE = cue(
    "avant", "before", "au plus tard", "jusqu'*", "d'ici", "by", "until", "no later than", "latest",
    "depuis", "since",
)  # fmt: skip
# A negation turns "avant"/"before" into a boundary only when it governs it: "ne migrez pas avant",
# "ne lancez rien avant", "don't start it before"; not "je ne sais pas si vous pourrez avant".
_NEGATION = cue(r"pas", r"rien", r"jamais", r"not", r"\w+n't", r"never", r"surtout pas")
_SUBORDINATE = cue(
    "si", "s'*", "if", "whether", "because", "car", "parce", "quand", "when",
    "mais", "but", "et", "and", "ou", "or", "sais", "know", "sure", "sur",
)  # fmt: skip
# A day-month without a year that names an event already past: "notre demande du 27 novembre",
# "les frais ont été payés le 2 octobre". Its next occurrence is not a boundary the client sets.
_PAST_REFERENCE = re.compile(
    r"(?:\b(?:demande|mail|message|courrier|courriel|e-?mail|lettre|facture|echange|appel|reunion|"
    r"conversation|commande|envoi|virement|paiement|request|letter|call|meeting|order|invoice|payment)s?"
    r"(?: [\w'-]+){0,3} (?:du|of|dated|en date du)"
    r"|\b(?:paye|regle|envoye|recu|demande|fait|signe|vote|ecrit|paid|sent|received|requested|signed|voted|"
    r"written)(?:e|s|es)?(?: [\w'-]+){0,2} (?:le|on))\s*$"
)
# "l'AG du 14/11", "the meeting of 2 March" written shortly after that day: the event is past.
_OF_EVENT = re.compile(r"(?<![\w'])(?!partir\b|compter\b)[\w']{2,} (?:du|of)\s*$")
_RECENT_DAYS = 60
# A boundary word written after the date: "3 March at the earliest", "le 12 au plus tôt".
_AFTER_STRONG = re.compile(r"\s*,?\s*(?:au plus tot|at the earliest|at the soonest|au minimum|minimum)\b")
_AFTER_WEAK = re.compile(r"\s*,?\s*(?:or later|onwards|and after|ou (?:apres|plus tard)|et apres)\b")
_GOVERNS = 6  # words at most: "nous ne souhaitons pas que la migration ait lieu avant"
# A date of writing ("Fait au Bourget, le 3 février 2027") is when, not a boundary.
_WRITTEN = re.compile(r"[ \t]*(?:fait|ecrit|redige|signe)\b")
_BOUNDARY = re.compile(r"[.!?;,\n]")
_WINDOW = 60


@dataclass(frozen=True)
class DateMention:
    """A date found in the text and the kind of phrase that introduces it."""

    date: dt.date
    strength: int  # 3 explicit boundary, 2 start, 1 bare, 0 deadline/past
    position: int
    loose: bool = False  # a month, a weekday or a year alone: a day named elsewhere refines it


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
    if g[21]:
        return _make(int(g[21]), int(g[22]), None, ref), False
    if g[23]:
        return _iso_week(int(g[23]), _year(g[24]), ref), False
    return None, False


def _iso_week(week: int, year: int | None, ref: dt.date) -> dt.date | None:
    """The Monday of ISO week ``week`` ("pas avant la semaine 12"), the next one when no year is given."""
    for candidate_year in (year,) if year else (ref.year, ref.year + 1):
        try:
            monday = dt.date.fromisocalendar(candidate_year, week, 1)
        except ValueError:
            continue
        if year or monday + dt.timedelta(days=6) >= ref:
            return monday
    return None


def _past_reference(folded: str, m: re.Match[str], date: dt.date, ref: dt.date) -> bool:
    """A year-less date that names something already done ("payés le 2 octobre", "l'AG du 14/11")."""
    before = max(0, m.start() - 60)
    if _PAST_REFERENCE.search(folded, before, m.start()):
        return True
    try:
        last_time = date.replace(year=date.year - 1)
    except ValueError:
        return False
    recent = dt.timedelta(0) < ref - last_time <= dt.timedelta(days=_RECENT_DAYS)
    return recent and bool(_OF_EVENT.search(folded, before, m.start()))


def _yearless(m: re.Match[str]) -> bool:
    """A day and month written without a year ("le 2 octobre", "15/03", "30.11")."""
    g = m.groups()
    return bool((g[1] and not g[3]) or (g[4] and not g[6]) or (g[10] and not g[12]) or g[21])


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
            negated = found.group(0) in ("avant", "before") and _negated(window[: found.start()])
            best = (found.end(), 3 if negated else 0)
    return best[1]


def _negated(before: str) -> bool:
    """A negation governs the word that follows ``before``: close to it and in the same clause."""
    negations = list(_NEGATION.finditer(before))
    if not negations:
        return False
    last = negations[-1]
    between = before[last.end() :]
    return len(between.split()) <= _GOVERNS and not _SUBORDINATE.search(between)


# "pas avant mars, le 15": the day written just after a month name belongs to it.
_DAY_AFTER_MONTH = re.compile(
    rf"\s*,?\s*(?:le|the)?\s*{_DAY}\b(?!\s*(?:{_MONTH}|[/.:h-]\s*\d|h\b|heures?|hours?|ans?|years?|jours?|days?|"
    r"semaines?|weeks?|mois|months?|%|€|eur))"
)


def _day_after_month(folded: str, m: re.Match[str], ref: dt.date) -> dt.date | None:
    """The explicit day that follows a bare month name ("mars, le 15"), or None."""
    if not m.group(18) or m.group(17) or m.group(19):
        return None  # not a bare month name ("début mars", "mars 2027" keep their own reading)
    after = _DAY_AFTER_MONTH.match(folded, m.end())
    if after is None:
        return None
    return _make(int(after.group(1)), MONTHS[m.group(18)], None, ref)


def find_dates(text: str, ref: dt.date) -> list[DateMention]:
    """Every date in ``text`` (already folded or not) with the strength of its introduction.

    Addresses and links are masked first: "https://x.fr/2027/03/15" is not a date the client names.
    """
    folded = fold(mask_links(text))
    found: list[DateMention] = []
    for m in _DATE.finditer(folded):
        date, loose = _to_date(m, ref)
        if date is None:
            continue
        precise = _day_after_month(folded, m, ref)
        if precise is not None:
            date, loose = precise, False
        written = _WRITTEN.match(folded, folded.rfind("\n", 0, m.start()) + 1, m.start())
        strength = 0 if written else _strength(folded[: m.start()])
        if _AFTER_STRONG.match(folded, m.end()):
            strength = 3
        elif strength < 2 and _AFTER_WEAK.match(folded, m.end()):
            strength = 2
        if strength < 3 and _yearless(m) and _past_reference(folded, m, date, ref):
            strength = 0  # "notre demande du 27 novembre": a past event, not next year's date
        if loose and strength < 2:
            continue  # "en mars", "lundi" alone say nothing about a boundary
        if (date < ref and strength < 3) or (date == ref and strength < 2):
            strength = 0  # a past date is a fact ("payé le 2 mars"), today the day of writing
        found.append(DateMention(date, strength, m.start(), loose))
    return _refine(found)


def _refine(mentions: list[DateMention]) -> list[DateMention]:
    """An explicit day beats a month name: "pas avant avril ... le 12 avril" gives the 12th.

    A loose mention (a month alone) and a precise date in the same month are one boundary; the
    precise date takes the stronger introduction of the two. A deadline (strength 0) refines nothing.
    """
    refined = list(mentions)
    for i, loose in enumerate(mentions):
        if not loose.loose:
            continue
        for j, precise in enumerate(mentions):
            same_month = (precise.date.year, precise.date.month) == (loose.date.year, loose.date.month)
            if not precise.loose and precise.strength >= 1 and same_month and precise.date >= loose.date:
                strength = max(precise.strength, loose.strength)
                refined[j] = DateMention(precise.date, strength, min(precise.position, loose.position))
                refined[i] = DateMention(loose.date, 0, loose.position, True)
                break
    return refined


def not_before(text: str, ref: dt.date, *, scheduled: bool, migration: bool) -> dt.date | None:
    """The not-before date named in ``text``, or None.

    ``scheduled``: the request is one that gets a date (start phrases count); ``migration``: a
    bare future date counts too ("migration le 01/04/2027").
    """
    return not_before_among(date_mentions(text, ref), scheduled=scheduled, migration=migration)


def date_mentions(text: str, ref: dt.date) -> list[DateMention]:
    """The dates :func:`not_before` weighs in ``text`` (signature left out), whatever the kind."""
    return find_dates(unsigned_text(text), ref)


def not_before_among(found: list[DateMention], *, scheduled: bool, migration: bool) -> dt.date | None:
    """:func:`not_before` from the :func:`date_mentions` of a text (read once for every kind)."""
    needed = 1 if migration else 2 if scheduled else 3
    mentions = [m for m in found if m.strength >= needed]
    if not mentions:
        return None
    strongest = max(m.strength for m in mentions)
    if strongest >= 2:
        # Two boundaries ("après notre journée du 10 octobre : à partir du 12"): the later binds.
        return max(m.date for m in mentions if m.strength == strongest)
    return min((m for m in mentions if m.strength == strongest), key=lambda m: m.position).date
