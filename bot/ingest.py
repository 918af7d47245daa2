"""Mail in: save the raw bytes first, then process them in one transaction.

``store`` commits the raw message before anything else and is what the ingress adapters call
before they acknowledge (SMTP ``250``, IMAP flag/move). ``process`` runs the pipeline and the
handler in one unit of work; if that fails, the message is quarantined whole, staff are told,
and the next message goes on (RELIABILITY 1-4).
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import re
import threading
import time
from collections import deque
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from sqlalchemy import bindparam, case, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, defer, sessionmaker
from sqlalchemy.orm.attributes import set_committed_value

from bot import loops, states
from bot.claims import Claims, Deadline
from bot.clients import platform_names
from bot.clock import Clock
from bot.config import Settings
from bot.counters import Tally, WorkCounters
from bot.effects import Effects
from bot.learning.records import record_prediction
from bot.learning.store import LiveModel
from bot.mail.parse import ParsedMessage, dedup_key, parse_message
from bot.pipeline import Decision, decide, explain_json
from bot.privacy import redact
from bot.requests import RefAllocator, allocate_ref, insert_request, ref_source
from bot.templating import TemplateRenderer
from bot.understand import OurIdentity
from bot.watchdog import Attempt, start_thread
from handlers import common, handler_for, information
from handlers.context import Context
from handlers.funding import mark_cash_offer
from handlers.pool import offered as pool_offered
from handlers.triage import put_in_triage
from storage.models import FailingAddress, Message, OutboxMail, Request, StaffNotification, table_of

if TYPE_CHECKING:  # numpy is imported when a message is processed, not by every command
    from bot.understand.kind_model import KindModel

log = logging.getLogger("ofbot.ingest")
MAX_CLAIMS = 3  # a message whose processing never finished this often is quarantined


class PoisonMessage(Exception):
    """The message was claimed again and again and never processed: it may be what kills workers."""


CLAIM_BATCH = 16  # messages claimed at once: few enough to share a backlog among workers
# A transaction of several messages commits after this much work: on SQLite it holds the one write
# lock an SMTP 250 waits for; one commit (one fsync) for several messages is most of the gain.
BATCH_SECONDS = 0.1
BATCH_BYTES = 256 * 1024  # a larger message is processed alone (a batch holds its bytes and parse)
# ``drain`` asks ``process_pending`` for this many at a time: the outcomes it holds at once.
DRAIN_CHUNK = 256
_OUR_ID_RE = r"<ofbot\.[0-9a-f]{32}@{domain}>"
# A stored message taken for processing, row-locked (PostgreSQL) and without its raw bytes (read
# before the transaction): built once, its compiled form cached; ``session.get`` with the same
# options built them again for every message (0.75 -> 0.3 ms).
_TAKE = (
    select(Message)
    .options(defer(Message.raw))
    .where(Message.id == bindparam("id"))
    .with_for_update()
    .execution_options(populate_existing=True)
)
# A stored message by its deduplication key, and several at once (``keys`` expanded per call).
_BY_KEY = select(Message.id).where(Message.dedup_key == bindparam("key"))
_BY_KEYS = select(Message.dedup_key, Message.id).where(
    Message.dedup_key.in_(bindparam("keys", expanding=True))
)
# A processed message's outcome (the values bound by name, ``row_id`` for its id).
_FINISH = update(table_of(Message)).where(table_of(Message).c.id == bindparam("row_id"))


@dataclass(frozen=True)
class Prepared:
    """A claimed message read and parsed before its batch's transaction: parsed once, here."""

    row_id: int
    raw: bytes
    parsed: ParsedMessage
    sender: str


@dataclass(frozen=True)
class Shared:
    """What every message of one transaction reads alike: looked up once per transaction."""

    classifier: KindModel
    platforms: list[str]
    allocate: RefAllocator


@dataclass(frozen=True)
class Done:
    """One message of a batch, done in its savepoint: what to report and what to count once the
    batch commits (``counter`` None: it had been processed meanwhile, nothing new to count)."""

    outcome: IngestOutcome
    counter: str | None
    tally: Tally = field(default_factory=Tally)


