"""``ofbot rules [--json]``: every rule of DOMAIN.md, who applies it, the code and tests citing it."""

from __future__ import annotations

import json

import pytest

from bot.cli import main
from bot.rules import RULES, coverage

DOMAIN_RULES = (
    [f"R{n}" for n in range(1, 9)]
    + [f"R{n}" for n in range(10, 14)]
    + [f"R{n}" for n in range(20, 28)]
    + [f"R{n}" for n in range(30, 35)]
    + ["R40"]
    + [f"R{n}" for n in range(50, 56)]
    + [f"R{n}" for n in range(60, 65)]
    + ["R70", "R71", "R72"]
)


def test_every_domain_rule_is_listed_once() -> None:
    assert [r.rule for r in RULES] == DOMAIN_RULES


def test_every_rule_the_bot_applies_has_code_and_tests_citing_it() -> None:
    for found in coverage():
        if found.rule.by == "staff":
            assert found.rule.note, found.rule.rule  # why it is left to staff
            continue
        assert found.modules, f"{found.rule.rule}: no module cites it"
        assert found.tests, f"{found.rule.rule}: no test cites it"
        assert "bot/rules.py" not in found.modules


def test_rules_json(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["rules", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    by_rule = {d["rule"]: d for d in data}
    assert set(by_rule) == set(DOMAIN_RULES)
    r62 = by_rule["R62"]
    assert r62["by"] == "bot+staff" and "handlers/pool.py" in r62["modules"]
    assert "tests/books/test_pool.py" in r62["tests"]
    assert by_rule["R12"]["left_to_staff"] is True
    assert set(r62) == {"rule", "title", "by", "left_to_staff", "note", "modules", "tests"}
