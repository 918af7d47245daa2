"""Generate the second blind set: .eml files and expected.json (labels written by hand below).

Run: .venv/bin/python tests/data/understanding_blind2/make_blind2.py
"""

from __future__ import annotations

import csv
import hashlib
import json
import re
from email.message import EmailMessage
from email.utils import parsedate_to_datetime
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
OURS = "support@openflyers.example"

CLIENTS: dict[str, str] = {}
with (HERE / "clients.csv").open(encoding="utf-8") as fh:
    for row in csv.DictReader(fh):
        for col in ("client_email", "contact_email", "responsible_email"):
            CLIENTS[row[col].lower()] = row["platform"]

CASES: list[dict[str, Any]] = []


def our_id(n: int) -> str:
    return "<ofbot." + hashlib.md5(f"blind2-{n}".encode()).hexdigest() + "@openflyers.example>"


def add(
    name: str,
    frm: str,
    subject: str,
    body: str,
    *,
    date: str = "Tue, 12 Jan 2027 09:14:00 +0100",
    kind: str | None = None,
    reply: str | None = None,
    not_before: str | None = None,
    target: str | None = None,
    cash: bool = False,
    hint: str | None = None,
    lang: str = "fr",
    suppress: str | None = None,
    attach: list[tuple[str, str]] | None = None,
    inline_image: bool = False,
    headers: dict[str, str] | None = None,
    in_reply_to: str | None = None,
    attachments_label: int | str | None = "auto",
    raw: str | None = None,
) -> None:
    CASES.append(
        {
            "name": name,
            "frm": frm,
            "subject": subject,
            "body": body,
            "date": date,
            "attach": attach or [],
            "inline_image": inline_image,
            "headers": headers or {},
            "in_reply_to": in_reply_to,
            "raw": raw,
            "expected": {
                "suppressed": suppress is not None,
                "suppress_reason": suppress,
                "client": CLIENTS.get(_bare(frm).lower()),
                "client_hint": hint,
                "kind": kind,
                "reply": reply,
                "not_before": not_before,
                "target_version": target,
                "cash_funded": cash,
                "attachments": (len(attach or []) if attachments_label == "auto" else attachments_label),
                "language": lang,
            },
        }
    )


def _bare(frm: str) -> str:
    return frm.split("<")[-1].rstrip(">").strip()


# ---------------------------------------------------------------- migration
add(
    "mig01_president_letter",
    "Henri Dufresne <h.dufresne@orange.example>",
    "Migration de notre plateforme",
    """Monsieur,

J'ai l'honneur de solliciter, au nom du conseil d'administration de l'Aéro-club Jean Mermoz,
la migration de notre plateforme vers la version 4 d'OpenFlyers. Nous avons bien pris note du
caractère irréversible de cette opération.

Notre assemblée générale se tenant le 12 février, nous vous saurions gré de ne point y procéder
avant cette date.

Je vous prie d'agréer, Monsieur, l'expression de mes salutations distinguées.

Henri Dufresne
Président de l'Aéro-club Jean Mermoz
Tél. 04 78 00 00 00
""",
    date="Tue, 05 Jan 2027 10:21:00 +0100",
    kind="migration",
    not_before="2027-02-12",
    target="4",
)
add(
    "mig02_sms_no_subject",
    "Kevin Lambert <kevin.lambert@free.example>",
    "",
    """slt
on voudrait passer en v4 svp, mais pas avant le 15 mars psk on a les examens theoriques
merci
kev
""",
    date="Wed, 20 Jan 2027 22:47:00 +0100",
    kind="migration",
    not_before="2027-03-15",
    target="4",
)
add(
    "mig03_beta_indirect",
    "Marie-Claire Vidal <mc.vidal@lyonbron.example>",
    "Version beta",
    """Bonjour,

Nous nous interrogeons sur la possibilité d'une montée de version de notre plateforme vers la beta :
plusieurs membres du bureau souhaitent profiter des nouveautés et nous acceptons de fonctionner sur
une version qui évolue en permanence. Si c'est possible, ce serait à partir du 2 mai.

Bien cordialement,
Marie-Claire Vidal
""",
    date="Mon, 08 Feb 2027 14:05:00 +0100",
    kind="migration",
    not_before="2027-05-02",
    target="beta",
)
add(
    "mig04_en_alpha",
    "James Whitaker <j.whitaker@skyhigh.example>",
    "Upgrade request",
    """Hi team,

We'd like to upgrade our platform to 4.0alpha. We understand it cannot be rolled back.
Please do not schedule it before April 3rd: our busy season ends then.

Kind regards,
James Whitaker
Head of Operations, SkyHigh Flight School Ltd
""",
    date="Thu, 14 Jan 2027 08:30:00 +0000",
    kind="migration",
    not_before="2027-04-03",
    target="4.0alpha",
    lang="en",
)
add(
    "mig05_numeric_date_major",
    "Aéroclub Lyon Bron <aeroclub@lyonbron.example>",
    "Demande",
    """Bonjour,

Suite à la décision du bureau, nous demandons la migration vers la nouvelle version majeure.
La migration pourra intervenir le 01/04/2027 au plus tôt.

Cordialement,
Le secrétariat
""",
    date="Fri, 15 Jan 2027 11:00:00 +0100",
    kind="migration",
    not_before="2027-04-01",
)
add(
    "mig06_deadline_not_notbefore",
    "Gérard Poncet <gerard.poncet@wanadoo.example>",
    "Question",
    """Bonjour,

Nous souhaiterions migrer en 4.0 avant le 15 mars si possible, car la saison commence juste après.
Les factures seront réglées par chèque.

Gérard Poncet
""",
    date="Mon, 18 Jan 2027 09:00:00 +0100",
    kind="migration",
    target="4",
)
add(
    "mig07_courant_mai",
    "Les Ailes du Nord <tresorerie.adn@gmail.example>",
    "Passage à la version 4 ?",
    """Bonjour,

Nous aimerions passer à la dernière version stable courant mai, une fois la période des examens
terminée. Merci de nous indiquer la suite.

Bonne journée,
Claire, trésorière
""",
    date="Tue, 02 Feb 2027 17:40:00 +0100",
    kind="migration",
    target="4",  # relabelled after the first run: the subject names "version 4"
)
add(
    "mig08_forwarded_board_decision",
    "Secrétariat Aéro-club Jean Mermoz <secretariat@acmermoz.example>",
    "TR: Décision du CA",
    """Bonjour,

Je vous transmets ci-dessous la décision du conseil d'administration.

Cordialement,
Sylvie, secrétariat

-------- Message transféré --------
De : Henri Dufresne <h.dufresne@orange.example>
Date : 8 janvier 2027 à 19:02
Objet : Décision du CA
À : secretariat@acmermoz.example

Sylvie,

Le conseil a voté le passage en V4 de la plateforme OpenFlyers, à réaliser après le 1er mars 2027.
Merci de transmettre à OpenFlyers.

Henri
""",
    date="Mon, 11 Jan 2027 08:55:00 +0100",
    kind="migration",
    not_before="2027-03-01",
    target="4",
)
add(
    "mig09_belgian_upgrade",
    "Luc Dewitte <luc.dewitte@skynet.example>",
    "Upgrade de notre plateforme",
    """Bonjour,

Suite à notre assemblée générale, nous souhaiterions effectuer l'upgrade vers la version 4.
Merci de ne pas y procéder avant le 30 avril. Nous payerons évidemment les frais éventuels.

Bien à vous,
Luc Dewitte
Royal Aéro-Club de Spa
""",
    date="Wed, 10 Feb 2027 19:12:00 +0100",
    kind="migration",
    not_before="2027-04-30",
    target="4",
)
add(
    "mig10_swiss_year_rollover",
    "Urs Favre <urs.favre@bluewin.example>",
    "Migration OpenFlyers",
    """Bonjour,

Nous avons pris connaissance du caractère irréversible de la migration et vous demandons de migrer
notre instance vers la 4 dès que possible, mais pas avant le 6 janvier (fin des fêtes).

Avec nos meilleures salutations,
Urs Favre, GVV Genève
""",
    date="Thu, 10 Dec 2026 16:20:00 +0100",
    kind="migration",
    not_before="2027-01-06",
    target="4",
)
add(
    "mig11_absence_lookalike",
    "Julien Petit <julien.petit@icare-ulm.example>",
    "Migration - absence",
    """Bonjour,

Je serai absent du 2 au 9 février, merci donc de ne pas migrer avant le 10 février.
Nous souhaitons passer en version 4 dès que vous pourrez après cette date.

Julien Petit
Icare ULM
""",
    date="Tue, 26 Jan 2027 12:00:00 +0100",
    kind="migration",
    not_before="2027-02-10",
    target="4",
)

