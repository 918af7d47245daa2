"""The request handlers, one per kind, in one explicit registry (Mailman's pipelines are the model).

The registry is checked when it is built, at start-up: two handlers for one kind, a handler for a
kind that does not exist, or a kind of ``KINDS`` without a handler stops the program with a
sentence. Asking for a kind that has no handler is an error, never a silent fallback to ``other``.
"""

from __future__ import annotations

from bot.kinds import KINDS
from handlers.base import Handler
from handlers.contact_update import ContactUpdateHandler
from handlers.dev_quote import DevQuoteHandler
from handlers.hours_statement import HoursStatementHandler
from handlers.migration import MigrationHandler
from handlers.owner_change import OwnerChangeHandler
from handlers.password_reset import PasswordResetHandler
from handlers.renewal import RenewalHandler
from handlers.resource_change import ResourceChangeHandler
from handlers.support import SupportHandler
from handlers.test_platform import TestPlatformHandler
from handlers.triage import OtherHandler

REGISTRY: tuple[Handler, ...] = (
    SupportHandler(),
    DevQuoteHandler(),
    MigrationHandler(),
    OwnerChangeHandler(),
    PasswordResetHandler(),
    ContactUpdateHandler(),
    HoursStatementHandler(),
    ResourceChangeHandler(),
    RenewalHandler(),
    TestPlatformHandler(),
    OtherHandler(),
)


class RegistryError(Exception):
    """The handler registry does not cover the request kinds exactly once each."""


def index_handlers(handlers: tuple[Handler, ...]) -> dict[str, Handler]:
    """Kind -> handler, refusing duplicates, unknown kinds and kinds left without a handler."""
    by_kind: dict[str, Handler] = {}
    for handler in handlers:
        if handler.kind in by_kind:
            raise RegistryError(f"two handlers for kind {handler.kind!r}")
        if handler.kind not in KINDS:
            raise RegistryError(f"handler {type(handler).__name__} for unknown kind {handler.kind!r}")
        by_kind[handler.kind] = handler
    missing = [kind for kind in KINDS if kind not in by_kind]
    if missing:
        raise RegistryError(f"no handler for kind(s): {', '.join(missing)}")
    return by_kind


_BY_KIND = index_handlers(REGISTRY)


def handler_for(kind: str) -> Handler:
    try:
        return _BY_KIND[kind]
    except KeyError:
        raise LookupError(f"no handler for request kind {kind!r}") from None


def has_handler(kind: str) -> bool:
    return kind in _BY_KIND
