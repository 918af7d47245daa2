"""A large message's skeleton: its headers and text parts, with big attachment bodies left out.

Why by hand: CPython's ``email`` parser reads a message line by line and keeps several copies of
it (a 25 MB mail with an 18 MB PDF took 8.5 s and 224 MB: 8.8 times its size), and no maintained
library streams MIME parts out of bytes. Understanding needs the headers, the text and each
attachment's name, type and size, never an attachment's bytes; the whole message stays stored
as received. So before parsing a large message we cut the body of every large non-text leaf part
out of the bytes, using only fast byte searches for the boundaries its ``Content-Type`` headers
declare, and leave its size in a header the parser reads back (``ELIDED_HEADER``).

Anything unexpected (no boundary, unbalanced parts, nested too deep) leaves that part as it is:
the skeleton is an optimisation, never a different reading of a well-formed message.
"""

from __future__ import annotations

import re

ELIDED_HEADER = "X-Ofbot-Elided-Size"
SKELETON_FROM = 1 << 20  # messages under 1 MiB are parsed as they are
LARGE_PART = 64 * 1024  # non-text leaf bodies above this are cut out
_MAX_DEPTH = 20

_HEADER_END = re.compile(rb"\r?\n\r?\n")
_CONTENT_TYPE = re.compile(rb"(?im)^content-type:[ \t]*((?:[^\r\n]|\r?\n[ \t])*)")
_BOUNDARY = re.compile(rb'(?i)\bboundary\s*=\s*(?:"([^"\r\n]{1,200})"|([^\s;"]{1,200}))')
# Only a well-formed non-text, non-message type is cut: the parser reads anything else (a
# missing or broken Content-Type) as text, and so must we.
_CUTTABLE_TYPE = re.compile(
    rb"(?!text/|message/|multipart/)[a-z0-9][a-z0-9!#$&^_.+-]*/[a-z0-9][a-z0-9!#$&^_.+-]*(?:\s*;|$)"
)


def skeleton(raw: bytes, *, threshold: int = SKELETON_FROM, large_part: int = LARGE_PART) -> bytes:
    """``raw`` itself when small, else the same message with large attachment bodies cut out."""
    if len(raw) < threshold:
        return raw
    try:
        # memoryview slices share the message's bytes: the cut never copies an attachment
        return b"".join(_entity(memoryview(raw), 0, large_part))
    except (ValueError, IndexError):
        return raw


Bytes = bytes | memoryview
_NEWLINE = re.compile(rb"\n")
_BASE64 = re.compile(rb"(?im)^content-transfer-encoding:[ \t]*base64")
# quoted-printable and uuencode sizes are known only by decoding: such parts are left whole
_OTHER_ENCODING = re.compile(rb"(?im)^content-transfer-encoding:[ \t]*(?!base64|7bit|8bit|binary)\S")


def _entity(data: memoryview, depth: int, large_part: int) -> list[Bytes]:
    """One MIME entity (headers + body) as a list of byte pieces, large leaves cut out."""
    match = _HEADER_END.search(data)
    if match is None:
        return [data]
    head, body = data[: match.end()], data[match.end() :]
    ctype_match = _CONTENT_TYPE.search(head[: match.start()])
    ctype = b" ".join(bytes(ctype_match.group(1)).split()).lower() if ctype_match else b"text/plain"
    if ctype.startswith(b"multipart/"):
        boundary = _BOUNDARY.search(ctype_match.group(1) if ctype_match else b"")
        if boundary is None or depth >= _MAX_DEPTH:
            return [data]
        return [head, *_multipart(body, bytes(boundary.group(1) or boundary.group(2)), depth, large_part)]
    if len(body) <= large_part or not _CUTTABLE_TYPE.match(ctype) or _OTHER_ENCODING.search(head):
        return [data]
    newline = b"\r\n" if bytes(head[-4:]) == b"\r\n\r\n" else b"\n"
    kept_head = bytes(head[: match.start()]) + newline
    return [kept_head, f"{ELIDED_HEADER}: {_decoded_size(head, body)}".encode(), newline, newline]


def _multipart(body: memoryview, boundary: bytes, depth: int, large_part: int) -> list[Bytes]:
    """The parts between ``--boundary`` lines; preamble, delimiters and epilogue kept as they are."""
    # A literal first: ``re`` then scans with a fast substring search instead of trying every line
    # start; the line-start condition is checked on each hit.
    delimiter = re.compile(rb"--" + re.escape(boundary) + rb"(--)?[ \t]*\r?$", re.MULTILINE)
    pieces: list[Bytes] = []
    position = 0
    part_start: int | None = None
    for found in delimiter.finditer(body):
        if found.start() > 0 and body[found.start() - 1] != 0x0A:
            continue  # "--boundary" inside a line is text, not a delimiter
        if part_start is not None:
            end = found.start()
            # the line break before a delimiter belongs to the delimiter (RFC 2046 5.1.1)
            tail = bytes(body[max(end - 2, 0) : end])
            cut = end - 2 if tail == b"\r\n" else end - 1 if tail.endswith(b"\n") else end
            pieces.extend(_entity(body[part_start:cut], depth + 1, large_part))
            position = cut
        pieces.append(body[position : found.end()])
        position = found.end()
        if found.group(1):  # the close delimiter: the rest is epilogue
            part_start = None
            break
        # the part starts after the delimiter line's own line break
        newline_end = _NEWLINE.search(body, found.end())
        part_start = newline_end.end() if newline_end is not None else len(body)
        pieces.append(body[position:part_start])
        position = part_start
    if part_start is not None:  # no close delimiter: the last part runs to the end
        pieces.extend(_entity(body[part_start:], depth + 1, large_part))
        position = len(body)
    pieces.append(body[position:])
    return pieces


def _decoded_size(head: memoryview, body: memoryview) -> int:
    """The attachment's size once decoded: base64 packs 3 bytes in 4 characters."""
    if _BASE64.search(head) is None:
        return len(body)
    payload = 0
    step = 1 << 20
    for start in range(0, len(body), step):  # counted by the megabyte: no copy of the whole body
        chunk = bytes(body[start : start + step])
        payload += len(chunk) - chunk.count(b"\n") - chunk.count(b"\r") - chunk.count(b" ")
    padding = bytes(body[-8:]).rstrip().count(b"=")
    return max(payload * 3 // 4 - padding, 0)
