"""The new text of a message: what the sender wrote now, without the history it drags along.

Dates, versions and "OK" must be read from the new text only: a quoted "pas avant le 15 mars" from
an older mail, or a date in a signature, is not what the client says today. Mail clients mark the
history in many ways (``>`` quoting, "Le ... a écrit :", Outlook's "De : ... Envoyé : ..." block,
"-----Message d'origine-----", Zimbra's "----- Mail original -----", forwarded headers), then
people add signatures, "Envoyé de mon iPhone" and legal disclaimers. Hand-written rules measured
better than the reply-parser libraries on French mail (see tests/understanding).
"""

from __future__ import annotations

import re
from collections.abc import Callable

MAX_CHARS = 50_000  # a request is never longer; bounds the time spent on huge bodies
# "On <date>, <name> wrote:" in the languages the corpora show; it may wrap over up to 3 lines.
_WROTE = re.compile(
    r"(wrote|writes|a ecrit|a écrit|schrieb|schreef|escribio|escribió|ha scritto|scrisse|escreveu|"
    r"napisa[lł](\(a\))?|geschreven|написал|написала|написав|пише|skrev|kirjoitti|írta|yazdı|写道|écrit)"
    r"\s*:?\s*-*\s*$",
    re.IGNORECASE,
)
_WROTE_MID = re.compile(
    r"\b(schrieb|schreef|geschreven|написал|написала|wrote|a [eé]crit|escribi[oó]|skrev)\b", re.IGNORECASE
)
_VERB_HINT = re.compile(
    r"wrote|writes|crit|schrieb|schreef|geschreven|escribi|scritto|scrisse|escreveu|napisa|написал|написав|"
    r"пише|skrev|kirjoitti|írta|yazdı|写道",
    re.IGNORECASE,
)
_GMAIL_DATE_LEAD = re.compile(r"^\s*\d{4}[-/]\d{1,2}[-/]\d{1,2}(\s+\d{1,2}:\d{2}\b.*|\s.*<.*)$")
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+\.[\w.-]+")
_TIME_OR_YEAR = re.compile(r"\d{1,2}[:h.]\d{2}|\b(19|20)\d{2}\b")
_WROTE_LEAD = re.compile(
    r"^\s*(le |on |am |el |il |em |op |den |dne |w dniu |в |日 |\d|"
    r"(lun|mar|mer|jeu|ven|sam|dim|mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,? )",
    re.IGNORECASE,
)
# Separators that always open a quoted or forwarded message.
_SEPARATOR = re.compile(
    r"^[\s*_=-]*("
    r"message d'origine|original message|message original|mail original|courriel original|"
    r"forwarded message|message transf[eé]r[eé]|message r[eé]exp[eé]di[eé]|"
    r"d[eé]but du message (r[eé]exp[eé]di[eé]|transf[eé]r[eé])|begin forwarded message|"
    r"urspr[uü]ngliche nachricht|weitergeleitete nachricht|mensaje original|messaggio originale|"
    r"oorspronkelijk bericht|doorgestuurd bericht|mensagem original|wiadomo[sś][cć] oryginalna|"
    r"исходное сообщение|пересланное сообщение|reply above this line|r[eé]pondre au-dessus de cette ligne"
    r")\s*:?[\s*_=-]*$",
    re.IGNORECASE,
)
# Outlook-style header block: "De : X" then, within a few lines, "Envoyé : ..." / "Date : ..." /
# "Objet : ..."; markdown stars from HTML conversion are allowed.
_HDR_FROM = re.compile(
    r"^\s*\**\s*(de|from|von|van|da|od|от|fra|fr[aå]n|l[aä]hett[aä]j[aä]|"
    r"exp[eé]diteur|remitente|mittente)\s*\**\s*:\s*\**\s*\S",
    re.IGNORECASE,
)
_HDR_OTHER = re.compile(
    r"^\s*\**\s*(envoy[eé]|sent|date|gesendet|datum|inviato|verzonden|enviado|wys[lł]ano|отправлено|"
    r"objet|subject|betreff|oggetto|onderwerp|asunto|assunto|temat|тема|[aà]|to|an|cc|pour|"
    r"envoy[eé] le|sent on|data|reply-to|r[eé]pondre [aà]|skickat|till|[aä]mne|sendt|emne|til)\s*\**\s*:",
    re.IGNORECASE,
)
_UNDERSCORE_RULE = re.compile(r"^\s*_{8,}\s*$")
_QUOTED = re.compile(r"^\s*>")

