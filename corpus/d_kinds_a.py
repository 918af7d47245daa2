"""Set d: French first contacts about renewals, statements of bonus hours and resource changes."""

DEFAULTS = {"lang": "fr"}

TEXT = r"""
@@ n001 | kind: renewal | from: Jean-Claude Mérand <jc.merand17@orange.fr> | style: outlook
subject: Abonnement 2027
--
Bonjour,

En tant que trésorier je prépare le budget 2027. Pouvez-vous m'indiquer comment procéder pour le renouvellement de notre abonnement et combien d'appareils seront facturés ? Je voudrais le régler avant la fin de l'année pour ne pas avoir de coupure en janvier.

Jean-Claude Mérand
Trésorier ACHS

@@ n002 | kind: renewal | from: secretariat@cvv-montagnenoire.fr | style: plain | note: mentions the winch and hours in passing; the ask is the renewal
subject: renouvellement
--
Bonjour,

Notre saison se termine, le treuil est rentré et les heures de vol sont saisies. Il nous reste à renouveler l'abonnement OpenFlyers pour l'an prochain : je ne retrouve plus la marche à suivre de l'an dernier. Pouvez-vous me la rappeler ?

Mireille, secrétariat du CVV

@@ n003 | kind: renewal | from: ulmvaldeloire@gmail.com | style: gmail | note: asks to pay for fewer resources
subject: Renouvellement avec un ULM en moins
--
Bonjour,

On a vendu le Savannah en septembre. Pour le renouvellement 2027 on voudrait payer pour 2 machines et pas 3. Comment on fait ?

Didier

@@ n004 | kind: renewal | from: tresorerie@aeroclub-chalon.fr | style: outlook | note: payment by transfer for the renewal
subject: Paiement abonnement 2027 par virement
--
Bonjour,

Le bureau préfère régler le renouvellement de l'abonnement par virement plutôt que par carte. Faut-il d'abord générer la facture dans le compte client, et à quel IBAN faut-il verser ? Les frais bancaires sont-ils pour nous ?

Pour la trésorerie,
Odile Perrin

@@ n005 | kind: renewal | from: AC ARDECHE MERIDIONALE <ac.ardeche.meridionale@orange.fr> | style: plain | note: caps and no accents
subject: ABONNEMENT
--
BONJOUR
NOTRE ABONNEMENT SE TERMINE EN DECEMBRE, QUE FAUT IL FAIRE POUR LE PROLONGER ? ON PAIE PAR CHEQUE COMME D HABITUDE
MERCI
ROGER

@@ n006 | kind: renewal | from: info@acbw.be | style: alt | note: the renewal invoice in passing of the general-assembly date
subject: Renouvellement et AG
--
Bonjour,

Notre assemblée générale a lieu le 16 janvier ; je dois y présenter les dépenses récurrentes. Pourriez-vous me dire comment créer la facture de renouvellement 2027 pour que je puisse l'imprimer et la présenter ?

Bonne journée,
Christophe Wauters

@@ n007 | kind: renewal | from: caisse@gvm-valais.ch | style: plain
subject: Renouvellement - paiement depuis la Suisse
--
Bonjour,

Nous souhaitons renouveler l'abonnement. Depuis la Suisse le virement SEPA fonctionne-t-il, ou vaut-il mieux payer par carte dans le compte client ?

Meilleures salutations,
La caisse du GVM Valais

@@ n008 | kind: renewal | from: aeroclub.mayotte@gmail.com | style: android
subject: Renouvellement
--
Bonjour je veux renouveler l'abonnement pour l'année prochaine mais le bouton renouveler n'apparait pas sur le téléphone. Il faut le faire sur ordinateur ?

@@ n009 | kind: renewal | from: Francis Schmitt <francis.schmitt57@orange.fr> | style: outlook | note: mentions a new aircraft coming in spring; the ask is the renewal now
subject: Renouvellement 2027
--
Bonjour,

Nous allons renouveler pour 2027. Nous aurons peut-être un septième avion au printemps, mais ce n'est pas encore signé : je suppose qu'on verra ça à ce moment-là. Pour l'instant je veux juste savoir combien de ressources vous allez nous compter au renouvellement.

Francis Schmitt
Président ACLNT

@@ n010 | kind: renewal | from: aeroclub.cantal@orange.fr | style: plain | note: a retired secretary who renews every year by cheque
subject: cotisation OpenFlyers
--
Bonjour Messieurs,

Comme chaque année à la même époque, je m'occupe de la « cotisation » du club à votre logiciel. Pourriez-vous avoir l'amabilité de m'expliquer de nouveau la procédure ? Je suis à la retraite et la personne qui m'aidait l'an dernier a quitté le club.

Avec mes remerciements,
Monique Delrieu, secrétaire bénévole

@@ n011 | kind: renewal | from: direction@aeropyrenees-formation.fr | style: outlook | att: bon-de-commande-2027.pdf | note: company with a purchase order
subject: Bon de commande - renouvellement abonnement 2027
--
Bonjour,

Vous trouverez ci-joint notre bon de commande pour le renouvellement de l'abonnement Corporate 2027. Notre service comptable a besoin de la facture correspondante pour payer : faut-il la générer nous-mêmes dans l'espace client ?

Isabelle Laborde
Directrice

@@ h001 | kind: hours_statement | from: Catherine Roussel <catherine.roussel95@gmail.com> | style: gmail
subject: Heures de bonus restantes
--
Bonjour,

Pouvez-vous me dire combien d'heures de bonus il nous reste pour 2026 ? Je voudrais les utiliser avant qu'elles soient perdues au 31 décembre.

Catherine Roussel
Trésorière ACV

@@ h002 | kind: hours_statement | from: secretariat@aeroclub-chalon.fr | style: plain | note: asks for the detail of hours used, mentions the renewal only as context
subject: Relevé des heures
--
Bonjour,

En préparant le renouvellement, le trésorier s'est demandé combien d'heures d'assistance nous avons utilisées cette année et pour quoi. Pourriez-vous nous envoyer le relevé ?

Le secrétariat

@@ h003 | kind: hours_statement | from: tresorier@pca-planeur.fr | style: plain
subject: Solde heures Première
--
Bonjour,

Quel est notre solde d'heures de bonus à ce jour ? Merci.

Trésorier PCA

@@ h004 | kind: hours_statement | from: j.etcheverry@helico-so.fr | style: outlook | note: the word "heures" for flight hours in the signature and in passing
subject: Consommation heures de support 2026
--
Bonjour,

Nous avons réalisé 2 400 heures de vol cette année (record !) et beaucoup sollicité votre support. Je voudrais connaître le détail des heures de bonus consommées et ce qu'il reste sur notre forfait Corporate.

Julien Etcheverry
Responsable opérations

@@ h005 | kind: hours_statement | from: contact@aclnt.fr | style: alt
subject: Où en sont nos heures ?
--
Bonjour,

Nous n'avons pas trouvé d'écran dans le compte client pour suivre nos heures de bonus. Pouvez-vous nous dire où nous en sommes ?

L'ACLNT

@@ h006 | kind: hours_statement | from: mp.gerard@skynet.be | style: plain | note: written before asking for work; the ask is the balance
subject: heures
--
Bonjour,

Avant de vous demander quoi que ce soit, j'aimerais savoir s'il nous reste des heures. Je crois qu'on en a utilisé au printemps pour les tarifs remorqueur.

Marie-Paule Gérard

@@ h007 | kind: hours_statement | from: Teva Teriierooiterai <teva.t@mail.pf> | style: gmail
subject: Bilan heures assistance
--
Ia ora na,

Pour le rapport du trésorier à l'AG du 12 décembre, pouvez-vous nous adresser un état des heures d'assistance et de développement utilisées en 2026 ?

Teva

@@ h008 | kind: hours_statement | from: ecole@envergure-aviation.fr | style: html
subject: Heures restantes ?
--
Bonjour,

Il nous reste combien d'heures sur notre abonnement Business ?

L'école

@@ h009 | kind: hours_statement | from: Gilles Lemonnier <gilles.lemonnier50@wanadoo.fr> | style: plain | note: First Price (no bonus hours) asking anyway
subject: heures bonus
--
Bonjour,

Avons-nous droit à des heures de bonus avec notre abonnement, et si oui combien en reste-t-il ?

Gilles, Cotentin ULM

@@ h010 | kind: hours_statement | from: mireille.cabrol@free.fr | style: gmail | note: forwards the president's question
subject: TR: heures OpenFlyers
--
Bonjour,

Je vous transmets la question de notre président ci-dessous.

---------- Message transféré ---------
De : Alain Cabrol <alain.cabrol81@orange.fr>
Date : mar. 6 oct. 2026 à 21:14
Objet : heures OpenFlyers
À : Mireille Cabrol <mireille.cabrol@free.fr>

Mireille, peux-tu demander au support combien on a consommé d'heures de bonus depuis janvier et ce qui reste ? Merci. Alain

@@ h011 | kind: hours_statement | from: comptabilite@aeropyrenees-formation.fr | style: outlook | note: accountant wants the statement for the books
subject: Demande d'état des heures prépayées
--
Bonjour,

Dans le cadre de notre clôture, merci de nous transmettre l'état des heures prépayées (bonus assistance / développement) : heures incluses, heures consommées, solde au jour de votre réponse.

Service comptabilité
AéroPyrénées Formation

@@ s001 | kind: resource_change | from: Christophe Wauters <c.wauters@proximus.be> | style: outlook
subject: Ajout d'un DR400 en cours d'année
--
Bonjour,

Nous venons d'acheter un DR400-140B (OO-DRX) qui arrive le mois prochain. Comment l'ajouter à la plateforme ? Je crois qu'il y a une facture à régler avant.

Christophe Wauters

@@ s002 | kind: resource_change | from: tresorier@aclnt.fr | style: plain | note: removes an aircraft, asks about a refund
subject: Vente du F-GKXT
--
Bonjour,

Nous avons vendu le F-GKXT le 2 octobre. Pouvons-nous le retirer de la plateforme et être remboursés de la part de l'abonnement qui reste ?

Le trésorier

@@ s003 | kind: resource_change | from: j.etcheverry@helico-so.fr | style: outlook | note: replacement of one helicopter by another
subject: Remplacement Cabri G2
--
Bonjour,

Notre Cabri F-HCAB part en révision générale pour 3 mois et sera remplacé par un appareil de location, F-HLOC. Doit-on créer une nouvelle ressource ou peut-on simplement renommer l'existante le temps de la révision ?

Julien Etcheverry

@@ s004 | kind: resource_change | from: secretariat@pca-planeur.fr | style: plain | note: asks the vendor to create a new resource type
subject: Nouveau type : motoplaneur
--
Bonjour,

Le club accueille son premier motoplaneur (un Falke). Il faut créer un nouveau type de ressource avec ses propres tarifs. Pouvez-vous le faire pour nous ?

Le secrétariat du PCA

@@ s005 | kind: resource_change | from: ecole@envergure-aviation.fr | style: alt | note: a simulator
subject: Ajout simulateur ALSIM
--
Bonjour,

Notre simulateur ALSIM AL42 est livré. Nous voulons qu'il soit réservable par les élèves sur OpenFlyers. Quelle est la démarche et quel sera le coût sur l'année ?

Sophie Marchal

@@ s006 | kind: resource_change | from: ac.ardeche.meridionale@orange.fr | style: plain | note: no accents
subject: avion en plus
--
bonjour
on a un 3eme avion en pret par un membre (un Jodel) a partir du mois prochain, comment on le met sur le planning ? il faut payer quelque chose ?
roger

@@ s007 | kind: resource_change | from: Catherine Roussel <catherine.roussel95@gmail.com> | style: gmail | note: a classroom; asks whether it costs
subject: Réservation de la salle de briefing
--
Bonjour,

Nous aimerions que les instructeurs puissent réserver la salle de briefing comme un avion. Est-ce que cela augmente le prix de l'abonnement ?

Catherine

@@ s008 | kind: resource_change | from: contact@aeroclub-jura.ch | style: plain | note: aircraft destroyed; deactivation
subject: HB-KOZ
--
Bonjour,

Suite à l'accident sans gravité de cet été, notre HB-KOZ est irréparable. Pouvez-vous le désactiver, ou dois-je le faire moi-même ? Les vols passés doivent rester dans l'historique.

Aéro-Club du Jura

@@ s009 | kind: resource_change | from: acguyane973@orange.fr | style: plain | note: mentions the renewal and hours in passing; the ask is to add an aircraft
subject: Ajout ULM
--
Bonjour,

On a bien reçu le relevé d'heures le mois dernier, merci. Autre chose : le club a acheté un ULM multiaxe pour l'école. On voudrait l'ajouter maintenant plutôt qu'attendre le renouvellement. C'est possible ?

Henri

@@ s010 | kind: resource_change | from: Bernard Kuntz <bernard.kuntz67@free.fr> | style: plain | note: two gliders swapped
subject: Échange de planeurs
--
Bonjour,

Nous échangeons notre ASK 13 contre un ASK 21 d'un club voisin. Faut-il payer un supplément ou s'agit-il d'un simple remplacement ?

Bernard Kuntz

@@ s011 | kind: resource_change | from: admin@envergure-aviation.fr | style: outlook | att: certificat-immatriculation-F-HDTE.pdf
subject: Nouvel appareil F-HDTE
--
Bonjour,

Veuillez trouver ci-joint le certificat d'immatriculation de notre nouveau DA40 NG, F-HDTE. Merci de nous envoyer la facture pour l'ajout de cette ressource afin que nous puissions la régler et l'activer.

Administration - Envergure Aviation École
"""
