"""The database schema: SQLAlchemy 2 typed models.

Effects are rows first (RELIABILITY 7): outbound mail and staff notifications are rows written in
the same transaction as the state change that causes them, and delivered afterwards. The hours
ledger is append-only: a balance is a sum, never a field updated in place.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import (
    BigInteger,
    Boolean,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    Numeric,
    String,
    Table,
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship
from sqlalchemy.types import TypeDecorator

from storage.lightdb import utc_or_none

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

Hours = Numeric(8, 2)
Money = Numeric(10, 2)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


def table_of(model: type[Base]) -> Table:
    """The Core table of a model, for the few hot statements written without the unit of work
    (``__table__`` is typed as any ``FromClause``)."""
    table = model.__table__
    assert isinstance(table, Table)
    return table


class UTCDateTime(TypeDecorator[dt.datetime]):
    """Timestamps are stored and returned as timezone-aware UTC (SQLite keeps no zone itself)."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: dt.datetime | None, dialect: Dialect) -> dt.datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to a UTC column")
        value = value.astimezone(dt.UTC)
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value: dt.datetime | None, dialect: Dialect) -> dt.datetime | None:
        return utc_or_none(value)  # the light reads (storage.lightdb) read timestamps the same way


class Client(Base):
    __tablename__ = "clients"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    platform: Mapped[str] = mapped_column(String(64), unique=True)
    structure: Mapped[str] = mapped_column(String(200))
    structure_kind: Mapped[str] = mapped_column(String(16), default="club")
    tier: Mapped[str] = mapped_column(String(16))
    client_email: Mapped[str] = mapped_column(String(254), index=True)
    contact_email: Mapped[str] = mapped_column(String(254), index=True)
    version: Mapped[str] = mapped_column(String(32))
    responsible_name: Mapped[str] = mapped_column(String(200))
    responsible_email: Mapped[str] = mapped_column(String(254), index=True)
    resources: Mapped[int] = mapped_column(Integer, default=0)
    # R22: the yearly price per resource the client pays when on an old tariff (None: current)
    resource_price: Mapped[Decimal | None] = mapped_column(Money)
    language: Mapped[str] = mapped_column(String(2), default="fr")
    paid_until: Mapped[int] = mapped_column(Integer)
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime())
    updated_at: Mapped[dt.datetime] = mapped_column(UTCDateTime())

    def addresses(self) -> set[str]:
        """Every address on record, lower case: the only ones we trust or write to (R5, R7)."""
        return {a.lower() for a in (self.client_email, self.contact_email, self.responsible_email) if a}


