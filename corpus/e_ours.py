"""Our own earlier messages, which the replies of set ``e`` quote (below or above their text)."""

from __future__ import annotations

import b_ours
from b_ours import Ours

SIGN_FR = "Bien cordialement,\nLe support OpenFlyers\nsupport@openflyers.example\n"
SIGN_EN = "Best regards,\nThe OpenFlyers support team\nsupport@openflyers.example\n"

FR = {
    "estimate": (
        "Temps estimé pour votre demande",
        "Bonjour,\n\nCette intervention représente environ {h} h, à déduire de vos heures de bonus"
        " (solde après déduction : {r} h).\nSi cela vous convient, répondez simplement à ce message et"
        " nous la mettrons dans la file.\n\n",
    ),
    "devest": (
        "Chiffrage de votre développement",
        "Bonjour,\n\nNous avons chiffré le développement demandé à {d} h. {h} h peuvent être prises sur vos"
        " heures de bonus ; le solde serait facturé 60 € HT l'heure, sauf si d'autres clients s'associent"
        " au financement.\nMerci de nous dire si vous validez ce devis.\n\n",
    ),
    "migfee": (
        "Migration de votre plateforme",
        "Bonjour,\n\nVotre demande de migration est enregistrée. Avec l'abonnement First Price, la migration"
        " est facturée 50 € HT (facture visible dans votre compte client).\nNous rappelons qu'une migration"
        " ne peut pas être annulée. Confirmez-vous la demande ?\n\n",
    ),
    "migack": (
        "Demande de migration enregistrée",
        "Bonjour,\n\nVotre demande de migration est notée. Aucune date ne peut être garantie : nous"
        " n'interviendrons ni avant la date indiquée, ni avant le règlement des factures.\nLa migration"
        " est définitive, sans retour possible. Merci de nous confirmer votre accord.\n\n",
    ),
    "quoteack": (
        "Votre demande de devis",
        "Bonjour,\n\nNous avons bien votre demande de devis. Pour la chiffrer, il nous faut un peu plus de"
        " détails : quels écrans, quels utilisateurs, et un exemple du résultat attendu.\n\n",
    ),
    "docs": (
        "Changement de responsable OpenFlyers",
        "Bonjour,\n\nPour enregistrer le nouveau responsable, nous avons besoin :\n"
        "- d'un courrier signé du président ou du gérant, avec le nom et l'e-mail du nouveau responsable ;\n"
        "- d'une copie du PV d'assemblée générale ou de l'extrait K-BIS.\n\n",
    ),
    "testplat": (
        "Votre plateforme de test",
        "Bonjour,\n\nVous pouvez créer la plateforme de test vous-même depuis votre compte client. Nous"
        " pouvons aussi nous en charger, pour 0,5 h de bonus. Voulez-vous que nous nous en occupions ?\n\n",
    ),
    "renewal": (
        "Renouvellement de l'abonnement",
        "Bonjour,\n\nLe renouvellement se fait depuis votre compte client, menu « Abonnement ». Il vous sera"
        " proposé {n} ressources, soit vos ressources facturables actives ; désactivez d'abord celles que"
        " vous ne voulez plus payer.\n\n",
    ),
    "resource": (
        "Nouvelle ressource",
        "Bonjour,\n\nUne ressource ajoutée en cours d'année est facturée pour l'année entière. Comme elle"
        " demande un nouveau type de ressource, nous pouvons la paramétrer pour 1 h de bonus.\n"
        "Nous attendons votre accord.\n\n",
    ),
    "contact": (
        "Adresses de votre fiche client",
        "Bonjour,\n\nLes adresses e-mail de la fiche se modifient directement dans votre compte client. Si"
        " vous souhaitez que nous le fassions, l'intervention est facturée 30 € HT pour un abonnement"
        " First Price. Souhaitez-vous que nous la fassions ?\n\n",
    ),
    "reset": (
        "Mot de passe du compte client",
        "Bonjour,\n\nLe mot de passe du compte client se réinitialise via « Mot de passe oublié ? » sur"
        " l'espace client ; l'identifiant est le nom de votre plateforme. Ce compte n'a rien à voir avec"
        " l'identifiant personnel des membres. Nous pouvons aussi le réinitialiser nous-mêmes : le"
        " souhaitez-vous ?\n\n",
    ),
    "overrun": (
        "Dépassement de vos heures de bonus",
        "Bonjour,\n\nCette demande est estimée à {d} h et il vous reste {r} h de bonus pour l'année. Les"
        " heures au-delà seraient facturées 60 € HT chacune.\nMerci de nous donner votre accord.\n\n",
    ),
    "alpha": (
        "Version alpha / beta",
        "Bonjour,\n\nUne version alpha ou beta change en continu : des écrans bougent, des anomalies"
        " peuvent apparaître, et la migration est sans retour.\nMerci de confirmer que vous acceptez"
        " ces conditions.\n\n",
    ),
    "pool": (
        "Financement partagé d'un développement",
        "Bonjour,\n\nUn autre club souhaite le même développement. Nous vous proposons d'y consacrer {h} h"
        " de vos heures de bonus, le reste étant réparti entre les structures.\nCela vous convient-il ?\n\n",
    ),
    "setup": (
        "Questionnaire de paramétrage",
        "Bonjour,\n\nLe forfait paramétrage est compris dans votre migration. Nous pouvons vous adresser le"
        " questionnaire tout de suite et organiser la reprise de vos réglages.\nMerci de confirmer.\n\n",
    ),
}

