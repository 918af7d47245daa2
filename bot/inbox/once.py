"""``ofbot run --once``: one poll of the mailbox, for cron."""

from __future__ import annotations

import logging

from bot.app import App
from bot.inbox.connection import (
    CONNECTION_ERRORS,
    ConnectFn,
    close_quietly,
    describe,
    explain_error,
    open_connection,
)
from bot.inbox.lock import mailbox_lock
from bot.inbox.poller import InboxPoller, PollReport, log_report

log = logging.getLogger("ofbot.inbox")


def poll_once(app: App, connect: ConnectFn = open_connection) -> PollReport:
    """``ofbot run --once``: connect, take what is new, acknowledge it, log out.

    A connection or login failure is logged and reported (``error``), so the rest of the run
    (processing, delivery) still happens; cron runs again later.
    """
    settings = app.settings.imap
    poller = InboxPoller(app, settings)
    lock = mailbox_lock(app.engine, poller.mailbox)
    if not lock.acquire():
        log.info("IMAP %s is polled by another process; skipped", describe(settings))
        return PollReport(poller.mailbox, locked_elsewhere=True)
    try:
        client = connect(settings)
        try:
            poller.prepare(client)
            report = poller.poll(client)
        finally:
            close_quietly(client)
    except CONNECTION_ERRORS as exc:
        log.error("IMAP %s: %s", describe(settings), explain_error(exc))
        return PollReport(poller.mailbox, error=explain_error(exc))
    finally:
        lock.release()
    log_report(report)
    return report
