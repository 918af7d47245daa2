"""More support and migration mail: long mails, two asks, HTML-only, typos, signatures full of dates."""

from make_a import mail

S = "support"
M = "migration"

MAILS = [
    mail(
        "sx01",
        "contact@aeroclub-vexin.fr",
        "Plusieurs questions",
        name="Aéroclub du Vexin",
        shape="outlook",
        kind=S,
        also=("hours_statement",),
        body="""
Bonjour,

Je profite de ce message pour regrouper plusieurs sujets, désolée pour la longueur.

D'abord, depuis la mise à jour de mardi, les relevés de compte envoyés aux pilotes en fin de mois partent avec une pièce jointe vide (0 Ko). Trois pilotes nous l'ont signalé. Nous n'avons rien modifié dans les modèles d'e-mails. Pouvez-vous regarder ? C'est le plus urgent, les relevés de novembre partent le 1er.

Ensuite, une question plus administrative : le bureau voudrait savoir combien d'heures de bonus nous avons utilisées cette année, pour décider s'il faut en garder pour décembre.

Merci beaucoup et bonne journée,

Isabelle Garnier
Secrétariat – Aéroclub du Vexin
Aérodrome de Pontoise-Cormeilles – 95650 Boissy-l'Aillerie
Tél. 01 30 31 22 45 – permanences mardi et samedi 9h-12h
Prochaines dates : AG le 16/01/2027 – Galette des rois le 09/01/2027 – Fermeture du 24/12 au 02/01
""",
    ),
    mail(
        "sx02",
        "ulmcamargue@free.fr",
        "re re re probleme",
        shape="webmail",
        kind=S,
        note="'re' without a reference: the client's own chain, new request",
        body="""
bonjour
toujours le meme probleme que le mois dernier, les vols du samedi ne se facturent pas quand c'est le même pilote qui fait 2 vols dans la journée. le 2ème vol reste à 0 euros.
on a pas d'heures de bonus je crois mais il faudrait vraiment regarder
merci
patrick
""",
    ),
    mail(
        "sx03",
        "secretariat@aeroclub-anjou.fr",
        "",
        name="Secrétariat AC Anjou",
        shape="outlook",
        kind=S,
        note="empty subject",
        body="""
Bonjour,

Où peut-on modifier le texte du mail de confirmation de réservation ? Nous voudrions ajouter le numéro de la tour et le rappel de la procédure de départ.

Sophie Renard
""",
    ),
    mail(
        "sx04",
        "jean.vasseur.pilote@orange.fr",
        "Probleme de reservation club",
        name="Jean Vasseur",
        shape="webmail",
        kind=S,
        hint="ecole-cote-opale",
        note="a member, not on record; support question about the school's platform",
        body="""
Bonjour,

Je suis stagiaire à l'école Côte d'Opale (openflyers.com/ecole-cote-opale). Depuis 2 semaines je ne vois plus les créneaux de mon instructeur dans le planning, alors que les autres stagiaires les voient. L'école me dit de vous écrire.

Jean Vasseur
""",
    ),
    mail(
        "sx05",
        "cvvjura@gmail.com",
        "Fwd: plantage planche de vol",
        shape="gmail",
        kind=S,
        body="""
Bonjour,

Je vous transfère le message de notre chef-pilote. Pouvez-vous voir ce qui s'est passé samedi ?

Secrétariat CVV Jura

---------- Forwarded message ---------
De : Luc Bernard <luc.bernard39@orange.fr>
Date: sam. 21 nov. 2026 à 17:48
Subject: plantage planche de vol
To: CVV Jura <cvvjura@gmail.com>

Samedi vers 15h la planche de vol a affiché "Erreur interne" au moment de clôturer la journée. On a perdu la saisie des 12 derniers vols. Je les ai resaisis mais il faudrait savoir pourquoi.
Luc
""",
    ),
    mail(
        "sx06",
        "gestion@helico-provence.fr",
        "Question sur la facturation des heures de vol hélico",
        name="Gestion Hélico Provence",
        shape="html",
        kind=S,
        body="""
Bonjour,

Nous facturons le temps rotor tournant et non le temps de vol. Comment paramétrer la saisie pour que le tarif s'applique sur le temps rotor ? Nous avons des heures de bonus si une intervention est nécessaire.

Sandrine Aubert
Hélico Provence Formation – Aix-Les Milles
Tél. 04 42 60 18 90 – Fax 04 42 60 18 91
""",
    ),
    mail(
        "sx07",
        "acbn22@orange.fr",
        "ON NE PEUT PLUS SAISIR LES VOLS",
        shape="webmail",
        kind=S,
        body="""
BONJOUR
DEPUIS CE MATIN LE BOUTON ENREGISTRER NE FAIT RIEN QUAND ON SAISIT UN VOL. ON A ESSAYE SUR 2 ORDINATEURS.
MERCI DE FAIRE VITE LE CLUB EST OUVERT CE WEEK END
JEAN CLAUDE
""",
    ),
    mail(
        "sx08",
        "n.thiebaut@aeroclub-lorraine.fr",
        "Mise à jour de notre version figée",
        name="Nathalie Thiébaut",
        shape="outlook",
        kind=S,
        note="Première: a minor update on request (R3) is not a major migration",
        body="""
Bonjour,

Notre plateforme Première tourne sur une version figée. Pourriez-vous y appliquer les correctifs de novembre (notamment celui sur les relevés de compte) ? Il ne s'agit pas d'une migration de version majeure, juste des correctifs.

Nathalie Thiébaut
""",
    ),
    mail(
        "sx09",
        "aeroclubvendee@orange.fr",
        "Tablette club",
        shape="webmail",
        kind=S,
        body="""
bonjour
on a acheté une tablette pour le club house pour que les pilotes saisissent leurs vols. est ce qu on peut faire que la tablette reste connectée sans que chaque pilote mette son mot de passe ? ou un compte special ?
merci alain
""",
    ),
    mail(
        "sx10",
        "f.schmitt@aeroclub-alsace.fr",
        "Régression alpha : exports comptables",
        name="Frédéric Schmitt",
        shape="outlook",
        kind=S,
        body="""
Bonjour,

Depuis la mise à jour de la 4.0alpha du 19 novembre, l'export comptable ne contient plus les écritures de cotisations. C'est gênant à un mois de la clôture. Merci de regarder.

Frédéric Schmitt
Directeur – Aéroclub d'Alsace
""",
    ),
    mail(
        "sx11",
        "didier.moreau21@free.fr",
        "Statistiques planeurs",
        name="Didier Moreau",
        shape="plain",
        kind=S,
        body="""
Bonjour,

Comment sortir le nombre de lancements par pilote sur l'année ? La fédération nous le demande pour le bilan. J'ai trouvé les heures mais pas les lancements.

Didier
""",
    ),
    mail(
        "sx12",
        "contact@aca-touraine.fr",
        "Aide paramétrage planning instructeurs",
        shape="outlook",
        kind=S,
        body="""
Bonjour,

Nous voudrions que les élèves ne puissent réserver un avion qu'avec un instructeur disponible sur le même créneau. Est-ce possible ? Si oui, pouvez-vous le paramétrer pour nous sur nos heures ?

Secrétariat Air Touraine
""",
    ),
    mail(
        "sx13",
        "inaki.etcheverry@gmail.com",
        "question compta",
        name="Iñaki Etcheverry",
        shape="gmail",
        kind=S,
        body="""
Bonjour

comment on enregistre un remboursement a un pilote qui quitte le club (solde positif de 230 euros) ? je trouve pas l operation qui va bien

merci
Iñaki
""",
    ),
    mail(
        "sx14",
        "ac.cevennes@free.fr",
        "le planning affiche l'heure d'été",
        shape="webmail",
        kind=S,
        body="""
bonjour
depuis le changement d'heure le planning affiche les reservations avec une heure de decalage (une resa à 10h apparait à 11h). c est chez tout le monde pareil.
merci
Aeroclub des Cevennes
""",
    ),
    mail(
        "sx15",
        "contact@gvv-romandie.ch",
        "Devise et format de date",
        name="GVV Romand",
        shape="gmail",
        kind=S,
        body="""
Bonjour,

Les montants s'affichent en euros alors que nous facturons nos membres en francs suisses. Où changer la devise de la plateforme ?

GVV Romand
""",
    ),
    mail(
        "sx16",
        "tresorier@acnormandie.fr",
        "import relevé bancaire",
        name="Trésorier ACN",
        shape="outlook",
        kind=S,
        body="""
Bonjour,

Est-ce qu'on peut importer le relevé bancaire du Crédit Agricole (format CSV ou OFX) pour rapprocher automatiquement les virements des pilotes ?

Le trésorier
""",
    ),
    mail(
        "sx17",
        "b.lemoine@orange.fr",
        "suite mail du 14",
        name="Bernard Lemoine",
        shape="webmail",
        kind=S,
        body="""
Bonjour

je reviens vers vous concernant les doubles débits : on en a trouvé 4 autres ce matin. Ca devient gênant. Pouvez-vous traiter en priorité ? Le club est prêt à payer l'intervention si besoin pour que ce soit fait avant la fin du mois.

Bernard Lemoine
""",
        cash=True,
        note="offers to pay for priority",
    ),
    mail(
        "sxen01",
        "info@cotswoldflyers.co.uk",
        "Members getting duplicate reminder emails",
        name="Cotswold Flying Club",
        shape="outlook",
        lang="en",
        kind=S,
        body="""
Hi,

Several members got the "booking reminder" email three times for the same booking last Saturday. Is it something on your side?

Helen
Cotswold Flying Club
Club night every 1st Thursday – next 03/12/2026
""",
    ),
    mail(
        "sxen02",
        "fiona.macleod@highlandaero.co.uk",
        "Two questions",
        name="Fiona MacLeod",
        shape="outlook",
        lang="en",
        kind=S,
        also=("test_platform",),
        body="""
Hi,

Two things, if I may.

First, our instructor availability page shows last year's names (two instructors who have left). How do I remove them without losing their old flights?

Second, could we have a test copy of our platform to train the new committee? No rush on that one.

Many thanks,
Fiona MacLeod
Highland Aero Club – Inverness
Tel 01463 000 123 – Committee meeting 14/12
""",
    ),
    mail(
        "sxen03",
        "kansli@skaneflyg.se",
        "Booking rules",
        name="Skånes Flygklubb office",
        shape="outlook",
        lang="en",
        kind=S,
        body="""
Hi,

Can we limit how far ahead members can book (say 30 days), except for instructors? I can't find the setting.

Karin
""",
    ),
    mail(
        "sxen04",
        "s.huber@gmx.de",
        "error message",
        name="Stefan Huber",
        shape="plain",
        lang="en",
        kind=S,
        att=("screenshot_error.png",),
        body="""
Hello,

see attached screenshot, this error comes when a pilot tries to pay his account by card. Since Monday.

Stefan
""",
    ),
    mail(
        "sxen05",
        "penningmeester@vliegclub-twente.nl",
        "Migrated platform question",
        name="Penningmeester VCT",
        shape="outlook",
        lang="en",
        kind=S,
        note="mentions a migration in the past; asks about accounting entries",
        body="""
Dear Sir/Madam,

Since our platform was migrated in 2024 the opening balances for each member are shown as a single line "migration". Our auditor asks for the detail. Can we get it?

With kind regards,
Anouk de Vries
""",
    ),
    mail(
        "sxen06",
        "mark.tully@gmail.com",
        "App not working",
        name="Mark Tully",
        shape="iphone",
        lang="en",
        kind=S,
        hint="dublin-gliding",
        note="member not on record",
        body="""
Hi, the dublin-gliding booking page doesn't load on my iPhone, blank screen. Works on my laptop. Any ideas?
Mark
""",
    ),
    mail(
        "sxen07",
        "ops@kentflighttraining.co.uk",
        "Aircraft defect blocking",
        name="KFT Operations",
        shape="outlook",
        lang="en",
        kind=S,
        body="""
Hello,

When our engineers record a defect on an aircraft, can the aircraft be automatically blocked for booking until the defect is cleared? If it's a configuration, please do it for us.

KFT Operations
""",
    ),
    mail(
        "mx01",
        "tresorier@aeroclub-vexin.fr",
        "Re: Passage en version 4",
        name="Trésorier AC Vexin",
        shape="outlook",
        kind=M,
        tv="4",
        nb="03-29",
        date="2026-11-29 21:10",
        note="'Re:' of his own mail, no reference: changes the not-before",
        body="""
Bonjour,

Petite modification par rapport à mon message du 3 novembre : le bureau préfère finalement que la migration en V4 n'ait pas lieu avant le 29 mars (lendemain de notre AG), au lieu du 15.

Hubert Gallet
Trésorier
AG le 28/03/2027 – Cotisations à régler avant le 31/01/2027
""",
    ),
    mail(
        "mx02",
        "acbeauce@wanadoo.fr",
        "MIGRATION V4",
        shape="webmail",
        kind=M,
        tv="4",
        nb="2027-01-04",
        date="2026-11-26 11:00",
        body="""
BONJOUR
SUITE A VOTRE REPONSE ON VEUT BIEN MIGRER EN VERSION 4 A PARTIR DU 4 JANVIER 2027. ON PAIERA LES 50 EUROS.
AC BEAUCE
""",
        note="no reference nor ids: a new mail",
    ),
    mail(
        "mx03",
        "president@planeur-jura.fr",
        "Migration",
        name="Anne-Sophie Brunet",
        shape="outlook",
        kind=M,
        tv="4",
        nb="2027-02-01",
        date="2026-11-28 09:00",
        body="""
Bonjour,

Pour faire suite à ma demande du 20 novembre : le CA a également voté pour le forfait paramétrage. Je rappelle : migration en V4, pas avant le 1er février 2027.
Pouvez-vous nous envoyer les factures ?

A-S Brunet
""",
    ),
    mail(
        "mx04",
        "contact@ulm-sologne.fr",
        "version 4 et après",
        shape="gmail",
        kind=M,
        tv="4",
        nb="04-01",
        date="2026-11-15 14:30",
        body="""
Bonjour,

Nous voudrions passer en version 4 après le 1er avril, quand la saison ULM reprend. Pas avant, nos pilotes sont en hivernage et personne ne pourrait tester.

Les Ailes de Sologne
""",
    ),
    mail(
        "mx05",
        "secretariat@ac-picardie.fr",
        "Résultat du vote – migration",
        name="Secrétariat AC Picardie",
        shape="outlook",
        kind=M,
        tv="4",
        nb="2027-02-08",
        date="2026-12-01 08:30",
        note="written in advance; the 6th is the AG, the not-before given is the 8th",
        body="""
Bonjour,

Comme annoncé, nous vous confirmons par avance que si l'AG du 6 février vote le passage en V4, la migration pourra avoir lieu à partir du lundi 8 février 2027.

Secrétariat – Aéroclub de Picardie
AG : 06/02/2027 à 14h – Salle des fêtes d'Albert
""",
    ),
    mail(
        "mx06",
        "contact@aero-pays-basque.fr",
        "Migration et forfait paramétrage",
        name="Aéroclub Pays Basque",
        shape="outlook",
        kind=M,
        tv="4",
        also=("support",),
        body="""
Bonjour,

Nous confirmons notre souhait de migrer en version 4 (demande du 27 novembre).
Par ailleurs, sans rapport : le module d'envoi de SMS ne fonctionne plus depuis une semaine, les pilotes ne reçoivent plus les rappels. Pouvez-vous regarder ?

Maite Arrieta
""",
    ),
    mail(
        "mx07",
        "seb.roche63@gmail.com",
        "on migre !",
        name="Sébastien Roche",
        shape="gmail",
        kind=M,
        tv="4",
        nb="2027-01-18",
        date="2026-11-30 20:00",
        body="""
Salut,

Le comité a validé : migration V4. Toujours pas avant le 18 janvier 2027 comme dit dans mon premier message.

Séb
CVV Auvergne
""",
    ),
    mail(
        "mx08",
        "ml.bonnet30@orange.fr",
        "Migration quand ?",
        name="Marie-Laure Bonnet",
        shape="webmail",
        kind=M,
        tv="4",
        body="""
Bonjour,

Nous avons demandé la migration en version 4 il y a deux mois et nous n'avons pas de nouvelles. Où en est-on ? Les frais ont été payés le 2 octobre.

Marie-Laure Bonnet
""",
        note="follow-up of a migration request without reference",
    ),
    mail(
        "mx09",
        "antoine.santoni@orange.fr",
        "passage v4 avant la saison",
        name="Antoine Santoni",
        shape="android",
        kind=M,
        tv="4",
        note="'avant la saison' is a deadline",
        body="""
Bonjour, on veut passer en v4 mais il faut que ce soit fait avant la saison (avril). C'est possible ? On est first price.
Antoine
""",
    ),
    mail(
        "mx10",
        "contact@aca-touraine.fr",
        "Migration – version de développement",
        shape="outlook",
        kind=M,
        tv="beta",
        body="""
Bonjour,

Plutôt que la version 4 stable, notre responsable voudrait passer directement sur la beta pour bénéficier du nouveau module de facturation. Nous acceptons les changements fréquents.

Secrétariat Air Touraine
""",
    ),
    mail(
        "mx11",
        "jp.faure87@orange.fr",
        "Migration apres AG",
        name="Jean-Pierre Faure",
        shape="webmail",
        kind=M,
        tv="4",
        nb="02-12",
        date="2026-11-24 19:00",
        body="""
Bonjour,

Je confirme la demande faite par le bureau : migration en version 4, pas avant notre AG du 12 fevrier. Les factures peuvent etre envoyees des maintenant.

JP Faure
President – Aero-Club du Limousin
Limoges-Bellegarde – 05 55 48 21 33 – Permanence le samedi 14h-18h
""",
    ),
    mail(
        "mx12",
        "ulmgascogne@hotmail.fr",
        "migrasion",
        shape="outlook",
        kind=M,
        tv="4.0alpha",
        nb="01-15",
        date="2026-11-19 07:45",
        note="typos kept",
        body="""
bjr
on confirme pour la migrasion en 4.0 alpha mais pas avan le 15 janvier svp on est en vacance
merci
""",
    ),
    mail(
        "mxen01",
        "vorstand@lsv-hunsrueck.de",
        "Beta after winter",
        name="Markus Becker",
        shape="outlook",
        lang="en",
        kind=M,
        tv="beta",
        nb="2027-03-15",
        date="2026-11-26 18:00",
        body="""
Dear OpenFlyers team,

after discussion, the board wants to move to the beta only after our winter maintenance: not before 15 March 2027.

Kind regards
Markus Becker
""",
    ),
    mail(
        "mxen02",
        "accounts@highlandaero.co.uk",
        "v4 migration – invoice?",
        name="Highland Aero accounts",
        shape="outlook",
        lang="en",
        kind=M,
        tv="4",
        nb="2027-04-06",
        date="2026-11-30 10:00",
        body="""
Good morning,

Following Fiona's email with the committee minutes: we confirm the version 4 migration from 6 April 2027. Will there be an invoice for the set-up package?

Kind regards,
Morag
""",
    ),
    mail(
        "mxen03",
        "shannonaeroclub@gmail.com",
        "Upgrade to v4 in spring",
        shape="gmail",
        lang="en",
        kind=M,
        tv="4",
        nb="03-01",
        date="2026-11-20 12:00",
        body="""
Hello,

The committee agreed to upgrade to version 4 and pay the fee. Please don't do it before March 1st – our new season starts then.

Shannon Aero Club committee
""",
    ),
    mail(
        "mxen04",
        "kontor@aeroklub-jylland.dk",
        "Version 4 date change",
        name="Aeroklubben Jylland",
        shape="gmail",
        lang="en",
        kind=M,
        tv="4",
        nb="2027-02-15",
        date="2026-11-27 09:00",
        body="""
Hello,

Please note a change to our migration request: not before 15 February 2027 instead of 1 February.

Mette
""",
    ),
    mail(
        "mxen05",
        "graham.whitaker@btinternet.com",
        "Version 4?",
        name="Graham Whitaker",
        shape="apple",
        lang="en",
        kind=M,
        tv="4",
        note="'before the AGM' is a deadline",
        body="""
Hello,

Helen tells me she asked about version 4. To be clear, the committee wants it done before our AGM in February so we can show it to members.

Best regards,
Graham
""",
    ),
]
