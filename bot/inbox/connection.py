"""Connecting to the IMAP server, and naming the mailbox and its failures without leaking secrets."""

from __future__ import annotations

import contextlib
import socket
import ssl
from collections.abc import Callable

from imapclient import IMAPClient
from imapclient.exceptions import IMAPClientError, LoginError

from bot.config import ImapSettings
from bot.privacy import redact

IO_TIMEOUT = 60.0  # seconds a socket read may block outside IDLE

ConnectFn = Callable[[ImapSettings], IMAPClient]
# What means "the connection or the server is gone": reconnect, with backoff.
CONNECTION_ERRORS: tuple[type[BaseException], ...] = (IMAPClientError, OSError, EOFError)


def mailbox_key(settings: ImapSettings) -> str:
    """The mailbox's name in our tables: one account's folder on one server."""
    return f"{settings.user}@{settings.host}:{settings.port}/{settings.folder}"[:400]


def describe(settings: ImapSettings) -> str:
    """How log lines name the mailbox: the user's domain only, never the password."""
    return f"{redact(settings.user)} on {settings.host}:{settings.port}/{settings.folder}"


def open_connection(settings: ImapSettings) -> IMAPClient:
    """Connect (TLS, STARTTLS or plain text as configured) and log in."""
    context = ssl.create_default_context() if (settings.ssl or settings.starttls) else None
    client = IMAPClient(
        settings.host, port=settings.port, ssl=settings.ssl, ssl_context=context, timeout=IO_TIMEOUT
    )
    try:
        if settings.starttls and not settings.ssl:
            client.starttls(context)
        client.login(settings.user, settings.password.reveal() if settings.password else "")
    except BaseException:
        close_quietly(client)
        raise
    return client


def close_quietly(client: IMAPClient) -> None:
    """Log out, or at least close the socket; the connection may already be gone."""
    try:
        client.logout()
    except Exception:
        with contextlib.suppress(Exception):
            client.shutdown()


def explain_error(exc: BaseException) -> str:
    if isinstance(exc, LoginError):
        return f"login refused ({exc}); check imap.user and OFBOT_IMAP_PASSWORD"
    if isinstance(exc, socket.timeout | TimeoutError):
        return "the server did not answer in time"
    if isinstance(exc, ConnectionRefusedError):
        return "connection refused (server down?)"
    return f"{type(exc).__name__}: {exc}"
