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
