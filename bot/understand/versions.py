"""The version a client asks for, written canonically: "4" (not "4.0"), "4.0alpha", "beta", "3.6".

The grammar of a version (numbers, stages, canonical writing) is :mod:`bot.versions`; this module
only tells which version mentioned in a mail is the one asked for.

Clients often name two versions ("nous sommes en 3.6 et voudrions passer en 4"): the one after a
"from"/"currently" phrase is where they are, the one after "vers"/"to"/"passer en" is the target.
For a test platform only ``.of4`` (a copy upgraded to version 4, DOMAIN R2) names a version.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.understand.dates import MONTHS
from bot.understand.normalize import correct_typos, fold, mask_links
from bot.versions import OPTIONAL_STAGE, STAGE_SEPARATOR, STAGE_WORD, TEXT_NUMBER, canonical

# month names (the date reader's) as whole words ("mai", not "mais"); "may" left out: "to 4 may
# help" is a verb
_MONTHS = "(?:" + "|".join(sorted(set(MONTHS) - {"may"}, key=len, reverse=True)) + r")\b"
# a count of something ("en 5 minutes", "to 3 members"), not a version
_UNITS = (
    r"min\b|minute|jour|day|semaine|week|mois|month|ans?\b|annee|year|fois|times|personne|people|"
    r"membre|member|eleve|student|avion|aircraft|plane|planeur|glider|instructeur|instructor"
)
# The loosest: a number after a preposition or an article is a version only when it is not a day
# ("the committee meets on 12 January", "en 15 mars") and is a plausible major version.
_LOOSE = re.compile(
    rf"\b(?:la|en|vers|a|to|the|sur|on)\s+{TEXT_NUMBER}{OPTIONAL_STAGE}"
    rf"(?![\w/%€]|\.\d|\s*(?:h\b|heure|hour|€|eur|{_UNITS})|\s*{_MONTHS})"
)
_LOOSE_MAX = 9  # "on 12": a day, a count, never one of our versions without the word "version"
_PATTERNS = (
    re.compile(
        rf"\b(?:version|vers\.|v|openflyers|of)\s*[:.]?\s*{TEXT_NUMBER}{OPTIONAL_STAGE}(?![\w/]|\.\d)"
    ),
    re.compile(rf"(?<![\w./]){TEXT_NUMBER}{STAGE_SEPARATOR}{STAGE_WORD}\b"),
    _LOOSE,
)
_BARE_STAGE = re.compile(rf"\b(?:version|en|la|une|the|a|to|on|sur)\s+{STAGE_WORD}\b")
_OF4 = re.compile(r"\.of4\b|\bof4\b")
_CURRENT = re.compile(
    r"(sommes|suis|sommes actuellement|actuellement|currently|we are on|we're on|running|tourne|\bon est\b|\best en\b|"
    r"depuis|since|\bde la|\bdu\b|from|utilisons|encore en|toujours en|notre version|our version|"
    r"installee?|deja en|already|rester|rester en|rester sur|stay|remain|reste en|reste sur)\W*(\w+\W+){0,3}$"
)
_TARGET = re.compile(
    r"(vers|passer|passage|migrer|migration|monter|basculer|upgrade|move|switch|\bto\b|nouvelle|"
    r"new|derniere|latest|souhait|voudri|aimeri|want|would like)\W*(\w+\W+){0,3}$"
)


# A version the client rules out: "surtout pas l'alpha ni la beta", "not the beta", "plutôt que de
# revenir en version 4". The negation must stand right before the version (an article between);
# in "ne pas passer en 4 avant mars" it governs the date, not the version.
_RULED_OUT = re.compile(
    r"(?:\b(?:pas|ni|not|nor|no|sans|without)\W+(?:(?:la|le|les|l'|une|un|the|a|an|version)\W*)?"
    r"|\b(?:plutot que|rather than|instead of|au lieu de)\W+(?:[\w']+\W+){0,4})$"
)


def _score(before: str) -> int:
    """How the words before a version introduce it: a target, where the client is, or ruled out."""
    score = (2 if _TARGET.search(before) else 0) - (3 if _CURRENT.search(before) else 0)
    return score - 5 if _RULED_OUT.search(before) else score


@dataclass(frozen=True)
class VersionMention:
    canonical: str
    score: int
    position: int
    numbered: bool = True  # "4.0alpha", "3.6"; False for a bare "alpha"/"beta"


def _mentions(folded: str) -> list[VersionMention]:
    found: dict[int, VersionMention] = {}
    spans: list[tuple[int, int]] = []
    for pattern in _PATTERNS:
        for m in pattern.finditer(folded):
            spans.append((m.start(), m.end()))
            number, stage = m.group(1), m.group(2)
            if float(number) > 20 or float(number) < 1 or (pattern is _LOOSE and float(number) > _LOOSE_MAX):
                continue
            before = folded[max(0, m.start() - 40) : m.start(1)]
            score = _score(before)
            found.setdefault(m.start(1), VersionMention(canonical(number, stage), score, m.start(1)))
    # "vers la beta" also when another version is named ("nous sommes en 3.6"), unless the stage
    # belongs to a numbered version ("4.0 beta").
    for m in _BARE_STAGE.finditer(folded):
        if not any(start <= m.start(1) < end for start, end in spans):
            before = folded[max(0, m.start() - 40) : m.start(1)]
            score = _score(before)
            found.setdefault(m.start(1), VersionMention(m.group(1), score, m.start(1), numbered=False))
    return list(found.values())


def target_version(text: str, *, test_platform: bool = False) -> str | None:
    """The canonical version the client asks for in ``text``, or None when none is named."""
    folded = correct_typos(fold(mask_links(text)))
    if test_platform:
        if _OF4.search(folded):
            return "4"
        # "nous sommes en version 4" says where the client is, not what the copy should run.
        named = [m.canonical for m in _mentions(folded) if m.score >= 0]
        return "4" if any(v in ("4", "4.0") for v in named) else None
    candidates = [m for m in _mentions(folded) if m.score >= 0]
    if not candidates:
        return None
    # An explicit numbered version beats a bare stage that refers back to it: after "4.0alpha",
    # "l'alpha" is the same version, not a new target.
    numbered_stages = {m.canonical.lstrip("0123456789.") for m in candidates if m.numbered}
    candidates = [m for m in candidates if m.numbered or m.canonical not in numbered_stages]
    return max(candidates, key=lambda m: (m.score, m.position)).canonical
