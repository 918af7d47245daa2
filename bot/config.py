"""One typed settings object, built once at start-up.

The sources, last wins: embedded defaults, ``ofbot.toml`` (``--config``, ``OFBOT_CONFIG``,
``./ofbot.toml`` or ``/etc/ofbot/ofbot.toml``: :mod:`bot.configsource`),
``OFBOT_<SECTION>_<KEY>`` environment variables, then command-line overrides (``--db``).
Secrets are accepted only from the environment or a ``<key>_file``: a secret written in the TOML
file stops start-up, because configuration files end up in backups and repositories.
A missing or invalid value raises :class:`ConfigError` naming the key, so start-up fails with a
sentence rather than a traceback (Starlette's ``config.py`` is the model).
"""

from __future__ import annotations

import os
import socket
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field, fields, replace
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from bot.configsource import find_config
from bot.kinds import KINDS

TIERS = ("first_price", "business", "premiere", "corporate")


class ConfigError(Exception):
    """A configuration value is missing or invalid; the message names the key."""


class Secret:
    """A string that never shows itself in a repr, a log line or a chat message."""

    __slots__ = ("_value",)

    def __init__(self, value: str) -> None:
        self._value = value

    def reveal(self) -> str:
        return self._value

    def __repr__(self) -> str:
        return "Secret('**********')"

    __str__ = __repr__

    def __bool__(self) -> bool:
        return bool(self._value)


@dataclass(frozen=True)
class MailSettings:
    address: str = "support@localhost"
    domain: str = ""  # filled from the address when empty
    name: str = "Support OpenFlyers"
    authserv_id: tuple[str, ...] = ()  # our MTA's Authentication-Results id(s); none: the topmost header


@dataclass(frozen=True)
class DatabaseSettings:
    url: str = "sqlite:///ofbot.db"
    migrate_on_start: bool = False  # only `init` and `migrate` change the schema unless this is set


@dataclass(frozen=True)
class SmtpSettings:
    enabled: bool = True
    host: str = "127.0.0.1"
    port: int = 8025
    lmtp: bool = False
    max_size: int = 33554432
    domains: tuple[str, ...] = ()  # filled from mail.address when empty
    tls_cert: str = ""  # PEM certificate chain: STARTTLS is offered when set (with tls_key)
    tls_key: str = ""
    require_tls: bool = False  # refuse MAIL before STARTTLS
    allow_plaintext: bool = False  # listen beyond loopback without TLS all the same
    idle_timeout: int = 60  # seconds a session may sit silent (aiosmtpd's own default is 300)
    max_sessions: int = 100  # concurrent sessions, all peers together
    max_sessions_per_ip: int = 20
    max_line_length: int = 65536  # RFC 5321 says 1000; be tolerant, within bounded memory


@dataclass(frozen=True)
class ImapSettings:
    host: str = ""
    port: int = 993
    ssl: bool = True
    starttls: bool = False
    user: str = ""
    password: Secret | None = None
    folder: str = "INBOX"
    processed_folder: str = ""
    poll_seconds: int = 60
    idle_seconds: int = 600  # IDLE is re-issued well before the 29 minutes of RFC 2177

    @property
    def enabled(self) -> bool:
        return bool(self.host)


@dataclass(frozen=True)
class OutboundSettings:
    relay_host: str = ""
    relay_port: int = 25
    relay_tls: bool = False  # STARTTLS
    relay_ssl: bool = False  # implicit TLS (port 465); on by default when relay_port is 465
    relay_verify: bool = True  # check the relay's certificate and name
    relay_ca_file: str = ""  # a CA bundle for a private relay certificate
    relay_user: str = ""
    relay_password: Secret | None = None
    maildir: str = "var/outbox"
    max_attempts: int = 0  # 0: no cap on the count; delivery is bounded by ``retry_days``
    retry_days: float = 5.0  # like an MTA: retried with capped backoff this long, then staff told


