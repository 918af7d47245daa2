"""Digests for the staff chat: the morning digest and the weekly digest with its chart.

The morning digest (``[staff] digest_at``, Monday to Friday, local time) lists what is new,
what waits on staff (oldest first) and on clients, the reminders and expiries due, and the hours
used per client this month. The weekly digest (``[staff] weekly_at``) adds a chart of the hours
used per client and the requests per kind over the last weeks, drawn with matplotlib and sent as
a photo; ``ofbot report --weekly [--png FILE]`` prints the same. A digest not yet sent for its
day goes out as soon as a service (or ``run --once``) runs after its time; ``job_runs`` keeps
it to one per day.
"""

from __future__ import annotations

import datetime as dt
import io
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from sqlalchemy import Row, select
from sqlalchemy.orm import Session

from bot import states
from bot.clock import Clock
from bot.config import Settings, parse_daily, parse_weekly
from bot.formats import format_hours
from storage.models import Client, LedgerEntry, Request

WEEKS = 6  # the weekly chart's span


@dataclass(frozen=True)
class WeeklyData:
    """What the weekly chart draws: per week (Monday), hours used per client, requests per kind."""

    weeks: list[dt.date]
    hours: dict[str, list[float]]
    kinds: dict[str, list[int]]


def daily_due(settings: Settings, clock: Clock) -> str | None:
    """The job key of today's morning digest when it is due now (weekdays, after its time)."""
    local = clock.now().astimezone(settings.tz)
    hour, minute = parse_daily(settings.staff.digest_at)
    if local.weekday() >= 5 or (local.hour, local.minute) < (hour, minute):
        return None
    return f"digest:{local.date().isoformat()}"


def weekly_due(settings: Settings, clock: Clock) -> str | None:
    local = clock.now().astimezone(settings.tz)
    day, hour, minute = parse_weekly(settings.staff.weekly_at)
    if local.weekday() != day or (local.hour, local.minute) < (hour, minute):
        return None
    return f"weekly:{local.date().isoformat()}"


def _age(now: dt.datetime, then: dt.datetime) -> str:
    hours = (now - then).total_seconds() / 3600
    return f"{hours:.0f} h" if hours < 48 else f"{hours / 24:.0f} d"


# The columns a digest line needs, read as plain rows: loading every open request as an object
# (with its client and its events) held memory in proportion to the queue, 78 MB for 10,000.
_OPEN_ROWS = (
    select(
        Request.ref,
        Request.kind,
        Request.state,
        Request.received_at,
        Request.state_changed_at,
        Request.estimated_at,
        Request.reminded_at,
        Request.owner,
        Request.requester,
        Client.platform,
    )
    .outerjoin(Client, Client.id == Request.client_id)
    .where(Request.state.not_in(states.CLOSED))
    .order_by(Request.received_at)
)


def _line(request: Row[Any], now: dt.datetime) -> str:
    who = request.platform or request.requester
    owner = f" · {request.owner}" if request.owner else ""
    return f"  [{request.ref}] {who} · {request.kind} · {request.state.replace('_', ' ')} · {_age(now, request.received_at)}{owner}"


@dataclass
class _Block:
    """A digest section kept in bounded memory: how many rows, and the first ``limit`` lines."""

    title: str
    limit: int
    count: int = 0
    lines: list[str] = field(default_factory=list)

    def room(self) -> bool:
        """Count one more row; True while its line is still to be shown (write it then)."""
        self.count += 1
        return len(self.lines) < self.limit

    def text(self) -> list[str]:
        if not self.count:
            return [f"{self.title}: none"]
        more = [f"  … and {self.count - self.limit} more"] if self.count > self.limit else []
        return [f"{self.title} ({self.count}):", *self.lines, *more]


def morning_text(session: Session, settings: Settings, clock: Clock, limit: int = 15) -> str:
    """The morning digest. The open queue is read as a stream of plain rows and only counts and
    the first ``limit`` lines of each section are kept: its memory does not grow with the queue."""
    now = clock.now()
    local = now.astimezone(settings.tz)
    since = now - dt.timedelta(days=3 if local.weekday() == 0 else 1)
    policy = settings.policy
    new = _Block("New", limit)
    on_staff = _Block("Waiting on staff, oldest first", limit)
    on_client = _Block("Waiting on clients", limit)
    due = _Block("Reminders and expiries due", limit)
    for r in session.execute(_OPEN_ROWS.execution_options(yield_per=500)):
        if r.received_at >= since and new.room():
            new.lines.append(_line(r, now))
        waiting = on_staff if states.waiting_on(r.state) == "staff" else on_client
        if waiting.room():
            waiting.lines.append(_line(r, now))
        if r.state != states.AWAITING_CONFIRMATION:
            continue
        start = r.estimated_at or r.state_changed_at
        expiry = start + dt.timedelta(days=policy.expiry_days)
        reminder = start + dt.timedelta(days=policy.reminder_days)
        if expiry - now <= dt.timedelta(days=1):
            if due.room():
                due.lines.append(
                    f"  [{r.ref}] expires {expiry.astimezone(settings.tz).strftime('%d/%m %H:%M')}"
                )
        elif r.reminded_at is None and reminder - now <= dt.timedelta(days=1) and due.room():
            due.lines.append(
                f"  [{r.ref}] reminder {reminder.astimezone(settings.tz).strftime('%d/%m %H:%M')}"
            )
    month_start = local.replace(day=1, hour=0, minute=0, second=0, microsecond=0).astimezone(dt.UTC)
    used = session.execute(
        select(Client.platform, LedgerEntry.hours)
        .join(Client, Client.id == LedgerEntry.client_id)
        .where(LedgerEntry.at >= month_start, LedgerEntry.hours > 0)
    ).all()
    per_client: dict[str, Decimal] = defaultdict(Decimal)
    for platform, used_hours in used:
        per_client[platform] += used_hours
    hours = _Block(f"Hours used this month ({local.strftime('%m/%Y')})", limit)
    for platform, total in sorted(per_client.items(), key=lambda x: -x[1]):
        if hours.room():
            hours.lines.append(f"  {platform}: {format_hours(total, 'en')}")
    lines = [f"Morning digest — {local.strftime('%A %d/%m/%Y')}"]
    for block in (new, on_staff, on_client, due, hours):
        lines += block.text()
    return "\n".join(lines)