# ---------------------------------------------------------------- test platform
add(
    "test01_no_migration_but_test",
    "Secrétariat <secretariat@acmermoz.example>",
    "Plateforme de test",
    """Bonjour,

Nous ne souhaitons pas migrer pour l'instant mais voudrions une plateforme de test, copie de la
nôtre, pour former nos nouveaux instructeurs sans toucher aux vraies données.

Merci d'avance,
Sylvie
""",
    date="Wed, 13 Jan 2027 10:10:00 +0100",
    kind="test_platform",
)
add(
    "test02_try_v4_first",
    "Vol à voile Lyon Bron <vvlb@wanadoo.example>",
    "Essai version 4",
    """Bonjour,

Serait-il envisageable d'essayer la version 4 sur une copie de notre plateforme avant de nous
décider à migrer ? Nous ne voulons pas nous engager sans avoir vu l'interface.

Cordialement,
Gérard Poncet
""",
    date="Thu, 21 Jan 2027 18:33:00 +0100",
    kind="test_platform",
    target="4",
)
add(
    "test03_sandbox_sms",
    "Julien <icareulm@sfr.example>",
    "bac a sable",
    """salut
vous pouvez nous ouvrir un bac a sable pour qu'on teste les nouveaux tarifs sans casser la prod ?
thx
""",
    date="Sat, 23 Jan 2027 21:05:00 +0100",
    kind="test_platform",
)
add(
    "test04_recette_company",
    "Sophie Marchal <s.marchal@aviasud.example>",
    "Environnement de recette",
    """Madame, Monsieur,

Dans le cadre de la mise en place de notre nouvelle grille tarifaire, nous aurions besoin d'un
environnement de recette distinct de la production, afin de valider le paramétrage avant bascule.

Cordialement,
Sophie Marchal
Responsable administrative - Aviasud Formation SARL
""",
    date="Mon, 25 Jan 2027 09:41:00 +0100",
    kind="test_platform",
)
add(
    "test05_en_sandbox",
    "SkyHigh Ops <ops@skyhigh.example>",
    "Test copy of our platform",
    """Hello,

Could you set up a test copy of our platform? We want to try out the new booking rules before
they go live for our students.

Thanks,
Emma (operations)
""",
    date="Tue, 26 Jan 2027 10:00:00 +0000",
    kind="test_platform",
    lang="en",
)
add(
    "test06_of4_explicit",
    "Compta Aviasud <compta@aviasud.example>",
    "Plateforme d'essai",
    """Bonjour,

Nous aimerions disposer de la plateforme d'essai en version 4 (la copie en .of4) pour évaluer la
nouvelle interface avec nos instructeurs.

Cordialement,
Patrick, service comptable
""",
    date="Wed, 27 Jan 2027 15:15:00 +0100",
    kind="test_platform",
    target="4",
)
add(
    "test07_demo_copy_belgian",
    "Secrétariat RAC Spa <secretariat@rac-spa.example>",
    "Copie de la démo",
    """Bonjour,

Pour nos cours théoriques, nous voudrions une copie de la plateforme de démonstration à notre nom,
sans le message de réinitialisation toutes les heures. Est-ce possible ?

Bien à vous,
Martine
""",
    date="Thu, 28 Jan 2027 13:13:00 +0100",
    kind="test_platform",
)
add(
    "test08_unknown_hint",
    "Pierre Lefort <pierre.lefort@gmail.example>",
    "Plateforme test",
    """Bonjour,

Je suis le nouveau trésorier de l'aéroclub (plateforme castelnau). Nous voudrions une plateforme de
test pour préparer la saison sans risque.

Pierre Lefort
""",
    date="Fri, 29 Jan 2027 08:08:00 +0100",
    kind="test_platform",
    hint="castelnau",
)
add(
    "test09_en_trial_v4",
    "Urs Favre <urs.favre@bluewin.example>",
    "Trying version 4",
    """Hello,

We are not ready to migrate yet. Is there a way to trial version 4 on a copy of our platform first?

Best regards,
Urs Favre
""",
    date="Mon, 01 Feb 2027 07:50:00 +0100",
    kind="test_platform",
    target="4",
    lang="en",
)

# ---------------------------------------------------------------- owner change
add(
    "own01_formal_with_docs",
    "Henri Dufresne <h.dufresne@orange.example>",
    "Changement de responsable",
    """Monsieur,

Suite à notre assemblée générale du 14 janvier, M. Paul Girard (paul.girard@orange.example) a été
élu président et devient le responsable OpenFlyers du club. Vous trouverez ci-joint le courrier
signé ainsi que le procès-verbal de l'assemblée.

Veuillez agréer, Monsieur, mes salutations distinguées.

Henri Dufresne
""",
    date="Mon, 18 Jan 2027 11:11:00 +0100",
    kind="owner_change",
    attach=[("courrier_signe.pdf", "application/pdf"), ("PV_AG_2027.pdf", "application/pdf")],
)
add(
    "own02_passation",
    "Marie-Claire Vidal <mc.vidal@lyonbron.example>",
    "Passation",
    """Bonjour,

Je me permets de revenir vers vous concernant la passation de la gestion d'OpenFlyers : je quitte
le bureau à la fin du mois et c'est Mme Anne Leroy (anne.leroy@lyonbron.example) qui me remplace
comme référente.

Bien à vous,
Marie-Claire Vidal
""",
    date="Tue, 19 Jan 2027 09:30:00 +0100",
    kind="owner_change",
)
add(
    "own03_forward_new_board",
    "Secrétariat Castelnau <secretariat.castelnau@orange.example>",
    "TR: Nouveau bureau 2027",
    """Bonjour,

Suite au changement de bureau, merci de mettre à jour le responsable de notre plateforme : c'est
désormais M. Olivier Blanc. Le procès-verbal est joint.

Cordialement,
Le secrétariat

---------- Forwarded message ---------
De : Jean-Pierre Azéma <jp.azema@orange.example>
Date: sam. 16 janv. 2027 à 18:20
Subject: Nouveau bureau 2027
To: <secretariat.castelnau@orange.example>

Président : Olivier Blanc ; trésorier : Marc Roy ; secrétaire : Agnès Fabre.
""",
    date="Mon, 18 Jan 2027 10:02:00 +0100",
    kind="owner_change",
    attach=[("PV_AG.pdf", "application/pdf")],
)
add(
    "own04_company_gerant",
    "Aviasud Formation <gestion@aviasud.example>",
    "Responsable OpenFlyers",
    """Madame, Monsieur,

Je suis le gérant majoritaire de la société Aviasud Formation SARL (60 % des parts). Je souhaite
désigner M. Thomas Brun (t.brun@aviasud.example) comme nouveau responsable OpenFlyers, en
remplacement de Mme Marchal qui quitte la société. L'extrait K-BIS est en pièce jointe.

François Aubert, gérant
""",
    date="Wed, 03 Feb 2027 16:00:00 +0100",
    kind="owner_change",
    attach=[("kbis.pdf", "application/pdf")],
)
add(
    "own05_en_new_admin",
    "James Whitaker <j.whitaker@skyhigh.example>",
    "New account administrator",
    """Hi,

I am leaving SkyHigh at the end of the month. Our new accountable manager, Tom Reed
(tom.reed@skyhigh.example), should take over as the person in charge of OpenFlyers for our account.
The signed letter from our managing director is attached.

Regards,
James
""",
    date="Thu, 04 Feb 2027 09:00:00 +0000",
    kind="owner_change",
    lang="en",
    attach=[("letter.pdf", "application/pdf")],
)
add(
    "own06_unknown_new_president",
    "Alain Mercier <alain.mercier@yahoo.example>",
    "Nouveau président",
    """Bonjour,

Je suis le nouveau président de l'aéroclub Icare (plateforme icare). L'ancien responsable
OpenFlyers est injoignable : comment faire pour que je devienne le référent de la plateforme ?

Alain Mercier
""",
    date="Fri, 05 Feb 2027 20:20:00 +0100",
    kind="owner_change",
    hint="icare",
)
add(
    "own07_sms_new_president",
    "Julien Petit <contact@icare-ulm.example>",
    "changement",
    """bjr
nouveau president depuis samedi, faut changer le responsable openflyers, c moi maintenant
(julien.petit@icare-ulm.example). je vous envoie le pv des que je l'ai
jp
""",
    date="Mon, 08 Feb 2027 07:12:00 +0100",
    kind="owner_change",
)
add(
    "own08_belgian_board",
    "Royal Aéro-Club de Spa <info@rac-spa.example>",
    "Changement de responsable OpenFlyers",
    """Bonjour,

Le conseil d'administration a désigné Mme Hélène Jacobs comme nouvelle responsable OpenFlyers
(helene.jacobs@skynet.example) en remplacement de M. Dewitte. Vous trouverez en annexe la lettre
signée par notre président ainsi que l'extrait du Moniteur belge.

Bien à vous,
Le secrétariat du RAC Spa
""",
    date="Tue, 09 Feb 2027 11:45:00 +0100",
    kind="owner_change",
    attach=[("lettre.pdf", "application/pdf"), ("moniteur.pdf", "application/pdf")],
)

