"""Plain DB-API reads, without SQLAlchemy, for the staff listings.

Why: on the two-core machines the desk runs on, ``import sqlalchemy`` and the declarative models
take 400-650 ms before a query runs, so ``ofbot staff find`` or ``clients list`` took 0.8-1.1 s
for a few lines (issue 12 wants every command under 300 ms). The listings are a handful of
set-based SELECTs over four tables: they are written here as SQL text and run on whatever DB-API
connection is at hand, the standard library's ``sqlite3`` opened by the command line, or the
connection SQLAlchemy's pool lends the running service (:meth:`LightConnection.of`), so the
chat and the shell read through one implementation. SQLAlchemy stays the owner of the schema,
the migrations and every write.

Only the URLs this module understands take the light way (``sqlite:///FILE`` on an existing
file; ``postgresql://``, ``postgres://`` and ``postgresql+psycopg://``); any other URL, or a
database whose schema is not the current one, goes the SQLAlchemy way, which says what is wrong.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from functools import cache
from pathlib import Path
from typing import Any
from urllib.parse import unquote

from storage.schemastate import SchemaState, classify

SQLITE, POSTGRESQL = "sqlite", "postgresql"


@dataclass(frozen=True)
class LightTarget:
    """Where a light connection goes: a SQLite file or a libpq connection URI."""

    backend: str
    sqlite_path: Path | None = None
    conninfo: str | None = None


def light_target(url: str) -> LightTarget | None:
    """The target of a database URL this module can open, else None (the SQLAlchemy way)."""
    scheme, sep, rest = url.partition("://")
    if not sep:
        return None
    if scheme == "sqlite":
        # sqlite:///relative.db, sqlite:////absolute.db; a query string or :memory: is left to SQLAlchemy
        if not rest.startswith("/") or "?" in rest or rest in ("/", "/:memory:"):
            return None
        path = Path(unquote(rest[1:]))
        return LightTarget(SQLITE, sqlite_path=path) if path.is_file() else None
    if scheme in ("postgresql", "postgres", "postgresql+psycopg"):
        return LightTarget(POSTGRESQL, conninfo=f"postgresql://{rest}")
    return None


@cache
def _pyformat(sql: str) -> str:
    """``:name`` parameters as psycopg's ``%(name)s`` (a literal ``%`` doubled, ``::`` casts kept)."""
    return re.sub(r"(?<![:\w]):(\w+)", r"%(\1)s", sql.replace("%", "%%"))


class LightConnection:
    """A DB-API connection with the one call the listings need: rows of a SELECT."""

    def __init__(self, dbapi: Any, backend: str, owned: bool = False) -> None:
        self.dbapi = dbapi
        self.backend = backend
        self.owned = owned  # opened here (closed here) or lent by SQLAlchemy's pool

    @classmethod
    def open(cls, target: LightTarget) -> LightConnection:
        if target.backend == SQLITE:
            import sqlite3

            assert target.sqlite_path is not None
            # mode=rw: never creates a file (a vanished database is an error, not an empty one)
            uri = f"file:{target.sqlite_path.resolve().as_posix()}?mode=rw"
            connection = sqlite3.connect(uri, uri=True, timeout=30, isolation_level=None)
            return cls(connection, SQLITE, owned=True)
        import psycopg

        assert target.conninfo is not None
        return cls(psycopg.connect(target.conninfo, autocommit=True), POSTGRESQL, owned=True)

    @classmethod
    def of(cls, connection: Any) -> LightConnection:
        """The DB-API connection under a SQLAlchemy ``Connection`` (same transaction)."""
        backend = SQLITE if connection.dialect.name == SQLITE else POSTGRESQL
        return cls(connection.connection.driver_connection, backend)

    def rows(self, sql: str, params: Mapping[str, object] | None = None) -> list[tuple[Any, ...]]:
        cursor = self.dbapi.cursor()
        try:
            cursor.execute(_pyformat(sql) if self.backend == POSTGRESQL else sql, params or {})
            return list(cursor.fetchall())
        finally:
            cursor.close()

    def close(self) -> None:
        if self.owned:
            self.dbapi.close()

    def __enter__(self) -> LightConnection:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()


def schema_state(connection: LightConnection) -> SchemaState:
    """What :func:`storage.schema.check_schema` says, read with two plain queries."""
    if connection.backend == SQLITE:
        found = connection.rows(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'alembic_version'"
        )
    else:
        found = connection.rows("SELECT 1 WHERE to_regclass('alembic_version') IS NOT NULL")
    if not found:
        return SchemaState.EMPTY
    return classify({str(v) for (v,) in connection.rows("SELECT version_num FROM alembic_version")})


def utc(value: Any) -> dt.datetime:
    """A stored timestamp as an aware UTC datetime: SQLite keeps SQLAlchemy's text
    (``2026-01-28 09:25:00.000000``, no zone), PostgreSQL gives an aware datetime."""
    if isinstance(value, str):
        value = dt.datetime.fromisoformat(value)
    assert isinstance(value, dt.datetime)
    return value.replace(tzinfo=dt.UTC) if value.tzinfo is None else value.astimezone(dt.UTC)


def utc_or_none(value: Any) -> dt.datetime | None:
    return None if value is None else utc(value)


def decimal(value: Any, scale: int) -> Decimal:
    """A stored ``Numeric(p, scale)`` as SQLAlchemy returns it: SQLite keeps a float, or an
    integer when the value is whole (NUMERIC affinity), formatted at the column's scale (so
    ``1.5`` reads ``Decimal('1.50')`` and ``2`` reads ``Decimal('2.00')``)."""
    if isinstance(value, Decimal):
        return value
    if isinstance(value, float | int):
        return Decimal(f"{value:.{scale}f}")
    return Decimal(value)


def decimal_or_none(value: Any, scale: int) -> Decimal | None:
    return None if value is None else decimal(value, scale)


def in_list(values: Sequence[str]) -> str:
    """A SQL ``IN`` list of constant words (states, kinds): never for a user's text."""
    assert all(re.fullmatch(r"\w+", v) for v in values), values
    return "(" + ", ".join(f"'{v}'" for v in values) + ")"