@dataclass(frozen=True)
class TelegramSettings:
    token: Secret | None = None
    staff_chat_id: int = 0
    staff_user_ids: tuple[int, ...] = ()
    api_url: str = "https://api.telegram.org"
    webhook_url: str = ""
    webhook_listen: str = "127.0.0.1:8443"
    webhook_secret: Secret | None = None

    @property
    def enabled(self) -> bool:
        return bool(self.token)


@dataclass(frozen=True)
class TierSettings:
    bonus_hours: Decimal
    migration_fee: Decimal
    manual_fee: Decimal
    resource_price: Decimal
    setup_package: Decimal


def _default_tiers() -> dict[str, TierSettings]:
    d = Decimal
    return {
        "first_price": TierSettings(d(0), d(50), d(30), d(120), d(300)),
        "business": TierSettings(d(5), d(0), d(0), d(150), d(0)),
        "premiere": TierSettings(d(10), d(0), d(0), d(180), d(0)),
        "corporate": TierSettings(d(20), d(0), d(0), d(200), d(0)),
    }


@dataclass(frozen=True)
class CatalogueSettings:
    currency: str = "EUR"
    vat_rate: Decimal = Decimal("0.20")
    hourly_rate: Decimal = Decimal(60)
    tiers: Mapping[str, TierSettings] = field(default_factory=_default_tiers)

    def tier(self, name: str) -> TierSettings:
        return self.tiers[name]


@dataclass(frozen=True)
class PolicySettings:
    reminder_days: int = 7
    expiry_days: int = 30
    replies_per_sender_per_day: int = 50  # far above a busy client's day, far below a mail loop
    forum_url: str = "https://openflyers.com/forum"
    client_portal_url: str = "https://openflyers.com/espace-client"
    # R23.7: the substitute URL given on a migration's hand-over when staff give no --url;
    # "{platform}" is replaced by the platform name; empty: staff must give --url
    substitute_url: str = ""
    # R23.8: the set-up questionnaire sent with the hand-over when the set-up package applies
    questionnaire_url: str = "https://openflyers.com/questionnaire-parametrage"


AUTO_ANSWER = ("agree", "model", "never")
# Kinds whose automatic answer closes the request or spends a yearly right (issue 8): they need
# more certainty than the model's own threshold before the bot answers alone.
STRICT_KINDS = frozenset(
    {
        "hours_statement",
        "password_reset",
        "contact_update",
        "renewal",
        "test_platform",
        "dev_quote",
        "owner_change",
    }
)
STRICT_MARGIN = 0.1


@dataclass(frozen=True)
class UnderstandingSettings:
    """``[understanding]``: when the bot may answer by itself.

    ``auto_answer``: ``agree`` (the model is above its threshold and the rules read the same kind),
    ``model`` (the threshold alone) or ``never``. ``threshold``: None means the one the model's
    training chose; ``thresholds.<kind>`` overrides it per kind. Strict kinds add ``STRICT_MARGIN``.
    """

    auto_answer: str = "agree"
    threshold: float | None = None
    thresholds: Mapping[str, float] = field(default_factory=dict)

    def threshold_for(self, kind: str, model_threshold: float) -> float:
        if kind in self.thresholds:
            return self.thresholds[kind]
        base = self.threshold if self.threshold is not None else model_threshold
        return min(0.99, base + STRICT_MARGIN) if kind in STRICT_KINDS else base


@dataclass(frozen=True)
class StaffSettings:
    """The staff desk: digests (local time, weekdays), reminders, flood control."""

    digest_at: str = "08:30"  # morning digest, Monday to Friday
    weekly_at: str = "MON 08:30"  # weekly digest with its chart
    reminder_hours: int = 24  # a request waiting on staff longer than this is recalled once
    flood_count: int = 3  # more notifications than this about one sender ...
    flood_minutes: int = 10  # ... within this many minutes collapse into one message


@dataclass(frozen=True)
class LoggingSettings:
    format: str = "text"  # or "json": one object per line, for journald or Loki
    level: str = "info"


