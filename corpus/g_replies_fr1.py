"""Set g, first batch of French replies to our messages (confirm, refuse, question), from the French-speaking
clients of ``g_clients_fr`` (France incl. overseas, Belgium, Switzerland, Québec)."""

DEFAULTS = {"lang": "fr"}

TEXT = r"""
@@ gfr001 | reply: confirm | from: Patrick Langlois <p.langlois95@orange.fr> | ref: OF-2026-3001 | ours: estimate | style: plain | noquote: 1 | note: two-word go-ahead, no quote, no "oui"
--
Feu vert.

P. Langlois

@@ gfr002 | reply: refuse | from: cvv.bresse@wanadoo.fr | ref: OF-2026-3002 | ours: migfee | style: outlook
--
Bonjour,

Nous en avons discuté au comité hier soir. Personne au club ne ressent le besoin de changer de version, et dépenser 50 € pour une migration dont on n'a pas l'usage ne passera pas auprès des membres. Nous restons en 3.5 tant que tout fonctionne ; vous pouvez classer la demande.

Cordialement,

Gérard Bouvier
Président – Club de Vol à Voile de la Bresse
Aérodrome de Bourg-Ceyzériat, 01250 Ceyzériat
Tél. 04 74 30 18 62 – permanence le samedi de 9h à 12h
Saison : avril à octobre, vols tous les week-ends et jours fériés

@@ gfr003 | reply: question | from: Ludovic Guérin <l.guerin@atlantique-pilotage.fr> | ref: OF-2026-3003 | ours: devest | style: outlook | figs: d=14,h=6 | note: interested but needs the manager's approval, and asks to split the invoice
--
Bonjour,

Merci pour ce chiffrage détaillé. Sur le principe le développement nous intéresse, mais je ne peux pas engager 480 € HT sans l'aval de notre gérant, en déplacement jusqu'au 27. Je reviens vers vous dès son retour.

Par ailleurs, serait-il envisageable de répartir les 8 h facturées sur deux factures, l'une en décembre et l'autre en janvier ? Cela nous arrangerait pour la clôture de l'exercice.

Bien cordialement,

Ludovic Guérin
Responsable pédagogique
Atlantique Pilotage Formation SARL – ATO FR.ATO.0417
Aérodrome de La Baule-Escoublac, 44500 La Baule
Tél. 02 40 60 27 13 – Port. 06 62 81 04 39
Accueil du mardi au samedi, 8h30-12h / 13h30-18h

@@ gfr004 | reply: confirm | from: Chantal Perreau <chantal.perreau58@orange.fr> | ref: OF-2026-3004 | ours: testplat | style: gmail | note: yes plus unrelated thanks
--
Bonjour,

Oui, créez-nous la plateforme s'il vous plaît : je ne suis pas très à l'aise avec le compte client et je préfère que ce soit fait proprement. La demi-heure sur nos heures, aucun problème.

Au passage, merci encore pour le coup de main de la semaine dernière sur les vols découverte, les bons cadeaux sortent enfin correctement.

Bonne journée,
Chantal Perreau
AC du Morvan

@@ gfr005 | reply: refuse | from: Nadège Bréard <secretariat.accotentin@gmail.com> | ref: OF-2026-3005 | ours: reset | style: gmail | note: "c'est bon" = solved it herself with the link, so no paid reset
--
Bonjour,

C'est bon, j'ai fini par recevoir le mail de réinitialisation, il était parti dans les indésirables. Pas besoin que vous interveniez donc.

Merci quand même et bonne fin de semaine,
Nadège
Secrétariat AC Cotentin

@@ gfr006 | reply: question | from: Marc Lambotte <marc.lambotte@skynet.be> | ref: OF-2026-3006 | ours: pool | style: plain
--
Bonjour,

Avant de vous répondre, pourriez-vous me dire quelles sont les autres structures qui participent ? Et s'agit-il bien de l'export vers le carnet de vol électronique dont nous avions parlé au téléphone avec votre collègue ? Si c'est ça, ça nous intéresse, mais je voudrais savoir à quoi je m'engage avant de mettre nos heures dans le pot.

Bien à vous,

Marc Lambotte
Président – Royal Aéro-Club du Condroz
Route de l'Aérodrome 4, 5590 Ciney
GSM +32 475 28 41 90

@@ gfr007 | reply: confirm | from: Isabelle Marchais <isabelle.marchais41@gmail.com> | ref: OF-2026-3007 | ours: alpha | style: apple
--
Bonsoir,

On accepte. On sait à quoi s'attendre : deux membres du bureau sont informaticiens et ont hâte de tester les nouveautés de la 4. Si des choses cassent, on vous fera remonter les anomalies proprement.

Isabelle

Envoyé de mon iPhone

@@ gfr008 | reply: refuse | from: info@leman-aviation.ch | ref: OF-2026-3008 | ours: setup | style: outlook | note: Swiss "à l'interne"; polite refusal
--
Bonjour,

Nous vous remercions de votre proposition. Après examen, nous effectuerons le paramétrage à l'interne : notre chef-pilote connaît bien l'outil et les grilles tarifaires sont déjà prêtes. Nous ne souscrirons donc pas au forfait.

Avec nos meilleures salutations,

Léman Aviation SA
Secrétariat
Aéroport de Lausanne-Blécherette, Av. du Grey 109, 1018 Lausanne
+41 21 646 12 80 – lu-ve 8h00-17h30

@@ gfr009 | reply: confirm | from: Sylvain Gagnon <sylvain.gagnon@videotron.ca> | ref: OF-2026-3009 | ours: migterms | style: plain | qpos: above | note: Quebec French ("c'est beau", "fin de semaine")
--
Bonjour,

C'est beau pour nous, on est d'accord avec les conditions. On comprend que vous ne pouvez pas garantir la date exacte, pas de problème.

Bonne fin de semaine!

Sylvain Gagnon
Président, Club de pilotes de Lanaudière
Tél. : 450 555-0182

@@ gfr010 | reply: question | from: tresorerie@achautesvosges.fr | ref: OF-2026-3010 | ours: overrun | style: outlook | figs: d=7,b=3 | note: agreement depends on the invoice being issued in January
--
Bonjour,

Notre exercice comptable se termine le 31 décembre et le poste informatique est déjà épuisé. Serait-il possible d'émettre la facture des 4 heures (240 € HT) en janvier plutôt que maintenant ? Dans ce cas je pense que le bureau acceptera sans difficulté.

Cordialement,

Annie Valdenaire
Trésorière – Aéro-Club des Hautes-Vosges
Aérodrome de Saint-Dié-Remomeix
03 29 56 14 07 (répondeur, je rappelle le soir)

@@ gfr011 | reply: confirm | from: ulmcamarguepassion@gmail.com | ref: OF-2026-3011 | ours: email | style: android | note: phone mail, abbreviations
--
oui allez y pour les 30e, c plus simple que de chercher dans le compte
Fred

Envoyé depuis mon appareil Galaxy

@@ gfr012 | reply: refuse | from: tresorier.acsr@gmail.com | ref: OF-2026-3012 | ours: estimate | style: gmail | figs: h=3 | note: "d'accord avec vous" but declines
--
Bonjour,

D'accord avec vous que ce serait pratique, mais 3 heures pour un export qu'on fait à la main sous Excel en dix minutes par mois, on ne va pas le faire. On garde nos heures pour plus important.

Bonne journée de La Réunion (déjà 30° à 9h du matin...)

Thierry Hoarau
Trésorier ACSR
0692 41 27 56

@@ gfr013 | reply: confirm | from: Karine Tremblay <direction@aviationsaguenay.ca> | ref: OF-2026-3013 | ours: devest | style: outlook | figs: d=12,h=8
--
Bonjour,

Bon pour accord sur le devis : 8 h sur notre banque d'heures et 4 h facturées. Vous pouvez aller de l'avant.

Merci à toute l'équipe,

Karine Tremblay
Directrice des opérations
École d'aviation du Saguenay inc.
Aéroport de Saint-Honoré (CYRC)
418 555-0147, poste 2
Heures d'ouverture : lun. au ven. 7 h 30 à 17 h, sam. 8 h à 12 h

@@ gfr014 | reply: question | from: Beat Dousse <caissier@gvv-gruyere.ch> | ref: OF-2026-3014 | ours: testplat | style: plain
--
Bonjour,

Deux choses avant de vous dire oui ou non. Combien de temps reste-t-elle active, cette plateforme de test ? Et les pilotes recevront-ils des e-mails si on fait des essais de réservation dessus ? On ne voudrait pas que nos nonante membres reçoivent de fausses notifications.

Salutations
Beat Dousse, caissier GVV Gruyère

@@ gfr015 | reply: confirm | from: acardeche.meridionale@laposte.net | ref: OF-2026-3015 | ours: migfee | style: plain | note: no accents
--
bonjour

ok on maintient la migration. la facture sera reglee par virement des qu'elle apparait dans le compte client.

cdt
Serge Chabert
AC Ardeche Meridionale - aerodrome d'Aubenas-Ruoms
06 81 22 47 09

@@ gfr016 | reply: question | from: aeroclub.ajoie@bluewin.ch | ref: OF-2026-3016 | ours: reset | style: gmail
--
Bonjour,

J'ai essayé le lien trois fois, je ne reçois aucun e-mail. Il part sur quelle adresse ? Peut-être l'ancienne du président, qui n'existe plus... Dans ce cas, est-ce que le lien peut quand même marcher ou faut-il forcément passer par vous ?

Meilleures salutations
Laurent Fleury
Aéro-Club d'Ajoie, Porrentruy

@@ gfr017 | reply: refuse | from: Rodolphe Célestine <r.celestine972@orange.fr> | ref: OF-2026-3017 | ours: alpha | style: outlook
--
Bonjour,

Après réflexion et discussion avec les instructeurs, nous préférons ne pas passer sur l'alpha : trop de risques pour l'école en pleine période de formation. Nous attendrons la version 4 stable.

Cordialement,

Rodolphe Célestine
Président – Aéro-Club Madinina
Aéroport Martinique Aimé Césaire, 97232 Le Lamentin
0596 51 32 08 / 0696 24 18 33

@@ gfr018 | reply: confirm | from: compta@charleroiflight.be | ref: OF-2026-3018 | ours: pool | style: outlook | figs: h=3
--
Bonjour,

Nous participons volontiers avec nos 3 heures. Ce développement nous rendra service pour le suivi des prorogations de nos instructeurs.

Bien à vous,

Service comptabilité
Charleroi Flight Training SRL

@@ gfr019 | reply: question | from: aeroclub.mayotte@gmail.com | ref: OF-2026-3019 | ours: setup | style: gmail
--
Bonjour,

Le forfait comprend quoi exactement ? On a une cinquantaine de membres dans un tableau Excel, est-ce que vous les importez aussi ou c'est seulement les tarifs et les avions ? On hésite un peu.

Merci
Anli

@@ gfr020 | reply: refuse | from: Jean-Pierre Willems <jp.willems@telenet.be> | ref: OF-2026-3020 | ours: migterms | style: plain | nothread: 1 | note: "on va attendre l'AG" = declines for now
--
Bonjour,

Suite à votre message, nous avons fait le point en comité ce mardi : nous ne donnerons pas suite à la migration pour le moment. On va attendre l'assemblée générale de mars et on vous recontactera après, si les membres le souhaitent.

Bien à vous,

Jean-Pierre Willems
CVV du Hainaut – Aérodrome de Saint-Ghislain
0478 55 13 02

@@ gfr021 | reply: confirm | from: Jacques Morin <tresorier@aeroclub-vexin.fr> | ref: OF-2026-3021 | ours: overrun | style: plain | qpos: above
--
Ok pour la facture complémentaire, merci. Vous pouvez me l'envoyer directement à cette adresse.

Jacques Morin
Trésorier ACV

@@ gfr022 | reply: question | from: compta.acmorvan@free.fr | ref: OF-2026-3022 | ours: estimate | style: outlook | note: forwarded to the president, who will answer
--
Bonjour,

Je ne suis que la comptable du club, je transmets votre message à Mme Perreau qui prend ce genre de décision. Elle vous répondra directement.

Bien cordialement,

Mireille Jacquot
Aéro-Club du Morvan – Château-Chinon
03 86 85 11 42 (mardi et jeudi après-midi)

@@ gfr023 | reply: refuse | from: Gérard Bouvier <gerard.bouvier01@free.fr> | ref: OF-2026-3023 | ours: email | style: plain
--
Bonjour,

Non merci, pas la peine de payer pour ça. J'ai trouvé la rubrique « Mes coordonnées » et je fais la modification ce soir.

Gérard

@@ gfr024 | reply: refuse | from: secretariat@racc.be | ref: OF-2026-3024 | ours: devest | style: outlook | note: Belgian; refusal that ends on a positive note
--
Bonjour,

Nous avons bien reçu votre chiffrage, merci. Malheureusement c'est au-dessus de ce que le club peut se permettre cette année avec septante membres et deux avions : on passe notre tour. Si d'autres clubs veulent le financer un jour, on sera bien contents d'en profiter !

Meilleures salutations,

Le secrétariat du R.A.C.C.
Ouvert le mercredi de 14h à 17h et le week-end

@@ gfr025 | reply: confirm | from: Nadia Berthelot <gestion@atlantique-pilotage.fr> | ref: OF-2026-3025 | ours: testplat | style: apple | noquote: 1
--
Banco !

Nadia
Gestion – APF

@@ gfr026 | reply: question | from: Denis Thiriet <denis.thiriet88@wanadoo.fr> | ref: OF-2026-3026 | ours: alpha | style: plain | note: asks for precision and has to see the board first; no question mark at the end
--
Bonjour,

Avant d'accepter je voudrais comprendre : quand vous dites que les menus peuvent bouger sans préavis, c'est toutes les semaines ? Certains de nos membres ne sont plus tout jeunes et j'ai peur d'avoir le téléphone qui sonne tous les jours. De toute façon je dois en parler au CA du 9 décembre

Denis Thiriet
Président AC Hautes-Vosges
Aérodrome de Saint-Dié-Remomeix
06 30 42 18 77

@@ gfr027 | reply: confirm | from: y.lemarchand50@laposte.net | ref: OF-2026-3027 | ours: migterms | style: apple
--
Lu et approuvé.
Bonne journée
Y. Lemarchand

Envoyé de mon iPhone

@@ gfr028 | reply: confirm | from: Réjean Lachance <tresorier@cpalanaudiere.qc.ca> | ref: OF-2026-3028 | ours: setup | style: gmail | note: Quebec "merci ben"
--
Bonjour,

On prend le forfait. Envoyez-nous le questionnaire, on va le remplir avec l'instructeur-chef dans la semaine.

Merci ben!
Réjean Lachance
Trésorier, CPL

@@ gfr029 | reply: question | from: Frédéric Aubanel <fred.aubanel13@sfr.fr> | ref: OF-2026-3029 | ours: migfee | style: plain | note: questions without question marks, no accents
--
Bonjour

50 euros HT ca fait combien avec la TVA
et on peut payer par cheque, le club n'a pas de carte bancaire

Frederic

@@ gfr030 | reply: refuse | from: tresorerie@aeroclubsologne.fr | ref: OF-2026-3030 | ours: pool | style: outlook
--
Bonjour,

Merci d'avoir pensé à nous. Nous avons cependant déjà réservé nos dernières heures pour la refonte des tarifs de l'école prévue en décembre, donc nous ne participerons pas à ce développement. On en profitera quand il sortira, comme tout le monde !

Bonne fin de journée,

Claire Rousseau
Trésorière – Aéro-Club de Sologne
Aérodrome de Romorantin-Pruniers

@@ gfr031 | reply: confirm | from: Anli Madi <anli.madi976@orange.fr> | ref: OF-2026-3031 | ours: reset | style: plain
--
Bonjour,

Oui, faites-le s'il vous plaît. J'ai essayé le lien plusieurs fois depuis Dzaoudzi, rien à faire, je pense que la boîte du club bloque vos mails. Les 30 € HT ne posent pas de souci, le bureau est au courant.

Merci d'avance,

Anli Madi
Président – Aéro-Club de Mayotte
0639 21 54 70

@@ gfr032 | reply: refuse | from: comptes@aviationsaguenay.ca | ref: OF-2026-3032 | ours: overrun | style: outlook | note: Quebec "banque d'heures"
--
Bonjour,

Non, on ne veut pas dépasser notre banque d'heures cette année. On va attendre en janvier, quand le crédit sera renouvelé, et vous relancer à ce moment-là.

Merci,

Josée Bouchard
Comptes à payer
École d'aviation du Saguenay inc.

@@ gfr033 | reply: confirm | from: Pierre-André Castella <pa.castella@bluewin.ch> | ref: OF-2026-3033 | ours: estimate | style: plain | qpos: above | note: Swiss "en ordre"; the request to be told when done is not a condition
--
Bonjour,

En ordre pour nous, vous pouvez planifier. Merci de nous prévenir quand c'est fait, qu'on puisse contrôler avant la reprise de la saison.

Meilleures salutations
Pierre-André Castella
GVV Gruyère – Aérodrome d'Épagny
079 412 56 83

@@ gfr034 | reply: question | from: tresorerie@acmadinina.mq | ref: OF-2026-3034 | ours: devest | style: outlook
--
Bonjour,

Le chiffrage est-il ferme ou s'agit-il d'une estimation qui pourrait dépasser ? Vous évoquez aussi d'autres structures qui pourraient participer au financement : y en a-t-il déjà d'intéressées ? Si la part facturée peut baisser, nous serions plus à l'aise pour la présenter au bureau.

Cordialement,

Murielle Joseph-Angélique
Trésorière – Aéro-Club Madinina

@@ gfr035 | reply: refuse | from: Stéphanie Rochat <s.rochat@leman-aviation.ch> | ref: OF-2026-3035 | ours: testplat | style: outlook | note: created it herself, declines our offer
--
Bonjour,

Merci, mais ce n'est plus nécessaire : j'ai créé la plateforme de test moi-même ce matin depuis le compte client, c'était effectivement très simple. Inutile donc de décompter la demi-heure.

Meilleures salutations,

Stéphanie Rochat
Responsable des opérations
Léman Aviation SA

@@ gfr036 | reply: question | from: acardeche.meridionale@laposte.net | ref: OF-2026-3036 | ours: migterms | style: plain | figs: nbd=15,nbm=3 | note: agrees except the date, asks to correct it
--
Bonjour,

D'accord pour le reste, mais il y a une erreur sur la date : on avait demandé pas avant le 15 février, pas le 15 mars. On voudrait avoir la nouvelle version pour la reprise des vols d'initiation au printemps. Pouvez-vous corriger ?

Serge

@@ gfr037 | reply: question | from: Sandrine Girardin <secretariat.ajoie@gmail.com> | ref: OF-2026-3037 | ours: email | style: gmail | note: question without question mark
--
Bonjour,

Avant de décider, j'aimerais savoir quelle adresse vous avez actuellement sur la fiche. Je n'arrive plus à me souvenir si c'est celle du secrétariat ou l'ancienne adresse bluewin de notre ancien président

Merci
Sandrine Girardin
Secrétariat Aéro-Club d'Ajoie

@@ gfr038 | reply: confirm | from: secretariat@aeroclub-vexin.fr | ref: OF-2026-3038 | ours: alpha | style: gmail | note: "si possible" is a wish, not a condition
--
Ça roule, on tente l'alpha ! Prévenez-nous juste la veille si possible, qu'on puisse mettre un mot aux membres.

Sébastien, secrétariat ACV

@@ gfr039 | reply: refuse | from: acsudreunion@orange.fr | ref: OF-2026-3039 | ours: setup | style: plain
--
Bonjour,

Nous ne souscrirons pas au forfait paramétrage. Jean-Marc s'occupera des réglages avec l'aide du forum, il a l'habitude.
Merci pour la proposition.

Le secrétariat ACSR
Piste de Pierrefonds – Saint-Pierre
0262 25 43 18 – ouvert mer., sam. et dim. 8h-16h

@@ gfr040 | reply: confirm | from: k.tremblay@aviationsaguenay.ca | ref: OF-2026-3040 | ours: estimate | style: apple | qpos: above
--
Parfait, allez-y! On a hâte de voir ça.

Karine

Envoyé de mon iPhone

@@ gfr041 | reply: question | from: Chantal Perreau <chantal.perreau58@orange.fr> | ref: OF-2026-3041 | ours: overrun | style: plain | figs: d=5,b=2 | note: yes only if it stays at 3 h billed
--
Bonjour,

D'accord pour la facture de 3 h, à condition que ce soit vraiment un maximum. Si en cours de route vous voyez que ça prend plus, arrêtez-vous et appelez-moi avant d'aller plus loin.

Chantal Perreau
06 72 15 38 90

@@ gfr042 | reply: confirm | from: cvvhainaut@proximus.be | ref: OF-2026-3042 | ours: migfee | style: plain | note: Belgian, no "oui"
--
Bonjour,

Bon, allez, on y va. Vous pouvez faire la facture, on la paiera par virement. Depuis le temps qu'on en parle...

Bien à vous,
Jean-Pierre
CVV Hainaut

@@ gfr043 | reply: question | from: tresorerie@achautesvosges.fr | ref: OF-2026-3043 | ours: pool | style: outlook | figs: h=4 | note: counter-proposal: 2 h instead of 4
--
Bonjour,

Sur le principe nous sommes d'accord, mais 4 heures c'est beaucoup pour nous en fin d'année. Pourrions-nous participer avec 2 heures seulement ? Si oui, je vous confirme tout de suite.

Annie Valdenaire
Trésorière

@@ gfr044 | reply: refuse | from: ulmcamarguepassion@gmail.com | ref: OF-2026-3044 | ours: reset | style: android | noquote: 1 | note: "c bon" = solved, no paid reset wanted
--
non c bon mon fils a reussi avec le lien mot de passe oublié. pas besoin de le faire
merci
Fred

@@ gfr045 | reply: confirm | from: Isabelle Marchais <isabelle.marchais41@gmail.com> | ref: OF-2026-3045 | ours: devest | style: gmail | figs: d=10,h=5 | note: long confirm with small talk about the aircraft's 50 h check and many figures in the signature
--
Bonjour,

Je vous confirme que nous acceptons le devis : 5 heures prises sur nos heures de bonus et 5 heures facturées à 60 € HT, soit 300 € HT. Le bureau a validé hier soir à l'unanimité, ce qui n'est pas si fréquent chez nous !

Petite parenthèse : notre DR400 (F-GSOL) revient de la visite des 50 h la semaine prochaine, nous serons donc ravis d'avoir la nouvelle fonction pour le printemps. Aucune urgence de votre côté bien sûr.

Bonne journée et merci encore pour votre aide,

Isabelle Marchais
Présidente – Aéro-Club de Sologne
Aérodrome de Romorantin-Pruniers, 41200 Romorantin-Lanthenay
Tél. club : 02 54 76 18 24 (mercredi, samedi et dimanche 9h-18h)
Port. : 06 14 58 92 33

@@ gfr046 | reply: question | from: Sylvain Gagnon <sylvain.gagnon@videotron.ca> | ref: OF-2026-3046 | ours: testplat | style: plain | note: Quebec ("Allo", "courriels", "mêler du monde")
--
Allo,

Est-ce que les réservations faites sur la plateforme de test vont envoyer des courriels aux membres ? Parce que si oui, ça va mêler du monde. Sinon, ça nous intéresse.

Sylvain

@@ gfr047 | reply: confirm | from: info@gvv-gruyere.ch | ref: OF-2026-3047 | ours: migterms | style: outlook | qpos: above
--
Madame, Monsieur,

Nous confirmons notre accord avec les conditions de migration énoncées ci-dessus.

Avec nos meilleures salutations,

Pour le comité du GVV Gruyère
Marie-Claude Pasquier, secrétaire
Case postale 42, 1663 Épagny

@@ gfr048 | reply: refuse | from: Mireille Jacquot <compta.acmorvan@free.fr> | ref: OF-2026-3048 | ours: alpha | style: plain
--
Bonjour,

Le bureau ne suit pas, désolée. Trop de bénévoles ont déjà du mal avec la version actuelle. On reste sur la stable et on passera en 4 quand elle sortira officiellement.

Mireille Jacquot
AC du Morvan

@@ gfr049 | reply: confirm | from: s.chabert07@orange.fr | ref: OF-2026-3049 | ours: setup | style: plain
--
Ok pour le forfait paramétrage, vous pouvez envoyer le questionnaire à cette adresse.

S. Chabert

@@ gfr050 | reply: question | from: cvv.bresse@wanadoo.fr | ref: OF-2026-3050 | ours: email | style: outlook | note: yes with a condition about the invoice recipient
--
Bonjour,

Oui pour le changement, mais la facture de 30 € doit être établie au nom du club et pas au mien, et envoyée au trésorier à sa nouvelle adresse (tresorier.cvvbresse@gmail.com). C'est faisable ?

Gérard Bouvier
CVV de la Bresse

@@ gfr051 | reply: question | from: Rodolphe Célestine <r.celestine972@orange.fr> | ref: OF-2026-3051 | ours: estimate | style: gmail | figs: h=2 | note: negated question, bargaining
--
Bonjour,

Vous ne pourriez pas le faire en une heure ? Il s'agit juste d'ajouter un champ « numéro de licence » sur la fiche membre, ça ne me paraît pas énorme.

Rodolphe

@@ gfr052 | reply: confirm | from: Véronique Dupuis <compta@charleroiflight.be> | ref: OF-2026-3052 | ours: overrun | style: outlook | figs: d=9,b=5 | note: the VAT number request is routine, not a condition
--
Bonjour,

Bon pour accord pour la facturation des 4 heures complémentaires (240 € HT). Merci de mentionner notre numéro de TVA BE 0812.345.678 sur la facture, comme d'habitude.

Cordialement,

Véronique Dupuis
Gérante – Charleroi Flight Training SRL
Aéroport de Charleroi Bruxelles-Sud, 6041 Gosselies
+32 71 35 20 44

@@ gfr053 | reply: refuse | from: aeroclub.cotentin@orange.fr | ref: OF-2026-3053 | ours: migfee | style: plain
--
Bonjour,

Pas pour l'instant. On verra l'année prochaine, quand la flotte aura été renouvelée. Merci.

Aéro-Club du Cotentin
Aérodrome de Cherbourg-Maupertus

@@ gfr054 | reply: confirm | from: p.langlois95@orange.fr | ref: OF-2026-3054 | ours: pool | style: plain
--
Pas de souci, comptez sur nous. C'est une fonction qu'on attend depuis longtemps.

Patrick Langlois
Président ACV – Pontoise-Cormeilles
06 07 44 19 25

@@ gfr055 | reply: refuse | from: Karine Tremblay <k.tremblay@aviationsaguenay.ca> | ref: OF-2026-3055 | ours: devest | style: outlook | qpos: above | note: board voted against; thanks are not an acceptance
--
Bonjour,

Malheureusement, le conseil d'administration a voté contre lors de sa réunion du 12 novembre : le budget ne permet pas la portion facturée. On ne donnera pas suite au devis pour l'instant.

Merci pour le travail d'estimation, c'est très apprécié.

Karine Tremblay
Directrice des opérations

@@ gfr056 | reply: confirm | from: acsudreunion@orange.fr | ref: OF-2026-3056 | ours: testplat | style: plain | note: no accents
--
bonjour
ok pour la plateforme de test, creez la
merci
le secretariat ACSR

@@ gfr057 | reply: question | from: gerard.bouvier01@free.fr | ref: OF-2026-3057 | ours: reset | style: plain | note: confuses the client account with his member login (R8)
--
Bonjour,

Je ne comprends pas bien. Le compte client dont vous parlez, c'est le même que celui avec lequel je réserve les planeurs ? Parce que mon identifiant à moi c'est gbouvier, pas le nom de la plateforme. Du coup je ne sais pas quel mot de passe il faut réinitialiser.

Gérard

@@ gfr058 | reply: question | from: Pierre-André Castella <pa.castella@bluewin.ch> | ref: OF-2026-3058 | ours: alpha | style: plain | note: yes only if a rollback is possible, which our message excludes
--
Bonjour,

D'accord pour l'alpha, mais seulement si vous pouvez nous remettre en 3.6 en cas de gros problème pendant la saison. Sinon on préfère attendre.

P.-A. Castella

@@ gfr059 | reply: refuse | from: aeroclub.mayotte@gmail.com | ref: OF-2026-3059 | ours: migterms | style: gmail
--
Bonjour,

Finalement on annule la demande de migration, il y a trop de choses en cours au club avec le changement de bureau. On vous recontactera l'an prochain.

Cordialement
Aéro-Club de Mayotte
Aérodrome de Dzaoudzi-Pamandzi

@@ gfr060 | reply: question | from: Ludovic Guérin <l.guerin@atlantique-pilotage.fr> | ref: OF-2026-3060 | ours: setup | style: outlook | figs: p=300
--
Bonjour,

Nous sommes intéressés. Toutefois, pour notre comptabilité, il nous faudrait un devis formel au nom de la société avant toute facture de 300 € HT. Pourriez-vous nous l'adresser ? Par ailleurs, le questionnaire couvre-t-il les profils instructeurs FI/FE et les tarifs spécifiques aux formations ATPL théoriques ?

Cordialement,

Ludovic Guérin
Atlantique Pilotage Formation
02 40 60 27 13

@@ gfr061 | reply: confirm | from: denis.thiriet88@wanadoo.fr | ref: OF-2026-3061 | ours: estimate | style: plain
--
C'est bon pour nous.

Denis

@@ gfr062 | reply: refuse | from: Anli Madi <anli.madi976@orange.fr> | ref: OF-2026-3062 | ours: email | style: plain | note: did it himself
--
Bonjour,

Non merci, je viens de le faire moi-même dans le compte client, la nouvelle adresse apparaît déjà. Rien à facturer donc.

Anli Madi

@@ gfr063 | reply: refuse | from: tresorerie@aeroclubsologne.fr | ref: OF-2026-3063 | ours: overrun | style: outlook | nothread: 1
--
Bonjour,

Je reviens vers vous au sujet de votre estimation. Le bureau ne souhaite pas aller au-delà de notre crédit d'heures : merci de laisser tomber cette demande. Nous la referons en janvier sur le crédit 2027.

Claire Rousseau
Trésorière AC Sologne

@@ gfr064 | reply: confirm | from: Réjean Lachance <tresorier@cpalanaudiere.qc.ca> | ref: OF-2026-3064 | ours: devest | style: gmail | qpos: above
--
Bonjour,

On accepte le devis. Vous pouvez m'envoyer la facture pour les heures en surplus, on paie d'habitude par virement international.

Réjean Lachance
Trésorier, Club de pilotes de Lanaudière
450 555-0139 (soirs et fins de semaine)

@@ gfr065 | reply: question | from: secretariat@aeroclub-vexin.fr | ref: OF-2026-3065 | ours: testplat | style: plain | note: question without question mark, no capitals
--
bonjour
c'est quoi la différence avec la plateforme demo qu'on utilise déjà pour former les nouveaux
merci de m'expliquer avant qu'on décide
Sébastien

@@ gfr066 | reply: confirm | from: Josée Bouchard <comptes@aviationsaguenay.ca> | ref: OF-2026-3066 | ours: pool | style: outlook | note: Quebec "on embarque"
--
Oui, on embarque! Merci.

Josée Bouchard
Comptes à payer – École d'aviation du Saguenay

@@ gfr067 | reply: question | from: Laurent Fleury <laurent.fleury@vtxnet.ch> | ref: OF-2026-3067 | ours: migfee | style: plain
--
Bonjour,

Vous indiquez 50 € HT. Nous sommes une association suisse : faut-il ajouter la TVA française, et peut-on payer en francs suisses ? Je préfère être au clair avant de présenter la chose au comité.

Meilleures salutations
Laurent Fleury
Président AC Ajoie
032 466 12 58

@@ gfr068 | reply: confirm | from: marc.lambotte@skynet.be | ref: OF-2026-3068 | ours: alpha | style: plain
--
Bonjour,

D'accord pour la 4.0 alpha, on connaît les risques. Un de nos membres est développeur de métier, il suivra ça de près. Vous pouvez procéder.

Bien à vous,
Marc

@@ gfr069 | reply: question | from: Jean-Marc Payet <jm.payet974@wanadoo.fr> | ref: OF-2026-3069 | ours: migterms | style: outlook | figs: nbd=2,nbm=1 | note: disputes the not-before date
--
Bonjour,

Nous sommes d'accord sur le principe mais la date ne convient pas : début janvier, c'est en plein pendant les grandes vacances ici et le club tourne à plein régime avec les baptêmes. Nous avions demandé pas avant le 1er mars. Pouvez-vous corriger avant qu'on vous confirme ?

Jean-Marc Payet
Président ACSR
0262 25 43 18 / 0692 87 10 64

@@ gfr070 | reply: confirm | from: contact@acmadinina.mq | ref: OF-2026-3070 | ours: setup | style: plain
--
oui pour le forfait, merci de nous envoyer le questionnaire
bonne journée
ACM

@@ gfr071 | reply: confirm | from: acardeche.meridionale@laposte.net | ref: OF-2026-3071 | ours: reset | style: plain
--
Allez-y.

Serge

@@ gfr072 | reply: refuse | from: Dominique Hubert <tresorerie@racc.be> | ref: OF-2026-3072 | ours: estimate | style: outlook
--
Bonjour,

Non merci, on s'en passera. Nous continuerons comme avant avec le tableau au hangar.

Salutations,
Dominique Hubert
Trésorier RACC

@@ gfr073 | reply: question | from: caissier@gvv-gruyere.ch | ref: OF-2026-3073 | ours: overrun | style: plain | note: passes it to the committee; no decision
--
Bonjour,

Je transmets au comité, qui se réunit le jeudi 3 décembre. Vous aurez une réponse après la séance.

Salutations
Beat Dousse

@@ gfr074 | reply: question | from: Frédéric Aubanel <fred.aubanel13@sfr.fr> | ref: OF-2026-3074 | ours: email | style: plain | note: conditional and asks where the menu is, no question mark at the end
--
Bonjour,

Je veux bien payer si c'est la seule solution, mais je croyais que c'était à nous de le faire dans le compte client ? Je ne trouve pas la rubrique Mes coordonnées, elle est où exactement

Fred Aubanel
ULM Camargue Passion – base des Saintes-Maries-de-la-Mer
06 19 73 40 58

@@ gfr075 | reply: refuse | from: tresorier@aeroclub-vexin.fr | ref: OF-2026-3075 | ours: devest | style: outlook | note: waits for the general assembly, declines for now
--
Bonjour,

Merci pour le devis. Une dépense de ce montant doit passer en assemblée générale, et la nôtre n'aura lieu que fin janvier. Nous allons donc attendre et ne donnons pas suite pour l'instant ; on refera une demande après l'AG si les membres sont pour.

Jacques Morin
Trésorier – Aéro-Club du Vexin

@@ gfr076 | reply: confirm | from: direction@aviationsaguenay.ca | ref: OF-2026-3076 | ours: testplat | style: apple | noquote: 1
--
Oui svp.

Envoyé de mon iPad

@@ gfr077 | reply: question | from: sylvain.gagnon@videotron.ca | ref: OF-2026-3077 | ours: pool | style: gmail | figs: h=2
--
Bonjour,

Si on met nos heures dans ce développement-là, est-ce qu'on va avoir notre mot à dire sur comment ça fonctionne ? Je veux pas mettre 2 heures dans quelque chose qui marche pas pour l'hiver chez nous (avions sur skis, réservations annulées à cause du froid, etc.).

Sylvain

@@ gfr078 | reply: refuse | from: jm.payet974@wanadoo.fr | ref: OF-2026-3078 | ours: alpha | style: plain
--
Non, on ne prend pas ce risque. On attendra la version stable.
JM Payet

@@ gfr079 | reply: confirm | from: aeroclub.ajoie@bluewin.ch | ref: OF-2026-3079 | ours: migterms | style: outlook | qpos: above
--
Bonjour,

Nous prenons note qu'une migration est définitive et acceptons ces conditions.

Meilleures salutations
Aéro-Club d'Ajoie

@@ gfr080 | reply: refuse | from: Nadège Bréard <secretariat.accotentin@gmail.com> | ref: OF-2026-3080 | ours: setup | style: gmail
--
Bonjour,

Non, pas besoin du forfait, on a repris les réglages de l'ancienne plateforme et ça va très bien comme ça.

Nadège
Secrétariat AC Cotentin (permanence le samedi 10h-12h30)
02 33 22 91 40

@@ gfr081 | reply: confirm | from: anli.madi976@orange.fr | ref: OF-2026-3081 | ours: migfee | style: plain
--
Bonjour,

Oui on la maintient. Je règle la facture par carte dès qu'elle est disponible.

Bien à vous,
Anli Madi
Aéro-Club de Mayotte
0269 60 11 45 / 0639 21 54 70

@@ gfr082 | reply: confirm | from: info@charleroiflight.be | ref: OF-2026-3082 | ours: estimate | style: outlook
--
Bonjour,

Pas de problème, vous pouvez y aller.

Cordialement,
L'accueil – Charleroi Flight Training
Ouvert du lundi au samedi de 8h à 18h

@@ gfr083 | reply: confirm | from: Murielle Joseph-Angélique <tresorerie@acmadinina.mq> | ref: OF-2026-3083 | ours: overrun | style: apple | note: typo "facturez"→"facturer"
--
Validé par le bureau, vous pouvez facturez.
Murielle, trésorière ACM

Envoyé de mon iPhone

@@ gfr084 | reply: refuse | from: cvvhainaut@proximus.be | ref: OF-2026-3084 | ours: reset | style: plain
--
Bonjour,

Laissez, je me débrouillerai avec le lien. Pas la peine de payer pour ça.

Jean-Pierre

@@ gfr085 | reply: confirm | from: comptabilite@leman-aviation.ch | ref: OF-2026-3085 | ours: devest | style: outlook | qpos: above | note: Swiss "offre" for the quote
--
Bonjour,

Nous acceptons votre offre et vous en remercions. Merci d'adresser la facture correspondante à comptabilite@leman-aviation.ch, avec la mention « Développement 2026 ».

Meilleures salutations,

Comptabilité
Léman Aviation SA
+41 21 646 12 85

@@ gfr086 | reply: refuse | from: bureau@achautesvosges.fr | ref: OF-2026-3086 | ours: testplat | style: outlook
--
Bonjour,

Non merci, on n'en a plus besoin : le problème de réservation venait d'un profil mal configuré et notre secrétaire l'a corrigé hier. On garde nos heures.

Bonne journée,
Le bureau de l'AC des Hautes-Vosges

@@ gfr087 | reply: refuse | from: info@gvv-gruyere.ch | ref: OF-2026-3087 | ours: pool | style: outlook
--
Bonjour,

Merci pour la proposition. Le comité préfère ne pas engager nos heures de bonus sur ce développement : nous n'utilisons presque pas la partie facturation. Nous ne participerons donc pas.

Salutations
GVV Gruyère

@@ gfr088 | reply: confirm | from: Yannick Lemarchand <y.lemarchand50@laposte.net> | ref: OF-2026-3088 | ours: email | style: plain | note: gives the new address in the message
--
Bonjour,

Ok pour les 30 € HT. Merci de remplacer l'adresse aeroclub.cotentin@orange.fr par accotentin.bureau@orange.fr : l'ancienne n'est plus relevée depuis le départ de notre secrétaire.

Cordialement,
Yannick Lemarchand
Président AC Cotentin

@@ gfr089 | reply: question | from: Karine Tremblay <direction@aviationsaguenay.ca> | ref: OF-2026-3089 | ours: alpha | style: outlook
--
Bonjour,

Avant de signer : est-ce que nos élèves vont voir une différence dans l'écran de réservation ? On a une quarantaine d'élèves en formation et je ne veux pas de confusion en plein hiver. Avez-vous une liste de ce qui change?

Karine

@@ gfr090 | reply: confirm | from: secretariat@racc.be | ref: OF-2026-3090 | ours: migterms | style: plain
--
C'est tout bon pour nous. Merci et à bientôt !

Le secrétariat du RACC

@@ gfr091 | reply: question | from: secretariat@aeroclub-vexin.fr | ref: OF-2026-3091 | ours: setup | style: alt | note: counter-proposal (questionnaire only), no question mark
--
bonjour, et si on veut juste le questionnaire pour nous guider, sans que vous repreniez les réglages, c'est moins cher ? on a deux membres motivés pour faire la saisie eux-mêmes cet hiver

Sébastien

@@ gfr092 | reply: question | from: Claire Rousseau <contact@aeroclubsologne.fr> | ref: OF-2026-3092 | ours: estimate | style: outlook | note: complaint: thinks it is a bug that should be free
--
Bonjour,

Je suis un peu surprise : nous vous avons signalé ce problème d'arrondi sur les factures en septembre, c'est une anomalie et non une demande de notre part. Pourquoi serait-ce décompté de nos heures ? J'aimerais une explication avant d'accepter quoi que ce soit.

Claire Rousseau
Aéro-Club de Sologne

@@ gfr093 | reply: refuse | from: gestion@atlantique-pilotage.fr | ref: OF-2026-3093 | ours: overrun | style: outlook | qpos: above
--
Bonjour,

Nous ne validons pas le dépassement. Merci d'abandonner cette demande, nous la reformulerons l'an prochain.

Nadia Berthelot
Gestion administrative – Atlantique Pilotage Formation
02 40 60 27 10

@@ gfr094 | reply: refuse | from: ulmcamarguepassion@gmail.com | ref: OF-2026-3094 | ours: migfee | style: android
--
bon on va attendre, on vous redira
Fred

Envoyé depuis mon appareil Galaxy

@@ gfr095 | reply: question | from: Pierre-André Castella <pa.castella@bluewin.ch> | ref: OF-2026-3095 | ours: devest | style: plain
--
Bonjour,

Pourriez-vous préciser ce que comprend exactement le chiffrage ? Les tests, la mise en production et une éventuelle correction après coup sont-ils inclus ? Le comité me posera la question, c'est certain.

Merci d'avance
P.-A. Castella
GVV Gruyère

@@ gfr096 | reply: confirm | from: r.celestine972@orange.fr | ref: OF-2026-3096 | ours: testplat | style: apple
--
Volontiers, merci !
Rodolphe

Envoyé de mon iPhone

@@ gfr097 | reply: question | from: aeroclub.cotentin@orange.fr | ref: OF-2026-3097 | ours: reset | style: plain | nothread: 1 | note: complaint about the fee
--
Bonjour,

Comment ça 30 € ?? L'an dernier on nous avait réinitialisé le mot de passe gratuitement. Je veux bien comprendre que les règles changent mais j'aimerais qu'on m'explique, d'autant que le lien ne fonctionne pas chez nous.

AC Cotentin

@@ gfr098 | reply: confirm | from: compta.acmorvan@free.fr | ref: OF-2026-3098 | ours: pool | style: plain | noquote: 1
--
On valide. Bonne journée.
Mireille

@@ gfr099 | reply: question | from: tresorier@cpalanaudiere.qc.ca | ref: OF-2026-3099 | ours: alpha | style: gmail | note: Quebec "en autant que" = provided that; conditional yes
--
Pas de trouble pour nous, en autant que la facturation des membres fonctionne comme avant. Si l'alpha brise la facturation, ça nous prend une solution rapide, on ne peut pas attendre deux semaines. C'est correct de votre bord?

Réjean

@@ gfr100 | reply: question | from: cvvhainaut@proximus.be | ref: OF-2026-3100 | ours: migterms | style: plain
--
Bonjour,

Pendant la migration, les membres pourront-ils encore réserver ? Et l'adresse de secours, il faudra la donner à tout le monde ? On préfère savoir avant de dire oui, la saison reprend début avril.

Jean-Pierre

@@ gfr101 | reply: refuse | from: s.chabert07@orange.fr | ref: OF-2026-3101 | ours: email | style: plain | note: no accents
--
Je prefere le faire moi meme, pas la peine de payer pour ca. merci
Serge

@@ gfr102 | reply: confirm | from: Karine Tremblay <direction@aviationsaguenay.ca> | ref: OF-2026-3102 | ours: setup | style: html | qpos: above | figs: p=420
--
Bonjour,

On souscrit au forfait paramétrage (420 € HT). Vous pouvez envoyer le questionnaire à k.tremblay@aviationsaguenay.ca, je vais le remplir avec notre chef-instructeur.

Karine Tremblay
Directrice des opérations – École d'aviation du Saguenay inc.
418 555-0147, poste 2

@@ gfr103 | reply: confirm | from: acsudreunion@orange.fr | ref: OF-2026-3103 | ours: estimate | style: outlook | figs: h=2,b=6 | note: long confirm; mentions a new aircraft to add later (small talk, no request)
--
Bonjour à toute l'équipe,

Merci pour votre retour rapide. On est d'accord pour les 2 heures, il nous en restera 4, ce qui devrait suffire jusqu'à la fin de l'année.

Petite nouvelle du club : on a enfin reçu le nouveau Tecnam, arrivé par bateau depuis Marseille la semaine dernière avec trois semaines de retard mais en bon état. On l'ajoutera dans la plateforme nous-mêmes, ça on sait faire.

Bonne journée depuis le Sud sauvage,

Le secrétariat
Aéro-Club du Sud Réunion
Piste de Pierrefonds, 97410 Saint-Pierre
Tél. 0262 25 43 18
Ouvert mercredi, samedi et dimanche de 7h30 à 16h

@@ gfr104 | reply: question | from: tresorier@cpalanaudiere.qc.ca | ref: OF-2026-3104 | ours: overrun | style: gmail | figs: d=6,b=2
--
Bonjour,

Les 240 € HT, c'est bien en euros j'imagine. Est-ce qu'on paie de la taxe là-dessus, étant au Canada ? J'ai besoin du montant exact en dollars pour le présenter au CA avant de dire oui.

Réjean Lachance
Trésorier

@@ gfr105 | reply: refuse | from: Annie Valdenaire <tresorerie@achautesvosges.fr> | ref: OF-2026-3105 | ours: devest | style: outlook | note: praises the project, declines
--
Bonjour,

Je suis d'accord avec vous que c'est un beau projet, et je comprends le chiffrage. Mais la part facturée dépasse largement ce que notre budget permet : nous ne retiendrons pas ce devis.

Merci néanmoins pour l'étude.

Annie Valdenaire
Trésorière – AC des Hautes-Vosges

@@ gfr106 | reply: question | from: info@charleroiflight.be | ref: OF-2026-3106 | ours: testplat | style: outlook | note: thinks they already have one; no question mark
--
Bonjour,

Nous pensions en avoir déjà une, créée par notre ancien responsable il y a deux ans. Pouvez-vous vérifier si elle est toujours active, parce que dans ce cas je ne vois pas l'intérêt d'en créer une autre

Cordialement,
Accueil CFT

@@ gfr107 | reply: confirm | from: aeroclub.ajoie@bluewin.ch | ref: OF-2026-3107 | ours: migfee | style: plain | note: Swiss "c'est en ordre", "payerons"
--
Bonjour,

C'est en ordre, vous pouvez établir la facture. Nous payerons par virement depuis notre compte PostFinance.

Meilleures salutations
Aéro-Club d'Ajoie

@@ gfr108 | reply: confirm | from: cvv.bresse@wanadoo.fr | ref: OF-2026-3108 | ours: reset | style: android | noquote: 1 | note: typos
--
ok faite le svp. merçi

@@ gfr109 | reply: refuse | from: Yannick Lemarchand <y.lemarchand50@laposte.net> | ref: OF-2026-3109 | ours: alpha | style: plain
--
Bonjour,

Non, finalement pas d'alpha. J'avais demandé un peu vite et les instructeurs ne sont pas pour. Oubliez la demande.

Yannick

@@ gfr110 | reply: question | from: Thierry Hoarau <tresorier.acsr@gmail.com> | ref: OF-2026-3110 | ours: pool | style: gmail | note: must check with the president first
--
Bonjour,

Il faut que je voie avec le président avant d'engager nos heures, il rentre de métropole le 28. Je vous redis début du mois prochain.

Thierry

@@ gfr111 | reply: confirm | from: Chantal Perreau <chantal.perreau58@orange.fr> | ref: OF-2026-3111 | ours: migterms | style: gmail | note: date preference explicitly not a condition
--
Bonjour,

D'accord sur toutes les conditions. Si vous avez le choix, plutôt un jour de semaine qu'un week-end, mais ce n'est pas une obligation, faites comme ça vous arrange.

Chantal Perreau
Présidente AC Morvan

@@ gfr112 | reply: confirm | from: Dominique Hubert <tresorerie@racc.be> | ref: OF-2026-3112 | ours: setup | style: outlook
--
Bonjour,

D'accord pour le forfait. Vous pouvez envoyer le questionnaire à secretariat@racc.be, c'est notre secrétaire qui le complétera.

Bien à vous,
Dominique Hubert
Trésorier RACC
GSM +32 497 61 30 28

@@ gfr113 | reply: confirm | from: jp.willems@telenet.be | ref: OF-2026-3113 | ours: email | style: plain
--
Bonjour,

Vous pouvez y aller, merci. La nouvelle adresse est celle d'où je vous écris.

JP Willems

@@ gfr114 | reply: refuse | from: comptes@aviationsaguenay.ca | ref: OF-2026-3114 | ours: estimate | style: outlook | note: Quebec "laisser faire" = drop it
--
Bonjour,

On va laisser faire pour l'instant. La direction préfère garder les heures pour la mise à niveau de cet hiver.

Josée

@@ gfr115 | reply: confirm | from: s.rochat@leman-aviation.ch | ref: OF-2026-3115 | ours: overrun | style: html | qpos: above
--
Bonjour,

Accord pour le dépassement et la facturation correspondante.

Salutations
S. Rochat

@@ gfr116 | reply: question | from: Chantal Perreau <chantal.perreau58@orange.fr> | ref: OF-2026-3116 | ours: devest | style: gmail | note: conditional on a delivery date
--
Bonjour,

On est partants, à condition que la fonction soit livrée avant le 1er mars, date de reprise de l'école. Si vous ne pouvez pas vous engager là-dessus, on en reparlera.

Chantal

@@ gfr117 | reply: confirm | from: contact@aeroclubsologne.fr | ref: OF-2026-3117 | ours: testplat | style: alt
--
Bonjour,

Oui, créez-la nous, c'est plus simple. Merci !

AC Sologne – accueil

@@ gfr118 | reply: refuse | from: info@leman-aviation.ch | ref: OF-2026-3118 | ours: pool | style: outlook
--
Bonjour,

Nous déclinons la proposition, nos heures sont déjà engagées sur d'autres travaux. Avec nos remerciements.

Léman Aviation SA

@@ gfr119 | reply: question | from: Gérard Bouvier <gerard.bouvier01@free.fr> | ref: OF-2026-3119 | ours: migfee | style: plain | nothread: 1 | note: "je transmets au trésorier"
--
Bonjour,

Je transmets au trésorier, c'est lui qui décide des dépenses. Il vous répondra directement.

Gérard Bouvier

@@ gfr120 | reply: confirm | from: anli.madi976@orange.fr | ref: OF-2026-3120 | ours: alpha | style: plain
--
Bonjour,

Nous acceptons les conditions de l'alpha, on est conscients que ça bougera. Vous pouvez lancer.

Anli

@@ gfr121 | reply: refuse | from: bureau@achautesvosges.fr | ref: OF-2026-3121 | ours: migterms | style: outlook | qpos: above
--
Bonjour,

Après discussion en CA, nous retirons notre demande de migration. Nous préférons rester sur notre version actuelle encore un an.

Pour le bureau,
Denis Thiriet

@@ gfr122 | reply: confirm | from: Laurent Fleury <laurent.fleury@vtxnet.ch> | ref: OF-2026-3122 | ours: reset | style: plain
--
Bonjour,

Oui, faites-le, je n'y arrive pas. Merci d'envoyer la facture au club.

Laurent Fleury

@@ gfr123 | reply: question | from: isabelle.marchais41@gmail.com | ref: OF-2026-3123 | ours: setup | style: gmail | note: wants to see the questionnaire first; no question mark
--
Bonjour,

On est intéressés mais on aimerait d'abord voir le questionnaire pour savoir si ça vaut le coup, on a déjà pas mal paramétré nous-mêmes. Vous pouvez nous l'envoyer sans engagement

Isabelle

@@ gfr124 | reply: confirm | from: contact@atlantique-pilotage.fr | ref: OF-2026-3124 | ours: estimate | style: outlook
--
OK, planifiez.

Cordialement
Atlantique Pilotage Formation

@@ gfr125 | reply: question | from: Patrick Langlois <p.langlois95@orange.fr> | ref: OF-2026-3125 | ours: overrun | style: plain | figs: d=8,b=3 | note: finds it expensive, asks for a call
--
Bonjour,

300 € HT pour ça, ça fait cher non... On avait compris que c'était une petite modif. Vous pouvez m'appeler pour en discuter avant qu'on décide

Patrick Langlois
06 07 44 19 25

@@ gfr126 | reply: refuse | from: acardeche.meridionale@laposte.net | ref: OF-2026-3126 | ours: email | style: plain | note: "ok je comprends mais non"
--
Ok je comprends, mais non : on va le faire nous-mêmes ce week-end. Merci.

@@ gfr127 | reply: question | from: info@charleroiflight.be | ref: OF-2026-3127 | ours: devest | style: outlook
--
Bonjour,

Vous parlez d'autres structures qui pourraient participer au financement. Comment fait-on pour les trouver ? Nous serions prêts à accepter si la part facturée peut être partagée.

Cordialement,
Accueil CFT

@@ gfr128 | reply: confirm | from: Stéphanie Rochat <s.rochat@leman-aviation.ch> | ref: OF-2026-3128 | ours: testplat | style: outlook
--
Bonjour,

Merci, nous acceptons que vous la créiez pour nous.

Salutations
Stéphanie Rochat

@@ gfr129 | reply: question | from: tresorerie@acmadinina.mq | ref: OF-2026-3129 | ours: pool | style: outlook | note: agrees only if hours are charged at delivery, not at acceptance
--
Bonjour,

D'accord pour participer, si les heures ne sont débitées qu'à la livraison du développement et pas à l'acceptation du devis.

Murielle Joseph-Angélique
Trésorière ACM

@@ gfr130 | reply: question | from: k.tremblay@aviationsaguenay.ca | ref: OF-2026-3130 | ours: migterms | style: outlook | nothread: 1 | note: does not confirm until an answer comes
--
Bonjour,

Je reviens sur votre message à propos de la migration. Une fois en version 4, est-ce que nos exports pour l'audit de Transports Canada vont continuer à fonctionner ? On en a besoin en février. Je ne confirme pas tant que je n'ai pas cette réponse.

Karine Tremblay
"""
