"""Cash funding (DOMAIN R52, R63): the sender offers money to be served first, or to pay what the
bonus hours do not cover. Such requests jump the queue, so a false positive is unfair to others.

Paying the normal fees is *not* cash funding: the migration fee, an invoice, the renewal, extra
resources, the tariff difference (R22). So an offer needs both a willingness to pay and an object
that is priority or the remainder beyond the hours, in the same sentence, and no negation.
"""

from __future__ import annotations

import re

from bot.understand.normalize import fold

_SENTENCE = re.compile(r"(?<=[.!?;\n])\s+")
_OFFER = re.compile(
    r"(pret|prete|prets|pretes|dispose|disposes|d'accord pour|ok pour|volontiers|accepter(ons|ions|ais)? de|"
    r"pouvons|pourrions|pourrons|pouvez nous|pourriez nous|peut|peux|pourrait|souhait|voulons|voudrions|"
    r"envisag|propos|on paie|we'd|i'd|\b(paier|payer|regler|financer|prendr|assumer)(a|ai|ons|ont|ait|ions|aient)\b|"
    r"prendrons|prendrions|assumerons|paierons|payerons|reglerons|financerons|nous paierons|nous payerons|je paierai|nous financerons|nous reglerons|"
    r"facturez|nous facturer|me facturer|willing|happy to|ready to|prepared to|can|could|would|we'll|we will|"
    r"offer|glad to|ne pas hesiter a nous facturer)"
)
_PAY = re.compile(
    r"(payer|paie|paierons|payerons|financer|financerons|financement|financierement|regler|reglerons|"
    r"participer|prendr\w* en charge|assum|mettre \d+|\d+ ?(euros|eur|€)|de l'argent|la main a la poche|mettre la main|factur|pay|fund|cover|contribute|chip in|bill|invoice|charge)"
)
_OBJECT = re.compile(
    r"(priorit|prioritaire|accelerer|accelere|plus vite|plus rapidement|au plus vite|rapidement|"
    r"en premier|passer devant|en tete|avant les autres|en urgence|urgent|"
    r"complement|le reste|du reste|restant|surplus|depassement|depasse|au-dela|au dela|en plus de nos|"
    r"supplementaire|supplement\b|non couvert\w*|pas couvert\w*|heures manquantes|manque|ne couvr|ne suffi|pas suffisant|insuffisant|hors bonus|"
    r"difference d'heures|solde non couvert|ce qui depasse|"
    r"priority|faster|sooner|quicker|speed up|expedite|first|front of|jump|ahead|"
    r"the rest|remainder|remaining|extra|beyond|exceed|not covered|shortfall|on top of|difference)"
)
_NORMAL_FEE = re.compile(
    r"(frais de migration|migration fee|facture de renouvellement|renouvellement|renewal|abonnement|"
    r"subscription|difference de tarif|tarif|ressource|resource|cotisation|les 50 ?€|50 ?€ ht|"
    r"\bmigration\b|carte bancaire|virement|cheque|by card|bank transfer|une facture|la facture|invoice for)"
)
_NEGATED = re.compile(
    r"(ne (pouvons|pourrons|voulons|souhaitons|sommes|peut|veut) pas|n'(avons|est) pas|pas pret|"
    r"cannot|can't|won't|will not|do not want|don't want|not willing|pas question|sans payer|"
    r"hors de question|refus)"
)


def cash_funded(text: str) -> bool:
    """True when the new text offers money for priority or for what bonus hours do not cover."""
    for sentence in _SENTENCE.split(fold(text)):
        offer = _OFFER.search(sentence)
        pay = _PAY.search(sentence)
        obj = _OBJECT.search(sentence)
        if not (offer and pay and obj) or _NEGATED.search(sentence):
            continue
        if _NORMAL_FEE.search(sentence) and not re.search(
            r"priorit|plus vite|priority|faster|heures|accelere|sooner|quicker|urgent", sentence
        ):
            continue
        return True
    return False
