"""One policy in one place: the reference format, the version grammar and the subject prefixes.

Each is owned by one module (``bot.requests``, ``bot.versions``, ``bot.understand.normalize``);
the readers of it import it. The scan below fails when a copy reappears elsewhere.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from bot.clients import ImportError_, parse_clients_csv
from bot.requests import BRACKETED_REF_RE, REF_RE, format_ref, ref_from_match, ref_year
from bot.staff.cards import parse_prompt
from bot.staff.telegram.prompts import ref_in
from bot.understand.contribution import read_contribution
from bot.understand.normalize import is_forward_subject, strip_subject_prefixes
from bot.understand.versions import target_version
from bot.versions import canonical, parse_version
from tests.conftest import CLIENTS_CSV

ROOT = Path(__file__).resolve().parents[2]
OWNERS = {
    # a literal reference prefix in a pattern or an f-string
    re.compile(r"OF-(\\d|\{|\()"): {"bot/requests.py"},
    # the forward prefixes, as a list or as regex alternatives
    re.compile(r"""\bfwd\||["']fwd["']""", re.IGNORECASE): {"bot/understand/normalize.py"},
    # the development stages as a regex group
    re.compile(r"\(alpha\|beta\)"): {"bot/versions.py"},
}


def test_each_policy_is_written_in_its_owner_module_only() -> None:
    for pattern, owners in OWNERS.items():
        found = {
            str(path.relative_to(ROOT))
            for folder in ("bot", "handlers", "storage")
            for path in (ROOT / folder).rglob("*.py")
            if "migrations" not in path.parts and pattern.search(path.read_text(encoding="utf-8"))
        }
        assert found == owners, pattern.pattern


@pytest.mark.parametrize(
    ("text", "number", "stage", "written"),
    [
        ("4.0alpha", (4, 0), "alpha", "4.0alpha"),
        ("4.0 beta", (4, 0), "beta", "4.0beta"),
        ("v5", (5, 0), "", "5"),
        ("4.0", (4, 0), "", "4"),
        ("3.6", (3, 6), "", "3.6"),
        ("beta", None, "beta", "beta"),
    ],
)
def test_the_version_grammar(text: str, number: tuple[int, int] | None, stage: str, written: str) -> None:
    version = parse_version(text)
    assert version is not None and version.number == number and version.stage == stage
    assert str(version) == written


def test_text_and_record_write_a_version_the_same_way() -> None:
    assert canonical("4.0", None) == str(parse_version("4.0")) == "4"
    assert canonical("4", "alpha") == str(parse_version("4alpha")) == "4.0alpha"
    assert target_version("Nous voudrions passer en version 4.0 alpha") == "4.0alpha"
    assert parse_version("quatre") is None and parse_version("") is None


def test_a_client_record_names_a_numbered_version() -> None:
    header, *rows = CLIENTS_CSV.splitlines()
    row = rows[0].split(",")
    for version, ok in (("4.0alpha", True), ("V5", True), ("beta", False), ("abc", False)):
        row[5] = version
        csv_text = "\n".join([header, ",".join(row)])
        if ok:
            assert parse_clients_csv(csv_text, 2026)[0], version
        else:
            with pytest.raises(ImportError_, match="field version"):
                parse_clients_csv(csv_text, 2026)


@pytest.mark.parametrize(
    "subject", ["TR: planning", "Fwd: planning", "Fw: planning", "WG: planning", "RE: TR: x"]
)
def test_forward_prefixes(subject: str) -> None:
    assert is_forward_subject(subject)
    assert strip_subject_prefixes(subject) in ("planning", "x")


def test_a_reply_is_not_a_forward() -> None:
    assert not is_forward_subject("RE: planning") and strip_subject_prefixes("RE: AW: planning") == "planning"


def test_the_reference_is_read_the_way_it_is_written() -> None:
    ref = format_ref(2026, 42)
    assert ref == "OF-2026-0042" and ref_year(ref) == 2026
    match = REF_RE.search(f"Re: [{ref.lower()}] Migration")
    assert match is not None and ref_from_match(match) == ref
    assert BRACKETED_REF_RE.search(f"votre demande [{ref}]")
    assert parse_prompt(f"estimate {ref}: how many hours?") == ("estimate", ref)
    assert ref_in(f"[{ref}] estimate sent") == ref
    offer = read_contribution(f"Re: {ref}", "Nous participons avec 3 heures de nos heures bonus.")
    assert offer is not None and offer.ref == ref
