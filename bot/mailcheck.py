"""Is this file a mail at all? ``ofbot ingest`` asks before it stores anything.

A CSV, a binary or an empty file fed to ``ingest`` used to become a request with a staff
notification. A mail starts with a header block (RFC 5322 2.2: ``Name: value`` lines up to the
first empty line) holding at least ``From`` or ``Subject``; its header part never holds NUL bytes.
The SMTP and IMAP paths do not use this: what an MTA hands us is stored whatever it looks like.
"""

from __future__ import annotations

import re

HEADER_LIMIT = 256 * 1024  # the header part we look at; longer header blocks are abuse anyway
_FIELD = re.compile(rb"^([!-9;-~]+)[ \t]*:")


def refusal(raw: bytes) -> str | None:
    """Why ``raw`` is not a mail (a short phrase), or None when it looks like one."""
    if not raw.strip():
        return "empty file"
    head = raw[:HEADER_LIMIT]
    end = re.search(rb"\r?\n\r?\n", head)
    header = head[: end.start()] if end else head
    if b"\x00" in header:
        return "NUL bytes in the header part: not a mail"
    lines = header.replace(b"\r\n", b"\n").split(b"\n")
    if lines and lines[0].startswith(b"From "):  # an mbox envelope line before the headers
        lines = lines[1:]
    names: set[bytes] = set()
    for number, line in enumerate(lines):
        if line[:1] in (b" ", b"\t") and number > 0:
            continue  # a folded continuation of the field above
        match = _FIELD.match(line)
        if match is None:
            return f"no mail header block (line {number + 1} is not a header field)"
        names.add(match.group(1).lower())
    if not names & {b"from", b"subject"}:
        return "no From or Subject header: not a mail"
    return None
