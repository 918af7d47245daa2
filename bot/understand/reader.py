"""Reading a message: the one entry point the pipeline calls.

It only assembles the small readers of this package, each in its own module with its reasons:
``guard`` (never answer a machine), ``trim`` (the new text), ``classify`` (kind, confidence),
``dates`` (not-before), ``versions``, ``money`` (cash funding), ``language``, ``replies``
(confirm/refuse/question) and ``hints`` (a platform named in the text). Pure: no database, no
clock unless the message has no Date and no reference date is given.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection
from typing import Literal
from zoneinfo import ZoneInfo

from bot.mail.parse import ParsedMessage
from bot.requests import BRACKETED_REF_RE
from bot.understand.classify import Classification, classify
from bot.understand.fields import Extracted
from bot.understand.guard import suppress_reason
from bot.understand.hints import client_hint
from bot.understand.language import detect_language
from bot.understand.normalize import is_forward_subject
from bot.understand.prediction import Candidate, Classifier, Prediction, ReplyClassifier
from bot.understand.replies import read_reply
from bot.understand.reply_reading import ReplyReading, ReplyThresholds, combine
from bot.understand.trim import new_text as trim_new_text
from bot.understand.types import KINDS, TRIAGE_CONFIDENCE, Kind, OurIdentity, Reading

PARIS = ZoneInfo("Europe/Paris")
_HINT_TEXT_CHARS = 20_000
_SUBJECT_CHARS = 998  # a subject line's limit (RFC 5322); beyond it is junk, not words to read
_NEW_TEXT_CHARS = 10_000  # what a person writes in one request; the rest is pasted logs or junk


_OUR_REF = BRACKETED_REF_RE
_OWN_WORDS_FOR_LANGUAGE = 6


def is_reply(msg: ParsedMessage) -> bool:
    """The message answers one of ours (threading headers, or our reference in the subject)."""
    return bool(msg.in_reply_to or msg.references or _OUR_REF.search(msg.subject))


def message_day(msg: ParsedMessage, reference: dt.date | None = None) -> dt.date:
    """The day the message was written (Europe/Paris), which anchors "le 15 mars" to a year."""
    if msg.date is not None:
        return msg.date.astimezone(PARIS).date()
    return reference if reference is not None else dt.datetime.now(PARIS).date()


def _language(msg: ParsedMessage, subject: str, text: str, forward: bool) -> Literal["fr", "en"]:
    """The language of the sender's own words: a French client forwarding an English bounce is French."""
    if not text:
        return detect_language(f"{msg.subject}\n{msg.text[:2000]}")
    own = trim_new_text(msg.text, forward=forward, keep_forwarded=False)[:_NEW_TEXT_CHARS]
    if own != text and len(own.split()) >= _OWN_WORDS_FOR_LANGUAGE:
        return detect_language(f"{subject}\n{own}")
    return detect_language(f"{subject}\n{text}")


def own_words(msg: ParsedMessage) -> tuple[str, str, bool]:
    """(subject, new text, is a forward): what the kind is read from, for the model and the rules."""
    # A forwarded request is read in full; a forwarded copy of our own mail is history, not the client's words.
    forward = is_forward_subject(msg.subject) and not is_reply(msg)
    text = trim_new_text(msg.text, forward=forward)[:_NEW_TEXT_CHARS]
    # In a reply the subject is ours ("Re: [OF-2026-0012] Migration version 4"): read the new text only.
    subject = "" if is_reply(msg) else msg.subject[:_SUBJECT_CHARS]
    return subject, text, forward


