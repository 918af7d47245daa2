"""Our own earlier messages, which the replies of set ``d`` quote (below or above their text): set b's
(``b_ours.py``, same words and signature), plus an estimate beyond the bonus hours, the alpha/beta
terms, a pooled development and the set-up package."""

from __future__ import annotations

import b_ours
from b_ours import Ours

FR = b_ours.FR | {
    "overrun": (
        "Estimation au-delà de vos heures de bonus",
        "Bonjour,\n\nNous estimons ce travail à {d} h. Il vous reste {r} h de bonus cette année ; le"
        " complément serait facturé 60 € HT de l'heure.\nMerci de nous confirmer votre accord.\n\n",
    ),
    "alpha": (
        "Passage en version de développement",
        "Bonjour,\n\nUne version alpha ou beta évolue en permanence : des écrans peuvent changer d'une"
        " semaine à l'autre et des anomalies peuvent apparaître. La migration est irréversible.\n"
        "Merci de nous confirmer que vous acceptez ces conditions.\n\n",
    ),
    "pool": (
        "Développement mutualisé",
        "Bonjour,\n\nUn autre client est intéressé par le même développement. Nous vous proposons de"
        " mettre {h} h de vos heures de bonus en commun ; le reste serait partagé entre les clubs.\n"
        "Êtes-vous d'accord ?\n\n",
    ),
    "setup": (
        "Forfait paramétrage",
        "Bonjour,\n\nVotre migration comprend un forfait paramétrage. Nous pouvons vous envoyer le"
        " questionnaire de paramétrage dès maintenant et planifier la reprise de vos réglages.\n"
        "Merci de nous confirmer.\n\n",
    ),
}

EN = b_ours.EN | {
    "overrun": (
        "Estimate beyond your bonus hours",
        "Hello,\n\nWe estimate this work at {d} h. You have {r} h of bonus hours left this year; the"
        " rest would be invoiced at 60 EUR excl. VAT per hour.\nPlease confirm that you agree.\n\n",
    ),
    "alpha": (
        "Moving to a development version",
        "Hello,\n\nAn alpha or beta version changes all the time: screens may change from one week to"
        " the next and bugs may appear. The migration cannot be undone.\n"
        "Please confirm that you accept these terms.\n\n",
    ),
    "pool": (
        "Shared development",
        "Hello,\n\nAnother client is interested in the same development. We suggest you put {h} h of"
        " your bonus hours into it; the rest would be shared between the clubs.\nDo you agree?\n\n",
    ),
    "setup": (
        "Set-up package",
        "Hello,\n\nYour migration includes a set-up package. We can send you the set-up questionnaire"
        " now and plan the transfer of your settings.\nPlease confirm.\n\n",
    ),
}


def message(kind: str, lang: str, seed: str, figures: dict[str, int] | None = None) -> Ours:
    """Our message of that kind (see ``b_ours.render``)."""
    return b_ours.render((FR, EN), (b_ours.SIGN_FR, b_ours.SIGN_EN), kind, lang, seed, figures)
