"""The messages ``ofbot ingest`` reads: .eml files, mbox files and maildir folders.

Each is checked before anything is stored (:mod:`bot.mailcheck`): what is not a mail is named
with the reason, and the other messages go on.
"""

from __future__ import annotations

import mailbox
from collections.abc import Iterator, Sequence
from pathlib import Path

from bot.mailcheck import refusal


def iter_sources(paths: Sequence[str]) -> Iterator[tuple[str, bytes | Exception]]:
    """(name, raw bytes) for each message in .eml files, mbox files and maildir folders."""
    for path_text in paths:
        path = Path(path_text)
        if path.is_dir():
            if all((path / sub).is_dir() for sub in ("cur", "new", "tmp")):
                for sub in ("new", "cur"):
                    for item in sorted((path / sub).iterdir()):
                        if item.is_file():
                            yield str(item), _read(item)
            else:
                yield str(path), NotMail("a folder that is not a maildir (no cur, new and tmp)")
        elif path.is_file():
            if _looks_like_mbox(path):
                box = mailbox.mbox(str(path), create=False)
                try:
                    for key in box.iterkeys():
                        try:
                            yield f"{path}#{key}", _checked(box.get_bytes(key))
                        except Exception as exc:
                            yield f"{path}#{key}", exc
                finally:
                    box.close()
            else:
                yield str(path), _read(path)
        else:
            yield str(path), FileNotFoundError("no such file or directory")


class NotMail(Exception):
    """What ``ingest`` refuses before storing: the reason names why it is not a mail."""


def _read(path: Path) -> bytes | Exception:
    try:
        raw = path.read_bytes()
    except OSError as exc:
        return OSError(exc.strerror or str(exc))
    return _checked(raw)


def _checked(raw: bytes) -> bytes | Exception:
    why = refusal(raw)
    return raw if why is None else NotMail(why)


def _looks_like_mbox(path: Path) -> bool:
    try:
        with open(path, "rb") as fh:
            return fh.read(5) == b"From "
    except OSError:
        return False
