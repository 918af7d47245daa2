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
from collections import Counter
from collections.abc import Callable
from typing import Any

from aiosmtpd.lmtp import LMTP
from aiosmtpd.smtp import SMTP, Envelope, Session

from bot.config import SmtpSettings
from bot.ingest import Ingestor, StoreResult
from bot.privacy import redact
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
            # one line: the sending server retries, and a retry storm must not flood the log
            log.error(
                "message from %s not stored (%s: %s); answering 451",
                redact(envelope_from),
                type(exc).__name__,
                str(exc).splitlines()[0][:200] if str(exc) else "",
            )
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


class ConnectionLimits:
    """Admission control for one listener: sessions in all and per peer address.

    An MX that opens too many sessions, or a client that opens and idles, must not take every
    slot: past a limit the new session gets ``421`` (the sender retries later) and is closed.
    """

    def __init__(self, total: int, per_ip: int) -> None:
        self.total = total
        self.per_ip = per_ip
        self.by_ip: Counter[str] = Counter()

    def admit(self, ip: str) -> bool:
        if sum(self.by_ip.values()) >= self.total or self.by_ip[ip] >= self.per_ip:
            return False
        self.by_ip[ip] += 1
        return True

    def release(self, ip: str) -> None:
        self.by_ip[ip] -= 1
        if self.by_ip[ip] <= 0:
            del self.by_ip[ip]


class _Limited:
    """Mixed into aiosmtpd's protocol: admission on the first ``connection_made`` (not on the
    second one STARTTLS makes), release when the session ends, a line limit set per listener."""

    limits: ConnectionLimits
    _admitted_ip: str | None = None
    _refused = False

    def __init__(self, *args: Any, limits: ConnectionLimits, max_line_length: int, **kwargs: Any) -> None:
        self.limits = limits
        self.line_length_limit = max_line_length  # read by aiosmtpd's __init__ for its reader
        super().__init__(*args, **kwargs)

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        if self._admitted_ip is None and not self._refused:
            peer = transport.get_extra_info("peername") or ("?",)
            ip = str(peer[0])
            if not self.limits.admit(ip):
                self._refused = True
                log.warning("session from %s refused: too many sessions", ip)
                transport.write(b"421 4.7.0 Too many connections, try again later\r\n")  # type: ignore[attr-defined]
                transport.close()
                return
            self._admitted_ip = ip
        super().connection_made(transport)  # type: ignore[misc]

    def connection_lost(self, error: Exception | None) -> None:
        if self._refused:
            return
        if self._admitted_ip is not None:
            self.limits.release(self._admitted_ip)
            self._admitted_ip = None
        super().connection_lost(error)  # type: ignore[misc]

    def eof_received(self) -> bool | None:
        if self._refused:
            return False
        result: bool | None = super().eof_received()  # type: ignore[misc]
        return result


class LimitedSMTP(_Limited, SMTP):
    pass


class LimitedLMTP(_Limited, LMTP):
    pass


def smtp_factory(
    settings: SmtpSettings, handler: DeskHandler, tls_context: ssl.SSLContext | None = None
) -> Callable[[], Any]:
    protocol: type[_Limited] = LimitedLMTP if settings.lmtp else LimitedSMTP
    limits = ConnectionLimits(settings.max_sessions, settings.max_sessions_per_ip)

    def factory() -> _Limited:
        return protocol(
            handler,
            limits=limits,
            max_line_length=settings.max_line_length,
            data_size_limit=settings.max_size,
            enable_SMTPUTF8=True,
            decode_data=False,
            hostname=None,
            ident="ofbot",
            timeout=settings.idle_timeout,
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
