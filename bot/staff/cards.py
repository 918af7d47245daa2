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
import re
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from bot.config import CatalogueSettings
from bot.formats import format_hours
from bot.hours import balance
from bot.kinds import KINDS
from bot.requests import REF_PATTERN
from bot.sender_checks import request_sender_auth
from handlers import handler_for
from handlers.common import load_detail
from storage.models import Message, PoolContribution, Request, RequestEvent, StaffNotification

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
    "kind": f"the kind ({', '.join(KINDS)})",
    "schedule": "the date, YYYY-MM-DD",
    "reply": "the text of the answer to the client (you will see the draft before it is sent)",
    "note": "the internal note (never sent to the client)",
    "give": "the name of the staff member",
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
    "reply": "Reply…",
    "note": "Note…",
    "take": "Take",
    "link ?": "Link to client…",
    "files": "Files",
    "reopen": "Reopen",
}

_PROMPT_RE = re.compile(rf"^(?P<name>[a-z_]+) (?P<ref>{REF_PATTERN}):")


@dataclass(frozen=True)
class Button:
    label: str
    data: str
    url: str | None = None  # a link button (the platform), no callback


@dataclass(frozen=True)
class Card:
    """What the staff chat shows for one request: the text and the rows of buttons."""

    text: str
    buttons: tuple[tuple[Button, ...], ...]

    def fingerprint(self) -> str:
        """Stored in ``ChatCard.rendered``: an edit is sent only when this changes."""
        datas = "|".join(b.data or b.url or "" for row in self.buttons for b in row)
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
    if match is None:
        return None
    name = match["name"]
    if name not in VALUE_HINTS and not name.endswith("_anyway"):
        return None
    return name, match["ref"]


def desk_row(request: Request, has_files: bool) -> tuple[Button, ...]:
    """Reply, Note, Take, and for an unknown sender "Link to client…"; files when there are."""
    actions = ["reply", "note"]
    if not request.owner:
        actions.append("take")
    if request.client is None:
        actions.append("link ?")
    if has_files:
        actions.append("files")
    out: list[Button] = []
    for action in actions:
        data = button_data(request.ref, action)
        if data is not None:
            out.append(Button(button_label(action), data))
    return tuple(out)


def buttons_for(
    request: Request,
    valid: tuple[str, ...] | None = None,
    blocked: tuple[str, ...] = (),
    has_files: bool = False,
    triage: tuple[Button, ...] = (),
) -> tuple[tuple[Button, ...], ...]:
    """Rows: the model's kinds, estimates, the valid actions (and "… anyway" for the blocked
    ones), then the desk's own (Reply, Note, Take, Link); a link button to the platform last."""
    estimates: list[Button] = []
    others: list[Button] = []
    actions = valid if valid is not None else handler_for(request.kind).staff_actions(request)
    for action in actions:
        data = button_data(request.ref, action)
        if data is None:
            continue
        target = estimates if action.startswith("estimate") else others
        target.append(Button(button_label(action), data))
    for action in blocked:
        name = action.split()[0]
        data = button_data(request.ref, f"{name} !")
        if data is not None:
            others.append(Button(f"{name.capitalize()} anyway…", data))
    rows = (triage, tuple(estimates), tuple(others), desk_row(request, has_files))
    link = platform_button(request)
    return tuple(row for row in rows if row) + (((link,),) if link else ())


def platform_button(request: Request) -> Button | None:
    """A URL button to the client's platform (``url`` set: Telegram opens it, no callback)."""
    if request.client is None:
        return None
    return Button(f"Open {request.client.platform}", "", url=f"{PLATFORM_URL}{request.client.platform}/")


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


def _excerpt(text: str, lines_max: int = EXCERPT_LINES) -> str:
    lines = [line.rstrip() for line in text.strip().splitlines()]
    lines = [line for line in lines if line][:lines_max]
    out = "\n".join(lines)
    if len(out) > EXCERPT_CHARS:
        out = out[:EXCERPT_CHARS].rstrip() + "…"
    elif len(lines) < len([x for x in text.strip().splitlines() if x.strip()]):
        out += "\n…"
    return out


def _when(instant: dt.datetime, tz: dt.tzinfo) -> str:
    return instant.astimezone(tz).strftime("%d/%m/%Y %H:%M")


def age_words(hours: float) -> str:
    if hours < 1:
        return f"{max(int(hours * 60), 0)} min"
    if hours < 48:
        return f"{hours:.0f} h"
    return f"{hours / 24:.0f} d"


def _latest_client_text(request: Request) -> str | None:
    """What the client wrote last, when it came after the first message (the new part)."""
    for event in reversed(request.events):
        if event.actor.startswith("client:") and event.detail.strip():
            return event.detail
    return None


def _next_text(request: Request, valid: tuple[str, ...]) -> str:
    from bot import states

    who = states.waiting_on(request.state)
    if request.state in states.CLOSED:
        return f"nothing ({request.state.replace('_', ' ')})"
    if who != "staff":
        return f"waiting on the {who}"
    names = list(dict.fromkeys(NEXT_WORDS.get(a.split()[0], a.split()[0]) for a in valid))
    return " or ".join(names) if names else "staff decide"


NEXT_WORDS = {"kind": "set the kind", "estimate": "estimate", "schedule": "schedule"}


def pool_shares(session: Session, request: Request) -> list[tuple[str, Decimal]]:
    """Other clients' recorded shares of a development (R62): the latest row per contributor,
    in the order first recorded; a share of 0 was withdrawn."""
    latest: dict[str, Decimal] = {}
    rows = session.scalars(
        select(PoolContribution)
        .where(PoolContribution.request_id == request.id)
        .order_by(PoolContribution.id)
    )
    for row in rows:
        latest[row.client.platform] = row.hours
    return [(platform, hours) for platform, hours in latest.items() if hours > 0]


