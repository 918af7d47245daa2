"""The ``ofbot`` command line (ARCHITECTURE "Command line").

Exit codes: 0 done; 1 a failure the message explains; 2 bad usage. With ``--json`` stdout holds
one JSON document and nothing else; everything for humans goes to stderr.

Start-up is part of every command's time: this module imports the standard library and the
configuration only, parses the line, and each command imports what it uses. The commands that
only read (``staff queue|mine|show|find|balance|client|invoices``, ``clients list``, ``outbox``,
``quarantine``) open a :class:`bot.app.Reader` (the database and the clock), the others the
whole :class:`bot.app.App`; only ``init`` and ``migrate`` import Alembic. The listings among
them (every staff read but ``show``, and ``clients list``) do not even import SQLAlchemy: they
run their SQL on a plain DB-API connection (:func:`light_read`, :mod:`storage.lightdb`).
"""

from __future__ import annotations

import argparse
import contextlib
import getpass
import json
import logging
import os
import sys
import traceback
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from bot.config import STARTER_TOML, ConfigError, LoggingSettings, Settings, load_settings
from bot.configsource import describe, find_config
from bot.logsetup import configure_logging
from bot.staff.errors import CommandError

if TYPE_CHECKING:
    from bot.app import App, Reader
    from bot.clientview import ClientRecord
    from bot.ingest import StoreResult
    from bot.staff.listing import ListReads
    from storage.lightdb import LightConnection

log = logging.getLogger("ofbot")


class UsageError(Exception):
    """Bad usage: exit 2."""


