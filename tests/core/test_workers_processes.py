"""Three ``ofbot run`` processes on PostgreSQL, mail by SMTP and IMAP, one worker killed midway.

Each message is processed once, every answer reaches the relay once (at most one repeat, for the
mail in flight when the worker was killed: delivery is at least once with a stable Message-ID),
every staff notification is printed, the work is spread over the workers, and no IMAP mail is
left unseen. ``OFBOT_TEST_WORKER_MESSAGES`` sets the number of messages (default 300; the
report's run used 1,000).
"""

from __future__ import annotations

import os
import signal
import smtplib
import subprocess
import sys
import threading
import time
import uuid
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import Envelope, Session
from sqlalchemy import create_engine, func, select, text
from sqlalchemy.engine import Engine

from storage.models import Message, OutboxMail, Request, StaffNotification
from tests.conftest import CLIENTS_CSV
from tests.support.dovecot import PASSWORD, MailAccount, dovecot, dovecot_server  # noqa: F401 (fixtures)
from tests.support.mail import CLIENT_SENDERS, SUPPORT_TOPICS, make_mail
from tests.support.services import PG_URL, free_port, port_open, unavailable

ROOT = Path(__file__).resolve().parents[2]
WORKERS = 3
TOTAL = int(os.environ.get("OFBOT_TEST_WORKER_MESSAGES", "300"))
SENDERS = CLIENT_SENDERS
TOPICS = SUPPORT_TOPICS


@dataclass
class Relay:
    """The outbound relay: counts each Message-ID it is handed."""

    ids: Counter[str] = field(default_factory=Counter)
    lock: threading.Lock = field(default_factory=threading.Lock)

    async def handle_DATA(self, server: object, session: Session, envelope: Envelope) -> str:
        raw = envelope.original_content or b""
        head = raw.split(b"\r\n\r\n", 1)[0].split(b"\n\n", 1)[0]
        mid = next(
            (
                line.split(b":", 1)[1].strip().decode()
                for line in head.splitlines()
                if line.lower().startswith(b"message-id:")
            ),
            "",
        )
        with self.lock:
            self.ids[mid] += 1
        return "250 OK"


@pytest.fixture
def pg_schema() -> Iterator[tuple[str, Engine]]:
    schema = f"w_{uuid.uuid4().hex[:12]}"
    admin = create_engine(PG_URL)
    try:
        with admin.begin() as conn:
            conn.execute(text(f'CREATE SCHEMA "{schema}"'))
    except Exception as exc:
        admin.dispose()
        unavailable(f"PostgreSQL at {PG_URL} not reachable: {type(exc).__name__}")
    sep = "&" if "?" in PG_URL else "?"
    url = f"{PG_URL}{sep}options=-csearch_path%3D{schema}"
    engine = create_engine(url)
    try:
        yield url, engine
    finally:
        engine.dispose()
        with admin.begin() as conn:
            conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()


def mail(i: int) -> bytes:
    sender = SENDERS[i % len(SENDERS)]
    topic = TOPICS[i % len(TOPICS)]
    body = (
        f"Bonjour,\n\nDepuis ce matin {topic} (cas {i}, poste {i * 7 % 13}). Pouvez-vous regarder ?\n\nMerci"
    )
    return make_mail(
        body, sender=sender, subject=f"Problème {i}", message_id=f"<w{i}.{uuid.uuid4().hex}@client.example>"
    )


def send_smtp(ports: list[int], raws: list[bytes], alive: list[bool]) -> None:
    """Like an MTA with several MX: a refused connection goes to the next worker."""
    for n, raw in enumerate(raws):
        for attempt in range(len(ports) * 20):
            index = (n + attempt) % len(ports)
            if not alive[index]:
                continue
            try:
                with smtplib.SMTP("127.0.0.1", ports[index], timeout=60) as smtp:
                    smtp.sendmail("client@client.example", ["support@localhost"], raw)
                break
            except (OSError, smtplib.SMTPException):
                time.sleep(0.2)
        else:
            raise AssertionError(f"mail {n} could not be handed to any worker")


