"""Set f, first batch: French replies to our messages (confirm, refuse, question)."""

DEFAULTS = {"lang": "fr"}

TEXT = r"""
@@ fr001 | reply: confirm | from: Bernard Lacombe <bernard.lacombe46@orange.fr> | ref: OF-2026-2001 | ours: estimate | style: plain
--
Ok.

@@ fr002 | reply: confirm | from: tresorier.acquercy@gmail.com | ref: OF-2026-2002 | ours: overrun | style: gmail | figs: d=6,b=2
--
Bonjour,

Vu avec le président : on accepte, vous pouvez facturer les 4 heures en plus. La feuille de pointage des instructeurs devient vraiment indispensable pour nous.

Merci et bonne journée,
Luc Delpech
Trésorier AC Quercy
06 12 00 00 00 (après 18h)

@@ fr003 | reply: refuse | from: ulmvaldeloire@free.fr | ref: OF-2026-2003 | ours: migfee | style: plain
--
Bonjour

Non merci, on reste en 3.5, ça marche très bien comme ça pour nos deux pendulaires.

Martine

@@ fr004 | reply: question | from: Iñaki Etcheverry <i.etcheverry64@gmail.com> | ref: OF-2026-2004 | ours: devest | style: gmail | figs: d=9,h=4
--
Bonjour,

Avant de dire oui : les 5 heures facturées, c'est un maximum ou une estimation qui peut grimper ? Si c'est plafonné on signe, sinon je dois repasser devant le comité directeur du 3 décembre.

Iñaki Etcheverry
Président - Aéro-Club du Pays Basque

@@ fr005 | reply: confirm | from: Hubert Kieffer <hubert.kieffer67@wanadoo.fr> | ref: OF-2026-2005 | ours: testplat | style: outlook
--
Bonjour,

Oui, créez-la pour nous s'il vous plaît, nos instructeurs ne sont pas à l'aise avec le compte client.

Cordialement
Hubert Kieffer
Chef pilote - CVV d'Alsace
Terrain de Haguenau - 03 88 00 00 00
Permanence le samedi 9h-12h et 14h-18h, fermé du 20/12 au 05/01

@@ fr006 | reply: refuse | from: s.morel@azur-aviation.fr | ref: OF-2026-2006 | ours: setup | style: outlook | figs: p=360
--
Bonjour,

Merci pour la proposition. Nous avons une personne en interne qui connaît très bien l'outil et qui va faire le paramétrage elle-même, nous ne prendrons donc pas le forfait.

Bien à vous,
Sandrine Morel
Directrice des opérations
Azur Aviation Formation SAS

@@ fr007 | reply: question | from: jc.faucher87@orange.fr | ref: OF-2026-2007 | ours: reset | style: plain
--
bonjour
30 euros pour un mot de passe ?? le lien oublié ne marche pas chez nous, le mail n'arrive jamais. est ce que vous pouvez vérifier l'adresse que vous avez avant qu'on paie quoi que ce soit
JC Faucher

@@ fr008 | reply: confirm | from: Max Bélénus <max.belenus@wanadoo.fr> | ref: OF-2026-2008 | ours: migterms | style: apple | figs: nbd=15,nbm=1
--
Bonjour, c'est bon pour nous, conditions acceptées.
Max

Envoyé de mon iPhone

@@ fr009 | reply: refuse | from: sophie.horth973@gmail.com | ref: OF-2026-2009 | ours: email | style: gmail
--
Bonjour,

Ok, pas la peine alors, je vais le faire moi-même depuis le compte client. Merci pour l'info.

Sophie Horth
Secrétaire AC Guyane

@@ fr010 | reply: question | from: Thierry Wamytan <t.wamytan@lagoon.nc> | ref: OF-2026-2010 | ours: migterms | style: outlook | figs: nbd=1,nbm=3
--
Bonjour,

Nous sommes d'accord sur le principe. Par contre avec le décalage horaire (nous sommes à +10 h de Paris), pouvez-vous nous dire à quelle heure de Nouméa la plateforme sera coupée ? Si c'est un samedi matin chez nous, c'est notre plus grosse journée de vols.

Merci d'avance,
Thierry Wamytan
Président de l'Aéro-Club Calédonien
Aérodrome de Magenta - Nouméa
Tél. +687 00 00 00

@@ fr011 | reply: confirm | from: moana.teriitehau@mail.pf | ref: OF-2026-2011 | ours: pool | style: plain | figs: h=2,b=8
--
Ia ora na,

D'accord pour participer avec 2 heures, c'est une bonne idée de mutualiser. Aucun souci de notre côté.

Moana
AC Tahiti

@@ fr012 | reply: refuse | from: Philippe Delvaux <philippe.delvaux@skynet.be> | ref: OF-2026-2012 | ours: devest | style: plain
--
Bonjour,

J'ai présenté votre devis au conseil d'administration hier soir. Le bureau a voté contre, à 5 voix contre 2 : trop cher pour ce que ça apporte à un club de notre taille. Nous continuerons avec notre tableau Excel pour le suivi des visites.

Merci quand même pour le travail de chiffrage.

Philippe Delvaux
Trésorier - Aéro-Club de Namur

@@ fr013 | reply: question | from: n.renard@liegeflight.be | ref: OF-2026-2013 | ours: overrun | style: outlook
--
Bonjour,

Je dois en parler au gérant avant de m'engager sur un montant facturé. Il rentre lundi, je reviens vers vous en début de semaine.

Nathalie Renard
Liège Flight Academy

@@ fr014 | reply: confirm | from: o.jeanneret@bluewin.ch | ref: OF-2026-2014 | ours: migfee | style: plain
--
Bonjour,

En ordre pour nous, vous pouvez procéder à la migration. La facture de 50 € sera payée par notre caissier dès réception.

Meilleures salutations,
Olivier Jeanneret
GVV Neuchâtel

@@ fr015 | reply: refuse | from: Christophe Zufferey <c.zufferey@netplus.ch> | ref: OF-2026-2015 | ours: alpha | style: gmail
--
Bonjour,

Après réflexion, non. Des menus qui bougent sans prévenir en pleine saison, nos membres ne vont pas suivre. On attend la version stable.

Salutations
Christophe Zufferey

@@ fr016 | reply: question | from: guylaine.lemieux@cgocable.ca | ref: OF-2026-2016 | ours: devest | style: plain | figs: d=10,h=4
--
Bonjour,

Merci pour la soumission. Est-ce que les 60 € de l'heure sont avant taxes? Et est-ce qu'on peut payer en dollars canadiens ou c'est obligatoirement en euros? Notre banque charge cher pour les virements.

Guylaine Lemieux
Trésorière
Club aéronautique de la Mauricie

@@ fr017 | reply: confirm | from: Étienne Lavoie <e.lavoie@aviationoutaouais.ca> | ref: OF-2026-2017 | ours: setup | style: outlook
--
Bonjour,

Parfait, on prend le forfait. Envoyez-nous le questionnaire, je vais le remplir avec notre chef instructeur.

Étienne Lavoie
Directeur général, Aviation Outaouais inc.
819 000-0000 | Aéroport de Gatineau

@@ fr018 | reply: confirm | from: bureau@acpaysbasque.fr | ref: OF-2026-2018 | ours: estimate | style: plain
--
Validé

@@ fr019 | reply: refuse | from: aeroclub.limousin@laposte.net | ref: OF-2026-2019 | ours: migfee | style: plain
--
Bonsoir,
pas cette année. On a eu la révision moteur du Robin à payer, la trésorerie est à sec. On en reparlera à l'AG de février peut-être.
Cordialement
Le secrétariat

@@ fr020 | reply: question | from: tresorerie@cvv-alsace.fr | ref: OF-2026-2020 | ours: estimate | style: gmail
--
Bonjour,

Oui si ça reste sous les 3 heures, sinon prévenez-nous avant de continuer.

Pour le CVV d'Alsace,
Agnès Wolff, trésorière

@@ fr021 | reply: confirm | from: admin@azur-aviation.fr | ref: OF-2026-2021 | ours: overrun | style: html
--
Bonjour,

Pas de problème, nous acceptons la facturation des heures supplémentaires. Merci de mettre la référence de la demande sur la facture pour notre comptable.

Julien Arnaud
Service administratif
Azur Aviation Formation - Cannes-Mandelieu

@@ fr022 | reply: refuse | from: max.belenus@wanadoo.fr | ref: OF-2026-2022 | ours: testplat | style: android
--
Non c'est bon on va la créer nous même, merci

Envoyé depuis mon smartphone Samsung Galaxy.

@@ fr023 | reply: question | from: Sophie Horth <sophie.horth973@gmail.com> | ref: OF-2026-2023 | ours: migfee | style: gmail
--
Bonjour,

On veut bien migrer mais est-ce qu'on peut attendre la fin de la saison des pluies ? En ce moment la moitié des vols sont annulés et personne ne sera là pour tester. Et les 50 € on les paie quand, maintenant ou au moment de la migration ?

Sophie

@@ fr024 | reply: confirm | from: t.wamytan@lagoon.nc | ref: OF-2026-2024 | ours: estimate | style: plain
--
Bonjour,
Allez-y, c'est bon pour nous.
Thierry

@@ fr025 | reply: confirm | from: Philippe Delvaux <philippe.delvaux@skynet.be> | ref: OF-2026-2025 | ours: pool | style: outlook
--
Bonjour,

Bonne nouvelle que d'autres clubs soient intéressés par l'export vers la DGTA. Nous n'avons rien contre : prenez les heures proposées sur notre crédit.

Au passage, nous avons eu notre première solo féminine de l'année la semaine passée, tout le club est ravi.

Philippe Delvaux
Trésorier - Aéro-Club de Namur
Aérodrome de Temploux

@@ fr026 | reply: refuse | from: compta@aeroclubtahiti.pf | ref: OF-2026-2026 | ours: overrun | style: plain
--
Bonjour,

Nous ne souhaitons pas dépasser notre crédit d'heures. Merci de ne pas lancer ce travail, nous le redemanderons l'année prochaine quand le compteur sera remis à zéro.

Vaimiti, comptabilité AC Tahiti

@@ fr027 | reply: question | from: Jean-Claude Faucher <jc.faucher87@orange.fr> | ref: OF-2026-2027 | ours: migfee | style: plain
--
Bonjour,

Je ne suis que le président, c'est le trésorier qui signe les dépenses. Il vous répondra quand il aura regardé les comptes.

JC Faucher

@@ fr028 | reply: confirm | from: caisse@aerogroupe-valais.ch | ref: OF-2026-2028 | ours: estimate | style: alt
--
Bonjour,

C'est d'accord, merci de planifier.

Avec nos meilleures salutations,
Caisse de l'Aéro-Groupe du Valais
Aérodrome de Sion - case postale 00 - 1950 Sion
Bureau ouvert mardi et jeudi 17h-19h
+41 27 000 00 00

@@ fr029 | reply: refuse | from: guylaine.lemieux@cgocable.ca | ref: OF-2026-2029 | ours: testplat | style: plain
--
Bonjour,

Finalement ce n'est plus nécessaire, notre nouveau responsable informatique nous en a déjà monté une la semaine passée. Désolée pour le dérangement!

Guylaine

@@ fr030 | reply: question | from: e.lavoie@aviationoutaouais.ca | ref: OF-2026-2030 | ours: migterms | style: outlook | figs: nbd=1,nbm=4
--
Bonjour,

Les conditions nous vont, mais j'aimerais savoir si « pas avant le 1er avril » veut dire que vous pouvez la faire le jour même ou quelques semaines plus tard? On doit planifier la formation du personnel au sol.

Étienne

@@ fr031 | reply: confirm | from: martine.chevalier41@laposte.net | ref: OF-2026-2031 | ours: reset | style: plain
--
Bonjour,

Oui faites-le, je n'arrive à rien avec le lien et on a les inscriptions des nouveaux membres ce week-end. Les 30 € ne posent pas de problème.

Martine Chevalier
ULM Club Val de Loire

@@ fr032 | reply: refuse | from: Iñaki Etcheverry <i.etcheverry64@gmail.com> | ref: OF-2026-2032 | ours: pool | style: gmail
--
Bonjour,

Merci d'avoir pensé à nous mais ce développement ne nous concerne pas vraiment (nous n'avons pas d'hélicoptère). Nous gardons nos heures.

Iñaki

@@ fr033 | reply: question | from: direction@azur-aviation.fr | ref: OF-2026-2033 | ours: alpha | style: outlook
--
Bonjour,

Nous serions prêts à accepter ces conditions, à une réserve près : la facturation élèves doit rester fiable. Pouvez-vous nous garantir que le module de facturation n'est pas touché dans cette version alpha ? Sinon on préfère attendre.

Sandrine Morel

@@ fr034 | reply: confirm | from: hubert.kieffer67@wanadoo.fr | ref: OF-2026-2034 | ours: migterms | style: plain | figs: nbd=15,nbm=11
--
Bonjour,

Conditions lues et acceptées. Bonne fin de semaine.

H. Kieffer

@@ fr035 | reply: refuse | from: tresorier@acguadeloupe.gp | ref: OF-2026-2035 | ours: devest | style: outlook
--
Bonjour,

Le montant dépasse ce que le club peut engager sans vote de l'assemblée générale, et nous n'avons pas l'intention de convoquer une AG extraordinaire pour cela. Nous ne donnerons donc pas suite au devis.

Cordialement,
Le trésorier de l'Aéro-Club de Guadeloupe
Aéroport Pôle Caraïbes - Abymes

@@ fr036 | reply: question | from: o.jeanneret@bluewin.ch | ref: OF-2026-2036 | ours: email | style: plain
--
Bonjour,

Je veux bien que vous le fassiez, mais la nouvelle adresse n'existe pas encore, le nouveau président la crée après notre assemblée du 12. Je peux vous l'envoyer à ce moment-là ?

Olivier

@@ fr037 | reply: confirm | from: compta@acpaysbasque.fr | ref: OF-2026-2037 | ours: overrun | style: plain
--
Bonjour, bon pour accord. Cordialement. Compta ACPB

@@ fr038 | reply: confirm | from: Moana Teriitehau <moana.teriitehau@mail.pf> | ref: OF-2026-2038 | ours: setup | style: apple
--
Oui on le prend. Le questionnaire, envoyez le à cette adresse svp.
Mauruuru

Envoyé de mon iPhone

@@ fr039 | reply: refuse | from: aeroclub.quercy@orange.fr | ref: OF-2026-2039 | ours: testplat | style: plain
--
Bonjour,
On n'en a pas besoin en fait, on a mal compris la question de notre instructeur. Laissez tomber.
Le secrétariat

@@ fr040 | reply: question | from: tresorerie@aeroclub.nc | ref: OF-2026-2040 | ours: overrun | style: plain
--
Bonjour,

Notre crédit d'heures de l'an prochain repart le 1er janvier. Est-ce que le travail peut attendre janvier pour être pris dessus au lieu d'être facturé ? Ce n'est pas urgent pour nous.

Cordialement,
Trésorerie ACC

@@ fr041 | reply: confirm | from: n.renard@liegeflight.be | ref: OF-2026-2041 | ours: testplat | style: outlook
--
Bonjour,

Oui volontiers, merci de la créer. Nous voulons y former nos deux nouveaux instructeurs avant janvier.

Nathalie Renard
Office manager | Liège Flight Academy SPRL
Aéroport de Liège - Bâtiment 52
Tél. +32 4 000 00 00 | Lun-Ven 8h30-17h

@@ fr042 | reply: refuse | from: caisse@aerogroupe-valais.ch | ref: OF-2026-2042 | ours: pool | style: plain
--
Bonjour,

Le comité ne souhaite pas participer à ce développement. Merci de votre compréhension.

Caisse AGV

@@ fr043 | reply: question | from: Bernard Lacombe <bernard.lacombe46@orange.fr> | ref: OF-2026-2043 | ours: devest | style: plain
--
Bonjour,

Qu'est-ce qui est compris exactement ? L'export comptable seul, ou aussi la modification des factures des membres qu'on avait évoquée au téléphone ? Je ne veux pas découvrir après coup qu'il manque la moitié.

Bernard Lacombe
Président AC Quercy

@@ fr044 | reply: confirm | from: Guylaine Lemieux <guylaine.lemieux@cgocable.ca> | ref: OF-2026-2044 | ours: estimate | style: gmail
--
Bonjour,

C'est beau, allez-y! Merci pour la rapidité.

Guylaine

@@ fr045 | reply: refuse | from: martine.chevalier41@laposte.net | ref: OF-2026-2045 | ours: email | style: plain
--
Bonjour,

Non, on ne va pas payer pour ça, je m'en occupe. Bonne journée

Martine

@@ fr046 | reply: question | from: c.zufferey@netplus.ch | ref: OF-2026-2046 | ours: migterms | style: gmail | figs: nbd=1,nbm=2
--
Bonjour,

Oui pour la migration, mais pas pour le changement de version de l'application mobile de nos membres en même temps, on veut d'abord voir ce que ça donne. C'est possible de séparer les deux ?

Christophe

@@ fr047 | reply: confirm | from: tresorerie@aeroclubnamur.be | ref: OF-2026-2047 | ours: estimate | style: plain
--
Bonjour,

Accord de la trésorerie. Vous pouvez y aller.

Françoise Collard
Trésorière adjointe - AC Namur

@@ fr048 | reply: refuse | from: s.morel@azur-aviation.fr | ref: OF-2026-2048 | ours: overrun | style: outlook
--
Bonjour,

Non, nous ne validons pas. Le budget informatique 2026 est bouclé.

S. Morel

@@ fr049 | reply: question | from: sophie.horth973@gmail.com | ref: OF-2026-2049 | ours: reset | style: android
--
bonjour c est combien de temps si vous le faites ? on a besoin du compte avant vendredi pour payer le renouvellement

Envoyé depuis mon smartphone Android.

@@ fr050 | reply: confirm | from: Hubert Kieffer <hubert.kieffer67@wanadoo.fr> | ref: OF-2026-2050 | ours: pool | style: outlook | figs: h=3,b=7
--
Bonjour,

Nous participerons avec plaisir, 3 heures c'est raisonnable. Sans problème.

Bonne saison d'hiver à toute l'équipe (chez nous on démonte les planeurs pour la visite annuelle).

H. Kieffer
Chef pilote CVV Alsace

@@ fr051 | reply: refuse | from: e.lavoie@aviationoutaouais.ca | ref: OF-2026-2051 | ours: alpha | style: outlook
--
Bonjour,

On va passer notre tour. Une école certifiée ne peut pas se permettre des anomalies sur les carnets de vol des élèves. Merci quand même.

Étienne Lavoie

@@ fr052 | reply: question | from: i.etcheverry64@gmail.com | ref: OF-2026-2052 | ours: estimate | style: plain
--
Bonjour

ok sur le principe. Ça sera fait quand ? On a la fête aérienne le 21 et je ne veux pas de changement sur la plateforme avant.

Iñaki

@@ fr053 | reply: confirm | from: jc.faucher87@orange.fr | ref: OF-2026-2053 | ours: email | style: plain
--
bonjour
oui faites le changement svp. la nouvelle adresse du club c'est celle qu'on vous a donnée dans le premier mail
merci
JC Faucher

@@ fr054 | reply: refuse | from: moana.teriitehau@mail.pf | ref: OF-2026-2054 | ours: devest | style: plain
--
Bonjour,

Merci pour le chiffrage. Avec le fret et l'assurance des avions qui ont augmenté cette année, ce n'est pas le moment. Nous renonçons.

Moana Teriitehau
Président AC Tahiti - Faa'a

@@ fr055 | reply: question | from: Max Bélénus <max.belenus@wanadoo.fr> | ref: OF-2026-2055 | ours: devest | style: gmail
--
Bonjour,

Avant de valider j'aimerais savoir si d'autres clubs ont demandé la même chose. Vous parlez d'un partage possible : si l'Aéro-Club de Martinique ou un autre participe, combien ça nous coûterait ?

Max

@@ fr056 | reply: confirm | from: n.renard@liegeflight.be | ref: OF-2026-2056 | ours: devest | style: outlook | qpos: above
--
Bonjour,

Le gérant a donné son accord ce matin, nous acceptons le devis tel quel.

Nathalie Renard

@@ fr057 | reply: refuse | from: tresorerie@cvv-alsace.fr | ref: OF-2026-2057 | ours: setup | style: plain
--
Bonjour,

Non merci, le paramétrage actuel nous convient, pas besoin de forfait.

Agnès Wolff

@@ fr058 | reply: question | from: tresorier.acquercy@gmail.com | ref: OF-2026-2058 | ours: testplat | style: gmail
--
Bonjour,

Pourquoi pas. Mais la plateforme de test, elle contient une copie de nos membres et de leurs comptes ? On ne veut pas que les instructeurs stagiaires voient les soldes de tout le monde.

Luc Delpech

@@ fr059 | reply: confirm | from: ulmvaldeloire@free.fr | ref: OF-2026-2059 | ours: migfee | style: plain
--
Bonjour, oui on confirme la migration, on a vu la facture dans le compte. Martine

@@ fr060 | reply: refuse | from: Thierry Wamytan <t.wamytan@lagoon.nc> | ref: OF-2026-2060 | ours: setup | style: outlook
--
Bonjour,

Je vous remercie mais nous ne souscrirons pas au forfait. Nos bénévoles referont les réglages eux-mêmes, comme à chaque fois.

Thierry Wamytan

@@ fr061 | reply: question | from: compta@aviationoutaouais.ca | ref: OF-2026-2061 | ours: setup | style: plain
--
Bonjour,

Est-ce que le forfait est payable en une fois ou en plusieurs versements? Et est-ce qu'il inclut la reprise de l'historique des heures de vol des élèves? Merci de me répondre avant que je présente ça au directeur.

Chantal Pelletier
Comptabilité

@@ fr062 | reply: confirm | from: aeroclub.limousin@laposte.net | ref: OF-2026-2062 | ours: reset | style: plain
--
Bonjour

d'accord pour les 30 euros, faites la réinitialisation, on n'y arrive pas.

Cordialement
Secrétariat AC Limousin

@@ fr063 | reply: refuse | from: bernard.lacombe46@orange.fr | ref: OF-2026-2063 | ours: alpha | style: plain
--
Bonjour,

Bon, on a bien réfléchi, ok, on laisse tomber l'alpha. On attendra la version définitive comme tout le monde.

Bernard

@@ fr064 | reply: question | from: c.zufferey@netplus.ch | ref: OF-2026-2064 | ours: overrun | style: plain
--
Bonjour,

Il nous reste vraiment si peu d'heures ? Selon notre décompte on en avait encore 4 en septembre. Pouvez-vous m'envoyer le détail des heures utilisées cette année avant que je valide ?

Christophe Zufferey
Président AGV

@@ fr065 | reply: confirm | from: philippe.delvaux@skynet.be | ref: OF-2026-2065 | ours: migterms | style: apple | figs: nbd=6,nbm=1
--
Ok pour nous. Bonnes fêtes d'avance !

Philippe

Envoyé de mon iPad

@@ fr066 | reply: question | from: Bernard Lacombe <bernard.lacombe46@orange.fr> | ref: OF-2026-2066 | ours: pool | style: plain
--
Bonjour,

Je dois en parler au bureau, réunion jeudi prochain. Je vous tiens au courant.

Bernard
"""
