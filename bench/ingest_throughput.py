"""Ingestion throughput: messages per second through store + pipeline + handler, and through SMTP.

Usage: python bench/ingest_throughput.py [--messages N] [--db URL]
Prints its figures; asserts nothing (targets are read here, not in unit tests).
"""

from __future__ import annotations

import argparse
import asyncio
import email
import smtplib
import statistics
import sys
import tempfile
import threading
import time
from dataclasses import replace
from email import policy
from pathlib import Path
from zoneinfo import ZoneInfo

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bot.app import App, build_app
from bot.clients import import_clients, parse_clients_csv
from bot.clock import Clock
from bot.config import load_settings
from bot.smtp import DeskHandler, start_listener
from tests.conftest import CLIENTS_CSV
from tests.support.mail import make_mail
from tests.support.services import free_port

TEXTS = [
    "Bonjour, le planning affiche une erreur depuis ce matin, pouvez-vous regarder ? Merci",
    "Bonjour, combien d'heures de bonus nous reste-t-il cette année ?",
    "Hello, the booking page shows an error since this morning. Could you help? Thanks",
]
SENDERS = ["tresorier@mermoz.example", "contact@saint-ex.example", "john@skyschool.example"]


def build(db: str | None, folder: Path) -> App:
    config = folder / "ofbot.toml"
    config.write_text("", encoding="utf-8")
    env = {
        "OFBOT_DATABASE_URL": db or f"sqlite:///{folder / 'bench.db'}",
        "OFBOT_OUTBOUND_MAILDIR": str(folder / "out"),
        "OFBOT_POLICY_REPLIES_PER_SENDER_PER_DAY": "1000000",
    }
    app = build_app(load_settings(config, env=env), clock=Clock(ZoneInfo("Europe/Paris")))
    rows, _ = parse_clients_csv(CLIENTS_CSV, app.clock.year())
    with app.sessions() as session, session.begin():
        import_clients(session, rows, app.clock)
    return app


def corpus(n: int, tag: str = "bench") -> list[bytes]:
    """``n`` client mails; another ``tag`` gives other Message-IDs and texts (the same text again
    from a sender reads as a repeat, bot.loops, and would not be answered)."""
    return [
        make_mail(TEXTS[i % 3] + f" ({tag} {i})", sender=SENDERS[i % 3], message_id=f"<{tag}{i}@x.example>")
        for i in range(n)
    ]


def floor(mails: list[bytes]) -> dict[str, float]:
    """CPython's own parsing and reading of the same mails: the floor the pipeline is held to.

    ``message_from_bytes`` with ``policy.default`` (the modern API, what a careful reader uses) and
    the text part read with ``get_body`` / ``get_content``: no database, no understanding.
    """
    start = time.perf_counter()
    chars = 0
    for raw in mails:
        msg = email.message_from_bytes(raw, policy=policy.default)
        body = msg.get_body(preferencelist=("plain", "html"))  # type: ignore[attr-defined]
        chars += len(body.get_content()) if body is not None else 0
    elapsed = time.perf_counter() - start
    return {"messages": len(mails), "seconds": round(elapsed, 3), "msg_per_s": round(len(mails) / elapsed, 1)}


def bench_direct(app: App, mails: list[bytes]) -> dict[str, float]:
    """The whole pipeline, mail in to answer out: store + process each mail (``ingest``), then the
    queued answers delivered to the outbound maildir. Prints and returns its figures."""
    latencies = []
    start = time.perf_counter()
    for raw in mails:
        t0 = time.perf_counter()
        app.ingestor.ingest(raw, "bench")
        latencies.append(time.perf_counter() - t0)
    elapsed = time.perf_counter() - start
    t0 = time.perf_counter()
    report = app.outbox.deliver_due(limit=len(mails) * 2)
    deliver = time.perf_counter() - t0
    print(
        f"ingest (store+process): {len(mails)} messages in {elapsed:.2f} s = {len(mails) / elapsed:.0f} msg/s; "
        f"p50 {statistics.median(latencies) * 1000:.1f} ms, p95 {sorted(latencies)[int(len(latencies) * 0.95)] * 1000:.1f} ms"
    )
    print(f"outbox to maildir: {report.sent} mails in {deliver:.2f} s = {report.sent / deliver:.0f} mail/s")
    return {
        "messages": len(mails),
        "ingest_seconds": round(elapsed, 3),
        "ingest_msg_per_s": round(len(mails) / elapsed, 1),
        "p50_ms": round(statistics.median(latencies) * 1000, 2),
        "p95_ms": round(sorted(latencies)[int(len(latencies) * 0.95)] * 1000, 2),
        "answers_sent": report.sent,
        "deliver_seconds": round(deliver, 3),
        "msg_per_s": round(len(mails) / (elapsed + deliver), 1),
    }


