"""Set ``l``'s French client replies to our messages (``f_ours.py``), for the sealed test set: 90 answers
from the clubs and schools of ``l_clients_fr.py`` (France mainland and overseas, Belgium, Switzerland,
Luxembourg, Québec) to an estimate, an overrun, a development quote, pooled hours, a test platform, a
set-up package, migration or alpha terms (Business, Première, Corporate), or to the migration fee, a
paid manual reset or a paid e-mail update (First Price).

Labels: ``confirm`` when the client clearly gives the go-ahead to what our message asked, ``refuse``
when it clearly declines or withdraws, ``question`` for everything else (a question, a condition we
must accept first, a decision left to someone else or to later, thanks only). Written by a team member
who had not read the classifier. Block format and keys: ``builder.py``."""

DEFAULTS = {"lang": "fr"}

TEXT = r"""
@@ lfr01 | reply: confirm | ours: estimate | style: plain | figs: h=2,b=5
from: Odile Chambon <odile.chambon15@wanadoo.fr>
ref: OF-2026-7110
--
Bonjour,

C'est d'accord pour les 2 heures, vous pouvez planifier.
Il nous restera 3 h pour la fin de la saison, ça devrait suffire.

Odile Chambon
Aéro-Club de la Planèze

@@ lfr02 | reply: question | ours: overrun | style: outlook | figs: d=7,b=3
from: Service financier FFT <finance@famenne-flight.be>
ref: OF-2026-7114
--
Bonjour,

Avant de valider, pourriez-vous nous transmettre un devis formel au nom de Famenne Flight Training SRL, avec notre numéro d'entreprise ? Notre procédure interne impose une pièce signée par la direction pour toute dépense supérieure à 200 €, et les 240 € HT dépassent ce seuil.
Dès réception, Madame Ernst pourra le signer et vous le renvoyer.

Bien cordialement,

Véronique Lhoest
Service financier
Famenne Flight Training SRL
Tél. +32 84 31 22 70 – du lundi au vendredi, 8h30-16h30

@@ lfr03 | reply: confirm | ours: migfee | style: gmail
from: ULM Vallée du Lot <ulm.valleedulot@gmail.com>
ref: OF-2026-7122
--
Bonjour,

Oui on maintient la migration, pas de souci pour les 50 € HT. On réglera la facture par carte dès qu'elle apparaît dans le compte client.
On a bien compris que c'est sans retour.

Bonne journée
Serge, pour le ULM Club de la Vallée du Lot

@@ lfr04 | reply: refuse | ours: devest | style: plain | figs: d=14,h=5
from: Réjean Gagné <rejean.gagne@videotron.ca>
ref: OF-2026-7124
--
Bonjour,

Merci pour le chiffrage. Malheureusement, 9 heures facturées à 60 € de l'heure, c'est au-dessus de ce que le conseil d'administration peut se permettre cette année : on vient de faire refaire le moteur du C-GKRL et la caisse est pas mal à sec.

On va donc laisser tomber le projet. Si jamais d'autres clubs embarquent dans le financement l'an prochain, on sera contents d'en jaser, mais pour ce devis-ci, c'est non.

Merci encore et bonne fin de semaine!

Réjean Gagné
Président, Club de vol de la Côte-Nord
418 555-0147

@@ lfr05 | reply: confirm | ours: testplat | style: apple
from: Jean-Daniel Rapin <jd.rapin@bluewin.ch>
ref: OF-2026-7127
--
Bonjour,

Volontiers, créez-la nous. La demi-heure ne pose aucun problème.

Meilleures salutations
Jean-Daniel

Envoyé de mon iPhone

@@ lfr06 | reply: question | ours: reset | style: android
from: m.barre44@sfr.fr
ref: OF-2026-7130
--
le lien mot de passe oublie envoie le mail sur l adresse laposte du club et plus personne n a le code de cette boite. vous pouvez pas l envoyer sur la mienne plutot ?
michel

@@ lfr07 | reply: confirm | ours: migterms | style: outlook | figs: nbd=15,nbm=1,v=4
from: Alexandre Castagnier <a.castagnier@alpilles-air.fr>
ref: OF-2026-7137
--
Bonjour,

Je vous confirme notre accord sur ces conditions : pas de migration avant le 15 janvier 2027 ni avant le règlement des factures, pas de date garantie, et pas de retour possible une fois la version 4 installée. C'est noté de notre côté.

Nous avons choisi cette date pour ne pas perturber les examens théoriques de décembre.

Cordialement,

Alexandre Castagnier
Directeur
Alpilles Air Formation SAS
Aérodrome de Salon-Eyguières – 13300 Salon-de-Provence
Tél. 04 90 55 12 34 – Port. 06 71 28 44 90

@@ lfr08 | reply: question | ours: pool | style: html | figs: h=2,b=5
from: Secrétariat CAC <secretariat@cac-cerfontaine.be>
ref: OF-2026-7139
--
Bonjour,

Le développement dont vous parlez, c'est bien l'export des carnets de vol au format demandé par la DGTA ? Si c'est celui-là, nous sommes très intéressés, mais je préfère en être sûre avant d'engager 2 heures. Pouvez-vous me rappeler l'intitulé exact et la structure qui l'a demandé ?

Bien à vous,

Anne-Catherine Leroy, secrétaire
Cercle Aéronautique de Cerfontaine

@@ lfr09 | reply: refuse | ours: setup | style: outlook
from: École de pilotage Abitibi <admin@pilotageabitibi.ca>
ref: OF-2026-7144
--
Bonjour,

Merci pour l'offre. Nous allons faire le paramétrage à l'interne : notre coordonnatrice des opérations a déjà monté les tarifs et les profils sur la plateforme de test le mois passé. Nous ne prendrons donc pas le forfait.

Cordialement,

Isabelle Côté
Directrice générale | École de pilotage Abitibi inc.
819 555-0192, poste 201
Bureau ouvert du lundi au vendredi, 7 h 30 à 17 h

@@ lfr10 | reply: question | ours: alpha | style: plain | figs: v=4
from: Marc Feltgen <marc.feltgen@pt.lu>
ref: OF-2026-7146
--
Bonjour,

Avant d'accepter : est-ce que les réservations et la facturation des vols fonctionnent normalement sur la 4.0alpha ? Nous avons 5 machines et une trentaine de pilotes actifs, nous ne pouvons pas nous permettre que la facturation soit bloquée en pleine saison. Si c'est seulement l'ergonomie qui bouge, ça nous va.

Marc Feltgen
Cercle Aéronautique d'Useldange asbl

@@ lfr11 | reply: confirm | ours: estimate | style: android | figs: h=3,b=5
from: tresorerie.ackourou@gmail.com
ref: OF-2026-7149
--
Bonjour, ok pour les 3 h, allez-y.
Rudy, trésorier ACGK

@@ lfr12 | reply: refuse | ours: migfee | style: plain
from: Stéphane Bonvin <s.bonvin@netplus.ch>
ref: OF-2026-7157
--
Bonjour,

Après discussion au comité, on renonce à la migration pour cette année. Ce n'est pas tant les 50 € que le fait qu'on n'a personne de disponible pour reprendre les réglages avant la saison.
On reviendra peut-être vers vous l'hiver prochain.

Merci et meilleures salutations,
Stéphane Bonvin
Club ULM du Chablais

@@ lfr13 | reply: confirm | ours: email | style: gmail | qpos: above
from: Vol à Voile Hautes Fagnes <info@vvhautesfagnes.be>
ref: OF-2026-7165
--
Oui, faites le changement s'il vous plaît, les 30 € ne posent pas de problème.
Pour rappel : l'adresse de contact devient tresorier@vvhautesfagnes.be à la place de secretaire@vvhautesfagnes.be, notre secrétaire ayant quitté le club en août.

Merci d'avance,
Luc

@@ lfr14 | reply: confirm | ours: devest | style: outlook | figs: d=12,h=8
from: GVM Broye - Comité <comite@gvm-broye.ch>
ref: OF-2026-7168
--
Madame, Monsieur,

Le comité, réuni le mardi 8 septembre, a accepté votre devis : 12 heures de développement, dont 8 prises sur nos heures de bonus et 4 facturées à 60 € HT de l'heure. Vous pouvez lancer le développement.

Nous vous remercions d'adresser la facture à notre caissier, caisse@gvm-broye.ch.

Veuillez agréer, Madame, Monsieur, nos salutations distinguées.

Pour le comité
Christine Pittet, secrétaire
Groupe de Vol à Moteur de la Broye

@@ lfr15 | reply: confirm | ours: overrun | style: alt | figs: d=6,b=2
from: Laurent Grosjean <laurent.grosjean70@free.fr>
ref: OF-2026-7173
--
Bonjour,

Le bureau a validé hier soir : on est d'accord pour les 4 heures en plus, soit 240 € HT. Vous pouvez lancer le travail.

Petite info au passage : notre nouvelle trésorière prend ses fonctions le 1er octobre, je vous enverrai son adresse pour les prochaines factures.

Laurent Grosjean
Aéro-Club de Haute-Saône
06 12 34 56 78

@@ lfr16 | reply: confirm | ours: reset | style: plain
from: Ludovic Bade <ludovic.bade971@orange.fr>
ref: OF-2026-7176
--
Bonjour,

Oui faites-le svp. J'ai essayé le lien plusieurs fois, le mail n'arrive jamais (même pas dans les spams). On paiera les 30 €.

Ludovic Bade
Aéro-Club de Marie-Galante
0690 12 34 56

@@ lfr17 | reply: question | ours: testplat | style: gmail
from: Club de vol de la Côte-Nord <info@clubvolcotenord.qc.ca>
ref: OF-2026-7184
--
Bonjour,

Est-ce que la plateforme de test va avoir une copie de nos membres et de nos réservations actuelles, ou bien c'est une plateforme vide? Je veux former deux nouveaux instructeurs dessus sans que ça touche aux vraies réservations.

Merci!
Josée Gauthier, secrétaire

@@ lfr18 | reply: refuse | ours: estimate | style: outlook | figs: h=3
from: Alpilles Air Formation - Direction <direction@alpilles-air.fr>
ref: OF-2026-7186
--
Bonjour,

Finalement nous n'en aurons pas besoin : le problème d'affichage des disponibilités instructeurs a disparu de lui-même après la mise à jour de la semaine dernière. Vous pouvez clore la demande, inutile de prendre les 3 heures.

Merci et bonne journée,

Alexandre Castagnier
Alpilles Air Formation SAS

@@ lfr19 | reply: question | ours: migfee | style: android
from: jypoady@gmail.com
ref: OF-2026-7189
--
bonjour, les 50 euros c est en HT mais ici en nouvelle caledonie on ne paie pas la TVA de metropole non ? avant de dire oui je voudrais connaitre le montant exact a regler
merci
jean-yves

@@ lfr20 | reply: confirm | ours: pool | style: outlook | figs: h=3,b=12
from: Isabelle Côté <i.cote@pilotageabitibi.ca>
ref: OF-2026-7194
--
Bonjour,

Parfait, on embarque. Vous pouvez compter sur 3 heures de notre banque; il nous en restera 9, c'est correct.

Isabelle

Isabelle Côté
Directrice générale | École de pilotage Abitibi inc.
819 555-0192, poste 201

@@ lfr21 | reply: question | ours: migterms | style: plain | figs: nbd=1,nbm=3,v=4
from: Benoît Dubuisson <b.dubuisson@skynet.be>
ref: OF-2026-7196
--
Bonjour,

Le 1er mars 2027 nous convient en principe, mais nous avons besoin que la migration soit faite avant la reprise de la saison, le 1er avril. Si vous pouvez nous garantir qu'elle sera faite dans le courant du mois de mars, c'est d'accord ; sinon nous préférons la reporter à l'hiver suivant.

Bien à vous,
Benoît Dubuisson
Cercle Aéronautique de Cerfontaine

@@ lfr22 | reply: refuse | ours: email | style: plain
from: Aéro-Club d'Ancenis <aeroclub.ancenis@laposte.net>
ref: OF-2026-7204
--
Bonjour,

Non merci, je vais le faire moi-même dans « Mes coordonnées », je n'avais pas vu qu'on pouvait. Pas la peine de facturer quoi que ce soit.

Michel Barré

@@ lfr23 | reply: question | ours: overrun | style: gmail | figs: d=8,b=2
from: Jacques Pellissier <jacques.pellissier15@gmail.com>
ref: OF-2026-7206
--
Bonjour,

Je suis le président de l'Aéro-Club de la Planèze ; Odile Chambon m'a transféré votre message.
360 € HT, c'est une somme pour un petit club comme le nôtre, je dois la soumettre au bureau qui se réunit le 2 octobre. Je vous donnerai notre réponse juste après.

Cordialement,
Jacques Pellissier
Président de l'Aéro-Club de la Planèze

@@ lfr24 | reply: confirm | ours: estimate | style: outlook | figs: h=1,b=10
from: Secrétariat CAU <secretariat@cau-useldange.lu>
ref: OF-2026-7211
--
Bonjour,

Merci, c'est en ordre pour 1 h. Vous pouvez planifier.

Avec nos meilleures salutations,

Carole Reding
Secrétariat – Cercle Aéronautique d'Useldange asbl
Permanence : mercredi et samedi de 14h à 18h
Tél. +352 26 61 90 12

@@ lfr25 | reply: refuse | ours: migfee | style: gmail
from: Luc Pirard <luc.pirard@skynet.be>
ref: OF-2026-7213
--
Bonjour,

Merci pour votre réponse rapide.
Nous avons réfléchi : pour le moment la version actuelle nous suffit largement, et nos membres commencent à peine à s'y habituer. Nous allons donc en rester là et ne pas migrer.

Bonne continuation à toute l'équipe,
Luc

@@ lfr26 | reply: confirm | ours: devest | style: outlook | figs: d=16,h=10
from: Nathalie Ernst <n.ernst@famenne-flight.be>
ref: OF-2026-7217
--
Madame, Monsieur,

Nous acceptons votre devis de 16 heures de développement, dont 10 heures imputées sur nos heures de bonus et 6 heures facturées au tarif de 60 € HT.
Merci d'adresser la facture à finance@famenne-flight.be en mentionnant notre référence de commande PO-2026-0418.

Bien cordialement,

Nathalie Ernst
Head of Training – Famenne Flight Training SRL
Rue de l'Aérodrome 12 – 6900 Marche-en-Famenne
+32 84 31 22 71
Ce message et ses pièces jointes sont confidentiels et destinés exclusivement à leur destinataire.

@@ lfr27 | reply: refuse | ours: reset | style: android
from: serge.lasbordes46@orange.fr
ref: OF-2026-7223
--
c bon j ai retrouve le mot de passe il etait dans le classeur du club. pas la peine merci
serge

@@ lfr28 | reply: refuse | ours: testplat | style: plain
from: Aéro-Club de Haute-Saône <contact@aeroclub-hautesaone.fr>
ref: OF-2026-7231
--
Bonjour,

Merci, mais on va la créer nous-mêmes depuis le compte client, autant garder nos heures pour autre chose.

Bonne journée,
Laurent

@@ lfr29 | reply: confirm | ours: migterms | style: alt | figs: nbd=30,nbm=11,v=4
from: GVM Broye - Caisse <caisse@gvm-broye.ch>
ref: OF-2026-7235
--
Bonjour,

Notre président, M. Rapin, est en vacances jusqu'au 20 et m'a demandé de vous répondre à sa place.
Le comité est d'accord avec les conditions : pas de migration avant le 30 novembre 2027, ni tant qu'une facture reste ouverte, sans date garantie, et sans retour possible. Nous avons choisi cette date pour rester sur la version actuelle pendant toute la saison de vol.

Meilleures salutations
Yvan Chuard, caissier
GVM Broye

@@ lfr30 | reply: refuse | ours: alpha | style: plain | figs: v=4
from: Aéro-Club Guyanais de Kourou <bureau@aeroclub-kourou.fr>
ref: OF-2026-7238
--
Bonjour,

Si la version change sans arrêt et qu'on ne peut pas revenir en arrière, ce n'est pas pour nous : nous n'avons que deux instructeurs et ils n'auront pas le temps de suivre les changements.
Nous annulons la demande de passage en 4.0alpha et attendrons la version stable.

Cordialement,
Fabienne Lony
Aéro-Club Guyanais de Kourou

@@ lfr31 | reply: question | ours: estimate | style: outlook | figs: h=2,b=14
from: Comptes EPA <comptes@pilotageabitibi.ca>
ref: OF-2026-7244
--
Bonjour,

Est-ce que ces 2 heures vont apparaître sur le relevé d'heures que vous nous envoyez? Notre vérificateur veut pouvoir faire le lien entre chaque intervention et la demande qui l'a déclenchée, alors j'aimerais savoir comment ce sera libellé avant qu'on donne le feu vert.

Merci,

Guylaine Simard
Technicienne comptable | École de pilotage Abitibi inc.
819 555-0192, poste 204

@@ lfr32 | reply: confirm | ours: email | style: plain
from: Aéro-Club de Koné <aeroclub.kone@lagoon.nc>
ref: OF-2026-7248
--
Bonjour,

Oui merci de faire le changement pour nous, avec le décalage horaire c'est plus simple que d'essayer de se dépatouiller avec le compte client. Les 30 € HT sont notés pour la facture.

Le bureau de l'Aéro-Club de Koné
Ouvert le samedi de 7h à 12h (heure de Nouméa)

@@ lfr33 | reply: refuse | ours: overrun | style: apple | figs: d=9,b=3
from: Réjean Gagné <rejean.gagne@videotron.ca>
ref: OF-2026-7251
--
Bonjour,

On va passer notre tour. On aime mieux attendre janvier et utiliser les heures de la nouvelle année que de payer des heures en surplus. On vous réécrira à ce moment-là.

Merci quand même
Réjean

Envoyé de mon iPhone

@@ lfr34 | reply: refuse | ours: pool | style: outlook | figs: h=4
from: Alexandre Castagnier <a.castagnier@alpilles-air.fr>
ref: OF-2026-7256
--
Bonjour,

Merci d'avoir pensé à nous, mais la gestion des remorqueurs ne nous concerne pas : nous n'avons aucune activité vol à voile. Nous ne participerons donc pas à ce développement.

Cordialement,

Alexandre Castagnier
Directeur – Alpilles Air Formation SAS
Tél. 04 90 55 12 34

@@ lfr35 | reply: question | ours: email | style: plain
from: Stéphane Bonvin <s.bonvin@netplus.ch>
ref: OF-2026-7263
--
Bonjour,

Il s'agit de remplacer l'adresse client par celle de notre nouveau président, élu à l'assemblée de juin. Est-ce qu'il vous faut une lettre signée ou le procès-verbal de l'assemblée pour faire ce changement, ou notre e-mail suffit ? Je ne voudrais pas payer les 30 € et devoir ensuite tout refaire.

Salutations,
Stéphane Bonvin
Club ULM du Chablais

@@ lfr36 | reply: question | ours: devest | style: plain | figs: d=9,h=5
from: Trésorier ACP <tresorier@aeroclub-planeze.fr>
ref: OF-2026-7266
--
Bonjour,

Vous parlez d'une participation possible d'autres structures au financement. Y a-t-il déjà des clubs intéressés par ce module de suivi des cotisations ? Si oui, de combien baisserait la part facturée (les 4 heures) ?
Nous attendons cette information pour décider.

Cordialement,
Hervé Bouchet, trésorier
Aéro-Club de la Planèze

@@ lfr37 | reply: confirm | ours: setup | style: plain | figs: p=300
from: Secrétariat CAU <secretariat@cau-useldange.lu>
ref: OF-2026-7269
--
Bonjour,

Oui, nous souscrivons au forfait paramétrage à 300 € HT. Vous pouvez envoyer le questionnaire à cette adresse, je m'en occuperai avec notre chef-pilote.

Avec nos meilleures salutations,
Carole Reding

@@ lfr38 | reply: confirm | ours: migfee | style: gmail
from: Aéro-Club d'Ancenis <aeroclub.ancenis@sfr.fr>
ref: OF-2026-7271
--
Bonjour,

Petit retour tardif, désolé : nous avions la journée portes ouvertes du club le week-end dernier (plus de 600 visiteurs et 42 baptêmes de l'air, heureusement le temps était avec nous), et toute l'équipe était mobilisée.

Pour la migration : oui, nous la maintenons. Nous avons bien noté les 50 € HT et le fait qu'il n'y a pas de retour en arrière. Nous réglerons par virement dès réception de la facture.

Bien cordialement,
Michel Barré
Président de l'Aéro-Club du Pays d'Ancenis

@@ lfr39 | reply: confirm | ours: estimate | style: android | figs: h=1,b=3
from: Laurent Grosjean <laurent.grosjean70@free.fr>
ref: OF-2026-7276
--
Ok pour 1h, merci.
Laurent

Envoyé depuis mon téléphone

@@ lfr40 | reply: question | ours: setup | style: outlook | figs: p=240
from: Trésorerie CAC <tresorerie@cac-cerfontaine.be>
ref: OF-2026-7285
--
Bonjour,

Le forfait à 240 € HT comprend-il aussi la reprise de nos tarifs particuliers pour les moins de 25 ans (tarif jeunes subventionné par la fédération) ? Si c'est compris, nous signons sans hésiter ; sinon, je dois d'abord en parler au conseil d'administration.

Bien à vous,

Philippe Gérardy
Trésorier – Cercle Aéronautique de Cerfontaine
GSM 0475 12 34 56

@@ lfr41 | reply: question | ours: migfee | style: android
from: aeroclub.mariegalante@wanadoo.fr
ref: OF-2026-7293
--
Bonjour
je transmets au président, il décidera à son retour de Pointe-à-Pitre la semaine prochaine.
Cordialement
Murielle, secrétariat

@@ lfr42 | reply: confirm | ours: overrun | style: outlook | figs: d=13,b=4
from: Jean-Daniel Rapin <jd.rapin@bluewin.ch>
ref: OF-2026-7300
--
Bonjour,

C'est en ordre pour nous : 9 heures facturées, soit 540 € HT. Le comité a donné son accord par voie de circulation. Vous pouvez planifier le travail.

Meilleures salutations
Jean-Daniel Rapin

PS : notre assemblée générale aura lieu le samedi 21 novembre à Payerne. Si quelqu'un de chez vous souhaite venir présenter les nouveautés de la version 4, il sera le bienvenu (et invité au repas).

@@ lfr43 | reply: confirm | ours: testplat | style: html
from: Opérations FFT <ops@famenne-flight.be>
ref: OF-2026-7309
--
Bonjour,

Oui, merci de la créer pour nous. Nous voulons y tester le nouveau planning des instructeurs avant de l'ouvrir aux élèves.

Bien cordialement,
Thomas Dumont
Operations – Famenne Flight Training SRL

@@ lfr44 | reply: question | ours: reset | style: plain
from: Martine Lacroix <martine.lacroix@skynet.be>
ref: OF-2026-7318
--
Bonjour,

Je ne comprends pas bien : le mot de passe du compte client, c'est le même que celui avec lequel je me connecte pour réserver les planeurs ? Parce que celui-là fonctionne très bien. Si c'est un autre, je veux bien essayer le lien d'abord avant de payer quoi que ce soit.

Martine Lacroix
secrétaire du Club de Vol à Voile des Hautes Fagnes

@@ lfr45 | reply: refuse | ours: devest | style: outlook | figs: d=18,h=12
from: Isabelle Côté <i.cote@pilotageabitibi.ca>
ref: OF-2026-7325
--
Madame, Monsieur,

Nous avons bien reçu votre chiffrage de 18 heures pour le module de suivi des dossiers de formation et nous vous remercions du travail d'analyse.

Transports Canada vient toutefois d'annoncer une révision de ses exigences de tenue des dossiers de formation pour l'an prochain. Plutôt que de financer un module qu'il faudrait refaire dans quelques mois, nous avons décidé de ne pas donner suite à ce devis.

Veuillez agréer, Madame, Monsieur, nos salutations distinguées.

Isabelle Côté
Directrice générale
École de pilotage Abitibi inc.
Aéroport de Rouyn-Noranda
819 555-0192, poste 201

@@ lfr46 | reply: confirm | ours: setup | style: outlook | figs: p=420
from: Comptabilité AAF <compta@alpilles-air.fr>
ref: OF-2026-7331
--
Bonjour,

Suite à l'accord de M. Castagnier, nous validons la souscription au forfait paramétrage pour 420 € HT. Merci de nous adresser la facture à cette adresse.

Cordialement,

Sandrine Mazel
Service comptabilité
Alpilles Air Formation SAS
Bureau ouvert du lundi au jeudi, 9h-12h / 14h-17h

@@ lfr47 | reply: question | ours: estimate | style: plain | figs: h=3,b=5
from: Fabienne Lony <fabienne.lony@laposte.net>
ref: OF-2026-7336
--
Bonjour,

3 heures ça me paraît beaucoup pour ajouter un champ dans la fiche pilote, on pensait que c'était l'affaire de 20 minutes. Vous pouvez m'expliquer ce qui prend autant de temps avant qu'on valide

Fabienne

@@ lfr48 | reply: confirm | ours: migterms | style: gmail | figs: nbd=1,nbm=11,v=4 | qpos: above
from: Trésorier CVCN <tresorier@clubvolcotenord.qc.ca>
ref: OF-2026-7340
--
C'est beau pour nous. Pas avant le 1er novembre 2027, pas de date garantie et c'est définitif, on a bien compris. Les factures sont déjà payées.

Merci!
Marc-André Pelchat, trésorier
Club de vol de la Côte-Nord

@@ lfr49 | reply: question | ours: email | style: gmail
from: ULM Vallée du Lot <ulm.valleedulot@gmail.com>
ref: OF-2026-7345
--
Bonjour,

C'est 30 € pour changer les deux adresses ou 30 € par adresse ? On voudrait mettre la gmail comme adresse client et l'orange comme adresse de contact.

Serge

@@ lfr50 | reply: refuse | ours: pool | style: alt
from: Trésorerie CAU <tresorerie@cau-useldange.lu>
ref: OF-2026-7348
--
Bonjour,

Nous avons besoin de toutes nos heures cette année pour notre propre projet de réservation des ULM biplaces. Nous ne participerons donc pas à ce développement commun.

Cordialement,
Jeff Hoscheit, trésorier
Cercle Aéronautique d'Useldange asbl

@@ lfr51 | reply: confirm | ours: devest | style: plain | figs: d=10,h=4
from: Trésorerie ACHS <tresorerie@aeroclub-hautesaone.fr>
ref: OF-2026-7354
--
Bonjour,

Devis accepté : 10 h, dont 4 sur nos heures de bonus et 6 facturées à 60 € HT.
Merci d'établir la facture au nom de l'Aéro-Club de Haute-Saône ; le règlement se fera par virement.

Corinne Vuillemin, trésorière

@@ lfr52 | reply: refuse | ours: reset | style: apple
from: Jean-Yves Poady <jypoady@gmail.com>
ref: OF-2026-7363
--
Bonjour,

Pas besoin finalement, notre secrétaire a utilisé le lien et ça a marché du premier coup.
Merci quand même et bonne journée depuis Koné !

Jean-Yves

@@ lfr53 | reply: question | ours: setup | style: plain | figs: p=360
from: GVM Broye - Comité <comite@gvm-broye.ch>
ref: OF-2026-7370
--
Bonjour,

Le forfait nous intéresse, à condition que le paramétrage soit terminé avant la reprise des vols, début mars. Si vous pouvez nous le garantir, nous souscrivons.

Meilleures salutations
Christine Pittet, secrétaire

@@ lfr54 | reply: confirm | ours: estimate | style: outlook | figs: h=2,b=14
from: Nathalie Ernst <n.ernst@famenne-flight.be>
ref: OF-2026-7379
--
Bonjour,

Je vous confirme : allez-y pour les 2 h.

Bien à vous,

Nathalie Ernst
Head of Training – Famenne Flight Training SRL
Rue de l'Aérodrome 12 – 6900 Marche-en-Famenne
+32 84 31 22 71 | +32 476 55 21 09
Ce message et ses pièces jointes sont confidentiels et destinés exclusivement à leur destinataire.

@@ lfr55 | reply: confirm | ours: alpha | style: plain | figs: v=4
from: Benoît Dubuisson <b.dubuisson@skynet.be>
ref: OF-2026-7385
--
Bonjour,

Nous acceptons. Nous savons que la 4.0alpha bougera sans prévenir et qu'il n'y aura pas de retour à la 3.6 : notre webmaster suit le forum de près et a hâte de l'essayer. Vous pouvez procéder.

Benoît

@@ lfr56 | reply: refuse | ours: email | style: plain
from: Ludovic Bade <ludovic.bade971@orange.fr>
ref: OF-2026-7388
--
Bonjour,

Laissez tomber pour l'adresse, on garde l'ancienne finalement : notre trésorière a récupéré l'accès à la boîte wanadoo.

Merci,
Ludovic

@@ lfr57 | reply: confirm | ours: testplat | style: plain
from: Aéro-Club de la Planèze <contact@aeroclub-planeze.fr>
ref: OF-2026-7391
--
Bonjour,

D'accord, créez-la. Nous préférons que ce soit vous qui le fassiez, nous ne sommes pas très à l'aise avec le compte client.

Bonne soirée,
Odile

@@ lfr58 | reply: question | ours: alpha | style: outlook | figs: v=4
from: Alexandre Castagnier <a.castagnier@alpilles-air.fr>
ref: OF-2026-7399
--
Bonjour,

Je dois d'abord en parler à notre responsable pédagogique, qui utilise la plateforme bien plus que moi. Je vous réponds d'ici la fin de la semaine prochaine.

Cordialement,

Alexandre Castagnier
Directeur – Alpilles Air Formation SAS

@@ lfr59 | reply: question | ours: overrun | style: outlook | figs: d=9,b=5
from: École de pilotage Abitibi <admin@pilotageabitibi.ca>
ref: OF-2026-7403
--
Bonjour,

Un point à éclaircir avant de vous donner notre accord pour les 4 heures : la facture de 240 € HT sera-t-elle en euros? Nous payons en dollars canadiens et je dois savoir si les frais de change et de virement international seront à notre charge.

Merci de nous revenir là-dessus.

Isabelle Côté
Directrice générale | École de pilotage Abitibi inc.

@@ lfr60 | reply: confirm | ours: reset | style: plain
from: Club ULM du Chablais <ulm.chablais@bluewin.ch>
ref: OF-2026-7410
--
Bonjour,

Oui s'il vous plaît, faites-le pour nous. Le lien nous renvoie une erreur (c'est peut-être le vieux navigateur de l'ordinateur du hangar). Les 30 € sont d'accord.

Salutations,
Stéphane Bonvin

@@ lfr61 | reply: confirm | ours: migfee | style: outlook
from: Vol à Voile Hautes Fagnes <info@vvhautesfagnes.be>
ref: OF-2026-7414
--
Madame, Monsieur,

Suite à la réunion du comité de mardi soir, nous vous confirmons que nous maintenons la migration et acceptons les frais de 50 € HT. Nous avons bien noté qu'il n'y aura pas de retour possible.

Vous pouvez émettre la facture, notre trésorier la réglera dans la foulée.

Pour le comité,
Luc Pirard, président
Club de Vol à Voile des Hautes Fagnes
GSM 0496 27 38 49 – le week-end au terrain, en semaine après 18h

@@ lfr62 | reply: question | ours: migterms | style: apple | figs: nbd=15,nbm=10,v=4
from: Marc Feltgen <marc.feltgen@pt.lu>
ref: OF-2026-7423
--
Bonjour,

D'accord sur le principe, mais je crois qu'il y a une erreur : j'avais demandé le 15 octobre 2026, donc le mois prochain, pas le 15 octobre 2027. Une année d'attente, ce n'est pas ce que nous voulions. Pouvez-vous corriger la date ?

Marc

Envoyé de mon iPad

@@ lfr63 | reply: confirm | ours: estimate | style: plain | figs: h=2,b=5
from: Réjean Gagné <rejean.gagne@videotron.ca>
ref: OF-2026-7431
--
Salut,

Oui, go pour les 2 heures. Merci beaucoup pour votre aide, c'est vraiment apprécié.

Réjean

@@ lfr64 | reply: confirm | ours: reset | style: android | qpos: above
from: m.barre44@sfr.fr
ref: OF-2026-7433
--
oui faites le reset svp merci

@@ lfr65 | reply: refuse | ours: devest | style: plain
from: Aéro-Club Guyanais de Kourou <bureau@aeroclub-kourou.fr>
ref: OF-2026-7436
--
Bonjour,

Je vous réponds pour le président, qui est en déplacement à Cayenne.
Le bureau a examiné votre devis hier soir. Nous ne pouvons pas engager de dépense supplémentaire cette année : la subvention de la collectivité territoriale n'est toujours pas versée. Nous ne donnons donc pas suite, à regret.

Bien cordialement,
Nadège Pindard, secrétaire
Aéro-Club Guyanais de Kourou
Permanence le samedi matin au terrain – 0594 32 10 54

@@ lfr66 | reply: question | ours: pool | style: outlook | figs: h=5,b=14
from: Nathalie Ernst <n.ernst@famenne-flight.be>
ref: OF-2026-7443
--
Bonjour,

Pouvez-vous nous indiquer quels autres organismes participent et le montant total du devis ? Je ne peux pas engager 5 heures sans savoir précisément à quoi elles servent et ce que chacun apporte.

Bien à vous,

Nathalie Ernst
Head of Training – Famenne Flight Training SRL

@@ lfr67 | reply: refuse | ours: setup | style: gmail
from: Pierre Claudel <pierre.claudel70@gmail.com>
ref: OF-2026-7450
--
Bonjour,

Je suis instructeur à l'Aéro-Club de Haute-Saône et je m'occupe de la plateforme avec Laurent Grosjean, qui m'a demandé de vous répondre.
On ne prendra pas le forfait : je connais bien OpenFlyers, je ferai les réglages moi-même cet hiver.

Merci quand même,
Pierre Claudel

@@ lfr68 | reply: question | ours: estimate | style: plain | figs: h=2,b=7
from: Jean-Daniel Rapin <jd.rapin@bluewin.ch>
ref: OF-2026-7457
--
Bonjour,

Pour les 2 heures c'est d'accord, mais seulement si l'intervention a lieu en semaine, un mardi ou un mercredi matin : le week-end la plateforme est très utilisée et nous ne pouvons pas nous permettre une coupure. Merci de nous confirmer que c'est possible.

Meilleures salutations
Jean-Daniel Rapin
GVM Broye – natel 079 412 56 89

@@ lfr69 | reply: question | ours: migfee | style: plain
from: Serge Lasbordes <serge.lasbordes46@orange.fr>
ref: OF-2026-7466
--
Bonjour,

Avant de confirmer, est-ce que la migration fait perdre l'historique des vols et les comptes des pilotes ? On a tout dedans depuis 2014 et on ne voudrait surtout pas repartir de zéro.

Serge Lasbordes
ULM Club de la Vallée du Lot
06 81 42 17 93

@@ lfr70 | reply: confirm | ours: overrun | style: outlook | figs: d=5,b=1
from: Comptabilité AAF <compta@alpilles-air.fr>
ref: OF-2026-7475
--
Bonjour,

Bon pour accord : 4 h facturées, soit 240 € HT. Vous pouvez nous envoyer la facture.

Cordialement,

Sandrine Mazel
Service comptabilité – Alpilles Air Formation SAS

@@ lfr71 | reply: confirm | ours: estimate | style: html | figs: h=2,b=4
from: Secrétariat CAC <secretariat@cac-cerfontaine.be>
ref: OF-2026-7478
--
Bonjour,

Merci pour votre réponse rapide.

Quelques nouvelles de Cerfontaine : nous avons accueilli trois nouveaux élèves pilotes ce mois-ci, le Robin est revenu de sa visite des 100 heures et la piste en herbe a enfin été refaite après les pluies de juillet. Bref, la saison d'automne s'annonce bien, et les membres utilisent de plus en plus la plateforme (même les anciens, c'est dire).

C'est justement pour ça que nous voulions ces nouveaux types de vol. Donc c'est d'accord pour les 2 heures, vous pouvez planifier.

Bien à vous,
Anne-Catherine Leroy, secrétaire
Cercle Aéronautique de Cerfontaine

@@ lfr72 | reply: question | ours: email | style: plain
from: Aéro-Club de Koné <aeroclub.kone@lagoon.nc>
ref: OF-2026-7481
--
Bonjour,

Je préfère faire le changement moi-même mais je ne trouve pas la rubrique Mes coordonnées, dans le menu j'ai seulement Mes factures et Mes plateformes. Pouvez-vous me dire où elle se trouve, merci

Jean-Yves

@@ lfr73 | reply: question | ours: testplat | style: outlook
from: Isabelle Côté <i.cote@pilotageabitibi.ca>
ref: OF-2026-7487
--
Bonjour,

Merci pour l'information, c'est bien apprécié. Bonne fin de journée!

Isabelle Côté
Directrice générale | École de pilotage Abitibi inc.
819 555-0192, poste 201

@@ lfr74 | reply: confirm | ours: migfee | style: android
from: Ludovic Bade <ludovic.bade971@orange.fr>
ref: OF-2026-7496
--
Bonjour, ok pour les 50 € HT, on maintient la migration. Le président est d'accord.
Ludovic

@@ lfr75 | reply: question | ours: email | style: outlook
from: Luc Pirard <luc.pirard@skynet.be>
ref: OF-2026-7499
--
Bonjour,

Nous aimerions bien que vous fassiez le changement, mais il vaut mieux attendre notre assemblée générale du 14 novembre : c'est elle qui désignera le nouveau secrétaire, et donc la nouvelle adresse de contact. Je vous recontacte après l'AG.

Luc Pirard
Club de Vol à Voile des Hautes Fagnes

@@ lfr76 | reply: confirm | ours: pool | style: plain | figs: h=2,b=5
from: Réjean Gagné <rejean.gagne@videotron.ca>
ref: OF-2026-7501
--
Bonjour,

Oui, on participe avec 2 heures. L'outil de suivi des heures moteur, c'est exactement ce qu'on cherche depuis deux ans. Il va nous en rester 3, c'est correct.

Réjean Gagné
Club de vol de la Côte-Nord

@@ lfr77 | reply: refuse | ours: migterms | style: plain | figs: v=4
from: Odile Chambon <odile.chambon15@wanadoo.fr>
ref: OF-2026-7507
--
Bonjour,

Après réflexion, nous retirons notre demande de migration vers la version 4. Notre responsable informatique déménage dans le Sud en décembre et plus personne au club ne pourrait accompagner les membres pendant le changement.
Nous verrons l'an prochain, une fois la relève trouvée.

Odile Chambon
Aéro-Club de la Planèze

@@ lfr78 | reply: refuse | ours: overrun | style: outlook | figs: d=10,b=6
from: Nathalie Ernst <n.ernst@famenne-flight.be>
ref: OF-2026-7516
--
Bonjour,

Nous ne souhaitons pas de facturation supplémentaire cette année. Nous annulons donc cette demande ; nous la referons en janvier, sur le crédit d'heures 2027.

Bien à vous,

Nathalie Ernst
Head of Training – Famenne Flight Training SRL

@@ lfr79 | reply: question | ours: devest | style: outlook | figs: d=15,h=8
from: Marc Feltgen <marc.feltgen@pt.lu>
ref: OF-2026-7522
--
Bonjour,

Le devis de 15 heures nous surprend un peu. Serait-il possible de le découper en deux phases : la première sur nos 8 heures de bonus cette année, la seconde l'année prochaine sur le crédit 2027, sans rien facturer ? Merci de nous dire si c'est envisageable, le conseil d'administration décidera ensuite.

Avec nos meilleures salutations,
Marc Feltgen
Cercle Aéronautique d'Useldange asbl

@@ lfr80 | reply: confirm | ours: pool | style: alt | figs: h=1,b=3
from: Laurent Grosjean <laurent.grosjean70@free.fr>
ref: OF-2026-7530
--
Bonjour,

Oui pour 1 h, bonne idée de mutualiser.

Laurent

@@ lfr81 | reply: question | ours: overrun | style: gmail | figs: d=7,b=2
from: tresorerie.ackourou@gmail.com
ref: OF-2026-7537
--
Bonjour,

Pour les 300 € HT il nous faudrait un devis en bonne et due forme à présenter au bureau du 8 octobre, sans ça je ne peux rien engager. Merci de me l'envoyer

Rudy Ho-Kong
Trésorier – Aéro-Club Guyanais de Kourou

@@ lfr82 | reply: confirm | ours: testplat | style: outlook
from: Alexandre Castagnier <a.castagnier@alpilles-air.fr>
ref: OF-2026-7539
--
Bonjour,

Oui, créez-la, merci.

Au passage, pouvez-vous mettre Mme Mazel (compta@alpilles-air.fr) en copie des prochaines factures ? C'est elle qui les traite désormais.

Cordialement,

Alexandre Castagnier
Directeur – Alpilles Air Formation SAS
Tél. 04 90 55 12 34 – Port. 06 71 28 44 90

@@ lfr83 | reply: confirm | ours: email | style: plain
from: Club ULM du Chablais <ulm.chablais@bluewin.ch>
ref: OF-2026-7548
--
Bonjour,

Oui, merci de faire la modification pour nous, les 30 € HT sont acceptés. On a essayé deux fois dans le compte client et on s'est emmêlé les pinceaux, on préfère que ce soit fait proprement.

Meilleures salutations
Stéphane

@@ lfr84 | reply: confirm | ours: alpha | style: plain | figs: v=4
from: Jean-Daniel Rapin <jd.rapin@bluewin.ch>
ref: OF-2026-7555
--
Bonjour,

Nous acceptons les conditions de la 4.0alpha. Nous sommes conscients que les menus peuvent bouger d'une semaine à l'autre et qu'il n'y aura pas de retour en arrière ; le comité préfère découvrir la version 4 dès maintenant plutôt que d'attendre.

Meilleures salutations
Jean-Daniel Rapin
responsable OpenFlyers, GVM Broye

@@ lfr85 | reply: refuse | ours: devest | style: outlook | figs: d=12,h=5
from: Trésorerie CAC <tresorerie@cac-cerfontaine.be>
ref: OF-2026-7559
--
Bonjour,

Merci pour ce devis détaillé, et merci aussi à Benoît de l'avoir porté jusqu'ici.

Le conseil d'administration en a discuté longuement jeudi. Tout le monde reconnaît que le module serait utile, mais avec la réfection de la piste et le remplacement de la radio du club-house, le budget de cette année est bouclé : nous ne pouvons pas payer les 7 heures qui dépassent nos heures de bonus.

Nous renonçons donc à ce développement pour cette année. Si d'autres clubs le lancent un jour, nous y participerons volontiers.

Bien à vous,

Philippe Gérardy
Trésorier – Cercle Aéronautique de Cerfontaine
GSM 0475 12 34 56

@@ lfr86 | reply: confirm | ours: setup | style: gmail | figs: p=300
from: Josée Gauthier <josee.gauthier.qc@videotron.ca>
ref: OF-2026-7562
--
Bonjour,

Réjean m'a demandé de vous répondre : oui, on prend le forfait paramétrage à 300 € HT. Envoyez-nous le questionnaire, je vais m'occuper de le remplir.

Merci!
Josée Gauthier, secrétaire
Club de vol de la Côte-Nord

@@ lfr87 | reply: refuse | ours: testplat | style: plain
from: Secrétariat CAU <secretariat@cau-useldange.lu>
ref: OF-2026-7571
--
Bonjour,

Finalement nous n'en avons plus besoin : la formation des nouveaux membres du comité s'est faite directement sur la plateforme de démonstration, et cela a très bien fonctionné.

Merci quand même,
Carole Reding

@@ lfr88 | reply: refuse | ours: estimate | style: plain
from: Fabienne Lony <fabienne.lony@laposte.net>
ref: OF-2026-7573
--
Bonjour,

Après discussion avec le trésorier, on préfère garder nos heures pour la migration et le paramétrage de l'an prochain. On ne donne pas suite à cette demande.

Merci,
Fabienne

@@ lfr89 | reply: question | ours: migterms | style: plain | figs: nbd=1,nbm=2,v=4
from: Aéro-Club Guyanais de Kourou <bureau@aeroclub-kourou.fr>
ref: OF-2026-7578
--
Bonjour,

Nous sommes d'accord avec tout, sauf un point : la facture de changement d'abonnement n'est pas encore réglée, notre trésorier attend le versement de la subvention. Est-ce que la date du 1er février 2027 tient toujours si nous payons seulement fin janvier ?

Fabienne Lony
Aéro-Club Guyanais de Kourou

@@ lfr90 | reply: question | ours: migterms | style: gmail
from: Richard Bouffard <richard.bouffard.pilote@gmail.com>
ref: OF-2026-7584
--
Bonjour,

Je suis chef-instructeur au Club de vol de la Côte-Nord. Réjean est parti à la chasse pour deux semaines et m'a demandé de suivre le dossier de la migration.
Pour les conditions, ce n'est pas moi qui peux dire oui : il faut attendre la réunion du CA du 14, c'est eux qui vont décider. Je vous reviens après.

Richard Bouffard
"""
