"""One poll of one mailbox: take what is new, have it committed, and only then acknowledge it.

The adapter is thin: it gets bytes in, has :meth:`Ingestor.store` commit them, and only then
acknowledges on the server (``\\Seen``, or a move to the processed folder). A crash between the
commit and the acknowledgement leaves the message unacknowledged and below nothing we remember,
so the next poll reads it again and the store's deduplication (Message-ID + content hash)
recognises it: no second request, no second reply.

Messages are keyed by (mailbox, UIDVALIDITY, UID), never by sequence number. ``ImapState``
remembers the last UID taken under the current UIDVALIDITY, so a poll with nothing new is one
``SELECT`` whatever the mailbox size (its ``UIDNEXT`` says whether anything arrived). When the
UIDVALIDITY changes, every message is read again and re-matched by the deduplication: nothing is
imported twice and nothing is skipped.

``RFC822.SIZE`` is checked before any download: an oversized message is left in place, recorded
(``ImapLocation`` state ``oversized``) and staff are told once, with sender and subject from its
``ENVELOPE``. A ``FETCH`` that fails for one message is recorded (state ``failed``) and retried
on the next polls, without holding up the others.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from email.header import decode_header, make_header
from typing import Any

from imapclient import IMAPClient
from imapclient.exceptions import IMAPClientAbortError, IMAPClientError
from sqlalchemy import select
from sqlalchemy.orm import Session

from bot.app import App
from bot.config import ImapSettings
from bot.inbox.connection import mailbox_key
from bot.privacy import redact
from storage.models import ImapLocation, ImapState, StaffNotification

log = logging.getLogger("ofbot.inbox")

SOURCE = "imap"
FETCH_BATCH = 50  # messages per body FETCH: bounded memory, few round trips
FETCH_BATCH_BYTES = 16 * 1024 * 1024
SEARCH_CHUNK = 1000  # UIDs examined (sizes fetched) at a time


@dataclass
class PollReport:
    """What one poll did; counted so that every skip is visible (RELIABILITY 3)."""

    mailbox: str
    uidvalidity: int = 0
    stored: int = 0  # new messages committed
    duplicates: int = 0  # read again and recognised (after a crash, or a UIDVALIDITY change)
    oversized: int = 0  # left on the server, staff told
    failed: int = 0  # FETCH failed: retried on the next polls
    acknowledged: int = 0  # flagged \\Seen or moved
    uidvalidity_changed: bool = False
    locked_elsewhere: bool = False  # another process polls this mailbox
    error: str | None = None  # connection or login failure (poll_once only)


def chunks(items: Sequence[int], size: int) -> Iterator[list[int]]:
    for start in range(0, len(items), size):
        yield list(items[start : start + size])


def size_batches(uids: Sequence[int], sizes: dict[int, int]) -> Iterator[list[int]]:
    """Group UIDs so one FETCH brings at most FETCH_BATCH messages or FETCH_BATCH_BYTES bytes."""
    batch: list[int] = []
    total = 0
    for uid in uids:
        if batch and (len(batch) >= FETCH_BATCH or total + sizes[uid] > FETCH_BATCH_BYTES):
            yield batch
            batch, total = [], 0
        batch.append(uid)
        total += sizes[uid]
    if batch:
        yield batch


def _decode(value: bytes | None) -> str:
    """An ENVELOPE string (possibly RFC 2047 encoded) as one safe line of text."""
    if not value:
        return ""
    raw = value.decode("utf-8", "replace")
    try:
        decoded = str(make_header(decode_header(raw)))
    except Exception:
        decoded = raw
    return " ".join(decoded.split())[:200]


def _envelope_sender(envelope: Any) -> str:
    try:
        first = envelope.from_[0]
        return f"{_decode(first.mailbox)}@{_decode(first.host)}"
    except (AttributeError, IndexError, TypeError):
        return "(unknown sender)"


class InboxPoller:
    """One poll of one mailbox on an open connection: take what is new, commit, acknowledge."""

    def __init__(self, app: App, settings: ImapSettings | None = None) -> None:
        self.app = app
        self.settings = settings or app.settings.imap
        self.mailbox = mailbox_key(self.settings)
        self.max_size = app.settings.smtp.max_size
        self._selected: IMAPClient | None = None  # the connection on which the folder is selected
        self._uidvalidity: int | None = None

    # -- the poll ----------------------------------------------------------------------------------
    def prepare(self, client: IMAPClient) -> None:
        """Create the processed folder when it is configured and missing."""
        target = self.settings.processed_folder
        if target and target != self.settings.folder and not client.folder_exists(target):
            client.create_folder(target)
            log.info("IMAP folder %s created for processed mail", target)

    def poll(
        self,
        client: IMAPClient,
        on_stored: Callable[[], None] | None = None,
        stopping: Callable[[], bool] = lambda: False,
    ) -> PollReport:
        """Take every message newer than the last UID; ``on_stored`` after each stored batch.

        ``stopping`` is asked between batches, so a long catch-up does not delay a shutdown;
        what was taken so far is remembered, the rest is taken by the next poll.
        """
        if self._selected is client and self._uidvalidity is not None:
            # Still selected: a UID SEARCH is the whole poll (a re-SELECT of a large mailbox costs
            # Dovecot far more); a UIDVALIDITY change would have ended this session.
            uidvalidity, uidnext = self._uidvalidity, None
        else:
            info = client.select_folder(self.settings.folder)
            uidvalidity = int(info[b"UIDVALIDITY"])
            uidnext = int(info[b"UIDNEXT"]) if b"UIDNEXT" in info else None
            self._selected, self._uidvalidity = client, uidvalidity
        report = PollReport(self.mailbox, uidvalidity)
        last_uid = self._current_last_uid(uidvalidity, report)
        self._retry_failed(client, uidvalidity, report, on_stored)
        if uidnext is not None and uidnext <= last_uid + 1:
            return report  # nothing new: the SELECT was the whole poll
        uids = sorted(
            u for u in (int(x) for x in client.search(["UID", f"{last_uid + 1}:*"])) if u > last_uid
        )
        for chunk in chunks(uids, SEARCH_CHUNK):
            if not self._take_chunk(client, chunk, uidvalidity, report, on_stored, stopping):
                return report
        if not uids and uidnext is not None:
            self._advance(uidvalidity, uidnext - 1)  # UIDs in between were expunged: never again
        return report

    def _take_chunk(
        self,
        client: IMAPClient,
        chunk: list[int],
        uidvalidity: int,
        report: PollReport,
        on_stored: Callable[[], None] | None,
        stopping: Callable[[], bool],
    ) -> bool:
        """Take one chunk of UIDs; False when it stopped early (the last UID says how far)."""
        sizes = self._fetch_sizes(client, chunk)
        oversized = [uid for uid in chunk if sizes.get(uid, 0) > self.max_size]
        if oversized:
            self._record_oversized(client, uidvalidity, oversized, sizes, report)
        wanted = [uid for uid in chunk if uid in sizes and sizes[uid] <= self.max_size]
        for batch in size_batches(wanted, sizes):
            self._take_batch(client, batch, uidvalidity, report)
            self._advance(uidvalidity, batch[-1])  # every UID below is stored, oversized or gone
            if on_stored is not None:
                on_stored()
            if stopping():
                return False
        self._advance(uidvalidity, chunk[-1])
        return True

    def _take_batch(self, client: IMAPClient, batch: list[int], uidvalidity: int, report: PollReport) -> None:
        """Store the batch's messages (one commit), record where they are, then acknowledge them."""
        bodies, failed = self._fetch_bodies(client, batch)
        # a UID without a body failed (recorded below) or was expunged meanwhile by someone else
        taken = [uid for uid in batch if uid in bodies]
        results = self.app.ingestor.store_many([bodies[uid] for uid in taken], SOURCE)
        located: dict[int, int] = {}
        for uid, result in zip(taken, results, strict=True):
            located[uid] = result.row_id
            if result.duplicate:
                report.duplicates += 1
            else:
                report.stored += 1
        self._record(uidvalidity, located, "stored")
        if failed:
            self._record_failed(uidvalidity, failed, report)
        if located:
            self._acknowledge(client, sorted(located))
            report.acknowledged += len(located)
            self._record(uidvalidity, located, "done")

    # -- IMAP commands -----------------------------------------------------------------------------
    def _fetch_sizes(self, client: IMAPClient, uids: list[int]) -> dict[int, int]:
        """UID -> RFC822.SIZE; a UID missing from the answer was expunged meanwhile."""
        answer = client.fetch(uids, ["RFC822.SIZE"])
        return {int(uid): int(data[b"RFC822.SIZE"]) for uid, data in answer.items() if b"RFC822.SIZE" in data}

    def _fetch_bodies(self, client: IMAPClient, batch: list[int]) -> tuple[dict[int, bytes], list[int]]:
        """The raw messages of a batch; if the batch FETCH fails, one by one, so one bad UID
        costs only itself. A lost connection is not a per-message failure and propagates."""
        try:
            return self._fetch_raw(client, batch), []
        except IMAPClientAbortError:
            raise
        except IMAPClientError as exc:
            log.warning("IMAP FETCH of %d messages failed (%s); fetching them one by one", len(batch), exc)
        bodies: dict[int, bytes] = {}
        failed: list[int] = []
        for uid in batch:
            try:
                bodies.update(self._fetch_raw(client, [uid]))
            except IMAPClientAbortError:
                raise
            except IMAPClientError as exc:
                log.error("IMAP FETCH of UID %s in %s failed: %s; retried next poll", uid, self.mailbox, exc)
                failed.append(uid)
        return bodies, failed

    def _fetch_raw(self, client: IMAPClient, uids: list[int]) -> dict[int, bytes]:
        answer = client.fetch(uids, ["BODY.PEEK[]"])
        return {int(uid): bytes(data[b"BODY[]"]) for uid, data in answer.items() if b"BODY[]" in data}

    def _acknowledge(self, client: IMAPClient, uids: list[int]) -> None:
        """Only after the commit: flag \\Seen, and move to the processed folder when there is one
        (MOVE if the server has it, else COPY + \\Deleted + UID EXPUNGE)."""
        client.add_flags(uids, [b"\\Seen"], silent=True)
        target = self.settings.processed_folder
        if not target or target == self.settings.folder:
            return
        if client.has_capability("MOVE"):
            client.move(uids, target)
            return
        client.copy(uids, target)
        client.add_flags(uids, [b"\\Deleted"], silent=True)
        if client.has_capability("UIDPLUS"):
            client.uid_expunge(uids)
        else:  # plain EXPUNGE also removes what others marked \Deleted; the only way left
            client.expunge()

    # -- oversized and failed messages -------------------------------------------------------------
    def _record_oversized(
        self, client: IMAPClient, uidvalidity: int, uids: list[int], sizes: dict[int, int], report: PollReport
    ) -> None:
        """Leave them on the server; tell staff once per message, with its sender and subject."""
        known = self._known(uidvalidity, uids)
        fresh = [uid for uid in uids if uid not in known]
        envelopes = client.fetch(fresh, ["ENVELOPE"]) if fresh else {}
        now = self.app.clock.now()
        with self.app.sessions() as session, session.begin():
            for uid in fresh:
                envelope = envelopes.get(uid, {}).get(b"ENVELOPE")
                sender = _envelope_sender(envelope) if envelope is not None else "(unknown sender)"
                subject = _decode(getattr(envelope, "subject", None)) or "(no subject)"
                message_id = _decode(getattr(envelope, "message_id", None))
                log.warning(
                    "IMAP message UID %s in %s from %s is %d bytes, over the %d-byte limit: left on the server",
                    uid,
                    self.mailbox,
                    redact(sender),
                    sizes[uid],
                    self.max_size,
                )
                session.add(self._location(uidvalidity, uid, None, "oversized", now))
                note = (
                    f"A message of {sizes[uid]} bytes from {sender} ({subject}) {message_id} in the IMAP "
                    f"folder {self.settings.folder} is over the {self.max_size}-byte limit: it was not "
                    "downloaded and is left on the mail server; read it there."
                )
                if not self._already_told(session, note):
                    session.add(StaffNotification.pending(None, "imap_oversized", note, now))
        report.oversized += len(fresh)

    def _record_failed(self, uidvalidity: int, uids: list[int], report: PollReport) -> None:
        """Remember the UIDs whose FETCH failed, so later polls retry them (and staff know once)."""
        now = self.app.clock.now()
        known = self._known(uidvalidity, uids)
        with self.app.sessions() as session, session.begin():
            for uid in uids:
                if uid in known:
                    continue
                session.add(self._location(uidvalidity, uid, None, "failed", now))
                session.add(
                    StaffNotification.pending(
                        None,
                        "imap_fetch_failed",
                        f"The mail server could not give message UID {uid} of the IMAP folder "
                        f"{self.settings.folder}; it stays there and is tried again at every poll.",
                        now,
                    )
                )
        report.failed += len(uids)

    def _retry_failed(
        self,
        client: IMAPClient,
        uidvalidity: int,
        report: PollReport,
        on_stored: Callable[[], None] | None,
    ) -> None:
        with self.app.sessions() as session:
            uids = list(
                session.scalars(
                    select(ImapLocation.uid).where(
                        ImapLocation.mailbox == self.mailbox,
                        ImapLocation.uidvalidity == uidvalidity,
                        ImapLocation.state == "failed",
                    )
                )
            )
        if not uids:
            return
        present = self._fetch_sizes(client, sorted(uids))
        gone = [uid for uid in uids if uid not in present]
        self._record(uidvalidity, dict.fromkeys(gone, 0), "gone")
        retry = sorted(uid for uid in present if present[uid] <= self.max_size)
        if retry:
            self._take_batch(client, retry, uidvalidity, report)
            if on_stored is not None:
                on_stored()

    # -- our tables --------------------------------------------------------------------------------
    def _current_last_uid(self, uidvalidity: int, report: PollReport) -> int:
        """The last UID taken; 0 (read everything again) on a first poll or a UIDVALIDITY change."""
        now = self.app.clock.now()
        with self.app.sessions() as session, session.begin():
            state = session.get(ImapState, self.mailbox)
            if state is None:
                session.add(
                    ImapState(mailbox=self.mailbox, uidvalidity=uidvalidity, last_uid=0, updated_at=now)
                )
                return 0
            if state.uidvalidity == uidvalidity:
                return int(state.last_uid)
            log.warning(
                "IMAP UIDVALIDITY of %s changed from %s to %s: every message is read again and "
                "re-matched by Message-ID and content hash; nothing is imported twice",
                self.mailbox,
                state.uidvalidity,
                uidvalidity,
            )
            report.uidvalidity_changed = True
            state.uidvalidity = uidvalidity
            state.last_uid = 0
            state.updated_at = now
            return 0

    def _advance(self, uidvalidity: int, last_uid: int) -> None:
        with self.app.sessions() as session, session.begin():
            state = session.get(ImapState, self.mailbox)
            if state is None or state.uidvalidity != uidvalidity or state.last_uid >= last_uid:
                return
            state.last_uid = last_uid
            state.updated_at = self.app.clock.now()

    def _known(self, uidvalidity: int, uids: list[int]) -> set[int]:
        with self.app.sessions() as session:
            return set(
                session.scalars(
                    select(ImapLocation.uid).where(
                        ImapLocation.mailbox == self.mailbox,
                        ImapLocation.uidvalidity == uidvalidity,
                        ImapLocation.uid.in_(uids),
                        ImapLocation.state != "failed",
                    )
                )
            )

    def _record(self, uidvalidity: int, located: dict[int, int], state: str) -> None:
        """Upsert (mailbox, UIDVALIDITY, UID) -> stored row and state, in one transaction."""
        if not located:
            return
        now = self.app.clock.now()
        with self.app.sessions() as session, session.begin():
            rows = {
                row.uid: row
                for row in session.scalars(
                    select(ImapLocation).where(
                        ImapLocation.mailbox == self.mailbox,
                        ImapLocation.uidvalidity == uidvalidity,
                        ImapLocation.uid.in_(list(located)),
                    )
                )
            }
            for uid, row_id in located.items():
                row = rows.get(uid)
                if row is None:
                    session.add(self._location(uidvalidity, uid, row_id or None, state, now))
                else:
                    row.message_row_id = row_id or row.message_row_id
                    row.state = state
                    row.at = now

    def _location(self, uidvalidity: int, uid: int, row_id: int | None, state: str, now: Any) -> ImapLocation:
        return ImapLocation(
            mailbox=self.mailbox, uidvalidity=uidvalidity, uid=uid, message_row_id=row_id, state=state, at=now
        )

    @staticmethod
    def _already_told(session: Session, note: str) -> bool:
        """The same oversized message seen again (e.g. after a UIDVALIDITY change): not re-told."""
        found = session.scalar(
            select(StaffNotification.id)
            .where(StaffNotification.event == "imap_oversized", StaffNotification.text == note)
            .limit(1)
        )
        return found is not None


def log_report(report: PollReport) -> None:
    if report.stored or report.duplicates or report.oversized or report.failed:
        log.info(
            "IMAP %s: %d stored, %d already stored, %d oversized, %d failed, %d acknowledged",
            report.mailbox,
            report.stored,
            report.duplicates,
            report.oversized,
            report.failed,
            report.acknowledged,
        )
