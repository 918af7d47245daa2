"""A client offering its bonus hours to another client's development (R62), French or English.

"Nous participons avec 5 heures à OF-2026-0042", "nous mettons 3 h de nos heures de bonus sur
[OF-2026-0042]", "we will contribute 5 hours to OF-2026-0042", "count us in for 4 hours on
OF-2026-0042". A reference and a number of hours next to a pooling verb are both needed; a
negated offer ("nous ne participerons pas") is not one. Pure: no database; the pipeline checks
that the reference exists and belongs to another client.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from bot.requests import REF_PATTERN, format_ref
from bot.understand.normalize import fold

_REF = re.compile(rf"\b{REF_PATTERN}\b", re.IGNORECASE)
_HOURS = r"(\d{1,3}(?:[.,]\d{1,2})?)\s*(?:h\b|heures?\b|hours?\b|hrs?\b)"
_VERBS_FR = (
    r"particip\w*|contribu\w*|mutualis\w*|met(?:tons|trons|s|tre)|donn\w*|offr\w*|apport\w*|consacr\w*"
)
_VERBS_EN = r"contribut\w*|chip(?:ping)? in|pool\w*|put(?:ting)? in|giv\w*|donat\w*|participat\w*|pledg\w*|count us in"
_OFFER = re.compile(
    rf"\b(?:{_VERBS_FR}|{_VERBS_EN})\b[^.\n?!]{{0,60}}?{_HOURS}|{_HOURS}[^.\n?!]{{0,40}}?\b(?:de (?:nos|notre)|of our)\b",
    re.IGNORECASE,
)
_NEGATION = re.compile(
    r"\b(?:ne|n')\s*(?:\w+\s+){0,2}?(?:particip|contribu|mutualis|pourr|souhait|mettr|donn)\w*\s+(?:pas|plus|jamais)\b|"
    r"\b(?:not|won't|will not|can't|cannot|unable to|don't|do not)\s+(?:\w+\s+){0,2}?(?:contribut|participat|pool|chip|give|put)\w*",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Contribution:
    """An offer of ``hours`` bonus hours to the development ``ref`` (R62)."""

    ref: str
    hours: Decimal


def read_contribution(subject: str, text: str) -> Contribution | None:
    """The offer in a message's new text (the reference may be in the subject), or None."""
    body = fold(text)
    if _NEGATION.search(body):
        return None
    offer = _OFFER.search(body)
    if offer is None:
        return None
    number = offer.group(1) or offer.group(2)
    hours = Decimal(number.replace(",", "."))
    if hours <= 0:
        return None
    ref = _REF.search(body) or _REF.search(fold(subject))
    if ref is None:
        return None
    return Contribution(format_ref(int(ref.group(1)), int(ref.group(2))), hours)
