"""The version grammar, in one place: how a platform version is written and how we write it back.

A version is a number with an optional development stage: "3.6", "4", "4.0alpha", "v5", "4.0 beta",
or a bare "alpha"/"beta" (the latest development version). The client record (import), the
handlers (migration, test platform) and the reader of client mail all go through this module, so
"4.0alpha" means the same thing to each of them.
"""

from __future__ import annotations

import dataclasses
import re

STAGES = ("alpha", "beta")
STAGE_WORD = r"(alpha|beta)"
# Between a number and its stage: "4.0alpha", "4.0 alpha", "4.0-beta", "4.0.beta".
STAGE_SEPARATOR = r"\s*[-.]?\s*"
OPTIONAL_STAGE = rf"(?:{STAGE_SEPARATOR}{STAGE_WORD})?"
# A version number inside free text: one or two parts of at most two digits ("4", "3.6", "4.10").
TEXT_NUMBER = r"(\d{1,2}(?:\.\d{1,2})?)"
# A whole field that is a version (a record, a staff argument): "v" allowed, patch numbers ignored.
VERSION_RE = re.compile(
    rf"^\s*v?(\d+)(?:\.(\d+))?(?:\.\d+)*(?:{STAGE_SEPARATOR}{STAGE_WORD})?\s*$", re.IGNORECASE
)
_STAGE_RANK = {"alpha": 0, "beta": 1, "": 2}


@dataclasses.dataclass(frozen=True)
class PlatformVersion:
    """A platform version as the record or the client writes it: "3.6", "4", "4.0alpha", "beta".

    ``number`` is (major, minor); ``stage`` is "alpha", "beta" or "" for a stable version. A bare
    "alpha"/"beta" (no number) is the latest development version: ``number`` is None.
    """

    number: tuple[int, int] | None
    stage: str

    @property
    def development(self) -> bool:
        """An alpha or beta version (R20, R21, R25)."""
        return self.stage in STAGES

    def sort_key(self) -> tuple[int, int, int]:
        """Order of versions: 3.5 < 4.0alpha < 4.0beta < 4; a bare "beta" is the newest."""
        major, minor = self.number if self.number is not None else (999, 999)
        return (major, minor, _STAGE_RANK.get(self.stage, 2))

    def __str__(self) -> str:
        """The canonical writing: "4" (not "4.0"), "4.0alpha", "3.6", "beta"."""
        if self.number is None:
            return self.stage
        major, minor = self.number
        if self.stage:
            return f"{major}.{minor}{self.stage}"
        return f"{major}.{minor}" if minor else str(major)


def parse_version(text: str | None) -> PlatformVersion | None:
    """``parse_version("4.0alpha")`` -> 4.0 alpha; None when ``text`` is not a version."""
    if not text:
        return None
    bare = text.strip().lower()
    if bare in STAGES:
        return PlatformVersion(None, bare)
    match = VERSION_RE.match(bare)
    if match is None:
        return None
    major, minor, stage = match.group(1), match.group(2), match.group(3)
    return PlatformVersion((int(major), int(minor or 0)), (stage or "").lower())


def canonical(number: str | None, stage: str | None) -> str:
    """A number and a stage as read from text, written canonically: "4.0" -> "4", "4" + alpha ->
    "4.0alpha", "3.6" -> "3.6", alone "beta" -> "beta"."""
    if number is None:
        return stage or ""
    major, _, minor = number.partition(".")
    return str(PlatformVersion((int(major), int(minor or 0)), (stage or "").lower()))