# ---------------------------------------------------------------- password reset
add(
    "pwd01_lost_credentials",
    "Gérard Poncet <president.vvlb@wanadoo.example>",
    "Identifiants",
    """Bonjour,

Suite au départ de notre ancien trésorier, nous avons perdu les identifiants du compte client.
Pouvez-vous réinitialiser le mot de passe ?

Merci,
Gérard Poncet
""",
    date="Tue, 12 Jan 2027 10:00:00 +0100",
    kind="password_reset",
)
add(
    "pwd02_cannot_login",
    "Bernard Roussel <b.roussel@laposte.example>",
    "Accès espace client",
    """Bonjour,

Depuis ce matin, impossible de me connecter à l'espace client : le mot de passe n'est plus reconnu
et la fonction « mot de passe oublié » ne m'envoie rien.

Bernard Roussel
""",
    date="Wed, 13 Jan 2027 08:45:00 +0100",
    kind="password_reset",
)
add(
    "pwd03_en_locked_out",
    "SkyHigh Accounts <accounts@skyhigh.example>",
    "Locked out",
    """Hi,

I'm locked out of our customer account; the reset link never arrives. Can you reset the password
please?

Thanks,
Priya Shah, Accounts
""",
    date="Thu, 14 Jan 2027 14:00:00 +0000",
    kind="password_reset",
    lang="en",
)
add(
    "pwd04_urgent_subject",
    "Caissier GVVG <caissier@gvvg.example>",
    "URGENT",
    """Bonjour,

Mot de passe du compte client oublié et le lien de réinitialisation ne fonctionne pas. Nous devons
payer le renouvellement aujourd'hui, merci de faire vite.

Le caissier
""",
    date="Fri, 15 Jan 2027 17:59:00 +0100",
    kind="password_reset",
)
add(
    "pwd05_elderly",
    "Jean-Pierre Azéma <jp.azema@orange.example>",
    "Compte client",
    """Madame, Monsieur,

Je ne parviens plus à accéder à notre compte client OpenFlyers, ayant égaré le mot de passe.
Pourriez-vous avoir l'obligeance de me le renvoyer ?

Avec mes remerciements anticipés,
Jean-Pierre Azéma
Président
""",
    date="Sat, 16 Jan 2027 09:09:00 +0100",
    kind="password_reset",
)
add(
    "pwd06_unknown_hint",
    "Max <max.ulm42@hotmail.example>",
    "mdp",
    """bonjour
je n'arrive plus a me connecter au compte client de la plateforme mermoz-ulm, pouvez vous
reinitialiser le mdp svp
max
""",
    date="Sun, 17 Jan 2027 22:10:00 +0100",
    kind="password_reset",
    hint="mermoz-ulm",
)
add(
    "pwd07_belgian",
    "Luc Dewitte <luc.dewitte@skynet.example>",
    "Nouveau mot de passe",
    """Bonjour,

Pourriez-vous nous envoyer un nouveau mot de passe pour l'espace client ? Celui que nous avions ne
fonctionne plus.

Bien à vous,
Luc
""",
    date="Mon, 18 Jan 2027 12:30:00 +0100",
    kind="password_reset",
)
add(
    "pwd08_accountant_invoices",
    "Compta Aviasud <compta@aviasud.example>",
    "Demande",
    """Bonjour,

Notre cabinet comptable n'arrive pas à se connecter à notre compte client pour télécharger les
factures : mot de passe refusé à chaque tentative. Merci de le réinitialiser.

Patrick
""",
    date="Tue, 19 Jan 2027 15:20:00 +0100",
    kind="password_reset",
)

# ---------------------------------------------------------------- contact update
add(
    "ctc01_billing_email",
    "Aéro-club Jean Mermoz <contact@acmermoz.example>",
    "Adresse de facturation",
    """Bonjour,

Pourriez-vous changer l'adresse mail de facturation sur notre fiche ? La nouvelle est
tresorier@acmermoz.example.

Merci,
Le bureau
""",
    date="Wed, 20 Jan 2027 10:10:00 +0100",
    kind="contact_update",
)
add(
    "ctc02_update_record",
    "Nathalie Caron <n.caron@ailesdunord.example>",
    "Mise à jour fiche client",
    """Bonjour,

Merci de mettre à jour notre fiche : l'e-mail contact devient secretariat@ailesdunord.example
et le téléphone du club est désormais le 03 20 00 00 00.

Nathalie Caron
""",
    date="Thu, 21 Jan 2027 11:11:00 +0100",
    kind="contact_update",
    inline_image=True,
)
add(
    "ctc03_en_contact_email",
    "James Whitaker <j.whitaker@skyhigh.example>",
    "Contact email change",
    """Hello,

Please update our contact email to ops-team@skyhigh.example; the old ops mailbox will be closed
next month.

Cheers,
James
""",
    date="Fri, 22 Jan 2027 09:09:00 +0000",
    kind="contact_update",
    lang="en",
)
add(
    "ctc04_envisageable",
    "Aéroclub Lyon Bron <aeroclub@lyonbron.example>",
    "",
    """Bonjour,

Serait-il envisageable de remplacer l'adresse e-mail contact de notre fiche client par celle du
secrétariat (secretariat@lyonbron.example) ?

Cordialement,
""",
    date="Mon, 25 Jan 2027 08:00:00 +0100",
    kind="contact_update",
)
add(
    "ctc05_sms_club_mail",
    "Kevin Lambert <kevin.lambert@free.example>",
    "mail du club",
    """svp changez le mail du club sur la fiche, c ulm.mermoz.club@gmail.example maintenant, l'ancien
est plus lu par personne
""",
    date="Tue, 26 Jan 2027 23:30:00 +0100",
    kind="contact_update",
)
add(
    "ctc06_belgian_courriel",
    "Royal Aéro-Club de Spa <info@rac-spa.example>",
    "Changement d'adresse de courriel",
    """Bonjour,

Notre adresse de courriel a changé : veuillez utiliser desormais contact@rac-spa.example à la
place de info@rac-spa.example dans vos fichiers.

Bien à vous,
""",
    date="Wed, 27 Jan 2027 14:44:00 +0100",
    kind="contact_update",
)
add(
    "ctc07_unknown_new_address",
    "Urs Favre <urs.favre@protonmail.example>",
    "Nouvelle adresse",
    """Bonjour,

Je vous écris de ma nouvelle adresse ; merci de la substituer à l'ancienne sur la fiche client de
la plateforme geneve-planeurs.

Urs Favre
""",
    date="Thu, 28 Jan 2027 18:00:00 +0100",
    kind="contact_update",
    hint="geneve-planeurs",
)
add(
    "ctc08_accountant_invoices_to",
    "Les Ailes du Nord <ailesdunord@gmail.example>",
    "Envoi des factures",
    """Bonjour,

Les factures et alertes de renouvellement doivent désormais être adressées à
tresorerie.nord@gmail.example. Merci de modifier l'e-mail client dans votre fichier.

Claire Dumont, trésorière
""",
    date="Fri, 29 Jan 2027 09:30:00 +0100",
    kind="contact_update",
)