def weekly_data(session: Session, settings: Settings, clock: Clock, weeks: int = WEEKS) -> WeeklyData:
    local = clock.now().astimezone(settings.tz)
    this_monday = local.date() - dt.timedelta(days=local.weekday())
    mondays = [this_monday - dt.timedelta(weeks=weeks - 1 - i) for i in range(weeks)]
    start = dt.datetime.combine(mondays[0], dt.time(), settings.tz).astimezone(dt.UTC)

    def week_of(instant: dt.datetime) -> int | None:
        day = instant.astimezone(settings.tz).date()
        index = (day - mondays[0]).days // 7
        return index if 0 <= index < weeks else None

    hours: dict[str, list[float]] = defaultdict(lambda: [0.0] * weeks)
    for platform, amount, at in session.execute(
        select(Client.platform, LedgerEntry.hours, LedgerEntry.at)
        .join(Client, Client.id == LedgerEntry.client_id)
        .where(LedgerEntry.at >= start)
    ):
        week = week_of(at)
        if week is not None and amount > 0:
            hours[platform][week] += float(amount)
    kinds: dict[str, list[int]] = defaultdict(lambda: [0] * weeks)
    for kind, received in session.execute(
        select(Request.kind, Request.received_at).where(Request.received_at >= start)
    ):
        week = week_of(received)
        if week is not None:
            kinds[kind][week] += 1
    return WeeklyData(mondays, dict(hours), dict(kinds))


def weekly_text(session: Session, settings: Settings, clock: Clock) -> str:
    data = weekly_data(session, settings, clock)
    last = -1
    total_hours = sum(v[last] for v in data.hours.values())
    requests = Counter({k: v[last] for k, v in data.kinds.items() if v[last]})
    lines = [f"Weekly digest — week of {data.weeks[last].strftime('%d/%m/%Y')}"]
    lines.append(
        f"Requests this week: {sum(requests.values())}"
        + (" (" + ", ".join(f"{k} {n}" for k, n in requests.most_common()) + ")" if requests else "")
    )
    lines.append(f"Hours used this week: {format_hours(Decimal(str(round(total_hours, 2))), 'en')}")
    top = sorted(data.hours.items(), key=lambda x: -sum(x[1]))[:8]
    if top:
        lines.append(f"Hours per client over {len(data.weeks)} weeks:")
        lines += [f"  {p}: {format_hours(Decimal(str(round(sum(v), 2))), 'en')}" for p, v in top]
    return "\n".join(lines)


def weekly_chart(data: WeeklyData) -> bytes:
    """A PNG: hours used per client and requests per kind, week by week (stacked bars)."""
    import matplotlib

    matplotlib.use("Agg")
    from matplotlib.figure import Figure

    figure = Figure(figsize=(10, 4.5), dpi=100)
    left, right = figure.subplots(1, 2)
    labels = [d.strftime("%d/%m") for d in data.weeks]
    positions = list(range(len(labels)))
    hours = {k: [float(v) for v in vs] for k, vs in data.hours.items()}
    kinds = {k: [float(v) for v in vs] for k, vs in data.kinds.items()}
    panels: tuple[tuple[Any, dict[str, list[float]], str, str], ...] = (
        (left, hours, "Hours used per client", "hours"),
        (right, kinds, "Requests per kind", "requests"),
    )
    for axis, series, title, unit in panels:
        bottom = [0.0] * len(labels)
        for name, numbers in sorted(series.items(), key=lambda x: -sum(x[1]))[:10]:
            axis.bar(positions, numbers, bottom=bottom, label=name)
            bottom = [b + v for b, v in zip(bottom, numbers, strict=True)]
        axis.set_title(title)
        axis.set_ylabel(unit)
        axis.set_xticks(positions, labels)
        axis.set_xlabel("week of")
        if series:
            axis.legend(fontsize="small")
    figure.tight_layout()
    out = io.BytesIO()
    figure.savefig(out, format="png")
    return out.getvalue()
