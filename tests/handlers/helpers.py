"""Driving the handlers through the real path: ingest a mail, then ``kind REF KIND`` if needed.

The classifier is being rewritten elsewhere, so a test never depends on it picking a kind: when it
picks another one, the request is put back in triage (as staff would see it) and ``set_kind``
runs the wanted handler's ``on_new``, with the fields the reader would have given.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from email import message_from_bytes, policy
from typing import Any

from sqlalchemy import func, select

from bot.app import App
from storage.models import Client, OutboxMail, Request, StaffNotification
from tests.support.mail import make_mail


@dataclass(frozen=True)
class Opened:
    ref: str
    mails: list[OutboxMail]  # mails written by the wanted handler


def body(mail: OutboxMail) -> str:
    msg = message_from_bytes(mail.raw, policy=policy.default)
    part = msg.get_body(preferencelist=("plain",))
    assert part is not None
    # French mail has non-breaking spaces (typography, tests/books/test_templates.py checks them);
    # the assertions here read words and amounts, so they compare with ordinary spaces
    return str(part.get_content()).replace("\u00a0", " ").replace("\u202f", " ")


def last_outbox_id(app: App) -> int:
    with app.sessions() as session:
        return int(session.scalar(select(func.coalesce(func.max(OutboxMail.id), 0))) or 0)


def outbox_since(app: App, after: int) -> list[OutboxMail]:
    with app.sessions() as session:
        return list(session.scalars(select(OutboxMail).where(OutboxMail.id > after).order_by(OutboxMail.id)))


def get_request(app: App, ref: str) -> Request:
    with app.sessions() as session:
        request = session.scalar(select(Request).where(Request.ref == ref))
        assert request is not None
        session.expunge(request)
        return request


def get_client(app: App, platform: str) -> Client:
    with app.sessions() as session:
        client = session.scalar(select(Client).where(Client.platform == platform))
        assert client is not None
        session.expunge(client)
        return client


def notes(app: App, ref: str) -> list[str]:
    with app.sessions() as session:
        request = session.scalar(select(Request).where(Request.ref == ref))
        assert request is not None
        return list(
            session.scalars(
                select(StaffNotification.text)
                .where(StaffNotification.request_id == request.id)
                .order_by(StaffNotification.id)
            )
        )


def sender_notices(app: App, sender: str) -> tuple[list[StaffNotification], list[StaffNotification]]:
    """The staff notifications about ``sender``'s mail: the ordinary ones, and the flood messages."""
    with app.sessions() as session:
        rows = session.scalars(select(StaffNotification).where(StaffNotification.sender == sender)).all()
    return [r for r in rows if r.event != "flood"], [r for r in rows if r.event == "flood"]


def update_client(app: App, platform: str, **values: Any) -> None:
    with app.sessions() as session, session.begin():
        client = session.scalar(select(Client).where(Client.platform == platform))
        assert client is not None
        for key, value in values.items():
            setattr(client, key, value)


def set_request(app: App, ref: str, **values: Any) -> None:
    with app.sessions() as session, session.begin():
        request = session.scalar(select(Request).where(Request.ref == ref))
        assert request is not None
        for key, value in values.items():
            setattr(request, key, value)


def ingest(app: App, text: str, **mail: Any) -> str:
    outcome = app.ingestor.ingest(make_mail(text, **mail), "test")
    assert not outcome.quarantined, outcome.error
    ref = outcome.explanation["request"]
    assert isinstance(ref, str)
    return ref


def open_as(
    app: App,
    kind: str,
    text: str,
    *,
    not_before: dt.date | None = None,
    target_version: str | None = None,
    **mail: Any,
) -> Opened:
    """A new request of ``kind`` through ingest; ``kind REF KIND`` when the classifier differs."""
    mail.setdefault("subject", "Demande")
    before = last_outbox_id(app)
    ref = ingest(app, text, **mail)
    request = get_request(app, ref)
    fields_ok = (not_before is None or request.not_before == not_before) and (
        target_version is None or request.target_version == target_version
    )
    if request.kind == kind and fields_ok and request.state != "triage":
        return Opened(ref, outbox_since(app, before))
    set_request(
        app,
        ref,
        state="triage",
        not_before=not_before if not_before is not None else request.not_before,
        target_version=target_version if target_version is not None else request.target_version,
    )
    before = last_outbox_id(app)
    app.staff.set_kind(ref, kind, "shell:test")
    return Opened(ref, outbox_since(app, before))


def reply(app: App, to: OutboxMail, text: str, **mail: Any) -> str:
    """The client answers one of our mails (threaded by In-Reply-To)."""
    mail.setdefault("sender", to.to_addr)
    return ingest(app, text, subject=f"Re: {to.subject}", in_reply_to=to.message_id, **mail)
