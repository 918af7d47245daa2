"""Checks and derived defaults for the operator's settings: TLS, logging, metrics, worker name.

Kept apart from :mod:`bot.config` so that the rules an operator meets at start-up read in one
place: a listener beyond loopback needs TLS (or an explicit ``allow_plaintext``), a certificate
needs its key, port 465 means implicit TLS, the worker is named ``host:pid`` unless configured.
"""

from __future__ import annotations

import ipaddress
import os
import socket
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from bot.config import Settings

LOG_FORMATS = ("text", "json")
LOG_LEVELS = ("debug", "info", "warning", "error")


def is_loopback(host: str) -> bool:
    if host in ("localhost", "localhost.localdomain"):
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def parse_listen(key: str, text: str) -> tuple[str, int]:
    """``host:port`` (``[::1]:9464`` for IPv6) into its parts; ConfigError naming ``key``."""
    from bot.config import ConfigError

    host, sep, port_text = text.strip().rpartition(":")
    host = host.strip("[]")
    if not sep or not host or not port_text.isdigit() or not 0 < int(port_text) < 65536:
        raise ConfigError(f"configuration key {key}: expected host:port, got {text!r}")
    return host, int(port_text)


def default_worker_name() -> str:
    return f"{socket.gethostname()}:{os.getpid()}"


def check_ops_settings(settings: Settings) -> Settings:
    from bot.config import ConfigError

    log = settings.logging
    if log.format.lower() not in LOG_FORMATS:
        raise ConfigError(
            f"configuration key logging.format: one of {', '.join(LOG_FORMATS)}, got {log.format!r}"
        )
    if log.level.lower() not in LOG_LEVELS:
        raise ConfigError(
            f"configuration key logging.level: one of {', '.join(LOG_LEVELS)}, got {log.level!r}"
        )
    log = replace(log, format=log.format.lower(), level=log.level.lower())

    if settings.metrics.listen:
        parse_listen("metrics.listen", settings.metrics.listen)

    smtp = settings.smtp
    if bool(smtp.tls_cert) != bool(smtp.tls_key):
        raise ConfigError("configuration key smtp.tls_key: smtp.tls_cert and smtp.tls_key go together")
    for key in ("tls_cert", "tls_key"):
        path = getattr(smtp, key)
        if path and not Path(path).is_file():
            raise ConfigError(f"configuration key smtp.{key}: no such file {path}")
    if smtp.require_tls and not smtp.tls_cert:
        raise ConfigError("configuration key smtp.require_tls: needs smtp.tls_cert and smtp.tls_key")
    if smtp.enabled and not is_loopback(smtp.host) and not smtp.tls_cert and not smtp.allow_plaintext:
        raise ConfigError(
            f"configuration key smtp.host: listening on {smtp.host} (beyond loopback) needs "
            "smtp.tls_cert and smtp.tls_key, or smtp.allow_plaintext = true"
        )

    out = settings.outbound
    if out.relay_ssl and out.relay_tls:
        raise ConfigError(
            "configuration key outbound.relay_tls: choose relay_ssl (implicit TLS) or relay_tls (STARTTLS)"
        )
    if out.relay_host and out.relay_port == 465 and not out.relay_tls:
        out = replace(out, relay_ssl=True)
    if out.relay_ca_file and not Path(out.relay_ca_file).is_file():
        raise ConfigError(f"configuration key outbound.relay_ca_file: no such file {out.relay_ca_file}")

    service = settings.service
    if not service.worker_name.strip():
        service = replace(service, worker_name=default_worker_name())
    return replace(settings, logging=log, smtp=smtp, outbound=out, service=service)
