"""Staff commands as words: ``estimate OF-2026-0042 1,5``. The shell and Telegram share this.

Each command returns a :class:`CommandResult` with a human text and the JSON document of the
contract; a mistake raises :class:`CommandError` naming what is wrong (usage errors exit 2).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

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
    name, args = words[0].lower().lstrip("/"), words[1:]
    if name not in USAGE:
        raise CommandError(f"unknown command {words[0]!r}; commands: {', '.join(USAGE)}", usage=True)
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
        "paid": lambda: service.paid(ref, actor),
        "done": lambda: service.done(ref, actor),
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
