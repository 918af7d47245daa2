"""bot.mail.compose writes our answers byte for byte as EmailMessage with policy.default did."""

from __future__ import annotations

from email.message import EmailMessage
from email.utils import formataddr

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from bot.mail.compose import header_line, text_mail

HEADERS = (
    "From",
    "To",
    "Subject",
    "Date",
    "Message-ID",
    "In-Reply-To",
    "References",
    "Auto-Submitted",
    "X-Auto-Response-Suppress",
    "X-Loop",
    "X-OFBot-Request",
    "Content-Language",
)


def reference(headers: list[tuple[str, str]], body: str, after: list[tuple[str, str]]) -> bytes:
    """What bot.effects built before: EmailMessage, policy.default."""
    msg = EmailMessage()
    for name, value in headers:
        msg[name] = value
    msg.set_content(body, charset="utf-8")
    for name, value in after:
        msg[name] = value
    return msg.as_bytes()


def outcome(build: object, *args: object) -> object:
    try:
        return build(*args)  # type: ignore[operator]
    except Exception as exc:  # the same refusal as before is the same behaviour
        return type(exc)


FRENCH = (
    "Bonjour,\n\nNous avons bien reçu votre demande et nous vous en remercions.\n\n"
    "Un membre de notre équipe va l'étudier et vous indiquer le temps à prévoir. Ce temps sera "
    "décompté de vos heures de bonus assistance/développement uniquement après votre accord\u00a0: "
    "rien n'est décompté tant que vous n'avez pas confirmé.\n\nBien cordialement,\n\nSupport\n"
)


def answer(subject: str, body: str, to: str = "tresorier@mermoz.example", name: str = "Support OpenFlyers"):
    headers = [
        ("From", formataddr((name, "support@localhost"))),
        ("To", to),
        ("Subject", subject),
        ("Date", "Wed, 02 Dec 2026 06:47:32 +0100"),
        ("Message-ID", "<ofbot.8f70d2a112234fd9bda649e2695c44b6@localhost>"),
        ("In-Reply-To", "<warm1@x.example>"),
        ("References", "<a@x.example> <warm1@x.example>"),
        ("Auto-Submitted", "auto-replied"),
        ("X-Auto-Response-Suppress", "All"),
        ("X-Loop", "support@localhost"),
        ("X-OFBot-Request", "OF-2026-0002"),
    ]
    return headers, body, [("Content-Language", "fr")]


@pytest.mark.parametrize(
    ("subject", "body", "name"),
    [
        ("[OF-2026-0001] Re: Question", FRENCH, "Support OpenFlyers"),
        ("[OF-2026-0002] Votre relevé d'heures de bonus 2026", FRENCH, "Support OpenFlyers"),
        ("[OF-2026-0003] " + "très long sujet " * 12, FRENCH * 3, "Équipe d'assistance"),
        ("[OF-2026-0004] =?utf-8?q?caf=C3=A9?= and  two  spaces ", "short ascii\n", 'J. "Doe"'),
        ("[OF-2026-0005] Hello", "Hello,\n\n" + "a very long English line " * 8 + "\n" * 12, "Support"),
        ("[OF-2026-0006] Hello", "ligne accentuée\r\nsur plusieurs lignes\rfin", "Support (desk)"),
        ("[OF-2026-0007] 日本語", "日本語のテキスト" * 30, "Support"),
        ("[OF-2026-0008] empty", "", "Support"),
    ],
)
def test_the_bytes_are_those_of_email_message(subject: str, body: str, name: str) -> None:
    headers, text, after = answer(subject, body, name=name)
    assert text_mail(headers, text, after) == reference(headers, text, after)


@settings(max_examples=300, deadline=None)
@given(
    subject=st.text(max_size=120),
    body=st.text(max_size=600),
    to=st.one_of(st.emails(), st.text(max_size=40)),
    name=st.text(max_size=30),
)
@example(subject="a\u2028b", body="x", to="a@b.example", name="n")  # a line break str.splitlines sees
@example(subject="a", body="\ud800", to="a@b.example", name="n")  # not encodable
def test_any_answer_is_built_alike(subject: str, body: str, to: str, name: str) -> None:
    headers, text, after = answer(subject, body, to=to, name=name)
    assert outcome(text_mail, headers, text, after) == outcome(reference, headers, text, after)


@settings(max_examples=300, deadline=None)
@given(name=st.sampled_from(HEADERS), value=st.text(alphabet=st.characters(max_codepoint=127), max_size=90))
def test_any_ascii_header_prints_alike(name: str, value: str) -> None:
    def via_email_message(name: str, value: str) -> bytes:
        msg = EmailMessage()
        msg[name] = value
        return msg.as_bytes()  # its header, then the blank line before an empty body

    def alone(name: str, value: str) -> bytes:
        return header_line(name, value) + b"\n"

    assert outcome(alone, name, value) == outcome(via_email_message, name, value)


def test_content_headers_come_after_the_body() -> None:
    with pytest.raises(ValueError):
        text_mail([("Content-Language", "fr")], "x")


ATOM = r"[A-Za-z0-9!#$%&'*+/^_`{|}~.=?-]{1,8}"
ADDRESS = rf"{ATOM}@[A-Za-z0-9.-]{{1,12}}"


@settings(max_examples=300, deadline=None)
@given(
    name=st.sampled_from(["From", "To", "Message-ID", "References", "Date"]),
    value=st.one_of(
        st.from_regex(rf"{ADDRESS}", fullmatch=True),
        st.from_regex(rf"(?:{ATOM} ){{0,3}}{ATOM} ?<{ADDRESS}>", fullmatch=True),
        st.from_regex(rf"<{ADDRESS}>(?: <{ADDRESS}>){{0,4}}", fullmatch=True),
        st.from_regex(
            r"(Mon|Wed), [0-3][0-9] (Dec|Jan) 20[0-9][0-9] [0-2][0-9]:[0-5][0-9]:[0-5][0-9] [+-][01][0-9]00",
            fullmatch=True,
        ),
    ),
)
def test_addresses_and_ids_print_alike(name: str, value: str) -> None:
    def via_email_message(name: str, value: str) -> bytes:
        msg = EmailMessage()
        msg[name] = value
        return msg.as_bytes()

    def alone(name: str, value: str) -> bytes:
        return header_line(name, value) + b"\n"

    assert outcome(alone, name, value) == outcome(via_email_message, name, value)