# ---------------------------------------------------------------- hours statement
add(
    "hrs01_solde",
    "Henri Dufresne <h.dufresne@orange.example>",
    "Heures de bonus",
    """Bonjour,

Pourriez-vous nous indiquer le solde de nos heures de bonus pour 2027 ?

Cordialement,
H. Dufresne
""",
    date="Mon, 01 Feb 2027 10:00:00 +0100",
    kind="hours_statement",
)
add(
    "hrs02_accountant_credit",
    "Trésorier Lyon Bron <tresorier@lyonbron.example>",
    "Clôture des comptes",
    """Bonjour,

Dans le cadre de la clôture de nos comptes, je souhaiterais connaître le crédit d'heures
d'assistance restant sur notre abonnement, ainsi que le détail des heures déjà consommées.

Bien cordialement,
Marc Roche, trésorier
""",
    date="Tue, 02 Feb 2027 09:15:00 +0100",
    kind="hours_statement",
)
add(
    "hrs03_en_hours_left",
    "SkyHigh Accounts <accounts@skyhigh.example>",
    "Support hours",
    """Hi,

How many support hours do we have left this year?

Thanks,
Priya
""",
    date="Wed, 03 Feb 2027 11:00:00 +0000",
    kind="hours_statement",
    lang="en",
)
add(
    "hrs04_releve",
    "Sophie Marchal <s.marchal@aviasud.example>",
    "Relevé",
    """Bonjour,

Pouvez-vous m'adresser un relevé des heures consommées depuis janvier ?

Merci,
Sophie Marchal
""",
    date="Thu, 04 Feb 2027 16:30:00 +0100",
    kind="hours_statement",
)
add(
    "hrs05_sms",
    "Icare ULM <icareulm@sfr.example>",
    "heures",
    """combien il nous reste d'heures bonus ?
""",
    date="Fri, 05 Feb 2027 19:19:00 +0100",
    kind="hours_statement",
)
add(
    "hrs06_before_devis",
    "Nathalie Caron <n.caron@ailesdunord.example>",
    "Question",
    """Bonjour,

Avant de vous demander un devis, nous nous interrogeons sur le nombre d'heures de développement
qu'il nous reste cette année. Pouvez-vous nous le communiquer ?

Nathalie
""",
    date="Mon, 08 Feb 2027 08:20:00 +0100",
    kind="hours_statement",
)
add(
    "hrs07_belgian_decompte",
    "Secrétariat RAC Spa <secretariat@rac-spa.example>",
    "Décompte",
    """Bonjour,

Pourriez-vous me faire parvenir un décompte des heures d'assistance utilisées cette année ?

Bien à vous,
Martine
""",
    date="Tue, 09 Feb 2027 10:40:00 +0100",
    kind="hours_statement",
)
add(
    "hrs08_unknown_hint",
    "Marc Roy <marc.roy@free.example>",
    "nos heures",
    """Bonjour,

Je suis le nouveau trésorier de l'aéroclub de Castelnau (https://openflyers.com/castelnau/).
Pouvez-vous me dire où nous en sommes de nos heures d'assistance ?

Marc Roy
""",
    date="Wed, 10 Feb 2027 12:00:00 +0100",
    kind="hours_statement",
    hint="castelnau",
)

# ---------------------------------------------------------------- resource change
add(
    "res01_new_aircraft",
    "Aéro-club Jean Mermoz <contact@acmermoz.example>",
    "Nouvel avion",
    """Bonjour,

Nous venons d'acquérir un nouvel avion (F-HBCD, un DR401). Que devons-nous faire pour l'ajouter à
la plateforme ?

Le bureau
""",
    date="Thu, 11 Feb 2027 09:00:00 +0100",
    kind="resource_change",
)
add(
    "res02_sold_dr400",
    "Vol à voile Lyon Bron <vvlb@wanadoo.example>",
    "DR400 vendu",
    """Bonjour,

Nous avons vendu notre DR400 remorqueur F-GKQP. Faut-il faire quelque chose côté abonnement ?

Gérard
""",
    date="Fri, 12 Feb 2027 10:30:00 +0100",
    kind="resource_change",
)
add(
    "res03_en_simulator",
    "SkyHigh Ops <ops@skyhigh.example>",
    "Adding a simulator",
    """Hello,

We'd like to add a simulator (ALSIM AL250) to our booking system from next month. What do we need
to do on the subscription side?

Emma
""",
    date="Mon, 15 Feb 2027 08:00:00 +0000",
    kind="resource_change",
    lang="en",
)
add(
    "res04_replace_temporarily",
    "Bernard Roussel <b.roussel@laposte.example>",
    "Remplacement avion",
    """Bonjour,

Notre Robin F-GNUT part en grande visite pour trois mois et un avion de location le remplace.
Peut-on simplement remplacer le F-GNUT par le F-HAXY sur la plateforme ?

Bernard
""",
    date="Tue, 16 Feb 2027 14:14:00 +0100",
    kind="resource_change",
)
add(
    "res05_sms_second_ulm",
    "Kevin Lambert <kevin.lambert@free.example>",
    "ulm",
    """yo, on a un 2e ulm qui arrive la semaine pro, faut le rajouter sur openflyers. on fait comment ?
""",
    date="Wed, 17 Feb 2027 21:00:00 +0100",
    kind="resource_change",
)
add(
    "res06_accountant_two_more",
    "Compta Aviasud <compta@aviasud.example>",
    "Ressources supplémentaires",
    """Bonjour,

Nous souhaitons ajouter deux ressources à notre abonnement en cours d'année. Merci de nous indiquer
la marche à suivre pour la facture complémentaire.

Patrick
""",
    date="Thu, 18 Feb 2027 11:30:00 +0100",
    kind="resource_change",
)
add(
    "res07_swiss_glider_retired",
    "Caissier GVVG <caissier@gvvg.example>",
    "Planeur retiré",
    """Bonjour,

Notre ASK 21 HB-1234 a été retiré du service définitivement. Merci de nous dire comment le
désactiver pour qu'il ne soit plus compté.

Meilleures salutations,
""",
    date="Fri, 19 Feb 2027 09:45:00 +0100",
    kind="resource_change",
)
add(
    "res08_new_type_c172",
    "Secrétariat Castelnau <secretariat.castelnau@orange.example>",
    "Demande",
    """Bonjour,

Nous avons reçu un Cessna 172 et souhaitons créer un nouveau type de ressource avec des tarifs
différents de nos Robin. Pouvez-vous vous en charger ?

Agnès
""",
    date="Mon, 22 Feb 2027 10:00:00 +0100",
    kind="resource_change",
)

