"""The builder shared by the labelled corpus sets ``b`` to ``f``: each ``make_X.py`` names its data
modules and the few things in which its set differs (seed, salts, split, tags), and calls ``main``.

One builder, so that a fix to the MIME styles or the labels reaches every set; the settings keep each
set's output byte for byte what it was when the set was written (a rebuilt set must not move).
Deterministic: fixed seed, fixed dates, fixed MIME boundaries. Only the standard library is used, so the
output can be rebuilt anywhere.

The messages are hand-written data in the ``X_*.py`` modules beside the scripts. Each block reads:

    @@ ident | key: value | key: value
    key: value            (optional header lines, up to the line "--")
    --
    body text

Keys: from, date ("YYYY-MM-DD HH:MM"), style (plain, alt, html, outlook, gmail, apple, android, dsn),
kind, lang, nb (not-before), tv (target version), cash (1), hint (platform named in the text),
att (file names, comma-separated), logo (inline image, not an attachment), also, note, subject,
ref (OF reference we answer), ours (which of our messages is quoted, from the set's ``X_ours``),
figs (figures of our message that the reply relies on, e.g. "h=3"), noquote (a reply that quotes
nothing), nothread (no In-Reply-To/References), qpos ("above": our message quoted above the reply,
for the sets that allow it), reply, supp (suppress reason), hdr (extra header "Name: value",
repeatable), to, cc, and for style dsn: rcpt, orig. A key may also be written after the body as a
line "| key: value".
The ``client`` label is not written by hand: it is the platform whose client, contact or responsible
e-mail is the sender's address in the set's ``X_clients.ROWS`` (R5), else null.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import random
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from email import message_from_bytes, policy
from email.message import EmailMessage
from email.utils import format_datetime, formataddr, parseaddr
from pathlib import Path
from typing import Protocol, TextIO
from zoneinfo import ZoneInfo

HERE = Path(__file__).resolve().parent
SUPPORT = "support@openflyers.example"
PARIS = ZoneInfo("Europe/Paris")
KINDS = {
    "support",
    "dev_quote",
    "migration",
    "owner_change",
    "password_reset",
    "contact_update",
    "hours_statement",
    "resource_change",
    "renewal",
    "test_platform",
    "other",
}
# The columns of clients.csv: the contract of bot/clients.py (REQUIRED, then the optional columns the
# corpus uses).
CLIENTS_HEADER = (
    "platform",
    "structure",
    "tier",
    "client_email",
    "contact_email",
    "version",
    "responsible_name",
    "responsible_email",
    "resources",
    "structure_kind",
    "language",
    "paid_until",
)

# A one-pixel PNG, so that image attachments open.
PNG = bytes.fromhex(
    "89504e470d0a1a0a0000000d4948445200000001000000010806000000"
    "1f15c4890000000d49444154789c6360000002000100e221bc330000000049454e44ae426082"
)

Labels = dict[str, object]


class OursMessage(Protocol):
    """One of our earlier messages, as the ``X_ours`` modules give it."""

    @property
    def subject(self) -> str: ...

    @property
    def body(self) -> str: ...


# kind, lang, seed (the reply's ident), figures -> our message
OursFactory = Callable[[str, str, str, dict[str, int]], OursMessage]


@dataclass(frozen=True)
class SetSpec:
    """What sets one corpus set apart; everything else is common.

    ``split``: "stratified" (25 % of every batch sealed, the rest train), "sealed" (all sealed) or
    "train" (all train). ``salt`` salts every hash (set c), ``mid_salt`` only the Message-ID's
    (sets d, e, f): idents recur from set to set, and two sets must not share Message-IDs or dates.
    ``boundary_tag`` (of the MIME boundaries) defaults to the letter; set c keeps set b's, with which
    it was written. ``quote_above`` lets a block's ``qpos: above`` put our message above the reply."""

    letter: str
    batches: tuple[tuple[str, ...], ...]
    seed: int
    ours: OursFactory
    clients: str
    split: str
    salt: tuple[str, ...] = ()
    mid_salt: tuple[str, ...] = ()
    boundary_tag: str = ""
    quote_above: bool = False


# ---------------------------------------------------------------- clients.csv


