"""Build the labelled training set ``f`` into ``corpus/train/f`` (every message there: no sealed part).

Set f is made only of client replies to our messages: acceptances, refusals and questions, as
treasurers, presidents, chief instructors, secretaries and school managers write them. The messages
they answer (estimates with the hours balance, estimates beyond the balance, the First Price migration
fee, paid manual resets and e-mail updates, development quotes, test platform offers, migration terms
with a not-before date, alpha/beta terms, pooled-hours offers, set-up packages) come from ``f_ours.py``;
its clubs and schools are its own (``f_clients.py``). About 60 % French (France, overseas, Belgium,
Switzerland, Québec) and 40 % English (UK, Ireland, Germany, Netherlands).

Run: ``python3 corpus/make_f.py``. Deterministic: fixed seed, fixed dates, fixed MIME boundaries.
Only the standard library is used, so the output can be rebuilt anywhere.

The builder is set e's (``make_e.py``), with the same block format (see ``make_b.py``) and the same
extra keys (``qpos: above`` for a reply written below our quoted message, ``figs`` for the figures of
our message that the reply relies on, ``noquote`` for a reply that quotes nothing).
"""

from __future__ import annotations

import hashlib
import io
import json
import random
import re
import sys
from datetime import datetime, timedelta
from email import message_from_bytes, policy
from email.message import EmailMessage
from email.utils import format_datetime, formataddr, parseaddr
from pathlib import Path
from zoneinfo import ZoneInfo

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import f_clients  # noqa: E402
import f_ours  # noqa: E402

# Batches in the order they were written; messages are numbered batch after batch, so a later batch
# never renames a message of an earlier one (the first batch was published first).
BATCHES = (
    ("f_replies_fr1", "f_replies_en1"),
    ("f_replies_fr2", "f_replies_en2"),
)
SEED = 20261117
SUPPORT = "support@openflyers.example"
PARIS = ZoneInfo("Europe/Paris")
FIELDS = (
    "suppressed",
    "suppress_reason",
    "client",
    "client_hint",
    "kind",
    "language",
    "not_before",
    "target_version",
    "cash_funded",
    "attachments",
    "reply",
)
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

# A one-pixel PNG, so that image attachments open.
PNG = bytes.fromhex(
    "89504e470d0a1a0a0000000d4948445200000001000000010806000000"
    "1f15c4890000000d49444154789c6360000002000100e221bc330000000049454e44ae426082"
)


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


def digest(*parts: str) -> str:
    return hashlib.sha256("|".join(parts).encode()).hexdigest()


def when(block: Block, index: int) -> datetime:
    """The Date of a message: written by hand, else spread over autumn 2026 from its ident."""
    written = block.get("date")
    if written:
        return datetime.strptime(written, "%Y-%m-%d %H:%M").replace(tzinfo=PARIS)
    spread = int(digest(block.ident)[:8], 16)
    day = datetime(2026, 9, 1, 7, 0, tzinfo=PARIS) + timedelta(days=spread % 90)
    return day.replace(hour=7 + spread % 14, minute=(spread >> 8) % 60)


def message_id(block: Block, address: str) -> str:
    h = digest("mid", "set-f", block.ident)  # salted: idents recur from set to set
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