EN = {
    "estimate": (
        "Time estimate for your request",
        "Hello,\n\nThis will take about {h} h, taken from your bonus hours ({r} h left afterwards).\n"
        "If that suits you, just reply to this message and we will queue it.\n\n",
    ),
    "devest": (
        "Quote for your development",
        "Hello,\n\nWe have estimated the development at {d} h. {h} h can come out of your bonus hours; the"
        " balance would be invoiced at 60 EUR excl. VAT an hour, unless other clients join in.\n"
        "Please tell us whether you approve this quote.\n\n",
    ),
    "migfee": (
        "Migrating your platform",
        "Hello,\n\nYour migration request is recorded. On First Price a migration is invoiced 50 EUR excl."
        " VAT (the invoice is in your client account).\nPlease note a migration cannot be reversed. Do you"
        " confirm the request?\n\n",
    ),
    "migack": (
        "Migration request recorded",
        "Hello,\n\nWe have noted your migration request. We cannot guarantee a date: we will not migrate"
        " before the date you gave, nor before the invoices are paid.\nThe migration is final. Please"
        " confirm.\n\n",
    ),
    "quoteack": (
        "Your quote request",
        "Hello,\n\nWe have your quote request. To estimate it we need a little more: which screens, who"
        " will use it, and an example of what you expect.\n\n",
    ),
    "docs": (
        "New person in charge of your platform",
        "Hello,\n\nTo record the new person in charge we need:\n"
        "- a letter signed by the chair or manager giving the new person's name and e-mail;\n"
        "- a copy of the AGM minutes or of the company registry extract.\n\n",
    ),
    "testplat": (
        "Your test platform",
        "Hello,\n\nYou can create the test platform yourself in your client account. We can also do it for"
        " you, which takes 0.5 h of bonus time. Would you like us to?\n\n",
    ),
    "renewal": (
        "Subscription renewal",
        "Hello,\n\nRenewal is done in your client account, 'Subscription' menu. You will be offered {n}"
        " resources, i.e. your active billable resources; deactivate first any you no longer want to pay"
        " for.\n\n",
    ),
    "resource": (
        "New resource",
        "Hello,\n\nA resource added during the year is invoiced for the whole year. As it needs a new"
        " resource type, we can set it up for 1 bonus hour.\nWe await your go-ahead.\n\n",
    ),
    "contact": (
        "E-mail addresses on your record",
        "Hello,\n\nThe e-mail addresses on your record can be changed in your client account. If you want"
        " us to do it, it is charged 30 EUR excl. VAT on First Price. Shall we go ahead?\n\n",
    ),
    "reset": (
        "Client account password",
        "Hello,\n\nThe client account password is reset via 'Forgotten password?' in the client area; the"
        " login is your platform name. This account is not the members' personal login. We can also reset"
        " it for you: would you like that?\n\n",
    ),
    "overrun": (
        "Beyond your bonus hours",
        "Hello,\n\nThis request is estimated at {d} h and you have {r} h of bonus time left this year. Hours"
        " beyond that would be invoiced at 60 EUR excl. VAT each.\nPlease give us your agreement.\n\n",
    ),
    "alpha": (
        "Alpha / beta version",
        "Hello,\n\nAn alpha or beta version keeps changing: screens move, bugs can appear, and the"
        " migration cannot be undone.\nPlease confirm you accept these conditions.\n\n",
    ),
    "pool": (
        "Co-funding a development",
        "Hello,\n\nAnother club wants the same development. We suggest you put {h} h of your bonus hours"
        " into it, the rest being split between the organisations.\nIs that all right with you?\n\n",
    ),
    "setup": (
        "Set-up questionnaire",
        "Hello,\n\nThe set-up package comes with your migration. We can send you the questionnaire right"
        " away and arrange the transfer of your settings.\nPlease confirm.\n\n",
    ),
}


def message(kind: str, lang: str, seed: str, figures: dict[str, int] | None = None) -> Ours:
    """Our message of that kind, in set e's words (see ``b_ours.render``)."""
    return b_ours.render((FR, EN), (SIGN_FR, SIGN_EN), kind, lang, seed, figures)
