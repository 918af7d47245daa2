"""More French replies: typos, no accents, iPhone one-liners, confirmations of something else."""

from make_a import reply

MAILS = [
    reply(
        "rfr41",
        "acbeauce@wanadoo.fr",
        "confirm",
        "migfee",
        shape="webmail",
        quote="message_origine",
        body="""
bonjour
c est bon pour nous, faites la facture
AC Beauce
""",
    ),
    reply(
        "rfr42",
        "secretaire.acbeauce@gmail.com",
        "refuse",
        "mailfee",
        shape="gmail",
        quote="gmail",
        body="""
Bonjour,

Laissez tomber, on a trouvé comment faire dans l'espace client.

Martine
""",
    ),
    reply(
        "rfr43",
        "president@planeur-jura.fr",
        "question",
        "migirr",
        name="Anne-Sophie Brunet",
        shape="outlook",
        quote="outlook",
        body="""
Bonjour,

Je vous confirme la réception de votre message. Je le soumets au CA du 18 et je reviens vers vous.

A-S Brunet
""",
        note="'je vous confirme la réception': confirms something else",
    ),
    reply(
        "rfr44",
        "patrick.olivier13@hotmail.fr",
        "confirm",
        "migirr",
        ours_args={"v": "beta"},
        name="Patrick Olivier",
        shape="outlook",
        quote="outlook",
        body="""
ok pour nous, on a bien compris que c est sans retour. allez y
Patrick
""",
    ),
    reply(
        "rfr45",
        "compta@ecole-cote-opale.fr",
        "question",
        "estimate",
        ours_args={"h": "2", "left": "8"},
        name="Comptabilité ECO",
        shape="outlook",
        quote="outlook",
        body="""
Bonjour,

Est-ce que ces 2 h seront décomptées sur 2026 ou sur 2027 si l'intervention a lieu en janvier ?

Service comptabilité
""",
    ),
    reply(
        "rfr46",
        "tresorerie@aeroclub-anjou.fr",
        "refuse",
        "resource",
        ours_args={"n": "1"},
        name="Trésorerie AC Anjou",
        shape="outlook",
        quote="outlook",
        body="""
Bonjour,

Nous renonçons à ajouter la salle finalement, inutile d'émettre la facture.

Jacqueline Poirier
""",
    ),
    reply(
        "rfr47",
        "aeroclub.limousin@wanadoo.fr",
        "confirm",
        "estimate",
        ours_args={"h": "1", "left": "4"},
        shape="latin1",
        quote="message_origine",
        body="""
Bonjour,

Accord du bureau pour l'heure d'intervention. Merci.

Secrétariat AC Limousin
""",
    ),
    reply(
        "rfr48",
        "vvbourgogne@laposte.net",
        "question",
        "migfee",
        shape="latin1",
        quote="message_origine",
        body="""
Bonjour,

Oui pour la migration, mais est-ce que nos anciennes factures resteront consultables après ?

AVVB
""",
        note="yes then a question",
    ),
    reply(
        "rfr49",
        "contact@aero-pays-basque.fr",
        "confirm",
        "migirr",
        name="Aéroclub Pays Basque",
        shape="outlook",
        quote="outlook",
        body="""
Bonjour,

Le président confirme notre accord pour la migration, irréversible, aux conditions indiquées.

Maite Arrieta
""",
    ),
    reply(
        "rfr50",
        "info@helico-provence.fr",
        "refuse",
        "test",
        ours_args={"h": "0,5"},
        shape="outlook",
        quote="outlook",
        body="""
Bonjour,

Merci, mais nous n'en avons plus besoin : le projet de formation est reporté à l'an prochain.

Hélico Provence
""",
    ),
    reply(
        "rfr51",
        "yannick.legoff@wanadoo.fr",
        "question",
        "quote",
        ours_args={"h": "16", "left": "0"},
        name="Yannick Le Goff",
        shape="plain",
        quote="gmail",
        body="""
Bonjour,

Le devis n'est pas inintéressant mais 960 € c'est trop pour nous seuls. Est-ce qu'un autre club pourrait cofinancer ? Dans ce cas on dirait oui.

Yannick
""",
        note="double negative, conditional",
    ),
    reply(
        "rfr52",
        "ailes.sologne@gmail.com",
        "confirm",
        "reset",
        shape="gmail",
        quote="gmail",
        body="""
Bonjour,

Oui, faites la réinitialisation manuelle s'il vous plaît, on paiera les 30 €.

Les Ailes de Sologne
""",
    ),
    reply(
        "rfr53",
        "secretariat@aeroclub-alsace.fr",
        "question",
        "estimate",
        ours_args={"h": "5", "left": "12"},
        name="Secrétariat AC Alsace",
        shape="outlook",
        quote="outlook",
        body="""
Bonjour,

M. Schmitt est absent jusqu'à lundi ; c'est lui qui valide. Pouvez-vous attendre son retour ?

Secrétariat
""",
    ),
    reply(
        "rfr54",
        "herve.lecomte@sfr.fr",
        "refuse",
        "migirr",
        name="Hervé Lecomte",
        shape="plain",
        quote="gmail",
        body="""
Bonjour,

Nous annulons la demande de migration : le nouveau bureau préfère attendre l'an prochain.

Hervé Lecomte
""",
    ),
    reply(
        "rfr55",
        "cvv.auvergne@orange.fr",
        "confirm",
        "resource",
        ours_args={"n": "1"},
        shape="webmail",
        quote="gmail",
        body="""
bonjour
d'accord pour la facture du Duo et pour que vous creiez le type de ressource (1 h)
merci
CVV Auvergne
""",
    ),
    reply(
        "rfr56",
        "n.thiebaut@aeroclub-lorraine.fr",
        "confirm",
        "estimate",
        ours_args={"h": "2", "left": "6"},
        name="Nathalie Thiébaut",
        shape="outlook",
        quote="outlook",
        body="""
Bonjour,

Suite au message de Mme Marchal : je valide les 2 h. Vous pouvez intervenir.

Nathalie Thiébaut
""",
    ),
    reply(
        "rfr57",
        "o.fabre@ailes-du-sud.fr",
        "question",
        "quote",
        ours_args={"h": "12", "left": "5"},
        name="Olivier Fabre",
        shape="outlook",
        quote="outlook",
        body="""
Bonjour,

Le principe nous va. Mais pouvez-vous nous garantir une livraison avant avril ? Sans cela le module n'a pas d'intérêt pour nous cette année.

Olivier Fabre
""",
        note="acceptance conditioned on a delivery date",
    ),
    reply(
        "rfr58",
        "ac.vendee.tresor@gmail.com",
        "refuse",
        "migirr",
        ours_args={"v": "4.0alpha"},
        name="Trésorier AC Vendée",
        shape="gmail",
        quote="gmail",
        body="""
Bonjour,

Finalement non, le bureau ne veut pas d'une version alpha. On reste comme on est.

Thomas
""",
    ),
    reply(
        "rfr59",
        "claire.perrin73@gmail.com",
        "question",
        "quote",
        ours_args={"h": "20", "left": "5"},
        name="Claire Perrin",
        shape="gmail",
        quote="gmail",
        body="""
Bonjour,

Merci pour le devis. Je le présente au bureau mercredi. Je ne manquerai pas de vous tenir informés.

Claire
""",
        note="thanks, no decision",
    ),
    reply(
        "rfr60",
        "president@aca-touraine.fr",
        "question",
        "docs",
        name="Philippe Berthelot",
        shape="apple",
        quote="apple",
        att=("extrait_PV_CA_signe.pdf",),
        note="sends the missing document: no yes or no to a proposal",
        body="""
Bonjour,

Voici l'extrait du PV signé qui manquait.

Philippe Berthelot
""",
    ),
    reply(
        "rfr61",
        "ml.bonnet30@orange.fr",
        "question",
        "reset",
        name="Marie-Laure Bonnet",
        shape="webmail",
        quote="gmail",
        body="""
Bonjour,

On ne refuse pas, mais on voudrait d'abord essayer avec l'adresse du trésorier. Si ça ne marche pas on vous redit.

Marie-Laure
""",
        note="'on ne refuse pas, mais': defers",
    ),
    reply(
        "rfr62",
        "francis.delattre80@orange.fr",
        "confirm",
        "migirr",
        name="Francis Delattre",
        shape="webmail",
        quote="gmail",
        body="""
Bonjour,

Bien compris, c'est irréversible. Nous confirmons la migration en version 4.

Francis Delattre
""",
        tv="4",
    ),
    reply(
        "rfr63",
        "aeroclubdecorse@gmail.com",
        "refuse",
        "migfee",
        shape="gmail",
        quote="gmail",
        body="""
Bonjour,

On ne va pas le faire cette année finalement, le budget est bouclé. Merci quand même.

Paul-Marie
""",
    ),
    reply(
        "rfr64",
        "caissier@gvv-romandie.ch",
        "question",
        "estimate",
        ours_args={"h": "1,5", "left": "7,5"},
        shape="gmail",
        quote="gmail",
        body="""
Bonjour,

D'accord, mais pouvez-vous importer aussi les 4 membres arrivés hier ? Je vous envoie le fichier complété.

Jean-Marc Rochat
""",
        note="'d'accord, mais' extends the work",
    ),
    reply(
        "rfr65",
        "acnormand@free.fr",
        "confirm",
        "estimate",
        ours_args={"h": "1", "left": "4"},
        shape="plain",
        quote="gmail",
        body="""
Bonjour

Validé.

Le bureau
""",
    ),
    reply(
        "rfr66",
        "bureau@ac-limousin.fr",
        "refuse",
        "quote",
        ours_args={"h": "10", "left": "5"},
        shape="webmail",
        quote="message_origine",
        body="""
bonjour,
le bureau a voté contre, on ne donne pas suite. merci
le bureau
""",
    ),
    reply(
        "rfr67",
        "chris.hubert41@laposte.net",
        "question",
        "mailfee",
        name="Christine Hubert",
        shape="webmail",
        quote="gmail",
        body="""
Bonjour,

Je n'ai pas dit que je ne voulais pas payer, mais je ne trouve vraiment pas où modifier. Vous pourriez m'envoyer une capture ?

Christine
""",
        note="double negative, then a question",
    ),
    reply(
        "rfr68",
        "gerard.chauvin@free.fr",
        "confirm",
        "migirr",
        name="Gérard Chauvin",
        shape="plain",
        quote="gmail",
        thread="subject",
        body="""
Bonjour,

Oui, on confirme. On a compris qu'on ne pourra pas revenir en arrière.

Gerard
""",
    ),
    reply(
        "rfr69",
        "luc.dumont@skynet.be",
        "refuse",
        "test",
        ours_args={"h": "0,5"},
        name="Luc Dumont",
        shape="outlook",
        quote="outlook",
        body="""
Bonjour,

Non merci, nous n'en voulons plus : la migration se fera directement en janvier.

Luc Dumont
""",
    ),
    reply(
        "rfr70",
        "contact@ulm-sologne.fr",
        "confirm",
        "migfee",
        shape="html",
        quote="gmail",
        body="""
Bonjour,

Bon pour accord : migration et 50 € HT.

Les Ailes de Sologne
""",
    ),
    reply(
        "rfr71",
        "t.vasseur@ecole-cote-opale.fr",
        "question",
        "quote",
        ours_args={"h": "40", "left": "10"},
        name="Thierry Vasseur",
        shape="outlook",
        quote="outlook",
        body="""
Bonjour,

Nous acceptons de payer la partie hors forfait si cela permet de passer avant les autres demandes ; sinon je dois en reparler avec mon associé.

Thierry Vasseur
""",
        cash=True,
        note="offers money to be served first, conditionally: a question",
    ),
    reply(
        "rfr72",
        "tresorier@aeroclub-savoie.fr",
        "refuse",
        "estimate",
        ours_args={"h": "2", "left": "3"},
        name="Trésorier AC Savoie",
        shape="outlook",
        quote="outlook",
        body="""
Bonjour,

Ne faites rien : nous avons décidé d'abandonner les forfaits prépayés.

Jean-Luc Ferrand
""",
    ),
]
