"""The listings the command line answers without SQLAlchemy (storage/lightdb.py, issue 12 item 8).

``staff queue|mine|find|invoices`` and ``clients list`` run as SQL text on the standard library's
``sqlite3`` (or psycopg) when the URL allows it: their answer must be the desk's answer, byte for
byte in JSON, on both databases; a database that is not current falls back to the SQLAlchemy way
and its sentence; and SQLAlchemy is really not imported.
"""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal
from pathlib import Path

import pytest

from bot.app import App
from bot.staff.commands import run_command
from storage.lightdb import LightConnection, _pyformat, decimal, light_target, schema_state, utc
from storage.models import Invoice, LedgerEntry, Message, OutboxMail
from storage.schemastate import SchemaState
from tests.core.test_cli import ofbot
from tests.core.test_staff_reads import add_invoice, add_requests, modules_after


def add_invoices_and_hours(app: App, ids: dict[str, int]) -> None:
    with app.sessions() as session, session.begin():
        for hours, kind, year in (("-2.5", "debit", 2026), ("0.75", "adjust", 2026), ("-4", "debit", 2025)):
            session.add(
                LedgerEntry(
                    client_id=1,
                    year=year,
                    hours=Decimal(hours),
                    entry_kind=kind,
                    request_id=ids["OF-2026-0001"] if kind == "debit" else None,
                    at=app.clock.now(),
                    actor="shell:anne",
                    note="",
                )
            )
        for number, client_id, request_id, paid in (
            ("F-2026-0001", 1, ids["OF-2026-0001"], None),
            ("F-2026-0002", 2, None, app.clock.now()),
        ):
            invoice = Invoice(
                number=number,
                client_id=client_id,
                request_id=request_id,
                purpose="hours",
                currency="EUR",
                status="paid" if paid else "issued",
                method="card" if paid else None,
                issued_at=app.clock.now() - dt.timedelta(days=3),
                paid_at=paid,
            )
            add_invoice(session, invoice, [("Heures", "2.5", "75.10")])


def cli_json(workdir: Path, db_url: str, *words: str) -> object:
    done = ofbot(workdir, "--db", db_url, *words, "--json", env={"USER": "anne"})
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def test_the_command_line_listings_are_the_desk_listings(clients: App, db_url: str, tmp_path: Path) -> None:
    add_invoices_and_hours(clients, add_requests(clients))
    (tmp_path / "ofbot.toml").write_text("", encoding="utf-8")
    for words in (
        ["queue"],
        ["mine"],
        ["find", "ALTIMÈTRE"],
        ["find", "mermoz"],
        ["invoices"],
        ["invoices", "mermoz"],
    ):
        desk = run_command(clients.staff, [*words, "--json"], "shell:anne").data
        assert desk, words  # a listing with rows: an empty answer would prove nothing
        assert cli_json(tmp_path, db_url, "staff", *words) == desk, words
    listed = cli_json(tmp_path, db_url, "clients", "list")
    assert isinstance(listed, list) and [c["platform"] for c in listed] == [
        "mermoz",
        "mermoz-ulm",
        "saint-ex",
        "skyschool",
    ]
    assert listed[0]["resources"] == 6 and listed[0]["paid_until"] == clients.clock.year()
    balance = cli_json(tmp_path, db_url, "staff", "balance", "mermoz")
    assert isinstance(balance, dict) and balance["used"] == 1.75 and balance["reserved"] == 1.5
    missing = ofbot(tmp_path, "--db", db_url, "staff", "balance", "nobody")
    assert missing.returncode == 1 and "no client with platform 'nobody'" in missing.stderr


def test_a_listing_imports_no_sqlalchemy(workdir: Path) -> None:
    code = (
        "import contextlib, io, os\n"
        f"os.chdir({str(workdir)!r})\n"
        "from bot.cli import main\n"
        "with contextlib.redirect_stdout(io.StringIO()):\n"
        "    for words in (['staff', 'queue', '--json'], ['staff', 'find', 'x'], ['clients', 'list'],\n"
        "                  ['staff', 'invoices'], ['staff', 'mine'], ['staff', 'balance', 'mermoz'],\n"
        "                  ['staff', 'client', 'mermoz'], ['outbox', '--json'], ['quarantine']):\n"
        "        assert main(words) == 0, words\n"
    )
    loaded = modules_after(code)
    assert not {m for m in loaded if m.startswith(("sqlalchemy", "alembic"))}


def test_a_database_not_current_gets_the_sqlalchemy_sentence(workdir: Path) -> None:
    url = next(line for line in (workdir / "ofbot.toml").read_text().splitlines() if "url" in line)
    target = light_target(url.split('"')[1])
    assert target is not None
    with LightConnection.open(target) as connection:
        assert schema_state(connection) is SchemaState.CURRENT
        connection.dbapi.execute("DELETE FROM alembic_version")  # the light connection only reads
    done = ofbot(workdir, "staff", "queue", "--json")
    assert done.returncode == 1 and done.stdout == ""
    assert "has no ofbot tables: run `ofbot init`" in done.stderr and "Traceback" not in done.stderr


