"""From a saved message to a decision: parse -> guard/read -> identify -> thread -> classify.

Each step is a small function with typed input and output. The pipeline reads the database
(clients, our sent mail, requests) but never writes: ``explain`` runs it alone, ``ingest`` hands
its :class:`Decision` to the handlers.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from bot.clients import find_by_address, platform_names
from bot.config import UnderstandingSettings
from bot.mail.auth import SenderAuth, sender_auth
from bot.mail.parse import ParsedMessage, parse_message
from bot.requests import POOL_KINDS, REF_RE, find_ref, ref_from_match
from bot.understand import OurIdentity, Reading, read_message
from bot.understand.contribution import read_contribution
from bot.understand.gate import Gate, decide_gate
from bot.understand.information import Topic, answerable_topic
from bot.understand.prediction import Classifier, ReplyClassifier
from storage.models import Client, OutboxMail, Request


@dataclass(frozen=True)
class Offer:
    """Another client's offer of ``hours`` bonus hours to ``request``, a development (R62)."""

    request: Request
    hours: Decimal


@dataclass(frozen=True)
class Decision:
    """Everything the pipeline concluded about one message."""

    parsed: ParsedMessage
    reading: Reading
    client: Client | None
    request: Request | None  # the request this message belongs to (threading), if any
    reply: str | None  # confirm / refuse / question, for a message threaded to a request
    trusted_reply: bool  # the reply comes from an address on that request's client record
    kind: str | None  # the reading of a new request; None for replies and suppressed mail
    triage: bool
    gate: Gate | None = None  # for a new request: may the bot answer by itself, and why
    auth: SenderAuth | None = None  # SPF/DKIM/DMARC as our MTA judged the sender
    # R62: the message offers the sender's bonus hours to ``request``, another client's development
    contribution: Offer | None = None
    # R1/R3/R8: a question the templates answer, which the model alone would have sent to triage
    information: Topic | None = None

    @property
    def confidence(self) -> float | None:
        """The probability of ``kind`` (None when there is no kind: replies, machines)."""
        if self.kind is None or self.reading.prediction is None:
            return None
        return self.reading.prediction.p(self.kind)

    def candidates(self) -> list[dict[str, object]]:
        """The best three kinds with their probabilities, highest first (empty without a kind)."""
        if self.kind is None or self.reading.prediction is None:
            return []
        return [c.to_json() for c in self.reading.prediction.candidates]

    def reply_candidates(self) -> list[dict[str, object]]:
        """The reply model's intents with their probabilities (empty unless the message is a reply)."""
        if self.reply is None or self.reading.reply is None:
            return []
        return self.reading.reply.candidates()

    @property
    def suppressed(self) -> bool:
        return self.reading.suppressed

    def next_action(self) -> str:
        r = self.reading
        if r.suppress_reason:
            return f"keep, never answer ({r.suppress_reason})"
        if self.contribution is not None and self.client is not None:
            offer = self.contribution
            return (
                f"contribution of {offer.hours} h from {self.client.platform} to {offer.request.ref} (R62): "
                f"acknowledge, staff record it with /pool {offer.request.ref} {self.client.platform} {offer.hours}"
            )
        if self.request is None and self.reply is not None:
            return f"{self.reply} on a reference we do not know: staff decide"
        if self.request is not None:
            if not self.trusted_reply:
                return f"reply to {self.request.ref} from an address not on record: staff decide"
            return f"{self.reply} on {self.request.ref}"
        if self.information is not None and self.client is not None:
            return f"answer the {self.information} question from its template (R1/R3/R8), not billed"
        if self.client is None:
            hint = f" (names platform {r.client_hint})" if r.client_hint else ""
            return f"unknown sender{hint}: staff identify the client, then {self.kind}"
        if self.triage:
            why = f" ({'; '.join(self.gate.reasons)})" if self.gate else ""
            return f"staff triage: looks like {self.kind}, not sure enough to answer{why}"
        also = (
            f"; may also ask for {self.gate.second_ask}: staff look"
            if self.gate and self.gate.second_ask
            else ""
        )
        return f"new {self.kind} request for {self.client.platform}{also}"


def identify(session: Session, parsed: ParsedMessage, hint: str | None) -> Client | None:
    """R5: the sender's address on a client record; the text's platform name is only a hint,
    used to choose among the records that hold the sender's address, never beyond them."""
    return find_by_address(session, parsed.from_addr, hint)


def thread(session: Session, parsed: ParsedMessage) -> Request | None:
    """Our Message-IDs in In-Reply-To/References first, then the reference in the subject."""
    ids = list(parsed.thread_ids)
    if ids:
        rows = session.execute(
            select(OutboxMail.message_id, OutboxMail.request_id).where(OutboxMail.message_id.in_(ids[:100]))
        ).all()
        by_mid = {mid: rid for mid, rid in rows if rid is not None}
        for mid in ids:
            if mid in by_mid:
                return session.get(Request, by_mid[mid])
    for match in REF_RE.finditer(parsed.subject):
        ref = ref_from_match(match)
        found = session.scalar(select(Request).where(Request.ref == ref))
        if found is not None:
            return found
    return None


