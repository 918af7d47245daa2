"""The public corpora (../shared/corpora): no crash, every bounce/auto-reply suppressed, and the
discourse labelled reply-trimming set measured against trim.py."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from bot.mail.parse import parse_message
from bot.understand import read_message
from bot.understand.trim import new_text
from tests.understanding.conftest import CORPORA, OUR

pytestmark = [
    pytest.mark.corpora,
    pytest.mark.skipif(not CORPORA.is_dir(), reason=f"corpora folder absent: {CORPORA}"),
]

# Folders and files holding only bounces/DSNs or auto-replies (corpora/README "Where to look for what").
MACHINE_GLOBS = (
    "flufl-bounce/**/*",
    "php-bounce-handler/**/*",
    "mailgun-flanker/**/bounce/**/*",
    "go-enmime/**/dsn/**/*",
    "ruby-mail/**/multipart_report_emails/**/*",
)
MACHINE_FILES = (
    "cpython-test_email/msg_16.txt",
    "cpython-test_email/msg_43.txt",
    "perl-bounceparser/t/corpus/aol-vacation.msg",
    "perl-bounceparser/t/corpus/autoreply.msg",
    "perl-bounceparser/t/corpus/polish-autoreply.msg",
    "perl-bounceparser/t/corpus/warning-6.msg",
    "flufl-bounce/simple_38.txt",
)
NEGATIVE = "perl-bounceparser/t/corpus/non-autoreply.msg"


def _files(pattern: str) -> list[Path]:
    return sorted(p for p in CORPORA.glob(pattern) if p.is_file() and p.name != "SOURCE.md")


def _find(relative: str) -> Path | None:
    direct = CORPORA / relative
    if direct.is_file():
        return direct
    folder, _, name = relative.partition("/")
    found = sorted((CORPORA / folder).rglob(Path(name).name))
    return found[0] if found else None


def _looks_like_message(raw: bytes) -> bool:
    head = raw[:2000].decode("latin-1")
    return bool(re.match(r"(?s)^(From [^\n]*\n)?([\w-]+:[^\n]*\n([ \t][^\n]*\n)*){2,}", head))


def _machine_files() -> list[Path]:
    files: list[Path] = []
    for pattern in MACHINE_GLOBS:
        files.extend(_files(pattern))
    for relative in MACHINE_FILES:
        path = _find(relative)
        if path is not None:
            files.append(path)
    perl = CORPORA / "perl-bounceparser"
    # Its spam-* and virus-* samples are the spam that bounced, not machine mail: left out.
    files.extend(
        p
        for p in sorted(perl.rglob("*.msg"))
        if p.name != "non-autoreply.msg" and not p.name.startswith(("spam-", "virus-"))
    )
    return [p for p in dict.fromkeys(files) if _looks_like_message(p.read_bytes())]


def test_every_corpus_file_goes_through_without_raising() -> None:
    # Speed is measured in bench/read_speed.py, not here: a timed assertion fails on a busy machine.
    count = 0
    for path in _files("**/*"):
        read_message(parse_message(path.read_bytes()), OUR, ("mermoz", "mermoz-ulm"))
        count += 1
    assert count > 1500


def test_every_bounce_and_auto_reply_is_suppressed() -> None:
    files = _machine_files()
    assert len(files) > 250
    missed = []
    for path in files:
        reading = read_message(parse_message(path.read_bytes()), OUR)
        if not reading.suppressed:
            missed.append(str(path.relative_to(CORPORA)))
    print(f"\nmachine mail suppressed: {len(files) - len(missed)}/{len(files)}")
    assert not missed, missed


def test_genuine_out_of_office_with_rfc3834_is_suppressed() -> None:
    files = [p for p in _files("**/rfc3834-*") if _looks_like_message(p.read_bytes())]
    for path in files:
        assert read_message(parse_message(path.read_bytes()), OUR).suppressed, path.name


def test_non_autoreply_negative_is_a_bounce_not_an_auto_reply() -> None:
    """perl-bounceparser's negative: an Exim bounce with ``Auto-Submitted: auto-replied``.

    It is not an out-of-office, but it is still machine mail: told apart by structure (RELIABILITY 10).
    """
    path = _find(NEGATIVE)
    assert path is not None, NEGATIVE
    reading = read_message(parse_message(path.read_bytes()), OUR)
    assert reading.suppress_reason == "bounce"


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def test_discourse_reply_trimmer_labelled_set() -> None:
    root = CORPORA / "discourse-email_reply_trimmer"
    cases = sorted((root / "emails").glob("*.txt"))
    assert len(cases) >= 60
    right = 0
    misses = []
    for case in cases:
        expected = (root / "trimmed" / case.name).read_text(encoding="utf-8", errors="replace")
        got = new_text(case.read_text(encoding="utf-8", errors="replace"), closings=False)
        if _norm(got) == _norm(expected):
            right += 1
        else:
            misses.append(case.name)
    print(f"\ndiscourse trimming: {right}/{len(cases)} exact; misses: {misses}")
    assert right / len(cases) >= 0.88
    for name in (
        "embedded_email_french_1.txt",
        "embedded_email_french_2.txt",
        "embedded_email_german_1.txt",
        "embedded_email_russian_1.txt",
        "embedded_email_spanish_1.txt",
        "email_headers_1.txt",
    ):
        assert name not in misses, name


@pytest.mark.parametrize(
    "relative",
    [
        "crisp-email-reply-parser/email_fr_multiline.txt",
        "crisp-email-reply-parser/email_french_2.txt",
        "crisp-email-reply-parser/email_french_dash_separator.txt",
        "willdurand-EmailReplyParser/email_zimbra_free_fr.txt",
    ],
)
def test_french_reply_fixtures_drop_the_history(relative: str) -> None:
    path = _find(relative)
    if path is None:
        pytest.skip(f"{relative} not in this corpora copy")
    text = path.read_text(encoding="utf-8", errors="replace")
    trimmed = new_text(text)
    assert trimmed, relative
    assert len(trimmed) < len(text.strip())
    assert "a écrit" not in trimmed and "Message d'origine" not in trimmed
