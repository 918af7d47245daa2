"""Per-field accuracy of ``ofbot explain --json`` on labelled folders (corpus/train, corpus/sealed).

Each folder holds .eml files, ``expected.json`` and ``clients.csv`` (the format of
tests/data/understanding_blind). Every message runs in-process through ``bot.explain.explain_file``
against a fresh SQLite database with the folder's clients imported, as ``ofbot explain FILE --json``
does. Prints right/total per field (kind on first contacts, reply on replies) and the wrong
confirmations (a reply read as ``confirm`` that is not one). ``--misses`` names each miss: use it on
corpus/train only, never on the sealed split (measure that one, do not tune on it).

    .venv/bin/python bench/understanding_fields.py corpus/sealed/a corpus/sealed/b
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import tempfile
from pathlib import Path

from bot.clients import import_clients, parse_clients_csv
from bot.clock import Clock
from bot.config import load_settings
from bot.explain import explain_file
from storage.db import make_engine, migrate, session_factory

FIELDS = ("kind", "not_before", "target_version", "cash_funded", "reply", "client_hint", "language")


def _clients_csv(folder: Path) -> str:
    """The folder's clients.csv, with a ``paid_until`` written as a date read as its year."""
    lines = (folder / "clients.csv").read_text(encoding="utf-8").splitlines()
    header = next(csv.reader(lines[:1]))
    if "paid_until" not in header:
        return "\n".join(lines)
    column = header.index("paid_until")
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(header)
    for row in csv.reader(lines[1:]):
        if len(row) > column:
            row[column] = row[column][:4]
        writer.writerow(row)
    return out.getvalue()


def measure(folder: Path) -> tuple[dict[str, list[int]], list[str], list[str]]:
    """Right/total per field, the wrong confirmations, and every miss (``name field exp got``)."""
    expected_all: dict[str, dict[str, object]] = json.loads((folder / "expected.json").read_text("utf-8"))
    with tempfile.TemporaryDirectory() as tmp:
        settings = load_settings(
            env={"OFBOT_MAIL_ADDRESS": "support@openflyers.example"}, db_url=f"sqlite:///{tmp}/x.db"
        )
        engine = make_engine(settings.database.url)
        migrate(engine)
        clock = Clock(settings.tz)
        rows, _ = parse_clients_csv(_clients_csv(folder), clock.year())
        with session_factory(engine)() as session, session.begin():
            import_clients(session, rows, clock)
        engine.dispose()
        counts: dict[str, list[int]] = {name: [0, 0] for name in FIELDS}
        wrong_confirmations: list[str] = []
        misses: list[str] = []
        for name, expected in sorted(expected_all.items()):
            got = explain_file(settings, (folder / name).read_bytes())
            if expected.get("suppressed"):
                continue
            for key in FIELDS:
                if key not in expected:
                    continue
                if key == "kind" and expected.get("reply"):
                    continue  # kind is scored on first contacts, reply on replies
                if key == "reply" and not expected.get("reply"):
                    continue
                counts[key][1] += 1
                if got.get(key) == expected[key]:
                    counts[key][0] += 1
                else:
                    misses.append(f"{name} {key}: expected {expected[key]!r}, got {got.get(key)!r}")
            if got.get("reply") == "confirm" and expected.get("reply") != "confirm":
                wrong_confirmations.append(name)
    return counts, wrong_confirmations, misses


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("folders", nargs="+", type=Path)
    parser.add_argument("--misses", action="store_true", help="name every miss (train folders only)")
    args = parser.parse_args()
    for folder in args.folders:
        counts, wrong, misses = measure(folder)
        print(f"== {folder}")
        for key, (right, total) in counts.items():
            if total:
                print(f"  {key:15} {right:4}/{total:<4} {right / total:7.1%}")
        print(f"  wrong confirmations: {len(wrong)}")
        if args.misses:
            for line in misses:
                print(f"    {line}")


if __name__ == "__main__":
    main()
