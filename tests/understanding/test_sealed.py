"""The sealed test split (``corpus/sealed/*``): unseen mail no rule or model was tuned on.

Prints per-field accuracy and wrong automatic answers (run with ``-s``). The issue's goals are
kind >= 95 % and wrong automatic answers <= 1 %; the assertions here are only a guard against a
collapse (kind >= 90 %, wrong automatic answers <= 5 %, replies >= 85 %; and no wrong
confirmation, the worst error), because the figures are reported once per
change (``bench/understanding_eval.py``) and never tuned against.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.support.evaluate import evaluate

SEALED = Path(__file__).resolve().parents[2] / "corpus" / "sealed"
FOLDERS = sorted(p for p in SEALED.glob("*") if (p / "expected.json").is_file()) if SEALED.is_dir() else []


@pytest.mark.skipif(not FOLDERS, reason="no corpus/sealed folder in this checkout")
@pytest.mark.parametrize("folder", FOLDERS, ids=[f.name for f in FOLDERS])
def test_sealed_split(folder: Path) -> None:
    result = evaluate(folder)
    print()
    print("\n".join(result.lines()))
    assert len(result.wrong_automatic) <= max(1, 0.05 * result.automatic), result.wrong_automatic
    assert result.wrong_confirmations == 0  # the worst error: hours deducted, work queued
    if "kind" in result.tallies:  # a set of replies only (j) has no first contact
        assert result.tallies["kind"].ratio >= 0.90
    if "reply" in result.tallies:
        assert result.tallies["reply"].ratio >= 0.85
