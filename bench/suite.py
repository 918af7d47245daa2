"""Every speed and memory measure of issue 12 in one run: one table, one JSON document.

Usage: .venv/bin/python bench/suite.py [--quick] [--only PART,...] [--json [FILE]] [--pg URL]
(``make bench`` runs it at full size). Parts, in the order they run:

  pipeline  the whole pipeline (store, process with the model, answer delivered to a maildir) on
            SQLite and on PostgreSQL, next to the floor measured on the same mails in the same
            run: CPython's ``email.message_from_bytes(policy=default)`` and the text part read
            (``bench/ingest_throughput.py``). Target: within 4x of the floor.
  imap      catch-up of a 5,000-message Dovecot backlog with processing, next to getmail6 fetching
            the same backlog into a maildir (``bench/imap_catchup.py``). Target: at least as fast.
  latency   SMTP ``250`` to the staff card at the Bot API, p50/p95/p99 at a steady 20 mails/s
            into a running ``ofbot run`` (``bench/telegram_latency.py``). Target: p95 < 250 ms.
  large     peak memory processing a 25 MB mail (``bench/memory_large_message.py``). Target: < 4x.
  backlog   resident memory of ``run --once`` draining 10,000 stored mails, peak at the end over
            the peak after the first 1,000 (``bench/memory_backlog.py``). Target: flat (<= 1.10).
  workers   1 vs 3 ``run --once`` workers draining a stored backlog on PostgreSQL
            (``bench/workers.py``). Target: 3 workers at least 1.8x one.
  cli       ``ofbot --help``, ``staff queue --json`` and the other staff reads at 50,000 requests
            (``bench/cli_speed.py``). Target: every command under 300 ms.

PostgreSQL (``--pg``, default ``OFBOT_TEST_PG_URL`` or 127.0.0.1:5432/test) gets a database of
its own per run, ``ofbot_bench_<pid>``, dropped at the end. Dovecot is started by the suite (the
tests' server); getmail6 is installed into the venv when missing (``pip install -e '.[bench]'``).
A part whose service is missing is skipped with the reason. The machine is recorded (cores, load
average before and after each part, Python, SQLite, PostgreSQL, git commit): on a shared machine
the load says how much the figures are worth. Exit status 1 when a part failed to run; a missed
target is a finding, shown in the table, not an error.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import json
import os
import platform
import sqlite3
import subprocess
import sys
import tempfile
import time
import traceback
from collections.abc import Callable, Iterator
from dataclasses import asdict, dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

PARTS = ("pipeline", "imap", "latency", "large", "backlog", "workers", "cli")
DEFAULT_PG = os.environ.get("OFBOT_TEST_PG_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test")


@dataclass(frozen=True)
class Size:
    """How many messages each part handles: the issue's sizes, or a smoke run's."""

    name: str
    pipeline: int
    imap: int
    latency: int
    rate: float
    large_mb: float
    backlog: int
    workers: int
    cli_requests: int
    cli_runs: int


NORMAL = Size("normal", 1000, 5000, 600, 20.0, 25.0, 10_000, 600, 50_000, 5)
QUICK = Size("quick", 60, 200, 40, 20.0, 2.0, 1200, 40, 2000, 1)


@dataclass(frozen=True)
class Measure:
    """One line of the table: a figure, its target, whether it is met, and the ratio the target
    is about (the pipeline's slowdown over the floor, ours over getmail6, p95 over 250 ms...)."""

    part: str
    name: str
    figure: float | None
    unit: str
    target: str = ""
    passed: bool | None = None  # None: no target, or not measured
    ratio: float | None = None
    note: str = ""


@dataclass
class PartResult:
    name: str
    seconds: float = 0.0
    load_before: tuple[float, float, float] = (0.0, 0.0, 0.0)
    load_after: tuple[float, float, float] = (0.0, 0.0, 0.0)
    skipped: str | None = None
    error: str | None = None
    details: dict[str, object] = field(default_factory=dict)
    measures: list[Measure] = field(default_factory=list)


@dataclass
class Context:
    """What the parts share: the size, a scratch folder, the run's PostgreSQL database."""

    size: Size
    workdir: Path
    pg_url: str | None  # the run's own database, or None when PostgreSQL is not reachable
    pg_missing: str | None


# -- the machine -------------------------------------------------------------------------------


def git_commit() -> str:
    try:
        head = subprocess.run(
            ["git", "rev-parse", "--short=12", "HEAD"], cwd=ROOT, capture_output=True, text=True, check=True
        ).stdout.strip()
        dirty = subprocess.run(
            ["git", "status", "--porcelain", "--untracked-files=no"], cwd=ROOT, capture_output=True, text=True
        ).stdout.strip()
        return head + ("+dirty" if dirty else "")
    except (OSError, subprocess.CalledProcessError):
        return "unknown"


def machine(pg_version: str | None, started_at: str) -> dict[str, object]:
    return {
        "cores": os.cpu_count(),
        "platform": platform.platform(),
        "python": platform.python_version(),
        "sqlite": sqlite3.sqlite_version,
        "postgresql": pg_version,
        "commit": git_commit(),
        "started_at": started_at,
        "finished_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
    }


def load() -> tuple[float, float, float]:
    one, five, fifteen = os.getloadavg()
    return (round(one, 2), round(five, 2), round(fifteen, 2))


# -- PostgreSQL: a database of the run's own ---------------------------------------------------


@contextlib.contextmanager
def pg_database(admin_url: str) -> Iterator[tuple[str | None, str | None, str | None]]:
    """(URL of a fresh database, server version, why not) for the run; dropped at the end."""
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    name = f"ofbot_bench_{os.getpid()}"
    admin = create_engine(admin_url, isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as conn:
            version = str(conn.scalar(text("SHOW server_version")))
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}"'))
            conn.execute(text(f'CREATE DATABASE "{name}"'))
    except Exception as exc:
        admin.dispose()
        yield None, None, f"PostgreSQL at {make_url(admin_url).host} not reachable: {type(exc).__name__}"
        return
    try:
        yield make_url(admin_url).set(database=name).render_as_string(hide_password=False), version, None
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


# -- the parts ---------------------------------------------------------------------------------


def part_pipeline(ctx: Context, result: PartResult) -> None:
    import ingest_throughput as it

    # The last ten warm each database's app (model, templates, connections) and are not timed:
    # mails of their own, since the same text again from a sender is a repeat (bot.loops).
    every = it.corpus(ctx.size.pipeline + 10)
    mails, warm = every[:-10], every[-10:]
    it.floor(warm)  # the email package's lazy imports
    base = it.floor(mails)
    result.details["floor"] = base
    floor_rate = float(base["msg_per_s"])
    result.measures.append(
        Measure("pipeline", "floor: CPython parse + text part", floor_rate, "msg/s", note="same mails")
    )
    for backend, url in (("SQLite", None), ("PostgreSQL", ctx.pg_url)):
        if backend == "PostgreSQL" and url is None:
            result.measures.append(
                Measure(
                    "pipeline",
                    f"pipeline on {backend}",
                    None,
                    "msg/s",
                    "floor <= 4x",
                    note=ctx.pg_missing or "",
                )
            )
            continue
        folder = ctx.workdir / f"pipeline-{backend.lower()}"
        folder.mkdir()
        app = it.build(url, folder)
        try:
            it.bench_direct(app, warm)
            figures = it.bench_direct(app, mails)
            backlog = it.bench_backlog(app, it.corpus(len(mails), "backlog"))
        finally:
            app.close()
        result.details[backend.lower()] = figures
        result.details[backend.lower() + "_backlog"] = backlog
        backlog_rate = float(backlog["msg_per_s"])
        result.measures.append(
            Measure(
                "pipeline",
                f"pipeline on {backend}, as a backlog (all stored, then processed in batches)",
                backlog_rate,
                "msg/s",
                "floor <= 4x",
                floor_rate / backlog_rate <= 4.0,
                round(floor_rate / backlog_rate, 2),
            )
        )
        rate = float(figures["msg_per_s"])
        slowdown = floor_rate / rate
        result.measures.append(
            Measure(
                "pipeline",
                f"pipeline on {backend} (store, process, answer sent)",
                rate,
                "msg/s",
                "floor <= 4x",
                slowdown <= 4.0,
                round(slowdown, 2),
                f"p50 {figures['p50_ms']} ms per mail",
            )
        )


def ensure_getmail() -> str | None:
    """Install getmail6 (the ``bench`` extra) into this venv when missing; why not, or None."""
    if (Path(sys.executable).parent / "getmail").exists():
        return None
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "install",
            "--quiet",
            "--disable-pip-version-check",
            "-e",
            f"{ROOT}[bench]",
        ],
        capture_output=True,
        text=True,
    )
    if done.returncode != 0 or not (Path(sys.executable).parent / "getmail").exists():
        return f"getmail6 could not be installed: {done.stderr.strip()[-300:]}"
    return None


