"""One transaction per staff action: the command and the record of the update that asked for it.

The action and the ``ChatUpdate`` row that records the update id commit in one transaction, so
an action is saved before Telegram hears it was handled, and a redelivered update finds its row
and does nothing twice.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy import insert, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import sessionmaker
from telegram import Update

from bot.staff.commands import run_command
from bot.staff.records import StoredFile
from bot.staff.service import CommandError, StaffService
from storage.models import ChatUpdate

if TYPE_CHECKING:
    from bot.app import App

ACTOR_MAX = 120  # RequestEvent.actor / ChatUpdate.actor column width
_CTRL = re.compile(r"[\x00-\x1f\x7f]+")


@dataclass(frozen=True)
class Outcome:
    """What a staff action did, for the answer in the chat."""

    text: str
    ok: bool
    duplicate: bool = False
    files: tuple[StoredFile, ...] = ()


def actor_of(update: Update) -> str:
    user = update.effective_user
    if user is None:
        return "telegram:unknown"
    name = " ".join(_CTRL.sub(" ", user.full_name or "").split())
    return f"telegram:{user.id} ({name})"[:ACTOR_MAX] if name else f"telegram:{user.id}"


def run_action(app: App, update_id: int, words: list[str] | None, actor: str) -> Outcome:
    """Run the command words and record the update id, both in one transaction.

    The staff service opens its own sessions; here they are bound to our connection and
    join its transaction as savepoints, so the action and the ``ChatUpdate`` row commit
    together: a redelivered update finds its row and does nothing twice. ``words=None``
    only records the update (a prompt was shown, nothing changed).
    """
    staff = app.staff
    with app.engine.connect() as conn:
        transaction = conn.begin()
        try:
            seen = select(ChatUpdate.update_id).where(ChatUpdate.update_id == update_id)
            if conn.execute(seen).first() is not None:
                transaction.rollback()
                return Outcome("Already done.", ok=True, duplicate=True)
            try:  # first, so that a concurrent worker handling the same update waits here
                conn.execute(
                    insert(ChatUpdate).values(update_id=update_id, at=staff.clock.now(), actor=actor)
                )
            except IntegrityError:
                transaction.rollback()
                return Outcome("Already done.", ok=True, duplicate=True)
            outcome = Outcome("", ok=True)
            if words is not None:
                joined = sessionmaker(
                    bind=conn, join_transaction_mode="create_savepoint", expire_on_commit=False
                )
                service = StaffService(
                    joined, staff.settings, staff.clock, staff.renderer, staff.checks, staff.effects
                )
                try:
                    result = run_command(service, words, actor)
                    outcome = Outcome(result.text, ok=True, files=result.files)
                except CommandError as exc:  # its savepoint is rolled back; the update is still recorded
                    outcome = Outcome(str(exc), ok=False)
            transaction.commit()
        except BaseException:
            transaction.rollback()
            raise
    return outcome
