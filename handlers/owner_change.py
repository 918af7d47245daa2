"""Change of the person in charge of the platform (R10-R13, R7; R71 points here).

When the outgoing responsible person cannot make the change, the client asks by e-mail with
(a) a letter signed by the head of the structure naming the new responsible person and his or her
e-mail, and (b) an official document proving the signatory's role (K-BIS extract, general-assembly
minutes, ...) (R10). The letter is not needed when the new person appears on the K-BIS (R11); for
a company the signatory(ies) must hold more than half of the shares (R12). The bot checks which
documents are attached and lists what is missing (R13): ``waiting_documents`` until a reply brings
them, then ``queued`` for staff, who check R11-R12 and ``approve`` or ``reject``. On approval the
record's responsible person is updated and the old and new persons and the client e-mail are told.
Until then, nothing is written to an address that is not on record (R7).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from bot import states
from bot.mail.parse import Attachment
from handlers import common
from handlers.base import Handler
from handlers.context import Context, RuleError
from storage.models import Client, Request

_LETTER = re.compile(r"courrier|lettre|letter|mandat", re.IGNORECASE)
_OFFICIAL = re.compile(
    r"k[\s_.-]?bis|extrait|(?<![a-z])pv(?![a-z])|proc[eè]s[\s_.-]?verbal|assembl[eé]e|(?<![a-z])ag[eo]?(?![a-z])|"
    r"statuts?(?![a-z])|minutes|registry|journal[\s_.-]?officiel|(?<![a-z])jo(?![a-z])",
    re.IGNORECASE,
)
_DOCUMENT_TYPES = ("application/pdf", "application/msword", "application/vnd.", "image/")
_DOCUMENT_EXTENSIONS = (".pdf", ".jpg", ".jpeg", ".png", ".tif", ".tiff", ".heic", ".doc", ".docx", ".odt")
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_NAME = r"((?:[A-ZÉÈÀÂÎÔÛÇ][\w'’-]+|[A-Z]{2,})(?:[ \t]+(?:[A-ZÉÈÀÂÎÔÛÇ][\w'’-]+|[A-Z]{2,}|de|du|le|la)){1,3})"
_NAME_CUES = re.compile(
    r"(?i:nouve(?:au|lle)\s+responsable(?:\s+openflyers)?|remplac[ée]e?s?\s+par|succ[eè]de|"
    r"new\s+(?:person\s+in\s+charge|responsible(?:\s+person)?|administrator|contact)|replaced\s+by|"
    r"d[ée]sormais|reprend|takes\s+over)"
    r"(?:\s+(?:est|sera|will\s+be|is|:|sera\s+d[ée]sormais|par))*\s*:?\s*(?:M\.|Mme|Mr\.?|Mrs\.?|Ms\.?)?\s*"
    + _NAME
)


@dataclass(frozen=True)
class DocumentCheck:
    """What the attached files look like (R10, R13): named letters, named official documents,
    and documents whose name says nothing, which fill the missing slots for staff to verify."""

    letters: tuple[str, ...]
    official: tuple[str, ...]
    unclear: tuple[str, ...]

    @property
    def _slots(self) -> tuple[bool, bool]:
        """(official present, letter present), unclear documents filling the official slot first."""
        spare = len(self.unclear)
        official = bool(self.official)
        if not official and spare:
            official, spare = True, spare - 1
        letter = bool(self.letters)
        if not letter and spare:
            letter = True
        return official, letter

    @property
    def has_official(self) -> bool:
        return self._slots[0]

    @property
    def has_letter(self) -> bool:
        return self._slots[1]

    @property
    def missing(self) -> tuple[str, ...]:
        """``official`` and/or ``letter``: the documents still to send (R13)."""
        return tuple(
            name
            for name, present in (("official", self.has_official), ("letter", self.has_letter))
            if not present
        )

    @property
    def complete(self) -> bool:
        return not self.missing

    @property
    def staff_must_verify(self) -> bool:
        return bool(self.unclear)


def is_document(attachment: Attachment) -> bool:
    name = attachment.filename.lower()
    ctype = attachment.content_type.lower()
    return ctype.startswith(_DOCUMENT_TYPES) or name.endswith(_DOCUMENT_EXTENSIONS)


def check_documents(attachments: tuple[Attachment, ...]) -> DocumentCheck:
    """Sort the files by name: a letter, an official document, or a document to verify."""
    letters: list[str] = []
    official: list[str] = []
    unclear: list[str] = []
    for attachment in attachments:
        name = attachment.filename or "(sans nom)"
        if _OFFICIAL.search(name):
            official.append(name)
        elif _LETTER.search(name):
            letters.append(name)
        elif is_document(attachment):
            unclear.append(name)
    return DocumentCheck(tuple(letters), tuple(official), tuple(unclear))


@dataclass(frozen=True)
class NewResponsible:
    """Who the message names as the new responsible person: candidates, and the clear choice."""

    name: str | None
    email: str | None
    emails: list[str] = field(default_factory=list)


def find_new_responsible(text: str, client: Client, ours: str) -> NewResponsible:
    """The new person's e-mail when exactly one address not on record is written, and a name
    after a cue ("nouveau responsable : Jean Dupont", "replaced by ..."), else None."""
    known = client.addresses() | {ours.lower()}
    emails = list(dict.fromkeys(e.lower().rstrip(".") for e in _EMAIL.findall(text)))
    candidates = [e for e in emails if e not in known]
    match = _NAME_CUES.search(text)
    name = match.group(1).strip() if match else None
    return NewResponsible(name, candidates[0] if len(candidates) == 1 else None, candidates)


@dataclass(frozen=True)
class DocumentsMail:
    """What the client is told about the documents (templates ``documents_*``)."""

    check: DocumentCheck
    company: bool  # R12 applies
    new_name: str | None
    new_email: str | None


@dataclass(frozen=True)
class OwnerChangeNotes:
    """Kept in ``request.detail``: the documents seen and the new person found in the messages."""

    letters: list[str]
    official: list[str]
    unclear: list[str]
    missing: list[str]
    new_name: str | None
    new_email: str | None
    candidate_emails: list[str]

    @classmethod
    def of(cls, request: Request) -> OwnerChangeNotes:
        """The notes stored on the request (empty ones when none yet)."""
        data = common.load_detail(request)

        def texts(key: str) -> list[str]:
            return [str(v) for v in data.get(key) or []]

        def text(key: str) -> str | None:
            value = data.get(key)
            return str(value) if value else None

        return cls(
            texts("letters"),
            texts("official"),
            texts("unclear"),
            texts("missing"),
            text("new_name"),
            text("new_email"),
            texts("candidate_emails"),
        )


class OwnerChangeHandler(Handler):
    kind = "owner_change"
    description = "A new responsible person: documents checked, staff approve, record updated (R10-R13)."

    def on_new(self, ctx: Context, request: Request) -> None:
        self._review(ctx, request, first=True)

    def on_reply(self, ctx: Context, request: Request, intent: str) -> None:
        """A reply with files completes the documents; one without may name the new person."""
        if request.state in (states.WAITING_DOCUMENTS, states.QUEUED):
            if ctx.decision is not None and ctx.decision.parsed.real_attachments:
                self._review(ctx, request, first=False)
                return
            self._remember_person(ctx, request)
        common.question(ctx, request)

    def _remember_person(self, ctx: Context, request: Request) -> None:
        """Staff asked for the new person's e-mail with /reply: keep it when the answer is clear."""
        assert request.client is not None
        notes = OwnerChangeNotes.of(request)
        found = find_new_responsible(
            common.message_text(ctx, request), request.client, ctx.settings.mail.address
        )
        if found.email and not notes.new_email:
            common.save_detail(
                request,
                replace(notes, new_email=found.email, new_name=notes.new_name or found.name),
            )
            ctx.effects.event(request, ctx.actor, "new_responsible", found.email)

    def _review(self, ctx: Context, request: Request, *, first: bool) -> None:
        client = request.client
        assert client is not None
        check = check_documents(common.request_attachments(ctx, request))
        previous = OwnerChangeNotes.of(request)
        found = find_new_responsible(common.message_text(ctx, request), client, ctx.settings.mail.address)
        new_email = found.email or previous.new_email
        new_name = found.name or previous.new_name
        candidates = found.emails or previous.candidate_emails
        common.save_detail(
            request,
            OwnerChangeNotes(
                list(check.letters),
                list(check.official),
                list(check.unclear),
                list(check.missing),
                new_name,
                new_email,
                candidates,
            ),
        )
        company = client.structure_kind == "company"
        data = DocumentsMail(check, company, new_name, new_email)
        person = f"{new_name or '?'} <{new_email or '?'}>"
        if len(candidates) > 1 and not new_email:
            person += f" (several addresses written: {', '.join(candidates)})"
        files = (
            f"letter: {', '.join(check.letters) or '-'}; official: {', '.join(check.official) or '-'}; "
            f"unclear (verify): {', '.join(check.unclear) or '-'}"
        )
        if not check.complete:
            common.change_state(
                ctx, request, states.WAITING_DOCUMENTS, "documents", f"missing: {', '.join(check.missing)}"
            )
            common.mail_client(ctx, request, "documents_missing", info=data)
            common.notify(
                ctx,
                request,
                "waiting_documents",
                f"Owner change: missing {', '.join(check.missing)} ({files}); new responsible {person}. "
                "Asked the client (addresses on record only, R7).",
            )
            return
        was_waiting = request.state == states.WAITING_DOCUMENTS
        if request.state != states.QUEUED:
            common.change_state(ctx, request, states.QUEUED, "documents", "documents attached: staff check")
        if first or was_waiting:
            common.mail_client(ctx, request, "documents_received", info=data)
        common.notify(
            ctx,
            request,
            "approval_needed",
            f"Owner change: documents attached ({files}); new responsible {person}. Check R11 (letter "
            "not needed if the new person is on the K-BIS)"
            + (" and R12 (company: signatories hold more than half of the shares)" if company else "")
            + f", then /approve {request.ref} or /reject {request.ref} REASON"
            + ("" if new_email else "; no clear new e-mail yet: ask the client with /reply"),
        )

    def on_approve(self, ctx: Context, request: Request) -> None:
        """R13: update the record and tell the old and new persons and the client e-mail."""
        if request.state not in (states.QUEUED, states.WAITING_DOCUMENTS):
            raise RuleError(f"{request.ref} is {request.state}: approve needs waiting_documents or queued")
        client = request.client
        if client is None:
            raise RuleError(f"{request.ref} has no client: identify it first")
        notes = OwnerChangeNotes.of(request)
        new_email = notes.new_email
        if not new_email:
            candidates = ", ".join(notes.candidate_emails) or "none"
            raise RuleError(
                f"{request.ref}: no clear e-mail for the new responsible person (addresses written: "
                f"{candidates}). Ask the client with /reply {request.ref} ..., then approve once they answer"
            )
        new_name = notes.new_name or new_email
        old_name, old_email = client.responsible_name, client.responsible_email
        client.responsible_name = str(new_name)[:200]
        client.responsible_email = str(new_email).lower()[:254]
        client.updated_at = ctx.clock.now()
        common.change_state(
            ctx,
            request,
            states.DONE,
            "approve",
            f"responsible {old_name} <{old_email}> -> {new_name} <{new_email}>",
        )
        recipients = [old_email, client.responsible_email, client.client_email]
        common.mail_client(
            ctx,
            request,
            "approved",
            to=[r for r in recipients if r],
            old_name=old_name,
            old_email=old_email,
        )
        common.notify(
            ctx,
            request,
            "approved",
            f"Owner change approved by {ctx.actor}: {client.platform} responsible is now {new_name} "
            f"<{new_email}> (was {old_name} <{old_email}>); old, new and client e-mail told (R13)",
        )

    def staff_actions(self, request: Request) -> tuple[str, ...]:
        if request.state in (states.WAITING_DOCUMENTS, states.QUEUED):
            return ("approve", "reject")
        return common.default_actions(request)
