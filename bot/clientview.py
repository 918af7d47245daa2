"""A client's record as the staff read it, and its JSON (``clients list --json``, ``client``).

Without SQLAlchemy: the JSON is built from the stored :class:`storage.models.Client` or from a
:class:`ClientRecord` read by :mod:`bot.staff.listing`; a CSV row to import is a record too
(:class:`bot.clients.ClientRow`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, fields
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from storage.lightdb import decimal_or_none

if TYPE_CHECKING:
    from storage.models import Client


@dataclass(frozen=True, slots=True)
class ClientRecord:
    """A client's record as the staff read it (the columns of :func:`client_json`)."""

    platform: str
    structure: str
    tier: str
    client_email: str
    contact_email: str
    version: str
    responsible_name: str
    responsible_email: str
    resources: int
    structure_kind: str
    language: str
    paid_until: int
    resource_price: Decimal | None = None  # R22: an old tariff, per resource and year


# The columns of a ClientRecord, then the id (the last column); a WHERE or ORDER BY may follow.
COLUMNS = tuple(f.name for f in fields(ClientRecord))
CLIENTS = f"SELECT {', '.join(COLUMNS)}, id FROM clients"


def client_record(row: Sequence[Any]) -> ClientRecord:
    """A row of :data:`CLIENTS` (either database's raw values) as a :class:`ClientRecord`."""
    values = dict(zip(COLUMNS, row, strict=False))
    values["resources"] = int(values["resources"])
    values["paid_until"] = int(values["paid_until"])
    values["resource_price"] = decimal_or_none(values["resource_price"], 2)
    return ClientRecord(**values)


def client_json(client: Client | ClientRecord) -> dict[str, object]:
    data: dict[str, object] = {
        "platform": client.platform,
        "structure": client.structure,
        "tier": client.tier,
        "client_email": client.client_email,
        "contact_email": client.contact_email,
        "version": client.version,
        "responsible_name": client.responsible_name,
        "responsible_email": client.responsible_email,
        "resources": client.resources,
        "structure_kind": client.structure_kind,
        "language": client.language,
        "paid_until": client.paid_until,
    }
    if client.resource_price is not None:  # only for a client on an old tariff (R22)
        data["resource_price"] = float(client.resource_price)
    return data
