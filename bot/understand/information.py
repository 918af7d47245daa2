"""Questions the vendor's page answers in a few lines, never billed (R1, R3, R8).

- ``demo``: why the data on the demo platform disappeared, when it is reset (R1: public
  sandboxes named ``demo`` or ``demo-*``, reset every hour at minute 44);
- ``minor_update``: whether an update must be asked for (R3: minor updates are automatic and
  never requested; only major migrations are requests);
- ``member_login``: a member who cannot log in to the club's platform with his own login (R8:
  the club's business, not the vendor's client account).
Each needs both a topic cue and a question cue, and yields to stronger readings (a migration,
a test platform, the client account): a false answer costs more than sending mail to staff.
Pure: text in, topic out.
"""

from __future__ import annotations

import re
from typing import Literal

from bot.understand.normalize import fold

Topic = Literal["demo", "minor_update", "member_login"]

_DEMO = re.compile(
    r"\b(?:plate-?formes? (?:de )?demo(?:nstration)?|demo platforms?|openflyers\.com/demo[\w-]*|"
    r"(?:site|base|version|instance) (?:de )?demo(?:nstration)?|the demo(?: site| instance)?)\b"
)
_DEMO_WHAT = re.compile(
    r"\b(?:reinitialis\w*|remis\w* a zero|remise a zero|efface\w*|disparu\w*|perdu\w*|supprime\w*|"
    r"reset\w*|wiped|delet\w*|disappear\w*|vanish\w*|lost|gone|chaque heure|toutes les heures|"
    r"every hour|hourly|minute 44|44)\b"
)
_MINOR = re.compile(r"\b(?:mises? a jour|updates?|mise-a-jour)\b")
_MINOR_ASK = re.compile(
    r"\b(?:faut-il|faut il|doit-on|devons-nous|devons nous|dois-je|faudra-t-il|avons-nous besoin|"
    r"(?:il )?faut (?:que nous|qu'on|les) (?:demander|installer|appliquer)|comment (?:demander|obtenir|installer|avoir)|"
    r"do we (?:need|have) to|should we|must we|how (?:do|can) we (?:get|install|request|ask)|"
    r"need to (?:ask|request|install)|a demander|to request|automatiques?|automatic(?:ally)?)\b"
)
_MIGRATION = re.compile(
    r"\b(?:migr\w*|version (?:4|5|\d+\.\d+\w*)|v4|passer (?:en|a la) version|upgrade\w* to|alpha|beta|"
    r"\.test|\.of4|plate-?forme de test|test platform|fiche client|adresses? e-?mail|contacts?)\b"
)
_LOGIN = re.compile(
    r"\b(?:mon (?:identifiant|login|mot de passe|code)|my (?:login|password|username|user name)|"
    r"(?:je )?n'arrive (?:pas|plus) a me connecter|(?:i )?(?:can't|cannot|can not) log ?in|"
    r"unable to log ?in|me connecter)\b"
)
_MEMBER = re.compile(
    r"\b(?:pilote|membre|adherent|eleve|instructeur|member|student|pilot|reserver|reservations?|"
    r"book(?:ing)?s?|mon compte (?:pilote|membre|personnel)|my (?:own|personal|member) account)\b"
)
_CLIENT_ACCOUNT = re.compile(
    r"\b(?:compte client|espace client|client account|customer (?:account|portal))\b"
)


def information_topic(subject: str, text: str) -> Topic | None:
    """The R1/R3/R8 question a message asks, or None when it asks something else."""
    folded = fold(f"{subject}\n{text}")
    if (
        _DEMO.search(folded)
        and _DEMO_WHAT.search(folded)
        and not re.search(r"\.test|plate-?forme de test|test platform", folded)
    ):
        return "demo"
    if _MINOR.search(folded) and _MINOR_ASK.search(folded) and not _MIGRATION.search(folded):
        return "minor_update"
    if _LOGIN.search(folded) and _MEMBER.search(folded) and not _CLIENT_ACCOUNT.search(folded):
        return "member_login"
    return None


def answerable_topic(tier: str, subject: str, text: str) -> Topic | None:
    """The R1/R3/R8 question the bot answers itself for a client of ``tier``, or None.

    Première runs a frozen version updated only on request (R3): its update questions go to staff.
    """
    topic = information_topic(subject, text)
    if topic == "minor_update" and tier == "premiere":
        return None
    return topic
