"""Build the blind evaluation set: .eml files and expected.json.

Written by an examiner who had read DOMAIN.md / ARCHITECTURE.md only, not the rules in
bot/understand/. Run: python tests/data/understanding_blind/make_blind.py
"""

from __future__ import annotations

import csv
import json
from email.message import EmailMessage
from pathlib import Path

HERE = Path(__file__).parent
OUR = "support@openflyers.example"

CLIENTS: dict[str, str] = {}
with (HERE / "clients.csv").open(encoding="utf-8") as fh:
    for row in csv.DictReader(fh):
        for col in ("client_email", "contact_email", "responsible_email"):
            CLIENTS[row[col].lower()] = row["platform"]

EXPECTED: dict[str, dict[str, object]] = {}
COUNTER = [0]


def ourid() -> str:
    COUNTER[0] += 1
    return f"<ofbot.{COUNTER[0]:032x}@openflyers.example>"


def M(
    name: str,
    frm: str,
    subj: str | None,
    body: str,
    date: str,
    *,
    kind: str | None = None,
    reply: str | None = None,
    nb: str | None = None,
    tv: str | None = None,
    cash: bool = False,
    lang: str = "fr",
    hint: str | None = None,
    sup: str | None = None,
    html: bool = False,
    atts: list[tuple[str, str]] | None = None,
    inline_img: bool = False,
    headers: dict[str, str] | None = None,
    irt: bool = False,
    display: str | None = None,
    label_reply: bool = True,
) -> None:
    msg = EmailMessage()
    addr = f"{display} <{frm}>" if display else frm
    msg["From"] = addr
    msg["To"] = OUR
    if subj is not None:
        msg["Subject"] = subj
    msg["Date"] = date
    msg["Message-ID"] = f"<{name}.blind@{frm.split('@')[1]}>"
    if irt:
        ref = ourid()
        msg["In-Reply-To"] = ref
        msg["References"] = ref
    for k, v in (headers or {}).items():
        msg[k] = v
    if html:
        msg.set_content(body, subtype="html")
    else:
        msg.set_content(body)
    if inline_img:
        msg.add_related(
            b"\x89PNG\r\n\x1a\nfake",
            maintype="image",
            subtype="png",
            cid="<logo@sig>",
            disposition="inline",
            filename="logo.png",
        )
    for fname, mime in atts or []:
        main, sub = mime.split("/")
        msg.add_attachment(
            b"%PDF-1.4 fake content " + fname.encode(), maintype=main, subtype=sub, filename=fname
        )
    (HERE / f"{name}.eml").write_bytes(bytes(msg))
    exp: dict[str, object] = {
        "suppressed": sup is not None,
        "suppress_reason": sup,
        "client": CLIENTS.get(frm.lower()),
        "client_hint": hint,
        "kind": None if (sup or reply) else kind,
        "language": lang,
    }
    if sup is None:
        exp["not_before"] = nb
        exp["target_version"] = tv
        exp["cash_funded"] = cash
        exp["attachments"] = len(atts or [])
        exp["reply"] = reply
    elif label_reply:
        exp["reply"] = None
    EXPECTED[f"{name}.eml"] = exp


def write_raw(name: str, raw: str, exp: dict[str, object]) -> None:
    (HERE / f"{name}.eml").write_bytes(raw.replace("\n", "\r\n").encode("utf-8"))
    EXPECTED[f"{name}.eml"] = exp


SIG_MERMOZ = """
--
Paul Girard
Président - Aéroclub Jean Mermoz
Aérodrome de Toussus-le-Noble, 78117 Châteaufort
Tél. 06 12 34 56 78
"""

DISCLAIMER = """
Ce message et toutes les pièces jointes sont confidentiels et établis à l'intention exclusive de
ses destinataires. Toute utilisation ou diffusion non autorisée est interdite. Si vous avez reçu ce
message par erreur, merci de le détruire et d'en avertir immédiatement l'expéditeur.
"""

