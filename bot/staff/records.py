"""What the desk reads around a request: files, texts, search, suggested clients, known senders."""

from __future__ import annotations

import datetime as dt
import email
import email.policy
import re
from dataclasses import dataclass
from email.message import EmailMessage

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from bot.clients import find_platform
from bot.effects import new_message_id
from bot.mail.parse import parse_message
from bot.understand.trim import new_text
from handlers.context import Context
from storage.models import Client, ClientContact, Message, OutboxMail, Request


@dataclass(frozen=True)
class StoredFile:
    """A file attached to a stored message, with its bytes (for ``files REF --out DIR``)."""

    name: str
    content_type: str
    size: int
    data: bytes


def files_of(message: Message) -> list[StoredFile]:
    """The attached files of a stored message (inline signature images left out)."""
    try:
        parsed = email.message_from_bytes(message.raw, policy=email.policy.default)
    except Exception:
        return []
    found: list[StoredFile] = []
    if not isinstance(parsed, EmailMessage):
        return found
    for part in parsed.walk():
        if part.is_multipart():
            continue
        disposition = (part.get_content_disposition() or "").lower()
        name = part.get_filename()
        if disposition != "attachment" and not (name and disposition != "inline"):
            continue
        try:
            payload = part.get_payload(decode=True)
        except Exception:
            payload = None
        data = payload if isinstance(payload, bytes) else b""
        found.append(StoredFile(safe_name(name or "attachment"), part.get_content_type(), len(data), data))
    return found


def safe_name(name: str) -> str:
    """A file name that cannot leave the folder it is written to."""
    base = re.sub(r"[\x00-\x1f/\\]+", "_", name).strip(" .") or "attachment"
    return base[:150]


def message_text(message: Message) -> str:
    """The new text of a stored inbound message (quoted history and signature trimmed)."""
    try:
        return new_text(parse_message(message.raw).text)[:4000]
    except Exception:
        return ""


def suggest_clients(session: Session, request: Request) -> list[str]:
    """Platforms for an unknown sender: the one its text names, then those sharing its domain."""
    found: list[str] = []
    if request.client_hint and find_platform(session, request.client_hint) is not None:
        found.append(request.client_hint)
    domain = request.requester.rpartition("@")[2].lower()
    if domain and domain not in PUBLIC_DOMAINS:
        like = f"%@{domain}"
        rows = session.scalars(
            select(Client.platform).where(
                or_(
                    Client.client_email.like(like),
                    Client.contact_email.like(like),
                    Client.responsible_email.like(like),
                )
            )
        )
        found += [p for p in rows if p not in found]
        contacts = session.scalars(
            select(Client.platform).join(ClientContact).where(ClientContact.address.like(like))
        )
        found += [p for p in contacts if p not in found]
    return found[:6]


PUBLIC_DOMAINS = frozenset(
    {
        "gmail.com",
        "yahoo.fr",
        "yahoo.com",
        "hotmail.com",
        "hotmail.fr",
        "outlook.com",
        "outlook.fr",
        "orange.fr",
        "free.fr",
        "wanadoo.fr",
        "laposte.net",
        "sfr.fr",
        "icloud.com",
        "live.fr",
        "gmx.fr",
    }
)


def add_contact(ctx: Context, client: Client, address: str) -> None:
    address = address.strip().lower()
    if not address or address in client.addresses():
        return
    exists = ctx.session.scalar(
        select(ClientContact.id).where(ClientContact.client_id == client.id, ClientContact.address == address)
    )
    if exists is None:
        ctx.session.add(
            ClientContact(client_id=client.id, address=address, actor=ctx.actor, added_at=ctx.clock.now())
        )


def resend_copy(row: OutboxMail, domain: str, now: dt.datetime) -> OutboxMail:
    """The same mail again with a Message-ID of its own (a deliberate repeat is a new message)."""
    parsed = email.message_from_bytes(row.raw, policy=email.policy.default)
    message_id = new_message_id(domain)
    del parsed["Message-ID"]
    parsed["Message-ID"] = message_id
    return OutboxMail(
        message_id=message_id,
        to_addr=row.to_addr,
        subject=row.subject,
        raw=parsed.as_bytes(),
        request_id=row.request_id,
        template=row.template,
        state="pending",
        attempts=0,
        next_attempt_at=now,
        created_at=now,
    )


_GREETING = re.compile(
    r"^\s*(bonjour|bonsoir|hello|hi|dear|cher|chère|madame|monsieur|salut)\b[^\n]{0,60}[,!.]?\s*$",
    re.IGNORECASE,
)
_CLOSING = re.compile(
    r"^\s*((bien |très )?cordialement|bien à (vous|toi)|(best |kind )?regards|sincerely|"
    r"bonne (journée|soirée)|merci( beaucoup)?|thanks|thank you|a bientôt|à bientôt|--)[\s,.!]*$",
    re.IGNORECASE,
)


def staff_words(text: str) -> str:
    """The staff member's words without their own greeting and signature: the template adds
    ours, so the client never reads "Bonjour," twice."""
    lines = text.replace("\r\n", "\n").strip().split("\n")
    if lines and _GREETING.match(lines[0]):
        lines = lines[1:]
    for i in range(len(lines) - 1, max(len(lines) - 5, -1), -1):
        if _CLOSING.match(lines[i]):
            lines = lines[:i]
            break
    return "\n".join(lines).strip()
