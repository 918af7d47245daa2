"""``/metrics`` (Prometheus text, prometheus_client) and ``/healthz`` for ``ofbot run``.

Off by default; ``[metrics] listen = "127.0.0.1:9464"`` turns it on. Every sample carries the
``worker`` label (``[service] worker_name``) and says what that worker did or sees:

- counters (messages stored, processed, quarantined, automatic answers, triage) count this
  process's committed work (:mod:`bot.counters`), from zero at start like any Prometheus counter;
  summed over the workers they give the desk's totals;
- the two histograms observe the rows this worker completed (received -> processed by it;
  received -> staff card sent by it);
- gauges are database-wide states every worker sees alike: the backlog, the quarantine, the
  outbox, the staff queue.

``/healthz`` answers 200 with ``{"status": "ok", "worker": ..., "checks": {name: {"ok", "detail"}}}``
and 503 when one check fails: database, listener, IMAP, Telegram, outbox age.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import json
import logging
import socket
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from prometheus_client import CollectorRegistry, Histogram, generate_latest
from prometheus_client.core import CounterMetricFamily, GaugeMetricFamily
from prometheus_client.registry import Collector
from sqlalchemy import and_, func, or_, select, text
from sqlalchemy.orm import Session, sessionmaker

from bot.config import Settings
from bot.counters import WorkCounters
from bot.opsconfig import parse_listen
from storage.models import ImapState, Message, OutboxMail, StaffNotification

log = logging.getLogger("ofbot.metrics")

LATENCY_BUCKETS = (0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0, 60.0, 300.0)
STAFF_STALE = dt.timedelta(minutes=10)  # a staff notification older than this: the chat is stuck


def wall_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


@dataclass(frozen=True)
class Snapshot:
    """Database-wide states (the same for every worker)."""

    messages_pending: int  # stored, not yet processed
    quarantined: int
    outbox_pending: int
    outbox_failed: int
    outbox_oldest_seconds: float
    staff_pending: int
    staff_oldest_seconds: float
    imap_lag_seconds: float | None


def take_snapshot(session: Session, now: dt.datetime) -> Snapshot:
    def count(query: object) -> int:
        return int(session.scalar(query) or 0)  # type: ignore[call-overload]

    def age(oldest: dt.datetime | None) -> float:
        return max((now - oldest).total_seconds(), 0.0) if oldest else 0.0

    imap_seen = session.scalar(select(func.max(ImapState.updated_at)))
    return Snapshot(
        messages_pending=count(select(func.count(Message.id)).where(Message.status == "stored")),
        quarantined=count(select(func.count(Message.id)).where(Message.status == "quarantined")),
        outbox_pending=count(select(func.count(OutboxMail.id)).where(OutboxMail.state == "pending")),
        outbox_failed=count(select(func.count(OutboxMail.id)).where(OutboxMail.state == "failed")),
        outbox_oldest_seconds=age(
            session.scalar(select(func.min(OutboxMail.created_at)).where(OutboxMail.state == "pending"))
        ),
        staff_pending=count(
            select(func.count(StaffNotification.id)).where(StaffNotification.state == "pending")
        ),
        staff_oldest_seconds=age(
            session.scalar(
                select(func.min(StaffNotification.created_at)).where(StaffNotification.state == "pending")
            )
        ),
        imap_lag_seconds=age(imap_seen) if imap_seen else None,
    )


COUNTER_HELP = {
    "messages_stored": "Messages this worker stored (every ingress)",
    "messages_processed": "Messages this worker took through the pipeline (suppressed included)",
    "messages_quarantined": "Messages this worker set aside in quarantine",
    "auto_answers": "Client mail this worker wrote by itself while processing mail",
    "triage": "Requests this worker sent to staff triage while processing mail",
}


class WorkerCollector(Collector):
    """This worker's counters (:mod:`bot.counters`) and the database-wide gauges, at each scrape."""

    def __init__(self, sessions: sessionmaker[Session], worker: str, counters: WorkCounters) -> None:
        self.sessions = sessions
        self.worker = worker
        self.counters = counters

    def collect(self) -> Iterator[CounterMetricFamily | GaugeMetricFamily]:
        labels = ["worker"]
        value = [self.worker]
        for name, number in self.counters.values().items():
            family = CounterMetricFamily(f"ofbot_{name}", COUNTER_HELP[name], labels=labels)
            family.add_metric(value, number)
            yield family
        with self.sessions() as session:
            snap = take_snapshot(session, wall_now())
        gauges: tuple[tuple[str, str, float], ...] = (
            (
                "ofbot_messages_pending",
                "Messages stored and not yet processed (all workers)",
                snap.messages_pending,
            ),
            ("ofbot_messages_in_quarantine", "Messages in quarantine (all workers)", snap.quarantined),
            ("ofbot_outbox_pending", "Client mail waiting for delivery", snap.outbox_pending),
            ("ofbot_outbox_failed", "Client mail that failed for good", snap.outbox_failed),
            (
                "ofbot_outbox_oldest_seconds",
                "Age of the oldest pending client mail",
                snap.outbox_oldest_seconds,
            ),
            (
                "ofbot_staff_notifications_pending",
                "Staff notifications not yet delivered",
                snap.staff_pending,
            ),
        )
        for name, doc, level in gauges:
            gauge = GaugeMetricFamily(name, doc, labels=labels)
            gauge.add_metric(value, level)
            yield gauge
        if snap.imap_lag_seconds is not None:
            lag = GaugeMetricFamily(
                "ofbot_imap_lag_seconds", "Time since the mailbox last gave new mail", labels=labels
            )
            lag.add_metric(value, snap.imap_lag_seconds)
            yield lag


