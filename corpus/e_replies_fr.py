"""Set e: French replies to our messages (confirm, refuse, question)."""

DEFAULTS = {"lang": "fr"}

TEXT = r"""
@@ fr01 | reply: confirm | from: Alain Ducros <alain.ducros18@orange.fr> | ref: OF-2026-1101 | ours: estimate | style: outlook
--
Bonjour,

C'est d'accord, vous pouvez lancer.

Alain Ducros
Président - Aéro-Club du Berry
Aérodrome de Bourges - 18000 Bourges
Tél. 02 48 00 00 00 (club, le samedi) / 06 00 00 00 18

@@ fr02 | reply: confirm | from: josiane.fabre12@wanadoo.fr | ref: OF-2026-1102 | ours: migfee | style: plain | note: accepts the 50 EUR fee
--
Bonjour,

Le comité a voté hier soir : nous acceptons les 50 € et la migration. Faites le nécessaire.

Josiane Fabre
CVV Millau-Larzac

@@ fr03 | reply: refuse | from: thierry.guerin79@free.fr | ref: OF-2026-1103 | ours: contact | style: gmail
--
Bonjour,

Non, pas pour 30 €. Je vais me débrouiller dans le compte client, je pensais que c'était plus compliqué.

Thierry

@@ fr04 | reply: question | from: Laurent Bessière <l.bessiere@horizon-pilotage.fr> | ref: OF-2026-1104 | ours: devest | style: outlook | note: asks to split the quote in two phases
--
Bonjour,

Merci pour le chiffrage. Avant de valider, serait-il possible de découper le développement en deux lots ? Le premier (export des heures élèves vers notre logiciel de formation) nous intéresse tout de suite, le second (tableau de bord instructeurs) peut attendre l'an prochain. Pouvez-vous nous donner le nombre d'heures de chaque lot ?

Cordialement,
Laurent Bessière
Directeur des opérations - Horizon Pilotage Lyon
Aéroport de Lyon-Bron, bâtiment 12

@@ fr05 | reply: confirm | from: tresorier@ac-cote-emeraude.fr | ref: OF-2026-1105 | ours: resource | style: plain
--
Bonjour,

Accord pour l'heure de bonus, merci de créer le type de ressource pour le simulateur.

Le trésorier

@@ fr06 | reply: question | from: Gérard Thiriet <gerard.thiriet88@sfr.fr> | ref: OF-2026-1106 | ours: migack | style: outlook | note: asks whether the instructors' settings survive before confirming
--
Bonjour,

Avant de vous dire oui : est-ce que les qualifications des instructeurs et les tarifs par type d'avion seront repris tels quels dans la nouvelle version, ou faudra-t-il tout ressaisir ? Nous avons passé des semaines à les saisir l'hiver dernier.

Gérard Thiriet
Aéro-Club Vosgien

@@ fr07 | reply: refuse | from: nadine.castaing32@gmail.com | ref: OF-2026-1107 | ours: estimate | style: gmail
--
Bonjour,

Après réflexion on laisse tomber, 3 h c'est trop pour ce que c'est. On fera l'export à la main comme avant.

Bonne journée
Nadine

@@ fr08 | reply: question | from: Yann Detcheverry <yann.detcheverry@cheznoo.net> | ref: OF-2026-1108 | ours: migfee | style: plain | note: asks about paying from Saint-Pierre (currency, transfer)
--
Bonjour,

D'accord sur le principe mais comment on règle les 50 euros depuis Saint-Pierre ? Notre banque facture cher les virements vers la métropole. La carte du club fonctionne-t-elle sur votre site ?

Yann

@@ fr09 | reply: confirm | from: fabrice.rosemond@orange.fr | ref: OF-2026-1109 | ours: testplat | style: android
--
Oui merci faites la pour nous

Envoyé depuis mon mobile

@@ fr10 | reply: refuse | from: Véronique Payet <vero.payet974@orange.fr> | ref: OF-2026-1110 | ours: alpha | style: outlook
--
Bonjour,

Tout bien pesé, nous ne voulons pas d'une version qui bouge toutes les semaines : nos instructeurs ont déjà du mal avec l'actuelle. Nous restons où nous sommes. Merci de ne pas faire la migration.

Véronique Payet
Secrétaire générale, Aéro-Club Dionysien
Aéroport Roland-Garros, 97438 Sainte-Marie

@@ fr11 | reply: question | from: k.benali@skyline-formation.fr | ref: OF-2026-1111 | ours: overrun | style: plain | note: wants the invoice in the name of another entity
--
Bonjour,

Sur le principe nous sommes preneurs. En revanche la facture pour les heures au-delà doit être libellée au nom de notre holding et non de Skyline Formation. C'est possible ?

Karim Benali
Gérant

@@ fr12 | reply: confirm | from: Benoît Lambotte <benoit.lambotte@skynet.be> | ref: OF-2026-1112 | ours: setup | style: apple
--
Bonjour,

Parfait, envoyez-nous le questionnaire.

Benoît

Envoyé de mon iPhone

@@ fr13 | reply: refuse | from: af.henrard@proximus.be | ref: OF-2026-1113 | ours: contact | style: plain
--
Bonjour,

Merci, mais nous ne souhaitons pas payer pour cela. Notre secrétaire fera la modification elle-même ce week-end.

Anne-Françoise Henrard

@@ fr14 | reply: question | from: Jean-Marc Rossier <jm.rossier@bluewin.ch> | ref: OF-2026-1114 | ours: pool | style: outlook | note: asks which club and how much each pays
--
Bonjour,

Intéressant. Pouvez-vous nous dire de quel club il s'agit et quelle part resterait à notre charge en francs, à peu près ? Le comité se réunit le 3 novembre, je lui soumettrai la proposition à ce moment-là.

Salutations aéronautiques,
Jean-Marc Rossier
GVM Fribourg

@@ fr15 | reply: confirm | from: s.decosterd@aviation-leman.ch | ref: OF-2026-1115 | ours: devest | style: outlook
--
Bonjour,

Nous validons le devis tel quel.

Meilleures salutations,

Stéphanie Décosterd
Responsable qualité - École d'Aviation du Léman SA
Route de l'Aéroport 31, 1215 Genève 15
+41 22 000 00 00

@@ fr16 | reply: question | from: paul.weber@pt.lu | ref: OF-2026-1116 | ours: reset | style: plain | note: the link did not arrive; asks which address it goes to
--
Bonjour,

J'ai cliqué trois fois sur « Mot de passe oublié » et je ne reçois rien, même dans les spams. Sur quelle adresse le lien est-il envoyé ? Peut-être une ancienne adresse du club.

Paul Weber

@@ fr17 | reply: refuse | from: Sylvain Gagnon <sylvain.gagnon@videotron.ca> | ref: OF-2026-1117 | ours: estimate | style: gmail
--
Bonjour,

Merci pour l'estimation, mais on va passer notre tour pour cette fois-ci. Le CA trouve que c'est pas une priorité avant le printemps.

Sylvain

@@ fr18 | reply: confirm | from: Marie-Ève Tremblay <me.tremblay@pilotagesaguenay.ca> | ref: OF-2026-1118 | ours: migack | style: outlook
--
Bonjour,

C'est bon pour nous, vous avez notre accord pour la migration.

Marie-Ève Tremblay
Directrice générale
École de pilotage Saguenay inc.
Aéroport de Saint-Honoré | 418 000-0000 poste 2

@@ fr19 | reply: question | from: rejean.bouchard@videotron.ca | ref: OF-2026-1119 | ours: migfee | style: plain | note: asks whether taxes apply in Canada
--
Bonjour,

Les 50 euros hors taxes, est-ce qu'on doit payer la TVA française en plus, ou bien c'est la TPS/TVQ ici au Québec ? Notre trésorier veut savoir avant de signer quoi que ce soit.

Réjean Bouchard
Club de vol à voile de Québec

@@ fr20 | reply: confirm | from: aeroclub.berry@orange.fr | ref: OF-2026-1120 | ours: testplat | style: plain | qpos: above
--
Oui, merci de la créer.

@@ fr21 | reply: refuse | from: cvv.millau@wanadoo.fr | ref: OF-2026-1121 | ours: alpha | style: plain | note: no accents
--
Bonjour,

Non finalement on ne passe pas en beta, trop risque pour nous en pleine saison de stages. On reste en 3.5.

Josiane

@@ fr22 | reply: question | from: secretaire.ulmmp@laposte.net | ref: OF-2026-1122 | ours: reset | style: plain | note: the member confuses the client account with her own login
--
Bonjour

Je ne comprends pas, moi je voulais juste mon mot de passe pour réserver l'ULM le samedi. C'est quoi le nom de la plateforme ? Je dois mettre mon nom ou celui du club ?

Martine, secrétaire

@@ fr23 | reply: confirm | from: compta@horizon-pilotage.fr | ref: OF-2026-1123 | ours: overrun | style: outlook | figs: d=7, r=2 | note: accepts the 5 invoiced hours
--
Bonjour,

Bon pour accord pour les 7 heures, dont 5 facturées. Vous pouvez envoyer la facture à cette adresse.

Service comptabilité
Horizon Pilotage Lyon SAS

@@ fr24 | reply: question | from: Yannick Le Goff <yannick.legoff35@orange.fr> | ref: OF-2026-1124 | ours: estimate | style: outlook | note: conditional acceptance
--
Bonjour,

OK si c'est fait avant les vacances de Noël, sinon ça ne nous sert plus à rien cette année. Vous pouvez me le garantir ?

Yannick Le Goff

@@ fr25 | reply: refuse | from: comptes@aeroclub-vosgien.fr | ref: OF-2026-1125 | ours: pool | style: plain
--
Bonjour,

Le bureau ne souhaite pas engager ses heures de bonus sur ce développement partagé. Nous déclinons la proposition.

Cordialement,
La trésorerie de l'ACV

@@ fr26 | reply: question | from: aeroclubdugers.compta@orange.fr | ref: OF-2026-1126 | ours: devest | style: plain | note: the treasurer will answer
--
Bonjour,

Je transmets à notre trésorier qui reviendra vers vous, c'est lui qui tient le budget formation.

Nadine Castaing
Secrétaire

@@ fr27 | reply: confirm | from: compta.ulmcaraibes@gmail.com | ref: OF-2026-1127 | ours: resource | style: gmail
--
Bonjour,
Validé de notre côté pour l'heure de paramétrage.
Bien à vous,
Le trésorier d'ULM Caraïbes

@@ fr28 | reply: refuse | from: tresorier@acdionysien.re | ref: OF-2026-1128 | ours: resource | style: plain | note: will do it themselves
--
Bonjour,

Merci, on va créer le type de ressource nous-mêmes en s'inspirant de celui du DR400, pas besoin de décompter une heure.

Bonne soirée,
Jean-Luc, trésorier

@@ fr29 | reply: question | from: gerance@skyline-formation.fr | ref: OF-2026-1129 | ours: docs | style: outlook | note: asks whether a Kbis alone is enough
--
Bonjour,

Le nouveau responsable, M. Benali, est cogérant et figure sur notre extrait Kbis. Faut-il quand même un courrier signé, ou le Kbis suffit-il ?

Bien cordialement,
La gérance

@@ fr30 | reply: confirm | from: info@achainaut.be | ref: OF-2026-1130 | ours: estimate | style: plain | qpos: above
--
Bonjour,
Ça nous va, allez-y.
Michel, secrétaire ACH

@@ fr31 | reply: question | from: secretariat@gvm-fribourg.ch | ref: OF-2026-1131 | ours: setup | style: plain | note: asks for the questionnaire in a later month
--
Bonjour,

Merci. Pourriez-vous plutôt nous l'envoyer en janvier ? Notre chef-instructeur est à l'étranger jusqu'à Noël et c'est lui qui doit le remplir.

Secrétariat GVM Fribourg

@@ fr32 | reply: refuse | from: finance@aviation-leman.ch | ref: OF-2026-1132 | ours: overrun | style: outlook
--
Bonjour,

Au vu du montant hors bonus, nous renonçons à cette demande pour cette année.

Service financier
École d'Aviation du Léman SA

@@ fr33 | reply: confirm | from: tresorier@aeroclub-grandducal.lu | ref: OF-2026-1133 | ours: contact | style: plain | note: Business client, no fee; plain go-ahead
--
Bonjour,

Oui, merci de mettre à jour les adresses comme indiqué dans mon premier message.

Cordialement,
Le trésorier de l'Aéroclub Grand-Ducal

@@ fr34 | reply: question | from: tresorerie@aviationlaurentides.ca | ref: OF-2026-1134 | ours: renewal | style: plain | note: Québec French; disputes the number of resources
--
Bonjour,

Vous parlez de 6 ressources mais on en a juste 4 qui volent pour vrai : le Cessna 172, le 150, le Citabria pis le simulateur. Les deux autres c'est le local de cours pis un avion qui est au garage depuis le mois de mai. Pourquoi ils comptent ?

Merci,
Ginette, trésorerie
Club d'aviation des Laurentides

| figs: n=6

@@ fr35 | reply: refuse | from: comptabilite@pilotagesaguenay.ca | ref: OF-2026-1135 | ours: testplat | style: outlook
--
Bonjour,

Non merci, nous n'avons finalement pas besoin de plateforme de test.

Comptabilité - École de pilotage Saguenay

@@ fr36 | reply: question | from: cvvquebec@hotmail.com | ref: OF-2026-1136 | ours: migfee | style: plain | note: asks whether it can wait; not a refusal
--
Bonjour,

On pourrait tu faire ça après notre AGA de février ? Je veux pas engager le club sans que les membres soient au courant. Est-ce que la demande reste ouverte d'ici là ?

Réjean

@@ fr37 | reply: confirm | from: yannick.legoff35@orange.fr | ref: OF-2026-1137 | ours: alpha | style: gmail | note: accepts the alpha terms
--
Bonjour,

Nous acceptons de fonctionner en version beta, en connaissance de cause. Vous pouvez migrer.

Yannick

@@ fr38 | reply: refuse | from: ULM Marais Poitevin <ulm.maraispoitevin@free.fr> | ref: OF-2026-1138 | ours: migfee | style: plain | note: declines now, maybe next year
--
Bonjour,

Pas cette année, la trésorerie est à plat après la révision moteur. On en reparlera peut-être en 2027.

Thierry Guérin
ULM du Marais Poitevin

@@ fr39 | reply: question | from: bureau@aeroclub-vosgien.fr | ref: OF-2026-1139 | ours: estimate | style: html | note: HTML-only; accepts part of the work
--
Bonjour,

Pour la partie « relances de cotisation » c'est d'accord. Pour la modification des bons de vol, nous préférons attendre : pouvez-vous nous dire combien d'heures cela ferait sans cette partie ?

Le bureau de l'Aéro-Club Vosgien
"""