@dataclass(frozen=True)
class ServiceSettings:
    """One ``ofbot run`` process among several: its name in events and metrics, its leases."""

    worker_name: str = ""  # filled as host:pid when empty
    lease_seconds: float = 30.0  # claimed work not finished by then is taken by another worker
    # A message processing longer than this is abandoned (its work rolled back) and quarantined as
    # ``timeout``; the worker goes on (bot.watchdog). One whose worker is killed while processing
    # it again and again is quarantined at its fourth claim.
    message_seconds: float = 60.0
    run_once_seconds: float = 300.0  # ``run --once`` drains the backlog for at most this long


@dataclass(frozen=True)
class MetricsSettings:
    listen: str = ""  # host:port serving /healthz and /metrics; off when empty
    outbox_max_age: int = 3600  # seconds a pending mail may wait before /healthz fails


@dataclass(frozen=True)
class Settings:
    mail: MailSettings = field(default_factory=MailSettings)
    database: DatabaseSettings = field(default_factory=DatabaseSettings)
    smtp: SmtpSettings = field(default_factory=SmtpSettings)
    imap: ImapSettings = field(default_factory=ImapSettings)
    outbound: OutboundSettings = field(default_factory=OutboundSettings)
    telegram: TelegramSettings = field(default_factory=TelegramSettings)
    catalogue: CatalogueSettings = field(default_factory=CatalogueSettings)
    policy: PolicySettings = field(default_factory=PolicySettings)
    logging: LoggingSettings = field(default_factory=LoggingSettings)
    service: ServiceSettings = field(default_factory=ServiceSettings)
    metrics: MetricsSettings = field(default_factory=MetricsSettings)
    understanding: UnderstandingSettings = field(default_factory=UnderstandingSettings)
    timezone: str = "Europe/Paris"
    staff: StaffSettings = field(default_factory=StaffSettings)

    @property
    def tz(self) -> ZoneInfo:
        return ZoneInfo(self.timezone)

    @property
    def mail_domain(self) -> str:
        return self.mail.domain or self.mail.address.rpartition("@")[2].lower()


SECRET_KEYS = {
    ("imap", "password"),
    ("outbound", "relay_password"),
    ("telegram", "token"),
    ("telegram", "webhook_secret"),
}

_SECTIONS: dict[str, type[Any]] = {
    "mail": MailSettings,
    "database": DatabaseSettings,
    "smtp": SmtpSettings,
    "imap": ImapSettings,
    "outbound": OutboundSettings,
    "telegram": TelegramSettings,
    "policy": PolicySettings,
    "staff": StaffSettings,
    "logging": LoggingSettings,
    "service": ServiceSettings,
    "metrics": MetricsSettings,
}

_TIER_KEYS = ("bonus_hours", "migration_fee", "manual_fee", "resource_price", "setup_package")


def _convert(key: str, raw: object, target: object) -> object:
    """Convert ``raw`` (TOML value or environment string) to the type of the default ``target``."""
    try:
        if isinstance(target, bool):
            if isinstance(raw, bool):
                return raw
            text = str(raw).strip().lower()
            if text in ("1", "true", "yes", "on"):
                return True
            if text in ("0", "false", "no", "off", ""):
                return False
            raise ValueError(raw)
        if isinstance(target, int):
            if isinstance(raw, bool):
                raise ValueError(raw)
            return int(str(raw).strip())
        if isinstance(target, float):
            if isinstance(raw, bool):
                raise ValueError(raw)
            return float(str(raw).strip().replace(",", "."))
        if isinstance(target, Decimal):
            return Decimal(str(raw).strip().replace(",", "."))
        if isinstance(target, tuple):
            items = raw if isinstance(raw, list) else [p for p in str(raw).split(",") if p.strip()]
            if key.endswith("user_ids"):
                return tuple(int(str(i).strip()) for i in items)
            return tuple(str(i).strip().lower() for i in items)
        if isinstance(target, str):
            if not isinstance(raw, str | int | float):
                raise ValueError(raw)
            return str(raw)
    except (ValueError, InvalidOperation):
        raise ConfigError(f"configuration key {key}: invalid value {raw!r}") from None
    raise ConfigError(f"configuration key {key}: unsupported value {raw!r}")


