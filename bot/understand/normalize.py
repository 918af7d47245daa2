"""Text folding shared by the readers: people write "Réponse", "reponse" and "RÉPONSE" alike.

Rules are written once against folded text (lower case, no accents, straight apostrophes, single
spaces) instead of listing every spelling in every regex.
"""

from __future__ import annotations

import re
import unicodedata

_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "`": "'", "´": "'", "\u00a0": " ", "\u202f": " "})
_SPACES = re.compile(r"[ \t]+")
_SUBJECT_PREFIX = re.compile(
    r"^\s*(?:(?:re|r|tr|fw|fwd|fwd?|aw|wg|sv|vs|rif|ref|réf|antw|enc|rv|res|odp|transf|transfert)"
    r"\s*(?:\[\d+\])?\s*[:：]\s*)+",
    re.IGNORECASE,
)


def fold(text: str) -> str:
    """Lower case, accents removed, apostrophes and spaces normalised; line breaks kept."""
    text = text.translate(_APOSTROPHES)
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return _SPACES.sub(" ", stripped.lower())


def strip_subject_prefixes(subject: str) -> str:
    """The subject without its "RE:", "TR:", "Fwd:", "AW:" ... prefixes (repeated or mixed)."""
    return _SUBJECT_PREFIX.sub("", subject or "").strip()


def is_shouting(text: str) -> bool:
    """True when the text is written in capitals (an all-caps subject says little)."""
    letters = [ch for ch in text if ch.isalpha()]
    return len(letters) >= 4 and sum(ch.isupper() for ch in letters) / len(letters) > 0.8


# Words whose misspelling would hide a request ("migartion", "verison", "renouvelement").
_VOCABULARY = (
    "migration", "migrations", "migrer", "version", "versions", "renouvellement", "renouveler",
    "developpement", "developper", "plateforme", "abonnement", "reinitialiser", "reinitialisation",
    "responsable", "fonctionnalite", "evolution", "ressource", "ressources", "password", "upgrade",
    "subscription", "renewal", "development",
)  # fmt: skip
_VOCAB_SET = frozenset(_VOCABULARY)
_WORD = re.compile(r"[a-z]{6,}")


def _close(a: str, b: str, limit: int) -> bool:
    """Damerau-Levenshtein distance (adjacent transpositions) of at most ``limit``."""
    if abs(len(a) - len(b)) > limit:
        return False
    prev2: list[int] = []
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        row = [i] + [0] * len(b)
        for j, cb in enumerate(b, 1):
            cost = 0 if ca == cb else 1
            row[j] = min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + cost)
            if i > 1 and j > 1 and ca == b[j - 2] and a[i - 2] == cb:
                row[j] = min(row[j], prev2[j - 2] + 1)
        if min(row) > limit:
            return False
        prev2, prev = prev, row
    return prev[-1] <= limit


def _fix(match: re.Match[str]) -> str:
    word = match.group(0)
    if word in _VOCAB_SET:
        return word
    limit = 1 if len(word) < 9 else 2
    for known in _VOCABULARY:
        if known[0] == word[0] and _close(word, known, limit):
            return known
    return word


def correct_typos(folded: str) -> str:
    """Folded text with near-misses of the request vocabulary replaced by the right word."""
    return _WORD.sub(_fix, folded)
