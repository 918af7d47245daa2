"""What ``ofbot run`` checks before it says it is running, each failure one sentence.

A refused IMAP login or Telegram token will not heal by retrying: the service stops at once,
naming the account and the variable to check. A server that is merely unreachable is left to the
watchers, which retry (it may come back). A listener port already taken stops the start too.
"""

from __future__ import annotations

import asyncio
import errno
import logging
from pathlib import Path

from sqlalchemy.orm import Session, sessionmaker

from bot.config import Settings, SmtpSettings
from bot.counters import WorkCounters
from bot.smtp import DeskHandler, start_listener
from bot.startup import StartupError
from bot.tls import TlsSetupError

log = logging.getLogger("ofbot.run")


async def open_listener(settings: SmtpSettings, handler: DeskHandler) -> asyncio.Server:
    try:
        return await start_listener(settings, handler)
    except TlsSetupError as exc:
        raise StartupError(str(exc)) from exc
    except OSError as exc:
        what = "LMTP" if settings.lmtp else "SMTP"
        where = f"{settings.host}:{settings.port}"
        if exc.errno == errno.EADDRINUSE:
            reason = "the port is already in use (another ofbot or mail server?); check smtp.port"
        elif exc.errno in (errno.EACCES, errno.EPERM):
            reason = "permission denied (ports below 1024 need privileges); check smtp.port"
        elif exc.errno == errno.EADDRNOTAVAIL:
            reason = "no such address on this machine; check smtp.host"
        else:
            reason = f"{exc.strerror or exc}; check smtp.host and smtp.port"
        raise StartupError(f"the {what} listener cannot listen on {where}: {reason}") from exc


async def open_metrics(
    settings: Settings, sessions: sessionmaker[Session], counters: WorkCounters
) -> asyncio.Server | None:
    """``[metrics] listen``: serve /healthz and /metrics, or stop naming the address."""
    if not settings.metrics.listen:
        return None
    from bot.metrics import start_metrics

    try:
        return await start_metrics(settings, sessions, counters)
    except OSError as exc:
        raise StartupError(
            f"the metrics endpoint cannot listen on {settings.metrics.listen}: "
            f"{exc.strerror or exc}; check metrics.listen"
        ) from exc


async def probe_accounts(settings: Settings) -> None:
    if settings.imap.enabled:
        await asyncio.to_thread(probe_imap, settings)
    if settings.telegram.enabled:
        await probe_telegram(settings)


def probe_imap(settings: Settings) -> None:
    from imapclient.exceptions import LoginError

    from bot.inbox.connection import close_quietly, describe, explain_error, open_connection

    try:
        client = open_connection(settings.imap)
    except LoginError as exc:
        raise StartupError(
            f"the IMAP server refused the login of {describe(settings.imap)}: check imap.user and "
            "OFBOT_IMAP_PASSWORD (or imap.password_file)"
        ) from exc
    except Exception as exc:  # unreachable for now: the watcher retries
        log.warning("mailbox %s not reachable at start: %s", describe(settings.imap), explain_error(exc))
        return
    close_quietly(client)


async def probe_telegram(settings: Settings) -> None:
    from telegram import Bot
    from telegram.error import InvalidToken, TelegramError

    tg = settings.telegram
    assert tg.token is not None
    hide_token(tg.token.reveal())
    bot = Bot(tg.token.reveal(), base_url=f"{tg.api_url.rstrip('/')}/bot")
    try:
        async with bot:  # initialize() asks getMe: a refused token raises InvalidToken
            pass
    except InvalidToken as exc:
        raise StartupError(
            f"Telegram refused the bot token at {tg.api_url}: check OFBOT_TELEGRAM_TOKEN "
            "(or telegram.token_file)"
        ) from exc
    except TelegramError as exc:  # network trouble: the staff chat retries
        log.warning("Telegram not reachable at start (%s); the staff chat retries", type(exc).__name__)


def ready_lines(settings: Settings) -> list[str]:
    """What a person starting the service needs to know: where mail comes in and goes, how to stop."""
    lines: list[str] = []
    smtp = settings.smtp
    if smtp.enabled:
        tls = " (STARTTLS offered)" if smtp.tls_cert else ""
        lines.append(
            f"mail in: {'LMTP' if smtp.lmtp else 'SMTP'} at {smtp.host}:{smtp.port}{tls} "
            f"for @{', @'.join(smtp.domains)}"
        )
    if settings.imap.enabled:
        lines.append(f"mail in: IMAP {settings.imap.host}:{settings.imap.port}/{settings.imap.folder}")
    out = settings.outbound
    if out.relay_host:
        lines.append(f"mail out: relay {out.relay_host}:{out.relay_port}")
    else:
        lines.append(f"mail out: written to the maildir {Path(out.maildir) / 'new'} (no relay configured)")
    if settings.metrics.listen:
        lines.append(f"health and metrics: http://{settings.metrics.listen}/healthz and /metrics")
    lines.append("stop: Ctrl-C (or SIGTERM); act on requests with `ofbot staff ...` in another terminal")
    return lines


class TokenRedactor(logging.Filter):
    """python-telegram-bot logs its API URL, token included, at DEBUG (``--debug``): redact it."""

    def __init__(self, token: str) -> None:
        super().__init__()
        self.token = token

    def filter(self, record: logging.LogRecord) -> bool:
        if self.token and self.token in record.getMessage():
            record.msg = record.getMessage().replace(self.token, "<token>")
            record.args = ()
        return True


def hide_token(token: str) -> None:
    for name in ("telegram.Bot", "telegram.ext.ExtBot", "telegram.ext.Application", "telegram.ext.Updater"):
        logger = logging.getLogger(name)
        if not any(isinstance(f, TokenRedactor) and f.token == token for f in logger.filters):
            logger.addFilter(TokenRedactor(token))
