"""Set m: French replies to our messages (``f_ours``: estimates, overruns, migration fee, manual reset,
e-mail update, development quotes, test platforms, migration terms, alpha terms, pooled hours, set-up
package), from the clubs and schools of ``m_clients_fr``. A season of a support mailbox: many short
answers ("ok allez-y"), and around them board and committee decisions, people writing for the
president, our terms restated, yeses with a preference or a P.S., conditional yeses, deferrals to a
meeting or to someone else, thanks-only replies, friendly refusals and problems that solved
themselves; formal letters, phone typing without accents, Belgian, Swiss, Québec, Polynesian and
West-African turns of phrase. A few are written by members from personal addresses not on record.

Labels: ``confirm`` a clear go-ahead to what our message asked; ``refuse`` a clear no or withdrawal;
``question`` anything else (a question, a condition we must accept first, a deferral, thanks only).
A go-ahead with a preference, a wish or an unrelated second question stays ``confirm``."""

DEFAULTS = {"lang": "fr"}

TEXT = r"""
@@ mfr001 | reply: question | ours: email | style: plain
from: Dominique Lefebvre <dom.lefebvre62@wanadoo.fr>
ref: OF-2026-9284
--
Bonjour,

Merci. Je ne trouve pas la rubrique « Mes coordonnées », elle est où exactement ? Dans le menu du haut je n'ai que Factures et Plateformes.

Dominique

@@ mfr002 | reply: confirm | ours: email | style: outlook
from: Dominique Lefebvre <aeroclub.audomarois@wanadoo.fr>
ref: OF-2026-9571
--
Bonjour,

Oui, merci de faire la modification : remplacez l'adresse aeroclub.audomarois@gmail.com par tresorier.audomarois@gmail.com, c'est la boîte de notre nouveau trésorier.
Vous pouvez nous facturer les 30 €.

Cordialement,
Dominique Lefebvre
Président

@@ mfr003 | reply: confirm | ours: migfee | style: outlook
from: ULM Club de la Dendre <ulmdendre@telenet.be>
ref: OF-2026-9202
--
Bonjour,

Le conseil d'administration s'est réuni mardi soir et a voté pour la migration. 50 € HTVA pour passer à la nouvelle version, c'est raisonnable.
Vous pouvez donc émettre la facture.

Bien à vous,

Jean-Pierre Delhaye
Secrétaire - ULM Club de la Dendre
0475 31 62 08

@@ mfr004 | reply: confirm | ours: migterms | style: outlook
from: Olivier Dewez <olivier.dewez@skynet.be>
ref: OF-2026-9233
--
Bonjour,

Nous confirmons notre accord sur ces conditions.

Bien à vous,
Olivier Dewez

@@ mfr005 | reply: confirm | ours: setup | style: html
from: Aéro-Club de Monaco <secretariat@aeroclub.mc>
ref: OF-2026-9454
--
Madame, Monsieur,

Nous souhaitons souscrire au forfait paramétrage. Le questionnaire pourra être adressé à notre secrétariat, qui le fera remplir par notre chef pilote.

Avec nos remerciements,
Le secrétariat

@@ mfr006 | reply: confirm | ours: testplat | style: android
from: teva.teriierooiterai@mail.pf
ref: OF-2026-9348
--
oui svp creez la, merci beaucoup

@@ mfr007 | reply: confirm | ours: testplat | style: plain
from: Guillaume Simard <admin@pilotagecharlevoix.ca>
ref: OF-2026-9338
--
Bonjour,

Oui, allez-y. Si possible une copie de notre plateforme plutôt que de la démo, pour tester avec nos vraies données.

Merci,
Guillaume

@@ mfr008 | reply: question | ours: reset | style: gmail
from: Adama Sawadogo <a.sawadogo.bf@gmail.com>
ref: OF-2026-9361
--
Bonjour,

Je suis le nouveau secrétaire de l'aéro-club, c'est moi qui vous avais fait la demande. Je dois d'abord voir avec le président si le club accepte de payer les 30 euros. Je reviens vers vous rapidement.

Adama Sawadogo

@@ mfr009 | reply: confirm | ours: setup | style: plain
from: Nathalie Delpech <n.delpech@garonnevol.fr>
ref: OF-2026-9492
--
Bonjour,
C'est d'accord pour le forfait.
Nathalie

@@ mfr010 | reply: confirm | ours: migterms | style: plain | figs: nbd=1, nbm=3
from: Stéphane Gerber <stephane.gerber@bluewin.ch>
ref: OF-2026-9523
--
Bonjour,

D'accord : pas avant le 1er mars 2027, et on a bien compris qu'il n'y a pas de retour en arrière.
Idéalement un mardi, c'est la soirée du comité et on pourrait tester tout de suite ensemble, mais on fera avec ce que vous pourrez.

Salutations
Stéphane

@@ mfr011 | reply: confirm | ours: migfee | style: apple
from: Wilfrid Fleming <wilfrid.fleming@orange.fr>
ref: OF-2026-9354
--
Yes, go ahead, on garde la migration. Merci !
Wilfrid

Envoyé de mon iPhone

@@ mfr012 | reply: refuse | ours: pool | style: plain
from: Teva Teriierooiterai <aeroclub.isv@mail.pf>
ref: OF-2026-9513
--
Ia ora na,

Merci, mais cette fonction ne nous servira pas vraiment ici, nous n'avons pas de planeurs. Nous préférons garder nos heures.

Teva

@@ mfr013 | reply: confirm | ours: alpha | style: android | qpos: above
from: bertrand.maillot52@orange.fr
ref: OF-2026-9322
--
Oui on accepte, on est prévenus !
Bertrand

@@ mfr014 | reply: confirm | ours: estimate | style: gmail
from: Julie Poulin <julie.poulin@sogetel.net>
ref: OF-2026-9385
--
Bonjour,

C'est correct pour nous, allez-y.

Merci et bonne fin de semaine!
Julie Poulin
Club aéronautique de la Beauce

@@ mfr015 | reply: question | ours: devest | style: plain
from: Aéro-Club de Monaco <secretariat@aeroclub.mc>
ref: OF-2026-9439
--
Bonjour,

Je vous écris pour le président, M. Giordano, actuellement en convoyage. Il prendra connaissance de votre devis à son retour la semaine prochaine et vous répondra directement.

Cordialement,
Sandrine Bellando
Secrétariat

@@ mfr016 | reply: confirm | ours: email | style: plain | qpos: above
from: sylvain.ragot18@laposte.net
ref: OF-2026-9564
--
Ok allez y.
Sylvain

@@ mfr017 | reply: confirm | ours: overrun | style: plain | figs: d=6, b=2
from: Loïc Guérin <contact@aeroclub-retz.fr>
ref: OF-2026-9117
--
Bonjour,

D'accord pour les 4 h supplémentaires, soit 240 € HT. Merci d'envoyer la facture à notre trésorier, tresorier@aeroclub-retz.fr.

Loïc Guérin
Aéro-Club du Pays de Retz

@@ mfr018 | reply: refuse | ours: testplat | style: plain
from: Trésorerie ACTM <tresorerie@aeroclubtournai.be>
ref: OF-2026-9525
--
Bonjour,

C'est gentil mais on l'a créée nous-mêmes hier soir, ça a pris deux minutes. Merci !

Marc Van Hove

@@ mfr019 | reply: confirm | ours: overrun | style: gmail
from: Stéphane Gerber <stephane.gerber@bluewin.ch>
ref: OF-2026-9248
--
Bonjour,

On en a parlé au comité. Le module pour les treuillées va nous faire gagner un temps fou à chaque journée de vol, même si ça dépasse notre crédit ça vaut la peine. On accepte.

Adieu et merci,
Stéphane

@@ mfr020 | reply: question | ours: alpha | style: plain
from: Teva Teriierooiterai <aeroclub.isv@mail.pf>
ref: OF-2026-9262
--
Ia ora na,

Peut-on d'abord essayer l'alpha sur une plateforme de test, avant de basculer la vraie ? On décidera après.

Teva

@@ mfr021 | reply: question | ours: reset | style: plain
from: Dominique Lefebvre <dom.lefebvre62@wanadoo.fr>
ref: OF-2026-9334
--
Bonjour,

Le lien « Mot de passe oublié » envoie le mail à quelle adresse ? Si c'est celle de l'ancien président, on ne pourra jamais le récupérer et il faudra bien que vous le fassiez.

Dominique Lefebvre

@@ mfr022 | reply: question | ours: estimate | style: plain
from: Aéro-Club de Monaco <secretariat@aeroclub.mc>
ref: OF-2026-9569
--
Monsieur,

J'ai transmis votre estimation au comité directeur, qui se réunit le 12 de ce mois. Vous aurez notre réponse dans la foulée.

Bien cordialement,
Le secrétariat de l'Aéro-Club de Monaco

@@ mfr023 | reply: refuse | ours: reset | style: plain
from: ULM Club de la Dendre <ulmdendre@telenet.be>
ref: OF-2026-9515
--
Bonjour,

Nous allons faire la manipulation nous-mêmes, inutile de payer pour ça. Merci pour l'info.

À tantôt,
Jean-Pierre

@@ mfr024 | reply: confirm | ours: testplat | style: gmail
from: Mamadou Diop <mamadou.diop@orange.sn>
ref: OF-2026-9150
--
Bonjour,

Oui, créez-la pour nous s'il vous plaît.

Merci.
Mamadou Diop

@@ mfr025 | reply: refuse | ours: reset | style: outlook
from: Trésorerie ACML <acmoselle.tresorier@pt.lu>
ref: OF-2026-9324
--
Bonjour,

Merci, mais ce ne sera pas nécessaire : j'ai retrouvé le mot de passe dans le classeur du club. Affaire classée de notre côté.

Cordialement,
Nicolas Thill
Trésorier

@@ mfr026 | reply: refuse | ours: reset | style: apple
from: Wilfrid Fleming <acsxm.grandcase@orange.fr>
ref: OF-2026-9452
--
Non merci, c'est réglé, le lien a fonctionné du premier coup.
Bonne journée

Envoyé de mon iPhone

@@ mfr027 | reply: confirm | ours: migterms | style: plain
from: Teva Teriierooiterai <teva.teriierooiterai@mail.pf>
ref: OF-2026-9466
--
Ia ora na,

C'est noté, nous sommes d'accord avec ces conditions.

Teva

P.S. Notre trésorier a changé le mois dernier, je mettrai à jour la fiche client moi-même.

@@ mfr028 | reply: confirm | ours: migterms | style: gmail
from: Julie Poulin <julie.poulin@sogetel.net>
ref: OF-2026-9501
--
Bonjour,

C'est beau, on accepte les conditions. Merci!

Julie

@@ mfr029 | reply: question | ours: setup | style: gmail | figs: p=240
from: Julie Poulin <julie.poulin@sogetel.net>
ref: OF-2026-9363
--
Bonjour,

Les 240 € HT, ça fait combien en dollars canadiens à peu près, et est-ce qu'il y a des taxes à ajouter pour un club au Québec ? Je dois présenter le montant exact au CA avant de dire oui.

Julie

@@ mfr030 | reply: confirm | ours: alpha | style: plain | figs: v=4
from: Aéro-Club de Tournai-Maubray <secretariat@aeroclubtournai.be>
ref: OF-2026-9232
--
Bonjour,

Nous acceptons les conditions de la 4.0alpha. Notre vice-président est informaticien et il a hâte de tester, les menus qui bougent ne lui font pas peur.

Bien à vous,
Anne-Sophie Lemaire

@@ mfr031 | reply: refuse | ours: alpha | style: outlook
from: Laurent Giordano <l.giordano@monaco.mc>
ref: OF-2026-9331
--
Monsieur,

Au vu des conditions exposées, le Bureau a décidé de renoncer au passage sur la version de développement. Nous attendrons la version stable.

Veuillez agréer, Monsieur, mes salutations distinguées.

Laurent Giordano

@@ mfr032 | reply: confirm | ours: pool | style: plain
from: Aïcha Kouassi <a.kouassi@epa-abidjan.ci>
ref: OF-2026-9193
--
Bonjour,

Nous sommes d'accord pour mutualiser. Merci de nous tenir informés de la date de livraison prévue.

Cordialement,
Aïcha Kouassi

@@ mfr033 | reply: refuse | ours: migterms | style: android
from: info@aerobeauce.qc.ca
ref: OF-2026-9317
--
Bonjour, on annule la migration, le CA a décidé d'attendre la prochaine saison. Merci

@@ mfr034 | reply: confirm | ours: devest | style: outlook
from: Hélène Vautrin <helene.vautrin55@free.fr>
ref: OF-2026-9531
--
Bonjour,

Nous acceptons le devis.
Si d'autres clubs veulent participer au financement nous sommes évidemment preneurs, mais ce n'est pas une condition de notre côté.

Bien cordialement,
Hélène Vautrin
CVV de la Woëvre

@@ mfr035 | reply: question | ours: migfee | style: gmail
from: Sylvain Ragot <ulmpaysfort@laposte.net>
ref: OF-2026-9472
--
Bonjour,

Je voudrais savoir si les 50 € HT c'est une seule fois ou si ça revient à chaque mise à jour. Parce que si c'est à chaque fois ça ne va pas le faire pour un petit club comme le nôtre.

Sylvain

@@ mfr036 | reply: question | ours: estimate | style: outlook | figs: h=3
from: Nathalie Delpech <n.delpech@garonnevol.fr>
ref: OF-2026-9345
--
Bonjour,

3 h, cela me paraît beaucoup pour l'ajout d'une colonne dans l'export des heures de vol. Pouvez-vous me détailler ce qui est compté ?

Nathalie Delpech
Présidente - Garonne Vol Formation

@@ mfr037 | reply: question | ours: devest | style: plain
from: Loïc Guérin <loic.guerin44@orange.fr>
ref: OF-2026-9132
--
Bonjour,

Le devis nous intéresse, mais la part facturée est lourde pour nous seuls. Pourriez-vous publier l'idée sur le forum pour trouver d'autres clubs ? Si nous sommes plusieurs, nous signons tout de suite.

Loïc Guérin

@@ mfr038 | reply: question | ours: migfee | style: gmail
from: Luc Vandamme <luc.vandamme@hotmail.com>
ref: OF-2026-9432
--
Bonjour,

Je suis pilote au club de la Dendre et c'est un peu moi qui m'occupe de l'informatique. C'est moi qui vous avais écrit pour la migration, mais pour tout ce qui est paiement je ne peux pas engager le club. Je transfère votre message à Jean-Pierre Delhaye, notre secrétaire, qui vous répondra.

Bonne journée,
Luc

@@ mfr039 | reply: refuse | ours: testplat | style: plain
from: Loïc Guérin <contact@aeroclub-retz.fr>
ref: OF-2026-9236
--
Bonjour,
Non merci, on va la créer nous-mêmes.
Loïc

@@ mfr040 | reply: refuse | ours: pool | style: apple
from: Loïc Guérin <loic.guerin44@orange.fr>
ref: OF-2026-9355
--
Non merci, pas pour nous.
Loïc

Envoyé de mon iPhone

@@ mfr041 | reply: question | ours: testplat | style: plain
from: Sylvie Veilleux <sylvie.veilleux@videotron.ca>
ref: OF-2026-9289
--
Bonjour,

Je suis la secrétaire du club. Julie Poulin est en vacances jusqu'au 3 et c'est elle qui s'occupe de ça, je lui laisse votre message pour son retour.

Bonne journée,
Sylvie Veilleux

@@ mfr042 | reply: question | ours: devest | style: html | note: a yes with a question beside it: never a plain confirmation, staff answer the question
from: Aïcha Kouassi <direction@epa-abidjan.ci>
ref: OF-2026-9149
--
Madame, Monsieur,

Par la présente, nous acceptons votre devis de développement tel que chiffré dans votre message. Nous restons bien entendu intéressés si d'autres structures souhaitent y participer.

Par ailleurs, une question qui n'a rien à voir : le module de suivi des licences permet-il de gérer les licences délivrées par l'ANAC de Côte d'Ivoire, ou seulement les licences européennes ?

Cordialement,
Aïcha Kouassi
Directrice, École de Pilotage d'Abidjan SA

@@ mfr043 | reply: question | ours: migterms | style: plain
from: Fatou Ndiaye <tresorerie.acdakar@gmail.com>
ref: OF-2026-9199
--
Bonjour,

Nous avons encore la facture de renouvellement en attente de virement, la banque traîne un peu. Est-ce que cela bloque tout ? Dans ce cas, nous préférons attendre que tout soit réglé avant de vous confirmer.

Fatou Ndiaye
Trésorière

@@ mfr044 | reply: question | ours: migterms | style: outlook | figs: nbd=10, nbm=2
from: Bertrand Maillot <bertrand.maillot52@orange.fr>
ref: OF-2026-9482
--
Bonjour,

Le 10 février 2027 nous convient. En revanche il nous faudrait au moins une semaine de préavis avant la migration, pour prévenir les membres. Si vous pouvez vous y engager, nous confirmons.

Cordialement
Bertrand Maillot

@@ mfr045 | reply: confirm | ours: pool | style: plain | figs: h=2, b=5 | qpos: above
from: Olivier Dewez <olivier.dewez@skynet.be>
ref: OF-2026-9538
--
Bonjour,

Oui, nous participons avec 2 h.

Bien à vous,
O. Dewez

@@ mfr046 | reply: confirm | ours: testplat | style: outlook
from: Bertrand Maillot <bertrand.maillot52@orange.fr>
ref: OF-2026-9310
--
Bonjour,

Oui merci, je préfère que vous la fassiez, je ne suis pas très à l'aise avec le compte client. La demi-heure, pas de souci.

Bertrand Maillot

@@ mfr047 | reply: confirm | ours: reset | style: alt
from: Paul Hoffmann <paul.hoffmann@pt.lu>
ref: OF-2026-9174
--
Bonjour,

Oui merci, nous préférons que vous vous en occupiez.

Bonne fin de journée,
Paul Hoffmann
Président, Aéro-Club de la Moselle luxembourgeoise

@@ mfr048 | reply: confirm | ours: estimate | style: outlook | figs: h=2
from: Bertrand Maillot <bertrand.maillot52@orange.fr>
ref: OF-2026-9330
--
Bonjour,

Ok pour les 2 heures, vous pouvez planifier.

Cordialement
Bertrand Maillot
Président - Aéro-Club du Plateau de Langres
06 82 14 37 90

@@ mfr049 | reply: confirm | ours: devest | style: plain | figs: d=12, h=8
from: Guillaume Simard <g.simard@pilotagecharlevoix.ca>
ref: OF-2026-9107
--
Bonjour,

Parfait, on va de l'avant avec le devis : 8 h sur nos heures bonus et les 4 h restantes facturées. Envoyez la facture à comptes@pilotagecharlevoix.ca s.v.p.

Merci!
Guillaume

@@ mfr050 | reply: refuse | ours: overrun | style: plain
from: Nathalie Delpech <direction@garonnevol.fr>
ref: OF-2026-9147
--
Bonjour,

Nous n'irons pas au-delà de notre crédit d'heures. Mettez cette demande de côté, nous la referons l'an prochain avec le nouveau quota.

Cordialement,
Nathalie Delpech

@@ mfr051 | reply: confirm | ours: estimate | style: plain
from: Stéphane Gerber <stephane.gerber@bluewin.ch>
ref: OF-2026-9100
--
Bonjour,

Le comité a voté pour à l'unanimité hier soir (cinq voix sur cinq). Vous pouvez planifier le travail.

Meilleures salutations
Stéphane Gerber
Chef technique, GVV Jura bernois

@@ mfr052 | reply: confirm | ours: alpha | style: outlook
from: Mamadou Diop <mamadou.diop@orange.sn>
ref: OF-2026-9578
--
Bonjour,

Nous avons bien noté que la version alpha évolue sans préavis et qu'il n'y a pas de retour possible. Nous acceptons ces conditions.

Cordialement,
Mamadou Diop

@@ mfr053 | reply: confirm | ours: overrun | style: outlook
from: Comptabilité EPA <comptabilite@epa-abidjan.ci>
ref: OF-2026-9397
--
Bonjour,

Bon pour accord, Mme Kouassi a validé la dépense ce matin. Merci de nous adresser une facture pro forma pour notre dossier.

Cordialement,
Service comptabilité
École de Pilotage d'Abidjan SA

@@ mfr054 | reply: confirm | ours: alpha | style: apple
from: Hélène Vautrin <helene.vautrin55@free.fr>
ref: OF-2026-9379
--
D'accord pour nous, vous pouvez passer en alpha.
Hélène

Envoyé de mon iPhone

@@ mfr055 | reply: question | ours: email | style: gmail
from: Wilfrid Fleming <wilfrid.fleming@orange.fr>
ref: OF-2026-9528
--
Bonjour,

Avant de payer 30 €, est-ce que l'adresse change aussi pour les rappels de renouvellement, ou seulement pour les factures ?

Wilfrid

@@ mfr056 | reply: question | ours: migfee | style: plain
from: Issouf Ouédraogo <aeroclub.ouaga@yahoo.fr>
ref: OF-2026-9142
--
Bonjour Monsieur,

Nous avons bien reçu votre message et nous vous en remercions.
Le bureau se réunit le premier samedi du mois ; je lui soumettrai la question et je reviendrai vers vous ensuite.

Cordialement,
Issouf Ouédraogo
Président, Aéro-Club de Ouagadougou

@@ mfr057 | reply: question | ours: overrun | style: plain
from: Trésorerie CVV Woëvre <tresorerie@cvv-woevre.fr>
ref: OF-2026-9412
--
Bonjour,

Est-ce que la facture peut être étalée entre 2026 et 2027 ? Si oui, on valide.

Bernard Colin
Trésorier

@@ mfr058 | reply: refuse | ours: email | style: android
from: aeroclub.ouaga@yahoo.fr
ref: OF-2026-9506
--
bonjour
non merci on va le faire nous meme
bonne journee

@@ mfr059 | reply: confirm | ours: estimate | style: plain | figs: h=1, b=3
from: Teva Teriierooiterai <teva.teriierooiterai@mail.pf>
ref: OF-2026-9201
--
Ia ora na,

D'accord pour 1 h, il nous en restera 2 pour finir l'année, ça ira.
Si vous devez nous appeler, attention au décalage : nous avons 11 heures de retard sur Paris (12 en été chez vous).

Māuruuru,
Teva

@@ mfr060 | reply: refuse | ours: devest | style: gmail
from: Mamadou Diop <mamadou.diop@orange.sn>
ref: OF-2026-9226
--
Bonjour,

Merci pour le chiffrage. Pas cette année malheureusement : nos finances ont été absorbées par la révision du moteur du 6V-AHK. Nous reviendrons vers vous l'an prochain.

Mamadou

@@ mfr061 | reply: question | ours: testplat | style: plain
from: Laurent Giordano <l.giordano@monaco.mc>
ref: OF-2026-9161
--
Bonjour,

Merci pour votre message.

Cordialement,
Laurent Giordano

@@ mfr062 | reply: confirm | ours: email | style: plain
from: Issouf Ouédraogo <issouf.ouedraogo@yahoo.fr>
ref: OF-2026-9417
--
Monsieur,

Suite à votre courriel, nous vous confirmons que nous souhaitons que vous procédiez vous-mêmes à la mise à jour de l'adresse e-mail de notre fiche client, moyennant les 30 € HT indiqués.

Veuillez agréer, Monsieur, l'expression de nos salutations distinguées.

Le Président
Issouf Ouédraogo

@@ mfr063 | reply: confirm | ours: migfee | style: outlook
from: Dominique Lefebvre <dom.lefebvre62@wanadoo.fr>
ref: OF-2026-9122
--
Bonjour,

Oui, on maintient. La facture peut être adressée au trésorier comme d'habitude.

Dominique Lefebvre
Aéro-Club de l'Audomarois

P.S. : nos deux avions partent en visite annuelle en novembre ; si la migration pouvait tomber à ce moment-là ce serait l'idéal, mais on s'adaptera.

@@ mfr064 | reply: question | ours: overrun | style: outlook | figs: d=7, b=3
from: Bertrand Maillot <aeroclub.langres@orange.fr>
ref: OF-2026-9484
--
Bonjour,

240 € HT, c'est au-dessus de ce que je peux engager seul : au-delà de 150 € il faut l'accord du bureau. Je vous redis après notre réunion du 20.

Cordialement
Bertrand Maillot

@@ mfr065 | reply: refuse | ours: overrun | style: android
from: aeroclub.dakar@orange.sn
ref: OF-2026-9546
--
bonjour, on ne peut pas payer en plus cette annee, on annule la demande. merci

@@ mfr066 | reply: refuse | ours: estimate | style: android
from: bertrand.maillot52@orange.fr
ref: OF-2026-9237
--
Bonjour, on laisse tomber pour cette fois, on garde nos heures pour autre chose.
Bertrand

@@ mfr067 | reply: refuse | ours: estimate | style: plain
from: Mamadou Diop <mamadou.diop@orange.sn>
ref: OF-2026-9442
--
Bonjour,

Le bureau a décidé de ne pas donner suite à cette demande pour le moment.

Nous vous remercions.
Mamadou Diop
Président de l'Aéro-Club de Dakar

@@ mfr068 | reply: confirm | ours: migfee | style: html
from: Aéro-Club de la Moselle <acmoselle@pt.lu>
ref: OF-2026-9487
--
Bonjour,

Je vous écris au nom de notre président, M. Hoffmann, qui est en déplacement cette semaine.
Il m'a chargée de vous confirmer que nous maintenons la demande de migration, et que nous avons bien compris qu'elle sera définitive.
Merci de nous faire parvenir la facture.

Avec nos salutations,
Carole Schmit
Secrétaire
Aéro-Club de la Moselle luxembourgeoise asbl

@@ mfr069 | reply: confirm | ours: estimate | style: html
from: Loïc Guérin <loic.guerin44@orange.fr>
ref: OF-2026-9425
--
Bonjour,

Feu vert de notre côté.

Loïc

P.S. Nous avons un nouveau mécanicien bénévole qui aimerait consulter les carnets de route ; je regarderai moi-même dans la gestion des profils comment lui donner un accès en lecture.

@@ mfr070 | reply: question | ours: reset | style: gmail
from: Sylvain Ragot <ulmpaysfort@laposte.net>
ref: OF-2026-9282
--
Merci pour l'explication, je regarde ça ce soir.
Sylvain

@@ mfr071 | reply: refuse | ours: overrun | style: outlook
from: Guillaume Simard <g.simard@pilotagecharlevoix.ca>
ref: OF-2026-9179
--
Bonjour,

On va passer notre tour. À ce prix-là, on préfère garder notre façon de faire actuelle avec le chiffrier Excel.

Merci quand même pour l'analyse.

Guillaume Simard
Directeur
Académie de pilotage Charlevoix inc.

@@ mfr072 | reply: refuse | ours: testplat | style: outlook
from: Aïcha Kouassi <a.kouassi@epa-abidjan.ci>
ref: OF-2026-9102
--
Bonjour,

Nous n'en avons finalement plus besoin : la formation de nos nouveaux instructeurs se fera directement sur la plateforme de production.

Merci,
Cordialement,
Aïcha Kouassi

@@ mfr073 | reply: confirm | ours: estimate | style: outlook
from: Aïcha Kouassi <a.kouassi@epa-abidjan.ci>
ref: OF-2026-9260
--
Bonjour,

Accord pour cette intervention. Si possible, planifiez-la un lundi : c'est le jour où nous n'avons pas de vols école.

Cordialement,

Aïcha Kouassi
Directrice
École de Pilotage d'Abidjan SA
+225 27 21 58 44 10

@@ mfr074 | reply: question | ours: devest | style: gmail
from: Julie Poulin <info@aerobeauce.qc.ca>
ref: OF-2026-9440
--
Bonjour,

Est-ce que le devis tient toujours si on vous répond seulement à la fin janvier ? Notre AGA est le 18 janvier et c'est elle qui doit voter les dépenses de plus de 200 $.

Julie Poulin
Club aéronautique de la Beauce

@@ mfr075 | reply: question | ours: migterms | style: gmail
from: Thomas Aubry <thomas.aubry55@gmail.com>
ref: OF-2026-9398
--
Bonjour,

Je suis l'un des instructeurs du CVV, Hélène m'a fait suivre votre message. Je ne peux pas engager le club, c'est le bureau qui décidera, mais pour info il ne faudrait surtout pas que la migration tombe pendant le stage de Pâques.

Thomas Aubry

@@ mfr076 | reply: refuse | ours: migfee | style: gmail
from: Dominique Lefebvre <aeroclub.audomarois@gmail.com>
ref: OF-2026-9394
--
Bonjour,

Après réflexion, pas cette année. Le budget 2026 est bouclé depuis l'AG et je ne veux pas revenir devant le bureau pour 50 €. On en reparlera en 2027.

Bonne journée,
Dominique

@@ mfr077 | reply: question | ours: estimate | style: gmail
from: Martin Lessard <m.lessard@hotmail.com>
ref: OF-2026-9493
--
Bonjour,

Je suis instructeur au club, Julie m'a transféré votre courriel. Est-ce que l'intervention peut se faire en soirée, heure du Québec ? On a besoin du système toute la journée pour les vols.

Merci,
Martin Lessard

@@ mfr078 | reply: question | ours: migfee | style: plain
from: Paul Hoffmann <paul.hoffmann@pt.lu>
ref: OF-2026-9351
--
Madame, Monsieur,

Nous sommes d'accord pour la migration à condition qu'elle ait lieu après le 15 novembre, date de clôture de notre saison. Pouvez-vous nous le garantir ? Dans ce cas nous réglerons la facture sans délai.

Meilleures salutations,
Paul Hoffmann
Président

@@ mfr079 | reply: question | ours: alpha | style: plain
from: Stéphane Gerber <stephane.gerber@bluewin.ch>
ref: OF-2026-9453
--
Salut,

Avant de dire oui : les vols saisis pendant la phase alpha seront-ils conservés quand vous passerez à la 4 stable ? Si on risque de perdre les heures de la saison, on préfère attendre.

Stéphane

@@ mfr080 | reply: refuse | ours: estimate | style: apple
from: Nathalie Delpech <n.delpech@garonnevol.fr>
ref: OF-2026-9468
--
Non, pas la peine finalement : on change de logiciel de compta en janvier et cet export ne nous servira plus. Merci.
Nathalie

Envoyé de mon iPhone

@@ mfr081 | reply: refuse | ours: estimate | style: outlook
from: Olivier Dewez <olivier.dewez@skynet.be>
ref: OF-2026-9169
--
Bonjour,

Merci pour votre estimation. Entre-temps nous avons trouvé l'origine du problème : la case « réservation par type » était cochée sur deux de nos avions. Depuis que nous l'avons décochée, tout fonctionne. Inutile donc d'intervenir.

Bien à vous,
Olivier Dewez
Président - Aéro-Club de Tournai-Maubray

@@ mfr082 | reply: question | ours: estimate | style: gmail
from: Guillaume Simard <g.simard@pilotagecharlevoix.ca>
ref: OF-2026-9535
--
Allô,

Ça pourrait être correct, mais seulement si c'est fait avant le 1er décembre. Après, notre saison d'hiver commence et on ne veut plus aucun changement sur le système. Pouvez-vous me le confirmer?

Guillaume

@@ mfr083 | reply: refuse | ours: email | style: outlook
from: Paul Hoffmann <paul.hoffmann@pt.lu>
ref: OF-2026-9214
--
Bonjour,

Après discussion au comité, nous ne changeons finalement pas d'adresse : l'ancienne boîte reste active. Merci de ne rien faire.

Salutations,
Paul Hoffmann

@@ mfr084 | reply: confirm | ours: overrun | style: plain
from: Aéro-Club de Tournai-Maubray <secretariat@aeroclubtournai.be>
ref: OF-2026-9342
--
Bonjour,

L'assemblée générale de samedi a validé le budget informatique : nous acceptons donc le dépassement et la facture qui va avec.

Bien à vous,
Pour le comité,
Anne-Sophie Lemaire, secrétaire

@@ mfr085 | reply: question | ours: email | style: android | note: a yes with a question beside it: never a plain confirmation, staff answer the question
from: Jean-Pierre Delhaye <jp.delhaye@proximus.be>
ref: OF-2026-9401
--
Oui faites le changement svp.
Autre chose, est ce que vous savez si la mise a jour de la semaine passee a change l'affichage du planning ? Les membres trouvent que les creneaux sont plus petits sur telephone.
JP

@@ mfr086 | reply: refuse | ours: alpha | style: gmail
from: Julie Poulin <julie.poulin@sogetel.net>
ref: OF-2026-9167
--
Bonjour,

Après réflexion, on va attendre la version stable. Nos membres sont peu à l'aise avec l'informatique et des menus qui changent sans avertissement, ça ne passerait pas.

Merci quand même,
Julie

@@ mfr087 | reply: refuse | ours: setup | style: gmail
from: Hervé Moreau <tresorier@aeroclub-retz.fr>
ref: OF-2026-9406
--
Bonjour,

Le bureau a décidé de ne pas prendre le forfait : nous avons assez de bénévoles pour saisir les tarifs et les avions nous-mêmes. Merci pour la proposition.

Hervé Moreau
Trésorier, Aéro-Club du Pays de Retz

@@ mfr088 | reply: question | ours: testplat | style: gmail | qpos: above
from: Stéphane Gerber <stephane.gerber@bluewin.ch>
ref: OF-2026-9595
--
Bonjour,

J'aimerais savoir combien de temps elle reste en place, cette plateforme de test. Si elle disparaît au bout d'une semaine ce n'est pas la peine

Stéphane

@@ mfr089 | reply: confirm | ours: migfee | style: android
from: Issouf Ouédraogo <issouf.ouedraogo@yahoo.fr>
ref: OF-2026-9358
--
bonjour
oui on maintient la migration, envoyez la facture on paie par virement cette semaine
cordialement
issouf

Envoyé depuis mon appareil Android

@@ mfr090 | reply: question | ours: overrun | style: gmail | qpos: above
from: Julie Poulin <julie.poulin@sogetel.net>
ref: OF-2026-9581
--
Merci pour le suivi rapide.

Julie

@@ mfr091 | reply: refuse | ours: migfee | style: android
from: sylvain.ragot18@laposte.net
ref: OF-2026-9143
--
non merci on annule, le bureau prefere attendre
sylvain

@@ mfr092 | reply: confirm | ours: estimate | style: alt
from: Hélène Vautrin <secretariat@cvv-woevre.fr>
ref: OF-2026-9313
--
Bonjour,

Nous avons fait le point au bureau hier soir. La saisie des remorqués est vraiment pénible en l'état, les chefs de piste passent un temps fou à tout reprendre le soir, et la modification que vous nous avez décrite correspond à ce que demandaient nos instructeurs.

Donc c'est oui, vous pouvez planifier.

Hélène Vautrin
Secrétaire du CVV de la Woëvre

@@ mfr093 | reply: confirm | ours: reset | style: android
from: aeroclub.ouaga@yahoo.fr
ref: OF-2026-9533
--
Bonjour oui chargez vous en svp. merci d'avance

@@ mfr094 | reply: refuse | ours: migfee | style: plain
from: Wilfrid Fleming <acsxm.grandcase@orange.fr>
ref: OF-2026-9181
--
Bonjour,

Finalement on va rester sur la version actuelle, elle nous suffit largement pour deux avions. Annulez la demande svp.

Merci,
Wilfrid Fleming

@@ mfr095 | reply: question | ours: pool | style: plain
from: Stéphane Gerber <comite@vav-jurabernois.ch>
ref: OF-2026-9519
--
Bonjour,

Qui sont les autres structures et combien d'heures mettent-elles ? Avant de nous engager on aimerait savoir si notre part est proportionnée à l'usage qu'on en aura.

Stéphane Gerber

@@ mfr096 | reply: confirm | ours: migfee | style: plain
from: Sylvain Ragot <sylvain.ragot18@laposte.net>
ref: OF-2026-9572
--
Bonjour,

C'est bon pour nous, vous pouvez lancer la facture des 50 €.

Sylvain Ragot
ULM Club du Pays-Fort

@@ mfr097 | reply: refuse | ours: email | style: gmail
from: Sylvain Ragot <ulmpaysfort@laposte.net>
ref: OF-2026-9500
--
Bonjour,

Non, c'est bon : j'ai trouvé la rubrique et j'ai changé l'adresse moi-même. Merci !

Sylvain Ragot

@@ mfr098 | reply: question | ours: overrun | style: plain
from: Teva Teriierooiterai <aeroclub.isv@mail.pf>
ref: OF-2026-9400
--
Ia ora na,

Plutôt que de payer, est-ce qu'on pourrait utiliser les heures de l'année prochaine ? Rien ne presse pour nous, ça peut attendre janvier.

Teva

@@ mfr099 | reply: confirm | ours: pool | style: outlook
from: Laurent Giordano <l.giordano@monaco.mc>
ref: OF-2026-9256
--
Monsieur,

Le comité est favorable à notre participation dans les conditions que vous indiquez.

Veuillez agréer, Monsieur, l'expression de mes salutations distinguées.

Laurent Giordano
Président de l'Aéro-Club de Monaco

@@ mfr100 | reply: confirm | ours: migterms | style: plain | figs: v=4, nbd=15, nbm=1
from: Laurent Giordano <l.giordano@monaco.mc>
ref: OF-2026-9359
--
Monsieur,

Nous prenons bonne note que la migration vers la version 4 n'interviendra pas avant le 15 janvier 2027, qu'elle ne sera faite qu'une fois nos factures réglées, et qu'elle est définitive.

Nous vous confirmons notre accord sur ces conditions.

Veuillez agréer, Monsieur, l'expression de nos salutations distinguées.

Laurent Giordano
Président de l'Aéro-Club de Monaco

@@ mfr101 | reply: confirm | ours: setup | style: outlook
from: Mamadou Diop <aeroclub.dakar@orange.sn>
ref: OF-2026-9554
--
Bonjour,

Lors de sa réunion du 5, le comité directeur a approuvé le forfait paramétrage. Vous pouvez établir la facture.

Cordialement,
Mamadou Diop
Président, Aéro-Club de Dakar

@@ mfr102 | reply: confirm | ours: devest | style: gmail
from: Pierre-Yves Collot <tresorier.aclangres@gmail.com>
ref: OF-2026-9299
--
Bonjour,

Le CA a voté pour lors de sa réunion de samedi. Nous acceptons donc le devis.

Cordialement,
Pierre-Yves Collot
Trésorier, Aéro-Club du Plateau de Langres

@@ mfr103 | reply: question | ours: setup | style: outlook
from: Guillaume Simard <g.simard@pilotagecharlevoix.ca>
ref: OF-2026-9176
--
Bonjour,

Que comprend exactement la reprise des « profils » ? Nous avons six catégories de membres et trois tarifs d'instructeur. Si tout est repris, on prend le forfait.

Guillaume Simard
Directeur

@@ mfr104 | reply: question | ours: setup | style: plain
from: Olivier Dewez <secretariat@aeroclubtournai.be>
ref: OF-2026-9366
--
Bonjour,

Nous hésitons. Notre ancien trésorier avait tout paramétré lui-même lors de la mise en route et il serait peut-être prêt à recommencer. Je lui pose la question et je vous redis.

Olivier

@@ mfr105 | reply: confirm | ours: setup | style: outlook | figs: p=300
from: Hélène Vautrin <secretariat@cvv-woevre.fr>
ref: OF-2026-9200
--
Bonjour,

Oui, nous souscrivons au forfait paramétrage à 300 € HT. Vous pouvez envoyer le questionnaire à cette adresse.

Hélène Vautrin

@@ mfr106 | reply: question | ours: devest | style: outlook
from: Nathalie Delpech <n.delpech@garonnevol.fr>
ref: OF-2026-9292
--
Bonjour,

Sur le principe nous sommes d'accord, mais il nous faut un devis à votre en-tête avec votre numéro de TVA intracommunautaire pour le faire signer par notre gérant. Pouvez-vous nous l'envoyer ?

Cordialement,
Nathalie Delpech

@@ mfr107 | reply: refuse | ours: devest | style: android
from: bertrand.maillot52@orange.fr
ref: OF-2026-9551
--
Bonjour, finalement on retire notre demande de devis, un membre nous a fait un petit tableur qui fait l'affaire.
Bertrand

Envoyé de mon Galaxy

@@ mfr108 | reply: refuse | ours: setup | style: plain
from: Aïcha Kouassi <a.kouassi@epa-abidjan.ci>
ref: OF-2026-9154
--
Bonjour,

Non merci, notre responsable des opérations fera le paramétrage lui-même.

Aïcha Kouassi

@@ mfr109 | reply: confirm | ours: overrun | style: html
from: Laurent Giordano <l.giordano@monaco.mc>
ref: OF-2026-9498
--
Madame, Monsieur,

Le Bureau de l'Aéro-Club de Monaco a examiné votre estimation et a statué favorablement. Nous acceptons que les heures excédant notre crédit soient facturées.

Nous vous prions d'agréer, Madame, Monsieur, l'expression de nos salutations distinguées.

Laurent Giordano
Président

@@ mfr110 | reply: refuse | ours: devest | style: alt
from: Olivier Dewez <olivier.dewez@skynet.be>
ref: OF-2026-9137
--
Bonjour,

Le comité a examiné votre chiffrage lors de sa réunion de jeudi. Il estime que la somme restant à notre charge est trop élevée pour un club de notre taille, et préfère ne pas y donner suite.

Nous vous remercions pour le travail d'analyse.

Bien à vous,
Olivier Dewez, président

@@ mfr111 | reply: question | ours: pool | style: html
from: Hélène Vautrin <secretariat@cvv-woevre.fr>
ref: OF-2026-9126
--
Bonjour,

Merci d'avoir pensé à nous pour ce développement. Nous en parlerons à la prochaine réunion de bureau, début novembre.

Hélène

@@ mfr112 | reply: confirm | ours: pool | style: gmail | figs: h=1, b=4
from: Julie Poulin <julie.poulin@sogetel.net>
ref: OF-2026-9277
--
Salut,

Go pour 1 h! On est contents de voir que d'autres clubs veulent la même chose.

Julie

@@ mfr113 | reply: question | ours: email | style: plain
from: Aéro-Club de la Moselle <acmoselle@pt.lu>
ref: OF-2026-9430
--
Bonjour,

Notre trésorier est d'avis de le faire nous-mêmes, le président préfère que ce soit vous. Je vous tiens au courant dès qu'ils se seront mis d'accord.

Carole Schmit
Secrétaire

@@ mfr114 | reply: confirm | ours: reset | style: plain
from: Jean-Pierre Delhaye <jp.delhaye@proximus.be>
ref: OF-2026-9280
--
Bonjour,

Oui, faites-le s'il vous plaît. J'ai essayé trois fois le lien et je ne reçois rien, l'adresse enregistrée doit être une ancienne. Les 30 € ne posent pas de problème.

Jean-Pierre Delhaye

@@ mfr115 | reply: refuse | ours: migterms | style: alt
from: Hélène Vautrin <secretariat@cvv-woevre.fr>
ref: OF-2026-9113
--
Bonjour,

Nous avons relu les conditions à tête reposée. Une migration définitive juste avant la reprise de la saison, c'est trop risqué pour nous. Nous retirons notre demande et la referons plus tard.

Hélène Vautrin

@@ mfr116 | reply: refuse | ours: pool | style: outlook
from: Nathalie Delpech <n.delpech@garonnevol.fr>
ref: OF-2026-9485
--
Bonjour,

Nous avons déjà consommé une bonne partie de nos heures cette année et préférons garder le reste pour l'assistance. Nous ne participerons donc pas.

Cordialement,
Nathalie Delpech

@@ mfr117 | reply: confirm | ours: devest | style: apple
from: Teva Teriierooiterai <teva.teriierooiterai@mail.pf>
ref: OF-2026-9592
--
Ok pour le devis, on accepte.
Māuruuru
Teva

Envoyé de mon iPad

@@ mfr118 | reply: confirm | ours: devest | style: plain | figs: d=10, h=5
from: Reto Schaller <caisse@vav-jurabernois.ch>
ref: OF-2026-9343
--
Bonjour,

Devis accepté : 10 heures, dont 5 sur nos heures de bonus et 5 facturées à 60 € HT. Nous paierons par virement, comme d'habitude.

Meilleures salutations
Reto Schaller
Caissier, GVV Jura bernois

@@ mfr119 | reply: confirm | ours: estimate | style: gmail | figs: h=3, b=5
from: Fatou Ndiaye <tresorerie.acdakar@gmail.com>
ref: OF-2026-9267
--
Bonjour,

Le président m'a demandé de vous répondre : c'est d'accord pour les 3 h prises sur notre crédit.

Merci pour votre diligence.
Cordialement,
Fatou Ndiaye
Trésorière, Aéro-Club de Dakar

@@ mfr120 | reply: confirm | ours: reset | style: outlook
from: Wilfrid Fleming <wilfrid.fleming@orange.fr>
ref: OF-2026-9449
--
Bonjour,

Allez-y. Je n'ai plus accès à l'ancienne boîte depuis le départ du trésorier, donc le lien ne m'aide pas.
Merci d'envoyer le nouveau mot de passe à cette adresse-ci.

Cordialement,
W. Fleming
Aéro-Club de Saint-Martin Grand-Case
"""