def _read_secret_file(key: str, path: str) -> str:
    try:
        return Path(path).read_text(encoding="utf-8").strip()
    except OSError as exc:
        raise ConfigError(f"configuration key {key}_file: cannot read {path}: {exc.strerror}") from None


def load_settings(
    path: str | os.PathLike[str] | None = None,
    env: Mapping[str, str] | None = None,
    db_url: str | None = None,
) -> Settings:
    """Build the settings from the file, the environment and overrides; fail naming the key."""
    env = os.environ if env is None else env
    data: dict[str, Any] = {}
    config_path = find_config(path, env).path
    if config_path is not None:
        try:
            with open(config_path, "rb") as fh:
                data = tomllib.load(fh)
        except FileNotFoundError:
            raise ConfigError(f"configuration file {config_path} not found") from None
        except tomllib.TOMLDecodeError as exc:
            raise ConfigError(f"configuration file {config_path}: {exc}") from None

    known = set(_SECTIONS) | {"catalogue", "timezone", "understanding"}
    for section in data:
        if section not in known:
            raise ConfigError(f"configuration key {section}: unknown section")

    built: dict[str, Any] = {}
    for section, cls in _SECTIONS.items():
        table = data.get(section, {})
        if not isinstance(table, dict):
            raise ConfigError(f"configuration key {section}: must be a table")
        built[section] = _build_section(section, cls, table, env)

    built["catalogue"] = _build_catalogue(data.get("catalogue", {}), env)
    built["understanding"] = _build_understanding(data.get("understanding", {}), env)
    timezone = str(env.get("OFBOT_TIMEZONE", data.get("timezone", "Europe/Paris")))
    try:
        ZoneInfo(timezone)
    except (ZoneInfoNotFoundError, ValueError):
        raise ConfigError(f"configuration key timezone: unknown time zone {timezone!r}") from None
    built["timezone"] = timezone

    settings = Settings(**built)
    if db_url:
        settings = replace(settings, database=replace(settings.database, url=db_url))
    return _finish(settings)


def _build_section(section: str, cls: type[Any], table: dict[str, Any], env: Mapping[str, str]) -> Any:
    default = cls()
    names = {f.name for f in fields(cls)}
    for key in table:
        bare = key[:-5] if key.endswith("_file") else key
        if bare not in names:
            raise ConfigError(f"configuration key {section}.{key}: unknown key")
    values: dict[str, Any] = {}
    for f in fields(cls):
        dotted = f"{section}.{f.name}"
        env_name = f"OFBOT_{section}_{f.name}".upper()
        if (section, f.name) in SECRET_KEYS:
            if f.name in table:
                raise ConfigError(
                    f"configuration key {dotted}: secrets are not accepted in the configuration file; "
                    f"set {env_name} or {f.name}_file"
                )
            secret = env.get(env_name)
            file_path = env.get(f"{env_name}_FILE") or table.get(f"{f.name}_file")
            if secret is None and file_path:
                secret = _read_secret_file(dotted, str(file_path))
            values[f.name] = Secret(secret) if secret else None
            continue
        raw = env.get(env_name, table.get(f.name))
        if raw is not None:
            values[f.name] = _convert(dotted, raw, getattr(default, f.name))
    return cls(**values)