@pytest.mark.postgres
def test_three_workers_on_postgresql_with_smtp_and_imap_and_a_kill(
    tmp_path: Path,
    pg_schema: tuple[str, Engine],
    dovecot: MailAccount,  # noqa: F811
) -> None:
    url, engine = pg_schema
    relay = Relay()
    relay_port = free_port()
    controller = Controller(relay, hostname="127.0.0.1", port=relay_port)
    controller.start()
    ports = [free_port() for _ in range(WORKERS)]
    imap = dovecot.settings()
    base = {
        **os.environ,
        "PYTHONPATH": str(ROOT),
        "OFBOT_CONFIG": str(tmp_path / "ofbot.toml"),
        "OFBOT_DATABASE_URL": url,
        "OFBOT_OUTBOUND_RELAY_HOST": "127.0.0.1",
        "OFBOT_OUTBOUND_RELAY_PORT": str(relay_port),
        "OFBOT_IMAP_HOST": imap.host,
        "OFBOT_IMAP_PORT": str(imap.port),
        "OFBOT_IMAP_SSL": "false",
        "OFBOT_IMAP_USER": imap.user,
        "OFBOT_IMAP_PASSWORD": PASSWORD,
        "OFBOT_IMAP_IDLE_SECONDS": "300",
        "OFBOT_POLICY_REPLIES_PER_SENDER_PER_DAY": "100000",
        # One notification per request is what this test counts across workers; the desk's flood
        # control (a few senders, hundreds of mails) would collapse them, and is tested on its own.
        "OFBOT_STAFF_FLOOD_COUNT": "100000",
        "OFBOT_SERVICE_LEASE_SECONDS": "4",
    }
    for key in ("OFBOT_TELEGRAM_TOKEN", "OFBOT_NOW"):
        base.pop(key, None)
    (tmp_path / "ofbot.toml").write_text("", encoding="utf-8")
    (tmp_path / "clients.csv").write_text(CLIENTS_CSV, encoding="utf-8")
    cli = [sys.executable, "-m", "bot.cli"]
    subprocess.run([*cli, "init"], cwd=tmp_path, env=base, check=True, capture_output=True)
    subprocess.run(
        [*cli, "clients", "import", "clients.csv"], cwd=tmp_path, env=base, check=True, capture_output=True
    )
    logs = [open(tmp_path / f"w{i}.log", "wb") for i in range(WORKERS)]  # noqa: SIM115 - closed below
    procs = [
        subprocess.Popen(
            [*cli, "run"],
            cwd=tmp_path,
            env={**base, "OFBOT_SMTP_PORT": str(ports[i]), "OFBOT_SERVICE_WORKER_NAME": f"w{i}"},
            stdout=logs[i],
            stderr=subprocess.STDOUT,
        )
        for i in range(WORKERS)
    ]
    alive = [True] * WORKERS
    raws = [mail(i) for i in range(TOTAL)]
    by_smtp, by_imap = raws[: TOTAL // 2], raws[TOTAL // 2 :]
    try:
        for port in ports:
            assert wait(lambda p=port: port_open("127.0.0.1", p), 60), "a worker did not start"  # type: ignore[misc]
        smtp = threading.Thread(target=send_smtp, args=(ports, by_smtp, alive))
        smtp.start()
        for start in range(0, len(by_imap), 25):
            dovecot.append(*by_imap[start : start + 25])
            time.sleep(0.05)

        def processed() -> int:
            with engine.connect() as conn:
                return int(conn.scalar(select(func.count(Message.id)).where(Message.status != "stored")) or 0)

        assert wait(lambda: processed() >= TOTAL // 3, 600), "no progress"
        procs[0].send_signal(signal.SIGKILL)  # midway, mid-work; it was the first, likely the IMAP poller
        procs[0].wait(10)
        alive[0] = False
        smtp.join(600)
        assert not smtp.is_alive()

        def drained() -> bool:
            with engine.connect() as conn:
                stored = conn.scalar(select(func.count(Message.id)).where(Message.status == "stored"))
                total = conn.scalar(select(func.count(Message.id)))
                outbox = conn.scalar(select(func.count(OutboxMail.id)).where(OutboxMail.state != "sent"))
                staff = conn.scalar(
                    select(func.count(StaffNotification.id)).where(StaffNotification.state != "sent")
                )
            return total == TOTAL and stored == 0 and outbox == 0 and staff == 0

        assert wait(drained, 900), "\n".join(
            (tmp_path / f"w{i}.log").read_text()[-3000:] for i in range(WORKERS)
        )
    finally:
        for proc in procs:
            if proc.poll() is None:
                proc.send_signal(signal.SIGTERM)
        for proc in procs:
            try:
                proc.wait(30)
            except subprocess.TimeoutExpired:
                proc.kill()
        for log in logs:
            log.close()
        controller.stop()

    with engine.connect() as conn:
        statuses = dict(conn.execute(select(Message.status, func.count()).group_by(Message.status)).all())
        requests = conn.scalar(select(func.count(Request.id)))
        from_mail = conn.scalar(select(func.count(func.distinct(Message.request_id))))
        created = conn.scalar(text("SELECT count(*) FROM request_events WHERE action = 'created'"))
        outbox_ids = set(conn.scalars(select(OutboxMail.message_id)))
        workers = dict(conn.execute(select(Message.worker, func.count()).group_by(Message.worker)).all())
        notifications = conn.scalar(select(func.count(StaffNotification.id)))
    assert statuses == {"processed": TOTAL}, statuses  # each stored once, none quarantined
    # Each processed once: one request each (and the December renewal notices, once per client).
    assert from_mail == created == TOTAL and requests >= TOTAL
    assert outbox_ids and set(relay.ids) == outbox_ids  # every answer handed to the relay
    repeats = sum(n - 1 for n in relay.ids.values())
    assert repeats <= 1, f"{repeats} answers sent more than once"
    survivors = {f"w{i}" for i in range(1, WORKERS)}
    assert all(workers.get(name, 0) > TOTAL // 10 for name in survivors), workers  # spread
    staff_lines = sum(
        (tmp_path / f"w{i}.log").read_text(errors="replace").count(" STAFF ") for i in range(WORKERS)
    )
    # Every notification printed; a repeat only for the few in flight in the killed worker.
    assert notifications >= TOTAL and notifications <= staff_lines <= notifications + 20, staff_lines
    assert dovecot.uids() == [] or _all_seen(dovecot)  # no IMAP mail left unseen


def _all_seen(account: MailAccount) -> bool:
    with account.client() as client:
        client.select_folder("INBOX", readonly=True)
        return not client.search(["UNSEEN"])


def wait(condition: object, timeout: float) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():  # type: ignore[operator]
            return True
        time.sleep(0.25)
    return False
