"""An operator's first days: one configuration found the same way, no implicit database, clear
failures (one line, exit 1, the traceback only with --debug), junk refused by ingest, backups."""

from __future__ import annotations

import json
import socket
import sqlite3
from pathlib import Path

import pytest

from bot.configsource import find_config
from tests.conftest import CLIENTS_CSV
from tests.core.test_cli import SUPPORT, ofbot
from tests.support.mail import make_mail
from tests.support.services import free_port


def one_line_failure(result: object) -> str:
    """The contract for a start-up failure: exit 1, one line on stderr, no traceback."""
    assert result.returncode == 1, (result.stdout, result.stderr)  # type: ignore[attr-defined]
    stderr: str = result.stderr  # type: ignore[attr-defined]
    assert "Traceback" not in stderr, stderr
    lines = [line for line in stderr.splitlines() if line.startswith("ofbot:")]
    assert len(lines) == 1, stderr
    return lines[0]


@pytest.fixture
def site(tmp_path: Path) -> Path:
    """A service's directory with its configuration and an initialised SQLite database."""
    srv = tmp_path / "srv"
    srv.mkdir()
    (srv / "ofbot.toml").write_text(
        f'[database]\nurl = "sqlite:///{srv / "ofbot.db"}"\n[outbound]\nmaildir = "{srv / "outbox"}"\n',
        encoding="utf-8",
    )
    (srv / "clients.csv").write_text(CLIENTS_CSV, encoding="utf-8")
    assert ofbot(srv, "init").returncode == 0
    assert ofbot(srv, "clients", "import", "clients.csv").returncode == 0
    return srv


# -- one configuration ------------------------------------------------------------------------


def test_lookup_order(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    system = tmp_path / "etc.toml"
    assert find_config(None, {}, system).found_by == "defaults"
    system.write_text("", encoding="utf-8")
    assert find_config(None, {}, system).path == system
    (tmp_path / "ofbot.toml").write_text("", encoding="utf-8")
    assert find_config(None, {}, system).found_by == "./ofbot.toml"
    assert find_config(None, {"OFBOT_CONFIG": "/x.toml"}, system).path == Path("/x.toml")
    assert find_config("/y.toml", {"OFBOT_CONFIG": "/x.toml"}, system).found_by == "--config"


def test_a_command_from_elsewhere_reads_the_same_configuration(site: Path, tmp_path: Path) -> None:
    elsewhere = tmp_path / "home"
    elsewhere.mkdir()
    result = ofbot(elsewhere, "clients", "list", "--json", env={"OFBOT_CONFIG": str(site / "ofbot.toml")})
    assert result.returncode == 0, result.stderr
    assert len(json.loads(result.stdout)) == 4
    assert not (elsewhere / "ofbot.db").exists()


def test_config_show_says_where_each_value_came_from_and_masks_secrets(site: Path) -> None:
    env = {"OFBOT_SMTP_PORT": "2626", "OFBOT_OUTBOUND_RELAY_PASSWORD": "hunter2-secret"}
    result = ofbot(site, "config", "show", "--json", env=env)
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["config_file"] == "ofbot.toml" and data["found_by"] == "./ofbot.toml"
    values = data["settings"]
    assert values["smtp.port"] == {"value": 2626, "source": "environment OFBOT_SMTP_PORT"}
    assert values["database.url"]["source"] == "file ofbot.toml"
    assert values["smtp.host"] == {"value": "127.0.0.1", "source": "default"}
    assert values["outbound.relay_password"]["value"] == "********"
    assert values["service.worker_name"]["value"]
    assert "hunter2" not in result.stdout
    text = ofbot(site, "config", "show", env=env)
    assert text.returncode == 0 and "hunter2" not in text.stdout
    assert "smtp.port" in text.stdout and "environment OFBOT_SMTP_PORT" in text.stdout


# -- no implicit database ---------------------------------------------------------------------


def test_no_database_is_created_by_a_command_run_in_the_wrong_place(tmp_path: Path) -> None:
    line = one_line_failure(ofbot(tmp_path, "staff", "queue"))
    assert "no database at sqlite:///ofbot.db" in line and "ofbot init" in line
    assert not (tmp_path / "ofbot.db").exists()
    line = one_line_failure(ofbot(tmp_path, "clients", "list", "--db", f"sqlite:///{tmp_path}/a/b/x.db"))
    assert "no database" in line
    assert not (tmp_path / "a").exists()  # folders are not created either


def test_an_empty_database_is_refused(tmp_path: Path) -> None:
    sqlite3.connect(tmp_path / "ofbot.db").close()
    line = one_line_failure(ofbot(tmp_path, "outbox"))
    assert "no ofbot tables" in line and "ofbot init" in line


def test_an_older_schema_asks_for_migrate_and_migrate_upgrades(site: Path) -> None:
    with sqlite3.connect(site / "ofbot.db") as db:
        db.execute("DROP TABLE service_heartbeats")  # as the schema was before 0002_ops
        db.execute("DROP INDEX ix_requests_service_order")  # and before 0004
        db.execute("DELETE FROM alembic_version")
        older_heads = ["0002_desk", "0002_domain", "0002_model", "0002_reliability"]
        db.executemany("INSERT INTO alembic_version VALUES (?)", [(head,) for head in older_heads])
    line = one_line_failure(ofbot(site, "staff", "queue"))
    assert "older schema" in line and "ofbot migrate" in line
    migrated = ofbot(site, "migrate")
    assert migrated.returncode == 0, migrated.stderr
    assert ofbot(site, "staff", "queue").returncode == 0
    assert "already up to date" in ofbot(site, "migrate").stderr


def test_a_newer_schema_is_refused(site: Path) -> None:
    with sqlite3.connect(site / "ofbot.db") as db:
        db.execute("UPDATE alembic_version SET version_num = '9999_future'")  # whatever the head
    assert "newer schema" in one_line_failure(ofbot(site, "clients", "list"))
    assert "newer schema" in one_line_failure(ofbot(site, "migrate"))


def test_run_without_init_stops_unless_migrate_on_start(tmp_path: Path) -> None:
    env = {"OFBOT_SMTP_PORT": str(free_port())}
    assert "ofbot init" in one_line_failure(ofbot(tmp_path, "run", "--once", env=env))
    assert not (tmp_path / "ofbot.db").exists()
    (tmp_path / "var" / "outbox").mkdir(parents=True)
    env["OFBOT_DATABASE_MIGRATE_ON_START"] = "true"
    result = ofbot(tmp_path, "run", "--once", env=env)
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "ofbot.db").exists()


