"""Latency from the SMTP ``250`` to the staff card at the Bot API server, at a steady rate.

Starts a real ``ofbot run`` process (SMTP listener, worker, Telegram desk) against the fake Bot
API server of the tests, on a temporary SQLite database (or ``--db``), and sends ``--messages``
support mails at ``--rate`` mails per second from a paced sender (each on its own connection, as
clients' servers do; a slow ``250`` does not delay the next mail). Each mail's subject carries a
token; the latency is from the moment its ``250`` came back to the moment the ``sendMessage``
whose text holds the token reached the fake server (one clock: both are in this process). A few
mails sent one by one first warm the worker (model, templates) and are not counted.

    .venv/bin/python bench/telegram_latency.py [--messages 600] [--rate 20] [--db URL] [--json]

Target (issue 12): p95 under 250 ms at 20 mails/s. Asserts nothing.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import re
import signal
import smtplib
import subprocess
import sys
import tempfile
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # the tests' fake server and helpers

from tests.conftest import CLIENTS_CSV  # noqa: E402
from tests.support.fake_botapi import FakeBotApi  # noqa: E402
from tests.support.mail import CLIENT_SENDERS, SUPPORT_TOPICS, make_mail  # noqa: E402
from tests.support.services import free_port, port_open  # noqa: E402

TOKEN = "123456789:AAE-bench-token-Zq9xSECRET"
STAFF_CHAT = -1001234500
STAFF_USER = 4242
WARM_UP = 3
SENDERS = CLIENT_SENDERS
TOPICS = SUPPORT_TOPICS
_TOKEN_RE = re.compile(r"lat(\d{6})")


def mail(n: int) -> bytes:
    body = (
        f"Bonjour,\n\nDepuis ce matin {TOPICS[n % len(TOPICS)]} (cas {n}, poste {n * 7 % 13}).\n"
        "Pouvez-vous regarder ?\n\nMerci"
    )
    return make_mail(
        body,
        sender=SENDERS[n % len(SENDERS)],
        subject=f"Souci lat{n:06d}",
        message_id=f"<lat{n}.{time.time_ns()}@client.example>",
    )


def percentile(values: list[float], q: float) -> float:
    """Nearest-rank percentile of a non-empty list."""
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(q * len(ordered)) - 1))]


def measure(messages: int, rate: float, db_url: str | None = None) -> dict[str, object]:
    """Run ``ofbot run``, send ``messages`` mails at ``rate``/s, return the latency figures (ms)."""
    fake = FakeBotApi(TOKEN).start()
    with tempfile.TemporaryDirectory(prefix="ofbot-latency-") as tmp:
        folder = Path(tmp)
        (folder / "ofbot.toml").write_text(
            f'[telegram]\nstaff_chat_id = {STAFF_CHAT}\nstaff_user_ids = [{STAFF_USER}]\napi_url = "{fake.url}"\n',
            encoding="utf-8",
        )
        (folder / "clients.csv").write_text(CLIENTS_CSV, encoding="utf-8")
        port = free_port()
        env = {
            **os.environ,
            "PYTHONPATH": str(ROOT),
            "OFBOT_CONFIG": str(folder / "ofbot.toml"),
            "OFBOT_DATABASE_URL": db_url or f"sqlite:///{folder / 'ofbot.db'}",
            "OFBOT_OUTBOUND_MAILDIR": str(folder / "outbox"),
            "OFBOT_MAIL_ADDRESS": "support@localhost",
            "OFBOT_SMTP_PORT": str(port),
            "OFBOT_TELEGRAM_TOKEN": TOKEN,
            "OFBOT_POLICY_REPLIES_PER_SENDER_PER_DAY": "1000000",
            # one card per request is what is timed: the flood control would collapse them
            "OFBOT_STAFF_FLOOD_COUNT": "1000000",
        }
        for key in ("OFBOT_NOW", "OFBOT_IMAP_HOST"):
            env.pop(key, None)
        cli = [sys.executable, "-m", "bot.cli"]
        for args in (["init"], ["clients", "import", "clients.csv"]):
            subprocess.run([*cli, *args], cwd=folder, env=env, check=True, capture_output=True)
        with open(folder / "run.log", "wb") as log:
            proc = subprocess.Popen([*cli, "run"], cwd=folder, env=env, stdout=log, stderr=subprocess.STDOUT)
        try:
            deadline = time.monotonic() + 60
            while not (port_open("127.0.0.1", port) and fake.calls("getUpdates")):
                if proc.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError(f"ofbot run did not start: {(folder / 'run.log').read_text()[-2000:]}")
                time.sleep(0.05)
            return _paced(fake, port, messages, rate)
        finally:
            proc.send_signal(signal.SIGTERM)
            try:
                proc.wait(20)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()
            fake.stop()


def _paced(fake: FakeBotApi, port: int, messages: int, rate: float) -> dict[str, object]:
    accepted: dict[int, float] = {}
    smtp_ms: list[float] = []
    lock = threading.Lock()

    def send(n: int) -> None:
        raw = mail(n)
        started = time.monotonic()
        with smtplib.SMTP("127.0.0.1", port, timeout=60) as smtp:
            smtp.sendmail(SENDERS[n % len(SENDERS)], ["support@localhost"], raw)
            at = time.monotonic()
        with lock:
            accepted[n] = at
            smtp_ms.append((at - started) * 1000)

    def cards() -> dict[int, float]:
        seen: dict[int, float] = {}
        for call in fake.calls("sendMessage"):
            found = _TOKEN_RE.search(call.params.get("text", ""))
            if found and int(found.group(1)) not in seen:
                seen[int(found.group(1))] = call.at
        return seen

    for n in range(WARM_UP):  # model, templates and connections warmed up, not counted
        send(n)
        fake.wait(lambda n=n: n in cards(), timeout=60)
    first = WARM_UP
    with ThreadPoolExecutor(max_workers=32) as pool:
        start = time.monotonic()
        for i in range(messages):
            delay = start + i / rate - time.monotonic()
            if delay > 0:
                time.sleep(delay)
            pool.submit(send, first + i)
    sent_for = time.monotonic() - start
    wanted = set(range(first, first + messages))
    with contextlib.suppress(AssertionError):  # a card that never came is reported as missing
        fake.wait(lambda: wanted <= cards().keys(), timeout=60 + messages / 10)
    seen = cards()
    latencies = [(seen[n] - accepted[n]) * 1000 for n in sorted(wanted) if n in seen and n in accepted]
    timed = smtp_ms[WARM_UP:]
    return {
        "messages": messages,
        "rate": rate,
        "achieved_rate": round(messages / sent_for, 1),
        "cards": len(latencies),
        "missing": messages - len(latencies),
        "p50_ms": round(percentile(latencies, 0.50), 1) if latencies else None,
        "p95_ms": round(percentile(latencies, 0.95), 1) if latencies else None,
        "p99_ms": round(percentile(latencies, 0.99), 1) if latencies else None,
        "max_ms": round(max(latencies), 1) if latencies else None,
        "smtp_250_p95_ms": round(percentile(timed, 0.95), 1) if timed else None,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--messages", type=int, default=600)
    parser.add_argument("--rate", type=float, default=20.0)
    parser.add_argument("--db", default=None, help="database URL (default: a temporary SQLite file)")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args(argv)
    figures = measure(args.messages, args.rate, args.db)
    if args.json:
        print(json.dumps(figures))
        return 0
    print(
        f"SMTP 250 -> staff card at the Bot API server, {figures['cards']} of {args.messages} mails "
        f"at {figures['achieved_rate']}/s: p50 {figures['p50_ms']} ms, p95 {figures['p95_ms']} ms, "
        f"p99 {figures['p99_ms']} ms, max {figures['max_ms']} ms (250 itself: p95 {figures['smtp_250_p95_ms']} ms)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
