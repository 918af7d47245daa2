"""Understanding mail: what a message is, in French and English. Pure functions, no database."""

from bot.understand.reader import read_message
from bot.understand.types import KINDS, OurIdentity, Reading

__all__ = ["KINDS", "OurIdentity", "Reading", "read_message"]
