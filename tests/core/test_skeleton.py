"""The skeleton of a large message reads exactly like the message (issue 12 item 6): same text,
same headers, same attachments with the same sizes, for every file of the shared corpora and for
built messages; only the attachment bytes are left out."""

from __future__ import annotations

import os
from email.message import EmailMessage
from pathlib import Path

import pytest

from bot.mail.parse import ParsedMessage, parse_message
from bot.mail.skeleton import skeleton
from tests.support.services import unavailable

CORPORA = Path(__file__).resolve().parents[3] / "shared" / "corpora"


def _reading(parsed: ParsedMessage) -> tuple[object, ...]:
    return (
        parsed.message_id,
        parsed.from_addr,
        parsed.subject,
        parsed.date,
        parsed.in_reply_to,
        parsed.references,
        parsed.headers,
        parsed.text,
        parsed.content_type,
        tuple((a.filename, a.content_type, a.inline) for a in parsed.attachments),
    )


def _big_mail(sizes: list[int], nested: bool = False) -> bytes:
    msg = EmailMessage()
    msg["From"] = "Jean <tresorier@mermoz.example>"
    msg["To"] = "support@localhost"
    msg["Subject"] = "Changement de responsable"
    msg["Message-ID"] = "<big@mermoz.example>"
    msg.set_content("Bonjour,\nvoici la lettre signée et le K-BIS.\nCordialement")
    msg.add_alternative("<p>Bonjour,<br>voici la lettre signée et le K-BIS.</p>", subtype="html")
    for number, size in enumerate(sizes):
        msg.add_attachment(
            os.urandom(size), maintype="application", subtype="pdf", filename=f"piece-{number}.pdf"
        )
    if nested:
        outer = EmailMessage()
        for key in ("From", "To", "Subject", "Message-ID"):
            outer[key] = msg[key]
        outer.set_content("Transfert")
        outer.add_attachment(msg)
        return outer.as_bytes()
    return msg.as_bytes()


@pytest.mark.parametrize("sizes", [[2_000_000], [70_000, 1_500_000, 3], [1_000_001, 1_000_002, 1_000_003]])
def test_skeleton_reads_like_the_whole_message(sizes: list[int]) -> None:
    raw = _big_mail(sizes)
    whole = parse_message(raw, skeleton_from=len(raw) + 1)
    cut = parse_message(raw)
    assert len(skeleton(raw)) < 20_000  # the attachment bytes are not there
    assert _reading(cut) == _reading(whole)
    assert [a.size for a in cut.attachments] == [a.size for a in whole.attachments] == sizes


def test_a_forwarded_message_stays_whole() -> None:
    raw = _big_mail([1_200_000], nested=True)
    assert _reading(parse_message(raw)) == _reading(parse_message(raw, skeleton_from=len(raw) + 1))


def test_delimiters_inside_text_and_a_missing_close_delimiter() -> None:
    raw = _big_mail([1_100_000]).replace(b"voici la lettre", b"voici --la lettre")
    boundary = raw.split(b'boundary="', 1)[1].split(b'"', 1)[0]
    unclosed = raw.rstrip().removesuffix(b"--" + boundary + b"--")
    for sample in (raw, unclosed):
        whole = parse_message(sample, skeleton_from=len(sample) + 1)
        assert _reading(parse_message(sample)) == _reading(whole)


@pytest.mark.corpora
def test_every_corpus_file_reads_the_same_through_its_skeleton() -> None:
    if not CORPORA.is_dir():
        unavailable(f"{CORPORA} is absent")
    # Every non-text leaf over 256 bytes is cut, so the boundary walk meets all the real-world MIME
    # shapes of the corpora; a file with nothing to cut must come back byte for byte.
    compared = unchanged = 0
    for path in sorted(p for p in CORPORA.rglob("*") if p.is_file()):
        raw = path.read_bytes()
        if skeleton(raw, threshold=0, large_part=256) == raw:
            unchanged += 1
            continue
        whole = parse_message(raw, skeleton_from=len(raw) + 1)
        cut = parse_message(raw, skeleton_from=0, large_part=256)
        assert _reading(cut) == _reading(whole), path
        assert [a.size for a in cut.attachments] == [a.size for a in whole.attachments], path
        compared += 1
    assert compared > 50 and compared + unchanged > 1500
