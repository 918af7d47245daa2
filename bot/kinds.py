"""The request kinds (ARCHITECTURE "Request kinds"): one name per handler, in one place.

Apart from :mod:`bot.understand` so that reading the configuration (``understanding.thresholds``
per kind) does not import the message reader.
"""

from __future__ import annotations

from typing import Literal, get_args

Kind = Literal[
    "support",
    "dev_quote",
    "migration",
    "owner_change",
    "password_reset",
    "contact_update",
    "hours_statement",
    "resource_change",
    "renewal",
    "test_platform",
    "other",
]
KINDS: tuple[str, ...] = get_args(Kind)
