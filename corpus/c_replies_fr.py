"""Set c: French replies to our messages (confirm, refuse, question), plain and hard cases."""

DEFAULTS = {"lang": "fr"}

TEXT = r"""
@@ yf01 | reply: confirm | from: Jean-Luc Bréchet <jl.brechet@orange.fr> | ref: OF-2026-1101 | ours: estimate | style: outlook | note: negation words, plain yes
--
Bonjour,

Aucun souci, vous pouvez planifier.

Jean-Luc Bréchet

@@ yf02 | reply: question | from: tresorier.accholet@gmail.com | ref: OF-2026-1102 | ours: devest | style: gmail | note: defers to the new treasurer
--
Bonjour,

Je ne suis plus en charge de ce dossier : c'est le nouveau trésorier qui vous répondra d'ici la fin de la semaine.

Alain Roux

@@ yf03 | reply: refuse | from: secretariat@aamn-revel.fr | ref: OF-2026-1103 | ours: testplat | style: gmail
--
Bonjour,

Merci pour les explications. Nous allons la créer nous-mêmes depuis le compte client, inutile d'y consacrer des heures.

Le secrétariat AAMN

@@ yf04 | reply: confirm | from: mc.esteve@laposte.net | ref: OF-2026-1104 | ours: devest | style: gmail
--
Bonjour,

Le bureau a étudié votre devis hier soir et l'accepte. Vous pouvez lancer le développement.

Marie-Claude Estève

@@ yf05 | reply: question | from: p.thuillier41@orange.fr | ref: OF-2026-1105 | ours: migfee | style: apple | note: "ok" inside a condition
--
Ok si la facture peut être payée en deux fois, sinon il faudra attendre janvier.

Pascal

Envoyé de mon iPhone

@@ yf06 | reply: refuse | from: solognulm@free.fr | ref: OF-2026-1106 | ours: contact | style: plain
--
Bonjour,

Pas la peine, on va modifier les adresses nous-mêmes dans le compte client maintenant qu'on sait où c'est.

Sologne ULM

@@ yf07 | reply: confirm | from: Denis Cuenot <denis.cuenot25@orange.fr> | ref: OF-2026-1107 | ours: migfee | style: plain | note: negation words about irreversibility, plain yes
--
Bonjour,

Nous confirmons : on sait qu'il n'y aura pas de retour en arrière possible, et ça ne pose aucun problème. Vous pouvez poursuivre.

Denis Cuenot

@@ yf08 | reply: question | from: bureau.achd@gmail.com | ref: OF-2026-1108 | ours: reset | style: gmail
--
Bonjour,

Avant de vous dire oui : est-ce que la réinitialisation manuelle est payante pour nous ? On est en First Price, je crois.

Le bureau ACHD

@@ yf09 | reply: refuse | from: Sophie Marchetti <s.marchetti@aeroform-lyon.com> | ref: OF-2026-1109 | ours: devest | style: outlook
--
Bonjour,

Après arbitrage budgétaire, la direction ne donnera pas suite à ce devis. Nous vous remercions pour le temps passé.

Cordialement,
Sophie Marchetti
Directrice - Aéroform Lyon Bron SAS

@@ yf10 | reply: confirm | from: comptabilite@aeroform-lyon.com | ref: OF-2026-1110 | ours: resource | style: outlook
--
Bonjour,

Bon pour accord.

Service comptabilité

@@ yf11 | reply: question | from: tresorier@aeroclub-dieppe.fr | ref: OF-2026-1111 | ours: estimate | style: outlook | figs: h=3 | note: asks why the estimate is higher than before
--
Bonjour,

Trois heures, cela me paraît beaucoup pour ce qui ressemble à une simple modification de tarif. L'an dernier une demande équivalente avait pris une heure. Pouvez-vous m'expliquer ce qui prend autant de temps ?

Le trésorier de l'AC Dieppe

@@ yf12 | reply: confirm | from: Hervé Lemaître <herve.lemaitre76@sfr.fr> | ref: OF-2026-1112 | ours: testplat | style: outlook
--
Bonjour,

Oui, merci de la créer pour nous, ce sera plus simple.

Hervé

@@ yf13 | reply: refuse | from: aeroclub.figeac@laposte.net | ref: OF-2026-1113 | ours: estimate | style: plain
--
Bonjour,

Je vous remercie de votre reponse. Apres en avoir parle avec le president, nous preferons ne pas engager ces heures pour le moment. Nous nous debrouillerons avec la methode actuelle.

Avec mes salutations distinguees,
R. Bousquet

@@ yf14 | reply: question | from: Roger Bousquet <roger.bousquet46@wanadoo.fr> | ref: OF-2026-1114 | ours: docs | style: plain | note: says documents will follow by post; nothing to confirm
--
Bonjour,

Le president signera la lettre samedi a l'assemblee generale. Je vous l'enverrai ensuite par la poste avec le proces-verbal, car nous n'avons pas de scanner au club. Est-ce que cela convient ?

R. Bousquet

@@ yf15 | reply: confirm | from: didier.delhaye@skynet.be | ref: OF-2026-1115 | ours: migack | style: outlook
--
Bonjour,

Parfait, nous confirmons la migration aux conditions indiquées.

Didier Delhaye

@@ yf16 | date: 2026-11-12 18:30 | reply: question | from: tresorerie@acmons.be | ref: OF-2026-1116 | ours: estimate | style: outlook | note: defers to the committee
--
Bonjour,

Le devis sera présenté au conseil d'administration du 3 décembre ; nous vous communiquerons sa décision dans la foulée.

La trésorerie

@@ yf17 | reply: refuse | from: Véronique Gillet <v.gillet@proximus.be> | ref: OF-2026-1117 | ours: migack | style: gmail | note: declines now, may come back later
--
Bonjour,

Finalement le comité préfère attendre : nous annulons la demande de migration pour cette saison et nous reviendrons vers vous l'an prochain.

Véronique Gillet

@@ yf18 | reply: confirm | from: info@cvv-sainthubert.be | ref: OF-2026-1118 | ours: estimate | style: gmail
--
Bonjour,

Ça nous va très bien, merci de faire le nécessaire.

CVV Saint-Hubert

@@ yf19 | reply: question | from: Raphaël Fournier <r.fournier@netplus.ch> | ref: OF-2026-1119 | ours: migack | style: outlook | nb: 2027-01-18 | date: 2026-11-26 18:40 | note: "oui" with a new not-before date: a condition
--
Bonjour,

Oui pour nous, mais à une condition : pas avant le 18 janvier finalement, le caissier a besoin d'une semaine de plus pour boucler les comptes.

Meilleures salutations
Raphaël Fournier

@@ yf20 | reply: confirm | from: caisse@gvm-valais.ch | ref: OF-2026-1120 | ours: resource | style: plain
--
Bonjour,

Rien à redire, allez-y pour le paramétrage.

Le caissier du GVM

@@ yf21 | reply: refuse | from: c.jaquier@bluewin.ch | ref: OF-2026-1121 | ours: migfee | style: plain
--
Bonjour,

Le comité a refusé la dépense. Nous restons en 3.6 pour le moment, merci de clôturer la demande.

Christian Jaquier

@@ yf22 | reply: question | from: nordvaudois.aviation@bluewin.ch | ref: OF-2026-1122 | ours: contact | style: plain
--
bonjour
c'est 30 euros HT pour les deux adresses ou 30 par adresse ?
merci

@@ yf23 | reply: confirm | from: Teva Marurai <teva.marurai@mail.pf> | ref: OF-2026-1123 | ours: estimate | style: apple
--
Oui.

Envoyé de mon iPhone

@@ yf24 | reply: refuse | from: aeroclubtahiti@mail.pf | ref: OF-2026-1124 | ours: reset | style: plain | note: no longer needed
--
Bonjour,

Ce ne sera pas nécessaire : l'ancien trésorier a retrouvé le mot de passe et nous avons pu nous connecter. Merci quand même !

Aéro-Club de Tahiti

@@ yf25 | reply: question | from: f.chocho973@gmail.com | ref: OF-2026-1125 | ours: migfee | style: android
--
bonjour, on doit payer la facture avant que vous fassiez la migration ou apres ? si c'est apres c'est ok
Fabienne

@@ yf26 | reply: confirm | from: s.rivaud@epa-larochelle.fr | ref: OF-2026-1126 | ours: estimate | style: outlook | figs: h=2
--
Bonjour,

OK pour les 2 h, vous pouvez programmer l'intervention.

Stéphane Rivaud

@@ yf27 | reply: question | from: secretariat@epa-larochelle.fr | ref: OF-2026-1127 | ours: testplat | style: plain | note: asks how to do it themselves instead
--
Bonjour,

Plutôt que de prendre sur nos heures, pourriez-vous nous indiquer précisément où se trouve la rubrique « Plateformes » ? Je ne la vois pas dans notre compte client.

Secrétariat EPA

@@ yf28 | reply: refuse | from: acauxerrois@orange.fr | ref: OF-2026-1128 | ours: estimate | style: html
--
Bonjour,

Merci pour l'estimation, mais ce n'est plus d'actualité : le problème a disparu de lui-même depuis la mise à jour. Vous pouvez fermer la demande.

Le secrétariat

@@ yf29 | reply: question | from: Monique Perrot <monique.perrot89@orange.fr> | ref: OF-2026-1129 | ours: devest | style: outlook | note: accepts only if other clubs share
--
Bonjour,

Si d'autres clubs participent au financement et que le reste à notre charge ne dépasse pas 300 €, nous sommes partants. Pouvez-vous nous tenir au courant ?

Monique Perrot

@@ yf30 | reply: confirm | from: arnaud.ricard@avv-vinon.fr | ref: OF-2026-1130 | ours: devest | style: outlook
--
Bonjour,

Le comité accepte votre devis tel quel. Merci de nous tenir informés de l'avancement.

Arnaud Ricard

@@ yf31 | reply: refuse | from: gestion@avv-vinon.fr | ref: OF-2026-1131 | ours: testplat | style: outlook
--
Bonjour,

Non merci, ne faites rien : nous avons déjà une plateforme de test qui nous suffit.

Service gestion

@@ yf32 | reply: question | from: bixente.etcheverry@hotmail.fr | ref: OF-2026-1132 | ours: migfee | style: plain | note: yes for him, but the president must agree
--
Bonjour,

Pour moi c'est bon, mais il faut l'accord du président qui est en vacances jusqu'au 20. Je lui transmets et je vous redis.

Bixente

@@ yf33 | reply: confirm | from: landes.ulm@gmail.com | ref: OF-2026-1133 | ours: migack | style: gmail
--
Nickel, c'est tout bon pour nous. Merci !

Landes ULM

@@ yf34 | reply: refuse | from: Bernard Schaeffer <b.schaeffer68@calixo.net> | ref: OF-2026-1134 | ours: devest | style: outlook
--
Bonjour,

Merci pour le chiffrage. Malheureusement c'est au-delà de ce que le club peut consacrer à l'informatique cette année ; nous ne retenons pas ce devis.

Bernard Schaeffer

@@ yf35 | reply: question | from: tresorier@ac-colmar.fr | ref: OF-2026-1135 | ours: migack | style: outlook | note: asks about downtime, conditional ok
--
Bonjour,

Combien de temps la plateforme sera-t-elle coupée ? Si c'est la nuit ou en semaine, pas de problème ; si c'est un samedi, il faudra trouver une autre date.

Le trésorier

@@ yf36 | reply: confirm | from: contact@heliprovence.fr | ref: OF-2026-1136 | ours: estimate | style: outlook
--
Bonjour,

Je ne vois aucune objection, faites-le.

Julien Armand
Hélicoptères Provence Formation

@@ yf37 | reply: refuse | from: compta@heliprovence.fr | ref: OF-2026-1137 | ours: contact | style: outlook
--
Bonjour,

Nous ne souhaitons pas que vous le fassiez, nous avons trouvé le formulaire dans le compte client et la modification est faite.

Service comptable

@@ yf38 | reply: question | from: gilberte.moulin03@orange.fr | ref: OF-2026-1138 | ours: renewal | style: plain
--
Bonjour,

Merci beaucoup pour votre réponse. Je ne comprends pas bien : vous parlez de 3 ressources, mais faut-il compter aussi la salle de cours ? Et où se trouve le bouton « Renouveler » exactement ?

Gilberte Moulin
| figs: n=3

@@ yf39 | reply: confirm | from: aeroclub.vichy@sfr.fr | ref: OF-2026-1139 | ours: reset | style: plain
--
Bonjour,

Oui s'il vous plaît, faites la réinitialisation, le lien ne fonctionne pas chez nous.

AC Vichy

@@ yf40 | reply: question | from: Alain Roux <alain.roux49@free.fr> | ref: OF-2026-1140 | ours: estimate | style: gmail | note: writes from a personal address not on record; asks a question
--
Bonjour,

Je réponds depuis mon adresse perso. Est-ce que l'intervention peut attendre la semaine prochaine ? Je voudrais être présent pour voir comment vous faites.

Alain Roux, trésorier AC Cholet

@@ yf41 | reply: refuse | from: tresorerie@aamn-revel.fr | ref: OF-2026-1141 | ours: estimate | style: outlook | note: "pas maintenant, l'an prochain" declines now
--
Bonjour,

Pas maintenant : nos heures 2026 sont presque épuisées. Nous referons la demande en janvier avec les heures 2027.

La trésorerie

@@ yf42 | reply: confirm | from: Marie-Claude Estève <mc.esteve@laposte.net> | ref: OF-2026-1142 | ours: migack | style: gmail | note: "validé" plus a thank-you; no condition
--
Bonjour,

Validé par le bureau ce soir, vous pouvez lancer quand vous voulez. Merci pour votre patience.

Marie-Claude

@@ yf43 | reply: question | from: Didier Delhaye <didier.delhaye@skynet.be> | ref: OF-2026-1143 | ours: devest | style: outlook | note: partial acceptance
--
Bonjour,

Nous sommes d'accord pour la première partie (inscription en ligne), mais pas pour la liste d'attente, qui ne nous sert pas vraiment. Pouvez-vous refaire le chiffrage sans elle ?

Didier Delhaye

@@ yf44 | reply: refuse | from: secretariat@acmons.be | ref: OF-2026-1144 | ours: testplat | style: outlook
--
Bonjour,

Merci, mais nous avons finalement organisé la formation sur la plateforme de démonstration en prévenant les participants de la remise à zéro. Nous n'avons plus besoin de la copie.

Le secrétariat

@@ yf45 | reply: confirm | from: ulmguyane@orange.fr | ref: OF-2026-1145 | ours: reset | style: plain
--
oui merci faites le
fabienne

@@ yf46 | reply: question | from: Monique Perrot <monique.perrot89@orange.fr> | ref: OF-2026-1146 | ours: docs | style: outlook | att: PV-AG-2026.pdf | note: sends one of the two documents and asks about the other
--
Bonjour,

Voici le procès-verbal de l'AG. Pour le courrier du président, est-ce qu'un simple mail de sa part suffit, ou faut-il vraiment une lettre signée ?

Monique Perrot

@@ yf47 | reply: confirm | from: secretariat.acvb@gmail.com | ref: OF-2026-1147 | ours: migfee | style: plain | note: paying the invoice is part of going ahead, no condition
--
Bonjour,

Bien reçu. Nous confirmons, vous pouvez poursuivre la migration ; la facture de 50 € part en virement demain.

Le secrétariat - AC Vichy

@@ yf48 | reply: refuse | from: landes.ulm@gmail.com | ref: OF-2026-1148 | ours: contact | style: gmail
--
Ah non, pas question de payer 30 € pour changer une adresse, on va se débrouiller dans le compte client.

Landes ULM

@@ yf49 | reply: question | from: v.gillet@proximus.be | ref: OF-2026-1149 | ours: resource | style: gmail | note: "ok" then a question that conditions it
--
Bonjour,

D'accord sur le principe. Mais la facture de la ressource supplémentaire sera-t-elle au prix de l'année entière même si le planeur n'arrive qu'en décembre ? Si oui, nous préférons attendre janvier.

Véronique

@@ yf50 | reply: confirm | from: r.fournier@netplus.ch | ref: OF-2026-1150 | ours: estimate | style: android
--
ok pour nous, merci
Raphaël

Envoyé depuis mon smartphone Samsung Galaxy.

@@ yf51 | reply: refuse | from: Stéphane Rivaud <s.rivaud@epa-larochelle.fr> | ref: OF-2026-1151 | ours: migack | style: outlook
--
Bonjour,

Suite au départ de notre gérant, nous mettons la migration en attente sine die. Merci de ne pas la planifier ; nous annulons la demande.

Stéphane Rivaud

@@ yf52 | reply: question | from: jl.brechet@orange.fr | ref: OF-2026-1152 | ours: docs | style: outlook | note: asks whether the K-BIS route applies to an association
--
Bonjour,

Nous sommes une association, nous n'avons donc pas d'extrait K-BIS. Le récépissé de déclaration en préfecture peut-il le remplacer, en plus du procès-verbal ?

Jean-Luc Bréchet
"""
