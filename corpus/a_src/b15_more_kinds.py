"""Filling every kind to at least 25: record e-mails, hours, resources, renewals, test platforms and more,
with words of one kind used in mail of another."""

from make_a import mail, reply

MAILS = [
    mail(
        "cx01",
        "acbeauce@wanadoo.fr",
        "adresse mail",
        shape="webmail",
        kind="contact_update",
        body="""
bonjour
l adresse acbeauce@wanadoo.fr va fermer (wanadoo c est fini parait il). merci de mettre a la place acbeauce28@gmail.com comme adresse du club sur la fiche
merci
""",
    ),
    mail(
        "cx02",
        "tresorerie@aeroclub-anjou.fr",
        "Fiche client – adresse de facturation et e-mail",
        name="Trésorerie AC Anjou",
        shape="outlook",
        kind="contact_update",
        body="""
Bonjour,

Merci de modifier l'e-mail contact de la fiche client : la trésorerie sera désormais joignable à tresorier@aeroclub-anjou.fr (et non plus tresorerie@). Pour les factures, rien ne change.

Jacqueline Poirier
""",
    ),
    mail(
        "cx03",
        "president@planeur-jura.fr",
        "Deux adresses différentes",
        name="Anne-Sophie Brunet",
        shape="outlook",
        kind="contact_update",
        body="""
Bonjour,

Vous recommandez d'avoir deux adresses différentes pour le client et le contact. Merci de remplacer l'adresse contact (president@planeur-jura.fr) par tresorier@planeur-jura.fr, pour que les alertes arrivent aussi au trésorier.

A-S Brunet
""",
    ),
    mail(
        "cx04",
        "helene.marchetti@gmail.com",
        "Nouvelle adresse pour la fiche",
        name="Hélène Marchetti",
        shape="gmail",
        kind="contact_update",
        hint="aerocorse",
        note="sender not on record: names the platform",
        body="""
Bonjour,

Je suis la nouvelle trésorière de l'Aéro-club de Corse (plateforme aerocorse). Pouvez-vous mettre mon adresse comme e-mail contact sur la fiche client ?

Hélène Marchetti
""",
    ),
    mail(
        "cx05",
        "contact@ailes-du-sud.fr",
        "MAJ fiche client",
        shape="html",
        kind="contact_update",
        body="""
Bonjour,

Merci de mettre à jour notre fiche : e-mail client = accueil@ailes-du-sud.fr, e-mail contact = compta@ailes-du-sud.fr.

Les Ailes du Sud
""",
    ),
    mail(
        "cxen01",
        "info@fsv-oberbayern.de",
        "email change",
        shape="plain",
        lang="en",
        kind="contact_update",
        body="""
Hello,

our club email changes to verein@fsv-oberbayern.de. Please update the client email on your record.

FSV Oberbayern
""",
    ),
    mail(
        "cxen02",
        "bestuur@vliegclub-twente.nl",
        "New email for the board",
        name="Vliegclub Twente board",
        shape="gmail",
        lang="en",
        kind="contact_update",
        body="""
Hello,

The board mailbox moves to board@vliegclub-twente.nl. Please replace it on our client record.

Joris
""",
    ),
    mail(
        "hx01",
        "contact@aeroclub-lorraine.fr",
        "Point sur nos heures",
        name="Aéro-club de Lorraine",
        shape="outlook",
        kind="hours_statement",
        body="""
Bonjour,

Avant de vous soumettre une demande d'intervention, pouvez-vous nous indiquer notre solde d'heures Première 2026 ?

Aéro-club de Lorraine
""",
    ),
    mail(
        "hx02",
        "ac.cevennes.compta@free.fr",
        "heures",
        shape="plain",
        kind="hours_statement",
        note="First Price: 0 h; still a statement request",
        body="""
bonjour, avons nous des heures d assistance disponibles cette annee ? si oui combien ?
Marc Vidal
""",
    ),
    mail(
        "hx03",
        "k.mathieu@aviasud-formation.com",
        "Relevé heures pour le CA",
        name="Karine Mathieu",
        shape="outlook",
        kind="hours_statement",
        body="""
Bonjour,

Notre conseil d'administration du 10 décembre souhaite un relevé des heures de développement et d'assistance consommées en 2026, intervention par intervention. Pourriez-vous nous l'envoyer avant ?

Karine Mathieu
""",
    ),
    mail(
        "hx04",
        "cvvauvergne.pres@gmail.com",
        "heures bonus restantes ?",
        name="Président CVV Auvergne",
        shape="gmail",
        kind="hours_statement",
        body="""
Bonjour,
Combien nous reste-t-il d'heures de bonus ? On pense à une formation par téléphone pour le nouveau trésorier en décembre.
Séb
""",
    ),
    mail(
        "hx05",
        "luc.dumont@skynet.be",
        "Consommation des heures",
        name="Luc Dumont",
        shape="outlook",
        kind="hours_statement",
        body="""
Bonjour,

Pouvez-vous me dire combien d'heures ont été prélevées sur notre forfait pour la migration de l'an dernier et ce qu'il reste cette année ?

Luc Dumont
""",
        note="migration in the past; asks hours",
    ),
    mail(
        "hxen01",
        "kassor@skaneflyg.se",
        "Hours statement",
        name="Skånes Flygklubb treasurer",
        shape="outlook",
        lang="en",
        kind="hours_statement",
        body="""
Hi,

Please send us a statement of our bonus hours for 2026. Thanks.

Anders Berg
""",
    ),
    mail(
        "hxen02",
        "d.harris@kentflighttraining.co.uk",
        "Remaining support hours?",
        name="David Harris",
        shape="outlook",
        lang="en",
        kind="hours_statement",
        body="""
Hi,

How many of our included hours are left for this year? I'd like to use them before they expire.

David
""",
    ),
    mail(
        "rx01",
        "aeroclubdecorse@gmail.com",
        "avion en plus",
        shape="gmail",
        kind="resource_change",
        body="""
Bonjour, on a acheté un deuxième avion (Cessna 172, F-HCOR). On peut l'ajouter ? Combien ça coûte jusqu'à la fin de l'année ?
Paul-Marie
""",
    ),
    mail(
        "rx02",
        "contact@aero-pays-basque.fr",
        "Remplacement définitif d'un avion",
        name="Aéroclub Pays Basque",
        shape="outlook",
        kind="resource_change",
        body="""
Bonjour,

Le F-GPBQ est vendu et remplacé par le F-HPBQ, même modèle. Nous désactivons l'un et activons l'autre : confirmez-vous qu'il n'y a rien à payer ?

Maite Arrieta
""",
    ),
    mail(
        "rx03",
        "b.lemoine@orange.fr",
        "renommer un avion",
        name="Bernard Lemoine",
        shape="webmail",
        kind="resource_change",
        body="""
Bonjour

Notre DR400 part 3 semaines en peinture et un club voisin nous prête le sien. Je peux juste renommer la ressource pour ne pas payer une ressource de plus ?

Bernard
""",
    ),
    mail(
        "rx04",
        "caissier@gvv-romandie.ch",
        "Nouveau planeur + facture",
        shape="gmail",
        kind="resource_change",
        body="""
Bonjour,

Un membre nous a fait don d'un Discus (HB-3412). Nous voulons l'ajouter dès maintenant. Merci de nous envoyer la facture pour la ressource supplémentaire.

Jean-Marc Rochat
""",
    ),
    mail(
        "rx05",
        "chris.hubert41@laposte.net",
        "ressources",
        name="Christine Hubert",
        shape="webmail",
        kind="resource_change",
        body="""
Bonjour,

On arrête d'utiliser un de nos 3 ULM (vendu en octobre). Il faut le supprimer ou le désactiver ? Et ça change quelque chose sur ce qu'on a payé ?

Christine
""",
    ),
    mail(
        "rxen01",
        "joris.vandijk@ziggo.nl",
        "Add a simulator",
        name="Joris van Dijk",
        shape="gmail",
        lang="en",
        kind="resource_change",
        body="""
Hello,

We're adding a Redbird simulator, bookable by members with activity entry. Could you send the invoice so we can activate it?

Joris
""",
    ),
    mail(
        "rxen02",
        "dublingliding@gmail.com",
        "new glider",
        shape="gmail",
        lang="en",
        kind="resource_change",
        body="""
hi, we bought a K-21 (EI-GLX), need to add it to the system. it's a new type for us with its own launch prices – can you set the type up? how much?
Conor
""",
    ),
    mail(
        "nx01",
        "ulmcamargue@free.fr",
        "abonement 2027",
        shape="webmail",
        kind="renewal",
        note="typos kept",
        body="""
bonjour
on veut renouveler l abonement pour 2027. on a 2 ulm. on paye par carte. ou est le bouton ?
patrick
""",
    ),
    mail(
        "nx02",
        "kasse@lsv-hunsrueck.de",
        "Renewal invoice",
        name="Kasse LSV Hunsrück",
        shape="outlook",
        lang="en",
        kind="renewal",
        body="""
Dear OpenFlyers team,

I'd like to pay the 2027 renewal now, before the year end. Where do I create the invoice, and how many resources will be on it?

Thomas Wagner
""",
    ),
    mail(
        "nx03",
        "accueil@aeroclub-savoie.fr",
        "renouvellement",
        shape="iphone",
        kind="renewal",
        body="""
Bonjour, le trésorier demande si on peut payer le renouvellement par chèque. Et à quel ordre ?
Accueil ACS
""",
    ),
    mail(
        "nx04",
        "contact@aerocorse.fr",
        "Renouvellement First Price",
        shape="android",
        kind="renewal",
        body="""
Bonjour, pour le renouvellement 2027, c'est le même prix que 2026 ? On reste en First Price.
""",
    ),
    mail(
        "tx01",
        "yannick.legoff@wanadoo.fr",
        "Tester la V4 sans migrer",
        name="Yannick Le Goff",
        shape="plain",
        kind="test_platform",
        tv="4",
        body="""
Bonjour,

Avant de décider la migration, pouvons-nous avoir une copie de notre plateforme en version 4 pour l'essayer ? Nous sommes en 3.6.

Yannick Le Goff
""",
    ),
    mail(
        "tx02",
        "tresorier.vvb@gmail.com",
        "plateforme de test",
        name="Trésorier AVVB",
        shape="gmail",
        kind="test_platform",
        body="""
Bonjour,

Est-ce qu'on peut avoir une plateforme de test ? On est en 3.5 mais on migre au printemps.

Jérôme
""",
        note="below 3.6 (R2): still the ask",
    ),
    mail(
        "tx03",
        "direction@ecole-cote-opale.fr",
        "Copie de test pour la formation",
        shape="outlook",
        kind="test_platform",
        body="""
Bonjour,

Pour former notre nouvelle secrétaire, nous souhaitons une copie de test de notre plateforme. Merci de nous indiquer comment l'obtenir.

La direction – ECO
""",
    ),
    mail(
        "txen01",
        "secretary@shannonaero.ie",
        "Test platform?",
        name="Siobhan Kelly",
        shape="gmail",
        lang="en",
        kind="test_platform",
        body="""
Hi,

Is a test platform possible for us? We're on 3.5.

Siobhan
""",
    ),
    mail(
        "txen02",
        "kansli@skaneflyg.se",
        "Try version 4 with our data",
        name="Skånes Flygklubb office",
        shape="outlook",
        lang="en",
        kind="test_platform",
        tv="4",
        body="""
Hi,

Could you create the v4 copy of our platform (the .of4 one) so the board can try version 4 with our data?

Karin
""",
    ),
    mail(
        "ox01",
        "president@aca-touraine.fr",
        "TR: Décision du conseil – responsable OpenFlyers",
        name="Philippe Berthelot",
        shape="outlook",
        kind="owner_change",
        att=("Decision_CA_2026-11-25.pdf", "Courrier_president.pdf"),
        body="""
Bonjour,

Suite à la décision ci-dessous, merci de remplacer Hugo Lambert par Mme Céline Roy (celine.roy@aca-touraine.fr) comme responsable OpenFlyers : Hugo n'a finalement pas pu prendre la fonction. Décision et courrier signé joints.

Philippe Berthelot
Président

De : Secrétariat Air Touraine <contact@aca-touraine.fr>
Envoyé : mercredi 25 novembre 2026 22:15
Objet : Décision du conseil – responsable OpenFlyers

Le conseil désigne Céline Roy responsable OpenFlyers à compter de ce jour, en remplacement de Hugo Lambert, démissionnaire.
""",
    ),
    mail(
        "ox02",
        "aeroclub.limousin@wanadoo.fr",
        "changement de responsable",
        shape="latin1",
        kind="owner_change",
        body="""
Bonjour,

Nous avons envoyé la semaine dernière le PV pour le changement de responsable. Voici maintenant le courrier du président, signé, désignant M. Christophe Mallet.

Secrétariat – Aéro-Club du Limousin
""",
        att=("courrier_president_Limousin.pdf",),
    ),
    mail(
        "oxen01",
        "kassor@skaneflyg.se",
        "Chairman's letter for the handover",
        name="Skånes Flygklubb treasurer",
        shape="outlook",
        lang="en",
        kind="owner_change",
        att=("chairman_letter_signed.pdf",),
        body="""
Hi,

As promised by Erik, here is the chairman's signed letter naming Karin Nilsson as the new person in charge.

Anders Berg
""",
    ),
    mail(
        "px01",
        "sylvie.fontaine@gmail.com",
        "Mot de passe perdu",
        name="Sylvie Fontaine",
        shape="gmail",
        kind="password_reset",
        hint="aca-touraine",
        note="member, own login (R8)",
        body="""
Bonjour,

Je suis pilote à l'aéroclub Air Touraine (aca-touraine). J'ai perdu mon mot de passe et l'adresse de mon profil n'existe plus. Comment me reconnecter pour réserver ?

Sylvie Fontaine
""",
    ),
    mail(
        "pxen01",
        "highland.member@btinternet.com",
        "forgotten password",
        name="Alan Ross",
        shape="plain",
        lang="en",
        kind="password_reset",
        note="member of a client club, own login (R8), not on record",
        body="""
Hello,

I'm a member of Highland Aero Club and forgot my password for the booking site. The reset email never arrives. Can you help?

Alan Ross
""",
    ),
    mail(
        "dx01",
        "contact@aeroclub-lorraine.fr",
        "Devis",
        name="Aéro-club de Lorraine",
        shape="outlook",
        kind="dev_quote",
        body="""
Bonjour,

Le bureau nous demande de solliciter un devis pour une fonction de réservation des vols de nuit avec vérification automatique de la qualification VFR de nuit du pilote.

Aéro-club de Lorraine
""",
    ),
    mail(
        "dxen01",
        "kasserer@aeroklub-jylland.dk",
        "Development quote – member portal in Danish",
        name="Kasserer",
        shape="gmail",
        lang="en",
        kind="dev_quote",
        cash=True,
        body="""
Hello,

Following up on the Danish translation question: we'd like a formal quote for adding Danish. We are willing to pay for it ourselves (no bonus hours needed) if it can be done before April.

Lars Pedersen
""",
        note="offers to pay, with a time goal",
    ),
    mail(
        "otx01",
        "contact@aerocorse.fr",
        "Facture 50 € ?",
        shape="gmail",
        kind="other",
        body="""
Bonjour, on a reçu une facture de 50 € HT pour une migration. Nous n'avons jamais demandé de migration ! Merci d'annuler.
Aéro-club de Corse
""",
        note="invoice dispute that names migration",
    ),
    mail(
        "otx02",
        "webmaster@aeroclub-garonne.fr",
        "Demande de démonstration",
        name="Aéroclub de la Garonne",
        shape="outlook",
        kind="other",
        body="""
Bonjour,

Nous étudions plusieurs logiciels de gestion pour notre club (6 avions, ULM, 140 membres). Pourriez-vous nous présenter OpenFlyers en visioconférence un soir de semaine ?

Aéroclub de la Garonne – Agen
""",
    ),
    mail(
        "otx03",
        "helene.crawford@cotswoldflyers.co.uk",
        "Merci / Thank you",
        name="Helen Crawford",
        shape="outlook",
        lang="en",
        kind="other",
        body="""
Hi,

Just wanted to say thank you for the quick fix on Tuesday, the members noticed straight away. Have a good Christmas!

Helen
""",
    ),
    mail(
        "otx04",
        "ac.vendee.tresor@gmail.com",
        "Prix First Price 2027 ?",
        name="Trésorier AC Vendée",
        shape="gmail",
        kind="other",
        body="""
Bonjour,

Est-ce que les prix de l'abonnement First Price augmentent en 2027 ? Le bureau veut préparer le budget.

Thomas
""",
        note="a price question, not yet a renewal",
    ),
    mail(
        "otx05",
        "info@gliding-norway.example",
        "Information request",
        name="Oslo Gliding Club",
        shape="html",
        lang="en",
        kind="other",
        body="""
Hello,

We are a gliding club near Oslo looking at booking systems. Do you handle winch launches and aerotows? Prices?

Oslo Gliding Club
""",
    ),
    reply(
        "rpx01",
        "michel.renaud49@orange.fr",
        "confirm",
        "quote",
        ours_args={"h": "6", "left": "5"},
        name="Michel Renaud",
        shape="webmail",
        quote="gmail",
        body="""
Bonjour,

On accepte le devis tel quel, y compris l'heure facturée.

Michel Renaud
""",
    ),
    reply(
        "rpx02",
        "graham.whitaker@btinternet.com",
        "confirm",
        "resource_en",
        ours_args={"n": "1"},
        name="Graham Whitaker",
        shape="apple",
        quote="iphone_en",
        lang="en",
        body="""
Yes to both – invoice and resource type. Thanks.

Graham
""",
    ),
    reply(
        "rpx03",
        "contact@ailes-du-sud.fr",
        "refuse",
        "estimate",
        ours_args={"h": "3", "left": "2"},
        shape="html",
        quote="gmail",
        body="""
Bonjour,

Nous ne donnerons pas suite, merci.

Les Ailes du Sud
""",
    ),
    reply(
        "rpx04",
        "mette.sorensen@mail.dk",
        "refuse",
        "quote_en",
        ours_args={"h": "12", "left": "5"},
        name="Mette Sørensen",
        shape="gmail",
        quote="gmail_en",
        lang="en",
        body="""
Hello,

Thank you, but the board said no. We'll not pursue the MobilePay integration.

Mette
""",
    ),
    reply(
        "rpx05",
        "didier.moreau21@free.fr",
        "question",
        "quote",
        ours_args={"h": "20", "left": "0"},
        name="Didier Moreau",
        shape="plain",
        quote="gmail",
        body="""
Bonjour,

OK je vois. Et si le CVV Jura met ses heures, combien resterait-il à notre charge ?

Didier
""",
        note="'OK je vois' is not a yes",
    ),
]
