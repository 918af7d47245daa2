"""A request as one staff-chat message (a *card*) and the buttons for its next sensible actions.

The card is rendered from the database at delivery time, never from the notification that
triggered it, so an edit always shows the request as it is now. Rendering is plain text (no parse
mode): a client's words can then never break the markup or inject links into the staff chat.

Buttons carry ``a:<ref>:<action>`` as callback data (Telegram allows 64 bytes), where the action
is one of the words :meth:`handlers.base.Handler.staff_actions` gives ("estimate 1", "start",
"estimate ?"). An action that needs a value staff must type ("estimate ?", "reject", "kind ?")
becomes a force-reply prompt whose first line names the command and the reference, so the answer
can be turned back into the same command words.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from bot.mail.auth import SenderAuth
from bot.templating import format_hours
from handlers import handler_for
from storage.models import Message, Request, RequestEvent, StaffNotification

CALLBACK_PREFIX = "a"
CALLBACK_MAX_BYTES = 64  # Telegram's limit on callback_data
TEXT_MAX = 4096  # Telegram's limit on a message text
EXCERPT_LINES = 6
EXCERPT_CHARS = 600
HISTORY_EVENTS = 4

# Commands whose value staff must type; the prompt tells them what to write.
VALUE_HINTS: dict[str, str] = {
    "estimate": "how many hours? (e.g. 1,5)",
    "reject": "the reason, sent to the client",
    "kind": "the kind (support, dev_quote, migration, owner_change, password_reset, contact_update, "
    "hours_statement, resource_change, renewal, test_platform, other)",
    "schedule": "the date, YYYY-MM-DD",
    "reply": "the text of the answer to the client",
}

LABELS: dict[str, str] = {
    "estimate ?": "Other estimate…",
    "reject": "Reject…",
    "kind ?": "Set kind…",
    "schedule ?": "Schedule…",
    "start": "Start",
    "done": "Done",
    "paid": "Mark paid",
    "approve": "Approve",
}

_PROMPT_RE = re.compile(r"^(?P<name>[a-z_]+) (?P<ref>OF-\d{4}-\d{1,8}):")


@dataclass(frozen=True)
class Button:
    label: str
    data: str


@dataclass(frozen=True)
class Card:
    """What the staff chat shows for one request: the text and the rows of buttons."""

    text: str
    buttons: tuple[tuple[Button, ...], ...]

    def fingerprint(self) -> str:
        """Stored in ``ChatCard.rendered``: an edit is sent only when this changes."""
        datas = "|".join(b.data for row in self.buttons for b in row)
        return f"{self.text}\n--\n{datas}"


@dataclass(frozen=True)
class ButtonPress:
    """A decoded ``a:<ref>:<action>``."""

    ref: str
    action: str

    @property
    def name(self) -> str:
        return self.action.split()[0] if self.action.split() else ""

    @property
    def values(self) -> list[str]:
        return self.action.split()[1:]

    def needs_value(self) -> bool:
        """True when staff must type the value ("estimate ?", "reject" without a reason)."""
        return self.name in VALUE_HINTS and (not self.values or self.values == ["?"])

    def words(self) -> list[str]:
        """The staff command words, exactly as ``ofbot staff`` takes them."""
        return [self.name, self.ref, *self.values]


def button_data(ref: str, action: str) -> str | None:
    data = f"{CALLBACK_PREFIX}:{ref}:{action}"
    return data if len(data.encode()) <= CALLBACK_MAX_BYTES else None


def parse_button_data(data: str | None) -> ButtonPress | None:
    if not data:
        return None
    prefix, _, rest = data.partition(":")
    ref, _, action = rest.partition(":")
    if prefix != CALLBACK_PREFIX or not ref or not action.strip():
        return None
    return ButtonPress(ref=ref, action=action.strip())


def button_label(action: str) -> str:
    if action in LABELS:
        return LABELS[action]
    name, _, value = action.partition(" ")
    if name == "estimate" and value:
        return f"{value} h"
    return action.capitalize()


def prompt_text(press: ButtonPress) -> str:
    """The force-reply prompt; its first line is parsed back by :func:`parse_prompt`."""
    return f"{press.name} {press.ref}: {VALUE_HINTS[press.name]}\nReply to this message with the value."


def parse_prompt(text: str | None) -> tuple[str, str] | None:
    """(command, ref) from one of our prompts, or None when the text is not one."""
    match = _PROMPT_RE.match(text or "")
    if match is None or match["name"] not in VALUE_HINTS:
        return None
    return match["name"], match["ref"]


def buttons_for(request: Request) -> tuple[tuple[Button, ...], ...]:
    """The next sensible actions, estimates on one row, the rest on another."""
    estimates: list[Button] = []
    others: list[Button] = []
    for action in handler_for(request.kind).staff_actions(request):
        data = button_data(request.ref, action)
        if data is None:
            continue
        target = estimates if action.startswith("estimate") else others
        target.append(Button(button_label(action), data))
    return tuple(row for row in (tuple(estimates), tuple(others)) if row)


def model_candidates(session: Session, request: Request) -> list[tuple[str, float]]:
    """The model's best three kinds for the request's first message, with their probabilities."""
    from bot.learning.records import first_prediction, prediction_json

    shown = prediction_json(first_prediction(session, request.id))
    return [(str(c["kind"]), float(c["p"])) for c in shown["candidates"]]


def candidates_line(candidates: list[tuple[str, float]]) -> str | None:
    if not candidates:
        return None
    return "Model: " + " · ".join(f"{kind} {p:.0%}" for kind, p in candidates)


def candidate_buttons(request: Request, candidates: list[tuple[str, float]]) -> tuple[Button, ...]:
    """One tap routes a request in triage to the chosen kind's handler (``kind REF KIND``)."""
    if request.state != "triage" or request.client is None:
        return ()
    row = []
    for kind, p in candidates:
        data = button_data(request.ref, f"kind {kind}")
        if data is not None:
            row.append(Button(f"{kind} {p:.0%}", data))
    return tuple(row)


