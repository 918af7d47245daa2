"""``ofbot rules``: every rule of shared/DOMAIN.md, who applies it, and the code and tests citing it.

The list of rules and who applies them is written here by hand (the vendor's page does not
change often); the modules and tests are found by reading the sources for the rule's number
(``R21``, ``R23.7``), so the report cannot drift from the code. Tests are read from the
repository's ``tests`` folder when it is there (a source checkout), else reported as unknown.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

BOT, STAFF, BOTH = "bot", "staff", "bot+staff"


@dataclass(frozen=True)
class Rule:
    rule: str
    title: str
    by: str  # bot | staff | bot+staff
    note: str = ""


RULES: tuple[Rule, ...] = (
    Rule("R1", "demo, test and production platforms; demo reset every hour at minute 44", BOT),
    Rule("R2", "test platforms <name>.test and <name>.of4 from version 3.6", BOT),
    Rule(
        "R3",
        "minor updates are automatic; only major migrations are requests",
        BOTH,
        "Première updates: staff",
    ),
    Rule("R4", "the client record; two different e-mail addresses recommended", BOT),
    Rule("R5", "a client is recognised by its addresses on record only", BOT),
    Rule("R6", "self-service password; manual reset and e-mail update billed to First Price", BOT),
    Rule("R7", "sensitive changes only after staff approval; answers to addresses on record", BOTH),
    Rule("R8", "client account vs a member's own login", BOT),
    Rule(
        "R10", "change of the person in charge by e-mail with a signed letter and an official document", BOT
    ),
    Rule("R11", "no letter needed when the new person is on the K-BIS", STAFF, "staff read the documents"),
    Rule(
        "R12", "a company's signatory holds more than half of the shares", STAFF, "staff read the documents"
    ),
    Rule("R13", "the bot lists missing documents; staff approve; everyone told", BOTH),
    Rule("R20", "migration to the latest stable or development version, in production only", BOT),
    Rule("R21", "migration fee for First Price, free to/from alpha/beta", BOT),
    Rule("R22", "an old tariff pays the difference on migration", BOT, "needs resource_price on the record"),
    Rule(
        "R23",
        "migration steps: terms, invoices, payment, not-before date, hand-over, questionnaire",
        BOTH,
        "staff migrate the platform",
    ),
    Rule("R24", "no migration before the not-before date nor before payment", BOT),
    Rule("R25", "alpha/beta means a constantly changing version", BOT),
    Rule("R26", "migrations are irreversible", BOT),
    Rule("R27", "test platforms, invoices, renewals are self-service: the bot gives the steps", BOT),
    Rule("R30", "subscription priced by billable resources for the calendar year", BOT),
    Rule(
        "R31",
        "a resource added mid-year is invoiced at the full-year price; a new type costs 1 h",
        BOTH,
        "staff create the resource type (done --new-type)",
    ),
    Rule("R32", "removing a resource changes nothing this year", BOT),
    Rule("R33", "replacing or renaming a resource needs no new subscription", BOT),
    Rule("R34", "renewal by card, transfer or cheque; at least the active resources", BOT),
    Rule(
        "R40",
        "billable resources: aircraft and simulators, active, bookable or with activity",
        STAFF,
        "counted on the platform; the record holds the number",
    ),
    Rule("R50", "bonus hours per tier and calendar year", BOT),
    Rule("R51", "hours deducted only when the client confirms an estimate", BOT),
    Rule("R52", "served by arrival, cash-funded first", BOT),
    Rule("R53", "unused hours are lost at the end of the year", BOT),
    Rule("R54", "hours statement on request, by e-mail", BOT),
    Rule("R55", "hours beyond the balance are invoiced at the hourly rate", BOT),
    Rule("R60", "one development quote per year", BOT),
    Rule("R61", "another quote once every earlier one was accepted", BOT),
    Rule("R62", "several clients pool their bonus hours on a development", BOTH, "staff approve each share"),
    Rule("R63", "accepted developments by arrival, cash-funded first", BOT),
    Rule("R64", "the forum section to find co-funders", BOT),
    Rule("R70", "manual reset billed: see R6", BOT),
    Rule("R71", "change of person in charge: see R10-R13", BOTH),
    Rule("R72", "First Price migration fee: see R21", BOT),
)

_ROOT = Path(__file__).resolve().parents[1]
_SOURCES = ("bot", "handlers", "storage", "templates")


_RULE_RE = re.compile(r"\bR(\d{1,2})(?:\.\d+)?\b")
_RANGE_RE = re.compile(r"\bR(\d{1,2})(?:\.\d+)?\s*[-–]\s*R?(\d{1,2})\b")


def _cited(folder: Path, root: Path) -> dict[str, set[str]]:
    """The files of ``folder`` citing each rule; a range "R20-R26" cites each rule in it."""
    found: dict[str, set[str]] = {}
    if not folder.is_dir():
        return found
    for path in sorted(folder.rglob("*")):
        if path.suffix not in (".py", ".j2") or "__pycache__" in path.parts or "data" in path.parts:
            continue
        if path.resolve() == Path(__file__).resolve() or path.name == "test_rules.py":
            continue  # the list of rules and its own test cover no rule
        try:
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError):
            continue
        name = str(path.relative_to(root))
        numbers = {int(m.group(1)) for m in _RULE_RE.finditer(text)}
        for match in _RANGE_RE.finditer(text):
            low, high = int(match.group(1)), int(match.group(2))
            if 0 < high - low <= 10:
                numbers.update(range(low, high + 1))
        for number in numbers:
            found.setdefault(f"R{number}", set()).add(name)
    return found


@dataclass(frozen=True)
class Coverage:
    rule: Rule
    modules: tuple[str, ...]
    tests: tuple[str, ...] | None  # None: no tests folder here

    def to_json(self) -> dict[str, object]:
        return {
            "rule": self.rule.rule,
            "title": self.rule.title,
            "by": self.rule.by,
            "left_to_staff": self.rule.by == STAFF,
            "note": self.rule.note,
            "modules": list(self.modules),
            "tests": list(self.tests) if self.tests is not None else None,
        }


def coverage(root: Path = _ROOT) -> list[Coverage]:
    modules: dict[str, set[str]] = {}
    for source in _SOURCES:
        for rule, files in _cited(root / source, root).items():
            modules.setdefault(rule, set()).update(files)
    tests_dir = root / "tests"
    tests = _cited(tests_dir, root) if tests_dir.is_dir() else None
    return [
        Coverage(
            rule,
            tuple(sorted(modules.get(rule.rule, ()))),
            tuple(sorted(tests.get(rule.rule, ()))) if tests is not None else None,
        )
        for rule in RULES
    ]
