"""Set b: French replies to our messages (confirm, refuse, question), with the hard cases."""

DEFAULTS = {"lang": "fr"}

TEXT = r"""
@@ y001 | reply: confirm | from: Gérard Mougin <g.mougin@wanadoo.fr> | ref: OF-2026-0301 | ours: estimate | style: outlook
--
Bonjour,

C'est d'accord, vous pouvez y aller.

Gérard Mougin

@@ y002 | reply: confirm | from: thierry.lefebvre80@free.fr | ref: OF-2026-0302 | ours: migfee | style: apple
--
Oui on confirme, migration ok.

Envoyé de mon iPhone

@@ y003 | reply: question | from: Hélène Castagné <helene.castagne@laposte.net> | ref: OF-2026-0303 | ours: estimate | style: gmail
--
Bonjour,

OK si ça ne dépasse pas 2 h, sinon il faudra repasser devant le bureau.

Hélène

@@ y004 | reply: refuse | from: k.benali@aviasud-formation.com | ref: OF-2026-0304 | ours: devest | style: outlook
--
Bonjour,

Après examen en comité de direction, nous ne donnerons pas suite à ce devis.

Cordialement,
Karim Benali

@@ y005 | reply: confirm | from: Luc Dethier <luc.dethier@skynet.be> | ref: OF-2026-0305 | ours: estimate | style: plain | note: negation words, but a plain yes
--
Bonjour,

Aucun problème pour nous, allez-y.

Luc

@@ y006 | reply: question | from: as.lambotte@skynet.be | ref: OF-2026-0306 | ours: contact | style: plain
--
Bonjour,

Je ne trouve pas où modifier les adresses dans le compte client. Vous pouvez me dire dans quel menu c'est, avant que je vous demande de le faire ?

Anne-Sophie

@@ y007 | reply: confirm | from: patrice.reynaud05@orange.fr | ref: OF-2026-0307 | ours: migfee | style: android
--
ok pour nous. Patrice

Envoyé depuis mon mobile Orange

@@ y008 | reply: question | from: o.chappuis@bluewin.ch | ref: OF-2026-0308 | ours: estimate | style: outlook | note: "OK" inside a sentence that defers the decision
--
Bonjour,

OK, je transmets au comité qui se réunit le 14 et je reviens vers vous.

Olivier Chappuis

@@ y009 | reply: refuse | from: gvv.gruyere@bluewin.ch | ref: OF-2026-0309 | ours: testplat | style: plain
--
Bonjour,

Non merci, nous allons la créer nous-mêmes depuis le compte client.

GVV Gruyère

@@ y010 | reply: question | from: jy.payet@orange.re | ref: OF-2026-0310 | ours: migack | style: plain | nb: 2026-12-07 | note: "oui mais pas avant": a condition
--
Bonjour,

Oui mais pas avant le 7 décembre, comme indiqué par notre trésorier.

Jean-Yves

@@ y011 | reply: confirm | from: Max Bélénus <max.belenus@orange.fr> | ref: OF-2026-0311 | ours: estimate | style: gmail
--
Bonjour,

Je confirme, merci de planifier l'intervention.

Max Bélénus

@@ y012 | reply: refuse | from: s.wamytan@lagoon.nc | ref: OF-2026-0312 | ours: devest | style: outlook
--
Bonjour,

Trop cher pour notre budget cette année, nous renonçons.

Stéphane Wamytan

@@ y013 | reply: question | from: n.ferrand@cap-pilote.fr | ref: OF-2026-0313 | ours: estimate | style: outlook
--
Bonjour,

D'accord mais pouvez-vous intervenir un mardi ? Les autres jours nos instructeurs sont en vol et ne peuvent pas être dérangés.

Nathalie Ferrand

@@ y014 | reply: confirm | from: philippe.arnaud@volavoile-sisteron.fr | ref: OF-2026-0314 | ours: migack | style: outlook
--
Bonjour,

Bien reçu, nous confirmons la migration dans ces conditions.

Philippe Arnaud

@@ y015 | reply: question | from: yves.le.goff29@wanadoo.fr | ref: OF-2026-0315 | ours: contact | style: plain
--
bonjour
c'est combien deja ? 30 euros TTC ou HT ?
yves

@@ y016 | reply: refuse | from: bernard.jacquot21@orange.fr | ref: OF-2026-0316 | ours: migack | style: plain
--
Bonjour,

Finalement le bureau a changé d'avis : on annule la migration, on reste en 3.5 pour le moment.

B. Jacquot

@@ y017 | reply: confirm | from: sandrine.abric@free.fr | ref: OF-2026-0317 | ours: migack | style: gmail
--
Parfait, c'est bon pour nous !

Sandrine

@@ y018 | reply: question | from: kevin.vandamme@skyschool.be | ref: OF-2026-0318 | ours: devest | style: outlook | note: confirm word used for something else (the budget) while the decision is pending
--
Bonjour,

Je vous confirme que le budget IT 2027 est voté le 15 janvier ; nous reviendrons vers vous après cette date pour le devis.

Kevin Vandamme

@@ y019 | reply: confirm | from: francoise.duparc74@gmail.com | ref: OF-2026-0319 | ours: estimate | style: gmail
--
Bonjour,

Très bien, allez-y. Merci !

Françoise

@@ y020 | reply: refuse | from: d.santoni@wanadoo.fr | ref: OF-2026-0320 | ours: reset | style: plain
--
Bonjour,

Ce n'est plus la peine, nous avons retrouvé le mot de passe.

D. Santoni

@@ y021 | figs: h=3, r=2 | reply: question | from: jerome.chabrier@free.fr | ref: OF-2026-0321 | ours: estimate | style: apple
--
Pourquoi 3 h ? La dernière fois c'était 1 h pour le même genre de chose.
Envoyé de mon iPhone

@@ y022 | reply: confirm | from: l.mathey@helialpes.fr | ref: OF-2026-0322 | ours: testplat | style: outlook
--
Bonjour,

Oui, merci de la créer pour nous.

Laurent Mathey

@@ y023 | reply: question | from: yann.perrenoud@bluewin.ch | ref: OF-2026-0323 | ours: migack | style: plain | note: thanks without a decision
--
Merci pour ces explications.

Yann

@@ y024 | reply: refuse | from: alain.delpech46@orange.fr | ref: OF-2026-0324 | ours: migfee | style: plain
--
Bonjour
Non, on ne fera pas la migration cette année, le bureau préfère attendre.
Alain

@@ y025 | reply: confirm | from: josiane.rosier@orange.fr | ref: OF-2026-0325 | ours: estimate | style: gmail | note: double negative, a yes
--
Bonjour,

Nous n'avons aucune objection : vous pouvez lancer le travail.

Josiane

@@ y026 | reply: question | from: romain.vidal@envol-formation.fr | ref: OF-2026-0326 | ours: migfee | style: plain
--
Bonjour,

Je confirme la migration. Par contre, la facture de 50 € HT est-elle déjà dans le compte client ? Je ne la vois pas.

Romain

@@ y027 | reply: confirm | from: erwan.lebihan@gmail.com | ref: OF-2026-0327 | ours: migack | style: gmail
--
C'est parfait, on valide.

Erwan

@@ y028 | reply: refuse | from: tresorier@raclg.be | ref: OF-2026-0328 | ours: estimate | style: outlook
--
Bonjour,

Nous préférons ne pas utiliser nos heures pour cela. Merci de ne pas lancer l'intervention.

Le trésorier

@@ y029 | reply: question | from: claude.guerin85@orange.fr | ref: OF-2026-0329 | ours: migack | style: apple | note: "the treasurer will answer you"
--
Bonjour
C'est notre trésorier qui vous répondra pour la confirmation.
Claude
Envoyé de mon iPhone

@@ y030 | reply: confirm | from: fabrice.collard08@laposte.net | ref: OF-2026-0330 | ours: contact | style: plain
--
Oui faites le svp, ok pour les 30 euros.

Fabrice

@@ y031 | figs: d=9, h=5 | reply: question | from: contact@aeroclub-reunion.re | ref: OF-2026-0331 | ours: devest | style: alt | note: counter-proposal
--
Bonjour,

Nous serions d'accord pour 5 h au maximum. Est-il possible de réduire le périmètre pour rester dans ce volume ?

ACRG

@@ y032 | reply: refuse | from: caissier@aeroclub-lausanne.ch | ref: OF-2026-0332 | ours: estimate | style: outlook
--
Bonjour,

Le comité a refusé. Merci d'annuler la demande.

Le caissier

@@ y033 | reply: confirm | from: president@planeurs-lasbordes.fr | ref: OF-2026-0333 | ours: devest | style: plain
--
Bonjour,

Le bureau accepte le devis. Bon pour accord.

Le président

@@ y034 | reply: question | from: tresorier@acglieres.fr | ref: OF-2026-0334 | ours: renewal | style: outlook
--
Bonjour,

Merci. Et si je désactive le Jodel avant de renouveler, il sera bien retiré du nombre proposé ?

Le trésorier

@@ y035 | reply: refuse | from: camargue.ulm@free.fr | ref: OF-2026-0335 | ours: contact | style: plain
--
Non merci, on l'a fait nous-mêmes finalement.

@@ y036 | reply: confirm | from: comptabilite@volavoile-sisteron.fr | ref: OF-2026-0336 | ours: resource | style: alt
--
Bonjour,

Confirmé, vous pouvez paramétrer le nouveau type et déduire l'heure.

Comptabilité CVVS

@@ y037 | reply: question | from: accueil@acbs-vannes.fr | ref: OF-2026-0337 | ours: migack | style: alt | note: "pas maintenant"
--
Bonjour,

Pas maintenant : le président est absent jusqu'à la fin du mois. Nous reviendrons vers vous.

Accueil ACBS

@@ y038 | reply: confirm | from: info@cna-neuchatel.ch | ref: OF-2026-0338 | ours: estimate | style: alt | nothread: 1 | note: threaded by the subject reference only
--
Bonjour,

Oui, c'est d'accord pour nous.

CNA

@@ y039 | reply: question | from: quercy.ulm@laposte.net | ref: OF-2026-0339 | ours: migfee | style: plain | note: a question in a yes-looking sentence
--
ok mais c'est payable par cheque ?

@@ y040 | reply: refuse | from: acm972@wanadoo.fr | ref: OF-2026-0340 | ours: testplat | style: plain
--
Bonjour,

Ne la créez pas, nous n'en avons plus besoin.

ACM

@@ y041 | reply: confirm | from: envol.formation@gmail.com | ref: OF-2026-0341 | ours: migfee | style: gmail
--
Bonjour,

Nous confirmons, allez-y pour la migration.

Envol Formation

@@ y042 | nb: ? | note: "en novembre prochain" as a boundary is a guess | reply: question | from: ac.ajaccio.bureau@gmail.com | ref: OF-2026-0342 | ours: migfee | style: gmail | note: "je vous confirme que nous ne souhaitons pas" with a timing condition
--
Bonjour,

Je vous confirme que nous ne souhaitons pas que la migration ait lieu pendant la saison touristique. Est-ce qu'on peut la planifier en novembre prochain ?

Le bureau

@@ y043 | reply: question | from: secretariat@planeurs-lasbordes.fr | ref: OF-2026-0343 | ours: docs | style: gmail | att: lettre-presidente-signee.pdf, pv-ag-2026.pdf | note: sends the documents asked; no yes or no to give, staff check them
--
Bonjour,

Voici les deux documents demandés.

Secrétariat

@@ y044 | reply: question | from: "Thomas Aubry" <thomas.aubry31@gmail.com> | ref: OF-2026-0344 | ours: docs | style: gmail | note: address not on record
--
Bonjour,

Le PV de l'AG n'est pas encore signé. Une version non signée suffit-elle en attendant ?

Thomas Aubry

@@ y045 | reply: refuse | from: luc.dethier@skynet.be | ref: OF-2026-0345 | ours: docs | style: plain
--
Bonjour,

Laissez tomber le changement de responsable, Julien ne reprend finalement pas. Je reste en place.

Luc

@@ y046 | reply: question | from: gestion@cap-pilote.fr | ref: OF-2026-0346 | ours: docs | style: outlook | att: kbis-2026.pdf | note: sends one document, asks about the other
--
Bonjour,

Voici le K-BIS. Le nouveau responsable est associé minoritaire : faut-il quand même le courrier des deux gérants ?

Service gestion

@@ y047 | reply: confirm | from: tresorerie@aeroclub.nc | ref: OF-2026-0347 | ours: estimate | style: plain
--
Bonjour, bon pour nous, merci. La trésorerie

@@ y048 | reply: refuse | from: planning@vvissoire.fr | ref: OF-2026-0348 | ours: estimate | style: plain
--
On ne va pas le faire finalement, merci quand même.

@@ y049 | reply: question | from: gvvnamur@skynet.be | ref: OF-2026-0349 | ours: reset | style: plain | note: confirms but asks the reset to go to another address (R7)
--
Bonjour,

Oui, mais envoyez le nouveau mot de passe à as.lambotte@skynet.be plutôt qu'à l'adresse du club, que plus personne ne lit.

GVVN

@@ y050 | reply: confirm | from: magenta.ulm@mls.nc | ref: OF-2026-0350 | ours: reset | style: plain
--
oui faites la réinitialisation svp, merci
Rémi

@@ y051 | reply: question | from: "Marie-Claude Roy" <mc.roy21@orange.fr> | ref: OF-2026-0351 | ours: docs | style: plain | note: sender not on record
--
Bonjour,

Je n'ai que le PV du bureau, pas d'AG (elle aura lieu en mars). Est-ce suffisant ?

Marie-Claude Roy

@@ y052 | reply: refuse | from: helene.castagne@laposte.net | ref: OF-2026-0352 | ours: migack | style: gmail
--
Bonjour,

Nous retirons notre demande de migration. Le bureau a décidé d'attendre une version stable plus récente, sans date.

Hélène

@@ y053 | reply: confirm | from: direction@aviasud-formation.com | ref: OF-2026-0353 | ours: migack | style: outlook
--
Bonjour,

Nous prenons acte et confirmons notre demande.

Karim Benali

@@ y054 | reply: question | from: secretariat.acg971@orange.fr | ref: OF-2026-0354 | ours: renewal | style: gmail
--
Merci. Le virement depuis la Guadeloupe a-t-il des frais ? C'est la zone euro normalement.

@@ y055 | reply: confirm | from: aeroclub-beaune@orange.fr | ref: OF-2026-0355 | ours: testplat | style: plain
--
Bonjour, oui volontiers, créez-la. Merci.

@@ y056 | reply: question | from: ulmbaiedesomme@gmail.com | ref: OF-2026-0356 | ours: migfee | style: gmail | note: says the yes was given weeks ago
--
On vous a déjà confirmé il y a trois semaines ! Pourquoi ce n'est toujours pas fait ?

@@ y057 | reply: refuse | from: tallard.ulm@orange.fr | ref: OF-2026-0357 | ours: reset | style: plain
--
non c bon j'ai reussi avec le lien
Patrice

@@ y058 | reply: confirm | from: contact@vvissoire.fr | ref: OF-2026-0358 | ours: devest | style: alt | note: "sans réserve"
--
Bonjour,

Nous acceptons le devis sans réserve.

AVV Issoire

@@ y059 | reply: question | from: admin@helialpes.fr | ref: OF-2026-0359 | ours: estimate | style: alt
--
Bonjour,

M. Mathey est en vacances jusqu'au 4 janvier, c'est lui qui décidera à son retour.

Administration

@@ y060 | reply: refuse | from: tresorier@aeroclub-reunion.re | ref: OF-2026-0360 | ours: devest | style: plain
--
Bonjour,

Nous déclinons, le montant dépasse ce que le bureau peut engager.

Le trésorier

@@ y061 | reply: question | from: secretariat@aeroclubspa.be | ref: OF-2026-0361 | ours: migack | style: outlook | nb: 2027-02-01 | tv: 4.0alpha | note: restates the condition
--
Bonjour,

Oui pour la 4.0alpha, mais surtout pas avant le 1er février comme demandé par M. Dethier.

Secrétariat

@@ y062 | reply: confirm | from: compta.envol@gmail.com | ref: OF-2026-0362 | ours: estimate | style: gmail | note: "pourquoi pas" then go
--
Pourquoi pas, allez-y.

Comptabilité Envol

@@ y063 | reply: question | from: d.santoni@wanadoo.fr | ref: OF-2026-0363 | ours: testplat | style: plain
--
Bonjour,

Merci mais nous sommes en 3.5 : est-ce que ça marche quand même ?

D. Santoni

@@ y064 | reply: refuse | from: aeroclub.guadeloupe@wanadoo.fr | ref: OF-2026-0364 | ours: resource | style: plain
--
Bonjour,

On ne va pas ajouter l'avion finalement, la vente est tombée à l'eau. Merci de ne rien facturer.

@@ y065 | nb: ? | note: "après" the open days of the 12th and 13th of an unnamed month: undecidable | reply: question | from: s.wamytan@lagoon.nc | ref: OF-2026-0365 | ours: estimate | style: outlook | note: ok with a change of date
--
Bonjour,

D'accord sur le principe, mais pas pendant nos journées portes ouvertes du 12 et 13. Vous pouvez faire après ?

Stéphane

@@ y066 | reply: question | from: tresorier.vvv@orange.fr | ref: OF-2026-0366 | ours: renewal | style: plain | note: an acknowledgment of an explanation that asked nothing
--
Bonjour, très bien, c'est noté, on renouvelle comme ça. Merci.

@@ y067 | reply: question | from: bureau@aeroclub.nc | ref: OF-2026-0367 | ours: migack | style: plain | note: the yes is someone else's to give
--
Bonjour,

Ce n'est pas à nous de confirmer, c'est le président qui a fait la demande. Je lui transmets.

Le bureau

@@ y068 | reply: refuse | from: francoise.duparc74@gmail.com | ref: OF-2026-0368 | ours: migack | style: gmail | note: "ne pas" + cancel
--
Bonjour,

Merci de ne pas faire la migration, le CA vient de revenir sur sa décision.

Françoise

@@ y069 | reply: confirm | from: "Yves Le Goff" <yves.le.goff29@wanadoo.fr> | ref: OF-2026-0369 | ours: estimate | style: plain | note: typed without accents
--
oui c est bon pour nous

@@ y070 | reply: question | from: jy.payet@orange.re | ref: OF-2026-0370 | ours: estimate | style: plain | note: confirms then asks
--
Bonjour,

OK pour l'intervention. Il nous restera donc combien d'heures après ?

Jean-Yves

@@ y071 | reply: confirm | from: sandrine.abric@free.fr | ref: OF-2026-0371 | ours: resource | style: gmail
--
Oui merci, faites-le pour nous, ok pour l'heure.

Sandrine

@@ y072 | reply: question | from: "Nadine Perrin" <nadine.perrin88@orange.fr> | ref: OF-2026-0372 | ours: docs | style: plain | att: courrier-signe.pdf | note: sender not on record; a document is missing
--
Bonjour,

Voici le courrier signé par le vice-président. Le PV de l'AG, je dois le demander à Gérard, il l'a gardé.

Nadine Perrin
"""