def _excerpt(text: str) -> str:
    lines = [line.rstrip() for line in text.strip().splitlines()]
    lines = [line for line in lines if line][:EXCERPT_LINES]
    out = "\n".join(lines)
    if len(out) > EXCERPT_CHARS:
        out = out[:EXCERPT_CHARS].rstrip() + "…"
    elif len(lines) < len([x for x in text.strip().splitlines() if x.strip()]):
        out += "\n…"
    return out


def _first_explanation(session: Session, request: Request) -> dict[str, object]:
    message = session.scalars(
        select(Message).where(Message.request_id == request.id).order_by(Message.id).limit(1)
    ).first()
    if message is None or not message.explanation:
        return {}
    try:
        data = json.loads(message.explanation)
    except ValueError:
        return {}
    return data if isinstance(data, dict) else {}


def _when(instant: dt.datetime, tz: dt.tzinfo) -> str:
    return instant.astimezone(tz).strftime("%d/%m/%Y %H:%M")


def render_card(session: Session, request: Request, tz: dt.tzinfo) -> Card:
    """The card for ``request`` as it is now in the database."""
    explanation = _first_explanation(session, request)
    client = request.client
    lines = [f"[{request.ref}] {request.kind} · {request.state.replace('_', ' ')}"]
    if client is not None:
        lines.append(f"Client: {client.platform} — {client.structure} ({client.tier})")
    else:
        hint = f" (the text names {request.client_hint}, not trusted)" if request.client_hint else ""
        lines.append(f"Client: unknown{hint}")
    lines.append(f"From: {request.requester}")
    auth = SenderAuth.from_json(explanation.get("sender_auth"))
    if auth is not None and auth.failed:
        lines.append(f"⚠ Sender authentication failed: {auth.summary()} (approve needs an override)")
    if request.subject:
        lines.append(f"Subject: {request.subject[:200]}")
    attachments = explanation.get("attachments", 0)
    lines.append(f"Received: {_when(request.received_at, tz)} · attachments: {attachments}")
    facts = []
    if request.estimate_hours is not None:
        facts.append(f"estimate {format_hours(request.estimate_hours, 'en')}")
    if request.cash_funded:
        facts.append("cash-funded")
    if request.not_before:
        facts.append(f"not before {request.not_before.isoformat()}")
    if request.target_version:
        facts.append(f"target version {request.target_version}")
    if request.scheduled_for:
        facts.append(f"scheduled {request.scheduled_for.isoformat()}")
    if request.fee is not None:
        facts.append(f"fee {request.fee} ({'paid' if request.paid else 'unpaid'})")
    if facts:
        lines.append(" · ".join(facts))
    if request.summary.strip():
        lines += ["", _excerpt(request.summary), ""]
    if explanation.get("next_action"):
        lines.append(f"Bot decided: {explanation['next_action']}")
    candidates = model_candidates(session, request)
    model_line = candidates_line(candidates)
    if model_line:
        lines.append(model_line)
    latest = session.scalars(
        select(StaffNotification.text)
        .where(StaffNotification.request_id == request.id)
        .order_by(StaffNotification.id.desc())
        .limit(1)
    ).first()
    if latest:
        lines.append(f"Why / latest: {latest.removeprefix(f'[{request.ref}] ')[:300]}")
    history = [e for e in request.events if e.action != "mail_queued"][-HISTORY_EVENTS:]
    if history:
        lines.append("History:")
        lines += [
            f"  {_when(e.at, tz)} {e.actor}: {e.action}" + (f" {e.detail[:80]}" if e.detail else "")
            for e in history
        ]
    text = "\n".join(lines)
    if len(text) > TEXT_MAX:
        text = text[: TEXT_MAX - 1] + "…"
    choices = candidate_buttons(request, candidates)
    return Card(text=text, buttons=((choices,) if choices else ()) + buttons_for(request))


CLIENT_EVENTS = frozenset({"client_reply", "client_question", "untrusted_reply", "confirmed", "declined"})


def thread_line(session: Session, request: Request, note: StaffNotification) -> str:
    """A later event of a request, posted in the card's thread; client replies quote the client."""
    prefix = f"[{request.ref}]"
    text = note.text if note.text.startswith(prefix) else f"{prefix} {note.text}"
    if note.event in CLIENT_EVENTS:
        said = session.scalars(
            select(RequestEvent.detail)
            .where(RequestEvent.request_id == request.id, RequestEvent.actor.like("client:%"))
            .order_by(RequestEvent.id.desc())
            .limit(1)
        ).first()
        if said and said.strip():
            text += f"\n« {_excerpt(said)} »"
    return text[:TEXT_MAX]
