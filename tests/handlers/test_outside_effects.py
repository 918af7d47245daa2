"""Actions that change the client record ask for a confirmation in the chat (issue 9 item 1):
the handlers name the effect; a button then asks Confirm / Cancel (tests/telegram/test_desk_chat.py
shows the prompt for owner_change)."""

from __future__ import annotations

import json

from bot.staff.checks import DEFAULT_EFFECTS, effects
from storage.models import Client, Request


def _request(kind: str, detail: dict[str, object], target: str | None = None) -> Request:
    client = Client(platform="mermoz", tier="business", resources=6, version="3.6")
    return Request(
        ref="OF-2026-0001",
        kind=kind,
        state="in_progress",
        client=client,
        detail=json.dumps(detail),
        target_version=target,
    )


def test_done_of_a_migration_names_the_new_version() -> None:
    said = effects(DEFAULT_EFFECTS, "done", _request("migration", {}, target="4"))
    assert len(said) == 1 and "version of mermoz to 4" in said[0]
    assert effects(DEFAULT_EFFECTS, "start", _request("migration", {}, target="4")) == []


def test_done_of_an_addition_names_the_resource_count() -> None:
    said = effects(DEFAULT_EFFECTS, "done", _request("resource_change", {"action": "add", "count": 2}))
    assert len(said) == 1 and "6 -> 8" in said[0]
    assert effects(DEFAULT_EFFECTS, "done", _request("resource_change", {"action": "remove"})) == []


def test_support_done_has_no_outside_effect() -> None:
    assert effects(DEFAULT_EFFECTS, "done", _request("support", {})) == []