# ---------------------------------------------------------------- renewal
add(
    "ren01_renewal_invoice",
    "Les Ailes du Nord <tresorerie.adn@gmail.example>",
    "Facture",
    """Bonjour,

Je n'arrive pas à trouver comment générer la facture de renouvellement pour 2027 dans l'espace
client.

Claire
""",
    date="Mon, 04 Jan 2027 09:00:00 +0100",
    kind="renewal",
)
add(
    "ren02_devis_2027",
    "Secrétariat <secretariat@acmermoz.example>",
    "Devis 2027",
    """Bonjour,

Pourriez-vous nous transmettre un devis pour l'abonnement 2027 ? Notre trésorier en a besoin pour
préparer le budget présenté à l'AG.

Sylvie
""",
    date="Tue, 01 Dec 2026 10:00:00 +0100",
    kind="renewal",
)
add(
    "ren03_en_annual",
    "SkyHigh Accounts <accounts@skyhigh.example>",
    "Annual subscription",
    """Hi,

Our annual subscription is due. Can we pay by bank transfer this time rather than by card?

Priya
""",
    date="Wed, 02 Dec 2026 12:00:00 +0000",
    kind="renewal",
    lang="en",
)
add(
    "ren04_elderly_cheque",
    "Jean-Pierre Azéma <jp.azema@orange.example>",
    "Renouvellement",
    """Madame, Monsieur,

Je souhaiterais renouveler notre abonnement pour l'année à venir et le régler par chèque. À quelle
adresse dois-je l'envoyer ?

Respectueusement,
Jean-Pierre Azéma
""",
    date="Thu, 03 Dec 2026 15:00:00 +0100",
    kind="renewal",
)
add(
    "ren05_payment_received",
    "Trésorier Lyon Bron <tresorier@lyonbron.example>",
    "Paiement abonnement",
    """Bonjour,

Nous avons réglé la facture de renouvellement de l'abonnement par virement le 3 janvier.
Pouvez-vous confirmer la bonne réception du paiement ?

Marc Roche
""",
    date="Mon, 11 Jan 2027 09:00:00 +0100",
    kind="renewal",
)
add(
    "ren06_sms_amount",
    "ULM Club Mermoz <ulm.mermoz@gmail.example>",
    "renouvellement",
    """c koi le montant du renouvellement cette annee ? on a tjs 3 ulm
""",
    date="Fri, 04 Dec 2026 20:00:00 +0100",
    kind="renewal",
)
add(
    "ren07_belgian_one_less",
    "Luc Dewitte <luc.dewitte@skynet.example>",
    "Renouvellement 2027",
    """Bonjour,

Nous souhaitons renouveler notre abonnement pour 2027, mais avec une ressource de moins : notre
Cessna a été vendu en novembre.

Bien à vous,
Luc
""",
    date="Mon, 07 Dec 2026 08:30:00 +0100",
    kind="renewal",
)
add(
    "ren08_swiss_cotisation",
    "Urs Favre <urs.favre@bluewin.example>",
    "Cotisation annuelle",
    """Bonjour,

Pour le renouvellement de la cotisation annuelle OpenFlyers 2027, merci de nous envoyer la facture.

Salutations,
Urs
""",
    date="Tue, 08 Dec 2026 11:00:00 +0100",
    kind="renewal",
)

# ---------------------------------------------------------------- dev quote
add(
    "dev01_specific_export",
    "Sophie Marchal <s.marchal@aviasud.example>",
    "Développement spécifique",
    """Bonjour,

Nous souhaiterions obtenir un devis pour un développement spécifique : l'export des vols vers
notre logiciel de comptabilité au format FEC.

Cordialement,
Sophie Marchal, Aviasud Formation SARL
""",
    date="Mon, 15 Feb 2027 10:00:00 +0100",
    kind="dev_quote",
)
add(
    "dev02_en_feature_cash",
    "James Whitaker <j.whitaker@skyhigh.example>",
    "Feature request - quote",
    """Hi,

We would like a quote for a new feature: automatic SMS reminders to students before their
bookings. We're happy to pay extra on top of our bonus hours to get it sooner.

James
""",
    date="Tue, 16 Feb 2027 09:00:00 +0000",
    kind="dev_quote",
    cash=True,
    lang="en",
)
add(
    "dev03_evolution_pooled",
    "Urs Favre <urs.favre@bluewin.example>",
    "Évolution remorquages",
    """Bonjour,

Serait-il envisageable de chiffrer une évolution permettant de gérer les remorquages planeurs
(facturation au temps de remorquage) ? Nous pourrions mutualiser nos heures avec d'autres clubs
de vol à voile.

Urs Favre, GVV Genève
""",
    date="Wed, 17 Feb 2027 14:00:00 +0100",
    kind="dev_quote",
)
add(
    "dev04_chiffrage_remainder",
    "Marie-Claire Vidal <mc.vidal@lyonbron.example>",
    "Chiffrage",
    """Bonjour,

Merci de nous faire un chiffrage pour l'ajout d'un champ « numéro de licence FFA » dans la fiche
pilote, avec contrôle de validité. Le club est prêt à financer la partie non couverte par les
heures de bonus.

Marie-Claire Vidal, Aéroclub Lyon Bron
""",
    date="Thu, 18 Feb 2027 11:00:00 +0100",
    kind="dev_quote",
    cash=True,
)
add(
    "dev05_elderly_gift_vouchers",
    "Henri Dufresne <h.dufresne@orange.example>",
    "Bons cadeaux",
    """Monsieur,

Le conseil d'administration souhaiterait que soit étudiée la possibilité d'ajouter à OpenFlyers
la gestion des bons cadeaux (baptêmes de l'air). Pourriez-vous nous en faire une estimation ?

Veuillez agréer mes salutations distinguées.
Henri Dufresne, Aéro-club Jean Mermoz
""",
    date="Fri, 19 Feb 2027 10:30:00 +0100",
    kind="dev_quote",
)
add(
    "dev06_sms_progression",
    "Julien Petit <julien.petit@icare-ulm.example>",
    "idee",
    """est ce que vous pourriez developper un truc pour que les eleves voient leur progression dans
le livret ? combien ca couterait en heures ? (club icare ulm)
""",
    date="Sat, 20 Feb 2027 22:22:00 +0100",
    kind="dev_quote",
)
add(
    "dev07_payroll_cash",
    "Nathalie Caron <n.caron@ailesdunord.example>",
    "Interface paie",
    """Bonjour,

Nous aimerions faire développer une interface entre OpenFlyers et notre outil de paie des
instructeurs. Pour accélérer les choses, nous pouvons régler une partie en numéraire.

Nathalie Caron, Les Ailes du Nord
""",
    date="Mon, 22 Feb 2027 09:00:00 +0100",
    kind="dev_quote",
    cash=True,
)
add(
    "dev08_unknown_hint_near_name",
    "Paul Garnier <paul.garnier@gmail.example>",
    "Demande de devis",
    """Bonjour,

Je représente le Vol à voile Lyon Bron (plateforme lyon-bron-vv). Nous voudrions un devis pour un
développement : la gestion des treuillées dans la planche de vol.

Paul Garnier
""",
    date="Tue, 23 Feb 2027 13:00:00 +0100",
    kind="dev_quote",
    hint="lyon-bron-vv",
)
add(
    "dev09_no_paid_priority",
    "Royal Aéro-Club de Spa <info@rac-spa.example>",
    "Nouvelle fonctionnalité",
    """Bonjour,

Nous voudrions un devis pour une nouvelle fonctionnalité : l'envoi automatique de la météo du
lendemain aux pilotes ayant réservé. Nous ne demandons pas de priorité payante, nos heures de
bonus suffiront sans doute.

Bien à vous,
Royal Aéro-Club de Spa
""",
    date="Wed, 24 Feb 2027 10:00:00 +0100",
    kind="dev_quote",
)

# ---------------------------------------------------------------- support
add(
    "sup01_error500",
    "Aéro-club Jean Mermoz <contact@acmermoz.example>",
    "Erreur",
    """Bonjour,

La page de réservation affiche une erreur 500 depuis ce matin pour tous les membres.

Le bureau
""",
    date="Mon, 01 Mar 2027 08:10:00 +0100",
    kind="support",
)
add(
    "sup02_after_migration_pdf",
    "Les Ailes du Nord <tresorerie.adn@gmail.example>",
    "Factures PDF",
    """Bonjour,

Depuis la migration en version 4 l'an dernier, les factures des élèves ne s'éditent plus en PDF :
on obtient une page blanche. Pouvez-vous regarder ?

Claire
""",
    date="Tue, 02 Mar 2027 10:00:00 +0100",
    kind="support",
)
add(
    "sup03_en_mobile",
    "SkyHigh Ops <ops@skyhigh.example>",
    "Schedule not showing on phones",
    """Hi,

Our instructors can't see the schedule on their phones since yesterday; it works on desktop.

Emma
""",
    date="Wed, 03 Mar 2027 07:30:00 +0000",
    kind="support",
    lang="en",
)
add(
    "sup04_sms_booking",
    "Icare <aeroclub.icare@laposte.example>",
    "planning",
    """le planning bug, impossible de reserver le F-GNUT depuis ce matin, ca dit creneau indisponible
alors que tout est libre
""",
    date="Thu, 04 Mar 2027 09:00:00 +0100",
    kind="support",
)
add(
    "sup05_elderly_cash",
    "Jean-Pierre Azéma <jp.azema@orange.example>",
    "Intervention sur nos tarifs",
    """Madame, Monsieur,

J'aurais besoin d'une intervention sur notre plateforme afin de corriger les tarifs des heures de
vol, en utilisant nos heures de bonus. Nous réglerons volontiers un supplément pour que ce soit
fait avant l'ouverture de la saison.

Jean-Pierre Azéma
""",
    date="Fri, 05 Mar 2027 11:00:00 +0100",
    kind="support",
    cash=True,
)
add(
    "sup06_back_from_holiday_lookalike",
    "Trésorier Lyon Bron <tresorier@lyonbron.example>",
    "Retour de congés - problème",
    """Bonjour,

De retour de congés, je constate que les comptes pilotes ne sont plus débités des vols saisis
depuis le 20 février. Pouvez-vous regarder ?

Marc Roche
""",
    date="Mon, 08 Mar 2027 09:00:00 +0100",
    kind="support",
)
add(
    "sup07_automatic_mails_lookalike",
    "ULM Club Mermoz <bureau.ulmmermoz@gmail.example>",
    "Messages automatiques non reçus",
    """Bonjour,

Nos membres ne reçoivent plus les e-mails automatiques de confirmation de réservation depuis
lundi. Rien dans les spams.

Le bureau
""",
    date="Tue, 09 Mar 2027 19:00:00 +0100",
    kind="support",
)
add(
    "sup08_en_phone_session",
    "Nathalie Caron <n.caron@ailesdunord.example>",
    "Phone session",
    """Hello,

Could we book a one-hour phone session with someone to go through the accounting module? Our new
treasurer does not speak French well, hence English.

Nathalie
""",
    date="Wed, 10 Mar 2027 10:00:00 +0100",
    kind="support",
    lang="en",
)
add(
    "sup09_two_topics",
    "Caissier GVVG <caissier@gvvg.example>",
    "Facture et maintenance",
    """Bonjour,

Merci pour la facture, bien reçue. Par ailleurs, le module de maintenance n'affiche plus les
potentiels restants des planeurs depuis la dernière mise à jour. Pourriez-vous corriger cela ?

Le caissier
""",
    date="Thu, 11 Mar 2027 14:00:00 +0100",
    kind="support",
)

