"""A platform named in the text (DOMAIN R5): a hint for staff, never proof of who writes.

Names are matched exactly against the known platforms, on the longest token: ``mermoz-ulm`` must
not be read as ``mermoz``, and "mermoz" must not match inside "mermoz-ulm". Only places where a
platform name is expected count (an openflyers URL, "plateforme X", "compte client X").
"""

from __future__ import annotations

import re
from collections.abc import Collection

from bot.understand.normalize import fold

_TOKEN = r"([a-z0-9][a-z0-9_-]*(?:\.[a-z0-9][a-z0-9_-]*)*)"
_CONTEXTS = (
    re.compile(r"(?<![\w.@/-])([a-z0-9][a-z0-9_-]*)\.(?:test|of4)\b"),
    re.compile(rf"openflyers\.(?:com|fr|net|org)/+{_TOKEN}"),
    re.compile(
        rf"\b(?:plate-?forme|plateform|platform|instance|compte client|compte|client account|account|"
        rf"login|identifiant|nom de plate-?forme|structure)\s*(?:openflyers\s*)?(?:(?:est|is)(?:-(?:il|ce|it))?\s+(?:bien\s+|bien\s*:\s*|actually\s+)?|:|=|n°)?\s*"
        rf"[\"'«“(]?\s*{_TOKEN}"
    ),
)


_TEXT_CHARS = 25_000  # the subject and the start of the text: where a platform is named


def client_hint(text: str, platforms: Collection[str]) -> str | None:
    """The known platform named in ``text``, or None; the first one named wins."""
    known = {p.lower() for p in platforms}
    if not known:
        return None
    folded = fold(text[:_TEXT_CHARS])
    hits: list[tuple[int, str]] = []
    for pattern in _CONTEXTS:
        for m in pattern.finditer(folded):
            token = m.group(1).rstrip(".-_")
            for candidate in (token, token.split(".")[0]):
                if candidate in known:
                    hits.append((m.start(1), candidate))
                    break
    return min(hits)[1] if hits else None
