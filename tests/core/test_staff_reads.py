"""The staff reads in SQL (bot/staff/reads.py) and the command line's light start (issue 12, item 8).

The queue comes back in service order with exactly the contract's fields; ``mine``, ``find``,
``client`` and ``invoices`` answer as before; the command line does not import Alembic, the ORM,
the mail reader or the handlers before it knows the command, and a read word does not import the
actions' stack at all; the schema check reads the shipped revisions as Alembic does.
"""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
from collections.abc import Sequence
from decimal import Decimal
from pathlib import Path

from alembic.script import ScriptDirectory
from sqlalchemy.orm import Session

from bot import invoices
from bot.app import App
from bot.staff.commands import run_command
from bot.staff.words import read_word
from storage.db import alembic_config, make_engine
from storage.models import Invoice, InvoiceLine, Request
from storage.revisions import shipped_revisions
from tests.core.test_cli import ofbot

ROOT = Path(__file__).resolve().parents[2]
QUEUE_FIELDS = {
    "request",
    "client",
    "kind",
    "state",
    "received_at",
    "cash_funded",
    "estimate_hours",
    "owner",
    "subject",
    "age_hours",
    "waiting_on",
}


def add_requests(app: App) -> dict[str, int]:
    """Requests out of order on purpose: (ref, client id or None, state, cash, hours ago, owner)."""
    now = app.clock.now()
    specs = [
        ("OF-2026-0001", 1, "queued", False, 50, "anne"),
        ("OF-2026-0002", 2, "done", True, 60, None),  # closed: never in the queue
        ("OF-2026-0003", None, "triage", False, 70, None),  # no client yet
        ("OF-2026-0004", 3, "needs_estimate", True, 10, "Anne"),  # cash-funded: first
        ("OF-2026-0005", 1, "awaiting_confirmation", False, 80, "bruno"),
        ("OF-2026-0006", 1, "answered", False, 5, None),  # closed
        ("OF-2026-0007", 4, "in_progress", True, 40, "ANNE"),
        ("OF-2026-0008", 1, "queued", False, 50, "Élodie"),  # same arrival as 0001: by id
    ]
    ids: dict[str, int] = {}
    with app.sessions() as session, session.begin():
        for ref, client_id, state, cash, hours, owner in specs:
            at = now - dt.timedelta(hours=hours)
            row = Request(
                ref=ref,
                client_id=client_id,
                kind="support",
                state=state,
                received_at=at,
                state_changed_at=at,
                cash_funded=cash,
                estimate_hours=Decimal("1.50") if ref == "OF-2026-0005" else None,
                subject=f"Sujet {ref} altimètre"
                if ref in ("OF-2026-0003", "OF-2026-0006")
                else f"Sujet {ref}",
                requester="pilote@example.org",
                owner=owner,
            )
            session.add(row)
            session.flush()
            ids[ref] = row.id
    return ids


def add_invoice(session: Session, invoice: Invoice, lines: Sequence[tuple[str, str, str]]) -> None:
    """Write an invoice with its lines (label, quantity, unit price), at the catalogue's VAT rate."""
    session.add(invoice)
    session.flush()
    for label, quantity, unit_ht in lines:
        session.add(
            InvoiceLine(
                invoice_id=invoice.id,
                label=label,
                quantity=Decimal(quantity),
                unit_ht=Decimal(unit_ht),
                vat_rate=Decimal("0.2000"),
            )
        )


def test_queue_is_every_open_request_in_service_order_with_the_contract_fields(clients: App) -> None:
    add_requests(clients)
    data = run_command(clients.staff, ["queue", "--json"], "shell:anne").data
    assert isinstance(data, list)
    assert [d["request"] for d in data] == [
        "OF-2026-0007",  # cash-funded first (R52, R63), oldest of them first
        "OF-2026-0004",
        "OF-2026-0005",  # then by arrival
        "OF-2026-0003",
        "OF-2026-0001",  # same arrival: by id
        "OF-2026-0008",
    ]
    assert all(set(d) == QUEUE_FIELDS for d in data)
    first = {d["request"]: d for d in data}
    assert first["OF-2026-0005"]["estimate_hours"] == 1.5
    assert first["OF-2026-0005"]["waiting_on"] == "client"
    assert first["OF-2026-0005"]["client"] == "mermoz"
    assert first["OF-2026-0003"]["client"] is None
    assert first["OF-2026-0004"]["age_hours"] == 10.0 and first["OF-2026-0004"]["cash_funded"] is True
    assert first["OF-2026-0004"]["received_at"] == (clients.clock.now() - dt.timedelta(hours=10)).isoformat()
    text = run_command(clients.staff, ["queue"], "shell:anne").text
    assert text.splitlines()[1].startswith("OF-2026-0007")


def test_mine_find_and_client_read_in_sql(clients: App) -> None:
    add_requests(clients)
    mine = run_command(clients.staff, ["mine", "--json"], "telegram:42 (Anne)").data
    assert [d["request"] for d in mine] == ["OF-2026-0007", "OF-2026-0004", "OF-2026-0001"]  # any case
    assert [i.request for i in clients.staff.mine("shell:élodie")] == ["OF-2026-0008"]  # not ASCII
    found = run_command(clients.staff, ["find", "ALTIMÈTRE"], "shell:anne").data
    assert [d["request"] for d in found] == ["OF-2026-0006", "OF-2026-0003"]  # newest first, closed too
    assert [i.request for i in clients.staff.find("mermoz")][:1] == ["OF-2026-0006"]  # by platform
    record = clients.staff.client("mermoz")
    assert [d["request"] for d in record["open"]] == ["OF-2026-0005", "OF-2026-0001", "OF-2026-0008"]
    assert [d["request"] for d in record["recent"]] == ["OF-2026-0006"]
    assert all(set(d) == QUEUE_FIELDS for d in record["open"] + record["recent"])