class Failure(Exception):
    """A failure the message explains: exit 1."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        raise UsageError(f"{self.prog}: {message}")


def build_parser() -> argparse.ArgumentParser:
    common = _Parser(add_help=False)
    # SUPPRESS: an option given before the sub-command is not reset by the sub-command's default
    common.add_argument(
        "--config",
        default=argparse.SUPPRESS,
        help="configuration file (default: OFBOT_CONFIG, ./ofbot.toml, /etc/ofbot/ofbot.toml)",
    )
    common.add_argument("--db", default=argparse.SUPPRESS, help="database URL, overrides database.url")
    common.add_argument(
        "-v", "--verbose", action="store_true", default=argparse.SUPPRESS, help="more log output"
    )
    common.add_argument(
        "--debug", action="store_true", default=argparse.SUPPRESS, help="tracebacks on failures"
    )

    parser = _Parser(prog="ofbot", description="The e-mail and chat request desk.", parents=[common])
    sub = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)

    sub.add_parser("init", parents=[common], help="create the database and a starter ofbot.toml")
    sub.add_parser("migrate", parents=[common], help="upgrade the database schema")
    backup = sub.add_parser("backup", parents=[common], help="copy the SQLite database while it runs")
    backup.add_argument("file")
    config = sub.add_parser("config", parents=[common], help="the effective configuration")
    config_sub = config.add_subparsers(dest="config_command", required=True, parser_class=_Parser)
    show = config_sub.add_parser("show", parents=[common], help="every key, its value and its source")
    show.add_argument("--json", action="store_true")
    run = sub.add_parser("run", parents=[common], help="the service")
    run.add_argument("--demo", action="store_true", help="seed demo clients on an empty database")
    run.add_argument("--once", action="store_true", help="poll, run due jobs, deliver, exit (for cron)")

    clients = sub.add_parser("clients", parents=[common], help="client records")
    csub = clients.add_subparsers(dest="clients_command", required=True, parser_class=_Parser)
    imp = csub.add_parser("import", parents=[common], help="create or update clients from a CSV file")
    imp.add_argument("file")
    lst = csub.add_parser("list", parents=[common], help="list clients")
    lst.add_argument("--json", action="store_true")

    ingest = sub.add_parser(
        "ingest", parents=[common], help="feed .eml, mbox or maildir through the pipeline"
    )
    ingest.add_argument("--json", action="store_true")
    ingest.add_argument("paths", nargs="+")

    explain = sub.add_parser("explain", parents=[common], help="what the bot would do with a message")
    explain.add_argument("file")
    explain.add_argument("--json", action="store_true")

    staff = sub.add_parser("staff", parents=[common], help="staff-chat commands from a shell")
    staff.add_argument("--json", action="store_true")
    staff.add_argument(
        "--as", dest="actor", default=argparse.SUPPRESS, help="who acts (default: the login name)"
    )
    staff.add_argument("words", nargs=argparse.REMAINDER, help="COMMAND [ARGS]")

    report = sub.add_parser("report", parents=[common], help="digests for staff (the weekly one)")
    report.add_argument("--weekly", action="store_true", help="the weekly digest (the default)")
    report.add_argument("--png", default=None, help="write the weekly chart to this PNG file")

    rules = sub.add_parser("rules", parents=[common], help="every DOMAIN rule, its code and its tests")
    rules.add_argument("--json", action="store_true")

    model = sub.add_parser("model", parents=[common], help="the learned kind model")
    msub = model.add_subparsers(dest="model_command", required=True, parser_class=_Parser)
    mtrain = msub.add_parser("train", parents=[common], help="train on the corpus and staff corrections")
    mtrain.add_argument("--json", action="store_true")
    mshow = msub.add_parser("show", parents=[common], help="the live model")
    mshow.add_argument("--json", action="store_true")
    mreport = msub.add_parser("report", parents=[common], help="automatic answers, corrections, confusion")
    mreport.add_argument("--since", default=None, help="from this day (YYYY-MM-DD)")
    mreport.add_argument("--json", action="store_true")

    outbox = sub.add_parser("outbox", parents=[common], help="outbound mail and its delivery state")
    outbox.add_argument("--json", action="store_true")
    outbox.add_argument("--failed", action="store_true", help="only mail that failed for good")
    outbox.add_argument("--all", action="store_true", help="with retry: every failed mail")
    outbox.add_argument("action", nargs="*", help="retry ID... | retry --all")
    quarantine = sub.add_parser("quarantine", parents=[common], help="messages stored but not processed")
    quarantine.add_argument("--json", action="store_true")
    return parser


def hoist_global_options(argv: Sequence[str]) -> list[str]:
    """Accept ``--db URL``, ``--config FILE`` and ``--debug`` anywhere, even after ``staff COMMAND ARGS``."""
    front: list[str] = []
    rest: list[str] = []
    words = list(argv)
    i = 0
    while i < len(words):
        word = words[i]
        if word in ("--db", "--config") and i + 1 < len(words):
            front += [word, words[i + 1]]
            i += 2
            continue
        if word.startswith(("--db=", "--config=")) or word == "--debug":
            front.append(word)
        else:
            rest.append(word)
        i += 1
    return front + rest


def take_actor(argv: Sequence[str]) -> tuple[list[str], str | None]:
    """``--as NAME`` (or ``--as=NAME``) anywhere on the line: who acts, for every staff word."""
    words = list(argv)
    name: str | None = None
    rest: list[str] = []
    i = 0
    while i < len(words):
        word = words[i]
        if word == "--as":
            if i + 1 >= len(words):
                raise UsageError("--as needs a NAME")
            name = words[i + 1]
            i += 2
            continue
        if word.startswith("--as="):
            name = word.partition("=")[2]
        else:
            rest.append(word)
        i += 1
    if name is not None and not name.strip():
        raise UsageError("--as needs a NAME")
    return rest, name.strip() if name else None


def login_name() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no user name in this environment
        return os.environ.get("USER") or os.environ.get("LOGNAME") or "staff"


def main(argv: Sequence[str] | None = None) -> int:
    try:
        return _main(argv)
    except BrokenPipeError:
        # `ofbot staff queue | head`: the reader went away; say nothing more, like other tools
        with contextlib.suppress(OSError):
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
        return 0


def _main(argv: Sequence[str] | None = None) -> int:
    try:
        words, acting = take_actor(sys.argv[1:] if argv is None else argv)
        args = build_parser().parse_args(hoist_global_options(words))
        if acting is not None:
            args.actor = acting
    except UsageError as exc:
        print(exc, file=sys.stderr)
        return 2
    debug = bool(getattr(args, "debug", False))
    configure_logging(LoggingSettings(), verbose=bool(getattr(args, "verbose", False)), debug=debug)
    settings: Settings | None = None
    try:
        settings = load_settings(getattr(args, "config", None), db_url=getattr(args, "db", None))
        configure_logging(settings.logging, verbose=bool(getattr(args, "verbose", False)), debug=debug)
        return dispatch(args, settings)
    except ConfigError as exc:
        print(f"ofbot: configuration: {exc}", file=sys.stderr)
        return 1
    except UsageError as exc:
        print(f"ofbot: {exc}", file=sys.stderr)
        return 2
    except CommandError as exc:
        print(f"ofbot: {exc}", file=sys.stderr)
        return 2 if exc.usage else 1
    except KeyboardInterrupt:
        return 130
    except Exception as exc:  # start-up and environment failures: one sentence, exit 1
        from bot.startup import StartupError, describe_failure  # the database's errors: SQLAlchemy

        if debug:
            traceback.print_exc()
        if isinstance(exc, Failure | StartupError):
            print(f"ofbot: {one_line(str(exc))}", file=sys.stderr)
        else:
            hint = "" if debug else " (run with --debug for the details)"
            print(f"ofbot: {one_line(describe_failure(exc, settings))}{hint}", file=sys.stderr)
        return 1


def one_line(text: str) -> str:
    return " ".join(text.split())


def open_app(settings: Settings) -> App:
    """The app on an existing database of the right schema; never creates or migrates anything."""
    from bot.app import build_app
    from bot.startup import require_schema

    require_schema(settings)
    return build_app(settings, migrate_schema=False)


def open_reader(settings: Settings) -> Reader:
    """The database and the clock, for a command that only reads (checked like :func:`open_app`)."""
    from bot.app import build_reader
    from bot.startup import require_schema

    require_schema(settings)
    return build_reader(settings)


def reads_only(args: argparse.Namespace) -> bool:
    """Whether the command only reads: it then runs on a :class:`Reader` and delivers nothing."""
    from bot.staff.words import read_word

    command = args.command
    if command == "staff":
        return read_word(list(args.words)) is not None
    if command == "clients":
        return bool(args.clients_command == "list")
    if command == "outbox":
        return not args.action and not args.all
    return bool(command == "quarantine")


def light_word(args: argparse.Namespace) -> str | None:
    """The read this command is when a plain DB-API connection answers it: a staff read but
    ``show``, ``clients`` (list), ``outbox`` (list) or ``quarantine``; else None."""
    if args.command == "staff":
        from bot.staff.words import LIST_WORDS, read_word

        word = read_word(list(args.words))
        return word if word in LIST_WORDS else None
    return str(args.command) if reads_only(args) else None


def light_read(args: argparse.Namespace, settings: Settings) -> int | None:
    """Answer a :func:`light_word` read on a plain DB-API connection, without importing
    SQLAlchemy (:mod:`storage.lightdb`: the import alone took most of these commands' time);
    None when the URL or the schema calls for the SQLAlchemy way, which says what is wrong."""
    from storage.lightdb import LightConnection, light_target, schema_state
    from storage.schemastate import SchemaState

    name = light_word(args)
    target = light_target(settings.database.url) if name else None
    if name is None or target is None:
        return None
    try:
        connection = LightConnection.open(target)
    except Exception:  # unreachable, refused...: the SQLAlchemy way gives the sentence
        log.debug("light read: cannot open the database", exc_info=True)
        return None
    with connection:
        if schema_state(connection) is not SchemaState.CURRENT:
            return None
        return answer_read(connection, name, args, settings)


def answer_read(connection: LightConnection, name: str, args: argparse.Namespace, settings: Settings) -> int:
    """A :func:`light_word` read on a connection (plain, or lent by a session)."""
    from contextlib import nullcontext

    from bot.clock import clock_from_env
    from bot.staff.listing import ListReads

    if name == "outbox":
        return cmd_outbox(connection, args)
    if name == "quarantine":
        return cmd_quarantine(connection, args)
    lists = ListReads(lambda: nullcontext(connection), clock_from_env(settings.tz), settings.catalogue)
    if name == "clients":
        return print_clients(lists.clients(), args.json)
    return cmd_list_read(lists, name, args)


def dispatch(args: argparse.Namespace, settings: Settings) -> int:
    command = args.command
    if command == "explain":
        return cmd_explain(args, settings)
    if command == "init":
        return cmd_init(args, settings)
    if command == "migrate":
        return cmd_migrate(settings)
    if command == "config":
        return cmd_config(args, settings)
    if command == "backup":
        from bot.backup import backup_database

        print(backup_database(settings, args.file), file=sys.stderr)
        return 0
    if command == "rules":
        return cmd_rules(args)
    if command == "run":
        from bot.service import run_service

        return run_service(settings, demo=args.demo, once=args.once)
    light = light_read(args, settings)
    if light is not None:
        return light
    if reads_only(args):  # show, or a URL the light connection does not open
        reader = open_reader(settings)
        try:
            name = light_word(args)
            if name is None:
                return cmd_staff_read(reader, args)
            from storage.lightdb import LightConnection

            with reader.sessions() as session:
                return answer_read(LightConnection.of(session.connection()), name, args, settings)
        finally:
            reader.close()
    app = open_app(settings)
    try:
        if command == "clients":
            return cmd_clients(app, args)
        if command == "ingest":
            return cmd_ingest(app, args)
        if command == "staff":
            return cmd_staff(app, args)
        if command == "outbox":
            return cmd_outbox_retry(app, args)
        if command == "report":
            return cmd_report(app, args)
        if command == "model":
            return cmd_model(app, args)
    finally:
        app.close()
    raise UsageError(f"unknown command {command}")


def emit(data: object) -> None:
    """One JSON document on stdout. An array is written one element per line: Python's JSON
    encoder indents in pure Python, 20 times slower than compact, and the queue of 50,000
    requests took seconds to print that way; one request per line also suits ``grep``."""
    if isinstance(data, list):
        encode = json.JSONEncoder(ensure_ascii=False, default=str).encode  # one encoder for all
        lines = ",\n".join("  " + encode(item) for item in data)
        text = f"[\n{lines}\n]" if data else "[]"
    else:
        text = json.dumps(data, ensure_ascii=False, indent=2, default=str)
    sys.stdout.write(text + "\n")
    sys.stdout.flush()


def cmd_rules(args: argparse.Namespace) -> int:
    """Every rule of DOMAIN.md with who applies it and the modules and tests citing it."""
    from bot.rules import coverage

    found = coverage()
    if args.json:
        emit([c.to_json() for c in found])
        return 0
    for c in found:
        tests = "tests unknown" if c.tests is None else f"{len(c.tests)} test file(s)"
        note = f" ({c.rule.note})" if c.rule.note else ""
        print(f"{c.rule.rule:4} {c.rule.by:9} {c.rule.title}{note}")
        print(f"     {', '.join(c.modules) or 'no module'}; {tests}")
    return 0


def cmd_init(args: argparse.Namespace, settings: Settings) -> int:
    from bot.startup import create_or_upgrade, create_outbox_folder
    from storage.schema import shown_url

    create_or_upgrade(settings)
    print(f"database ready: {shown_url(settings.database.url)}", file=sys.stderr)
    folder = create_outbox_folder(settings)
    if folder is not None:
        print(f"outbound mail goes to the maildir {folder}/new (no relay configured)", file=sys.stderr)
    if find_config(getattr(args, "config", None), os.environ).path is None:
        Path("ofbot.toml").write_text(STARTER_TOML, encoding="utf-8")
        print("wrote a starter ofbot.toml", file=sys.stderr)
    return 0


def cmd_migrate(settings: Settings) -> int:
    from bot.startup import create_or_upgrade, engine_for
    from storage.schema import SchemaState, check_schema

    engine = engine_for(settings)
    try:
        before = check_schema(engine, settings.database.url)
    finally:
        engine.dispose()
    if before.state is SchemaState.NEWER:
        raise Failure(before.sentence())
    create_or_upgrade(settings)
    if before.ok:
        print(f"the database at {before.url} is already up to date", file=sys.stderr)
    else:
        print(f"the database at {before.url} is up to date (was: {before.state.value})", file=sys.stderr)
    return 0


def cmd_config(args: argparse.Namespace, settings: Settings) -> int:
    location = find_config(getattr(args, "config", None), os.environ)
    entries = describe(settings, location, os.environ, getattr(args, "db", None))
    if args.json:
        emit(
            {
                "config_file": str(location.path) if location.path else None,
                "found_by": location.found_by,
                "settings": {e.key: {"value": e.value, "source": e.source} for e in entries},
            }
        )
        return 0
    where = f"{location.path} (found by {location.found_by})" if location.path else "none (embedded defaults)"
    print(f"# configuration file: {where}")
    width = max(len(e.key) for e in entries)
    for e in entries:
        value = "" if e.value is None else json.dumps(e.value, ensure_ascii=False)
        print(f"{e.key:{width}} = {value:40} # {e.source}")
    return 0


def cmd_clients(app: App, args: argparse.Namespace) -> int:
    """``clients import FILE``."""
    from bot.clients import ImportError_, import_clients, parse_clients_csv

    if args.clients_command == "import":
        try:
            text = Path(args.file).read_text(encoding="utf-8")
        except FileNotFoundError:
            raise Failure(f"{args.file}: no such file") from None
        except UnicodeDecodeError as exc:
            raise Failure(f"{args.file}: not UTF-8 (byte {exc.start})") from None
        except OSError as exc:
            raise Failure(f"{args.file}: {exc.strerror}") from None
        try:
            rows, warnings = parse_clients_csv(text, app.clock.year())
        except ImportError_ as exc:
            for problem in exc.problems:
                print(f"{args.file}: {problem}", file=sys.stderr)
            print(f"{args.file}: nothing imported", file=sys.stderr)
            return 1
        for warning in warnings:
            print(f"{args.file}: warning: {warning}", file=sys.stderr)
        with app.sessions() as session, session.begin():
            created, updated, unchanged = import_clients(session, rows, app.clock)
        print(f"{args.file}: {created} created, {updated} updated, {unchanged} unchanged", file=sys.stderr)
        return 0
    raise UsageError(f"unknown clients command {args.clients_command}")


def print_clients(clients: Sequence[ClientRecord], as_json: bool) -> int:
    from bot.clientview import client_json

    if as_json:
        emit([client_json(c) for c in clients])
    else:
        for c in clients:
            print(f"{c.platform:20} {c.tier:12} {c.version:9} {c.client_email}")
    return 0


def cmd_ingest(app: App, args: argparse.Namespace) -> int:
    """Store every message first, then process them as a backlog is processed (transactions of
    several, one savepoint each): one commit per mail would cost most of the time."""
    from bot.delivery import deliver_or_leave, prepare
    from bot.sources import iter_sources

    prepare(app)
    stored: list[tuple[str, StoreResult]] = []
    failures = 0
    for name, raw in iter_sources(args.paths):
        if isinstance(raw, Exception):
            failures += 1
            print(f"{name}: not stored: {raw}", file=sys.stderr)
            continue
        try:
            stored.append((name, app.ingestor.store(raw, "ingest")))
        except Exception as exc:  # the store itself failed: the message is not safe
            failures += 1
            log.exception("%s: not stored", name)
            print(f"{name}: not stored: {type(exc).__name__}: {exc}", file=sys.stderr)
    outcomes = app.ingestor.process_stored([result.row_id for _, result in stored])
    results: list[dict[str, object]] = []
    for (name, result), outcome in zip(stored, outcomes, strict=True):
        if result.duplicate:
            outcome = replace(outcome, duplicate=True)
        data = outcome.to_json()
        results.append(data)
        if not args.json:
            what = "duplicate" if outcome.duplicate else ("quarantined" if outcome.quarantined else "stored")
            print(f"{name}: {what}: {data.get('next_action', outcome.error or '')}", file=sys.stderr)
    deliver_or_leave(app)  # a delivery failure is reported, but ingest's status is about storing
    if args.json:
        emit(results)
    return 1 if failures else 0


def cmd_explain(args: argparse.Namespace, settings: Settings) -> int:
    from bot.explain import explain_file

    try:
        raw = Path(args.file).read_bytes()
    except OSError as exc:
        raise Failure(f"{args.file}: {exc.strerror}") from None
    data = explain_file(settings, raw)
    if args.json:
        emit(data)
    else:
        for key, value in data.items():
            print(f"{key:16} {value}")
    return 0


def staff_actor(args: argparse.Namespace) -> str:
    return f"shell:{getattr(args, 'actor', None) or login_name()}"


def cmd_staff_read(reader: Reader, args: argparse.Namespace) -> int:
    """A staff word that only reads: answered from the :class:`Reader`, nothing to deliver."""
    from bot.staff.words import read_word, run_read, split_options

    words = list(args.words)
    name = read_word(words)
    assert name is not None  # dispatch sends only read words here
    as_json = bool(args.json) or "--json" in words
    options = split_options(words)
    result = run_read(reader.reads, name, options, staff_actor(args), reader.settings.tz, text=not as_json)
    if as_json:
        emit(result.data)
    else:
        print(result.text)
    return 0


def cmd_list_read(lists: ListReads, name: str, args: argparse.Namespace) -> int:
    """A listing word on the light connection (:func:`light_read`): the same answer as
    :func:`cmd_staff_read` gives through the :class:`Reader`."""
    from bot.staff.words import run_list_read, split_options

    words = list(args.words)
    as_json = bool(args.json) or "--json" in words
    result = run_list_read(lists, name, split_options(words), staff_actor(args), text=not as_json)
    if as_json:
        emit(result.data)
    else:
        print(result.text)
    return 0


def cmd_staff(app: App, args: argparse.Namespace) -> int:
    from bot.delivery import deliver_or_leave, prepare
    from bot.staff.commands import run_command

    words = list(args.words)
    as_json = args.json or "--json" in words
    actor = staff_actor(args)
    prepare(app)
    result = run_command(app.staff, words, actor)
    if as_json:
        emit(result.data)
    else:
        print(result.text)
    sys.stdout.flush()
    return deliver_or_leave(app)


def cmd_report(app: App, args: argparse.Namespace) -> int:
    """``report --weekly [--png FILE]``: the weekly digest as text, its chart as a PNG file."""
    from bot.delivery import prepare
    from bot.staff.digest import weekly_chart, weekly_data, weekly_text

    prepare(app)
    with app.sessions() as session:
        text = weekly_text(session, app.settings, app.clock)
        data = weekly_data(session, app.settings, app.clock)
    if args.png:
        try:
            Path(args.png).write_bytes(weekly_chart(data))
        except OSError as exc:
            raise Failure(f"{args.png}: {exc.strerror}") from None
        print(f"chart written to {args.png}", file=sys.stderr)
    print(text)
    return 0


def cmd_model(app: App, args: argparse.Namespace) -> int:
    from bot.learning import commands

    try:
        if args.model_command == "train":
            data = commands.train_and_store(app)
        elif args.model_command == "show":
            data = commands.show(app)
        else:
            data = commands.report_for(app, args.since)
    except commands.ModelError as exc:
        raise Failure(str(exc)) from None
    if args.json:
        emit(data)
    else:
        for key, value in data.items():
            if key == "reply" and isinstance(value, dict):
                for reply_key, reply_value in value.items():
                    print(f"{'reply ' + reply_key:22} {reply_value}")
            else:
                print(f"{key:22} {value}")
    return 0


_OUTBOX = """
SELECT o.id, o.to_addr, o.subject, r.ref, o.state, o.attempts, o.created_at, o.sent_at, o.last_error
FROM outbox o LEFT OUTER JOIN requests r ON r.id = o.request_id {where} ORDER BY o.id
"""


def cmd_outbox(connection: LightConnection, args: argparse.Namespace) -> int:
    """Outbound mail, oldest first: the listed columns only (not the mail itself), and the
    request's reference by a join (it read every request's reference before)."""
    from storage.lightdb import utc, utc_or_none

    rows = connection.rows(_OUTBOX.format(where="WHERE o.state = 'failed'" if args.failed else ""))
    data = [
        {
            "id": id_,
            "to": to,
            "subject": subject,
            "request": ref,
            "state": state,
            "attempts": attempts,
            "created_at": utc(created_at).isoformat(),
            "sent_at": sent.isoformat() if (sent := utc_or_none(sent_at)) else None,
        }
        for id_, to, subject, ref, state, attempts, created_at, sent_at, _ in rows
    ]
    if args.json:
        emit(data)
    else:
        for d, (*_, last_error) in zip(data, rows, strict=True):
            line = f"#{d['id']:<5} {d['state']:8} {d['to']:30} {d['subject']}"
            if d["state"] != "sent" and last_error:
                line += f"  [{last_error}]"
            print(line)
    return 0


def cmd_outbox_retry(app: App, args: argparse.Namespace) -> int:
    from bot.delivery import deliver_or_leave, prepare
    from bot.outboxadmin import RetryRefused, retry_failed

    if not args.action:
        raise UsageError("--all goes with retry: ofbot outbox retry --all")

    verb, *ids = args.action
    if verb != "retry":
        raise UsageError(f"unknown outbox action {verb!r}: ofbot outbox retry ID...|--all")
    if bool(ids) == bool(args.all):
        raise UsageError("ofbot outbox retry takes mail ids or --all")
    try:
        numbers = None if args.all else [int(i.lstrip("#")) for i in ids]
    except ValueError:
        raise UsageError(f"outbox ids are numbers: {' '.join(ids)}") from None
    prepare(app)
    try:
        retried = retry_failed(app.sessions, app.clock, numbers)
    except RetryRefused as exc:
        raise Failure(str(exc)) from None
    print(
        f"{len(retried)} mail(s) queued again: {', '.join(f'#{i}' for i in retried) or 'none'}",
        file=sys.stderr,
    )
    return deliver_or_leave(app)


def cmd_quarantine(connection: LightConnection, args: argparse.Namespace) -> int:
    """Messages stored but not processed: the listed columns only (a quarantined mail may be big)."""
    from storage.lightdb import utc

    rows = connection.rows(
        "SELECT id, message_id, from_addr, subject, received_at, size, error FROM messages"
        " WHERE status = 'quarantined' ORDER BY id"
    )
    data = [
        {
            "id": id_,
            "message_id": message_id,
            "from": from_addr,
            "subject": subject,
            "received_at": utc(received_at).isoformat(),
            "size": size,
            "error": error,
        }
        for id_, message_id, from_addr, subject, received_at, size, error in rows
    ]
    if args.json:
        emit(data)
    else:
        for d in data:
            print(f"#{d['id']:<5} {d['from']:30} {d['subject']}: {d['error']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
