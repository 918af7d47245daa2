"""Logging: one line per record, as text or JSON, on stderr (journald, Docker and Loki read it).

A traceback spread over thirty lines breaks every log shipper's idea of a record, so by default an
exception is folded into the line as ``(Type: message)``; ``--debug`` keeps the full traceback
(in text) and the JSON format always carries it as one escaped field.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import sys

from bot.config import LoggingSettings

NOISY = ("httpx", "mail.log", "alembic", "telegram.ext")


class OneLineFormatter(logging.Formatter):
    """``time LEVEL logger: message``, exceptions folded into the same line unless debugging."""

    def __init__(self, debug: bool) -> None:
        super().__init__("%(asctime)s %(levelname)s %(name)s: %(message)s")
        self.debug = debug

    def format(self, record: logging.LogRecord) -> str:
        if self.debug or not record.exc_info:
            return super().format(record)
        exc = record.exc_info[1]
        saved = record.exc_info, record.exc_text
        record.exc_info, record.exc_text = None, None
        try:
            line = super().format(record)
        finally:
            record.exc_info, record.exc_text = saved
        if exc is not None:
            text = " ".join(str(exc).split())
            line += f" ({type(exc).__name__}{': ' + text if text else ''})"
        return line.replace("\n", " ")


class JsonFormatter(logging.Formatter):
    """One JSON object per line: ``ts``, ``level``, ``logger``, ``msg`` and ``exc`` when any."""

    def format(self, record: logging.LogRecord) -> str:
        data: dict[str, object] = {
            "ts": dt.datetime.fromtimestamp(record.created, dt.UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname.lower(),
            "logger": record.name,
            "msg": record.getMessage(),
        }
        if record.exc_info:
            data["exc"] = self.formatException(record.exc_info)
        return json.dumps(data, ensure_ascii=False)


def configure_logging(settings: LoggingSettings, verbose: bool = False, debug: bool = False) -> None:
    level = logging.DEBUG if (verbose or debug) else getattr(logging, settings.level.upper(), logging.INFO)
    handler = logging.StreamHandler(sys.stderr)
    handler.set_name("ofbot")
    handler.setFormatter(JsonFormatter() if settings.format == "json" else OneLineFormatter(debug))
    root = logging.getLogger()
    for old in list(root.handlers):
        if old.get_name() == "ofbot":  # ours, from an earlier call; others' (pytest's) stay
            root.removeHandler(old)
    root.addHandler(handler)
    root.setLevel(level)
    for noisy in NOISY:
        logging.getLogger(noisy).setLevel(logging.WARNING)
