"""Responders that look like people: a mail loop stopped within two messages.

The guard (:mod:`bot.understand.guard`) suppresses what *says* it is automatic (RFC 3834 headers,
null sender, out-of-office wording). Some responders say nothing: no ``Auto-Submitted``, their own
subject, none of our headers, so each of their mails looks like a new request and would get an
answer, which they answer... This module judges the sender's *behaviour* instead, from what is
already stored (one indexed look-up per message):

* a *repeat*: the same new text again (quotes stripped) from that address within a day, or no
  text of its own and no attachment;
* together with the same subject again within a day, or an answer within seconds of our last
  mail to that address being delivered (a batch of a client's mail processed at once answers
  nothing), or an address already caught: once caught, an address stays suspect for
  ``NOTICE_WINDOW`` (RFC 3834 §2: do not answer the same sender with the same notice more than
  once in a period of days), and staff are told once, not once per mail.

A client's distinct requests (their own text each time) are never caught, however many in a day,
whatever their subjects and however fast they come. A responder that varies its text is left to
the daily cap on automatic answers (:meth:`bot.effects.Effects.mail`).
Only mail that would open a new request is judged: replies on a request go to its handler.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from dataclasses import dataclass

from sqlalchemy import bindparam, select
from sqlalchemy.orm import Session

from bot.requests import BRACKETED_REF_RE
from bot.understand.normalize import strip_subject_prefixes
from storage.models import Message, OutboxMail, SenderLoop

WINDOW = dt.timedelta(days=1)  # how far back a repeat counts
QUICK = dt.timedelta(seconds=20)  # "within seconds of ours": no person reads and answers that fast
NOTICE_WINDOW = dt.timedelta(days=7)  # a caught address stays suspect this long (RFC 3834 §2)
_HISTORY = 50  # earlier mails of the sender looked at

_SPACE = re.compile(r"\s+")
# The sender's recent mails, asked for every new request's mail: built once, values bound per call.
_EARLIER = (
    select(Message.subject, Message.fingerprint)
    .where(
        Message.from_addr == bindparam("address"),
        Message.received_at >= bindparam("since"),
        Message.id != bindparam("id"),
    )
    .order_by(Message.received_at.desc())
    .limit(_HISTORY)
)


def fingerprint(text: str) -> str | None:
    """A hash of what the sender wrote (quotes already stripped), or None when nothing was."""
    normal = _SPACE.sub(" ", BRACKETED_REF_RE.sub(" ", text)).strip().casefold()
    if not normal:
        return None
    return hashlib.sha256(normal.encode("utf-8", "replace")).hexdigest()[:32]


def subject_key(subject: str) -> str:
    """The subject without reply/forward prefixes and our references, for comparison."""
    text = BRACKETED_REF_RE.sub(" ", subject)
    return _SPACE.sub(" ", strip_subject_prefixes(text)).strip().casefold()


@dataclass(frozen=True)
class Verdict:
    machine: bool
    why: str = ""
    tell_staff: bool = False  # the first catch of this address in ``NOTICE_WINDOW``


HUMAN = Verdict(False)


def judge(
    session: Session,
    message: Message,
    fingerprint: str | None,
    subject: str,
    attachments: int,
    now: dt.datetime,
) -> Verdict:
    """Does this mail, about to open a new request, come from a machine? Records a catch.

    ``fingerprint`` is the mail's own (:func:`fingerprint`); the caller stores it on the row. A
    mail with text of its own that is no repeat is a person's after one look-up: the outbox and
    the catches are read only for a repeat or an empty mail.
    """
    address = message.from_addr
    if not address:
        return HUMAN
    since = now - WINDOW
    # on the connection: plain rows, without the ORM's result machinery (0.25 -> 0.14 ms for 50
    # rows); the messages' subjects and fingerprints are written by Core statements, so no
    # pending change of the session is missed by not flushing it first
    about = {"address": address, "since": since, "id": message.id}
    earlier = session.connection().execute(_EARLIER, about).tuples().all()
    same_text = fingerprint is not None and any(fp == fingerprint for _, fp in earlier)
    empty = fingerprint is None and attachments == 0
    if not (same_text or empty):
        return HUMAN
    key = subject_key(subject)
    same_subject = bool(key) and any(subject_key(s or "") == key for s, _ in earlier)
    quick = (
        session.scalar(
            select(OutboxMail.id)
            .where(
                OutboxMail.to_addr == address,
                OutboxMail.sent_at >= message.received_at - QUICK,
                # strictly after: under a stopped clock (OFBOT_NOW) no time passes, nothing is quick
                OutboxMail.sent_at < message.received_at,
            )
            .limit(1)
        )
        is not None
    )
    caught = session.get(SenderLoop, address)
    suspect = caught is not None and caught.last_at >= now - NOTICE_WINDOW
    signs = [
        name
        for name, present in (
            ("the same text again", same_text),
            ("the same subject again", same_subject),
            ("no text of its own", empty),
            ("an answer within seconds of ours", quick),
        )
        if present
    ]
    machine = same_subject or quick or suspect
    if not machine:
        return HUMAN
    why = ", ".join(signs)
    if caught is None:
        session.add(SenderLoop(address=address, first_at=now, last_at=now, count=1, reason=why))
        return Verdict(True, why, tell_staff=True)
    caught.count += 1
    caught.reason = why
    tell = not suspect
    if tell:
        caught.first_at = now
        caught.count = 1
    caught.last_at = now
    return Verdict(True, why, tell_staff=tell)
