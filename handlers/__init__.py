"""The request handlers, one per kind, in one explicit registry (Mailman's pipelines are the model).

A kind without a handler of its own goes to staff triage: nothing is answered that no rule covers.
"""

from __future__ import annotations

from handlers.base import Handler
from handlers.hours_statement import HoursStatementHandler
from handlers.support import SupportHandler
from handlers.triage import OtherHandler

REGISTRY: tuple[Handler, ...] = (
    SupportHandler(),
    HoursStatementHandler(),
    OtherHandler(),
)

_BY_KIND = {handler.kind: handler for handler in REGISTRY}


def handler_for(kind: str) -> Handler:
    return _BY_KIND.get(kind, _BY_KIND["other"])


def has_handler(kind: str) -> bool:
    return kind in _BY_KIND
