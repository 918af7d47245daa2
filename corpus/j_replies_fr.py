"""Sealed set j: French replies to our messages (confirm, refuse, question), from the French-speaking
clients of ``j_clients`` (France, Réunion, Martinique, Belgium, Switzerland, Québec)."""

DEFAULTS = {"lang": "fr"}

TEXT = r"""
@@ jfr01 | reply: confirm | from: Yann Le Goff <yann.legoff22@orange.fr> | ref: OF-2026-6001 | ours: estimate | style: plain
--
Bonjour,

C'est bon pour nous, vous pouvez lancer.

Yann

@@ jfr02 | reply: refuse | from: Aéro-Club de Montluçon <aeroclub.montlucon@orange.fr> | ref: OF-2026-6002 | ours: migfee | style: outlook
--
Bonjour,

Nous en avons parlé au bureau de jeudi soir. Ce n'est pas tant le montant, mais cette année nous avons la visite des 50 heures du Robin et la toiture du hangar à refaire, donc nous ne donnerons pas suite pour le moment. Rester en 3.5 ne nous gêne pas.
Nous reviendrons sans doute vers vous l'année prochaine.

Bien cordialement,

Régis Aubignat
Président
Aéro-Club de Montluçon Domérat
Aérodrome de Montluçon-Domérat – 03410 Domérat
04 70 64 12 37

@@ jfr03 | reply: question | from: tresorier.cvvi@gmail.com | ref: OF-2026-6003 | ours: overrun | style: gmail | figs: d=7,b=3
--
Bonjour,

Gérard, trésorier du CVV. Avant de valider les 240 € HT, est-ce qu'il serait possible de faire le travail maintenant mais de le décompter sur le crédit 2027 ? On préférerait ne rien sortir de la trésorerie si on peut attendre janvier, on est en fin d'exercice.

Merci de me dire ce qui est faisable.

Gérard Thébault
Trésorier - Centre de Vol à Voile d'Issoudun
06 81 42 77 19

@@ jfr04 | reply: confirm | from: Mélanie Gagnon <melanie.gagnon@videotron.ca> | ref: OF-2026-6004 | ours: testplat | style: apple
--
Oui svp, créez-la. Merci beaucoup!

Mélanie

Envoyé de mon iPhone

@@ jfr05 | reply: question | from: ulm.marmande@free.fr | ref: OF-2026-6005 | ours: reset | style: plain
--
bonjour

j ai essaye 3 fois le lien mot de passe oublie et je recois rien, meme pas dans les spams. c est bien sur ulm.marmande@free.fr que ca part ? avant de payer 30 euros je voudrais comprendre pourquoi ca marche pas

didier

@@ jfr06 | reply: confirm | from: Aéro-Club de Saint-Pierre Pierrefonds <bureau@acpierrefonds.re> | ref: OF-2026-6006 | ours: migterms | style: outlook | figs: nbd=1,nbm=2,v=4
--
Bonjour,

Nous avons bien pris connaissance des conditions et nous les acceptons. Le bureau a bien noté que la migration est définitive et qu'elle n'aura pas lieu avant le 1er février ; cela nous convient parfaitement, la saison des pluies sera presque terminée et l'activité reprendra tranquillement.

Merci encore à votre équipe pour sa disponibilité malgré le décalage horaire.

Bien à vous,

Jean-Marc Payet
Président – Aéro-Club de Saint-Pierre Pierrefonds
Aéroport de Pierrefonds – 97410 Saint-Pierre – La Réunion
Tél. 0262 25 48 90 / 0692 61 33 07

@@ jfr07 | reply: refuse | from: Laurent Morand <l.morand@bex-aviation.ch> | ref: OF-2026-6007 | ours: devest | style: outlook | figs: d=12,h=4
--
Bonjour,

Merci pour le chiffrage. Huit heures facturées en plus de nos heures de bonus, c'est trop pour une fonction qui ne servirait qu'à nos deux instructeurs hélico. Nous renonçons et continuerons avec notre tableur Excel.

Meilleures salutations

Laurent Morand
Directeur
Bex Aviation Sàrl
Route de l'Aérodrome 12 – 1880 Bex
+41 24 463 21 50

@@ jfr08 | reply: confirm | from: Pierre-Alain Cuendet <pa.cuendet@bluewin.ch> | ref: OF-2026-6008 | ours: pool | style: plain | figs: h=2,b=6
--
Bonjour,

D'accord pour mettre 2 heures de notre côté, cette histoire de facturation des remorquages nous intéresse depuis longtemps. Tenez-nous au courant quand le devis aura été accepté.

Salutations

Pierre-Alain Cuendet

@@ jfr09 | reply: question | from: tresorier.acmillau@orange.fr | ref: OF-2026-6009 | ours: email | style: plain
--
Bonjour,

Je ne trouve pas la rubrique Mes coordonnées dans le compte client. On se connecte avec quoi exactement, le nom de la plateforme et quel mot de passe, celui du club ou le mien
Si vraiment on n'y arrive pas on vous demandera de le faire mais je préfère essayer d'abord.

Merci
A. Bonnefous, trésorier AC Millau Larzac

@@ jfr10 | reply: confirm | from: Déols Aviation Formation <direction@deols-aviation.fr> | ref: OF-2026-6010 | ours: setup | style: outlook | figs: p=300
--
Bonjour,

Nous souhaitons souscrire au forfait paramétrage. Merci de nous adresser le questionnaire, notre responsable pédagogique se chargera de le compléter.

Cordialement,

Karine Bouchardon
Directrice
Déols Aviation Formation SARL
Aéroport Châteauroux-Centre – 36130 Déols
02 54 07 81 60

@@ jfr11 | reply: refuse | from: AC Lannion Trégor <contact@aeroclub-lannion.fr> | ref: OF-2026-6011 | ours: alpha | style: gmail
--
Bonjour,

Finalement non. Si les menus bougent d'une semaine à l'autre, nos instructeurs bénévoles vont s'arracher les cheveux. On attendra que la version soit stable.

Bonne journée
Le secrétariat de l'Aéro-Club de Lannion Trégor

@@ jfr12 | reply: confirm | from: Sébastien Pelletier <s.pelletier@aviationrimouski.ca> | ref: OF-2026-6012 | ours: estimate | style: outlook | qpos: above | figs: h=3,b=14
--
Bonjour,

Parfait, vous pouvez procéder. Les 3 heures sur notre banque d'heures, ça nous convient.

Merci et bonne fin de journée,

Sébastien Pelletier
Directeur des opérations
École de pilotage Aviation Rimouski inc.
Tél. : 418 724-3390
Courriel : s.pelletier@aviationrimouski.ca

@@ jfr13 | reply: question | from: Ludovic Célestine <ludo.celestine972@gmail.com> | ref: OF-2026-6013 | ours: migfee | style: android
--
Bonjour, la facture des 50€ elle sera au nom du club ou à mon nom ? Le trésorier veut être sûr que c'est bien au nom de l'association avant de régler.

Envoyé depuis mon Galaxy

@@ jfr14 | reply: refuse | from: tresorerie@aeroclubspa.be | ref: OF-2026-6014 | ours: overrun | style: outlook | figs: d=8,b=2
--
Bonjour,

Nous ne sommes pas d'accord de payer 360 € HT pour ce travail. Nous préférons attendre janvier et le nouveau crédit d'heures, nous referons une demande à ce moment-là.

Bien à vous,

Marc Delhez
Trésorier – Aéro-Club de Spa La Sauvenière
GSM 0476 52 18 09

@@ jfr15 | reply: confirm | from: Françoise Collignon <f.collignon@proximus.be> | ref: OF-2026-6015 | ours: email | style: plain
--
Bonjour,

Oui, faites-le s'il vous plaît, je n'ai plus accès à l'ancienne boîte du club. Pas de souci pour les 30 € HT.

Françoise Collignon
CVV Saint-Hubert
0475 33 91 26

@@ jfr16 | reply: question | from: tresorier@acpierrefonds.re | ref: OF-2026-6016 | ours: devest | style: gmail | figs: d=10,h=6
--
Bonjour,

Le devis nous intéresse mais 4 h à 60 € c'est notre budget formation du trimestre... Est-ce que d'autres clubs ont déjà manifesté leur intérêt pour ce développement ? Si oui on partage volontiers, sinon il faudra le faire voter au conseil d'administration.

Cordialement
Nadia Hoarau, trésorière
AC Saint-Pierre Pierrefonds

@@ jfr17 | reply: confirm | from: Club aéronautique de Sherbrooke <info@clubaerosherbrooke.qc.ca> | ref: OF-2026-6017 | ours: migterms | style: apple | noquote: 1
--
D'accord avec tout ça. On attend de vos nouvelles pour la date.

Mélanie

Envoyé de mon iPad

@@ jfr18 | reply: refuse | from: secretariat@ga-yverdon.ch | ref: OF-2026-6018 | ours: testplat | style: plain
--
Bonjour,

Merci, mais nous allons la créer nous-mêmes depuis le compte client, inutile de prendre nos heures pour ça.

Meilleures salutations
Secrétariat du Groupement Aéronautique d'Yverdon

@@ jfr19 | reply: question | from: Sylvie Le Bihan <tresorerie@aeroclub-lannion.fr> | ref: OF-2026-6019 | ours: estimate | style: outlook | figs: h=2,b=3
--
Bonjour,

Si je comprends bien, il ne nous resterait plus qu'une heure jusqu'à la fin de l'année ? Nous voulions garder un peu de marge pour la période des renouvellements de cotisation, où on vous appelle souvent.
Est-il possible de faire ce travail en deux fois, une moitié maintenant et le reste en janvier ?

Cordialement,

Sylvie Le Bihan
Trésorière
Aéro-Club de Lannion Trégor
Aéroport de Lannion – 22300 Lannion

@@ jfr20 | reply: confirm | from: Josiane Marchadier <secretariat.acmd@gmail.com> | ref: OF-2026-6020 | ours: reset | style: gmail
--
Bonjour,

Oui merci de vous en charger, le lien ne fonctionne pas chez nous : l'ancienne présidente avait mis son adresse personnelle et elle n'est plus au club. Les 30 € HT ne posent pas de problème.

Cordialement,
Josiane Marchadier
Secrétaire – AC Montluçon Domérat

@@ jfr21 | reply: refuse | from: Réjean Fortin <tresorier@clubaerosherbrooke.qc.ca> | ref: OF-2026-6021 | ours: setup | style: plain | qpos: above | figs: p=240
--
Bonjour,

Non merci pour le forfait. On va faire le paramétrage nous autres, on a juste deux Cessna pis une grille de tarifs pas compliquée pantoute.

Bonne journée!
Réjean Fortin, trésorier

@@ jfr22 | reply: question | from: Annick Perronnet <annick.perronnet36@laposte.net> | ref: OF-2026-6022 | ours: alpha | style: plain
--
Bonjour,

Qu'entendez-vous exactement par « fonctions incomplètes » ? Nous utilisons surtout la planche de vol et la facturation des treuillées. Si la facturation risque de mal fonctionner, nous ne pouvons pas prendre ce risque en pleine saison.
Pourriez-vous nous en dire un peu plus avant que nous nous décidions.

Annick Perronnet
Présidente du CVV d'Issoudun

@@ jfr23 | reply: confirm | from: Josée Bérubé <comptabilite@aviationrimouski.ca> | ref: OF-2026-6023 | ours: overrun | style: outlook | figs: d=9,b=4
--
Bonjour,

Aucune objection de notre part : nous approuvons la facturation des 5 heures supplémentaires (300 € HT). Veuillez faire parvenir la facture à la présente adresse.

Merci,

Josée Bérubé
Comptabilité
École de pilotage Aviation Rimouski inc.
418 724-3391 poste 2

@@ jfr24 | reply: question | from: Benoît Lejeune <benoit.lejeune@skynet.be> | ref: OF-2026-6024 | ours: pool | style: plain
--
Bonjour,

Intéressant. Mais si au final l'autre club n'accepte pas le devis, nos heures nous restent bien acquises ? Et pouvez-vous nous dire quel club a lancé la demande, qu'on puisse se coordonner avec eux.

Benoît

@@ jfr25 | reply: confirm | from: Didier Lestage <didier.lestage47@sfr.fr> | ref: OF-2026-6025 | ours: migfee | style: plain
--
Bonjour

oui on maintient la migration, envoyez la facture on reglera par virement

Didier Lestage
ULM Club Marmande Virazeil

@@ jfr26 | reply: refuse | from: aeroclub.lamentin@wanadoo.fr | ref: OF-2026-6026 | ours: email | style: plain
--
Bonjour,

Merci pour l'explication, nous allons faire la modification nous-mêmes dans le compte client. Pas besoin d'intervention de votre part.

Le bureau de l'Aéro-Club du Lamentin

@@ jfr27 | reply: confirm | from: Mélanie Gagnon <info@clubaerosherbrooke.qc.ca> | ref: OF-2026-6027 | ours: devest | style: gmail | figs: d=7,h=4
--
Bonjour,

Le conseil d'administration a voté hier soir et c'est unanime : on accepte la soumission. Les 3 heures facturées, c'est correct pour nous.

Petite parenthèse, la première neige est tombée ce matin à Sherbrooke, les avions sont rentrés au hangar pour de bon!

Merci et au plaisir,

Mélanie Gagnon
Présidente, Club aéronautique de Sherbrooke
Aéroport de Sherbrooke, 4400 chemin de l'Aéroport
819 562-0147

@@ jfr28 | reply: question | from: CVV Saint-Hubert <cvvsainthubert@gmail.com> | ref: OF-2026-6028 | ours: migterms | style: gmail | figs: nbd=15,nbm=3
--
Bonjour,

Le 15 mars c'est un peu juste pour nous, la saison reprend début mars et nous voulons que les membres aient eu le temps de découvrir la nouvelle version. Vous ne pourriez pas plutôt viser la fin février ? Sinon nous préférons attendre la fin de saison, en octobre.

Françoise

@@ jfr29 | reply: confirm | from: Urs Bovet <caissier@ga-yverdon.ch> | ref: OF-2026-6029 | ours: estimate | style: plain | qpos: above
--
Bonjour,

En ordre pour nous, vous pouvez planifier.

Avec mes salutations,
Urs Bovet, caissier

@@ jfr30 | reply: refuse | from: Françoise Collignon <f.collignon@proximus.be> | ref: OF-2026-6030 | ours: reset | style: android
--
C'est bon j'ai retrouvé le mot de passe dans le classeur du secrétariat, pas besoin. Merci quand même

Françoise
Envoyé de mon Galaxy

@@ jfr31 | reply: confirm | from: Yann Le Goff <yann.legoff22@orange.fr> | ref: OF-2026-6031 | ours: testplat | style: apple
--
Pourquoi pas, allez-y. Merci !

Yann

Envoyé de mon iPhone

@@ jfr32 | reply: question | from: Bex Aviation <info@bex-aviation.ch> | ref: OF-2026-6032 | ours: setup | style: outlook | figs: p=420
--
Bonjour,

Avant de souscrire : le forfait à 420 € HT comprend-il aussi la reprise des comptes pilotes et de leurs soldes ? Nous avons environ septante clients et je ne me vois pas tout ressaisir à la main.

Meilleures salutations

Sandra Pittet
Administration – Bex Aviation Sàrl

@@ jfr33 | reply: confirm | from: Jean-Marc Payet <jeanmarc.payet974@orange.fr> | ref: OF-2026-6033 | ours: alpha | style: plain
--
Bonjour,

Nous acceptons ces conditions en connaissance de cause. Nous avons vraiment besoin de la nouvelle gestion des licences et nous vous ferons remonter les anomalies que nous trouverons.

Jean-Marc Payet

@@ jfr34 | reply: refuse | from: aeroclub.millau@laposte.net | ref: OF-2026-6034 | ours: migfee | style: plain
--
Bonsoir,

oui oui j'ai bien lu, mais non, on ne fera pas la migration cette annee. On annule la demande, on en reparlera a l'AG de fevrier.

Christian Vidal
AC Millau Larzac

@@ jfr35 | reply: question | from: Aéro-Club de Saint-Pierre Pierrefonds <bureau@acpierrefonds.re> | ref: OF-2026-6035 | ours: overrun | style: outlook | figs: d=11,b=5
--
Bonjour,

Nous sommes surpris : en début d'année nous avions 10 heures et nous n'avons pas le souvenir d'en avoir utilisé la moitié. Pourriez-vous nous envoyer le relevé des heures consommées depuis janvier avant que nous donnions notre accord ?

Cordialement,
Le bureau

@@ jfr36 | reply: question | from: cvv.issoudun@wanadoo.fr | ref: OF-2026-6036 | ours: pool | style: plain | figs: h=1,b=4
--
Bonjour,

Sur le principe pas de souci, une heure c'est raisonnable. Mais on aimerait bien voir ce qui est prévu exactement dans ce développement avant d'engager quoi que ce soit, vous pouvez nous envoyer le descriptif ?

Annick

@@ jfr37 | reply: refuse | from: AC Lannion Trégor <contact@aeroclub-lannion.fr> | ref: OF-2026-6037 | ours: devest | style: outlook | qpos: above
--
Bonjour,

Merci pour votre chiffrage détaillé. Le bureau a étudié la proposition lors de sa réunion du 14 ; compte tenu de notre budget, nous avons décidé de ne pas donner suite à ce devis cette année.
Nous posterons peut-être l'idée sur le forum pour voir si d'autres clubs sont intéressés.

Cordialement,
Le secrétariat
Aéro-Club de Lannion Trégor

@@ jfr38 | reply: confirm | from: ulm.marmande@free.fr | ref: OF-2026-6038 | ours: email | style: plain
--
ok faites le changement svp, la nouvelle adresse c'est ulm.marmande47@gmail.com. les 30 € ça va

didier

@@ jfr39 | reply: question | from: École de pilotage Aviation Rimouski <direction@aviationrimouski.ca> | ref: OF-2026-6039 | ours: testplat | style: outlook
--
Bonjour,

La plateforme de test serait-elle une copie de nos données actuelles (membres, réservations, comptes) ou une plateforme vide? Nous voulons former nos nouveaux instructeurs sans toucher à la production, mais sans exposer les renseignements personnels des élèves non plus.

Merci de nous éclairer.

Sébastien Pelletier

@@ jfr40 | reply: confirm | from: Benoît Lejeune <benoit.lejeune@skynet.be> | ref: OF-2026-6040 | ours: migterms | style: plain | nothread: 1
--
Bonjour,

Bon pour accord.

B. Lejeune
Président – AC Spa La Sauvenière

@@ jfr41 | reply: refuse | from: Sandra Pittet <admin@bex-aviation.ch> | ref: OF-2026-6041 | ours: estimate | style: plain
--
Bonjour,

Nous laissons tomber, ce n'est plus nécessaire : notre chef instructeur a trouvé comment faire avec les réglages existants.

Merci quand même et bonne journée.
Sandra Pittet, administration

@@ jfr42 | reply: question | from: Régis Aubignat <regis.aubignat03@orange.fr> | ref: OF-2026-6042 | ours: email | style: outlook
--
Bonjour,

Je ne comprends pas bien pourquoi changer une adresse mail serait facturé alors que cela doit prendre deux minutes. Nous sommes une petite association de trente membres. Vous ne pourriez pas faire un geste pour cette fois ?

Cordialement,
Régis Aubignat
Président AC Montluçon Domérat

@@ jfr43 | reply: confirm | from: Mélanie Gagnon <melanie.gagnon@videotron.ca> | ref: OF-2026-6043 | ours: overrun | style: gmail | figs: d=6,b=1
--
Allo,

C'est correct, on accepte de payer les 5 h de plus. Le module d'inscription en ligne va nous sauver pas mal de temps au printemps.

Merci!
Mélanie

@@ jfr44 | reply: refuse | from: Laurent Morand <l.morand@bex-aviation.ch> | ref: OF-2026-6044 | ours: pool | style: outlook
--
Bonjour,

Cette évolution ne nous concerne finalement pas vraiment, nous n'avons ni planeurs ni remorqueur. Nous ne participerons pas.

Meilleures salutations
Laurent Morand

@@ jfr45 | reply: question | from: tresorier.cvvi@gmail.com | ref: OF-2026-6045 | ours: estimate | style: gmail | figs: h=3,b=5
--
Bonjour

3h pour modifier un export comptable ça me parait beaucoup, vous etes sûrs de l'estimation ? si c'est 1h ou 2h je dis oui tout de suite

Gérard

@@ jfr46 | reply: confirm | from: aeroclub.lamentin@wanadoo.fr | ref: OF-2026-6046 | ours: setup | style: html | figs: p=180
--
Bonjour,

Oui, nous prenons le forfait paramétrage à 180 € HT. Vous pouvez nous envoyer le questionnaire à cette adresse, je le remplirai avec notre chef pilote.

Nous profitons de ce message pour vous remercier : depuis que nous utilisons la plateforme, la gestion des réservations du DR400 est devenue bien plus simple, et les membres qui volent tôt le matin avant la chaleur apprécient de pouvoir réserver depuis leur téléphone.

Merci d'avance,

Marie-Josée Rosine
Secrétaire – Aéro-Club du Lamentin
Aéroport Martinique Aimé Césaire – 97232 Le Lamentin
0596 51 27 44

@@ jfr47 | reply: confirm | from: Karine Bouchardon <k.bouchardon@deols-aviation.fr> | ref: OF-2026-6047 | ours: devest | style: outlook | qpos: above | figs: d=16,h=12
--
Bonjour,

Devis accepté. Merci de planifier le développement dès que possible, idéalement avant l'arrivée de la promotion de janvier.

Karine Bouchardon
Directrice – Déols Aviation Formation

@@ jfr48 | reply: question | from: CVV Saint-Hubert <cvvsainthubert@gmail.com> | ref: OF-2026-6048 | ours: migfee | style: gmail
--
Bonjour,

Nous passerions de la 3.5 à la 4 : est-ce que nos planeurs et le remorqueur resteront configurés comme maintenant, ou faudra-t-il tout refaire après la migration ? Nous voudrions le savoir avant de nous engager.

Bien à vous,
Le comité du CVV Saint-Hubert

@@ jfr49 | reply: refuse | from: Service comptabilité <compta@deols-aviation.fr> | ref: OF-2026-6049 | ours: overrun | style: outlook | figs: d=9,b=3
--
Bonjour,

La direction ne souhaite pas engager de dépense supplémentaire sur l'exercice en cours. Merci de ne pas lancer ce travail.

Service comptabilité
Déols Aviation Formation SARL

@@ jfr50 | reply: confirm | from: Didier Lestage <didier.lestage47@sfr.fr> | ref: OF-2026-6050 | ours: alpha | style: plain
--
Bonjour, on accepte, on sait que ca bouge en alpha. Pas de probleme pour nous.
Didier

@@ jfr51 | reply: question | from: Ludovic Célestine <ludo.celestine972@gmail.com> | ref: OF-2026-6051 | ours: reset | style: gmail
--
Bonjour,

Je veux bien que vous le fassiez mais l'identifiant c'est ac-lamentin ou aeroclub.lamentin ? J'ai essayé les deux sans succès... Et si c'est payant, la facture arrive où ?

Ludovic

@@ jfr52 | reply: question | from: Chantal Dewez <secretariat@aeroclubspa.be> | ref: OF-2026-6052 | ours: estimate | style: plain | figs: h=1,b=5
--
Bonjour,

Une heure, ça nous irait en principe. Pouvez-vous d'abord nous confirmer que cela comprend aussi la modification du modèle de facture ? Sinon nous attendrons.

Bien à vous,
Chantal Dewez, secrétaire

@@ jfr53 | reply: refuse | from: Pierre-Alain Cuendet <pa.cuendet@bluewin.ch> | ref: OF-2026-6053 | ours: alpha | style: outlook
--
Bonjour,

Vu vos explications, le comité préfère renoncer à la version alpha. Nous resterons sur notre version actuelle jusqu'à la sortie de la 4 stable.

Meilleures salutations

Pierre-Alain Cuendet
Président – Groupement Aéronautique d'Yverdon
Aérodrome – 1400 Yverdon-les-Bains
024 425 63 10 / natel 079 218 44 05

@@ jfr54 | reply: question | from: tresorerie@aeroclubspa.be | ref: OF-2026-6054 | ours: testplat | style: plain
--
Bonjour,

Si nous la créons nous-mêmes, cela ne coûte rien du tout ? Dans ce cas je préfère le faire, mais je ne suis pas sûr de trouver où. Vous auriez un mode d'emploi

Marc Delhez

@@ jfr55 | reply: confirm | from: Yann Le Goff <yann.legoff22@orange.fr> | ref: OF-2026-6055 | ours: migterms | style: android
--
Conditions acceptées, merci.
Yann Le Goff

Envoyé depuis mon mobile Orange

@@ jfr56 | reply: question | from: Urs Bovet <caissier@ga-yverdon.ch> | ref: OF-2026-6056 | ours: devest | style: outlook | figs: d=8,h=5 | date: 2026-11-20 18:42
--
Bonjour,

Le comité se réunit le 2 décembre, je vous donnerai la réponse après. Pour info, nous serions d'accord sur le principe, ce sont surtout les 3 heures facturées qu'il faut faire valider.

Avec mes salutations
Urs Bovet
Caissier – GA Yverdon

@@ jfr57 | reply: confirm | from: tresorier.acmillau@orange.fr | ref: OF-2026-6057 | ours: reset | style: plain | qpos: above
--
Bonjour

Non, on n'a pas réussi avec le lien, donc oui faites-le pour nous. On réglera les 30 euros.

André Bonnefous

@@ jfr58 | reply: refuse | from: aeroclub.lamentin@wanadoo.fr | ref: OF-2026-6058 | ours: migterms | style: outlook
--
Bonjour,

Puisque vous ne pouvez pas nous garantir de date, nous préférons annuler la migration. Nous ne voulons pas risquer une interruption pendant la période des examens théoriques de nos élèves.

Cordialement,
Le bureau – Aéro-Club du Lamentin

@@ jfr59 | reply: confirm | from: Benoît Lejeune <benoit.lejeune@skynet.be> | ref: OF-2026-6059 | ours: devest | style: html | figs: d=9,h=5
--
Bonjour,

Après vote du conseil d'administration, nous acceptons votre devis (9 h dont 4 h facturées). Merci de nous envoyer la facture pour les 4 heures.

Bien à vous,

Benoît Lejeune
Président – Aéro-Club de Spa La Sauvenière
Route de la Sauvenière 122 – 4900 Spa
+32 87 77 19 64

@@ jfr60 | reply: question | from: Yann Le Goff <yann.legoff22@orange.fr> | ref: OF-2026-6060 | ours: overrun | style: plain | figs: d=5,b=2
--
Bonjour,

Les 180 € c'est bien HT ? Nous ne récupérons pas la TVA, donc pour nous ça ferait 216 €, je dois vérifier que le bureau est ok avec ce montant-là avant de vous répondre.

Yann

@@ jfr61 | reply: confirm | from: Karine Bouchardon <direction@deols-aviation.fr> | ref: OF-2026-6061 | ours: testplat | style: plain | nothread: 1
--
Bonjour,

Suite à votre proposition : oui, merci de créer la plateforme de test pour nous. Nos formateurs en auront besoin pour préparer la session de janvier.

Karine Bouchardon

@@ jfr62 | reply: refuse | from: aeroclub.millau@laposte.net | ref: OF-2026-6062 | ours: email | style: plain
--
Non merci, je vais me débrouiller avec le compte client.
Christian

@@ jfr63 | reply: confirm | from: Réjean Fortin <tresorier@clubaerosherbrooke.qc.ca> | ref: OF-2026-6063 | ours: estimate | style: plain | noquote: 1
--
Bonjour,

Je vous confirme qu'on peut aller de l'avant avec le travail estimé.

Réjean Fortin
Trésorier, Club aéronautique de Sherbrooke
819 346-2281

@@ jfr64 | reply: question | from: secretariat@ga-yverdon.ch | ref: OF-2026-6064 | ours: pool | style: plain | figs: h=3,b=7
--
Bonjour,

Trois heures c'est beaucoup pour nous. Nous pourrions mettre une heure et demie au maximum, est-ce que cela suffirait ?

Secrétariat du Groupement Aéronautique d'Yverdon

@@ jfr65 | reply: confirm | from: aeroclub.lamentin@wanadoo.fr | ref: OF-2026-6065 | ours: migfee | style: outlook | qpos: above
--
Bonjour,

Oui, nous maintenons la demande. La facture de 50 € HT sera réglée par virement dès réception.

Cordialement,
Marie-Josée Rosine
Secrétaire – Aéro-Club du Lamentin

@@ jfr66 | reply: refuse | from: Jean-Marc Payet <jeanmarc.payet974@orange.fr> | ref: OF-2026-6066 | ours: estimate | style: apple
--
Non, pas maintenant. On verra après la saison cyclonique.
JM

Envoyé de mon iPhone

@@ jfr67 | reply: question | from: Christian Vidal <christian.vidal12@orange.fr> | ref: OF-2026-6067 | ours: alpha | style: plain
--
Bonjour

et si ca plante un samedi avec toutes les reservations du week end, vous intervenez le samedi ? on n a qu un avion mais il vole surtout le week end

Christian

@@ jfr68 | reply: confirm | from: Pierre-Alain Cuendet <pa.cuendet@bluewin.ch> | ref: OF-2026-6068 | ours: overrun | style: plain | figs: d=7,b=2
--
Bonjour,

Nous sommes d'accord avec la facturation des 5 heures restantes, soit 300 € HT. Vous pouvez lancer le travail.

Salutations
P.-A. Cuendet

@@ jfr69 | reply: refuse | from: Sandra Pittet <admin@bex-aviation.ch> | ref: OF-2026-6069 | ours: testplat | style: plain
--
Bonjour,

Pas pour le moment, merci. Nous reviendrons vers vous au printemps si le besoin se présente.

Sandra Pittet

@@ jfr70 | reply: question | from: ulm.marmande@free.fr | ref: OF-2026-6070 | ours: migterms | style: plain
--
bonjour
pendant la migration les membres pourront encore reserver ? ca coupe combien de temps exactement, on voudrait prevenir tout le monde sur le groupe whatsapp
didier

@@ jfr71 | reply: confirm | from: Chantal Dewez <secretariat@aeroclubspa.be> | ref: OF-2026-6071 | ours: setup | style: gmail
--
Bonjour,

Très bien, nous prenons le forfait. Le questionnaire peut être envoyé à l'adresse du secrétariat, je le transmettrai à qui de droit.

Chantal Dewez

@@ jfr72 | reply: refuse | from: Annick Perronnet <annick.perronnet36@laposte.net> | ref: OF-2026-6072 | ours: devest | style: alt
--
Bonjour,

Merci pour le devis, mais ce sera non pour cette année : notre budget informatique est déjà épuisé. Nous reposerons peut-être la question après l'assemblée générale de mars.

Annick Perronnet
Présidente – CVV d'Issoudun
Aérodrome d'Issoudun-Le Fay – 36100 Issoudun

@@ jfr73 | reply: confirm | from: Aéro-Club de Saint-Pierre Pierrefonds <bureau@acpierrefonds.re> | ref: OF-2026-6073 | ours: pool | style: outlook | figs: h=2,b=8
--
Bonjour,

Nous n'avons rien contre, comptez sur nous pour les 2 heures proposées.

Le bureau de l'ACSPP

@@ jfr74 | reply: question | from: Françoise Collignon <f.collignon@proximus.be> | ref: OF-2026-6074 | ours: setup | style: plain
--
Bonjour,

Votre questionnaire, on peut le voir avant de décider ? Si c'est juste pour remplir nos tarifs et nos planeurs, on peut aussi bien le faire nous-mêmes.

Françoise

@@ jfr75 | reply: confirm | from: Service comptabilité <compta@deols-aviation.fr> | ref: OF-2026-6075 | ours: estimate | style: outlook | qpos: above | figs: h=2,b=9
--
Bonjour,

Accord de notre part pour les 2 heures.

Cordialement,
Service comptabilité

@@ jfr76 | reply: confirm | from: Françoise Collignon <f.collignon@proximus.be> | ref: OF-2026-6076 | ours: migfee | style: plain
--
Bonjour,

Nous maintenons. Pour info nous paierons par virement depuis notre compte belge, les frais bancaires sont pour nous, sans problème.

Françoise Collignon
Trésorière – CVV Saint-Hubert

@@ jfr77 | reply: question | from: Josiane Marchadier <secretariat.acmd@gmail.com> | ref: OF-2026-6077 | ours: migfee | style: gmail | qpos: above
--
Bonjour,

Le président est absent jusqu'au 20, c'est lui qui décide pour ce genre de dépense. Je lui transmets votre message et il vous répondra à son retour.

Josiane
Secrétariat AC Montluçon Domérat

@@ jfr78 | reply: refuse | from: ulm.marmande@free.fr | ref: OF-2026-6078 | ours: reset | style: plain | noquote: 1
--
c bon j ai recu le mail de reinitialisation finalement, il etait dans les indesirables. laissez tomber, merci

@@ jfr79 | reply: question | from: Sébastien Pelletier <s.pelletier@aviationrimouski.ca> | ref: OF-2026-6079 | ours: devest | style: outlook | figs: d=15,h=10
--
Bonjour,

Deux questions avant de présenter ça à notre conseil : est-ce que les 300 € pourraient être facturés en dollars canadiens, et quel serait le délai de livraison approximatif une fois le devis accepté?

Merci,

Sébastien Pelletier
Directeur des opérations
École de pilotage Aviation Rimouski inc.
Tél. : 418 724-3390

@@ jfr80 | reply: question | from: Pierre-Alain Cuendet <pa.cuendet@bluewin.ch> | ref: OF-2026-6080 | ours: migterms | style: plain | qpos: above
--
Bonjour,

D'accord sur le fond, à condition que la migration se fasse un jour de semaine et jamais un samedi ou un dimanche : le week-end c'est là que nos membres réservent et volent le plus.

Meilleures salutations
P.-A. Cuendet
"""
