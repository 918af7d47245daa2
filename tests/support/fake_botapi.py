"""A small fake Telegram Bot API server on loopback, for python-telegram-bot's real client.

It speaks the HTTP shape of ``https://api.telegram.org/bot<token>/<method>`` for the methods the
staff chat uses, records every call, keeps the chat's messages (so a test can read a card after
its edits), lets a test inject updates (messages and button presses from any user in any chat),
and can be taken down (connections refused, or ``502 Bad Gateway``) and brought back.

It runs in a thread of its own (``ThreadingHTTPServer``) so that tests stay synchronous.
"""

from __future__ import annotations

import itertools
import json
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qsl

from tests.support.services import free_port

BOT_ID = 777000
BOT_USERNAME = "ofbot_test_bot"


@dataclass
class Call:
    method: str
    params: dict[str, str]
    at: float  # time.monotonic()


@dataclass
class ChatMessage:
    chat_id: int
    message_id: int
    text: str
    reply_markup: dict[str, Any] | None
    reply_to: int | None
    from_bot: bool
    edits: int = 0
    file_name: str | None = None  # sendDocument / sendPhoto: the uploaded file
    file_data: bytes = b""

    def buttons(self) -> list[tuple[str, str]]:
        """(label, callback_data) of every inline button."""
        rows = (self.reply_markup or {}).get("inline_keyboard", [])
        return [(b["text"], b.get("callback_data", "")) for row in rows for b in row]


@dataclass
class _State:
    updates: list[dict[str, Any]] = field(default_factory=list)
    calls: list[Call] = field(default_factory=list)
    messages: dict[tuple[int, int], ChatMessage] = field(default_factory=dict)
    mode: str = "up"  # up | 502 | refuse
    fail_next: list[tuple[str, int, dict[str, Any]]] = field(default_factory=list)


