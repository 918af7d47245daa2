"""Everything else: prospects, invoice disputes, sales pitches to us, job applications, thanks, oddities."""

from make_a import mail

OTHER = "other"

MAILS = [
    mail(
        "ot01",
        "president@aeroclub-du-quercy.fr",
        "Renseignements sur votre logiciel",
        name="Paul Delmas",
        shape="outlook",
        kind=OTHER,
        body="""
Bonjour,

Je suis président de l'Aéroclub du Quercy (4 avions, 90 membres). Nous utilisons encore un tableur et un classeur papier. Pourriez-vous m'envoyer vos tarifs et me dire s'il est possible d'avoir une démonstration en visio ?

Paul Delmas
Président – Aéroclub du Quercy
Aérodrome de Cahors-Lalbenque
06 81 22 47 15
""",
        note="prospect",
    ),
    mail(
        "ot02",
        "tresorier@ac-picardie.fr",
        "Contestation facture",
        name="Francis Delattre",
        shape="outlook",
        kind=OTHER,
        att=("facture_FA-2026-1187.pdf",),
        body="""
Bonjour,

Nous avons reçu la facture FA-2026-1187 pour 2 heures d'assistance au-delà du forfait. Or nous n'avons jamais confirmé cette intervention, et il nous restait des heures de bonus. Merci d'annuler cette facture ou de nous expliquer.

Francis Delattre
Trésorier
""",
        note="invoice dispute",
    ),
    mail(
        "ot03",
        "merci.club@gmail.com",
        "Merci !",
        name="Jacqueline Poirier",
        shape="gmail",
        kind=OTHER,
        note="thanks, from a private address not on record, not a reply",
        body="""
Bonjour,

Juste un mot pour remercier toute l'équipe : la bascule de notre comptabilité s'est faite sans accroc et les pilotes adorent le nouveau planning.

Jacqueline Poirier, trésorière de l'Aéroclub d'Anjou
""",
    ),
    mail(
        "ot04",
        "candidature.dev@gmail.com",
        "Candidature spontanée – développeur PHP",
        name="Maxime Lefort",
        shape="gmail",
        kind=OTHER,
        att=("CV_Maxime_Lefort.pdf", "Lettre_motivation.pdf"),
        body="""
Madame, Monsieur,

Pilote privé et développeur PHP/Symfony depuis 6 ans, je me permets de vous adresser ma candidature spontanée. Votre logiciel est utilisé dans mon aéroclub et j'aimerais beaucoup contribuer à son évolution.

Vous trouverez ci-joints mon CV et ma lettre de motivation.

Bien cordialement,
Maxime Lefort
07 52 18 44 90
""",
    ),
    mail(
        "ot05",
        "contact@seo-booster-pro.example",
        "Votre site openflyers en 1ère page Google",
        name="SEO Booster Pro",
        shape="html",
        kind=OTHER,
        body="""
Bonjour,

Nous avons analysé votre site et constaté 47 erreurs de référencement. Nos experts peuvent vous placer en 1ère page Google en 30 jours, garanti ou remboursé.
Répondez OUI pour recevoir votre audit gratuit.

L'équipe SEO Booster Pro
""",
    ),
    mail(
        "ot06",
        "b.lemoine@orange.fr",
        "Tarifs Business et Première",
        name="Bernard Lemoine",
        shape="webmail",
        kind=OTHER,
        body="""
Bonjour

Le bureau se demande si nous aurions intérêt à passer de Business à Première. Pouvez-vous nous expliquer les différences concrètes et les prix pour 7 avions ?

Bernard Lemoine
""",
        note="sales question from a client",
    ),
    mail(
        "ot07",
        "mairie@saint-jean-aerodrome.fr",
        "Gestion de l'aérodrome municipal",
        name="Mairie de Saint-Jean",
        shape="outlook",
        kind=OTHER,
        body="""
Bonjour,

La commune gère un petit aérodrome (redevances d'atterrissage, hangars municipaux). Votre logiciel permet-il de gérer les redevances des usagers extérieurs ? Pouvez-vous nous faire une proposition ?

Service technique – Mairie de Saint-Jean
""",
        note="prospect, not a club",
    ),
    mail(
        "ot08",
        "gestion@helico-provence.fr",
        "Facture en double ?",
        name="Gestion Hélico Provence",
        shape="outlook",
        kind=OTHER,
        body="""
Bonjour,

Nous avons été prélevés deux fois du montant de l'abonnement 2026 (deux lignes de 1 140 € sur notre relevé du 3 novembre). Pouvez-vous vérifier et nous rembourser le doublon ?

Sandrine Aubert
""",
        note="invoice/payment dispute",
    ),
    mail(
        "ot09",
        "etudiant.memoire@univ-toulouse.example",
        "Questionnaire mémoire de Master",
        name="Léa Marchand",
        shape="gmail",
        kind=OTHER,
        body="""
Bonjour,

Étudiante en Master management des organisations aéronautiques, je réalise un mémoire sur la numérisation des aéroclubs. Accepteriez-vous de répondre à un court questionnaire (10 minutes) ?

Merci d'avance,
Léa Marchand
""",
    ),
    mail(
        "ot10",
        "inaki.etcheverry@gmail.com",
        "Bravo pour la newsletter",
        name="Iñaki Etcheverry",
        shape="gmail",
        kind=OTHER,
        body="""
Bonjour,

Juste pour dire que la dernière newsletter était très claire, notamment le passage sur les heures de bonus. On l'a diffusée à tout le bureau. Bonne continuation !

Iñaki
""",
        note="thanks, not a request",
    ),
    mail(
        "ot11",
        "partenariats@assurances-aviation.example",
        "Proposition de partenariat",
        name="Assurances Aviation Plus",
        shape="outlook",
        kind=OTHER,
        body="""
Madame, Monsieur,

Assureur spécialisé dans l'aviation légère, nous souhaiterions proposer aux clubs utilisateurs de votre logiciel une offre d'assurance intégrée. Seriez-vous ouverts à un rendez-vous ?

Direction commerciale
""",
    ),
    mail(
        "ot12",
        "ulmgascogne@hotmail.fr",
        "facture pas claire",
        shape="outlook",
        kind=OTHER,
        body="""
bjr
on a recu une facture de 30 euros "mise a jour fiche client". on a rien demandé. c est quoi ?
ULM Gascogne
""",
    ),
    mail(
        "ot13",
        "secretariat@acliege.be",
        "Conférence sur la sécurité des vols",
        name="Secrétariat AC Liège",
        shape="outlook",
        kind=OTHER,
        body="""
Bonjour,

Nous organisons le 20 mars une soirée sécurité des vols avec plusieurs clubs belges. Seriez-vous d'accord pour venir présenter votre logiciel (20 minutes) ?

Nadine Lambert
""",
        note="invitation; the date is not a not-before",
    ),
    mail(
        "ot14",
        "ancien.membre@laposte.net",
        "suppression de mes données",
        name="Robert Clément",
        shape="webmail",
        kind=OTHER,
        hint="ac-vendee",
        body="""
Bonjour,

J'ai quitté l'aéro-club de Vendée (ac-vendee) en 2021. Je demande la suppression de toutes mes données personnelles conformément au RGPD.

Robert Clément
""",
        note="GDPR request from a former member; staff/club matter",
    ),
    mail(
        "ot15",
        "info@flyingschool-lyon.example",
        "Prix pour une école de pilotage",
        name="Envol Lyon Formation",
        shape="outlook",
        kind=OTHER,
        body="""
Bonjour,

Nous ouvrons une école de pilotage (DTO) à Lyon-Bron en 2027 avec 3 avions et 1 simulateur. Quel abonnement nous conseillez-vous et à quel prix ?

Envol Lyon Formation
""",
    ),
    mail(
        "ot16",
        "jp.faure87@orange.fr",
        "Relance facture non reçue",
        name="Jean-Pierre Faure",
        shape="webmail",
        kind=OTHER,
        body="""
Bonjour,

Nous attendons toujours la facture de la formation téléphonique du 12 octobre pour notre comptabilité. Pouvez-vous nous l'envoyer ?

JP Faure
""",
    ),
    mail(
        "ot17",
        "no-reply@crypto-gains.example",
        "Investissez dans l'aviation du futur",
        shape="html",
        kind=OTHER,
        body="""
Cher partenaire,

Profitez de rendements exceptionnels grâce à notre jeton AVIA-COIN adossé à des avions d'affaires. Offre limitée aux 100 premiers investisseurs.

Cliquez ici pour en savoir plus.
""",
        note="spam that did not look like list mail",
    ),
    mail(
        "ot18",
        "aeroclubvendee@orange.fr",
        "Réclamation",
        shape="webmail",
        kind=OTHER,
        body="""
bonjour
nous ne sommes pas contents, la plateforme a été en panne 2 jours en octobre et on paie quand meme l abonnement plein pot. on voudrait un geste commercial
alain
""",
        note="commercial complaint",
    ),
    mail(
        "ot19",
        "president@aca-touraine.fr",
        "Recommandation",
        name="Philippe Berthelot",
        shape="apple",
        kind=OTHER,
        body="""
Bonjour,

Un club voisin (Aéroclub de Blois, 5 avions) m'a demandé mon avis sur votre logiciel. Je leur ai donné votre adresse, ils vont vous écrire. Je voulais simplement vous prévenir.

Philippe Berthelot
""",
    ),
    mail(
        "ot20",
        "comptabilite@aeroclub-lorraine.fr",
        "Attestation pour subvention",
        name="Comptabilité AC Lorraine",
        shape="outlook",
        kind=OTHER,
        body="""
Bonjour,

Pour notre dossier de subvention régionale, pourriez-vous nous fournir une attestation indiquant que nous sommes abonnés à OpenFlyers depuis 2019 et le montant annuel ?

Élodie Marchal
""",
    ),
    mail(
        "ot21",
        "stage.info@iut-annecy.example",
        "Demande de stage",
        name="Hugo Perret",
        shape="gmail",
        kind=OTHER,
        att=("CV_Hugo_Perret.pdf",),
        nb="?",
        body="""
Bonjour,

Étudiant en BUT informatique, je recherche un stage de 10 semaines à partir du 6 avril 2027. Passionné d'aviation (BIA obtenu en 2023), je serais ravi de rejoindre votre équipe.

Hugo Perret
""",
        note="internship start date: whether it bounds anything of ours is undecidable",
    ),
    mail(
        "ot22",
        "contact@gvv-romandie.ch",
        "Facture en francs suisses ?",
        name="GVV Romand",
        shape="gmail",
        kind=OTHER,
        body="""
Bonjour,

Votre dernière facture (heures supplémentaires d'octobre) a été débitée avec 38 CHF de frais bancaires. Est-il possible de nous facturer ces frais à vous, ou d'avoir un compte en Suisse ?

GVV Romand
""",
    ),
    mail(
        "ot23",
        "claire.perrin73@gmail.com",
        "Témoignage pour votre site",
        name="Claire Perrin",
        shape="gmail",
        kind=OTHER,
        body="""
Bonjour,

Suite à votre demande sur le forum, voici un petit témoignage que vous pouvez publier :
« Depuis que nous utilisons OpenFlyers, notre trésorier gagne une demi-journée par semaine. » – Aéroclub de Savoie

Claire
""",
    ),
    mail(
        "ot24",
        "hello@drone-school.example",
        "Drones ?",
        name="Drone School",
        shape="html",
        kind=OTHER,
        body="""
Hi / Bonjour,

Votre logiciel gère-t-il les réservations de drones et les formations télépilote ? Nous sommes une école de drones à Bordeaux.

Drone School Bordeaux
""",
    ),
    mail(
        "oten01",
        "chairman@cambridge-gliding.example",
        "Pricing information",
        name="Richard Hall",
        shape="outlook",
        lang="en",
        kind=OTHER,
        body="""
Dear Sir or Madam,

Cambridge Gliding Centre (30 gliders, 3 tugs, 250 members) is reviewing its booking and billing software. Could you send us your pricing and tell us whether you have other UK gliding clubs as customers?

Richard Hall
Chairman
""",
        note="prospect",
    ),
    mail(
        "oten02",
        "accounts@kentflighttraining.co.uk",
        "Query on invoice INV-2026-0932",
        name="KFT Accounts",
        shape="outlook",
        lang="en",
        kind=OTHER,
        att=("INV-2026-0932.pdf",),
        body="""
Hello,

Invoice INV-2026-0932 charges us for 9 resources, but one of them is our briefing room which shouldn't be billable. Please issue a credit note for the difference.

Regards,
Jenny Cole
""",
        note="invoice dispute",
    ),
    mail(
        "oten03",
        "graham.whitaker@btinternet.com",
        "Thank you",
        name="Graham Whitaker",
        shape="apple",
        lang="en",
        kind=OTHER,
        body="""
Hello,

Just a quick note to say thank you for the help over the summer. The club had its best year ever and the booking system held up perfectly on our open day.

Best wishes,
Graham
""",
    ),
    mail(
        "oten04",
        "jobs.aviation.dev@gmail.com",
        "Freelance developer available",
        name="Pieter Janssen",
        shape="gmail",
        lang="en",
        kind=OTHER,
        body="""
Hello,

I'm a freelance developer (PHP, JavaScript) and glider pilot based in Utrecht. If you ever need extra hands on OpenFlyers, I'd be glad to help. Portfolio: pjanssen.example

Pieter Janssen
""",
    ),
    mail(
        "oten05",
        "sales@leads-for-saas.example",
        "10,000 verified aviation leads",
        name="Leads for SaaS",
        shape="html",
        lang="en",
        kind=OTHER,
        body="""
Hi there,

We have a verified list of 10,000 flying clubs and flight schools across Europe with decision-maker emails. Special price this week only. Reply to get a sample.

Best,
Leads for SaaS
""",
    ),
    mail(
        "oten06",
        "kasse@lsv-hunsrueck.de",
        "VAT number on invoices",
        name="Kasse LSV Hunsrück",
        shape="outlook",
        lang="en",
        kind=OTHER,
        body="""
Dear OpenFlyers team,

our tax advisor says your invoices to us must show reverse charge (Steuerschuldnerschaft des Leistungsempfängers) and our VAT ID DE312345678. Could you reissue the 2026 invoices accordingly?

Kind regards
Thomas Wagner
""",
    ),
    mail(
        "oten07",
        "info@aeroclub-malta.example",
        "Do you support English and Maltese clubs?",
        name="Malta Aero Club",
        shape="outlook",
        lang="en",
        kind=OTHER,
        body="""
Hello,

We are a small club in Malta (2 aircraft). Is your software available in English, and what would it cost for us?

Malta Aero Club
""",
    ),
    mail(
        "oten08",
        "ingrid.solberg@fjordaviation.no",
        "Reference call",
        name="Ingrid Solberg",
        shape="outlook",
        lang="en",
        kind=OTHER,
        body="""
Hello,

A Swedish flight school asked if they could call us as a reference for OpenFlyers. Happy to do it – just letting you know, and do tell us if you'd prefer we don't.

Best regards,
Ingrid
""",
    ),
    mail(
        "oten09",
        "conor.byrne@gmail.com",
        "invoice not received",
        name="Conor Byrne",
        shape="gmail",
        lang="en",
        kind=OTHER,
        body="""
hi, we paid the migration fee last week but never got an invoice for our records. could you send it? thanks
Conor
""",
    ),
    mail(
        "oten10",
        "press@flyer-magazine.example",
        "Article on club management software",
        name="Sarah Jennings",
        shape="outlook",
        lang="en",
        kind=OTHER,
        body="""
Hello,

I'm writing a feature on club management software for our March issue. Would someone be available for a 20-minute interview before 15 January?

Sarah Jennings
FLYER magazine
""",
    ),
    mail(
        "ot25",
        "tresorier@acnormandie.fr",
        "Avoir sur la facture",
        name="Trésorier ACN",
        shape="outlook",
        kind=OTHER,
        body="""
Bonjour,

Vous nous avez facturé 6 ressources pour 2026 alors que le sixième avion a été vendu en janvier, avant le renouvellement. Pouvons-nous obtenir un avoir ?

Le trésorier
""",
        note="invoice dispute that mentions resources",
    ),
]
