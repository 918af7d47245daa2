"""The mailbox lock after a real crash: a poller killed with SIGKILL releases it (its PostgreSQL
session ends with the process), and another process takes over (RELIABILITY: one poller)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest
from sqlalchemy import create_engine

from bot.inbox.lock import mailbox_lock
from tests.support.services import PG_URL, unavailable

ROOT = Path(__file__).resolve().parents[2]

HOLDER = """
import sys, time
from sqlalchemy import create_engine
from bot.inbox.lock import mailbox_lock
lock = mailbox_lock(create_engine(sys.argv[1]), sys.argv[2])
assert lock.acquire()
print("held", flush=True)
time.sleep(600)
"""


@pytest.mark.postgres
def test_a_killed_poller_releases_the_mailbox_to_another() -> None:
    engine = create_engine(PG_URL)
    try:
        with engine.connect():
            pass
    except Exception as exc:
        unavailable(f"PostgreSQL at {PG_URL} not reachable: {type(exc).__name__}")
    mailbox = f"imap://support@127.0.0.1/INBOX-{uuid.uuid4().hex}"
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLDER, PG_URL, mailbox],
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        stdout=subprocess.PIPE,
        text=True,
    )
    ours = mailbox_lock(engine, mailbox)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
        assert not ours.acquire()  # the other process polls
        holder.send_signal(signal.SIGKILL)  # no clean-up of any kind
        holder.wait(10)
        deadline = time.monotonic() + 15
        while not ours.acquire():
            assert time.monotonic() < deadline, "the lock of a dead process was never released"
            time.sleep(0.1)
        ours.check()  # we hold it now
    finally:
        ours.release()
        if holder.poll() is None:
            holder.kill()
        engine.dispose()
