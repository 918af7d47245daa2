"""Set c: support questions (how do I, something is broken) and test-platform requests."""

DEFAULTS = {"lang": "fr"}

TEXT = r"""
@@ s01 | kind: support | from: Trésorerie AC Cholet <tresorier.accholet@gmail.com> | style: gmail
subject: Export comptable vide pour septembre
--
Bonjour,

Je prépare la situation trimestrielle pour le conseil d'administration et l'export comptable du mois de septembre sort vide (fichier CSV avec seulement la ligne d'en-tête). Août et juillet sortent normalement. Les vols de septembre sont pourtant bien dans les comptes pilotes.

Y a-t-il un réglage qui m'échappe (période de clôture ?) ou est-ce un souci de votre côté ?

Merci d'avance,
Alain Roux
Trésorier bénévole - Aéro-Club de Cholet
Aérodrome du Pontreau, 49300 Cholet - 02 41 xx xx xx

@@ s02 | kind: support | from: Marie-Claude Estève <mc.esteve@laposte.net> | style: gmail
subject: Droits des élèves sur le planning
--
Bonjour,

En tant que chef pilote, je voudrais que nos élèves voient les disponibilités des instructeurs sur le planning, mais pas les réservations des autres élèves. Actuellement ils voient tout ou rien selon le profil.
Pouvez-vous m'indiquer quel droit il faut cocher, et dans quel profil ?

Bons vols,
Marie-Claude Estève
Chef pilote AAMN - Revel

@@ s03 | kind: support | from: Roger Bousquet <roger.bousquet46@wanadoo.fr> | style: plain
subject: Impression des factures
--
Bonjour Messieurs,

Je me permets de vous ecrire car depuis une quinzaine de jours je ne parviens plus a imprimer les factures des membres. Quand je clique sur l'icone de l'imprimante, une page blanche s'ouvre et rien ne se passe. Auparavant cela fonctionnait parfaitement.
J'utilise le meme ordinateur qu'avant (un portable sous Windows 10, avec Firefox). Mon petit-fils a regarde et il pense que c'est le "bloqueur de fenetres" mais il n'a pas su le regler.

Je vous remercie par avance de votre aide, et vous prie d'agreer, Messieurs, l'expression de mes salutations distinguees.

Roger Bousquet
Secretaire (retraite, benevole) de l'Aero-Club de Figeac Livernon
Tel. 05 65 xx xx xx (le matin de preference)

@@ s04 | date: 2026-10-27 21:10 | kind: support | lang: en | from: Helen Pritchard <helen.pritchard@gmail.com> | style: gmail
subject: Booking times an hour out since Sunday
--
Hi,

Since the clocks went back on Sunday, members are telling me that the times in the booking confirmation emails are one hour later than what they booked on the sheet. The sheet itself looks right. Is this a setting on our side (time zone is Europe/London in the club settings) or something you need to look at?

Thanks,
Helen
Wessex Gliding Club - CFI

@@ s05 | kind: support | from: Didier Delhaye <didier.delhaye@skynet.be> | style: outlook
subject: Tarif jeunes moins de 25 ans
--
Bonjour,

Notre conseil d'administration a décidé d'appliquer à partir de janvier un tarif réduit de 15 % sur l'heure de vol pour les membres de moins de 25 ans.
Comment configure-t-on cela dans OpenFlyers ? Faut-il créer une catégorie de membres à part, ou y a-t-il une règle de tarif par âge ?

Merci d'avance.

Didier Delhaye
Aéro-Club de Mons-Borinage
Aérodrome de Saint-Ghislain - +32 65 xx xx xx

@@ s06 | kind: support | from: acauxerrois@orange.fr | style: html
subject: URGENT erreur validation vol
--
Bonjour,

DEPUIS CE MATIN IMPOSSIBLE DE VALIDER UN VOL.
Le message est : "Erreur : le compteur de fin est inférieur au compteur de début" alors que ce n'est pas le cas (début 1523,4 fin 1524,6 sur le F-GKQP).
Nous avons 4 vols en attente de saisie et des élèves qui attendent leur débriefing.

Merci de regarder rapidement.
Le secrétariat de l'Aéro-Club de l'Auxerrois

@@ s07 | date: 2026-10-06 08:25 | kind: support | from: Hervé Lemaître <herve.lemaitre76@sfr.fr> | style: outlook
subject: TR: réservation impossible DR400
--
Bonjour,

Je vous transfère le message d'un de nos pilotes. Il a bien fait son vol de contrôle avec moi le 3 octobre, mais je ne sais pas où mettre à jour la date pour que la plateforme le laisse réserver. Où se trouve ce réglage ?

Hervé Lemaître
Chef pilote - Aéro-Club de Dieppe

De : Mathieu Vasseur <mathieu.vasseur@gmail.com>
Envoyé : lundi 5 octobre 2026 19:42
À : Hervé Lemaître
Objet : réservation impossible DR400

Salut Hervé,
J'essaie de réserver le DR400 pour samedi et j'ai le message "qualification expirée : vol de contrôle". On l'a pourtant fait la semaine dernière ensemble. Tu peux voir ?
Mathieu

@@ s08 | kind: support | lang: en | from: Joseph Camilleri <j.camilleri@maltaflightacademy.com.mt> | style: outlook
subject: Instructor calendar not syncing
--
Good morning,

Our instructors subscribe to their OpenFlyers schedule through the iCal link in Google Calendar. Since last week the feed returns nothing: Google shows the calendar as empty and the link opened in a browser gives an empty file.
Nothing changed on our side as far as I know. Could you please check?

Best regards,
Joseph Camilleri
Head of Operations
Malta Flight Academy Ltd | Luqa | +356 21 xx xx xx

@@ s09 | kind: support | from: Teva Marurai <teva.marurai@mail.pf> | style: plain
subject: Décalage horaire des réservations
--
Ia ora na,

Depuis quelques jours les réservations faites par les membres apparaissent avec 11 heures de décalage dans les mails de rappel. Nous sommes à Tahiti (UTC-10), le réglage du fuseau dans la plateforme est bien Pacific/Tahiti.
Est-ce que cela vient de chez vous ?

Mauruuru,
Teva Marurai
Aéro-Club de Tahiti

@@ s10 | kind: support | from: Bixente Etcheverry <bixente.etcheverry@hotmail.fr> | style: plain
subject: Tout a disparu sur la démo
--
Bonjour,

Hier soir j'ai passé une heure à préparer sur la plateforme de démonstration la configuration de nos tarifs ULM pour la montrer au bureau, et ce matin tout a disparu. Est-ce qu'il y a un moyen de récupérer ce que j'avais fait, ou de travailler sur la démo sans que ça s'efface ?

Bixente
Landes ULM Aventure

@@ s11 | kind: support | from: r.fournier@netplus.ch | style: android
subject: plateforme inaccessible
--
Bonjour, impossible de se connecter à notre plateforme depuis ce matin 7h, page blanche. Les membres m'appellent. Problème connu ?
R. Fournier, GVM Valais

Envoyé depuis mon smartphone Samsung Galaxy.

@@ s12 | kind: support | lang: en | from: Henk Verhoeven <h.verhoeven@kpnmail.nl> | style: plain
subject: Shared flights
--
Hello,

Two of our members often fly together and share the cost 50/50. How do we enter such a flight so that each pilot account is charged half? I could not find it in the manual.

Regards,
Henk Verhoeven
Vliegclub Zeeland

@@ s13 | kind: support | also: hours_statement | from: Stéphane Rivaud <s.rivaud@epa-larochelle.fr> | style: outlook | logo: logo-epa.png
subject: Fiches de progression en PDF
--
Bonjour,

Depuis la semaine dernière, les fiches de progression de nos élèves ne s'ouvrent plus en PDF : le téléchargement démarre puis le fichier fait 0 Ko. Les instructeurs en ont besoin pour les dossiers d'examen.

Au passage, pouvez-vous nous dire où nous en sommes de nos heures de bonus pour 2026 ?

Cordialement,

Stéphane Rivaud
Directeur
École de Pilotage Atlantique SARL
Aérodrome de La Rochelle - Île de Ré
Tél. 05 46 xx xx xx - www.epa-larochelle.fr

@@ s14 | kind: support | from: Julien Armand <j.armand@heliprovence.fr> | style: outlook
subject: Alertes visites 50 h
--
Bonjour,

Nous voudrions être prévenus par mail quand un hélicoptère approche de sa visite des 50 h (par exemple à 45 h). J'ai vu qu'il y a des "potentiels" dans la fiche de la ressource mais je ne comprends pas comment déclencher l'alerte. Pouvez-vous m'expliquer la marche à suivre ?

Julien Armand
Responsable pédagogique
Hélicoptères Provence Formation

@@ s15 | kind: support | from: Lucie Carpentier <lucie.carpentier76@gmail.com> | style: apple | hint: ac-dieppe
subject: Bouton valider
--
Bonjour,

Je suis membre de l'aéroclub de Dieppe (openflyers.com/ac-dieppe). Quand je réserve depuis mon téléphone, le bouton "Valider" n'apparaît pas en bas de la page, je ne peux donc pas enregistrer ma réservation. Sur l'ordinateur ça marche. Comment faire ?

Lucie

Envoyé de mon iPhone

@@ s16 | kind: support | from: secretariat@ac-colmar.fr | style: alt
subject: Rappels de réservation en anglais
--
Bonjour,

Plusieurs membres reçoivent les mails de rappel de réservation en anglais, alors que tout le reste est en français. D'autres les reçoivent bien en français. Où peut-on changer cela ?

Cordialement,
Le secrétariat de l'Aéro-Club de Colmar Haute-Alsace

@@ s17 | kind: support | lang: en | from: Markus Brenner <markus.brenner@t-online.de> | style: plain
subject: Aerotow billing by height
--
Hello,

We charge aerotows by release height (per 100 m) and winch launches at a flat rate. Can OpenFlyers do the per-height charging for aerotows, and if so where is it set up? Our tow pilots enter the release height already.

Thank you and best regards,
Markus Brenner
Segelfluggruppe Bodensee e.V.

@@ s18 | kind: support | from: Arnaud Ricard <arnaud.ricard@avv-vinon.fr> | style: outlook
subject: Planche de vol saisie deux fois
--
Bonjour,

La planche de vol de samedi dernier (38 vols) a été saisie deux fois par deux chefs de piste différents. Les comptes pilotes ont donc été débités deux fois.
Quelle est la bonne méthode pour supprimer les doublons sans fausser les soldes ? Je préfère vous demander avant de faire une bêtise.

Arnaud Ricard
AVV Vinon - responsable informatique

@@ s19 | kind: support | from: ulmguyane@orange.fr | style: plain
subject: ajout membre
--
bonjour
on arrive pas a ajouter un nouveau membre, le logiciel dit "email deja utilisé" alors que personne a cette adresse chez nous. comment on fait
merci
fabienne ULM guyane

@@ s20 | kind: support | lang: en | from: Rui Mendes <rui.mendes@algarveaviation.pt> | style: outlook
subject: Logbook total wrong?
--
Dear support,

One of our students exported his logbook and the total shows 41:20 while the sum of the lines is 43:05. Is this a known bug, or are some flights (maybe the ones in the simulator) left out on purpose?

Kind regards,
Rui Mendes
Algarve Aviation School

@@ s21 | kind: support | from: Gilberte Moulin <gilberte.moulin03@orange.fr> | style: plain
subject: Cotisations 2027
--
Bonjour,

Il faut que je prépare les cotisations 2027 de l'aéro-club. L'an dernier c'est l'ancien trésorier qui s'en était occupé et je ne me souviens plus comment on crée la nouvelle cotisation annuelle ni comment on la fait apparaître sur le compte des membres. Auriez-vous la gentillesse de me rappeler la marche à suivre, pas à pas si possible ?

Avec mes remerciements,

Gilberte Moulin
Secrétaire - Aéro-Club de Vichy Bourbonnais
Permanence le mercredi de 14h à 17h
Assemblée générale le samedi 23/01/2027 à 10h
04 70 xx xx xx - 06 xx xx xx xx

@@ s22 | date: 2026-10-15 17:20 | kind: support | from: herve.lemaitre76@sfr.fr | style: plain
subject: Menu comptabilité changé ?
--
Bonjour,

Vous avez fait une mise à jour cette semaine ? Le menu Comptabilité n'a plus la même tête et je ne retrouve plus le rapprochement bancaire. Où est-il passé ?

Hervé (pour le trésorier, qui est en vacances)

@@ s23 | kind: support | lang: en | from: treasurer@shannonaeroclub.ie | style: gmail
subject: Help setting up new instructor rates
--
Hi there,

We're changing how we pay our freelance instructors from January (per flight hour plus a fixed briefing fee). I'd really appreciate a phone call to walk me through setting it up. Happy for it to come out of our bonus hours. I'm free most mornings Irish time.

Many thanks,
Siobhán Kelly
Treasurer, Shannon Aero Club
+353 61 xx xx xx

@@ t01 | kind: test_platform | from: jl.brechet@orange.fr | style: outlook
subject: Plateforme de test pour formation
--
Bonjour,

Notre nouveau trésorier prend ses fonctions en janvier. Pour qu'il puisse se faire la main sans risquer d'abîmer les vrais comptes, nous aimerions disposer d'une plateforme de test, copie de la nôtre. Comment procède-t-on ?

Jean-Luc Bréchet
Président - Aéro-Club de Cholet

@@ t02 | kind: test_platform | tv: 4 | hint: nord-vaudois | from: c.jaquier@bluewin.ch | style: plain
subject: Essai V4
--
Bonjour,

Le comité aimerait voir à quoi ressemble la version 4 avec nos propres données avant de se prononcer. Si je comprends bien, vous pouvez créer une copie nord-vaudois.of4 : pourriez-vous nous l'ouvrir ?

Meilleures salutations,
Christian Jaquier
Aéro-Club du Nord Vaudois

@@ t03 | kind: test_platform | lang: en | from: office@wessexgliding.co.uk | style: alt
subject: Test copy of our site
--
Hello,

Could we have a test copy of our platform? We want to try out the new launch prices and membership categories for 2027 before we change anything on the live system.

Thanks,
Wessex Gliding Club office

@@ t04 | kind: test_platform | from: p.thuillier41@orange.fr | style: plain | note: on 3.5: not eligible (R2), still a test-platform request
subject: Plateforme d'essai
--
Bonjour,

Est-ce que nous pourrions avoir une plateforme d'essai à côté de la vraie ? Je voudrais tester des réglages de tarifs sans impacter les pilotes.

Pascal Thuillier
Sologne ULM Loisirs

@@ t05 | kind: test_platform | from: secretariat@acmons.be | style: outlook
subject: Copie de la démo pour une formation
--
Bonjour,

Nous organisons en décembre une soirée de formation des nouveaux membres à la réservation. Serait-il possible d'avoir une copie de la plateforme de démonstration, mais sans la remise à zéro toutes les heures (l'an dernier tout s'est effacé en plein milieu de la séance) ?

Secrétariat AC Mons-Borinage

@@ t06 | kind: test_platform | lang: en | tv: 4 | hint: shannon-aero | from: Ciarán Moloney <ciaran.moloney@eircom.net> | style: gmail
subject: Version 4 trial
--
Hi,

Could you set up shannon-aero.of4 for us? The committee would like to click around version 4 with our own aircraft and members before we commit to anything.

Cheers,
Ciarán

@@ t07 | kind: test_platform | from: Bernard Schaeffer <b.schaeffer68@calixo.net> | style: outlook
subject: Plateforme de test : à jour ?
--
Bonjour,

Nous aimerions avoir une plateforme de test pour le mois de janvier, le temps de former les instructeurs au nouveau module de progression. Est-ce qu'elle reprend nos données du jour où elle est créée ? Si oui, merci de nous dire comment la demander.

Bernard Schaeffer
Aéro-Club de Colmar Haute-Alsace

@@ t08 | kind: test_platform | from: secretariat@epa-larochelle.fr | style: plain
subject: Environnement de formation
--
Bonjour,

Nous recrutons trois instructeurs pour la saison prochaine. Nous souhaiterions un environnement de test, copie de notre plateforme, pour qu'ils apprennent à saisir les vols et les fiches de progression.

Le secrétariat de l'EPA La Rochelle

@@ t09 | kind: test_platform | from: info@gvm-valais.ch | style: gmail
subject: plateforme test
--
Bonjour, une plateforme de test svp, pour la formation de nos nouveaux chefs de piste. Merci ! GVM Valais

@@ t10 | kind: test_platform | lang: en | from: bestuur@vliegclubzeeland.nl | style: plain
subject: Refresh test platform
--
Hello,

Our test platform is a year old now and the data is out of date. Can we get a new test platform with today's data, replacing the old one?

Regards,
Board of Vliegclub Zeeland
"""
