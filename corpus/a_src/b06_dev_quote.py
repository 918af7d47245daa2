"""Development-quote requests (one a year, R60-R64), French and English, some cash-funded."""

from make_a import mail

K = "dev_quote"

MAILS = [
    mail(
        "dq01",
        "president@planeur-jura.fr",
        "Demande de devis : gestion des lancements treuil par tablette",
        name="Anne-Sophie Brunet",
        shape="outlook",
        kind=K,
        body="""
Bonjour,

Au nom du Centre de Vol à Voile du Jura, je souhaite vous demander un devis pour un développement : une page simplifiée, utilisable sur tablette au point de treuil, pour saisir les lancements (planeur, pilote, heure) sans passer par la planche de vol complète.
Nous pourrions utiliser nos heures de bonus pour une partie.

Bien cordialement,
Anne-Sophie Brunet
Présidente – CVV du Jura
07 82 14 56 03
""",
    ),
    mail(
        "dq02",
        "t.vasseur@ecole-cote-opale.fr",
        "Devis développement – suivi des stagiaires ATPL théorique",
        name="Thierry Vasseur",
        shape="outlook",
        logo=True,
        kind=K,
        cash=True,
        body="""
Bonjour,

L'École de Pilotage Côte d'Opale souhaiterait faire développer un module de suivi de la formation théorique (progression par matière, résultats des examens blancs, alertes au formateur).
Nos heures de bonus ne suffiront sans doute pas : nous sommes prêts à payer la différence pour que ce soit traité rapidement, la rentrée des stagiaires étant en mars.

Pouvez-vous nous établir un devis ?

Cordialement,
Thierry Vasseur
Gérant – École de Pilotage Côte d'Opale
03 21 84 11 72 – 06 08 77 41 20
""",
        note="offers to pay what the hours do not cover, to be served fast",
    ),
    mail(
        "dq03",
        "seb.roche63@gmail.com",
        "idée de développement",
        name="Sébastien Roche",
        shape="gmail",
        kind=K,
        body="""
Bonjour,

On aimerait une nouvelle fonctionnalité : que les pilotes puissent s'inscrire sur une liste d'attente quand un planeur est déjà réservé, et recevoir un mail si le créneau se libère.
Est-ce qu'on peut avoir un devis pour ça ? C'est notre demande de devis de l'année pour le CVV Auvergne.

Merci,
Séb
""",
    ),
    mail(
        "dq04",
        "f.schmitt@aeroclub-alsace.fr",
        "Demande de devis – interface avec la balance de centrage",
        name="Frédéric Schmitt",
        shape="outlook",
        kind=K,
        body="""
Bonjour,

L'Aéroclub d'Alsace souhaite un devis pour l'intégration d'un calcul de masse et centrage dans la réservation : le pilote saisit passagers, bagages et carburant, la plateforme calcule et bloque si hors limites.
Les fiches de pesée de nos 15 avions sont disponibles (PDF ci-joints pour 2 d'entre eux, à titre d'exemple).

Nous avons 20 h de bonus cette année, dont une partie est déjà consommée.

Frédéric Schmitt
Directeur
""",
        att=("pesee_F-GMSB.pdf", "pesee_F-HDCA.pdf"),
    ),
    mail(
        "dq05",
        "claire.perrin73@gmail.com",
        "Développement : notifications SMS",
        name="Claire Perrin",
        shape="gmail",
        kind=K,
        body="""
Bonjour,

Serait-il possible d'obtenir un devis pour l'envoi de SMS aux pilotes (rappel la veille du vol, annulation météo) ? Beaucoup de nos membres ne lisent pas leurs mails.
Si d'autres clubs sont intéressés nous sommes d'accord pour mutualiser.

Claire Perrin
Responsable OpenFlyers – Aéroclub de Savoie
""",
    ),
    mail(
        "dq06",
        "gestion@helico-provence.fr",
        "devis",
        name="Gestion Hélico Provence",
        shape="outlook",
        kind=K,
        cash=True,
        body="""
Bonjour,

Nous voudrions un devis pour adapter le suivi des potentiels aux hélicoptères (heures de rotor, cycles de démarrage, limites calendaires par pièce).
Nous paierons la partie non couverte par nos heures de bonus sans difficulté, l'important pour nous est le délai.

Sandrine Aubert
Hélico Provence Formation
""",
        note="offers to pay the rest for speed",
    ),
    mail(
        "dq07",
        "yannick.legoff@wanadoo.fr",
        "Nouvelle fonctionnalité pour les baptêmes",
        name="Yannick Le Goff",
        shape="plain",
        kind=K,
        body="""
Bonjour,

Nous vendons beaucoup de bons cadeaux pour des baptêmes de l'air. Nous voudrions que le bon soit généré automatiquement (PDF avec un code) après paiement en ligne, et que le pilote puisse valider le code le jour du vol.
Pourriez-vous nous chiffrer ce développement ? Nous sommes First Price, donc sans heures de bonus je crois.

Yannick Le Goff
Aéro-club Bretagne Nord
""",
    ),
    mail(
        "dq08",
        "n.thiebaut@aeroclub-lorraine.fr",
        "Deuxième demande de devis 2026",
        name="Nathalie Thiébaut",
        shape="outlook",
        kind=K,
        note="second quote of the year: R61 decides; still a quote request",
        body="""
Bonjour,

Vous nous avez fait un devis en avril pour l'export paie, que nous avons accepté et qui est livré (merci !).
Nous aimerions maintenant un second devis, pour un tableau de bord du chef-pilote : heures par instructeur, taux de remplissage des avions, lâchers du mois.

Cordialement,
Nathalie Thiébaut
Aéro-club de Lorraine
""",
    ),
    mail(
        "dq09",
        "o.fabre@ailes-du-sud.fr",
        "Chiffrage : connexion avec notre site Wordpress",
        name="Olivier Fabre",
        shape="outlook",
        kind=K,
        body="""
Bonjour,

Pouvez-vous chiffrer un petit module qui afficherait sur notre site (WordPress) les disponibilités des avions pour les vols découverte, sans que le public ait besoin d'un compte ?
C'est notre demande annuelle.

Olivier Fabre
Les Ailes du Sud
""",
    ),
    mail(
        "dq10",
        "b.lemoine@orange.fr",
        "financement developpement",
        name="Bernard Lemoine",
        shape="webmail",
        kind=K,
        cash=True,
        body="""
Bonjour

Le club est prêt à financer en partie un développement pour la gestion des abonnements de hangar (loyers mensuels des propriétaires, facture automatique, relances).
Nos 5 h de bonus ne suffiront pas, on paiera le reste. Merci de nous faire un devis.

Bernard Lemoine
Trésorier adjoint – Aéroclub du Vexin
""",
        note="pays what the bonus hours do not cover",
    ),
    mail(
        "dq11",
        "jp.faure87@orange.fr",
        "Forum Evolutions",
        name="Jean-Pierre Faure",
        shape="webmail",
        kind=K,
        body="""
Bonjour,

J'ai posté sur le forum (Evolutions et Adaptations) une idée de gestion des cotisations fédérales (licence FFA et assurance) reversées à la fédération. Trois autres clubs ont répondu qu'ils seraient prêts à mettre des heures.
Pouvez-vous faire un devis pour l'Aéro-Club du Limousin, en tenant compte de ces co-financements ?

JP Faure
""",
    ),
    mail(
        "dq12",
        "contact@gvv-romandie.ch",
        "Demande de développement : vols en double commande et facturation partagée",
        name="GVV Romand",
        shape="gmail",
        kind=K,
        body="""
Bonjour,

Le Groupe de Vol à Voile Romand aimerait un devis pour pouvoir répartir automatiquement le prix d'un vol biplace entre deux pilotes selon une règle (50/50, ou 100 % au pilote en place avant pour les vols d'instruction).
Nous avons des heures de bonus disponibles.

Meilleures salutations,
Pierre-Alain Favre
""",
    ),
    mail(
        "dq13",
        "direction@ecole-cote-opale.fr",
        "DEVIS",
        shape="outlook",
        kind=K,
        body="""
Bonjour,

Nous souhaitons recevoir un devis pour l'ajout d'une signature électronique des fiches de progression par l'élève et l'instructeur (exigence de notre DTO pour l'audit).

Cordialement,
La direction – ECO
""",
    ),
    mail(
        "dq14",
        "ac.vendee.tresor@gmail.com",
        "Amelioration possible ?",
        name="Trésorier AC Vendée",
        shape="gmail",
        kind=K,
        body="""
Bonjour,

est ce que vous pourriez developper un export des vols au format demandé par notre assureur (un tableau avec immat, pilote, temps de vol, type de vol, mois par mois) ? On le fait à la main tous les trimestres.
Si oui combien ca couterait ?

Thomas
AC Vendée
""",
    ),
    mail(
        "dq15",
        "contact@aero-pays-basque.fr",
        "Devis pour une version bilingue basque",
        name="Aéroclub Pays Basque",
        shape="outlook",
        kind=K,
        cash=True,
        body="""
Bonjour,

Notre club voudrait proposer l'interface membres en basque. Nous fournirions les traductions ; il faudrait que la plateforme gère la langue.
La communauté d'agglomération nous a accordé une subvention pour ce projet : nous pouvons donc payer en plus de nos heures Première pour que ce soit fait avant l'été.

Merci de nous faire parvenir un devis.

Maite Arrieta
Secrétariat – Aéroclub Pays Basque
""",
        note="offers money on top of bonus hours, with a time goal",
    ),
    mail(
        "dq16",
        "tresorier@ac-picardie.fr",
        "Devis développement + heures restantes ?",
        name="Francis Delattre",
        shape="outlook",
        kind=K,
        also=("hours_statement",),
        body="""
Bonjour,

1) Nous voudrions un devis pour la gestion des carnets de vol des élèves en PDF téléchargeable (un par élève, mis à jour à chaque vol).
2) Pour savoir ce que nous pourrons y mettre : combien nous reste-t-il d'heures de bonus cette année ?

Francis Delattre
Trésorier – Aéroclub de Picardie
""",
    ),
    mail(
        "dq17",
        "contact@ailes-du-sud.fr",
        "Question commerciale sur les développements",
        shape="html",
        kind=K,
        body="""
Bonjour,

Comment se passe une demande de développement chez vous ? Nous aurions besoin d'un module de gestion des examens pratiques (convocation examinateur, résultats, envoi à la DSAC).
Merci de nous dire si vous pouvez nous faire un devis.

Les Ailes du Sud
""",
    ),
    mail(
        "dq18",
        "didier.moreau21@free.fr",
        "mutualisation",
        name="Didier Moreau",
        shape="plain",
        kind=K,
        body="""
Bonjour,

On a vu que le CVV Jura demande un devis pour la saisie des lancements au treuil sur tablette. On serait intéressés pour participer au financement avec le peu qu'on a (First Price) et peut-être un peu d'argent du club.
Vous pouvez nous inclure dans le devis ?

Didier Moreau
AVVB
""",
        cash=True,
        note="tentative offer of club money for what the First Price hours do not cover",
    ),
    mail(
        "dq19",
        "karine.mathieu.perso@gmail.com",
        "Devis module multi-bases",
        name="Karine Mathieu",
        shape="gmail",
        kind=K,
        hint="aviasud-formation",
        note="writes from a private address not on record",
        body="""
Bonjour,

Je vous écris depuis mon adresse personnelle (problème de messagerie au bureau). Pour Aviasud Formation (plateforme aviasud-formation), nous aimerions un devis pour la gestion de transferts d'avions entre bases, avec affichage de la base de départ et d'arrivée dans le planning.

Karine Mathieu
Responsable administrative
""",
    ),
    mail(
        "dq20",
        "acbeauce@wanadoo.fr",
        "demande de devis pour le club",
        shape="webmail",
        kind=K,
        body="""
bonjour,
nous voudrions faire ajouter la possibilite de payer les vols en plusieurs fois (3 fois sans frais) pour les jeunes du club. Pouvez vous nous dire combien ca couterait ?
AC Beauce
""",
    ),
    mail(
        "dq21",
        "chefpilote@aero-pays-basque.fr",
        "Idée pour les instructeurs",
        shape="iphone",
        kind=K,
        body="""
Bonjour,
serait-il possible de développer un carnet de progression élève consultable hors ligne sur téléphone (beaucoup de terrains sans réseau) ? On aimerait un devis.
Mikel, chef pilote
""",
    ),
    mail(
        "sdq22",
        "k.mathieu@aviasud-formation.com",
        "Devis : API pour notre logiciel de paie",
        name="Karine Mathieu",
        shape="outlook",
        logo=True,
        kind=K,
        cash=True,
        body="""
Bonjour,

Aviasud Formation souhaite un devis pour une API permettant à notre logiciel de paie de récupérer les heures d'instruction par instructeur et par mois.
Nous disposons de 20 h de bonus (Corporate) ; au-delà nous réglerons la différence au tarif horaire. Nous souhaiterions être servis en priorité si le règlement le permet.

Cordialement,
Karine Mathieu
""",
    ),
    mail(
        "den01",
        "graham.whitaker@btinternet.com",
        "Quote request – weather minima check on bookings",
        name="Graham Whitaker",
        shape="apple",
        lang="en",
        kind=K,
        body="""
Hello,

Cotswold Flying Club would like a quote for a development: when a student books a solo flight, check the TAF for our airfield and warn the instructor if it's below the student's personal minima.
We'd use our bonus hours for this.

Best regards,
Graham Whitaker
Chairman, Cotswold Flying Club
""",
    ),
    mail(
        "den02",
        "ingrid.solberg@fjordaviation.no",
        "Development quote: EASA FCL logbook export",
        name="Ingrid Solberg",
        shape="outlook",
        lang="en",
        kind=K,
        cash=True,
        body="""
Hello,

Fjord Aviation Academy would like a quote for an export of each student's flights in the EASA FCL.050 logbook layout (PDF and CSV).
We have bonus hours but we are happy to pay on top of them to have this before our summer intake – please tell us if paying lets it go ahead of the queue.

Best regards,
Ingrid Solberg
Head of Training Administration
""",
    ),
    mail(
        "den03",
        "joris.vandijk@ziggo.nl",
        "Feature request / quote",
        name="Joris van Dijk",
        shape="gmail",
        lang="en",
        kind=K,
        body="""
Hello,

We'd like a quote for adding Dutch as an interface language. We can supply the translations ourselves. This would be our one quote request for this year.

Regards,
Joris van Dijk
Vliegclub Twente
""",
    ),
    mail(
        "den04",
        "markus.becker@web.de",
        "Quote for glider trailer reservations",
        name="Markus Becker",
        shape="plain",
        lang="en",
        kind=K,
        body="""
Hello,

could you quote a small development: booking of glider trailers and the retrieve car together with the glider, for cross-country days? Today we do it on a whiteboard.

Regards
Markus Becker
LSV Hunsrück
""",
    ),
    mail(
        "den05",
        "fiona.macleod@highlandaero.co.uk",
        "Quote – pooled development with other clubs",
        name="Fiona MacLeod",
        shape="outlook",
        lang="en",
        kind=K,
        body="""
Hi,

I've seen on the forum that two French clubs are asking for SMS reminders. Highland Aero Club would like to join in and put some of our bonus hours towards it. Could you prepare a quote that includes us?

Best,
Fiona MacLeod
Highland Aero Club
""",
    ),
    mail(
        "den06",
        "d.harris@kentflighttraining.co.uk",
        "Request for quotation",
        name="David Harris",
        shape="outlook",
        lang="en",
        kind=K,
        cash=True,
        body="""
Dear OpenFlyers,

Kent Flight Training Ltd requests a quotation for a CAA-compliant training records module (lesson plans, grading, instructor sign-off) on our Première platform.
Budget is approved: whatever the included hours do not cover will be paid by the company.

Regards,
David Harris
Head of Training
""",
        note="pays what the hours do not cover",
    ),
    mail(
        "den07",
        "kontor@aeroklub-jylland.dk",
        "Development question",
        name="Aeroklubben Jylland",
        shape="gmail",
        lang="en",
        kind=K,
        body="""
Hello,

Could you develop an integration with MobilePay (the Danish mobile payment app) for members to top up their accounts? We'd like to know the price.

Best regards,
Mette Sørensen
""",
    ),
    mail(
        "den08",
        "kassor@skaneflyg.se",
        "Quote for SIE export",
        name="Skånes Flygklubb treasurer",
        shape="outlook",
        lang="en",
        kind=K,
        note="follows a support question about Fortnox: now asks a development quote",
        body="""
Hi,

Following our question about Fortnox: since there is no SIE export, we'd like a quote for developing one (SIE type 4). Our accountant can give you a sample file.

Best regards,
Anders Berg
Treasurer, Skånes Flygklubb
""",
    ),
    mail(
        "den09",
        "conor.byrne@gmail.com",
        "would this be possible",
        name="Conor Byrne",
        shape="gmail",
        lang="en",
        kind=K,
        body="""
Hi,

would it be possible to have a "duty roster" for the club's volunteer jobs (winch driver, duty instructor, tug pilot) with members signing up online? If so could we get a price? We're a small club on First Price.

Thanks,
Conor – Dublin Gliding Club
""",
    ),
    mail(
        "den10",
        "penningmeester@vliegclub-twente.nl",
        "Second quote this year",
        name="Penningmeester VCT",
        shape="outlook",
        lang="en",
        kind=K,
        note="second quote in the year: R61 decides; still a quote request",
        body="""
Dear Sir/Madam,

We accepted your quote in June for the hangar rental invoicing (thank you, it works well). The board now asks for a second quote: automatic fuel price updates from our supplier's price list.

With kind regards,
Anouk de Vries
Vliegclub Twente
""",
    ),
    mail(
        "den11",
        "ops@kentflighttraining.co.uk",
        "new feature idea for aircraft tech log",
        shape="html",
        lang="en",
        kind=K,
        body="""
Hello,

Our engineers would like the aircraft tech log to be filled in by pilots after each flight (defects, oil uplift) with a photo upload. Can you give us a quote for that?

Kent Flight Training – Operations
""",
    ),
    mail(
        "dq23",
        "acnormand@free.fr",
        "Projet : devis pour les écoles",
        shape="plain",
        kind=K,
        body="""
Bonjour,

Le club accueille des classes BIA. On aimerait un espace où les professeurs réservent des créneaux de vol d'initiation pour leurs élèves, avec une autorisation parentale en PDF à déposer.
Merci de nous chiffrer ce projet.

Le bureau de l'ACN
""",
    ),
]
