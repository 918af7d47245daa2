"""What every handler gets: the session, the settings, the clock and the effects recorder.

A handler holds the rules of one request kind (shared/DOMAIN.md). It never sends anything: it
changes state and records effects through ``ctx.effects`` in the caller's transaction.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy.orm import Session

from bot.clock import Clock
from bot.config import Settings
from bot.effects import Effects, Thread
from storage.models import Message

if TYPE_CHECKING:
    from bot.pipeline import Decision  # the pipeline imports the handlers: a type only here


class RuleError(Exception):
    """A staff action the rules do not allow now; the message says why (exit code 1)."""


@dataclass
class Context:
    session: Session
    settings: Settings
    clock: Clock
    effects: Effects
    actor: str = "bot"
    message: Message | None = None
    decision: Decision | None = None
    # options of staff ``done``: the substitute URL of a migration (R23.7), a new resource type (R31)
    done_url: str | None = None
    new_type: bool = False

    def thread(self) -> Thread:
        """In-Reply-To/References for answering the message being handled."""
        if self.decision is None or not self.decision.parsed.message_id:
            return Thread()
        parsed = self.decision.parsed
        return Thread(in_reply_to=parsed.message_id, references=parsed.references[-20:])

    @property
    def year(self) -> int:
        return self.clock.year()
