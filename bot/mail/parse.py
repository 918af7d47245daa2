"""Defensive parsing: raw bytes in, a typed :class:`ParsedMessage` out, never an exception.

CPython's ``email`` package parses anything, but reading a header or a part's content can raise
(unknown charsets, CR/LF in addresses, group addresses, ``multipart/related`` bodies: see
``shared/corpora/README.md``). Every such access is wrapped here, once, so the rest of the
pipeline works on plain strings. Defects are collected for staff instead of stopping the message.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import email
import email.policy
import hashlib
import re
from dataclasses import dataclass, field
from email.header import decode_header, make_header
from email.headerregistry import BaseHeader, HeaderRegistry
from email.message import EmailMessage, Message
from email.utils import getaddresses, parseaddr, parsedate_to_datetime
from typing import Any

from bot.mail.skeleton import ELIDED_HEADER, LARGE_PART, SKELETON_FROM, skeleton
from bot.mail.text import html_to_text

# Trace headers are added on the way to us; the same mail arriving by SMTP and by IMAP differs only
# in them, so they are left out of the content hash (ARCHITECTURE: deduplication key).
TRACE_HEADERS = frozenset(
    {"received", "return-path", "delivered-to", "x-original-to", "authentication-results"}
)

MAX_PARTS = 200
MAX_TEXT_CHARS = 200_000
MAX_HEADER_CHARS = 4_096  # of one header, read for understanding (see _safe_header)
_HEADER_END = re.compile(rb"\r?\n\r?\n")
# C0 controls and DEL: never meaningful in a header's text, and PostgreSQL refuses NUL in text.
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")
# RFC 5322 msg-id, kept strict for what we echo: one <left@right>, printable ASCII, no spaces.
_MSGID = re.compile(r"<[\x21-\x3b\x3d\x3f-\x7e]+@[\x21-\x3b\x3d\x3f-\x7e]+>")
MAX_ECHOED_MSGID = 250
_ADDRESS = re.compile(r"[\w.!#$%&'*+/=?^`{|}~-]+@[\w-]+(?:\.[\w-]+)*", re.UNICODE)


@dataclass(frozen=True)
class Attachment:
    filename: str
    content_type: str
    size: int
    inline: bool


@dataclass(frozen=True)
class ParsedMessage:
    """What the pipeline needs of a message, as plain typed values."""

    message_id: str
    from_addr: str
    from_name: str
    to_addrs: tuple[str, ...]
    cc_addrs: tuple[str, ...]
    subject: str
    date: dt.datetime | None
    in_reply_to: tuple[str, ...]
    references: tuple[str, ...]
    headers: tuple[tuple[str, str], ...]
    text: str
    content_type: str
    attachments: tuple[Attachment, ...]
    defects: tuple[str, ...] = field(default=())

    def header(self, name: str) -> str | None:
        """The first value of a header, case-insensitively, or None."""
        lname = name.lower()
        for key, value in self.headers:
            if key.lower() == lname:
                return value
        return None

    def header_all(self, name: str) -> list[str]:
        lname = name.lower()
        return [value for key, value in self.headers if key.lower() == lname]

    @property
    def thread_ids(self) -> tuple[str, ...]:
        """Message-IDs this message answers: In-Reply-To first, then References, newest first."""
        seen: list[str] = []
        for mid in (*self.in_reply_to, *reversed(self.references)):
            if mid not in seen:
                seen.append(mid)
        return tuple(seen)

    @property
    def real_attachments(self) -> tuple[Attachment, ...]:
        """Attached files, not inline images such as signature logos."""
        return tuple(a for a in self.attachments if not a.inline)


def content_hash(raw: bytes) -> str:
    """SHA-256 of the message without its trace headers, line endings normalised."""
    match = _HEADER_END.search(raw)
    head, body = (raw[: match.start()], raw[match.end() :]) if match else (raw, b"")
    kept: list[bytes] = []
    skipping = False
    for line in head.replace(b"\r\n", b"\n").split(b"\n"):
        if line[:1] in (b" ", b"\t"):
            if not skipping:
                kept.append(line)
            continue
        name = line.split(b":", 1)[0].strip().lower().decode("ascii", "replace")
        skipping = name in TRACE_HEADERS or name.startswith("arc-")
        if not skipping:
            kept.append(line)
    digest = hashlib.sha256()
    digest.update(b"\n".join(kept))
    digest.update(b"\n\n")
    digest.update(body.replace(b"\r\n", b"\n"))
    return digest.hexdigest()


def clean_header_text(value: str) -> str:
    """A header's text fit to store and show: control bytes (NUL first) become spaces, runs of
    white space fold. One rule for every header-derived column (RELIABILITY 5)."""
    return " ".join(_CONTROL.sub(" ", value).split())


def valid_message_id(value: str) -> bool:
    """Whether a client's Message-ID is safe to echo in our In-Reply-To/References: one msg-id,
    printable ASCII, at most ``MAX_ECHOED_MSGID`` characters. Anything else is dropped, never
    repaired: a mangled id threads nothing anyway."""
    return len(value) <= MAX_ECHOED_MSGID and _MSGID.fullmatch(value) is not None


def raw_message_id(raw: bytes) -> str:
    """The Message-ID header as written (angle brackets kept), read without a full parse."""
    match = _HEADER_END.search(raw)
    head = raw[: match.start()] if match else raw[:65536]
    found = re.search(rb"(?im)^message-id:[ \t]*(.*(?:\r?\n[ \t].*)*)", head)
    if not found:
        return ""
    # As written, but storable: PostgreSQL text cannot hold NUL, so it becomes U+FFFD (which
    # ``valid_message_id`` refuses, so such an id is stored and shown but never echoed).
    return re.sub(r"[ \t\r\n]+", "", found.group(1).decode("utf-8", "replace")).replace("\x00", "\ufffd")


def dedup_key(raw: bytes) -> tuple[str, str, str]:
    """(key, message_id, content_hash): the Message-ID together with the content hash."""
    mid = raw_message_id(raw)
    chash = content_hash(raw)
    key = hashlib.sha256(f"{mid}\0{chash}".encode("utf-8", "replace")).hexdigest()
    return key, mid, chash


def _first_raw(msg: Message, name: str) -> str | None:
    """The first ``name`` header as written (unparsed): ``msg.get`` would parse all of it."""
    wanted = name.lower()
    for key, value in msg.raw_items():
        if key.lower() == wanted:
            return str(value)
    return None


def _safe_header(msg: Message, name: str, defects: list[str]) -> str:
    """One header, parsed, from its first ``MAX_HEADER_CHARS`` only: CPython's header parser takes
    time that grows faster than the header's length (100 KB of subject: seconds), and nothing
    past a few kilobytes helps to understand a mail (the whole mail is stored as received)."""
    try:
        raw_value = _first_raw(msg, name)
    except Exception as exc:
        defects.append(f"{name}: {type(exc).__name__}: {exc}")
        return ""
    if raw_value is None:
        return ""
    if len(raw_value) > MAX_HEADER_CHARS:
        defects.append(f"{name}: {len(raw_value)} characters, read to {MAX_HEADER_CHARS}")
        raw_value = raw_value[:MAX_HEADER_CHARS]
    try:
        value = msg.policy.header_fetch_parse(name, raw_value)
    except Exception as exc:  # header objects raise on malformed content
        defects.append(f"{name}: {type(exc).__name__}: {exc}")
        return " ".join(raw_value.replace("\x00", "").split())
    try:
        return clean_header_text(str(value))
    except Exception as exc:
        defects.append(f"{name}: {type(exc).__name__}: {exc}")
        return ""


def decode_raw_header(value: str) -> str:
    """A header's text as written, unfolded, RFC 2047 words decoded; cheaper than the header
    registry, which the guard does not need for ``Auto-Submitted`` or ``List-Id``."""
    value = clean_header_text(value)
    if "=?" not in value:
        return value
    try:
        return clean_header_text(str(make_header(decode_header(value))))
    except Exception:
        return value


def _addresses(value: str) -> tuple[str, ...]:
    try:
        pairs = getaddresses([value])
    except Exception:
        pairs = []
    found = [addr.strip().lower() for _, addr in pairs if "@" in addr]
    if not found:
        found = [m.lower() for m in _ADDRESS.findall(value)]
    return tuple(dict.fromkeys(found))


def _msgids(value: str) -> tuple[str, ...]:
    return tuple(dict.fromkeys(re.findall(r"<[^<>\s]+>", value)))


def _part_text(part: Message, defects: list[str]) -> str:
    try:
        declared = part.get_param("charset") is not None
    except Exception:
        declared = False
    try:
        if isinstance(part, EmailMessage) and declared:
            content = part.get_content()
            return content if isinstance(content, str) else ""
    except Exception as exc:
        defects.append(f"part {part.get_content_type()}: {type(exc).__name__}: {exc}")
    try:
        payload = part.get_payload(decode=True)
    except Exception:
        payload = None
    if not isinstance(payload, bytes):
        return ""
    charset = "utf-8"
    with contextlib.suppress(Exception):
        charset = part.get_content_charset() or "utf-8"
    for candidate in (charset, "utf-8", "cp1252"):
        try:
            return payload.decode(candidate)
        except (LookupError, UnicodeDecodeError):
            continue
    return payload.decode("utf-8", "replace")


def _attachment_size(part: Message) -> int:
    """Decoded size; for a body the skeleton cut out, the size it left in its header."""
    try:
        elided = part.get(ELIDED_HEADER)
        if elided is not None:
            return int(str(elided))
        payload = part.get_payload(decode=True)
        return len(payload) if isinstance(payload, bytes) else 0
    except Exception:
        return 0


def _walk(msg: Message, defects: list[str]) -> tuple[str, list[Attachment]]:
    plain: list[str] = []
    html: list[str] = []
    attachments: list[Attachment] = []
    for count, part in enumerate(msg.walk()):
        if count >= MAX_PARTS:
            defects.append(f"more than {MAX_PARTS} parts: the rest was not read")
            break
        try:
            ctype = part.get_content_type()
        except Exception:
            ctype = "application/octet-stream"
        if part.is_multipart() or ctype == "message/rfc822":
            if ctype == "message/rfc822":
                attachments.append(Attachment("message.eml", ctype, 0, False))
                continue
            continue
        try:
            disposition = (part.get_content_disposition() or "").lower()
        except Exception:
            disposition = ""
        try:
            filename = part.get_filename() or ""
        except Exception:
            filename = ""
        is_text = ctype in ("text/plain", "text/html")
        if disposition == "attachment" or (filename and not is_text) or not (is_text or filename):
            if ctype.startswith("multipart/") or ctype in ("message/delivery-status",):
                continue
            size = _attachment_size(part)
            inline = disposition == "inline" or (
                disposition != "attachment" and bool(part.get("Content-ID")) and ctype.startswith("image/")
            )
            attachments.append(Attachment(filename or "(sans nom)", ctype, size, inline))
            continue
        if disposition == "attachment":
            continue
        text = _part_text(part, defects)
        (plain if ctype == "text/plain" else html).append(text)
    body = "\n".join(plain) if any(p.strip() for p in plain) else "\n".join(html_to_text(h) for h in html)
    return body[:MAX_TEXT_CHARS], attachments


class _HeadersParsedOnce:
    """``policy.default``'s header factory for one message, parsing each header value once.

    Reading a message asks for the same headers again and again: ``get_content_type``,
    ``get_param``, ``get_filename``, ``get_content`` each fetch and parse ``Content-Type`` anew
    (ten times for a one-part mail), and each parse builds a header class. Header objects are
    immutable, so the first one serves the later asks: the same objects, the same reading, half
    the parsing time. Lives as long as the message being parsed (a policy of its own).
    """

    def __init__(self) -> None:
        self._registry = HeaderRegistry()
        self._parsed: dict[tuple[str, str], BaseHeader] = {}

    def __getitem__(self, name: str) -> type[BaseHeader]:
        return self._registry[name]

    def __call__(self, name: str, value: Any) -> BaseHeader:
        if not isinstance(value, str):
            return self._registry(name, value)
        key = (name, value)
        header = self._parsed.get(key)
        if header is None:
            header = self._parsed[key] = self._registry(name, value)
        return header


def parse_message(
    raw: bytes, *, skeleton_from: int = SKELETON_FROM, large_part: int = LARGE_PART
) -> ParsedMessage:
    """Parse bytes into a :class:`ParsedMessage`; any defect is recorded, never raised."""
    defects: list[str] = []
    # large attachment bodies cut out: time and memory stay near the text's
    shape = skeleton(raw, threshold=skeleton_from, large_part=large_part)
    try:
        policy = email.policy.default.clone(header_factory=_HeadersParsedOnce())
        msg: Message = email.message_from_bytes(shape, policy=policy)
    except Exception as exc:  # the parser itself is lenient, but be certain
        defects.append(f"parse: {type(exc).__name__}: {exc}")
        msg = email.message_from_bytes(shape, policy=email.policy.compat32)

    from_value = _safe_header(msg, "From", defects)
    try:
        from_name, from_addr = parseaddr(from_value)
    except Exception:
        from_name, from_addr = "", ""
    if "@" not in from_addr:
        found = _ADDRESS.findall(from_value)
        from_addr = found[0] if found else ""
    date: dt.datetime | None = None
    date_value = _safe_header(msg, "Date", defects)
    if date_value:
        try:
            date = parsedate_to_datetime(date_value)
            if date.tzinfo is None:
                date = date.replace(tzinfo=dt.UTC)
        except (TypeError, ValueError, IndexError):
            defects.append(f"Date: unreadable {date_value[:60]!r}")

    headers: list[tuple[str, str]] = []
    try:
        items = list(msg.raw_items())[:500]
    except Exception:
        items = []
    for key, value in items:
        if key.lower() != ELIDED_HEADER.lower():
            headers.append((key, decode_raw_header(str(value)[:MAX_HEADER_CHARS])))

    try:
        text, attachments = _walk(msg, defects)
    except Exception as exc:
        defects.append(f"body: {type(exc).__name__}: {exc}")
        text, attachments = "", []
    try:
        ctype = msg.get_content_type()
    except Exception:
        ctype = "text/plain"

    return ParsedMessage(
        message_id=raw_message_id(raw),
        from_addr=from_addr.strip().lower(),
        from_name=from_name.strip(),
        to_addrs=_addresses(_safe_header(msg, "To", defects)),
        cc_addrs=_addresses(_safe_header(msg, "Cc", defects)),
        subject=_safe_header(msg, "Subject", defects),
        date=date,
        in_reply_to=_msgids(_safe_header(msg, "In-Reply-To", defects)),
        references=_msgids(_safe_header(msg, "References", defects)),
        headers=tuple(headers),
        text=text.replace("\r\n", "\n").replace("\x00", ""),  # PostgreSQL text cannot hold NUL
        content_type=ctype,
        attachments=tuple(attachments),
        defects=tuple(dict.fromkeys(defects)),
    )
