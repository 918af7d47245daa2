"""Start-up: open the database the way every command must, and turn failures into one sentence.

A start-up failure is one line on stderr and exit 1 (ARCHITECTURE "More contracts"): the operator
reads what failed and what to check, not 120 lines of traceback (``--debug`` shows it). The
sentences name the URL (without its password), the address, the folder or the account at fault.
"""

from __future__ import annotations

import errno
import getpass
import logging
import os
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.exc import ArgumentError, DBAPIError, NoSuchModuleError, OperationalError

from bot.config import Settings
from storage.db import make_engine, migrate
from storage.schema import check_schema, shown_url, sqlite_path

log = logging.getLogger("ofbot")


class StartupError(Exception):
    """Start-up cannot go on; the message is the one sentence the operator reads."""


def engine_for(settings: Settings) -> Engine:
    """An engine for the configured URL, or a sentence about the URL."""
    url = settings.database.url
    try:
        return make_engine(url)
    except (ArgumentError, NoSuchModuleError) as exc:
        raise StartupError(f"bad database URL {shown_url(url)}: {exc}; check database.url") from exc


def require_schema(settings: Settings) -> None:
    """Stop unless the database exists and has exactly this code's schema; creates nothing."""
    url = settings.database.url
    engine = engine_for(settings)
    try:
        check = check_schema(engine, url)  # MISSING is found before anything connects
    except OperationalError as exc:
        raise StartupError(unreachable(url, exc)) from exc
    finally:
        engine.dispose()
    if not check.ok:
        raise StartupError(check.sentence())


def create_or_upgrade(settings: Settings) -> None:
    """``init``, ``migrate`` (and ``run`` with ``migrate_on_start``): apply every migration."""
    url = settings.database.url
    engine = engine_for(settings)
    path = sqlite_path(url)
    if path is not None and not path.parent.is_dir():
        raise StartupError(f"cannot create the database {path}: the folder {path.parent} does not exist")
    try:
        migrate(engine)
    except OperationalError as exc:
        raise StartupError(unreachable(url, exc)) from exc
    finally:
        engine.dispose()


def unreachable(url: str, exc: DBAPIError) -> str:
    reason = str(exc.orig).strip().splitlines()[0] if exc.orig is not None else str(exc)
    if sqlite_path(url) is not None:
        return f"cannot open the database {shown_url(url)}: {reason}; check the file and its permissions"
    return (
        f"cannot reach the database at {shown_url(url)}: {reason}; check that the server runs and "
        "that the URL, user and password are right"
    )


def require_outbox_folder(settings: Settings) -> None:
    """Without a relay, mail goes to the maildir: it must exist (``init`` creates it) and be writable."""
    if settings.outbound.relay_host:
        return
    root = Path(settings.outbound.maildir)
    if not root.is_dir():
        raise StartupError(
            f"the outbox maildir {root} does not exist: run `ofbot init` in this directory, "
            "or set outbound.maildir (or outbound.relay_host)"
        )
    for sub in ("", "tmp", "new", "cur"):
        folder = root / sub
        if folder.exists() and not os.access(folder, os.W_OK | os.X_OK):
            raise StartupError(f"the outbox maildir {folder} is not writable by user {_user()}")


def create_outbox_folder(settings: Settings) -> Path | None:
    """``init``: create the outbox maildir when mail goes there."""
    if settings.outbound.relay_host:
        return None
    root = Path(settings.outbound.maildir)
    try:
        for sub in ("tmp", "new", "cur"):
            (root / sub).mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise StartupError(f"cannot create the outbox maildir {root}: {exc.strerror}") from exc
    return root


def _user() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no name for this uid (containers)
        return str(os.getuid())


def describe_failure(exc: BaseException, settings: Settings | None = None) -> str:
    """One sentence for an unexpected exception at start-up (the traceback is for ``--debug``)."""
    if isinstance(exc, StartupError):
        return str(exc)
    if isinstance(exc, OperationalError) and settings is not None:
        return unreachable(settings.database.url, exc)
    if isinstance(exc, OSError):
        where = f"{exc.filename}: " if exc.filename else ""
        if exc.errno == errno.EADDRINUSE:
            return f"{where}address already in use ({exc.strerror})"
        if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
            return f"{where}{exc.strerror} (running as user {_user()})"
        return f"{where}{exc.strerror or exc}"
    text = str(exc).strip().splitlines()[0] if str(exc).strip() else ""
    return f"unexpected failure: {type(exc).__name__}{': ' + text if text else ''}"
