"""The labelled corpus sets under corpus/train and corpus/sealed are well formed: every file named in
expected.json exists and parses with the standard library, every label is present with an allowed
value, replies carry a reply intent and no kind, and every client label is a platform of the set's
clients.csv. A set that breaks this would measure the bot on garbage."""

from __future__ import annotations

import csv
import json
import re
from email import message_from_bytes, policy
from email.message import EmailMessage
from pathlib import Path

import pytest

import bot.kinds
from bot.clients import REQUIRED

ROOT = Path(__file__).resolve().parents[2] / "corpus"
FOLDERS = sorted(p.parent for split in ("train", "sealed") for p in (ROOT / split).glob("*/expected.json"))

KINDS = set(bot.kinds.KINDS)
FIELDS = (
    "suppressed",
    "suppress_reason",
    "client",
    "client_hint",
    "kind",
    "language",
    "not_before",
    "target_version",
    "cash_funded",
    "attachments",
    "reply",
)
# Fields the suppressed messages of some sets leave out (nothing is measured on them there).
OPTIONAL_WHEN_SUPPRESSED = {"not_before", "target_version", "cash_funded", "attachments"}
UNDECIDED = "?"
VERSION = re.compile(r"^(\d+(\.\d+)?(alpha|beta)?|alpha|beta)$")
# A set's clients.csv must open with the columns the bot's import requires.
CLIENTS_HEADER = list(REQUIRED)
TIERS = {"first_price", "business", "premiere", "corporate"}


def _id(folder: Path) -> str:
    return f"{folder.parent.name}/{folder.name}"


def _check(value: object, allowed: bool) -> bool:
    return value == UNDECIDED or allowed


def _platforms(folder: Path) -> set[str]:
    with (folder / "clients.csv").open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        assert reader.fieldnames is not None
        assert reader.fieldnames[: len(CLIENTS_HEADER)] == CLIENTS_HEADER, folder
        rows = list(reader)
    for row in rows:
        assert row["tier"] in TIERS, (folder, row["platform"], row["tier"])
    return {row["platform"] for row in rows}


def test_there_are_sets() -> None:
    if not FOLDERS:
        pytest.skip("no corpus set yet under corpus/train or corpus/sealed")
    assert all((folder / "clients.csv").is_file() for folder in FOLDERS)


@pytest.mark.parametrize("folder", FOLDERS, ids=_id)
def test_every_labelled_file_parses_with_allowed_labels(folder: Path) -> None:
    expected: dict[str, dict[str, object]] = json.loads(
        (folder / "expected.json").read_text(encoding="utf-8")
    )
    assert expected, f"{folder}: expected.json is empty"
    platforms = _platforms(folder)
    problems: list[str] = []
    for name, labels in sorted(expected.items()):
        path = folder / name
        if not path.is_file():
            problems.append(f"{name}: file missing")
            continue
        msg = message_from_bytes(path.read_bytes(), policy=policy.default)
        if not (msg["From"] or msg["Subject"] is not None):
            problems.append(f"{name}: no From nor Subject header")
        suppressed = labels.get("suppressed")
        for field in FIELDS:
            if field not in labels and not (suppressed is True and field in OPTIONAL_WHEN_SUPPRESSED):
                problems.append(f"{name}: label {field} missing")
        get = labels.get
        checks = {
            "suppressed": isinstance(get("suppressed"), bool),
            "suppress_reason": get("suppress_reason") in (None, "auto_reply", "bounce", "list", "loop"),
            "client": get("client") is None or get("client") in platforms,
            "client_hint": get("client_hint") is None or isinstance(get("client_hint"), str),
            "kind": get("kind") is None or get("kind") in KINDS,
            "language": get("language") in ("fr", "en"),
            "not_before": get("not_before") is None
            or bool(re.fullmatch(r"\d{4}-\d{2}-\d{2}", str(get("not_before")))),
            "target_version": get("target_version") is None
            or bool(VERSION.match(str(get("target_version")))),
            "cash_funded": get("cash_funded", False) in (True, False),
            "attachments": isinstance(get("attachments", 0), int)
            and not isinstance(get("attachments", 0), bool),
            "reply": get("reply") in (None, "confirm", "refuse", "question"),
        }
        for field, ok in checks.items():
            if field in labels and not _check(labels[field], ok):
                problems.append(f"{name}: {field}={labels[field]!r} not allowed")
        if suppressed is True:
            if (
                get("suppress_reason") in (None, UNDECIDED)
                or get("kind") is not None
                or get("reply") is not None
            ):
                problems.append(f"{name}: suppressed needs a reason, no kind, no reply")
        elif suppressed is False:
            if get("suppress_reason") is not None:
                problems.append(f"{name}: a reason without suppression")
            if get("reply") is not None and get("kind") is not None:
                problems.append(f"{name}: a reply has kind null")
            if get("reply") is None and get("kind") is None:
                problems.append(f"{name}: a first contact needs a kind")
        also = labels.get("also") or []
        for extra in also if isinstance(also, list) else [also]:
            if extra not in KINDS or extra == get("kind"):
                problems.append(f"{name}: also={extra!r}")
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("folder", FOLDERS, ids=_id)
def test_no_file_is_left_unlabelled(folder: Path) -> None:
    expected = json.loads((folder / "expected.json").read_text(encoding="utf-8"))
    unlabelled = sorted(p.name for p in folder.glob("*.eml") if p.name not in expected)
    assert not unlabelled, f"{folder}: files without labels: {unlabelled}"


def test_no_set_measures_what_it_trains_on() -> None:
    """No one measures on what they trained on: no message of any train folder is in any sealed folder,
    by Message-ID or by its text. Sets may be split in two halves (a, b), written only to train (d, e)
    or only to measure (c); idents recur from set to set, so each builder salts its ids."""

    def keys(folder: Path) -> dict[str, str]:
        found: dict[str, str] = {}
        for path in folder.glob("*.eml"):
            msg = message_from_bytes(path.read_bytes(), policy=policy.default)
            found[str(msg["Message-ID"] or path.name).strip()] = path.name
            body = msg.get_body(preferencelist=("plain", "html"))
            text = body.get_content() if isinstance(body, EmailMessage) else ""
            if len(text.split()) >= 8:
                found["text:" + " ".join(text.split())] = path.name
        return found

    trained: dict[str, str] = {}
    for train in sorted((ROOT / "train").glob("*/expected.json")):
        trained.update({key: f"train/{train.parent.name}/{name}" for key, name in keys(train.parent).items()})
    for sealed in sorted((ROOT / "sealed").glob("*/expected.json")):
        shared = sorted(
            f"{trained[key]} = sealed/{sealed.parent.name}/{name}"
            for key, name in keys(sealed.parent).items()
            if key in trained
        )
        assert not shared, f"in a train and a sealed folder: {shared[:5]}"
