"""The labelled corpus sets under corpus/train/ and corpus/sealed/ are read as they are by the
measuring harness: every labelled file must exist and parse, and every label must be a value the
`ofbot explain --json` contract allows, so that a typo in a label never passes for a bot error."""

from __future__ import annotations

import csv
import json
from datetime import date
from email import policy
from email.parser import BytesParser
from pathlib import Path

import pytest

CORPUS = Path(__file__).resolve().parents[2] / "corpus"
KINDS = {
    "support",
    "dev_quote",
    "migration",
    "owner_change",
    "password_reset",
    "contact_update",
    "hours_statement",
    "resource_change",
    "renewal",
    "test_platform",
    "other",
}
INTENTS = {"confirm", "refuse", "question"}
REASONS = {"auto_reply", "bounce", "list", "loop"}
VERSIONS = {"4", "4.0alpha", "beta", "3.6"}
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
UNDECIDED = "?"


def _folders() -> list[Path]:
    return sorted(p for split in ("train", "sealed") for p in (CORPUS / split).glob("*") if p.is_dir())


def _platforms(folder: Path) -> set[str]:
    with (folder / "clients.csv").open(encoding="utf-8") as handle:
        return {row["platform"] for row in csv.DictReader(handle)}


def _is_iso_date(value: object) -> bool:
    if not isinstance(value, str):
        return False
    try:
        date.fromisoformat(value)
    except ValueError:
        return False
    return len(value) == 10


def _problems(name: str, labels: dict[str, object], platforms: set[str]) -> list[str]:
    """Every way a label can be out of the contract, as readable lines."""
    out: list[str] = []
    missing = [f for f in FIELDS if f not in labels]
    if missing:
        return [f"{name}: missing {missing}"]

    def bad(field: str, ok: bool) -> None:
        if labels[field] != UNDECIDED and not ok:
            out.append(f"{name}: {field}={labels[field]!r}")

    v = labels
    bad("suppressed", isinstance(v["suppressed"], bool))
    bad("suppress_reason", v["suppress_reason"] is None or v["suppress_reason"] in REASONS)
    bad("client", v["client"] is None or v["client"] in platforms)
    bad(
        "client_hint",
        v["client_hint"] is None or (isinstance(v["client_hint"], str) and v["client_hint"] != ""),
    )
    bad("kind", v["kind"] is None or v["kind"] in KINDS)
    bad("language", v["language"] in ("fr", "en"))
    bad("not_before", v["not_before"] is None or _is_iso_date(v["not_before"]))
    bad("target_version", v["target_version"] is None or v["target_version"] in VERSIONS)
    bad("cash_funded", isinstance(v["cash_funded"], bool))
    bad(
        "attachments",
        isinstance(v["attachments"], int)
        and not isinstance(v["attachments"], bool)
        and v["attachments"] >= 0,
    )
    bad("reply", v["reply"] is None or v["reply"] in INTENTS)
    if v["suppressed"] is True and (
        v["suppress_reason"] is None or v["kind"] is not None or v["reply"] is not None
    ):
        out.append(f"{name}: suppressed mail needs a reason, no kind and no reply")
    if v["suppressed"] is False and v["suppress_reason"] not in (None, UNDECIDED):
        out.append(f"{name}: a reason on mail that is not suppressed")
    if v["suppressed"] is False and v["kind"] is None and v["reply"] is None:
        out.append(f"{name}: neither a kind nor a reply intent")
    if v["reply"] not in (None, UNDECIDED) and v["kind"] is not None:
        out.append(f"{name}: a reply has kind null")
    also = labels.get("also", [])
    if not isinstance(also, list) or any(k not in KINDS or k == v["kind"] for k in also):
        out.append(f"{name}: also={also!r}")
    if "note" in labels and not isinstance(labels["note"], str):
        out.append(f"{name}: note must be one line of text")
    return out


@pytest.mark.parametrize("folder", _folders(), ids=lambda p: f"{p.parent.name}/{p.name}")
def test_every_labelled_message_exists_parses_and_has_allowed_labels(folder: Path) -> None:
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
        message = BytesParser(policy=policy.default).parsebytes(path.read_bytes())
        if not message["From"] or (
            message.get_body(preferencelist=("plain", "html")) is None and not message.is_multipart()
        ):
            problems.append(f"{name}: no From header or no body")
        problems.extend(_problems(name, labels, platforms))
    assert not problems, "\n".join(problems)


def test_sets_are_split_between_train_and_sealed() -> None:
    """A set written for measuring has both halves, so no one measures on what they trained on."""
    train = {p.name for p in (CORPUS / "train").glob("*") if p.is_dir()}
    sealed = {p.name for p in (CORPUS / "sealed").glob("*") if p.is_dir()}
    assert train == sealed, f"sets without both halves: {sorted(train ^ sealed)}"
