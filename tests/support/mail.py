"""Building test messages the way mail clients write them."""

from __future__ import annotations

import datetime as dt
import itertools
from email.message import EmailMessage
from email.utils import format_datetime

_counter = itertools.count(1)


# Addresses on record in ``tests.conftest.CLIENTS_CSV`` and everyday support problems: the mail
# of the multi-worker test and of the benches that load a running service.
CLIENT_SENDERS = (
    "club@mermoz.example",
    "tresorier@mermoz.example",
    "president@mermoz.example",
    "contact@saint-ex.example",
    "secretariat@saint-ex.example",
    "office@skyschool.example",
    "ops@skyschool.example",
)
SUPPORT_TOPICS = (
    "le planning affiche une erreur sur la réservation",
    "l'export comptable ne fonctionne plus",
    "un pilote ne peut plus réserver l'avion",
    "la facture du mois apparaît deux fois",
    "le tableau de bord reste vide",
)


def make_mail(
    text: str,
    *,
    sender: str = "tresorier@mermoz.example",
    subject: str = "Question",
    to: str = "support@localhost",
    message_id: str | None = None,
    in_reply_to: str | None = None,
    references: str | None = None,
    date: dt.datetime | None = None,
    headers: dict[str, str] | None = None,
    attachments: list[tuple[str, str, bytes]] | None = None,
) -> bytes:
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = to
    msg["Subject"] = subject
    msg["Date"] = format_datetime(date or dt.datetime(2026, 11, 24, 10, 0, tzinfo=dt.UTC))
    msg["Message-ID"] = message_id or f"<test.{next(_counter)}.{id(text)}@client.example>"
    if in_reply_to:
        msg["In-Reply-To"] = in_reply_to
    if references:
        msg["References"] = references
    for key, value in (headers or {}).items():
        msg[key] = value
    msg.set_content(text)
    for filename, ctype, data in attachments or []:
        maintype, subtype = ctype.split("/")
        msg.add_attachment(data, maintype=maintype, subtype=subtype, filename=filename)
    return msg.as_bytes()
