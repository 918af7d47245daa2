"""Whether a real service is there, and what to do when it is not.

Locally a missing service skips its tests with the reason; in CI (``OFBOT_REQUIRE_SERVICES=1``,
set by ``.ci/run``) a missing service fails them, so nothing is silently not tested.
"""

from __future__ import annotations

import os
import socket

import pytest

PG_URL = os.environ.get("OFBOT_TEST_PG_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test")


def required() -> bool:
    return os.environ.get("OFBOT_REQUIRE_SERVICES", "") not in ("", "0", "false", "no")


def unavailable(reason: str) -> None:
    """Skip locally, fail in CI."""
    if required():
        pytest.fail(f"required service missing: {reason}", pytrace=False)
    pytest.skip(reason)


def port_open(host: str, port: int, timeout: float = 0.5) -> bool:
    try:
        with socket.create_connection((host, port), timeout=timeout):
            return True
    except OSError:
        return False


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port
