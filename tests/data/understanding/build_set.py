"""Builds the labelled understanding set: one .eml per message and labels.json.

The messages are written by hand below (realistic aero-club mail, mostly French); this script only
wraps them in headers, quoting styles and attachments so that the set stays readable and editable.
Run: .venv/bin/python tests/data/understanding/build_set.py
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from email.message import EmailMessage
from email.utils import format_datetime, parsedate_to_datetime
from pathlib import Path

HERE = Path(__file__).parent
US = "Support OpenFlyers <support@openflyers.com>"


@dataclass
class M:
    name: str
    frm: str
    subject: str
    body: str
    date: str = "Mon, 12 Oct 2026 09:14:00 +0200"
    kind: str | None = None
    nb: str | None = None
    tv: str | None = None
    cash: bool = False
    hint: str | None = None
    lang: str = "fr"
    att: int = 0
    reply: str | None = None
    sup: str | None = None
    headers: dict[str, str] = field(default_factory=dict)
    ref: str | None = None  # our request reference when this is a reply
    html: bool = False
    inline_logo: bool = False


def gmail_quote(when: str, text: str, who: str = US) -> str:
    quoted = "\n".join("> " + line if line else ">" for line in text.splitlines())
    return f"\n\nLe {when}, {who} a écrit :\n{quoted}\n"


def gmail_quote_en(when: str, text: str, who: str = US) -> str:
    quoted = "\n".join("> " + line if line else ">" for line in text.splitlines())
    return f"\n\nOn {when}, {who} wrote:\n{quoted}\n"


def outlook_quote(sent: str, subject: str, text: str, to: str = "contact@club.fr") -> str:
    return (
        "\n\n________________________________\n"
        f"De : Support OpenFlyers <support@openflyers.com>\nEnvoyé : {sent}\nÀ : {to}\n"
        f"Objet : {subject}\n\n{text}\n"
    )


def outlook_quote_en(sent: str, subject: str, text: str, to: str = "office@school.co.uk") -> str:
    return (
        "\n\n________________________________\n"
        f"From: Support OpenFlyers <support@openflyers.com>\nSent: {sent}\nTo: {to}\n"
        f"Subject: {subject}\n\n{text}\n"
    )


def origine_quote(sent: str, subject: str, text: str) -> str:
    return (
        "\n\n-----Message d'origine-----\nDe : support@openflyers.com [mailto:support@openflyers.com]\n"
        f"Envoyé : {sent}\nÀ : bureau\nObjet : {subject}\n\n{text}\n"
    )


def zimbra_quote(sent: str, subject: str, text: str) -> str:
    return (
        '\n\n----- Mail original -----\nDe: "Support OpenFlyers" <support@openflyers.com>\n'
        f'À: "bureau" <bureau@club.fr>\nEnvoyé: {sent}\nObjet: {subject}\n\n{text}\n'
    )


def thunderbird_quote(when: str, text: str) -> str:
    quoted = "\n".join("> " + line if line else ">" for line in text.splitlines())
    return f"\n\nLe {when}, Support OpenFlyers a écrit :\n{quoted}\n"


SIG_TRESO = "\n\n--\nJean-Pierre Vasseur\nTrésorier - Aéroclub Jean Mermoz\nTél. 06 12 34 56 78\nAG le 14/03/2027 à 18h"

MESSAGES: list[M] = []


def add(*items: M) -> None:
    MESSAGES.extend(items)


def build(m: M, index: int) -> tuple[bytes, dict[str, object]]:
    msg = EmailMessage()
    msg["From"] = m.frm
    msg["To"] = "support@openflyers.com"
    msg["Subject"] = m.subject
    msg["Date"] = m.date
    domain = m.frm.rsplit("@", 1)[-1].rstrip(">")
    msg["Message-ID"] = f"<u{index:04d}.{m.name}@{domain}>"
    if m.ref:
        num = m.ref.split("-")[-1]
        ours = f"<{m.ref.lower()}.{num}@openflyers.com>"
        msg["In-Reply-To"] = ours
        msg["References"] = f"<{m.ref.lower()}.0@openflyers.com> {ours}"
    for key, value in m.headers.items():
        msg[key] = value
    if m.html:
        html = "".join(f"<p>{line}</p>" if line else "<br>" for line in m.body.splitlines())
        msg.set_content(m.body)
        msg.add_alternative(f"<html><body>{html}</body></html>", subtype="html")
    else:
        msg.set_content(m.body)
    if m.inline_logo:
        msg.add_attachment(
            b"\x89PNG fake logo",
            maintype="image",
            subtype="png",
            filename="logo.png",
            disposition="inline",
            cid="<logo@club>",
        )
    for n in range(m.att):
        msg.add_attachment(
            b"%PDF-1.4 fake " + str(n).encode(),
            maintype="application",
            subtype="pdf",
            filename=f"piece-{n + 1}.pdf",
        )
    for k, part in enumerate(msg.walk()):
        if part.is_multipart():
            part.set_boundary(f"==set-{index:03d}-{k}==")  # stable files when the set is rebuilt
    parsedate_to_datetime(m.date)  # the Date must be valid
    label: dict[str, object] = {
        "suppress_reason": m.sup,
        "kind": None if (m.sup or m.ref) else m.kind,
        "not_before": m.nb,
        "target_version": m.tv,
        "cash_funded": m.cash,
        "client_hint": m.hint,
        "reply": m.reply if m.ref and not m.sup else None,
        "language": m.lang,
        "attachments": m.att,
    }
    return bytes(msg), label


def main() -> None:
    # Order matters: files are numbered in it, so a new batch goes last.
    import messages_first  # noqa: F401,I001
    import messages_replies  # noqa: F401
    import messages_machines  # noqa: F401
    import messages_more  # noqa: F401

    for old in HERE.glob("*.eml"):
        old.unlink()
    labels: dict[str, dict[str, object]] = {}
    for index, m in enumerate(MESSAGES, 1):
        raw, label = build(m, index)
        name = f"{index:03d}-{m.name}.eml"
        (HERE / name).write_bytes(raw)
        labels[name] = label
    (HERE / "labels.json").write_text(json.dumps(labels, indent=1, ensure_ascii=False) + "\n")
    print(f"{len(labels)} messages")


if __name__ == "__main__":
    import sys

    sys.path.insert(0, str(HERE))
    sys.modules.setdefault("build_set", sys.modules[__name__])
    main()

__all__ = ["M", "add", "format_datetime"]