def _last(session: Session, at: Any, row_id: Any) -> tuple[dt.datetime, int]:
    """The newest (time, id) of a table's completed rows, or the beginning of time."""
    row = session.execute(
        select(at, row_id).where(at.is_not(None)).order_by(at.desc(), row_id.desc()).limit(1)
    ).first()
    if row is None:
        return dt.datetime.min.replace(tzinfo=dt.UTC), 0
    return row[0], int(row[1])


class Metrics:
    """One registry per service (no global state), the histograms fed from completed rows."""

    def __init__(
        self, sessions: sessionmaker[Session], worker: str, counters: WorkCounters | None = None
    ) -> None:
        self.sessions = sessions
        self.worker = worker
        self.registry = CollectorRegistry()
        self.registry.register(WorkerCollector(sessions, worker, counters or WorkCounters()))
        self.processing = Histogram(
            "ofbot_processing_seconds",
            "From a message's receipt to the end of its processing",
            ["worker"],
            buckets=LATENCY_BUCKETS,
            registry=self.registry,
        )
        self.card_latency = Histogram(
            "ofbot_staff_card_latency_seconds",
            "From a new request's message (SMTP 250) to its staff card being sent",
            ["worker"],
            buckets=LATENCY_BUCKETS,
            registry=self.registry,
        )
        self._processed_after: tuple[dt.datetime, int] | None = None
        self._sent_after: tuple[dt.datetime, int] | None = None

    def observe_new(self) -> None:
        """Feed the histograms with rows this worker completed since the last call (first call:
        from now on).

        The cursors are (time, id): several rows may carry the same timestamp (a frozen test
        clock, a coarse one), and none may be counted twice or skipped.
        """
        with self.sessions() as session:
            if self._processed_after is None or self._sent_after is None:
                self._processed_after = _last(session, Message.processed_at, Message.id)
                self._sent_after = _last(session, StaffNotification.sent_at, StaffNotification.id)
                return
            at, row_id = self._processed_after
            done = session.execute(
                select(Message.id, Message.received_at, Message.processed_at)
                .where(
                    Message.processed_at.is_not(None),
                    Message.worker == self.worker,
                    or_(Message.processed_at > at, and_(Message.processed_at == at, Message.id > row_id)),
                )
                .order_by(Message.processed_at, Message.id)
                .limit(10_000)
            ).tuples()
            for message_id, received, processed in done:
                assert processed is not None
                self.processing.labels(self.worker).observe(max((processed - received).total_seconds(), 0.0))
                self._processed_after = (processed, message_id)
            first = (
                select(func.min(StaffNotification.id))
                .where(StaffNotification.request_id.is_not(None))
                .group_by(StaffNotification.request_id)
            )
            at, row_id = self._sent_after
            cards = session.execute(
                select(StaffNotification.id, StaffNotification.sent_at, func.min(Message.received_at))
                .join(Message, Message.request_id == StaffNotification.request_id)
                .where(
                    StaffNotification.sent_at.is_not(None),
                    StaffNotification.claimed_by == self.worker,
                    or_(
                        StaffNotification.sent_at > at,
                        and_(StaffNotification.sent_at == at, StaffNotification.id > row_id),
                    ),
                    StaffNotification.id.in_(first),
                )
                .group_by(StaffNotification.id, StaffNotification.sent_at)
                .order_by(StaffNotification.sent_at, StaffNotification.id)
                .limit(10_000)
            ).tuples()
            for note_id, sent, received in cards:
                assert sent is not None
                if received is not None:
                    self.card_latency.labels(self.worker).observe(max((sent - received).total_seconds(), 0.0))
                self._sent_after = (sent, note_id)

    def render(self) -> bytes:
        return generate_latest(self.registry)