# ------------------------------------------------------------------ migrations
M(
    "mig01",
    "paul.girard@gmail.com",
    "Migration vers la version 4",
    "Bonjour,\n\nNous avons payé les factures et nous souhaitons maintenant migrer notre plateforme "
    "vers la version 4.\nMerci de ne pas effectuer la migration avant le 15 mars, nous avons des "
    "examens théoriques jusque-là.\n\nCordialement," + SIG_MERMOZ,
    "Tue, 10 Nov 2026 09:12:33 +0100",
    kind="migration",
    nb="2027-03-15",
    tv="4",
)
M(
    "mig02",
    "bureau@aeroclub-loire.fr",
    "demande de migration",
    "Bonjour\n\nSuite à la décision du bureau nous voulons passer en 4.0. C'est possible à partir "
    "du 2 mai (fin de notre période de révision annuelle des avions).\n\nMerci\nMarc",
    "Wed, 20 Jan 2027 18:40:00 +0100",
    kind="migration",
    nb="2027-05-02",
    tv="4",
)
M(
    "mig03",
    "planeurs.vosges@orange.fr",
    "Passage en V4",
    "Bonsoir,\n\nle comité souhaite que la plateforme passe en version 4 mais il faut que ce soit "
    "validé par les membres : merci donc de ne migrer qu'après notre AG du 12 février.\n"
    "Nous avons bien pris note que la migration est irréversible.\n\nBernard Klein\nTrésorier\n"
    "Planeurs des Vosges - 88000 Épinal - 03 29 00 00 00",
    "Sat, 05 Dec 2026 21:03:10 +0100",
    kind="migration",
    nb="2027-02-12",
    tv="4",
)
M(
    "mig04",
    "j.carter@azurflight.com",
    "Upgrade to OpenFlyers 4",
    "Hello,\n\nWe would like to have our platform upgraded to version 4. Please do not do it before "
    "April 3rd: our examiners are on site until then.\n\nKind regards,\nJames Carter\nHead of "
    "Training, Azur Flight School SAS\n+33 4 93 00 00 00",
    "Fri, 08 Jan 2027 10:00:00 +0100",
    kind="migration",
    nb="2027-04-03",
    tv="4",
    lang="en",
)
M(
    "mig05",
    "ulmgaronne@gmail.com",
    "migration alpha",
    "Bonjour,\nnous voulons passer en version 4.0alpha, nous acceptons que ce soit une version qui "
    "évolue sans cesse. Pas avant le 01/04/2027 svp.\nLuc",
    "Mon, 15 Feb 2027 08:30:00 +0100",
    kind="migration",
    nb="2027-04-01",
    tv="4.0alpha",
)
M(
    "mig06",
    "contact@aeroalpes.fr",
    "Migration beta",
    "Bonjour,\n\nPouvez-vous faire la migration de notre plateforme vers la beta avant le 15 mars ? "
    "C'est important pour nous car la saison commence juste après.\n\nClaire Fabre\nAéro Alpes",
    "Tue, 12 Jan 2027 14:22:00 +0100",
    kind="migration",
    tv="beta",
)
M(
    "mig07",
    "tresorier@acmermoz.fr",
    "Migration",
    "Madame, Monsieur,\n\nPar la présente, l'Aéroclub Jean Mermoz demande la migration de sa "
    "plateforme OpenFlyers vers la version 4. Nous réglerons la facture de migration dès réception.\n"
    "Nous ne souhaitons pas que la migration ait lieu avant le 20/06.\n\nVeuillez agréer, Madame, "
    "Monsieur, l'expression de nos salutations distinguées.\n\nLe trésorier\nFait au Bourget, le 3 "
    "février 2027\nTél : 01 48 00 00 00",
    "Wed, 03 Feb 2027 11:11:11 +0100",
    kind="migration",
    nb="2027-06-20",
    tv="4",
)
M(
    "mig08",
    "s.martin@acla44.fr",
    "Migration version 4 - priorité",
    "Bonjour,\n\nNous aimerions migrer en version 4 le plus rapidement possible. Nous sommes prêts à "
    "payer pour passer en priorité si besoin.\n\nSophie Martin\nAéroclub Loire-Atlantique",
    "Thu, 04 Mar 2027 09:00:00 +0100",
    kind="migration",
    tv="4",
    cash=True,
)
M(
    "mig09",
    "julie.roux@wanadoo.fr",
    "v4",
    "slt, on voudrait passer a la 4 mais pas avant la fin de saison, disons pas avant le 1er novembre."
    " merci\nJulie",
    "Thu, 10 Jun 2027 19:45:00 +0200",
    kind="migration",
    nb="2027-11-01",
    tv="4",
)
M(
    "mig10",
    "president@aeroclub-loire.fr",
    "TR: Migration de la plateforme",
    "Bonjour,\n\nJe vous transfère la demande de notre chef pilote, merci de la traiter.\n\nMarc\n\n"
    "-----Message d'origine-----\nDe : Pierre Durand <pierre.durand@gmail.com>\nEnvoyé : lundi 8 "
    "mars 2027 20:14\nÀ : president@aeroclub-loire.fr\nObjet : Migration de la plateforme\n\n"
    "Marc,\npeux-tu demander à OpenFlyers la migration de notre plateforme vers la version 4 ? Les "
    "instructeurs sont d'accord.\nPierre",
    "Tue, 09 Mar 2027 08:02:00 +0100",
    kind="migration",
    tv="4",
)
M(
    "mig11",
    "emma.wilson@skyschool.co.uk",
    "Migration request",
    "Hi,\n\nWe'd like to move from the alpha to the stable version 4.0 once our season ends, so not "
    "before 15/10/2027 please. We understand the migration cannot be undone.\n\nBest,\nEmma",
    "Mon, 05 Jul 2027 12:00:00 +0100",
    kind="migration",
    nb="2027-10-15",
    tv="4",
    lang="en",
)
M(
    "mig12",
    "aeroclubvexin@yahoo.fr",
    "Migration en version 4.0 alpha",
    "Bonjour,\nNous souhaitons migrer vers la 4.0 alpha dès que possible.\nSalutations\nGérard Petit"
    "\nAéroclub du Vexin",
    "Mon, 22 Mar 2027 10:10:00 +0100",
    kind="migration",
    tv="4.0alpha",
)
M(
    "mig13",
    "gerard.petit@sfr.fr",
    "Migration - congés",
    "Bonjour,\n\nJe serai en congés du 20 au 28 décembre. Merci de faire la migration vers la version "
    "4 après mon retour, pas avant le 2 janvier.\n\nGérard",
    "Thu, 10 Dec 2026 09:00:00 +0100",
    kind="migration",
    nb="2027-01-02",
    tv="4",
)
M(
    "mig14",
    "cvv.saintex@gmail.com",
    "MIGRATION",
    "<html><body><p>Bonjour,</p><p>Le CVV souhaite <b>migrer en version 4</b>.</p><p>Merci de ne "
    "pas intervenir avant le <b>15&nbsp;septembre&nbsp;2027</b> (fin de la saison de vol à voile)."
    "</p><p>Antoine Dubois<br>CVV Saint-Exupéry<br>Tél&nbsp;: 06 98 76 54 32</p></body></html>",
    "Fri, 02 Apr 2027 17:00:00 +0200",
    kind="migration",
    nb="2027-09-15",
    tv="4",
    html=True,
)

# ------------------------------------------------------------------ support
M(
    "sup01",
    "contact@acmermoz.fr",
    "Problème d'affichage des réservations",
    "Bonjour,\n\nDepuis la migration en version 4 le mois dernier, les réservations des "
    "instructeurs n'apparaissent plus dans le planning. Pouvez-vous regarder ?\n\nMerci" + SIG_MERMOZ,
    "Mon, 12 Apr 2027 09:30:00 +0200",
    kind="support",
)
M(
    "sup02",
    "secretariat@mermoz-ulm.fr",
    "URGENT !!! PLUS RIEN NE MARCHE",
    'BONJOUR IMPOSSIBLE DE SAISIR LES VOLS DEPUIS CE MATIN, MESSAGE D\'ERREUR "ERREUR INTERNE" A '
    "CHAQUE VALIDATION. MERCI DE FAIRE VITE\nJULIE",
    "Sat, 17 Apr 2027 10:02:00 +0200",
    kind="support",
)
M(
    "sup03",
    "planning@cvv-saintex.org",
    "Mails de confirmation",
    '<div dir="ltr"><div>Bonjour,</div><div><br></div><div>Les pilotes ne reçoivent plus les '
    "e-mails de confirmation de réservation depuis vendredi. Avez-vous une idée ?</div><div><br>"
    "</div><div>Cordialement,</div><div>Le planning du CVV</div></div>",
    "Mon, 19 Apr 2027 08:15:00 +0200",
    kind="support",
    html=True,
)
M(
    "sup04",
    "ops@azurflight.com",
    "Error 500 on login",
    "Hi team,\n\nSeveral students can't log into the platform since this morning, they get an error "
    "500 after entering their password. Could you have a look asap?\n\nThanks,\nOps desk\nAzur Flight "
    "School - Cannes-Mandelieu",
    "Tue, 20 Apr 2027 07:55:00 +0200",
    kind="support",
    lang="en",
)
M(
    "sup05",
    "b.klein@orange.fr",
    "Problème export comptable",
    "Bonjour,\n\nl'export comptable vers notre logiciel ne sort plus les bons comptes de TVA. Je suis "
    "absent la semaine prochaine, pouvez-vous traiter ma demande avant ?\n\nMerci d'avance\nBernard",
    "Wed, 21 Apr 2027 16:40:00 +0200",
    kind="support",
)
M(
    "sup06",
    "contact@aeroalpes.fr",
    "Fwd: Undelivered Mail Returned to Sender",
    "Bonjour,\n\nun de nos membres ne reçoit plus aucun mail de la plateforme. Voici le message "
    "d'erreur que j'ai reçu en lui écrivant, pouvez-vous nous aider ?\n\nClaire\n\n---------- "
    "Forwarded message ---------\nFrom: Mail Delivery System <MAILER-DAEMON@aeroalpes.fr>\nDate: "
    "lun. 26 avr. 2027 à 10:12\nSubject: Undelivered Mail Returned to Sender\nTo: "
    "<contact@aeroalpes.fr>\n\nThis is the mail system at host mail.aeroalpes.fr.\n\nI'm sorry to "
    "have to inform you that your message could not\nbe delivered to one or more recipients.\n\n"
    "<jean.dupont@exemple.fr>: host mx.exemple.fr said: 550 5.1.1 User unknown",
    "Mon, 26 Apr 2027 10:30:00 +0200",
    kind="support",
)
M(
    "sup07",
    "compta@acla44.fr",
    "Calcul des heures de vol",
    "Bonjour,\n\nLe calcul des heures de vol facturées aux pilotes est faux pour les vols de plus de "
    "2 heures. Pouvez-vous le corriger avant le 15 mars, date de notre clôture des comptes ?\n\n"
    "Cordialement\nService comptabilité",
    "Mon, 01 Feb 2027 11:00:00 +0100",
    kind="support",
)
M(
    "sup08",
    "aeroclubvexin@yahoo.fr",
    "Besoin d'aide pour les tarifs",
    "Bonjour,\nNous avons besoin d'une intervention sur la plateforme pour reparamétrer tous nos "
    "tarifs (nouvelle grille au 1er janvier). On peut régler la différence si nos heures ne suffisent "
    "pas.\nMerci\nGérard",
    "Mon, 14 Dec 2026 15:00:00 +0100",
    kind="support",
    cash=True,
)
M(
    "sup09",
    "treso@planeurs-vosges.fr",
    "Re: solde pilote négatif",
    "Bonjour,\n\nJe reviens vers vous : le solde de certains pilotes reste négatif alors qu'ils ont "
    "payé par chèque. Comment corriger ?\n\nLe 3 mars 2027 à 10:02, Bernard Klein "
    "<b.klein@orange.fr> a écrit :\n> Vois avec OpenFlyers pour le problème de solde.\n> Bernard\n",
    "Thu, 04 Mar 2027 09:00:00 +0100",
    kind="support",
)
M(
    "sup10",
    "skyschool@skyschool.co.uk".replace("skyschool@", "office@"),
    "Phone support",
    "Hello,\n\nCould someone call us for an hour of phone support to go through the flight log "
    "settings with our new ops manager? Any afternoon next week works.\n\nRegards,\nSkySchool office",
    "Tue, 11 May 2027 10:00:00 +0100",
    kind="support",
    lang="en",
)
M(
    "sup11",
    "marc.lefevre@free.fr",
    "question facturation pilotes",
    "bonjour comment on fait pour qu'un pilote puisse payer par carte ses heures de vol sur la "
    "plateforme ? on trouve pas l'option\nmerci\nmarc\n\nEnvoyé de mon iPhone",
    "Sun, 23 May 2027 21:00:00 +0200",
    kind="support",
)