@dataclass
class Running:
    """Which message of a batch its thread is on, and since when (read by the waiting worker)."""

    row_id: int = 0
    since: float = field(default_factory=time.monotonic)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def start(self, row_id: int) -> None:
        with self.lock:
            self.row_id, self.since = row_id, time.monotonic()

    def now(self) -> tuple[int, float]:
        """The message being processed and for how many seconds."""
        with self.lock:
            return self.row_id, time.monotonic() - self.since


@dataclass(frozen=True)
class StoreResult:
    row_id: int
    duplicate: bool
    message_id: str


@dataclass(frozen=True)
class IngestOutcome:
    """What became of one message: the ``ingest --json`` object."""

    row_id: int
    duplicate: bool
    quarantined: bool
    error: str | None
    explanation: dict[str, object]

    def to_json(self) -> dict[str, object]:
        data = dict(self.explanation)
        data["duplicate"] = self.duplicate
        data["quarantined"] = self.quarantined
        if self.error is not None:
            data["error"] = self.error
        return data


class Ingestor:
    def __init__(
        self,
        sessions: sessionmaker[Session],
        settings: Settings,
        clock: Clock,
        renderer: TemplateRenderer,
        models: LiveModel | None = None,
        counters: WorkCounters | None = None,
    ) -> None:
        self.sessions = sessions
        self.counters = counters or WorkCounters()  # this worker's /metrics counters
        self.models = models or LiveModel()
        self.settings = settings
        self.clock = clock
        self.renderer = renderer
        self.our = OurIdentity(
            address=settings.mail.address,
            domain=settings.mail_domain,
            authserv_ids=settings.mail.authserv_id,
        )
        self.worker = settings.service.worker_name
        self.claims = Claims(sessions, self.worker, dt.timedelta(seconds=settings.service.lease_seconds))

    # -- step 1: durable storage ---------------------------------------------------------------
    def store(self, raw: bytes, source: str, envelope_from: str | None = None) -> StoreResult:
        """Commit the raw message (or find it already stored); safe to call twice for one mail."""
        key, message_id, chash = dedup_key(raw)
        with self.sessions() as session:
            existing = session.scalar(_BY_KEY, {"key": key})
            if existing is not None:
                _log_duplicate(message_id, source, existing)
                return StoreResult(existing, True, message_id)
            row = self._new_row(raw, key, message_id, chash, source, envelope_from)
            session.add(row)
            try:
                session.commit()
            except IntegrityError:
                session.rollback()
                again = session.scalar(_BY_KEY, {"key": key})
                if again is None:
                    raise
                _log_duplicate(message_id, source, again, meanwhile=True)
                return StoreResult(again, True, message_id)
            self.counters.add("messages_stored")
            return StoreResult(row.id, False, message_id)

    def store_many(self, raws: Sequence[bytes], source: str) -> list[StoreResult]:
        """Commit several raw messages in one transaction (an IMAP FETCH batch): one commit, one
        fsync, for the batch instead of one per message; one result per message, in order.

        The caller acknowledges them after this returns, so each is still committed before it is
        acknowledged (RELIABILITY 2). A message stored meanwhile by another ingress (a unique key
        refused) sends the whole batch through :meth:`store`, one by one, which sorts it out.
        """
        if not raws:
            return []
        keyed = [(raw, *dedup_key(raw)) for raw in raws]
        results: list[StoreResult] = []
        with self.sessions() as session:
            try:
                with session.begin():
                    keys = list({key for _, key, _, _ in keyed})
                    known: dict[str, int] = dict(session.execute(_BY_KEYS, {"keys": keys}).tuples().all())
                    added: dict[str, Message] = {}
                    order: list[tuple[str, str, bool]] = []
                    for raw, key, message_id, chash in keyed:
                        if key in known or key in added:
                            order.append((key, message_id, True))
                            continue
                        added[key] = self._new_row(raw, key, message_id, chash, source, None)
                        order.append((key, message_id, False))
                    session.add_all(list(added.values()))
            except IntegrityError:
                log.info("a message of a batch was stored meanwhile: the batch is stored one by one")
                return [self.store(raw, source) for raw in raws]
        for key, message_id, duplicate in order:
            row_id = known[key] if key in known else added[key].id
            if duplicate:
                _log_duplicate(message_id, source, row_id)
            results.append(StoreResult(row_id, duplicate, message_id))
        self.counters.add("messages_stored", len(added))
        return results

    def _new_row(
        self, raw: bytes, key: str, message_id: str, chash: str, source: str, envelope_from: str | None
    ) -> Message:
        head = parse_headers_quickly(raw)
        return Message(
            dedup_key=key,
            message_id=message_id[:998],
            content_hash=chash,
            raw=raw,
            size=len(raw),
            source=source,
            envelope_from=envelope_from,
            received_at=self.clock.now(),
            from_addr=head[0][:254],
            subject=head[1][:998],
            status="stored",
        )

    # -- step 2: processing --------------------------------------------------------------------
    def ingest(self, raw: bytes, source: str, envelope_from: str | None = None) -> IngestOutcome:
        stored = self.store(raw, source, envelope_from)
        outcome = self.process(stored.row_id)
        if stored.duplicate:
            return IngestOutcome(
                outcome.row_id, True, outcome.quarantined, outcome.error, outcome.explanation
            )
        return outcome

    def process_pending(
        self, limit: int | None = None, deadline: Deadline | None = None
    ) -> list[IngestOutcome]:
        """Process what was stored but not processed (after a crash, or by another ingress).

        Claims small batches (:mod:`bot.claims`), so several workers share the backlog instead of
        queueing behind each other's row locks; goes on until nothing is due, ``limit`` messages
        are done or ``deadline`` has passed. A claimed batch is processed in few transactions
        (:meth:`_batch`), not one per message.
        """
        outcomes: list[IngestOutcome] = []
        while limit is None or len(outcomes) < limit:
            if deadline is not None and deadline.passed():
                break
            size = CLAIM_BATCH if limit is None else min(CLAIM_BATCH, limit - len(outcomes))
            ids = self.claims.claim(Message, Message.status == "stored", size)
            if not ids:
                break
            with self.claims.renewing(Message, ids):
                left = self._work(ids, deadline, outcomes)
            self.claims.release(Message, left)  # the deadline passed: for the next run
        return outcomes

    def drain(self, deadline: Deadline | None = None) -> int:
        """Process the whole backlog (``run --once``) and return how many messages were done.

        Unlike :meth:`process_pending`, keeps no outcome past its chunk of ``DRAIN_CHUNK``: the
        list of every message's explanation made memory grow with the backlog (issue 12, item 8).
        """
        count = 0
        while chunk := self.process_pending(DRAIN_CHUNK, deadline):
            count += len(chunk)
        return count

    def process_stored(self, ids: list[int]) -> list[IngestOutcome]:
        """Process these stored messages as a backlog is (``ofbot ingest`` of many files): in
        transactions of several, each in its savepoint. One outcome per id, in order."""
        outcomes: list[IngestOutcome] = []
        self._work(list(dict.fromkeys(ids)), None, outcomes)
        by_id = {outcome.row_id: outcome for outcome in outcomes}
        return [by_id[row_id] for row_id in ids]

    def _work(self, ids: list[int], deadline: Deadline | None, outcomes: list[IngestOutcome]) -> list[int]:
        """Process ``ids`` in order (batches of the prepared ones, the others alone), appending
        to ``outcomes``; returns the ids left when ``deadline`` passed."""
        prepared = self._prepare(ids)
        if self.sessions.kw["bind"].dialect.name == "postgresql":
            prepared = grouped_by_sender(prepared)  # one sender per transaction there (:meth:`_batch`)
        queue: deque[int | Prepared] = deque(prepared)
        while queue and not (deadline is not None and deadline.passed()):
            head = queue[0]
            if isinstance(head, int):
                queue.popleft()
                outcomes.append(self.process(head))  # bounded by service.message_seconds
            else:
                self._batch(queue, deadline, outcomes)
        return [item if isinstance(item, int) else item.row_id for item in queue]

    def _prepare(self, ids: list[int]) -> list[int | Prepared]:
        """Read and parse, before any write transaction, the claimed messages a batch may take:
        small ones taken for the first time. The others (a large one, one a worker died on) are
        left as ids, for :meth:`process` alone."""
        small = case((Message.size <= BATCH_BYTES, Message.raw), else_=None)
        with self.sessions() as session:
            rows = {
                row_id: (claims, raw, sender)
                for row_id, claims, raw, sender in session.execute(
                    select(Message.id, Message.claims, small, Message.from_addr).where(
                        Message.id.in_(ids), Message.status == "stored"
                    )
                )
            }
        prepared: list[int | Prepared] = []
        for row_id in ids:
            claims, raw, sender = rows.get(row_id, (0, None, ""))
            if raw is None or claims > 1:
                prepared.append(row_id)
                continue
            try:
                prepared.append(Prepared(row_id, raw, parse_message(raw), sender))
            except Exception:  # parse_message records defects, but be certain: alone, it is quarantined
                prepared.append(row_id)
        return prepared

    def _batch(
        self, queue: deque[int | Prepared], deadline: Deadline | None, outcomes: list[IngestOutcome]
    ) -> None:
        """Process the prepared messages at the head of ``queue`` in one transaction, each in a
        savepoint of its own, so that one that fails is quarantined alone and the others commit.

        The transaction ends after ``BATCH_SECONDS`` of work (on SQLite it holds the one write lock
        the SMTP listener needs for its 250). It runs on a thread under the same watchdog as
        :meth:`process`: a message that takes more than ``service.message_seconds`` ends the whole
        transaction (nothing of it committed), that message is quarantined, and the ones done
        before it go back to the queue. A transaction that cannot commit keeps nothing either: its
        messages go back to the queue as ids, to be processed one by one. Pops what it committed.
        """
        # On PostgreSQL several workers write at once: a transaction holds the row locks it took
        # (a sender's flood notice, its loop record) until it commits. One sender per transaction
        # there, so that two workers never hold each other's senders' rows (a deadlock cycle);
        # SQLite has one writer at a time.
        one_sender = self.sessions.kw["bind"].dialect.name == "postgresql"
        members: list[Prepared] = []
        for item in queue:
            if isinstance(item, int) or (one_sender and members and item.sender != members[0].sender):
                break
            members.append(item)
        limit = self.settings.service.message_seconds
        attempt = Attempt(f"messages #{members[0].row_id}-#{members[-1].row_id}")
        running = Running(members[0].row_id)
        future = start_thread(
            lambda: self._batch_attempt(members, attempt, running, deadline),
            f"ofbot-message-{members[0].row_id}",
        )
        while True:
            current, seconds = running.now()
            try:
                done = future.result(timeout=max(limit - seconds, 0.01))
                break
            except TimeoutError:
                current, seconds = running.now()
                if seconds < limit:
                    continue  # on a later message by now
                attempt.abandon()
            except Exception:
                log.exception(
                    "a transaction of %d messages could not be committed: each is processed again alone",
                    len(members),
                )
                for _ in members:
                    queue.popleft()
                queue.extendleft(reversed([item.row_id for item in members]))
                return
            index = next(i for i, item in enumerate(members) if item.row_id == current)
            for _ in range(index + 1):
                queue.popleft()
            queue.extendleft(reversed(members[:index]))
            outcomes.append(self._timed_out(current, "the others of its transaction are done again"))
            return
        for finished in done:
            queue.popleft()
            outcomes.append(finished.outcome)
            if finished.counter is not None:
                self.counters.add(finished.counter)
                self.counters.committed(finished.tally)

    def _batch_attempt(
        self, members: list[Prepared], attempt: Attempt, running: Running, deadline: Deadline | None
    ) -> list[Done]:
        done: list[Done] = []
        started = time.monotonic()
        with (
            attempt.watch(self.sessions()) as session,
            session.begin(),
            ref_source(session.get_bind().engine) as refs,
        ):
            shared = Shared(self.models.current(session), platform_names(session), refs)
            for item in members:
                if done and (
                    time.monotonic() - started >= BATCH_SECONDS
                    or (deadline is not None and deadline.passed())
                ):
                    break
                running.start(item.row_id)
                done.append(self._in_savepoint(session, item, shared))
        return done

    def _in_savepoint(self, session: Session, item: Prepared, shared: Shared) -> Done:
        # Locked one by one as they come (not the whole batch at once): messages not reached yet
        # stay free for another worker should this one die.
        message = session.scalars(_TAKE, {"id": item.row_id}).one_or_none()
        if message is None:
            raise LookupError(f"message #{item.row_id} not found")
        if message.status != "stored":  # processed meanwhile (``ofbot ingest`` on the same mail)
            return Done(self._previous_outcome(session, message), None)
        try:
            with session.begin_nested():
                explanation, tally = self._process(session, message, item.raw, item.parsed, shared)
        except Exception as exc:
            log.exception("message #%s could not be processed; quarantined", message.id)
            # what the savepoint wrote is gone, values given to the object with it too
            session.expire(message)
            return Done(
                self._set_aside(session, message, f"{type(exc).__name__}: {exc}"), "messages_quarantined"
            )
        return Done(IngestOutcome(message.id, False, False, None, explanation), "messages_processed", tally)

    def has_pending(self) -> bool:
        with self.sessions() as session:
            return session.scalar(select(Message.id).where(Message.status == "stored").limit(1)) is not None

    def process(self, row_id: int) -> IngestOutcome:
        """Process one stored message within ``[service] message_seconds`` (:mod:`bot.watchdog`).

        Past that time the attempt is abandoned (its transaction rolled back, nothing of it
        committed), the message is quarantined as ``timeout`` with staff told, and the caller goes
        on with the next message.
        """
        limit = self.settings.service.message_seconds
        attempt = Attempt(f"message #{row_id}")
        running = start_thread(lambda: self._attempt(row_id, attempt), f"ofbot-message-{row_id}")
        try:
            return running.result(timeout=limit)
        except TimeoutError:
            attempt.abandon()
        return self._timed_out(row_id, "the next one goes on")

    def _timed_out(self, row_id: int, then: str) -> IngestOutcome:
        """Quarantine a message whose abandoned attempt (its transaction ended) overran the limit."""
        limit = self.settings.service.message_seconds
        log.warning(
            "message #%s took more than %.0f s to process (service.message_seconds): abandoned, "
            "its work rolled back, the message quarantined; %s",
            row_id,
            limit,
            then,
        )
        return self._quarantine(
            row_id, f"timeout: processing took more than {limit:g} s (service.message_seconds)"
        )

    def _attempt(self, row_id: int, attempt: Attempt) -> IngestOutcome:
        try:
            # Parsing, the costliest pure step, runs before the write transaction: on SQLite that
            # transaction holds the one write lock, which the SMTP listener needs for its 250.
            with attempt.watch(self.sessions()) as session:
                raw = session.scalar(
                    select(Message.raw).where(Message.id == row_id, Message.status == "stored")
                )
            parsed = parse_message(raw) if raw is not None else None
            with attempt.watch(self.sessions()) as session, session.begin():
                # Workers claim messages (bot.claims) and do not meet here; the row lock is the
                # backstop for ``ofbot ingest`` meeting a worker on the same message: the second
                # waits, then finds it processed.
                message = session.scalars(_TAKE, {"id": row_id}).one_or_none()
                if message is None:
                    raise LookupError(f"message #{row_id} not found")
                if message.status != "stored":
                    return self._previous_outcome(session, message)
                if message.claims > MAX_CLAIMS:
                    raise PoisonMessage(
                        f"taken {message.claims - 1} times before without finishing (a worker killed or "
                        "stopped while processing it): set aside so that the next ones go on"
                    )
                if raw is None or parsed is None:  # not read above (a race with ``retry``): read it now
                    raw = message.raw
                    parsed = parse_message(raw)
                shared = Shared(self.models.current(session), platform_names(session), allocate_ref)
                explanation, tally = self._process(session, message, raw, parsed, shared)
            self.counters.add("messages_processed")  # committed
            self.counters.committed(tally)
            return IngestOutcome(row_id, False, False, None, explanation)
        except Exception as exc:
            if attempt.abandoned:  # the watchdog has quarantined it already
                log.info("abandoned processing of message #%s ended: %s", row_id, type(exc).__name__)
                return IngestOutcome(row_id, False, True, "timeout", {})
            log.exception("message #%s could not be processed; quarantined", row_id)
            return self._quarantine(row_id, f"{type(exc).__name__}: {exc}")

    def _previous_outcome(self, session: Session, message: Message) -> IngestOutcome:
        explanation: dict[str, object] = json.loads(message.explanation) if message.explanation else {}
        if message.request_id is not None:
            ref = session.scalar(select(Request.ref).where(Request.id == message.request_id))
            explanation["request"] = ref
        quarantined = message.status == "quarantined"
        return IngestOutcome(
            message.id, False, quarantined, message.error if quarantined else None, explanation
        )

    def _quarantine(self, row_id: int, reason: str) -> IngestOutcome:
        """Set the message aside whole and tell staff, unless it was processed meanwhile (an
        abandoned attempt that committed just before the watchdog ended it)."""
        with self.sessions() as session, session.begin():
            message = session.scalars(_TAKE, {"id": row_id}).one_or_none()
            if message is None:
                raise LookupError(f"message #{row_id} not found")
            if message.status != "stored":
                return self._previous_outcome(session, message)
            outcome = self._set_aside(session, message, reason)
        self.counters.add("messages_quarantined")
        return outcome

    def _set_aside(self, session: Session, message: Message, reason: str) -> IngestOutcome:
        """Keep the message whole in quarantine and tell staff, in the caller's transaction."""
        error = reason.replace("\x00", "")[:2000]
        now = self.clock.now()
        message.status = "quarantined"
        message.error = error
        message.processed_at = now
        message.worker = self.worker
        message.lease_until = None
        text = (
            f"Message #{message.id} from {message.from_addr or '(unknown)'} "
            f"({message.subject[:120] or 'no subject'}) could not be processed and is kept "
            f"in quarantine: {error[:300]}"
        )
        session.add(StaffNotification.pending(None, "quarantined", text, now))
        explanation: dict[str, object] = {"message_id": message.message_id, "from": message.from_addr}
        return IngestOutcome(message.id, False, True, error, explanation)

    def _process(
        self, session: Session, message: Message, raw: bytes, parsed: ParsedMessage, shared: Shared
    ) -> tuple[dict[str, object], Tally]:
        model = shared.classifier
        decision = decide(
            session,
            raw,
            self.our,
            message.envelope_from,
            parsed,
            self.clock.today(),
            classifier=model,
            understanding=self.settings.understanding,
            replies=model.reply,
            platforms=shared.platforms,
        )
        fingerprint = loops.fingerprint(decision.reading.new_text)
        decision = self._check_loop(session, message, decision, fingerprint)
        explanation = explain_json(decision)
        effects = Effects(session, self.settings, self.clock, self.renderer)
        ctx = Context(session, self.settings, self.clock, effects, "bot", message, decision)
        status, request_id, reply_intent = "processed", None, None
        if decision.suppressed:
            status = "suppressed"
            self._after_suppressed(session, message, decision)
            log.info(
                "message #%s from %s suppressed (%s): kept, not answered",
                message.id,
                redact(parsed.from_addr),
                decision.reading.suppress_reason,
            )
        elif decision.contribution is not None and decision.client is not None:
            # R62: another client offers hours to a development; staff approve it with /pool
            offer = decision.contribution
            request_id = offer.request.id
            pool_offered(ctx, offer.request, decision.client, offer.hours)
        elif decision.request is not None:
            request_id = decision.request.id
            reply_intent = decision.reply
            self._on_reply(ctx, decision.request, decision)
        else:
            request = self._open_request(ctx, decision, shared.allocate)
            request_id = request.id
            explanation["request"] = request.ref
            record_prediction(
                session,
                message_row_id=message.id,
                request_id=request.id,
                decision=decision,
                at=self.clock.now(),
            )
        if decision.request is not None:
            explanation["request"] = decision.request.ref
        # The row's changes, set last, in one Core UPDATE (compiled once) rather than through the
        # unit of work; the loaded object is told the same values, so it stays true and clean.
        done: dict[str, object] = {
            "fingerprint": fingerprint,
            "client_id": decision.client.id if decision.client else None,
            "status": status,
            "suppress_reason": decision.reading.suppress_reason if decision.suppressed else None,
            "request_id": request_id,
            "reply_intent": reply_intent,
            "processed_at": self.clock.now(),
            "worker": self.worker,
            "lease_until": None,
            "explanation": json.dumps(explanation, ensure_ascii=False),
        }
        session.connection().execute(_FINISH, {"row_id": message.id, **done})
        for key, value in done.items():
            set_committed_value(message, key, value)
        return explanation, effects.tally

    def _check_loop(
        self, session: Session, message: Message, decision: Decision, fingerprint: str | None
    ) -> Decision:
        """A mail that would open a new request but comes from a responder posing as a person
        (:mod:`bot.loops`) is suppressed as ``auto_reply``; staff hear of the sender once."""
        if decision.suppressed or decision.request is not None or decision.reply is not None:
            return decision
        verdict = loops.judge(
            session,
            message,
            fingerprint,
            decision.parsed.subject,
            decision.reading.attachments,
            self.clock.now(),
        )
        if not verdict.machine:
            return decision
        log.info(
            "message #%s from %s looks automatic (%s): kept, not answered",
            message.id,
            redact(message.from_addr),
            verdict.why,
        )
        if verdict.tell_staff:
            text = (
                f"Mail from {message.from_addr} looks automatic ({verdict.why}): kept, not answered. "
                f"Further mail like it from this address is kept silently for "
                f"{loops.NOTICE_WINDOW.days} days; a mail with its own new text is still answered."
            )
            session.add(StaffNotification.pending(None, "loop", text, self.clock.now()))
        reading = replace(decision.reading, suppress_reason="auto_reply")
        return replace(decision, reading=reading, kind=None, triage=False)

    def _open_request(self, ctx: Context, decision: Decision, allocate: RefAllocator) -> Request:
        reading = decision.reading
        now = self.clock.now()
        kind = decision.kind or "other"
        request = insert_request(
            ctx.session,
            decision.client,
            ref=allocate(ctx.session, self.clock.year()),
            kind=kind,
            state="received",
            received_at=now,
            state_changed_at=now,
            cash_funded=reading.cash_funded,
            not_before=reading.not_before,
            target_version=reading.target_version,
            language=reading.language,
            subject=decision.parsed.subject[:998],
            summary=reading.new_text[:4000],
            requester=decision.parsed.from_addr,
            client_hint=reading.client_hint,
        )
        ctx.effects.opened(request)
        ctx.effects.event(
            request,
            "bot",
            "created",
            f"{kind} from {decision.parsed.from_addr}" + (" (cash-funded)" if reading.cash_funded else ""),
        )
        if decision.reply is not None:
            put_in_triage(ctx, request, f"{decision.reply} in answer to a message we cannot find")
        elif decision.information is not None:
            # R1, R3, R8: the model was unsure of the kind, the rules know the question and its answer
            if not information.answer(ctx, request):
                put_in_triage(ctx, request, f"not sure it is {kind}")
        elif decision.triage:
            why = "unknown sender" if decision.client is None else f"not sure it is {kind}"
            if decision.client is None and reading.client_hint:
                why += f"; the text names platform {reading.client_hint} (not trusted)"
            put_in_triage(ctx, request, why)
        else:
            handler_for(kind).on_new(ctx, request)
            also = decision.gate.second_ask if decision.gate else None
            if also and request.state == states.ANSWERED:
                # the answer to the first ask went out; the second ask must not be lost with the request
                put_in_triage(
                    ctx,
                    request,
                    f"the mail may also ask for {also}: answered as {kind}, staff look at the rest",
                )
            elif also:
                ctx.effects.event(request, "bot", "second_ask", f"the mail may also ask for {also}")
                ctx.effects.notify_staff(
                    request, "second_ask", f"[{request.ref}] the mail may also ask for {also}: staff look"
                )
        return request

    def _on_reply(self, ctx: Context, request: Request, decision: Decision) -> None:
        intent = decision.reply or "question"
        text = decision.reading.new_text[:500]
        ctx.effects.event(request, f"client:{decision.parsed.from_addr}", f"reply_{intent}", text)
        if not decision.trusted_reply:
            ctx.effects.notify_staff(
                request,
                "untrusted_reply",
                f"[{request.ref}] reply ({intent}) from {decision.parsed.from_addr}, an address not on the "
                "client's record: nothing was changed, staff decide",
            )
            return
        handler = handler_for(request.kind)
        expected = intent == "confirm" and request.state == states.ANSWERED and handler.confirms_after_answer
        if request.state in states.CLOSED and not expected:
            # Nothing a client writes is lost: the request reopens as client_wrote (a thanks stays
            # a line in the thread); staff decide.
            late_answer = intent != "question" and request.state not in (states.DONE, states.ANSWERED)
            common.client_wrote(ctx, request, decision.reading.new_text, thanks_allowed=not late_answer)
            return
        if decision.reading.cash_funded:
            mark_cash_offer(ctx, request)  # R52, R63: an offer to pay in a reply
        # The client answers a staff estimate: that answer is never held back by the daily cap.
        ctx.effects.uncapped = request.estimate_hours is not None
        handler.on_reply(ctx, request, intent)

    def _after_suppressed(self, session: Session, message: Message, decision: Decision) -> None:
        """A bounce of one of our own mails marks that recipient as failing (RELIABILITY 10)."""
        if decision.reading.suppress_reason != "bounce":
            return
        text = message.raw[:2_000_000].decode("utf-8", "replace")
        pattern = _OUR_ID_RE.replace("{domain}", re.escape(self.our.domain))
        ids = set(re.findall(pattern, text))
        if not ids:
            return
        rows = session.scalars(select(OutboxMail).where(OutboxMail.message_id.in_(list(ids)))).all()
        for row in rows:
            if session.get(FailingAddress, row.to_addr) is None:
                session.add(
                    FailingAddress(address=row.to_addr, reason=f"bounce #{message.id}", at=self.clock.now())
                )
            text = f"Our mail to {row.to_addr} ({row.subject[:120]}) bounced: check the address on record"
            session.add(StaffNotification.pending(row.request_id, "bounce", text, self.clock.now()))


