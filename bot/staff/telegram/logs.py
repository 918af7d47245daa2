"""Keep the bot token and the staff's messages out of the logs.

The token is only ever inside the Bot's URLs: it is never logged (httpx logs URLs at INFO, so
its logger is kept at WARNING) and never posted.
"""

from __future__ import annotations

import logging


def redact(text: str, secret: str | None) -> str:
    """Never let the token reach a log line or a database column."""
    return text.replace(secret, "<token>") if secret else text


class WithholdUpdates(logging.Filter):
    """python-telegram-bot logs the raw data of an update it cannot parse or handle: withhold it.

    Raw updates carry staff names and message texts (RELIABILITY 11): the log keeps the sentence,
    not the data.
    """

    def filter(self, record: logging.LogRecord) -> bool:
        if (
            record.args
            and isinstance(record.msg, str)
            and ("Received data" in record.msg or "update %s" in record.msg)
        ):
            record.msg = record.msg.replace("%s", "<withheld>").replace("%r", "<withheld>")
            record.args = ()
        return True


_UPDATE_LOGGERS = ("telegram.Bot", "telegram.ext.ExtBot", "telegram.ext.Application", "telegram.ext.Updater")


def protect_logs() -> None:
    """httpx logs every request URL at INFO, and the token is in the URL path; PTB logs raw updates."""
    for name in ("httpx", "httpcore"):
        logger = logging.getLogger(name)
        if logger.getEffectiveLevel() < logging.WARNING or logger.level == logging.NOTSET:
            logger.setLevel(logging.WARNING)
    for name in _UPDATE_LOGGERS:
        logger = logging.getLogger(name)
        if not any(isinstance(f, WithholdUpdates) for f in logger.filters):
            logger.addFilter(WithholdUpdates())