def _build_catalogue(table: Any, env: Mapping[str, str]) -> CatalogueSettings:
    if not isinstance(table, dict):
        raise ConfigError("configuration key catalogue: must be a table")
    default = CatalogueSettings()
    values: dict[str, Any] = {}
    for key in ("currency", "vat_rate", "hourly_rate"):
        raw = env.get(f"OFBOT_CATALOGUE_{key}".upper(), table.get(key))
        if raw is not None:
            values[key] = _convert(f"catalogue.{key}", raw, getattr(default, key))
    tiers_table = table.get("tiers", {})
    for key in set(table) - {"currency", "vat_rate", "hourly_rate", "tiers"}:
        raise ConfigError(f"configuration key catalogue.{key}: unknown key")
    tiers = dict(default.tiers)
    for tier_name in set(tiers_table) - set(TIERS):
        raise ConfigError(f"configuration key catalogue.tiers.{tier_name}: unknown tier")
    for tier_name in TIERS:
        tier_table = tiers_table.get(tier_name, {})
        current = tiers[tier_name]
        tier_values: dict[str, Any] = {}
        for key in _TIER_KEYS:
            dotted = f"catalogue.tiers.{tier_name}.{key}"
            raw = env.get(f"OFBOT_CATALOGUE_TIERS_{tier_name}_{key}".upper(), tier_table.get(key))
            if raw is not None:
                value = _convert(dotted, raw, Decimal(0))
                assert isinstance(value, Decimal)
                if value < 0:
                    raise ConfigError(f"configuration key {dotted}: must not be negative")
                tier_values[key] = value
        for key in set(tier_table) - set(_TIER_KEYS):
            raise ConfigError(f"configuration key catalogue.tiers.{tier_name}.{key}: unknown key")
        tiers[tier_name] = replace(current, **tier_values)
    values["tiers"] = tiers
    return CatalogueSettings(**values)


def _probability(key: str, raw: object) -> float:
    try:
        value = float(str(raw).strip().replace(",", "."))
    except ValueError:
        raise ConfigError(f"configuration key {key}: invalid value {raw!r}") from None
    if not 0.0 <= value <= 1.0:
        raise ConfigError(f"configuration key {key}: must be between 0 and 1")
    return value


def _build_understanding(table: Any, env: Mapping[str, str]) -> UnderstandingSettings:
    if not isinstance(table, dict):
        raise ConfigError("configuration key understanding: must be a table")
    for key in set(table) - {"auto_answer", "threshold", "thresholds"}:
        raise ConfigError(f"configuration key understanding.{key}: unknown key")
    policy = (
        str(env.get("OFBOT_UNDERSTANDING_AUTO_ANSWER", table.get("auto_answer", "agree"))).strip().lower()
    )
    if policy not in AUTO_ANSWER:
        raise ConfigError(
            f"configuration key understanding.auto_answer: {policy!r} is not one of {', '.join(AUTO_ANSWER)}"
        )
    raw = env.get("OFBOT_UNDERSTANDING_THRESHOLD", table.get("threshold"))
    threshold = (
        None if raw is None or str(raw).strip() == "" else _probability("understanding.threshold", raw)
    )
    per_kind_table = table.get("thresholds", {})
    if not isinstance(per_kind_table, dict):
        raise ConfigError("configuration key understanding.thresholds: must be a table")
    thresholds: dict[str, float] = {}
    for kind in KINDS:
        dotted = f"understanding.thresholds.{kind}"
        value = env.get(f"OFBOT_UNDERSTANDING_THRESHOLDS_{kind}".upper(), per_kind_table.get(kind))
        if value is not None:
            thresholds[kind] = _probability(dotted, value)
    for kind in set(per_kind_table) - set(KINDS):
        raise ConfigError(f"configuration key understanding.thresholds.{kind}: unknown kind")
    return UnderstandingSettings(auto_answer=policy, threshold=threshold, thresholds=thresholds)


