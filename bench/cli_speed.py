"""How long the ``ofbot`` command line takes on a large desk (issue 12, item 8).

Usage: python bench/cli_speed.py [--requests 50000] [--runs 5] [--pg URL] [--json]

Builds a database holding ``--requests`` requests (most of them open) with bulk Core inserts
(not the pipeline: the pipeline would take an hour for 50,000), then runs each command below as a
subprocess ``--runs`` times and reports the median, min and max wall time in milliseconds.
``--pg URL`` (e.g. ``postgresql://postgres@127.0.0.1:5432/test``) runs the same on PostgreSQL,
in a schema of its own that is dropped afterwards. Target: every command under 300 ms at 50,000
requests. Asserts nothing; prints the load average because the machine is shared, and the
median CPU time (user + system) of the command, which waits less on the other users of the cores.

Reusable: ``measure(...)`` returns a :class:`Report` (``to_json()``), ``main(argv)`` is the CLI.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from sqlalchemy import Engine, insert, text  # noqa: E402

from storage.db import make_engine, migrate  # noqa: E402
from storage.models import (  # noqa: E402
    Client,
    Invoice,
    InvoiceLine,
    Message,
    Request,
    RequestEvent,
)

OFBOT = str(Path(sys.executable).with_name("ofbot"))
OPEN_STATES = (
    "needs_estimate",
    "awaiting_confirmation",
    "queued",
    "in_progress",
    "triage",
    "waiting_payment",
)
CLOSED_STATES = ("done", "answered", "rejected")
KINDS = ("development", "migration", "question", "test_platform", "password_reset", "other")
SHOW_REF = "OF-2026-0100"
FIND_TEXT = "altimeter"
SHOW_CLIENT = "club0051"


def commands() -> list[tuple[str, list[str]]]:
    """(label, arguments after ``ofbot --db URL``) of every command measured."""
    return [
        ("--help", ["--help"]),
        ("staff queue --json", ["staff", "queue", "--json"]),
        ("staff show REF --json", ["staff", "show", SHOW_REF, "--json"]),
        ("staff find TEXT", ["staff", "find", FIND_TEXT]),
        ("clients list", ["clients", "list"]),
        ("staff balance PLATFORM", ["staff", "balance", SHOW_CLIENT]),
        ("staff client PLATFORM --json", ["staff", "client", SHOW_CLIENT, "--json"]),
        ("staff invoices --json", ["staff", "invoices", "--json"]),
    ]


@dataclass(frozen=True)
class Timing:
    command: str
    median_ms: float
    min_ms: float
    max_ms: float
    runs: int
    exit_code: int
    stdout_bytes: int
    cpu_median_ms: float = 0.0  # user + system time of the command itself


@dataclass
class Report:
    backend: str
    requests: int
    open_requests: int
    build_s: float
    load_average: tuple[float, float, float]
    timings: list[Timing] = field(default_factory=list)

    def to_json(self) -> dict[str, object]:
        return asdict(self)


def raw_mail(n: int, ref: str, sender: str) -> bytes:
    return (
        f"From: {sender}\r\nTo: support@openflyers.example\r\nSubject: [{ref}] Question {n}\r\n"
        f"Message-ID: <bench-{n}@example.org>\r\nDate: Mon, 23 Nov 2026 10:00:00 +0000\r\n"
        "Content-Type: text/plain; charset=utf-8\r\n\r\n"
        f"Bonjour,\r\n\r\nNotre altimeter {n} ne s'affiche plus dans la fiche avion.\r\n\r\nMerci\r\n"
    ).encode()


def fill(engine: Engine, requests: int, clients: int = 300, invoices: int = 3000) -> int:
    """Bulk-insert clients, requests (about 85 % open), one message and two events per request,
    and invoices with two lines each. Returns the number of open requests."""
    now = dt.datetime(2026, 11, 24, 9, 0, tzinfo=dt.UTC)
    start = now - dt.timedelta(days=300)
    client_rows = [
        {
            "id": i,
            "platform": f"club{i:04d}",
            "structure": f"Aéroclub {i}",
            "structure_kind": "club",
            "tier": ("first_price", "business", "premiere", "corporate")[i % 4],
            "client_email": f"office@club{i}.example",
            "contact_email": f"ops@club{i}.example",
            "version": "4.0",
            "responsible_name": f"Responsable {i}",
            "responsible_email": f"boss@club{i}.example",
            "resources": 5,
            "language": "fr",
            "paid_until": 2026,
            "created_at": start,
            "updated_at": start,
        }
        for i in range(1, clients + 1)
    ]
    opened = 0
    request_rows: list[dict[str, object]] = []
    for i in range(1, requests + 1):
        is_open = i % 7 != 0
        opened += is_open
        states = OPEN_STATES if is_open else CLOSED_STATES
        at = start + dt.timedelta(seconds=i * 500)
        request_rows.append(
            {
                "id": i,
                "ref": f"OF-2026-{i:04d}",
                "client_id": (i % clients) + 1 if i % 20 else None,
                "kind": KINDS[i % len(KINDS)],
                "state": states[i % len(states)],
                "received_at": at,
                "state_changed_at": at,
                "cash_funded": i % 50 == 0,
                "estimate_hours": Decimal("1.50") if i % 3 == 0 else None,
                "language": "fr",
                "subject": f"Question {i} sur la fiche avion" + (" altimeter" if i % 997 == 0 else ""),
                "summary": f"Résumé {i}",
                "requester": f"pilot{i % 900}@club{(i % clients) + 1}.example",
                "paid": False,
                "owner": ("anne", "bruno", None)[i % 3],
            }
        )
    message_rows = [
        {
            "id": i,
            "dedup_key": f"bench-{i}",
            "message_id": f"<bench-{i}@example.org>",
            "content_hash": f"{i:064x}",
            "raw": raw_mail(i, f"OF-2026-{i:04d}", r["requester"]),
            "size": 300,
            "source": "smtp",
            "received_at": r["received_at"],
            "from_addr": r["requester"],
            "subject": r["subject"],
            "status": "processed",
            "request_id": i,
            "client_id": r["client_id"],
            "claims": 1,
        }
        for i, r in enumerate(request_rows, start=1)
    ]
    event_rows = [
        {"request_id": r["id"], "at": r["received_at"], "actor": actor, "action": action, "detail": ""}
        for r in request_rows
        for actor, action in (("bot", "created"), ("bot", "state"))
    ]
    invoice_rows = [
        {
            "id": i,
            "number": f"F-2026-{i:04d}",
            "client_id": (i % clients) + 1,
            "request_id": i * 7 if i * 7 <= requests else None,
            "purpose": "hours",
            "currency": "EUR",
            "status": ("issued", "paid", "cancelled")[i % 3],
            "issued_at": start + dt.timedelta(hours=i),
            "actor": "bot",
        }
        for i in range(1, invoices + 1)
    ]
    line_rows = [
        {
            "invoice_id": i,
            "label": label,
            "quantity": Decimal("2.00"),
            "unit_ht": Decimal("75.00"),
            "vat_rate": Decimal("0.2000"),
        }
        for i in range(1, invoices + 1)
        for label in ("Heures de développement", "Frais de dossier")
    ]
    with engine.begin() as conn:
        for table, rows in (
            (Client, client_rows),
            (Request, request_rows),
            (Message, message_rows),
            (RequestEvent, event_rows),
            (Invoice, invoice_rows),
            (InvoiceLine, line_rows),
        ):
            for at in range(0, len(rows), 5000):
                conn.execute(insert(table), rows[at : at + 5000])
        if engine.dialect.name == "postgresql":
            for table in ("clients", "requests", "messages", "invoices"):  # ids were given explicitly
                conn.execute(
                    text(
                        f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), (SELECT max(id) FROM {table}))"
                    )
                )
    with engine.connect() as conn:  # fresh statistics, as a running desk would have
        conn.execute(text("ANALYZE"))
        conn.commit()
    return opened


def time_command(url: str, args: Sequence[str], runs: int, cwd: Path) -> Timing:
    argv = [OFBOT, "--db", url, *args]
    env = {**os.environ, "OFBOT_CONFIG": str(cwd / "ofbot.toml")}
    # As installed: the first run writes the bytecode the next ones load (a shell may have
    # PYTHONDONTWRITEBYTECODE set, and every run would then compile what changed since the last).
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    subprocess.run(argv, cwd=cwd, env=env, capture_output=True, check=False)  # warm caches, bytecode
    spans: list[float] = []
    cpu: list[float] = []
    code, size = 0, 0
    for _ in range(runs):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        started = time.perf_counter()
        done = subprocess.run(argv, cwd=cwd, env=env, capture_output=True, check=False)
        spans.append(1000 * (time.perf_counter() - started))
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu.append(1000 * (after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime))
        code, size = done.returncode, len(done.stdout)
        if code != 0:
            print(f"{' '.join(args)}: exit {code}: {done.stderr.decode()[-500:]}", file=sys.stderr)
    return Timing(
        command=" ".join(args) if args != ["--help"] else "--help",
        median_ms=round(statistics.median(spans), 1),
        min_ms=round(min(spans), 1),
        max_ms=round(max(spans), 1),
        runs=runs,
        exit_code=code,
        stdout_bytes=size,
        cpu_median_ms=round(statistics.median(cpu), 1),
    )


@contextmanager
def database(backend: str, workdir: Path, pg_url: str | None) -> Iterator[str]:
    """A fresh database URL: a SQLite file in ``workdir``, or a PostgreSQL schema dropped after."""
    if backend == "sqlite":
        yield f"sqlite:///{workdir / 'bench.db'}"
        return
    assert pg_url is not None
    schema = f"bench_cli_{uuid.uuid4().hex[:8]}"
    admin = make_engine(pg_url)
    with admin.begin() as conn:
        conn.execute(text(f'CREATE SCHEMA "{schema}"'))
    sep = "&" if "?" in pg_url else "?"
    try:
        yield f"{pg_url}{sep}options=-csearch_path%3D{schema}"
    finally:
        with admin.begin() as conn:
            conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()


def measure(backend: str, requests: int, runs: int, pg_url: str | None = None) -> Report:
    """Build the database, time every command; the figures as a :class:`Report`."""
    with tempfile.TemporaryDirectory(prefix="ofbot-cli-speed-") as tmp:
        workdir = Path(tmp)
        (workdir / "ofbot.toml").write_text(
            f'[outbound]\nmaildir = "{workdir / "outbox"}"\n', encoding="utf-8"
        )
        for sub in ("tmp", "new", "cur"):
            (workdir / "outbox" / sub).mkdir(parents=True)
        with database(backend, workdir, pg_url) as url:
            started = time.perf_counter()
            engine = make_engine(url)
            try:
                migrate(engine)
                opened = fill(engine, requests)
            finally:
                engine.dispose()
            build = time.perf_counter() - started
            report = Report(backend, requests, opened, round(build, 1), os.getloadavg())
            for _label, args in commands():
                report.timings.append(time_command(url, args, runs, workdir))
    return report


def table(report: Report) -> str:
    load = ", ".join(f"{x:.2f}" for x in report.load_average)
    lines = [
        f"{report.backend}: {report.requests} requests ({report.open_requests} open), "
        f"built in {report.build_s} s; load average {load}",
        f"{'command':28} {'median ms':>10} {'min':>8} {'max':>8} {'cpu ms':>8}  exit  stdout",
    ]
    for t in report.timings:
        lines.append(
            f"{t.command:28} {t.median_ms:10.0f} {t.min_ms:8.0f} {t.max_ms:8.0f} {t.cpu_median_ms:8.0f}"
            f"  {t.exit_code:4}  {t.stdout_bytes}"
        )
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--requests", type=int, default=50_000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--pg", default=None, help="also on PostgreSQL at this URL")
    parser.add_argument("--no-sqlite", action="store_true", help="PostgreSQL only")
    parser.add_argument("--json", action="store_true", help="one JSON document on stdout")
    args = parser.parse_args(argv)
    backends = ([] if args.no_sqlite else ["sqlite"]) + (["postgresql"] if args.pg else [])
    reports = [measure(b, args.requests, args.runs, args.pg) for b in backends]
    if args.json:
        print(json.dumps([r.to_json() for r in reports], indent=2))
    else:
        print("\n\n".join(table(r) for r in reports))
    return 0


if __name__ == "__main__":
    sys.exit(main())