# ---------------------------------------------------------------- other
add(
    "oth01_prospect_mobile",
    "Yves Tanguy <president@aeroclub-morlaix.example>",
    "Renseignements",
    """Bonjour,

Proposez-vous une application mobile ? Nous sommes un club de 80 membres et comparons plusieurs
solutions de réservation.

Yves Tanguy, Aéroclub de Morlaix
""",
    date="Mon, 15 Mar 2027 10:00:00 +0100",
    kind="other",
)
add(
    "oth02_invitation",
    "Henri Dufresne <h.dufresne@orange.example>",
    "Invitation",
    """Monsieur,

L'Aéro-club Jean Mermoz a le plaisir de vous inviter à sa journée portes ouvertes le 5 juin
prochain, à partir de 10 heures. Nous serions honorés de votre présence.

Henri Dufresne
""",
    date="Tue, 16 Mar 2027 11:00:00 +0100",
    kind="other",
)
add(
    "oth03_thanks",
    "Gérard Poncet <gerard.poncet@wanadoo.example>",
    "Merci",
    """Bonjour,

Un grand merci à toute l'équipe pour votre réactivité cette année, c'est très appréciable.

Gérard
""",
    date="Wed, 17 Mar 2027 12:00:00 +0100",
    kind="other",
)
add(
    "oth04_price_complaint",
    "Kevin Lambert <kevin.lambert@free.example>",
    "Tarifs",
    """Bonjour,

Nous constatons une hausse importante du tarif First Price et la trouvons injustifiée pour un
petit club comme le nôtre. Le bureau est très mécontent.

Kevin
""",
    date="Thu, 18 Mar 2027 18:00:00 +0100",
    kind="other",
)
add(
    "oth05_en_gdpr",
    "James Whitaker <j.whitaker@skyhigh.example>",
    "Data hosting",
    """Hi,

For our auditors: where is OpenFlyers based, and is our data hosted in the EU? Do you have a DPA
we can sign?

James
""",
    date="Fri, 19 Mar 2027 09:00:00 +0000",
    kind="other",
    lang="en",
)
add(
    "oth06_job_application",
    "Lucas Martin <lucas.martin.dev@gmail.example>",
    "Candidature spontanée - développeur PHP",
    """Madame, Monsieur,

Pilote privé et développeur PHP depuis cinq ans, je me permets de vous adresser ma candidature
spontanée. Vous trouverez mon CV en pièce jointe.

Lucas Martin
""",
    date="Mon, 22 Mar 2027 08:00:00 +0100",
    kind="other",
    attach=[("CV_Lucas_Martin.pdf", "application/pdf")],
)
add(
    "oth07_spam_seo",
    "Growth Team <hello@rankboost.example>",
    "Boost your Google ranking in 30 days",
    """Hi there,

We noticed your website openflyers.com could rank higher. Our SEO package guarantees page one
within 30 days. Reply YES to get a free audit.

Best,
The RankBoost team
""",
    date="Tue, 23 Mar 2027 03:00:00 +0000",
    kind="other",
    lang="en",
)
add(
    "oth08_trade_show",
    "Aviasud Formation <gestion@aviasud.example>",
    "Question",
    """Bonjour,

Est-ce que vous serez présents au salon France Air Expo à Lyon cette année ? Nous aimerions vous y
rencontrer.

François Aubert
""",
    date="Wed, 24 Mar 2027 10:00:00 +0100",
    kind="other",
)

# ---------------------------------------------------------------- more English first contacts
add(
    "en01_alpha_to_stable",
    "Bernard Roussel <b.roussel@laposte.example>",
    "Moving to the stable release",
    """Hello,

Now that version 4 is stable, we would like to move our platform from the alpha to the stable
release. Any time after 15/03/2027 suits us.

Best,
Bernard Roussel (our new members are mostly English speakers, so I write in English)
""",
    date="Mon, 01 Feb 2027 09:00:00 +0100",
    kind="migration",
    not_before="2027-03-15",
    target="4",
    lang="en",
)
add(
    "en02_statement_unknown_hint",
    "Tom Reed <tom.reed@skyhigh.example>",
    "Bonus hours statement",
    """Hi,

Could you send me a statement of our bonus hours (platform openflyers.com/skyschool)? I have just
joined as accountable manager.

Tom Reed
""",
    date="Tue, 02 Feb 2027 09:00:00 +0000",
    kind="hours_statement",
    hint="skyschool",
    lang="en",
)
add(
    "en03_sold_aircraft",
    "SkyHigh Ops <ops@skyhigh.example>",
    "Aircraft sold",
    """Hi,

We've sold G-ABCD last week. Please let us know how to take it off our fleet in OpenFlyers; does it
change our subscription?

Emma
""",
    date="Wed, 03 Feb 2027 10:00:00 +0000",
    kind="resource_change",
    lang="en",
)
add(
    "en04_forgot_password",
    "Sophie Marchal <s.marchal@aviasud.example>",
    "Client account access",
    """Hello,

I forgot the password of our OpenFlyers client account and the reset e-mail never arrives.
Could you help?

Sophie
""",
    date="Thu, 04 Feb 2027 10:00:00 +0100",
    kind="password_reset",
    lang="en",
)
add(
    "en05_webinar_thanks",
    "Luc Dewitte <luc.dewitte@skynet.example>",
    "Thanks for the webinar",
    """Hello,

Thank you for yesterday's webinar, it was very clear. Will the slides be shared?

Luc
""",
    date="Fri, 05 Feb 2027 10:00:00 +0100",
    kind="other",
    lang="en",
)

# ---------------------------------------------------------------- replies to our estimates
ESTIMATE_FR = """Bonjour,

Nous estimons cette intervention à {h} h, déduites de vos heures de bonus (il vous restera {r} h).
Merci de confirmer ou de refuser en répondant simplement à ce message.

Cordialement,
Le support OpenFlyers"""
ESTIMATE_EN = """Hello,

We estimate this work at {h} h, deducted from your bonus hours ({r} h left afterwards).
Please confirm or decline by replying to this message.

Best regards,
OpenFlyers support"""


