"""Sealed set h: French replies of clients to our messages (confirm, refuse, question), from the
French-speaking structures of ``h_clients_r`` (France incl. overseas, Belgium, Switzerland, Québec)."""

DEFAULTS = {"lang": "fr"}

TEXT = r"""
@@ hfr01 | reply: confirm | from: Didier Lefebvre <didier.lefebvre62@orange.fr> | ref: OF-2026-4001 | ours: estimate | style: plain
--
Bonjour,

C'est bon pour nous, vous pouvez le planifer.

Didier Lefebvre
AC Côte d'Opale

@@ hfr02 | reply: refuse | from: ulmcamargue@free.fr | ref: OF-2026-4002 | ours: migfee | style: android
--
Bonjour

Non, on ne va pas mettre 50 € pour changer de version, la 3.5 fait ce qu'on lui demande. On verra l'an prochain peut-être.

Patrice

Envoyé depuis mon appareil Galaxy

@@ hfr03 | reply: question | from: Chantal Reynaud <tresorerie@cvv-vercors.fr> | ref: OF-2026-4003 | ours: devest | style: outlook | figs: d=12,h=5
--
Bonjour,

Avant que le comité ne se prononce, j'ai besoin de savoir sur quel exercice tomberait la facture des 7 heures (420 € HT). Notre exercice comptable se clôt au 30 septembre, donc une facture émise maintenant irait sur 2026-2027, ce qui m'arrangerait plutôt. Pouvez-vous aussi me dire si elle peut être réglée en deux fois ?

Bien cordialement,

Chantal Reynaud
Trésorière – Centre de Vol à Voile du Vercors
Aérodrome de La Chapelle-en-Vercors
06 71 24 58 03

@@ hfr04 | reply: confirm | from: Yann Le Guennec <yann.leguennec56@gmail.com> | ref: OF-2026-4004 | ours: testplat | style: gmail
--
Oui, créez-la s'il vous plaît, ce sera plus simple pour nous. Merci !

Yann

@@ hfr05 | reply: question | from: Nathalie Hoarau <secretariat@acrg974.re> | ref: OF-2026-4005 | ours: migterms | style: outlook | figs: nbd=1,nbm=3,v=4
--
Bonjour,

Le 1er mars 2027 nous convient. Une question quand même avant de valider : pendant la semaine qui suit la migration, les pilotes pourront-ils consulter l'historique de leurs vols et leurs soldes comme avant, ou faudra-t-il ressaisir quelque chose ?

Merci d'avance,
Nathalie Hoarau
Secrétariat – Aéro-Club Roland Garros
Tél. 0262 48 31 77 (du mardi au samedi, 8h-12h)

@@ hfr06 | reply: confirm | from: Gérard Pelletier <gerard.pelletier58@orange.fr> | ref: OF-2026-4006 | ours: reset | style: plain
--
Bonjour,

Oui, faites-le pour nous. J'ai cliqué trois fois sur le lien et le mail n'arrive jamais, même pas dans les indésirables. Les 30 € ne posent pas de problème.

Gérard Pelletier

@@ hfr07 | reply: refuse | from: Marc Dubois <marc.dubois@skynet.be> | ref: OF-2026-4007 | ours: alpha | style: outlook
--
Bonjour,

Après en avoir parlé avec nos instructeurs, on préfère ne pas se lancer dans une version qui bouge tout le temps : ils ont déjà assez de mal avec l'actuelle. Nous attendrons la 4 stable.

Merci quand même pour la réponse rapide.

Bien à vous,
Marc Dubois
Aéro-Club du Hainaut – Responsable informatique

@@ hfr08 | reply: confirm | from: gestion@atlantique-pilotes.fr | ref: OF-2026-4008 | ours: overrun | style: outlook | figs: d=8,b=3
--
Bonjour,

Bon pour accord pour la facturation des 5 heures au-delà du crédit (300 € HT).
Vous pouvez adresser la facture à cette boîte, comme d'habitude.

Cordialement,

Service gestion
Atlantique Pilotes Formation SARL
Aéroport Nantes Atlantique – Bât. 12
44340 Bouguenais
02 40 84 16 50

@@ hfr09 | reply: question | from: Stéphane Rochat <s.rochat@bluewin.ch> | ref: OF-2026-4009 | ours: pool | style: gmail | figs: h=2,b=5
--
Bonjour,

Deux heures, ça me paraît raisonnable sur le principe. Mais j'aimerais savoir quel est l'autre club et avoir un descriptif de ce qui sera développé exactement : je dois le présenter au comité du 9 décembre avant de m'engager.

Meilleures salutations
Stéphane Rochat
GVM Blécherette

@@ hfr10 | reply: refuse | from: Marie-Ève Gagnon <me.gagnon@pilotagelaurentides.ca> | ref: OF-2026-4010 | ours: setup | style: outlook
--
Bonjour,

Merci pour l'offre, mais nous allons faire le paramétrage à l'interne. Notre chef-instructeur a déjà monté la grille de tarifs et la liste des appareils dans un chiffrier, il lui reste juste à tout entrer. Si on bloque, on vous relancera.

Bonne journée,

Marie-Ève Gagnon
Directrice des opérations
École de pilotage des Laurentides inc.
450 436-2291

@@ hfr11 | reply: confirm | from: line.sainterose972@gmail.com | ref: OF-2026-4011 | ours: email | style: apple
--
Oui merci de faire le changement, je ne trouve pas la rubrique dans le compte.

Envoyé de mon iPhone

@@ hfr12 | reply: question | from: Sylvain Tremblay <sylvain.tremblay@videotron.ca> | ref: OF-2026-4012 | ours: estimate | style: gmail | figs: h=3,b=4
--
Bonjour,

3 h pour ajouter un champ dans la fiche membre, ça me semble beaucoup. J'aimerais comprendre ce qui prend autant de temps avant de vous donner le go

Sylvain

@@ hfr13 | reply: confirm | from: secretariat@cvv-vercors.fr | ref: OF-2026-4013 | ours: migterms | style: plain | figs: nbd=15,nbm=2,v=4
--
Bonjour,

Conditions lues et acceptées par le bureau. Le 15 février nous va très bien, on ne revole pas avant la mi-mars de toute façon.

Pour le bureau,
Claire Vidal, secrétaire

@@ hfr14 | reply: refuse | from: cvvardennes@proximus.be | ref: OF-2026-4014 | ours: reset | style: plain
--
Bonjour,

Ce ne sera plus nécessaire, merci : notre trésorier a retrouvé le mot de passe dans ses papiers. Vous pouvez clôturer.

Bonne journée,
Luc

@@ hfr15 | reply: question | from: Jean-Marc Payet <jm.payet974@orange.fr> | ref: OF-2026-4015 | ours: alpha | style: outlook
--
Bonjour,

Je comprends bien les conditions, mais une chose m'inquiète : avec le décalage horaire (3 h d'avance sur vous l'hiver), si la 4.0alpha plante un samedi matin chez nous, qui intervient et dans quel délai ? Sans réponse claire là-dessus je ne peux pas engager le club.

Jean-Marc Payet
Président ACRG
0692 64 12 80

@@ hfr16 | reply: confirm | from: Karine Baudry <k.baudry@atlantique-pilotes.fr> | ref: OF-2026-4016 | ours: devest | style: alt | figs: d=10,h=6
--
Bonjour,

Nous acceptons le devis : 6 h sur nos heures de bonus et 4 h facturées. Vous pouvez lancer le développement.

Cordialement,
Karine Baudry
Directrice – Atlantique Pilotes Formation
06 32 57 81 40

@@ hfr17 | reply: refuse | from: tresorier@aeroclubhainaut.be | ref: OF-2026-4017 | ours: overrun | style: gmail | figs: d=6,b=1
--
Bonjour,

300 € HT, c'est au-dessus de ce qu'on peut mettre cette année : la révision du moteur du Robin nous a coûté bien plus que prévu. On laisse tomber pour le moment, merci de classer la demande.

Bien à vous,
Freddy Martens
Trésorier

@@ hfr18 | reply: confirm | from: info@aerosaguenay.qc.ca | ref: OF-2026-4018 | ours: setup | style: plain | figs: p=240
--
Bonjour,

Oui, on le prend. Envoyez-nous le questionnaire, on va le remplir ensemble à la réunion du conseil mardi soir.

Merci!
Nancy Bouchard, secrétaire

@@ hfr19 | reply: question | from: compta@acbretagnesud.fr | ref: OF-2026-4019 | ours: testplat | style: outlook
--
Bonjour,

La plateforme de test, elle est conservée combien de temps ? Et si on fait des essais de réservation dessus, est-ce que les membres vont recevoir les mails de confirmation

Cordialement,
Sophie Le Floch
Comptabilité ACBS

@@ hfr20 | reply: confirm | from: Valérie Dufour <v.dufour@leman-aviation.ch> | ref: OF-2026-4020 | ours: pool | style: outlook | qpos: above
--
Bonjour,

D'accord pour participer.

Meilleures salutations,
Valérie Dufour
Responsable formation
Léman Aviation École SA
+41 22 798 40 12

@@ hfr21 | reply: refuse | from: Yann Le Guennec <yann.leguennec56@gmail.com> | ref: OF-2026-4021 | ours: migterms | style: gmail | nothread: 1
--
Bonjour,

Finalement le CA préfère rester en 3.6 au moins jusqu'à l'AG de mars. Annulez la demande de migration, on reviendra vers vous après l'assemblée si elle vote pour.

Yann

@@ hfr22 | reply: question | from: aeroclubmorvan@orange.fr | ref: OF-2026-4022 | ours: email | style: plain
--
bonjour
si je le fais moi meme dans le compte client c'est gratuit ? parce que 30 euros pour changer une adresse je trouve ca cher. et je ne vois pas ou est la rubrique mes coordonnees
Gerard

@@ hfr23 | reply: confirm | from: Agnès Brun <agnes.brun38@wanadoo.fr> | ref: OF-2026-4023 | ours: alpha | style: outlook
--
Bonjour,

Nous acceptons les conditions de la version 4.0alpha. Nous avons bien noté qu'il n'y aura pas de retour en arrière ; c'est voulu, nous voulons nous faire la main sur les nouveautés avant la saison prochaine.

Agnès Brun
Présidente CVV Vercors

@@ hfr24 | reply: refuse | from: tresorier@accoteopale.fr | ref: OF-2026-4024 | ours: estimate | style: gmail
--
Bonjour,

Après discussion en réunion de bureau, nous ne donnerons pas suite. On se débrouillera avec un tableur pour les statistiques de fin d'année, et on garde nos heures pour plus urgent.

Merci de votre réactivité,
Benoît Caron
Trésorier ACCO

@@ hfr25 | reply: question | from: Patrice Roux <patrice.roux13@laposte.net> | ref: OF-2026-4025 | ours: migfee | style: plain
--
Bonjour,

Les 50 € c'est HT ? Nous sommes une association, on ne récupère pas la TVA, donc en vrai ça ferait 60 €. Et est-ce qu'on peut payer par chèque, notre trésorier n'a pas de carte au nom du club.

Patrice Roux
ULM Club de Camargue

@@ hfr26 | reply: confirm | from: Jean-Marc Payet <jm.payet974@orange.fr> | ref: OF-2026-4026 | ours: estimate | style: android | note: yes plus unrelated small talk
--
Bonjour depuis la Réunion !

C'est d'accord pour nous, allez-y. Sans rapport : le nouveau DR400 est enfin arrivé par bateau la semaine dernière, les pilotes sont ravis.

Bonne soirée (ici il fait déjà nuit)
Jean-Marc

Envoyé de mon mobile Orange

@@ hfr27 | reply: refuse | from: Sylvain Tremblay <sylvain.tremblay@videotron.ca> | ref: OF-2026-4027 | ours: testplat | style: plain | qpos: above
--
Non merci, on va la créer nous-mêmes à partir du compte client, pas besoin de toucher à nos heures.

Sylvain

@@ hfr28 | reply: question | from: compta@acbretagnesud.fr | ref: OF-2026-4028 | ours: overrun | style: outlook | figs: d=9,b=4
--
Bonjour,

Est-il possible d'imputer les 5 heures en dépassement sur notre crédit 2027 au lieu de les facturer ? Nous aurons 10 heures neuves en janvier. Si ce n'est pas possible, je dois en parler au président avant de vous répondre.

Cordialement,
Sophie Le Floch

@@ hfr29 | reply: confirm | from: aeroclub.martinique@wanadoo.fr | ref: OF-2026-4029 | ours: reset | style: plain
--
Bonjour,

Oui allez-y, nous avons essayé le lien plusieurs fois sans succès. Vous pouvez facturer les 30 €.

Cordialement,
Line Sainte-Rose
Présidente – Aéro-Club de la Martinique
Aéroport Martinique Aimé Césaire, Le Lamentin
0696 28 45 19

@@ hfr30 | reply: question | from: secretariat@aeroclubhainaut.be | ref: OF-2026-4030 | ours: setup | style: outlook | figs: p=300
--
Bonjour,

Le forfait à 300 € HT comprend-il la reprise de nos quelque cent septante fiches membres depuis l'ancien logiciel, ou seulement les réglages (tarifs, avions, profils) ? Si la reprise des membres n'est pas dedans, il faudra qu'on en rediscute au comité.

Bien à vous,
Annick Delhaye
Secrétariat – Aéro-Club du Hainaut
Aérodrome de Charleroi-Gosselies
+32 71 35 22 90

@@ hfr31 | reply: confirm | from: Luc Lambert <luc.lambert@scarlet.be> | ref: OF-2026-4031 | ours: migfee | style: outlook
--
Bonjour,

On maintient, pas de souci. Je règle la facture dès qu'elle apparaît dans le compte client.

Bien à vous,
Luc Lambert
Président – CVV des Ardennes
+32 475 61 23 08

@@ hfr32 | reply: refuse | from: Jean-Marc Payet <jm.payet974@orange.fr> | ref: OF-2026-4032 | ours: pool | style: outlook | figs: h=3,b=6
--
Bonjour,

On passe notre tour sur celui-là : la gestion des treuils ne nous concerne pas, nous n'avons que des avions. Gardez nos heures pour nos propres demandes.

Cordialement,
Jean-Marc

@@ hfr33 | reply: question | from: Marc Dubois <marc.dubois@skynet.be> | ref: OF-2026-4033 | ours: devest | style: outlook | figs: d=15,h=5
--
Bonjour,

15 heures !? Nous pensions à 5 ou 6 au maximum. Vous ne pourriez pas nous chiffrer une version simplifiée, sans l'export PDF, pour voir la différence ?

Marc

@@ hfr34 | reply: confirm | from: ulmcamargue@free.fr | ref: OF-2026-4034 | ours: email | style: plain
--
ok pour les 30 €, faites le changement svp
nouvelle adresse : ulm.camargue13@gmail.com
merci

@@ hfr35 | reply: refuse | from: Stéphane Rochat <s.rochat@bluewin.ch> | ref: OF-2026-4035 | ours: alpha | style: apple | qpos: above
--
Non, finalement on reste en 3.6. Trop risqué en pleine saison.

Stéphane

Envoyé de mon iPhone

@@ hfr36 | reply: question | from: Agnès Brun <agnes.brun38@wanadoo.fr> | ref: OF-2026-4036 | ours: estimate | style: plain | figs: h=2,b=2
--
Bonjour,

Ça nous laisserait à 0 h jusqu'au 31 décembre. Si on a un souci sur le planning d'ici là, ce sera facturé au taux horaire ? Je préfère savoir avant de dire oui.

Agnès

@@ hfr37 | reply: confirm | from: Valérie Dufour <v.dufour@leman-aviation.ch> | ref: OF-2026-4037 | ours: testplat | style: outlook | note: a wish about when to use it, not a condition
--
Bonjour,

Volontiers, merci de la créer. Nous aimerions y faire la formation des nouveaux instructeurs la semaine du 16 novembre.

Meilleures salutations,
Valérie Dufour

@@ hfr38 | reply: refuse | from: Gérard Pelletier <gerard.pelletier58@orange.fr> | ref: OF-2026-4038 | ours: migfee | style: outlook
--
Bonjour,

Je ne confirme pas la migration. Le bureau estime que la version actuelle suffit largement pour nos trois avions et préfère garder les 50 € pour l'essence.

Cordialement,
Gérard Pelletier
Président – Aéro-Club du Morvan
Aérodrome de Château-Chinon
03 86 85 12 64

@@ hfr39 | reply: question | from: bureau@acbretagnesud.fr | ref: OF-2026-4039 | ours: alpha | style: outlook
--
Bonjour,

Avant d'accepter : si la 4.0alpha a un bug bloquant sur la facturation des vols, pourrez-vous le corriger rapidement ? Notre trésorière clôture chaque fin de mois et ne peut pas attendre une semaine.

Pour le bureau,
Erwan Guillou, vice-président

@@ hfr40 | reply: confirm | from: Sylvain Tremblay <sylvain.tremblay@videotron.ca> | ref: OF-2026-4040 | ours: overrun | style: gmail | figs: d=7,b=5
--
Bonjour,

Correct pour nous, vous pouvez facturer les 2 heures. Merci pour le suivi!

Sylvain Tremblay
Président – Club aéronautique du Saguenay
418 542-7730

@@ hfr41 | reply: question | from: Patrice Roux <patrice.roux13@laposte.net> | ref: OF-2026-4041 | ours: reset | style: plain
--
Bonjour,

Le lien "mot de passe oublié" envoie le mail sur l'adresse de l'ancien président, qui a quitté le club en juin et ne répond plus. Comment on fait dans ce cas là, il faut forcément passer par vous et payer ?

Patrice

@@ hfr42 | reply: confirm | from: Marie-Ève Gagnon <me.gagnon@pilotagelaurentides.ca> | ref: OF-2026-4042 | ours: pool | style: outlook | figs: h=2,b=7
--
Bonjour,

Oui, on embarque pour 2 h. Ça fait longtemps qu'on attend cette fonction-là!

Merci,
Marie-Ève

@@ hfr43 | reply: refuse | from: Didier Lefebvre <didier.lefebvre62@orange.fr> | ref: OF-2026-4043 | ours: devest | style: plain | figs: d=14,h=5
--
Bonjour,

9 heures facturées en plus de nos 5 heures de bonus, ça dépasse ce que le club peut engager. Nous renonçons à ce développement pour cette année. Si un autre club le finance un jour, on en profitera !

Didier

@@ hfr44 | reply: confirm | from: Stéphane Rochat <s.rochat@bluewin.ch> | ref: OF-2026-4044 | ours: migterms | style: outlook | qpos: above | figs: nbd=10,nbm=1,v=4
--
Bonjour,

Nous confirmons notre accord sur ces conditions.

Meilleures salutations,
Stéphane Rochat

@@ hfr45 | reply: question | from: secretariat.cvvardennes@gmail.com | ref: OF-2026-4045 | ours: email | style: gmail
--
Bonjour,

Je suis la nouvelle secrétaire du club. Est-ce à moi qu'il faut donner les codes du compte client pour faire la modification moi-même, ou est-ce le président qui doit s'en occuper ? Je préférerais éviter les 30 € si on peut.

Merci d'avance,
Sarah Jacobs
CVV des Ardennes

@@ hfr46 | reply: confirm | from: Gérard Pelletier <gerard.pelletier58@orange.fr> | ref: OF-2026-4046 | ours: setup | style: plain | figs: p=180
--
Bonjour,

Pas de souci pour les 180 € HT, on souscrit au forfait. Vous pouvez envoyer le questionnaire à cette adresse, je le ferai remplir par notre chef pilote.

Gérard

@@ hfr47 | reply: question | from: Marc Dubois <marc.dubois@skynet.be> | ref: OF-2026-4047 | ours: migterms | style: outlook | figs: nbd=20,nbm=4,v=4
--
Bonjour,

Le 20 avril, c'est bien la date avant laquelle vous ne migrerez pas, d'accord. Mais ne pourriez-vous pas nous garantir que ce sera fait avant le 1er juin ? Notre stage de printemps commence le 5 juin et je ne voudrais pas changer de version en plein stage.

Bien à vous,
Marc Dubois

@@ hfr48 | reply: confirm | from: Yann Le Guennec <yann.leguennec56@gmail.com> | ref: OF-2026-4048 | ours: estimate | style: apple
--
OK pour moi.

Yann

Envoyé de mon iPhone

@@ hfr49 | reply: refuse | from: line.sainterose972@gmail.com | ref: OF-2026-4049 | ours: email | style: gmail
--
Bonjour,

Laissez, je vais le faire moi-même depuis le compte client, j'ai retrouvé la rubrique grâce à votre message. Merci.

Line

@@ hfr50 | reply: question | from: Valérie Dufour <v.dufour@leman-aviation.ch> | ref: OF-2026-4050 | ours: devest | style: outlook | figs: d=20,h=8
--
Bonjour,

Merci pour le chiffrage. Nous sommes d'accord sur le principe, mais uniquement si le développement est livré avant le début de la saison (1er avril) : au-delà il ne nous sert à rien cette année. Pouvez-vous vous engager sur ce délai ?

Meilleures salutations,
Valérie Dufour
Léman Aviation École SA

@@ hfr51 | reply: confirm | from: caissier@gvm-blecherette.ch | ref: OF-2026-4051 | ours: overrun | style: plain | figs: d=5,b=2
--
Bonjour,

En ordre pour les 3 heures supplémentaires. Merci de nous envoyer la facture, je la réglerai par virement.

Meilleures salutations
René Jaquier, caissier

@@ hfr52 | reply: refuse | from: aeroclub.martinique@wanadoo.fr | ref: OF-2026-4052 | ours: setup | style: plain | qpos: above
--
Bonjour,

Nous n'allons pas prendre le forfait, notre ancien président avait déjà tout paramétré et ça tourne bien.

Merci.
Line

@@ hfr53 | reply: confirm | from: secretariat@gvm-blecherette.ch | ref: OF-2026-4053 | ours: devest | style: outlook | figs: d=8,h=5 | nothread: 1
--
Bonjour,

Le comité a accepté votre devis lors de sa séance d'hier soir. Vous pouvez démarrer ; la facture des 3 heures restantes est à adresser à notre caissier (caissier@gvm-blecherette.ch).

Salutations,
Pour le comité : Nicole Pittet, secrétaire
GVM Blécherette – Aéroport de Lausanne-Blécherette

@@ hfr54 | reply: question | from: aeroclubmorvan@orange.fr | ref: OF-2026-4054 | ours: reset | style: plain | note: confuses the client account with the members' platform login
--
Bonjour,

je vous ai écrit pour le mot de passe de notre plateforme de réservation, pas du compte client. C'est le même ? Nos membres n'arrivent plus à se connecter depuis lundi, c'est ça le vrai problème.

Gérard

@@ hfr55 | reply: confirm | from: Luc Lambert <luc.lambert@scarlet.be> | ref: OF-2026-4055 | ours: alpha | style: gmail
--
Bonjour,

Oui, nous acceptons. Un de nos membres est informaticien et se réjouit de découvrir les nouveautés, c'est lui qui fera le lien avec vous.

Bien à vous,
Luc

@@ hfr56 | reply: confirm | from: tresorerie@cvv-vercors.fr | ref: OF-2026-4056 | ours: pool | style: outlook | figs: h=1,b=3
--
Bonjour,

Le bureau est daccord pour mettre 1 heure dans ce développement.

Chantal Reynaud
Trésorière – CVV du Vercors
(absente du 20 au 27 novembre)

@@ hfr57 | reply: refuse | from: compta@pilotagelaurentides.ca | ref: OF-2026-4057 | ours: overrun | style: outlook | figs: d=14,b=3
--
Bonjour,

11 heures au-delà de notre banque d'heures, soit 660 € HT, ce n'est pas prévu au budget. Nous allons attendre le renouvellement de janvier et on verra avec nos heures 2027. Pour l'instant on ne va pas de l'avant.

Merci,
Julie Côté
Comptabilité – École de pilotage des Laurentides

@@ hfr58 | reply: question | from: Didier Lefebvre <didier.lefebvre62@orange.fr> | ref: OF-2026-4058 | ours: testplat | style: plain
--
Bonjour,

Si c'est vous qui la créez, ce sera une copie de notre vraie plateforme avec les vrais comptes pilotes ? Je ne voudrais pas que des données personnelles traînent sur un serveur de test, notre RGPD est déjà assez compliqué comme ça.

Didier

@@ hfr59 | reply: confirm | from: aeroclub.martinique@wanadoo.fr | ref: OF-2026-4059 | ours: migfee | style: outlook
--
Bonjour,

Oui, nous souhaitons la maintenir. Nous réglerons par virement dès réception de la facture.

Cordialement,
Le bureau de l'ACM

@@ hfr60 | reply: question | from: Sylvain Tremblay <sylvain.tremblay@videotron.ca> | ref: OF-2026-4060 | ours: pool | style: gmail | figs: h=3,b=4
--
On serait partants, mais 3 h sur les 4 qui nous restent, ça fait mal. Est-ce qu'on pourrait mettre 1 h 30 plutôt que 3 h

Sylvain

@@ hfr61 | reply: refuse | from: info@aerosaguenay.qc.ca | ref: OF-2026-4061 | ours: migterms | style: plain | qpos: above
--
Bonjour,

Merci, mais on va attendre. Le conseil d'administration a décidé de reporter la migration à l'automne prochain, après la saison. On vous réécrira à ce moment-là.

Nancy Bouchard
Secrétaire, Club aéronautique du Saguenay

@@ hfr62 | reply: confirm | from: cvvardennes@proximus.be | ref: OF-2026-4062 | ours: email | style: plain | noquote: 1
--
Bonjour,

Oui merci de vous en charger, ca ira plus vite que si je cherche moi meme.

Luc

@@ hfr63 | reply: question | from: Karine Baudry <k.baudry@atlantique-pilotes.fr> | ref: OF-2026-4063 | ours: setup | style: outlook | figs: p=420
--
Bonjour,

Je suis un peu surprise : le forfait paramétrage n'est-il pas inclus dans l'abonnement Corporate ? C'est ce qu'on nous avait expliqué au moment de la signature. Merci de vérifier avant que je vous réponde sur les 420 € HT.

Cordialement,
Karine Baudry
Directrice – Atlantique Pilotes Formation

@@ hfr64 | reply: refuse | from: compta@acbretagnesud.fr | ref: OF-2026-4064 | ours: devest | style: outlook | figs: d=16,h=10 | note: declines the quote; may come back later with co-funders
--
Bonjour,

Nous ne donnerons pas suite à ce devis. Le président préfère d'abord poster l'idée sur le forum pour trouver d'autres clubs intéressés ; si un financement commun se dessine un jour, nous ferons une nouvelle demande.

Cordialement,
Sophie Le Floch

@@ hfr65 | reply: confirm | from: secretariat@aeroclubhainaut.be | ref: OF-2026-4065 | ours: estimate | style: alt
--
Bonjour,

C'est parfait, vous pouvez y aller. Nous restons joignables par téléphone si vous avez besoin d'un renseignement en cours de route.

Bien à vous,
Annick Delhaye
Secrétariat – Aéro-Club du Hainaut
+32 71 35 22 90 (lundi, mercredi et samedi)

@@ hfr66 | reply: refuse | from: line.sainterose972@gmail.com | ref: OF-2026-4066 | ours: reset | style: apple
--
Non merci, j'ai fini par y arriver avec le lien, le mail était dans les spams.
Bonne journée

Line Sainte-Rose
Envoyé de mon iPad

@@ hfr67 | reply: confirm | from: Jean-Marc Payet <jm.payet974@orange.fr> | ref: OF-2026-4067 | ours: migterms | style: outlook | figs: nbd=5,nbm=1,v=4
--
Bonjour,

Nous sommes d'accord avec ces conditions. Le 5 janvier c'est bien, c'est notre période creuse (saison cyclonique, peu de vols).

Jean-Marc Payet
Président ACRG

@@ hfr68 | reply: question | from: Sylvain Tremblay <sylvain.tremblay@videotron.ca> | ref: OF-2026-4068 | ours: alpha | style: gmail
--
Bonjour,

On accepte le principe, mais est-ce qu'une plateforme d'essai en version 4 ne serait pas plus sage pour commencer ? On pourrait tester avec deux ou trois instructeurs avant de tout basculer, qu'en pensez-vous?

Sylvain

@@ hfr69 | reply: confirm | from: secretariat@acrg974.re | ref: OF-2026-4069 | ours: setup | style: html | figs: p=240
--
Bonjour,

Le bureau a validé le forfait paramétrage à 240 € HT. Merci de nous transmettre le questionnaire.

Bien cordialement,
Nathalie Hoarau
Secrétariat – Aéro-Club Roland Garros
Aéroport de Saint-Denis Roland Garros

@@ hfr70 | reply: question | from: ulmcamargue@free.fr | ref: OF-2026-4070 | ours: email | style: android | qpos: above
--
je ne vois pas la rubrique mes coordonnees dans le compte client, elle est ou exactement ? si je la trouve pas je vous dirai de le faire

Patrice
Envoyé depuis mon smartphone

@@ hfr71 | reply: confirm | from: secretariat.cvvardennes@gmail.com | ref: OF-2026-4071 | ours: reset | style: gmail
--
Bonjour,

Oui, volontiers, faites-le s'il vous plaît. Le mail de réinitialisation n'arrive nulle part, ni chez moi ni chez le président.

Bien à vous,
Sarah Jacobs
Secrétaire – CVV des Ardennes

@@ hfr72 | reply: refuse | from: Patrice Roux <patrice.roux13@laposte.net> | ref: OF-2026-4072 | ours: migfee | style: plain
--
Bonjour,

On a réfléchi et on va attendre l'assemblée générale de février pour décider. D'ici là ne lancez rien svp, pas de facture non plus.

Patrice

@@ hfr73 | reply: question | from: compta@leman-aviation.ch | ref: OF-2026-4073 | ours: overrun | style: outlook | figs: d=26,b=20
--
Bonjour,

Pouvez-vous nous envoyer le détail du chiffrage des 6 heures avant validation ? Notre direction exige un devis détaillé pour toute dépense au-delà de trois cents francs.

Avec nos meilleures salutations,
Comptabilité
Léman Aviation École SA
Route de l'Aéroport 21, 1215 Genève

@@ hfr74 | reply: confirm | from: Karine Baudry <k.baudry@atlantique-pilotes.fr> | ref: OF-2026-4074 | ours: testplat | style: plain | noquote: 1
--
oui merci, allez-y
bonne journée

@@ hfr75 | reply: refuse | from: Marc Dubois <marc.dubois@skynet.be> | ref: OF-2026-4075 | ours: testplat | style: outlook
--
Bonjour,

Pas la peine, merci. Finalement nous n'avons plus l'utilité d'une plateforme de test : le projet de formation théorique en ligne est abandonné pour cette année.

Marc

@@ hfr76 | reply: question | from: line.sainterose972@gmail.com | ref: OF-2026-4076 | ours: migfee | style: gmail
--
Bonjour,

si nous migrons maintenant, est-ce qu'il faudra repayer 50 € à la prochaine version majeure ? et la 3.5 elle reste supportée jusqu'à quand

Merci
Line Sainte-Rose

@@ hfr77 | reply: question | from: Karine Baudry <k.baudry@atlantique-pilotes.fr> | ref: OF-2026-4077 | ours: estimate | style: outlook | qpos: above | figs: h=2,b=14
--
Est-ce que ces 2 h comprennent aussi la mise à jour de la notice pour nos instructeurs, ou faudra-t-il compter du temps en plus

Karine Baudry

@@ hfr78 | reply: question | from: Didier Lefebvre <didier.lefebvre62@orange.fr> | ref: OF-2026-4078 | ours: migterms | style: plain | nothread: 1 | figs: nbd=31,nbm=1,v=4
--
Bonjour,

Je ne comprends pas bien la partie sur les factures : notre renouvellement 2027 n'est pas encore réglé, ça va bloquer la migration ? Je crois même que la facture n'est pas encore émise.

Didier Lefebvre
Président AC Côte d'Opale
06 08 44 71 25

@@ hfr79 | reply: question | from: tresorier@accoteopale.fr | ref: OF-2026-4079 | ours: pool | style: gmail | figs: h=2,b=3 | note: the board will answer later
--
Bonjour,

Le président et moi ne sommes pas du même avis sur ce point, je vous donne une réponse après notre réunion de bureau du 2 décembre.

Benoît

@@ hfr80 | reply: confirm | from: Yann Le Guennec <yann.leguennec56@gmail.com> | ref: OF-2026-4080 | ours: devest | style: gmail | figs: d=12,h=8
--
Bonjour,

Bon pour accord sur le devis : 8 h prises sur nos heures de bonus et 4 h facturées à 60 € HT.

Yann Le Guennec
Président ACBS
"""
