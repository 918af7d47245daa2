"""Accuracy per field on the hand-labelled set (tests/data/understanding), with thresholds.

Prints a table (run with ``-s`` to see it) and the misses, so a regression says what it broke.
"""

from __future__ import annotations

import datetime as dt

from bot.mail.parse import parse_message
from bot.understand import read_message
from bot.understand.types import Reading
from tests.support.tally import Tally
from tests.understanding.conftest import DATA, OUR, labels, platforms


def _iso(value: dt.date | None) -> str | None:
    return value.isoformat() if value else None


def _measure() -> dict[str, Tally]:
    known = platforms()
    fields = (
        "suppress_reason",
        "kind",
        "not_before",
        "target_version",
        "cash_funded",
        "client_hint",
        "reply",
        "language",
        "attachments",
    )
    tallies = {name: Tally() for name in fields}
    for name, expected in sorted(labels().items()):
        msg = parse_message((DATA / name).read_bytes())
        reading: Reading = read_message(msg, OUR, known)
        threaded = bool(msg.in_reply_to or msg.references)
        tallies["suppress_reason"].add(name, expected["suppress_reason"], reading.suppress_reason)
        if reading.suppressed or expected["suppress_reason"]:
            continue
        if threaded:
            tallies["reply"].add(name, expected["reply"], reading.reply_intent)
        else:
            tallies["kind"].add(name, expected["kind"], reading.kind)
        tallies["not_before"].add(name, expected["not_before"], _iso(reading.not_before))
        tallies["target_version"].add(name, expected["target_version"], reading.target_version)
        tallies["cash_funded"].add(name, expected["cash_funded"], reading.cash_funded)
        tallies["client_hint"].add(name, expected["client_hint"], reading.client_hint)
        tallies["language"].add(name, expected["language"], reading.language)
        tallies["attachments"].add(name, expected["attachments"], reading.attachments)
    return tallies


THRESHOLDS = {
    "kind": 0.95,
    "not_before": 0.95,
    "target_version": 0.95,
    "cash_funded": 0.95,
    "reply": 0.95,
    "client_hint": 0.95,
    "language": 0.95,
    "attachments": 1.0,
    "suppress_reason": 1.0,
}


def test_accuracy_per_field() -> None:
    tallies = _measure()
    print("\nfield            right/total  accuracy")
    for name, tally in tallies.items():
        print(f"{name:16} {tally.right:5}/{tally.total:<5}  {tally.ratio:7.1%}")
    for name, tally in tallies.items():
        for miss in tally.misses:
            print(f"  MISS {name}: {miss}")
    failing = {n: f"{t.ratio:.1%}" for n, t in tallies.items() if t.ratio < THRESHOLDS[n]}
    assert not failing, f"below threshold: {failing}"


def test_set_is_large_and_mostly_french() -> None:
    all_labels = labels()
    assert len(all_labels) >= 150
    french = sum(1 for label in all_labels.values() if label["language"] == "fr")
    assert french / len(all_labels) > 0.7
    replies = sum(1 for label in all_labels.values() if label["reply"])
    assert replies >= 35


def test_no_suppression_error_either_way() -> None:
    known = platforms()
    wrong: list[str] = []
    for name, expected in sorted(labels().items()):
        reading = read_message(parse_message((DATA / name).read_bytes()), OUR, known)
        if bool(expected["suppress_reason"]) != reading.suppressed:
            wrong.append(f"{name}: expected {expected['suppress_reason']}, got {reading.suppress_reason}")
    assert not wrong, wrong