# -- clear failures ---------------------------------------------------------------------------


def test_database_unreachable_is_one_sentence_and_debug_shows_the_traceback(tmp_path: Path) -> None:
    url = f"postgresql://ofbot:pw-secret@127.0.0.1:{free_port()}/ofbot"
    line = one_line_failure(ofbot(tmp_path, "staff", "queue", "--db", url))
    assert "cannot reach the database at postgresql+psycopg://ofbot:***@127.0.0.1" in line
    assert "pw-secret" not in line
    debug = ofbot(tmp_path, "staff", "queue", "--db", url, "--debug")
    assert debug.returncode == 1 and "Traceback" in debug.stderr


def test_bad_database_url(tmp_path: Path) -> None:
    line = one_line_failure(ofbot(tmp_path, "clients", "list", "--db", "nonsense://x"))
    assert "bad database URL nonsense://x" in line


def test_port_in_use(site: Path) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        line = one_line_failure(ofbot(site, "run", env={"OFBOT_SMTP_PORT": str(port)}))
    assert f"cannot listen on 127.0.0.1:{port}" in line and "already in use" in line


def test_missing_outbox_folder(site: Path) -> None:
    result = ofbot(site, "run", "--once", env={"OFBOT_OUTBOUND_MAILDIR": str(site / "nowhere")})
    line = one_line_failure(result)
    assert "outbox maildir" in line and "nowhere" in line and "does not exist" in line
    assert not (site / "nowhere").exists()


def test_public_listener_without_tls_is_refused(site: Path) -> None:
    line = one_line_failure(ofbot(site, "run", env={"OFBOT_SMTP_HOST": "0.0.0.0"}))
    assert "smtp.host" in line and "tls_cert" in line and "allow_plaintext" in line


# -- ingest refuses junk ----------------------------------------------------------------------


def test_ingest_refuses_files_that_are_not_mail_and_goes_on(site: Path) -> None:
    (site / "empty.eml").write_bytes(b"")
    (site / "binary.eml").write_bytes(b"\x7fELF\x02\x01\x01\x00\x00\x00From: x\n\n")
    (site / "nul.eml").write_bytes(b"From: a@b.example\nSubject: x\x00y\n\nbody")
    (site / "folder").mkdir()
    (site / "folder" / "a.txt").write_text("hello", encoding="utf-8")
    (site / "good.eml").write_bytes(make_mail(SUPPORT, message_id="<good@mermoz.example>"))
    result = ofbot(
        site, "ingest", "--json", "clients.csv", "empty.eml", "binary.eml", "nul.eml", "folder", "good.eml"
    )
    assert result.returncode == 1
    data = json.loads(result.stdout)
    assert len(data) == 1 and data[0]["message_id"] == "<good@mermoz.example>"
    for name in ("clients.csv", "empty.eml", "binary.eml", "nul.eml", "folder"):
        assert f"{name}: not stored" in result.stderr, result.stderr
    assert "not a maildir" in result.stderr and "empty file" in result.stderr
    queue = json.loads(ofbot(site, "staff", "queue", "--json").stdout)
    assert len(queue) == 1