def test_a_missing_sqlite_file_is_not_created(tmp_path: Path) -> None:
    done = ofbot(tmp_path, "--db", f"sqlite:///{tmp_path / 'nowhere.db'}", "staff", "queue")
    assert done.returncode == 1 and "no database at" in done.stderr
    assert not (tmp_path / "nowhere.db").exists()


def test_which_urls_take_the_light_way(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    db = tmp_path / "ofbot.db"
    db.write_bytes(b"")
    monkeypatch.chdir(tmp_path)  # a relative SQLite URL is relative to where the command runs
    absolute = light_target(f"sqlite:///{db}")
    assert absolute is not None and absolute.sqlite_path == db
    relative = light_target("sqlite:///ofbot.db")
    assert relative is not None and relative.sqlite_path == Path("ofbot.db")
    assert light_target(f"sqlite:///{tmp_path / 'missing.db'}") is None  # SQLAlchemy says "no database"
    assert light_target("sqlite://") is None and light_target("sqlite:///:memory:") is None
    assert light_target(f"sqlite:///{db}?mode=ro") is None
    pg = light_target("postgresql+psycopg://u:p@h:5433/db?options=-csearch_path%3Dx")
    assert pg is not None and pg.conninfo == "postgresql://u:p@h:5433/db?options=-csearch_path%3Dx"
    assert light_target("postgres://h/db") is not None
    assert light_target("postgresql+psycopg2://h/db") is None and light_target("mysql://h/db") is None


def test_named_parameters_become_psycopg_ones_and_nothing_else_does() -> None:
    assert _pyformat("SELECT a FROM t WHERE b = :b AND c LIKE :c") == (
        "SELECT a FROM t WHERE b = %(b)s AND c LIKE %(c)s"
    )
    assert _pyformat("SELECT '100%', x::text, '12:30' FROM t WHERE y = :y") == (
        "SELECT '100%%', x::text, '12:30' FROM t WHERE y = %(y)s"
    )


@pytest.mark.parametrize(
    "stored",
    [
        "2026-01-28 09:25:00.000000",  # SQLite: SQLAlchemy's text, no zone (UTC)
        dt.datetime(2026, 1, 28, 10, 25, tzinfo=dt.timezone(dt.timedelta(hours=1))),  # PostgreSQL
    ],
)
def test_stored_timestamps_read_as_aware_utc(stored: object) -> None:
    read = utc(stored)
    assert read == dt.datetime(2026, 1, 28, 9, 25, tzinfo=dt.UTC) and read.utcoffset() == dt.timedelta(0)


def test_stored_numbers_read_at_their_column_scale() -> None:
    assert str(decimal(1.5, 2)) == "1.50" and str(decimal(0.2, 4)) == "0.2000"
    assert str(decimal(3, 2)) == "3.00"  # SQLite keeps a whole NUMERIC as an integer
    assert decimal(Decimal("75.10"), 2) == Decimal("75.10")


def test_outbox_and_quarantine_list_with_their_timestamps_in_utc(
    clients: App, db_url: str, tmp_path: Path
) -> None:
    ids = add_requests(clients)
    now = clients.clock.now()
    with clients.sessions() as session, session.begin():
        session.add(
            Message(
                dedup_key="k1",
                message_id="<broken@club.example>",
                content_hash="h1",
                raw=b"Subject: x\r\n\r\nbody",
                size=21,
                source="smtp",
                envelope_from="pilote@club.example",
                received_at=now - dt.timedelta(minutes=5),
                from_addr="pilote@club.example",
                subject="Planning en panne",
                status="quarantined",
                error="ValueError: cannot parse",
            )
        )
        for to, state, sent, error in (
            ("a@club.example", "sent", now, None),
            ("b@club.example", "failed", None, "550 no"),
        ):
            session.add(
                OutboxMail(
                    message_id=f"<{to}>",
                    to_addr=to,
                    subject=f"[OF-2026-0001] {state}",
                    raw=b"",
                    request_id=ids["OF-2026-0001"],
                    state=state,
                    attempts=1,
                    next_attempt_at=now,
                    created_at=now - dt.timedelta(hours=1),
                    sent_at=sent,
                    last_error=error,
                )
            )
    (tmp_path / "ofbot.toml").write_text("", encoding="utf-8")
    held = cli_json(tmp_path, db_url, "quarantine")
    assert held == [
        {
            "id": held[0]["id"],  # type: ignore[index]
            "message_id": "<broken@club.example>",
            "from": "pilote@club.example",
            "subject": "Planning en panne",
            "received_at": (now - dt.timedelta(minutes=5)).isoformat(),
            "size": 21,
            "error": "ValueError: cannot parse",
        }
    ]
    outbox = cli_json(tmp_path, db_url, "outbox")
    assert isinstance(outbox, list) and [(m["to"], m["state"], m["request"]) for m in outbox] == [
        ("a@club.example", "sent", "OF-2026-0001"),
        ("b@club.example", "failed", "OF-2026-0001"),
    ]
    assert outbox[0]["sent_at"] == now.isoformat() and outbox[1]["sent_at"] is None
    assert outbox[0]["created_at"] == (now - dt.timedelta(hours=1)).isoformat()
    failed = ofbot(tmp_path, "--db", db_url, "outbox", "--failed")
    assert failed.returncode == 0 and "b@club.example" in failed.stdout and "[550 no]" in failed.stdout
    assert "a@club.example" not in failed.stdout