def bench_backlog(app: App, mails: list[bytes]) -> dict[str, float]:
    """The same mails as a backlog (a catch-up, ``ofbot ingest`` of a folder, a restart): every
    mail stored first, then processed by ``process_pending`` in batch transactions, then the
    answers delivered. Prints and returns its figures."""
    start = time.perf_counter()
    for raw in mails:
        app.ingestor.store(raw, "bench")
    stored = time.perf_counter() - start
    t0 = time.perf_counter()
    done = app.ingestor.process_pending()
    processed = time.perf_counter() - t0
    t0 = time.perf_counter()
    report = app.outbox.deliver_due(limit=len(mails) * 2)
    deliver = time.perf_counter() - t0
    total = stored + processed + deliver
    print(
        f"backlog: {len(mails)} stored in {stored:.2f} s, {len(done)} processed in {processed:.2f} s, "
        f"{report.sent} answers delivered in {deliver:.2f} s = {len(mails) / total:.0f} msg/s"
    )
    return {
        "messages": len(mails),
        "store_seconds": round(stored, 3),
        "process_seconds": round(processed, 3),
        "answers_sent": report.sent,
        "deliver_seconds": round(deliver, 3),
        "msg_per_s": round(len(mails) / total, 1),
    }


def bench_smtp(app: App, mails: list[bytes]) -> None:
    port = free_port()
    settings = replace(app.settings.smtp, port=port)
    loop = asyncio.new_event_loop()
    ready = threading.Event()

    def serve() -> None:
        asyncio.set_event_loop(loop)
        loop.run_until_complete(
            start_listener(settings, DeskHandler(app.ingestor, settings.domains, lambda: None))
        )
        ready.set()
        loop.run_forever()

    threading.Thread(target=serve, daemon=True).start()
    ready.wait(10)
    latencies = []
    start = time.perf_counter()
    with smtplib.SMTP("127.0.0.1", port) as smtp:
        for raw in mails:
            t0 = time.perf_counter()
            smtp.sendmail("a@x.example", ["support@localhost"], raw)
            latencies.append(time.perf_counter() - t0)
    elapsed = time.perf_counter() - start
    loop.call_soon_threadsafe(loop.stop)
    print(
        f"SMTP accept (commit before 250): {len(mails)} messages in {elapsed:.2f} s = {len(mails) / elapsed:.0f} msg/s; "
        f"p50 {statistics.median(latencies) * 1000:.1f} ms, p95 {sorted(latencies)[int(len(latencies) * 0.95)] * 1000:.1f} ms"
    )
    t0 = time.perf_counter()
    app.ingestor.process_pending(limit=len(mails))
    print(f"processing the stored backlog: {len(mails) / (time.perf_counter() - t0):.0f} msg/s")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--messages", type=int, default=1000)
    parser.add_argument("--db", default=None)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        app = build(args.db, Path(tmp))
        print(f"database: {app.settings.database.url.split('@')[-1]}")
        mails = corpus(args.messages)
        base = floor(mails)
        print(f"floor (CPython parse + text part, same mails): {base['msg_per_s']:.0f} msg/s")
        bench_direct(app, mails)
        bench_backlog(app, corpus(args.messages, "backlog"))
        smtp_mails = corpus(args.messages, "smtp")
        bench_smtp(app, smtp_mails)
        app.close()


if __name__ == "__main__":
    main()
