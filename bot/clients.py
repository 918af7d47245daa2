"""The client records (R4): CSV import per the contract, listing, and lookup by address (R5)."""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable
from dataclasses import asdict, dataclass
from decimal import Decimal, InvalidOperation

from sqlalchemy import BindParameter, bindparam, or_, select
from sqlalchemy.orm import Session

from bot.clientview import ClientRecord
from bot.clientview import client_json as client_json
from bot.clock import Clock
from bot.config import TIERS
from bot.versions import parse_version
from storage.models import Client, ClientContact

REQUIRED = (
    "platform",
    "structure",
    "tier",
    "client_email",
    "contact_email",
    "version",
    "responsible_name",
    "responsible_email",
    "resources",
)
OPTIONAL = ("structure_kind", "language", "paid_until", "resource_price")
PLATFORM_RE = re.compile(r"^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$")
EMAIL_RE = re.compile(r"^[^@\s<>,;\"]+@[^@\s<>,;\"]+\.[^@\s<>,;\"]+$")


class ImportError_(Exception):
    """A clients file could not be applied; ``problems`` name each line and field at fault."""

    def __init__(self, problems: list[str]) -> None:
        super().__init__("\n".join(problems))
        self.problems = problems


@dataclass(frozen=True, slots=True)
class ClientRow(ClientRecord):
    """A checked row of the CSV: the record to write, and its line for the messages."""

    line: int = 0

    def values(self) -> dict[str, object]:
        data = asdict(self)
        data.pop("line")
        return data


def parse_clients_csv(text: str, current_year: int) -> tuple[list[ClientRow], list[str]]:
    """Read and check every row; returns the rows and the warnings, or raises with every problem."""
    problems: list[str] = []
    warnings: list[str] = []
    if text.startswith("\ufeff"):
        text = text[1:]
    reader = csv.DictReader(io.StringIO(text, newline=""))
    header = [h.strip() for h in (reader.fieldnames or [])]
    missing = [col for col in REQUIRED if col not in header]
    if missing:
        raise ImportError_([f"line 1: missing column(s): {', '.join(missing)}"])
    unknown = [col for col in header if col not in REQUIRED + OPTIONAL]
    if unknown:
        raise ImportError_([f"line 1: unknown column(s): {', '.join(unknown)}"])
    rows: list[ClientRow] = []
    seen: dict[str, int] = {}
    for record in reader:
        line = reader.line_num
        if None in record:
            problems.append(f"line {line}: more fields than columns")
            continue
        values = {k.strip(): (v or "").strip() for k, v in record.items() if k is not None}
        if not any(values.values()):
            continue
        row = _check_row(values, line, current_year, problems)
        if row is None:
            continue
        if row.platform in seen:
            problems.append(
                f"line {line}: platform {row.platform} already given on line {seen[row.platform]}"
            )
            continue
        seen[row.platform] = line
        if row.client_email == row.contact_email:
            warnings.append(
                f"line {line}: {row.platform}: client_email and contact_email are the same; "
                "two different addresses are recommended"
            )
        rows.append(row)
    if problems:
        raise ImportError_(problems)
    return rows, warnings


