"""Labelled first contacts for training: folders of .eml files with their labels.

A folder holds ``.eml`` files and ``expected.json`` (or ``labels.json``): file name → the fields
of ``explain --json``. Only first contacts with a kind are examples (not replies, not machines).
The text a model learns from is what the reader gives it for a live mail: the subject and the
new text, quotes and signatures trimmed.

``corpus/sealed/*`` is the sealed test split: it is never read here.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from bot.kinds import KINDS
from bot.mail.parse import parse_message
from bot.understand.reader import is_reply, own_words

REPO = Path(__file__).resolve().parents[2]
SHIPPED = ("tests/data/understanding", "tests/data/understanding_blind", "tests/data/understanding_blind2")


@dataclass(frozen=True)
class Example:
    """One labelled first contact: where it came from, its text as the model sees it, its kind."""

    source: str
    subject: str
    text: str
    kind: str


def training_folders(root: Path = REPO) -> list[Path]:
    """The shipped labelled sets and every ``corpus/train/*`` folder (never ``corpus/sealed``)."""
    folders = [root / name for name in SHIPPED]
    train = root / "corpus" / "train"
    if train.is_dir():
        folders += sorted(p for p in train.iterdir() if p.is_dir())
    return [f for f in folders if _labels_file(f) is not None]


def _labels_file(folder: Path) -> Path | None:
    for name in ("expected.json", "labels.json"):
        if (folder / name).is_file():
            return folder / name
    return None


def model_input(raw: bytes) -> tuple[str, str, bool]:
    """(subject, new text, is a reply) as the reader hands them to the classifier."""
    msg = parse_message(raw)
    subject, text, _ = own_words(msg)
    return subject, text, is_reply(msg)


def _training_labels(folder: Path) -> dict[str, dict[str, object]]:
    """The labels of a training folder by file name ({} when it has none); a sealed folder is refused."""
    labels_file = _labels_file(folder)
    if labels_file is None:
        return {}
    if "sealed" in folder.parts:
        raise ValueError(f"{folder}: the sealed test split is never used for training")
    labels: dict[str, dict[str, object]] = json.loads(labels_file.read_text(encoding="utf-8"))
    return labels


def folder_examples(folder: Path) -> list[Example]:
    labels = _training_labels(folder)
    examples = []
    for name, expected in sorted(labels.items()):
        kind = expected.get("kind")
        if not isinstance(kind, str) or kind not in KINDS:
            continue
        if expected.get("suppressed") or expected.get("suppress_reason") or expected.get("reply"):
            continue
        path = folder / name
        if not path.is_file():
            continue
        subject, text, reply = model_input(path.read_bytes())
        if reply:
            continue
        examples.append(Example(f"{folder.name}/{name}", subject, text, kind))
    return examples


@dataclass(frozen=True)
class ReplyExample:
    """One labelled reply to our mail: its new text (quotes and signature trimmed) and its intent.

    ``group`` is the set it comes from: cross-validation keeps a set's phrasing out of the fold
    that is scored, as unseen mail would be.
    """

    source: str
    group: str
    text: str
    intent: str


REPLY_INTENTS = ("confirm", "question", "refuse")


def folder_replies(folder: Path) -> list[ReplyExample]:
    """The labelled replies of a folder (``reply`` in its labels, not suppressed)."""
    labels = _training_labels(folder)
    examples = []
    for name, expected in sorted(labels.items()):
        intent = expected.get("reply")
        if not isinstance(intent, str) or intent not in REPLY_INTENTS:
            continue
        if expected.get("suppressed") or expected.get("suppress_reason"):
            continue
        path = folder / name
        if not path.is_file():
            continue
        _, text, _ = model_input(path.read_bytes())
        examples.append(ReplyExample(f"{folder.name}/{name}", folder.name, text, intent))
    return examples


def corpus_replies(folders: Iterable[Path]) -> list[ReplyExample]:
    return [e for folder in folders for e in folder_replies(folder)]


def reply_data_hash(examples: Iterable[ReplyExample]) -> str:
    """A fingerprint of the replies a reply model learned from (order-independent)."""
    return _fingerprint(f"{e.intent}\x1f{e.text}" for e in examples)


def corpus_examples(folders: Iterable[Path]) -> list[Example]:
    return [e for folder in folders for e in folder_examples(folder)]


def data_hash(examples: Iterable[Example]) -> str:
    """A fingerprint of exactly what a model learned from (order-independent)."""
    return _fingerprint(f"{e.kind}\x1f{e.subject}\x1f{e.text}" for e in examples)


def _fingerprint(lines: Iterable[str]) -> str:
    """SHA-256 of the examples' lines, sorted, so the order they were read in does not count."""
    digest = hashlib.sha256()
    for line in sorted(lines):
        digest.update(line.encode("utf-8"))
        digest.update(b"\x1e")
    return digest.hexdigest()