class Message(Base):
    """A raw message, inbound or a copy of outbound, saved before anything else is done with it."""

    __tablename__ = "messages"
    __table_args__ = (Index("ix_messages_sender", "from_addr", "received_at"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    dedup_key: Mapped[str] = mapped_column(String(64), unique=True)
    message_id: Mapped[str] = mapped_column(String(998), index=True)
    content_hash: Mapped[str] = mapped_column(String(64), index=True)
    raw: Mapped[bytes] = mapped_column(LargeBinary)
    size: Mapped[int] = mapped_column(Integer)
    source: Mapped[str] = mapped_column(String(32))
    envelope_from: Mapped[str | None] = mapped_column(String(254))  # "" is the null sender <>
    received_at: Mapped[dt.datetime] = mapped_column(UTCDateTime(), index=True)
    from_addr: Mapped[str] = mapped_column(String(254), default="")
    subject: Mapped[str] = mapped_column(String(998), default="")
    # stored -> processed | suppressed | quarantined
    status: Mapped[str] = mapped_column(String(16), default="stored", index=True)
    error: Mapped[str | None] = mapped_column(Text)
    suppress_reason: Mapped[str | None] = mapped_column(String(16))
    reply_intent: Mapped[str | None] = mapped_column(String(16))
    request_id: Mapped[int | None] = mapped_column(ForeignKey("requests.id"), index=True)
    client_id: Mapped[int | None] = mapped_column(ForeignKey("clients.id"))
    explanation: Mapped[str | None] = mapped_column(Text)  # the explain JSON, for staff
    processed_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime())
    worker: Mapped[str | None] = mapped_column(String(120))  # the worker that processed it
    fingerprint: Mapped[str | None] = mapped_column(String(64))  # of its new text (bot.loops)
    claims: Mapped[int] = mapped_column(Integer, default=0, server_default="0")  # times taken to process
    lease_until: Mapped[dt.datetime | None] = mapped_column(UTCDateTime())  # bot.claims
    claimed_by: Mapped[str | None] = mapped_column(String(120))


class ImapLocation(Base):
    """Where a stored message sits on an IMAP server: (mailbox, UIDVALIDITY, UID), never a sequence."""

    __tablename__ = "imap_locations"
    __table_args__ = (UniqueConstraint("mailbox", "uidvalidity", "uid"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    mailbox: Mapped[str] = mapped_column(String(400))
    uidvalidity: Mapped[int] = mapped_column(BigInteger)
    uid: Mapped[int] = mapped_column(BigInteger)
    message_row_id: Mapped[int | None] = mapped_column(ForeignKey("messages.id"))
    state: Mapped[str] = mapped_column(String(16), default="stored")  # stored, done, oversized
    at: Mapped[dt.datetime] = mapped_column(UTCDateTime())


class ImapState(Base):
    """The last UID seen in a mailbox under one UIDVALIDITY: an idle poll asks only for what is newer."""

    __tablename__ = "imap_state"

    mailbox: Mapped[str] = mapped_column(String(400), primary_key=True)
    uidvalidity: Mapped[int] = mapped_column(BigInteger)
    last_uid: Mapped[int] = mapped_column(BigInteger, default=0)
    updated_at: Mapped[dt.datetime] = mapped_column(UTCDateTime())


class RequestCounter(Base):
    __tablename__ = "request_counters"

    year: Mapped[int] = mapped_column(Integer, primary_key=True)
    last_number: Mapped[int] = mapped_column(Integer, default=0)


class Request(Base):
    __tablename__ = "requests"
    __table_args__ = (
        # the queue's ORDER BY (bot.staff.listing.SERVICE_ORDER), and its filter on the state
        Index("ix_requests_service_order", text("cash_funded DESC"), "received_at", "id", "state"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    ref: Mapped[str] = mapped_column(String(16), unique=True)
    client_id: Mapped[int | None] = mapped_column(ForeignKey("clients.id"), index=True)
    kind: Mapped[str] = mapped_column(String(24))
    state: Mapped[str] = mapped_column(String(24), index=True)
    received_at: Mapped[dt.datetime] = mapped_column(UTCDateTime())
    state_changed_at: Mapped[dt.datetime] = mapped_column(UTCDateTime())
    cash_funded: Mapped[bool] = mapped_column(Boolean, default=False)
    estimate_hours: Mapped[Decimal | None] = mapped_column(Hours)
    estimated_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime())
    reminded_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime())
    not_before: Mapped[dt.date | None] = mapped_column(Date)
    scheduled_for: Mapped[dt.date | None] = mapped_column(Date)
    target_version: Mapped[str | None] = mapped_column(String(32))
    language: Mapped[str] = mapped_column(String(2), default="fr")
    subject: Mapped[str] = mapped_column(String(998), default="")
    summary: Mapped[str] = mapped_column(Text, default="")
    requester: Mapped[str] = mapped_column(String(254), default="")
    client_hint: Mapped[str | None] = mapped_column(String(64))
    fee: Mapped[Decimal | None] = mapped_column(Money)
    paid: Mapped[bool] = mapped_column(Boolean, default=False)
    detail: Mapped[str | None] = mapped_column(Text)  # kind-specific notes, JSON
    owner: Mapped[str | None] = mapped_column(String(120))  # the staff member who took it (a name)

    client: Mapped[Client | None] = relationship(lazy="joined")
    events: Mapped[list[RequestEvent]] = relationship(
        back_populates="request", order_by="RequestEvent.id", lazy="selectin"
    )


class RequestEvent(Base):
    """The audit trail: who did what to a request, and when."""

    __tablename__ = "request_events"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    request_id: Mapped[int] = mapped_column(ForeignKey("requests.id"), index=True)
    at: Mapped[dt.datetime] = mapped_column(UTCDateTime())
    actor: Mapped[str] = mapped_column(String(120))
    action: Mapped[str] = mapped_column(String(40))
    detail: Mapped[str] = mapped_column(Text, default="")
    worker: Mapped[str | None] = mapped_column(String(120))  # the process that wrote it

    request: Mapped[Request] = relationship(back_populates="events")


class LedgerEntry(Base):
    """One movement of bonus hours. Append-only: corrections are new rows, never updates.

    ``hours`` is signed as a change of the balance: a ``debit`` (hours deducted on confirmation,
    R51) and a ``pool`` (a contributor's share of another client's development, R62) are
    negative; a ``credit`` (a reversed confirmation) is positive; an ``adjust`` (a staff
    correction) is either. ``used`` is minus their sum (``bot.hours``).
    """

    __tablename__ = "ledger"
    __table_args__ = (Index("ix_ledger_client_year", "client_id", "year"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("clients.id"))
    year: Mapped[int] = mapped_column(Integer)
    hours: Mapped[Decimal] = mapped_column(Hours)  # signed: negative takes hours, positive gives back
    entry_kind: Mapped[str] = mapped_column(String(16))  # debit, credit, adjust, pool
    request_id: Mapped[int | None] = mapped_column(ForeignKey("requests.id"))
    at: Mapped[dt.datetime] = mapped_column(UTCDateTime())
    actor: Mapped[str] = mapped_column(String(120))
    note: Mapped[str] = mapped_column(Text, default="")


class OutboxMail(Base):
    """A mail to send. Its Message-ID is fixed when the row is written, so a retry is recognisable."""

    __tablename__ = "outbox"
    __table_args__ = (
        Index("ix_outbox_cap", "to_addr", "auto_kind", "created_at"),
        Index("ix_outbox_due", "state", "next_attempt_at"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    message_id: Mapped[str] = mapped_column(String(250), unique=True)
    to_addr: Mapped[str] = mapped_column(String(254), index=True)
    subject: Mapped[str] = mapped_column(String(998))
    raw: Mapped[bytes] = mapped_column(LargeBinary)
    request_id: Mapped[int | None] = mapped_column(ForeignKey("requests.id"), index=True)
    template: Mapped[str] = mapped_column(String(80), default="")
    state: Mapped[str] = mapped_column(String(16), default="pending", index=True)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    next_attempt_at: Mapped[dt.datetime] = mapped_column(UTCDateTime())
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime())
    sent_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime())
    last_error: Mapped[str | None] = mapped_column(Text)
    auto_kind: Mapped[str | None] = mapped_column(String(24))  # an automatic answer: its request kind
    lease_until: Mapped[dt.datetime | None] = mapped_column(UTCDateTime())  # bot.claims
    claimed_by: Mapped[str | None] = mapped_column(String(120))


class StaffNotification(Base):
    """A message for the staff chat; delivered (Telegram or the terminal) after the commit."""

    __tablename__ = "staff_notifications"
    __table_args__ = (Index("ix_staff_notifications_due", "state", "next_attempt_at"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    request_id: Mapped[int | None] = mapped_column(ForeignKey("requests.id"), index=True)
    event: Mapped[str] = mapped_column(String(40))
    text: Mapped[str] = mapped_column(Text)
    state: Mapped[str] = mapped_column(String(16), default="pending", index=True)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    next_attempt_at: Mapped[dt.datetime] = mapped_column(UTCDateTime())
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime())
    sent_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime())
    last_error: Mapped[str | None] = mapped_column(Text)
    # Flood control: the address the notification is about, how many notifications a collapsed
    # one stands for, and the chat message it was sent as (so a new count edits that message).
    sender: Mapped[str | None] = mapped_column(String(254), index=True)
    count: Mapped[int] = mapped_column(Integer, default=1)
    chat_message_id: Mapped[int | None] = mapped_column(BigInteger)
    # A staff member's own action: the card is edited, no line is posted in its thread.
    quiet: Mapped[bool] = mapped_column(Boolean, default=False)
    lease_until: Mapped[dt.datetime | None] = mapped_column(UTCDateTime())  # bot.claims
    claimed_by: Mapped[str | None] = mapped_column(String(120))

    @classmethod
    def pending(
        cls, request_id: int | None, event: str, text: str, now: dt.datetime, sender: str | None = None
    ) -> StaffNotification:
        """A notification waiting for its first delivery attempt."""
        return cls(
            request_id=request_id,
            event=event,
            text=text,
            state="pending",
            attempts=0,
            next_attempt_at=now,
            created_at=now,
            sender=sender,
            count=1,
            quiet=False,
        )


class ChatCard(Base):
    """The staff-chat message that shows a request; edited as the request moves."""

    __tablename__ = "chat_cards"

    request_id: Mapped[int] = mapped_column(ForeignKey("requests.id"), primary_key=True)
    chat_id: Mapped[int] = mapped_column(BigInteger)
    message_id: Mapped[int] = mapped_column(BigInteger)
    rendered: Mapped[str] = mapped_column(Text, default="")
    updated_at: Mapped[dt.datetime] = mapped_column(UTCDateTime())


class FailingAddress(Base):
    """An address one of our messages bounced from (RELIABILITY 10)."""

    __tablename__ = "failing_addresses"

    address: Mapped[str] = mapped_column(String(254), primary_key=True)
    reason: Mapped[str] = mapped_column(Text, default="")
    at: Mapped[dt.datetime] = mapped_column(UTCDateTime())


class JobRun(Base):
    """When a periodic job last ran, so a restart neither skips nor repeats it."""

    __tablename__ = "job_runs"

    name: Mapped[str] = mapped_column(String(64), primary_key=True)
    last_run_at: Mapped[dt.datetime] = mapped_column(UTCDateTime())
    detail: Mapped[str] = mapped_column(Text, default="")


class ChatUpdate(Base):
    """A staff-chat update already acted on: a redelivered update is recognised and skipped."""

    __tablename__ = "chat_updates"

    update_id: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    at: Mapped[dt.datetime] = mapped_column(UTCDateTime())
    actor: Mapped[str] = mapped_column(String(120), default="")


class StaffAction(Base):
    """A staff action done on a request: the same action with the same arguments within 60 s is
    recognised as a repeat (double tap, retried update, shell and chat at once) and done once."""

    __tablename__ = "staff_actions"
    __table_args__ = (Index("ix_staff_actions_request_at", "request_id", "at"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    request_id: Mapped[int | None] = mapped_column(ForeignKey("requests.id"))
    action: Mapped[str] = mapped_column(String(40))
    args: Mapped[str] = mapped_column(String(1000), default="")
    actor: Mapped[str] = mapped_column(String(120))
    at: Mapped[dt.datetime] = mapped_column(UTCDateTime())
    result: Mapped[str] = mapped_column(Text, default="")  # the JSON the action answered


class ChatPrompt(Base):
    """Something the staff chat asked and waits for: a draft to the client (Send / Edit / Cancel)
    or an action with an effect outside the desk (Confirm / Cancel)."""

    __tablename__ = "chat_prompts"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    kind: Mapped[str] = mapped_column(String(16))  # draft, confirm
    request_id: Mapped[int | None] = mapped_column(ForeignKey("requests.id"), index=True)
    words: Mapped[str] = mapped_column(Text)  # the command words, JSON
    actor: Mapped[str] = mapped_column(String(120))
    state: Mapped[str] = mapped_column(String(16), default="open")  # open, done, cancelled
    chat_message_id: Mapped[int | None] = mapped_column(BigInteger)
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime())
    updated_at: Mapped[dt.datetime] = mapped_column(UTCDateTime())


class ClientContact(Base):
    """A further known sender of a client, recorded by staff (``link REF PLATFORM``)."""

    __tablename__ = "client_contacts"
    __table_args__ = (UniqueConstraint("client_id", "address"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("clients.id"))
    address: Mapped[str] = mapped_column(String(254), index=True)
    actor: Mapped[str] = mapped_column(String(120))
    added_at: Mapped[dt.datetime] = mapped_column(UTCDateTime())


class ServiceHeartbeat(Base):
    """A running ``ofbot run`` process, beating every few seconds (bot/heartbeat.py).

    Shell commands look here: while a beat is fresh, the service delivers what they record.
    """

    __tablename__ = "service_heartbeats"

    worker: Mapped[str] = mapped_column(String(200), primary_key=True)
    host: Mapped[str] = mapped_column(String(200), default="")
    pid: Mapped[int] = mapped_column(Integer, default=0)
    started_at: Mapped[dt.datetime] = mapped_column(UTCDateTime())
    beat_at: Mapped[dt.datetime] = mapped_column(UTCDateTime(), index=True)


class InvoiceCounter(Base):
    """The last invoice number of a year: ``F-YYYY-NNNN`` has no gaps and no repeats."""

    __tablename__ = "invoice_counters"

    year: Mapped[int] = mapped_column(Integer, primary_key=True)
    last_number: Mapped[int] = mapped_column(Integer, default=0)


class Invoice(Base):
    """An invoice the vendor issues (R6, R21-R22, R30-R31, R55, R62): lines and a status.

    Totals are computed from the lines, never stored apart from them. An issued invoice is
    only ever marked paid or cancelled (with the reason), never edited.
    """

    __tablename__ = "invoices"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    number: Mapped[str] = mapped_column(String(16), unique=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("clients.id"), index=True)
    request_id: Mapped[int | None] = mapped_column(ForeignKey("requests.id"), index=True)
    purpose: Mapped[str] = mapped_column(String(32))  # hours, migration, manual_fee, resources, setup
    currency: Mapped[str] = mapped_column(String(3), default="EUR")
    status: Mapped[str] = mapped_column(String(16), default="issued", index=True)
    method: Mapped[str | None] = mapped_column(String(16))  # card, transfer, cheque
    issued_at: Mapped[dt.datetime] = mapped_column(UTCDateTime())
    paid_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime())
    cancelled_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime())
    cancel_reason: Mapped[str | None] = mapped_column(Text)
    actor: Mapped[str] = mapped_column(String(120), default="bot")

    client: Mapped[Client] = relationship(lazy="joined")
    lines: Mapped[list[InvoiceLine]] = relationship(order_by="InvoiceLine.id", lazy="selectin")


class InvoiceLine(Base):
    __tablename__ = "invoice_lines"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    invoice_id: Mapped[int] = mapped_column(ForeignKey("invoices.id"), index=True)
    label: Mapped[str] = mapped_column(String(300))
    quantity: Mapped[Decimal] = mapped_column(Numeric(10, 2))
    unit_ht: Mapped[Decimal] = mapped_column(Money)
    vat_rate: Mapped[Decimal] = mapped_column(Numeric(5, 4))


class PoolContribution(Base):
    """Hours another client gives to a development (R62), recorded by staff.

    Append-only like the ledger: a later row for the same request and client replaces the
    earlier one (0 hours withdraws it). Nothing is debited until the requester confirms.
    """

    __tablename__ = "pool_contributions"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    request_id: Mapped[int] = mapped_column(ForeignKey("requests.id"), index=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("clients.id"))
    hours: Mapped[Decimal] = mapped_column(Hours)
    at: Mapped[dt.datetime] = mapped_column(UTCDateTime())
    actor: Mapped[str] = mapped_column(String(120))
    note: Mapped[str] = mapped_column(Text, default="")

    client: Mapped[Client] = relationship(lazy="joined")


class SenderLoop(Base):
    """A sender whose mail looks machine-made (bot.loops): kept, never answered, staff told once."""

    __tablename__ = "sender_loops"

    address: Mapped[str] = mapped_column(String(254), primary_key=True)
    first_at: Mapped[dt.datetime] = mapped_column(UTCDateTime())
    last_at: Mapped[dt.datetime] = mapped_column(UTCDateTime())
    count: Mapped[int] = mapped_column(Integer, default=0)
    reason: Mapped[str] = mapped_column(Text, default="")


class KindModelRow(Base):
    """A trained kind model in the safe ``.npz`` format (arrays and JSON, never pickle).

    The row marked ``live`` is the one every worker reads mail with; training adds a row and moves
    the mark in one transaction, so all workers switch together.
    """

    __tablename__ = "kind_models"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    model_id: Mapped[str] = mapped_column(String(80), unique=True)
    trained_at: Mapped[dt.datetime] = mapped_column(UTCDateTime())
    examples: Mapped[int] = mapped_column(Integer)
    corrections: Mapped[int] = mapped_column(Integer, default=0)
    cv_accuracy: Mapped[float] = mapped_column(Float)
    threshold: Mapped[float] = mapped_column(Float)
    data_hash: Mapped[str] = mapped_column(String(64))
    metrics: Mapped[str] = mapped_column(Text, default="{}")  # JSON: per-kind accuracy, settings
    blob: Mapped[bytes] = mapped_column(LargeBinary)
    live: Mapped[bool] = mapped_column(Boolean, default=False, index=True)


class KindLabel(Base):
    """A kind set by staff on a request: a label for the next training (issue 8, item 7)."""

    __tablename__ = "kind_labels"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    request_id: Mapped[int] = mapped_column(ForeignKey("requests.id"), index=True)
    kind: Mapped[str] = mapped_column(String(24))
    previous_kind: Mapped[str] = mapped_column(String(24))
    subject: Mapped[str] = mapped_column(String(998), default="")
    text: Mapped[str] = mapped_column(Text, default="")
    actor: Mapped[str] = mapped_column(String(120))
    at: Mapped[dt.datetime] = mapped_column(UTCDateTime(), index=True)


class PredictionRow(Base):
    """How one new message was read: model, probabilities, the rules' reading, the gate's decision."""

    __tablename__ = "predictions"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    message_row_id: Mapped[int] = mapped_column(ForeignKey("messages.id"), unique=True)
    request_id: Mapped[int | None] = mapped_column(ForeignKey("requests.id"), index=True)
    model_id: Mapped[str | None] = mapped_column(String(80))
    kind: Mapped[str] = mapped_column(String(24))
    confidence: Mapped[float] = mapped_column(Float)
    probabilities: Mapped[str] = mapped_column(Text, default="{}")  # JSON kind -> p
    rules_kind: Mapped[str] = mapped_column(String(24))
    rules_confidence: Mapped[float] = mapped_column(Float)
    auto_answer: Mapped[bool] = mapped_column(Boolean)  # the gate let the bot answer by itself
    reasons: Mapped[str] = mapped_column(Text, default="[]")  # JSON list of strings
    extracted: Mapped[str] = mapped_column(Text, default="{}")  # JSON: every field, whatever the kind
    at: Mapped[dt.datetime] = mapped_column(UTCDateTime(), index=True)
