"""Staff commands as words: ``estimate OF-2026-0042 1,5``. The shell and Telegram share this.

Each command returns a :class:`CommandResult` with a human text and the JSON document of the
contract; a mistake raises :class:`CommandError` naming what is wrong (usage errors exit 2).
Options every command takes are read here, once, wherever they stand on the line:
``--json`` (the caller prints ``data``), ``--override REASON`` (an action despite a missing
precondition, recorded with the reason).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from bot.staff.books import Books
from bot.staff.service import COMMAND_ARGS, CommandError, StaffService
from bot.staff.text import state_line
from bot.staff.words import (
    BOOKS_USAGE,
    FREE_TEXT,
    READ_WORDS,
    USAGE,
    CommandResult,
    Options,
    client_text,
    invoice_line,
    need,
    run_read,
    split_options,
    unknown_command,
    word_name,
)

__all__ = [
    "BOOKS_USAGE",
    "FREE_TEXT",
    "USAGE",
    "CommandResult",
    "Options",
    "client_text",
    "run_command",
    "split_options",
    "unknown_command",
]


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
    name, args = word_name(words[0]), words[1:]  # /reply_intent in Telegram
    if name not in USAGE:
        raise unknown_command(words[0])
    if name in READ_WORDS:
        return run_read(service.reads, name, options, actor, service.settings.tz)
    if name in BOOKS_USAGE:
        return run_books_command(service, name, args, actor)
    if name == "canned":
        return canned(service, args, actor)
    need(args, 1, name)
    ref = args[0]
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
        need(args, 2, name)
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
    """unconfirm, adjust, reply-intent, pool, cash, paid, cancel-invoice, done --url/--new-type."""
    books = Books(service)
    args = list(words)
    usage = BOOKS_USAGE[name]
    if name == "paid":
        method = _option(args, "--method", usage)
        need(args, 1, name)
        paid = books.paid(args[0], method, actor)
        return CommandResult(invoice_line(paid) if "invoice" in paid else state_line(paid), paid)
    if name == "cancel-invoice":
        need(args, 2, name)
        cancelled = books.cancel_invoice(args[0], " ".join(args[1:]), actor)
        return CommandResult(invoice_line(cancelled), cancelled)
    if name == "adjust":
        need(args, 3, name)
        adjusted = books.adjust(args[0], args[1], " ".join(args[2:]), actor)
        text = (
            f"{adjusted['client']} {adjusted['year']}: adjusted {args[1]} h; "
            f"used {adjusted['used']}, remaining {adjusted['remaining']}"
        )
        return CommandResult(text, adjusted)
    need(args, 1, name)
    ref = args[0]
    if name == "done":
        url = _option(args, "--url", usage)
        new_type = _flag(args, "--new-type")
        data = service.done(ref, actor, url=url, new_type=new_type)
    elif name == "unconfirm":
        data = books.unconfirm(ref, actor)
    elif name == "reply-intent":
        need(args, 2, name)
        data = books.reply_intent(ref, args[1], actor)
    elif name == "setup":
        need(args, 2, name)
        data = books.setup(ref, args[1], actor)
    elif name == "pool":
        need(args, 3, name)
        data = books.pool(ref, args[1], args[2], actor)
    else:  # cash
        data = books.cash(ref, args[1] if len(args) > 1 else None, actor)
    return CommandResult(state_line(data), data)
