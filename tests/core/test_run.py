"""``ofbot run`` as a user starts it: a real process, mail in by SMTP, staff line in its log."""

from __future__ import annotations

import json
import os
import signal
import smtplib
import subprocess
import sys
import time
from pathlib import Path

from tests.conftest import CLIENTS_CSV
from tests.support.mail import make_mail
from tests.support.services import free_port, port_open

ROOT = Path(__file__).resolve().parents[2]


def wait_for(condition, timeout: float = 20.0) -> bool:  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.05)
    return False


def test_run_receives_mail_answers_and_tells_staff(tmp_path: Path, db_url: str) -> None:
    port = free_port()
    env = {
        **os.environ,
        "PYTHONPATH": str(ROOT),
        "OFBOT_DATABASE_URL": db_url,
        "OFBOT_SMTP_PORT": str(port),
        "OFBOT_CONFIG": str(tmp_path / "ofbot.toml"),
    }
    env.pop("OFBOT_TELEGRAM_TOKEN", None)
    (tmp_path / "ofbot.toml").write_text("", encoding="utf-8")
    (tmp_path / "clients.csv").write_text(CLIENTS_CSV, encoding="utf-8")
    cli = [sys.executable, "-m", "bot.cli"]
    subprocess.run([*cli, "init"], cwd=tmp_path, env=env, check=True, capture_output=True)
    subprocess.run(
        [*cli, "clients", "import", "clients.csv"], cwd=tmp_path, env=env, check=True, capture_output=True
    )
    log = open(tmp_path / "run.log", "wb")  # noqa: SIM115 - closed below
    proc = subprocess.Popen([*cli, "run"], cwd=tmp_path, env=env, stdout=log, stderr=subprocess.STDOUT)
    try:
        assert wait_for(lambda: port_open("127.0.0.1", port)), (tmp_path / "run.log").read_text()
        raw = make_mail("Bonjour, le planning affiche une erreur depuis ce matin, pouvez-vous regarder ?")
        with smtplib.SMTP("127.0.0.1", port, timeout=10) as smtp:
            smtp.sendmail("tresorier@mermoz.example", ["support@localhost"], raw)
        outbox = tmp_path / "var" / "outbox" / "new"
        assert wait_for(lambda: outbox.is_dir() and any(outbox.iterdir())), (tmp_path / "run.log").read_text()
        assert wait_for(lambda: "STAFF [OF-" in (tmp_path / "run.log").read_text())
    finally:
        proc.send_signal(signal.SIGTERM)
        code = proc.wait(timeout=20)
        log.close()
    assert code == 0, (tmp_path / "run.log").read_text()
    queue = subprocess.run(
        [*cli, "staff", "queue", "--json"], cwd=tmp_path, env=env, capture_output=True, text=True
    )
    items = json.loads(queue.stdout)
    assert [i["state"] for i in items] == ["needs_estimate"]
