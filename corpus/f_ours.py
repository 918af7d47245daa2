"""Our own earlier messages, which the replies of set ``f`` quote (below or above their text).

Written for set f in its own words; they say what the vendor says (estimates against the bonus-hours
balance, hours beyond the balance invoiced, the First Price migration fee, paid manual reset or e-mail
update on First Price, development quotes, test platforms, migration terms with a not-before date,
alpha/beta terms, pooled hours, set-up packages), not how the real templates phrase it.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass


@dataclass(frozen=True)
class Ours:
    subject: str
    body: str


SIGN_FR = "Cordialement,\nL'équipe support OpenFlyers\nsupport@openflyers.example\n"
SIGN_EN = "Kind regards,\nOpenFlyers support\nsupport@openflyers.example\n"

MONTHS_FR = (
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
)
MONTHS_EN = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)

FR = {
    "estimate": (
        "Estimation de votre demande",
        "Bonjour,\n\nNous estimons ce travail à {h} h. Elles seraient prises sur votre crédit d'heures"
        " de l'année, qui passerait ainsi de {b} h à {r} h.\nNous attendons votre feu vert pour le"
        " planifier.\n\n",
    ),
    "overrun": (
        "Estimation au-delà de votre crédit d'heures",
        "Bonjour,\n\nCe travail est estimé à {d} h alors que votre crédit d'heures {y} n'est plus que de"
        " {b} h. Les {x} h restantes vous seraient facturées, soit {amt} € HT.\nPouvez-vous nous"
        " confirmer que vous êtes d'accord ?\n\n",
    ),
    "migfee": (
        "Frais de migration (abonnement First Price)",
        "Bonjour,\n\nVotre abonnement First Price n'inclut pas les migrations : celle-ci est facturée"
        " 50 € HT. La facture sera émise dans votre compte client et la migration programmée après son"
        " règlement. Une fois faite, elle ne peut pas être défaite.\nSouhaitez-vous la maintenir ?\n\n",
    ),
    "reset": (
        "Réinitialisation du mot de passe client",
        "Bonjour,\n\nVous pouvez réinitialiser vous-même le mot de passe de votre compte client avec le"
        " lien « Mot de passe oublié ? » (identifiant : le nom de la plateforme). Si vous préférez que"
        " nous le fassions à la main, c'est un service payant pour l'abonnement First Price : 30 € HT.\n"
        "Voulez-vous que nous nous en chargions ?\n\n",
    ),
    "email": (
        "Mise à jour de l'adresse e-mail",
        "Bonjour,\n\nL'adresse e-mail de votre fiche client se change depuis votre compte client,"
        " rubrique « Mes coordonnées ». Nous pouvons aussi la modifier pour vous ; avec l'abonnement"
        " First Price cette intervention est facturée 30 € HT.\nDevons-nous la faire ?\n\n",
    ),
    "devest": (
        "Devis de développement",
        "Bonjour,\n\nVoici notre chiffrage : {d} h de développement. Nous pouvons en imputer {h} h sur"
        " vos heures de bonus ; le reste, {x} h, serait facturé 60 € HT de l'heure, sauf si d'autres"
        " structures participent au financement.\nMerci de nous indiquer si vous acceptez ce devis.\n\n",
    ),
    "testplat": (
        "Proposition de plateforme de test",
        "Bonjour,\n\nUne plateforme de test peut être créée depuis votre compte client, en quelques clics."
        " Si vous le souhaitez, nous la créons pour vous, ce qui compte pour 0,5 h sur vos heures de"
        " bonus.\nDites-nous si nous la créons.\n\n",
    ),
    "migterms": (
        "Conditions de votre migration",
        "Bonjour,\n\nNous avons enregistré votre demande de migration vers la version {v}. Elle ne sera"
        " pas faite avant le {nbfr}, ni tant que des factures restent à régler ; nous ne pouvons pas"
        " garantir de date précise. Une migration est définitive.\nMerci de nous confirmer votre"
        " accord sur ces conditions.\n\n",
    ),
    "alpha": (
        "Conditions d'utilisation d'une version alpha/beta",
        "Bonjour,\n\nVous demandez à passer sur une version en développement ({v}alpha). Sachez qu'elle"
        " évolue sans préavis : menus déplacés, fonctions incomplètes, anomalies possibles. Il n'y a pas"
        " de retour en arrière.\nAcceptez-vous ces conditions ?\n\n",
    ),
    "pool": (
        "Participation à un développement mutualisé",
        "Bonjour,\n\nLe développement demandé par une autre structure vous intéresse aussi. Nous vous"
        " proposons d'y participer avec {h} h de vos heures de bonus (il vous en resterait {r} h) ; les"
        " heures ne seront décomptées qu'à l'acceptation du devis.\nÊtes-vous d'accord ?\n\n",
    ),
    "setup": (
        "Forfait paramétrage",
        "Bonjour,\n\nPour la mise en route de votre plateforme, nous proposons le forfait paramétrage :"
        " nous vous envoyons un questionnaire, puis nous reprenons vos réglages (tarifs, ressources,"
        " profils). Il est facturé {amt} € HT.\nSouhaitez-vous y souscrire ?\n\n",
    ),
}

EN = {
    "estimate": (
        "Estimate for your request",
        "Hello,\n\nWe estimate this work at {h} h. It would come out of this year's hours credit, taking"
        " it from {b} h down to {r} h.\nWe are waiting for your go-ahead to schedule it.\n\n",
    ),
    "overrun": (
        "Estimate beyond your hours credit",
        "Hello,\n\nThis work is estimated at {d} h, but your {y} hours credit is down to {b} h. The"
        " remaining {x} h would be invoiced, i.e. {amt} EUR excl. VAT.\nCould you confirm you agree?\n\n",
    ),
    "migfee": (
        "Migration fee (First Price subscription)",
        "Hello,\n\nYour First Price subscription does not include migrations: this one is invoiced 50 EUR"
        " excl. VAT. The invoice will appear in your client account and the migration will be scheduled"
        " once it is paid. Once done, it cannot be undone.\nDo you wish to go ahead?\n\n",
    ),
    "reset": (
        "Client account password reset",
        "Hello,\n\nYou can reset your client account password yourself with the 'Forgotten password?'"
        " link (login: your platform name). If you would rather we did it by hand, it is a paid service on"
        " the First Price subscription: 30 EUR excl. VAT.\nShall we do it for you?\n\n",
    ),
    "email": (
        "Updating your e-mail address",
        "Hello,\n\nThe e-mail address on your client record can be changed in your client account, under"
        " 'My details'. We can also change it for you; on First Price that is invoiced 30 EUR excl. VAT.\n"
        "Should we make the change?\n\n",
    ),
    "devest": (
        "Development quote",
        "Hello,\n\nOur estimate: {d} h of development. {h} h can be charged to your bonus hours; the other"
        " {x} h would be invoiced at 60 EUR excl. VAT per hour, unless other organisations share the"
        " cost.\nPlease let us know whether you accept this quote.\n\n",
    ),
    "testplat": (
        "Test platform offer",
        "Hello,\n\nA test platform can be created from your client account in a few clicks. If you like,"
        " we create it for you, which counts as 0.5 h of your bonus hours.\nLet us know if we should.\n\n",
    ),
    "migterms": (
        "Terms of your migration",
        "Hello,\n\nWe have recorded your request to migrate to version {v}. It will not be done before"
        " {nben}, nor while invoices remain unpaid, and we cannot promise an exact date. A migration is"
        " final.\nPlease confirm you agree to these terms.\n\n",
    ),
    "alpha": (
        "Terms for an alpha/beta version",
        "Hello,\n\nYou asked to move to a development version ({v}alpha). Please be aware it changes without"
        " notice: menus move, features may be unfinished, bugs can appear. There is no way back.\n"
        "Do you accept these terms?\n\n",
    ),
    "pool": (
        "Sharing the cost of a development",
        "Hello,\n\nAnother organisation has asked for a development you are interested in too. We suggest"
        " you contribute {h} h of your bonus hours ({r} h would be left); the hours are only deducted when"
        " the quote is accepted.\nDo you agree?\n\n",
    ),
    "setup": (
        "Set-up package",
        "Hello,\n\nTo get your platform going we offer the set-up package: we send you a questionnaire, then"
        " we carry over your settings (rates, resources, profiles). It is invoiced {amt} EUR excl. VAT.\n"
        "Would you like to take it?\n\n",
    ),
}


def message(kind: str, lang: str, seed: str, figures: dict[str, int] | None = None) -> Ours:
    """Our message of that kind, with figures drawn from the reply's ident (deterministic) unless the
    reply's text needs given ones (``figures``: h hours of the work, b balance before, d hours of a
    development or of an overrun, p price of the set-up package, nbd/nbm day and month of a not-before
    date, v major version)."""
    table = FR if lang == "fr" else EN
    subject, body = table[kind]
    n = int(hashlib.sha256(seed.encode()).hexdigest()[:8], 16)
    given = figures or {}
    h = given.get("h", 1 + n % 3)
    b = given.get("b", h + n % 6)
    d = given.get("d", max(h, b) + 2 + n % 6)
    p = given.get("p", (3 + n % 5) * 60)
    day = given.get("nbd", 1 + (n >> 4) % 28)
    month = given.get("nbm", 1 + (n >> 9) % 12)
    version = given.get("v", 4)
    if kind == "overrun":
        x = d - b
    elif kind == "devest":
        x = d - h
    else:
        x = 0
    values = {
        "h": h,
        "b": b,
        "r": max(b - h, 0),
        "d": d,
        "x": x,
        "amt": p if kind == "setup" else x * 60,
        "y": 2026,
        "v": f"{version}.0" if kind == "alpha" else str(version),
        "nbfr": f"{day}{'er' if day == 1 else ''} {MONTHS_FR[month - 1]} 2027",
        "nben": f"{day} {MONTHS_EN[month - 1]} 2027",
    }
    text = body.format(**values) + (SIGN_FR if lang == "fr" else SIGN_EN)
    return Ours(subject, text)
