"""The staff chat on Telegram: one card per request, kept up to date, and buttons/commands to act.

Each module has one job:

* :mod:`.sender` turns pending staff notifications into chat messages and card edits, once each;
* :mod:`.desk` receives updates, refuses everyone but staff, and turns commands and buttons into
  ``ofbot staff`` command words; :mod:`.actions` runs each in one transaction with the record of
  its update; :mod:`.polling` and :mod:`.webhook` fetch the updates;
* :mod:`.chat` is the composition root's ``StaffChat`` and ``ofbot run``'s entry point;
* :mod:`.logs` keeps the token and the staff's messages out of the logs; :mod:`.options` holds
  the timing and HTTP settings they share.
"""

from bot.staff.telegram.actions import ACTOR_MAX, Outcome, actor_of
from bot.staff.telegram.chat import TelegramStaffChat, run_telegram
from bot.staff.telegram.desk import ANSWER_MAX, STAFF_COMMANDS, StaffDesk, help_text, log
from bot.staff.telegram.logs import WithholdUpdates, protect_logs, redact
from bot.staff.telegram.options import ALLOWED_UPDATES, TEXT_MAX, DeskOptions, make_bot_request
from bot.staff.telegram.sender import Job, KeyboardRows, NotificationSender, keyboard, retry_after_seconds

__all__ = [
    "ACTOR_MAX",
    "ALLOWED_UPDATES",
    "ANSWER_MAX",
    "STAFF_COMMANDS",
    "TEXT_MAX",
    "DeskOptions",
    "Job",
    "KeyboardRows",
    "NotificationSender",
    "Outcome",
    "StaffDesk",
    "TelegramStaffChat",
    "WithholdUpdates",
    "actor_of",
    "help_text",
    "keyboard",
    "log",
    "make_bot_request",
    "protect_logs",
    "redact",
    "retry_after_seconds",
    "run_telegram",
]
