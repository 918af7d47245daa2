"""``show REF``: one request in full, as staff read it (the JSON of ``staff show --json``).

Apart from :mod:`bot.staff.reads` because it parses the stored mail (the client's new text, the
attached files) and asks the request's handler for its next actions: modules the listing reads
do not need.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from bot.learning.records import first_prediction, prediction_json
from bot.mail.auth import SenderAuth
from bot.requests import find_ref
from bot.sender_checks import request_sender_auth
from bot.staff import checks as checks_
from bot.staff.cards import pool_shares
from bot.staff.errors import CommandError
from bot.staff.reads import queue_item
from bot.staff.records import files_of, message_text
from storage.models import Message, OutboxMail, Request


def actions_for(request: Request, checks: Sequence[checks_.Check] | None = None) -> tuple[str, ...]:
    """The kind's next actions, without those a precondition blocks (they need an override)."""
    return checks_.split_actions(request, tuple(checks) if checks is not None else checks_.DEFAULT_CHECKS)[0]


def show_request(
    session: Session, ref: str, now: dt.datetime, checks: Sequence[checks_.Check] | None = None
) -> dict[str, Any]:
    request = find_ref(session, ref)
    if request is None:
        raise CommandError(f"no request {ref.strip('[]')}")
    data: dict[str, Any] = queue_item(request, now).to_json()
    messages = session.scalars(select(Message).where(Message.request_id == request.id).order_by(Message.id))
    sent = session.scalars(
        select(OutboxMail).where(OutboxMail.request_id == request.id).order_by(OutboxMail.id)
    )
    data.update(
        {
            "subject": request.subject,
            "requester": request.requester,
            "client_hint": request.client_hint,
            "not_before": request.not_before.isoformat() if request.not_before else None,
            "target_version": request.target_version,
            "scheduled_for": request.scheduled_for.isoformat() if request.scheduled_for else None,
            "summary": request.summary,
            "sender_auth": _auth_json(request_sender_auth(session, request)),
            "pool": [
                {"client": platform, "hours": float(hours)}
                for platform, hours in pool_shares(session, request)
            ],
            "messages": [
                {
                    "direction": "in",
                    "message_id": m.message_id,
                    "from": m.from_addr,
                    "subject": m.subject,
                    "received_at": m.received_at.isoformat(),
                    "reply": m.reply_intent,
                    "text": message_text(m),
                    "attachments": [
                        {"name": f.name, "size": f.size, "content_type": f.content_type} for f in files_of(m)
                    ],
                }
                for m in messages
            ]
            + [
                {
                    "direction": "out",
                    "message_id": o.message_id,
                    "to": o.to_addr,
                    "subject": o.subject,
                    "created_at": o.created_at.isoformat(),
                    "state": o.state,
                }
                for o in sent
            ],
            "events": [
                {
                    "at": e.at.isoformat(),
                    "actor": e.actor,
                    "action": e.action,
                    "detail": e.detail,
                    "worker": e.worker,
                }
                for e in request.events
            ],
            "actions": list(actions_for(request, checks)),
        }
    )
    data.update(prediction_json(first_prediction(session, request.id)))
    return data


def _auth_json(auth: SenderAuth | None) -> dict[str, object] | None:
    return auth.to_json() if auth is not None else None