def part_imap(ctx: Context, result: PartResult) -> None:
    import imap_catchup as ic

    from tests.support.dovecot import DovecotServer, dovecot_missing

    reason = dovecot_missing()
    if reason:
        result.skipped = reason
        return
    missing = ensure_getmail()
    folder = ctx.workdir / "imap"
    folder.mkdir()
    ctx.workdir.chmod(0o755)  # getmail delivers as an unprivileged user: it must reach the maildir
    with DovecotServer() as server:
        settings = ic.bench_settings(None, folder)
        getmail = None if missing else ic.getmail_catch_up(server, ctx.size.imap, folder)
        ours = ic.catch_up(server, settings, ctx.size.imap)
    result.details["getmail_msg_per_s"] = round(getmail, 1) if getmail else None
    result.details["catch_up"] = {**asdict(ours), "msg_per_s": round(ours.msg_per_s, 1)}
    result.measures.append(
        Measure(
            "imap",
            f"getmail6 fetching {ctx.size.imap} (yardstick)",
            round(getmail, 1) if getmail else None,
            "msg/s",
            note=missing or ("" if getmail else "getmail6 failed, see the log"),
        )
    )
    result.measures.append(
        Measure(
            "imap",
            f"IMAP catch-up of {ctx.size.imap} with processing",
            round(ours.msg_per_s, 1),
            "msg/s",
            ">= getmail6",
            ours.msg_per_s >= getmail if getmail else None,
            round(ours.msg_per_s / getmail, 2) if getmail else None,
            f"fetch+store alone {ours.stored / ours.fetch_seconds:.0f} msg/s",
        )
    )