@dataclass(frozen=True)
class Check:
    ok: bool
    detail: str


def health_checks(settings: Settings, sessions: sessionmaker[Session]) -> dict[str, Check]:
    checks: dict[str, Check] = {}
    now = wall_now()
    snap: Snapshot | None = None
    try:
        with sessions() as session:
            session.execute(text("SELECT 1"))
            snap = take_snapshot(session, now)
        checks["database"] = Check(True, "reachable")
    except Exception as exc:
        checks["database"] = Check(False, f"{type(exc).__name__}: {' '.join(str(exc).split())[:200]}")
    smtp = settings.smtp
    if smtp.enabled:
        checks["listener"] = _tcp_check(
            smtp.host if smtp.host not in ("0.0.0.0", "::", "") else "127.0.0.1", smtp.port
        )
    if settings.imap.enabled:
        checks["imap"] = _tcp_check(settings.imap.host, settings.imap.port)
    if snap is not None:
        if settings.telegram.enabled:
            stale = snap.staff_oldest_seconds > STAFF_STALE.total_seconds()
            checks["telegram"] = Check(
                not stale,
                f"{snap.staff_pending} notification(s) pending, oldest {snap.staff_oldest_seconds:.0f} s",
            )
        limit = settings.metrics.outbox_max_age
        checks["outbox"] = Check(
            snap.outbox_oldest_seconds <= limit,
            f"{snap.outbox_pending} pending, oldest {snap.outbox_oldest_seconds:.0f} s (limit {limit} s), "
            f"{snap.outbox_failed} failed",
        )
    return checks


def _tcp_check(host: str, port: int) -> Check:
    try:
        with socket.create_connection((host, port), timeout=2.0):
            return Check(True, f"{host}:{port} accepts connections")
    except OSError as exc:
        return Check(False, f"{host}:{port}: {exc.strerror or exc}")


def health_body(settings: Settings, checks: dict[str, Check]) -> tuple[int, bytes]:
    ok = all(c.ok for c in checks.values())
    data = {
        "status": "ok" if ok else "failing",
        "worker": settings.service.worker_name,
        "checks": {name: {"ok": c.ok, "detail": c.detail} for name, c in checks.items()},
    }
    return (200 if ok else 503), json.dumps(data).encode()


async def start_metrics(
    settings: Settings, sessions: sessionmaker[Session], counters: WorkCounters
) -> asyncio.Server:
    """The HTTP endpoint (a few lines of asyncio, GET only, one request per connection); the
    caller closes the server it returns."""
    metrics = Metrics(sessions, settings.service.worker_name, counters)
    await asyncio.to_thread(metrics.observe_new)

    async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            request = await asyncio.wait_for(reader.readline(), 10)
            while (await asyncio.wait_for(reader.readline(), 10)) not in (b"\r\n", b"\n", b""):
                pass
            parts = request.decode("latin-1").split()
            path = parts[1].split("?")[0] if len(parts) >= 2 else ""
            if len(parts) < 2 or parts[0] not in ("GET", "HEAD"):
                status, body, ctype = 405, b"GET only\n", "text/plain"
            elif path == "/metrics":
                await asyncio.to_thread(metrics.observe_new)
                body = await asyncio.to_thread(metrics.render)
                status, ctype = 200, "text/plain; version=0.0.4; charset=utf-8"
            elif path == "/healthz":
                checks = await asyncio.to_thread(health_checks, settings, sessions)
                status, body = health_body(settings, checks)
                ctype = "application/json"
            else:
                status, body, ctype = 404, b"/healthz or /metrics\n", "text/plain"
            reason = {200: "OK", 404: "Not Found", 405: "Method Not Allowed", 503: "Service Unavailable"}[
                status
            ]
            head = f"HTTP/1.1 {status} {reason}\r\nContent-Type: {ctype}\r\nContent-Length: {len(body)}\r\nConnection: close\r\n\r\n"
            writer.write(head.encode() + (b"" if parts and parts[0] == "HEAD" else body))
            await writer.drain()
        except (TimeoutError, ConnectionError):
            pass
        except Exception:
            log.exception("metrics request failed")
        finally:
            writer.close()

    host, port = parse_listen("metrics.listen", settings.metrics.listen)
    server = await asyncio.start_server(handle, host, port)
    log.info("health and metrics on http://%s/healthz and /metrics", settings.metrics.listen)
    return server