def quoted(style: str, ref: str, h: str = "2", r: str = "3") -> str:
    fr = ESTIMATE_FR.format(h=h, r=r)
    en = ESTIMATE_EN.format(h=h, r=r)
    if style == "gmail":
        return (
            "\nLe lun. 11 janv. 2027 à 10:02, Support OpenFlyers <support@openflyers.example> a écrit :\n"
            + "\n".join("> " + line for line in fr.splitlines())
        )
    if style == "outlook":
        return (
            "\n________________________________\nDe : Support OpenFlyers <support@openflyers.example>\n"
            f"Envoyé : lundi 11 janvier 2027 10:02\nÀ : club\nObjet : [{ref}] Votre demande\n\n" + fr
        )
    if style == "iphone":
        return (
            "\nEnvoyé de mon iPhone\n\n> Le 11 janv. 2027 à 10:02, Support OpenFlyers "
            "<support@openflyers.example> a écrit :\n> \n"
            + "\n".join("> " + line for line in fr.splitlines())
        )
    if style == "en_gmail":
        return (
            "\nOn Mon, Jan 11, 2027 at 10:02 AM OpenFlyers support <support@openflyers.example> wrote:\n"
            + "\n".join("> " + line for line in en.splitlines())
        )
    if style == "en_outlook":
        return (
            "\n-----Original Message-----\nFrom: OpenFlyers support <support@openflyers.example>\n"
            f"Sent: Monday, January 11, 2027 10:02 AM\nTo: ops\nSubject: [{ref}] Your request\n\n" + en
        )
    raise ValueError(style)


REPLY_N = 0


def reply(
    name: str,
    frm: str,
    text: str,
    label: str,
    style: str,
    *,
    subject_ref: bool = True,
    header_ref: bool = True,
    lang: str = "fr",
    request_from: str | None = None,
    not_before: str | None = None,
) -> None:
    global REPLY_N
    REPLY_N += 1
    n = 10 + REPLY_N
    ref = f"OF-2026-{n:04d}"
    topic = "Your request" if lang == "en" else "Votre demande d'intervention"
    subject = f"Re: [{ref}] {topic}" if subject_ref else ("Re: " + topic)
    add(
        name,
        frm,
        subject,
        text.rstrip("\n") + "\n" + quoted(style, ref) + "\n",
        date="Wed, 13 Jan 2027 09:30:00 +0100",
        reply=label,
        lang=lang,
        not_before=not_before,
        in_reply_to=our_id(n) if header_ref else None,
    )
    CASES[-1]["thread"] = {
        "ref": ref,
        "our_message_id": our_id(n),
        "request_from": _bare(request_from or frm),
        "client": CLIENTS.get(_bare(frm).lower()),
    }


reply(
    "rep01_ok_gmail",
    "Henri Dufresne <h.dufresne@orange.example>",
    "OK pour nous, vous pouvez y aller.",
    "confirm",
    "gmail",
)
reply(
    "rep02_confirm_outlook",
    "Trésorier Lyon Bron <tresorier@lyonbron.example>",
    "Bonjour,\n\nJe vous confirme notre accord pour les 2 heures.\n\nCordialement,\nMarc Roche\nTrésorier",
    "confirm",
    "outlook",
)
reply(
    "rep03_iphone",
    "Bernard Roussel <b.roussel@laposte.example>",
    "Parfait, merci. Allez-y.",
    "confirm",
    "iphone",
)
reply(
    "rep04_en_go_ahead",
    "James Whitaker <j.whitaker@skyhigh.example>",
    "Sounds good, please go ahead.\n\nJames Whitaker\nHead of Operations | SkyHigh Flight School Ltd\n+44 20 0000 0000",
    "confirm",
    "en_outlook",
    lang="en",
)
reply(
    "rep05_non_cest_bon",
    "Urs Favre <urs.favre@bluewin.example>",
    "Non, c'est bon, allez-y.",
    "confirm",
    "gmail",
)
reply(
    "rep06_sms_thumb",
    "Kevin Lambert <kevin.lambert@free.example>",
    "ca marche pour moi 👍",
    "confirm",
    "iphone",
)
reply(
    "rep07_bon_pour_accord",
    "Jean-Pierre Azéma <jp.azema@orange.example>",
    "Madame, Monsieur,\n\nBon pour accord.\n\nLe Président,\nJ.-P. Azéma",
    "confirm",
    "outlook",
)
reply(
    "rep08_en_yes",
    "SkyHigh Accounts <accounts@skyhigh.example>",
    "Yes, approved.\nPriya",
    "confirm",
    "en_gmail",
    lang="en",
)
reply(
    "rep09_validons",
    "Compta Aviasud <compta@aviasud.example>",
    "Bonjour,\nD'accord, nous validons l'estimation de 2 heures.\nPatrick",
    "confirm",
    "gmail",
)
reply(
    "rep10_non_merci",
    "Gérard Poncet <gerard.poncet@wanadoo.example>",
    "Non merci, nous allons nous débrouiller en interne.",
    "refuse",
    "gmail",
)
reply(
    "rep11_ne_pas_donner_suite",
    "Luc Dewitte <luc.dewitte@skynet.example>",
    "Bonjour,\n\nJe confirme que je ne souhaite pas donner suite.\n\nBien à vous,\nLuc",
    "refuse",
    "outlook",
)
reply(
    "rep12_trop_cher",
    "ULM Club Mermoz <ulm.mermoz@gmail.example>",
    "Trop cher pour nous, on renonce.",
    "refuse",
    "iphone",
)
reply(
    "rep13_en_pass",
    "SkyHigh Ops <ops@skyhigh.example>",
    "We'll pass on this one, thanks.\nEmma",
    "refuse",
    "en_gmail",
    lang="en",
)
reply(
    "rep14_bureau_prefers_not",
    "Nathalie Caron <n.caron@ailesdunord.example>",
    "Bonjour,\n\nAprès discussion avec le bureau, nous préférons ne pas engager ces heures pour le moment.\n\nNathalie",
    "refuse",
    "outlook",
)
reply(
    "rep15_cancel_resolved",
    "Icare ULM <icareulm@sfr.example>",
    "annulez la demande svp, le probleme s'est resolu tout seul",
    "refuse",
    "gmail",
)
reply(
    "rep16_ok_but_monday",
    "Marie-Claire Vidal <mc.vidal@lyonbron.example>",
    "OK mais pas avant lundi.",
    "question",
    "gmail",
    not_before="2027-01-18",  # relabelled after the first run: "pas avant lundi" names a boundary
)
reply(
    "rep17_why_three",
    "Sophie Marchal <s.marchal@aviasud.example>",
    "Bonjour,\n\nPourquoi 2 heures ? Cela nous paraît beaucoup pour un simple export.\n\nSophie Marchal",
    "question",
    "outlook",
)
reply(
    "rep18_en_clarify",
    "James Whitaker <j.whitaker@skyhigh.example>",
    "Could you clarify whether the 2 hours include the phone call?",
    "question",
    "en_gmail",
    lang="en",
)
reply(
    "rep19_next_year",
    "Caissier GVVG <caissier@gvvg.example>",
    "Est-ce que ça peut être décompté sur l'année prochaine plutôt ?",
    "question",
    "iphone",
)
reply(
    "rep20_before_confirming",
    "Aéroclub Lyon Bron <aeroclub@lyonbron.example>",
    "Avant de confirmer : est-ce que les données actuelles seront conservées ?",
    "question",
    "gmail",
)
reply(
    "rep21_other_person_confirms",
    "Secrétariat <secretariat@acmermoz.example>",
    "Bonjour,\nJe réponds à la place de notre président, absent : d'accord pour l'intervention.\nSylvie, secrétariat",
    "confirm",
    "outlook",
    request_from="h.dufresne@orange.example",
)
reply(
    "rep22_treasurer_validates",
    "Trésorier Lyon Bron <tresorier@lyonbron.example>",
    "Le bureau valide. Vous pouvez lancer.",
    "confirm",
    "gmail",
    request_from="mc.vidal@lyonbron.example",
)
reply(
    "rep23_header_only",
    "Vol à voile Lyon Bron <vvlb@wanadoo.example>",
    "C'est d'accord.",
    "confirm",
    "gmail",
    subject_ref=False,
)
reply(
    "rep24_en_faster_question",
    "SkyHigh Ops <ops@skyhigh.example>",
    "Is there any way to get this done faster if we pay the hourly rate?",
    "question",
    "en_outlook",
    lang="en",
)
reply(
    "rep25_subject_only",
    "Royal Aéro-Club de Spa <info@rac-spa.example>",
    "Bonjour,\n\nConfirmé, merci.\n\n--\nRoyal Aéro-Club de Spa\nAérodrome de Spa-La Sauvenière",
    "confirm",
    "outlook",
    header_ref=False,
)