def part_latency(ctx: Context, result: PartResult) -> None:
    import telegram_latency as tl

    figures = tl.measure(ctx.size.latency, ctx.size.rate)
    result.details.update(figures)
    note = f"{figures['cards']} cards of {ctx.size.latency} at {figures['achieved_rate']}/s"
    if figures["missing"]:
        note += f", {figures['missing']} missing"
    for q in ("p50", "p95", "p99"):
        value = figures[f"{q}_ms"]
        ms = float(value) if isinstance(value, int | float) else None
        if q == "p95":
            ok = ms is not None and ms < 250 and not figures["missing"]
            result.measures.append(
                Measure(
                    "latency",
                    f"SMTP 250 -> staff card {q} at {ctx.size.rate:g}/s",
                    ms,
                    "ms",
                    "< 250 ms",
                    ok,
                    round(ms / 250, 2) if ms is not None else None,
                    note,
                )
            )
        else:
            result.measures.append(Measure("latency", f"SMTP 250 -> staff card {q}", ms, "ms"))


def part_large(ctx: Context, result: PartResult) -> None:
    done = subprocess.run(
        [
            sys.executable,
            str(ROOT / "bench" / "memory_large_message.py"),
            "--mb",
            str(ctx.size.large_mb),
            "--json",
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    figures = json.loads(done.stdout.strip().splitlines()[-1])
    result.details.update(figures)
    ratio = float(figures["process_peak_ratio"])
    result.measures.append(
        Measure(
            "large",
            f"peak memory, a {figures['message_mb']} MB mail, over its size",
            ratio,
            "x",
            "< 4x",
            ratio < 4.0,
            round(ratio / 4.0, 2),
            f"{figures['process_peak_mb']} MB (tracemalloc), {figures['process_seconds']} s",
        )
    )


def part_backlog(ctx: Context, result: PartResult) -> None:
    import memory_backlog as mb

    figures = mb.measure(ctx.size.backlog)
    result.details.update(figures)
    growth = figures["growth"]
    value = float(growth) if isinstance(growth, int | float) else None
    result.measures.append(
        Measure(
            "backlog",
            f"RSS draining {ctx.size.backlog}: peak / peak after {figures['checkpoint']}",
            value,
            "x",
            "<= 1.10 (flat)",
            value is not None and value <= 1.10 and figures["left"] == 0,
            value,
            f"peak {figures['peak_mb']} MB; {figures['msg_per_s']} msg/s; {figures['left']} left",
        )
    )


def part_workers(ctx: Context, result: PartResult) -> None:
    import workers as wk

    if ctx.pg_url is None:
        result.skipped = ctx.pg_missing
        return
    folder = ctx.workdir / "workers"
    folder.mkdir()
    one = wk.run(ctx.pg_url, ctx.size.workers, 1, folder)
    three = wk.run(ctx.pg_url, ctx.size.workers, 3, folder)
    result.details.update({"one": one, "three": three})
    rate_one, rate_three = float(str(one["msg_per_s"])), float(str(three["msg_per_s"]))
    ratio = rate_three / rate_one
    result.measures.append(Measure("workers", "1 worker on PostgreSQL", rate_one, "msg/s"))
    result.measures.append(
        Measure(
            "workers",
            "3 workers on PostgreSQL",
            rate_three,
            "msg/s",
            ">= 1.8x one",
            ratio >= 1.8,
            round(ratio, 2),
            f"shares {three['shares']}; {os.cpu_count()} cores",
        )
    )


def part_cli(ctx: Context, result: PartResult) -> None:
    try:
        import cli_speed as cs
    except ImportError:
        result.skipped = "bench/cli_speed.py is not on this branch"
        return
    backends = [("sqlite", None)] + ([("postgresql", ctx.pg_url)] if ctx.pg_url else [])
    for backend, url in backends:
        report = cs.measure(backend, ctx.size.cli_requests, ctx.size.cli_runs, url)
        result.details[backend] = report.to_json()
        for timing in report.timings:
            result.measures.append(
                Measure(
                    "cli",
                    f"ofbot {timing.command} ({backend}, {ctx.size.cli_requests} requests)",
                    timing.median_ms,
                    "ms",
                    "< 300 ms",
                    timing.median_ms < 300 and timing.exit_code == 0,
                    round(timing.median_ms / 300, 2),
                    f"median of {timing.runs}" + (f"; exit {timing.exit_code}" if timing.exit_code else ""),
                )
            )


RUNNERS: dict[str, Callable[[Context, PartResult], None]] = {
    "pipeline": part_pipeline,
    "imap": part_imap,
    "latency": part_latency,
    "large": part_large,
    "backlog": part_backlog,
    "workers": part_workers,
    "cli": part_cli,
}


def run_part(name: str, ctx: Context) -> PartResult:
    result = PartResult(name, load_before=load())
    started = time.perf_counter()
    print(f"== {name} (load {result.load_before[0]})", file=sys.stderr, flush=True)
    try:
        with contextlib.redirect_stdout(sys.stderr):  # the scripts' progress lines; stdout is ours
            RUNNERS[name](ctx, result)
    except Exception as exc:
        result.error = f"{type(exc).__name__}: {exc}"
        traceback.print_exc(file=sys.stderr)
    result.seconds = round(time.perf_counter() - started, 1)
    result.load_after = load()
    return result


# -- output ------------------------------------------------------------------------------------


def _figure(m: Measure) -> str:
    if m.figure is None:
        return "-"
    return f"{m.figure:,.0f} {m.unit}" if m.figure >= 100 else f"{m.figure:g} {m.unit}"


def table(results: list[PartResult]) -> str:
    rows = [("measure", "figure", "target", "result", "ratio")]
    for r in results:
        if r.skipped or r.error:
            rows.append((f"[{r.name}]", "-", "", "skipped" if r.skipped else "ERROR", ""))
            continue
        for m in r.measures:
            verdict = "" if not m.target else {True: "pass", False: "FAIL", None: "n/a"}[m.passed]
            rows.append((m.name, _figure(m), m.target, verdict, "" if m.ratio is None else f"{m.ratio:g}"))
    widths = [max(len(row[i]) for row in rows) for i in range(5)]
    lines = [
        "  ".join(cell.ljust(widths[i]) if i != 1 else cell.rjust(widths[i]) for i, cell in enumerate(row))
        for row in rows
    ]
    lines.insert(1, "  ".join("-" * w for w in widths))
    for r in results:
        why = r.skipped or r.error
        if why:
            lines.append(f"[{r.name}] {'skipped' if r.skipped else 'failed'}: {why}")
    return "\n".join(lines)


def markdown(results: list[PartResult]) -> str:
    """The same table in Markdown, for the README."""
    lines = ["| measure | figure | target | result | ratio |", "|---|---:|---|---|---:|"]
    for r in results:
        for m in r.measures:
            verdict = "" if not m.target else {True: "pass", False: "**fail**", None: "n/a"}[m.passed]
            ratio = "" if m.ratio is None else f"{m.ratio:g}"
            lines.append(f"| {m.name} | {_figure(m)} | {m.target} | {verdict} | {ratio} |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--quick", action="store_true", help="small sizes, for a smoke run")
    parser.add_argument("--only", default=",".join(PARTS), help=f"comma-separated parts: {','.join(PARTS)}")
    parser.add_argument("--json", nargs="?", const="-", help="write the JSON document to FILE (stdout: -)")
    parser.add_argument("--markdown", action="store_true", help="also print the table in Markdown")
    parser.add_argument(
        "--pg", default=DEFAULT_PG, help="PostgreSQL server URL (a database is created on it)"
    )
    args = parser.parse_args(argv)
    parts = [p.strip() for p in args.only.split(",") if p.strip()]
    unknown = [p for p in parts if p not in PARTS]
    if unknown:
        parser.error(f"unknown part(s): {', '.join(unknown)}; choose from {', '.join(PARTS)}")
    size = QUICK if args.quick else NORMAL
    wants_pg = any(p in ("pipeline", "workers", "cli") for p in parts)
    out = sys.stderr if args.json == "-" else sys.stdout
    load_before = load()
    started_at = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
    with contextlib.ExitStack() as stack:
        workdir = Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="ofbot-suite-")))
        pg_url, pg_version, pg_missing = (
            stack.enter_context(pg_database(args.pg)) if wants_pg else (None, None, "not needed")
        )
        ctx = Context(size, workdir, pg_url, pg_missing)
        results = [run_part(name, ctx) for name in PARTS if name in parts]
    document = {
        "size": asdict(size),
        "machine": {**machine(pg_version, started_at), "load_before": load_before, "load_after": load()},
        "parts": {
            r.name: {
                "seconds": r.seconds,
                "load_before": r.load_before,
                "load_after": r.load_after,
                "skipped": r.skipped,
                "error": r.error,
                "details": r.details,
            }
            for r in results
        },
        "measures": [asdict(m) for r in results for m in r.measures],
    }
    m = document["machine"]
    print(
        f"ofbot bench suite ({size.name} size), commit {m['commit']}; {m['cores']} cores; "
        f"Python {m['python']}, SQLite {m['sqlite']}, PostgreSQL {m['postgresql'] or '-'}; "
        f"load average {load_before} before, {m['load_after']} after",
        file=out,
    )
    print(table(results), file=out)
    if args.markdown:
        print("\n" + markdown(results), file=out)
    if args.json == "-":
        print(json.dumps(document, indent=2, default=str))
    elif args.json:
        Path(args.json).write_text(json.dumps(document, indent=2, default=str) + "\n", encoding="utf-8")
    return 1 if any(r.error for r in results) else 0


if __name__ == "__main__":
    sys.exit(main())