# Signatures and the like: everything from here on is not the message.
_SIG_DASHES = re.compile(r"^\s*(--|—|__)\s*$")
_CLOSING = re.compile(
    r"^\s*((merci|thanks|thank you)( beaucoup| encore)?\s*(,|et|and)\s*)?"
    r"(bien |tres |très |tr[eè]s |with |warm |warmest |best )?(cordialement|cdlt|cdt|amicalement|"
    r"(meilleures |sinc[eè]res |mes )?salutations|sinc[eè]rement|"
    r"bien [aà] (vous|toi)|a bientot|à bientôt|bonne (journ[eé]e|soir[eé]e|fin de journ[eé]e)|"
    r"avec mes (meilleures )?salutations|merci d'avance|merci par avance|d'avance merci|"
    r"en vous remerciant( par avance| d'avance)?|best( regards| wishes)?|(kind|kindest|warm) regards|regards|"
    r"many thanks|thanks in advance|cheers|sincerely|yours( sincerely| truly)?|all the best|"
    r"mit (freundlichen|besten) gr[uü](ss|ß)en|viele gr[uü](ss|ß)e|gr[uü](ss|ß)e|saludos|"
    r"cordiali saluti|met vriendelijke groet|pozdrawiam|с уважением|bisous|a\+|@\+)"
    r"[\s,.!]*([\w.'-]+[\s,.!]*){0,3}$",
    re.IGNORECASE,
)
# The formal French letter closing is one long sentence: "Veuillez agréer, Madame, Monsieur,
# l'expression de nos salutations distinguées." Everything after it is the signature block
# ("Fait au Bourget, le 3 février 2027", the phone number).
_FORMAL_CLOSING = re.compile(
    r"^\s*(veuillez|je vous prie d'|nous vous prions d'|recevez|agr[eé]ez)\b.{0,80}"
    r"(agr[eé]er|salutations|sentiments|expression)\b",
    re.IGNORECASE,
)
_MOBILE = re.compile(
    r"^\s*[(<]*\s*(envoy[eé] (de|depuis|à partir de) (mon|ma|un)|sent from|sent via|sent with|"
    r"get outlook for|t[eé]l[eé]charger outlook|obtenir outlook|von meinem|verzonden (met|vanaf)|"
    r"enviado desde|inviato da|sendt fra|skickat fr[aå]n|wys[lł]ano z|отправлено с|從我的|sent by|from my|"
    r"someone from mobile|\(?sent from)",
    re.IGNORECASE,
)
_DISCLAIMER = re.compile(
    r"^\s*(ce (message|courriel|e-?mail|mail)( et (toutes )?(les|ses) pi[eè]ces jointes)? (est|sont|"
    r"peut|contien)|ce message (electronique|électronique)|avertissement|avis de confidentialit[eé]|"
    r"confidentialit[eé]|this (e-?mail|message)( and any (attachments|files))? (is|are|may|contain)|"
    r"confidential(ity)? (notice|note)|disclaimer|pensez [aà] l'environnement|"
    r"avant d'imprimer|please consider the environment|think before you print|"
    r"this email has been (scanned|checked)|ce message a [eé]t[eé] (v[eé]rifi[eé]|analys[eé]))",
    re.IGNORECASE,
)
# A postscript is the sender's own words even below the signature: "P.S. only after the 15th".
_POSTSCRIPT = re.compile(r"^\s*(p\.?\s?s\.?|n\.?\s?b\.?)(\s*[:.\-–]|\s)", re.IGNORECASE)
_JUNK_LINE = re.compile(r"^[\s\-_=*#~+.ᐧ\u200b\u200c]*$")


