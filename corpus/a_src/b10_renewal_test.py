"""Renewals (R34, R27) and test platforms (R2): .test copies and .of4 trials."""

from make_a import mail

N = "renewal"
T = "test_platform"

MAILS = [
    mail(
        "rn01",
        "tresorier@aeroclub-vexin.fr",
        "Renouvellement abonnement 2027",
        name="Trésorier AC Vexin",
        shape="outlook",
        kind=N,
        body="""
Bonjour,

Je souhaite renouveler notre abonnement pour 2027. Combien de ressources seront proposées sur la facture ? Nous avons vendu un avion en juillet.

Hubert Gallet
Trésorier
""",
    ),
    mail(
        "rn02",
        "acbeauce@wanadoo.fr",
        "facture 2027",
        shape="webmail",
        kind=N,
        body="""
bonjour
comment on fait pour avoir la facture de l'abonnement 2027 ? on paye par cheque comme d'habitude
AC Beauce
""",
    ),
    mail(
        "rn03",
        "ac.cevennes.compta@free.fr",
        "renouvellement - combien d'avions ?",
        name="Compta Aéroclub des Cévennes",
        shape="plain",
        kind=N,
        body="""
Bonjour,

L'espace client me propose un renouvellement pour 4 ressources alors que nous n'avons plus que 3 avions. Comment faire pour ne payer que 3 ?

Marc Vidal
""",
    ),
    mail(
        "rn04",
        "tresorerie@aeroclub-anjou.fr",
        "Paiement abonnement par virement",
        name="Trésorerie AC Anjou",
        shape="outlook",
        kind=N,
        body="""
Bonjour,

Je voudrais régler le renouvellement 2027 par virement. Pouvez-vous m'envoyer la facture et votre RIB ? Les frais bancaires sont-ils à notre charge ?

Jacqueline Poirier
""",
    ),
    mail(
        "rn05",
        "cvvjura@gmail.com",
        "Réabonnement",
        shape="gmail",
        kind=N,
        body="""
Bonjour,

C'est la période du réabonnement. Nous voulons passer 2027 avec 11 planeurs au lieu de 12 (un planeur sera en révision toute l'année). Que faut-il faire ?

CVV Jura
""",
    ),
    mail(
        "rn06",
        "gestion@helico-provence.fr",
        "Renouvellement – heures de bonus perdues ?",
        name="Gestion Hélico Provence",
        shape="outlook",
        kind=N,
        body="""
Bonjour,

En renouvelant l'abonnement 2027, les heures de bonus non utilisées de 2026 sont-elles reportées ? Et pouvez-vous me dire comment créer la facture de renouvellement ?

Sandrine Aubert
""",
        note="mentions hours; the ask is renewal",
    ),
    mail(
        "rn07",
        "acbn22@orange.fr",
        "ABONNEMENT",
        shape="webmail",
        kind=N,
        body="""
BONJOUR
ON A RECU UN MAIL DISANT QUE L ABONNEMENT ARRIVE A ECHEANCE. ON VEUT RENOUVELER EN FIRST PRICE COMME AVANT. COMMENT ON FAIT
""",
    ),
    mail(
        "rn08",
        "aeroclub.limousin@wanadoo.fr",
        "Renouvellement et carte bancaire",
        shape="latin1",
        kind=N,
        body="""
Bonjour,

Le paiement par carte de notre renouvellement a été refusé hier (plafond de la carte du club). Peut-on payer en deux fois, ou par chèque ?

Secrétariat – Aéro-Club du Limousin
""",
    ),
    mail(
        "rn09",
        "tresorier.vvb@gmail.com",
        "renouvellement 2027 et migration",
        name="Trésorier AVVB",
        shape="gmail",
        kind=N,
        body="""
Bonjour,

Je prépare le renouvellement 2027. Comme on migre en V4 au printemps (demande déjà faite), est-ce que le tarif du renouvellement change ? Et combien de ressources seront facturées ?

Jérôme
""",
        note="migration mentioned as already requested; the ask is renewal",
    ),
    mail(
        "rn10",
        "ailes.sologne@gmail.com",
        "abonnement",
        shape="gmail",
        kind=N,
        body="""
Bonjour,

Nous n'avons pas reçu l'alerte de renouvellement cette année. L'abonnement se termine bien au 31 décembre ? Comment renouveler ?

Les Ailes de Sologne
""",
    ),
    mail(
        "rn11",
        "compta@ecole-cote-opale.fr",
        "Facture de renouvellement – bon de commande",
        name="Comptabilité ECO",
        shape="outlook",
        kind=N,
        body="""
Bonjour,

Notre procédure interne impose un bon de commande avant tout paiement. Pouvez-vous nous dire le montant exact du renouvellement Première 2027 pour 9 ressources, afin que nous l'établissions ?

Service comptabilité
""",
    ),
    mail(
        "rn12",
        "tresorier@aeroclub-savoie.fr",
        "Renouveler pour moins d'avions",
        name="Trésorier AC Savoie",
        shape="outlook",
        kind=N,
        body="""
Bonjour,

Nous voulons renouveler pour 7 avions au lieu de 8 : le Cub ne volera pas en 2027. Si je le désactive maintenant, la facture de renouvellement sera-t-elle calculée sur 7 ?

Jean-Luc Ferrand
""",
    ),
    mail(
        "rn13",
        "aeroclubvendee@orange.fr",
        "paiement abonnement",
        shape="webmail",
        kind=N,
        body="""
bonjour
on a envoye le cheque pour l abonnement le 20 novembre, vous l avez recu ? on ne voudrait pas etre coupes
alain
""",
    ),
    mail(
        "rn14",
        "president@aca-touraine.fr",
        "Renouvellement 2027 – changement de formule ?",
        name="Philippe Berthelot",
        shape="apple",
        kind=N,
        body="""
Bonjour,

Avant de renouveler pour 2027 : pouvons-nous passer de Business à Première au moment du renouvellement ? Sinon nous renouvelons en Business comme cette année.

Philippe Berthelot
""",
    ),
    mail(
        "rn15",
        "secretariat@acliege.be",
        "Renouvellement – TVA intracommunautaire",
        name="Secrétariat AC Liège",
        shape="outlook",
        kind=N,
        body="""
Bonjour,

Pour la facture de renouvellement 2027, pouvez-vous indiquer notre numéro de TVA (BE 0412.345.678) ? Notre comptable refuse les factures sans. Ensuite nous paierons par virement.

Nadine Lambert
""",
    ),
    mail(
        "rn16",
        "caissier@gvv-romandie.ch",
        "Abonnement 2027 en CHF ?",
        shape="gmail",
        kind=N,
        body="""
Bonjour,

Est-il possible de payer le renouvellement en francs suisses, ou seulement en euros ? Dans ce cas les frais de virement sont-ils à notre charge ?

Jean-Marc Rochat
Caissier GVV Romand
""",
    ),
    mail(
        "rn17",
        "antoine.santoni@orange.fr",
        "renouvellement",
        name="Antoine Santoni",
        shape="android",
        kind=N,
        body="""
Bonjour, je n'arrive pas a creer la facture de renouvellement dans l'espace client, le bouton est grisé. Comment faire ?
Antoine
""",
    ),
    mail(
        "rn18",
        "direction@aeroclub-alsace.fr",
        "Renouvellement Corporate",
        name="Direction AC Alsace",
        shape="outlook",
        kind=N,
        body="""
Bonjour,

Nous souhaitons renouveler l'abonnement Corporate pour 2027, avec 15 ressources. Pouvez-vous nous confirmer le montant et la procédure de paiement par carte ?

Cordialement,
Direction
""",
    ),
    mail(
        "rn19",
        "secretariat@ac-picardie.fr",
        "Abonnement – avons-nous payé ?",
        name="Secrétariat AC Picardie",
        shape="outlook",
        kind=N,
        body="""
Bonjour,

Le nouveau trésorier ne sait pas si l'abonnement 2027 a déjà été payé par son prédécesseur. Pouvez-vous vérifier, et sinon nous dire comment renouveler ?

Secrétariat
""",
    ),
    mail(
        "rn20",
        "herve.lecomte@sfr.fr",
        "RE: Alerte renouvellement",
        name="Hervé Lecomte",
        shape="outlook",
        kind=N,
        note="'RE:' of an automatic alert, no reference: a new renewal question",
        body="""
Bonjour,

Nous avons bien reçu l'alerte. Nous renouvellerons en janvier après notre AG, ce n'est pas un problème si la plateforme reste ouverte d'ici là ?

Hervé Lecomte
""",
    ),
    mail(
        "rn21",
        "contact@aero-pays-basque.fr",
        "Renouvellement et heures",
        name="Aéroclub Pays Basque",
        shape="outlook",
        kind=N,
        also=("hours_statement",),
        body="""
Bonjour,

Deux questions :
– comment générer la facture de renouvellement 2027 ?
– combien d'heures de bonus nous reste-t-il sur 2026 ?

Maite Arrieta
""",
    ),
    mail(
        "rnen01",
        "treasurer@cotswoldflyers.co.uk",
        "Renewal 2027",
        name="Treasurer CFC",
        shape="outlook",
        lang="en",
        kind=N,
        body="""
Hello,

How do I renew our subscription for 2027? And how many aircraft will it charge for – we have 6 active.

Thanks,
Paul Denton
""",
    ),
    mail(
        "rnen02",
        "secretary@shannonaero.ie",
        "Subscription renewal - bank transfer",
        name="Siobhan Kelly",
        shape="gmail",
        lang="en",
        kind=N,
        body="""
Hi,

We'd like to pay the 2027 renewal by bank transfer from an Irish bank. Are there charges on our side, and where do I find the invoice?

Siobhan
""",
    ),
    mail(
        "rnen03",
        "penningmeester@vliegclub-twente.nl",
        "Renewal with fewer aircraft",
        name="Penningmeester VCT",
        shape="outlook",
        lang="en",
        kind=N,
        body="""
Dear Sir/Madam,

We will operate 6 aircraft instead of 7 in 2027. How do we make sure the renewal invoice is for 6?

With kind regards,
Anouk de Vries
""",
    ),
    mail(
        "rnen04",
        "kasserer@aeroklub-jylland.dk",
        "Payment of subscription",
        name="Kasserer",
        shape="gmail",
        lang="en",
        kind=N,
        body="""
Hello,

Can we pay the renewal by card in DKK? Or only EUR?

Lars Pedersen
""",
    ),
    mail(
        "rnen05",
        "finance@fjordaviation.no",
        "Renewal invoice with PO number",
        name="Fjord Aviation finance",
        shape="outlook",
        lang="en",
        kind=N,
        body="""
Hello,

Please tell us how to get the 2027 renewal invoice with our PO number (PO-2026-1187) on it. We pay by transfer within 30 days.

Regards,
Ole Hansen
""",
    ),
    mail(
        "rnen06",
        "accounts@highlandaero.co.uk",
        "Renewal reminder",
        name="Highland Aero accounts",
        shape="outlook",
        lang="en",
        kind=N,
        body="""
Good morning,

We received the renewal reminder. We'll pay by card this week – is the invoice created in the client area, or do you send it?

Kind regards,
Morag
""",
    ),
    mail(
        "rnen07",
        "s.huber@gmx.de",
        "renew subscription",
        name="Stefan Huber",
        shape="plain",
        lang="en",
        kind=N,
        body="""
Hello,

we want to renew First Price for 2027. The client area proposes 7 resources but one of them is a classroom. Is that right?

Stefan Huber
""",
    ),
    mail(
        "rnen08",
        "kontor@aeroklub-jylland.dk",
        "Did our payment arrive?",
        name="Aeroklubben Jylland",
        shape="gmail",
        lang="en",
        kind=N,
        body="""
Hello,

We transferred the renewal amount on 18 November. Could you confirm you received it? The platform still shows the renewal banner.

Mette
""",
    ),
    mail(
        "tp01",
        "contact@aeroclub-vexin.fr",
        "Plateforme de test",
        name="Aéroclub du Vexin",
        shape="outlook",
        kind=T,
        body="""
Bonjour,

Nous aimerions une plateforme de test, copie de la nôtre, pour former les nouveaux membres du bureau sans risquer d'abîmer les vraies données. Comment l'obtenir ?

Secrétariat
""",
    ),
    mail(
        "tp02",
        "president@planeur-jura.fr",
        "Essayer la version 4 avant de migrer",
        name="Anne-Sophie Brunet",
        shape="outlook",
        kind=T,
        tv="4",
        body="""
Bonjour,

Avant de décider la migration, le CA voudrait essayer la version 4 avec nos propres données. J'ai lu qu'il existait une plateforme planeur-jura.of4 pour ça. Pouvez-vous la créer ?

A-S Brunet
""",
        hint="planeur-jura",
        note="names its own platform in the .of4 name",
    ),
    mail(
        "tp03",
        "t.vasseur@ecole-cote-opale.fr",
        "Instance de test",
        name="Thierry Vasseur",
        shape="outlook",
        kind=T,
        body="""
Bonjour,

Nous souhaitons une instance de test pour paramétrer les nouveaux tarifs 2027 sans impacter la production. Est-ce possible sur notre abonnement Première ?

Thierry Vasseur
""",
    ),
    mail(
        "tp04",
        "as.brunet@laposte.net",
        "test",
        name="Anne-Sophie Brunet",
        shape="webmail",
        kind=T,
        body="""
Bonjour, la copie de test de notre plateforme, elle est remise à jour avec nos données de production régulièrement, ou c'est une photo à un instant donné ? Nous voudrions en créer une.
""",
        note="question about a test platform while asking one",
    ),
    mail(
        "tp05",
        "acbn.secretariat@gmail.com",
        "plateforme .of4",
        name="Secrétariat ACBN",
        shape="gmail",
        kind=T,
        tv="4",
        body="""
Bonjour,

Nous sommes en 3.6. Pourriez-vous nous ouvrir une plateforme .of4 pour tester la version 4 avant de migrer ?

Gaëlle
""",
    ),
    mail(
        "tp06",
        "ailes.sologne@gmail.com",
        "faire des essais",
        shape="gmail",
        kind=T,
        body="""
Bonjour,

On voudrait faire des essais de paramétrage des cotisations sans casser la plateforme. On peut avoir une copie pour tester ?

Les Ailes de Sologne
""",
    ),
    mail(
        "tp07",
        "tresorier@ac-picardie.fr",
        "Demande de plateforme test",
        name="Francis Delattre",
        shape="outlook",
        kind=T,
        body="""
Bonjour,

Pouvez-vous créer une plateforme de test à partir de la plateforme de démonstration (sans nos données) ? Nous voudrions montrer l'outil à un club voisin.

Francis Delattre
""",
    ),
    mail(
        "tp08",
        "cvvauvergne.pres@gmail.com",
        "Version 4 en test",
        name="Président CVV Auvergne",
        shape="gmail",
        kind=T,
        tv="4",
        body="""
Bonjour,

Est-ce qu'on peut avoir la version 4 en test sur une copie de notre plateforme (cvv-auvergne.of4 je crois) ? On ne veut pas migrer sans avoir essayé.

Sébastien Roche
""",
        hint="cvv-auvergne",
    ),
    mail(
        "tp09",
        "ulmcamargue@free.fr",
        "plateforme test",
        shape="webmail",
        kind=T,
        body="""
bonjour
on peut avoir une plateforme de test ? on est en version 4
Patrick
""",
    ),
    mail(
        "tp10",
        "luc.dumont@skynet.be",
        "Plateforme d'essai V4",
        name="Luc Dumont",
        shape="outlook",
        kind=T,
        tv="4",
        body="""
Bonjour,

Avant la migration prévue en janvier, nous aimerions disposer d'une copie de notre plateforme passée en version 4, pour que les instructeurs s'y habituent.

Luc Dumont
""",
    ),
    mail(
        "tp11",
        "ml.bonnet30@orange.fr",
        "copie de test",
        name="Marie-Laure Bonnet",
        shape="webmail",
        kind=T,
        body="""
Bonjour,

Serait-il possible d'avoir une copie de test de notre plateforme ? Est-ce payant pour nous (First Price) ?

Marie-Laure
""",
    ),
    mail(
        "tp12",
        "seb.roche63@gmail.com",
        "plateforme test + heures",
        name="Sébastien Roche",
        shape="gmail",
        kind=T,
        also=("hours_statement",),
        body="""
Salut,

1. On voudrait une plateforme .test pour former les nouveaux instructeurs.
2. Au passage, il nous reste combien d'heures de bonus ?

Séb
""",
    ),
    mail(
        "tp13",
        "n.thiebaut@aeroclub-lorraine.fr",
        "Plateforme de test – version figée",
        name="Nathalie Thiébaut",
        shape="outlook",
        kind=T,
        body="""
Bonjour,

Notre plateforme Première est sur une version figée. Peut-on avoir une plateforme de test qui soit une copie de la nôtre, pour tester les mises à jour avant de vous demander de les appliquer ?

Nathalie Thiébaut
""",
    ),
    mail(
        "tp14",
        "jp.faure87@orange.fr",
        "tester la v4",
        name="Jean-Pierre Faure",
        shape="webmail",
        kind=T,
        tv="4",
        body="""
Bonjour,

Le bureau hésite à migrer. Est-il possible de tester la V4 sur une copie de notre plateforme, ac-limousin.of4 ? Combien de temps reste-t-elle disponible ?

JP Faure
""",
        hint="ac-limousin",
    ),
    mail(
        "tp15",
        "contact@aca-touraine.fr",
        "Demande d'un environnement de test",
        shape="outlook",
        kind=T,
        body="""
Bonjour,

Nous souhaitons un environnement de test pour notre plateforme afin de préparer la saison 2027. Merci de nous indiquer la démarche.

Secrétariat Air Touraine
""",
    ),
    mail(
        "tp16",
        "aeroclubdecorse@gmail.com",
        "tester",
        shape="gmail",
        kind=T,
        body="""
Bonjour, on voudrait une plateforme de test mais on est en 3.5. C'est possible ?
Paul-Marie
""",
        note="3.5 is below 3.6 (R2); still the ask",
    ),
    mail(
        "tp17",
        "chefpilote@aero-pays-basque.fr",
        "Plateforme test pour les instructeurs",
        shape="iphone",
        kind=T,
        body="""
Bonjour,
on aimerait une plateforme test pour entraîner les instructeurs à la nouvelle planche de vol. Vous pouvez la créer ?
Mikel
""",
    ),
    mail(
        "tp18",
        "secretariat@aeroclub-anjou.fr",
        "Environnement de recette",
        name="Secrétariat AC Anjou",
        shape="outlook",
        kind=T,
        body="""
Bonjour,

Notre prestataire de site web a besoin d'un environnement de recette pour tester l'intégration du planning. Pouvez-vous nous ouvrir une plateforme de test ?

Sophie Renard
""",
    ),
    mail(
        "tpen01",
        "info@cotswoldflyers.co.uk",
        "Test platform for v4",
        name="Cotswold Flying Club",
        shape="outlook",
        lang="en",
        kind=T,
        tv="4",
        body="""
Hi,

Before we commit to version 4, could we have the .of4 copy of our platform to try it out?

Helen
""",
    ),
    mail(
        "tpen02",
        "joris.vandijk@ziggo.nl",
        "sandbox",
        name="Joris van Dijk",
        shape="gmail",
        lang="en",
        kind=T,
        body="""
Hello,

Could we get a test copy of our platform to try new price settings? The public demo resets every hour, which is too short for us.

Regards,
Joris
""",
    ),
    mail(
        "tpen03",
        "erik.lindqvist@telia.com",
        "Trying version 4",
        name="Erik Lindqvist",
        shape="apple",
        lang="en",
        kind=T,
        tv="4",
        body="""
Hi,

We're on 3.6. The board wants to see version 4 with our own data before the migration in January. Can you set up the v4 trial copy?

Best regards,
Erik
""",
    ),
    mail(
        "tpen04",
        "kontor@aeroklub-jylland.dk",
        "test platform",
        name="Aeroklubben Jylland",
        shape="gmail",
        lang="en",
        kind=T,
        body="""
Hello,

Could you create a test platform for us, a copy of the demo platform, so we can show it at our members' meeting?

Mette
""",
    ),
    mail(
        "tpen05",
        "fiona.macleod@highlandaero.co.uk",
        "Test copy",
        name="Fiona MacLeod",
        shape="outlook",
        lang="en",
        kind=T,
        body="""
Hi,

Is it possible to have a test copy of our platform to train the new committee members? How do we request it?

Fiona
""",
    ),
    mail(
        "tpen06",
        "d.harris@kentflighttraining.co.uk",
        "v4 test instance",
        name="David Harris",
        shape="outlook",
        lang="en",
        kind=T,
        tv="4",
        body="""
Hello,

We'd like a v4 test instance (kent-flight.of4) to check the training records before deciding on the migration.

Regards,
David
""",
        hint="kent-flight",
    ),
    mail(
        "tpen07",
        "conor.byrne@gmail.com",
        "test site",
        name="Conor Byrne",
        shape="gmail",
        lang="en",
        kind=T,
        body="""
hi, can we have a test site copy of our platform? want to try out a new way of charging launches
Conor
""",
    ),
]
