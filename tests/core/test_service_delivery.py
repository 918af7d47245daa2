"""Delivery belongs to the service when one runs (ARCHITECTURE "More contracts", issue 11).

Real processes: ``ofbot run`` with the relay set only in *its* environment, and shell commands run
from another directory with another environment. While the service beats, the shell only records
and the mail leaves through the service's relay, once; with no service, the shell delivers itself.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import Envelope, Session

from tests.conftest import CLIENTS_CSV
from tests.support.mail import make_mail
from tests.support.services import free_port, port_open

ROOT = Path(__file__).resolve().parents[2]
SUPPORT = "Bonjour, le planning affiche une erreur depuis ce matin, pouvez-vous regarder ?"


@dataclass
class Sink:
    """A relay that records what it is given."""

    received: list[Envelope] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)

    async def handle_DATA(self, server: object, session: Session, envelope: Envelope) -> str:
        with self.lock:
            self.received.append(envelope)
        return "250 OK"

    def subjects(self) -> list[str]:
        with self.lock:
            out = []
            for env in self.received:
                raw = env.content if isinstance(env.content, bytes) else str(env.content).encode()
                for line in raw.decode("utf-8", "replace").splitlines():
                    if line.lower().startswith("subject:"):
                        out.append(line[8:].strip())
                        break
            return out


@pytest.fixture
def sink() -> Iterator[tuple[Sink, int]]:
    capture = Sink()
    port = free_port()
    controller = Controller(capture, hostname="127.0.0.1", port=port)
    controller.start()
    yield capture, port
    controller.stop()


def wait_for(condition: Callable[[], bool], timeout: float = 30.0) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.05)
    return False


def base_env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("OFBOT_")}
    env.update({"PYTHONPATH": str(ROOT), "OFBOT_NOW": "2026-11-24T10:00:00+01:00", **extra})
    return env


def cli(cwd: Path, env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "bot.cli", *args],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


class Service:
    def __init__(self, site: Path, env: dict[str, str]) -> None:
        self.site, self.env = site, env
        self.log_path = site / "run.log"
        self.proc: subprocess.Popen[bytes] | None = None

    def start(self) -> None:
        log = open(self.log_path, "ab")  # noqa: SIM115 - the child owns it
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "bot.cli", "run"], cwd=self.site, env=self.env, stdout=log, stderr=log
        )
        log.close()
        port = int(self.env["OFBOT_SMTP_PORT"])
        assert wait_for(lambda: port_open("127.0.0.1", port)), self.log()
        assert wait_for(lambda: "ofbot running" in self.log()), self.log()

    def stop(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            assert self.proc.wait(30) == 0, self.log()

    def log(self) -> str:
        return self.log_path.read_text(encoding="utf-8", errors="replace") if self.log_path.exists() else ""


def test_shell_commands_leave_delivery_to_the_running_service(
    tmp_path: Path, db_url: str, sink: tuple[Sink, int]
) -> None:
    capture, relay_port = sink
    site, home = tmp_path / "srv", tmp_path / "home"
    site.mkdir()
    home.mkdir()
    config = site / "ofbot.toml"
    config.write_text(
        f'[database]\nurl = "{db_url}"\n[outbound]\nmaildir = "{site / "outbox"}"\n', encoding="utf-8"
    )
    (site / "clients.csv").write_text(CLIENTS_CSV, encoding="utf-8")
    shell = base_env(OFBOT_CONFIG=str(config))  # the operator's shell: no relay in its environment
    assert cli(site, shell, "init").returncode == 0
    assert cli(site, shell, "clients", "import", "clients.csv").returncode == 0
    service_env = base_env(
        OFBOT_CONFIG=str(config),
        OFBOT_SMTP_PORT=str(free_port()),
        OFBOT_OUTBOUND_RELAY_HOST="127.0.0.1",
        OFBOT_OUTBOUND_RELAY_PORT=str(relay_port),
    )
    service = Service(site, service_env)
    service.start()
    try:
        (home / "m.eml").write_bytes(make_mail(SUPPORT, message_id="<svc1@mermoz.example>"))
        ingested = cli(home, shell, "ingest", "--json", "m.eml")
        assert ingested.returncode == 0, ingested.stderr
        assert "queued: the running service sends it" in ingested.stderr
        assert wait_for(lambda: len(capture.received) == 1), service.log()
        ref = ingested.stdout.split('"request": "')[1].split('"')[0]
        estimate = cli(home, shell, "staff", "estimate", ref, "1,5")
        done_at = time.monotonic()
        assert estimate.returncode == 0, estimate.stderr
        assert "queued: the running service sends it" in estimate.stderr
        assert wait_for(lambda: len(capture.received) == 2, timeout=30), service.log()
        latency = time.monotonic() - done_at
        print(f"service delivered the shell's estimate {latency:.2f} s after the command exited")

        # The service dies (its heartbeat is still fresh): the command queues, the restart sends.
        assert service.proc is not None
        service.proc.kill()
        service.proc.wait(10)
        reply = cli(home, shell, "staff", "reply", ref, "Nous", "regardons.")
        assert reply.returncode == 0 and "queued: the running service sends it" in reply.stderr
        time.sleep(1)
        assert len(capture.received) == 2
        service.start()
        assert wait_for(lambda: len(capture.received) == 3, timeout=30), service.log()
    finally:
        service.stop()
    maildir = site / "outbox" / "new"
    assert not any(maildir.iterdir())  # nothing went out on the shell's own settings

    # No service: the command delivers before it exits, by its own (same) configuration.
    reply = cli(home, shell, "staff", "reply", ref, "Merci", "de", "votre", "patience.")
    assert reply.returncode == 0, reply.stderr
    assert "queued" not in reply.stderr
    assert len(list(maildir.iterdir())) == 1
    time.sleep(1)
    assert len(capture.received) == 3  # each mail once
