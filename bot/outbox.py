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

from sqlalchemy import bindparam, select, update
from sqlalchemy.orm import Session, sessionmaker

from bot.claims import Claims
from bot.clock import Clock
from bot.config import OutboundSettings
from bot.privacy import redact, redact_addresses
from bot.tls import relay_context
from storage.models import OutboxMail, StaffNotification, table_of

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


BACKOFF_MAX = dt.timedelta(minutes=15)  # a relay back after hours gets everything within this


def backoff(attempts: int) -> dt.timedelta:
    """30 s, 1 min, 2 min ... capped at 15 minutes, as long as ``outbound.retry_days`` allows."""
    seconds = 30 * 2 ** min(max(attempts - 1, 0), 20)
    return min(dt.timedelta(seconds=seconds), BACKOFF_MAX)


@dataclass(frozen=True)
class DeliveryReport:
    sent: int
    retried: int
    failed: int


CLAIM_BATCH = 8  # mails claimed at once; their leases are renewed while they are sent
# The claimed mails still pending, and a mail's record once sent (built once, values bound).
_PENDING = (
    select(OutboxMail)
    .where(OutboxMail.id.in_(bindparam("ids", expanding=True)), OutboxMail.state == "pending")
    .order_by(OutboxMail.id)
)
_OUTBOX = table_of(OutboxMail)
_SENT = (
    update(_OUTBOX)
    .where(_OUTBOX.c.id == bindparam("row_id"))
    .values(
        attempts=_OUTBOX.c.attempts + 1,
        lease_until=None,
        state="sent",
        sent_at=bindparam("now"),
        last_error=None,
    )
)


class OutboxSender:
    """Delivers due outbox rows: claimed with a short lease (:mod:`bot.claims`), sent outside any
    transaction, then the outcome recorded in a short transaction of its own."""

    def __init__(
        self,
        sessions: sessionmaker[Session],
        transport: Transport,
        clock: Clock,
        sender: str,
        max_attempts: int,
        claims: Claims | None = None,
        retry_for: dt.timedelta = dt.timedelta(days=5),
    ) -> None:
        self.sessions = sessions
        self.transport = transport
        self.clock = clock
        self.sender = sender
        self.max_attempts = max_attempts
        self.claims = claims or Claims(sessions, "ofbot", dt.timedelta(seconds=30))
        self.retry_for = retry_for

    def deliver_due(self, limit: int = 500) -> DeliveryReport:
        """Claim due rows a few at a time, send each, record the outcome.

        Nothing is held locked while a relay is slow; the lease is renewed while the batch is being
        sent, so a killed worker's mail is taken over within seconds. A crash after the send and
        before the record leaves the lease to expire and the mail is sent again with the same
        Message-ID (at least once; exactly once into the maildir).
        """
        counts = {"sent": 0, "retry": 0, "failed": 0}
        done = 0
        while done < limit:
            due = (OutboxMail.state == "pending") & (OutboxMail.next_attempt_at <= self.clock.now())
            ids = self.claims.claim(OutboxMail, due, min(CLAIM_BATCH, limit - done))
            if not ids:
                break
            done += len(ids)
            with self.claims.renewing(OutboxMail, ids):
                mails = self._load(ids)
                counts["retry"] += len(ids) - len(mails)  # sent or failed meanwhile (``ofbot outbox``)
                for mail in mails:
                    counts[self._deliver_one(mail)] += 1
        return DeliveryReport(counts["sent"], counts["retry"], counts["failed"])

    def _load(self, ids: list[int]) -> list[OutboxMail]:
        """The claimed rows still pending, read in one query (not one session per mail), detached."""
        with self.sessions() as session:
            mails = list(session.scalars(_PENDING, {"ids": ids}))
            session.expunge_all()
        return mails

    def _deliver_one(self, mail: OutboxMail) -> str:
        error: DeliveryError | None = None
        try:
            self.transport.send(mail, self.sender)
        except DeliveryError as exc:
            error = exc
        # the outcome of each mail is committed as soon as it is known: a crash re-sends at most
        # the mail being sent, not the batch
        with self.sessions() as session, session.begin():
            if error is None:  # the common case: one UPDATE compiled once
                session.connection().execute(_SENT, {"row_id": mail.id, "now": self.clock.now()})
                log.info("outbox %s sent to %s", mail.id, redact(mail.to_addr))
                return "sent"
            row = session.get(OutboxMail, mail.id)
            assert row is not None
            row.attempts += 1
            row.lease_until = None
            return self._record(session, row, error)

    def _gives_up(self, mail: OutboxMail, error: DeliveryError, now: dt.datetime) -> bool:
        if error.permanent:
            return True
        if self.max_attempts and mail.attempts >= self.max_attempts:
            return True
        return now - mail.created_at >= self.retry_for

    def _record(self, session: Session, mail: OutboxMail, error: DeliveryError) -> str:
        """A failed attempt: retried later with backoff, or failed for good with staff told."""
        now = self.clock.now()
        to = redact(mail.to_addr)
        mail.last_error = str(error)
        if self._gives_up(mail, error, now):
            mail.state = "failed"
            text = (
                f"Mail to {mail.to_addr} ({mail.subject}) could not be delivered after "
                f"{mail.attempts} attempt(s): {error}. `ofbot outbox retry {mail.id}` sends it again."
            )
            session.add(StaffNotification.pending(mail.request_id, "delivery_failed", text, now))
            log.warning("outbox %s to %s failed for good: %s", mail.id, to, redact_addresses(str(error)))
            return "failed"
        mail.next_attempt_at = now + backoff(mail.attempts)
        log.info(
            "outbox %s to %s: attempt %s failed, next at %s: %s",
            mail.id,
            to,
            mail.attempts,
            mail.next_attempt_at,
            redact_addresses(str(error)),
        )
        return "retry"