def _check_row(values: dict[str, str], line: int, current_year: int, problems: list[str]) -> ClientRow | None:
    before = len(problems)

    def bad(field: str, why: str) -> None:
        problems.append(f"line {line}: field {field}: {why}")

    platform = values.get("platform", "")
    if not PLATFORM_RE.match(platform):
        bad("platform", f"{platform!r} is not a platform name (lower-case letters, digits, '-')")
    if not values.get("structure"):
        bad("structure", "empty")
    tier = values.get("tier", "")
    if tier not in TIERS:
        bad("tier", f"{tier!r} is not one of {', '.join(TIERS)}")
    emails: dict[str, str] = {}
    for key in ("client_email", "contact_email", "responsible_email"):
        address = values.get(key, "").lower()
        if not EMAIL_RE.match(address):
            bad(key, f"{values.get(key, '')!r} is not an e-mail address")
        emails[key] = address
    version = values.get("version", "").lower()
    parsed_version = parse_version(version)
    if parsed_version is None or parsed_version.number is None:  # a record names a numbered version
        bad("version", f"{values.get('version', '')!r} is not a version such as 3.6 or 4.0alpha")
    if not values.get("responsible_name"):
        bad("responsible_name", "empty")
    resources = _int(values.get("resources", ""))
    if resources is None or resources < 0:
        bad("resources", f"{values.get('resources', '')!r} is not a whole number >= 0")
    kind = values.get("structure_kind") or "club"
    if kind not in ("club", "company"):
        bad("structure_kind", f"{kind!r} is not club or company")
    language = (values.get("language") or "fr").lower()
    if language not in ("fr", "en"):
        bad("language", f"{language!r} is not fr or en")
    paid_text = values.get("paid_until") or str(current_year)
    paid_until = _int(paid_text)
    if paid_until is None or not 1990 <= paid_until <= 2200:
        bad("paid_until", f"{paid_text!r} is not a year")
    price_text = values.get("resource_price") or ""
    price: Decimal | None = None
    if price_text:
        try:
            price = Decimal(price_text.replace(",", "."))
        except InvalidOperation:
            price = Decimal(-1)
        if not price.is_finite() or price < 0:
            bad("resource_price", f"{price_text!r} is not an amount such as 95 or 95.50")
    if len(problems) > before:
        return None
    assert resources is not None and paid_until is not None
    return ClientRow(
        platform=platform,
        structure=values["structure"],
        tier=tier,
        client_email=emails["client_email"],
        contact_email=emails["contact_email"],
        version=version,
        responsible_name=values["responsible_name"],
        responsible_email=emails["responsible_email"],
        resources=resources,
        structure_kind=kind,
        language=language,
        paid_until=paid_until,
        line=line,
        resource_price=price,
    )


def _int(text: str) -> int | None:
    try:
        return int(text)
    except ValueError:
        return None


def import_clients(session: Session, rows: Iterable[ClientRow], clock: Clock) -> tuple[int, int, int]:
    """Create or update by platform (idempotent); returns (created, updated, unchanged)."""
    created = updated = unchanged = 0
    now = clock.now()
    for row in rows:
        client = session.scalar(select(Client).where(Client.platform == row.platform))
        values = row.values()
        if client is None:
            session.add(Client(**values, created_at=now, updated_at=now))
            created += 1
            continue
        changed = False
        for key, value in values.items():
            if getattr(client, key) != value:
                setattr(client, key, value)
                changed = True
        if changed:
            client.updated_at = now
            updated += 1
        else:
            unchanged += 1
    return created, updated, unchanged


def find_by_address(session: Session, address: str, hint: str | None = None) -> Client | None:
    """The client whose record holds this address (client, contact or responsible e-mail, R5).

    When an address is on several records (a treasurer of two clubs), the platform the message
    names picks among *those* records only; without it nobody is trusted and staff decide.
    """
    found = clients_by_address(session, address)
    if len(found) > 1 and hint:
        found = [c for c in found if c.platform == hint]
    return found[0] if len(found) == 1 else None


# Built once: building this select on every message cost four times its execution (SQLAlchemy
# statements are immutable; each call binds its own ``address``).
_ADDRESS: BindParameter[str] = bindparam("address")
_BY_ADDRESS = (
    select(Client)
    .where(
        or_(
            Client.client_email == _ADDRESS,
            Client.contact_email == _ADDRESS,
            Client.responsible_email == _ADDRESS,
            # a sender staff linked to the client (``link``)
            Client.id.in_(select(ClientContact.client_id).where(ClientContact.address == _ADDRESS)),
        )
    )
    .order_by(Client.id)
)


def clients_by_address(session: Session, address: str) -> list[Client]:
    address = address.strip().lower()
    if not address:
        return []
    return list(session.scalars(_BY_ADDRESS, {"address": address}))


def platform_names(session: Session) -> list[str]:
    return list(session.scalars(select(Client.platform)))


def find_platform(session: Session, platform: str) -> Client | None:
    return session.scalar(select(Client).where(Client.platform == platform.strip().lower()))