# ------------------------------------------------------------------ dev quotes
M(
    "dev01",
    "contact@acmermoz.fr",
    "Demande de devis développement",
    "Bonjour,\n\nL'Aéroclub Jean Mermoz souhaiterait obtenir un devis pour le développement d'un "
    "export automatique des vols vers notre logiciel de comptabilité (format FEC).\n\nCordialement"
    + SIG_MERMOZ,
    "Tue, 09 Feb 2027 10:00:00 +0100",
    kind="dev_quote",
)
M(
    "dev02",
    "j.carter@azurflight.com",
    "New feature quote",
    "Hello,\n\nAzur Flight School would like a quote for a new feature: pulling the weather briefing "
    "(METAR/TAF) into the booking screen. How many development hours would that take?\n\nJames",
    "Wed, 10 Feb 2027 09:00:00 +0100",
    kind="dev_quote",
    lang="en",
)
M(
    "dev03",
    "s.martin@acla44.fr",
    "Développement gestion des bons cadeaux",
    "Bonjour,\n\nNous voudrions faire développer une gestion des bons cadeaux pour les vols "
    "d'initiation. Nous sommes prêts à financer une partie en euros pour que ce soit fait en "
    "priorité.\n\nSophie Martin - Aéroclub Loire-Atlantique",
    "Thu, 11 Mar 2027 14:00:00 +0100",
    kind="dev_quote",
    cash=True,
)
M(
    "dev04",
    "cvv.saintex@gmail.com",
    "nouvelle fonctionnalité treuil",
    "Bonjour, serait-il possible d'avoir une nouvelle fonctionnalité pour gérer les lancers au treuil"
    " (comptage et facturation) ? Combien d'heures de développement cela représenterait ? On peut "
    "mutualiser avec d'autres clubs de vol à voile.\nAntoine, CVV Saint-Exupéry",
    "Mon, 15 Mar 2027 20:00:00 +0100",
    kind="dev_quote",
)
M(
    "dev05",
    "nouveau.membre@gmail.com",
    "devis évolution",
    "Bonjour,\n\nJe m'occupe de l'informatique d'Aéro Alpes (plateforme aero-alpes). Nous "
    "aimerions un devis pour une évolution : l'affichage des disponibilités des instructeurs sur "
    "une semaine.\n\nThomas",
    "Tue, 16 Mar 2027 12:00:00 +0100",
    kind="dev_quote",
    hint="aero-alpes",
)
M(
    "dev06",
    "ulmgaronne@gmail.com",
    "DEVIS",
    'Bjr, on voudrait faire ajouter un champ "numéro de licence ULM" dans la fiche pilote avec '
    "alerte d'expiration. Vous pouvez nous chiffrer ça ? On paiera en plus si nos heures de bonus ne "
    "couvrent pas tout.\nLuc",
    "Wed, 17 Mar 2027 08:00:00 +0100",
    kind="dev_quote",
    cash=True,
)
M(
    "dev07",
    "training@skyschool.co.uk",
    "Development request - instructor rostering",
    "Dear OpenFlyers team,\n\nOn behalf of SkySchool Ltd, we would like to request a development "
    "quote for an instructor rostering module. We posted the idea on the forum last month.\n\n"
    "Kind regards,\nTraining department",
    "Thu, 18 Mar 2027 11:00:00 +0000",
    kind="dev_quote",
    lang="en",
)
M(
    "dev08",
    "president@aeroclub-loire.fr",
    "Évolution souhaitée",
    "Bonjour,\n\nle bureau de l'Aéroclub de la Loire souhaiterait que vous développiez la "
    "possibilité de réserver un avion avec un instructeur en une seule opération. Merci de nous "
    "faire une proposition chiffrée.\n\nMarc Lefèvre",
    "Fri, 19 Mar 2027 18:00:00 +0100",
    kind="dev_quote",
)