def _finish(settings: Settings) -> Settings:
    """Fill derived defaults and check values that depend on each other."""
    address = settings.mail.address.strip().lower()
    if "@" not in address or any(c in address for c in "\r\n <>"):
        raise ConfigError(f"configuration key mail.address: not an e-mail address: {address!r}")
    mail = replace(settings.mail, address=address)
    smtp = settings.smtp
    if not smtp.domains:
        smtp = replace(smtp, domains=(address.rpartition("@")[2],))
    if not 0 < smtp.port < 65536:
        raise ConfigError(f"configuration key smtp.port: out of range: {smtp.port}")
    if smtp.max_size <= 0:
        raise ConfigError("configuration key smtp.max_size: must be positive")
    tg = settings.telegram
    if tg.enabled and not tg.staff_chat_id:
        raise ConfigError("configuration key telegram.staff_chat_id: required when a token is set")
    if tg.enabled and tg.webhook_url and not tg.webhook_secret:
        # Without it anyone who finds the URL could post updates as if from Telegram.
        raise ConfigError("configuration key telegram.webhook_secret: required when webhook_url is set")
    if settings.imap.enabled and not settings.imap.user:
        raise ConfigError("configuration key imap.user: required when imap.host is set")
    policy = settings.policy
    for key in ("reminder_days", "expiry_days", "replies_per_sender_per_day"):
        if getattr(policy, key) <= 0:
            raise ConfigError(f"configuration key policy.{key}: must be positive")
    if not settings.database.url:
        raise ConfigError("configuration key database.url: required")
    staff = settings.staff
    try:
        parse_daily(staff.digest_at)
    except ValueError:
        raise ConfigError(
            f"configuration key staff.digest_at: not a time HH:MM: {staff.digest_at!r}"
        ) from None
    try:
        parse_weekly(staff.weekly_at)
    except ValueError:
        raise ConfigError(
            f"configuration key staff.weekly_at: not a day and time like MON 08:30: {staff.weekly_at!r}"
        ) from None
    for key in ("reminder_hours", "flood_count", "flood_minutes"):
        if getattr(staff, key) <= 0:
            raise ConfigError(f"configuration key staff.{key}: must be positive")
    service = settings.service
    if not service.worker_name.strip():
        service = replace(service, worker_name=f"{socket.gethostname()}:{os.getpid()}")
    for key in ("lease_seconds", "message_seconds", "run_once_seconds"):
        if getattr(service, key) <= 0:
            raise ConfigError(f"configuration key service.{key}: must be positive")
    if settings.outbound.retry_days <= 0:
        raise ConfigError("configuration key outbound.retry_days: must be positive")
    from bot.opsconfig import check_ops_settings

    return check_ops_settings(replace(settings, mail=mail, smtp=smtp, service=service))


WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


def parse_daily(text: str) -> tuple[int, int]:
    """``08:30`` -> (8, 30); ValueError when it is not a time of day."""
    hour, _, minute = text.strip().partition(":")
    h, m = int(hour), int(minute or 0)
    if not (0 <= h < 24 and 0 <= m < 60):
        raise ValueError(text)
    return h, m


def parse_weekly(text: str) -> tuple[int, int, int]:
    """``MON 08:30`` -> (0, 8, 30): weekday (Monday 0), hour, minute."""
    day, _, time = text.strip().partition(" ")
    key = day.strip().lower()[:3]
    if key not in WEEKDAYS:
        raise ValueError(text)
    return (WEEKDAYS.index(key), *parse_daily(time or "08:30"))


STARTER_TOML = """\
# ofbot configuration. Every key can be overridden by OFBOT_<SECTION>_<KEY> in the environment.
# Secrets (imap.password, outbound.relay_password, telegram.token, telegram.webhook_secret) are
# refused here: set them in the environment or name a file with <key>_file.

timezone = "Europe/Paris"

[mail]
address = "support@localhost"

[database]
url = "sqlite:///ofbot.db"

[smtp]
host = "127.0.0.1"
port = 8025
lmtp = false

[outbound]
maildir = "var/outbox"

[staff]
digest_at = "08:30"        # morning digest, weekdays, local time
weekly_at = "MON 08:30"    # weekly digest with a chart

[policy]
reminder_days = 7
expiry_days = 30
"""
