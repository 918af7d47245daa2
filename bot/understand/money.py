"""Cash funding (DOMAIN R52, R63): the sender offers money to be served first, or to pay what the
bonus hours do not cover. Such requests jump the queue, so a false positive is unfair to others.

Paying the normal fees is *not* cash funding: the migration fee, an invoice, the renewal, extra
resources, the tariff difference (R22). So an offer needs both a willingness to pay and an object
that is priority or the remainder beyond the hours, in the same sentence, and no negation in the
clause that carries the offer or the payment ("si nos heures ne suffisent pas, nous paierons le
complément" offers; "nous ne paierons pas de supplément" does not). Addresses, links and tier names
are masked first: "First Price" is a contract, not a wish to be served first. Every cue is matched
on word boundaries of folded text.
"""

from __future__ import annotations

import re

from bot.understand.normalize import cue, fold, mask_links, mask_tiers

_SENTENCE = re.compile(r"(?<=[.!?;\n])\s+")
_CLAUSE = re.compile(r"[,:;()]|\b(?:mais|but|si|if|sauf|unless|car|because|parce que|whereas|tandis que)\b")
# Affirmative phrases built with a negation: "n'hésitez pas à nous facturer" is a willingness.
_WILLING_IDIOMS = cue(r"n'hesit\w* pas", r"(don't|do not|won't|will not) hesitate", r"sans hesit\w*")
_OFFER = cue(
    r"pret", r"prete", r"prets", r"pretes", r"dispose*", r"d'accord pour", r"ok pour", r"volontiers",
    r"accepter(ons|ions|ais)? de", r"pouvons", r"pourrions", r"pourrons", r"pouvez nous", r"pourriez nous",
    r"peut(?!-etre)", r"peux", r"pourrait", r"souhait*", r"voulons", r"voudrions", r"envisag*", r"propos*",
    r"on paie", r"we'd", r"i'd", r"(paier|payer|regler|financer|prendr|assumer)(a|ai|ons|ont|ait|ions|aient)",
    r"facturez(-| )nous", r"nous facturer", r"me facturer", r"will be (paid|covered|funded|settled)", r"willing", r"happy to", r"ready to", r"prepared to",
    r"can", r"could", r"would", r"we'll", r"we will", r"offer*", r"glad to", r"xwilling",
    r"prefer*", r"rather",
)  # fmt: skip
_PAY = cue(
    r"pay*", r"paie*", r"paier*", r"financ*", r"regler*", r"reglons", r"reglez", r"reglement",
    r"particip*", r"prendr\w* en charge", r"pris en charge", r"assum*", r"mettre \d+",
    r"\d+ ?(euros?|eur|€)", r"de l'argent", r"la main a la poche", r"mettre la main", r"factur*",
    r"fund*", r"cover*", r"contribut*", r"chip in", r"bill", r"billed", r"billing", r"invoice*",
    r"charge (us|me|the|it|extra|for)", r"charged",
)  # fmt: skip
_OBJECT = cue(
    r"priorit*", r"accelere*", r"accelerer", r"plus vite", r"plus rapidement", r"au plus vite",
    r"rapidement", r"en premier(?! lieu)", r"passer devant", r"en tete", r"avant les autres",
    r"en urgence", r"urgent*", r"complement*", r"le reste", r"du reste", r"restant*", r"surplus",
    r"depassement", r"depasse*", r"au-dela", r"au dela", r"en plus de nos", r"supplementaire*",
    r"supplement", r"non couvert*", r"pas couvert*", r"heures manquantes", r"manque*", r"ne couvr*",
    r"ne suffi*", r"pas suffisant*", r"insuffisant*", r"hors bonus", r"difference d'heures",
    r"solde non couvert", r"ce qui depasse", r"priority", r"faster", r"sooner", r"quicker", r"speed up",
    r"expedite*", r"(served|serve us|handled|treated|done|go|us|be|it) first", r"first in (line|the queue)",
    r"front of", r"jump*", r"ahead of", r"(move|jump|get|put|bump)\w* (us |it )?ahead", r"the rest",
    r"remainder", r"remaining", r"extra", r"beyond", r"exceed*", r"not covered", r"shortfall",
    r"on top of", r"difference", r"(no|without|sans) (\w+ ){0,2}(heures|hours)( \w+)?", r"hors forfait",
    r"(do|does|did|will|would) not cover", r"(don't|doesn't|won't) cover", r"ne (couvr|suffi)\w* (pas|plus)( tout)?",
    r"(ne|n') ?(sont|est|seront|sera) pas (couvert|suffisant)\w*",
    r"plutot que (de |d')?(utiliser|puiser|entamer|consommer|prendre sur|toucher a) (dans )?(nos|les|notre) (\w+ )?(heures|forfait|credit)",
    r"(instead of|rather than) (using |spending |touching )?(our |the )?(\w+ )?(hours|credit)",
)  # fmt: skip
_NORMAL_FEE = cue(
    r"frais de migration", r"migration fee", r"facture de renouvellement", r"renouvellement", r"renewal",
    r"abonnement", r"subscription", r"difference de tarif", r"tarif*", r"ressources?", r"resources?",
    r"cotisation", r"les 50 ?€", r"50 ?€ ht", r"migration", r"carte bancaire", r"virement", r"cheque",
    r"by card", r"bank transfer", r"une facture", r"la facture", r"invoice for",
)  # fmt: skip
_SERVED_SOONER = cue(
    r"priorit*", r"plus vite", r"priority", r"faster", r"heures", r"accelere*", r"sooner", r"quicker",
    r"urgent*",
)  # fmt: skip
_NEGATION = cue(r"ne", r"n'", r"pas", r"not", r"\w+n't", r"never", r"jamais", r"cannot", r"no longer")
_REFUSED = cue(r"pas question", r"hors de question", r"sans payer", r"refus*", r"out of the question")


def _clause_at(sentence: str, position: int) -> str:
    """The clause of ``sentence`` around ``position`` (clauses end at commas and conjunctions)."""
    start = max((m.end() for m in _CLAUSE.finditer(sentence, 0, position)), default=0)
    after = _CLAUSE.search(sentence, position)
    return sentence[start : after.start() if after else len(sentence)]


def _negated(sentence: str, *matches: re.Match[str]) -> bool:
    """A negation in the clause that carries the offer or the payment, or a refusal anywhere."""
    if _REFUSED.search(sentence):
        return True
    return any(_NEGATION.search(_clause_at(sentence, m.start())) for m in matches)


def cash_funded(text: str) -> bool:
    """True when the new text offers money for priority or for what bonus hours do not cover.

    The object may stand in the sentence before the offer ("Pouvez-vous traiter en priorité ? Le
    club est prêt à payer l'intervention"). The object's own words ("si nos heures ne suffisent
    pas", "what the hours do not cover") are blanked before offers, payments and negations are
    looked for: their negation is the object's, not a refusal to pay.
    """
    folded = _WILLING_IDIOMS.sub(" xwilling ", fold(mask_tiers(mask_links(text))))
    previous = ""
    for full in _SENTENCE.split(folded):
        obj = _OBJECT.search(full) or _OBJECT.search(previous)
        previous = full
        sentence = _OBJECT.sub(" xobject ", full)
        offer = _OFFER.search(sentence)
        pay = _PAY.search(sentence)
        if not (offer and pay and obj) or _negated(sentence, offer, pay):
            continue
        if _NORMAL_FEE.search(full) and not _SERVED_SOONER.search(full):
            continue
        return True
    return False