# ------------------------------------------------------------------ renewals
M(
    "ren01",
    "aeroclubvexin@yahoo.fr",
    "devis abonnement 2027",
    "Bonjour,\n\nPourriez-vous nous envoyer le devis pour le renouvellement de notre abonnement "
    "2027 ? Le trésorier en a besoin pour le budget.\n\nGérard Petit",
    "Mon, 16 Nov 2026 09:00:00 +0100",
    kind="renewal",
)
M(
    "ren02",
    "compta@acla44.fr",
    "Paiement abonnement par virement",
    "Bonjour,\n\nComment payer notre abonnement annuel par virement ? Nous réglerons par virement "
    "dès réception de la facture.\n\nService comptabilité",
    "Tue, 17 Nov 2026 10:00:00 +0100",
    kind="renewal",
)
M(
    "ren03",
    "admin@azurflight.com",
    "Subscription renewal 2027",
    "Hello,\n\nHow do we renew our subscription for next year? Can we pay by card?\n\nThanks,\nAdmin",
    "Wed, 02 Dec 2026 09:00:00 +0100",
    kind="renewal",
    lang="en",
)
M(
    "ren04",
    "treso@planeurs-vosges.fr",
    "Renouvellement avec moins de planeurs",
    "Bonjour,\n\nPour le renouvellement 2027 nous n'aurons plus que 5 planeurs au lieu de 6. Comment "
    "faire pour que la facture de renouvellement en tienne compte ?\n\nBernard",
    "Thu, 03 Dec 2026 20:00:00 +0100",
    kind="renewal",
)
M(
    "ren05",
    "info@ulm-garonne.fr",
    "facture réabonnement",
    "Bonjour je n'arrive pas à créer la facture de réabonnement dans l'espace client, le bouton ne "
    "fait rien. On voudrait payer avant la fin de l'année.\nMerci",
    "Fri, 11 Dec 2026 13:00:00 +0100",
    kind="renewal",
)
M(
    "ren06",
    "julie.roux@wanadoo.fr",
    "Paiement par chèque",
    "Bonjour,\n\nPouvons-nous régler le renouvellement de l'abonnement par chèque ? Si oui à quelle "
    "adresse l'envoyer ?\n\nJulie Roux\nULM Club Mermoz",
    "Sat, 12 Dec 2026 09:00:00 +0100",
    kind="renewal",
)
M(
    "ren07",
    "bureau@aeroclub-loire.fr",
    "TR: Votre abonnement OpenFlyers arrive à échéance",
    "Bonjour,\nqu'est-ce que nous devons faire exactement ? C'est la première fois que je m'en occupe."
    "\nMarc\n\n-------- Message transféré --------\nSujet : Votre abonnement OpenFlyers arrive à "
    "échéance\nDate : Mon, 30 Nov 2026 06:00:00 +0100\nDe : OpenFlyers <no-reply@openflyers.com>\n"
    "Pour : bureau@aeroclub-loire.fr\n\nVotre abonnement arrive à échéance le 31/12/2026. Pensez à le "
    "renouveler depuis votre compte client.\n",
    "Tue, 01 Dec 2026 10:00:00 +0100",
    kind="renewal",
)
M(
    "ren08",
    "office@skyschool.co.uk",
    "Invoice for next year",
    "Hi,\n\nOur accountant asks for the invoice for next year's subscription so we can pay it before "
    "year end. Where do we get it?\n\nSkySchool",
    "Mon, 07 Dec 2026 10:00:00 +0000",
    kind="renewal",
    lang="en",
)

# ------------------------------------------------------------------ owner change
M(
    "own01",
    "contact@acmermoz.fr",
    "Changement de responsable OpenFlyers",
    "Bonjour,\n\nSuite à l'élection du nouveau bureau, Mme Anne Morel (anne.morel@gmail.com) devient "
    "la responsable OpenFlyers du club. L'ancien responsable ne peut plus faire la passation. Vous "
    "trouverez ci-joint le courrier signé du président et l'extrait du procès-verbal d'AG.\n\n"
    "Cordialement" + SIG_MERMOZ,
    "Mon, 18 Jan 2027 09:00:00 +0100",
    kind="owner_change",
    atts=[("courrier_signe_president.pdf", "application/pdf"), ("PV_AG_2027.pdf", "application/pdf")],
)
M(
    "own02",
    "president@aeroclub-loire.fr",
    "Nouveau responsable",
    "Bonjour,\n\nLors de notre AG du 14 janvier, j'ai été élu président. Je souhaite que Julien Caron "
    "(julien.caron@orange.fr) remplace Marc Lefèvre comme responsable de la plateforme. PV de l'AG "
    "en pièce jointe.\n\nYves Martin, président",
    "Fri, 22 Jan 2027 10:00:00 +0100",
    kind="owner_change",
    atts=[("PV AG 14-01-2027.pdf", "application/pdf")],
)
M(
    "own03",
    "admin@azurflight.com",
    "Change of the person in charge of OpenFlyers",
    "Hello,\n\nJames Carter is leaving the school. Please make Laura Smith (l.smith@azurflight.com) "
    "the person in charge of our OpenFlyers platform. Attached: the letter signed by our managing "
    "director and our K-BIS extract.\n\nRegards,\nAdmin",
    "Mon, 01 Feb 2027 09:00:00 +0100",
    kind="owner_change",
    lang="en",
    atts=[("letter_signed.pdf", "application/pdf"), ("kbis.pdf", "application/pdf")],
)
M(
    "own04",
    "secretaire.acv@gmail.com",
    "ancien responsable injoignable",
    "Bonjour,\nNotre ancien responsable OpenFlyers a quitté le club sans nous transmettre les "
    "identifiants. Comment faire pour désigner un nouveau responsable ?\nLa secrétaire de l'ACV",
    "Tue, 02 Feb 2027 19:00:00 +0100",
    kind="owner_change",
)
M(
    "own05",
    "s.martin@acla44.fr",
    "Changement de gérant - K-BIS",
    "Bonjour,\n\nNotre société a changé de gérant. Le nouveau gérant, M. Hugo Blanc, qui figure sur "
    "l'extrait K-BIS joint, sera désormais le responsable OpenFlyers (hugo.blanc@acla44.fr).\n\n"
    "Sophie Martin",
    "Wed, 03 Feb 2027 09:00:00 +0100",
    kind="owner_change",
    atts=[("Extrait_KBIS_2027.pdf", "application/pdf")],
)
M(
    "own06",
    "nicolas.perrin@hotmail.fr",
    "Responsable plateforme ULM",
    "Bonjour,\n\nJe suis le nouveau président du ULM Club Mermoz (openflyers.com/mermoz-ulm). Julie "
    "Roux n'est plus au bureau ; je voudrais être le nouveau responsable de la plateforme. Je joins "
    "le compte rendu de l'assemblée générale.\n\nNicolas Perrin",
    "Thu, 04 Feb 2027 20:00:00 +0100",
    kind="owner_change",
    hint="mermoz-ulm",
    atts=[("CR_AG.pdf", "application/pdf")],
)
M(
    "own07",
    "planeurs.vosges@orange.fr",
    "Passation",
    "Bonjour,\n\nNous souhaitons faire la passation de la gestion d'OpenFlyers à notre nouveau "
    "trésorier, Éric Weber (eric.weber@planeurs-vosges.fr), à la place de Bernard Klein. Le courrier "
    "signé du président est joint.\n\nLe secrétariat",
    "Fri, 05 Feb 2027 10:00:00 +0100",
    kind="owner_change",
    atts=[("courrier.pdf", "application/pdf")],
)

