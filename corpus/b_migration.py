"""Set b: migration requests (major version), with not-before dates, deadlines and versions."""

DEFAULTS = {"kind": "migration", "lang": "fr"}

TEXT = r"""
@@ m001 | from: Gérard Mougin <g.mougin@wanadoo.fr> | date: 2026-10-12 20:14 | style: outlook | nb: 2027-01-15 | tv: 4
subject: Passage en version 4
--
Bonjour,

Le comité a décidé de passer notre plateforme en version 4. Nous avons bien compris que c'est irréversible.
Pour ne pas perturber la fin de saison et la clôture des comptes, pas avant le 15 janvier s'il vous plaît.

Cordialement,
Gérard Mougin
Président AVV Vosges - AG annuelle le 06/03/2027

@@ m002 | from: thierry.lefebvre80@free.fr | date: 2026-11-02 08:40 | style: apple | tv: 3.6 | note: First Price 3.5 -> 3.6 is a paid migration; no date given
subject: migration
--
Bonjour,
On voudrait passer en 3.6 pour avoir la plateforme de test. On sait que c'est 50 € HT en First Price, pas de souci. Quand vous voulez.
Thierry
ULM Baie de Somme

Envoyé de mon iPhone

@@ m003 | from: Hélène Castagné <helene.castagne@laposte.net> | date: 2026-09-28 18:02 | style: gmail | nb: 2026-11-02 | tv: 4
subject: Migration Lasbordes
--
Bonjour,

Suite à notre réunion de bureau, nous souhaitons migrer la plateforme des Planeurs de Lasbordes vers la version 4.
La saison de vol à voile se termine fin octobre : merci de ne rien faire avant le 2 novembre.
Nous acceptons le caractère irréversible de l'opération.

Hélène Castagné, présidente

@@ m004 | from: Luc Dethier <luc.dethier@skynet.be> | date: 2026-11-18 21:33 | style: plain | nb: 2027-02-01 | tv: 4.0alpha
subject: Version alpha
--
Bonjour,

Nous aimerions tester la 4.0alpha en production : notre club est petit, les membres sont tolérants et curieux. Nous comprenons que c'est une version qui change tout le temps et qu'on ne pourra pas revenir en arrière.
À partir du 1/02 ce serait parfait, janvier est chargé avec les cotisations.

Luc Dethier
Aéro-Club de Spa

@@ m005 | from: gvvnamur@skynet.be | date: 2026-10-03 10:15 | style: plain | tv: 4.0alpha | note: 3.5 -> 4.0alpha is free even on First Price; no not-before date
subject: Migration gratuite ?
--
Bonjour,

Si j'ai bien compris votre page, passer de 3.5 à la 4.0alpha est gratuit même en First Price. Dans ce cas nous la demandons. Le comité est d'accord pour vivre avec une version en développement.

Pour le GVVN,
Anne-Sophie Lambotte

@@ m006 | from: Olivier Chappuis <o.chappuis@bluewin.ch> | date: 2026-11-25 17:45 | style: outlook | nb: 2027-04-06 | tv: 4
subject: Mise à niveau de notre version figée
--
Bonjour,

Notre plateforme Première tourne sur une version figée 3.6. Le comité a voté la migration vers la version 4 lors de sa séance du 23 novembre.
Contrainte : pas avant le mardi 6 avril 2027 (après Pâques et la reprise de l'école).
Nous avons pris note qu'on ne peut pas revenir en arrière.

Meilleures salutations,
Olivier Chappuis
Aéro-Club de Lausanne - Comité : séance suivante 14.12.2026

@@ m007 | from: jy.payet@orange.re | date: 2026-10-20 06:12 | style: plain | tv: 4 | note: "avant la fin de l'année" is a wish/deadline, not a not-before date
subject: Demande de migration
--
Bonjour,

L'aéro-club Roland Garros voudrait passer en version 4 avant la fin de l'année si possible, pour démarrer 2027 sur la nouvelle version. Nous avons bien noté le caractère irréversible.

Jean-Yves Payet
Trésorier ACRG - 0692 xx xx xx

@@ m008 | from: Max Bélénus <max.belenus@orange.fr> | date: 2026-12-01 14:20 | style: gmail | nb: 2027-03-01 | tv: 4
subject: Migration v4 - Aéro-Club de Guadeloupe
--
Bonjour,

Nous confirmons par ce mail notre souhait de migrer vers la v4. L'AG du 27 février doit encore valider le budget, donc pas avant le 1er mars 2027.

Max Bélénus
Président AC Guadeloupe
Aérodrome du Raizet

@@ m009 | from: Stéphane Wamytan <s.wamytan@lagoon.nc> | date: 2026-11-07 07:55 | style: outlook | nb: 2027-02-15 | tv: 4
subject: Migration et décalage horaire
--
Bonjour,

Nous voulons passer en V4. Attention, nous sommes à Nouméa (UTC+11) : si la migration se fait dans la journée en France, c'est la nuit chez nous, c'est parfait. Merci de ne pas programmer la migration avant le 15/02 (retour de congés de notre trésorier).
Migration irréversible : c'est compris.

Stéphane Wamytan
AC Calédonien

@@ m010 | from: Romain Vidal <romain.vidal@envol-formation.fr> | date: 2026-10-05 11:00 | style: plain | tv: 4 | cash: 1 | note: offers to pay extra to be served first
subject: Migration V4 rapide
--
Bonjour,

Nous voulons passer en V4 dès que possible (les 50 € HT de migration ne posent pas de problème). Si un supplément permet de passer avant les autres, nous sommes prêts à le payer : nous ouvrons une nouvelle session de formation le 2 novembre et voulons démarrer directement sur la nouvelle version.

Romain Vidal
Envol Formation Aéronautique EURL

@@ m011 | from: philippe.arnaud@volavoile-sisteron.fr | date: 2026-11-10 09:30 | style: outlook | tv: beta | nb: 2026-12-14
subject: Passer en bêta
--
Bonjour,

Nous sommes en 4 stable. Plusieurs de nos instructeurs veulent les nouveautés de la beta pour le livret de progression vol à voile. Nous demandons donc la migration vers la version beta, en connaissance de cause (version qui évolue en permanence, pas de retour possible).
Pas avant le lundi 14 décembre : stage de Noël jusqu'au 13.

Philippe Arnaud
CVV Sisteron

@@ m012 | from: Bernard Jacquot <bernard.jacquot21@orange.fr> | date: 2026-09-15 19:21 | style: plain | tv: 3.6
subject: 3.5 -> 3.6
--
Bonjour,

Nous sommes encore en 3.5. Pour l'instant le bureau ne veut pas aller jusqu'à la 4, mais la 3.6 nous intéresse. Pouvez-vous nous migrer en 3.6 ? Aucune contrainte de date.

Bernard Jacquot
AC Beaune

@@ m013 | from: Sandrine Abric <sandrine.abric@free.fr> | date: 2026-10-30 13:40 | style: gmail | tv: 4.0alpha | nb: 2026-11-16
subject: alpha
--
Bonjour,

On est en 4 et on aimerait passer sur l'alpha, pour le nouveau module ULM. C'est bien gratuit pour nous vers une alpha ? Si oui allez-y à partir du 16 novembre.

Sandrine, Camargue ULM Passion

@@ m014 | from: direction@aviasud-formation.com | date: 2026-11-12 16:00 | style: outlook | tv: beta | cash: 1 | note: offers to pay to be served before others
subject: Migration beta - prioritaire
--
Bonjour,

Aviasud Formation souhaite passer sur la version beta. Compte tenu de notre audit DSAC prévu en janvier, nous aimerions que la migration soit faite au plus vite ; nous sommes disposés à régler une participation financière pour être traités en priorité.
Nous acceptons qu'il n'y ait pas de retour arrière.

Karim Benali
Directeur des opérations

@@ m015 | from: Françoise Duparc <francoise.duparc74@gmail.com> | date: 2026-11-20 22:10 | style: gmail | nb: 2027-03-15 | tv: 4
subject: Fwd: Décision du CA - migration
--
Bonjour,

Je vous transfère la décision du CA. Comme indiqué, pas avant le 15 mars.

Françoise Duparc

---------- Forwarded message ---------
De : Jacques Berthier <j.berthier@acglieres.fr>
Date: jeu. 19 nov. 2026 à 21:05
Subject: Décision du CA - migration
To: Bureau <bureau@acglieres.fr>

Bonsoir à tous,
Le CA du 18/11 a voté à l'unanimité le passage d'OpenFlyers en version 4. Françoise s'occupe de la demande. Pas de migration avant le 15 mars : on fait la clôture et l'AG avec l'ancienne version.
Jacques

@@ m016 | from: Dominique Santoni <d.santoni@wanadoo.fr> | date: 2026-10-08 10:44 | style: plain | tv: 4 | note: First Price 3.5 -> 4 is paid
subject: Mise à jour OpenFlyers
--
Bonjour,

Le bureau de l'aéroclub d'Ajaccio souhaite passer directement de la 3.5 à la version 4. Nous avons vu qu'il faut payer 50 € HT : c'est d'accord. Nous savons que c'est définitif.

Dominique Santoni

@@ m017 | from: contact@vvissoire.fr | date: 2026-12-01 09:05 | style: alt | nb: 2027-01-04 | tv: 4
subject: Migration version 4 - AVV Issoire
--
Bonjour,

Nous souhaitons passer en version 4. Notre plateforme étant figée (Première), nous comprenons que la nouvelle version sera figée à son tour.
Date : à partir du 4 janvier 2027. Avant, impossible : stage planeur de fin d'année.

Cordialement,
L'équipe AVV Issoire

@@ m018 | from: Yann Perrenoud <yann.perrenoud@bluewin.ch> | date: 2026-10-17 15:35 | style: plain | tv: 4 | nb: 2026-11-30
subject: Migration
--
Bonjour,
Le CNA souhaite migrer en version 4. Pas avant le 30.11 s.v.p. (fin de notre exercice au 31 octobre, puis révision des comptes).
Merci
Yann Perrenoud

@@ m019 | from: Alain Delpech <alain.delpech46@orange.fr> | date: 2026-11-05 18:30 | style: plain | tv: 4 | note: "avant le printemps" is a wish, not a not-before date
subject: passage v4
--
Bonjour
Quercy ULM voudrait passer en v4, si possible avant le printemps. Les 50 euros c'est ok. On comprend que c'est sans retour.
Alain

@@ m020 | from: Josiane Rosier <josiane.rosier@orange.fr> | date: 2026-09-22 12:00 | style: gmail | nb: 2026-10-12 | tv: 4
subject: Migration
--
Bonjour,

L'aéro-club de la Martinique souhaite migrer en version 4. Merci d'attendre après notre journée portes ouvertes du 10 octobre : à partir du lundi 12 octobre.

Josiane Rosier
Secrétaire ACM

@@ m021 | from: Erwan Le Bihan <erwan.lebihan@gmail.com> | date: 2026-10-26 20:00 | style: gmail | tv: 4.0alpha | note: from 4 stable to 4.0alpha as the client names it
subject: Alpha pour l'ACBS
--
Bonjour,

Notre plateforme tourne en 4. Le bureau aimerait tester la 4.0alpha : nous acceptons qu'elle évolue en permanence et qu'on ne reviendra pas en arrière. Pas de contrainte de date.

Erwan Le Bihan

@@ m022 | from: tresorier@raclg.be | date: 2026-11-28 10:10 | style: outlook | nb: 2027-01-11 | tv: 4 | note: "semaine 2" of 2027 read as Monday 11 January 2027
subject: Migration RACL
--
Bonjour,

Le Royal Aéro-Club de Liège demande la migration vers la version 4, pas avant la semaine 2 de 2027 (nos bureaux sont fermés pendant les fêtes).

Le trésorier du RACL

@@ m023 | from: aeroclub.ajaccio@orange.fr | date: 2026-11-03 09:00 | style: plain | tv: 4 | note: an earlier request of the same client; no date
subject: TR: Mise à jour OpenFlyers
--
Bonjour,
Nous vous relançons au sujet de notre demande de passage en version 4 du mois dernier, nous n'avons pas eu de retour.
L'aéroclub d'Ajaccio

-----Message d'origine-----
De : Dominique Santoni
Envoyé : jeudi 8 octobre 2026 10:44
Objet : Mise à jour OpenFlyers
Le bureau de l'aéroclub d'Ajaccio souhaite passer directement de la 3.5 à la version 4.

@@ m024 | from: Claude Guérin <claude.guerin85@orange.fr> | date: 2026-12-01 17:50 | style: apple | nb: 2027-01-31 | tv: 4 | note: "pas avant fin janvier" read as 31 January 2027
subject: Version 4
--
Bonjour
Nous voulons passer en version 4 mais pas avant fin janvier, notre AG est le 23.
Claude Guérin, AC Vendée

Envoyé de mon iPhone

@@ m025 | from: Laurent Mathey <l.mathey@helialpes.fr> | date: 2026-10-14 08:25 | style: outlook | tv: 4 | nb: 2026-11-09
subject: Migration Héli Alpes
--
Bonjour,

Héli Alpes Formation souhaite migrer en V4 après la semaine de contrôle DGAC, c'est-à-dire à partir du 9 novembre.
Nous avons lu les conditions (irréversible, pas de date garantie).

Laurent Mathey
Responsable pédagogique

@@ m026 | from: fabrice.collard08@laposte.net | date: 2026-11-15 21:12 | style: plain | tv: 4 | nb: 2027-01-01 | note: "après le 1er janvier" gives the 1st, as the contract reads "après le 15 mars"
subject: Migration Ardennes ULM
--
Bonjour,

Ardennes ULM voudrait la version 4 après le 1er janvier. Les 50 € HT c'est bon. Définitif : compris.

Fabrice Collard
Président - 06 70 xx xx xx

@@ m027 | from: Jérôme Chabrier <jerome.chabrier@free.fr> | date: 2026-11-01 10:00 | style: apple | tv: beta
subject: beta ?
--
Bonjour,
Est-ce qu'on peut passer direct en beta au lieu de la 4 stable ? Si oui c'est ce qu'on veut, on assume la version qui bouge. Pas de date particulière.
Jérôme - AVV Issoire
Envoyé de mon iPhone

@@ m028 | from: secretariat@aeroclub-martinique.fr | date: 2026-10-01 09:00 | style: plain | tv: 4 | note: "le plus tôt possible": no date
subject: Relance migration
--
Bonjour,

Sans nouvelles de notre demande de migration V4 du 22 septembre. Nous voudrions la faire le plus tôt possible maintenant. Merci de nous dire où nous en sommes.

Secrétariat ACM

@@ m029 | from: magenta.ulm@mls.nc | date: 2026-09-18 05:30 | style: plain | tv: 3.6 | nb: 2026-10-05
subject: migration 3.6 magenta
--
Bonjour, Magenta ULM (First Price, version 3.5) voudrait passer en 3.6. Pas avant le 5 octobre, fête du club le 3. Tarif 50 euros HT noté.
Rémi

@@ m030 | from: "ULM Pierrefonds" <ulm.pierrefonds@gmail.com> | date: 2026-11-22 19:02 | style: gmail | tv: 4.0alpha
subject: passage en alpha
--
Bonjour

Nous sommes en 3.5. On a lu que l'alpha est gratuite depuis la 3.5 : on la veut. On prend le risque d'une version qui change, c'est ok.

Mickaël

@@ m031 | from: Nathalie Ferrand <n.ferrand@cap-pilote.fr> | date: 2026-11-09 14:00 | style: outlook | tv: 4 | nb: 2027-01-06 | att: PV-decision-gerance.pdf
subject: Migration - décision de la gérance
--
Bonjour,

Veuillez trouver ci-joint la décision de la gérance de Cap Pilote Formation concernant le passage en version 4. La migration ne devra pas intervenir avant le 6 janvier 2027 ; nos sessions théoriques se terminent le 18 décembre mais la reprise se fera sur l'ancienne version.
Nous avons pris acte de l'irréversibilité.

Nathalie Ferrand, gérante

@@ m032 | from: president@planeurs-lasbordes.fr | date: 2026-11-19 18:45 | style: plain | tv: 4.0alpha | note: president address of a client writing after the version-4 request; asks alpha instead
subject: finalement l'alpha
--
Bonjour,

Complément à la demande d'Hélène du 28 septembre : plutôt que la version 4 stable, le bureau préfère finalement passer sur la 4.0alpha. Même contrainte de date qu'indiqué alors. Merci.

Le président des Planeurs de Lasbordes

@@ m033 | from: "Patrice Reynaud" <patrice.reynaud05@orange.fr> | date: 2026-10-25 11:11 | style: android | tv: 4
subject: v4
--
Bjr, le club Tallard ULM veut passer en v4, ok pour les 50€ et ok c'est définitif. Merci. Patrice

Envoyé depuis mon mobile Orange

@@ m034 | from: accueil@acbs-vannes.fr | date: 2026-11-23 10:30 | style: alt | nb: 2027-02-22 | tv: beta
subject: Demande de migration en bêta
--
Bonjour,

L'Aéroclub de Bretagne Sud souhaite passer de la version 4 à la version bêta à partir du 22 février 2027 (fin des vacances d'hiver de la zone B).
Nous comprenons que la bêta évolue en permanence.

Accueil ACBS - Aérodrome de Vannes-Meucon

@@ m035 | from: comite@vol-a-voile-gruyere.ch | date: 2026-10-09 20:00 | style: plain | nb: 2026-11-15 | tv: 4
subject: Version 4
--
Bonjour,

Le GVV Gruyère souhaite passer en version 4 après la fin de la saison, c'est-à-dire après le 15 novembre. Nous savons que ce n'est pas réversible.
Il faudra aussi nous dire si la 4 change quelque chose pour les remorqués.

Pour le comité, B. Sciboz

@@ m036 | from: contact@vv-vosges.fr | date: 2026-10-13 08:00 | style: plain | hint: vv-vosges | nb: 2027-01-15 | tv: 4 | note: same ask as the president's mail of the day before, from the client address
subject: Migration (suite mail du président)
--
Bonjour,

Pour compléter le mail de Gérard Mougin d'hier : notre demande de migration en V4 vaut pour la plateforme vv-vosges, toujours pas avant le 15 janvier. Le trésorier paiera les éventuelles factures dès réception.

Le secrétariat AVV

@@ m037 | from: Malcolm Hughes <malcolm.hughes@btinternet.com> | date: 2026-11-04 16:20 | style: plain | lang: en | nb: 2027-03-03 | tv: 4
subject: Upgrade to version 4
--
Hello,

The committee of the Dordogne Flying Group voted yesterday to upgrade to version 4. We understand it is 50 EUR excl. VAT on First Price and that there is no way back.
Not before March 3rd please, we have our annual dinner and AGM before that and don't want surprises.

Regards,
Malcolm Hughes
Chairman DFG

@@ m038 | from: Marco Bernasconi <m.bernasconi@geneva-aviation.ch> | date: 2026-11-11 09:45 | style: outlook | lang: en | tv: beta | nb: 2027-01-18
subject: Move to beta version
--
Good morning,

Geneva Aviation Training would like to move from version 4 to the current beta. We are aware that the beta changes constantly and that the move cannot be reversed.
Please do not schedule it before 18 January 2027, our winter theory block ends on the 15th.

Kind regards,
Marco Bernasconi
Head of Training

@@ m039 | from: pieter.desmet@telenet.be | date: 2026-10-27 21:40 | style: plain | lang: en | tv: 4 | nb: 2026-12-01
subject: migration to v4
--
Hello,

our club want to go to version 4. The season is finished end of November so you can do it from 1 December. We know it is not possible to go back.

best regards
Pieter De Smet, KZVO Oostende

@@ m040 | from: Jeff Schmit <jeff.schmit@pt.lu> | date: 2026-12-01 19:30 | style: gmail | lang: en | tv: 4 | note: "by the end of February" is a deadline, not a not-before date
subject: Version 4 for LGA
--
Hello,

The LGA board would like to upgrade to version 4. Ideally it should be done by the end of February, before the new season starts. We accept that the migration is irreversible.

Best regards,
Jeff Schmit

@@ m041 | from: ops@geneva-aviation.ch | date: 2026-10-02 08:05 | style: alt | lang: en | tv: 4.0alpha | cash: 1 | note: will pay to be served first
subject: alpha migration - priority
--
Hello,

We would like our platform moved to 4.0alpha as soon as possible, there is a new EBT module we want to try with our ATPL students. We are ready to pay for priority handling if that helps.

Ops desk - Geneva Aviation Training

@@ m042 | from: dordogneflyers@gmail.com | date: 2026-09-10 10:00 | style: gmail | lang: en | tv: 3.6 | note: asks for 3.6 although already on 3.6 per the record; label what is named
subject: Upgrade
--
Hi, we would like the upgrade to 3.6 that our treasurer mentioned at the last meeting. We will pay the 50 EUR fee. Thanks!
DFG committee

@@ m043 | from: "Annelies Peeters" <treasurer@kzvo.be> | date: 2026-11-30 12:15 | style: outlook | lang: en | nb: 2027-01-04 | tv: 4
subject: RE: migration to v4
--
Hello,

Adding to Pieter's message: please wait until after new year, so not before 4 January. December is our closing month and I need the old reports.

Kind regards,
Annelies Peeters
Treasurer KZVO

@@ m044 | from: billing@skyschool.be | date: 2026-11-16 15:00 | style: outlook | lang: en | tv: beta | nb: 2026-12-21
subject: Beta migration request
--
Hello,

Skyschool Charleroi asks to move to the beta version. Earliest date: 21/12/2026 (Christmas break). We know beta versions change all the time and that there is no going back.

Best regards,
Kevin Vandamme (copy billing)

@@ m045 | from: lga.treasurer@pt.lu | date: 2026-09-25 18:00 | style: plain | lang: en | tv: 4 | nb: 2026-10-31
subject: v4
--
Dear OpenFlyers,

following the board decision we ask for the migration to version 4, after 31st October (our closing date). Irreversible: understood.

Marie Weber

@@ m046 | from: Sue Palmer <secretary.dfg@gmail.com> | date: 2026-11-05 09:00 | style: gmail | lang: en | tv: 4 | nb: 2027-03-03 | note: repeats the chairman's request; "until after the AGM on 2 March" read with his date
subject: Fwd: Upgrade to version 4
--
Hi,

Forwarding Malcolm's email in case it went to spam. Just to be clear: nothing until after the AGM on 2 March, so 3 March at the earliest.

Sue

---------- Forwarded message ---------
From: Malcolm Hughes <malcolm.hughes@btinternet.com>
Date: Wed, 4 Nov 2026 at 16:20
Subject: Upgrade to version 4
To: <support@openflyers.example>

The committee of the Dordogne Flying Group voted yesterday to upgrade to version 4.

@@ m047 | from: info@aeroclubspa.be | date: 2026-11-19 10:00 | style: outlook | tv: 4.0alpha | nb: 2027-02-01 | note: same ask as Luc Dethier's mail, from the club address
subject: Demande de M. Dethier
--
Bonjour,

Nous confirmons la demande de passage en 4.0alpha envoyée hier soir par notre président Luc Dethier, à partir du 1er février 2027.

Secrétariat Aéro-Club de Spa

@@ m048 | from: "Christophe Vial" <christophe.vial@orange.fr> | date: 2026-10-21 21:00 | style: plain | tv: 4 | hint: ac-beaune | note: a member who is not on the record; platform named in the text
subject: Passage en V4
--
Bonjour,

Je suis pilote à l'aéroclub de Beaune. Quand comptez-vous passer notre plateforme (openflyers.com/ac-beaune) en V4 ? J'en ai parlé au président, il est pour. Est-ce que je peux en faire la demande ?

Christophe Vial

@@ m049 | from: admin@helialpes.fr | date: 2026-10-15 09:00 | style: alt | tv: 4 | nb: 2026-11-09 | att: lettre-migration-signee.pdf
subject: Courrier migration V4
--
Bonjour,

Suite au mail de M. Mathey, vous trouverez ci-joint le courrier signé demandant la migration V4 à partir du 9 novembre.

Administration Héli Alpes Formation SAS

@@ m050 | from: tresorier@aeroclub-reunion.re | date: 2026-10-21 07:00 | style: plain | tv: 4 | nb: 2026-12-07 | note: "pas avant le 7/12" overrides the president's "avant la fin de l'année"
subject: RE: Demande de migration
--
Bonjour,

Précision par rapport au mail de Jean-Yves : la migration en version 4 ne doit pas se faire avant le 7/12 (inventaire annuel et contrôle des comptes le week-end du 5-6 décembre).

Le trésorier de l'ACRG

@@ m051 | from: president@planeurs-lasbordes.fr | date: 2026-12-01 19:00 | style: plain | tv: 4 | nb: 2027-04-01 | note: "après le 1er avril 2027" gives 1 April 2027
subject: Passage en V4 de nos 2 plateformes
--
Bonjour,

Après réflexion : nous passerons en version 4 stable après le 1er avril 2027 seulement. Oubliez l'alpha demandée le mois dernier.

Le président

@@ m052 | from: ac.ajaccio.bureau@gmail.com | date: 2026-12-01 08:00 | style: gmail | tv: 4 | nb: 2027-01-25 | note: "semaine 4" of 2027 read as Monday 25 January 2027
subject: Migration - date
--
Bonjour,

Concernant notre migration en V4 : pas avant la semaine 4, merci. La facture de 50 € HT sera réglée par virement.

Le bureau de l'AC Ajaccio

@@ m053 | from: tresorerie@aeroclub.nc | date: 2026-11-08 06:30 | style: plain | tv: 4 | nb: 2027-02-15 | note: restates the president's not-before date
subject: Migration V4 - confirmation trésorerie
--
Bonjour,

La trésorerie confirme la demande de migration en V4 faite par M. Wamytan. Rappel : pas avant le 15 février 2027, et pas pendant les congés scolaires de fin d'année (déc.-janv.).

Trésorerie de l'AC Calédonien

@@ m054 | from: envol.formation@gmail.com | date: 2026-11-20 11:00 | style: gmail | tv: 4 | note: a date in the past ("il y a trois semaines") is not a not-before date
subject: Relance V4
--
Bonjour,

Nous avons demandé la migration en V4 il y a trois semaines (mail de Romain Vidal du 5 octobre). Où en est-on ? La facture de 50 € HT a été réglée par carte le 8.

Envol Formation

@@ m055 | from: "Guy Mercier" <guy.mercier@bluewin.ch> | date: 2026-10-10 10:00 | style: plain | tv: 4 | note: prospect-like sender, not on record; asks as a member
subject: Version 4 pour notre club
--
Bonjour,

Je suis membre du comité du Groupe de Vol à Voile de la Gruyère, responsable de la formation. Nous voudrions la version 4. Ce mail suffit-il ou faut-il que notre responsable OpenFlyers écrive ?

Guy Mercier

@@ m056 | from: Jean-Yves Payet <jy.payet@orange.re> | date: 2026-12-01 05:40 | style: apple | tv: 4 | nb: 2026-12-07 | att: facture-migration-payee.pdf
subject: Migration v4 - paiement
--
Bonjour,
Facture réglée (justificatif joint). Vous pouvez programmer la migration v4 à partir du 7 décembre comme indiqué par notre trésorier.
Jean-Yves
Envoyé de mon iPhone

@@ m057 | from: "Sophie Laurent" <s.laurent@helialpes.fr> | date: 2026-10-16 09:00 | style: outlook | tv: 4 | note: question about a migration already asked, from an address not on record; could be support
subject: Migration V4 - questions
--
Bonjour,

Je suis la nouvelle assistante administrative d'Héli Alpes. La migration V4 demandée par M. Mathey aura-t-elle un impact sur nos exports de factures ? Il faut que je prévienne notre cabinet comptable.

Sophie Laurent

@@ m058 | from: "Marc Duval" <marc.duval@hotmail.fr> | date: 2026-11-26 22:00 | style: plain | tv: 4 | hint: ulm-quercy | nb: 2027-03-08
subject: migrer en v4
--
bonjour, je suis le vice president de quercy ulm (plateforme ulm-quercy). Le bureau veut migrer en 4 apres l'AG, qui sera debut mars. C'est Alain qui vous a ecrit. pas avant le 8 mars donc.

Marc
"""
