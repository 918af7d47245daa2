"""Staff commands as words: ``estimate OF-2026-0042 1,5``. The shell and Telegram share this.

Each command returns a :class:`CommandResult` with a human text and the JSON document of the
contract; a mistake raises :class:`CommandError` naming what is wrong (usage errors exit 2).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from bot.staff.books import Books
from bot.staff.service import CommandError, StaffService
from bot.templating import format_hours

USAGE = {
    "queue": "queue",
    "show": "show REF",
    "estimate": "estimate REF HOURS",
    "start": "start REF",
    "approve": "approve REF [--override REASON]",
    "reject": "reject REF REASON",
    "paid": "paid REF",
    "schedule": "schedule REF YYYY-MM-DD",
    "done": "done REF",
    "balance": "balance PLATFORM [--year YYYY]",
    "reply": "reply REF TEXT",
    "kind": "kind REF KIND",
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
}
USAGE.update(BOOKS_USAGE)


@dataclass(frozen=True)
class CommandResult:
    text: str
    data: object


def _need(words: list[str], count: int, name: str) -> None:
    if len(words) < count:
        raise CommandError(f"usage: {USAGE[name]}", usage=True)


def _state_line(data: dict[str, object]) -> str:
    hours = data.get("estimate_hours")
    est = f", estimate {format_hours(hours, 'en')}" if isinstance(hours, float | int) else ""
    cash = ", cash-funded" if data.get("cash_funded") else ""
    return f"[{data['request']}] {data.get('client') or '(unknown client)'} {data['kind']}: {data['state']}{est}{cash}"


def run_command(service: StaffService, words: list[str], actor: str) -> CommandResult:
    if not words:
        raise CommandError("usage: " + " | ".join(USAGE.values()), usage=True)
    name, args = words[0].lower().lstrip("/").replace("_", "-"), words[1:]  # /reply_intent in Telegram
    if name not in USAGE:
        raise CommandError(f"unknown command {words[0]!r}; commands: {', '.join(USAGE)}", usage=True)
    if name in BOOKS_USAGE:
        return run_books_command(service, name, args, actor)
    if name == "queue":
        items = [item.to_json() for item in service.queue()]
        text = "\n".join(_state_line(i) for i in items) or "The queue is empty."
        return CommandResult(text, items)
    if name == "balance":
        _need(args, 1, name)
        year: int | None = None
        if "--year" in args:
            at = args.index("--year")
            try:
                year = int(args[at + 1])
            except (IndexError, ValueError):
                raise CommandError("usage: balance PLATFORM [--year YYYY]", usage=True) from None
        bal = service.balance(args[0], year)
        data = bal.to_json()
        text = (
            f"{bal.client} {bal.year}: granted {format_hours(bal.granted, 'en')}, used {format_hours(bal.used, 'en')}, "
            f"reserved {format_hours(bal.reserved, 'en')}, remaining {format_hours(bal.remaining, 'en')}"
        )
        return CommandResult(text, data)
    _need(args, 1, name)
    ref = args[0]
    if name == "show":
        shown = service.show(ref)
        lines = [_state_line(shown), f"Subject: {shown['subject']}", f"From: {shown['requester']}"]
        auth = shown.get("sender_auth")
        if isinstance(auth, dict) and auth.get("failed"):
            lines.append(
                "Sender authentication FAILED: "
                + ", ".join(f"{m.upper()} {auth[m]}" for m in ("spf", "dkim", "dmarc") if auth.get(m))
            )
        if shown.get("candidates"):
            lines.append("Model: " + " · ".join(f"{c['kind']} {c['p']:.0%}" for c in shown["candidates"]))
        lines += [f"  {e['at'][:16]} {e['actor']}: {e['action']} {e['detail']}" for e in shown["events"]]
        return CommandResult("\n".join(lines), shown)
    actions: dict[str, Callable[[], dict[str, object]]] = {
        "start": lambda: service.start(ref, actor),
    }
    if name in actions:
        data = actions[name]()
    elif name == "approve":
        override: str | None = None
        if "--override" in args:
            at = args.index("--override")
            override = " ".join(args[at + 1 :])
            if not override.strip():
                raise CommandError(f"usage: {USAGE[name]}", usage=True)
        data = service.approve(ref, actor, override)
    elif name == "estimate":
        _need(args, 2, name)
        data = service.estimate(ref, args[1], actor)
    elif name == "schedule":
        _need(args, 2, name)
        data = service.schedule(ref, args[1], actor)
    elif name == "kind":
        _need(args, 2, name)
        data = service.set_kind(ref, args[1], actor)
    elif name == "reject":
        _need(args, 2, name)
        data = service.reject(ref, " ".join(args[1:]), actor)
    else:  # reply
        _need(args, 2, name)
        data = service.reply(ref, " ".join(args[1:]), actor)
    return CommandResult(_state_line(data), data)


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
        return CommandResult(_invoice_line(paid) if "invoice" in paid else _state_line(paid), paid)
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
    elif name == "pool":
        _need(args, 3, name)
        data = books.pool(ref, args[1], args[2], actor)
    else:  # cash
        data = books.cash(ref, args[1] if len(args) > 1 else None, actor)
    return CommandResult(_state_line(data), data)


def _invoice_line(data: dict[str, object]) -> str:
    method = f" by {data['method']}" if data.get("method") else ""
    return (
        f"{data['invoice']} {data['client']} [{data.get('request') or '-'}]: {data['total_ht']} HT, "
        f"{data['total_ttc']} TTC {data['currency']}, {data['status']}{method}"
    )