# ------------------------------------------------------------------ password reset
M(
    "pwd01",
    "contact@aeroalpes.fr",
    "Mot de passe compte client",
    "Bonjour,\n\nJ'ai utilisé la fonction mot de passe oublié pour notre compte client mais je ne "
    "reçois aucun e-mail. Pouvez-vous réinitialiser le mot de passe ?\n\nClaire Fabre",
    "Mon, 08 Feb 2027 09:00:00 +0100",
    kind="password_reset",
)
M(
    "pwd02",
    "office@skyschool.co.uk",
    "Lost password",
    "Hi,\n\nWe lost the password of our OpenFlyers client account and the reset e-mail goes to an "
    "address nobody reads any more. Can you reset it for us?\n\nThanks",
    "Tue, 09 Feb 2027 09:00:00 +0000",
    kind="password_reset",
    lang="en",
)
M(
    "pwd03",
    "ulm.mermoz@orange.fr",
    "connexion espace client impossible",
    "Bonjour, je n'arrive plus à me connecter à l'espace client pour payer la facture, le mot de "
    "passe ne marche plus. Pouvez-vous le réinitialiser ? Merci. Julie",
    "Wed, 10 Feb 2027 12:00:00 +0100",
    kind="password_reset",
)
M(
    "pwd04",
    "f.garnier@laposte.net",
    "mot de passe",
    "Bonjour,\n\nJe suis le nouveau trésorier de l'Aéroclub de la Loire (openflyers.com/aeroclub-loire)"
    " et je n'ai pas le mot de passe du compte client. Pouvez-vous me l'envoyer ?\n\nFrançois Garnier",
    "Thu, 11 Feb 2027 18:00:00 +0100",
    kind="password_reset",
    hint="aeroclub-loire",
)
M(
    "pwd05",
    "ulmgaronne@gmail.com",
    "mdp",
    "mdp du compte client perdu, vous pouvez le reset svp ? merci luc",
    "Fri, 12 Feb 2027 22:00:00 +0100",
    kind="password_reset",
)
M(
    "pwd06",
    "cvv.saintex@gmail.com",
    "Identifiants compte client",
    "Bonjour,\n\nNous avons perdu les identifiants de notre compte client OpenFlyers. Le login est-il "
    "bien cvvsaintex ? Et pouvez-vous nous renvoyer un mot de passe ?\n\nAntoine",
    "Sat, 13 Feb 2027 10:00:00 +0100",
    kind="password_reset",
    hint="cvvsaintex",
)
M(
    "pwd07",
    "emma.wilson@skyschool.co.uk",
    "Can't log in to client account",
    'Hello, I forgot the password for the client area (customer account) and the "forgot password"'
    " link says the e-mail is unknown. Could you reset it manually?\nEmma",
    "Sun, 14 Feb 2027 10:00:00 +0000",
    kind="password_reset",
    lang="en",
)

# ------------------------------------------------------------------ contact update
M(
    "con01",
    "tresorier@acmermoz.fr",
    "Mise à jour fiche client",
    "Bonjour,\n\nMerci de mettre à jour l'adresse e-mail de contact de notre fiche client : la "
    "nouvelle adresse est tresorerie@acmermoz.fr.\n\nCordialement\nLe trésorier",
    "Mon, 15 Feb 2027 09:00:00 +0100",
    kind="contact_update",
)
M(
    "con02",
    "ops@azurflight.com",
    "Update billing e-mail",
    "Hello,\n\nPlease update the e-mail addresses on our client record: invoices should now go to "
    "accounts@azurflight.com.\n\nBest regards,\nOps",
    "Tue, 16 Feb 2027 09:00:00 +0100",
    kind="contact_update",
    lang="en",
)
M(
    "con03",
    "julie.roux@wanadoo.fr",
    "Changement d'adresse mail",
    "Bonjour,\nnotre adresse wanadoo va être fermée, pouvez-vous remplacer sur la fiche client "
    "julie.roux@wanadoo.fr par julie.roux@mermoz-ulm.fr ?\nMerci\nJulie",
    "Wed, 17 Feb 2027 09:00:00 +0100",
    kind="contact_update",
)
M(
    "con04",
    "bureau@aeroclub-loire.fr",
    "Nouvelles coordonnées",
    "Bonjour,\n\nLe club a déménagé. Merci de modifier les coordonnées de la fiche client : nouvelle "
    "adresse Aérodrome de Saint-Étienne-Bouthéon, 42160 Andrézieux-Bouthéon, et nouvelle adresse "
    "e-mail de contact contact@aeroclub-loire.fr.\n\nMarc",
    "Thu, 18 Feb 2027 09:00:00 +0100",
    kind="contact_update",
)
M(
    "con05",
    "secretariat.cvv@outlook.fr",
    "adresse e-mail du club",
    "Bonjour,\n\nje suis la nouvelle secrétaire du CVV Saint-Exupéry (plateforme cvvsaintex). "
    "Pouvez-vous remplacer l'e-mail contact de la fiche client par le mien ?\n\nMarie",
    "Fri, 19 Feb 2027 09:00:00 +0100",
    kind="contact_update",
    hint="cvvsaintex",
)
M(
    "con06",
    "aeroclubvexin@yahoo.fr",
    "Emails de la fiche client",
    "Bonjour,\n\nVous nous avez conseillé d'avoir deux adresses différentes pour e-mail client et "
    "e-mail contact. Pouvez-vous changer l'e-mail contact en contact@aeroclub-vexin.fr ?\n\nGérard\n"
    "Aéroclub du Vexin - Aérodrome de Pontoise - 95650 Boissy-l'Aillerie - le 20/02/2027",
    "Sat, 20 Feb 2027 09:00:00 +0100",
    kind="contact_update",
)
M(
    "con07",
    "training@skyschool.co.uk",
    "New contact address",
    "Hi, our contact e-mail changes from 1st March: please replace training@skyschool.co.uk with "
    "flying@skyschool.co.uk on our customer record. Thanks!",
    "Sun, 21 Feb 2027 09:00:00 +0000",
    kind="contact_update",
    lang="en",
)

# ------------------------------------------------------------------ hours statement
M(
    "hrs01",
    "paul.girard@gmail.com",
    "Heures de bonus",
    "Bonjour,\n\nCombien d'heures de bonus nous reste-t-il pour 2027 ?\n\nMerci" + SIG_MERMOZ,
    "Mon, 01 Mar 2027 09:00:00 +0100",
    kind="hours_statement",
)
M(
    "hrs02",
    "admin@azurflight.com",
    "Support hours statement",
    "Hello,\n\nCould you send us a statement of the support hours we have used and what remains "
    "this year?\n\nThanks",
    "Tue, 02 Mar 2027 09:00:00 +0100",
    kind="hours_statement",
    lang="en",
)
M(
    "hrs03",
    "compta@acla44.fr",
    "Relevé des heures d'assistance",
    "Bonjour,\n\nPouvez-vous nous adresser le relevé des heures d'assistance et de développement "
    "utilisées depuis le 1er janvier ?\n\nService comptabilité",
    "Wed, 03 Mar 2027 09:00:00 +0100",
    kind="hours_statement",
)
M(
    "hrs04",
    "info@ulm-garonne.fr",
    "solde heures",
    "solde heures bonus ? merci",
    "Thu, 04 Mar 2027 09:00:00 +0100",
    kind="hours_statement",
)
M(
    "hrs05",
    "chef.pilote@aeroalpes.fr",
    "Avant une demande de devis",
    "Bonjour,\n\nAvant de vous demander un devis, pouvez-vous nous dire où nous en sommes de nos "
    "heures de bonus développement ?\n\nCordialement\nLe chef pilote",
    "Fri, 05 Mar 2027 09:00:00 +0100",
    kind="hours_statement",
)
M(
    "hrs06",
    "treso@planeurs-vosges.fr",
    "Suivi des heures consommées",
    "Madame, Monsieur,\n\nJe vous serais reconnaissant de bien vouloir me communiquer le suivi des "
    "heures consommées sur notre forfait d'heures de bonus pour l'année en cours.\n\nVeuillez agréer"
    " mes salutations distinguées.\n\nLe trésorier",
    "Sat, 06 Mar 2027 09:00:00 +0100",
    kind="hours_statement",
)
M(
    "hrs07",
    "training@skyschool.co.uk",
    "remaining hours?",
    "<p>Hi,</p><p>how many bonus hours do we have left?</p><p>Training dept.</p>",
    "Sun, 07 Mar 2027 09:00:00 +0000",
    kind="hours_statement",
    lang="en",
    html=True,
)

