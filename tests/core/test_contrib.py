"""What ships for operators: the systemd unit (``systemd-analyze verify`` where available), the
example configuration (loads as it is, holds no secret), the container files (checked as text:
Docker itself is not on every machine)."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from bot.config import load_settings

ROOT = Path(__file__).resolve().parents[2]


def test_systemd_unit_verifies(tmp_path: Path) -> None:
    if shutil.which("systemd-analyze") is None:
        pytest.skip("systemd-analyze is not installed here")
    unit = (ROOT / "contrib" / "ofbot.service").read_text(encoding="utf-8")
    ofbot = Path(sys.executable).parent / "ofbot"
    assert "ExecStart=/opt/ofbot/.venv/bin/ofbot run" in unit
    # verify checks that ExecStart exists: point it at this checkout's ofbot
    local = tmp_path / "ofbot.service"
    local.write_text(unit.replace("/opt/ofbot/.venv/bin/ofbot", str(ofbot)), encoding="utf-8")
    result = subprocess.run(
        ["systemd-analyze", "verify", str(local)], capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr
    assert "ofbot.service" not in result.stderr, result.stderr  # no warning about our unit
    assert "User=ofbot" in unit and "StateDirectory=ofbot" in unit


def test_example_configuration_loads_and_has_no_secret(tmp_path: Path) -> None:
    example = ROOT / "contrib" / "ofbot.toml.example"
    settings = load_settings(example, env={})
    assert settings.database.url == "sqlite:////var/lib/ofbot/ofbot.db"
    assert settings.smtp.lmtp and settings.outbound.relay_verify
    assert settings.metrics.listen == "127.0.0.1:9464"
    container = load_settings(ROOT / "contrib" / "container.toml", env={})
    assert container.smtp.host == "0.0.0.0" and container.smtp.allow_plaintext


def test_container_files_are_slim_non_root_and_on_postgresql() -> None:
    dockerfile = (ROOT / "Dockerfile").read_text(encoding="utf-8")
    assert "FROM python:3.11-slim" in dockerfile
    assert "USER ofbot" in dockerfile and "useradd --system" in dockerfile
    assert "HEALTHCHECK" in dockerfile and "/healthz" in dockerfile
    for copied in ("bot", "handlers", "storage", "templates", "contrib/container.toml"):
        assert (ROOT / copied).exists()
    compose = (ROOT / "compose.yaml").read_text(encoding="utf-8")
    assert "image: postgres:16" in compose and "OFBOT_DATABASE_URL: postgresql://" in compose
    assert "pgdata:/var/lib/postgresql/data" in compose and "ofbot-data:/var/lib/ofbot" in compose
    assert '"127.0.0.1:8025:8025"' in compose  # published on the host's loopback only
