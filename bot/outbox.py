"""Delivering the outbox: to a maildir (default, exactly once) or an SMTP relay (at least once).

A row is claimed, sent, then marked sent in its own short transaction. A crash between the send
and the mark re-sends it later with the same Message-ID, so a relay or a mail client can
recognise the repeat; into the maildir the file name is derived from the Message-ID, so a retry
finds the file already there and sends nothing twice.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import logging
import os
import smtplib
import ssl
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from bot.clock import Clock
from bot.config import OutboundSettings
from bot.tls import relay_context
from storage.models import OutboxMail, StaffNotification

log = logging.getLogger("ofbot.outbox")


class DeliveryError(Exception):
    """A delivery failed; ``permanent`` failures are not retried."""

    def __init__(self, message: str, permanent: bool = False) -> None:
        super().__init__(message)
        self.permanent = permanent


class Transport(Protocol):
    def send(self, mail: OutboxMail, sender: str) -> None: ...


class MaildirTransport:
    """Writes each mail as one file in ``<dir>/new``, named after its Message-ID."""

    def __init__(self, root: str | os.PathLike[str]) -> None:
        self.root = Path(root)

    def _ensure(self) -> None:
        """Complete the maildir's three folders; the maildir itself is made by ``ofbot init`` only."""
        if not self.root.is_dir():
            raise DeliveryError(f"outbox maildir {self.root} does not exist (ofbot init creates it)")
        for sub in ("tmp", "new", "cur"):
            (self.root / sub).mkdir(exist_ok=True)

    @staticmethod
    def filename(mail: OutboxMail) -> str:
        digest = hashlib.sha256(mail.message_id.encode()).hexdigest()[:32]
        stamp = int(mail.created_at.timestamp())
        return f"{stamp}.M{mail.id}_{digest}.ofbot"

    def send(self, mail: OutboxMail, sender: str) -> None:
        self._ensure()
        name = self.filename(mail)
        if (self.root / "new" / name).exists() or any((self.root / "cur").glob(name + "*")):
            return  # already delivered before a crash: exactly once
        tmp = self.root / "tmp" / name
        with open(tmp, "wb") as fh:
            fh.write(mail.raw)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, self.root / "new" / name)
        dir_fd = os.open(self.root / "new", os.O_RDONLY)
        try:
            os.fsync(dir_fd)
        finally:
            os.close(dir_fd)


class SmtpRelayTransport:
    """Hands mail to an SMTP relay (STARTTLS when configured)."""

    def __init__(self, settings: OutboundSettings, timeout: float = 30.0) -> None:
        self.settings = settings
        self.timeout = timeout

    def send(self, mail: OutboxMail, sender: str) -> None:
        s = self.settings
        context = relay_context(s)
        try:
            if s.relay_ssl:  # implicit TLS (port 465)
                connection: smtplib.SMTP = smtplib.SMTP_SSL(
                    s.relay_host, s.relay_port, timeout=self.timeout, context=context
                )
            else:
                connection = smtplib.SMTP(s.relay_host, s.relay_port, timeout=self.timeout)
            with connection as smtp:
                if s.relay_tls:
                    smtp.starttls(context=context)
                if s.relay_user and s.relay_password:
                    smtp.login(s.relay_user, s.relay_password.reveal())
                smtp.sendmail(sender, [mail.to_addr], to_crlf(mail.raw))
        except smtplib.SMTPRecipientsRefused as exc:
            codes = [code for code, _ in exc.recipients.values()]
            raise DeliveryError(
                f"recipient refused: {codes}", permanent=all(c >= 500 for c in codes)
            ) from None
        except smtplib.SMTPResponseException as exc:
            raise DeliveryError(f"relay answered {exc.smtp_code}", permanent=exc.smtp_code >= 500) from None
        except ssl.SSLCertVerificationError as exc:
            raise DeliveryError(
                f"relay certificate not trusted ({exc.verify_message}); check outbound.relay_ca_file"
            ) from None
        except (TimeoutError, OSError, smtplib.SMTPException) as exc:
            raise DeliveryError(f"relay unreachable: {type(exc).__name__}: {exc}") from None


