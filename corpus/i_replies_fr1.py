"""Set i, first batch: French replies to our messages (confirm, refuse, question), from the clubs and
schools of ``i_clients_fr``: a wide range of registers and people (formal letters, SMS-like answers,
elderly volunteers, young instructors, accountants, dictated answers, decisions in the subject line,
Belgian, Swiss, Québec, Luxembourg, Monaco and overseas French)."""

DEFAULTS = {"lang": "fr"}

TEXT = r"""
@@ ifr001 | reply: confirm | from: Claudine Vialard <claudine.vialard@sfr.fr> | ref: OF-2026-5001 | ours: estimate | style: android
--
ok go

Envoyé depuis mon Galaxy

@@ ifr002 | reply: refuse | from: Gérard Boisseau <gerard.boisseau49@wanadoo.fr> | ref: OF-2026-5002 | ours: migfee | style: plain | note: long wandering letter from an elderly volunteer; the decision comes at the end
--
Bonjour Madame, Monsieur,

J'ai bien reçu votre message concernant la migration. Je vous écris un peu longuement, excusez-moi, c'est que je suis à la retraite et que j'ai le temps, contrairement à nos jeunes pilotes.

Notre club existe depuis 1987. Nous avons commencé avec un Weedhopper monté dans la grange de mon beau-frère à Chazé-sur-Argos, on le sortait par la porte de derrière en repliant les ailes. Aujourd'hui nous avons deux machines, un Skyranger et un vieux pendulaire qui vole toujours très bien malgré ses 1400 heures. C'est moi qui tiens le logiciel depuis le début, à la demande de notre ancien président, Roger, qui nous a quittés l'an dernier (il volait encore à 81 ans, le bougre).

Pour être franc, je ne me sers que des réservations et du carnet de vol, et cela me suffit amplement. Les membres s'y sont habitués, même Jacqueline qui ne voulait pas entendre parler d'ordinateur. Avec le prix de l'essence qui a encore augmenté cet été et la licence fédérale, 50 euros de plus ce n'est pas rien pour une petite association comme la nôtre. J'en ai parlé au bureau samedi après le repas de fin de saison (une très bonne paella, d'ailleurs, faite par la femme de notre trésorier).

Donc nous ne ferons pas cette migration, nous restons comme nous sommes. Merci quand même de nous avoir prévenus.

Bien cordialement,
Gérard Boisseau
ULM Club du Haut-Anjou
02 41 00 00 00 (le soir de préférence)

@@ ifr003 | reply: question | from: gestion@bourbonnais-aviation.fr | ref: OF-2026-5003 | ours: devest | style: outlook | figs: d=11,h=3
--
Bonjour,

Chiffrage reçu : 11 h dont 3 h sur bonus, reste 8 h x 60,00 = 480,00 € HT, soit 576,00 € TTC.
Avant validation il me faut :
- date d'émission de la facture (à l'acceptation ou à la livraison ?)
- montant si un autre client co-finance : quelle réduction ?
- exercice d'imputation 2026 ou 2027 (clôture au 31/12)

Cordialement,
Service gestion
Bourbonnais Aviation Formation SARL
Aérodrome de Montluçon-Guéret - 04 70 00 00 00

@@ ifr004 | reply: confirm | from: aeroclub.mayotte@gmail.com | ref: OF-2026-5004 | ours: reset | style: android | noquote: 1
--
oui faites le svp le lien marche pas chez nous
Anli

@@ ifr005 | reply: confirm | from: Secrétariat AC Yverdon <secretariat@aeroclub-yverdon.ch> | ref: OF-2026-5005 | ours: testplat | style: outlook | date: 2026-10-16 09:12
--
Madame, Monsieur,

Nous accusons réception de votre courriel et vous en remercions.

Le comité de l'Aéro-Club d'Yverdon-les-Bains, réuni en séance le 14 octobre, a décidé de donner une suite favorable à votre proposition. Nous vous prions donc de bien vouloir créer la plateforme de test ; la demi-heure correspondante peut être imputée sur nos heures de bonus.

Nous vous prions d'agréer, Madame, Monsieur, l'expression de nos salutations distinguées.

Pour le comité,
Valérie Perrin, secrétaire
Aéro-Club d'Yverdon-les-Bains
Aérodrome, CH-1400 Yverdon-les-Bains

@@ ifr006 | reply: question | from: tresorerie@aviationrimouski.qc.ca | ref: OF-2026-5006 | ours: overrun | style: gmail | figs: d=7,b=2 | note: reads like an agreement but asks the amount in CAD and the taxes before paying
--
Bonjour,

C'est correct pour nous autres, mais 300 € HT ça fait combien en dollars canadiens, pis est-ce que la TPS/TVQ s'applique sur une facture qui vient de France? Je dois le savoir avant de faire le paiement, sinon mon conseil va me poser la question à la prochaine réunion.

Merci là,
Sylvie Dubé
Trésorière, Club d'aviation de Rimouski

@@ ifr007 | reply: confirm | from: secretariat@aeroclub-spa.be | ref: OF-2026-5007 | ours: migterms | style: outlook | figs: nbd=15,nbm=3 | qpos: above
--
Bonjour,

C'est en ordre pour nous : pas avant le 15 mars, on a bien compris, et on sait qu'on ne pourra pas revenir en arrière. Vous pouvez continuer.

Bien à vous,
Françoise Lejeune
Secrétariat - Aéro-Club de Spa-La Sauvenière
087 00 00 00

@@ ifr008 | reply: refuse | from: Secrétariat Héli-Club <secretariat@heliclub.mc> | ref: OF-2026-5008 | ours: pool | style: outlook | note: dictated to the secretary
--
Madame, Monsieur,

Monsieur Notari, Président de l'Héli-Club de Monaco, me charge de vous faire savoir que le club ne souhaite pas participer à ce développement. Nos heures de bonus sont réservées cette année à l'adaptation des tarifs de la saison d'hiver.

Il vous remercie de votre proposition et vous prie d'agréer ses salutations les meilleures.

Pour le Président,
Isabelle Gastaud
Secrétariat - Héli-Club de Monaco
Héliport de Fontvieille - +377 00 00 00 00

@@ ifr009 | reply: question | from: admin@pilotage-estrie.ca | ref: OF-2026-5009 | ours: setup | style: gmail | figs: p=300
--
Salut,

Le forfait à 300 € ça m'intéresse, mais avant : le questionnaire, c'est long à remplir? On est juste deux au bureau pis on est en plein dans la formation d'hiver. Est-ce que vous pourriez le remplir avec nous au téléphone à la place?

Merci!
Jérémie
Instructeur / admin, École de pilotage de l'Estrie

@@ ifr010 | reply: confirm | from: André Lambotte <andre.lambotte@skynet.be> | ref: OF-2026-5010 | ours: email | style: plain | note: the decision is in the subject line only
subject: Re: [OF-2026-5010] Mise à jour de l'adresse e-mail - oui, faites-le svp
--
André L.

@@ ifr011 | reply: refuse | from: comite@gvv-gruyere.ch | ref: OF-2026-5011 | ours: alpha | style: plain | figs: v=4
--
Bonjour,

Nous en avons discuté au comité de mardi. Le club a décidé de rester sur la version actuelle jusqu'à la sortie de la version stable : nos chefs de piste ne veulent pas voir les menus changer en pleine saison, et honnêtement je les comprends.

Merci pour les explications claires, et bonne fin de journée.

Pierre-Alain Castella
GVV de la Gruyère, Epagny
Natel 079 000 00 00

@@ ifr012 | reply: confirm | from: bureau@aeroclub-tregor.fr | ref: OF-2026-5012 | ours: estimate | style: plain | figs: h=2,b=9
--
Bonjour,
Prenez-les sur notre crédit. Merci.
Yann

@@ ifr013 | reply: confirm | from: Corinne Bonvin <admin@alpesvol.ch> | ref: OF-2026-5013 | ours: overrun | style: outlook
--
Envoyez la facture à admin@alpesvol.ch, nous la réglerons à réception.

Meilleures salutations,
Corinne Bonvin
Administration - Alpes Vol Formation SA
Route de l'Aéroport, 1950 Sion

@@ ifr014 | reply: question | from: Rosan Chérubin <rosan.cherubin@wanadoo.fr> | ref: OF-2026-5014 | ours: migfee | style: android
--
Bonjou,
Oui on veut bien la migration mais le club na pas de carte bancaire, on peut regler par cheque ou virement ? Et ca prend combien de temps apres le paiement ?
Rosan

Envoyé de mon smartphone

@@ ifr015 | reply: confirm | from: Hélène Vasseur <helene.vasseur41@free.fr> | ref: OF-2026-5015 | ours: devest | style: gmail | figs: d=9,h=5 | note: a story first, the decision in the last lines
--
Bonjour,

Un petit retour en arrière pour que vous compreniez pourquoi on tient à ce développement. Le 14 juillet dernier, jour de grand beau, on avait onze planeurs en piste et un seul remorqueur. Le chef de piste tenait la liste d'attente sur un carton de bière, qui s'est envolé au premier décollage. Résultat : deux pilotes qui se disputaient pour savoir qui passait avant, un stagiaire qui a attendu trois heures pour rien, et une ambiance que je ne souhaite à personne.

D'où notre demande d'une file d'attente de remorquage dans OpenFlyers. J'ai présenté votre chiffrage au conseil d'administration hier soir : les 5 heures de bonus plus les 4 heures facturées, soit 240 € HT, ça reste raisonnable pour un outil qu'on utilisera tous les week-ends.

Bon pour accord, donc. Vous pouvez lancer.

Hélène Vasseur
Présidente, Association Vélivole de Romorantin

@@ ifr016 | reply: refuse | from: Réjean Gagnon <rejean.gagnon@hotmail.com> | ref: OF-2026-5016 | ours: reset | style: plain
--
Bonjour,

Non merci, pas besoin. J'ai fini par trouver le courriel de réinitialisation, il était dans mes pourriels. Tout est beau de mon bord.

Réjean Gagnon
Club ULM du Lac-Saint-Jean

@@ ifr017 | reply: question | from: Carole Weis <tresorerie@aeroclub-noertrange.lu> | ref: OF-2026-5017 | ours: testplat | style: outlook
--
Moien,

Avant de dire oui, une précision : si nous supprimons la plateforme de test après deux semaines, la demi-heure est-elle quand même décomptée ? Et garde-t-elle nos vrais membres avec leurs soldes ? Nous ne voudrions pas que des e-mails partent à tout le monde par erreur.

Avec mes meilleures salutations,
Carole Weis
Trésorière - Aéro-Club de Noertrange
Tél. +352 00 00 00

@@ ifr018 | reply: confirm | from: secretariat@acpierrefonds.re | ref: OF-2026-5018 | ours: pool | style: gmail | figs: h=2,b=4 | qpos: above
--
Bonjour,

Pas de problème pour nous, mettez nos 2 heures dans le pot commun. Il nous en restera 2 pour la fin d'année, ça ira largement.

Bonne journée depuis Pierrefonds, ici il fait déjà 30 degrés !
Nathalie Payet
Secrétaire ACSPP

@@ ifr019 | reply: refuse | from: Marcel Jouffroy <marcel.jouffroy25@orange.fr> | ref: OF-2026-5019 | ours: setup | style: plain
--
Bonjour,

On va le faire nous-mêmes. Notre mécano est très à l'aise avec l'informatique, il avait déjà paramétré les tarifs dans l'ancien logiciel. Merci quand même.

M. Jouffroy
Aéro-Club du Haut-Doubs, Pontarlier

@@ ifr020 | reply: question | from: tresorerie.achd@gmail.com | ref: OF-2026-5020 | ours: email | style: gmail
--
Bonjour,
Je suis allé dans le compte client mais je ne vois aucune rubrique « Mes coordonnées », juste les factures et les plateformes. C'est où exactement ? Si je ne trouve pas je vous demanderai de le faire, mais je préfère éviter les 30 €.
Merci
Thierry, trésorier ACHD

@@ ifr021 | reply: question | from: tresorier@aeroclub-figeac.fr | ref: OF-2026-5021 | ours: migterms | style: outlook | figs: nbd=1,nbm=3 | note: agrees in principle but asks to move the not-before date
--
Bonjour,

D'accord sur le principe, mais le 1er mars nous paraît trop tôt : c'est le début de notre saison et les instructeurs reprennent les lâchers ce mois-là. Pourriez-vous reporter à fin avril, après les vacances de Pâques ? Dans ce cas nous confirmerons.

Cordialement,
Jean-Louis Bex
Trésorier, Aéro-Club de Figeac-Livernon

@@ ifr022 | reply: confirm | from: info@aviationrimouski.qc.ca | ref: OF-2026-5022 | ours: alpha | style: gmail | figs: v=4
--
Salut l'équipe!

Oui oui, on accepte, on a hâte d'essayer la 4.0alpha. Si les menus bougent, on va s'arranger, on est des pilotes, on s'adapte 😄

Max
instructeur, Club d'aviation de Rimouski

@@ ifr023 | reply: refuse | from: Jean-Luc Notari <jl.notari@heliclub.mc> | ref: OF-2026-5023 | ours: estimate | style: apple
--
Monsieur,

Après réflexion nous préférons différer cette demande à l'an prochain ; nous vous recontacterons en janvier.

Bien cordialement,
Jean-Luc Notari
Président, Héli-Club de Monaco

Envoyé de mon iPhone

@@ ifr024 | reply: refuse | from: tresorerie@aeroclub-spa.be | ref: OF-2026-5024 | ours: overrun | style: plain | figs: d=8,b=3
--
Bonjour,

Trois cents euros pour ça, non, on ne va pas faire. On se contentera de ce qui reste dans le crédit pour cette année et on verra à l'AG de février s'il y a un budget.

Merci de votre compréhension, à tantôt peut-être.
Luc Dethier, trésorier

@@ ifr025 | reply: question | from: Anne-Sophie Le Bihan <comptabilite@aeroclub-tregor.fr> | ref: OF-2026-5025 | ours: devest | style: outlook | figs: d=12,h=6
--
Bonjour,

Vous parlez d'autres structures qui pourraient participer. Lesquelles, et dans quel délai le saurons-nous ? Si un ou deux clubs prennent une partie des 6 heures restantes, nous signons tout de suite ; sinon il faudra que le bureau en rediscute.

Cordialement,
Anne-Sophie Le Bihan
Comptabilité, Aéro-Club du Trégor

@@ ifr026 | reply: confirm | from: cvvsh.tresorier@outlook.be | ref: OF-2026-5026 | ours: migfee | style: outlook | note: accountant, numbers only
--
Bonjour,

50,00 € HT, autoliquidation TVA (ASBL, n° d'entreprise BE 0000.000.000).
OK pour nous. Facture au nom de l'ASBL svp.

Christophe Henrard
Trésorier CVV Saint-Hubert

@@ ifr027 | reply: refuse | from: Kevin Dewulf <k.dewulf@sambre-aviation.be> | ref: OF-2026-5027 | ours: testplat | style: gmail
--
Hello,

Pas la peine, je vais la créer moi-même depuis le compte client ce soir, ça nous garde la demi-heure pour autre chose.

Merci !
Kevin

@@ ifr028 | reply: confirm | from: clubulm.lsj@videotron.ca | ref: OF-2026-5028 | ours: setup | style: plain | figs: p=180
--
Bonjour,

Ça adonne bien, on embarque pour le forfait. 180 € c'est pas mal moins que ce que ça nous coûterait en soirées de bénévoles. Envoyez-nous le questionnaire quand vous pourrez.

Merci beaucoup,
Lise Simard, secrétaire
Club ULM du Lac-Saint-Jean

@@ ifr029 | reply: question | from: ulm.hautanjou@orange.fr | ref: OF-2026-5029 | ours: reset | style: plain | note: elderly volunteer, confused between the two accounts; asks for a call before paying
--
Bonjour,

J'ai essayé le lien « mot de passe oublié » mais je ne sais plus si c'est celui de la plateforme où les membres réservent ou celui du compte client, c'est mon petit-fils qui m'avait installé tout ça sur l'ordinateur. Il est en Erasmus à Valence maintenant (en Espagne, pas dans la Drôme) et il ne répond pas beaucoup. Le message n'arrive pas, ou alors il arrive ailleurs.

Est-ce que quelqu'un pourrait m'expliquer au téléphone avant que je paie quoi que ce soit ? Je suis au 02 41 00 00 00 les matins sauf le mercredi (c'est le marché).

G. Boisseau

@@ ifr030 | reply: question | from: caisse@gvv-gruyere.ch | ref: OF-2026-5030 | ours: pool | style: plain | figs: h=2,b=5
--
Bonjour,

Avant d'engager nos deux heures : combien de clubs participent déjà, et quand ce développement serait-il disponible ? S'il arrive après la saison il ne nous sert pas à grand-chose cette année.

Meilleures salutations,
Daniel Overney, caissier

@@ ifr031 | reply: confirm | from: Audrey Martinat <accueil@bourbonnais-aviation.fr> | ref: OF-2026-5031 | ours: estimate | style: html | figs: h=3,b=14
--
Bonjour,

Aucune question de notre côté, l'estimation de 3 h nous convient. Vous pouvez planifier.

Bien cordialement,
Audrey Martinat
Accueil / planning - Bourbonnais Aviation Formation

@@ ifr032 | reply: refuse | from: Rosan Chérubin <rosan.cherubin@wanadoo.fr> | ref: OF-2026-5032 | ours: email | style: plain
--
Bonsoir,
Non c'est bon, notre nouvelle secrétaire a pu changer l'adresse elle-même dans le compte client. Pas besoin d'intervention. Mèsi !
Rosan Chérubin

@@ ifr033 | reply: confirm | from: Nancy Roy <comptabilite@pilotage-estrie.ca> | ref: OF-2026-5033 | ours: overrun | style: outlook | figs: d=6,b=1 | qpos: above
--
Bonjour,

Approuvé. 5 h x 60 € = 300 € HT, montant prévu au budget TI de l'exercice. Veuillez émettre la facture au nom de l'École de pilotage de l'Estrie inc., à l'attention de la comptabilité.

Merci,
Nancy Roy, CPA
Comptabilité

@@ ifr034 | reply: question | from: Anli Madi <anli.madi976@gmail.com> | ref: OF-2026-5034 | ours: migfee | style: gmail | note: "D'accord, mais" then asks the total
--
Bonjour
D'accord, mais au total ça fait combien avec la TVA ? À Mayotte on ne sait jamais si elle s'applique ou pas... Il me faut le montant exact pour le faire voter au bureau.
Anli Madi
Aéro-Club de Mayotte

@@ ifr035 | reply: confirm | from: contact@aeroclub-figeac.fr | ref: OF-2026-5035 | ours: testplat | style: plain | noquote: 1
--
vu, on valide.
C. Vialard

@@ ifr036 | reply: refuse | from: Tom Schmit <t.schmit@pt.lu> | ref: OF-2026-5036 | ours: devest | style: outlook
--
Bonjour,

Merci pour le devis. Le conseil d'administration l'a examiné et a décidé de ne pas y donner suite : le montant restant à notre charge dépasse ce que nous pouvons engager cette année. Nous allons plutôt poster l'idée sur le forum pour voir si d'autres clubs sont intéressés, et nous reviendrons éventuellement vers vous l'an prochain.

Meilleures salutations,
Tom Schmit
Président, Aéro-Club de Noertrange

@@ ifr037 | reply: confirm | from: André Lambotte <andre.lambotte@skynet.be> | ref: OF-2026-5037 | ours: migterms | style: outlook | figs: nbd=1,nbm=2
--
Bonjour Madame, Monsieur,

Bien reçu. Pas avant le 1er février, pas de date garantie, pas de retour en arrière : tout ça est clair et ça nous va. Vous pouvez mettre la migration dans votre planning dès que la facture sera payée, notre trésorier s'en occupe cette semaine.

Bien à vous,
André Lambotte
CVV Saint-Hubert

@@ ifr038 | reply: question | from: clubulm.lsj@videotron.ca | ref: OF-2026-5038 | ours: alpha | style: plain | figs: v=4
--
Bonjour,
Si on passe en 4.0alpha pis que ça plante en plein été, vous nous dépannez gratuitement ou c'est facturé? On est en First Price, on n'a pas d'heures de bonus. Je veux le savoir avant d'accepter.
Lise

@@ ifr039 | reply: confirm | from: finances@aeroclub-yverdon.ch | ref: OF-2026-5039 | ours: pool | style: plain | figs: h=3,b=8 | note: accountant, numbers only
--
Bonjour,

3 h sur 8 h, solde 5 h. Accord.

Salutations,
R. Chevalley, finances

@@ ifr040 | reply: refuse | from: aeroclub.hautdoubs@laposte.net | ref: OF-2026-5040 | ours: reset | style: plain
--
Bonjour,

Ne faites rien, merci. Nous avons retrouvé le mot de passe dans le classeur du bureau, il était noté sur la dernière page. Désolée pour le dérangement.

Odile, secrétariat ACHD

@@ ifr041 | reply: question | from: tresorier@velivole-romorantin.fr | ref: OF-2026-5041 | ours: estimate | style: gmail | figs: h=3,b=4 | qpos: above
--
Bonjour,

Trois heures sur les quatre qu'il nous reste, ça fait mal. Si vous arrivez à le faire en deux heures je signe des deux mains, sinon je préférerais qu'on en reparle. C'est jouable ?

Bernard Moreau
Trésorier AVR

@@ ifr042 | reply: confirm | from: compta@sambre-aviation.be | ref: OF-2026-5042 | ours: setup | style: alt | figs: p=240
--
Bonjour,

Le forfait à 240 € HT est accepté. Merci de libeller la facture au nom de Sambre Aviation Training SRL, numéro d'entreprise BE 0000.000.000. Chez nous le paiement se fait à trente jours fin de mois.

Cordialement,
Sabrina Leclercq
Comptabilité

@@ ifr043 | reply: refuse | from: jmhoarau974@gmail.com | ref: OF-2026-5043 | ours: alpha | style: gmail | figs: v=4
--
Bonjour,

Nou la bien réfléchi : non, on ne passera pas en alpha. Nos élèves ont déjà du mal avec la version actuelle, si les menus changent toutes les semaines le bureau va crouler sous les appels. On attendra la version stable.

Jean-Max
ACSPP

@@ ifr044 | reply: question | from: Claudine Vialard <claudine.vialard@sfr.fr> | ref: OF-2026-5044 | ours: overrun | style: apple | figs: d=5,b=1 | note: conditional yes
--
Ok pour les 240 € si c'est un prix ferme. Si ça dépasse, vous nous prévenez avant ?

Claudine

Envoyé de mon iPhone

@@ ifr045 | reply: confirm | from: ulmlamentin972@orange.fr | ref: OF-2026-5045 | ours: email | style: plain | note: contains "question" but is a plain yes
--
Bonsoir,

Pour répondre à votre question : oui, faites le changement. Notre ancienne secrétaire est partie en Métropole et plus personne ne lit sa boîte. La nouvelle adresse à mettre est secretariat.ulmlamentin@gmail.com.

Merci d'avance,
Marie-Line
ULM Club du Lamentin

@@ ifr046 | reply: confirm | from: Nicolas Fournier <direction@alpesvol.ch> | ref: OF-2026-5046 | ours: devest | style: html | figs: d=14,h=10
--
Madame, Monsieur,

Nous avons pris connaissance de votre devis et l'acceptons tel quel : dix heures imputées sur nos heures de bonus, le solde de quatre heures facturé au tarif horaire indiqué.

Nous vous prions d'agréer, Madame, Monsieur, nos salutations distinguées.

Nicolas Fournier
Directeur, Alpes Vol Formation SA
Route de l'Aéroport, 1950 Sion
+41 27 000 00 00

@@ ifr047 | reply: question | from: tresorerie@heliclub.mc | ref: OF-2026-5047 | ours: testplat | style: plain | note: yes only on a condition of date
--
Bonjour,

Nous sommes d'accord pour la plateforme de test, à une réserve près : pouvez-vous ne la créer qu'après le 1er décembre ? D'ici là notre responsable est en déplacement et personne ne pourra s'en servir.

Cordialement,
Service trésorerie
Héli-Club de Monaco

@@ ifr048 | reply: refuse | from: tresorerie.achd@gmail.com | ref: OF-2026-5048 | ours: migfee | style: outlook | nothread: 1 | note: the decision is in the subject line only
subject: RE : [OF-2026-5048] Frais de migration (abonnement First Price) - NON, on annule
--
Thierry

@@ ifr049 | reply: confirm | from: secretariat@acpierrefonds.re | ref: OF-2026-5049 | ours: migterms | style: gmail | figs: nbd=10,nbm=1
--
Bonjour,

C'est noté pour le 10 janvier au plus tôt, ça tombe bien, c'est après la rentrée. Nous sommes d'accord avec les conditions.

Bonne journée,
Nathalie Payet

@@ ifr050 | reply: question | from: Jean-Pierre Gillet <jp.gillet@skynet.be> | ref: OF-2026-5050 | ours: setup | style: plain | figs: p=300
--
Bonjour,

Je voudrais bien, mais je dois d'abord savoir une chose : est-ce que le forfait comprend aussi la reprise des soldes des comptes pilotes ? On a nonante membres et je ne me vois pas les réencoder un par un. Si oui c'est d'accord, sinon je dois réfléchir.

Jean-Pierre Gillet

@@ ifr051 | reply: confirm | from: Dylan <dylan.fi.charleroi@hotmail.be> | ref: OF-2026-5051 | ours: pool | style: plain | figs: h=1,b=6 | note: a young instructor writing from a personal address not on record
--
Yes, on participe ! Une heure c'est rien et on attend cette fonction depuis deux ans 😀

Dylan, instructeur FI
Sambre Aviation

@@ ifr052 | reply: refuse | from: Marc-André Pelletier <ma.pelletier@globetrotter.net> | ref: OF-2026-5052 | ours: estimate | style: gmail
--
Bonjour,

Finalement on va laisser faire. Un membre du CA a trouvé une façon de contourner le problème avec un rapport qui existe déjà, on va s'arranger avec ça pour l'instant.

Merci pareil!
Marc-André Pelletier
Président, Club d'aviation de Rimouski

@@ ifr053 | reply: confirm | from: cvvsainthubert@gmail.com | ref: OF-2026-5053 | ours: reset | style: gmail
--
bonjour, oui s'il vous plait faites le, on n'y arrive pas. merci. Amélie

@@ ifr054 | reply: question | from: pa.castella@bluewin.ch | ref: OF-2026-5054 | ours: devest | style: plain | figs: d=10,h=5
--
Bonjour,

Je ne comprends pas bien le calcul : dix heures de développement, cinq sur nos bonus, donc cinq facturées, soit trois cents euros hors taxe. Mais nous sommes en Suisse : la TVA française s'applique-t-elle ? Et peut-on payer en francs ? Je dois présenter un chiffre en CHF au comité avant de répondre.

Meilleures salutations,
Pierre-Alain Castella

@@ ifr055 | reply: confirm | from: Yann Le Goff <yann.legoff22@orange.fr> | ref: OF-2026-5055 | ours: overrun | style: plain | figs: d=9,b=4 | qpos: above | note: small talk first, decision after
--
Bonjour,

Je rentre d'une semaine de navigation en Irlande avec trois membres du club (météo bretonne, on n'a pas été dépaysés), d'où ma réponse tardive. J'ai trouvé votre message en rentrant et j'en ai parlé ce matin avec Anne-Sophie à la compta.

On est d'accord : vous facturez les 5 heures qui dépassent, 300 € HT.

Yann Le Goff
Président, Aéro-Club du Trégor

@@ ifr056 | reply: refuse | from: F. Aubignat <f.aubignat@bourbonnais-aviation.fr> | ref: OF-2026-5056 | ours: setup | style: outlook | figs: p=420
--
Bonjour,

Non merci pour le forfait. Nous avons les compétences en interne, notre chef pilote s'occupera du paramétrage en janvier.

Cordialement,
F. Aubignat
Gérant, Bourbonnais Aviation Formation SARL

@@ ifr057 | reply: question | from: tresorier@aeroclub-figeac.fr | ref: OF-2026-5057 | ours: alpha | style: plain | figs: v=4
--
Bonjour,

« Pas de retour en arrière » : cela veut dire qu'on reste en alpha pour toujours, ou qu'on passera automatiquement à la 4.0 quand elle sortira ? Ce n'est pas clair pour moi et je préfère comprendre avant que le club s'engage.

J.-L. Bex

@@ ifr058 | reply: confirm | from: tresorier@acpierrefonds.re | ref: OF-2026-5058 | ours: testplat | style: android
--
Ok creez la, merci. Prenez la demi heure sur nos heures.
Jean-Max

Envoyé depuis mon Galaxy

@@ ifr059 | reply: refuse | from: Jean-Luc Notari <jl.notari@heliclub.mc> | ref: OF-2026-5059 | ours: migterms | style: outlook | figs: nbd=1,nbm=4
--
Madame, Monsieur,

Après en avoir délibéré, le bureau préfère conserver sa version figée actuelle, qui donne entière satisfaction. Je vous saurais donc gré d'annuler notre demande de migration.

Je vous prie de croire, Madame, Monsieur, à l'assurance de mes sentiments les meilleurs.

Jean-Luc Notari
Président, Héli-Club de Monaco

@@ ifr060 | reply: question | from: Anli Madi <anli.madi976@gmail.com> | ref: OF-2026-5060 | ours: email | style: plain
--
Bonjour,
Avant de répondre oui : les 30 € HT, c'est pour changer une seule adresse ou les deux (client et contact) ? Nous voulons changer les deux, la gmail du club ne sert plus.
Anli

@@ ifr061 | reply: confirm | from: Valérie Perrin <valerie.perrin@sunrise.ch> | ref: OF-2026-5061 | ours: estimate | style: plain | figs: h=2,b=10
--
Bonjour,

Bonne nouvelle, deux heures c'est moins que ce que nous craignions. Allez-y, il nous en restera huit pour la saison.

Meilleures salutations,
Valérie Perrin

@@ ifr062 | reply: refuse | from: tresorerie@aeroclub-noertrange.lu | ref: OF-2026-5062 | ours: pool | style: plain
--
Bonjour,

Nous ne sommes pas intéressés par ce développement, nous n'avons pas de planeurs au club. Nous gardons nos heures.

Cordialement,
C. Weis

@@ ifr063 | reply: question | from: Jean-Luc Notari <jl.notari@heliclub.mc> | ref: OF-2026-5063 | ours: overrun | style: apple | figs: d=6,b=1 | note: disputes the balance and asks a statement before accepting
--
Monsieur,

Je suis surpris : en début d'année nous avions dix heures, et je n'ai souvenir que de deux interventions. Avant d'accepter quelque facture que ce soit, j'aimerais recevoir le relevé détaillé des heures consommées en 2026.

Jean-Luc Notari

Envoyé de mon iPhone

@@ ifr064 | reply: confirm | from: Réjean Gagnon <rejean.gagnon@hotmail.com> | ref: OF-2026-5064 | ours: migfee | style: plain
--
Bonjour,

Oui, on la maintient. La facture sera payée par carte dès qu'elle apparaîtra dans le compte client.

Merci, bonne fin de semaine!
Réjean

@@ ifr065 | reply: confirm | from: tresorerie@aviationrimouski.qc.ca | ref: OF-2026-5065 | ours: devest | style: gmail | figs: d=7,h=3 | qpos: above
--
Bonjour,

Aucun problème avec le devis. Le CA l'a approuvé par courriel hier soir (5 pour, 0 contre). Vous pouvez imputer les 3 heures de bonus et nous facturer le reste.

Sylvie Dubé, trésorière

@@ ifr066 | reply: question | from: bureau@aeroclub-tregor.fr | ref: OF-2026-5066 | ours: setup | style: outlook | figs: p=360
--
Bonjour,

Le forfait paramétrage est-il vraiment payant pour nous ? Nous sommes en Première et je croyais que le paramétrage était compris. Pouvez-vous vérifier ?

Cordialement,
Secrétariat ACT

@@ ifr067 | reply: refuse | from: caisse@gvv-gruyere.ch | ref: OF-2026-5067 | ours: testplat | style: plain
--
Bonjour,

Merci, mais ce ne sera pas nécessaire pour l'instant. Nous referons signe si besoin.

D. Overney

@@ ifr068 | reply: confirm | from: secretariat@aeroclub-spa.be | ref: OF-2026-5068 | ours: alpha | style: plain | figs: v=4 | note: the decision is in the subject line only
subject: Re: [OF-2026-5068] Conditions d'utilisation d'une version alpha/beta - conditions acceptées
--
Françoise L.
Secrétariat AC Spa

@@ ifr069 | reply: question | from: cvvsh.tresorier@outlook.be | ref: OF-2026-5069 | ours: reset | style: outlook | note: yes, but asks who will receive the new password
--
Bonjour,

D'accord pour que vous le fassiez, mais le nouveau mot de passe, vous l'envoyez à qui ? Notre ancien responsable n'est plus au club depuis l'été et je ne voudrais pas que ce soit lui qui le reçoive.

Cordialement,
Christophe Henrard, trésorier CVV Saint-Hubert

@@ ifr070 | reply: confirm | from: tresorier@aeroclub-figeac.fr | ref: OF-2026-5070 | ours: pool | style: outlook | figs: h=2,b=3
--
Bonjour,

Le bureau est favorable : vous pouvez compter nos 2 heures dans le financement commun.

Cordialement,
Jean-Louis Bex

@@ ifr071 | reply: question | from: comite@gvv-gruyere.ch | ref: OF-2026-5071 | ours: migterms | style: plain | figs: nbd=20,nbm=3
--
Bonjour,

Le 20 mars nous convient. En revanche nous avons encore une facture de 2025 ouverte, à cause d'un malentendu avec notre ancien caissier ; faut-il la régler avant, ou peut-on la payer en même temps que celle de la migration ?

Meilleures salutations,
Le comité du GVV Gruyère

@@ ifr072 | reply: refuse | from: ulm.hautanjou@orange.fr | ref: OF-2026-5072 | ours: email | style: plain
--
Bonjour,
Nous le ferons nous-mêmes dans le compte client, mon voisin va m'aider, il est informaticien à la retraite. Ne faites rien s'il vous plaît.
Gérard Boisseau

@@ ifr073 | reply: confirm | from: compta@sambre-aviation.be | ref: OF-2026-5073 | ours: estimate | style: outlook | figs: h=2,b=12 | qpos: above | note: accountant, numbers only
--
Bonjour,

Solde actuel 12 h, consommation 2 h, solde après intervention 10 h. Conforme à notre suivi. Accord.

Sabrina Leclercq
Comptabilité

@@ ifr074 | reply: question | from: secretariat@acpierrefonds.re | ref: OF-2026-5074 | ours: devest | style: gmail | figs: d=8,h=4 | note: yes to the bonus part, no to the invoiced part for now
--
Bonjour,

Le bureau dit oui pour la partie prise sur les bonus (les 4 h), mais pas pour les 4 h facturées tant qu'on ne sait pas si d'autres clubs participent. Est-ce qu'on peut commencer avec les 4 h de bonus et attendre pour le reste ?

Nathalie

@@ ifr075 | reply: confirm | from: caisse@gvv-gruyere.ch | ref: OF-2026-5075 | ours: overrun | style: plain | figs: d=6,b=2 | date: 2026-10-21 18:40 | note: a yes with a preference that is explicitly not a condition
--
Bonjour,

C'est d'accord pour les 240 euros. Nous préférerions recevoir la facture en décembre plutôt qu'en novembre, pour notre bouclement, mais ce n'est pas une condition.

D. Overney, caissier

@@ ifr076 | reply: refuse | from: aeroclub.mayotte@gmail.com | ref: OF-2026-5076 | ours: migfee | style: android | noquote: 1
--
non merci pas cette annee

envoyé de mon téléphone

@@ ifr077 | reply: confirm | from: Secrétariat Héli-Club <secretariat@heliclub.mc> | ref: OF-2026-5077 | ours: setup | style: html | figs: p=300 | note: dictated to the secretary
--
Madame, Monsieur,

Monsieur Notari me prie de vous informer qu'il donne son accord pour le forfait paramétrage. Le questionnaire pourra être adressé au secrétariat, qui le complétera avec le chef pilote.

Veuillez agréer, Madame, Monsieur, l'expression de nos sentiments distingués.

Isabelle Gastaud
Secrétariat de la Présidence
Héli-Club de Monaco

@@ ifr078 | reply: question | from: admin@pilotage-estrie.ca | ref: OF-2026-5078 | ours: testplat | style: gmail
--
Allo,

La plateforme test, est-ce qu'elle va avoir nos vraies données ou c'est une copie de la démo? J'veux faire pratiquer nos nouveaux instructeurs sans toucher aux vrais dossiers des élèves.

Jérémie

@@ ifr079 | reply: confirm | from: Jos Kremer <secretariat@aeroclub-noertrange.lu> | ref: OF-2026-5079 | ours: migterms | style: outlook | figs: nbd=15,nbm=1 | note: elderly volunteer reminiscing before agreeing
--
Bonjour,

Je m'occupe du secrétariat bénévolement depuis que j'ai arrêté de voler, il y a six ans déjà (les yeux, malheureusement). J'ai commencé sur Piper Cub à Noertrange en 1971 ; à l'époque on réservait l'avion sur un cahier accroché au mur du hangar, et il y avait toujours quelqu'un pour effacer le nom des autres. Alors vos ordinateurs, vous pensez, c'est un progrès ! Même si je dois souvent appeler ma fille pour retrouver un bouton.

Nous avons bien lu vos conditions. Le comité est d'accord : pas avant le 15 janvier, et nous savons qu'on ne revient pas en arrière. Vous pouvez continuer.

Avec mes salutations cordiales,
Jos Kremer
Secrétaire, Aéro-Club de Noertrange

@@ ifr080 | reply: refuse | from: Hélène Vasseur <helene.vasseur41@free.fr> | ref: OF-2026-5080 | ours: overrun | style: gmail | figs: d=4,b=1
--
Bonjour,

On va se débrouiller autrement : notre webmaster fera l'export à la main, ça lui prendra une soirée. On n'engage pas de frais supplémentaires cette année.

Hélène

@@ ifr081 | reply: confirm | from: ulmlamentin972@orange.fr | ref: OF-2026-5081 | ours: alpha | style: plain | figs: v=4
--
Bonjour,
Conditions acceptées, on passe en 4.0alpha.
ULM Club du Lamentin

@@ ifr082 | reply: question | from: Corinne Bonvin <admin@alpesvol.ch> | ref: OF-2026-5082 | ours: pool | style: outlook | figs: h=4,b=9
--
Bonjour,

Avant de confirmer notre participation de 4 heures, pourriez-vous nous transmettre le descriptif du développement ? Notre direction veut s'assurer qu'il couvre aussi les qualifications montagne (altisurfaces), sans quoi il n'a pas grand intérêt pour nous.

Meilleures salutations,
Corinne Bonvin

@@ ifr083 | reply: confirm | from: Marcel Jouffroy <marcel.jouffroy25@orange.fr> | ref: OF-2026-5083 | ours: email | style: plain
--
Bonjour,
Changez-la pour nous s'il vous plaît, la nouvelle adresse est aeroclub.hautdoubs@orange.fr. Facturez les 30 €.
Marcel Jouffroy

@@ ifr084 | reply: question | from: jmhoarau974@gmail.com | ref: OF-2026-5084 | ours: estimate | style: gmail | figs: h=3,b=4 | qpos: above
--
D'accord, mais si la mise en place des nouveaux tarifs ULM en décembre dépasse l'heure qui reste, ce sera facturé combien ? Je préfère savoir maintenant avant de valider.

Jean-Max

@@ ifr085 | reply: refuse | from: tresorerie@heliclub.mc | ref: OF-2026-5085 | ours: devest | style: html
--
Madame, Monsieur,

Nous avons le regret de vous informer que nous ne donnerons pas suite à ce devis ; le budget 2027 ne le permet pas.

Nous vous prions d'agréer nos salutations distinguées.

Service trésorerie, Héli-Club de Monaco

@@ ifr086 | reply: confirm | from: Jean-Pierre Gillet <jp.gillet@skynet.be> | ref: OF-2026-5086 | ours: testplat | style: plain
--
Bonjour,

Ça va, créez-la une fois pour nous, je n'ai pas le temps cette semaine avec les baptêmes de l'air. Merci bien !

JP Gillet

@@ ifr087 | reply: question | from: Amélie Noël <amelie.noel.cvv@gmail.com> | ref: OF-2026-5087 | ours: migfee | style: gmail | note: a club volunteer writing from a personal address not on record; unsure what was asked
--
Bonjour,

On a reçu deux messages, un qui parle de 50 € pour la migration et un autre qui disait que c'était gratuit pour la 4.0alpha. On ne sait plus lequel croire, ni même si on avait demandé la version stable ou l'alpha. Je vérifie avec André et je reviens vers vous.

Amélie, secrétariat CVV Saint-Hubert

@@ ifr088 | reply: confirm | from: clubulm.lsj@videotron.ca | ref: OF-2026-5088 | ours: reset | style: plain | note: contains "problème" but is a plain yes
--
Bonjour,

Le problème, c'est que l'adresse de récupération est celle de notre ancien président, qui est parti en Floride pour l'hiver et qui ne répond pas. Alors oui, faites-le pour nous, on paiera les 30 €.

Lise Simard

@@ ifr089 | reply: refuse | from: secretariat@aeroclub-yverdon.ch | ref: OF-2026-5089 | ours: alpha | style: html | figs: v=4
--
Madame, Monsieur,

Après examen de vos conditions, le comité renonce à passer sur la version 4.0alpha : un club formateur ne peut se permettre des fonctions incomplètes en cours de formation. Nous attendrons la publication de la version stable.

Nous vous prions de recevoir, Madame, Monsieur, nos salutations distinguées.

Le secrétariat
Aéro-Club d'Yverdon-les-Bains

@@ ifr090 | reply: question | from: Tom Schmit <t.schmit@pt.lu> | ref: OF-2026-5090 | ours: overrun | style: plain | figs: d=5,b=2 | note: conditional yes
--
Moien,

Ok pour 180 € s'il n'y a pas de TVA luxembourgeoise en plus. Vous pouvez me le confirmer ?

Tom Schmit

@@ ifr091 | reply: confirm | from: Josée Bergeron <j.bergeron@pilotage-estrie.ca> | ref: OF-2026-5091 | ours: devest | style: outlook | figs: d=16,h=12
--
Bonjour,

Suite à la rencontre de direction de ce matin, je vous confirme que nous acceptons le devis : 12 heures sur notre banque d'heures et 4 heures facturées. Vous pouvez procéder.

Cordialement,
Josée Bergeron
Directrice générale, École de pilotage de l'Estrie inc.
819 000-0000

@@ ifr092 | reply: refuse | from: Anli Madi <anli.madi976@gmail.com> | ref: OF-2026-5092 | ours: setup | style: plain
--
Bonjour,
Merci mais nous n'avons qu'un seul avion et trois tarifs, on s'en sortira sans forfait.
Anli Madi

@@ ifr093 | reply: question | from: Anne-Sophie Le Bihan <comptabilite@aeroclub-tregor.fr> | ref: OF-2026-5093 | ours: pool | style: outlook | figs: h=3,b=6 | note: passes the decision to the president
--
Bonjour,

Je transmets au président, qui est le seul à pouvoir engager des heures de bonus. Il vous répondra après le bureau du 12.

Anne-Sophie Le Bihan

@@ ifr094 | reply: confirm | from: Yann Le Goff <yann.legoff22@orange.fr> | ref: OF-2026-5094 | ours: migterms | style: apple | figs: nbd=1,nbm=6 | qpos: above
--
Lu et approuvé. Pas avant le 1er juin, c'est parfait, ça laisse passer la saison des examens.

Yann Le Goff

Envoyé de mon iPad

@@ ifr095 | reply: question | from: cvvsh.tresorier@outlook.be | ref: OF-2026-5095 | ours: email | style: outlook | note: complaint about the fee, no decision
--
Bonjour,

Je ne comprends pas : nous sommes en First Price depuis 2024 et on m'avait dit à l'époque que les modifications d'adresse étaient gratuites. C'est nouveau ? Je ne veux pas valider une dépense que le bureau n'a pas votée.

Christophe Henrard, trésorier

@@ ifr096 | reply: confirm | from: direction@alpesvol.ch | ref: OF-2026-5096 | ours: estimate | style: plain | figs: h=4,b=16 | noquote: 1
--
OK pour les 4 h. NF

@@ ifr097 | reply: refuse | from: secretariat@aeroclub-noertrange.lu | ref: OF-2026-5097 | ours: testplat | style: plain | note: "problème" in a refusal
--
Bonjour,
Nous n'en avons plus besoin, notre problème de tarifs est réglé. Merci.
Jos Kremer

@@ ifr098 | reply: confirm | from: gestion@bourbonnais-aviation.fr | ref: OF-2026-5098 | ours: overrun | style: outlook | figs: d=10,b=4
--
Bonjour,

Bon pour 360,00 € HT (6 h x 60,00). Facture à transmettre à gestion@bourbonnais-aviation.fr, règlement par virement à 30 jours.

Service gestion

@@ ifr099 | reply: question | from: contact@aeroclub-figeac.fr | ref: OF-2026-5099 | ours: setup | style: plain | figs: p=240
--
Bonjour,

Le forfait, c'est un montant unique ou il revient chaque année ? Si c'est une seule fois je pense qu'on le prendra, mais je ne veux pas de mauvaise surprise en 2027.

Claudine Vialard

@@ ifr100 | reply: confirm | from: aeroclub.hautdoubs@laposte.net | ref: OF-2026-5100 | ours: alpha | style: plain | figs: v=4
--
Bonjour,

Oui, on accepte. De toute façon on a toujours aimé essayer les nouveautés, notre président appelle ça l'esprit pionnier du Haut-Doubs. Vous pouvez y aller.

Odile

@@ ifr101 | reply: refuse | from: tresorier@aeroclub-figeac.fr | ref: OF-2026-5101 | ours: estimate | style: outlook | figs: h=3,b=4 | qpos: above
--
Bonjour,

Nous allons attendre l'assemblée générale de janvier : les heures de 2027 seront alors disponibles et cela nous évitera de vider le crédit de cette année pour une seule demande. Merci de mettre celle-ci de côté.

Jean-Louis Bex
Trésorier

@@ ifr102 | reply: question | from: Réjean Gagnon <rejean.gagnon@hotmail.com> | ref: OF-2026-5102 | ours: migterms | style: plain | figs: nbd=15,nbm=4 | nothread: 1
--
Bonjour,

Le 15 avril, c'est la date où ça va se faire ou juste la date minimum? On voudrait que ce soit fait avant la reprise des vols en mai, sinon ça ne nous intéresse pas vraiment. Pouvez-vous nous garantir ça?

Réjean

@@ ifr103 | reply: confirm | from: secretariat@velivole-romorantin.fr | ref: OF-2026-5103 | ours: pool | style: apple | figs: h=1,b=5 | note: the decision is in the subject line only
subject: Re: [OF-2026-5103] Participation à un développement mutualisé : OK pour 1 h
--
Envoyé de mon iPhone

@@ ifr104 | reply: question | from: Kevin Dewulf <k.dewulf@sambre-aviation.be> | ref: OF-2026-5104 | ours: devest | style: gmail | figs: d=9,h=6
--
Hello,

Le devis est ok sur le fond mais 9 h pour un export CSV ça me paraît beaucoup, franchement. Vous pouvez détailler un peu ? Si c'est justifié on valide direct.

Kevin

@@ ifr105 | reply: refuse | from: tresorerie.achd@gmail.com | ref: OF-2026-5105 | ours: reset | style: gmail | note: "question" in a refusal
--
Bonjour,
Pas question de payer 30 € pour ça, je vais refaire la manip avec le lien, j'ai dû me tromper d'identifiant la première fois.
Thierry

@@ ifr106 | reply: confirm | from: André Lambotte <andre.lambotte@skynet.be> | ref: OF-2026-5106 | ours: migfee | style: android | noquote: 1
--
Go, on paye. Merçi
AL

@@ ifr107 | reply: question | from: aeroclub.mayotte@gmail.com | ref: OF-2026-5107 | ours: alpha | style: plain | figs: v=4
--
Bonjour,
On accepte peut etre mais on a une question : avec l'alpha est ce que l'application sur telephone marche encore ? Nos pilotes reservent tous avec leur portable.
Anli

@@ ifr108 | reply: confirm | from: ulmlamentin972@orange.fr | ref: OF-2026-5108 | ours: migfee | style: plain | note: a story first, the decision at the end
--
Bonjour,

Cyclone ou pas, la saison reprend ! Nous avons eu de la chance cette année, le hangar a tenu et les deux machines n'ont rien. Par contre l'ordinateur du club a pris l'eau quand la tôle du bureau s'est envolée, c'est pour ça que nous avons mis du temps à répondre. Marie-Line a racheté un portable d'occasion la semaine dernière au Lamentin.

Pour la migration : on la maintient. Envoyez la facture de 50 €, on la paiera par virement.

Bonne journée,
Marie-Line
ULM Club du Lamentin

@@ ifr109 | reply: question | from: finances@aeroclub-yverdon.ch | ref: OF-2026-5109 | ours: estimate | style: plain | figs: h=4,b=6
--
Bonjour,

4 h sur 6 h restantes : cela dépasse ce que je peux engager seul (plafond fixé par le comité : 2 h par demande). Je soumets la demande au comité du 2 décembre et je reviens vers vous ensuite.

R. Chevalley, finances

@@ ifr110 | reply: question | from: tresorerie@aviationrimouski.qc.ca | ref: OF-2026-5110 | ours: setup | style: gmail | figs: p=360 | qpos: above | note: agrees only if it can be paid in two instalments
--
Bonjour,

D'accord pour le forfait, mais 360 € d'un coup ça tombe mal avec l'assurance des avions qui arrive en décembre. Est-ce qu'on peut payer en deux versements, un maintenant pis un en janvier? Si oui, on embarque.

Sylvie Dubé, trésorière

@@ ifr111 | reply: refuse | from: F. Aubignat <f.aubignat@bourbonnais-aviation.fr> | ref: OF-2026-5111 | ours: devest | style: outlook | note: the decision is in the subject line only
subject: RE : [OF-2026-5111] Devis de développement - pas de suite pour nous
--
Cdt
F. Aubignat

@@ ifr112 | reply: confirm | from: Anli Madi <anli.madi976@gmail.com> | ref: OF-2026-5112 | ours: email | style: plain
--
Bonjour,
Pas de souci, faites la modification : l'adresse client reste aeroclub.mayotte@gmail.com et l'adresse contact devient tresorier.acm976@gmail.com. Nous paierons les 30 €.
Anli

@@ ifr113 | reply: question | from: Rosan Chérubin <rosan.cherubin@wanadoo.fr> | ref: OF-2026-5113 | ours: reset | style: plain | note: confuses the client account with the platform login
--
Bonsoir,

Avant de vous faire payer : l'identifiant c'est quoi exactement, le nom de la plateforme c'est ulm-lamentin ou ulmlamentin972 comme l'adresse mail ? Et c'est le même mot de passe que celui que j'utilise pour reserver le Savannah ? Je m'y perd un peu entre tout ces comptes.

Rosan

@@ ifr114 | reply: refuse | from: Nancy Roy <comptabilite@pilotage-estrie.ca> | ref: OF-2026-5114 | ours: estimate | style: outlook | figs: h=3,b=3 | note: accountant, numbers only
--
Bonjour,

Solde actuel : 3 h. Besoin déjà prévu en décembre : 3 h (formation des nouveaux employés). Solde disponible pour cette demande : 0 h. Demande refusée, merci de ne pas engager nos heures.

Nancy Roy, CPA

@@ ifr115 | reply: confirm | from: pa.castella@bluewin.ch | ref: OF-2026-5115 | ours: estimate | style: alt | figs: h=1,b=5 | date: 2026-10-02 10:15 | note: a yes, then off-topic small talk
--
Bonjour,

Merci pour la réponse rapide. Une heure, c'est très raisonnable : vous pouvez aller de l'avant.

Au passage : nous avons eu une superbe fin de saison, avec un 500 km au départ d'Epagny le 3 septembre, record du club battu de huitante kilomètres. Si un jour vous passez en Gruyère, le café est offert au club-house (et la meringue double crème aussi).

Pierre-Alain

@@ ifr116 | reply: question | from: Marcel Jouffroy <marcel.jouffroy25@orange.fr> | ref: OF-2026-5116 | ours: migfee | style: plain
--
Bonjour,
Cinquante euros, pourquoi pas, mais est-ce que la migration va aussi régler notre souci de réservations qui se bloquent le dimanche matin ? Sinon je ne vois pas trop l'intérêt.
M. Jouffroy

@@ ifr117 | reply: confirm | from: tresorerie@aeroclub-spa.be | ref: OF-2026-5117 | ours: devest | style: plain | figs: d=7,h=5 | qpos: above
--
Bonjour,

Pour cent vingt euros, on ne va pas hésiter. C'est bon pour nous, vous pouvez y aller. Avec à peu près septante pour-cent pris sur les bonus, c'est une bonne affaire.

Luc Dethier
Trésorier AC Spa

@@ ifr118 | reply: refuse | from: Marc-André Pelletier <ma.pelletier@globetrotter.net> | ref: OF-2026-5118 | ours: migterms | style: gmail | figs: nbd=1,nbm=2
--
Bonjour,

Finalement on ne migrera pas cet hiver. Le CA préfère attendre que la version 4 ait fait ses preuves dans d'autres clubs. Vous pouvez fermer la demande, on vous recontactera quand on sera prêts.

Marc-André

@@ ifr119 | reply: confirm | from: Gérard Boisseau <gerard.boisseau49@wanadoo.fr> | ref: OF-2026-5119 | ours: reset | style: plain | note: elderly volunteer, long, the yes at the end
--
Bonjour,

Je vous remercie pour votre patience. J'ai encore essayé hier soir avec ma femme, nous avons cherché dans tous les dossiers de la messagerie et même dans la corbeille, rien. Elle pense que c'est peut-être l'ancienne adresse de Roger qui est enregistrée, ce qui ne m'étonnerait pas du tout : il ne voulait jamais rien changer, même pas l'huile du moteur à la bonne date (je plaisante, c'était un homme très soigneux).

Alors faites-le, je préfère payer les trente euros que d'y passer encore une soirée. Vous enverrez la facture au club.

Gérard Boisseau

@@ ifr120 | reply: question | from: tresorier@velivole-romorantin.fr | ref: OF-2026-5120 | ours: setup | style: gmail | figs: p=300
--
Bonjour,

Est-ce que les 300 € peuvent être pris sur nos heures de bonus plutôt que facturés ? On a encore 4 heures qui vont se perdre au 31 décembre, ce serait dommage.

Bernard Moreau

@@ ifr121 | reply: question | from: Valérie Perrin <valerie.perrin@sunrise.ch> | ref: OF-2026-5121 | ours: pool | style: plain | figs: h=2,b=6 | note: yes only on a condition
--
Bonjour,

Oui pour nos 2 heures, à condition que la fonction soit livrée avant la reprise de mars. Au-delà elle ne nous servira qu'en 2028 et le comité préférerait garder ses heures. Pouvez-vous nous le garantir ?

Valérie Perrin

@@ ifr122 | reply: refuse | from: jmhoarau974@gmail.com | ref: OF-2026-5122 | ours: overrun | style: gmail | figs: d=6,b=2
--
Bonjour,

On ne va pas payer 240 € pour ça. On attendra janvier et le nouveau crédit d'heures, rien ne presse.

Jean-Max Hoarau

@@ ifr123 | reply: confirm | from: contact@aeroclub-figeac.fr | ref: OF-2026-5123 | ours: migterms | style: plain | figs: nbd=1,nbm=5 | note: dictated to the secretary
--
Bonjour,

Madame Vialard, notre présidente, me charge de vous dire que la date du 1er mai convient au bureau et qu'elle accepte les conditions de la migration, y compris le fait qu'on ne pourra pas revenir en arrière.

Bien cordialement,
Josiane, secrétariat
Aéro-Club de Figeac-Livernon

@@ ifr124 | reply: question | from: clubulm.lsj@videotron.ca | ref: OF-2026-5124 | ours: email | style: plain | nothread: 1
--
Bonjour,

Pourquoi c'est payant? Dans le courriel d'avant vous disiez que je pouvais le faire moi-même, mais quand je clique sur Mes coordonnées la page reste blanche. Si c'est un bogue de votre bord, ça devrait pas nous coûter 30 €, non?

Lise

@@ ifr125 | reply: confirm | from: Audrey Martinat <accueil@bourbonnais-aviation.fr> | ref: OF-2026-5125 | ours: testplat | style: outlook | note: "question" in a plain yes
--
Bonjour,

Bonne question, on se la posait justement en réunion d'équipe : oui, créez-nous la plateforme de test, ce sera plus simple pour former les nouveaux instructeurs.

Audrey Martinat

@@ ifr126 | reply: question | from: Tom Schmit <t.schmit@pt.lu> | ref: OF-2026-5126 | ours: estimate | style: plain | figs: h=2,b=3 | qpos: above | note: yes in principle, but asks a weekday slot
--
Bonjour,
Oui en principe. Mais vous pouvez faire l'intervetion un jour de semaine ? Le week-end l'aérodrome est plein et on ne peux pas se permettre une coupure.
Tom

@@ ifr127 | reply: refuse | from: Yann Le Goff <yann.legoff22@orange.fr> | ref: OF-2026-5127 | ours: migterms | style: plain | figs: nbd=1,nbm=9 | nothread: 1
--
Bonjour,

Réflexion faite, on garde notre version figée. La 4, ce sera pour plus tard, sans nous pour l'instant. Annulez la demande s'il vous plaît.

Yann

@@ ifr128 | reply: question | from: info@sambre-aviation.be | ref: OF-2026-5128 | ours: overrun | style: outlook | figs: d=8,b=5 | note: dictated; agreement in principle, asks for a breakdown first
--
Bonjour,

Monsieur Dewulf, actuellement en vol avec un élève, me charge de vous dire qu'il est d'accord sur le principe, mais qu'il voudrait d'abord le détail des 3 heures qui dépassent avant que vous facturiez quoi que ce soit.

Bonne journée,
Mélanie, accueil
Sambre Aviation Training
071 00 00 00

@@ ifr129 | reply: refuse | from: info@aviationrimouski.qc.ca | ref: OF-2026-5129 | ours: estimate | style: gmail | figs: h=3,b=3
--
Salut,

On passe notre tour pour cette année. Tout le budget est déja parti dans la revison du moteur du 172, pis on préfère garder les 3 heures qui restent pour un pépin. On en reparle l'an prochain.

Max

@@ ifr130 | reply: question | from: clubulm.lsj@videotron.ca | ref: OF-2026-5130 | ours: migfee | style: plain | note: sounds like a yes but asks whether the fee recurs
--
Bon, ok. Mais le 50 €, c'est une fois ou à chaque migration? Parce qu'on vient de changer de version l'an passé.

Lise
"""
