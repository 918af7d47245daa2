"""The text the kind model sees, and how it is cut into features.

Pure Python and shared by training (scikit-learn calls these analyzers) and prediction (the stored
model applies them itself), so both sides cut text the same way by construction.

Before anything: e-mail addresses and URLs are masked (an address on a ``.test`` domain must not
read as a test-platform request), digits become ``0`` (phone numbers and dates in signatures say
nothing about the kind), accents and case are folded (mail written without accents).
"""

from __future__ import annotations

import re
from itertools import pairwise

from bot.understand.normalize import fold, strip_subject_prefixes

MAX_CHARS = 4000  # the start of a mail says what it is about; the rest costs time, not accuracy
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+", re.UNICODE)
_URL = re.compile(r"(?:https?://|www\.)\S+|\b[\w-]+(?:\.[\w-]+)*\.(?:com|fr|org|net|be|ch|eu|io)/\S*")
_DIGITS = re.compile(r"\d")
_WORD = re.compile(r"\w\w+")
_PUNCT = re.compile(r"[^\w\s]+")


def model_text(subject: str, text: str) -> str:
    """Subject (twice: it is the densest line) and the new text, masked and folded."""
    raw = f"{strip_subject_prefixes(subject)}\n{strip_subject_prefixes(subject)}\n{text[:MAX_CHARS]}"
    raw = _URL.sub(" zzurl ", _EMAIL.sub(" zzemail ", raw))
    return _DIGITS.sub("0", fold(raw))


def word_features(text: str) -> list[str]:
    """Words and pairs of consecutive words."""
    words = _WORD.findall(text)
    return words + [f"{a} {b}" for a, b in pairwise(words)]


def char_features(text: str) -> list[str]:
    """Character 3- to 5-grams inside words (padded with a space at each end), as ``char_wb``."""
    grams: list[str] = []
    append = grams.append
    for word in _PUNCT.sub(" ", text).split():
        padded = f" {word} "
        size = len(padded)
        for n in (3, 4, 5):
            if size < n:
                break
            for start in range(size - n + 1):
                append(padded[start : start + n])
    return grams
