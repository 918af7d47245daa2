"""Text folding shared by the readers: people write "Réponse", "reponse" and "RÉPONSE" alike.

Rules are written once against folded text (lower case, no accents, straight apostrophes, single
spaces) instead of listing every spelling in every regex.
"""

from __future__ import annotations

import re
import unicodedata

_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "`": "'", "´": "'", "\u00a0": " ", "\u202f": " "})
_SPACES = re.compile(r"[ \t]+")
# Subject prefixes, in one place: what mail programs put before a subject they answer or forward,
# in the languages our clients' programs speak ("RE:", "AW:", "TR:", "Fwd:", "WG:", "RV:" ...).
REPLY_PREFIXES = ("re", "r", "aw", "sv", "vs", "rif", "ref", "réf", "antw", "res", "odp")
FORWARD_PREFIXES = ("tr", "fw", "fwd", "wg", "rv", "i", "enc", "transf", "transfer", "transfert")
_ONE = r"\s*(?:\[\d+\])?\s*[:：]\s*"  # "RE:", "RE :", "RE[2]:", a full-width colon
_REPLY = "|".join(REPLY_PREFIXES)
_FORWARD = "|".join(FORWARD_PREFIXES)
_SUBJECT_PREFIX = re.compile(rf"^\s*(?:(?:{_REPLY}|{_FORWARD}){_ONE})+", re.IGNORECASE)
_FORWARD_SUBJECT = re.compile(rf"^\s*(?:(?:{_REPLY}){_ONE})*(?:{_FORWARD}){_ONE}", re.IGNORECASE)


def fold(text: str) -> str:
    """Lower case, accents removed, apostrophes and spaces normalised; line breaks kept."""
    text = text.translate(_APOSTROPHES)
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return _SPACES.sub(" ", stripped.lower())


def _is_stem(phrase: str) -> bool:
    r"""A phrase whose ``*`` marks a stem ("annul*"), not one that ends with a regex repetition
    (``r"(confirm|decide)\w*"``, ``r"(couvert|suffisant)\w*"``): read as a stem, those needed
    one letter more than written, and "we will decide" or "n'est pas couvert" did not match."""
    return (
        len(phrase) >= 2
        and phrase.endswith("*")
        and (phrase[-2].isalpha() or phrase[-2] == "'")
        and not phrase.endswith("\\w*")
    )


def cue(*phrases: str) -> re.Pattern[str]:
    """One regex for cue phrases written against folded text, each matched on word boundaries.

    A phrase is a small regex ("vous pouvez (y aller|lancer)"); a trailing ``*`` makes its last
    word a stem ("annul*" matches "annulez", "annulation"). Without the boundaries "go" matches
    "ago" and "first" matches "First Price"; with them a cue means the word the rule author meant.
    """
    exact = [phrase for phrase in phrases if not _is_stem(phrase)]
    stems = [phrase[:-1] for phrase in phrases if _is_stem(phrase)]
    branches = []
    if exact:
        branches.append("(?:" + "|".join(exact) + r")(?!\w)")
    if stems:
        branches.append("(?:" + "|".join(stems) + r")\w*")
    # One boundary test in front of all branches: most positions fail there, which keeps a list
    # of a hundred cues as fast as a single word.
    return re.compile(r"(?<!\w)(?:" + "|".join(branches) + ")")


# What is written as an address or a link is a name, not words: "compta@club.test" does not ask
# for a test platform, "https://x.fr/2027/03/15/v4" names neither a date nor a version.
_EMAIL_ADDRESS = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_LINK = re.compile(
    r"\b(?:(?:https?|ftp)://|www\.)[^\s<>\"')\]]+"
    r"|\b[\w-]+(?:\.[\w-]+)*\.(?:com|fr|net|org|eu|be|ch|io|info|aero|uk|de)/[^\s<>\"')\]]*",
    re.IGNORECASE,
)
MASKED_ADDRESS = "xaddress@xmasked.xtld"
MASKED_LINK = "xlink"


def mask_links(text: str) -> str:
    """``text`` with e-mail addresses and URLs replaced by neutral placeholders (read before any cue).

    The address placeholder keeps its ``@`` shape, so a rule about "replace a@x by b@y" still sees
    two addresses, but nothing of the domain (".test", a date, a version number) is left to misread.
    """
    return _LINK.sub(MASKED_LINK, _EMAIL_ADDRESS.sub(MASKED_ADDRESS, text))


