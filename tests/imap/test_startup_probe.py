"""A refused IMAP login stops ``ofbot run`` at start with one sentence; an unreachable server does not."""

from __future__ import annotations

from dataclasses import replace

import pytest

from bot.config import Secret, Settings
from bot.startup import StartupError
from bot.startup_probes import probe_imap
from tests.imap.conftest import sqlite_settings  # noqa: F401 (fixture)
from tests.support.dovecot import MailAccount, dovecot, dovecot_server  # noqa: F401 (fixtures)
from tests.support.services import free_port


def test_refused_login_is_a_start_up_failure_naming_the_account(
    sqlite_settings: Settings,  # noqa: F811
    dovecot: MailAccount,  # noqa: F811
) -> None:
    good = replace(sqlite_settings, imap=dovecot.settings())
    probe_imap(good)  # logs in and out
    bad = replace(sqlite_settings, imap=dovecot.settings(password=Secret("wrong-password")))
    with pytest.raises(StartupError) as failure:
        probe_imap(bad)
    text = str(failure.value)
    assert "refused the login" in text and "OFBOT_IMAP_PASSWORD" in text and "wrong-password" not in text


def test_unreachable_server_is_left_to_the_watcher(sqlite_settings: Settings, dovecot: MailAccount) -> None:  # noqa: F811
    away = replace(sqlite_settings, imap=dovecot.settings(port=free_port()))
    probe_imap(away)  # no exception: the watcher retries