def client_rows(text: str) -> list[dict[str, str]]:
    """The rows of a set's ``ROWS`` text (one client a line, fields separated by "|")."""
    return [dict(zip(CLIENTS_HEADER, line.split("|"), strict=True)) for line in text.splitlines()]


def clients_by_address(text: str) -> dict[str, str]:
    """Sender address -> platform, from the client, contact and responsible e-mails (R5)."""
    found: dict[str, str] = {}
    for row in client_rows(text):
        for field in ("client_email", "contact_email", "responsible_email"):
            address = row[field].lower()
            if address in found and found[address] != row["platform"]:
                raise ValueError(f"{address} belongs to two clients")
            found[address] = row["platform"]
    return found


def write_csv(out: TextIO, text: str) -> None:
    writer = csv.DictWriter(out, fieldnames=list(CLIENTS_HEADER), lineterminator="\n")
    writer.writeheader()
    writer.writerows(client_rows(text))


# ---------------------------------------------------------------- blocks


class Block:
    """One hand-written message: its ident, header keys and body."""

    def __init__(self, ident: str, keys: dict[str, list[str]], body: str) -> None:
        self.ident = ident
        self.keys = keys
        self.body = body

    def get(self, key: str, default: str | None = None) -> str | None:
        values = self.keys.get(key)
        return values[-1] if values else default


def parse_blocks(text: str, defaults: dict[str, str]) -> list[Block]:
    """Split a module's text into blocks (see the module docstring)."""
    blocks: list[Block] = []
    for chunk in re.split(r"(?m)^@@ ", text)[1:]:
        head, _, rest = chunk.partition("\n")
        parts = [p.strip() for p in head.split(" | ")]
        keys: dict[str, list[str]] = {k: [v] for k, v in defaults.items()}
        for part in parts[1:]:
            name, _, value = part.partition(":")
            if name.strip() == "note" and "note" in keys:  # several notes are kept, joined
                keys["note"] = [keys["note"][0] + "; " + value.strip()]
            else:
                keys[name.strip()] = [value.strip()]
        lines = rest.split("\n")
        index = 0
        while index < len(lines) and lines[index].rstrip() != "--":
            name, _, value = lines[index].partition(":")
            if name.strip() == "hdr":
                keys.setdefault("hdr", []).append(value.strip())
            elif name.strip():
                keys[name.strip()] = [value.strip()]
            index += 1
        if index >= len(lines):
            raise ValueError(f"block {parts[0]}: no '--' line")
        body_lines: list[str] = []
        for line in lines[index + 1 :]:
            late = re.fullmatch(r"\| (\w+): (.*)", line.rstrip())
            if late:  # a key written after the body
                keys[late.group(1)] = [late.group(2).strip()]
            else:
                body_lines.append(line)
        body = "\n".join(body_lines).strip("\n") + "\n"
        blocks.append(Block(parts[0], keys, body))
    return blocks


def load_blocks(modules: tuple[str, ...]) -> list[Block]:
    blocks: list[Block] = []
    for name in modules:
        module = __import__(name)
        blocks.extend(parse_blocks(module.TEXT, dict(getattr(module, "DEFAULTS", {}))))
    return blocks


# ---------------------------------------------------------------- MIME pieces that do not depend on the set


def to_html(text: str, outlook: bool) -> str:
    """A plain HTML rendering of the text part, as mail clients produce it."""
    out: list[str] = []
    for para in text.split("\n"):
        safe = para.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        if outlook:
            out.append(f'<p class="MsoNormal">{safe or "&nbsp;"}<o:p></o:p></p>')
        else:
            out.append(f"<div>{safe or '<br>'}</div>")
    head = (
        '<html xmlns:o="urn:schemas-microsoft-com:office:office"><head>'
        '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
        "<style>p.MsoNormal{margin:0cm;font-family:Calibri,sans-serif}</style></head>"
        '<body lang="FR" link="#0563C1"><div class="WordSection1">'
        if outlook
        else '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
    )
    tail = "</div></body></html>" if outlook else "</body></html>"
    return head + "\n".join(out) + tail


