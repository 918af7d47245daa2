"""French replies to our messages: plain yes, plain no, and everything in between (question)."""

from make_a import reply

MAILS = [
    reply(
        "rfr01",
        "contact@aeroclub-vexin.fr",
        "confirm",
        "estimate",
        name="Aéroclub du Vexin",
        shape="outlook",
        quote="outlook",
        body="""
Bonjour,

C'est d'accord pour les 2 h, vous pouvez y aller.

Cordialement,
Secrétariat Aéroclub du Vexin
""",
    ),
    reply(
        "rfr02",
        "secretaire.acbeauce@gmail.com",
        "question",
        "mailfee",
        shape="gmail",
        quote="gmail",
        body="""
Bonjour,

30 € pour changer une adresse mail ?? Je vais essayer de le faire moi-même avant. Où se trouve l'espace client exactement ?

Martine
""",
    ),
    reply(
        "rfr03",
        "as.brunet@laposte.net",
        "confirm",
        "quote",
        ours_args={"h": "12", "left": "5"},
        shape="webmail",
        quote="gmail",
        body="""
Bonjour,

Le bureau a validé votre devis. Vous pouvez lancer le développement.

Bien cordialement,
Anne-Sophie Brunet
Présidente CVV du Jura
""",
    ),
    reply(
        "rfr04",
        "ulmcamargue@free.fr",
        "refuse",
        "migfee",
        shape="webmail",
        quote="gmail",
        body="""
Bonjour,

Après réflexion nous ne ferons pas la migration cette année. Merci de ne pas émettre la facture.

ULM Camargue
""",
    ),
    reply(
        "rfr05",
        "t.vasseur@ecole-cote-opale.fr",
        "question",
        "estimate",
        ours_args={"h": "3", "left": "7"},
        name="Thierry Vasseur",
        shape="outlook",
        quote="outlook",
        body="""
Bonjour,

OK sur le principe, mais 3 h me paraît beaucoup pour un simple export. Pouvez-vous détailler ?

Thierry Vasseur
""",
        note="'OK sur le principe, mais' asks for details: not a plain yes",
    ),
    reply(
        "rfr06",
        "michel.renaud49@orange.fr",
        "confirm",
        "migirr",
        ours_args={"v": "4.0alpha"},
        name="Michel Renaud",
        shape="webmail",
        quote="gmail",
        body="""
Bonjour,

Je confirme : nous avons bien compris que la migration est irréversible et nous souhaitons la faire.

Michel Renaud
Aéroclub d'Anjou
""",
        note="the version is named only in our quoted text",
    ),
    reply(
        "rfr07",
        "k.mathieu@aviasud-formation.com",
        "refuse",
        "estimate",
        ours_args={"h": "4", "left": "16"},
        name="Karine Mathieu",
        shape="outlook",
        quote="outlook",
        body="""
Bonjour,

Finalement nous allons créer les profils nous-mêmes, inutile d'intervenir. Merci et désolée pour le dérangement.

Karine Mathieu
Aviasud Formation
""",
    ),
    reply(
        "rfr08",
        "bureau@ac-limousin.fr",
        "question",
        "estimate",
        shape="webmail",
        quote="message_origine",
        body="""
bonjour,
on attend l'avis du trésorier qui rentre lundi, il vous répondra directement.
le bureau
""",
        note="defers the decision to someone else",
    ),
    reply(
        "rfr09",
        "didier.moreau21@free.fr",
        "confirm",
        "migfee",
        name="Didier Moreau",
        shape="plain",
        quote="gmail",
        body="""
Bonjour,

Oui, nous confirmons la migration et le paiement des 50 € HT. Envoyez la facture.

Didier Moreau
AVVB
""",
    ),
    reply(
        "rfr10",
        "inaki.etcheverry@gmail.com",
        "question",
        "estimate",
        ours_args={"h": "1,5", "left": "8,5"},
        name="Iñaki Etcheverry",
        shape="gmail",
        quote="gmail",
        nb="?",
        body="""
Bonjour,

d'accord mais pas avant la fin du mois, notre trésorier doit d'abord vérifier les comptes des pilotes concernés. Je reviens vers vous.

Iñaki
""",
        note="'d'accord mais pas avant la fin du mois': conditional; vague boundary",
    ),
    reply(
        "rfr11",
        "gestion@helico-provence.fr",
        "refuse",
        "quote",
        ours_args={"h": "20", "left": "5"},
        name="Gestion Hélico Provence",
        shape="outlook",
        quote="outlook",
        body="""
Bonjour,

Le montant restant à notre charge dépasse ce que le bureau peut engager cette année. Nous déclinons le devis.

Cordialement,
Sandrine Aubert
""",
    ),
    reply(
        "rfr12",
        "acbn22@orange.fr",
        "question",
        "reset",
        shape="webmail",
        quote="gmail",
        body="""
BONJOUR
J AI ESSAYE LE LIEN MOT DE PASSE OUBLIE MAIS JE NE RECOIS RIEN. QUELLE ADRESSE FAUT IL METTRE ?
JEAN CLAUDE
""",
    ),
    reply(
        "rfr13",
        "chris.hubert41@laposte.net",
        "confirm",
        "estimate",
        ours_args={"h": "1", "left": "0"},
        name="Christine Hubert",
        shape="webmail",
        quote="gmail",
        body="""
Bonjour,

Parfait, allez-y pour l'heure, et le reste facturé si besoin, pas de problème.

Merci !
Christine
""",
        note="accepts the estimate and the billed remainder as proposed",
    ),
    reply(
        "rfr14",
        "f.schmitt@aeroclub-alsace.fr",
        "question",
        "test",
        ours_args={"h": "0,5"},
        name="Frédéric Schmitt",
        shape="outlook",
        quote="outlook",
        body="""
Bonjour,

Merci pour la réponse. Je ne trouve pas le bouton « Créer une plateforme de test » dans l'espace client, seulement « Mes factures » et « Mes coordonnées ». Est-ce parce que nous sommes en alpha ?

Frédéric Schmitt
""",
    ),
    reply(
        "rfr15",
        "tresorier@acnormandie.fr",
        "question",
        "migirr",
        name="Trésorier ACN",
        shape="outlook",
        quote="outlook",
        body="""
Bonjour,

Non merci, nous restons en 3.5 pour le moment.

Le trésorier
""",
        note="'non merci ... pour le moment' is a 'not now': question",
    ),
    reply(
        "rfr16",
        "seb.roche63@gmail.com",
        "confirm",
        "quote",
        ours_args={"h": "8", "left": "8"},
        name="Sébastien Roche",
        shape="gmail",
        quote="gmail",
        body="""
Bonjour,

Devis accepté, merci ! On a hâte de voir ça.

Séb
""",
    ),
    reply(
        "rfr17",
        "comptabilite@aeroclub-lorraine.fr",
        "question",
        "estimate",
        ours_args={"h": "2", "left": "6"},
        name="Comptabilité AC Lorraine",
        shape="outlook",
        quote="outlook",
        body="""
Bonjour,

Je ne suis pas habilitée à valider la dépense d'heures, c'est Mme Thiébaut qui vous répondra. Elle est en copie.

Élodie Marchal
""",
        cc="n.thiebaut@aeroclub-lorraine.fr",
    ),
    reply(
        "rfr18",
        "o.fabre@ailes-du-sud.fr",
        "confirm",
        "migirr",
        name="Olivier Fabre",
        shape="outlook",
        quote="outlook",
        body="""
Bonjour,

Bien reçu. Je vous confirme notre accord pour la migration, en connaissance de cause (pas de retour arrière).

Olivier Fabre
""",
    ),
    reply(
        "rfr19",
        "aeroclubvendee@orange.fr",
        "question",
        "migfee",
        shape="webmail",
        quote="message_origine",
        body="""
bonjour
on peut payer par cheque ? et la facture elle sera au nom du club ou du president ?
alain
""",
    ),
    reply(
        "rfr20",
        "claire.perrin73@gmail.com",
        "confirm",
        "estimate",
        ours_args={"h": "2", "left": "3"},
        name="Claire Perrin",
        shape="iphone",
        quote="iphone",
        body="""
Oui c'est bon pour nous, merci !
Claire
""",
    ),
    reply(
        "rfr21",
        "president@aca-touraine.fr",
        "question",
        "quote",
        ours_args={"h": "15", "left": "5"},
        name="Philippe Berthelot",
        shape="apple",
        quote="apple",
        body="""
Bonjour,

Avant de vous répondre : est-ce que d'autres clubs seraient intéressés pour financer une partie ? J'ai vu qu'on pouvait mutualiser les heures. Si oui, ça change tout pour nous.

Philippe Berthelot
""",
    ),
    reply(
        "rfr22",
        "ml.bonnet30@orange.fr",
        "refuse",
        "mailfee",
        name="Marie-Laure Bonnet",
        shape="webmail",
        quote="gmail",
        body="""
Bonjour,

Non, ne faites rien, j'ai réussi à modifier les adresses moi-même dans l'espace client. Merci pour l'explication.

Marie-Laure
""",
        note="cancels what we proposed: refuse, though grateful",
    ),
    reply(
        "rfr23",
        "tresorier@ac-picardie.fr",
        "question",
        "resource",
        ours_args={"n": "1"},
        name="Francis Delattre",
        shape="outlook",
        quote="outlook",
        body="""
Bonjour,

OK pour la facture de la ressource. En revanche pour le type de ressource, est-ce que je peux le créer moi-même pour économiser l'heure ? Si oui comment ?

Francis Delattre
""",
        note="confirms in the first line, then a question that keeps part of the proposal open",
    ),
    reply(
        "rfr24",
        "antoine.santoni@orange.fr",
        "confirm",
        "migfee",
        name="Antoine Santoni",
        shape="android",
        quote="gmail",
        body="""
Bonjour, ok pour la migration et les 50 euros. Merci
Antoine
""",
    ),
    reply(
        "rfr25",
        "luc.dumont@skynet.be",
        "question",
        "migirr",
        name="Luc Dumont",
        shape="outlook",
        quote="outlook",
        body="""
Bonjour,

Je vous confirme que nous ne souhaitons pas de migration avant la date indiquée dans notre premier courrier. Pour le reste nous devons encore en parler en comité.

Bien à vous,
Luc Dumont
""",
        note="'je vous confirme que nous ne souhaitons pas' + undecided: question",
    ),
    reply(
        "rfr26",
        "pa.favre@bluewin.ch",
        "refuse",
        "estimate",
        ours_args={"h": "3", "left": "2"},
        name="Pierre-Alain Favre",
        shape="gmail",
        quote="gmail",
        body="""
Bonjour,

Merci pour l'estimation. Nous renonçons, ce n'est pas prioritaire pour nous cette année.

Meilleures salutations,
P.-A. Favre
""",
    ),
    reply(
        "rfr27",
        "ulmgascogne@hotmail.fr",
        "question",
        "migfee",
        shape="outlook",
        quote="outlook",
        body="""
ok mais on est en 4 deja non ?? c est quoi cette facture
""",
        note="'ok' inside a non-confirming, puzzled question",
    ),
    reply(
        "rfr28",
        "secretariat@aeroclub-anjou.fr",
        "confirm",
        "estimate",
        ours_args={"h": "4", "left": "1"},
        name="Secrétariat AC Anjou",
        shape="outlook",
        quote="outlook",
        body="""
Bonjour,

Le président a donné son feu vert : vous pouvez procéder à l'archivage (4 h).

Cordialement,
Sophie Renard
""",
    ),
    reply(
        "rfr29",
        "tresorier.vvb@gmail.com",
        "question",
        "migfee",
        name="Trésorier AVVB",
        shape="gmail",
        quote="gmail",
        body="""
Bonjour,

Oui pour la migration, mais pas avant le 1er avril comme indiqué dans mon premier message. Vous me confirmez que c'est bien noté ?

Jérôme
""",
        nb="2027-04-01",
        date="2026-11-20 18:40",
        note="yes with a condition and a question; the date repeats the not-before",
    ),
    reply(
        "rfr30",
        "cvvjura@gmail.com",
        "refuse",
        "test",
        ours_args={"h": "0,5"},
        shape="gmail",
        quote="gmail",
        body="""
Bonjour,

Pas la peine, nous allons la créer nous-mêmes depuis l'espace client. Merci !

CVV Jura
""",
    ),
    reply(
        "rfr31",
        "direction@aeroclub-alsace.fr",
        "question",
        "quote",
        ours_args={"h": "30", "left": "20"},
        name="Direction AC Alsace",
        shape="outlook",
        quote="outlook",
        body="""
Bonjour,

Le devis nous convient dans l'ensemble. Pourriez-vous néanmoins nous faire une variante sans la partie statistiques ? Cela réduirait sans doute le nombre d'heures hors bonus.

Cordialement,
Direction – Aéroclub d'Alsace
""",
        note="counter-proposal",
    ),
    reply(
        "rfr32",
        "jp.faure87@orange.fr",
        "question",
        "docs",
        name="Jean-Pierre Faure",
        shape="webmail",
        quote="gmail",
        att=("courrier_president_signe.pdf", "PV_AG_2026.pdf"),
        body="""
Bonjour,

Voici les deux documents demandés : le courrier signé du président et le procès-verbal de l'AG.

Cordialement,
JP Faure
""",
        note="sends the documents we asked for: no yes or no to a proposal",
    ),
    reply(
        "rfr33",
        "acnormand@free.fr",
        "question",
        "docs",
        shape="plain",
        quote="gmail",
        att=("PV_AG_2026.pdf",),
        body="""
Bonjour

Voici le PV de notre AG. Pour le courrier signé, le président est hospitalisé, est-ce que la signature du vice-président suffit ?

Le bureau
""",
    ),
    reply(
        "rfr34",
        "secretariat@ac-picardie.fr",
        "refuse",
        "quote",
        ours_args={"h": "10", "left": "5"},
        name="Secrétariat AC Picardie",
        shape="outlook",
        quote="outlook",
        body="""
Bonjour,

Le conseil d'administration a décidé de ne pas donner suite à ce devis.

Cordialement,
Secrétariat – Aéroclub de Picardie
""",
    ),
    reply(
        "rfr35",
        "aeroclubdecorse@gmail.com",
        "question",
        "reset",
        shape="gmail",
        quote="gmail",
        body="""
Bonjour,

Merci pour votre réponse. Je vais essayer le lien et je vous redis.

Paul-Marie
""",
        note="thanks without a decision",
    ),
    reply(
        "rfr36",
        "contact@aca-touraine.fr",
        "confirm",
        "resource",
        ours_args={"n": "2"},
        shape="outlook",
        quote="outlook",
        body="""
Bonjour,

Pas de problème pour nous, vous pouvez émettre la facture et créer le type de ressource. Merci.

Secrétariat Air Touraine
""",
        note="'pas de problème' is a plain yes",
    ),
    reply(
        "rfr37",
        "info@acliege.be",
        "question",
        "estimate",
        ours_args={"h": "2", "left": "3"},
        shape="outlook",
        quote="outlook",
        body="""
Bonjour,

Je ne suis pas contre, mais je ne peux pas valider sans l'accord du trésorier. Il vous écrira cette semaine.

Secrétariat AC Liège
""",
        note="double negative, then defers",
    ),
    reply(
        "rfr38",
        "acbn.secretariat@gmail.com",
        "confirm",
        "migfee",
        name="Secrétariat ACBN",
        shape="gmail",
        quote="gmail",
        thread="subject",
        body="""
Bonjour,

Nous n'avons aucune objection : merci de lancer la facture de migration.

Gaëlle
""",
        note="double negative meaning yes; threaded by subject only",
    ),
    reply(
        "rfr39",
        "romain.dupuy32@gmail.com",
        "refuse",
        "estimate",
        ours_args={"h": "1", "left": "0"},
        name="Romain Dupuy",
        shape="gmail",
        quote="gmail",
        thread="headers",
        body="""
Bonjour,

Annulez la demande svp, le problème s'est réglé tout seul après la mise à jour de ce matin.

Romain
""",
        note="threaded by headers only",
    ),
    reply(
        "rfr40",
        "chefpilote@aero-pays-basque.fr",
        "question",
        "estimate",
        ours_args={"h": "2", "left": "8"},
        shape="iphone",
        quote="iphone",
        body="""
Ok pour moi mais c'est le président qui décide, je lui transfère.
Mikel
""",
        note="'Ok pour moi mais' defers to someone else",
    ),
]
