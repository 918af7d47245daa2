"""What the staff chat asks before it acts: drafts to the client and confirmations.

A staff member's reply to a card becomes a *draft*: a message showing what the client will
read, with Send / Edit / Cancel buttons (``d:<id>:send``). A button whose action has an effect
outside the desk (the client record, several people mailed, an invoice) first shows a prompt
naming that effect with Confirm / Cancel (``y:<ref>:<action>`` / ``n:<ref>:<action>``). Typed
commands are deliberate and act at once.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass

from sqlalchemy.orm import Session, sessionmaker

from bot.clock import Clock
from bot.requests import REF_PATTERN, find_ref
from bot.staff.cards import Button, button_data
from bot.staff.records import staff_words
from storage.models import ChatPrompt

DRAFT_PREFIX = "d"
CONFIRM_PREFIX = "y"
CANCEL_PREFIX = "n"
_REF_RE = re.compile(rf"\[?({REF_PATTERN})\]?")
NOTE_RE = re.compile(r"^\s*(note|notes?|interne?)\s*:\s*", re.IGNORECASE)


@dataclass(frozen=True)
class Draft:
    id: int
    ref: str
    text: str
    state: str
    to: str


def ref_in(text: str | None) -> str | None:
    """The request reference a bot message (a card or a thread line) starts with."""
    match = _REF_RE.match((text or "").strip())
    return match.group(1) if match else None


def note_text(text: str) -> str | None:
    """``note: ...`` (or ``Note : ...``): the note's text; None when the reply is not a note."""
    match = NOTE_RE.match(text)
    return text[match.end() :].strip() if match else None


class Prompts:
    """The chat's drafts, stored so that Send / Edit / Cancel work across restarts and workers."""

    def __init__(self, sessions: sessionmaker[Session], clock: Clock) -> None:
        self.sessions = sessions
        self.clock = clock

    def new_draft(self, ref: str, text: str, actor: str) -> Draft | None:
        now = self.clock.now()
        with self.sessions() as session, session.begin():
            request = find_ref(session, ref)
            if request is None:
                return None
            words = staff_words(text)
            row = ChatPrompt(
                kind="draft",
                request_id=request.id,
                words=json.dumps(["reply", request.ref, words]),
                actor=actor,
                state="open",
                created_at=now,
                updated_at=now,
            )
            session.add(row)
            session.flush()
            to = request.requester if request.client is None else _reply_to(request)
            return Draft(row.id, request.ref, words, row.state, to)

    def draft(self, draft_id: int) -> Draft | None:
        with self.sessions() as session:
            row = session.get(ChatPrompt, draft_id)
            if row is None or row.kind != "draft":
                return None
            words = json.loads(row.words)
            return Draft(row.id, str(words[1]), str(words[2]), row.state, "")

    def close(self, draft_id: int, state: str, message_id: int | None = None) -> bool:
        """Move an open draft to ``state`` (sent, cancelled, edited); False when it was not open."""
        with self.sessions() as session, session.begin():
            row = session.get(ChatPrompt, draft_id, with_for_update=True)
            if row is None or row.state != "open":
                return False
            row.state = state
            row.updated_at = self.clock.now()
            if message_id is not None:
                row.chat_message_id = message_id
            return True

    def reopen(self, draft_id: int) -> None:
        """Sending failed (e.g. the request moved on): the draft stays usable."""
        with self.sessions() as session, session.begin():
            row = session.get(ChatPrompt, draft_id)
            if row is not None:
                row.state = "open"


def _reply_to(request: object) -> str:
    from handlers.common import reply_address
    from storage.models import Request

    assert isinstance(request, Request)
    return reply_address(request)


def draft_text(draft: Draft) -> str:
    return f"Draft to {draft.to} [{draft.ref}] (our greeting and signature are added):\n\n{draft.text}"


def draft_buttons(draft: Draft) -> tuple[tuple[Button, ...], ...]:
    return (
        (
            Button("Send", f"{DRAFT_PREFIX}:{draft.id}:send"),
            Button("Edit", f"{DRAFT_PREFIX}:{draft.id}:edit"),
            Button("Cancel", f"{DRAFT_PREFIX}:{draft.id}:cancel"),
        ),
    )


def confirm_buttons(ref: str, action: str) -> tuple[tuple[Button, ...], ...] | None:
    yes = button_data(ref, action)
    if yes is None:
        return None
    rest = yes.partition(":")[2]
    return (
        (
            Button("Confirm", f"{CONFIRM_PREFIX}:{rest}"),
            Button("Cancel", f"{CANCEL_PREFIX}:{rest}"),
        ),
    )


def parse_draft_data(data: str | None) -> tuple[int, str] | None:
    prefix, _, rest = (data or "").partition(":")
    draft_id, _, what = rest.partition(":")
    if prefix != DRAFT_PREFIX or not draft_id.isdigit() or what not in ("send", "edit", "cancel"):
        return None
    return int(draft_id), what
