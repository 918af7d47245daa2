"""The webhook server: Telegram gets its answer only after the update was handled.

A 500 answer makes Telegram deliver the update again, so, as with long polling, an update whose
handling failed on our side is not lost. Calls without the configured secret token are refused,
and without a configured secret every call is (the configuration refuses to start that way).
"""

from __future__ import annotations

import asyncio
import contextlib
import hmac
import json
import logging

from telegram import Bot, Update

from bot.config import TelegramSettings
from bot.staff.telegram.options import ALLOWED_UPDATES
from bot.staff.telegram.polling import ProcessUpdate

log = logging.getLogger("ofbot.telegram")


async def serve_webhook(
    bot: Bot, process: ProcessUpdate, settings: TelegramSettings, stop: asyncio.Event
) -> None:
    """Register the webhook and answer its calls until ``stop``."""
    secret = settings.webhook_secret.reveal() if settings.webhook_secret else ""
    host, _, port = settings.webhook_listen.rpartition(":")

    async def client(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        await _answer(reader, writer, bot, process, secret)

    server = await asyncio.start_server(client, host or "127.0.0.1", int(port))
    try:
        await bot.set_webhook(
            settings.webhook_url,
            allowed_updates=list(ALLOWED_UPDATES),
            secret_token=secret or None,
        )
        log.info("Telegram webhook listening on %s", settings.webhook_listen)
        await stop.wait()
    finally:
        server.close()
        await server.wait_closed()


async def _answer(
    reader: asyncio.StreamReader,
    writer: asyncio.StreamWriter,
    bot: Bot,
    process: ProcessUpdate,
    secret: str,
) -> None:
    status = 200
    try:
        head = await asyncio.wait_for(reader.readuntil(b"\r\n\r\n"), 10)
        lines = head.decode("latin-1").split("\r\n")
        method = lines[0].split(" ")[0]
        headers = {
            k.strip().lower(): v.strip() for k, _, v in (line.partition(":") for line in lines[1:] if line)
        }
        length = int(headers.get("content-length", "0"))
        if method != "POST" or not 0 < length <= 1_000_000:
            status = 400
        elif not secret or not hmac.compare_digest(
            headers.get("x-telegram-bot-api-secret-token", ""), secret
        ):
            log.warning("webhook call without the right secret token: refused")
            status = 403
        else:
            body = await asyncio.wait_for(reader.readexactly(length), 10)
            update = Update.de_json(json.loads(body), bot)
            if update is not None and not await process(update):
                status = 500  # Telegram will deliver it again
    except (TimeoutError, ValueError, asyncio.IncompleteReadError, asyncio.LimitOverrunError):
        status = 400
    reason = {200: "OK", 400: "Bad Request", 403: "Forbidden", 500: "Internal Server Error"}[status]
    writer.write(f"HTTP/1.1 {status} {reason}\r\nContent-Length: 0\r\nConnection: close\r\n\r\n".encode())
    with contextlib.suppress(ConnectionError):
        await writer.drain()
    writer.close()
