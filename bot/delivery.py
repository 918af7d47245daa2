"""The end of every command that produces mail or notifications: deliver, or leave it to the service.

See :mod:`bot.heartbeat` for why. What the person at the shell reads (stderr, never stdout, which
belongs to ``--json``): "queued: the running service sends it" when a service runs; otherwise the
command delivers, and a mail that failed for good makes it exit 1 pointing at
``ofbot outbox --failed`` (staff are told in their chat as well).
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Sequence

from sqlalchemy import select

from bot.app import App
from bot.heartbeat import pending_effects, running_service, wake_service
from bot.startup import require_outbox_folder
from storage.models import OutboxMail

log = logging.getLogger("ofbot")


def say(text: str) -> None:
    print(text, file=sys.stderr)


def service_is_running(app: App) -> bool:
    return running_service(app.sessions) is not None


def prepare(app: App) -> bool:
    """Before a command acts: True when a service will deliver; else the outbox folder must be usable."""
    if service_is_running(app):
        return True
    require_outbox_folder(app.settings)
    return False


def deliver_or_leave(app: App) -> int:
    """Deliver what is pending (exit status 1 when a mail failed for good), or wake the service."""
    worker = running_service(app.sessions)
    if worker is not None:
        wake_service(app.engine)
        if pending_effects(app.sessions):
            say(f"queued: the running service sends it (service {worker})")
        return 0
    report = app.deliver()
    status = 0
    if report.failed:
        say(
            f"ofbot: {report.failed} mail(s) could not be delivered and will not be retried: "
            "see `ofbot outbox --failed`, then `ofbot outbox retry ID|--all`"
        )
        status = 1
    if report.retried:
        errors = _recent_errors(app)
        detail = f" ({errors[0]})" if errors else ""
        say(
            f"ofbot: {report.retried} mail(s) not delivered yet{detail}: they stay queued; "
            "the service (`ofbot run`, or `ofbot run --once` from cron) retries them"
        )
    return status


def _recent_errors(app: App) -> Sequence[str]:
    with app.sessions() as session:
        rows = session.scalars(
            select(OutboxMail.last_error).where(
                OutboxMail.state == "pending", OutboxMail.last_error.is_not(None)
            )
        ).all()
    return [r for r in rows if r]
