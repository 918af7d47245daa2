"""Set k, first batch: French replies to our messages (confirm, refuse, question), from the clubs and
schools of ``k_clients_fr``. Written around the decision: yeses that give their reason or restate our
terms in the client's own words, noes whose reason sounds friendly, questions buried in long mails,
decisions in the last line, conditional answers, yeses with a second unrelated request, and answers
from people who are not the ones deciding."""

DEFAULTS = {"lang": "fr"}

TEXT = r"""
@@ kfr001 | reply: confirm | from: Vincent Jeunet <v.jeunet25@gmail.com> | ref: OF-2026-7001 | ours: estimate | style: gmail | figs: h=2,b=5
--
Bonjour,

Oui, vous pouvez y aller pour les 2 h. On a ouvert une section BIA avec le lycée Xavier-Marmier cette année et les élèves commencent à voler après les vacances de février : ce serait bien que le tarif jeunes et le profil « élève BIA » soient en place d'ici là, mais on n'est pas à une semaine près.

Merci d'avance,
Vincent Jeunet
Responsable OpenFlyers - Aéro-Club du Haut-Doubs
06 71 38 20 94

@@ kfr002 | reply: refuse | from: Gérard Brunet <gerard.brunet86@orange.fr> | ref: OF-2026-7002 | ours: migfee | style: plain
--
Bonjour,

Merci pour la réponse rapide. La version 4 a l'air très bien, on en a entendu du bien au rassemblement de Blois, mais avec deux machines et une quinzaine de membres on ne va pas mettre 50 € là-dedans cette année, le budget est déjà bouclé. On garde la 3.5 pour l'instant, on en reparlera l'an prochain.

Gérard Brunet
ULM Club du Loudunois

@@ kfr003 | reply: question | from: Annick Perrin <annick.perrin42@free.fr> | ref: OF-2026-7003 | ours: devest | style: outlook | figs: d=12,h=6
--
Bonjour,

Merci pour le chiffrage, qui est arrivé pile pour notre réunion de bureau de jeudi dernier. On a fait le tour de la question : la facturation automatique des treuillées nous ferait gagner un temps fou. Aujourd'hui c'est Jean-Paul qui ressaisit tout le lundi soir à partir des carnets de piste, et il commence à en avoir sa claque (on le comprend).

Par contre un point n'est pas clair pour nous : les 6 heures restantes, elles sont facturées à la livraison ou dès l'acceptation du devis ? Notre exercice se clôt au 31 décembre et pour la trésorière ça change pas mal de choses selon l'année où tombe la dépense.

Pour le reste le principe nous convient, et si d'autres clubs de vol à voile veulent se joindre au financement, tant mieux. On attend votre réponse sur ce point avant de signer.

Bonne journée,
Annick Perrin
Association Vélivole du Forez - Aérodrome de Feurs-Chambéon
04 77 26 51 08

@@ kfr004 | reply: confirm | from: René Chassaing <rene.chassaing63@wanadoo.fr> | ref: OF-2026-7004 | ours: reset | style: plain
--
Bonjour,

Oui, faites-le s'il vous plaît, on réglera les 30 €. On n'arrive plus à entrer dans le compte client depuis que Mme Vialle, notre ancienne secrétaire, a quitté la région en septembre : c'est elle qui avait le mot de passe, et elle ne répond plus ni au téléphone ni aux mails. La facture de renouvellement va bientôt tomber et je n'ai pas envie qu'on se retrouve coincés.

René Chassaing
Président, Aéro-Sport du Livradois
Aérodrome d'Ambert - Le Poyet

@@ kfr005 | reply: confirm | from: Pascal Overney <p.overney@bluewin.ch> | ref: OF-2026-7005 | ours: migterms | style: apple | figs: nbd=1,nbm=4,v=4
--
Bonjour,

Si je résume : rien avant le 1er avril, les factures réglées d'abord, pas de date garantie, et une fois en version 4 plus moyen de revenir à la 3.6. C'est bien compris de notre côté et le comité est d'accord, vous pouvez lancer.

Avec nos meilleures salutations de la Gruyère,
Pascal Overney
Groupement de Vol à Voile de la Gruyère
079 412 36 58

@@ kfr006 | reply: question | from: info@aerobsl.qc.ca | ref: OF-2026-7006 | ours: testplat | style: outlook
--
Bonjour,

Je ne suis que la secrétaire du club, c'est Mélanie Gagnon qui s'occupe de la plateforme et elle est partie dans le Sud jusqu'au 12. Je lui transmets votre courriel, elle va vous revenir à son retour.

Bonne journée,
Josée Bérubé
Secrétariat — Club aéronautique du Bas-Saint-Laurent
Aéroport de Rimouski

@@ kfr007 | reply: refuse | from: Christelle Dupuis <christelle.dupuis80@laposte.net> | ref: OF-2026-7007 | ours: pool | style: gmail
--
Bonjour,

Merci d'avoir pensé à nous ! L'idée est vraiment excellente et on serait ravis de l'avoir un jour, mais nos heures de cette année sont déjà promises à la refonte des tarifs baptêmes de l'été. On ne peut pas en céder, donc ce sera sans nous pour cette fois. On profitera de la fonction quand elle sortira :)

Christelle Dupuis
ULM Club du Marquenterre - Rue

@@ kfr008 | reply: confirm | from: Karim Bensaïd <k.bensaid@montelimar-pilotage.fr> | ref: OF-2026-7008 | ours: overrun | style: outlook
--
Validé, vous pouvez facturer.

K. Bensaïd
Directeur - Montélimar Pilotage SARL
Aérodrome de Montélimar-Ancône
04 75 01 62 30

@@ kfr009 | reply: question | from: aeroclub.lamentin@orange.fr | ref: OF-2026-7009 | ours: email | style: plain | note: yes to the paid e-mail change plus an unrelated problem report (duplicate booking reminders)
--
Bonjour,

Oui, changez l'adresse pour nous, je ne trouve pas cette rubrique et je n'ai pas le temps de chercher. Les 30 € ne posent pas de problème.

Par contre j'en profite : depuis la semaine dernière nos membres reçoivent les rappels de réservation en double, deux mails identiques à chaque fois. Vous pouvez regarder ce qui se passe ?

Merci,
Rose-Marie Jean-Louis
Aéro-Club du Lamentin

@@ kfr010 | reply: confirm | from: Denis Tremblay <denis.tremblay@videotron.ca> | ref: OF-2026-7010 | ours: alpha | style: plain
--
Bonjour,

On a bien compris : ça va bouger sans avertissement, des affaires vont peut-être briser, pis on pourra pas revenir en arrière. C'est correct pour nous autres, on a deux membres qui travaillent en informatique et ils ont bien hâte d'essayer. Vous pouvez procéder.

Denis Tremblay
Club de vol à voile Champlain

@@ kfr011 | reply: question | from: Yannick Le Goff <yannick.legoff22@orange.fr> | ref: OF-2026-7011 | ours: setup | style: gmail | note: yes only if done before the spring restart, and asks what is realistic
--
Bonjour,

Si le questionnaire peut être rempli et les réglages faits avant la reprise des vols fin mars, alors oui, on prend le forfait. Sinon il ne nous servira plus à grand-chose, on aura tout refait à la main entre-temps. Vous pouvez me dire ce qui est réaliste ?

Yannick Le Goff
Aéro-Club du Trégor — Lannion

@@ kfr012 | reply: refuse | from: tresorier@aeroclubsudreunion.re | ref: OF-2026-7012 | ours: estimate | style: outlook
--
Bonjour,

Merci pour l'estimation. Finalement Teddy, un de nos jeunes pilotes, a trouvé comment sortir l'export pour le cabinet comptable directement depuis les menus, donc on n'a plus besoin de votre intervention. On garde nos heures pour autre chose : vous pouvez annuler la demande.

Bien cordialement,
Patrice Hoarau
Trésorier, Aéro-Club Sud Réunion

@@ kfr013 | reply: confirm | from: Thierry Lalanne <t.lalanne40@free.fr> | ref: OF-2026-7013 | ours: migfee | style: plain | note: the decision is the last line after a paragraph of context
--
Bonjour,

Je vous explique un peu où on en est. On a deux hydravions, un Piper Cub sur flotteurs et un Lake, et la saison tourne surtout de mai à septembre avec beaucoup de baptêmes sur le lac. L'an dernier on a eu pas mal de soucis de réservations qui se chevauchaient sur le Cub, et d'après ce que j'ai lu sur le forum c'est réglé dans la version 4. Le bureau en a parlé samedi après le grand nettoyage du hangar et tout le monde pense que ça vaut largement 50 €.

Donc oui, on maintient la migration.

Thierry Lalanne
Hydro-Club de Biscarrosse

@@ kfr014 | reply: confirm | from: Sophie Vanderbeken <s.vanderbeken@gosselies-training.be> | ref: OF-2026-7014 | ours: devest | style: outlook | figs: d=10,h=4
--
Bonjour,

Nous acceptons le devis tel quel : 10 heures, dont 4 prises sur notre bonus et le solde facturé. La direction l'a validé ce matin. Vous pouvez adresser la facture à finance@gosselies-training.be, s'il vous plaît.

Bien à vous,

Sophie Vanderbeken
Gosselies Aviation Training SRL
Rue des Frères Wright 8 – 6041 Gosselies
+32 71 25 48 90

@@ kfr015 | reply: refuse | from: info@planeurs-sthubert.be | ref: OF-2026-7015 | ours: reset | style: android
--
Bonjour,

C'est bon, pas besoin, j'ai trouvé le lien et le nouveau mot de passe est arrivé tout de suite. Merci quand même hein.

Didier
CVV Saint-Hubert

Envoyé depuis mon appareil Galaxy

@@ kfr016 | reply: question | from: tresorerie@aeroclubspa.be | ref: OF-2026-7016 | ours: overrun | style: outlook | figs: d=7,b=3
--
Bonjour,

Les 240 € HT ne nous font pas peur, mais serait-il possible de les régler en deux fois, une partie en décembre et le reste en janvier ? Notre exercice se termine au 31/12 et la caisse est un peu juste en cette fin d'année.

Merci de nous dire.
Bien à vous,

Jacques Halleux
Trésorier – Aéro-Club de Spa-La Sauvenière

@@ kfr017 | reply: confirm | from: François Bélanger <f.belanger@pilotagedrummond.ca> | ref: OF-2026-7017 | ours: testplat | style: outlook
--
Bonjour,

Oui, allez-y, créez-la pour nous. On veut essayer la nouvelle grille de tarifs avant de l'activer et personne ici n'a le temps de fouiller dans le compte client cette semaine, on est en plein dans les examens de Transports Canada. La demi-heure, c'est correct.

Merci beaucoup,

François Bélanger
Chef instructeur / responsable OpenFlyers
École de pilotage Drummond inc.
819 477-3021

@@ kfr018 | reply: question | from: Philippe Audouin <philippe.audouin16@orange.fr> | ref: OF-2026-7018 | ours: migterms | style: plain | figs: nbd=12,nbm=1
--
Bonjour,

Le 12 janvier nous convient. En revanche j'ai un doute sur « tant que des factures restent à régler » : est-ce que ça concerne aussi la cotisation 2027, qu'on paie d'habitude en février ? Si la migration doit attendre ce paiement-là, autant le savoir maintenant.

Cordialement,
Philippe Audouin
Aéro-Club de Cognac

@@ kfr019 | reply: confirm | from: said.abdallah976@gmail.com | ref: OF-2026-7019 | ours: email | style: android | qpos: above
--
bonjour

oui faites le changement svp, les 30 euros ca va. mettez mon adresse a la place de celle de mon frere, il est parti a la Reunion et il lit plus rien

merci
Said

@@ kfr020 | reply: confirm | from: Annick Perrin <annick.perrin42@free.fr> | ref: OF-2026-7020 | ours: pool | style: plain | figs: h=2,b=6
--
Bonjour,

D'accord pour mettre 2 heures au pot commun. Ça fait des années qu'on en parle avec nos voisins de Roanne, alors si quelqu'un a enfin lancé la demande, on suit avec plaisir.

Annick

@@ kfr021 | reply: question | from: Mélanie Gagnon <melanie.gagnon@globetrotter.net> | ref: OF-2026-7021 | ours: estimate | style: gmail | figs: h=3
--
Allo,

Avant de vous donner le go : les 3 heures, ça couvre juste l'import des membres ou aussi la création des nouveaux tarifs d'hiver? Dans ma demande j'avais mis les deux mais c'était peut-être pas clair.

Merci!
Mélanie

@@ kfr022 | reply: refuse | from: ulmpetiteterre@gmail.com | ref: OF-2026-7022 | ours: setup | style: gmail | figs: p=240
--
Bonjour,

Merci pour la proposition mais 240 € c'est trop pour nous, on est un petit club avec deux machines. On va faire les réglages nous-mêmes avec la documentation, on vous écrira si on bloque.

Bonne journée
ULM Club de Petite-Terre - Pamandzi

@@ kfr023 | reply: refuse | from: Claude Frossard <claude.frossard@sunrise.ch> | ref: OF-2026-7023 | ours: alpha | style: plain
--
Bonjour,

Après réflexion, non. Des menus qui se déplacent et des fonctions à moitié faites : nos membres les plus âgés ont déjà de la peine avec l'interface actuelle, je n'ose pas imaginer. Nous attendrons la version stable.

Meilleures salutations,
Claude Frossard
Aéro-Club d'Ajoie, Porrentruy

@@ kfr024 | reply: confirm | from: compta@aeroclub-tregor.bzh | ref: OF-2026-7024 | ours: overrun | style: outlook | figs: d=5,b=1
--
Bonjour,

Bon pour accord sur les 4 h facturées. On a mangé presque tout notre crédit en juin avec le passage aux nouvelles cotisations, on s'en doutait un peu. Ce travail sur les relances automatiques compte beaucoup pour nous : on a encore onze membres en retard de paiement, et les relancer un par un ça nous prend des soirées entières.

Nolwenn Kerhervé
Trésorière — Aéro-Club du Trégor

@@ kfr025 | reply: question | from: aeroclub.lamentin@orange.fr | ref: OF-2026-7025 | ours: migfee | style: outlook
--
Bonjour,

Ça fait combien TTC exactement, les 50 € HT ? Notre banque facture des frais sur chaque virement vers l'Hexagone, alors avant de donner notre accord je voudrais savoir si un chèque est accepté.

Cordialement
Le bureau de l'Aéro-Club du Lamentin

@@ kfr026 | reply: refuse | from: tresorier@aeroclub-hautdoubs.fr | ref: OF-2026-7026 | ours: devest | style: outlook | figs: d=14,h=5
--
Bonjour,

Nous avons étudié le devis en bureau. L'idée est bonne et nous aurions bien aimé ce suivi des potentiels moteur, mais 9 heures à payer en plus de notre bonus, ça fait plus de 500 € que nous n'avons pas cette année : la grande visite du DR400 a englouti le budget. Nous ne donnons pas suite pour le moment.

Cordialement,
Bruno Cuenot
Trésorier, Aéro-Club du Haut-Doubs

@@ kfr027 | reply: question | from: ulm.loudunois@orange.fr | ref: OF-2026-7027 | ours: reset | style: plain
--
bonjour

le lien mot de passe oublié me demande un identifiant, j'ai essayé avec mon adresse mail et avec mon nom ça marche pas. si c'est le nom de la plateforme comme vous dites, c'est ulm-loudun ou ulm loudun ou autre chose
avant de payer je veux réessayer une fois

Gérard

@@ kfr028 | reply: refuse | from: Marc Lejeune <marc.lejeune@skynet.be> | ref: OF-2026-7028 | ours: testplat | style: gmail
--
Bonjour,

Merci, mais on va la créer nous-mêmes depuis le compte client, autant garder la demi-heure pour autre chose. Si je ne sais pas m'en sortir, je reviendrai vers vous.

Marc Lejeune
Aéro-Club de Spa-La Sauvenière

@@ kfr029 | reply: confirm | from: Jean-Marc Payet <jm.payet974@orange.fr> | ref: OF-2026-7029 | ours: migterms | style: gmail
--
Bonjour,

C'est d'accord pour nous. On sait que c'est définitif, c'est justement pour ça qu'on a attendu que le dernier gros chantier soit bouclé (la saisie des vols de découverte pour le CE de l'aéroport). Maintenant on est prêts.

Merci à vous et bonne journée depuis Pierrefonds,
Jean-Marc Payet
Aéro-Club Sud Réunion

@@ kfr030 | reply: refuse | from: hydroclub.bisca@free.fr | ref: OF-2026-7030 | ours: email | style: plain
--
Bonjour,

Non merci, je viens de trouver « Mes coordonnées », je fais la modification moi-même ce soir. Pas la peine de facturer quoi que ce soit.

Thierry

@@ kfr031 | reply: confirm | from: Christelle Dupuis <christelle.dupuis80@laposte.net> | ref: OF-2026-7031 | ours: estimate | style: apple
--
Ok pour nous, merci !

Envoyé de mon iPhone

@@ kfr032 | reply: question | from: Pascal Overney <p.overney@bluewin.ch> | ref: OF-2026-7032 | ours: pool | style: apple | figs: h=2,b=5
--
Bonjour,

L'export automatique des vols vers la fédération nous intéresse beaucoup, ça nous éviterait la saisie en fin de saison. Une seule question avant de répondre : si l'autre club n'accepte finalement pas le devis, nos 2 heures restent réservées jusqu'à quand ? Si elles sont bloquées jusqu'en décembre sans qu'on puisse les utiliser ailleurs, ça nous gêne un peu.

Merci d'avance et à bientôt,
Pascal

@@ kfr033 | reply: question | from: aeroclub.cognac@orange.fr | ref: OF-2026-7033 | ours: alpha | style: outlook
--
Bonjour,

Avant de répondre, le bureau voudrait savoir une chose : quand la version 4 stable sortira, est-ce qu'on y passera automatiquement, ou faudra-t-il refaire une demande de migration ?

Merci,
Secrétariat de l'Aéro-Club de Cognac

@@ kfr034 | reply: confirm | from: Thierry Lalanne <t.lalanne40@free.fr> | ref: OF-2026-7034 | ours: setup | style: plain | figs: p=180
--
Bonjour,

Oui pour le forfait à 180 €. Avec le passage en 4 je préfère que ce soit vous qui reportiez les tarifs et les profils, la dernière fois que j'ai touché aux tarifs j'ai facturé les baptêmes au prix de l'heure d'école pendant deux semaines. Envoyez le questionnaire quand vous voulez.

Thierry Lalanne
Hydro-Club de Biscarrosse
06 84 11 27 59

@@ kfr035 | reply: confirm | from: secretariat@velivole-forez.fr | ref: OF-2026-7035 | ours: testplat | style: plain | qpos: above
--
Oui merci, créez-la. Le comité veut tester le nouveau barème des forfaits jeunes avant l'AG et aucun de nous n'est très à l'aise avec le compte client.

Marie-Hélène, secrétariat AVF

@@ kfr036 | reply: question | from: direction@montelimar-pilotage.fr | ref: OF-2026-7036 | ours: estimate | style: outlook | figs: h=3,b=12 | note: accepts, then asks for a separate intervention (new simulator resource); staff must read it
--
Bonjour,

Pour les 3 heures, c'est bon, allez-y.

Et tant que j'y pense : nous recevons en janvier un simulateur Alsim, il faudra le créer comme ressource avec ses propres tarifs instructeur. Pouvez-vous nous dire combien de temps ça prendrait sur notre crédit, ou si c'est quelque chose que nous pouvons faire nous-mêmes ?

Cordialement,
Karim Bensaïd
Montélimar Pilotage SARL

@@ kfr037 | reply: refuse | from: Saïd Abdallah <said.abdallah976@gmail.com> | ref: OF-2026-7037 | ours: migfee | style: android
--
Bonjour

Pour la migration on va attendre, merci. La v4 c'est bien mais là on a la révision du moteur du Savannah à payer et les billets d'avion des pièces depuis la métropole c'est pas donné. On verra après la saison des pluies.

Saïd
ULM Petite-Terre

@@ kfr038 | reply: question | from: Sophie Vanderbeken <s.vanderbeken@gosselies-training.be> | ref: OF-2026-7038 | ours: overrun | style: outlook | figs: d=8,b=2
--
Bonjour,

Je dois faire valider cette dépense par notre gérant, M. Dewez, qui est en déplacement à Toulouse jusqu'à jeudi. Je lui ai transféré votre message et je reviens vers vous dès que j'ai sa réponse.

Bien à vous,
Sophie Vanderbeken
Gosselies Aviation Training SRL

@@ kfr039 | reply: confirm | from: Denis Tremblay <denis.tremblay@videotron.ca> | ref: OF-2026-7039 | ours: devest | style: plain | figs: d=9,h=6
--
Bonjour,

C'est accepté. Honnêtement on pensait que ce serait plus cher; 3 heures à payer pour avoir enfin le registre des treuils relié aux factures, c'est une aubaine. Le CA a voté pour à l'unanimité mardi soir.

Merci et bonne fin de semaine,
Denis Tremblay
Club de vol à voile Champlain, Saint-Dominique

@@ kfr040 | reply: question | from: rosemarie.jeanlouis@wanadoo.fr | ref: OF-2026-7040 | ours: reset | style: plain
--
Bonjour,

Je veux bien que vous le fassiez, mais le nouveau mot de passe vous l'envoyez où ? Parce que l'adresse qui est sur la fiche, c'est celle de l'ancien trésorier et on n'y a plus accès. Si ça part là-bas ça ne sert à rien de payer.

Rose-Marie Jean-Louis
Responsable OpenFlyers, Aéro-Club du Lamentin

@@ kfr041 | reply: confirm | from: caissier@vol-a-voile-gruyere.ch | ref: OF-2026-7041 | ours: estimate | style: outlook | figs: h=1,b=4
--
Bonjour,

En ordre pour nous, vous pouvez planifier l'heure. Il nous en restera 3, ça suffira pour la fin de l'année.

Avec mes salutations,
Beat Rime
Caissier – GVV Gruyère

@@ kfr042 | reply: refuse | from: Denis Tremblay <denis.tremblay@videotron.ca> | ref: OF-2026-7042 | ours: pool | style: plain | figs: h=3
--
Bonjour,

Je vous remercie de l'offre, c'est le genre de développement qu'on aime voir arriver et je suis content qu'un autre club l'ait demandé. Mais on a déjà engagé nos heures sur le registre des treuils, on n'a pas 3 heures de plus à mettre. On va passer notre tour, on en profitera quand même comme tout le monde.

Denis Tremblay

@@ kfr043 | reply: confirm | from: info@planeurs-sthubert.be | ref: OF-2026-7043 | ours: migfee | style: plain | qpos: above
--
Bonjour,

Oui on maintient, faites la facture. On a compris que c'est sans retour. On voulait de toute façon passer avant le début de la saison, les nouvelles fiches de vol de la version 4 nous intéressent pour les treuillées.

Didier Collignon
Club de Vol à Voile de Saint-Hubert
0496 23 81 47

@@ kfr044 | reply: question | from: tresorier@vvchamplain.qc.ca | ref: OF-2026-7044 | ours: migterms | style: outlook | figs: nbd=1,nbm=5
--
Bonjour,

Le 1er mai, on est d'accord, c'est après notre AGA. Par contre on a encore une facture ouverte de l'an passé sur le compte client, je crois que c'est un doublon (on l'a payée par virement en mars). Est-ce que vous pouvez vérifier de votre bord? Je ne voudrais pas que ça bloque la migration pour rien.

Merci,
Luc Pelletier
Trésorier, Club de vol à voile Champlain

@@ kfr045 | reply: refuse | from: Philippe Audouin <philippe.audouin16@orange.fr> | ref: OF-2026-7045 | ours: overrun | style: plain | figs: d=6,b=2
--
Bonjour,

Non, on ne va pas payer de dépassement. Ce n'est pas urgent du tout : on laisse tomber pour cette année et on refera la demande en janvier, avec les heures de la nouvelle année.

Cordialement,
Philippe Audouin

@@ kfr046 | reply: confirm | from: aeroclub.ajoie@bluewin.ch | ref: OF-2026-7046 | ours: email | style: plain | qpos: above
--
Bonjour,

Volontiers, faites la modification pour nous, les 30 francs... pardon, les 30 euros, c'est en ordre. Notre ancien président recevait encore tous vos messages alors qu'il a remis son mandat au printemps.

Avec nos salutations jurassiennes,
Claude Frossard
Aéro-Club d'Ajoie

@@ kfr047 | reply: question | from: Mélanie Gagnon <melanie.gagnon@globetrotter.net> | ref: OF-2026-7047 | ours: devest | style: gmail | figs: d=11,h=5
--
Bonjour,

Si le développement peut être livré avant la fin avril, quand on recommence à voler sur roues, c'est oui. Si c'est pour l'automne prochain, ça vaut pas la peine de payer les 6 heures, on va continuer avec notre fichier Excel encore une saison. Pouvez-vous me donner une idée du délai?

Merci,
Mélanie Gagnon
Club aéronautique du Bas-Saint-Laurent

@@ kfr048 | reply: confirm | from: Gérard Brunet <gerard.brunet86@orange.fr> | ref: OF-2026-7048 | ours: alpha | style: plain | figs: v=4
--
Bonjour,

Bon, puisque le passage en 4.0alpha est gratuit pour nous, on tente le coup. J'ai bien lu : ça bouge sans prévenir, il peut y avoir des bugs, et on ne revient pas en 3.5. Je préviens les membres. Vous pouvez y aller.

Gérard Brunet
ULM Club du Loudunois
06 07 52 18 33

@@ kfr049 | reply: confirm | from: Annick Perrin <annick.perrin42@free.fr> | ref: OF-2026-7049 | ours: estimate | style: outlook | figs: h=2,b=4
--
Bonjour,

Un peu de contexte pour que vous compreniez d'où vient la demande : cet été on a accueilli un stage de l'ENAC et nos remorqueurs ont été réservés en même temps par les stagiaires et par les membres, avec deux créneaux qui se chevauchaient à chaque fois. On a fini avec un tableau papier accroché dans le club-house, ce qui n'est pas franchement l'idée quand on paie un logiciel de réservation. Le chef pilote voudrait que les remorqueurs ne soient réservables que par les pilotes qui ont la qualification, d'où notre demande.

Les 2 heures nous conviennent, vous pouvez programmer.

Annick Perrin
AVF Feurs

@@ kfr050 | reply: confirm | from: Claude Frossard <claude.frossard@sunrise.ch> | ref: OF-2026-7050 | ours: reset | style: plain
--
Bonjour,

Oui, faites-le s'il vous plaît. J'ai essayé trois fois le lien « mot de passe oublié », mais le message arrive sur l'ancienne adresse du club chez Swisscom, que nous avons résiliée quand nous sommes passés chez Bluewin. Je ne vois pas d'autre solution que de payer, c'est en ordre.

Claude Frossard
Aéro-Club d'Ajoie

@@ kfr051 | reply: question | from: secretariat@aeroclubspa.be | ref: OF-2026-7051 | ours: pool | style: outlook
--
Bonjour,

Je suis la secrétaire, je ne peux pas engager les heures du club moi-même. Je mets votre proposition à l'ordre du jour du conseil d'administration du 9 décembre et Marc Lejeune vous répondra après.

Bonne journée,
Véronique Gérard
Secrétariat – Aéro-Club de Spa-La Sauvenière

@@ kfr052 | reply: refuse | from: ulm.marquenterre@orange.fr | ref: OF-2026-7052 | ours: migterms | style: plain
--
Bonjour,

Merci pour ces explications très claires. Au final on préfère ne pas migrer cette année : on est très contents de la 3.6 telle qu'elle tourne, et changer juste avant la saison des baptêmes en baie de Somme, c'est prendre un risque pour rien. Vous pouvez annuler la demande, on la refera à l'automne prochain.

Bonne soirée,
Christelle Dupuis
ULM Club du Marquenterre

@@ kfr053 | reply: question | from: Pascal Overney <p.overney@bluewin.ch> | ref: OF-2026-7053 | ours: testplat | style: apple
--
Bonjour,

Vous parlez de quelle plateforme de test, la copie de notre plateforme en 3.6 ou celle en version 4 pour essayer la migration ? C'est la deuxième qui nous intéresserait. Si c'est la première, on ne sait pas trop ce qu'on en ferait.

Pascal

Envoyé de mon iPad

@@ kfr054 | reply: confirm | from: tresorier@vvchamplain.qc.ca | ref: OF-2026-7054 | ours: overrun | style: outlook | figs: d=12,b=4
--
Bonjour,

Donc 12 heures au total, nos 4 heures qui restent y passent et on paie les 8 autres, 480 $... pardon, 480 € HT. Je l'ai présenté au CA, tout le monde est d'accord, vous pouvez aller de l'avant.

Luc Pelletier
Trésorier
Club de vol à voile Champlain

@@ kfr055 | reply: confirm | from: f.belanger@pilotagedrummond.ca | ref: OF-2026-7055 | ours: setup | style: outlook | figs: p=300
--
Bonjour,

On prend le forfait paramétrage. Avec la nouvelle flotte de Cessna 172 qui arrive et les tarifs qui changent au complet, je préfère que vous fassiez le transfert proprement. Envoyez-moi le questionnaire, je vais le remplir avec notre répartitrice.

Merci,
François Bélanger
École de pilotage Drummond inc.

@@ kfr056 | reply: question | from: aerosport.livradois@gmail.com | ref: OF-2026-7056 | ours: email | style: gmail
--
Bonjour

D'accord pour que vous le fassiez, mais seulement si les 30 € couvrent les deux adresses de la fiche (celle du club et celle du contact), les deux sont à changer. Si c'est 30 € par adresse on le fera nous-mêmes.

Cordialement
Odile Bravard, secrétaire
Aéro-Sport du Livradois

@@ kfr057 | reply: confirm | from: aeroclub.ajoie@bluewin.ch | ref: OF-2026-7057 | ours: migfee | style: plain
--
Oui.

C. Frossard

@@ kfr058 | reply: refuse | from: Marc Lejeune <marc.lejeune@skynet.be> | ref: OF-2026-7058 | ours: estimate | style: gmail
--
Bonjour,

J'ai présenté votre estimation au CA hier soir. Tout le monde trouve que c'est une très bonne idée d'intégrer les relevés d'huile aux fiches de vol, mais on a déjà trop de chantiers en cours cet hiver (nouveau hangar, changement de banque) et personne ne veut ajouter une nouveauté maintenant. On ne donne pas suite, merci quand même.

À tantôt peut-être,
Marc

@@ kfr059 | reply: refuse | from: Jean-Marc Payet <jm.payet974@orange.fr> | ref: OF-2026-7059 | ours: devest | style: gmail | figs: d=15,h=5
--
Bonjour,

On a regardé le devis avec le bureau. Le développement est intéressant, ça on ne le discute pas, mais 10 heures à facturer en plus c'est hors de portée pour un club de notre taille, surtout avec le prix de l'avgas ici. On laisse tomber. Si un jour d'autres clubs financent ce développement, on sera contents d'en profiter comme tout le monde.

Jean-Marc

@@ kfr060 | reply: question | from: ulmpetiteterre@gmail.com | ref: OF-2026-7060 | ours: alpha | style: android
--
bonjour
donc en alpha c'est gratuit c'est bien ca ? et quand la version 4 normale sortira on passe dessus sans payer les 50 euros ou il faudra payer a ce moment la
merci de me dire avant qu'on accepte

@@ kfr061 | reply: refuse | from: t.lalanne40@free.fr | ref: OF-2026-7061 | ours: reset | style: plain
--
Non merci, laissez tomber, je m'en occupe avec le lien. Désolé pour le dérangement.

Thierry

@@ kfr062 | reply: confirm | from: Denis Tremblay <denis.tremblay@videotron.ca> | ref: OF-2026-7062 | ours: testplat | style: plain | qpos: above
--
Oui, créez-la svp. On va s'en servir pour former les nouveaux du comité des opérations sans risquer de mélanger les vraies réservations. Merci!

Denis

@@ kfr063 | reply: confirm | from: Mélanie Gagnon <melanie.gagnon@globetrotter.net> | ref: OF-2026-7063 | ours: migterms | style: gmail | figs: nbd=15,nbm=4,v=4
--
Bonjour,

Pas avant le 15 avril, factures payées avant, pas de date exacte promise pis aucun retour possible après. On a tout lu, le CA a voté là-dessus lundi et c'est accepté. Vous pouvez procéder.

Mélanie Gagnon
Responsable de la plateforme
Club aéronautique du Bas-Saint-Laurent
418 723-5566

@@ kfr064 | reply: confirm | from: compta@montelimar-pilotage.fr | ref: OF-2026-7064 | ours: pool | style: outlook | figs: h=3,b=15 | note: the accounts clerk answers for the director, who agreed
--
Bonjour,

M. Bensaïd est d'accord pour participer avec 3 heures, il me charge de vous répondre. Il nous en resterait 12, c'est largement suffisant jusqu'à la fin de l'année.

Cordialement,
Laetitia Roux
Comptabilité – Montélimar Pilotage SARL

@@ kfr065 | reply: question | from: Christelle Dupuis <christelle.dupuis80@laposte.net> | ref: OF-2026-7065 | ours: estimate | style: gmail | figs: h=3,b=8
--
Bonjour,

Merci pour votre retour. Petit rappel de ce qu'on cherche à faire : depuis cet été on propose des vols d'initiation avec des bons cadeaux vendus à l'office de tourisme de Fort-Mahon, et il faut qu'on puisse les suivre dans OpenFlyers (qui a acheté, qui a volé, ce qui reste à faire). Pour l'instant Patrick note tout sur un cahier et on a déjà eu deux bons utilisés deux fois.

Est-ce que les 3 heures comprennent aussi une petite formation pour Patrick et moi, ou c'est uniquement la mise en place ? Il faudra bien qu'on sache s'en servir après.

On a de toute façon encore 8 heures cette année et on ne compte pas les utiliser ailleurs, donc l'idée nous plaît, mais je préfère savoir avant.

Bonne journée,
Christelle

@@ kfr066 | reply: refuse | from: caissier@vol-a-voile-gruyere.ch | ref: OF-2026-7066 | ours: overrun | style: outlook
--
Bonjour,

Bonne nouvelle de notre côté : un de nos membres, informaticien, s'est proposé pour faire l'essentiel de ces réglages bénévolement cet hiver. Nous n'avons donc plus besoin que vous fassiez ce travail et nous ne souhaitons pas payer de dépassement. Merci de clôturer la demande.

Salutations,
Beat Rime
Caissier GVV Gruyère

@@ kfr067 | reply: confirm | from: didier.collignon@proximus.be | ref: OF-2026-7067 | ours: email | style: plain
--
Bonjour,

Oui faites-le, s'il vous plaît. J'ai cherché la rubrique « Mes coordonnées » mais il faut se connecter au compte client pour la voir, et c'est justement l'adresse qui est fausse qui reçoit le mot de passe. Le serpent qui se mord la queue, quoi. Envoyez la facture de 30 € sur info@planeurs-sthubert.be.

Didier Collignon
CVV Saint-Hubert

@@ kfr068 | reply: question | from: Karim Bensaïd <k.bensaid@montelimar-pilotage.fr> | ref: OF-2026-7068 | ours: devest | style: outlook | figs: d=16,h=10
--
Bonjour,

Vous parlez d'autres structures qui pourraient participer au financement. Avez-vous déjà des écoles intéressées ? Si oui, quelle serait notre part restante ? Je préfère attendre quelques semaines si cela peut diviser la facture par deux.

K. Bensaïd

@@ kfr069 | reply: question | from: René Chassaing <rene.chassaing63@wanadoo.fr> | ref: OF-2026-7069 | ours: migfee | style: plain
--
Bonjour,

Si la migration peut être faite en janvier ou février, pendant le creux de l'hiver, alors oui on paie les 50 €. Par contre si elle risque de tomber en plein mois de juillet avec les stages jeunes, je préfère attendre. Vous pouvez me dire ?

René Chassaing
Aéro-Sport du Livradois

@@ kfr070 | reply: refuse | from: tresorerie@aerobsl.qc.ca | ref: OF-2026-7070 | ours: setup | style: outlook | figs: p=240
--
Bonjour,

Merci pour l'offre, c'est une belle formule pour un club qui démarre. Nous, on a déjà tout paramétré nous-mêmes l'an passé et ça roule bien, donc on va passer. Les 240 € vont servir ailleurs, on a un toit de hangar à refaire.

Réjean Ouellet
Trésorier — Club aéronautique du Bas-Saint-Laurent

@@ kfr071 | reply: refuse | from: bureau@aeroclubsudreunion.re | ref: OF-2026-7071 | ours: alpha | style: outlook
--
Bonjour,

Après discussion avec Jean-Marc, on préfère rester sur une version stable. C'était tentant, mais on a beaucoup de membres qui ne réservent qu'une fois par mois et qui seraient perdus si les menus changent d'une semaine à l'autre. On attendra la 4 définitive, merci.

Cordialement,
Le bureau de l'Aéro-Club Sud Réunion

@@ kfr072 | reply: confirm | from: admin@pilotagedrummond.ca | ref: OF-2026-7072 | ours: estimate | style: outlook | figs: h=2,b=14 | qpos: above
--
Bonjour,

Deux heures sur notre banque, il en restera 12 : c'est parfait. Allez-y.

Caroline Houle
Administration, École de pilotage Drummond inc.

@@ kfr073 | reply: confirm | from: said.abdallah976@gmail.com | ref: OF-2026-7073 | ours: reset | style: android
--
oui faites le svp. merci

@@ kfr074 | reply: question | from: Vincent Jeunet <v.jeunet25@gmail.com> | ref: OF-2026-7074 | ours: testplat | style: gmail
--
Bonjour,

La demi-heure ne me dérange pas, mais je voudrais être sûr d'une chose avant : la plateforme de test, elle a les vraies données des membres ? Parce que si c'est le cas, il faut que je vérifie avec le président qu'on a le droit, question RGPD, de laisser des bénévoles jouer dessus.

Vincent

@@ kfr075 | reply: question | from: secretariat@velivole-forez.fr | ref: OF-2026-7075 | ours: migterms | style: plain | figs: nbd=1,nbm=3
--
Bonjour,

Le 1er mars, c'est trop tôt pour nous : les instructeurs font la remise en vol des pilotes à partir du 15 février et on ne veut rien toucher avant la fin des stages de Pâques. Est-ce qu'on peut mettre le 30 avril à la place ? Pour le reste des conditions, pas de problème.

Marie-Hélène Giraud
Secrétariat AVF

@@ kfr076 | reply: question | from: Yannick Le Goff <yannick.legoff22@orange.fr> | ref: OF-2026-7076 | ours: pool | style: gmail
--
Bonjour,

Pour engager nos heures, c'est Nolwenn, la trésorière, qui décide. Je lui ai transféré votre message, elle vous répondra directement depuis compta@aeroclub-tregor.bzh.

Yannick

@@ kfr077 | reply: confirm | from: Sophie Vanderbeken <s.vanderbeken@gosselies-training.be> | ref: OF-2026-7077 | ours: overrun | style: outlook | figs: d=8,b=2
--
Bonjour,

M. Dewez est rentré et il a donné son accord : nos 2 heures restantes sont utilisées et vous facturez les 6 heures au-delà, soit 360 € HT. Nous comprenons que c'est une estimation. Vous pouvez lancer le travail.

Bien à vous,
Sophie Vanderbeken

@@ kfr078 | reply: refuse | from: ulm.loudunois@orange.fr | ref: OF-2026-7078 | ours: email | style: plain | noquote: 1
--
non c'est bon je l'ai fait moi meme, pas besoin de payer

Gérard

@@ kfr079 | reply: confirm | from: tresorerie@aeroclubspa.be | ref: OF-2026-7079 | ours: devest | style: outlook | figs: d=7,h=3
--
Bonjour,

Le conseil d'administration a accepté le devis à l'unanimité. On a longtemps hésité parce que le budget de l'année était serré, mais le carnet de bord électronique nous fera gagner trop de temps pour passer à côté. Nous réglerons les 4 heures facturées par virement.

Bien à vous,
Jacques Halleux
Trésorier – Aéro-Club de Spa-La Sauvenière

@@ kfr080 | reply: refuse | from: aeroclub.ajoie@bluewin.ch | ref: OF-2026-7080 | ours: migterms | style: plain | note: 'we will wait for the AGM' and asks to shelve the request: a refusal for now
--
Bonjour,

Nous allons attendre l'assemblée générale de mars avant de nous engager sur une migration définitive. Merci de mettre la demande de côté, nous referons une demande après l'AG si les membres sont d'accord.

Meilleures salutations,
Aéro-Club d'Ajoie
Le comité

@@ kfr081 | reply: confirm | from: tresorier@aeroclubsudreunion.re | ref: OF-2026-7081 | ours: estimate | style: outlook
--
Bonjour,

Ok pour nous, vous pouvez programmer. Ça fait longtemps qu'on l'attend celle-là, les pilotes de Saint-Pierre râlent à chaque fois qu'ils doivent saisir leurs heures de vol deux fois.

Bien cordialement,
Patrice Hoarau
Trésorier, Aéro-Club Sud Réunion
0262 25 38 14

@@ kfr082 | reply: confirm | from: aeroclub.lamentin@orange.fr | ref: OF-2026-7082 | ours: migfee | style: outlook
--
Bonjour,

Merci pour votre réponse sur le chèque. Dans ce cas nous maintenons la migration, vous pouvez émettre la facture de 50 € HT, le chèque partira dès réception.

Cordialement
Rose-Marie Jean-Louis
Aéro-Club du Lamentin

@@ kfr083 | reply: confirm | from: contact@aeroclub-tregor.bzh | ref: OF-2026-7083 | ours: testplat | style: plain
--
Bonjour,

Oui pour la plateforme de test. C'est pour préparer la nouvelle organisation des vols découverte avec l'office de tourisme de Perros-Guirec, on veut essayer sans polluer le planning réel. Merci !

Yannick Le Goff
Aéro-Club du Trégor

@@ kfr084 | reply: confirm | from: Philippe Audouin <philippe.audouin16@orange.fr> | ref: OF-2026-7084 | ours: alpha | style: plain | figs: v=4
--
Bonjour,

Merci d'avoir répondu à la question du bureau. Dans ces conditions nous acceptons : 4.0alpha, version qui change en permanence, bugs possibles, pas de retour en 3.5. Comme vous nous l'avez expliqué, le passage à la 4 stable suivra plus tard sans nouvelle demande de notre part.

Cordialement,
Philippe Audouin
Aéro-Club de Cognac

@@ kfr085 | reply: question | from: Marc Lejeune <marc.lejeune@skynet.be> | ref: OF-2026-7085 | ours: setup | style: gmail | figs: p=300
--
Bonjour,

300 € HTVA, c'est pour tout ou seulement pour le questionnaire ? On a 5 avions, 2 ULM en plus depuis septembre et une vingtaine de tarifs différents. Si le forfait couvre tout ça on prend, sinon je préfère qu'on en parle au téléphone d'abord. Vous savez m'appeler au 0475 61 29 84 en soirée.

Marc Lejeune

@@ kfr086 | reply: question | from: aerosport.livradois@wanadoo.fr | ref: OF-2026-7086 | ours: reset | style: plain
--
Bonjour,

On voudrait bien que vous le fassiez mais comment on paie les 30 € si on ne peut pas entrer dans le compte client pour voir la facture ? Vous pouvez nous l'envoyer par courrier ou par mail ?

Aéro-Sport du Livradois

@@ kfr087 | reply: confirm | from: melanie.gagnon@globetrotter.net | ref: OF-2026-7087 | ours: pool | style: gmail | figs: h=1,b=3
--
Bonjour,

Oui on embarque avec 1 heure. C'est pas grand-chose mais c'est ce qu'on peut mettre, et c'est exactement ce dont on a besoin pour nos vols de nuit.

Mélanie

@@ kfr088 | reply: refuse | from: comite@vol-a-voile-gruyere.ch | ref: OF-2026-7088 | ours: devest | style: outlook
--
Bonjour,

Le comité vous remercie pour ce devis détaillé, c'est du bon travail et l'outil nous aurait plu. Malheureusement la subvention de la commune sur laquelle nous comptions n'a pas été accordée cette année, et sans elle nous ne pouvons pas financer la partie facturée. Nous renonçons pour cette fois.

Avec nos salutations,
Pour le comité du GVV Gruyère
Pascal Overney, président

@@ kfr089 | reply: confirm | from: ulmpetiteterre@gmail.com | ref: OF-2026-7089 | ours: email | style: gmail
--
Bonjour,

C'est bon pour nous, vous pouvez changer l'adresse et facturer les 30 €. Merci beaucoup pour votre patience.

ULM Club de Petite-Terre

@@ kfr090 | reply: refuse | from: tresorier@vvchamplain.qc.ca | ref: OF-2026-7090 | ours: estimate | style: outlook
--
Bonjour,

On va laisser faire pour cette fois. C'est une bonne idée et on vous remercie de l'avoir chiffrée si vite, mais le CA préfère garder nos heures pour le printemps, au cas où la saison de vol démarrerait avec des problèmes.

Luc Pelletier
Trésorier

@@ kfr091 | reply: confirm | from: Vincent Jeunet <v.jeunet25@gmail.com> | ref: OF-2026-7091 | ours: migterms | style: gmail | figs: nbd=20,nbm=3
--
Bonjour,

Je vous fais un petit point, parce que la décision n'a pas été simple chez nous. Une partie du bureau avait peur de perdre les habitudes des membres, surtout les anciens qui réservent depuis dix ans de la même façon. On a passé une soirée entière sur la démo en version 4 avec trois d'entre eux, et finalement ce sont eux qui ont été les plus convaincus : le planning est plus lisible et la saisie des vols plus rapide. Le 20 mars nous laisse le temps de prévenir tout le monde et de faire une petite réunion d'information au club-house.

Vous avez donc notre accord sur ces conditions.

Vincent Jeunet
Aéro-Club du Haut-Doubs

@@ kfr092 | reply: question | from: office@gosselies-training.be | ref: OF-2026-7092 | ours: estimate | style: outlook | figs: h=3
--
Bonjour,

Pour la partie « relevés de formation par élève », c'est d'accord. Par contre, l'export vers notre logiciel comptable, nous n'en voulons plus : notre fiduciaire change d'outil en janvier et nous ne savons pas encore lequel. Est-ce que les 3 heures comprennent les deux ? Si oui, pouvez-vous nous refaire une estimation pour la première partie seule ?

Cordialement,
Amélie Piret
Office – Gosselies Aviation Training

@@ kfr093 | reply: confirm | from: ulm.loudunois@orange.fr | ref: OF-2026-7093 | ours: reset | style: plain | qpos: above
--
bonjour

j'ai réessayé avec ulm-loudun comme identifiant, le mail n'arrive jamais (j'ai regardé dans les spams aussi). donc faites le vous, on paiera les 30 euros, tant pis

Gérard

@@ kfr094 | reply: confirm | from: tresorerie.accognac@gmail.com | ref: OF-2026-7094 | ours: devest | style: gmail | figs: d=8,h=4
--
Bonjour,

Pas de souci pour les 4 heures facturées en plus de notre bonus, le bureau a validé. Le suivi des licences et des visites médicales, c'est ce qui nous manquait le plus : on a eu l'an dernier un pilote qui a volé trois semaines avec un certificat médical périmé sans que personne ne s'en rende compte.

Bien cordialement,
Sylvie Martineau
Trésorière, Aéro-Club de Cognac

@@ kfr095 | reply: question | from: tresor.ulmmarquenterre@gmail.com | ref: OF-2026-7095 | ours: overrun | style: gmail | figs: d=9,b=6 | note: agreement on a condition (cap at the quoted amount)
--
Bonjour,

D'accord sur le principe, à condition que ça ne dépasse pas les 180 € annoncés. Si en cours de route vous voyez que ça va déborder, il faudra nous prévenir avant de continuer, on n'a vraiment pas de marge cette année.

Jean-Pierre Lefebvre
Trésorier, ULM Club du Marquenterre

@@ kfr096 | reply: question | from: claude.frossard@sunrise.ch | ref: OF-2026-7096 | ours: email | style: plain | nothread: 1
--
Bonjour,

J'ai bien reçu votre message au sujet de l'adresse e-mail de notre fiche, mais je me méfie : le mois passé nous avons reçu deux faux mails « de notre banque » qui demandaient justement de changer des coordonnées. Comment puis-je être sûr que ce message vient bien de chez vous ? Je préfère ne rien valider tant que je n'ai pas de confirmation.

Claude Frossard
Aéro-Club d'Ajoie

@@ kfr097 | reply: refuse | from: Karim Bensaïd <k.bensaid@montelimar-pilotage.fr> | ref: OF-2026-7097 | ours: testplat | style: outlook
--
Bonjour,

Inutile, nous avons déjà une plateforme .test créée l'an dernier, elle nous suffit. Merci.

K. Bensaïd

@@ kfr098 | reply: question | from: Marc Lejeune <marc.lejeune@skynet.be> | ref: OF-2026-7098 | ours: alpha | style: gmail
--
Bonjour,

On accepte les risques de la version en développement, pas de problème là-dessus. Mais vous ne pourriez pas nous passer plutôt sur une beta, qui doit être un peu plus stable ? Ou au moins nous prévenir avant les grosses mises à jour, qu'on puisse avertir les membres ?

Marc Lejeune
Aéro-Club de Spa-La Sauvenière

@@ kfr099 | reply: confirm | from: Saïd Abdallah <said.abdallah976@gmail.com> | ref: OF-2026-7099 | ours: migfee | style: android | qpos: above
--
Bonjour,

Le moteur du Savannah est enfin revenu de révision et la trésorerie va mieux, donc on maintient la migration cette fois. Envoyez la facture de 50 €, je paie par carte dès qu'elle arrive.

Saïd
ULM Club de Petite-Terre

@@ kfr100 | reply: refuse | from: tresorier@aeroclubsudreunion.re | ref: OF-2026-7100 | ours: pool | style: outlook
--
Bonjour,

L'idée est bonne et on comprend l'intérêt de mutualiser, mais on garde nos heures : on a un nouveau trésorier en janvier et il faudra sûrement quelques heures d'assistance pour qu'il prenne ses marques. On ne participera pas cette fois.

Patrice Hoarau
Aéro-Club Sud Réunion

@@ kfr101 | reply: confirm | from: comite@vol-a-voile-gruyere.ch | ref: OF-2026-7101 | ours: setup | style: outlook | figs: p=240
--
Bonjour,

Le comité a décidé de prendre le forfait paramétrage à 240 €. Nos tarifs de remorquage et de treuil sont un casse-tête (prix selon la hauteur de largage, rabais juniors, abonnements de saison) et nous préférons que ce soit bien repris dès le départ en version 4. Nous nous réjouissons de recevoir le questionnaire.

Meilleures salutations,
Pascal Overney
Président, GVV Gruyère

@@ kfr102 | reply: question | from: tresorerie@aeroclubspa.be | ref: OF-2026-7102 | ours: migterms | style: outlook
--
Bonjour,

Qu'entendez-vous exactement par « définitive » ? Est-ce qu'on garde bien tout l'historique des vols et des comptes pilotes depuis 2014 après la migration, ou est-ce qu'il y a des données qui ne passent pas ? Tant que ce n'est pas clair, le CA ne signera pas.

Jacques Halleux
Trésorier

@@ kfr103 | reply: question | from: aeroclub.cognac@orange.fr | ref: OF-2026-7103 | ours: estimate | style: plain
--
Bonjour,

Je suis le chef pilote, c'est moi qui ai fait la demande pour le planning des instructeurs, mais ce n'est pas à moi de valider la dépense d'heures. Je fais suivre à Philippe Audouin, le responsable, qui vous répondra dans la semaine.

Cordialement,
Frédéric Rambaud
Chef pilote - Aéro-Club de Cognac

@@ kfr104 | reply: confirm | from: Jean-Marc Payet <jm.payet974@orange.fr> | ref: OF-2026-7104 | ours: testplat | style: gmail
--
Bonjour,

Oui, créez-la s'il vous plaît. Notre nouveau trésorier prend ses fonctions en janvier et je voudrais qu'il puisse se faire la main sur les factures sans toucher aux vrais comptes des pilotes. La demi-heure est bien investie.

Jean-Marc
Aéro-Club Sud Réunion

@@ kfr105 | reply: refuse | from: comptabilite@pilotagedrummond.ca | ref: OF-2026-7105 | ours: overrun | style: outlook
--
Bonjour,

On va attendre la nouvelle banque d'heures de janvier plutôt que de payer un dépassement maintenant. Le travail n'est pas pressant. Merci pareil!

Nathalie Roy
Comptabilité
École de pilotage Drummond inc.
819 477-3021 poste 4

@@ kfr106 | reply: refuse | from: aerosport.livradois@gmail.com | ref: OF-2026-7106 | ours: email | style: gmail | qpos: above | note: did it themselves, no intervention wanted
--
Bonjour,

Finalement René a réussi à se connecter et on a changé les deux adresses nous-mêmes. Inutile d'intervenir, merci.

Odile Bravard
Aéro-Sport du Livradois

@@ kfr107 | reply: refuse | from: Christelle Dupuis <christelle.dupuis80@laposte.net> | ref: OF-2026-7107 | ours: devest | style: gmail | figs: d=10,h=7
--
Bonjour,

Le devis est très raisonnable et le développement nous plairait beaucoup, je ne vous le cache pas. Mais le bureau a choisi de mettre l'argent de cet hiver dans la nouvelle aile du Skyranger et dans les parachutes de secours à repacker. On ne donne donc pas suite, peut-être l'année prochaine.

Bien à vous,
Christelle Dupuis
ULM Club du Marquenterre

@@ kfr108 | reply: question | from: info@planeurs-sthubert.be | ref: OF-2026-7108 | ours: migfee | style: plain | nothread: 1
--
Bonjour,

Je relève la boîte du club en l'absence de Didier, qui est en stage de montagne à Vinon jusqu'à la fin du mois. Je ne sais pas si le comité a décidé de migrer ou pas, je ne fais que transmettre. Il vous répondra à son retour.

Geneviève Lambotte
Secrétaire, CVV Saint-Hubert

@@ kfr109 | reply: confirm | from: tresorier@vvchamplain.qc.ca | ref: OF-2026-7109 | ours: migterms | style: outlook | figs: nbd=1,nbm=5,v=4
--
Bonjour,

Merci d'avoir annulé la facture en double. Donc c'est clair pour nous : pas avant le 1er mai, pas de date garantie, et une fois en version 4 on reste en version 4. On confirme.

Luc Pelletier
Trésorier, Club de vol à voile Champlain

@@ kfr110 | reply: confirm | from: Karim Bensaïd <k.bensaid@montelimar-pilotage.fr> | ref: OF-2026-7110 | ours: estimate | style: apple | qpos: above
--
Go.
KB

Envoyé de mon iPhone

@@ kfr111 | reply: refuse | from: aeroclub.ajoie@bluewin.ch | ref: OF-2026-7111 | ours: reset | style: plain
--
Bonjour,

Nous n'avons plus besoin de votre aide : notre ancien président a retrouvé le mot de passe noté dans le classeur du club, et tout fonctionne à nouveau. Merci de votre patience et excusez le dérangement.

Meilleures salutations,
Aéro-Club d'Ajoie

@@ kfr112 | reply: confirm | from: Annick Perrin <annick.perrin42@free.fr> | ref: OF-2026-7112 | ours: alpha | style: outlook
--
Bonjour,

On prend l'alpha en connaissance de cause. La gestion des treuillées par lancer n'existe qu'en version 4 et on ne veut pas attendre un an de plus pour l'avoir. Le bureau sait que ce sera mouvant, qu'il y aura des bugs et qu'on ne pourra pas revenir en arrière, et nos deux « geeks » de service se proposent pour remonter les problèmes sur le forum.

Merci,
Annick Perrin
AVF Feurs

@@ kfr113 | reply: question | from: v.jeunet25@gmail.com | ref: OF-2026-7113 | ours: pool | style: gmail
--
Bonjour,

Avant d'engager nos heures j'aimerais savoir quel club est à l'origine de la demande et ce que le devis prévoit exactement, parce que "gestion des maintenances" ça peut vouloir dire beaucoup de choses

Vincent

@@ kfr114 | reply: refuse | from: Mélanie Gagnon <melanie.gagnon@globetrotter.net> | ref: OF-2026-7114 | ours: testplat | style: gmail | qpos: above
--
Bonjour,

De retour de vacances! Josée m'a transmis votre message. Merci de l'offre, mais on n'en a plus besoin : le nouveau trésorier a fait ses essais sur la plateforme de démo pendant mon absence et il se débrouille très bien. On garde notre demi-heure.

Mélanie

@@ kfr115 | reply: confirm | from: tresorier@aeroclub-hautdoubs.fr | ref: OF-2026-7115 | ours: overrun | style: outlook | figs: d=4,b=1
--
Bonjour,

Pas de souci pour les 180 € HT, allez-y. On préfère payer un peu et avoir les bons de vol découverte fonctionnels pour Noël.

Bruno Cuenot
Trésorier, Aéro-Club du Haut-Doubs

@@ kfr116 | reply: question | from: bureau@aeroclubsudreunion.re | ref: OF-2026-7116 | ours: setup | style: outlook
--
Bonjour,

Le forfait nous intéresse mais on hésite. Le questionnaire, est-ce qu'on peut le remplir avec vous au téléphone plutôt que par écrit ? Avec le décalage horaire ce serait plutôt le matin chez vous. Si ce n'est pas possible on le fera sans doute nous-mêmes.

Le bureau
Aéro-Club Sud Réunion

@@ kfr117 | reply: question | from: Yannick Le Goff <yannick.legoff22@orange.fr> | ref: OF-2026-7117 | ours: estimate | style: gmail | figs: h=2 | note: accepts the estimate and asks for an hours statement in the same mail
--
Bonjour,

C'est ok pour les 2 h.

Autre chose au passage : notre trésorière me demande un relevé des heures qu'on a consommées depuis janvier, pour le rapport financier de l'AG. Vous pouvez nous l'envoyer ?

Merci,
Yannick

@@ kfr118 | reply: question | from: comptabilite@pilotagedrummond.ca | ref: OF-2026-7118 | ours: devest | style: outlook | figs: d=12,h=8
--
Bonjour,

Avant qu'on accepte : les 4 heures à 60 € HT, c'est facturé en euros j'imagine. Est-ce qu'on peut payer par carte de crédit, ou faut-il un virement international? Nos frais bancaires pour un virement SWIFT sont assez élevés, ça change un peu le calcul.

Merci,
Nathalie Roy
Comptabilité — École de pilotage Drummond inc.

@@ kfr119 | reply: refuse | from: René Chassaing <rene.chassaing63@wanadoo.fr> | ref: OF-2026-7119 | ours: migfee | style: plain | qpos: above
--
Bonjour,

Merci pour votre franchise. Puisque vous ne pouvez pas garantir que la migration ne tombera pas en pleine saison, nous préférons attendre l'hiver prochain. Nous vous recontacterons en octobre.

René Chassaing

@@ kfr120 | reply: question | from: ulm.marquenterre@orange.fr | ref: OF-2026-7120 | ours: migterms | style: plain
--
Bonjour,

Les conditions, ça nous va. Juste une chose : la coupure dure combien de temps ? Si ça tombe un samedi de beau temps avec quinze réservations de baptêmes, je préfère prévenir les pilotes. Et on peut choisir le jour ou pas du tout ?

Christelle

@@ kfr121 | reply: question | from: didier.collignon@proximus.be | ref: OF-2026-7121 | ours: email | style: plain | noquote: 1
--
Bonjour,

Les 30 € c'est HTVA ou TVA comprise, et la facture arrive sur quelle adresse, l'ancienne ou la nouvelle

Merci
Didier

@@ kfr122 | reply: confirm | from: Annick Perrin <annick.perrin42@free.fr> | ref: OF-2026-7122 | ours: devest | style: outlook | figs: d=12,h=6
--
Bonjour,

Merci pour la précision : facturation des 6 heures à la livraison, c'est ce qu'on espérait. Dans ce cas on accepte le devis, Jean-Paul est ravi.

Annick Perrin
AVF Feurs

@@ kfr123 | reply: refuse | from: ulmpetiteterre@gmail.com | ref: OF-2026-7123 | ours: alpha | style: android | qpos: above
--
bonjour

finalement non pas l'alpha. on prefere attendre la 4 normale meme si il faut payer, on n'a personne au club pour gerer les bugs

merci

@@ kfr124 | reply: confirm | from: Pascal Overney <p.overney@bluewin.ch> | ref: OF-2026-7124 | ours: pool | style: apple | figs: h=2,b=5
--
Bonjour,

Merci pour la précision sur le décompte. Dans ces conditions nous participons volontiers avec nos 2 heures ; il nous en restera 3, ça nous suffit.

Pascal

@@ kfr125 | reply: confirm | from: secretariat@velivole-forez.fr | ref: OF-2026-7125 | ours: migterms | style: plain | figs: nbd=30,nbm=4
--
Bonjour,

Merci d'avoir décalé au 30 avril, c'est parfait pour nous. Le reste des conditions était déjà compris : on confirme.

Marie-Hélène Giraud
Secrétariat AVF, pour le bureau

@@ kfr126 | reply: question | from: hydroclub.bisca@free.fr | ref: OF-2026-7126 | ours: reset | style: plain | nothread: 1
--
Bonjour,

Le lien « mot de passe oublié » me renvoie une page d'erreur à chaque fois, j'ai essayé sur l'ordinateur du club et sur mon téléphone. Je dois vraiment payer 30 € pour un problème qui vient de chez vous ? Ça me paraît un peu fort.

Thierry Lalanne
Hydro-Club de Biscarrosse

@@ kfr127 | reply: question | from: tresorier@aeroclubsudreunion.re | ref: OF-2026-7127 | ours: overrun | style: outlook | figs: d=7,b=2 | noquote: 1
--
Bonjour,

7 heures pour ajouter deux champs sur la fiche pilote, ça nous paraît énorme. On aimerait comprendre ce qui prend autant de temps avant de dire quoi que ce soit, parce que 300 € pour nous c'est deux mois de loyer du hangar.

Patrice Hoarau
Trésorier, Aéro-Club Sud Réunion

@@ kfr128 | reply: question | from: christelle.dupuis80@laposte.net | ref: OF-2026-7128 | ours: testplat | style: gmail
--
Bonjour,

Et une fois qu'on a fini nos essais, elle se supprime comment ? Je ne voudrais pas qu'elle reste là et que quelqu'un se mette à réserver dessus par erreur. Dites-moi et je vous donne le feu vert.

Christelle

@@ kfr129 | reply: refuse | from: direction@montelimar-pilotage.fr | ref: OF-2026-7129 | ours: setup | style: outlook
--
Bonjour,

Nous n'en aurons pas besoin : notre chef instructeur a déjà repris tous les réglages à la main pendant les vacances de la Toussaint, et tout est opérationnel. Merci pour la proposition.

Cordialement,
Karim Bensaïd
Montélimar Pilotage SARL

@@ kfr130 | reply: question | from: Gérard Brunet <gerard.brunet86@orange.fr> | ref: OF-2026-7130 | ours: migfee | style: plain
--
Bonjour,

Je ne comprends pas. On m'avait dit que le passage en alpha était gratuit, et maintenant vous me parlez de 50 € ? C'est parce qu'on a finalement demandé la 4 normale au lieu de l'alpha ? Expliquez-moi avant que je paie quoi que ce soit.

Gérard Brunet
ULM Club du Loudunois
"""
