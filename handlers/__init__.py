"""The request handlers, one per kind, in one explicit registry (Mailman's pipelines are the model).

A kind without a handler of its own goes to staff triage: nothing is answered that no rule covers.
"""

from __future__ import annotations

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

_BY_KIND = {handler.kind: handler for handler in REGISTRY}


def handler_for(kind: str) -> Handler:
    return _BY_KIND.get(kind, _BY_KIND["other"])


def has_handler(kind: str) -> bool:
    return kind in _BY_KIND
