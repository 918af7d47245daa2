"""Set e: French first contacts about renewals, test platforms and everything else ("other")."""

DEFAULTS = {"lang": "fr"}

TEXT = r"""
@@ n001 | kind: renewal | from: tresorerie.acberry@gmail.com | style: plain
subject: Abonnement 2027
--
Bonjour,

Je voudrais régler l'abonnement 2027 avant le 31 décembre. Où dois-je générer la facture, et combien de ressources seront comptées ?

Le trésorier de l'AC Berry

@@ n002 | kind: renewal | from: ulm.maraispoitevin@free.fr | style: plain | note: pays by cheque
subject: Réabonnement
--
Bonjour,

Comme chaque année nous souhaitons payer par chèque. À quel ordre et à quelle adresse l'envoyer, et faut-il d'abord créer la facture ?

Thierry Guérin

@@ n003 | kind: renewal | from: compta.ulmcaraibes@gmail.com | style: gmail | note: wants to pay for fewer resources
subject: Renouvellement avec moins d'ULM
--
Bonjour,

Un de nos trois ULM est vendu. Pour 2027 nous voulons payer 2 ressources et non 3. Comment faire dans le renouvellement ?

Le trésorier

@@ n004 | kind: renewal | from: tresorier@acdionysien.re | style: plain | note: card payment failed
subject: Paiement du renouvellement refusé
--
Bonjour,

J'ai créé la facture de renouvellement mais le paiement par carte est refusé (3D Secure). Puis-je payer par virement à la place ? Les frais sont-ils pour nous ?

Jean-Luc, trésorier

@@ n005 | kind: renewal | from: cvvcondroz@skynet.be | style: plain | note: no accents, caps
subject: RENOUVELLEMENT
--
BONJOUR, NOTRE ABONNEMENT FINIT LE 31/12. COMMENT ON RENOUVELLE ? MERCI

@@ n006 | kind: renewal | from: tresorier@aeroclub-grandducal.lu | style: plain | note: mentions the hours flown in passing
subject: Renouvellement pour 2027
--
Bonjour,

Notre activité a bien progressé cette année (plus de 1 400 heures de vol). Nous souhaitons renouveler l'abonnement pour 2027 avec le même nombre d'avions. Merci de me rappeler la procédure.

Le trésorier

@@ n007 | kind: renewal | from: comptabilite@pilotagesaguenay.ca | style: outlook | note: Québec; needs the invoice in Canadian format
subject: Renouvellement de l'abonnement 2027
--
Bonjour,

Nous voulons renouveler notre abonnement pour l'an prochain. Pouvons-nous payer par virement depuis le Canada, et la facture peut-elle mentionner notre numéro d'entreprise du Québec ?

Comptabilité
École de pilotage Saguenay inc.

@@ n008 | kind: renewal | from: Nadine Castaing <nadine.castaing32@gmail.com> | style: gmail | note: forward of the treasurer's question
subject: Fwd: abonnement openflyers
--
Bonjour, voici la question de notre trésorier, je vous la transmets.
Nadine

---------- Forwarded message ---------
From: Pierre Dupouy <p.dupouy32@orange.fr>
Date: lun. 2 nov. 2026 à 18:07
Subject: abonnement openflyers
To: Nadine Castaing <nadine.castaing32@gmail.com>

Nadine, peux-tu demander à OpenFlyers comment on renouvelle pour 2027 ? Je voudrais payer en décembre pour que ce soit sur l'exercice 2026.
Pierre

@@ n009 | kind: renewal | from: caissier@gvm-fribourg.ch | style: plain | note: asks why 8 resources are proposed
subject: Nombre de ressources au renouvellement
--
Bonjour,

Au moment de renouveler, le compte client nous propose 8 ressources. Nous n'avons que 6 avions en service. Comment réduire ce nombre ?

Le caissier du GVM Fribourg

@@ e001 | kind: test_platform | from: gerard.thiriet88@sfr.fr | style: plain
subject: Plateforme de test
--
Bonjour,

Avant notre migration, nous aimerions une plateforme de test pour former les instructeurs. Comment l'obtenir ?

Gérard Thiriet

@@ e002 | kind: test_platform | from: yannick.legoff35@orange.fr | style: gmail | note: the of4 copy, on 3.6
subject: Essayer la version 4 avant de migrer
--
Bonjour,

Il paraît qu'on peut avoir une copie de notre plateforme en version 4 pour l'essayer avant de décider. Comment fait-on ? Nous sommes en 3.6.

Yannick Le Goff

@@ e003 | kind: test_platform | from: accueil@skyline-formation.fr | style: plain
subject: Environnement de test
--
Bonjour,

Nous voudrions un environnement de test pour préparer les nouveaux tarifs 2027 sans toucher à la production. Est-ce possible ?

Accueil Skyline Formation

@@ e004 | kind: test_platform | from: josiane.fabre12@wanadoo.fr | style: plain | note: 3.5, not eligible; asks anyway
subject: Plateforme d'essai
--
Bonjour,

Pourrions-nous avoir une plateforme d'essai pour tester les réglages des stages d'été ? Nous ne voulons pas faire de bêtises sur la vraie.

Josiane Fabre

@@ e005 | kind: test_platform | from: benoit.lambotte@skynet.be | style: plain | note: confuses with the demo platform
subject: La démo se réinitialise
--
Bonjour,

Je préparais une formation sur la plateforme démo mais tout s'efface à chaque heure. Pourrions-nous avoir une plateforme de test à nous, copie de la nôtre ?

Benoît

@@ e006 | kind: test_platform | from: admin@aviation-leman.ch | style: outlook
subject: Plateforme .test
--
Bonjour,

Merci de nous indiquer comment créer une plateforme ecole-leman.test, copie de notre production, pour valider une nouvelle grille tarifaire.

Administration

@@ e007 | kind: test_platform | from: info@aviationlaurentides.ca | style: plain | note: Québec French
subject: Plateforme pour pratiquer
--
Bonjour,

On aimerait avoir une plateforme pour pratiquer avec les nouveaux bénévoles sans risquer de briser les vraies réservations. C'est-tu possible ?

Club d'aviation des Laurentides

@@ e008 | kind: test_platform | from: tresorier@ac-cote-emeraude.fr | style: plain | also: support
subject: Copie de test + question tarifs
--
Bonjour,

Nous souhaitons une plateforme de test pour préparer la refonte des tarifs. Et une question annexe : peut-on appliquer un tarif jeune automatiquement selon la date de naissance ?

Le trésorier de l'ACCE

@@ e009 | kind: test_platform | from: contact@acdionysien.re | style: html | note: HTML-only
subject: Demande de plateforme de test
--
Bonjour,

Nous aimerions disposer d'une plateforme de test, copie de notre plateforme, pour former notre nouveau trésorier.

Aéro-Club Dionysien

@@ z001 | kind: other | from: Hélène Marchetti <h.marchetti@aeroclub-cap-corse.example> | style: outlook | note: prospect
subject: Renseignements tarifs
--
Bonjour,

Je suis trésorière d'un aéro-club de 60 membres en Corse avec trois avions. Nous cherchons un logiciel de réservation et de facturation. Pourriez-vous m'envoyer vos tarifs et nous proposer une démonstration ?

Hélène Marchetti

@@ z002 | kind: other | from: alain.ducros18@orange.fr | style: plain | note: thanks only
subject: Merci
--
Bonjour,

Juste un mot pour remercier l'équipe : la correction des bons de vol fonctionne parfaitement. Bonne fin de semaine !

Alain

@@ z003 | kind: other | from: compta@horizon-pilotage.fr | style: outlook | note: invoice question that fits no kind
subject: Facture en double ?
--
Bonjour,

Nous avons reçu deux factures portant le même montant pour octobre. S'agit-il d'un doublon ? Merci de vérifier avant que nous réglions.

Comptabilité

@@ z004 | kind: other | from: Lucas Ferrand <lucas.ferrand@gmail.com> | style: gmail | note: a student asking for a job
subject: Candidature stage développeur
--
Bonjour,

Étudiant en BUT informatique et pilote ULM, je cherche un stage de 10 semaines à partir d'avril. Votre logiciel m'intéresse beaucoup. Je joins mon CV.

Lucas Ferrand
| att: CV-Lucas-Ferrand.pdf

@@ z005 | kind: other | from: secretariat@ac-cote-emeraude.fr | style: plain | note: asks for a certificate for a subsidy file
subject: Attestation pour subvention
--
Bonjour,

Pour notre dossier de subvention auprès du département, pourriez-vous nous fournir une attestation indiquant que nous utilisons OpenFlyers depuis 2019 ?

Le secrétariat de l'ACCE

@@ z006 | kind: other | from: Frédéric Hoareau <fred.hoareau974@gmail.com> | style: android | note: member writing directly, a complaint about the club; names the club, not the platform
subject: réclamation
--
Bonjour je suis membre de l'aéroclub dionysien, le club m'a facturé deux fois mon vol du 12 septembre. Vous pouvez rembourser ?

@@ z007 | kind: other | from: aeroclub.spm@cheznoo.net | style: plain | note: partnership idea
subject: Présentation à d'autres clubs
--
Bonjour,

Des clubs de Terre-Neuve nous demandent quel logiciel nous utilisons. Proposez-vous une version en anglais et une réduction si nous vous les recommandons ?

Yann Detcheverry

@@ z008 | kind: other | from: bureau@aeroclub-vosgien.fr | style: html | note: invitation
subject: Invitation à notre meeting aérien
--
Bonjour,

L'Aéro-Club Vosgien fête ses 90 ans le 5 juin 2027. Nous serions heureux d'accueillir un représentant d'OpenFlyers à cette occasion.

Le bureau

@@ z009 | kind: other | from: Christophe Aubry <c.aubry@ulm-bugey.example> | style: plain | note: prospect comparing tiers; no accents
subject: question abonnements
--
Bonjour

quelle difference entre First Price et Business pour un club ULM de 2 machines ? et est-ce qu on peut changer en cours d annee ?

Christophe Aubry, ULM Club du Bugey
"""
