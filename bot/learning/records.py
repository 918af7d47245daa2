"""What was predicted and what staff corrected: the data the next model and the report read.

One prediction row per new request's message (model, probabilities, the rules' reading, the gate's
decision and reasons, every extracted field); one label row each time staff set a kind.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections import Counter
from typing import TYPE_CHECKING, Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from storage.models import KindLabel, Message, PredictionRow, Request, RequestEvent

# The audit entry ``handlers.corrections.correct_reply`` writes: "message #12: question -> refuse".
REPLY_CORRECTION = re.compile(r"^message #(\d+): \w+ -> (\w+)$")

if TYPE_CHECKING:  # the corpus module reads mail: imported by the training functions only
    from bot.learning.corpus import Example, ReplyExample


def record_prediction(
    session: Session,
    *,
    message_row_id: int,
    request_id: int | None,
    decision: Any,
    at: dt.datetime,
) -> PredictionRow | None:
    """Keep how a new request's message was read (``decision`` is a pipeline ``Decision``)."""
    reading = decision.reading
    prediction = reading.prediction
    if decision.kind is None or prediction is None:
        return None
    gate = decision.gate
    row = PredictionRow(
        message_row_id=message_row_id,
        request_id=request_id,
        model_id=prediction.model_id,
        kind=decision.kind,
        confidence=float(prediction.p(decision.kind)),
        probabilities=json.dumps(prediction.probabilities_json(), sort_keys=True),
        rules_kind=prediction.rules_kind,
        rules_confidence=float(prediction.rules_confidence),
        auto_answer=not decision.triage,
        reasons=json.dumps(list(gate.reasons) if gate else [], ensure_ascii=False),
        extracted=json.dumps(reading.extracted.to_json() if reading.extracted else {}),
        at=at,
    )
    session.add(row)
    return row


def first_prediction(session: Session, request_id: int) -> PredictionRow | None:
    return session.scalar(
        select(PredictionRow)
        .where(PredictionRow.request_id == request_id)
        .order_by(PredictionRow.id)
        .limit(1)
    )


def prediction_json(row: PredictionRow | None) -> dict[str, Any]:
    """``confidence``, ``candidates`` (best three) and the record, for ``show --json``."""
    if row is None:
        return {"confidence": None, "candidates": [], "prediction": None}
    probs: dict[str, float] = json.loads(row.probabilities or "{}")
    ranked = sorted(probs.items(), key=lambda item: (-item[1], item[0]))  # as the reader ranks
    return {
        "confidence": round(row.confidence, 4),
        "candidates": [{"kind": k, "p": round(p, 4)} for k, p in ranked[:3]],
        "prediction": {
            "model": row.model_id,
            "kind": row.kind,
            "probabilities": probs,
            "rules_kind": row.rules_kind,
            "rules_confidence": row.rules_confidence,
            "auto_answer": row.auto_answer,
            "reasons": json.loads(row.reasons or "[]"),
            "at": row.at.isoformat(),
        },
    }


def record_label(
    session: Session, request: Request, kind: str, previous: str, actor: str, at: dt.datetime
) -> None:
    session.add(
        KindLabel(
            request_id=request.id,
            kind=kind,
            previous_kind=previous,
            subject=request.subject,
            text=request.summary,
            actor=actor,
            at=at,
        )
    )


def correction_examples(session: Session) -> list[Example]:
    """Staff's labels as training examples: the last kind set on each request wins.

    The corpus module (it reads mail) is imported for training only: ``show`` reads this module's
    predictions and must not load the mail reader for that."""
    from bot.learning.corpus import Example

    latest: dict[int, KindLabel] = {}
    for label in session.scalars(select(KindLabel).order_by(KindLabel.id)):
        latest[label.request_id] = label
    return [
        Example(f"staff/{label.request_id}", label.subject, label.text, label.kind)
        for _, label in sorted(latest.items())
    ]


def reply_correction_examples(session: Session) -> list[ReplyExample]:
    """Staff's ``reply-intent`` corrections as training replies: the last one per message wins.

    The label is the intent staff set (from the audit trail, which keeps it even if the message
    row changes later); the text is the reply's new text, read from the stored raw message as the
    reader reads it.
    """
    from bot.learning.corpus import REPLY_INTENTS, ReplyExample, model_input

    latest: dict[int, str] = {}
    events = session.scalars(
        select(RequestEvent).where(RequestEvent.action == "reply_intent").order_by(RequestEvent.id)
    )
    for event in events:
        match = REPLY_CORRECTION.match(event.detail or "")
        if match and match.group(2) in REPLY_INTENTS:
            latest[int(match.group(1))] = match.group(2)
    examples = []
    for message_id, intent in sorted(latest.items()):
        message = session.get(Message, message_id)
        if message is None:
            continue
        _, text, _ = model_input(message.raw)
        examples.append(ReplyExample(f"staff/message-{message_id}", "staff", text, intent))
    return examples


def report(session: Session, since: dt.datetime | None, until: dt.datetime) -> dict[str, Any]:
    """Automatic-answer rate, staff corrections per kind and the confusion between kinds."""
    query = select(PredictionRow).where(PredictionRow.at <= until)
    labels_query = select(KindLabel).where(KindLabel.at <= until)
    if since is not None:
        query = query.where(PredictionRow.at >= since)
        labels_query = labels_query.where(KindLabel.at >= since)
    rows = session.scalars(query.order_by(PredictionRow.id)).all()
    labels = session.scalars(labels_query.order_by(KindLabel.id)).all()
    automatic = sum(1 for r in rows if r.auto_answer)
    predicted_by_request = {r.request_id: r.kind for r in rows if r.request_id is not None}
    for label in labels:  # a correction of a request read before the period still counts
        if label.request_id not in predicted_by_request:
            first = first_prediction(session, label.request_id)
            if first is not None:
                predicted_by_request[label.request_id] = first.kind
    latest: dict[int, KindLabel] = {}
    for label in labels:
        latest[label.request_id] = label
    confusion: Counter[tuple[str, str]] = Counter()
    corrections: Counter[str] = Counter()
    for request_id, label in latest.items():
        predicted = predicted_by_request.get(request_id, label.previous_kind)
        if predicted != label.kind:
            corrections[predicted] += 1
            confusion[(predicted, label.kind)] += 1
    by_model = Counter(r.model_id or "rules" for r in rows)
    auto_by_kind = Counter(r.kind for r in rows if r.auto_answer)
    return {
        "since": since.isoformat() if since else None,
        "until": until.isoformat(),
        "messages": len(rows),
        "automatic": automatic,
        "automatic_rate": round(automatic / len(rows), 4) if rows else None,
        "triage": len(rows) - automatic,
        "automatic_by_kind": dict(sorted(auto_by_kind.items())),
        "corrections": sum(corrections.values()),
        "corrections_per_kind": dict(sorted(corrections.items())),
        "confusion": [
            {"predicted": p, "corrected": c, "count": n} for (p, c), n in sorted(confusion.items())
        ],
        "models": dict(sorted(by_model.items())),
    }