def _is_wrote_header(lines: list[str], i: int) -> int:
    """Number of lines (1-6) of an "On ... wrote:" header starting at line ``i``, or 0."""
    if not lines[i].strip():
        return 0
    if _GMAIL_DATE_LEAD.match(lines[i]):
        span = 1
        while (
            span < 3 and i + span < len(lines) and lines[i + span].strip() and ":" not in lines[i + span - 1]
        ):
            span += 1
        return span
    window = lines[i : i + 6]
    if not any(_VERB_HINT.search(line) for line in window):
        return 0  # cheap pre-check: most lines are nowhere near a "wrote:" header
    for span in range(1, 7):
        if i + span > len(lines):
            return 0
        last = lines[i + span - 1]
        if span > 1 and not last.strip():
            joined = " ".join(lines[i : i + span])
            following = lines[i + span].strip() if i + span < len(lines) else ""
            if joined.count("<") <= joined.count(">") and not following.startswith("<"):
                return 0  # a header wraps, it is not split by a blank line (except inside <...>)
        chunk = " ".join(part.strip() for part in lines[i : i + span] if part.strip())
        if len(chunk) > 320:
            return 0
        verb_end = _WROTE.search(chunk)
        verb_mid = _WROTE_MID.search(chunk) and chunk.rstrip().endswith(":")
        head = lines[i].strip()
        if (verb_end or verb_mid) and (
            _WROTE_LEAD.match(head) or _EMAIL.search(head) or _TIME_OR_YEAR.search(head)
        ):
            return span
    return 0


def _is_header_block(lines: list[str], i: int) -> bool:
    if not _HDR_FROM.match(lines[i]):
        return False
    following = [line for line in lines[i + 1 : i + 6] if line.strip()][:4]
    return sum(bool(_HDR_OTHER.match(line)) for line in following) >= 1


def _history_start(lines: list[str]) -> int:
    """Index of the first line of quoted or forwarded history, or len(lines)."""
    for i, line in enumerate(lines):
        stripped = line.strip()
        if not stripped:
            continue
        if _QUOTED.match(line) or _SEPARATOR.match(stripped) or _is_wrote_header(lines, i):
            return i
        if _UNDERSCORE_RULE.match(line) or re.match(r"^\s*-{5,}\s*$", line):
            nxt = [ln for ln in lines[i + 1 : i + 4] if ln.strip()]
            if nxt and (_HDR_FROM.match(nxt[0]) or _HDR_OTHER.match(nxt[0])):
                return i
        if _is_header_block(lines, i):
            return i
    return len(lines)


_FORWARD = re.compile(
    r"(forwarded message|message transf[eé]r[eé]|r[eé]exp[eé]di[eé]|begin forwarded|weitergeleitete)",
    re.IGNORECASE,
)


def _signature_start(lines: list[str], closings: bool = True) -> int:
    """Index of the first signature/closing/disclaimer line, never the very first line of text."""
    first = next((i for i, line in enumerate(lines) if line.strip()), len(lines))
    for i in range(first + 1, len(lines)):
        line = lines[i]
        if _SIG_DASHES.match(line) or _MOBILE.match(line) or _DISCLAIMER.match(line):
            return i
        if closings and len(line.strip()) <= 60 and _CLOSING.match(line):
            return i
        if closings and _FORMAL_CLOSING.match(line):
            return i
    return len(lines)


def postscripts(lines: list[str]) -> list[str]:
    """The P.S./N.B. paragraphs among ``lines`` (a signature block), each to its blank line.

    A condition or a question written after the sign-off is still the sender's: it must be read.
    """
    kept: list[str] = []
    inside = False
    for line in lines:
        if _POSTSCRIPT.match(line):
            inside = True
            kept += ["", line]
        elif inside and line.strip() and not _DISCLAIMER.match(line) and not _MOBILE.match(line):
            kept.append(line)
        else:
            inside = False
    return kept


def _skip_history_head(lines: list[str]) -> list[str]:
    """Drop a leading "On ... wrote:" header and the quoted block under it (bottom posting)."""
    i = 0
    while i < len(lines):
        if not lines[i].strip() or _QUOTED.match(lines[i]):
            i += 1
            continue
        span = _is_wrote_header(lines, i)
        if span:
            i += span
            continue
        break
    return lines[i:]