def grouped_by_sender(items: list[int | Prepared]) -> list[int | Prepared]:
    """The prepared messages of each sender together, in the order of their first message; a
    message left to be processed alone (an id) stays where it is, between the groups.

    On PostgreSQL a transaction takes one sender's messages only (:meth:`Ingestor._batch`): in a
    backlog where senders alternate, each transaction would take a single message, each with its
    commit. Each sender's messages keep their order; messages of different senders were never
    ordered among workers anyway.
    """
    grouped: list[int | Prepared] = []
    run: dict[str, list[Prepared]] = {}
    for item in items:
        if isinstance(item, int):
            grouped.extend(message for group in run.values() for message in group)
            run.clear()
            grouped.append(item)
        else:
            run.setdefault(item.sender, []).append(item)
    grouped.extend(message for group in run.values() for message in group)
    return grouped


def _log_duplicate(message_id: str, source: str, row_id: int, meanwhile: bool = False) -> None:
    how = "stored meanwhile" if meanwhile else "already stored"
    log.info("duplicate message %s from %s ignored (%s as #%s)", message_id, source, how, row_id)


def parse_headers_quickly(raw: bytes) -> tuple[str, str]:
    """(from address, subject) for the stored row, from the header block alone; never raises."""
    from email.parser import BytesHeaderParser
    from email.utils import parseaddr

    from bot.mail.parse import decode_raw_header

    try:
        head = BytesHeaderParser().parsebytes(raw[:65536])
        sender = parseaddr(decode_raw_header(str(head.get("From", ""))))[1].lower()
        return sender.replace("\x00", ""), decode_raw_header(str(head.get("Subject", "")))
    except Exception:
        return "", ""
