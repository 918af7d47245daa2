"""Shared fixtures: an App on a fresh database (SQLite and PostgreSQL), a fixed clock, clients.

Every test that takes ``app`` runs on both back-ends: SQLite in a temporary folder, and
PostgreSQL in a schema of its own on the local server (skipped locally when absent, mandatory
in CI through ``OFBOT_REQUIRE_SERVICES=1``).
"""

from __future__ import annotations

import datetime as dt
import logging
import uuid
from collections.abc import Iterator
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import create_engine, text

from bot.app import App, build_app
from bot.clients import import_clients, parse_clients_csv
from bot.clock import FixedClock
from bot.config import Settings, load_settings
from tests.support.services import PG_URL, unavailable


@pytest.fixture(autouse=True)
def _no_log_handler_left_behind() -> Iterator[None]:
    """A test that runs ``ofbot`` in-process installs the ``ofbot`` log handler on the stderr
    pytest captured for it; left there, a later test's threads log to that closed stream
    ("--- Logging error --- I/O operation on closed file"). Each test takes its own away."""
    yield
    root = logging.getLogger()
    for handler in list(root.handlers):
        if handler.get_name() == "ofbot":
            root.removeHandler(handler)


CLIENTS_CSV = """\
platform,structure,tier,client_email,contact_email,version,responsible_name,responsible_email,resources
mermoz,Aéro-club Jean Mermoz,business,club@mermoz.example,tresorier@mermoz.example,3.6,Claire Dupont,president@mermoz.example,6
mermoz-ulm,ULM Club Mermoz,first_price,ulm@mermoz-ulm.example,bureau@mermoz-ulm.example,3.5,Paul Martin,paul@mermoz-ulm.example,2
saint-ex,Aéroclub Saint-Exupéry,premiere,contact@saint-ex.example,secretariat@saint-ex.example,4,Anne Leroy,chef@saint-ex.example,12
skyschool,Sky School Ltd,corporate,office@skyschool.example,ops@skyschool.example,4.0alpha,John Smith,john@skyschool.example,25
"""

NOW = dt.datetime(2026, 11, 24, 9, 0, tzinfo=dt.UTC)


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'ofbot.db'}"
        return
    schema = f"t_{uuid.uuid4().hex[:12]}"
    admin = create_engine(PG_URL)
    try:
        with admin.begin() as conn:
            conn.execute(text(f'CREATE SCHEMA "{schema}"'))
    except Exception as exc:  # no server here
        admin.dispose()
        unavailable(f"PostgreSQL at {PG_URL} not reachable: {type(exc).__name__}")
    sep = "&" if "?" in PG_URL else "?"
    try:
        yield f"{PG_URL}{sep}options=-csearch_path%3D{schema}"
    finally:
        with admin.begin() as conn:
            conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(instant=NOW, tz=ZoneInfo("Europe/Paris"))


@pytest.fixture
def settings(db_url: str, tmp_path: Path) -> Settings:
    env = {
        "OFBOT_DATABASE_URL": db_url,
        "OFBOT_OUTBOUND_MAILDIR": str(tmp_path / "outbox"),
        "OFBOT_MAIL_ADDRESS": "support@localhost",
    }
    config = tmp_path / "ofbot.toml"
    config.write_text("", encoding="utf-8")  # never the developer's own ./ofbot.toml
    return load_settings(path=config, env=env)


@pytest.fixture
def app(settings: Settings, clock: FixedClock) -> Iterator[App]:
    application = build_app(settings, clock=clock)
    try:
        yield application
    finally:
        application.close()


@pytest.fixture
def clients(app: App) -> App:
    """The app with the four test clients imported."""
    rows, _ = parse_clients_csv(CLIENTS_CSV, app.clock.year())
    with app.sessions() as session, session.begin():
        import_clients(session, rows, app.clock)
    return app


@pytest.fixture
def workdir(tmp_path: Path, db_url: str) -> Path:
    """A folder whose ofbot.toml points at an initialised database holding the test clients."""
    from tests.core.test_cli import ofbot  # the helper lives with the command-line tests

    (tmp_path / "ofbot.toml").write_text(f'[database]\nurl = "{db_url}"\n', encoding="utf-8")
    (tmp_path / "clients.csv").write_text(CLIENTS_CSV, encoding="utf-8")
    assert ofbot(tmp_path, "init").returncode == 0
    result = ofbot(tmp_path, "clients", "import", "clients.csv")
    assert result.returncode == 0, result.stderr
    return tmp_path
