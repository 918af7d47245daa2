"""Is the database there, and is its schema the one this code expects?

Only ``ofbot init`` and ``ofbot migrate`` create a database or change its schema (and ``ofbot run``
when ``[database] migrate_on_start`` is set). Every other command checks first and stops with one
sentence naming the URL and what to run: a command typed in the wrong directory must not quietly
create an empty SQLite file, and an upgraded program must not quietly rewrite a production schema.
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import Engine, inspect, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError

from storage.db import normalise_url
from storage.schemastate import SchemaCheck, SchemaState, classify

__all__ = ["SchemaCheck", "SchemaState", "check_schema", "shown_url", "sqlite_missing", "sqlite_path"]


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
    with engine.connect() as connection:
        if not inspect(connection).has_table("alembic_version"):
            return SchemaCheck(SchemaState.EMPTY, shown)
        current = {
            str(v) for v in connection.execute(text("SELECT version_num FROM alembic_version")).scalars()
        }
    return SchemaCheck(classify(current), shown)
