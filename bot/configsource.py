"""Where the configuration comes from, found the same way by every command.

Lookup order (ARCHITECTURE "More contracts"): ``--config FILE``, ``OFBOT_CONFIG``,
``./ofbot.toml``, ``/etc/ofbot/ofbot.toml``. The first one named wins; a file named explicitly
(option or variable) must exist, the two conventional places are used only when present.
Having one lookup means a shell command run from another directory reads the same file as the
service, instead of quietly falling back to its own defaults.

:func:`describe` says, for ``ofbot config show``, the effective value of every key and where it
came from (default, file, environment variable, secret file, command line); secrets are masked.
"""

from __future__ import annotations

import dataclasses
import os
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

SYSTEM_CONFIG = Path("/etc/ofbot/ofbot.toml")
LOCAL_CONFIG = Path("ofbot.toml")
MASK = "********"


@dataclass(frozen=True)
class ConfigLocation:
    """The file the configuration was read from (or None: embedded defaults) and how it was found."""

    path: Path | None
    found_by: str  # "--config", "OFBOT_CONFIG", "./ofbot.toml", "/etc/ofbot/ofbot.toml", "defaults"


def find_config(
    explicit: str | os.PathLike[str] | None,
    env: Mapping[str, str],
    system: Path = SYSTEM_CONFIG,
) -> ConfigLocation:
    if explicit:
        return ConfigLocation(Path(explicit), "--config")
    if env.get("OFBOT_CONFIG"):
        return ConfigLocation(Path(env["OFBOT_CONFIG"]), "OFBOT_CONFIG")
    if LOCAL_CONFIG.is_file():
        return ConfigLocation(LOCAL_CONFIG, "./ofbot.toml")
    if system.is_file():
        return ConfigLocation(system, str(system))
    return ConfigLocation(None, "defaults")


@dataclass(frozen=True)
class Entry:
    key: str
    value: object
    source: str


def _plain(value: object) -> object:
    if isinstance(value, Decimal):
        return float(value) if value != value.to_integral_value() else int(value)
    if isinstance(value, tuple):
        return [_plain(v) for v in value]
    return value


def _walk(obj: object, prefix: str) -> list[tuple[str, object]]:
    """Flatten the settings dataclasses (and the tiers mapping) into dotted keys."""
    out: list[tuple[str, object]] = []
    for f in dataclasses.fields(obj):  # type: ignore[arg-type]
        value = getattr(obj, f.name)
        key = f"{prefix}{f.name}"
        if dataclasses.is_dataclass(value) and not isinstance(value, type):
            out += _walk(value, key + ".")
        elif isinstance(value, Mapping):
            for name, item in value.items():
                if dataclasses.is_dataclass(item) and not isinstance(item, type):
                    out += _walk(item, f"{key}.{name}.")
                else:
                    out.append((f"{key}.{name}", item))
        else:
            out.append((key, value))
    return out


def _in_table(data: Mapping[str, Any], dotted: str) -> bool:
    node: Any = data
    for part in dotted.split("."):
        if not isinstance(node, Mapping) or part not in node:
            return False
        node = node[part]
    return True


def describe(
    settings: object,
    location: ConfigLocation,
    env: Mapping[str, str],
    db_override: str | None = None,
) -> list[Entry]:
    """Every effective key with its value (secrets masked) and its source."""
    from bot.config import Secret

    data: dict[str, Any] = {}
    if location.path is not None:
        with open(location.path, "rb") as fh:
            data = tomllib.load(fh)
    where = str(location.path)
    entries: list[Entry] = []
    for key, value in _walk(settings, ""):
        env_name = "OFBOT_" + key.replace(".", "_").upper()
        if isinstance(value, Secret):
            shown: object = MASK if value else None
        elif value is None:
            shown = None
        else:
            shown = _plain(value)
        if key == "database.url" and db_override:
            source = "--db"
            shown = _mask_url(str(value))
        elif env_name in env:
            source = f"environment {env_name}"
        elif env.get(env_name + "_FILE"):
            source = f"environment {env_name}_FILE"
        elif _in_table(data, key):
            source = f"file {where}"
        elif _in_table(data, key + "_file"):
            source = f"file {where} ({key.rpartition('.')[2]}_file)"
        else:
            source = "default"
        if key == "database.url" and isinstance(shown, str):
            shown = _mask_url(shown)
        if isinstance(value, Secret) and not value:
            shown = None
        entries.append(Entry(key, shown, source))
    return entries


def _mask_url(url: str) -> str:
    """A database URL without its password."""
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError

    try:
        return make_url(url).render_as_string(hide_password=True)
    except ArgumentError:
        return url