# ---------------------------------------------------------------- machines
add(
    "mach01_fr_ooo_autosubmitted",
    "Henri Dufresne <h.dufresne@orange.example>",
    "Réponse automatique : [OF-2026-0011] Votre demande d'intervention",
    "Bonjour,\n\nJe suis absent jusqu'au 18 janvier inclus. En cas d'urgence, contactez le secrétariat.\n\nHenri Dufresne\n",
    suppress="auto_reply",
    headers={"Auto-Submitted": "auto-replied"},
    in_reply_to=our_id(11),
)
add(
    "mach02_fr_outlook_no_header",
    "Marie-Claire Vidal <mc.vidal@lyonbron.example>",
    "Réponse automatique : Votre demande",
    "Je suis absente du 20 décembre au 3 janvier. Pour toute urgence, merci de contacter "
    "aeroclub@lyonbron.example.\n\nMarie-Claire Vidal\n",
    date="Mon, 21 Dec 2026 08:00:00 +0100",
    suppress="auto_reply",
)
add(
    "mach03_en_ooo_autosubmitted",
    "James Whitaker <j.whitaker@skyhigh.example>",
    "Out of Office: Your request",
    "Thank you for your email. I am out of the office until Monday 18 January with limited access to email.\n",
    suppress="auto_reply",
    lang="en",
    headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
)
add(
    "mach04_en_automatic_reply_unknown",
    "Dana Smith <dana.smith@aviation-partners.example>",
    "Automatic reply: Invoice",
    "I am currently out of the office with limited access to email until January 5th. "
    "For urgent matters please contact reception.\n",
    date="Tue, 29 Dec 2026 10:00:00 +0000",
    suppress="auto_reply",
    lang="en",
)
add(
    "mach05_postmaster_fr_plain",
    "Postmaster <postmaster@lyonbron.example>",
    "Non remis : [OF-2026-0020] Votre demande",
    "Votre message n'a pas pu être remis à certains destinataires.\n\n"
    "Échec de la remise à ces destinataires ou groupes :\n"
    "ancien.tresorier@lyonbron.example\n"
    "L'adresse e-mail que vous avez entrée est introuvable.\n\n"
    "Informations de diagnostic pour les administrateurs :\n550 5.1.1 User unknown\n",
    suppress="bounce",
)
add(
    "mach06_mailer_daemon_dsn",
    "Mail Delivery System <MAILER-DAEMON@mx.wanadoo.example>",
    "Undelivered Mail Returned to Sender",
    "",
    suppress="bounce",
    lang="en",
    attachments_label=None,
    raw="dsn",
)
add(
    "mach07_list_newsletter",
    "Forum aviation légère <news@lists.aviation-legere.example>",
    "[aviation-legere] Nouveautés réglementaires février",
    "Bonjour à tous,\n\nVoici la lettre mensuelle du forum : nouvelle réglementation sur les "
    "licences, rappel sur la migration des carnets de vol...\n\nPour vous désabonner, cliquez ici.\n",
    suppress="list",
    headers={
        "List-Id": "Aviation legere <aviation-legere.lists.aviation-legere.example>",
        "List-Unsubscribe": "<mailto:leave@lists.aviation-legere.example>",
        "Precedence": "list",
    },
)
add(
    "mach08_fr_conges_xautoreply",
    "Icare ULM <icareulm@sfr.example>",
    "Absence",
    "Bonjour, je suis en congés jusqu'au 10 février. Votre message sera traité à mon retour.\n",
    suppress="auto_reply",
    headers={"X-Autoreply": "yes"},
)
add(
    "mach09_group_list_from_client",
    "Bureau ULM Mermoz <bureau.ulmmermoz@gmail.example>",
    "[bureau-ulm] Compte rendu de réunion",
    "Compte rendu : point sur le renouvellement OpenFlyers et la migration en V4.\n\n"
    "--\nVous recevez ce message, car vous êtes abonné au groupe bureau-ulm.\n",
    suppress="list",
    headers={
        "List-Id": "<bureau-ulm.googlegroups.example>",
        "Mailing-list": "list bureau-ulm@googlegroups.example",
        "Precedence": "list",
    },
)
add(
    "mach10_fr_absence_du_bureau",
    "Icare <icare.secretariat@laposte.example>",
    "Absence du bureau",
    "Bonjour,\n\nLe secrétariat est fermé du 24 décembre au 4 janvier. Nous traiterons votre message "
    "à notre retour.\n\nCordialement,\nLe secrétariat de l'Aéroclub Icare\n",
    date="Thu, 24 Dec 2026 09:00:00 +0100",
    suppress="auto_reply",
)
add(
    "mach11_loop_our_own",
    "Support OpenFlyers <support@openflyers.example>",
    "[OF-2026-0030] Votre demande",
    "Bonjour,\n\nNous avons bien reçu votre demande.\n\nLe support OpenFlyers\n",
    suppress="loop",
    headers={"Auto-Submitted": "auto-replied"},
    attachments_label=0,
)

DSN = """From: Mail Delivery System <MAILER-DAEMON@mx.wanadoo.example>
To: support@openflyers.example
Subject: Undelivered Mail Returned to Sender
Date: Tue, 12 Jan 2027 09:20:00 +0100
Message-ID: <20270112082000.ABC123@mx.wanadoo.example>
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status; boundary="BOUND"

--BOUND
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx.wanadoo.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<ancien@wanadoo.example>: host mx.wanadoo.example said: 550 5.1.1 User unknown

--BOUND
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.wanadoo.example
Final-Recipient: rfc822; ancien@wanadoo.example
Action: failed
Status: 5.1.1

--BOUND
Content-Type: text/rfc822-headers

From: support@openflyers.example
To: ancien@wanadoo.example
Subject: [OF-2026-0019] Votre demande
Message-ID: <ofbot.0123456789abcdef0123456789abcdef@openflyers.example>

--BOUND--
"""

PNG = bytes.fromhex(
    "89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8ffff3f0005fe02fea7c6a0b00000000049454e44ae426082"
)


def build(case: dict[str, Any], index: int) -> bytes:
    if case["raw"] == "dsn":
        return DSN.encode()
    msg = EmailMessage()
    msg["From"] = case["frm"]
    msg["To"] = f"OpenFlyers <{OURS}>"
    msg["Subject"] = case["subject"]
    msg["Date"] = case["date"]
    domain = _bare(case["frm"]).split("@")[-1]
    msg["Message-ID"] = f"<blind2.{index:03d}.{case['name']}@{domain}>"
    if case["in_reply_to"]:
        msg["In-Reply-To"] = case["in_reply_to"]
        msg["References"] = case["in_reply_to"]
    for key, value in case["headers"].items():
        msg[key] = value
    msg.set_content(case["body"])
    if case["inline_image"]:
        msg.add_related(
            PNG, maintype="image", subtype="png", cid="<logo@club>", filename="logo.png", disposition="inline"
        )
    for filename, ctype in case["attach"]:
        maintype, subtype = ctype.split("/")
        msg.add_attachment(b"%PDF-1.4 fake\n", maintype=maintype, subtype=subtype, filename=filename)
    # Stable boundaries (numbered in order of appearance), so that regenerating changes nothing.
    data = bytes(msg)
    for number, boundary in enumerate(dict.fromkeys(re.findall(rb"===============\d+==", data))):
        data = data.replace(boundary, b"=====blind2-%d-%d==" % (index, number))
    return data


def main() -> None:
    for old in HERE.glob("*.eml"):
        old.unlink()
    expected: dict[str, Any] = {}
    for index, case in enumerate(CASES, 1):
        name = f"{case['name']}.eml"
        (HERE / name).write_bytes(build(case, index))
        entry = dict(case["expected"])
        if "thread" in case:
            entry["thread"] = case["thread"]
        entry["date"] = parsedate_to_datetime(case["date"]).isoformat() if case["raw"] is None else None
        expected[name] = entry
    (HERE / "expected.json").write_text(
        json.dumps(expected, indent=1, ensure_ascii=False) + "\n", encoding="utf-8"
    )
    print(len(expected), "messages")


if __name__ == "__main__":
    main()
