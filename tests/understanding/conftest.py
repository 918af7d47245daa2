"""Shared helpers for the understanding tests: the labelled set, our identity, the platforms."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from bot.understand import OurIdentity

DATA = Path(__file__).resolve().parents[1] / "data" / "understanding"
CORPORA = Path(__file__).resolve().parents[3] / "shared" / "corpora"
OUR = OurIdentity(address="support@openflyers.com", domain="openflyers.com")


def platforms() -> tuple[str, ...]:
    with (DATA / "clients.csv").open(encoding="utf-8") as handle:
        return tuple(row["platform"] for row in csv.DictReader(handle))


def labels() -> dict[str, dict[str, object]]:
    loaded: dict[str, dict[str, object]] = json.loads((DATA / "labels.json").read_text(encoding="utf-8"))
    return loaded


@pytest.fixture(scope="session")
def our() -> OurIdentity:
    return OUR
