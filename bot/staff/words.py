"""Staff words: their names and usage, the options every word takes, and the words that only read.

Shared by the shell and Telegram (:mod:`bot.staff.commands`). Light on purpose: ``ofbot staff
queue`` parses its words and answers a read (:func:`run_read`) through :mod:`bot.staff.reads`
(the listings through :mod:`bot.staff.listing`, without SQLAlchemy) without importing the actions' modules (handlers, mail, templates).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from bot.formats import format_hours
from bot.staff.errors import CommandError
from bot.staff.text import queue_table, show_text, state_line

if TYPE_CHECKING:
    from bot.staff.listing import ListReads
    from bot.staff.reads import DeskReads
    from bot.staff.records import StoredFile

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


def need(words: list[str], count: int, name: str) -> None:
    if len(words) < count:
        raise CommandError(f"usage: {USAGE[name]}", usage=True)


def unknown_command(word: str) -> CommandError:
    listing = ", ".join(USAGE)
    return CommandError(f"unknown command {word!r}; commands: {listing}", usage=True)


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


def invoice_line(data: dict[str, object]) -> str:
    method = f" by {data['method']}" if data.get("method") else ""
    return (
        f"{data['invoice']} {data['client']} [{data.get('request') or '-'}]: {data['total_ht']} HT, "
        f"{data['total_ttc']} TTC {data['currency']}, {data['status']}{method}"
    )


# Words that only read: the command line answers them from a light context (no delivery after).
READ_WORDS = frozenset({"queue", "mine", "show", "find", "balance", "client", "invoices"})
# All but show: plain SQL that the command line runs without SQLAlchemy (bot.staff.listing).
LIST_WORDS = READ_WORDS - {"show"}


def word_name(word: str) -> str:
    """The canonical name of a typed word: ``/reply_intent`` (Telegram) -> ``reply-intent``."""
    return word.lower().lstrip("/").replace("_", "-")


def read_word(words: list[str]) -> str | None:
    """The name of the word on the line when it only reads, else None (an action, or a mistake).
    Options are taken out first, as :func:`run_read` will (``--out DIR`` takes a value)."""
    rest = split_options(words).words
    if not rest:
        return None
    name = word_name(rest[0])
    return name if name in READ_WORDS else None


def run_list_read(
    lists: ListReads, name: str, options: Options, actor: str, text: bool = True
) -> CommandResult:
    """Answer a listing word (``name`` in :data:`LIST_WORDS`, ``options.words`` the whole line).
    ``text=False``: the JSON only (the text of a long queue is a table to lay out for nothing)."""
    args = options.words[1:]
    if name in ("queue", "mine"):
        listed = [item.to_json() for item in (lists.queue() if name == "queue" else lists.mine(actor))]
        empty = "The queue is empty." if name == "queue" else "Nothing is yours in the queue."
        return CommandResult((queue_table(listed) if listed else empty) if text else "", listed)
    if name == "invoices":
        rows = lists.invoices(args[0] if args else None)
        return CommandResult("\n".join(invoice_line(r) for r in rows) or "No invoice." if text else "", rows)
    need(args, 1, name)
    if name == "find":
        found = [item.to_json() for item in lists.find(" ".join(args))]
        return CommandResult((queue_table(found) if found else "Nothing found.") if text else "", found)
    if name == "client":
        record = lists.client(args[0])
        return CommandResult(client_text(record) if text else "", record)
    bal = lists.balance(args[0], options.year)  # balance
    line = (
        f"{bal.client} {bal.year}: granted {format_hours(bal.granted, 'en')}, "
        f"used {format_hours(bal.used, 'en')}, reserved {format_hours(bal.reserved, 'en')}, "
        f"remaining {format_hours(bal.remaining, 'en')}"
    )
    return CommandResult(line, bal.to_json())


def run_read(
    reads: DeskReads, name: str, options: Options, actor: str, tz: dt.tzinfo, text: bool = True
) -> CommandResult:
    """Answer a read word (``name`` in :data:`READ_WORDS`, ``options.words`` the whole line)."""
    if name in LIST_WORDS:
        return run_list_read(reads.lists, name, options, actor, text)
    args = options.words[1:]
    need(args, 1, name)
    shown = reads.show(args[0])  # show
    return CommandResult(show_text(shown, tz) if text else "", shown)
