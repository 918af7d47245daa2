"""``ofbot backup FILE``: a consistent copy of the SQLite database while the service runs.

Copying ``ofbot.db`` with ``cp`` misses what is still in its WAL file and can catch a page in the
middle of a write; SQLite's online backup API copies a consistent snapshot, WAL included, while
writers go on. PostgreSQL has its own tools (``pg_dump``), which the README gives.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from bot.config import Settings
from bot.startup import StartupError, require_schema
from storage.schema import shown_url, sqlite_path


def backup_database(settings: Settings, target: str) -> str:
    """Copy the database to ``target`` (a new file); return the sentence to print."""
    url = settings.database.url
    source = sqlite_path(url)
    if source is None:
        raise StartupError(
            f"ofbot backup copies SQLite databases; for {shown_url(url)} use "
            "`pg_dump --format=custom --file=FILE DBNAME` (see the README)"
        )
    require_schema(settings)
    dest = Path(target)
    if dest.exists():
        raise StartupError(f"{dest} already exists: choose a new file name")
    if not dest.parent.is_dir():
        raise StartupError(f"{dest}: the folder {dest.parent} does not exist")
    src = sqlite3.connect(f"file:{source}?mode=ro", uri=True, timeout=30)
    try:
        out = sqlite3.connect(dest)
        try:
            src.backup(out, pages=1024)  # in steps: writers are not held for the whole copy
            out.execute("PRAGMA journal_mode=DELETE")  # one self-contained file, no -wal beside it
            check = out.execute("PRAGMA integrity_check").fetchone()
        finally:
            out.close()
    finally:
        src.close()
    if not check or check[0] != "ok":
        raise StartupError(f"{dest}: the copy failed its integrity check ({check})")
    return f"backup of {source} written to {dest} ({dest.stat().st_size} bytes)"