# -- backup -----------------------------------------------------------------------------------


def test_backup_copies_a_live_sqlite_database(site: Path) -> None:
    (site / "m.eml").write_bytes(make_mail(SUPPORT, message_id="<b1@mermoz.example>"))
    assert ofbot(site, "ingest", "m.eml").returncode == 0
    result = ofbot(site, "backup", "copy.db")
    assert result.returncode == 0, result.stderr
    with sqlite3.connect(site / "copy.db") as db:
        assert db.execute("SELECT count(*) FROM messages").fetchone() == (1,)
        assert db.execute("SELECT count(*) FROM clients").fetchone() == (4,)
    assert "already exists" in one_line_failure(ofbot(site, "backup", "copy.db"))
    restored = ofbot(site, "staff", "queue", "--json", "--db", f"sqlite:///{site / 'copy.db'}")
    assert restored.returncode == 0 and len(json.loads(restored.stdout)) == 1


def test_backup_of_postgresql_points_to_pg_dump(tmp_path: Path) -> None:
    from tests.support.services import PG_URL

    result = ofbot(tmp_path, "backup", "x.dump", "--db", PG_URL)
    assert "pg_dump" in one_line_failure(result)


# -- logs -------------------------------------------------------------------------------------


def test_json_logs_are_one_object_per_line(site: Path) -> None:
    env = {
        "OFBOT_LOGGING_FORMAT": "json",
        "OFBOT_IMAP_HOST": "127.0.0.1",
        "OFBOT_IMAP_PORT": str(free_port()),  # nothing listens: an error line is logged
        "OFBOT_IMAP_SSL": "false",
        "OFBOT_IMAP_USER": "support",
        "OFBOT_IMAP_PASSWORD": "pw",
    }
    result = ofbot(site, "run", "--once", env=env)
    records = [json.loads(line) for line in result.stderr.splitlines() if line.startswith("{")]
    assert any(r["level"] == "error" and "mailbox not polled" in r["msg"] for r in records), result.stderr
    assert all({"ts", "level", "logger", "msg"} <= set(r) for r in records)
    assert all(line.startswith("{") for line in result.stderr.splitlines() if line.strip())


# -- mail that failed for good ----------------------------------------------------------------


class Refusing:
    async def handle_RCPT(
        self, server: object, session: object, envelope: object, address: str, options: object
    ) -> str:
        return "550 5.1.1 no such user"


class Accepting:
    def __init__(self) -> None:
        self.count = 0

    async def handle_DATA(self, server: object, session: object, envelope: object) -> str:
        self.count += 1
        return "250 OK"


def test_failed_mail_is_shown_retried_and_the_command_says_so(site: Path) -> None:
    from aiosmtpd.controller import Controller

    refusing_port, accepting_port = free_port(), free_port()
    accepting = Accepting()
    refuser = Controller(Refusing(), hostname="127.0.0.1", port=refusing_port)
    acceptor = Controller(accepting, hostname="127.0.0.1", port=accepting_port)
    refuser.start()
    acceptor.start()
    try:
        bad = {"OFBOT_OUTBOUND_RELAY_HOST": "127.0.0.1", "OFBOT_OUTBOUND_RELAY_PORT": str(refusing_port)}
        (site / "m.eml").write_bytes(make_mail(SUPPORT, message_id="<f1@mermoz.example>"))
        ingested = ofbot(site, "ingest", "--json", "m.eml", env=bad)
        assert ingested.returncode == 0  # stored: ingest's status is about storing
        assert "could not be delivered" in ingested.stderr and "outbox --failed" in ingested.stderr
        ref = json.loads(ingested.stdout)[0]["request"]
        estimate = ofbot(site, "staff", "estimate", ref, "1", env=bad)
        assert estimate.returncode == 1 and "ofbot outbox retry" in estimate.stderr
        failed = json.loads(ofbot(site, "outbox", "--failed", "--json").stdout)
        assert len(failed) == 2 and {m["state"] for m in failed} == {"failed"}
        assert "550" in ofbot(site, "outbox", "--failed").stdout  # the reason, for a person
        assert ofbot(site, "outbox", "retry", "99999").returncode == 1
        assert ofbot(site, "outbox", "retry").returncode == 2
        good = {"OFBOT_OUTBOUND_RELAY_HOST": "127.0.0.1", "OFBOT_OUTBOUND_RELAY_PORT": str(accepting_port)}
        one = ofbot(site, "outbox", "retry", str(failed[0]["id"]), env=good)
        assert one.returncode == 0, one.stderr
        rest = ofbot(site, "outbox", "retry", "--all", env=good)
        assert rest.returncode == 0 and "1 mail(s) queued again" in rest.stderr
        assert accepting.count == 2
        assert json.loads(ofbot(site, "outbox", "--failed", "--json").stdout) == []
    finally:
        refuser.stop()
        acceptor.stop()
