"""Our own earlier messages, which the replies of set ``b`` quote below their text."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass


@dataclass(frozen=True)
class Ours:
    subject: str
    body: str


SIGN_FR = "Cordialement,\nL'assistance OpenFlyers\nsupport@openflyers.example\n"
SIGN_EN = "Kind regards,\nOpenFlyers support\nsupport@openflyers.example\n"

FR = {
    "estimate": (
        "Estimation de votre demande",
        "Bonjour,\n\nNous estimons ce travail à {h} h ; il vous restera {r} h de bonus sur l'année en cours.\n"
        "Merci de nous confirmer par retour de mail pour que nous le planifiions.\n\n",
    ),
    "devest": (
        "Devis de développement",
        "Bonjour,\n\nVotre demande de développement est estimée à {d} h. Vos heures de bonus en couvrent {h} h ;"
        " le reste serait facturé au tarif horaire de 60 € HT, ou couvert par d'autres clients intéressés.\n"
        "Merci de nous indiquer si vous acceptez ce devis.\n\n",
    ),
    "migfee": (
        "Migration vers la version 4",
        "Bonjour,\n\nNous avons bien reçu votre demande de migration. Votre abonnement First Price implique"
        " des frais de migration de 50 € HT ; la facture est disponible dans votre compte client.\n"
        "La migration est irréversible. Merci de nous confirmer que vous souhaitez la poursuivre.\n\n",
    ),
    "migack": (
        "Votre demande de migration",
        "Bonjour,\n\nNous avons bien enregistré votre demande de migration. Nous ne pouvons pas garantir de"
        " date ; la migration n'aura pas lieu avant la date que vous nous avez indiquée ni avant le"
        " paiement des factures.\nRappel : une migration est irréversible. Merci de confirmer.\n\n",
    ),
    "quoteack": (
        "Demande de devis reçue",
        "Bonjour,\n\nNous avons bien reçu votre demande de devis de développement. Avant de l'estimer,"
        " pouvez-vous nous préciser le besoin (écrans concernés, qui l'utilisera, exemple attendu) ?\n\n",
    ),
    "docs": (
        "Changement de responsable : pièces manquantes",
        "Bonjour,\n\nPour changer le responsable OpenFlyers de votre structure, il nous manque :\n"
        "- le courrier signé du président (ou du gérant) désignant le nouveau responsable et son e-mail ;\n"
        "- une copie du procès-verbal d'AG ou de l'extrait K-BIS.\nMerci de nous les transmettre.\n\n",
    ),
    "testplat": (
        "Plateforme de test",
        "Bonjour,\n\nLa plateforme de test se crée depuis votre compte client, rubrique « Plateformes »."
        " Si vous préférez que nous la créions pour vous, cela prendra 0,5 h sur vos heures de bonus."
        " Souhaitez-vous que nous le fassions ?\n\n",
    ),
    "renewal": (
        "Renouvellement de votre abonnement",
        "Bonjour,\n\nLe renouvellement se fait dans votre compte client : « Abonnement » puis « Renouveler »."
        " Le nombre de ressources proposé sera de {n} (vos ressources facturables actives).\n"
        "Pour en payer moins, désactivez d'abord les ressources concernées.\n\n",
    ),
    "resource": (
        "Ajout de ressource",
        "Bonjour,\n\nL'ajout d'une ressource en cours d'année fait l'objet d'une facture au prix annuel."
        " Le nouveau type de ressource demande un nouveau paramétrage : nous pouvons le faire pour 1 h"
        " de bonus. Merci de confirmer.\n\n",
    ),
    "contact": (
        "Mise à jour de votre fiche client",
        "Bonjour,\n\nVous pouvez modifier vous-même les adresses de votre fiche dans votre compte client."
        " Si vous souhaitez que nous le fassions, cette intervention est facturée 30 € HT pour"
        " l'abonnement First Price. Merci de nous dire si vous le souhaitez.\n\n",
    ),
    "reset": (
        "Réinitialisation du mot de passe",
        "Bonjour,\n\nLe compte client se réinitialise avec le lien « mot de passe oublié » de l'espace client"
        " (identifiant : le nom de votre plateforme). Le compte client n'est pas l'identifiant personnel"
        " d'un membre sur la plateforme. Une réinitialisation manuelle par nos soins est possible :"
        " souhaitez-vous que nous la fassions ?\n\n",
    ),
}

EN = {
    "estimate": (
        "Estimate for your request",
        "Hello,\n\nWe estimate this work at {h} h; you will have {r} h of bonus hours left this year.\n"
        "Please confirm by replying so that we can schedule it.\n\n",
    ),
    "devest": (
        "Development quote",
        "Hello,\n\nYour development request is estimated at {d} h. Your bonus hours cover {h} h; the rest"
        " would be invoiced at 60 EUR excl. VAT per hour, or covered by other interested clients.\n"
        "Please let us know whether you accept this quote.\n\n",
    ),
    "migfee": (
        "Migration to version 4",
        "Hello,\n\nWe received your migration request. On the First Price subscription a migration costs"
        " 50 EUR excl. VAT; the invoice is in your client account.\nA migration cannot be undone."
        " Please confirm that you want to go on.\n\n",
    ),
    "migack": (
        "Your migration request",
        "Hello,\n\nYour migration request is recorded. We cannot promise a date; the migration will not"
        " happen before the date you gave us nor before the invoices are paid.\n"
        "Reminder: a migration is irreversible. Please confirm.\n\n",
    ),
    "quoteack": (
        "Quote request received",
        "Hello,\n\nWe received your development quote request. Before we estimate it, could you tell us"
        " more (which screens, who will use it, an example of the expected result)?\n\n",
    ),
    "docs": (
        "Change of person in charge: missing documents",
        "Hello,\n\nTo change the person in charge of your platform we still need:\n"
        "- a letter signed by the president (or manager) naming the new person and his or her e-mail;\n"
        "- a copy of the general-assembly minutes or of the company registry extract.\n\n",
    ),
    "testplat": (
        "Test platform",
        "Hello,\n\nYou can create a test platform yourself from your client account, section 'Platforms'."
        " If you prefer us to do it, it takes 0.5 h of your bonus hours. Shall we?\n\n",
    ),
    "renewal": (
        "Renewing your subscription",
        "Hello,\n\nYou renew in your client account: 'Subscription' then 'Renew'. The number of resources"
        " proposed will be {n} (your active billable resources). To pay for fewer, deactivate them first.\n\n",
    ),
    "resource": (
        "Adding a resource",
        "Hello,\n\nAdding a resource during the year is invoiced at the full-year price. The new resource"
        " type needs new settings: we can do it for 1 bonus hour. Please confirm.\n\n",
    ),
    "contact": (
        "Updating your client record",
        "Hello,\n\nYou can change the addresses of your record yourself in your client account. If you want"
        " us to do it, it is billed 30 EUR excl. VAT on First Price. Please tell us.\n\n",
    ),
    "reset": (
        "Password reset",
        "Hello,\n\nThe client account password is reset with the 'forgotten password' link of the client"
        " area (login: your platform name). The client account is not a member's personal login on the"
        " platform. We can also reset it manually: shall we?\n\n",
    ),
}


def render(
    tables: tuple[dict[str, tuple[str, str]], dict[str, tuple[str, str]]],
    signatures: tuple[str, str],
    kind: str,
    lang: str,
    seed: str,
    figures: dict[str, int] | None = None,
) -> Ours:
    """Our message of that kind from the (French, English) tables, signed, with figures drawn from the
    reply's ident (deterministic) unless the reply's text needs given ones (``figures``: h, r, d, n).
    Shared with the sets whose messages take the same figures (d, e)."""
    table = tables[0] if lang == "fr" else tables[1]
    subject, body = table[kind]
    n = int(hashlib.sha256(seed.encode()).hexdigest()[:6], 16)
    h = 1 + n % 4
    r = n % 5
    d = h + 2 + n % 7
    resources = 2 + n % 9
    values = {"h": h, "r": r, "d": d, "n": resources} | (figures or {})
    text = body.format(**values) + (signatures[0] if lang == "fr" else signatures[1])
    return Ours(subject, text)


def message(kind: str, lang: str, seed: str, figures: dict[str, int] | None = None) -> Ours:
    """Our message of that kind (see ``render``)."""
    return render((FR, EN), (SIGN_FR, SIGN_EN), kind, lang, seed, figures)