def quote(block: Block, lang: str, sent: datetime, style: str) -> str:
    """Our earlier message, quoted below the reply the way the sender's mail client does it."""
    ours = f_ours.message(block.get("ours", "estimate") or "estimate", lang, block.ident, figures(block))
    ref = block.get("ref") or ""
    subject = f"[{ref}] {ours.subject}"
    sender = "Support OpenFlyers <support@openflyers.example>"
    days_fr = ["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."]
    months_fr = [
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
    months_en = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
    days_en = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
    d = sent
    if style == "outlook":
        if lang == "fr":
            head = (
                f"De : {sender}\nEnvoyé : {d.day:02d}/{d.month:02d}/{d.year} {d:%H:%M}\n"
                f"À : {block.get('from')}\nObjet : {subject}\n\n"
            )
        else:
            head = (
                f"-----Original Message-----\nFrom: {sender}\nSent: {days_en[d.weekday()]} "
                f"{months_en[d.month - 1]} {d.day}, {d.year} {d:%H:%M}\nTo: {block.get('from')}\n"
                f"Subject: {subject}\n\n"
            )
        return "\n\n" + head + ours.body
    if style in ("apple", "android"):
        if lang == "fr":
            intro = f"Le {d.day} {months_fr[d.month - 1]} {d.year} à {d:%H:%M}, {sender} a écrit :"
        else:
            intro = f"On {d.day} {months_en[d.month - 1]} {d.year}, at {d:%H:%M}, {sender} wrote:"
        quoted = "\n".join("> " + line if line else ">" for line in ours.body.rstrip("\n").split("\n"))
        return f"\n\n{intro}\n\n{quoted}\n"
    if lang == "fr":
        intro = f"Le {days_fr[d.weekday()]} {d.day} {months_fr[d.month - 1]} {d.year} à {d:%H:%M}, {sender} a écrit :"
    else:
        intro = (
            f"On {days_en[d.weekday()]}, {months_en[d.month - 1]} {d.day}, {d.year} at "
            f"{d.hour % 12 or 12}:{d:%M} {'AM' if d.hour < 12 else 'PM'} {sender} wrote:"
        )
    quoted = "\n".join("> " + line if line else ">" for line in ours.body.rstrip("\n").split("\n"))
    return f"\n\n{intro}\n{quoted}\n"


def build(block: Block, index: int, clients: dict[str, str]) -> tuple[EmailMessage, dict[str, object]]:
    """The message and its labels."""
    sender = block.get("from") or ""
    name, address = parseaddr(sender)
    address = address.lower()
    date = when(block, index)
    style = block.get("style", "plain") or "plain"
    lang = block.get("lang", "fr") or "fr"
    ref = block.get("ref")
    body = block.body
    our_id = ""
    if ref:
        our_id = f"<{ref.lower()}.{digest('ours', block.ident)[:10]}@openflyers.example>"
        gap = int(digest("gap", block.ident)[:6], 16)
        sent = (date - timedelta(days=1 + gap % 3)).replace(hour=8 + gap % 10, minute=(gap >> 4) % 60)
        if block.get("noquote") is None:
            quoted = quote(block, lang, sent, style)
            if block.get("qpos") == "above":
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
        ours = f_ours.message(block.get("ours", "estimate") or "estimate", lang, block.ident, figures(block))
        prefix = {"outlook": "RE: ", "apple": "Re: ", "android": "Re: "}.get(style, "Re: ")
        if lang == "fr" and style == "outlook":
            prefix = "RE : "
        subject = f"{prefix}[{ref}] {ours.subject}"
    msg["Subject"] = subject
    msg["Date"] = format_datetime(date)
    msg["Message-ID"] = message_id(block, address)
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
    if style == "dsn":
        return dsn(msg, block, body), labels_of(block, address, clients, [])
    if style == "html":
        html = to_html(body, outlook=False)
        if logo:
            html = html.replace("</body>", f'<img src="cid:logo{index}@f">' + "</body>")
        msg.set_content(html, subtype="html", cte="quoted-printable")
        if logo:
            msg.add_related(PNG, "image", "png", cid=f"<logo{index}@f>", filename=logo, disposition="inline")
    elif style in ("alt", "outlook", "gmail"):
        msg.set_content(body, cte="quoted-printable")
        html = to_html(body, outlook=style == "outlook")
        if logo:
            html = html.replace("</body>", f'<img src="cid:logo{index}@f" width="120"></body>')
        msg.add_alternative(html, subtype="html", cte="quoted-printable")
        if logo:
            html_part = msg.get_payload()[1]
            html_part.add_related(
                PNG, "image", "png", cid=f"<logo{index}@f>", filename=logo, disposition="inline"
            )
    else:
        cte = "8bit" if int(digest("cte", block.ident)[:2], 16) % 2 else "quoted-printable"
        msg.set_content(body, cte=cte)
    for att in atts:
        data, maintype, subtype = attachment_bytes(att)
        msg.add_attachment(data, maintype=maintype, subtype=subtype, filename=att)
    boundary_fix(msg, block.ident)
    for part in msg.walk():
        if part is not msg:
            del part["MIME-Version"]

    return msg, labels_of(block, address, clients, atts)


def labels_of(block: Block, address: str, clients: dict[str, str], atts: list[str]) -> dict[str, object]:
    """The labels of a message: written by hand, except the client, looked up from the sender."""
    lang = block.get("lang", "fr") or "fr"
    supp = block.get("supp")
    reply = block.get("reply")
    client = clients.get(address)
    kind = None if (reply or supp) else block.get("kind")
    if not supp and not reply and kind not in KINDS:
        raise ValueError(f"{block.ident}: kind {kind!r}")
    labels: dict[str, object] = {
        "suppressed": bool(supp),
        "suppress_reason": supp,
        "client": client,
        "client_hint": block.get("hint"),
        "kind": kind,
        "language": lang,
        "not_before": block.get("nb"),
        "target_version": block.get("tv"),
        "cash_funded": block.get("cash") == "1",
        "attachments": len(atts),
        "reply": reply,
    }
    if block.get("also"):
        labels["also"] = [k.strip() for k in (block.get("also") or "").split(",")]
    if block.get("note"):
        labels["note"] = block.get("note")
    return labels


def dsn(msg: EmailMessage, block: Block, body: str) -> EmailMessage:
    """A delivery-status notification about one of our messages (RFC 3464), written out as text."""
    rcpt = block.get("rcpt") or "inconnu@example.org"
    boundary = f"=_dsn_{digest('bnd', block.ident)[:12]}"
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
        f"Message-ID: <of-2026-0412.{digest('dsn', block.ident)[:8]}@openflyers.example>\n\n"
        f"--{boundary}--\n"
    )
    parsed = message_from_bytes(raw.encode("utf-8"), policy=policy.SMTP)
    assert isinstance(parsed, EmailMessage)
    return parsed