def contribution(
    session: Session, client: Client | None, parsed: ParsedMessage, reading: Reading
) -> Offer | None:
    """R62: a known client's offer of hours to another client's development, else None.

    ``explain`` and ``ingest`` both see it here, so they never read the same mail two ways; the
    offer wins over threading, since a contributor often answers in the development's thread.
    """
    if client is None:
        return None
    found = read_contribution(parsed.subject, reading.new_text)
    if found is None:
        return None
    target = find_ref(session, found.ref)
    if target is None or target.client_id in (None, client.id) or target.kind not in POOL_KINDS:
        return None
    return Offer(target, found.hours)


def answers_us(parsed: ParsedMessage, our: OurIdentity) -> bool:
    """The message answers one of our mails: our reference in the subject, or one of our
    Message-IDs in In-Reply-To/References (a client's own mail quoting us is still a reply)."""
    suffix = f"@{our.domain}>".lower()
    return bool(REF_RE.search(parsed.subject)) or any(
        mid.lower().endswith(suffix) for mid in parsed.thread_ids
    )


def decide(
    session: Session,
    raw: bytes,
    our: OurIdentity,
    envelope_sender: str | None = None,
    parsed: ParsedMessage | None = None,
    today: dt.date | None = None,
    classifier: Classifier | None = None,
    understanding: UnderstandingSettings | None = None,
    replies: ReplyClassifier | None = None,
    platforms: Collection[str] | None = None,
) -> Decision:
    """The pipeline's conclusion, with the sender's authentication as our MTA recorded it.

    ``today`` (the clock's date) places dates of a message that has no Date header;
    ``classifier`` is the kind model (the rules alone without one); ``understanding`` the gate's policy;
    ``replies`` the reply-intent model, combined with the rules; ``platforms`` the clients' platform
    names when the caller read them once for many messages."""
    parsed = parsed or parse_message(raw)
    auth = sender_auth(parsed.headers, our.authserv_ids)
    reading = read_message(
        parsed,
        our,
        platform_names(session) if platforms is None else platforms,
        envelope_sender,
        reference=today,
        classifier=classifier,
        replies=replies,
    )
    client = identify(session, parsed, reading.client_hint)
    request = None if reading.suppressed else thread(session, parsed)
    if reading.suppressed:
        return Decision(parsed, reading, client, None, None, False, None, False, auth=auth)
    offer = contribution(session, client, parsed, reading)
    if offer is not None:
        return Decision(
            parsed, reading, client, offer.request, None, False, None, False, auth=auth, contribution=offer
        )
    if request is not None:
        trusted = client is not None and request.client_id == client.id
        if request.client_id is None:
            # a request still in triage: only its original sender is trusted
            trusted = parsed.from_addr == request.requester
        return Decision(
            parsed, reading, client, request, reading.reply_intent, trusted, None, not trusted, auth=auth
        )
    if answers_us(parsed, our):
        # a reply to one of our messages whose request we cannot find: read as a reply, staff decide
        return Decision(parsed, reading, client, None, reading.reply_intent, False, None, True, auth=auth)
    assert reading.prediction is not None  # a new request always has one
    policy = understanding or UnderstandingSettings()
    gate = decide_gate(reading.prediction, client is not None, policy)
    topic = None
    if gate.triage and client is not None and policy.auto_answer != "never":
        # R1/R3/R8: the rules know this question and its answer, whatever kind the model leans to
        topic = answerable_topic(client.tier, parsed.subject, reading.new_text)
    return Decision(
        parsed,
        reading,
        client,
        None,
        None,
        False,
        reading.kind,
        gate.triage and topic is None,
        gate,
        auth,
        information=topic,
    )


def explain_json(decision: Decision) -> dict[str, object]:
    """The ``ofbot explain --json`` object, field by field as ARCHITECTURE defines it."""
    r = decision.reading
    nb: dt.date | None = r.not_before
    return {
        "message_id": decision.parsed.message_id,
        "from": decision.parsed.from_addr,
        "suppressed": r.suppressed,
        "suppress_reason": r.suppress_reason,
        "client": decision.client.platform if decision.client else None,
        "client_hint": r.client_hint,
        "triage": decision.triage,
        "request": decision.request.ref if decision.request else None,
        "kind": decision.kind,
        "reply": decision.reply,
        "not_before": nb.isoformat() if nb else None,
        "target_version": r.target_version,
        "cash_funded": r.cash_funded,
        "attachments": r.attachments,
        "language": r.language,
        "confidence": None if decision.confidence is None else round(decision.confidence, 4),
        "candidates": decision.candidates(),
        "reply_candidates": decision.reply_candidates(),
        "reply_reading": r.reply.to_json() if decision.reply is not None and r.reply else None,
        "sender_auth": decision.auth.to_json() if decision.auth else None,
        "next_action": decision.next_action(),
    }
