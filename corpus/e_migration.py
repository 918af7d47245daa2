"""Set e: migration requests (major versions, stable or alpha/beta), French and English."""

DEFAULTS = {"lang": "fr", "kind": "migration"}

TEXT = r"""
@@ g001 | from: Alain Ducros <alain.ducros18@orange.fr> | style: outlook | tv: 4.0 | nb: 2027-01-04
subject: Passage en version 4
--
Bonjour,

Le bureau de l'Aéro-Club du Berry a décidé de passer en version 4. Nous avons bien compris que c'est sans retour. Merci de ne rien faire avant le 4 janvier 2027 : nous voulons clôturer l'exercice 2026 sur la version actuelle.

Alain Ducros
Président
Réunion de bureau tous les 1ers mardis du mois

@@ g002 | from: cvv.millau@wanadoo.fr | style: plain | tv: 4.0alpha | note: First Price, 3.5 to 4.0alpha (free); no accents
subject: migration version alpha
--
Bonjour,

On voudrait passer de la 3.5 a la 4.0alpha. Si j'ai bien lu c'est gratuit pour nous dans ce cas ? On accepte que ce soit une version qui bouge.

Josiane
CVV Millau

@@ g003 | from: secretaire.ulmmp@laposte.net | style: plain | tv: 4.0 | note: asks what it costs; the ask is the migration
subject: Nouvelle version
--
Bonjour,

Notre président souhaite qu'on passe à la version 4 comme les clubs voisins. Combien ça coûte pour nous et quelles sont les étapes ? Merci de lancer la démarche.

Martine Rivaud
Secrétaire, ULM du Marais Poitevin

@@ g004 | from: l.bessiere@horizon-pilotage.fr | style: outlook | tv: 4.1beta | cash: 1 | note: offers to pay so that it is done first
subject: Migration 4.1beta - urgent
--
Bonjour,

Nous souhaitons migrer en 4.1beta pour disposer du nouveau module de suivi de formation avant notre audit DSAC de février. Nous sommes prêts à payer une prestation pour passer en priorité, si c'est possible. Merci de nous dire comment procéder.

Laurent Bessière
Horizon Pilotage Lyon

@@ g005 | from: tresorier@ac-cote-emeraude.fr | style: plain | tv: 4.0 | note: deadline, not a not-before date
subject: Migration avant la saison
--
Bonjour,

Nous aimerions être en version 4 avant le 1er mars, date de reprise des vols d'initiation. Pouvez-vous programmer la migration en conséquence ?

Le trésorier de l'ACCE

@@ g006 | from: bureau@aeroclub-vosgien.fr | style: html | tv: 4.0 | nb: 2026-12-15 | date: 2026-11-05 18:20 | note: HTML-only; Première client
subject: Demande de migration
--
Bonjour,

Suite à notre conseil d'administration du 3 novembre, nous demandons la migration de notre plateforme vers la version 4. Merci de ne pas intervenir avant le 15 décembre, car nous clôturons les comptes de la saison.

Nous avons bien noté que la migration est irréversible.

Le bureau de l'Aéro-Club Vosgien

@@ g007 | from: Nadine Castaing <nadine.castaing32@gmail.com> | style: gmail | tv: 4.0 | note: 3.5 to 4, Business; long story
subject: On se lance !
--
Bonjour,

Voilà deux ans qu'on en parle au club. Notre ancien président était réticent (« ça marche, on n'y touche pas »), mais depuis l'AG de juin la nouvelle équipe veut moderniser : nouvelle adresse mail, nouveau site web, et maintenant OpenFlyers. On a regardé la démo de la version 4 pendant plusieurs soirées avec les instructeurs et tout le monde trouve le planning plus lisible.

Donc c'est décidé : nous demandons la migration de notre plateforme (actuellement en 3.5) vers la version 4. On n'a pas de contrainte de date particulière.

Bien cordialement,
Nadine Castaing
Aéro-Club du Gers

@@ g008 | from: aeroclub.spm@cheznoo.net | style: plain | tv: 4.0 | nb: 2027-05-01 | note: from 1 May, because of the winter
subject: Version 4
--
Bonjour,

Nous souhaitons migrer vers la version 4, mais seulement à partir du 1er mai 2027 : l'hiver ici, personne ne vole et personne ne pourra tester.

Yann Detcheverry
Aéro-Club de Saint-Pierre-et-Miquelon

@@ g009 | from: compta.ulmcaraibes@gmail.com | style: gmail | tv: 4.0 | also: renewal | note: two asks; the migration is the main
subject: Migration + renouvellement
--
Bonjour,

Deux choses :
1) nous voulons passer en version 4, dès que possible ;
2) pour le renouvellement 2027, on paie comment depuis la Martinique ? Carte ou virement ?

Merci,
Le trésorier ULM Caraïbes

@@ g010 | from: contact@acdionysien.re | style: plain | tv: 4.0 | nb: 2027-02-01 | note: after the cyclone season
subject: Migration après la saison cyclonique
--
Bonjour,

Le comité souhaite migrer vers la version 4, pas avant le 1er février 2027 (fin de notre période la plus chargée avec les vacances australes). Merci d'enregistrer la demande.

Aéro-Club Dionysien

@@ g011 | from: k.benali@skyline-formation.fr | style: outlook | tv: 4.1beta | note: company already on 4, asks beta
subject: Passage en 4.1beta
--
Bonjour,

Nous sommes en 4 depuis l'an dernier et souhaitons passer en 4.1beta. Nous acceptons le principe d'une version en évolution continue.

Karim Benali
Gérant - Skyline Formation Aéronautique
06 00 00 00 00 - du lundi au vendredi 8h-18h

@@ g012 | from: benoit.lambotte@skynet.be | style: plain | tv: 4.0 | nb: 2026-12-01 | date: 2026-10-20 10:05
subject: Migration de l'Aéro-Club du Hainaut
--
Bonjour,

Nous demandons la migration vers la 4.0. Pas avant le 1er décembre s'il vous plaît : nous avons un examen pratique le 28 novembre et je ne veux aucun changement avant.

Benoît Lambotte

@@ g013 | from: cvvcondroz@skynet.be | style: plain | tv: 4.0 | note: First Price 3.5 to 4.0 (fee)
subject: Version 4 pour le CVV Condroz
--
Bonjour,

Nous voudrions passer en version 4.0. Je suppose qu'il y a des frais vu notre formule : merci de nous envoyer la facture.

Le secrétariat du CVV Condroz

@@ g014 | from: Jean-Marc Rossier <jm.rossier@bluewin.ch> | style: outlook | tv: 4.0 | nb: 2027-01-11 | note: dates in signature are not the request's
subject: Migration GVM Fribourg
--
Bonjour,

Suite à la décision du comité, nous souhaitons migrer en version 4. Merci de ne pas la faire avant le lundi 11 janvier 2027.

Salutations,
Jean-Marc Rossier
Président GVM Fribourg
Assemblée générale : 27.02.2027 - Permanence : samedi 09h-12h
Tél. +41 26 000 00 00

@@ g015 | from: admin@aviation-leman.ch | style: outlook | tv: 4.1beta
subject: 4.1beta
--
Bonjour,

Merci de basculer notre plateforme en 4.1beta. Nous connaissons les conditions.

Administration - École d'Aviation du Léman

@@ g016 | from: secretariat@aeroclub-grandducal.lu | style: plain | tv: 4.0 | note: mentions hours and aircraft in passing
subject: Migration et nouvelle saison
--
Bonjour,

La saison 2026 a été bonne : plus de 1 400 heures sur nos quatre avions, un record. Pour la saison prochaine, nous voulons profiter de la version 4. Pouvez-vous procéder à la migration ?

Secrétariat de l'Aéroclub Grand-Ducal

@@ g017 | from: Marie-Ève Tremblay <me.tremblay@pilotagesaguenay.ca> | style: outlook | tv: 4.1beta | nb: 2027-04-15 | note: Québec; after the winter session
subject: Migration vers la 4.1 beta
--
Bonjour,

Nous aimerions migrer vers la 4.1beta après la fin de notre session d'hiver. Merci de ne pas effectuer la migration avant le 15 avril 2027.

Marie-Ève Tremblay
Directrice générale

@@ gz01 | from: cvvquebec@hotmail.com | style: plain | tv: 4.0alpha | note: Québec French; First Price 3.6 to 4.0alpha
subject: version alpha
--
Allo,

On aimerait essayer la 4.0alpha. C'est correct pour nous si ça change souvent, on est des bénévoles patients. Vous pouvez nous migrer quand ça adonne.

Réjean

@@ ge01 | from: fenlandflyers@gmail.com | style: gmail | lang: en | tv: 4.0 | nb: 2027-01-01 | note: "from 1 January"
subject: Upgrade to version 4
--
Hi,

We'd like to upgrade to version 4, from 1 January 2027 onwards please, not before. I understand there's a fee for us and that there's no going back.

Derek Holloway
Fenland Flying Group

@@ ge02 | from: Priya Shah <priya.shah@solentschool.co.uk> | style: outlook | lang: en | tv: 4.1beta | note: deadline ("by"), not a not-before date
subject: Move to 4.1beta
--
Hi,

We'd like to move to 4.1beta by the end of January, ahead of our next ATPL intake. We accept that the beta changes frequently.

Kind regards,
Priya Shah

@@ ge03 | from: kerryaeroclub@eircom.net | style: plain | lang: en | tv: 4.0
subject: Version 4
--
Hello,

The committee agreed at last night's meeting to move to version 4. Please let us know what happens next.

Kerry Aero Club

@@ ge04 | from: pieter.vanwyk@mweb.co.za | style: gmail | lang: en | tv: 4.0 | nb: 2026-12-01 | date: 2026-10-02 07:45
subject: Migration request
--
Hi,

Please schedule our migration to 4.0 - not before 1 December, as our annual fly-away is in the last week of November and I don't want surprises.

Cheers
Pieter van Wyk
Highveld Flying Club

@@ ge05 | from: Sharon McKenzie <sharon.mckenzie@bigpond.com> | style: outlook | lang: en | tv: 4.0 | note: story first, then the ask
subject: Moving to version 4
--
Hi,

A bit of background: our club has been on 3.5 since we joined in 2019. Our new CFI came from a school in Queensland that runs version 4 and she's been showing the committee what it can do, especially the instructor availability screen. The committee voted on Tuesday to make the move.

So this is our formal request to migrate to version 4. We're aware it can't be reversed.

Regards,
Sharon McKenzie
Secretary, Hunter Valley Aero Club

@@ ge06 | from: info@cascadesoaring.org | style: plain | lang: en | tv: 4.0alpha | cash: 1 | note: offers to pay extra to be first
subject: Alpha migration
--
Hello,

We'd like to move to 4.0alpha before our winter ground school starts. If paying something extra gets us to the front of the line, the board has approved up to $200 for that.

Cascade Soaring Society

@@ ge07 | from: secretariaat@vliegclubkempen.be | style: plain | lang: en | tv: 4.0 | nb: 2027-03-01 | note: non-native English
subject: Migration to version 4
--
Hello,

Our club want to migrate to the version 4. Please do not make it before the 1st of March 2027, because our treasurer is closing the books until end of February.

Greetings,
Secretariaat Vliegclub De Kempen

@@ ge08 | from: vorstand@fg-thun.ch | style: plain | lang: en | tv: 4.0 | note: non-native; Première
subject: Migration
--
Hello,

The board of Fluggruppe Thun has decided to migrate our platform to version 4. We are informed that the migration is not reversible. Please tell us the next steps.

Best regards
Ursula Steiner
"""