def attachment_bytes(name: str) -> tuple[bytes, str, str]:
    ext = name.rpartition(".")[2].lower()
    if ext in ("png", "jpg", "jpeg", "gif"):
        return PNG, "image", "jpeg" if ext == "jpg" else ext
    if ext == "pdf":
        body = f"%PDF-1.4\n% {name}\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".encode()
        return body, "application", "pdf"
    if ext in ("docx", "xlsx", "odt"):
        sub = {
            "docx": "vnd.openxmlformats-officedocument.wordprocessingml.document",
            "xlsx": "vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "odt": "vnd.oasis.opendocument.text",
        }[ext]
        return b"PK\x03\x04" + name.encode() + b"\x00" * 16, "application", sub
    if ext == "csv":
        return b"immat;type;heures\nF-CDEF;DR400;312\n", "text", "csv"
    return name.encode(), "application", "octet-stream"


def figures(block: Block) -> dict[str, int]:
    """Figures of our quoted message that the reply's text relies on (e.g. "figs: h=3")."""
    written = block.get("figs") or ""
    return {k.strip(): int(v) for k, _, v in (p.partition("=") for p in written.split(",")) if k.strip()}


DAYS_FR = ["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."]
MONTHS_FR = [
    "janv.",
    "févr.",
    "mars",
    "avr.",
    "mai",
    "juin",
    "juil.",
    "août",
    "sept.",
    "oct.",
    "nov.",
    "déc.",
]
MONTHS_EN = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
DAYS_EN = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]


def quote_text(block: Block, ours: OursMessage, lang: str, sent: datetime, style: str) -> str:
    """Our earlier message, quoted below the reply the way the sender's mail client does it."""
    ref = block.get("ref") or ""
    subject = f"[{ref}] {ours.subject}"
    sender = "Support OpenFlyers <support@openflyers.example>"
    d = sent
    if style == "outlook":
        if lang == "fr":
            head = (
                f"De : {sender}\nEnvoyé : {d.day:02d}/{d.month:02d}/{d.year} {d:%H:%M}\n"
                f"À : {block.get('from')}\nObjet : {subject}\n\n"
            )
        else:
            head = (
                f"-----Original Message-----\nFrom: {sender}\nSent: {DAYS_EN[d.weekday()]} "
                f"{MONTHS_EN[d.month - 1]} {d.day}, {d.year} {d:%H:%M}\nTo: {block.get('from')}\n"
                f"Subject: {subject}\n\n"
            )
        return "\n\n" + head + ours.body
    if style in ("apple", "android"):
        if lang == "fr":
            intro = f"Le {d.day} {MONTHS_FR[d.month - 1]} {d.year} à {d:%H:%M}, {sender} a écrit :"
        else:
            intro = f"On {d.day} {MONTHS_EN[d.month - 1]} {d.year}, at {d:%H:%M}, {sender} wrote:"
        quoted = "\n".join("> " + line if line else ">" for line in ours.body.rstrip("\n").split("\n"))
        return f"\n\n{intro}\n\n{quoted}\n"
    if lang == "fr":
        intro = f"Le {DAYS_FR[d.weekday()]} {d.day} {MONTHS_FR[d.month - 1]} {d.year} à {d:%H:%M}, {sender} a écrit :"
    else:
        intro = (
            f"On {DAYS_EN[d.weekday()]}, {MONTHS_EN[d.month - 1]} {d.day}, {d.year} at "
            f"{d.hour % 12 or 12}:{d:%M} {'AM' if d.hour < 12 else 'PM'} {sender} wrote:"
        )
    quoted = "\n".join("> " + line if line else ">" for line in ours.body.rstrip("\n").split("\n"))
    return f"\n\n{intro}\n{quoted}\n"


def canonical_version(written: str | None) -> str | None:
    """A version label as the contract writes it (ARCHITECTURE.md, ``target_version``): "4", not
    "4.0"; a stage keeps its number ("4.0alpha"). Writers wrote "tv: 4.0" for "la V4"."""
    if written is None:
        return None
    match = re.fullmatch(r"(\d+)\.0", written.strip())
    return match.group(1) if match else written.strip()


