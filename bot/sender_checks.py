"""Checks on who really sent a request, before a sensitive change is approved (R7, RELIABILITY 13).

A request for a change of the responsible person, of the record's addresses or a manual password
reset whose sender failed our MTA's SPF/DKIM/DMARC checks may be forged with a client's address:
it is never approved with one tap. Staff check with the client at an address on record, then
approve with an explicit override and its reason, which the request's events keep.
"""

from __future__ import annotations

import json

from sqlalchemy import select
from sqlalchemy.orm import Session

from bot.mail.auth import SenderAuth
from storage.models import Message, Request

SENSITIVE_KINDS = frozenset({"owner_change", "contact_update", "password_reset"})


def request_sender_auth(session: Session, request: Request) -> SenderAuth | None:
    """What to show for ``request``: its first failing verdict, else its first verdict, else None."""
    rows = session.scalars(
        select(Message.explanation)
        .where(Message.request_id == request.id, Message.explanation.is_not(None))
        .order_by(Message.id)
    )
    first: SenderAuth | None = None
    for text in rows:
        try:
            data = json.loads(text or "{}")
        except ValueError:
            continue
        auth = SenderAuth.from_json(data.get("sender_auth")) if isinstance(data, dict) else None
        if auth is not None and auth.failed:
            return auth
        first = first or auth
    return first


def approval_blocker(session: Session, request: Request) -> str | None:
    """Why ``approve`` needs an override for this request, or None when it may go ahead."""
    if request.kind not in SENSITIVE_KINDS:
        return None
    failed = request_sender_auth(session, request)
    if failed is None or not failed.failed:
        return None
    return (
        f"{request.ref}: the sender failed authentication ({failed.summary()}); check with the "
        f"client at an address on record, then: approve {request.ref} --override REASON"
    )
