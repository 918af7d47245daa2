"""A client's record as the staff read it, and its JSON (``clients list --json``, ``client``).

Without SQLAlchemy: the JSON is built from anything with the record's attributes, the stored
:class:`storage.models.Client` or a :class:`ClientRow` read by :mod:`bot.staff.listing`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any, Protocol

from storage.lightdb import decimal_or_none


class ClientFields(Protocol):
    """What a client's JSON shows: a stored record or a :class:`ClientRow`."""

    @property
    def platform(self) -> str: ...
    @property
    def structure(self) -> str: ...
    @property
    def tier(self) -> str: ...
    @property
    def client_email(self) -> str: ...
    @property
    def contact_email(self) -> str: ...
    @property
    def version(self) -> str: ...
    @property
    def responsible_name(self) -> str: ...
    @property
    def responsible_email(self) -> str: ...
    @property
    def resources(self) -> int: ...
    @property
    def structure_kind(self) -> str: ...
    @property
    def language(self) -> str: ...
    @property
    def paid_until(self) -> int: ...
    @property
    def resource_price(self) -> Decimal | None: ...


@dataclass(frozen=True, slots=True)
class ClientRow:
    """A client's record as listed (the columns of :func:`client_json`)."""

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
    resource_price: Decimal | None


# The columns of a ClientRow, then the id (the last column); a WHERE or ORDER BY may follow.
CLIENTS = (
    "SELECT platform, structure, tier, client_email, contact_email, version, responsible_name,"
    " responsible_email, resources, structure_kind, language, paid_until, resource_price, id"
    " FROM clients"
)


def client_row(row: Sequence[Any]) -> ClientRow:
    """A row of :data:`CLIENTS` (either database's raw values) as a :class:`ClientRow`."""
    (
        platform,
        structure,
        tier,
        client_email,
        contact_email,
        version,
        responsible_name,
        responsible_email,
        resources,
        structure_kind,
        language,
        paid_until,
        resource_price,
        _id,
    ) = row
    return ClientRow(
        platform,
        structure,
        tier,
        client_email,
        contact_email,
        version,
        responsible_name,
        responsible_email,
        int(resources),
        structure_kind,
        language,
        int(paid_until),
        decimal_or_none(resource_price, 2),
    )


def client_json(client: ClientFields) -> dict[str, object]:
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