def labels_of(block: Block, address: str, clients: dict[str, str], atts: list[str]) -> Labels:
    """The labels of a message: written by hand, except the client, looked up from the sender."""
    lang = block.get("lang", "fr") or "fr"
    supp = block.get("supp")
    reply = block.get("reply")
    client = clients.get(address)
    kind = None if (reply or supp) else block.get("kind")
    if not supp and not reply and kind not in KINDS:
        raise ValueError(f"{block.ident}: kind {kind!r}")
    labels: Labels = {
        "suppressed": bool(supp),
        "suppress_reason": supp,
        "client": client,
        "client_hint": block.get("hint"),
        "kind": kind,
        "language": lang,
        "not_before": block.get("nb"),
        "target_version": canonical_version(block.get("tv")),
        "cash_funded": block.get("cash") == "1",
        "attachments": len(atts),
        "reply": reply,
    }
    if block.get("also"):
        labels["also"] = [k.strip() for k in (block.get("also") or "").split(",")]
    if block.get("note"):
        labels["note"] = block.get("note")
    return labels


# ---------------------------------------------------------------- the set's builder


class Builder:
    """Builds the messages of one set: the hashes, tags and quoting that depend on its ``SetSpec``."""

    def __init__(self, spec: SetSpec) -> None:
        self.spec = spec
        self.boundary_tag = spec.boundary_tag or spec.letter

    def digest(self, *parts: str) -> str:
        return hashlib.sha256("|".join((*self.spec.salt, *parts)).encode()).hexdigest()

    def when(self, block: Block) -> datetime:
        """The Date of a message: written by hand, else spread over autumn 2026 from its ident."""
        written = block.get("date")
        if written:
            return datetime.strptime(written, "%Y-%m-%d %H:%M").replace(tzinfo=PARIS)
        spread = int(self.digest(block.ident)[:8], 16)
        day = datetime(2026, 9, 1, 7, 0, tzinfo=PARIS) + timedelta(days=spread % 90)
        return day.replace(hour=7 + spread % 14, minute=(spread >> 8) % 60)

    def message_id(self, block: Block, address: str) -> str:
        h = self.digest("mid", *self.spec.mid_salt, block.ident)
        style = block.get("style", "plain")
        domain = address.rpartition("@")[2] or "localhost"
        if style == "gmail" or domain == "gmail.com":
            return f"<CA{h[:10].upper()}+{h[10:22]}-{h[22:30].upper()}@mail.gmail.com>"
        if style == "outlook":
            return f"<PR3P192MB{h[:4].upper()}{h[4:20].upper()}@PR3P192MB{h[20:24].upper()}.EURP192.PROD.OUTLOOK.COM>"
        if style in ("apple", "android"):
            u = h[:32].upper()
            return f"<{u[:8]}-{u[8:12]}-{u[12:16]}-{u[16:20]}-{u[20:32]}@{domain}>"
        return f"<{h[:14]}.{h[14:20]}@{domain}>"

    def ours(self, block: Block, lang: str) -> OursMessage:
        return self.spec.ours(block.get("ours", "estimate") or "estimate", lang, block.ident, figures(block))

    def build(self, block: Block, index: int, clients: dict[str, str]) -> tuple[EmailMessage, Labels]:
        """The message and its labels."""
        sender = block.get("from") or ""
        name, address = parseaddr(sender)
        address = address.lower()
        date = self.when(block)
        style = block.get("style", "plain") or "plain"
        lang = block.get("lang", "fr") or "fr"
        ref = block.get("ref")
        body = block.body
        our_id = ""
        if ref:
            our_id = f"<{ref.lower()}.{self.digest('ours', block.ident)[:10]}@openflyers.example>"
            gap = int(self.digest("gap", block.ident)[:6], 16)
            sent = (date - timedelta(days=1 + gap % 3)).replace(hour=8 + gap % 10, minute=(gap >> 4) % 60)
            if block.get("noquote") is None:
                quoted = quote_text(block, self.ours(block, lang), lang, sent, style)
                if self.spec.quote_above and block.get("qpos") == "above":
                    body = quoted.strip("\n") + "\n\n" + body
                else:
                    body = body.rstrip("\n") + "\n" + quoted

        msg = EmailMessage(policy=policy.SMTP)
        msg["From"] = formataddr((name, address)) if name else address
        msg["To"] = block.get("to", SUPPORT)
        if block.get("cc"):
            msg["Cc"] = block.get("cc")
        subject = block.get("subject", "")
        if ref and not block.get("subject"):
            ours = self.ours(block, lang)
            prefix = {"outlook": "RE: ", "apple": "Re: ", "android": "Re: "}.get(style, "Re: ")
            if lang == "fr" and style == "outlook":
                prefix = "RE : "
            subject = f"{prefix}[{ref}] {ours.subject}"
        msg["Subject"] = subject
        msg["Date"] = format_datetime(date)
        msg["Message-ID"] = self.message_id(block, address)
        if ref and block.get("nothread") is None:
            msg["In-Reply-To"] = our_id
            msg["References"] = our_id
        for extra in block.keys.get("hdr", []):
            key, _, value = extra.partition(":")
            msg[key.strip()] = value.strip()
        msg["MIME-Version"] = "1.0"
        agent = {
            "outlook": "Microsoft Outlook 16.0",
            "apple": "iPhone Mail (21G93)",
            "android": None,
            "gmail": None,
        }.get(style)
        if agent and "X-Mailer" not in msg:
            msg["X-Mailer"] = agent

        atts = [a.strip() for a in (block.get("att") or "").split(",") if a.strip()]
        logo = block.get("logo")
        cid = f"logo{index}@{self.spec.letter}"
        if style == "dsn":
            return self.dsn(msg, block, body), labels_of(block, address, clients, [])
        if style == "html":
            html = to_html(body, outlook=False)
            if logo:
                html = html.replace("</body>", f'<img src="cid:{cid}">' + "</body>")
            msg.set_content(html, subtype="html", cte="quoted-printable")
            if logo:
                msg.add_related(PNG, "image", "png", cid=f"<{cid}>", filename=logo, disposition="inline")
        elif style in ("alt", "outlook", "gmail"):
            msg.set_content(body, cte="quoted-printable")
            html = to_html(body, outlook=style == "outlook")
            if logo:
                html = html.replace("</body>", f'<img src="cid:{cid}" width="120"></body>')
            msg.add_alternative(html, subtype="html", cte="quoted-printable")
            if logo:
                parts = msg.get_payload()
                assert isinstance(parts, list)
                html_part = parts[1]
                assert isinstance(html_part, EmailMessage)
                html_part.add_related(
                    PNG, "image", "png", cid=f"<{cid}>", filename=logo, disposition="inline"
                )
        else:
            cte = "8bit" if int(self.digest("cte", block.ident)[:2], 16) % 2 else "quoted-printable"
            msg.set_content(body, cte=cte)
        for att in atts:
            data, maintype, subtype = attachment_bytes(att)
            msg.add_attachment(data, maintype=maintype, subtype=subtype, filename=att)
        self.boundary_fix(msg, block.ident)
        for part in msg.walk():
            if part is not msg:
                del part["MIME-Version"]

        return msg, labels_of(block, address, clients, atts)

    def dsn(self, msg: EmailMessage, block: Block, body: str) -> EmailMessage:
        """A delivery-status notification about one of our messages (RFC 3464), written out as text."""
        rcpt = block.get("rcpt") or "inconnu@example.org"
        boundary = f"=_dsn_{self.digest('bnd', block.ident)[:12]}"
        head = "".join(f"{k}: {v}\n" for k, v in msg.items() if k.lower() != "mime-version")
        original = block.get("orig") or "[OF-2026-0412] Votre demande"
        raw = (
            f"{head}MIME-Version: 1.0\n"
            f'Content-Type: multipart/report; report-type=delivery-status; boundary="{boundary}"\n\n'
            f"--{boundary}\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n{body}\n"
            f"--{boundary}\nContent-Type: message/delivery-status\n\n"
            f"Reporting-MTA: dns; mx.{rcpt.rpartition('@')[2]}\n\n"
            f"Final-Recipient: rfc822; {rcpt}\nAction: failed\nStatus: 5.1.1\n"
            f"Diagnostic-Code: smtp; 550 5.1.1 <{rcpt}>: Recipient address rejected\n\n"
            f"--{boundary}\nContent-Type: text/rfc822-headers; charset=utf-8\n\n"
            f"From: Support OpenFlyers <{SUPPORT}>\nTo: {rcpt}\nSubject: {original}\n"
            f"Message-ID: <of-2026-0412.{self.digest('dsn', block.ident)[:8]}@openflyers.example>\n\n"
            f"--{boundary}--\n"
        )
        parsed = message_from_bytes(raw.encode("utf-8"), policy=policy.SMTP)
        assert isinstance(parsed, EmailMessage)
        return parsed

    def boundary_fix(self, msg: EmailMessage, ident: str) -> None:
        """Fixed MIME boundaries, so that two runs write the same bytes."""
        for number, part in enumerate(msg.walk()):
            if part.is_multipart():
                part.set_boundary(f"=_{self.boundary_tag}_{self.digest('bnd', ident)[:12]}_{number}")