def _skip_forward_head(lines: list[str]) -> list[str]:
    """Drop a forward separator and the header lines (De/From/Date/Objet...) that follow it."""
    i = 1
    while i < len(lines) and (
        not lines[i].strip()
        or _HDR_FROM.match(lines[i])
        or _HDR_OTHER.match(lines[i])
        or (
            i > 1
            and lines[i - 1].strip()
            and not lines[i - 1].rstrip().endswith(">")
            and i < 8
            and bool(_HDR_OTHER.match(lines[i - 1]))
            and ":" not in lines[i]
        )
    ):
        i += 1
    return lines[i:]


def _opens_forward(lines: list[str], start: int, forward: bool) -> bool:
    """The history starting at ``start`` is a forwarded message (not a quoted reply).

    A "Forwarded message" separator says so itself; Outlook writes the same "Message d'origine"
    separator or "De : ... Envoyé : ..." block for both, so there the subject ("TR:", "Fwd:") decides.
    """
    line = lines[start].strip()
    if _SEPARATOR.match(line) and _FORWARD.search(line):
        return True
    if not forward:
        return False
    if _SEPARATOR.match(line) and not re.search(r"reply above|r[eé]pondre au-dessus", line, re.IGNORECASE):
        return True
    if _is_header_block(lines, start):
        return True
    return bool(_UNDERSCORE_RULE.match(lines[start]) or re.match(r"^\s*-{5,}\s*$", lines[start]))


def _opens_header(lines: list[str], start: int) -> bool:
    """Line ``start`` is a separator ("-----Original Message-----") over a "From: ..." header."""
    if not _SEPARATOR.match(lines[start].strip()):
        return False
    following = [i for i in range(start + 1, min(len(lines), start + 4)) if lines[i].strip()]
    return bool(following) and _is_header_block(lines, following[0])


def _below_sign_off(quoted: list[str]) -> list[str]:
    """The text written under a quoted message that opens the mail (bottom posting), or nothing.

    Outlook users who answer below the history leave the quoted mail (its header, its text, its
    sign-off and signature) at the top and write underneath: the quoted mail ends at its closing
    line ("Cordialement,"), one blank line at most, and the signature lines that follow; anything
    after the next blank line is the sender's. Without that, the reader took our own quoted
    "merci de nous confirmer" for the client's words and lost the client's "OK".
    """
    cut = _signature_start(quoted)
    if cut >= len(quoted) or (not _CLOSING.match(quoted[cut]) and not _FORMAL_CLOSING.match(quoted[cut])):
        return []
    i = cut + 1
    if i < len(quoted) and not quoted[i].strip():
        i += 1
    while i < len(quoted) and quoted[i].strip():
        i += 1
    below = quoted[i:]
    return below if any(line.strip() for line in below) else []


def _own_text(
    lines: list[str], closings: bool, depth: int = 0, *, forward: bool = False, keep_forwarded: bool = True
) -> list[str]:
    start = _history_start(lines)
    if start < len(lines) and not any(line.strip() for line in lines[:start]) and depth < 3:
        if _opens_forward(lines, start, forward):
            return _own_text(
                _skip_forward_head(lines[start:]), closings, depth + 1, keep_forwarded=keep_forwarded
            )
        rest = _skip_history_head(lines[start:])
        if rest and len(rest) < len(lines) - start:
            return _own_text(rest, closings, depth + 1)
        header = _is_header_block(lines, start)
        if header or _opens_header(lines, start):
            quoted = _skip_forward_head(lines[start:])
            below = _below_sign_off(quoted)
            if below:
                return _own_text(below, closings, depth + 1)
            if header:
                return _own_text(quoted, closings, depth + 1)
        return []
    body = lines[:start]
    cut = _signature_start(body, closings)
    body = body[:cut] + postscripts(body[cut:])
    if keep_forwarded and start < len(lines) and depth < 3 and _opens_forward(lines, start, forward):
        forwarded = _own_text(_skip_forward_head(lines[start:]), closings, depth + 1)
        if forwarded:
            body = [*body, "", *forwarded]
    return body