# The subscription tiers (DOMAIN): "First Price", "Première", "Business", "Corporate" name a
# contract, not a wish to be served first. Told apart from the ordinary words by their shape:
# "First Price" always; the others after a word that introduces a tier ("abonnement Première",
# "en Première", "the Business plan") or capitalised in mid-sentence.
_TIER_ALWAYS = re.compile(r"\bfirst[\s_-]*price\b", re.IGNORECASE)
_TIER_AFTER = re.compile(
    r"\b(abonnement|formule|offre|tier|plan|contrat|forfait|niveau|pack|subscription|package|"
    r"licence|license|client|clients|option|gamme|en|sur|on|au|the)(\s+)"
    r"(premi[eè]re|premiere|business|corporate)\b"
    r"(?!\s+(fois|ligne|position|place|[eé]tape|partie|page|heure|ann[eé]e|semaine|classe|intention|"
    r"priorit\w*|demande|version|time|class|step|line))",
    re.IGNORECASE,
)
_TIER_CAPITALISED = re.compile(r"(?<=[a-zà-ÿ,] )(Premi[eè]re|PREMI[EÈ]RE|Business|Corporate)\b")
MASKED_TIER = "xtier"


def mask_tiers(text: str) -> str:
    """``text`` (not yet folded: capitals matter) with tier names replaced by a placeholder."""
    text = _TIER_ALWAYS.sub(MASKED_TIER, text)
    text = _TIER_AFTER.sub(lambda m: f"{m.group(1)}{m.group(2)}{MASKED_TIER}", text)
    return _TIER_CAPITALISED.sub(MASKED_TIER, text)


def strip_subject_prefixes(subject: str) -> str:
    """The subject without its "RE:", "TR:", "Fwd:", "AW:" ... prefixes (repeated or mixed)."""
    return _SUBJECT_PREFIX.sub("", subject or "").strip()


def is_forward_subject(subject: str) -> bool:
    """The subject says the mail is forwarded ("TR:", "Fwd:", "RE: WG:" ...)."""
    return bool(_FORWARD_SUBJECT.match(subject or ""))


def is_shouting(text: str) -> bool:
    """True when the text is written in capitals (an all-caps subject says little)."""
    letters = [ch for ch in text if ch.isalpha()]
    return len(letters) >= 4 and sum(ch.isupper() for ch in letters) / len(letters) > 0.8


# Words whose misspelling would hide a request ("migartion", "verison", "renouvelement").
_VOCABULARY = (
    "migration", "migrations", "migrer", "version", "versions", "renouvellement", "renouveler",
    "developpement", "developper", "plateforme", "abonnement", "reinitialiser", "reinitialisation",
    "responsable", "fonctionnalite", "evolution", "ressource", "ressources", "password", "upgrade",
    "subscription", "renewal", "development",
)  # fmt: skip
_VOCAB_SET = frozenset(_VOCABULARY)
_WORD = re.compile(r"[a-z]{6,}")


def _close(a: str, b: str, limit: int) -> bool:
    """Damerau-Levenshtein distance (adjacent transpositions) of at most ``limit``."""
    if abs(len(a) - len(b)) > limit:
        return False
    prev2: list[int] = []
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        row = [i] + [0] * len(b)
        for j, cb in enumerate(b, 1):
            cost = 0 if ca == cb else 1
            row[j] = min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + cost)
            if i > 1 and j > 1 and ca == b[j - 2] and a[i - 2] == cb:
                row[j] = min(row[j], prev2[j - 2] + 1)
        if min(row) > limit:
            return False
        prev2, prev = prev, row
    return prev[-1] <= limit


def _fix(match: re.Match[str]) -> str:
    word = match.group(0)
    if word in _VOCAB_SET:
        return word
    limit = 1 if len(word) < 9 else 2
    for known in _VOCABULARY:
        if known[0] == word[0] and _close(word, known, limit):
            return known
    return word


def correct_typos(folded: str) -> str:
    """Folded text with near-misses of the request vocabulary replaced by the right word."""
    return _WORD.sub(_fix, folded)
