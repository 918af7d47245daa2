"""Measuring understanding on a labelled folder, as the outside check does.

A folder holds ``.eml`` files, ``expected.json`` (file → the fields of ``explain --json``) and
``clients.csv``. Each message runs in-process through ``bot.explain.explain_file`` against a fresh
SQLite database with the clients imported, exactly as ``ofbot explain FILE --json``. Besides the
per-field accuracy it counts *wrong automatic answers*: a known sender, ``triage`` false, and a
kind that is not the expected one.
"""

from __future__ import annotations

import json
import re
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

from bot.clients import import_clients, parse_clients_csv
from bot.clock import Clock
from bot.config import load_settings
from bot.explain import explain_file
from bot.learning.store import LiveModel
from storage.db import make_engine, migrate, session_factory
from tests.support.tally import Tally

ADDRESS = "support@openflyers.example"


@dataclass
class Evaluation:
    folder: str
    tallies: dict[str, Tally] = field(default_factory=dict)
    automatic: int = 0
    wrong_automatic: list[str] = field(default_factory=list)
    first_contacts: int = 0
    seconds: float = 0.0
    messages: int = 0
    wrong_confirmations: int = 0

    def lines(self) -> list[str]:
        out = [
            f"== {self.folder}: {self.messages} messages, {1000 * self.seconds / max(1, self.messages):.1f} ms each"
        ]
        for key, tally in sorted(self.tallies.items()):
            out.append(f"{key:24} {tally.right:4}/{tally.total:<4} {tally.ratio:7.1%}")
        rate = len(self.wrong_automatic) / self.automatic if self.automatic else 0.0
        out.append(
            f"automatic answers        {self.automatic:4}/{self.first_contacts:<4} first contacts; "
            f"wrong: {len(self.wrong_automatic)} ({rate:.1%} of automatic answers)"
        )
        out.append(
            f"wrong confirmations      {self.wrong_confirmations:4} (a reply read as confirm that is not one)"
        )
        out += [f"    WRONG AUTO {w}" for w in self.wrong_automatic]
        return out


def evaluate(folder: Path, models: LiveModel | None = None) -> Evaluation:
    models = models or LiveModel()
    result = Evaluation(folder.name)
    expected_all: dict[str, dict[str, object]] = json.loads(
        (folder / "expected.json").read_text(encoding="utf-8")
    )
    with tempfile.TemporaryDirectory() as tmp:
        settings = load_settings(env={"OFBOT_MAIL_ADDRESS": ADDRESS}, db_url=f"sqlite:///{tmp}/x.db")
        engine = make_engine(settings.database.url)
        migrate(engine)
        clock = Clock(settings.tz)
        csv_text = (folder / "clients.csv").read_text(encoding="utf-8")
        # a corpus may write paid_until as a date: the year is what the clients file means
        csv_text = re.sub(r",(\d{4})-\d\d-\d\d(?=,|\r?$)", r",\1", csv_text, flags=re.MULTILINE)
        rows, _ = parse_clients_csv(csv_text, clock.year())
        with session_factory(engine)() as session, session.begin():
            import_clients(session, rows, clock)
        engine.dispose()
        for name, expected in sorted(expected_all.items()):
            raw = (folder / name).read_bytes()
            started = time.perf_counter()
            got = explain_file(settings, raw, models)
            result.seconds += time.perf_counter() - started
            result.messages += 1
            first_contact = not expected.get("suppressed") and not expected.get("reply")
            if first_contact and expected.get("kind"):
                result.first_contacts += 1
                if got.get("client") and got.get("triage") is False and got.get("kind") is not None:
                    result.automatic += 1
                    if got["kind"] != expected["kind"]:
                        result.wrong_automatic.append(
                            f"{name}: expected {expected['kind']}, answered as {got['kind']} (p {got.get('confidence')})"
                        )
            for key, value in expected.items():
                if key in ("thread", "date", "note", "also") or (value is None and key == "attachments"):
                    continue
                if key == "kind" and (expected.get("reply") or expected.get("suppressed")):
                    continue
                if key == "reply" and not value:
                    key = "reply_on_first_contact"
                elif key == "reply" and value != "confirm" and got.get("reply") == "confirm":
                    result.wrong_confirmations += 1
                result.tallies.setdefault(key, Tally()).add(
                    name, value, got.get(key.replace("_on_first_contact", ""))
                )
    return result