def new_text(text: str, *, closings: bool = True, forward: bool = False, keep_forwarded: bool = True) -> str:
    """The text the sender wrote in this message: history, signature and disclaimer removed.

    A forwarded message ("TR:", "Fwd:") keeps the forwarded text, since that is usually the
    request itself. ``closings=False`` keeps "Cordialement"-style closings (for comparison with
    trimmers that keep them). ``forward=True`` (the subject says "TR:"/"Fwd:") reads an Outlook
    "Message d'origine" block as the forwarded request rather than as quoted history;
    ``keep_forwarded=False`` returns the forwarder's own words only (to tell their language).
    """
    text = text[:MAX_CHARS]
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    body = _own_text(lines, closings, forward=forward, keep_forwarded=keep_forwarded)
    while body and _JUNK_LINE.match(body[-1]):
        body.pop()
    while body and not body[0].strip():
        body.pop(0)
    return "\n".join(body).strip()


# A signature left without a closing formula: a short line that is a name or a role ("Claude
# Guérin", "Le trésorier du RACL") after the message, followed by lines such as the title, the next
# general assembly or a phone number. Dates there are the club's agenda, not the request's.
_NAME_LINE = re.compile(r"^\s*[A-ZÀ-Ý][\w'’.-]*(?:[ \t]+[\w'’.-]+){0,4}[ \t]*,?[ \t]*$")
_CONTENT_WORDS = 5
_SIGNATURE_LINES = 8


_GREETING_WORD = re.compile(
    r"^\s*(bonjour|bonsoir|hello|hi|dear|madame|monsieur|messieurs|merci|thanks|cordialement|salut|cher|ch[eè]re)\b",
    re.IGNORECASE,
)
_SIGNATURE_LINE_WORDS = 14


# A sign-off and a name on one line: "Thanks, Graham", "Merci. Jean Dupont", "Cheers - Sam".
_THANKS_NAME = re.compile(
    r"^\s*(?i:many thanks|thanks( again| a lot)?|thank you|merci( beaucoup| encore)?|cheers)\s*[,.!-]*\s*"
    r"[A-ZÀ-Ý][\w'’.-]*(?:[ \t]+[A-ZÀ-Ý][\w'’.-]*){0,2}[ \t]*$"
)


def _name_line(lines: list[str], i: int) -> bool:
    stripped = lines[i].strip()
    if _THANKS_NAME.match(stripped):
        return True
    if not _NAME_LINE.match(stripped) or _GREETING_WORD.match(stripped):
        return False
    if any(ch.isdigit() for ch in stripped):
        return False
    previous = lines[i - 1].strip() if i else ""
    return not previous or previous.endswith((".", "!", "?", ")", "merci", "Merci"))


def unsigned_text(text: str, said: Callable[[str], bool] | None = None) -> str:
    """``text`` (already the new text) without a trailing signature block that has no closing line.

    The block starts at a name-like line (capitalised, at most five words, no digit, no sentence
    punctuation, after a blank line or a finished sentence) or a "Thanks, Name" line that follows
    some real content, and every line after it is short and asks nothing: "Name / Title / Club /
    Tél." under a message. A P.S. or N.B. paragraph in or after the block is kept: it is the
    sender's own words. ``said``: a line for which it is true is a sentence of the message, not
    a signature line (the reply reader passes its cues, so that "Mais seulement le lundi" under
    an "oui" is never cut as a name).
    """
    lines = text.split("\n")
    seen_content = False
    for i, line in enumerate(lines):
        ps = next((j for j in range(i + 1, len(lines)) if _POSTSCRIPT.match(lines[j])), len(lines))
        rest = [ln.strip() for ln in lines[i + 1 : ps] if ln.strip()]
        if (
            seen_content
            and (rest or ps < len(lines) or _THANKS_NAME.match(line.strip()))
            and len(rest) < _SIGNATURE_LINES
            and _name_line(lines, i)
            and all(len(ln.split()) <= _SIGNATURE_LINE_WORDS and not ln.endswith("?") for ln in rest)
            and not (said and any(said(ln) for ln in [line.strip(), *rest]))
        ):
            return "\n".join([*lines[:i], *postscripts(lines[i:])]).rstrip()
        if len(line.split()) >= _CONTENT_WORDS:
            seen_content = True
    return text
