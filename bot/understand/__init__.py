"""Understanding mail: what a message is, in French and English. Pure functions, no database.

The reader (rules, dates, fields, the model's seam) is loaded when ``read_message`` is first
asked for (PEP 562): a module that needs only the types or one of the pieces, such as the staff
``show`` or the configuration, does not import all of it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from bot.understand.types import KINDS, OurIdentity, Reading

if TYPE_CHECKING:
    from bot.understand.reader import read_message

__all__ = ["KINDS", "OurIdentity", "Reading", "read_message"]


def __getattr__(name: str) -> Any:
    if name == "read_message":
        from bot.understand.reader import read_message

        return read_message
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
