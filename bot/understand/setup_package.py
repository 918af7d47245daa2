"""Whether a client's answer to our migration terms takes the set-up package (R23.5, R23.8).

The client record does not say whether a client subscribed to the set-up package where it is
priced (the clients file has no such column), so the terms mail asks, and the answer says it:
"OK, avec le forfait paramétrage", "we also want the set-up package" take it; "sans le forfait
paramétrage", "no set-up package, thanks" decline it; a reply that does not name it says
nothing (None). Pure: the handler decides what to invoice.
"""

from __future__ import annotations

import re

from bot.understand.normalize import fold

_PACKAGE = re.compile(
    r"\b(?:forfaits?\s+(?:de\s+)?parametrage|(?:pack|package|offre)\s+(?:de\s+)?parametrage|"
    r"set[- ]?up\s+package|setup\s+package|onboarding\s+package)\b",
    re.IGNORECASE,
)
# A refusal just before the package's name: "sans le", "pas de", "no", "without the", "don't need the"
_BEFORE_NO = re.compile(
    r"(?:\bsans\b|\bpas\b|\bni\b|\bnon\b|\bno\b|\bnot\b|\bwithout\b|\bdon't\b|\bdo not\b|\bnor\b|"
    r"\bpas besoin\b|\bne\s+\w+\s+pas\b|\brenon\w+\b|\bdecline\w*\b)[^.\n?!,;:]{0,20}$",
    re.IGNORECASE,
)
# ... or just after it: "le forfait paramétrage ne nous intéresse pas", "set-up package: no thanks"
_AFTER_NO = re.compile(
    r"^[^.\n?!,;]{0,25}?(?:\bne\s+(?:\w+\s+){1,2}pas\b|\bn'\w+\s+pas\b|\bno\b|\bnot\b|\bnon\b|"
    r"\bisn't\b|\bpas necessaire\b|\binutile\b)",
    re.IGNORECASE,
)


def read_setup_package(text: str) -> bool | None:
    """True: the client takes the set-up package; False: it declines it; None: not named."""
    body = fold(text)
    said: bool | None = None
    for found in _PACKAGE.finditer(body):
        before = body[max(0, found.start() - 40) : found.start()]
        after = body[found.end() : found.end() + 40]
        declined = bool(_BEFORE_NO.search(before)) or bool(_AFTER_NO.search(after))
        said = not declined if said is None else (said and not declined)
    return said
