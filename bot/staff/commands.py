"""Staff commands as words: ``estimate OF-2026-0042 1,5``. The shell and Telegram share this.

Each command returns a :class:`CommandResult` with a human text and the JSON document of the
contract; a mistake raises :class:`CommandError` naming what is wrong (usage errors exit 2).
Options every command takes are read here, once, wherever they stand on the line:
``--json`` (the caller prints ``data``), ``--override REASON`` (an action despite a missing
precondition, recorded with the reason).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bot.staff.books import Books
from bot.staff.records import StoredFile
from bot.staff.service import COMMAND_ARGS, CommandError, StaffService
from bot.staff.text import queue_table, show_text, state_line
from bot.templating import format_hours

USAGE = {
    "queue": "queue",
    "mine": "mine",
    "show": "show REF",
    "estimate": "estimate REF HOURS",
    "start": "start REF",
    "approve": "approve REF [--override REASON]",
    "reject": "reject REF REASON",
    "paid": "paid REF",
    "schedule": "schedule REF DATE",
    "done": "done REF",
    "balance": "balance PLATFORM [--year YYYY]",
    "reply": "reply REF TEXT",
    "kind": "kind REF KIND",
    "take": "take REF",
    "give": "give REF NAME",
    "note": "note REF TEXT",
    "find": "find TEXT",
    "client": "client PLATFORM",
    "files": "files REF [--out DIR]",
    "reopen": "reopen REF",
    "link": "link REF [PLATFORM]",
    "resend": "resend REF",
    "canned": "canned [REF [NAME]]",
}
# -- the books' words (ledger corrections, pooled hours, cash, invoices): bot/staff/books.py ------
BOOKS_USAGE = {
    "paid": "paid REF|INVOICE [--method card|transfer|cheque]",
    "done": "done REF [--url URL] [--new-type]",
    "unconfirm": "unconfirm REF",
    "adjust": "adjust PLATFORM HOURS REASON",
    "reply-intent": "reply-intent REF confirm|refuse|question",
    "pool": "pool REF PLATFORM HOURS",
    "cash": "cash REF [on|off]",
    "invoices": "invoices [PLATFORM]",
    "cancel-invoice": "cancel-invoice INVOICE REASON",
    "setup": "setup REF on|off",
}
USAGE.update(BOOKS_USAGE)

# Words whose last argument is free text (the rest of the line).
FREE_TEXT = frozenset({"reply", "reject", "note", "give", "find"})


@dataclass(frozen=True)
class CommandResult:
    text: str
    data: object
    files: tuple[StoredFile, ...] = field(default=())


@dataclass(frozen=True)
class Options:
    """What ``split_options`` took out of the words."""

    words: list[str]
    as_json: bool = False
    override: str | None = None
    out: str | None = None
    year: int | None = None


def split_options(words: list[str]) -> Options:
    """``--json``, ``--override REASON...``, ``--out DIR``, ``--year YYYY`` anywhere on the line."""
    rest: list[str] = []
    as_json = False
    override: str | None = None
    out: str | None = None
    year: int | None = None
    i = 0
    while i < len(words):
        word = words[i]
        if word == "--json":
            as_json = True
        elif word == "--override" or word.startswith("--override="):
            reason_words: list[str] = []
            if "=" in word:
                reason_words.append(word.partition("=")[2])
            i += 1
            while i < len(words) and not words[i].startswith("--"):
                reason_words.append(words[i])
                i += 1
            override = " ".join(reason_words).strip()
            if not override:
                raise CommandError("--override needs a reason: --override REASON", usage=True)
            continue
        elif word in ("--out", "--year"):
            if i + 1 >= len(words):
                raise CommandError(f"{word} needs a value", usage=True)
            if word == "--out":
                out = words[i + 1]
            else:
                try:
                    year = int(words[i + 1])
                except ValueError:
                    raise CommandError("usage: balance PLATFORM [--year YYYY]", usage=True) from None
            i += 2
            continue
        else:
            rest.append(word)
        i += 1
    return Options(rest, as_json, override, out, year)


def _need(words: list[str], count: int, name: str) -> None:
    if len(words) < count:
        raise CommandError(f"usage: {USAGE[name]}", usage=True)


def unknown_command(word: str) -> CommandError:
    listing = ", ".join(USAGE)
    return CommandError(f"unknown command {word!r}; commands: {listing}", usage=True)


def run_command(service: StaffService, words: list[str], actor: str) -> CommandResult:
    # What tells this action apart from another of the same name (repeats within 60 s).
    token = COMMAND_ARGS.set(tuple(w for w in words[2:] if not w.startswith("--")))
    try:
        return _run_command(service, words, actor)
    finally:
        COMMAND_ARGS.reset(token)


def _run_command(service: StaffService, words: list[str], actor: str) -> CommandResult:
    options = split_options(words)
    words = options.words
    if not words:
        raise CommandError("usage: " + " | ".join(USAGE.values()), usage=True)
    name, args = words[0].lower().lstrip("/").replace("_", "-"), words[1:]  # /reply_intent in Telegram
    if name not in USAGE:
        raise unknown_command(words[0])
    if name in BOOKS_USAGE:
        return run_books_command(service, name, args, actor)
    tz = service.settings.tz
    if name in ("queue", "mine"):
        items = service.queue() if name == "queue" else service.mine(actor)
        listed = [item.to_json() for item in items]
        empty = "The queue is empty." if name == "queue" else "Nothing is yours in the queue."
        return CommandResult(queue_table(listed) if listed else empty, listed)
    if name == "balance":
        _need(args, 1, name)
        bal = service.balance(args[0], options.year)
        text = (
            f"{bal.client} {bal.year}: granted {format_hours(bal.granted, 'en')}, used {format_hours(bal.used, 'en')}, "
            f"reserved {format_hours(bal.reserved, 'en')}, remaining {format_hours(bal.remaining, 'en')}"
        )
        return CommandResult(text, bal.to_json())
    if name == "find":
        _need(args, 1, name)
        found = [item.to_json() for item in service.find(" ".join(args))]
        return CommandResult(queue_table(found) if found else "Nothing found.", found)
    if name == "client":
        _need(args, 1, name)
        record = service.client(args[0])
        return CommandResult(client_text(record), record)
    if name == "canned":
        return canned(service, args, actor)
    _need(args, 1, name)
    ref = args[0]
    if name == "show":
        shown = service.show(ref)
        return CommandResult(show_text(shown, tz), shown)
    if name == "files":
        return files(service, ref, options.out)
    if name == "link" and len(args) < 2:
        suggestions = service.link_suggestions(ref)
        text = (
            "Suggested clients: " + ", ".join(suggestions) + f" (link {ref} PLATFORM)"
            if suggestions
            else f"No client to suggest: link {ref} PLATFORM"
        )
        return CommandResult(text, {"request": ref, "suggestions": suggestions})
    rest = " ".join(args[1:])
    actions: dict[str, Callable[[], dict[str, Any]]] = {
        "start": lambda: service.start(ref, actor),
        "approve": lambda: service.approve(ref, actor, options.override),
        "take": lambda: service.take(ref, actor),
        "reopen": lambda: service.reopen(ref, actor),
        "resend": lambda: service.resend(ref, actor),
    }
    with_value: dict[str, Callable[[], dict[str, Any]]] = {
        "estimate": lambda: service.estimate(ref, args[1], actor),
        "schedule": lambda: service.schedule(ref, args[1], actor),
        "kind": lambda: service.set_kind(ref, args[1], actor),
        "reject": lambda: service.reject(ref, rest, actor),
        "reply": lambda: service.reply(ref, rest, actor),
        "note": lambda: service.note(ref, rest, actor),
        "give": lambda: service.give(ref, rest, actor),
        "link": lambda: service.link(ref, args[1], actor),
    }
    if name in actions:
        data = actions[name]()
    else:
        _need(args, 2, name)
        data = with_value[name]()
    text = state_line(data)
    if data.get("note"):
        text = f"{data['note']}\n{text}"
    return CommandResult(text, data)


def files(service: StaffService, ref: str, out: str | None) -> CommandResult:
    found = service.files(ref)
    data: list[dict[str, object]] = []
    written: set[str] = set()
    folder = Path(out) if out else None
    if folder is not None:
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise CommandError(f"{out}: {exc.strerror}") from None
    for message_id, item in found:
        entry: dict[str, object] = {
            "name": item.name,
            "size": item.size,
            "content_type": item.content_type,
            "message_id": message_id,
        }
        if folder is not None:
            name = item.name
            n = 1
            while name in written or (folder / name).exists():
                n += 1
                stem, dot, ext = item.name.rpartition(".")
                name = f"{stem}-{n}.{ext}" if dot else f"{item.name}-{n}"
            (folder / name).write_bytes(item.data)
            written.add(name)
            entry["path"] = str(folder / name)
        data.append(entry)
    if not data:
        return CommandResult(f"{ref}: no attached files.", data)
    lines = [
        f"{d['name']} ({human_size(int(str(d['size'])))})" + (f" -> {d['path']}" if "path" in d else "")
        for d in data
    ]
    return CommandResult("\n".join(lines), data, tuple(item for _, item in found))


def human_size(size: int) -> str:
    if size < 1024:
        return f"{size} B"
    if size < 1024 * 1024:
        return f"{size / 1024:.0f} KB"
    return f"{size / 1024 / 1024:.1f} MB"


def client_text(record: dict[str, Any]) -> str:
    c, b = record["client"], record["balance"]
    lines = [
        f"{c['platform']} — {c['structure']} ({c['tier']}), version {c['version']}",
        f"client {c['client_email']} · contact {c['contact_email']} · responsible "
        f"{c['responsible_name']} <{c['responsible_email']}>",
        f"hours {b['year']}: remaining {format_hours(b['remaining'], 'en')} of "
        f"{format_hours(b['granted'], 'en')} (reserved {format_hours(b['reserved'], 'en')})",
    ]
    if record["open"]:
        lines += ["Open:"] + [f"  {state_line(i)}" for i in record["open"]]
    if record["recent"]:
        lines += ["Recent:"] + [f"  {state_line(i)}" for i in record["recent"]]
    return "\n".join(lines)


def canned(service: StaffService, args: list[str], actor: str) -> CommandResult:
    """``canned``: the list; ``canned REF NAME``: answer the client with that text."""
    from bot.staff.canned import canned_names, render_canned

    if not args:
        names = canned_names(service.renderer)
        return CommandResult("Canned answers: " + ", ".join(names), names)
    ref = args[0]
    if len(args) < 2:
        names = canned_names(service.renderer)
        return CommandResult(f"Canned answers for {ref}: " + ", ".join(names), names)
    text = render_canned(service, ref, args[1])
    data = service.reply(ref, text, actor)
    return CommandResult(state_line(data), data)


# -- the books' words -------------------------------------------------------------------------------


def _option(args: list[str], name: str, usage: str) -> str | None:
    """The value after ``--name`` (removed from ``args``), or None."""
    if name not in args:
        return None
    at = args.index(name)
    if at + 1 >= len(args):
        raise CommandError(f"usage: {usage}", usage=True)
    value = args[at + 1]
    del args[at : at + 2]
    return value


def _flag(args: list[str], name: str) -> bool:
    if name in args:
        args.remove(name)
        return True
    return False


def run_books_command(service: StaffService, name: str, words: list[str], actor: str) -> CommandResult:
    """unconfirm, adjust, reply-intent, pool, cash, invoices, paid, cancel-invoice, done --url/--new-type."""
    books = Books(service)
    args = list(words)
    usage = BOOKS_USAGE[name]
    if name == "invoices":
        rows = books.invoices(args[0] if args else None)
        text = "\n".join(_invoice_line(r) for r in rows) or "No invoice."
        return CommandResult(text, rows)
    if name == "paid":
        method = _option(args, "--method", usage)
        _need(args, 1, name)
        paid = books.paid(args[0], method, actor)
        return CommandResult(_invoice_line(paid) if "invoice" in paid else state_line(paid), paid)
    if name == "cancel-invoice":
        _need(args, 2, name)
        cancelled = books.cancel_invoice(args[0], " ".join(args[1:]), actor)
        return CommandResult(_invoice_line(cancelled), cancelled)
    if name == "adjust":
        _need(args, 3, name)
        adjusted = books.adjust(args[0], args[1], " ".join(args[2:]), actor)
        text = (
            f"{adjusted['client']} {adjusted['year']}: adjusted {args[1]} h; "
            f"used {adjusted['used']}, remaining {adjusted['remaining']}"
        )
        return CommandResult(text, adjusted)
    _need(args, 1, name)
    ref = args[0]
    if name == "done":
        url = _option(args, "--url", usage)
        new_type = _flag(args, "--new-type")
        data = service.done(ref, actor, url=url, new_type=new_type)
    elif name == "unconfirm":
        data = books.unconfirm(ref, actor)
    elif name == "reply-intent":
        _need(args, 2, name)
        data = books.reply_intent(ref, args[1], actor)
    elif name == "setup":
        _need(args, 2, name)
        data = books.setup(ref, args[1], actor)
    elif name == "pool":
        _need(args, 3, name)
        data = books.pool(ref, args[1], args[2], actor)
    else:  # cash
        data = books.cash(ref, args[1] if len(args) > 1 else None, actor)
    return CommandResult(state_line(data), data)


def _invoice_line(data: dict[str, object]) -> str:
    method = f" by {data['method']}" if data.get("method") else ""
    return (
        f"{data['invoice']} {data['client']} [{data.get('request') or '-'}]: {data['total_ht']} HT, "
        f"{data['total_ttc']} TTC {data['currency']}, {data['status']}{method}"
    )
