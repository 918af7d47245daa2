"""A Telegram token the Bot API refuses stops ``ofbot run`` at start with one sentence."""

from __future__ import annotations

import asyncio
from dataclasses import replace

import pytest

from bot.config import Secret, Settings
from bot.startup import StartupError
from bot.startup_probes import probe_telegram
from tests.support.fake_botapi import FakeBotApi


def test_refused_token_is_a_start_up_failure(tg_settings: Settings, fake: FakeBotApi) -> None:
    asyncio.run(probe_telegram(tg_settings))  # the right token: nothing to say
    wrong = replace(tg_settings, telegram=replace(tg_settings.telegram, token=Secret("999:not-the-token")))
    with pytest.raises(StartupError) as failure:
        asyncio.run(probe_telegram(wrong))
    text = str(failure.value)
    assert "Telegram refused the bot token" in text and "OFBOT_TELEGRAM_TOKEN" in text
    assert "not-the-token" not in text
