"""Configuration: one typed object; a missing or invalid value names its key; secrets stay out of files."""

from __future__ import annotations

import re
from decimal import Decimal
from pathlib import Path

import pytest

from bot.config import ConfigError, load_settings


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "ofbot.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_embedded_defaults(tmp_path: Path) -> None:
    s = load_settings(write(tmp_path, ""), env={})
    assert s.database.url == "sqlite:///ofbot.db"
    assert (s.smtp.host, s.smtp.port, s.smtp.lmtp, s.smtp.max_size) == ("127.0.0.1", 8025, False, 33554432)
    assert s.smtp.domains == ("localhost",) and s.mail_domain == "localhost"
    assert s.outbound.maildir == "var/outbox" and not s.outbound.relay_host
    assert s.catalogue.tier("first_price").migration_fee == Decimal(50)
    assert s.catalogue.tier("business").bonus_hours == Decimal(5)
    assert s.timezone == "Europe/Paris" and not s.telegram.enabled and not s.imap.enabled


def test_environment_overrides_the_file(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "[smtp]\nport = 2525\n[catalogue]\nhourly_rate = 70\n[catalogue.tiers.business]\nbonus_hours = 8\n",
    )
    env = {
        "OFBOT_SMTP_PORT": "2626",
        "OFBOT_CATALOGUE_HOURLY_RATE": "75,5",
        "OFBOT_SMTP_DOMAINS": "club.example, Other.example",
        "OFBOT_TELEGRAM_STAFF_USER_IDS": "11,22",
    }
    s = load_settings(path, env=env)
    assert s.smtp.port == 2626
    assert s.catalogue.hourly_rate == Decimal("75.5")
    assert s.catalogue.tier("business").bonus_hours == Decimal(8)
    assert s.smtp.domains == ("club.example", "other.example")
    assert s.telegram.staff_user_ids == (11, 22)


@pytest.mark.parametrize(
    ("text", "env", "key"),
    [
        ("[smtp]\nport = 'x'\n", {}, "smtp.port"),
        ("", {"OFBOT_SMTP_LMTP": "perhaps"}, "smtp.lmtp"),
        ("[smtp]\nbogus = 1\n", {}, "smtp.bogus"),
        ("[nosuch]\n", {}, "nosuch"),
        ("[catalogue.tiers.gold]\nbonus_hours = 1\n", {}, "catalogue.tiers.gold"),
        ("[catalogue.tiers.business]\nbonus_hours = -1\n", {}, "catalogue.tiers.business.bonus_hours"),
        ("timezone = 'Mars/Olympus'\n", {}, "timezone"),
        ("[mail]\naddress = 'not an address'\n", {}, "mail.address"),
        ("", {"OFBOT_TELEGRAM_TOKEN": "1:x"}, "telegram.staff_chat_id"),
        ("[imap]\nhost = 'imap.example'\n", {}, "imap.user"),
    ],
)
def test_invalid_values_name_their_key(tmp_path: Path, text: str, env: dict[str, str], key: str) -> None:
    with pytest.raises(ConfigError, match=re.escape(key)):
        load_settings(write(tmp_path, text), env=env)


def test_secrets_refused_in_file_accepted_from_env_or_file(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match=r"imap\.password"):
        load_settings(write(tmp_path, "[imap]\npassword = 'hunter2'\n"), env={})
    secret = tmp_path / "token"
    secret.write_text("123:ABC\n", encoding="utf-8")
    s = load_settings(write(tmp_path, f"[telegram]\ntoken_file = '{secret}'\nstaff_chat_id = -100\n"), env={})
    assert s.telegram.token is not None and s.telegram.token.reveal() == "123:ABC"
    assert "123" not in repr(s) and "ABC" not in repr(s.telegram)
    s2 = load_settings(
        write(tmp_path, ""), env={"OFBOT_IMAP_PASSWORD": "pw", "OFBOT_IMAP_HOST": "h", "OFBOT_IMAP_USER": "u"}
    )
    assert s2.imap.password is not None and s2.imap.password.reveal() == "pw"


def test_missing_config_file_is_reported(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="not found"):
        load_settings(tmp_path / "nope.toml", env={})


def test_db_override(tmp_path: Path) -> None:
    s = load_settings(write(tmp_path, ""), env={}, db_url="postgresql://x@y/z")
    assert s.database.url == "postgresql://x@y/z"
