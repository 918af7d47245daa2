"""What may be written to a log about a person: addresses are redacted (Zulip's gateway does it)."""

from __future__ import annotations

import re

_ADDRESS = re.compile(r"[\w.!#$%&'*+/=?^`{|}~-]+@[\w-]+(?:\.[\w-]+)+")


def redact(address: str) -> str:
    """An address keeps its first letter and its domain: enough to follow a case, not to harvest."""
    local, _, domain = address.partition("@")
    return f"{local[:1]}***@{domain}" if domain else "***"


def redact_addresses(text: str) -> str:
    """``text`` (a relay's error, which often quotes the recipient) with every address redacted."""
    return _ADDRESS.sub(lambda m: redact(m.group()), text)
