"""The IMAP inbox: read the support mailbox as reliably as a mail server delivers (RELIABILITY 1-6).

* :mod:`.connection` connects and logs in, names the mailbox, and explains connection failures;
* :mod:`.poller` takes what is new in one poll, has it committed, then acknowledges it;
* :mod:`.lock` makes one process the poller of a mailbox (a PostgreSQL advisory lock);
* :mod:`.once` is ``ofbot run --once``'s single poll, :mod:`.watcher` ``ofbot run``'s IDLE loop.
"""

from bot.inbox.connection import (
    CONNECTION_ERRORS,
    IO_TIMEOUT,
    ConnectFn,
    close_quietly,
    describe,
    explain_error,
    mailbox_key,
    open_connection,
)
from bot.inbox.lock import LockLost, mailbox_lock
from bot.inbox.once import poll_once
from bot.inbox.poller import (
    FETCH_BATCH,
    FETCH_BATCH_BYTES,
    SEARCH_CHUNK,
    SOURCE,
    InboxPoller,
    PollReport,
    chunks,
    log,
    size_batches,
)
from bot.inbox.watcher import (
    RECONNECT_ERRORS,
    Backoff,
    ConnectionLost,
    InboxWatcher,
    WatchTiming,
    watch_inbox,
)

__all__ = [
    "CONNECTION_ERRORS",
    "FETCH_BATCH",
    "FETCH_BATCH_BYTES",
    "IO_TIMEOUT",
    "RECONNECT_ERRORS",
    "SEARCH_CHUNK",
    "SOURCE",
    "Backoff",
    "ConnectFn",
    "ConnectionLost",
    "InboxPoller",
    "InboxWatcher",
    "LockLost",
    "PollReport",
    "WatchTiming",
    "chunks",
    "close_quietly",
    "describe",
    "explain_error",
    "log",
    "mailbox_key",
    "mailbox_lock",
    "open_connection",
    "poll_once",
    "size_batches",
    "watch_inbox",
]
