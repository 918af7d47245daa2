"""What a client's reply to one of our messages means: ``confirm``, ``refuse`` or ``question``.

Read from the new text only (the quoted estimate below it says "confirmer" too). A confirmation
deducts hours, so anything conditional or unclear is a ``question`` for staff: "OK mais pas avant
lundi" is a question; "Non, c'est bon, allez-y" confirms; "je confirme que je ne souhaite pas donner
suite" refuses. Order: explicit refusal, then conditions and questions, then a leading "non",
then agreement.
"""

from __future__ import annotations

import re

from bot.understand.normalize import fold
from bot.understand.types import ReplyIntent

_REFUSE = re.compile(
    r"(ne (souhait\w*|desir\w*|veu\w*|voul\w*|pourr\w*|pouv\w*) (pas|plus)|pas (donner )?suite|"
    r"ne pas (donner suite|lancer|faire|proceder|continuer|poursuivre|migrer|engager|valider|commander)|"
    r"n'allez pas|ne (va|vais|allons|vont) pas (le |la |les |y |en )?(faire|donner suite|lancer|proceder|continuer|"
    r"engager|commander)|\bdeclin(ons|e|ez|er|ed|es)\b|(pas|plus) la peine(?! d)|not (to )?(go ahead|proceed|continue)\b|"
    r"ne lancez pas|ne faites pas|annul|renonc|abandonn|laisse[rz]? tomber|on laisse tomber|"
    r"pas interess|plus interess|non merci|merci mais non|mais non merci|trop cher|pas pour (le moment|"
    r"l'instant|cette annee|maintenant)|on oublie|oubliez|je refuse|nous refusons|refus|sans suite|"
    r"decline|do not (proceed|go ahead|continue|start)|don't (proceed|go ahead|continue|start)|"
    r"no thanks|no thank you|not interested|cancel|not (at|for) (this|the moment|now)|too expensive|"
    r"(we|i) ?(will|'ll|shall|would|'d) (rather )?pass\b|hold off|not go ahead|won't go ahead|we refuse|reject|not now|prefer\w* attendre|"
    r"prefer\w* (ne pas|rester)|rather (wait|not)|pas cette fois|pas d'accord|disagree|do not agree|"
    r"don't agree|(ne|n') (\w+ ){0,2}interess\w* (pas|plus)|no longer (interested|needed|necessary|required)|"
    r"(n'avons|n'ai|n'a) plus besoin|plus (besoin|necessaire)|no longer need|not needed any ?more)"
)
_CONDITION = re.compile(
    r"(\?|\bmais\b|\bsauf\b|a condition|uniquement si|seulement si|pas avant|pourriez|pouvez-vous|"
    r"pouvez vous|est-ce que|est ce que|combien|\bbut\b|only if|provided|unless|not before|"
    r"however|cependant|par contre|toutefois|neanmoins|could you|can you|how much|avant de (confirmer|valider|"
    r"donner|vous repondre|decider)|en parler|je reviens vers vous|je vous redis|nous reviendrons|"
    r"before (confirming|deciding)|(will|'ll|shall) (\w+ )?(confirm|approve|decide)|confirmer(ai|a|ons|ont)\b|"
    r"valider(ai|a|ons|ont)\b|get back to you|let you know|patient\w*|(doit|doivent|dois|devons|devez) "
    r"(encore |d'abord |d'abord en |en )?(valider|confirmer|decider|voir|verifier|demander|discuter|parler|reflechir)|"
    r"(attend\w*|en attente) (de |d')?(la |l'|le |son |leur |notre )?(validation|accord|avis|decision|retour|reponse|bureau|ag\b)|"
    r"reflechi|on (en )?discute|en discuter|need to (check|discuss|ask|think|talk)|have to (check|ask|discuss)|"
    r"wait(ing)? for|hold on|think about it|talk it over|must (check|approve|discuss))"
)
_NO_BUT_GO = re.compile(
    r"^\W*(non|no)\b\W*(c'est bon|ca (me )?va|ca marche|pas de (souci|soucis|probleme)|aucun (souci|"
    r"probleme)|allez-?y|vous pouvez|go ahead|that's fine|it's fine|problem|worries)"
)
_LEADING_NO = re.compile(r"^\W*((alors|finalement|bon|helas|desole|sorry|well)\W+)?(non|no|nope|negatif)\b")
_CONFIRM = re.compile(
    r"(\boui\b|\bok\b|\bokay\b|\bd'accord\b|\bd'acc\b|je confirme|nous confirmons|confirme|c'est bon|"
    r"allez-?y|vous pouvez (y aller|lancer|proceder|commencer|deduire|valider)|bon pour accord|accord|"
    r"parfait|\bvalid\w*|j'accepte|nous acceptons|accepte|ca marche|ca me va|ca nous va|feu vert|go\b|"
    r"\byes\b|\byep\b|confirm|agreed|agree|sounds good|please proceed|proceed|go ahead|approved|"
    r"fine|perfect|c'est parti|(that|it|this) works|works for (us|me)|(ca|cela) (nous|me) convient|let's (do it|go|proceed)|go for it|lancez|banco|\btop\b|\bsuper\b|nickel|impec\w*|genial|great\b|excellent|\bc (bon|ok)\b|"
    r"c'est ok|cest (bon|ok)|ca roule|c'est tout bon|ok pour (nous|moi)|bon pour (nous|moi)|"
    r"tres bien|entendu|c'est note|affirmatif|volontiers|pas de (souci|probleme)|aucun (souci|probleme)|no problem)"
)
_FIRST_LINES = 6


def reply_intent(new_text: str) -> ReplyIntent:
    """Interpret the new text of a reply; unclear means ``question`` (staff decide)."""
    lines = [line for line in fold(new_text).splitlines() if line.strip()][:_FIRST_LINES]
    text = " ".join(lines).strip()
    if not text:
        return "question"
    if _NO_BUT_GO.search(text) and not _REFUSE.search(text):
        return "question" if _CONDITION.search(text) else "confirm"
    if _REFUSE.search(text):
        return "refuse"
    if _CONDITION.search(text):
        return "question"
    if _LEADING_NO.search(text):
        return "refuse"
    if _CONFIRM.search(text):
        return "confirm"
    return "question"
