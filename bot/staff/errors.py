"""The one error a staff command raises: a sentence saying what is wrong (usage errors exit 2)."""

from __future__ import annotations


class CommandError(Exception):
    """A staff command that cannot be done; the message says why. ``usage`` errors exit 2."""

    def __init__(self, message: str, usage: bool = False) -> None:
        super().__init__(message)
        self.usage = usage