# ---------------------------------------------------------------- split and output


def stratum(labels: Labels) -> str:
    return str(labels["kind"] or ("reply:" + str(labels["reply"]) if labels["reply"] else "supp"))


def stratified(items: list[tuple[str, Labels]], first: bool, seed: int) -> set[str]:
    """The sealed names of one batch, by the fixed seed: 25 % of every stratum (kind, reply intent,
    suppression) for the first, large batch; for a small later batch, every fourth message of the
    batch sorted by stratum (from a seeded start), which keeps the proportions without rounding
    every small stratum down to nothing."""
    rng = random.Random(seed)
    if not first:
        ordered = sorted(items, key=lambda item: (stratum(item[1]), item[0]))
        start = rng.randrange(4)
        return {name for position, (name, _) in enumerate(ordered) if position % 4 == start}
    strata: dict[str, list[str]] = {}
    for name, labels in items:
        strata.setdefault(stratum(labels), []).append(name)
    sealed: set[str] = set()
    for key in sorted(strata):
        names = sorted(strata[key])
        rng.shuffle(names)
        sealed.update(names[: round(len(names) * 0.25)])
    return sealed


FOLDERS = {"stratified": ("train", "sealed"), "sealed": ("sealed",), "train": ("train",)}


def main(spec: SetSpec) -> None:
    """Build the set and write it: the messages, expected.json and clients.csv in each of its folders.

    Batches are in the order they were written; messages are numbered batch after batch and a batch
    is shuffled and split among its own messages, so that a later batch never renames a message of an
    earlier one nor moves it between train and sealed."""
    if spec.split not in FOLDERS:
        raise ValueError(f"split {spec.split!r}")
    builder = Builder(spec)
    clients = clients_by_address(spec.clients)
    built: list[tuple[str, EmailMessage, Labels]] = []
    sealed: set[str] = set()
    seen: set[str] = set()
    for number, modules in enumerate(spec.batches):
        blocks = load_blocks(modules)
        for block in blocks:
            if block.ident in seen:
                raise ValueError(f"duplicate ident {block.ident}")
            seen.add(block.ident)
        order = list(range(len(blocks)))
        random.Random(spec.seed + number).shuffle(order)
        batch: list[tuple[str, EmailMessage, Labels]] = []
        for index in order:
            msg, labels = builder.build(blocks[index], index, clients)
            batch.append((f"{spec.letter}-{len(built) + len(batch) + 1:04d}.eml", msg, labels))
        if spec.split == "stratified":
            sealed |= stratified([(n, lab) for n, _, lab in batch], number == 0, spec.seed)
        elif spec.split == "sealed":
            sealed |= {name for name, _, _ in batch}
        built.extend(batch)
    for folder in FOLDERS[spec.split]:
        target = HERE / folder / spec.letter
        target.mkdir(parents=True, exist_ok=True)
        for old in target.glob("*.eml"):
            old.unlink()
        expected: dict[str, Labels] = {}
        for name, msg, labels in built:
            if (name in sealed) != (folder == "sealed"):
                continue
            (target / name).write_bytes(msg.as_bytes(policy=policy.SMTP))
            expected[name] = labels
        (target / "expected.json").write_text(
            json.dumps(expected, ensure_ascii=False, indent=1, sort_keys=False) + "\n", encoding="utf-8"
        )
        buffer = io.StringIO()
        write_csv(buffer, spec.clients)
        (target / "clients.csv").write_text(buffer.getvalue(), encoding="utf-8")
    if spec.split == "stratified":
        print(f"{len(built)} messages: {len(built) - len(sealed)} train, {len(sealed)} sealed")
    else:
        print(f"{len(built)} messages in corpus/{FOLDERS[spec.split][0]}/{spec.letter}")