def to_crlf(raw: bytes) -> bytes:
    """SMTP wants CRLF line endings; we store mail with LF, as maildir files have."""
    return raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")


def make_transport(settings: OutboundSettings) -> Transport:
    if settings.relay_host:
        return SmtpRelayTransport(settings)
    return MaildirTransport(settings.maildir)


LEASE = dt.timedelta(minutes=5)


def backoff(attempts: int) -> dt.timedelta:
    """30 s, 1 min, 2 min ... capped at one hour."""
    return dt.timedelta(seconds=min(30 * 2 ** max(attempts - 1, 0), 3600))


@dataclass(frozen=True)
class DeliveryReport:
    sent: int
    retried: int
    failed: int


class OutboxSender:
    """Delivers due outbox rows, one short transaction each."""

    def __init__(
        self,
        sessions: sessionmaker[Session],
        transport: Transport,
        clock: Clock,
        sender: str,
        max_attempts: int,
    ) -> None:
        self.sessions = sessions
        self.transport = transport
        self.clock = clock
        self.sender = sender
        self.max_attempts = max_attempts

    def _due_ids(self, session: Session, limit: int) -> list[int]:
        query = (
            select(OutboxMail.id)
            .where(OutboxMail.state == "pending", OutboxMail.next_attempt_at <= self.clock.now())
            .order_by(OutboxMail.id)
            .limit(limit)
        )
        return list(session.scalars(query))

    def deliver_due(self, limit: int = 500) -> DeliveryReport:
        """Claim each due row (a lease), send it outside any transaction, then record the outcome.

        Nothing is held locked while a relay is slow; a crash after the send and before the
        record leaves the lease to expire and the mail is sent again with the same Message-ID.
        """
        counts = {"sent": 0, "retry": 0, "failed": 0}
        with self.sessions() as session:
            ids = self._due_ids(session, limit)
        for row_id in ids:
            mail = self._claim(row_id)
            if mail is None:
                continue  # another worker has it, or it was sent meanwhile
            error: DeliveryError | None = None
            try:
                self.transport.send(mail, self.sender)
            except DeliveryError as exc:
                error = exc
            with self.sessions() as session, session.begin():
                row = session.get(OutboxMail, row_id)
                assert row is not None
                counts[self._record(session, row, error)] += 1
        return DeliveryReport(counts["sent"], counts["retry"], counts["failed"])

    def _claim(self, row_id: int) -> OutboxMail | None:
        with self.sessions() as session, session.begin():
            now = self.clock.now()
            query = select(OutboxMail).where(
                OutboxMail.id == row_id, OutboxMail.state == "pending", OutboxMail.next_attempt_at <= now
            )
            if session.get_bind().dialect.name == "postgresql":
                query = query.with_for_update(skip_locked=True)
            mail = session.scalar(query)
            if mail is None:
                return None
            mail.attempts += 1
            mail.next_attempt_at = now + LEASE
            session.flush()
            session.expunge(mail)
            return mail

    def _record(self, session: Session, mail: OutboxMail, error: DeliveryError | None) -> str:
        now = self.clock.now()
        if error is None:
            mail.state = "sent"
            mail.sent_at = now
            mail.last_error = None
            log.info("outbox %s sent to %s: %s", mail.id, mail.to_addr, mail.subject)
            return "sent"
        mail.last_error = str(error)
        if error.permanent or mail.attempts >= self.max_attempts:
            mail.state = "failed"
            text = f"Mail to {mail.to_addr} ({mail.subject}) could not be delivered: {error}"
            session.add(StaffNotification.pending(mail.request_id, "delivery_failed", text, now))
            log.warning("outbox %s to %s failed for good: %s", mail.id, mail.to_addr, error)
            return "failed"
        mail.next_attempt_at = now + backoff(mail.attempts)
        log.info(
            "outbox %s: attempt %s failed, next at %s: %s",
            mail.id,
            mail.attempts,
            mail.next_attempt_at,
            error,
        )
        return "retry"
