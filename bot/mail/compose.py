"""Our plain-text answers written straight to bytes: the very bytes ``EmailMessage`` would give.

Why by hand: building an answer with ``EmailMessage`` and ``policy.default`` parses every header
we set into a typed header object only to print it back, sets the body through the content
manager and runs the generator: about 2 ms per answer, a tenth of a message's processing. Most of
our headers are short ASCII text that prints back exactly as written, so they are written as they
are; any other value (non-ASCII, long, an encoded word, a quoted name) goes through the same
``policy.default`` header object and folding as before. The body is encoded with CPython's own
rules for ``set_content(text, charset="utf-8")`` (7bit, 8bit, quoted-printable or base64, chosen
the same way). ``tests/core/test_compose.py`` holds the result byte for byte to ``EmailMessage``'s.
Mail with attachments is still built with ``EmailMessage``.
"""

from __future__ import annotations

import binascii
import re
from collections.abc import Sequence
from email import policy, quoprimime

_POLICY = policy.default
_MAX_LINE = 78  # policy.default.max_line_length

# Values that policy.default's header objects print back unchanged when the line fits: single
# spaces between printable ASCII words, no encoded word ("=?"), and, for the structured headers,
# only the shapes we write (a plain address, a name of atoms with an address, our Message-IDs).
_WORDS = re.compile(r"[!-~]+(?: [!-~]+)*")
_ATOMS = r"[A-Za-z0-9!#$%&'*+/^_`{|}~-]+"
_DOT_ATOM = rf"{_ATOMS}(?:\.{_ATOMS})*"
_ADDRESS = rf"{_DOT_ATOM}@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*"
_SAFE_STRUCTURED = {
    "from": re.compile(rf"(?:{_ATOMS}(?: {_ATOMS})* <{_ADDRESS}>|{_ADDRESS})"),
    "to": re.compile(_ADDRESS),
    "message-id": re.compile(rf"<{_ADDRESS}>"),
}
# Other headers policy.default parses into structured objects: always through it.
_STRUCTURED = {
    "date",
    "resent-date",
    "orig-date",
    "sender",
    "resent-sender",
    "resent-to",
    "cc",
    "resent-cc",
    "bcc",
    "resent-bcc",
    "resent-from",
    "reply-to",
    "mime-version",
    "content-type",
    "content-disposition",
    "content-transfer-encoding",
}


def header_line(name: str, value: str) -> bytes:
    """``name: value`` as ``EmailMessage`` with ``policy.default`` writes it (folded, encoded)."""
    key = name.lower()
    if len(name) + 2 + len(value) <= _MAX_LINE and "=?" not in value and key not in _STRUCTURED:
        shape = _SAFE_STRUCTURED.get(key, _WORDS)
        if shape.fullmatch(value):
            return f"{name}: {value}\n".encode("ascii")
    # the way EmailMessage stores it (refusing a value with a line break) and prints it
    _, header = _POLICY.header_store_parse(name, value)
    return _POLICY.fold_binary(name, header)


def _text_body(text: str) -> tuple[str, bytes]:
    """The transfer encoding and encoded body of ``set_content(text, charset="utf-8")`` with
    ``policy.default`` (``email.contentmanager``'s choice, written again here)."""
    lines = text.encode("utf-8").splitlines()
    normal = b"\n".join(lines) + b"\n"
    if max((len(line) for line in lines), default=0) <= _MAX_LINE:
        return ("7bit" if normal.isascii() else "8bit"), normal
    sniff = b"\n".join(lines[:10]) + b"\n"
    sniff_qp = quoprimime.body_encode(sniff.decode("latin-1"), _MAX_LINE)
    if len(sniff_qp) > len(binascii.b2a_base64(sniff)):
        per_line = _MAX_LINE // 4 * 3
        encoded = b"".join(
            binascii.b2a_base64(normal[i : i + per_line]) for i in range(0, len(normal), per_line)
        )
        return "base64", encoded
    if len(lines) <= 10:
        return "quoted-printable", sniff_qp.encode("ascii")
    return "quoted-printable", quoprimime.body_encode(normal.decode("latin-1"), _MAX_LINE).encode("ascii")


def text_mail(headers: Sequence[tuple[str, str]], body: str, after: Sequence[tuple[str, str]] = ()) -> bytes:
    """The bytes of an ``EmailMessage`` given ``headers``, then ``set_content(body,
    charset="utf-8")``, then the ``after`` headers, then ``as_bytes()``. ``headers`` hold no
    ``Content-*`` header (``set_content`` would drop them)."""
    if any(name.lower().startswith("content-") for name, _ in headers):
        raise ValueError("Content-* headers go after the body (set_content drops them)")
    cte, encoded = _text_body(body)
    out = [header_line(name, value) for name, value in headers]
    out.append(b'Content-Type: text/plain; charset="utf-8"\n')
    out.append(f"Content-Transfer-Encoding: {cte}\n".encode("ascii"))
    if not any(name.lower() == "mime-version" for name, _ in headers):
        out.append(b"MIME-Version: 1.0\n")
    out.extend(header_line(name, value) for name, value in after)
    out.append(b"\n")
    out.append(encoded)
    return b"".join(out)
