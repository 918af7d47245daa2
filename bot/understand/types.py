"""The typed result of reading one message, and what the reader needs to know about us."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Literal

if TYPE_CHECKING:
    from bot.understand.fields import Extracted
    from bot.understand.prediction import Prediction
    from bot.understand.reply_reading import ReplyReading

from bot.kinds import KINDS as KINDS
from bot.kinds import Kind as Kind

SuppressReason = Literal["auto_reply", "bounce", "list", "loop"]
ReplyIntent = Literal["confirm", "refuse", "question"]


@dataclass(frozen=True)
class OurIdentity:
    """Who we are on the wire: used to recognise our own mail coming back (loops)."""

    address: str  # support@example.com, lower case
    domain: str  # the domain of our Message-IDs
    loop_token: str = ""  # the value we put in X-Loop (defaults to the address)
    authserv_ids: tuple[str, ...] = ()  # our MTA's id in Authentication-Results ([mail] authserv_id)

    @property
    def x_loop(self) -> str:
        return self.loop_token or self.address


@dataclass(frozen=True)
class Reading:
    """What the message says, read from its headers, subject and new text (quotes stripped).

    Pure analysis: no database. Identification by address and threading are the pipeline's job;
    ``reply_intent`` is computed for every message and used only when the message is threaded.
    """

    suppress_reason: SuppressReason | None
    kind: Kind
    confidence: float  # 0..1; below the triage threshold staff look first
    not_before: dt.date | None
    target_version: str | None
    cash_funded: bool
    language: Literal["fr", "en"]
    client_hint: str | None
    reply_intent: ReplyIntent
    new_text: str
    attachments: int
    reasons: tuple[str, ...] = field(default=())
    prediction: Prediction | None = None
    extracted: Extracted | None = None  # every field, whatever the kind (read on demand)
    subject: str = ""  # the subject the kind was read from ("" for a reply)
    reply: ReplyReading | None = None  # the rules' and the reply model's readings behind reply_intent

    @property
    def suppressed(self) -> bool:
        return self.suppress_reason is not None


TRIAGE_CONFIDENCE = 0.5
