"""Plain text for a terminal: one line per request, a table for the queue, ``show`` in full.

Times are the vendor's local time (``timezone``), never UTC; the client's own words are shown.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from bot.formats import format_hours

SUBJECT_WIDTH = 40


def state_line(data: dict[str, Any]) -> str:
    hours = data.get("estimate_hours")
    est = f", estimate {format_hours(hours, 'en')}" if isinstance(hours, float | int) else ""
    cash = ", cash-funded" if data.get("cash_funded") else ""
    owner = f", owner {data['owner']}" if data.get("owner") else ""
    return (
        f"[{data['request']}] {data.get('client') or '(unknown client)'} {data['kind']}: "
        f"{data['state']}{est}{cash}{owner}"
    )


def age_text(hours: float) -> str:
    if hours < 1:
        return f"{int(hours * 60)}min"
    if hours < 48:
        return f"{hours:.0f}h"
    return f"{hours / 24:.0f}d"


def queue_table(items: Sequence[dict[str, Any]]) -> str:
    """The queue as an aligned table (reference, client, kind, state, age, owner, waiting on, subject)."""
    header = ("REF", "CLIENT", "KIND", "STATE", "AGE", "OWNER", "WAITS ON", "SUBJECT")
    rows = [
        (
            str(i["request"]),
            str(i.get("client") or "?"),
            str(i["kind"]),
            str(i["state"]) + (" $" if i.get("cash_funded") else ""),
            age_text(float(i.get("age_hours") or 0)),
            str(i.get("owner") or "-"),
            str(i.get("waiting_on") or ""),
            _cut(str(i.get("subject") or ""), SUBJECT_WIDTH),
        )
        for i in items
    ]
    widths = [max(len(r[c]) for r in [header, *rows]) for c in range(len(header))]
    lines = [
        "  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)).rstrip()
        for row in [header, *rows]
    ]
    return "\n".join(lines)


def _cut(text: str, width: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def local(iso: str | None, tz: dt.tzinfo) -> str:
    if not iso:
        return "-"
    try:
        return dt.datetime.fromisoformat(iso).astimezone(tz).strftime("%d/%m/%Y %H:%M")
    except ValueError:
        return iso


def show_text(shown: dict[str, Any], tz: dt.tzinfo) -> str:
    """``show REF`` for a person: the request, every message with the client's text, the history."""
    lines = [
        state_line(shown),
        f"Subject: {shown.get('subject') or '-'}",
        f"From: {shown.get('requester') or '-'} · received {local(shown.get('received_at'), tz)}"
        f" · waits on {shown.get('waiting_on', '-')}",
    ]
    auth = shown.get("sender_auth")
    if isinstance(auth, dict) and auth.get("failed"):
        lines.append(
            "Sender authentication FAILED: "
            + ", ".join(f"{m.upper()} {auth[m]}" for m in ("spf", "dkim", "dmarc") if auth.get(m))
        )
    if shown.get("actions"):
        lines.append("Next: " + ", ".join(shown["actions"]))
    if shown.get("candidates"):
        lines.append("Model: " + " · ".join(f"{c['kind']} {c['p']:.0%}" for c in shown["candidates"]))
    for m in shown.get("messages", []):
        if m["direction"] == "in":
            lines += ["", f"— {local(m['received_at'], tz)} from {m['from']}: {m['subject']}"]
            text = (m.get("text") or "").strip()
            if text:
                lines += [f"  {line}" for line in text.splitlines()]
            for f in m.get("attachments", []):
                lines.append(f"  📎 {f['name']} ({f['size']} B)")
        else:
            lines += ["", f"→ {local(m['created_at'], tz)} to {m['to']} ({m['state']}): {m['subject']}"]
    if shown.get("events"):
        lines += ["", "History:"]
        lines += [
            f"  {local(e['at'], tz)} {e['actor']}: {e['action']}" + (f" {e['detail']}" if e["detail"] else "")
            for e in shown["events"]
            if e["action"] != "mail_queued"
        ]
    return "\n".join(lines)
