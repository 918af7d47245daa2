"""Is the database there, and is its schema the one this code expects?

Only ``ofbot init`` and ``ofbot migrate`` create a database or change its schema (and ``ofbot run``
when ``[database] migrate_on_start`` is set). Every other command checks first and stops with one
sentence naming the URL and what to run: a command typed in the wrong directory must not quietly
create an empty SQLite file, and an upgraded program must not quietly rewrite a production schema.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine, inspect, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError

from storage.db import normalise_url
from storage.revisions import shipped_revisions


class SchemaState(enum.Enum):
    MISSING = "missing"  # no SQLite file
    EMPTY = "empty"  # reachable, no tables of ours
    OLDER = "older"  # migrations to apply
    CURRENT = "current"
    NEWER = "newer"  # revisions this code does not know: the program is older than the data


@dataclass(frozen=True)
class SchemaCheck:
    state: SchemaState
    url: str  # the URL as shown to a person (no password)

    @property
    def ok(self) -> bool:
        return self.state is SchemaState.CURRENT

    def sentence(self) -> str:
        """What is wrong and what to run, in one sentence."""
        if self.state is SchemaState.MISSING:
            return (
                f"no database at {self.url}: run `ofbot init` to create it, or point --config, "
                "OFBOT_CONFIG or --db at the existing one"
            )
        if self.state is SchemaState.EMPTY:
            return f"the database at {self.url} has no ofbot tables: run `ofbot init` to create them"
        if self.state is SchemaState.OLDER:
            return f"the database at {self.url} has an older schema: run `ofbot migrate` to upgrade it"
        if self.state is SchemaState.NEWER:
            return (
                f"the database at {self.url} has a newer schema than this version of ofbot: "
                "upgrade ofbot before using it"
            )
        return f"the database at {self.url} is ready"


def shown_url(url: str) -> str:
    try:
        return make_url(normalise_url(url)).render_as_string(hide_password=True)
    except ArgumentError:
        return url


def sqlite_path(url: str) -> Path | None:
    """The file of a SQLite URL (None for other back-ends and for ``:memory:``)."""
    parsed = make_url(normalise_url(url))
    if parsed.get_backend_name() != "sqlite":
        return None
    if not parsed.database or parsed.database == ":memory:":
        return None
    return Path(parsed.database)


def sqlite_missing(url: str) -> bool:
    path = sqlite_path(url)
    return path is not None and not path.exists()


def check_schema(engine: Engine, url: str) -> SchemaCheck:
    """Compare the revisions stored in the database with the migrations shipped with the code.

    The caller must not have created a SQLite file by connecting: see :func:`sqlite_missing`.
    The shipped revisions are read without Alembic (:mod:`storage.revisions`), and the stored
    ones straight from Alembic's ``alembic_version`` table: this runs before every command.
    """
    shown = shown_url(url)
    if sqlite_missing(url):
        return SchemaCheck(SchemaState.MISSING, shown)
    shipped = shipped_revisions()
    known, expected = shipped.known, shipped.heads
    with engine.connect() as connection:
        if not inspect(connection).has_table("alembic_version"):
            return SchemaCheck(SchemaState.EMPTY, shown)
        current = {
            str(v) for v in connection.execute(text("SELECT version_num FROM alembic_version")).scalars()
        }
    if not current:
        return SchemaCheck(SchemaState.EMPTY, shown)
    if current - known:
        return SchemaCheck(SchemaState.NEWER, shown)
    if current != expected:
        return SchemaCheck(SchemaState.OLDER, shown)
    return SchemaCheck(SchemaState.CURRENT, shown)