# ------------------------------------------------------------------ resources
M(
    "res01",
    "contact@acmermoz.fr",
    "Nouvel avion",
    "Bonjour,\n\nNous venons d'acheter un DR400 (F-HBCD). Comment l'ajouter à notre abonnement ?\n\n"
    "Merci" + SIG_MERMOZ,
    "Mon, 08 Mar 2027 09:00:00 +0100",
    kind="resource_change",
)
M(
    "res02",
    "aeroclubvexin@yahoo.fr",
    "Vente d'un avion",
    "Bonjour,\nnous avons vendu le F-GXYZ. Faut-il le retirer de l'abonnement et est-ce qu'on est "
    "remboursé ?\nGérard",
    "Tue, 09 Mar 2027 09:00:00 +0100",
    kind="resource_change",
)
M(
    "res03",
    "j.carter@azurflight.com",
    "Adding a simulator",
    "Hello,\n\nWe are adding a second simulator (ALSIM AL42) to the fleet next month. What do we need"
    " to do to add this resource to the platform?\n\nJames",
    "Wed, 10 Mar 2027 09:00:00 +0100",
    kind="resource_change",
    lang="en",
)
M(
    "res04",
    "bureau@aeroclub-loire.fr",
    "Remplacement temporaire",
    "Bonjour,\n\nnotre Robin F-GKLM part en visite 100h pour trois semaines, nous louons un avion en "
    "remplacement. Peut-on simplement renommer la ressource ?\n\nMarc",
    "Thu, 11 Mar 2027 09:00:00 +0100",
    kind="resource_change",
)
M(
    "res05",
    "ulm.mermoz@orange.fr",
    "Nouveau type de ressource",
    "Bonjour,\n\nPouvez-vous créer le nouveau type de ressource pour notre pendulaire avec ses "
    "tarifs ? La facture d'ajout est payée. Vous pouvez décompter l'heure de nos heures de bonus.\n\n"
    "Julie",
    "Fri, 12 Mar 2027 09:00:00 +0100",
    kind="resource_change",
)
M(
    "res06",
    "s.martin@acla44.fr",
    "Ajout d'un appareil",
    "Bonjour,\n\nNous intégrons un nouvel appareil à la flotte en avril. Nous paierons la facture "
    "complémentaire d'abonnement, merci de nous indiquer la marche à suivre.\n\nSophie",
    "Sat, 13 Mar 2027 09:00:00 +0100",
    kind="resource_change",
)
M(
    "res07",
    "chef.pilote.ulmg@gmail.com",
    "ajout ULM",
    "Bonjour, je suis chef pilote à ULM Garonne, plateforme ulm-garonne. On a un nouvel ULM à "
    "ajouter dans la plateforme, comment on fait ? Merci",
    "Sun, 14 Mar 2027 09:00:00 +0100",
    kind="resource_change",
    hint="ulm-garonne",
)

# ------------------------------------------------------------------ test platforms
M(
    "tst01",
    "paul.girard@gmail.com",
    "Plateforme de test version 4",
    "Bonjour,\n\nNous voudrions essayer la version 4 avant de migrer : pouvez-vous nous créer "
    "mermoz.of4 ?\n\nMerci" + SIG_MERMOZ,
    "Mon, 15 Mar 2027 09:00:00 +0100",
    kind="test_platform",
    tv="4",
    hint="mermoz",
)
M(
    "tst02",
    "planning@cvv-saintex.org",
    "plateforme de test",
    "Bonjour,\n\nPourrions-nous avoir une plateforme de test (cvvsaintex.test) pour former nos "
    "nouveaux instructeurs sans toucher à la production ?\n\nLe planning",
    "Tue, 16 Mar 2027 09:00:00 +0100",
    kind="test_platform",
    hint="cvvsaintex",
)
M(
    "tst03",
    "office@skyschool.co.uk",
    "Sandbox copy",
    "Hi,\n\nCan we get a sandbox copy of our platform to test new settings without affecting "
    "production?\n\nThanks",
    "Wed, 17 Mar 2027 09:00:00 +0000",
    kind="test_platform",
    lang="en",
)
M(
    "tst04",
    "contact@aeroalpes.fr",
    "Essai de la V4",
    "Bonjour,\n\nAvant de nous décider pour une migration, nous aimerions essayer la V4 sur une copie"
    " de notre plateforme. Est-ce possible ?\n\nClaire",
    "Thu, 18 Mar 2027 09:00:00 +0100",
    kind="test_platform",
    tv="4",
)
M(
    "tst05",
    "b.klein@orange.fr",
    "plateforme d'essai",
    "Bonjour, on voudrait une plateforme d'essai, copie de la notre, pour tester un nouveau "
    "paramétrage des tarifs. Merci. Bernard",
    "Fri, 19 Mar 2027 09:00:00 +0100",
    kind="test_platform",
)
M(
    "tst06",
    "webmaster.acv@free.fr",
    "Plateforme test",
    "Bonjour,\n\nJe suis le webmaster de l'Aéroclub du Vexin (openflyers.com/aeroclub-vexin). "
    "Pouvez-vous créer une plateforme de test aeroclub-vexin.of4 pour que l'on essaie la version "
    "4 ?\n\nCordialement",
    "Sat, 20 Mar 2027 09:00:00 +0100",
    kind="test_platform",
    tv="4",
    hint="aeroclub-vexin",
)
M(
    "tst07",
    "antoine.dubois@laposte.net",
    "bac à sable",
    "Salut l'équipe, on aurait besoin d'un bac à sable pour tester la nouvelle organisation des "
    "réservations planeurs avant de la mettre en prod. Vous pouvez nous faire une recopie de la "
    "plateforme ? Antoine",
    "Sun, 21 Mar 2027 09:00:00 +0100",
    kind="test_platform",
)

# ------------------------------------------------------------------ other
M(
    "oth01",
    "contact@aeroclub-du-lac.fr",
    "Renseignements tarifs",
    "Bonjour,\n\nNous sommes un aéroclub de 80 membres et envisageons de passer à OpenFlyers. "
    "Pourriez-vous nous communiquer vos tarifs ?\n\nCordialement\nAéroclub du Lac",
    "Mon, 22 Mar 2027 09:00:00 +0100",
    kind="other",
)
M(
    "oth02",
    "contact@acmermoz.fr",
    "Merci !",
    "Bonjour,\n\nJuste un petit mot pour vous remercier, tout fonctionne parfaitement depuis votre "
    "intervention.\n\nBonne journée" + SIG_MERMOZ,
    "Tue, 23 Mar 2027 09:00:00 +0100",
    kind="other",
)
M(
    "oth03",
    "partenariats@avia-assur.fr",
    "Proposition de partenariat",
    "Madame, Monsieur,\n\nNous sommes courtier en assurance aéronautique et souhaiterions vous "
    "proposer un partenariat commercial pour vos clubs.\n\nBien cordialement\nAvia Assur",
    "Wed, 24 Mar 2027 09:00:00 +0100",
    kind="other",
)
M(
    "oth04",
    "president@aeroclub-loire.fr",
    "Invitation meeting aérien",
    "Bonjour,\n\nL'Aéroclub de la Loire a le plaisir de vous inviter à son meeting aérien du 14 "
    "juillet. Vous êtes les bienvenus !\n\nMarc Lefèvre",
    "Thu, 25 Mar 2027 09:00:00 +0100",
    kind="other",
)
M(
    "oth05",
    "admin@azurflight.com",
    "Data processing agreement",
    "Hello,\n\nFor our GDPR register, do you have a data processing agreement we could sign?\n\n"
    "Regards,\nAdmin",
    "Fri, 26 Mar 2027 09:00:00 +0100",
    kind="other",
    lang="en",
)
M(
    "oth06",
    "ulm.mermoz@orange.fr",
    "Résiliation",
    "Bonjour,\n\nLe club cesse son activité fin 2027, nous ne renouvellerons pas l'abonnement. "
    "Comment récupérer nos données avant la fermeture ?\n\nJulie Roux",
    "Sat, 27 Mar 2027 09:00:00 +0100",
    kind="other",
)
M(
    "oth07",
    "jobs.candidat@gmail.com",
    None,
    "Bonjour,\n\nJe suis développeur PHP et pilote privé, je vous envoie ma candidature spontanée. "
    "Vous trouverez mon CV en pièce jointe.\n\nKevin",
    "Sun, 28 Mar 2027 09:00:00 +0100",
    kind="other",
    atts=[("CV_Kevin.pdf", "application/pdf")],
)