def facts_line(session: Session, request: Request, catalogue: CatalogueSettings | None, year: int) -> str:
    """One line: hours left (and after the estimate), version, not-before, scheduled, fees."""
    facts: list[str] = []
    client = request.client
    if client is not None and catalogue is not None:
        bal = balance(session, client, catalogue, year)
        left = f"{format_hours(bal.remaining, 'en')} left"
        if request.estimate_hours is not None and request.state == "awaiting_confirmation":
            after = max(bal.remaining - request.estimate_hours, Decimal(0))
            left += f" → {format_hours(after, 'en')} after {format_hours(request.estimate_hours, 'en')}"
        elif request.estimate_hours is not None:
            left += f" (estimate {format_hours(request.estimate_hours, 'en')})"
        facts.append(left)
    elif request.estimate_hours is not None:
        facts.append(f"estimate {format_hours(request.estimate_hours, 'en')}")
    if client is not None:
        facts.append(f"v{client.version}")
    if request.target_version:
        facts.append(f"to v{request.target_version}")
    if request.cash_funded:
        facts.append("cash-funded")
    if request.not_before:
        facts.append(f"not before {request.not_before.strftime('%d/%m/%Y')}")
    if request.scheduled_for:
        facts.append(f"scheduled {request.scheduled_for.strftime('%d/%m/%Y')}")
    if request.fee is not None:
        facts.append(f"fee {request.fee} € ({'paid' if request.paid else 'due'})")
    if request.kind == "dev_quote" and request.detail:
        notes = load_detail(request)
        if "refused_by_rule" in notes:
            blocking = ", ".join(str(b) for b in notes.get("blocking") or [])
            facts.append(
                f"yearly quote used ({blocking} not accepted)"
                if notes["refused_by_rule"]
                else "yearly quote available"
            )
    return " · ".join(facts)


def render_card(
    session: Session,
    request: Request,
    tz: dt.tzinfo,
    catalogue: CatalogueSettings | None = None,
    now: dt.datetime | None = None,
    valid: tuple[str, ...] | None = None,
    blocked: tuple[str, ...] = (),
) -> Card:
    """The card for ``request`` as it is now: short enough for a phone, history left to /show."""
    now = now or dt.datetime.now(dt.UTC)
    client = request.client
    state = request.state.replace("_", " ")
    age = age_words((now - request.received_at).total_seconds() / 3600)
    who = f"{client.platform} ({TIER_NAMES.get(client.tier, client.tier)})" if client else "unknown sender"
    lines = [f"[{request.ref}] {who} · {request.kind} · {state} · {age}"]
    actions = valid if valid is not None else handler_for(request.kind).staff_actions(request)
    head = f"Next: {_next_text(request, actions)}"
    if request.owner:
        head += f" · owner {request.owner}"
    lines.append(head)
    facts = facts_line(session, request, catalogue, now.astimezone(tz).year)
    if facts:
        lines.append(facts)
    shares = pool_shares(session, request)
    if shares:
        lines.append("Pooled (R62): " + ", ".join(f"{p} {format_hours(h, 'en')}" for p, h in shares))
    candidates = model_candidates(session, request)
    model_line = candidates_line(candidates)
    if model_line:
        lines.append(model_line)
    auth = request_sender_auth(session, request)
    if auth is not None and auth.failed:
        lines.append(f"⚠ Sender authentication failed: {auth.summary()} (approve needs an override)")
    if client is None and request.client_hint:
        lines.append(f"The text names platform {request.client_hint} (not trusted)")
    subject = f" — {request.subject[:120]}" if request.subject else ""
    lines.append(f"From {request.requester}{subject}")
    latest = _latest_client_text(request) if request.state == "client_wrote" else None
    text = latest or request.summary
    if text.strip():
        lines += ["", ("Client wrote: " if latest else "") + _excerpt(text)]
    files = attachments_of(session, request)
    if files:
        shown = [f"📎 {name} ({size_words(size)})" for name, size in files[:4]]
        if len(files) > 4:
            shown.append(f"📎 … {len(files) - 4} more")
        lines += ["", *shown] if not text.strip() else shown
    body = "\n".join(lines)
    if len(body) > TEXT_MAX:
        body = body[: TEXT_MAX - 1] + "…"
    choices = candidate_buttons(request, candidates)
    return Card(text=body, buttons=buttons_for(request, actions, blocked, bool(files), choices))


def attachments_of(session: Session, request: Request) -> list[tuple[str, int]]:
    """(name, size) of the files attached to the request's messages."""
    from bot.staff.records import files_of

    rows = session.scalars(select(Message).where(Message.request_id == request.id).order_by(Message.id))
    return [(f.name, f.size) for m in rows for f in files_of(m)]


def size_words(size: int) -> str:
    if size < 1024:
        return f"{size} B"
    if size < 1024 * 1024:
        return f"{size / 1024:.0f} KB"
    return f"{size / 1024 / 1024:.1f} MB"


TIER_NAMES = {
    "first_price": "First Price",
    "business": "Business",
    "premiere": "Première",
    "corporate": "Corporate",
}
PLATFORM_URL = "https://openflyers.com/"


CLIENT_EVENTS = frozenset(
    {"client_reply", "client_question", "untrusted_reply", "confirmed", "declined", "client_wrote"}
)


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
