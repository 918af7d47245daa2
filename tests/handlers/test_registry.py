"""The handler registry covers every request kind exactly once, checked when it is built."""

from __future__ import annotations

import pytest

from bot.understand.types import KINDS
from handlers import REGISTRY, RegistryError, handler_for, index_handlers
from handlers.support import SupportHandler


def test_every_kind_has_exactly_one_handler() -> None:
    assert sorted(h.kind for h in REGISTRY) == sorted(KINDS)
    assert all(handler_for(kind).kind == kind for kind in KINDS)


def test_a_duplicate_a_missing_kind_and_an_unknown_kind_are_refused() -> None:
    with pytest.raises(RegistryError, match="two handlers for kind 'support'"):
        index_handlers((*REGISTRY, SupportHandler()))
    with pytest.raises(RegistryError, match="no handler for kind"):
        index_handlers(tuple(h for h in REGISTRY if h.kind != "migration"))

    class Stray(SupportHandler):
        kind = "astrology"

    with pytest.raises(RegistryError, match="unknown kind 'astrology'"):
        index_handlers((*REGISTRY, Stray()))


def test_no_silent_fallback_to_other() -> None:
    with pytest.raises(LookupError):
        handler_for("astrology")