# ------------------------------------------------------------------ replies to us
OUR_QUOTE_FR = (
    "Bonjour,\n\nL'intervention demandée ({ref}) est estimée à 2 heures, qui seront déduites de vos "
    "heures de bonus (reste après déduction : 3 heures).\nMerci de confirmer en répondant OK, ou "
    "de répondre non si vous ne souhaitez pas donner suite.\n\nL'équipe OpenFlyers"
)
OUR_QUOTE_EN = (
    "Hello,\n\nThe work you asked for ({ref}) is estimated at 3 hours, to be deducted from your "
    "bonus hours.\nPlease reply OK to confirm, or no if you do not want to go ahead.\n\nThe "
    "OpenFlyers team"
)


def gmail_q(text: str, when: str = "lun. 12 avr. 2027 à 10:02") -> str:
    return f"\n\nLe {when}, Support OpenFlyers <{OUR}> a écrit :\n" + "".join(
        f"> {ln}\n" for ln in text.splitlines()
    )


def outlook_q(text: str) -> str:
    return (
        f"\n\n________________________________\nDe : Support OpenFlyers <{OUR}>\nEnvoyé : lundi "
        f"12 avril 2027 10:02\nÀ : client\nObjet : estimation\n\n{text}\n"
    )


def apple_q(text: str) -> str:
    return f"\n\n> Le 12 avr. 2027 à 10:02, Support OpenFlyers <{OUR}> a écrit :\n>\n" + "".join(
        f"> {ln}\n" for ln in text.splitlines()
    )


def tb_q(text: str) -> str:
    return "\n\nLe 12/04/2027 à 10:02, Support OpenFlyers a écrit :\n" + "".join(
        f"> {ln}\n" for ln in text.splitlines()
    )


def en_q(text: str) -> str:
    return f"\n\nOn Mon, Apr 12, 2027 at 10:02 AM Support OpenFlyers <{OUR}> wrote:\n" + "".join(
        f"> {ln}\n" for ln in text.splitlines()
    )


REPLIES = [
    # name, from, ref, new text, quoting, reply, lang, irt
    ("rep01", "paul.girard@gmail.com", 41, "OK", gmail_q, "confirm", "fr", True),
    ("rep02", "bureau@aeroclub-loire.fr", 42, "Bon pour accord.\n\nMarc", outlook_q, "confirm", "fr", False),
    (
        "rep03",
        "s.martin@acla44.fr",
        43,
        "Bonjour,\n\nc'est parfait, allez-y !\n\nSophie",
        apple_q,
        "confirm",
        "fr",
        True,
    ),
    ("rep04", "ulmgaronne@gmail.com", 44, "Non, c'est bon, allez-y.\nLuc", gmail_q, "confirm", "fr", True),
    ("rep05", "j.carter@azurflight.com", 45, "Yes please go ahead.\n\nJames", en_q, "confirm", "en", True),
    ("rep06", "cvv.saintex@gmail.com", 46, "Validé.\nAntoine", tb_q, "confirm", "fr", False),
    (
        "rep07",
        "contact@aeroalpes.fr",
        47,
        "Bonjour,\nJe confirme la demande, merci.\nClaire",
        outlook_q,
        "confirm",
        "fr",
        True,
    ),
    (
        "rep08",
        "treso@planeurs-vosges.fr",
        48,
        "D'accord pour les 2 heures.\nBernard",
        gmail_q,
        "confirm",
        "fr",
        True,
    ),
    (
        "rep09",
        "emma.wilson@skyschool.co.uk",
        49,
        "Sounds good, go ahead. Thanks!\nEmma",
        en_q,
        "confirm",
        "en",
        True,
    ),
    ("rep10", "aeroclubvexin@yahoo.fr", 50, "oui ok pour nous", apple_q, "confirm", "fr", False),
    (
        "rep11",
        "julie.roux@wanadoo.fr",
        51,
        "Bonjour,\n\nParfait, on valide. Merci beaucoup !\n\nJulie",
        outlook_q,
        "confirm",
        "fr",
        True,
    ),
    ("rep12", "contact@acmermoz.fr", 52, "non merci", gmail_q, "refuse", "fr", True),
    (
        "rep13",
        "president@aeroclub-loire.fr",
        53,
        "Bonjour,\n\nJe confirme que je ne souhaite pas donner suite.\n\nCordialement,\nMarc Lefèvre",
        outlook_q,
        "refuse",
        "fr",
        True,
    ),
    (
        "rep14",
        "info@ulm-garonne.fr",
        54,
        "Bon ben on laisse tomber, trop cher pour nous.",
        tb_q,
        "refuse",
        "fr",
        False,
    ),
    ("rep15", "admin@azurflight.com", 55, "No thanks, we'll pass for now.", en_q, "refuse", "en", True),
    (
        "rep16",
        "compta@acla44.fr",
        56,
        "Bonjour,\n\nFinalement nous n'allons pas donner suite à cette demande.\n\nService comptabilité",
        apple_q,
        "refuse",
        "fr",
        True,
    ),
    (
        "rep17",
        "planeurs.vosges@orange.fr",
        57,
        "Annulez la demande svp, on a trouvé une solution en interne.",
        gmail_q,
        "refuse",
        "fr",
        True,
    ),
    ("rep18", "paul.girard@gmail.com", 58, "OK mais pas avant lundi ?", gmail_q, "question", "fr", True),
    (
        "rep19",
        "secretariat@mermoz-ulm.fr",
        59,
        "Bonjour,\ncombien ça coûterait sans les heures ?\nJulie",
        outlook_q,
        "question",
        "fr",
        True,
    ),
    ("rep20", "chef.pilote@aeroalpes.fr", 60, "Pouvez-vous préciser ?", tb_q, "question", "fr", False),
    (
        "rep21",
        "office@skyschool.co.uk",
        61,
        "Could you explain why it takes 3 hours? It looked like a small change to us.",
        en_q,
        "question",
        "en",
        True,
    ),
    (
        "rep22",
        "marc.lefevre@free.fr",
        62,
        "Qu'est-ce qui est inclus exactement dans les 2 heures ? Est-ce que la formation est comprise ?",
        apple_q,
        "question",
        "fr",
        True,
    ),
    (
        "rep23",
        "antoine.dubois@laposte.net",
        63,
        "ok, mais est-ce que ça peut attendre fin mars ? on est en pleine AG",
        gmail_q,
        "question",
        "fr",
        True,
    ),
    (
        "rep24",
        "gerard.petit@sfr.fr",
        64,
        "Je ne comprends pas, pourquoi 2 heures alors que c'était gratuit l'an dernier ?",
        outlook_q,
        "question",
        "fr",
        True,
    ),
    ("rep25", "training@skyschool.co.uk", 65, "Approved, please proceed.", en_q, "confirm", "en", False),
    (
        "rep26",
        "tresorier@acmermoz.fr",
        66,
        "Nous ne sommes pas intéressés, merci.",
        outlook_q,
        "refuse",
        "fr",
        True,
    ),
]

