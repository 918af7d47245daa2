"""Set c: development quotes, changes of the person in charge, password resets (the client account and,
by confusion, members' own logins: R8)."""

DEFAULTS = {"lang": "fr"}

TEXT = r"""
@@ d01 | kind: dev_quote | from: tresorier@aeroclub-dieppe.fr | style: outlook
subject: Demande de devis - suivi carburant
--
Bonjour,

L'Aéro-Club de Dieppe souhaiterait obtenir un devis pour un développement : suivre la consommation de carburant par avion (litres saisis au retour de vol, prix du litre variable selon les livraisons) et sortir un coût carburant par heure de vol chaque mois.
C'est notre demande de devis pour cette année.

Cordialement,
Le trésorier de l'Aéro-Club de Dieppe

@@ d02 | kind: dev_quote | cash: 1 | from: Marie-Claude Estève <mc.esteve@laposte.net> | style: gmail | note: offers to pay on top of the bonus hours
subject: Devis gestion des stages
--
Bonjour,

L'AAMN organise chaque été une dizaine de stages de vol à voile d'une semaine. Nous aimerions un devis pour un module d'inscription aux stages : choix de la semaine, nombre de places, acompte, liste d'attente, et affectation des stagiaires aux instructeurs.
Nos heures Première n'y suffiront sans doute pas ; l'association est prête à financer le complément.

Marie-Claude Estève
AAMN - Revel

@@ d03 | kind: dev_quote | lang: en | cash: 1 | from: Joseph Camilleri <j.camilleri@maltaflightacademy.com.mt> | style: outlook | att: ATO-records-requirements.pdf
subject: Quote request - ATO training records
--
Good afternoon,

Malta Flight Academy requests a quote for an ATO training-records module: lesson plans per course, sign-off by instructor and student, and a printable record for the authority's audits. The requirements are attached.
We are prepared to fund part of the work ourselves so that it is scheduled ahead of the queue; our 20 bonus hours will not cover it anyway.

Best regards,
Joseph Camilleri

@@ d04 | kind: dev_quote | from: Bernard Schaeffer <b.schaeffer68@calixo.net> | style: outlook
subject: Devis export Quadra
--
Bonjour,

Notre expert-comptable travaille sous Quadra Compta et ne sait pas importer l'export actuel sans le retraiter à la main. Pourriez-vous nous chiffrer un export au format Quadra (ASCII) ? Ce sera notre demande annuelle de devis.

Si d'autres clubs sont dans le même cas, nous sommes prêts à partager.

Bernard Schaeffer
Aéro-Club de Colmar Haute-Alsace

@@ d05 | kind: dev_quote | from: direction@aeroform-lyon.com | style: outlook | note: a second quote in the year, the first one was accepted (R61)
subject: Nouvelle demande de devis
--
Bonjour,

Le devis de mars pour les relances automatiques des élèves a été accepté et le développement est en cours, merci.
Nous aurions une seconde demande : pouvoir programmer des examens théoriques blancs (QCM) et en suivre les résultats par élève. Pouvez-vous nous faire une proposition ?

Sophie Marchetti
Directrice - Aéroform Lyon Bron

@@ d06 | kind: dev_quote | lang: en | from: helen.pritchard@gmail.com | style: gmail
subject: Quote: IGC upload
--
Hi,

Would you be able to quote for a feature where pilots upload their IGC file after a flight and the take-off/landing times and duration are filled in automatically on the flying list? It would save our duty pilots a lot of typing.

Thanks,
Helen (Wessex GC)

@@ d07 | kind: dev_quote | from: info@gvm-valais.ch | style: alt
subject: Demande de devis : taxes d'atterrissage
--
Bonjour,

Le GVM Valais demande un devis pour que les taxes d'atterrissage (tarif différent selon l'aérodrome : Sion, Bex, Gruyères...) soient ajoutées automatiquement sur le compte du pilote à la saisie du vol. Aujourd'hui le caissier le fait à la main en fin de mois.

Meilleures salutations
GVM Valais

@@ d08 | kind: dev_quote | from: Monique Perrot <monique.perrot89@orange.fr> | style: outlook
subject: Tableau de bord président
--
Bonjour,

Notre président souhaiterait un tableau de bord qu'il puisse consulter d'un coup d'œil : heures par avion et par mois, comparaison avec l'année précédente, trésorerie disponible. Est-ce que vous pourriez nous établir un devis ?

Monique Perrot
Trésorière, Aéro-Club de l'Auxerrois

@@ d09 | kind: dev_quote | lang: en | from: markus.brenner@t-online.de | style: plain
subject: Launch queue on a tablet - quote?
--
Hello,

We would like a quote for a launch-queue screen for a tablet at the launch point: pilots put their name on the list, the launch marshal calls them in order and the launch is recorded directly. I have seen on the forum ("Evolutions et Adaptations") that at least one other gliding club wants something similar; we are happy to pool our bonus hours with them.

Best regards,
Markus Brenner, SFG Bodensee

@@ d10 | kind: dev_quote | from: Teva Marurai <teva.marurai@mail.pf> | style: plain
subject: Devis carnet de route inter-îles
--
Ia ora na,

Nos pilotes font beaucoup de navigations entre les îles (Moorea, Raiatea, Bora Bora). Nous voudrions un devis pour un carnet de route intégré : étapes, carburant pris à chaque escale, taxes locales, et refacturation aux passagers qui partagent les frais.

Mauruuru roa,
Teva Marurai
Aéro-Club de Tahiti

@@ d11 | kind: dev_quote | from: contact@heliprovence.fr | style: html
subject: Devis - suivi des heures instructeurs
--
Bonjour,

Hélicoptères Provence Formation souhaite un devis pour suivre les heures de vol de nos instructeurs en double commande, avec un état mensuel pour le calcul de leur rémunération et une alerte sur les limites de temps de vol.

Merci de nous faire une proposition.
La gérance

@@ d12 | kind: dev_quote | cash: 1 | from: Arnaud Ricard <arnaud.ricard@avv-vinon.fr> | style: outlook | note: bonus hours plus money for the rest
subject: Devis rappels SMS
--
Bonjour,

L'AVV Vinon demande un devis pour l'envoi de SMS de rappel aux pilotes la veille de leur réservation (et le matin en cas d'annulation météo par le chef de piste). Nous mettons nos heures Corporate dessus et nous réglerons le reste en argent pour que ce soit prêt au printemps.

Arnaud Ricard

@@ d13 | kind: dev_quote | lang: en | from: info@algarveaviation.pt | style: plain
subject: Development quote - document expiry
--
Hello,

Many of our students come from abroad and we must track the expiry of their visas, residence permits and medical certificates. Could you give us a quote for a module that stores these dates per student and warns the school two months before expiry?

Algarve Aviation School

@@ d14 | kind: dev_quote | from: aeroclub.cholet@wanadoo.fr | style: plain
subject: Réservation salle de briefing
--
Bonjour,

Serait-il possible de chiffrer l'évolution suivante : lorsqu'un instructeur réserve un avion avec un élève, la salle de briefing serait réservée automatiquement 30 minutes avant et après le vol. C'est la demande de devis de l'Aéro-Club de Cholet pour 2026.

Le secrétariat

@@ d15 | kind: dev_quote | from: Olivier Dubreucq <olivier.dubreucq@gmail.com> | style: gmail | note: a board member not on record
subject: Proposition d'évolution / devis
--
Bonjour,

Je suis vice-président de l'Aéro-Club de Mons-Borinage. Nous souhaiterions un devis pour permettre aux membres de payer leurs heures de vol en ligne par Bancontact, directement depuis leur compte pilote.

Bien à vous,
Olivier Dubreucq

@@ o01 | kind: owner_change | from: Jean-Luc Bréchet <jl.brechet@orange.fr> | style: outlook | att: courrier-designation-responsable.pdf, PV-AG-2026-ACCholet.pdf
subject: Changement de responsable OpenFlyers
--
Bonjour,

Suite à notre assemblée générale, le nouveau responsable OpenFlyers de l'Aéro-Club de Cholet sera M. Yannick Gaborit (yannick.gaborit@gmail.com). L'ancien responsable a déménagé et n'a pas pu faire la passation lui-même.
Vous trouverez ci-joints mon courrier signé le désignant et le procès-verbal de l'AG.

Jean-Luc Bréchet
Président

@@ o02 | kind: owner_change | from: Roger Bousquet <roger.bousquet46@wanadoo.fr> | style: plain
subject: Je passe la main
--
Bonjour,

A 78 ans il est temps pour moi de laisser la place aux jeunes. A partir de l'annee prochaine c'est Mme Laurence Delmas (laurence.delmas@orange.fr) qui s'occupera du logiciel pour l'Aero-Club de Figeac. Que faut-il faire pour qu'elle devienne la responsable a ma place ? Je ne suis pas tres a l'aise avec l'informatique, je prefere vous demander.

Avec mes remerciements pour toutes ces annees,
Roger Bousquet

@@ o03 | date: 2026-11-03 19:55 | kind: owner_change | lang: en | from: secretary@shannonaeroclub.ie | style: gmail | att: EGM-minutes-Oct-2026.pdf
subject: New person in charge
--
Hello,

At our EGM in October the members elected a new committee. Our new club secretary, Aoife Brennan (aoife.brennan@gmail.com), will be the person in charge of our platform from now on, replacing Ciarán Moloney. The minutes of the EGM are attached.

Kind regards,
Shannon Aero Club

@@ o04 | kind: owner_change | from: Stéphane Rivaud <s.rivaud@epa-larochelle.fr> | style: outlook | att: Kbis-EPA-novembre-2026.pdf | note: the new person appears on the K-BIS (R11)
subject: Nouveau responsable
--
Bonjour,

Je quitte la direction de l'École de Pilotage Atlantique à la fin du mois. Mon successeur, M. Thomas Guillou (t.guillou@epa-larochelle.fr), nouveau gérant, deviendra responsable OpenFlyers. Il figure sur l'extrait K-BIS joint.

Cordialement,
Stéphane Rivaud

@@ o05 | kind: owner_change | hint: ulm-sologne | from: Éric Lambert <eric.lambert41@laposte.net> | style: plain | note: new president writes from an address not on record
subject: Responsable de la plateforme ulm-sologne
--
Bonjour,

Je suis le nouveau président de Sologne ULM Loisirs depuis septembre. L'ancien responsable de la plateforme ulm-sologne a quitté le club en mauvais termes et ne répond plus. Comment faire pour que je sois désigné responsable à sa place ?

Éric Lambert
Président Sologne ULM Loisirs

@@ o06 | date: 2026-11-16 10:05 | kind: owner_change | from: secretariat@ac-colmar.fr | style: outlook | att: PV-AG-13-11-2026.pdf, lettre-president.pdf
subject: TR: PV AG et lettre du président
--
Bonjour,

Comme convenu au téléphone, je vous transmets le PV de l'AG et la lettre de notre président désignant Mme Claire Wendling (claire.wendling@ac-colmar.fr) comme nouvelle responsable OpenFlyers, à la place de M. Schaeffer.

Le secrétariat

-----Message d'origine-----
De : Président AC Colmar
Envoyé : vendredi 13 novembre 2026 23:10
Objet : PV AG et lettre du président

Voici les deux documents pour OpenFlyers. Peux-tu les envoyer ?

@@ o07 | kind: owner_change | lang: en | from: ops@maltaflightacademy.com.mt | style: outlook | att: letter-signed-directors.pdf, company-register-extract.pdf | note: co-managers sign together (R12)
subject: Change of person in charge - Malta Flight Academy
--
Dear support,

Please change the person in charge of our platform from Joseph Camilleri to our new Head of Training, Daniela Vella (d.vella@maltaflightacademy.com.mt).
Attached: a letter signed by both our directors, who together hold all the shares, and the company register extract.

Kind regards,
Operations, Malta Flight Academy

@@ o08 | date: 2026-11-18 20:40 | kind: owner_change | from: r.fournier@netplus.ch | style: plain | att: PV_AG_GVM_2026.pdf, lettre_president.jpg
subject: Changement de responsable OpenFlyers
--
Bonjour,

Suite à l'AG du 14 novembre, je ne suis plus responsable OpenFlyers du GVM Valais. Ma remplaçante est Mme Nadia Bonvin (nadia.bonvin@netplus.ch). Ci-joints le procès-verbal et la lettre signée du président (scan).

Raphaël Fournier

@@ o09 | kind: owner_change | from: tresorerie.landesulm@gmail.com | style: android
subject: responsable
--
Bonjour, Bixente a démissionné du bureau et il part vivre en Espagne. C'est moi (Maïté, trésorière) qui reprends la plateforme. Comment on fait pour que je devienne la responsable ? Merci

Envoyé depuis mon téléphone

@@ o10 | kind: owner_change | lang: en | from: Henk Verhoeven <h.verhoeven@kpnmail.nl> | style: plain | att: letter-chairman.pdf, minutes-ALV-2026.pdf
subject: Person in charge
--
Hello,

I am stepping down as the person in charge of our platform at the end of the year. Please make Anneke de Vries (anneke.devries@ziggo.nl) the person in charge instead. I attach the letter signed by our chairman and the minutes of our general meeting (in Dutch, sorry).

Regards,
Henk Verhoeven

@@ p01 | kind: password_reset | from: contact@aeroclub-dieppe.fr | style: plain
subject: Mot de passe compte client
--
Bonjour,

Nous n'arrivons plus à nous connecter au compte client (identifiant ac-dieppe). Le lien "mot de passe oublié" envoie apparemment le mail à une ancienne adresse que plus personne ne consulte. Pouvez-vous nous aider ?

Aéro-Club de Dieppe
| hint: ac-dieppe

@@ p02 | kind: password_reset | from: ulmguyane@orange.fr | style: plain
subject: mot de passe
--
bonjour pouvez vous remettre a zero le mot de passe de notre compte client, on l'a perdu. merci
ULM Guyane

@@ p03 | kind: password_reset | lang: en | from: lvf.treasurer@gmail.com | style: gmail
subject: Locked out of client account
--
Hi,

I'm trying to log in to the client account to renew our subscription and it keeps telling me the password is wrong. I've tried the forgotten-password link twice and nothing arrives (checked spam). Can you reset it for us?

Thanks,
Pauline Marsh
Treasurer, Loire Valley Flyers

@@ p04 | kind: password_reset | hint: ac-vichy | from: jp.aubignat@free.fr | style: plain | note: a member about his own login (R8)
subject: mot de passe oublié
--
Bonjour,

J'ai oublié mon mot de passe pour réserver les avions sur openflyers.com/ac-vichy. Pouvez-vous m'en envoyer un nouveau ?

Jean-Paul Aubignat

@@ p05 | date: 2026-11-09 09:15 | kind: password_reset | from: acauxerrois@orange.fr | style: outlook | note: forwarded member mail about the member's own login (R8)
subject: TR: Impossible de me connecter
--
Bonjour,

Pouvez-vous réinitialiser le mot de passe de ce membre ? Nous ne savons pas le faire de notre côté.

Le secrétariat

De : Paul Gautier <paul.gautier89@gmail.com>
Envoyé : dimanche 8 novembre 2026 18:03
À : acauxerrois@orange.fr
Objet : Impossible de me connecter

Bonjour, depuis que j'ai changé de téléphone je n'arrive plus à me connecter à OpenFlyers, mot de passe incorrect. Paul

@@ p06 | kind: password_reset | lang: en | from: Rui Mendes <rui.mendes@algarveaviation.pt> | style: outlook
subject: Password reset email never arrives
--
Hello,

One of our students cannot log in. He uses "forgot password" but the email never reaches him (Hotmail address). Could you reset his password, or tell us how we can do it as administrators?

Regards,
Rui Mendes

@@ p07 | kind: password_reset | from: bureau.achd@gmail.com | style: gmail
subject: Accès compte client refusé
--
Bonjour,

Le mot de passe de notre compte client (identifiant ac-haut-doubs) est refusé depuis que notre ancien trésorier a quitté le bureau. Pouvez-vous le réinitialiser pour que nous puissions accéder aux factures ?

Le bureau de l'AC du Haut-Doubs
| hint: ac-haut-doubs

@@ p08 | kind: password_reset | from: comptabilite@cvv-sainthubert.be | style: gmail
subject: Mot de passe du compte client perdu
--
Bonjour,

Le mot de passe du compte client était noté dans un carnet qui a disparu lors du déménagement du local. Pourriez-vous le réinitialiser ? La réponse peut être envoyée à cette adresse, qui est celle de la comptabilité sur votre fiche.

Merci,
Comptabilité CVV Saint-Hubert

@@ p09 | kind: password_reset | lang: en | from: kasse@sfg-bodensee.de | style: plain
subject: Client account password
--
Hello, please reset the password of our client account, we have lost it. Thank you. SFG Bodensee, treasurer

@@ p10 | kind: password_reset | from: nordvaudois.aviation@bluewin.ch | style: plain
subject: mot de passe compte client svp
--
Bonjour
le lien mot de passe oublie ne marche pas chez nous (rien ne vient). pouvez vous reinitialiser le mot de passe du compte client ? merci
AC Nord Vaudois
"""