class FakeBotApi:
    """The fake server; ``url`` is what goes into ``telegram.api_url``."""

    def __init__(self, token: str) -> None:
        self.token = token
        self.port = free_port()
        self.state = _State()
        self.cond = threading.Condition()
        self._ids = itertools.count(1)
        self._update_ids = itertools.count(1000)
        self._server: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    # -- life cycle ----------------------------------------------------------------------------
    def start(self) -> FakeBotApi:
        fake = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                fake._handle(self)

            do_GET = do_POST

            def log_message(self, format: str, *args: Any) -> None:  # quiet
                pass

        server = ThreadingHTTPServer(("127.0.0.1", self.port), Handler)
        server.daemon_threads = True
        self._server = server
        self._thread = threading.Thread(
            target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )
        self._thread.start()
        return self

    def stop(self) -> None:
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
            self._server = None
        with self.cond:
            self.cond.notify_all()

    def down(self, mode: str = "refuse") -> None:
        """``refuse``: nothing listens on the port; ``502``: every call answers Bad Gateway."""
        with self.cond:
            self.state.mode = mode
            self.cond.notify_all()
        if mode == "refuse":
            self.stop()

    def up(self) -> None:
        with self.cond:
            self.state.mode = "up"
        if self._server is None:
            self.start()

    def fail_next(self, method: str, code: int, body: dict[str, Any]) -> None:
        """Answer the next call of ``method`` with this error (e.g. 429 and retry_after)."""
        with self.cond:
            self.state.fail_next.append((method.lower(), code, body))

    # -- what tests inject ---------------------------------------------------------------------
    def _user(self, user_id: int, name: str) -> dict[str, Any]:
        return {"id": user_id, "is_bot": False, "first_name": name}

    def _chat(self, chat_id: int) -> dict[str, Any]:
        kind = "supergroup" if chat_id < 0 else "private"
        return (
            {"id": chat_id, "type": kind, "title": "Staff"} if chat_id < 0 else {"id": chat_id, "type": kind}
        )

    def push(self, update: dict[str, Any]) -> int:
        with self.cond:
            self.state.updates.append(update)
            self.cond.notify_all()
        return int(update["update_id"])

    def message_update(
        self,
        chat_id: int,
        user_id: int,
        text: str,
        *,
        name: str = "Alice",
        reply_to: ChatMessage | None = None,
        update_id: int | None = None,
    ) -> dict[str, Any]:
        message: dict[str, Any] = {
            "message_id": next(self._ids),
            "date": int(time.time()),
            "chat": self._chat(chat_id),
            "from": self._user(user_id, name),
            "text": text,
        }
        if text.startswith("/"):
            length = len(text.split()[0])
            message["entities"] = [{"type": "bot_command", "offset": 0, "length": length}]
        if reply_to is not None:
            message["reply_to_message"] = self._as_message(reply_to)
        return {"update_id": update_id or next(self._update_ids), "message": message}

    def button_update(
        self,
        chat_id: int,
        user_id: int,
        data: str,
        card: ChatMessage | None = None,
        *,
        name: str = "Alice",
        update_id: int | None = None,
    ) -> dict[str, Any]:
        query: dict[str, Any] = {
            "id": f"cq{next(self._ids)}",
            "from": self._user(user_id, name),
            "chat_instance": "ci1",
            "data": data,
        }
        if card is not None:
            query["message"] = self._as_message(card)
        else:
            query["message"] = {
                "message_id": next(self._ids),
                "date": int(time.time()),
                "chat": self._chat(chat_id),
                "text": "?",
            }
        return {"update_id": update_id or next(self._update_ids), "callback_query": query}

    def _as_message(self, msg: ChatMessage) -> dict[str, Any]:
        data: dict[str, Any] = {
            "message_id": msg.message_id,
            "date": int(time.time()),
            "chat": self._chat(msg.chat_id),
            "text": msg.text,
        }
        if msg.from_bot:
            data["from"] = {"id": BOT_ID, "is_bot": True, "first_name": "ofbot", "username": BOT_USERNAME}
        if msg.reply_markup and "inline_keyboard" in msg.reply_markup:
            data["reply_markup"] = msg.reply_markup
        return data

    # -- what tests read -----------------------------------------------------------------------
    def calls(self, method: str | None = None) -> list[Call]:
        with self.cond:
            return [c for c in self.state.calls if method is None or c.method.lower() == method.lower()]

    def chat(self, chat_id: int) -> list[ChatMessage]:
        with self.cond:
            return [m for (c, _), m in sorted(self.state.messages.items()) if c == chat_id]

    def pending_updates(self) -> int:
        with self.cond:
            return len(self.state.updates)

    def wait(self, predicate: Callable[[], Any], timeout: float = 10.0) -> Any:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            value = predicate()
            if value:
                return value
            time.sleep(0.02)
        raise AssertionError(f"condition not met within {timeout} s")

    # -- the HTTP side -------------------------------------------------------------------------
    def _reply(self, handler: BaseHTTPRequestHandler, code: int, body: dict[str, Any]) -> None:
        data = json.dumps(body).encode()
        try:
            handler.send_response(code)
            handler.send_header("Content-Type", "application/json")
            handler.send_header("Content-Length", str(len(data)))
            handler.end_headers()
            handler.wfile.write(data)
        except OSError:
            pass

    def _handle(self, handler: BaseHTTPRequestHandler) -> None:
        length = int(handler.headers.get("Content-Length") or 0)
        raw = handler.rfile.read(length) if length else b""
        path = handler.path.split("?")[0]
        prefix = f"/bot{self.token}/"
        if not path.startswith(prefix):
            self._reply(handler, 401, {"ok": False, "error_code": 401, "description": "Unauthorized"})
            return
        method = path[len(prefix) :]
        ctype = handler.headers.get("Content-Type", "")
        files: dict[str, tuple[str, bytes]] = {}
        if "json" in ctype and raw:
            params = {k: v if isinstance(v, str) else json.dumps(v) for k, v in json.loads(raw).items()}
        elif "multipart/form-data" in ctype:
            params, files = _multipart(ctype, raw)
        else:
            params = dict(parse_qsl(raw.decode(), keep_blank_values=True))
        with self.cond:
            if self.state.mode == "502":
                self._reply(handler, 502, {"ok": False, "error_code": 502, "description": "Bad Gateway"})
                return
            self.state.calls.append(Call(method, params, time.monotonic()))
            for i, (name, code, body) in enumerate(self.state.fail_next):
                if name == method.lower():
                    del self.state.fail_next[i]
                    self._reply(handler, code, body)
                    return
        if method.lower() == "getupdates":
            self._reply(handler, 200, {"ok": True, "result": self._get_updates(params)})
            return
        try:
            result = self._call(method.lower(), params, files)
        except KeyError as exc:
            self._reply(handler, 400, {"ok": False, "error_code": 400, "description": f"Bad Request: {exc}"})
            return
        if isinstance(result, tuple):
            code, description = result
            self._reply(handler, code, {"ok": False, "error_code": code, "description": description})
            return
        self._reply(handler, 200, {"ok": True, "result": result})

    def _get_updates(self, params: dict[str, str]) -> list[dict[str, Any]]:
        offset = int(params["offset"]) if params.get("offset") else None
        timeout = float(params.get("timeout") or 0)
        deadline = time.monotonic() + timeout
        with self.cond:
            if offset is not None:  # confirms every update before it
                self.state.updates = [u for u in self.state.updates if u["update_id"] >= offset]
            while not self.state.updates and self.state.mode == "up" and self._server is not None:
                left = deadline - time.monotonic()
                if left <= 0:
                    break
                self.cond.wait(min(left, 0.1))
            return list(self.state.updates[:100])

    def _call(self, method: str, p: dict[str, str], files: dict[str, tuple[str, bytes]] | None = None) -> Any:
        me = {"id": BOT_ID, "is_bot": True, "first_name": "ofbot", "username": BOT_USERNAME}
        if method in ("senddocument", "sendphoto"):
            chat_id = int(p["chat_id"])
            field_name = "document" if method == "senddocument" else "photo"
            name, data = (files or {}).get(field_name, (p.get(field_name, ""), b""))
            reply_to = None
            if p.get("reply_parameters"):
                reply_to = int(json.loads(p["reply_parameters"])["message_id"])
            msg = ChatMessage(
                chat_id,
                next(self._ids),
                p.get("caption", ""),
                None,
                reply_to,
                True,
                file_name=name,
                file_data=data,
            )
            with self.cond:
                self.state.messages[(chat_id, msg.message_id)] = msg
            return {
                "message_id": msg.message_id,
                "date": int(time.time()),
                "chat": self._chat(chat_id),
                "from": me,
                "caption": msg.text,
                "document": {"file_id": f"f{msg.message_id}", "file_unique_id": f"u{msg.message_id}"},
            }
        if method == "getme":
            return {**me, "can_join_groups": True, "can_read_all_group_messages": False}
        if method in ("deletewebhook", "setwebhook", "setmycommands", "answercallbackquery"):
            return True
        if method == "getwebhookinfo":
            return {"url": "", "has_custom_certificate": False, "pending_update_count": 0}
        if method == "sendmessage":
            chat_id = int(p["chat_id"])
            reply_to = None
            if p.get("reply_parameters"):
                reply_to = int(json.loads(p["reply_parameters"])["message_id"])
            markup = json.loads(p["reply_markup"]) if p.get("reply_markup") else None
            msg = ChatMessage(chat_id, next(self._ids), p["text"], markup, reply_to, True)
            with self.cond:
                self.state.messages[(chat_id, msg.message_id)] = msg
            result: dict[str, Any] = {
                "message_id": msg.message_id,
                "date": int(time.time()),
                "chat": self._chat(chat_id),
                "from": me,
                "text": msg.text,
            }
            if markup and "inline_keyboard" in markup:
                result["reply_markup"] = markup
            return result
        if method in ("editmessagetext", "editmessagereplymarkup"):
            key = (int(p["chat_id"]), int(p["message_id"]))
            with self.cond:
                msg_or_none = self.state.messages.get(key)
                if msg_or_none is None:
                    return (400, "Bad Request: message to edit not found")
                msg = msg_or_none
                text = p.get("text", msg.text) if method == "editmessagetext" else msg.text
                markup = json.loads(p["reply_markup"]) if p.get("reply_markup") else None
                if text == msg.text and markup == msg.reply_markup:
                    return (400, "Bad Request: message is not modified")
                msg.text, msg.reply_markup = text, markup
                msg.edits += 1
            return {
                "message_id": msg.message_id,
                "date": int(time.time()),
                "chat": self._chat(msg.chat_id),
                "from": me,
                "text": msg.text,
            }
        return (404, f"Not Found: method {method}")


def _multipart(ctype: str, raw: bytes) -> tuple[dict[str, str], dict[str, tuple[str, bytes]]]:
    """Fields and uploaded files of a multipart/form-data body (python-telegram-bot's uploads)."""
    from email import message_from_bytes
    from email import policy as email_policy

    message = message_from_bytes(
        f"Content-Type: {ctype}\r\nMIME-Version: 1.0\r\n\r\n".encode() + raw, policy=email_policy.HTTP
    )
    params: dict[str, str] = {}
    files: dict[str, tuple[str, bytes]] = {}
    for part in message.iter_parts() if hasattr(message, "iter_parts") else []:
        name = part.get_param("name", header="content-disposition")
        if not isinstance(name, str):
            continue
        payload = part.get_payload(decode=True)
        data = payload if isinstance(payload, bytes) else b""
        filename = part.get_filename()
        if filename:
            files[name] = (filename, data)
        else:
            params[name] = data.decode("utf-8", "replace")
    return params, files
