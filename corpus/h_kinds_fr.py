"""Set h (sealed): French first contacts, new requests and not replies, from the clubs and schools of
``h_clients_k`` (France with Réunion and Martinique, Belgium, Switzerland, Québec), a few strangers and
prospects, and a few auto-replies and bounces."""

DEFAULTS = {"lang": "fr"}

TEXT = r"""
@@ hk001 | kind: support | from: Sophie Gaboriau <secretariat.accognac@gmail.com> | style: gmail
subject: Réservations qui disparaissent du planning
--
Bonjour,

Depuis lundi, trois pilotes m'ont signalé que des réservations faites pour le week-end avaient disparu du planning. Exemple précis : M. Duret avait réservé le F-GKQB samedi 10 h - 12 h, il l'a fait jeudi soir, et vendredi matin la réservation n'y était plus. Il n'a rien annulé, et personne au bureau non plus.

Est-ce que c'est un problème connu chez vous ou est-ce qu'on a touché à un réglage sans le savoir ? Les pilotes commencent à râler et certains ont repris le cahier papier au club house...

Merci d'avance,

Sophie Gaboriau
Secrétariat - Aéro-Club de Cognac
Aérodrome de Cognac-Châteaubernard
05 45 82 14 07 (lun, mer, ven 14h-18h)

@@ hk002 | kind: migration | from: ulmvaccares@free.fr | style: plain | tv: 4.0 | nb: 2027-03-01 | note: no accents; First Price, knows the fee
date: 2026-09-10 21:08
subject: passage en version 4
--
Bonjour,

On est toujours en 3.5 et le bureau a vote la semaine derniere pour passer a la V4. On a bien lu que c'est sans retour possible et que pour nous (abonnement First Price) ca fait 50 euros HT, pas de souci la dessus.

Par contre pas avant le 1er mars 2027 svp : on a les stages d'hiver en fevrier et on ne veut pas changer d'outil au milieu.

La facture de migration, c'est nous qui la faisons dans l'espace client ou c'est vous qui l'envoyez ?

Fabien
ULM Club du Vaccares

@@ hk003 | kind: password_reset | from: bureau.acmorlaix@gmail.com | style: android | hint: ac-morlaix
subject: Mot de passe compte client
--
Bonjour

Je suis le nouveau trésorier de l'aéroclub de Morlaix. Je dois renouveler l'abonnement mais je n'ai pas le mot de passe du compte client (identifiant ac-morlaix si j'ai bien compris). Quand je fais "mot de passe oublié" le mail part sur acmorlaix@wanadoo.fr, une vieille boîte de l'ancien bureau que plus personne ne sait ouvrir.

Vous pouvez réinitialiser et me l'envoyer ici ?

Merci
Erwan Guivarc'h

Envoyé depuis mon smartphone Samsung Galaxy.

@@ hk004 | kind: hours_statement | from: Nicole Mangin <tresorier@cvv-vosges.fr> | style: outlook
date: 2026-10-22 10:05
subject: Heures de bonus restantes 2026
--
Bonjour,

Dans le cadre de la préparation du budget 2027 (conseil d'administration du 14 novembre), pourriez-vous m'indiquer combien d'heures de bonus assistance / développement nous avons utilisées cette année et combien il nous en reste ?

Je crois me souvenir d'une intervention au printemps pour le paramétrage des tarifs remorquage, mais je n'ai pas le détail.

Cordialement,

Nicole Mangin
Trésorière - Centre de Vol à Voile des Vosges
Aérodrome de Saint-Dié-Remomeix - 88100 Remomeix
Tél. 03 29 56 41 18 - Port. 06 71 23 90 44
Permanences : mercredi et samedi 9h-12h (fermé du 20/12/2026 au 05/01/2027)

@@ hk005 | kind: owner_change | from: Olivier Mertens <info@charleroiaviation.be> | style: outlook | att: lettre_designation_responsable_OF.pdf,publication_moniteur_belge_2026.pdf | note: Belgian company; official document is the Moniteur belge publication
subject: Changement de responsable OpenFlyers - Charleroi Aviation School
--
Madame, Monsieur,

Mme Véronique Dubois, qui était responsable de notre plateforme OpenFlyers, a quitté la société le 30 septembre dernier et n'a malheureusement pas effectué la passation avant son départ. Nous n'avons plus accès à ses identifiants.

En tant que gérant de Charleroi Aviation School SRL, je vous demande de désigner comme nouveau responsable OpenFlyers :
M. Kevin Lambotte - k.lambotte@charleroiaviation.be

Vous trouverez en pièces jointes le courrier signé ainsi que la publication aux annexes du Moniteur belge qui atteste de ma qualité de gérant (je détiens 60 % des parts).

Je reste à votre disposition pour tout complément d'information.

Bien à vous,

Olivier Mertens
Gérant
Charleroi Aviation School SRL
Aéroport de Charleroi Bruxelles-Sud, Rue des Frères Wright 8 - 6041 Gosselies
Tél. +32 71 25 38 90 - GSM +32 476 58 12 03
TVA BE 0712.345.890

@@ hk006 | kind: other | from: Jacques Pelletier <jpelletier.achm@orange.fr> | style: apple | note: prospect, not a client; asks prices and a demo
date: 2026-11-09 21:37
subject: Renseignements pour notre aéroclub
--
Bonjour,

Je suis trésorier de l'Aéro-Club de la Haute-Marne (Chaumont-Semoutiers). Nous gérons aujourd'hui les réservations sur un agenda partagé et la facturation sur un tableur, et ça devient ingérable avec 4 avions et 70 membres.

Un club voisin nous a parlé de votre logiciel. Pourriez-vous m'envoyer vos tarifs pour 4 avions, et me dire s'il est possible d'avoir une démonstration avant que je présente le projet au bureau le 5 décembre ? Le paramétrage de départ est-il compris ?

Bien cordialement,

Jacques Pelletier
06 84 27 51 30

Envoyé de mon iPhone

@@ hk007 | kind: dev_quote | from: Denis Moiroud <denis.moiroud01@free.fr> | style: outlook
subject: Demande de devis - export comptable Aéro-Club de Bourg-en-Bresse
--
Bonjour,

Au nom de l'Aéro-Club de Bourg-en-Bresse, je souhaiterais obtenir un devis pour un développement.

Notre expert-comptable travaille sous EBP et nous demande chaque mois les écritures au format FEC. Aujourd'hui notre trésorier ressaisit tout à la main à partir des exports CSV, ce qui lui prend une bonne journée par mois. L'idée serait un export direct des écritures (ventes d'heures de vol, cotisations, approvisionnements de comptes) au format FEC, avec nos numéros de comptes.

Je précise que nous n'avons pas encore fait de demande de devis cette année. Nous pouvons en discuter par téléphone si c'est plus simple.

Cordialement,

Denis Moiroud
Président - Aéro-Club de Bourg-en-Bresse
Aérodrome de Bourg - Terre des Hommes, 01000 Bourg-en-Bresse
06 12 47 89 33

@@ hk008 | kind: resource_change | from: contact@aeroclub-nimes.fr | style: plain
subject: Ajout d'un avion
--
Bonjour,

Le club vient d'acheter un DR401 (F-HBNG), il sort de l'atelier fin octobre. Comment fait-on pour l'ajouter à notre abonnement ? Il aura exactement les mêmes tarifs que nos deux DR400 120 ch.

Merci,

Annie Roux
Secrétariat Aéro-Club de Nîmes Garons
04 66 70 12 85

@@ hk009 | supp: auto_reply | from: Alain Perret <tresorerie@acbourg.fr> | style: outlook
date: 2026-10-27 08:02
subject: Réponse automatique : [OF-2026-0736] Votre demande de devis
hdr: Auto-Submitted: auto-replied
hdr: X-Auto-Response-Suppress: All
--
Bonjour,

Je suis absent jusqu'au lundi 2 novembre inclus, sans accès à mes e-mails.
Pour toute question urgente concernant les comptes pilotes, merci de contacter le bureau : bureau@acbourg.fr

Cordialement,
Alain Perret
Trésorier - Aéro-Club de Bourg-en-Bresse

@@ hk010 | kind: renewal | from: Marlyse Overney <caissier@gvv-gruyere.ch> | style: outlook | note: asks payment means and whether a glider that no longer flies counts
subject: Renouvellement abonnement 2027 - paiement depuis la Suisse
--
Bonjour,

Nous souhaitons renouveler notre abonnement pour 2027. L'année passée, le virement depuis notre compte PostFinance nous a coûté des frais assez importants : est-il possible de régler par carte cette fois ?

D'autre part, nous avons 5 planeurs sur la plateforme, dont le Ka 8 qui ne vole plus depuis juillet (il attend une révision qu'on ne fera sans doute pas). Faut-il quand même le payer pour 2027 ?

Je vous remercie d'avance et vous adresse mes meilleures salutations.

Marlyse Overney
Caissière - Groupe de Vol à Voile de la Gruyère
Route de l'Aérodrome 12, 1663 Épagny
Natel 079 412 33 68

@@ hk011 | kind: test_platform | from: Marc Lejeune <marc.lejeune@skynet.be> | style: apple | note: wants a version 4 copy (.of4) to try before deciding to migrate
subject: Essayer la version 4 avant de migrer
--
Bonjour,

Notre comité hésite à passer en version 4. Avant de se décider, serait-il possible d'avoir une copie de notre plateforme en version 4, pour que deux ou trois instructeurs puissent essayer tranquillement avec nos vraies données ? On ne voudrait pas migrer à l'aveugle, surtout si on ne peut plus revenir en arrière.

Merci d'avance et bien à vous,

Marc Lejeune
Royal Aéro-Club de Spa
GSM 0495 23 71 08

Envoyé de mon iPad

@@ hk012 | kind: support | from: Jean-Marc Payet <payet.jeanmarc@orange.fr> | style: apple | date: 2026-10-28 06:12 | note: Réunion has no daylight saving time
subject: Décalage d'une heure sur toutes les réservations
--
Bonjour,

Depuis dimanche, toutes nos réservations sont décalées d'une heure sur le planning : un vol réservé 8h-9h s'affiche 7h-8h chez certains pilotes, et à la bonne heure chez d'autres. Je suppose que ça vient du passage à l'heure d'hiver en métropole, mais ici à La Réunion on ne change pas d'heure.

Le fuseau horaire dans les paramètres de la structure est bien « Indian/Reunion ». Pouvez-vous regarder ? On a eu deux pilotes qui se sont présentés en même temps pour le même avion ce matin.

Cordialement

Jean-Marc Payet
Aéro-Club de Saint-Pierre - Aérodrome de Pierrefonds
0262 25 41 80 / 0692 64 18 27

Envoyé de mon iPhone

@@ hk013 | kind: contact_update | from: secretariat.acl972@gmail.com | style: html | note: First Price; old and new addresses quoted
subject: Changement adresse mail du club
--
Bonjour,

Merci de bien vouloir remplacer sur notre fiche client l'adresse e-mail du club aeroclub.lamentin@orange.fr par la nouvelle : contact@aeroclub-lamentin.fr

L'ancienne boîte Orange sera fermée fin décembre, nous ne voudrions pas rater les alertes de renouvellement.

Bien cordialement,

Patricia Larcher
Secrétaire - Aéro-Club du Lamentin
Aéroport Martinique Aimé Césaire - 97232 Le Lamentin
0596 51 20 44

@@ hk014 | kind: migration | from: contact@cvv-vosges.fr | style: alt | date: 2026-10-05 18:42 | tv: 4.0 | nb: 2026-11-15 | also: support | note: second ask, how to send monthly account statements to pilots
subject: Demande de migration vers la 4.0
--
Bonjour,

Suite à notre réunion de comité du 3 octobre, le Centre de Vol à Voile des Vosges souhaite migrer sa plateforme vers la version 4.0.

Nous avons bien pris connaissance des conséquences (migration irréversible, quelques minutes de coupure, adresse provisoire pendant une semaine). Notre saison se termine à la Toussaint et les planeurs rentrent au hangar pour la visite annuelle : merci de ne pas faire la migration avant le 15 novembre, le temps que toutes les heures de vol de la saison soient saisies et facturées.

Autre question, qui n'a rien à voir : est-il possible d'envoyer automatiquement à chaque pilote, en début de mois, le relevé de son compte ? Nos trésoriers successifs le font à la main depuis des années.

Merci,

Hélène Vautrin
Secrétaire du CVV des Vosges
06 32 18 77 05

@@ hk015 | kind: support | from: Laurence Bordenave <l.bordenave@aeropyrenees-formation.fr> | style: outlook
date: 2026-10-23 09:41
subject: TR: Facture formation PPL - erreur de montant ?
--
Bonjour,

Je vous transfère la réclamation d'une de nos élèves. Après vérification, ses heures de double commande du 12 et du 19 octobre ont bien été facturées au tarif location solo (152 €/h) au lieu du tarif instruction (198 €/h), donc en sa faveur, mais ça veut dire que le problème touche sans doute d'autres élèves. Nous n'avons pas modifié les tarifs récemment.

Pourriez-vous regarder d'où ça vient ?

Cordialement,
Laurence Bordenave
Responsable administrative - Aéro Pyrénées Formation
Aéroport de Tarbes-Lourdes-Pyrénées - 65290 Juillan
05 62 32 90 14

-----Message d'origine-----
De : Camille Fourcade <camille.fourcade65@gmail.com>
Envoyé : mercredi 21 octobre 2026 19:47
À : contact@aeropyrenees-formation.fr
Objet : Facture octobre

Bonjour,

Sur ma facture d'octobre les deux vols avec Pierre sont comptés comme des vols solo, le montant me paraît bas par rapport au mois dernier. Je préfère le signaler avant qu'on me réclame la différence dans trois mois !

Camille

@@ hk016 | kind: dev_quote | from: Réjean Tremblay <rejean.tremblay@videotron.ca> | style: plain | cash: 1 | note: Québec French; board ready to pay part in money
subject: Devis - suivi des inspections aux 100 heures
--
Bonjour,

Au Club aéronautique du Lac-Saint-Jean, on aimerait faire développer un petit module de suivi de maintenance : heures cellule et moteur de chaque avion, date de la prochaine inspection aux 100 heures et de l'inspection annuelle, avec un courriel d'alerte au chef mécanicien quand on approche de l'échéance. Présentement on fait ça dans un fichier Excel que seul notre mécano comprend.

On n'a pas beaucoup d'heures de banque, mais le CA est prêt à payer en argent une bonne partie du développement si ça peut le faire avancer plus vite dans la file.

Pouvez-vous nous faire un devis ?

Merci à l'avance,

Réjean Tremblay
Président, Club aéronautique du Lac-Saint-Jean
Aéroport d'Alma (CYTF)
Cell. 418 669-2734

@@ hk017 | kind: password_reset | from: Mélanie Bouchard <melanie.bouchard@hotmail.com> | style: plain | note: Québec French; First Price, accepts the fee
subject: compte client - mot de passe
--
Bonjour,

J'essaie depuis deux jours de me connecter à notre compte client pour payer l'abonnement. J'ai fait « mot de passe oublié » trois fois avec cvvq@videotron.ca mais je ne reçois jamais le courriel (j'ai vérifié les pourriels, rien).

Est-ce que vous pouvez réinitialiser le mot de passe de votre bord ? Si c'est facturé, pas de trouble, envoyez-nous la facture.

Merci beaucoup,

Mélanie Bouchard
Club de vol à voile de Québec
Saint-Raymond

@@ hk018 | kind: owner_change | from: Guy Roumieux <contact@aeroclub-nimes.fr> | style: outlook | att: courrier_president_ACNG.pdf,PV_AG_2026-09-26.pdf
date: 2026-10-06 17:20
subject: Nouveau responsable OpenFlyers - AC Nîmes Garons
--
Madame, Monsieur,

Lors de notre assemblée générale du 26 septembre 2026, un nouveau bureau a été élu. M. Hervé Castanier, jusqu'ici responsable OpenFlyers du club, ne fait plus partie du bureau et nous n'arrivons pas à le joindre pour organiser la passation.

Nous vous demandons donc de désigner comme nouveau responsable OpenFlyers :
M. Olivier Bancel, vice-président - olivier.bancel@aeroclub-nimes.fr

Vous trouverez ci-joints le courrier signé de ma main ainsi que le procès-verbal de l'AG qui m'a élu président.

Avec mes remerciements,

Guy Roumieux
Président de l'Aéro-Club de Nîmes Garons
Aéroport de Nîmes-Garons, 30800 Saint-Gilles
Tél. club : 04 66 70 12 85 - Port. 06 09 41 55 72

@@ hk019 | kind: support | from: Thierry Sabathé <thierry.sabathe32@orange.fr> | style: android
subject: saisie vol pilote exterieur
--
Bonjour,
comment on saisit un vol fait par un pilote qui n'est pas chez nous ? Un pilote d'un club du Gers a loué notre Savannah samedi et je ne trouve pas comment mettre le vol sans lui créer un compte complet.
Merci
Thierry

Envoyé depuis mon téléphone Orange

@@ hk020 | kind: hours_statement | from: Nathalie Bérubé <compta@aviationlaurentides.ca> | style: outlook | note: Québec French; "banque d'heures"
date: 2026-11-16 14:33
subject: Relevé de notre banque d'heures 2026
--
Bonjour,

Pour la fermeture de notre année financière, j'aurais besoin d'un relevé des heures d'assistance et de développement utilisées depuis janvier, avec le solde restant. Notre vérificateur passe le 9 décembre.

Merci et bonne journée!

Nathalie Bérubé
Comptabilité - École d'aviation des Laurentides inc.
Aéroport international de Mirabel, hangar 4
450 476-3391, poste 204

@@ hk021 | kind: other | from: Lucas Fournier <lucas.fournier.dev@gmail.com> | style: gmail | note: not a client; asks for an internship
subject: Candidature stage développeur
--
Bonjour,

Actuellement en deuxième année de BTS SIO option SLAM au lycée Déodat de Séverac à Toulouse, je recherche un stage de 8 semaines à partir du 11 janvier 2027.

Pilote ULM depuis deux ans, j'utilise votre logiciel dans mon club et j'aimerais beaucoup participer à son développement (PHP, JavaScript, SQL). Vous trouverez mon CV en pièce jointe.

Je reste disponible pour un entretien, même en visio.

Cordialement,
Lucas Fournier
07 68 21 45 90
| att: CV_Lucas_Fournier.pdf

@@ hk022 | kind: resource_change | from: cvvsthubert@gmail.com | style: gmail | note: Belgian; removal during the year, asks about a refund
date: 2026-10-12 19:55
subject: Retrait d'un planeur
--
Bonjour,

Nous avons vendu notre ASK 13 (OO-ZPK) à un club néerlandais, il est parti le 4 octobre. Faut-il le retirer nous-mêmes de la plateforme ou est-ce que vous vous en chargez ? Et est-ce que ça diminue quelque chose sur la facture de cette année ? On avait payé pour 4 machines.

Bien à vous,

Benoît Collignon
Club de Vol à Voile de Saint-Hubert

@@ hk023 | supp: bounce | from: Mail Delivery System <MAILER-DAEMON@orange.fr> | style: dsn | rcpt: aeroclub.lamentin@orange.fr | orig: [OF-2026-0791] Renouvellement de votre abonnement
subject: Message non remis : [OF-2026-0791] Renouvellement de votre abonnement
--
Ceci est un message automatique envoyé par le serveur de messagerie.

Votre message n'a pas pu être remis à un ou plusieurs destinataires :

aeroclub.lamentin@orange.fr
    L'adresse du destinataire n'existe pas ou a été désactivée.

Aucune autre tentative de remise ne sera effectuée.

@@ hk024 | kind: migration | from: Lucienne Rosette <l.rosette972@wanadoo.fr> | style: plain | tv: 4.0 | nb: 2027-02-20 | note: First Price 3.5; asks about the set-up package
subject: Migration version 4 - Aéro-Club du Lamentin
--
Bonjour,

Le bureau de l'Aéro-Club du Lamentin a décidé de passer de la version 3.5 à la version 4. Nous savons que la migration est facturée 50 € HT pour notre abonnement et qu'on ne peut pas revenir en arrière.

Comme beaucoup de nos membres sont pris par le carnaval, nous préférons que rien ne soit fait avant le 20 février 2027.

Une question : le forfait paramétrage est-il obligatoire ? Nous avons déjà tout paramétré en 3.5 et nous aimerions garder nos réglages.

Cordialement,

Lucienne Rosette
Responsable OpenFlyers - Aéro-Club du Lamentin
0696 28 44 13

@@ hk025 | kind: contact_update | from: Pascal Rivière <pascal.riviere16@orange.fr> | style: outlook
subject: Modification e-mail contact fiche client
--
Bonjour,

Pourriez-vous modifier l'e-mail contact de notre fiche client ? Il faut remplacer secretariat.accognac@gmail.com par tresorier.accognac@gmail.com : c'est désormais notre trésorier qui suit les renouvellements et les factures. L'e-mail client (aeroclub.cognac@orange.fr) ne change pas.

Cordialement,

Pascal Rivière
Responsable OpenFlyers - Aéro-Club de Cognac
06 78 33 12 54

@@ hk026 | kind: support | from: admin@lemanflight.ch | style: outlook | also: hours_statement | note: Swiss French; second ask, a statement of the bonus hours
date: 2026-11-03 14:18
subject: Disponibilités des instructeurs invisibles
--
Bonjour,

Depuis la semaine dernière, les disponibilités saisies par nos instructeurs n'apparaissent plus dans le planning pour les élèves : le créneau est bien enregistré côté instructeur, mais l'élève voit « aucun instructeur disponible ». Cela concerne au moins Julien Monnier et Sarah Python, pour les semaines 44 et 45.

Par la même occasion, pourriez-vous nous faire parvenir le décompte des heures de bonus utilisées cette année ? Notre conseil d'administration souhaite faire le point.

Je vous remercie d'avance et vous adresse mes meilleures salutations.

Anne-Laure Berthoud
Administration - Léman Flight Training SA
Aéroport de la Blécherette, 1018 Lausanne
+41 21 647 12 90

@@ hk027 | kind: test_platform | from: secretariat.accognac@gmail.com | style: gmail
subject: Plateforme de test pour me former
--
Bonjour,

Je viens de reprendre le secrétariat du club et j'ai peur de faire des bêtises sur les comptes des pilotes en apprenant. Est-ce qu'il est possible d'avoir une plateforme de test, une copie de la nôtre, pour m'entraîner (créer des membres, des factures, etc.) sans risque ?

Merci !
Sophie Gaboriau
Aéro-Club de Cognac

@@ hk028 | kind: dev_quote | from: Gérard Thiébaut <gerard.thiebaut88@wanadoo.fr> | style: plain
date: 2026-09-18 18:26
subject: Devis gestion des lancements treuil
--
Bonjour,

Pour le Centre de Vol à Voile des Vosges, je souhaite une estimation pour un développement autour du treuil :
- saisie du treuillard pour chaque lancement ;
- facturation au lancement (et non au temps) avec un tarif réduit pour les jeunes de moins de 25 ans ;
- un compteur des ruptures de câble pour notre suivi matériel.

Si d'autres clubs de vol à voile sont intéressés, on peut partager les heures.

Bien cordialement,
Gérard Thiébaut
Responsable OpenFlyers CVVV
03 29 56 41 18

@@ hk029 | kind: renewal | from: bureau.acmorlaix@gmail.com | style: gmail | note: pays by cheque; asks how many aircraft will be billed
subject: Renouvellement 2027 par chèque
--
Bonjour,

Nous voudrions renouveler l'abonnement pour 2027 et le régler par chèque, c'est plus simple pour notre banque. À quel ordre et à quelle adresse faut-il l'envoyer, et faut-il d'abord faire la facture dans l'espace client ?

Autre chose : nous avons 3 avions, mais le Cessna 150 est immobilisé pour corrosion depuis août et on ne sait pas s'il revolera. Combien d'avions allez-vous nous facturer ?

Merci,

Erwan Guivarc'h
Trésorier AC du Pays de Morlaix
06 61 03 27 84

@@ hk030 | kind: migration | from: Denis Moiroud <bureau@acbourg.fr> | style: outlook | tv: 4.0 | nb: 2027-01-25 | note: Première, frozen 3.6 version
subject: Migration de notre plateforme en version 4
--
Bonjour,

Notre plateforme tourne toujours sur la version 3.6 figée de notre abonnement Première. Le bureau souhaite désormais passer en version 4.

Merci de ne rien faire avant le 25 janvier 2027 : notre assemblée générale a lieu le samedi 23 et nous voulons présenter le changement aux membres avant.

Pouvez-vous aussi nous confirmer que le forfait paramétrage est bien inclus dans notre abonnement ?

Cordialement,

Denis Moiroud
Président - Aéro-Club de Bourg-en-Bresse
06 12 47 89 33

@@ hk031 | kind: owner_change | from: bureau.acmorlaix@gmail.com | style: plain | note: no attachment yet; the minutes are promised for later
subject: Changement de responsable plateforme
--
Bonjour,

Yann Le Bihan, notre responsable OpenFlyers, a été muté à Djibouti cet été et ne répond plus à nos messages. Le bureau a désigné Erwan Guivarc'h (trésorier) pour prendre la suite, adresse : erwan.guivarch29@gmail.com

Notre président va signer le courrier cette semaine et je vous enverrai aussi le PV de l'AG de mars. Est-ce qu'il vous faut autre chose ?

Cordialement
Maryvonne Kerhervé
Secrétaire AC du Pays de Morlaix

@@ hk032 | kind: other | from: Denis Moiroud <denis.moiroud01@free.fr> | style: apple | note: invitation only, no request
subject: Les 80 ans de l'aéro-club !
--
Bonjour à toute l'équipe,

L'Aéro-Club de Bourg-en-Bresse fêtera ses 80 ans le samedi 12 juin 2027 avec une journée portes ouvertes, des baptêmes et un repas le soir sous le hangar. Comme vous nous accompagnez depuis de nombreuses années, nous serions très heureux de vous compter parmi nous si l'un de vous passe dans la région.

Le programme suivra au printemps.

Amicalement,
Denis

Envoyé de mon iPhone

@@ hk033 | supp: auto_reply | from: secretariat.accognac@gmail.com | style: gmail
date: 2026-10-26 11:30
subject: Secrétariat fermé
--
Bonjour,

Le secrétariat de l'Aéro-Club de Cognac est fermé du 17 octobre au 2 novembre (vacances de la Toussaint). Votre message sera traité à mon retour.

Pour les réservations, utilisez directement le planning en ligne. En cas d'urgence : 06 78 33 12 54.

Sophie

@@ hk034 | kind: password_reset | from: direction@aeropyrenees-formation.fr | style: html | hint: aeropyrenees | note: insists it is the client account, not the platform login
subject: Accès compte client impossible
--
Bonjour,

Nous n'arrivons plus à nous connecter à notre compte client OpenFlyers (identifiant : aeropyrenees) pour télécharger nos factures. Je précise bien : il s'agit du compte client, pas de nos accès à la plateforme, qui fonctionnent normalement.

La fonction « mot de passe oublié » nous répond que l'adresse est inconnue, alors que nous avons essayé direction@ et compta@.

Pouvez-vous réinitialiser le mot de passe ?

Merci,

Laurence Bordenave
Aéro Pyrénées Formation SARL
05 62 32 90 14

@@ hk035 | kind: hours_statement | from: Luc Hennuy <tresorier@aeroclubspa.be> | style: plain | note: Belgian
subject: Relevé heures de bonus 2026
--
Bonjour,

Pourriez-vous nous transmettre le relevé de nos heures de bonus pour l'année 2026 ? Notre assemblée générale statutaire a lieu le 23 janvier et je dois présenter les comptes au comité d'ici la mi-décembre.

D'avance merci.

Luc Hennuy
Trésorier - Royal Aéro-Club de Spa
Aérodrome de la Sauvenière, 4900 Spa
GSM 0475 61 29 84

@@ hk036 | kind: migration | from: Josée Gauthier <info@aeroalma.qc.ca> | style: outlook | tv: 4.0 | nb: 2027-01-11 | note: Québec French
date: 2026-11-12 15:47
subject: Migration vers la version 4
--
Bonjour,

Le conseil d'administration du Club aéronautique du Lac-Saint-Jean a approuvé la migration de notre plateforme de la 3.6 vers la version 4. On comprend que c'est irréversible.

Par contre, on aimerait que ça se fasse après le temps des Fêtes : pas avant le 11 janvier 2027 s'il vous plaît. Nos instructeurs sont en congé jusque-là et on veut être là quand ça change.

Merci à l'avance,

Josée Gauthier
Secrétaire
Club aéronautique du Lac-Saint-Jean
418 668-5102

@@ hk037 | kind: resource_change | from: Laurence Bordenave <l.bordenave@aeropyrenees-formation.fr> | style: outlook | note: new resource type (simulator) with its own prices
date: 2026-10-29 16:12
subject: Ajout d'un simulateur Alsim
--
Bonjour,

Nous recevons le 16 novembre un simulateur Alsim AL250, qui doit pouvoir être réservé par les élèves et facturé avec un tarif spécifique (110 € HT de l'heure en solo, 145 € HT avec instructeur). Nous n'avons jamais eu de simulateur sur la plateforme.

Pouvez-vous nous indiquer la marche à suivre pour l'ajouter à notre abonnement ? Et si la création du type de ressource est compliquée, nous préférons que vous le fassiez.

Cordialement,

Laurence Bordenave
Responsable administrative
Aéro Pyrénées Formation SARL - ATO FR.ATO.0412
Aéroport de Tarbes-Lourdes-Pyrénées, 65290 Juillan
Tél. 05 62 32 90 14 - Fax 05 62 32 90 15
Horaires bureau : lundi-vendredi 8h30-12h / 13h30-17h30
Fermeture annuelle : du 24/12/2026 au 03/01/2027 inclus

@@ hk038 | kind: support | from: compta.acvendee@orange.fr | style: plain | note: no accents, typos
date: 2026-11-06 09:48
subject: export factures vide
--
bonjour,

quand j'exporte les factures du mois en pdf le fichier est vide (0 ko). j'ai essayer avec firefox et chrome c'est pareil. ca marchait tres bien le mois dernier, j'ai rien changer.

merci de regarder vite svp le cabinet comptable attend les pieces pour le 10.

jean-paul
compta AC vendee

@@ hk039 | kind: dev_quote | from: Caroline Favre <c.favre@lemanflight.ch> | style: outlook | note: Swiss French
date: 2026-09-15 11:20
subject: Demande de devis - QR-facture et interface Bexio
--
Bonjour,

Léman Flight Training SA souhaiterait obtenir un devis pour deux évolutions liées :
1. l'édition de nos factures élèves avec une QR-facture suisse (obligatoire chez nous depuis la fin des bulletins de versement) ;
2. la transmission automatique de ces factures vers notre comptabilité Bexio.

Nous disposons encore de plusieurs heures de bonus cette année et nous pourrions les y consacrer.

Je me réjouis de votre retour et vous adresse mes meilleures salutations.

Caroline Favre
Directrice - Léman Flight Training SA
Aéroport de la Blécherette, 1018 Lausanne
+41 21 647 12 90 / +41 79 315 48 20

@@ hk040 | kind: contact_update | from: cvvsthubert@gmail.com | style: plain | note: Belgian; First Price; client and contact e-mail identical; new address quoted
subject: Deuxième adresse e-mail sur la fiche
--
Bonjour,

J'ai vu que vous conseillez d'avoir deux adresses différentes sur la fiche client. Chez nous c'est la même partout (cvvsthubert@gmail.com). Pouvez-vous mettre tresorerie.cvvsthubert@gmail.com comme e-mail contact ? L'autre reste l'e-mail client.

Si c'est payant, dites-nous combien, on verra.

Bien à vous,
Benoît Collignon
Club de Vol à Voile de Saint-Hubert
GSM 0478 19 62 35

@@ hk041 | kind: renewal | from: Didier Hoarau <tresorier@acsp974.re> | style: alt | note: transfer from La Réunion; asks about VAT
subject: Renouvellement abonnement 2027
--
Bonjour,

Je souhaite préparer le renouvellement de notre abonnement pour 2027. Comment dois-je générer la facture ? Nous paierons par virement depuis notre banque à La Réunion : les frais sont-ils à notre charge ?

Et la TVA : comme nous sommes dans un DOM, est-ce que la TVA à 20 % s'applique ou celle à 8,5 % ?

Merci d'avance,

Didier Hoarau
Trésorier - Aéro-Club de Saint-Pierre
0692 41 77 09

@@ hk042 | kind: other | from: Marine Delorme <m.delorme@fuelpro-solutions.fr> | style: html | note: commercial solicitation from a company, not a client
date: 2026-11-06 10:25
subject: Partenariat - gestion carburant pour aéroclubs
--
Bonjour,

Je suis responsable des partenariats chez FuelPro Solutions, éditeur d'une solution de suivi des stocks de carburant (AVGAS 100LL, UL91, SP98) déjà utilisée par plus de 60 aérodromes en France.

Beaucoup de vos clients aéroclubs nous demandent une synchronisation entre nos pompes connectées et leur logiciel de réservation. Seriez-vous ouvert à un échange de 30 minutes pour étudier une intégration ?

Je vous propose les créneaux suivants : mardi 17 novembre à 10h ou jeudi 19 novembre à 14h.

Bien cordialement,

Marine Delorme
Responsable partenariats - FuelPro Solutions
12 rue des Frères Lumière, 69008 Lyon
04 78 61 32 50 - www.fuelpro-solutions.fr

@@ hk043 | kind: support | from: bureau@acbourg.fr | style: apple
subject: Planning illisible sur tablette
--
Bonjour,

Depuis hier, le planning ne s'affiche plus correctement sur la tablette du club house (iPad, Safari) : les colonnes des avions se superposent et on ne peut plus cliquer sur les créneaux. Sur les PC tout va bien.

Les pilotes utilisent cette tablette pour réserver en arrivant au club, c'est assez gênant pour le week-end.

Merci de votre aide,
Le bureau de l'AC Bourg-en-Bresse

Envoyé de mon iPad

@@ hk044 | kind: test_platform | from: Sylvain Gagnon <s.gagnon@aviationlaurentides.ca> | style: outlook | note: Québec French; 3.6, asks for a version 4 copy
subject: Plateforme d'essai V4
--
Bonjour,

Nos instructeurs veulent voir la version 4 avant qu'on décide quoi que ce soit. Est-ce qu'on pourrait avoir une copie de notre plateforme en V4 pour l'essayer quelques semaines ? On ne touche pas à la production d'ici là.

Merci à l'avance,

Sylvain Gagnon
Chef instructeur
École d'aviation des Laurentides inc.
Cell. 514 892-3306

@@ hk045 | kind: migration | from: secretariat@aeroclubspa.be | style: gmail | tv: 4.0 | nb: 2027-01-06 | also: resource_change | note: Belgian; second ask, adding an aircraft bought in December
date: 2026-11-18 20:14
subject: Migration V4 + nouvel avion
--
Bonjour,

Après les essais de nos instructeurs, le comité du Royal Aéro-Club de Spa a décidé de migrer en version 4. Nous acceptons que ce soit définitif. Pas avant le 6 janvier 2027 s'il vous plaît, nous avons encore des vols de fin d'année à facturer en 3.6.

Et tant que je vous tiens : nous achetons un Tecnam P2008 (OO-TSP) livré mi-décembre. Comment l'ajouter à l'abonnement, faut-il attendre la migration ?

Bien à vous,

Isabelle Gérard
Secrétaire - Royal Aéro-Club de Spa
087 77 41 60

@@ hk046 | supp: bounce | from: Mail Delivery System <MAILER-DAEMON@mx.gvv-gruyere.ch> | style: dsn | rcpt: ancien.caissier@gvv-gruyere.ch | orig: [OF-2026-0857] Relevé de vos heures de bonus
subject: Échec de la remise du message
--
Ceci est le système de messagerie de l'hôte mx.gvv-gruyere.ch.

Nous sommes au regret de vous informer que votre message n'a pas pu être remis à un ou plusieurs destinataires. Il est joint ci-dessous.

<ancien.caissier@gvv-gruyere.ch> : la boîte aux lettres n'existe pas.

@@ hk047 | kind: hours_statement | from: tresorerie@acbourg.fr | style: android
subject: Heures restantes
--
Bonjour, combien d'heures nous reste-t-il sur 2026 ? Merci.
Alain Perret, trésorier AC Bourg

Envoyé de mon Galaxy

@@ hk048 | kind: support | from: Francis Lachance <francis.lachance@hotmail.com> | style: plain | hint: cvv-quebec | note: Québec French; sender not on record (instructor of the club)
subject: Courriels qui tombent dans les pourriels
--
Bonjour,

Je suis instructeur au Club de vol à voile de Québec (plateforme cvv-quebec). Depuis un mois à peu près, les courriels de confirmation de réservation et les rappels tombent tous dans les pourriels chez les membres qui ont Hotmail ou Outlook. Chez ceux qui ont Gmail ça va.

Est-ce qu'il y a quelque chose à faire de notre bord ou c'est de votre côté ?

Merci,
Francis Lachance

@@ hk049 | kind: owner_change | from: info@lemanflight.ch | style: outlook | att: extrait_RC_Leman_Flight_Training_SA.pdf | note: Swiss company; the new responsible appears on the commercial register extract (no letter)
date: 2026-11-04 08:50
subject: Changement de responsable OpenFlyers
--
Bonjour,

Mme Caroline Favre a quitté Léman Flight Training SA à fin octobre. C'est M. Nicolas Rochat, nouveau directeur et administrateur inscrit au registre du commerce, qui reprend la responsabilité de notre plateforme OpenFlyers.

Adresse e-mail de M. Rochat : n.rochat@lemanflight.ch

Vous trouverez ci-joint l'extrait du registre du commerce du canton de Vaud sur lequel figure M. Rochat.

Meilleures salutations,

Nicolas Rochat
Directeur - Léman Flight Training SA
+41 21 647 12 90

@@ hk050 | kind: password_reset | from: Raphaël Chappuis <r.chappuis@sunrise.ch> | style: apple | hint: ag-jura | note: Swiss French; First Price; the address on record is not read any more
subject: Mot de passe du compte client oublié
--
Bonjour,

Je n'ai plus le mot de passe du compte client de l'Aéro-Groupe du Jura (identifiant ag-jura). Le lien « mot de passe oublié » part sur aerogroupe.jura@bluewin.ch, dont l'ancien caissier avait le mot de passe et qui ne se souvient plus...

Pouvez-vous le réinitialiser et me l'envoyer ? J'ai cru comprendre que c'est payant pour notre formule, c'est d'accord.

Avec mes meilleures salutations,

Raphaël Chappuis
Responsable OpenFlyers
Natel 078 641 27 93

Envoyé de mon iPhone

@@ hk051 | kind: resource_change | from: ulm.lomagne@gmail.com | style: android | note: temporary replacement while an engine is overhauled
subject: ulm de remplacement
--
Bonjour

Notre Skyranger part en révision moteur 6 semaines, un club voisin nous prête un Ikarus C42 pendant ce temps. On fait comment sur la plateforme ? Il faut payer une ressource en plus pour 6 semaines ?

Thierry - ULM Lomagne
06 30 58 14 92

@@ hk052 | kind: dev_quote | from: contact@acsp974.re | style: gmail
subject: Devis : paiement des cotisations en plusieurs fois
--
Bonjour,

L'Aéro-Club de Saint-Pierre (La Réunion) aimerait un devis pour pouvoir proposer à ses membres le paiement de la cotisation annuelle et du forfait heures de vol en trois fois par carte bancaire, avec prélèvement automatique des échéances.

Beaucoup de nos jeunes pilotes ne peuvent pas avancer 1 500 € d'un coup, et on perd des inscriptions.

Cordialement,
Jean-Marc Payet
Président
0692 64 18 27

@@ hk053 | kind: support | from: tresorerie@aeroclub-nimes.fr | style: outlook
date: 2026-10-16 18:32
subject: TR: solde négatif incompréhensible
--
Bonjour,

Ci-dessous le message d'un de nos instructeurs. J'ai regardé le compte de M. Fabre : il y a bien un débit de 412,80 € le 3 octobre avec le libellé « correction », que personne au club ne reconnaît avoir saisi. Pouvez-vous nous dire d'où vient cette écriture ?

Merci
Michel Arnal
Trésorier ACNG
06 22 81 40 17

-------- Message transféré --------
De : Sébastien Fabre <seb.fabre30@gmail.com>
Date : 14/10/2026 21:03
À : tresorerie@aeroclub-nimes.fr
Objet : mon compte pilote

Salut Michel,
Mon compte est à -380 € alors que j'avais approvisionné 500 € en septembre et que je n'ai fait qu'un vol de 45 min. Tu peux regarder ?
Seb

@@ hk054 | kind: migration | from: admin@aviationlaurentides.ca | style: plain | tv: 4.1beta | note: Québec French; accepts a version that keeps changing
date: 2026-11-19 10:02
subject: Passage à la bêta 4.1
--
Bonjour,

L'École d'aviation des Laurentides souhaite que sa plateforme passe à la version 4.1 bêta. On a vu que les nouvelles fonctions de suivi de formation sont là-dessus et nos instructeurs en ont vraiment besoin pour la rentrée d'hiver.

On comprend qu'une bêta change tout le temps et qu'on ne pourra pas revenir en arrière, c'est accepté par la direction. Pas de date à respecter de notre bord, dès que c'est possible.

Cordialement,

Martin Lévesque
Adjoint administratif
École d'aviation des Laurentides inc.
450 476-3391, poste 201

@@ hk055 | kind: password_reset | from: contact@cvv-vosges.fr | style: plain
subject: Lien de réinitialisation expiré
--
Bonjour,

J'ai demandé un nouveau mot de passe pour le compte client du CVV des Vosges, mais je n'ai vu le mail que trois jours après et le lien avait expiré. Depuis, j'ai refait la demande deux fois et rien n'arrive.

Pourriez-vous nous débloquer ?

Hélène Vautrin
Secrétaire CVVV

@@ hk056 | kind: contact_update | from: Chantal Guérineau <chantal.guerineau85@laposte.net> | style: outlook
subject: Nouvelle adresse e-mail du club
--
Bonjour,

Le club a créé une nouvelle adresse pour le secrétariat. Merci de remplacer l'e-mail client acvendee@orange.fr par secretariat@aeroclub-vendee.fr sur notre fiche. L'e-mail contact (compta.acvendee@orange.fr) reste le même.

Bonne journée,

Chantal Guérineau
Responsable OpenFlyers - Aéro-Club de Vendée Les Sables
Aérodrome des Sables-d'Olonne Talmont
02 51 32 08 47 / 06 83 25 19 66

@@ hk057 | kind: support | from: compta@charleroiaviation.be | style: outlook | note: Belgian; asks a phone session paid by bonus hours
subject: Rendez-vous téléphonique - nouveaux tarifs 2027
--
Bonjour,

Nous devons mettre en place nos nouveaux tarifs au 1er janvier 2027 (nouvelles formules PPL et LAPL, forfaits blocs de 10 heures). Plutôt que de tout casser nous-mêmes, nous voudrions une séance d'assistance par téléphone d'environ une heure, à décompter de nos heures de bonus.

Pourriez-vous nous proposer un rendez-vous endéans les deux semaines ? Nous sommes disponibles en semaine de 9 h à 16 h.

Bien à vous,

Sarah Vandenbergh
Comptabilité - Charleroi Aviation School SRL
+32 71 25 38 92

@@ hk058 | kind: resource_change | from: admin@lemanflight.ch | style: outlook | note: Swiss French; new aircraft of an existing type
date: 2026-11-10 13:40
subject: Ajout d'un DA40 à notre abonnement
--
Bonjour,

Nous avons reçu un deuxième Diamond DA40 (HB-SGK), en tout point identique au premier, avec les mêmes tarifs. Il devrait être disponible à la réservation dès le 1er décembre.

Comment procéder pour l'ajouter à notre abonnement ?

Meilleures salutations,

Anne-Laure Berthoud
Administration - Léman Flight Training SA

@@ hk059 | kind: renewal | from: cvvq@videotron.ca | style: plain | note: Québec French; wants to pay for fewer gliders
subject: Renouvellement 2027 pour 4 planeurs
--
Bonjour,

On a vendu le Blanik cet été. Pour le renouvellement 2027, on voudrait payer pour 4 planeurs au lieu de 5. Comment on fait ça dans le compte client ? La dernière fois le nombre était déjà rempli et je ne pouvais pas le baisser.

Merci!

Mélanie Bouchard
Club de vol à voile de Québec

@@ hk060 | kind: test_platform | from: secretariat@gvv-gruyere.ch | style: alt | note: Swiss French
subject: Demande de plateforme de test
--
Bonjour,

Nous aimerions tester une nouvelle grille tarifaire (facturation à la minute pour les motoplaneurs) avant de l'appliquer à nos membres. Serait-il possible d'obtenir une plateforme de test, copie de la nôtre ?

Avec nos remerciements et meilleures salutations,

Christine Dupasquier
Secrétariat GVV Gruyère
026 912 45 30

@@ hk061 | kind: dev_quote | from: bureau.acmorlaix@gmail.com | style: gmail
subject: Devis - bons cadeaux baptêmes de l'air
--
Bonjour,

Pour l'Aéro-Club du Pays de Morlaix, je voudrais un devis pour une fonction de bons cadeaux : un visiteur achète en ligne un baptême de l'air (30 min ou 1 h), reçoit un bon avec un code, et le pilote le valide quand le vol est fait. Aujourd'hui on fait ça avec un carnet à souches et on en perd la moitié.

C'est notre première demande de devis.

Maryvonne Kerhervé
Secrétaire AC du Pays de Morlaix
06 47 92 15 38

@@ hk062 | kind: support | from: aeroclub.cognac@orange.fr | style: plain | also: resource_change | note: second ask, removing a sold aircraft
date: 2026-10-19 20:48
subject: Erreur impression carnet de route
--
Bonjour,

Quand on imprime le carnet de route d'un avion (menu Ressources, puis carnet de route), on a une page blanche avec écrit "Erreur lors de la génération du document". Ça le fait pour les 5 avions, depuis début octobre.

Au passage, le DR400 F-GBXL a été vendu le 30 septembre : comment on le retire de la plateforme ? On ne voudrait pas le payer l'an prochain.

Merci
Pascal Rivière

@@ hk063 | kind: migration | from: aerogroupe.jura@bluewin.ch | style: plain | date: 2026-10-20 09:15 | tv: 4.0 | nb: 2026-12-01 | note: Swiss French; First Price, asks the fee in CHF
subject: Migration en version 4
--
Bonjour,

L'Aéro-Groupe du Jura souhaite passer de la 3.6 à la version 4. Le comité en a discuté le 15 octobre et nous savons que c'est définitif.

Merci de ne pas faire la migration avant le 1er décembre : nous avons encore les vols d'octobre et novembre à boucler.

Les 50 € HT de migration, est-ce qu'on peut les payer en francs suisses ?

Meilleures salutations,
Raphaël Chappuis

@@ hk064 | kind: owner_change | from: contact@cvv-vosges.fr | style: alt | att: courrier_president_CVVV.pdf,PV_AG_2026-10-17.pdf
date: 2026-10-24 10:11
subject: Changement de responsable de la plateforme
--
Bonjour,

Gérard Thiébaut, responsable OpenFlyers de notre club depuis 2014, part s'installer au Canada et n'aura plus le temps de s'en occuper. Il n'a pas pu faire lui-même les modifications avant de partir.

Le comité a désigné pour lui succéder Hélène Vautrin, secrétaire, adresse helene.vautrin@cvv-vosges.fr.

Vous trouverez en pièces jointes le courrier signé par notre président, Jean-Pierre Colin, ainsi que le PV de l'assemblée générale du 17 octobre 2026.

Merci d'avance,

Hélène Vautrin
Centre de Vol à Voile des Vosges
06 32 18 77 05

@@ hk065 | kind: password_reset | from: Bruno Martineau <bruno.martineau85@gmail.com> | style: gmail | hint: ac-vendee | note: sender not on record (new treasurer); wants the password sent to his own address
subject: Mot de passe espace client aéroclub
--
Bonjour,

Je suis le nouveau trésorier de l'Aéro-Club de Vendée (plateforme openflyers.com/ac-vendee). Personne au bureau ne retrouve le mot de passe de l'espace client et je dois payer l'abonnement avant la fin de l'année.

Pouvez-vous me transmettre un nouveau mot de passe à cette adresse ?

Merci
Bruno Martineau
06 45 17 82 03

@@ hk066 | kind: support | from: direction@aeropyrenees-formation.fr | style: html
subject: Livret de progression élève en PDF
--
Bonjour,

Nos examinateurs nous demandent d'imprimer le livret de progression complet d'un élève avant le test en vol. Nous trouvons bien la progression leçon par leçon à l'écran, mais pas de moyen de sortir tout le livret en un seul PDF, avec les commentaires des instructeurs.

Est-ce que cela existe et nous ne le trouvons pas, ou faut-il passer par un export ?

Cordialement,

Laurence Bordenave
Aéro Pyrénées Formation SARL

@@ hk067 | kind: hours_statement | from: compta@charleroiaviation.be | style: outlook | note: Belgian
subject: Décompte heures assistance - clôture 2026
--
Bonjour,

Pour la clôture de notre exercice au 31 décembre, pourriez-vous nous adresser le décompte des heures d'assistance et de développement consommées depuis janvier, ainsi que le solde ?

Bien à vous,

Sarah Vandenbergh
Comptabilité - Charleroi Aviation School SRL
Aéroport de Charleroi Bruxelles-Sud, 6041 Gosselies
+32 71 25 38 92

@@ hk068 | kind: other | from: secretariat.acl972@gmail.com | style: gmail | note: thanks only, no request
subject: Merci !
--
Bonjour,

Juste un petit mot pour remercier la personne qui nous a aidés au téléphone mardi pour les comptes des élèves. Tout fonctionne, notre trésorier est ravi.

Bonne fin de semaine à toute l'équipe, et si vous passez en Martinique, le ti-punch vous attend au club !

Patricia
Aéro-Club du Lamentin

@@ hk069 | kind: resource_change | from: Nicole Mangin <tresorier@cvv-vosges.fr> | style: outlook | note: new resource type (motor glider) with new prices; asks staff to create it
subject: Ajout d'un motoplaneur
--
Bonjour,

Le club a acquis un motoplaneur SF 25 C Falke (D-KAFV, immatriculation française en cours). C'est notre premier motoplaneur : il faudra un tarif au temps moteur, différent de nos planeurs.

Pourriez-vous nous dire comment l'ajouter à l'abonnement et, si possible, créer vous-mêmes le type de ressource et ses tarifs ? Nous n'avons personne au club qui sache le faire.

Cordialement,

Nicole Mangin
Trésorière - CVV des Vosges
Tél. 03 29 56 41 18 - Port. 06 71 23 90 44

@@ hk070 | kind: migration | from: Thierry Sabathé <thierry.sabathe32@orange.fr> | style: android | tv: 4.0alpha | note: First Price, knows the alpha is free
subject: passer en 4.0 alpha
--
Bonjour

On voudrait passer la plateforme ULM Lomagne en 4.0alpha. J'ai lu que pour nous c'est gratuit vers une alpha. On sait que ça bouge tout le temps et qu'on revient pas en arrière, pas de problème on est 2 machines et 25 membres on s'adaptera.

Pas de date particulière.

Thierry

@@ hk071 | kind: support | from: tresorerie@aeroalma.qc.ca | style: plain | note: Québec French
date: 2026-11-24 08:27
subject: Heures de coucher du soleil erronées
--
Bonjour,

Sur la plateforme, l'heure de coucher du soleil affichée sur le planning est fausse pour nous : hier ça affichait 17 h 52 alors qu'à Alma le soleil s'est couché vers 16 h 40. Nos pilotes sans qualification de vol de nuit se fient à ça pour réserver, ça pourrait être dangereux.

Nos coordonnées d'aérodrome sont peut-être mal entrées ? On n'a rien changé de notre bord.

Merci,

Gilles Simard
Trésorier, Club aéronautique du Lac-Saint-Jean
418 662-4417

@@ hk072 | kind: migration | from: Pascal Rivière <pascal.riviere16@orange.fr> | style: outlook | tv: 4.0 | nb: 2027-01-02
date: 2026-10-12 22:03
subject: TR: Compte rendu CA du 8 octobre - point 4
--
Bonjour,

Je vous transmets ci-dessous l'extrait du compte rendu de notre conseil d'administration. Merci de prendre en compte notre demande de migration vers la version 4, pas avant le 2 janvier 2027.

Cordialement,
Pascal Rivière
Responsable OpenFlyers - Aéro-Club de Cognac

-----Message d'origine-----
De : Pierre-Yves Ménard <py.menard@aeroclub-cognac.fr>
Envoyé : jeudi 8 octobre 2026 22:15
À : Bureau ACC
Objet : Compte rendu CA du 8 octobre

[...]
4. Logiciel de réservation
Le CA approuve à l'unanimité la migration d'OpenFlyers vers la version 4, avec mise en service après la clôture de l'exercice 2026 (donc pas avant le 2 janvier). Le caractère irréversible de la migration a été rappelé. Pascal se charge de la demande auprès de l'éditeur.
5. Questions diverses
[...]

@@ hk073 | kind: dev_quote | from: Michel Arnal <tresorerie@aeroclub-nimes.fr> | style: outlook | cash: 1
subject: Devis - indexation du prix de l'heure sur le carburant
--
Bonjour,

L'Aéro-Club de Nîmes Garons souhaite un devis pour l'évolution suivante : indexer automatiquement le prix de l'heure de vol sur le prix du litre d'AVGAS que nous saisissons à chaque livraison (ex. : + 0,90 € de l'heure pour chaque hausse de 10 centimes du litre).

Nous n'avons plus beaucoup d'heures de bonus cette année, mais nous sommes prêts à en payer une partie en euros pour que ce soit traité en priorité : le carburant a encore pris 18 % depuis janvier.

Cordialement,

Michel Arnal
Trésorier ACNG
06 22 81 40 17

@@ hk074 | kind: contact_update | from: Laurence Bordenave <l.bordenave@aeropyrenees-formation.fr> | style: outlook
date: 2026-11-05 09:12
subject: Changement e-mail contact
--
Bonjour,

Merci de remplacer notre e-mail contact compta@aeropyrenees-formation.fr par facturation@aeropyrenees-formation.fr : la boîte compta va être supprimée au 1er décembre lors de notre changement de messagerie.

Cordialement,

Laurence Bordenave
Responsable administrative - Aéro Pyrénées Formation SARL
05 62 32 90 14

@@ hk075 | kind: renewal | from: acvendee@orange.fr | style: html
date: 2026-11-13 17:54
subject: Facture abonnement 2027
--
Bonjour,

Notre conseil d'administration vote le budget le 27 novembre. Pourriez-vous nous dire comment obtenir la facture de renouvellement 2027, et si vos tarifs augmentent l'an prochain ?

Nous avons toujours nos 4 avions.

Merci,

Le secrétariat
Aéro-Club de Vendée Les Sables
02 51 32 08 47

@@ hk076 | kind: support | from: ulmvaccares@free.fr | style: plain | note: no accents, typos
date: 2026-09-24 07:41
subject: planning
--
bonjour

depuis ce matin le planning affiche plus nos ulm, la page est toute blanche avec juste les heures sur le coté. on a rien toucher. les membres peuvent plus reserver pour le week end

merci de faire vite
fabien 06 14 72 93 08

@@ hk077 | kind: other | from: Stéphane Viguier <s.viguier@laposte.net> | style: plain | note: not a client; former member of a club asks for deletion of his data (GDPR)
subject: Suppression de mes données personnelles
--
Madame, Monsieur,

J'ai été membre de l'aéro-club de Nîmes jusqu'en 2024 et je continue de recevoir des rappels de réservation et des relevés de compte générés par votre logiciel.

Conformément au RGPD, je vous demande de supprimer l'ensemble de mes données personnelles (nom, adresse, licence, historique de vols) et de cesser tout envoi.

Je vous remercie de me confirmer la suppression par retour de mail.

Stéphane Viguier
14 rue Fresque, 30000 Nîmes

@@ hk078 | kind: password_reset | from: Didier Hoarau <tresorier@acsp974.re> | style: gmail | note: tries his personal platform login on the client account (R8)
subject: Impossible d'accéder au compte client
--
Bonjour,

J'essaie de me connecter à votre espace client pour voir nos factures, avec mon identifiant habituel (d.hoarau) et mon mot de passe de la plateforme, mais ça me dit « identifiant ou mot de passe incorrect ». Pourtant je me connecte tous les jours au planning avec.

Pouvez-vous réinitialiser mon accès ?

Didier Hoarau
Trésorier AC Saint-Pierre
0692 41 77 09

@@ hk079 | kind: owner_change | from: Christophe Arnaud <christophe.arnaud.ulm@gmail.com> | style: gmail | hint: ulm-vaccares | att: lettre_president_ULM_Vaccares.pdf,PV_AGE_2026-10-03.pdf | note: sender not on record (the new president, naming himself)
date: 2026-10-14 22:41
subject: Nouveau responsable plateforme ULM Club du Vaccarès
--
Bonjour,

Lors de l'assemblée générale extraordinaire du 3 octobre 2026, j'ai été élu président de l'ULM Club du Vaccarès (plateforme ulm-vaccares). Fabien Aubanel, qui gérait OpenFlyers, a démissionné du bureau et ne répond plus ni au téléphone ni aux mails.

Je souhaite devenir le responsable OpenFlyers du club, avec l'adresse christophe.arnaud.ulm@gmail.com. Je vous joins ma lettre signée et le procès-verbal de l'AGE.

Cordialement,

Christophe Arnaud
Président ULM Club du Vaccarès
Base ULM du Mas de Pioch, 13200 Arles
06 27 45 81 36

@@ hk080 | kind: support | from: Jean-Daniel Pasquier <jd.pasquier@bluewin.ch> | style: outlook | also: renewal | note: Swiss French; second ask, the renewal invoice
subject: Import de la liste des membres
--
Bonjour,

Nous avons reçu de la Fédération suisse de vol à voile la liste de nos membres avec les numéros de licence à jour, au format CSV. Est-il possible de l'importer dans OpenFlyers pour mettre à jour les fiches pilotes, plutôt que de tout ressaisir (une soixantaine de membres) ? Si oui, quel format de colonnes faut-il ?

Autre point : notre caissière me demande si la facture de renouvellement 2027 est déjà disponible.

Avec mes meilleures salutations,

Jean-Daniel Pasquier
Président GVV Gruyère
Natel 079 218 64 07

@@ hk081 | kind: test_platform | from: Annie Roux <contact@aeroclub-nimes.fr> | style: plain | note: 3.6; asks for a copy of the demo platform without the reset banner
subject: Plateforme de formation pour les instructeurs
--
Bonjour,

Nous voudrions former nos nouveaux instructeurs à OpenFlyers cet hiver. La plateforme de démonstration est pratique mais elle se remet à zéro toutes les heures, et ils perdent ce qu'ils ont fait.

Serait-il possible d'avoir une plateforme de test, copie de la démo, sans cette réinitialisation ?

Merci,

Annie Roux
Secrétariat Aéro-Club de Nîmes Garons
04 66 70 12 85

@@ hk082 | kind: migration | from: Benoît Collignon <benoit.collignon@proximus.be> | style: plain | tv: 4.0 | note: Belgian; First Price 3.5, no not-before date
subject: Migration 3.5 vers 4
--
Bonjour,

Notre club (Vol à Voile de Saint-Hubert) est encore en 3.5 et nous voudrions passer en version 4, le plus tôt possible. Nous avons bien compris que c'est irréversible et que c'est 50 € HT pour notre abonnement.

Une fois la facture payée, combien de temps faut-il compter en général ? Nous aimerions être en V4 pour l'ouverture de saison en mars.

Bien à vous,
Benoît Collignon
GSM 0478 19 62 35

@@ hk083 | kind: resource_change | from: Sylvain Gagnon <s.gagnon@aviationlaurentides.ca> | style: outlook | note: Québec French; replacement of one aircraft by another
date: 2026-11-02 12:06
subject: Remplacement d'un avion
--
Bonjour,

On a vendu notre Cessna 172 C-GKLM la semaine passée et on le remplace par un Piper Archer III, C-FJPR, qui arrive le 15 novembre. Est-ce qu'on doit payer une ressource de plus ou on peut juste désactiver le Cessna et activer le Piper ?

Le Piper n'aura pas les mêmes tarifs que le 172.

Merci,

Sylvain Gagnon
Chef instructeur
École d'aviation des Laurentides inc.
Cell. 514 892-3306

@@ hk084 | kind: hours_statement | from: compta.acvendee@orange.fr | style: plain | note: no accents
subject: heures bonus
--
bonjour, pouvez vous m'envoyer le releve des heures de bonus utilisees cette annee et ce qui reste ? merci
jean-paul

@@ hk085 | supp: auto_reply | from: Jean-Marc Payet <payet.jeanmarc@orange.fr> | style: plain
date: 2026-10-30 07:15
subject: Absence
hdr: X-Autoreply: yes
--
Bonjour,

Je suis en congés en métropole jusqu'au 16 novembre et je consulte mes mails de façon irrégulière.

Pour le club, merci d'écrire à contact@acsp974.re.

Jean-Marc Payet

@@ hk086 | kind: dev_quote | from: info@charleroiaviation.be | style: outlook | also: test_platform | note: Belgian; second ask, a test platform to review the translation
subject: Devis traduction néerlandaise de la plateforme
--
Bonjour,

Charleroi Aviation School accueille de plus en plus d'élèves néerlandophones et plusieurs se plaignent de devoir utiliser l'interface en français. Nous souhaiterions recevoir un devis pour une traduction complète de l'interface élève en néerlandais (réservation, factures, progression).

Si le projet se fait, pourrions-nous aussi disposer d'une plateforme de test pour faire relire la traduction par nos instructeurs flamands avant la mise en production ?

Bien à vous,

Olivier Mertens
Gérant - Charleroi Aviation School SRL
GSM +32 476 58 12 03

@@ hk087 | kind: other | from: Patrick Lemaire <p.lemaire@aeroclub-sedan.fr> | style: outlook | note: prospect using another software; asks about data import and price
subject: Changement de logiciel - questions
--
Bonjour,

L'Aéro-Club Sedan-Douzy utilise depuis 12 ans un autre logiciel de gestion, dont l'éditeur arrête le support en 2027. Nous regardons les alternatives.

Deux questions avant d'aller plus loin :
- est-il possible de reprendre nos données (membres, comptes pilotes, historique des vols depuis 2015) ?
- quel serait le coût annuel pour 5 avions et un simulateur ?

Cordialement,

Patrick Lemaire
Vice-président Aéro-Club Sedan-Douzy
03 24 26 51 09 - 06 88 14 30 72

@@ hk088 | kind: support | from: Lucienne Rosette <l.rosette972@wanadoo.fr> | style: plain
subject: TVA sur les factures des membres
--
Bonjour,

Nos factures de cotisations et d'heures de vol sortent avec une TVA à 20 %, alors qu'en Martinique le taux normal est de 8,5 %. Notre comptable nous a fait la remarque.

Où peut-on changer le taux dans la plateforme ? Je n'ai trouvé le réglage nulle part.

Cordialement,

Lucienne Rosette
Aéro-Club du Lamentin
0696 28 44 13

@@ hk089 | kind: renewal | from: ulm.lomagne@gmail.com | style: gmail
subject: renouvellement abonnement
--
Bonjour

On a reçu l'alerte pour le renouvellement. On paie par chèque comme d'habitude : c'est à quel ordre déjà, et on l'envoie où ? On a toujours nos 2 ULM.

Merci
Thierry, ULM Lomagne

@@ hk090 | kind: contact_update | from: Josée Gauthier <info@aeroalma.qc.ca> | style: outlook | note: Québec French; new contact address quoted
subject: Changement de courriel contact
--
Bonjour,

Notre trésorier a maintenant son propre courriel. Pourriez-vous remplacer le courriel contact de notre fiche (tresorerie@aeroalma.qc.ca) par gilles.simard@aeroalma.qc.ca ?

Merci beaucoup et bonne journée!

Josée Gauthier
Secrétaire
Club aéronautique du Lac-Saint-Jean
"""
