"""The language to answer in: French unless the new text is clearly English (DOMAIN: French first)."""

from __future__ import annotations

import re
from typing import Literal

from bot.understand.normalize import fold

_EN = re.compile(
    r"\b(the|and|please|hello|hi|dear|we|our|would|could|you|your|is|are|to|for|thank|thanks|"
    r"regards|with|have|this|that|not|of|in|on|it|be|will|can|yes|no)\b"
)
_FR = re.compile(
    r"\b(le|la|les|et|nous|notre|nos|vous|votre|bonjour|merci|est|sont|pour|avec|une|des|du|de|"
    r"pas|je|j|il|elle|que|qui|cordialement|oui|non|mais|sur|dans|au|aux|ce|cette)\b"
)


def detect_language(text: str) -> Literal["fr", "en"]:
    """ "en" when English function words clearly outnumber French ones, else "fr"."""
    folded = fold(text)
    english = len(_EN.findall(folded))
    french = len(_FR.findall(folded))
    if french == 0:
        return "en" if english >= 1 else "fr"
    return "en" if english > french * 1.2 and english >= 2 else "fr"
