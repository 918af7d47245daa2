"""The SMTP/LMTP listener (aiosmtpd): bytes in, saved, acknowledged. No business logic here.

``250`` is answered only once the raw message is committed; any internal error answers
``451 4.3.0`` so the sending server keeps the message and retries (RELIABILITY 1). Recipients
outside the configured domains get ``550`` in RCPT (no open relay, RELIABILITY 12); aiosmtpd
answers ``552`` over ``data_size_limit``.
"""

from __future__ import annotations

import asyncio
import logging
import ssl
from collections.abc import Callable
from typing import Any

from aiosmtpd.lmtp import LMTP
from aiosmtpd.smtp import SMTP, Envelope, Session

from bot.config import SmtpSettings
from bot.ingest import Ingestor, StoreResult, redact
from bot.tls import listener_context

log = logging.getLogger("ofbot.smtp")


class DeskHandler:
    """aiosmtpd handler: accept our domains, store the message, wake the worker."""

    def __init__(self, ingestor: Ingestor, domains: tuple[str, ...], on_stored: Callable[[], None]) -> None:
        self.ingestor = ingestor
        self.domains = tuple(d.lower() for d in domains)
        self.on_stored = on_stored

    async def handle_RCPT(
        self, server: SMTP, session: Session, envelope: Envelope, address: str, rcpt_options: list[str]
    ) -> str:
        domain = address.rpartition("@")[2].lower().rstrip(">")
        if domain not in self.domains:
            log.info("recipient %s refused: not one of our domains", redact(address))
            return "550 5.7.1 Relaying denied: not a local recipient"
        envelope.rcpt_tos.append(address)
        return "250 2.1.5 OK"

    async def handle_DATA(self, server: SMTP, session: Session, envelope: Envelope) -> str:
        data = envelope.original_content or envelope.content
        raw = data if isinstance(data, bytes) else str(data).encode("utf-8", "surrogateescape")
        sender = envelope.mail_from
        envelope_from = "" if sender in (None, "", "<>") else str(sender).strip("<>").lower()
        count = max(len(envelope.rcpt_tos), 1)
        try:
            stored: StoreResult = await asyncio.get_running_loop().run_in_executor(
                None, self.ingestor.store, raw, "smtp", envelope_from
            )
        except Exception as exc:
            log.error(
                "message from %s not stored (%s: %s); answering 451",
                redact(envelope_from),
                type(exc).__name__,
                " ".join(str(exc).split())[:300],
            )
            log.debug("451 cause", exc_info=True)
            status = "451 4.3.0 Temporary failure, please retry"
            return _per_recipient(server, status, count)
        if stored.duplicate:
            log.info(
                "message %s already stored (#%s): accepted again, nothing new",
                stored.message_id,
                stored.row_id,
            )
        else:
            log.info("message %s stored as #%s", stored.message_id or "(no Message-ID)", stored.row_id)
            self.on_stored()
        return _per_recipient(server, f"250 2.0.0 OK: queued as #{stored.row_id}", count)


def _per_recipient(server: SMTP, status: str, count: int) -> str:
    """LMTP answers DATA once per accepted recipient (RFC 2033 4.2); SMTP once."""
    if isinstance(server, LMTP):
        return "\r\n".join([status] * count)
    return status


def smtp_factory(
    settings: SmtpSettings, handler: DeskHandler, tls_context: ssl.SSLContext | None = None
) -> Callable[[], Any]:
    protocol: type[SMTP] = LMTP if settings.lmtp else SMTP

    def factory() -> SMTP:
        return protocol(
            handler,
            data_size_limit=settings.max_size,
            enable_SMTPUTF8=True,
            decode_data=False,
            hostname=None,
            ident="ofbot",
            tls_context=tls_context,
            require_starttls=settings.require_tls,
        )

    return factory


async def start_listener(settings: SmtpSettings, handler: DeskHandler) -> asyncio.Server:
    loop = asyncio.get_running_loop()
    factory = smtp_factory(settings, handler, listener_context(settings))
    server = await loop.create_server(factory, host=settings.host, port=settings.port)
    log.info(
        "%s listener on %s:%s for %s",
        "LMTP" if settings.lmtp else "SMTP",
        settings.host,
        settings.port,
        ", ".join(settings.domains),
    )
    return server