def boundary_fix(msg: EmailMessage, ident: str) -> None:
    """Fixed MIME boundaries, so that two runs write the same bytes."""
    for number, part in enumerate(msg.walk()):
        if part.is_multipart():
            part.set_boundary(f"=_f_{digest('bnd', ident)[:12]}_{number}")


def main() -> None:
    clients = f_clients.by_address()
    built: list[tuple[str, EmailMessage, dict[str, object]]] = []
    seen: set[str] = set()
    for number, modules in enumerate(BATCHES):
        blocks = load_blocks(modules)
        for block in blocks:
            if block.ident in seen:
                raise ValueError(f"duplicate ident {block.ident}")
            seen.add(block.ident)
        order = list(range(len(blocks)))
        random.Random(SEED + number).shuffle(order)
        for index in order:
            msg, labels = build(blocks[index], index, clients)
            built.append((f"f-{len(built) + 1:04d}.eml", msg, labels))
    target = HERE / "train" / "f"
    target.mkdir(parents=True, exist_ok=True)
    for old in target.glob("*.eml"):
        old.unlink()
    expected: dict[str, dict[str, object]] = {}
    for name, msg, labels in built:
        (target / name).write_bytes(msg.as_bytes(policy=policy.SMTP))
        expected[name] = labels
    (target / "expected.json").write_text(
        json.dumps(expected, ensure_ascii=False, indent=1, sort_keys=False) + "\n", encoding="utf-8"
    )
    buffer = io.StringIO()
    f_clients.write_csv(buffer)
    (target / "clients.csv").write_text(buffer.getvalue(), encoding="utf-8")
    print(f"{len(built)} messages in {target.relative_to(HERE.parent)}")


if __name__ == "__main__":
    main()