for name, frm, num, text, quote, rep, lang, irt in REPLIES:
    ref = f"[OF-2026-{num:04d}]"
    q = (OUR_QUOTE_EN if lang == "en" else OUR_QUOTE_FR).format(ref=ref)
    subj = f"Re: {ref} Estimation" if lang == "en" else f"RE: {ref} Estimation de votre demande"
    M(name, frm, subj, text + quote(q), "Tue, 13 Apr 2027 09:00:00 +0200", reply=rep, lang=lang, irt=irt)

# Label corrected after the first run: ARCHITECTURE defines not_before as the boundary the client
# names ("pas avant ..."), whatever the message; "OK mais pas avant lundi ?" names Monday 19 April.
EXPECTED["rep18.eml"]["not_before"] = "2027-04-19"

# ------------------------------------------------------------------ machines
M(
    "auto01",
    "contact@aeroalpes.fr",
    "Réponse automatique : Migration beta",
    "Bonjour,\n\nJe suis absente du 20 au 28 décembre. Pour toute urgence, contactez le chef pilote "
    "au 06 11 22 33 44.\n\nClaire Fabre",
    "Mon, 21 Dec 2026 09:00:00 +0100",
    sup="auto_reply",
)
M(
    "auto02",
    "j.carter@azurflight.com",
    "Automatic reply: [OF-2026-0070] Your request",
    "I am out of the office until January 4th with limited access to e-mail. For urgent matters "
    "please contact ops@azurflight.com.",
    "Tue, 22 Dec 2026 09:00:00 +0100",
    sup="auto_reply",
    lang="en",
    irt=True,
    headers={"Auto-Submitted": "auto-replied"},
    label_reply=False,
)
M(
    "auto03",
    "b.klein@orange.fr",
    "Absence du bureau",
    "Bonjour,\nJe suis en congés jusqu'au 3 janvier inclus. Votre message sera traité à mon retour.\n"
    "Bernard Klein",
    "Wed, 23 Dec 2026 09:00:00 +0100",
    sup="auto_reply",
    headers={"X-Autoreply": "yes"},
)
M(
    "auto04",
    "paul.girard@gmail.com",
    "Re: [OF-2026-0071] Estimation de votre demande",
    "Bonjour,\n\nJe suis actuellement absent et n'ai pas accès à mes e-mails. Je vous répondrai dès "
    "mon retour le 5 janvier.\n\nPaul Girard",
    "Thu, 24 Dec 2026 09:00:00 +0100",
    sup="auto_reply",
    irt=True,
    headers={"Auto-Submitted": "auto-replied", "Precedence": "bulk"},
    label_reply=False,
)
M(
    "auto05",
    "office@skyschool.co.uk",
    "Out of Office",
    "Hello,\n\nThank you for your email. I am currently out of the office until 5 January with "
    "limited access to email. I will respond to your message as soon as possible on my return.",
    "Fri, 25 Dec 2026 09:00:00 +0000",
    sup="auto_reply",
    lang="en",
    headers={"X-MS-Exchange-Inbox-Rules-Loop": "office@skyschool.co.uk"},
)
M(
    "auto06",
    "compta@acla44.fr",
    "Accusé de réception",
    "Bonjour,\n\nNous avons bien reçu votre message. Ceci est un message automatique, merci de ne pas "
    "y répondre. Notre service comptabilité vous répondra sous 48 heures.",
    "Sat, 26 Dec 2026 09:00:00 +0100",
    sup="auto_reply",
    headers={"Auto-Submitted": "auto-generated"},
)
M(
    "auto07",
    "secretaire.acv@gmail.com",
    "Absent(e)",
    "Je suis absente du 20 au 28 décembre, je traiterai votre message à mon retour.",
    "Sun, 20 Dec 2026 09:00:00 +0100",
    sup="auto_reply",
)
M(
    "list01",
    "forum-notifications@lists.aviation-clubs.example",
    "[clubs-ulm] Nouvelle réglementation radio",
    "Bonjour à tous,\n\nla nouvelle réglementation radio entre en vigueur le 1er mars.\n\n"
    "--\nVous recevez ce message car vous êtes abonné à la liste clubs-ulm.",
    "Mon, 01 Feb 2027 09:00:00 +0100",
    sup="list",
    headers={
        "List-Id": "Clubs ULM <clubs-ulm.lists.aviation-clubs.example>",
        "List-Unsubscribe": "<mailto:clubs-ulm-leave@lists.aviation-clubs.example>",
        "Precedence": "list",
    },
)
M(
    "loop01",
    OUR,
    "[OF-2026-0072] Votre demande a bien été reçue",
    "Bonjour,\n\nVotre demande a bien été reçue et sera traitée.\n\nL'équipe OpenFlyers",
    "Mon, 01 Feb 2027 09:00:00 +0100",
    sup="loop",
    headers={"Auto-Submitted": "auto-replied"},
    label_reply=False,
)

BOUNCE = f"""Return-Path: <>
From: Mail Delivery System <MAILER-DAEMON@mx.acmermoz.fr>
To: {OUR}
Subject: Undelivered Mail Returned to Sender
Date: Tue, 02 Feb 2027 09:00:00 +0100
Message-ID: <20270202080000.ABC123@mx.acmermoz.fr>
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status; boundary="BOUND"

--BOUND
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx.acmermoz.fr.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<ancien.tresorier@acmermoz.fr>: host mx.acmermoz.fr said: 550 5.1.1 User unknown

--BOUND
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.acmermoz.fr

Final-Recipient: rfc822; ancien.tresorier@acmermoz.fr
Action: failed
Status: 5.1.1

--BOUND
Content-Type: text/rfc822-headers

From: {OUR}
To: ancien.tresorier@acmermoz.fr
Subject: [OF-2026-0073] Votre demande
Message-ID: <ofbot.0000000000000000000000000000ffff@openflyers.example>

--BOUND--
"""
write_raw("bounce01", BOUNCE, {"suppressed": True, "suppress_reason": "bounce", "client": None})

BOUNCE2 = f"""Return-Path: <>
From: postmaster@outlook.fr
To: {OUR}
Subject: =?utf-8?q?Non_remis_=3A_=5BOF-2026-0074=5D_Estimation?=
Date: Wed, 03 Feb 2027 09:00:00 +0100
Message-ID: <ndr-1234@outlook.fr>
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status; boundary="B2"

--B2
Content-Type: text/plain; charset=utf-8

Votre message n'a pas pu être remis à ces destinataires :
secretariat.cvv@outlook.fr
La boîte aux lettres est pleine.

--B2
Content-Type: message/delivery-status

Reporting-MTA: dns; outlook.fr
Final-Recipient: rfc822; secretariat.cvv@outlook.fr
Action: failed
Status: 5.2.2

--B2--
"""
write_raw("bounce02", BOUNCE2, {"suppressed": True, "suppress_reason": "bounce", "client": None})

(HERE / "expected.json").write_text(
    json.dumps(EXPECTED, indent=1, ensure_ascii=False) + "\n", encoding="utf-8"
)
print(len(EXPECTED), "messages")