def test_a_read_word_is_recognised_after_the_options_are_taken_out() -> None:
    assert read_word(["queue", "--json"]) == "queue"
    assert read_word(["--json", "/Show", "OF-2026-0001"]) == "show"
    assert read_word(["--out", "show", "files", "OF-2026-0001"]) is None  # files, with --out show
    assert read_word(["estimate", "OF-2026-0001", "2"]) is None
    assert read_word([]) is None


def test_invoice_listing_in_two_queries_matches_each_invoice_read_alone(clients: App) -> None:
    ids = add_requests(clients)
    with clients.sessions() as session, session.begin():
        for number, client_id, request_id, status in (
            ("F-2026-0001", 1, ids["OF-2026-0001"], "issued"),
            ("F-2026-0002", 2, None, "paid"),
            ("F-2026-0003", 1, None, "cancelled"),
        ):
            invoice = Invoice(
                number=number,
                client_id=client_id,
                request_id=request_id,
                purpose="hours",
                currency="EUR",
                status=status,
                issued_at=clients.clock.now(),
            )
            add_invoice(session, invoice, [("Heures", "2.5", "75.00"), ("Frais", "1", "75.00")])
    with clients.sessions() as session:
        one_by_one = [
            invoices.view_of(session, row).to_json()
            for row in session.query(Invoice).order_by(Invoice.id)  # the old way: one query each
        ]
    listed = run_command(clients.staff, ["invoices", "--json"], "shell:anne").data
    assert listed == one_by_one
    assert isinstance(listed, list) and listed[0]["request"] == "OF-2026-0001"
    assert listed[0]["total_ht"] == 262.5 and listed[0]["total_ttc"] == 315.0
    mermoz = run_command(clients.staff, ["invoices", "mermoz", "--json"], "shell:anne").data
    assert [d["invoice"] for d in mermoz] == ["F-2026-0001", "F-2026-0003"]  # type: ignore[union-attr]


def test_the_schema_check_reads_the_shipped_revisions_as_alembic_does() -> None:
    engine = make_engine("sqlite://")
    script = ScriptDirectory.from_config(alembic_config(engine))
    shipped = shipped_revisions()
    assert shipped.known == {rev.revision for rev in script.walk_revisions()}
    assert shipped.heads == set(script.get_heads())
    assert len(shipped.heads) == 1  # one head: a new migration names it as its parent


def modules_after(code: str) -> set[str]:
    found = subprocess.run(
        [sys.executable, "-c", f"{code}\nimport sys, json; print(json.dumps(sorted(sys.modules)))"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    return set(json.loads(found.stdout.splitlines()[-1]))


HEAVY = ("alembic", "sqlalchemy.orm", "bot.understand", "bot.app", "handlers", "jinja2", "numpy", "fpdf")


def test_the_command_line_imports_nothing_heavy_before_it_knows_the_command() -> None:
    loaded = modules_after("import bot.cli")
    assert not {m for m in loaded if m.split(".")[0] in ("alembic", "sqlalchemy", "handlers", "jinja2")}
    assert not {m for m in loaded if m.startswith(HEAVY)}


def test_a_read_word_does_not_import_the_actions_stack(tmp_path: Path) -> None:
    (tmp_path / "ofbot.toml").write_text(
        f'[database]\nurl = "sqlite:///{tmp_path / "ofbot.db"}"\n', encoding="utf-8"
    )
    assert ofbot(tmp_path, "init").returncode == 0
    code = (
        "import contextlib, io, os, sys\n"
        f"os.chdir({str(tmp_path)!r})\n"
        "from bot.cli import main\n"
        "with contextlib.redirect_stdout(io.StringIO()):\n"
        "    assert main(['staff', 'queue', '--json']) == 0\n"
        "    assert main(['clients', 'list']) == 0\n"
    )
    loaded = modules_after(code)
    heavy = ("alembic", "bot.understand", "handlers", "jinja2", "numpy", "fpdf", "bot.ingest", "bot.mail")
    assert not {m for m in loaded if m.startswith(heavy)}


def test_json_arrays_are_one_element_per_line_and_parse(tmp_path: Path) -> None:
    (tmp_path / "ofbot.toml").write_text(
        f'[database]\nurl = "sqlite:///{tmp_path / "ofbot.db"}"\n', encoding="utf-8"
    )
    assert ofbot(tmp_path, "init").returncode == 0
    empty = ofbot(tmp_path, "staff", "queue", "--json")
    assert empty.returncode == 0 and json.loads(empty.stdout) == []
    (tmp_path / "clients.csv").write_text(
        "platform,structure,tier,client_email,contact_email,version,responsible_name,responsible_email,"
        "resources\nmermoz,Aéro-club Mermoz,business,club@mermoz.example,t@mermoz.example,3.6,Claire,"
        "p@mermoz.example,6\nulm,ULM,first_price,u@ulm.example,b@ulm.example,3.5,Paul,p@ulm.example,2\n",
        encoding="utf-8",
    )
    assert ofbot(tmp_path, "clients", "import", "clients.csv").returncode == 0
    listed = ofbot(tmp_path, "clients", "list", "--json")
    assert [c["platform"] for c in json.loads(listed.stdout)] == ["mermoz", "ulm"]
    assert len(listed.stdout.splitlines()) == 4  # [, one line per client, ]
    assert "Aéro-club" in listed.stdout  # not escaped