def predict(subject: str, text: str, rules: Classification, classifier: Classifier | None) -> Prediction:
    """The model's probabilities beside the rules' reading; the rules alone when no model is given."""
    if classifier is None:
        ranked = [Candidate(rules.kind, rules.confidence)]
        ranked += [Candidate(_as_kind(k), 0.0) for k in KINDS if k != rules.kind]
        return Prediction(
            rules.kind,
            rules.confidence,
            tuple(ranked),
            rules.kind,
            rules.confidence,
            None,
            None,
            rules_cues=_cued(rules),
        )
    probs = classifier.probabilities(subject, text)
    ranked = sorted((Candidate(_as_kind(k), p) for k, p in probs.items() if k in KINDS), key=_rank)
    best = ranked[0]
    evidence = tuple(f"rules: {k} {s:.1f}" for k, s in rules.scores[:3])
    return Prediction(
        best.kind,
        best.p,
        tuple(ranked),
        rules.kind,
        rules.confidence,
        classifier.model_id,
        classifier.threshold,
        evidence,
        classifier.threshold_for(best.kind),
        _cued(rules),
    )


def _cued(rules: Classification) -> tuple[Kind, ...]:
    """The kinds whose cues the rules found (a score above zero), for the gate's second look."""
    return tuple(kind for kind, score in rules.scores if score > 0)


def _rank(candidate: Candidate) -> tuple[float, str]:
    """Highest first, as recorded (4 decimals), ties by name: explain and show list the same order."""
    return (-round(candidate.p, 4), candidate.kind)


def read_reply_intent(text: str, replies: ReplyClassifier | None) -> ReplyReading:
    """The rules' reading of a reply, combined with the reply model's when one is given."""
    rules = read_reply(text)
    if replies is None:
        return combine(rules.intent, rules.cue, None, ReplyThresholds())
    probs = replies.reply_probabilities(text)
    return combine(rules.intent, rules.cue, probs, replies.thresholds, replies.model_id)


def _as_kind(name: str) -> Kind:
    for kind in KINDS:
        if kind == name:
            return kind  # type: ignore[return-value]
    return "other"


def read_message(
    msg: ParsedMessage,
    our: OurIdentity,
    platforms: Collection[str] = (),
    envelope_sender: str | None = None,
    *,
    reference: dt.date | None = None,
    classifier: Classifier | None = None,
    replies: ReplyClassifier | None = None,
) -> Reading:
    """Everything the pipeline needs to know about ``msg`` that does not need the database.

    ``classifier`` is the kind model (from the composition root); without one the rules decide.
    ``replies`` is the reply-intent model, combined with the rules (``reply_reading``).
    """
    reason = suppress_reason(msg, our, envelope_sender)
    subject, text, forward = own_words(msg)
    subject_and_text = f"{subject}\n{text}"
    rules = classify(subject, text)
    prediction = predict(subject, text, rules, None if reason else classifier)
    kind = prediction.kind
    day = message_day(msg, reference)
    # The reply model only for a reply (a first contact's reply_intent is never used): it saves time.
    reply = read_reply_intent(text, replies if not reason and is_reply(msg) else None)
    extracted = Extracted(subject_and_text, text, day)
    reasons = [f"kind {kind} ({prediction.confidence:.2f})"]
    if prediction.model_id is not None:
        reasons.append(f"rules read {rules.kind} ({rules.confidence:.2f})")
    elif prediction.confidence < TRIAGE_CONFIDENCE:
        reasons.append("low confidence: staff triage")
    if reason:
        reasons.append(f"suppressed: {reason}")
    return Reading(
        suppress_reason=reason,
        kind=kind,
        confidence=prediction.confidence,
        not_before=extracted.not_before_for(kind),
        target_version=extracted.target_version_for(kind),
        cash_funded=extracted.cash_funded,
        language=_language(msg, subject, text, forward),
        client_hint=client_hint(f"{msg.subject}\n{msg.text[:_HINT_TEXT_CHARS]}", platforms),
        reply_intent=reply.intent,
        new_text=text,
        attachments=len(msg.real_attachments),
        reasons=tuple(reasons),
        prediction=prediction,
        extracted=extracted,
        subject=subject,
        reply=reply,
    )
