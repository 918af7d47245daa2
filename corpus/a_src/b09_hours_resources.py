"""Statements of bonus hours (R54) and resource changes during the year (R31-R33)."""

from make_a import mail

H = "hours_statement"
R = "resource_change"

MAILS = [
    mail(
        "hs01",
        "contact@aeroclub-vexin.fr",
        "Heures de bonus restantes",
        name="Aéroclub du Vexin",
        shape="outlook",
        kind=H,
        body="""
Bonjour,

Pourriez-vous nous indiquer combien d'heures de bonus il nous reste pour 2026 ? Nous voudrions les utiliser avant la fin de l'année.

Secrétariat Aéroclub du Vexin
""",
    ),
    mail(
        "hs02",
        "tresorerie@aeroclub-anjou.fr",
        "relevé d'heures",
        name="Trésorerie AC Anjou",
        shape="outlook",
        kind=H,
        body="""
Bonjour,

Pour préparer le bilan de l'AG, pouvez-vous m'envoyer le relevé des heures d'assistance consommées cette année, avec le détail par intervention ?

Jacqueline Poirier
Trésorière
""",
    ),
    mail(
        "hs03",
        "seb.roche63@gmail.com",
        "il nous reste combien ?",
        name="Sébastien Roche",
        shape="gmail",
        kind=H,
        body="""
Salut,
il nous reste combien d'heures sur notre forfait cette année ? je voudrais savoir avant de demander autre chose.
Séb
""",
    ),
    mail(
        "hs04",
        "k.mathieu@aviasud-formation.com",
        "Etat des heures Corporate 2026",
        name="Karine Mathieu",
        shape="outlook",
        kind=H,
        body="""
Bonjour,

Dans le cadre de notre revue budgétaire, merci de nous transmettre l'état de nos heures de bonus (accordées, consommées, restantes) pour 2026.

Cordialement,
Karine Mathieu
""",
    ),
    mail(
        "hs05",
        "cvvjura@gmail.com",
        "bonus",
        shape="gmail",
        kind=H,
        body="""
Bonjour, est-ce que vous pouvez nous dire où on en est de nos heures de bonus ? Merci. CVV Jura
""",
    ),
    mail(
        "hs06",
        "n.thiebaut@aeroclub-lorraine.fr",
        "Décompte des heures de développement",
        name="Nathalie Thiébaut",
        shape="outlook",
        kind=H,
        body="""
Bonjour,

Le développement de l'export paie a été livré en septembre. Combien d'heures ont été décomptées au total et combien nous en reste-t-il ?
Je ne trouve aucun écran qui l'indique dans l'espace client.

Nathalie Thiébaut
""",
    ),
    mail(
        "hs07",
        "gestion@helico-provence.fr",
        "Heures assistance : point annuel",
        name="Gestion Hélico Provence",
        shape="outlook",
        kind=H,
        body="""
Bonjour,

Je voudrais faire le point sur les heures d'assistance : combien en avons-nous utilisé en 2026 et combien seront perdues au 31 décembre ?

Sandrine Aubert
""",
    ),
    mail(
        "hs08",
        "contact@aero-pays-basque.fr",
        "Solde heures Première",
        name="Aéroclub Pays Basque",
        shape="outlook",
        kind=H,
        body="""
Bonjour,

Quel est le solde de nos heures Première pour cette année ? Le bureau voudrait en consacrer une partie à une formation téléphonique des nouveaux instructeurs.

Maite Arrieta
""",
    ),
    mail(
        "hs09",
        "tresorier@aeroclub-savoie.fr",
        "HEURES BONUS ???",
        name="Trésorier AC Savoie",
        shape="outlook",
        kind=H,
        body="""
Bonjour,

On nous a décompté 3 h le mois dernier alors qu'on pensait que l'intervention en prendrait 1. Pouvez-vous nous envoyer le détail des heures utilisées depuis janvier et ce qu'il reste ?

Jean-Luc Ferrand
""",
        note="questions a deduction but asks a statement",
    ),
    mail(
        "hs10",
        "president@aca-touraine.fr",
        "Heures restantes avant fin d'année",
        name="Philippe Berthelot",
        shape="apple",
        kind=H,
        body="""
Bonjour,

Combien d'heures de bonus reste-t-il au club pour 2026 ? Les heures non utilisées sont perdues au 31/12, je crois, donc je voudrais planifier.

Philippe Berthelot
""",
    ),
    mail(
        "hs11",
        "info@acliege.be",
        "relevé des heures de bonus",
        shape="plain",
        kind=H,
        body="""
Bonjour,

Serait-il possible de recevoir un relevé de nos heures de bonus 2026 ?

Aéro-Club de Liège
""",
    ),
    mail(
        "hs12",
        "contact@gvv-romandie.ch",
        "Heures 2026",
        name="GVV Romand",
        shape="gmail",
        kind=H,
        body="""
Bonjour,

Pour notre rapport de caisse, pourriez-vous nous indiquer les heures de bonus consommées et restantes sur l'année 2026 ?

Meilleures salutations,
GVV Romand
""",
    ),
    mail(
        "hs13",
        "secretariat@ac-picardie.fr",
        "bilan heures assistance",
        name="Secrétariat AC Picardie",
        shape="outlook",
        kind=H,
        body="""
Bonjour,

Notre nouveau trésorier souhaite connaître le bilan des heures d'assistance de l'année. Pouvez-vous nous l'envoyer ?

Secrétariat – Aéroclub de Picardie
""",
    ),
    mail(
        "hs14",
        "ac.vendee.tresor@gmail.com",
        "heures de bonus first price ?",
        name="Trésorier AC Vendée",
        shape="gmail",
        kind=H,
        note="First Price has 0 h: still a statement request",
        body="""
Bonjour,

Est-ce qu'on a des heures de bonus en First Price ? Si oui combien il en reste ?

Thomas
""",
    ),
    mail(
        "hs15",
        "direction@ecole-cote-opale.fr",
        "Consommation heures 2026 + facturation",
        shape="outlook",
        kind=H,
        body="""
Bonjour,

Merci de nous transmettre le décompte des heures consommées en 2026 et de nous dire si des heures au-delà du forfait nous ont été facturées.

La direction – ECO
""",
    ),
    mail(
        "hsen01",
        "treasurer@cotswoldflyers.co.uk",
        "Bonus hours balance",
        name="Treasurer CFC",
        shape="outlook",
        lang="en",
        kind=H,
        body="""
Hello,

Could you send me a statement of our bonus hours for this year – used and remaining? Our AGM is in January.

Thanks,
Paul Denton
""",
    ),
    mail(
        "hsen02",
        "vorstand@lsv-hunsrueck.de",
        "How many hours left?",
        name="Markus Becker",
        shape="outlook",
        lang="en",
        kind=H,
        body="""
Dear OpenFlyers team,

how many bonus hours do we have left for 2026?

Kind regards
Markus Becker
""",
    ),
    mail(
        "hsen03",
        "finance@fjordaviation.no",
        "Statement of support hours",
        name="Fjord Aviation finance",
        shape="outlook",
        lang="en",
        kind=H,
        body="""
Hello,

For our year-end accounts, please send a statement of the support and development hours used in 2026 and the remaining balance.

Regards,
Ole Hansen
""",
    ),
    mail(
        "hsen04",
        "bestuur@vliegclub-twente.nl",
        "hours",
        name="Vliegclub Twente board",
        shape="gmail",
        lang="en",
        kind=H,
        body="""
Hi, what is our remaining balance of bonus hours? Thanks, Joris
""",
    ),
    mail(
        "hsen05",
        "erik.lindqvist@telia.com",
        "Remaining hours before year end",
        name="Erik Lindqvist",
        shape="apple",
        lang="en",
        kind=H,
        body="""
Hi,

Since unused hours are lost on 31 December, could you tell me how many we still have? We might use them for a phone training session.

Best regards,
Erik
""",
    ),
    mail(
        "hsen06",
        "accounts@kentflighttraining.co.uk",
        "Hours used this year",
        name="KFT Accounts",
        shape="outlook",
        lang="en",
        kind=H,
        body="""
Hello,

Please could you email us a breakdown of the hours used on our account this year? There is no screen for it in the client area.

Regards,
Jenny Cole
""",
    ),
    mail(
        "rc01",
        "tresorier@aeroclub-vexin.fr",
        "Ajout d'un avion",
        name="Trésorier AC Vexin",
        shape="outlook",
        kind=R,
        body="""
Bonjour,

Le club vient d'acheter un DR400-140B (F-HVXN) qui arrive le 15 décembre. Nous voulons l'ajouter à la plateforme. Pouvez-vous nous envoyer la facture pour la ressource supplémentaire ?

Hubert Gallet
""",
    ),
    mail(
        "rc02",
        "acbeauce@wanadoo.fr",
        "on vend un avion",
        shape="webmail",
        kind=R,
        body="""
bonjour
on a vendu le F-GBQA. est ce qu on sera rembourse de la ressource pour le reste de l annee ? et comment on le desactive
AC Beauce
""",
    ),
    mail(
        "rc03",
        "cvvauvergne.pres@gmail.com",
        "nouveau planeur",
        name="Président CVV Auvergne",
        shape="gmail",
        kind=R,
        body="""
Bonjour,

Un nouveau planeur (Duo Discus, F-CLDD) rejoint la flotte. Il faut l'ajouter comme ressource. C'est un nouveau type pour nous (biplace performance) avec ses propres tarifs. Pouvez-vous créer le type et nous dire ce que ça coûte ?

Sébastien Roche
""",
    ),
    mail(
        "rc04",
        "laurent.giraud@helico-provence.fr",
        "remplacement temporaire R44",
        name="Laurent Giraud",
        shape="iphone",
        kind=R,
        body="""
Bonjour,
notre R44 F-HBPX part en visite 2 mois, on loue un Cabri G2 en remplacement. On doit payer une ressource en plus ou on peut juste renommer ?
Laurent
""",
    ),
    mail(
        "rc05",
        "comptabilite@aeroclub-lorraine.fr",
        "Simulateur",
        name="Comptabilité AC Lorraine",
        shape="outlook",
        kind=R,
        body="""
Bonjour,

Nous installons un simulateur Alsim en janvier. Il devra être réservable par les élèves. Est-ce qu'il compte comme une ressource facturable ? Si oui, merci de nous préparer la facture.

Élodie Marchal
""",
    ),
    mail(
        "rc06",
        "secretariat@aeroclub-anjou.fr",
        "Salle de briefing réservable",
        name="Secrétariat AC Anjou",
        shape="outlook",
        kind=R,
        body="""
Bonjour,

Nous voulons rendre la salle de briefing réservable sur la plateforme. Y a-t-il un coût d'abonnement supplémentaire ?

Sophie Renard
""",
        note="a classroom never counts (R40); still a resource question",
    ),
    mail(
        "rc07",
        "ailes.sologne@gmail.com",
        "ajout ULM",
        shape="gmail",
        kind=R,
        body="""
Bonjour,

On a un deuxième ULM (Savannah S, 65-AKY) à ajouter pour la saison prochaine. Comment on fait et combien ça coûte en cours d'année ?

Les Ailes de Sologne
""",
    ),
    mail(
        "rc08",
        "f.schmitt@aeroclub-alsace.fr",
        "Remplacement du F-GMSB",
        name="Frédéric Schmitt",
        shape="outlook",
        kind=R,
        body="""
Bonjour,

Le F-GMSB est remplacé définitivement par le F-HDCB (même modèle). Je désactive l'ancien et j'active le nouveau : il n'y a rien à payer, c'est bien ça ?

Frédéric Schmitt
""",
    ),
    mail(
        "rc09",
        "tresorier@ac-picardie.fr",
        "Retrait de deux avions",
        name="Francis Delattre",
        shape="outlook",
        kind=R,
        body="""
Bonjour,

Nous retirons deux avions de la flotte au 1er décembre (vente). Cela diminue-t-il notre facture 2026 ? Et pour 2027, comment éviter de les payer ?

Francis Delattre
""",
        also=("renewal",),
        note="second ask is about next year's renewal",
    ),
    mail(
        "rc10",
        "ulmgascogne@hotmail.fr",
        "ajout ressource",
        shape="outlook",
        kind=R,
        body="""
bjr
on a un nouvel ULM pendulaire a ajouter. facture svp
ULM Gascogne
""",
    ),
    mail(
        "rc11",
        "direction@ecole-cote-opale.fr",
        "Ajout de 2 avions – facture",
        name="Thierry Vasseur",
        shape="outlook",
        logo=True,
        kind=R,
        nb="12-01",
        date="2026-11-18 15:00",
        body="""
Bonjour,

Nous intégrons à la flotte deux PA28 supplémentaires (F-GTOA, F-GTOB) dès le 1er décembre. Merci de nous établir la facture correspondant aux ressources supplémentaires ; nous la réglerons par virement.

Cordialement,
Thierry Vasseur
""",
        note="paying the normal resource invoice is not cash funding",
    ),
    mail(
        "rc12",
        "acnormand@free.fr",
        "avion en panne longue durée",
        shape="plain",
        kind=R,
        body="""
Bonjour,

Le F-BXNM est immobilisé pour 6 mois (moteur). On le désactive ? Est-ce qu'on récupère quelque chose sur l'abonnement ?

Le bureau de l'ACN
""",
    ),
    mail(
        "rc13",
        "contact@aerocorse.fr",
        "avion supplémentaire été",
        shape="gmail",
        kind=R,
        body="""
Bonjour,

Pour l'été, un propriétaire met son avion à disposition du club (juin à septembre). Faut-il payer une ressource pour l'année complète même pour 4 mois ?

Aéro-club de Corse
""",
    ),
    mail(
        "rc14",
        "accueil@aeroclub-savoie.fr",
        "Ajouter un type de ressource",
        shape="iphone",
        kind=R,
        body="""
Bonjour, on voudrait ajouter un nouveau type de ressource "Montagne" pour le Piper Super Cub avec des tarifs différents. Vous pouvez le faire pour nous ?
Accueil ACS
""",
    ),
    mail(
        "rc15",
        "as.brunet@laposte.net",
        "Treuil comme ressource ?",
        name="Anne-Sophie Brunet",
        shape="webmail",
        kind=R,
        body="""
Bonjour,

Nous voudrions ajouter le remorqueur (Robin DR400-180R) comme ressource réservable par les pilotes remorqueurs. Il y aura des saisies d'activité. Combien cela nous coûtera-t-il cette année ?

A-S Brunet
""",
    ),
    mail(
        "rcen01",
        "graham.whitaker@btinternet.com",
        "Adding an aircraft",
        name="Graham Whitaker",
        shape="apple",
        lang="en",
        kind=R,
        nb="12-01",
        date="2026-11-19 09:30",
        note="'from 1 December' bounds when the aircraft may be added",
        body="""
Hello,

We're adding a Piper Arrow (G-BOYH) to the fleet from 1 December. Please send the invoice for the extra resource so we can enable it.

Best regards,
Graham
""",
    ),
    mail(
        "rcen02",
        "kasse@lsv-hunsrueck.de",
        "Glider replaced",
        name="Kasse LSV Hunsrück",
        shape="outlook",
        lang="en",
        kind=R,
        body="""
Dear OpenFlyers team,

our ASK 21 D-6134 was damaged and is replaced by another ASK 21 (D-4521). Do we need to pay anything, or can we just deactivate the old one and create the new one?

Kind regards
Thomas Wagner
""",
    ),
    mail(
        "rcen03",
        "kansli@skaneflyg.se",
        "New simulator",
        name="Skånes Flygklubb office",
        shape="outlook",
        lang="en",
        kind=R,
        body="""
Hi,

We have bought a small FNPT II simulator that members will book. How is it billed, and could you add it for us?

Best regards,
Karin
""",
    ),
    mail(
        "rcen04",
        "ingrid.solberg@fjordaviation.no",
        "Three aircraft for the Stavanger base",
        name="Ingrid Solberg",
        shape="outlook",
        lang="en",
        kind=R,
        body="""
Hello,

For the new Stavanger base we add three Tecnam P2008 (LN-FAA, LN-FAB, LN-FAC). Please invoice the additional resources for the rest of the year.

Best regards,
Ingrid Solberg
""",
    ),
    mail(
        "rcen05",
        "shannonaeroclub@gmail.com",
        "removing an aircraft",
        shape="gmail",
        lang="en",
        kind=R,
        body="""
Hello,

Our C152 EI-BIC has been sold. Can we remove it and get a partial refund?

Shannon Aero Club
""",
    ),
    mail(
        "rcen06",
        "d.harris@kentflighttraining.co.uk",
        "Temporary replacement",
        name="David Harris",
        shape="outlook",
        lang="en",
        kind=R,
        body="""
Hi,

G-KFTA is going for a 6-week engine overhaul and we're leasing G-LEAS in the meantime. Simplest way to handle it in the system without paying twice?

Regards,
David
""",
    ),
]
