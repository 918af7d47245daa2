"""Set e: support requests (how-to questions, faults, interventions on the platform), French and English."""

DEFAULTS = {"lang": "fr", "kind": "support"}

TEXT = r"""
@@ p001 | from: Alain Ducros <alain.ducros18@orange.fr> | style: outlook | note: long story before the ask
subject: Soucis avec les bons de vol découverte
--
Bonjour,

Je vous écris au nom de l'Aéro-Club du Berry. Un peu de contexte : depuis la rentrée nous vendons des bons de vol découverte via la mairie de Bourges, qui les offre aux lauréats du concours de la jeunesse. Cela fonctionnait très bien l'an dernier. Cette année, notre secrétaire a changé, et la nouvelle a repris les bons en suivant les notes de l'ancienne.

Le problème : quand un bénéficiaire vient voler, le bon apparaît bien comme « utilisé » mais le montant n'est pas déduit de son compte pilote, qui passe en négatif. Nous avons déjà trois comptes à -120 € et les membres concernés reçoivent des relances automatiques, ce qui fait mauvais effet.

Pourriez-vous regarder ce qui cloche dans notre paramétrage ? Je peux vous donner les numéros des bons concernés.

Merci d'avance,
Alain Ducros
Président

@@ p002 | from: cvv.millau@wanadoo.fr | style: plain | note: no accents
subject: treuil
--
Bonjour

comment on saisit un lancement au treuil pour un planeur biplace quand il y a un eleve et un instructeur ? le systeme nous compte deux lancements au lieu d'un.

merci
Josiane

@@ p003 | from: Thierry Guérin <thierry.guerin79@free.fr> | style: android | note: mentions the subscription in passing
subject: Plus rien ne s'affiche
--
Bonjour, depuis ce matin le planning est tout blanc sur tous les ordis du club, impossible de réserver. On est bien à jour de l'abonnement pourtant. Vous pouvez regarder vite svp on a des baptêmes samedi

@@ p004 | from: l.bessiere@horizon-pilotage.fr | style: outlook | also: hours_statement | note: two asks; the main one is the support intervention
subject: Import des stagiaires de la promo ATPL + point heures
--
Bonjour,

Nous accueillons une nouvelle promotion ATPL de 18 stagiaires le 4 janvier. Pourriez-vous importer leurs fiches dans la plateforme à partir du fichier ci-joint (même format que l'an dernier) ? Nous préférons que ce soit fait par vous pour éviter les doublons.

Par la même occasion, pouvez-vous me dire combien d'heures de bonus il nous reste sur 2026 ?

Merci,
Laurent Bessière
| att: promo-ATPL-janvier.xlsx

@@ p005 | from: secretariat@ac-cote-emeraude.fr | style: html | note: HTML-only
subject: Facturation des taxes d'atterrissage
--
Bonjour,

Nous voudrions que les taxes d'atterrissage de Dinard soient ajoutées automatiquement sur la facture du vol quand le pilote saisit un tour de piste. Est-ce possible avec le paramétrage actuel ou faut-il un développement ? Si c'est un réglage, pouvez-vous nous guider ?

Le secrétariat de l'ACCE

@@ p006 | from: gerard.thiriet88@sfr.fr | style: plain | note: Première client, frozen version
subject: Mise à jour sur notre version
--
Bonjour,

Notre plateforme est sur une version figée (abonnement Première). Nous avons vu que la correction du calcul des heures de nuit est sortie pour les autres clubs. Pourriez-vous l'appliquer chez nous ? Ce n'est pas une migration, juste ce correctif.

Gérard Thiriet

@@ p007 | from: aeroclubdugers@orange.fr | style: plain | note: forward of a member's mail
subject: TR: probleme reservation
--
Bonjour,
Je vous transfère le message d'un de nos pilotes, je n'arrive pas à reproduire chez moi.
Nadine

-------- Message transféré --------
Sujet : probleme reservation
Date : Tue, 6 Oct 2026 21:14:08 +0200
De : Francis Lagarde <f.lagarde32@gmail.com>
Pour : aeroclubdugers@orange.fr

Bonsoir Nadine,
quand je réserve le Robin pour le dimanche matin, le site me dit que ma visite médicale est expirée alors que je l'ai renouvelée en août et que je l'ai bien saisie. Tu peux voir ?
Francis

@@ p008 | from: ulmcaraibes972@orange.fr | style: gmail
subject: Heure locale décalée
--
Bonjour,

Les réservations s'affichent avec 5 ou 6 heures de décalage depuis le changement d'heure en métropole. Ici en Martinique on ne change pas d'heure. Le fuseau de la plateforme est-il bien réglé sur America/Martinique ? Je ne trouve pas où le vérifier.

Fabrice

@@ p009 | from: Véronique Payet <vero.payet974@orange.fr> | style: outlook | note: phone assistance
subject: Demande de rendez-vous téléphonique
--
Bonjour,

Notre nouveau trésorier prend ses fonctions et aimerait une séance d'une heure au téléphone pour qu'on lui montre la partie comptabilité (exports, rapprochement des virements). Quels créneaux auriez-vous la semaine prochaine ? Attention, nous avons 3 heures de décalage avec Paris en hiver.

Véronique Payet

@@ p010 | from: accueil@skyline-formation.fr | style: plain
subject: Erreur 500 sur l'export comptable
--
Bonjour,

Quand on lance l'export comptable du mois de septembre, on obtient une page « Erreur 500 ». Le mois d'août passe sans problème. Nous devons transmettre les écritures au cabinet avant le 15.

Accueil Skyline Formation

@@ p011 | from: info@achainaut.be | style: plain | note: mentions an aircraft and dates in passing
subject: Tarif instruction
--
Bonjour,

Depuis que notre Cessna OO-HNT est revenu de visite le 12 septembre, le tarif instruction n'est plus appliqué : les vols en double commande sont facturés au prix solo. Les autres avions sont corrects. Pouvez-vous nous aider à trouver le réglage en cause ?

Michel Delvaux
Secrétaire ACH

@@ p012 | from: Anne-Françoise Henrard <af.henrard@proximus.be> | style: outlook
subject: Comment ajouter un instructeur ?
--
Bonjour,

Un nouvel instructeur planeur nous rejoint. Comment lui donner les droits pour valider les vols de ses élèves sans qu'il puisse voir la comptabilité ? Je suis perdue dans les profils.

Merci,
Anne-Françoise

@@ p013 | from: caissier@gvm-fribourg.ch | style: plain | note: currency question, support
subject: Affichage CHF
--
Bonjour,

Sur les factures envoyées aux membres, le montant s'affiche en euros alors que nous facturons en francs suisses. Pouvez-vous corriger la devise de notre plateforme ?

Le caissier du GVM Fribourg

@@ p014 | from: paul.weber@pt.lu | style: plain | note: a member's own login, not the client account
subject: Membre bloqué
--
Bonjour,

Un de nos membres s'est trompé de mot de passe cinq fois et son compte est bloqué sur la plateforme. Comment le débloquer depuis l'administration ? Je suis responsable du club mais je ne trouve pas l'option.

Paul Weber

@@ p015 | from: Sylvain Gagnon <sylvain.gagnon@videotron.ca> | style: gmail | note: Québec French
subject: Les courriels de rappel partent pu
--
Salut,

Depuis une couple de semaines, les courriels de rappel de réservation partent pu. Les membres se plaignent qu'ils reçoivent rien la veille de leur vol. On a rien changé de notre bord. Pouvez-vous checker ça ?

Merci ben gros,
Sylvain

@@ p016 | from: rejean.bouchard@videotron.ca | style: plain | note: Québec French, glider-specific
subject: Remorquage
--
Bonjour,

Je voudrais savoir comment paramétrer la facturation des remorquages à la hauteur de largage (600 m, 900 m, etc.) plutôt qu'au temps. Est-ce faisable avec la version qu'on a ?

Réjean Bouchard
Club de vol à voile de Québec

@@ p017 | from: yann.detcheverry@cheznoo.net | style: plain | note: mentions the invoice in passing
subject: Impression des factures membres
--
Bonjour,

J'ai bien reçu votre facture d'abonnement, merci, elle est réglée. Autre sujet : quand j'imprime les factures de nos membres, le logo du club est coupé en haut de la page. Y a-t-il un format d'image à respecter ?

Yann

@@ pe01 | from: Derek Holloway <derek.holloway@btinternet.com> | style: plain | lang: en
subject: Booking sheet showing wrong aircraft
--
Hi,

Since yesterday the booking sheet shows G-FENL twice and our second PA-28 not at all. Nobody on our side has touched the settings as far as I know. Could you have a look?

Derek Holloway
Fenland Flying Group

@@ pe02 | from: ops@solentschool.co.uk | style: outlook | lang: en | note: long mail, story first
subject: Instructor duty limits
--
Hi,

Some background first. We had a CAA audit last month, and the inspector was happy overall, but he asked how we make sure an instructor doesn't exceed the flight-time limits over a rolling 28 days. At the moment we track it in a spreadsheet that the duty manager updates every evening, which is error-prone, especially in summer when we run two waves of students a day.

I know OpenFlyers records every flight, so the data is there. Is there an existing report or setting that can show rolling totals per instructor, or at least warn us when someone gets close to the limit? If it needs a development we'd like to know that too, but I'd rather start with what exists.

Thanks,
Priya Shah
Head of Training

@@ pe03 | from: declan.osullivan@eircom.net | style: plain | lang: en
subject: How do I add a new member type
--
Hello,

We want a new "junior" membership with a lower hourly rate for under-21s. How do I set that up on the platform? Step by step would be great, I'm not very technical.

Declan

@@ pe04 | from: admin@highveldflying.co.za | style: gmail | lang: en | note: mentions load shedding; the ask is the sync fault
subject: Flights not saving
--
Hi,

During load shedding our club house loses the internet and the instructors enter flights when it comes back. Several flights entered on Saturday 3 October don't appear in the members' accounts. Can you check whether they were saved anywhere?

Regards
Highveld Flying Club admin

@@ pe05 | from: office@huntervalleyaero.com.au | style: plain | lang: en
subject: GST on invoices
--
Hi,

Our member invoices need to show GST separately (10%) for the Australian Tax Office. Where do I set the tax rate on the platform? At the moment it shows no tax at all.

Sharon
Hunter Valley Aero Club

@@ pe06 | from: koen.peeters@telenet.be | style: plain | lang: en | note: non-native English
subject: Problem with the logbook export
--
Hello,

When I do the export of the pilot logbook in PDF, the dates are in american format (month before day). Our pilots are confused. Where we can change this please?

Kind regards,
Koen Peeters
Vliegclub De Kempen

@@ pe07 | from: Ursula Steiner <ursula.steiner@bluewin.ch> | style: outlook | lang: en | note: non-native English, forward of a member's mail
subject: Fw: Reservation Fehler
--
Dear support,

Please see below the message of our member. I can confirm the problem, it happens also for me.

Best regards
Ursula Steiner

-----Original Message-----
From: Martin Zbinden <m.zbinden@gmx.ch>
Sent: Sunday, October 11, 2026 19:02
To: vorstand@fg-thun.ch
Subject: Reservation Fehler

Hallo Ursula, when I try to book HB-KFT for more than 3 hours the system says "conflict" but the plane is free all day. Can you check? Martin

@@ pe08 | from: mreynolds@comcast.net | style: gmail | lang: en | note: US; mentions the renewal in passing
subject: Tow pilot currency
--
Hi,

We just paid the renewal, thanks for the reminder. Quick question: can the system block a tow pilot from booking the Pawnee if his last tailwheel flight is older than 90 days? We used to check this on paper.

Mike Reynolds
Cascade Soaring Society
"""
