"""The parser never raises, whatever the bytes (RELIABILITY 5); the dedup key ignores trace headers."""

from __future__ import annotations

from email.headerregistry import HeaderRegistry

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import bot.mail.parse
from bot.mail.parse import content_hash, dedup_key, parse_message
from tests.support.mail import make_mail

HEADER_NAMES = st.sampled_from(
    [
        "From",
        "To",
        "Subject",
        "Date",
        "Message-ID",
        "In-Reply-To",
        "References",
        "Content-Type",
        "Content-Transfer-Encoding",
        "X-Weird",
    ]
)
HEADER_VALUES = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=80)


@st.composite
def messages(draw: st.DrawFn) -> bytes:
    headers = draw(st.lists(st.tuples(HEADER_NAMES, HEADER_VALUES), max_size=8))
    head = "".join(f"{k}: {v}\r\n" for k, v in headers).encode("utf-8", "surrogateescape")
    body = draw(st.binary(max_size=400))
    return head + b"\r\n" + body


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(messages())
def test_parse_never_raises_on_header_soup(raw: bytes) -> None:
    parsed = parse_message(raw)
    assert isinstance(parsed.text, str) and "\x00" not in parsed.text
    assert isinstance(dedup_key(raw)[0], str)


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=2000))
def test_parse_never_raises_on_random_bytes(raw: bytes) -> None:
    parse_message(raw)


def test_trace_headers_do_not_change_the_dedup_key() -> None:
    raw = make_mail("Bonjour", message_id="<same@x.example>")
    relayed = b"Received: by mx.example\r\nReturn-Path: <a@b>\r\nDelivered-To: support@x\r\n" + raw
    assert dedup_key(raw) == dedup_key(relayed)
    other = make_mail("Autre texte", message_id="<same@x.example>")  # a Message-ID reused for another mail
    assert dedup_key(other)[0] != dedup_key(raw)[0]
    assert content_hash(raw) == content_hash(raw.replace(b"\n", b"\r\n"))


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(messages())
def test_headers_parsed_once_read_as_parsed_each_time(raw: bytes) -> None:
    """Each header value is parsed once per message (``_HeadersParsedOnce``): the same reading as
    policy.default's own factory, which parses it at every ask."""
    once = parse_message(raw)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(bot.mail.parse, "_HeadersParsedOnce", HeaderRegistry)
        each_time = parse_message(raw)
    assert once == each_time
