"""Settings for several workers and the webhook: worker names, leases, delivery time, the secret."""

from __future__ import annotations

import os
import socket
from pathlib import Path

import pytest

from bot.config import ConfigError, Settings, load_settings


def settings_from(tmp_path: Path, env: dict[str, str]) -> Settings:
    config = tmp_path / "ofbot.toml"
    config.write_text("", encoding="utf-8")
    return load_settings(path=config, env=env)


def test_the_worker_name_defaults_to_host_and_pid(tmp_path: Path) -> None:
    settings = settings_from(tmp_path, {})
    assert settings.service.worker_name == f"{socket.gethostname()}:{os.getpid()}"
    assert settings.outbound.retry_days == 5 and settings.outbound.max_attempts == 0
    named = settings_from(
        tmp_path, {"OFBOT_SERVICE_WORKER_NAME": "mx2", "OFBOT_SERVICE_LEASE_SECONDS": "7.5"}
    )
    assert named.service.worker_name == "mx2" and named.service.lease_seconds == 7.5


def test_a_webhook_without_a_secret_refuses_to_start(tmp_path: Path) -> None:
    env = {
        "OFBOT_TELEGRAM_TOKEN": "123:abc",
        "OFBOT_TELEGRAM_STAFF_CHAT_ID": "-100",
        "OFBOT_TELEGRAM_WEBHOOK_URL": "https://bot.example/tg",
    }
    with pytest.raises(ConfigError, match=r"telegram\.webhook_secret"):
        settings_from(tmp_path, env)
    assert settings_from(tmp_path, {**env, "OFBOT_TELEGRAM_WEBHOOK_SECRET": "s3cret"}).telegram.webhook_secret
