"""A last handful of hard shapes: Outlook HTML-only mail, versions written oddly, a sender in charge of two
clubs, replies whose subject was rewritten, a confirmation followed by a new ask."""

from make_a import mail, reply

MAILS = [
    mail(
        "hd01",
        "francis.delattre80@orange.fr",
        "Migration en V4.0 (la stable)",
        name="Francis Delattre",
        shape="outlook_html",
        kind="migration",
        tv="4",
        note="'V4.0' is version 4; alpha is named only to be excluded",
        body="""
Bonjour,

Pour être précis sur notre demande : nous voulons la V4.0 stable, surtout pas l'alpha ni la beta. Nos instructeurs ont besoin d'un outil qui ne change pas toutes les semaines.

Francis Delattre
Aéroclub de Picardie
""",
    ),
    mail(
        "hd02",
        "t.vasseur@ecole-cote-opale.fr",
        "Pour l'Aéroclub de la Côte d'Opale aussi",
        name="Thierry Vasseur",
        shape="outlook_html",
        logo=True,
        kind="test_platform",
        hint="aeroclub-opale",
        note="the school's manager writes for another club he chairs; the club is not a client on record",
        body="""
Bonjour,

Je suis également président de l'Aéroclub de la Côte d'Opale, qui utilise la plateforme aeroclub-opale. Le club voudrait une plateforme de test pour préparer sa saison. Est-ce possible ? Je vous écris depuis mon adresse de l'école.

Thierry Vasseur
""",
    ),
    mail(
        "hd03",
        "ac.cevennes@free.fr",
        "heures restantes",
        shape="webmail",
        kind="hours_statement",
        note="typos kept",
        body="""
bonjour
ca serait possible d avoir le relevé des heures qu il nous reste ? on sait pas si on en a encor en first prise
merci
""",
    ),
    mail(
        "hd04",
        "highland.secretary@gmail.com",
        "OpenFlyers",
        name="Alasdair Grant",
        shape="gmail",
        lang="en",
        kind="migration",
        tv="4",
        nb="2027-04-06",
        date="2026-11-24 08:00",
        hint="highland-aero",
        note="club secretary not on record: client null, platform named",
        body="""
Hello,

Just to back up what Fiona sent: Highland Aero Club (openflyers.com/highland-aero) wants version 4, not before the 6th of April 2027.

Alasdair Grant
Hon. Secretary
""",
    ),
    mail(
        "hd05",
        "vorstand@lsv-hunsrueck.de",
        "Re: Beta version - urgent question",
        name="Markus Becker",
        shape="outlook_html",
        lang="en",
        kind="support",
        note="no reference nor ids: a new support question on the beta they run",
        body="""
Dear OpenFlyers team,

one more thing about the beta we are now running: the winch log shows launch heights in feet instead of metres. Where can we change the unit?

Kind regards
Markus Becker
""",
    ),
    mail(
        "hd06",
        "aeroclub.limousin@wanadoo.fr",
        "Plateforme d'essai et mot de passe",
        shape="latin1",
        kind="password_reset",
        also=("test_platform",),
        body="""
Bonjour,

Deux demandes :
- le mot de passe du compte client ne fonctionne plus, pouvez-vous le réinitialiser ?
- par la même occasion, nous aimerions une plateforme de test pour former le nouveau bureau.

Secrétariat – Aéro-Club du Limousin
""",
    ),
    mail(
        "hd07",
        "kent.instructor@gmail.com",
        "Can't see my students",
        name="Rachel Moore",
        shape="iphone",
        lang="en",
        kind="support",
        note="instructor at a client school, not on record",
        body="""
Hi, I'm an instructor at Kent Flight Training. Since this week I can't see my students' progress records on the platform, only my own flights. Can you check my permissions?
Rachel
""",
    ),
    mail(
        "hd08",
        "contact@aeroclub-lorraine.fr",
        "Migration en version 4 : pas avant l'été",
        name="Aéro-club de Lorraine",
        shape="outlook_html",
        kind="migration",
        tv="4",
        nb="?",
        note="'pas avant l'été' has no precise date",
        body="""
Bonjour,

Le bureau a voté la migration de notre plateforme Première vers la version 4, mais pas avant l'été : la période de mars à juin est notre plus chargée.

Aéro-club de Lorraine
""",
    ),
    mail(
        "hd09",
        "accounts@highlandaero.co.uk",
        "Late payment fee?",
        name="Highland Aero accounts",
        shape="outlook_html",
        lang="en",
        kind="other",
        body="""
Good morning,

We were charged a "late payment fee" of 15 euro on the renewal although we paid within the 30 days. Please could you look into it and refund it?

Kind regards,
Morag
""",
        note="invoice dispute that mentions the renewal",
    ),
    mail(
        "hd10",
        "president@planeur-jura.fr",
        "Pas de migration pour l'instant",
        name="Anne-Sophie Brunet",
        shape="outlook_html",
        kind="migration",
        tv="4",
        nb="2027-02-01",
        date="2026-11-29 10:00",
        note="new mail restating the request; the date repeated",
        body="""
Bonjour,

Je précise, pour éviter tout malentendu : nous ne voulons aucune migration avant le 1er février 2027. À partir de cette date, la migration vers la version 4 est souhaitée.

A-S Brunet
""",
    ),
    mail(
        "hd11",
        "treasurer@cotswoldflyers.co.uk",
        "Renewal - fewer aircraft, and a thank you",
        name="Treasurer CFC",
        shape="outlook_html",
        lang="en",
        kind="renewal",
        body="""
Hello,

Thanks for sorting the fuel surcharge. On another matter: for the 2027 renewal we'll have 5 aircraft, not 6 (the Cessna is being sold). Do I deactivate it before creating the renewal invoice?

Paul Denton
""",
    ),
    mail(
        "hd12",
        "secretariat@aeroclub-alsace.fr",
        "Alpha -> beta ?",
        name="Secrétariat AC Alsace",
        shape="outlook_html",
        kind="migration",
        tv="beta",
        body="""
Bonjour,

Plutôt que de revenir en version 4 stable comme demandé le mois dernier, le comité préfère finalement passer de la 4.0alpha à la beta. Nous acceptons qu'elle évolue en permanence.

Secrétariat – Aéroclub d'Alsace
""",
    ),
    reply(
        "hr01",
        "contact@aeroclub-vexin.fr",
        "question",
        "estimate",
        ours_args={"h": "1", "left": "4"},
        name="Aéroclub du Vexin",
        shape="outlook",
        quote="message_origine",
        body="""
Bonjour,

Oui pour l'heure. Et tant que j'y pense : pouvez-vous aussi vérifier pourquoi le F-GJKL est à nouveau indisponible depuis ce matin ?

Isabelle Garnier
""",
        note="confirms in the first line, then a new ask",
    ),
    reply(
        "hr02",
        "cvvjura@gmail.com",
        "confirm",
        "quote",
        ours_args={"h": "12", "left": "5"},
        shape="gmail",
        quote="gmail",
        thread="headers",
        subject="Devis tablette treuil – accord du bureau",
        body="""
Bonjour,

Le bureau a voté hier : nous acceptons votre devis pour la saisie des lancements sur tablette.

CVV Jura
""",
        note="subject rewritten; threaded by headers",
    ),
    reply(
        "hr03",
        "kasserer@aeroklub-jylland.dk",
        "refuse",
        "estimate_en",
        ours_args={"h": "1", "left": "4"},
        name="Kasserer",
        shape="gmail",
        quote="gmail_en",
        lang="en",
        body="""
Hello,

Don't bother, we'll live with it. Thanks.

Lars
""",
    ),
    reply(
        "hr04",
        "info@acliege.be",
        "question",
        "migirr",
        name="Aéro-Club de Liège",
        shape="outlook",
        quote="outlook",
        body="""
Bonjour,

Ce n'est pas que nous ne voulons pas, mais notre président souhaite d'abord voir la version 4 sur une plateforme de test. Pouvez-vous nous en ouvrir une ?

Aéro-Club de Liège
""",
        note="neither yes nor no: a condition and another ask",
    ),
]
