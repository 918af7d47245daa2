"""Set d: French first contacts about test platforms, the person in charge and the client record."""

DEFAULTS = {"lang": "fr"}

TEXT = r"""
@@ t001 | kind: test_platform | from: Pierre-Yves Guillemin <py.guillemin@wanadoo.fr> | style: outlook
subject: Plateforme de test pour la version 4
--
Bonjour,

Nous sommes en 3.6. Avant de nous décider pour la migration, nous aimerions essayer la version 4 sur une copie de notre plateforme. J'ai lu que c'était possible (.of4 ?). Comment l'obtenir ?

Pierre-Yves Guillemin

@@ t002 | kind: test_platform | from: mireille.cabrol@free.fr | style: gmail | note: to train new volunteers
subject: une copie pour s'entraîner
--
Bonjour,

Nous avons trois nouveaux bénévoles pour tenir la planche de vol cet hiver. Serait-il possible d'avoir une copie de notre plateforme sur laquelle ils pourraient s'exercer sans risque de tout casser ?

Mireille

@@ t003 | kind: test_platform | from: i.laborde@aeropyrenees-formation.fr | style: outlook
subject: Demande plateforme aeropyrenees-formation.test
--
Bonjour,

Merci de nous indiquer comment obtenir la plateforme aeropyrenees-formation.test. Nous souhaitons y tester de nouveaux tarifs horaires avant de les appliquer au 1er janvier.

Isabelle Laborde

@@ t004 | kind: test_platform | from: secretariat@gvm-valais.ch | style: plain | note: mentions the demo platform; the ask is a test copy
subject: Plateforme d'essai
--
Bonjour,

La plateforme de démonstration se remet à zéro toutes les heures, ce qui ne convient pas pour préparer nos formations. Pouvons-nous avoir une plateforme de test qui soit une copie de la nôtre ?

Secrétariat GVM

@@ t005 | kind: test_platform | from: francis.schmitt57@orange.fr | style: plain | note: mentions the renewal invoice in passing
subject: test
--
Bonjour,

La facture de renouvellement est payée, merci. Maintenant, je voudrais une plateforme de test pour essayer le module de facturation avec nos nouveaux tarifs. Comment faire ?

Francis

@@ t006 | kind: test_platform | from: Raphaël Zufferey <r.zufferey@netplus.ch> | style: apple
subject: of4
--
Bonjour, on peut avoir le gvm-valais.of4 pour voir la nouvelle version ? Merci

Raphaël
Envoyé de mon iPhone

@@ t007 | kind: test_platform | from: c.wauters@proximus.be | style: outlook | note: test platform was deleted; wants it back
subject: Notre plateforme de test a disparu
--
Bonjour,

Nous avions une plateforme acbw.test l'an dernier, elle n'est plus accessible. Pouvons-nous en recréer une ? Nous voulons y tester les nouvelles règles de réservation avant l'été.

Christophe

@@ t008 | kind: test_platform | from: TEVA <teva.t@mail.pf> | style: gmail
subject: copie de test
--
Ia ora na,

Est-il possible d'obtenir une plateforme de test à jour, copie de la production ? Notre chef pilote veut tester des modifications des qualifications.

Teva

@@ t009 | kind: test_platform | from: nicolas.frossard@bluewin.ch | style: plain | note: no accents
subject: plateforme test
--
Bonjour,
je voudrais creer une plateforme de test a partir de notre plateforme, je ne trouve pas ou c est dans le compte client. Pouvez vous m indiquer le chemin ?
Merci
Nicolas

@@ t010 | kind: test_platform | from: s.marchal@envergure-aviation.fr | style: outlook | note: a new employee asks for a sandbox; mentions migration only as past
subject: Environnement de formation
--
Bonjour,

Depuis notre migration en version 4 au printemps, nous n'avons plus de plateforme de test. Nous en aurions besoin pour former notre nouvelle assistante administrative. Pouvez-vous nous en créer une ?

Sophie Marchal

@@ t011 | kind: test_platform | from: secretariat@aeroclub-chalon.fr | style: html | logo: logo-acc.png
subject: Demande de plateforme test
--
Bonjour,

Le club souhaiterait disposer d'une plateforme de test pour préparer la nouvelle grille tarifaire 2027 sans toucher à la plateforme réelle.

Merci d'avance,
Le secrétariat de l'Aéro-Club de Chalon

@@ o001 | kind: owner_change | from: mireille.cabrol@free.fr | style: gmail | att: pv-ag-2026.pdf, courrier-president.pdf
subject: Changement de responsable OpenFlyers
--
Bonjour,

Suite à notre assemblée générale, c'est désormais M. Olivier Bonnafous (o.bonnafous@gmail.com) qui sera responsable OpenFlyers du CVV à ma place. Vous trouverez ci-joint le procès-verbal de l'AG et le courrier signé du président.

Mireille Cabrol

@@ o002 | kind: owner_change | from: tresorerie@aeroclub-chalon.fr | style: outlook | note: the outgoing person has left and cannot do it
subject: Nouveau responsable de la plateforme
--
Bonjour,

M. Guillemin, notre responsable OpenFlyers, a quitté la région et ne répond plus. Le bureau a désigné Mme Odile Perrin (odile.perrin71@orange.fr) pour le remplacer. Que devons-nous vous fournir ?

La trésorerie

@@ o003 | kind: owner_change | from: Monique Delrieu <monique.delrieu15@orange.fr> | style: outlook | note: hands over herself
subject: Je passe la main
--
Bonjour,

Après 22 ans au bureau, je quitte mes fonctions de secrétaire au 31 décembre. C'est M. Jacques Vermenouze (j.vermenouze@orange.fr) qui reprendra la responsabilité de la plateforme. Comment procéder pour que le changement soit fait proprement ?

Bien cordialement,
Monique Delrieu

@@ o004 | kind: owner_change | from: direction@aeropyrenees-formation.fr | style: outlook | att: kbis-aeropyrenees.pdf | note: company; new manager appears on the K-BIS
subject: Changement de responsable - AéroPyrénées Formation
--
Bonjour,

Mme Laborde quitte la direction de la société. Le nouveau gérant, M. Thomas Cazaux (t.cazaux@aeropyrenees-formation.fr), figure sur l'extrait K-BIS ci-joint et devient le responsable OpenFlyers.

Pour la direction,
Thomas Cazaux

@@ o005 | kind: owner_change | from: Roger Vialle <roger.vialle07@orange.fr> | style: plain
subject: nouveau responsable
--
Bonjour,
j'arrête à la fin de l'année, j'ai 81 ans. C'est Lucas Martin (lucas.martin07@gmail.com) qui va s'occuper du logiciel. Dites-moi ce qu'il faut faire.
Roger Vialle

@@ o006 | kind: owner_change | from: secretaire.cvvsh@gmail.com | style: gmail | att: pv-ca-septembre.pdf | note: letter missing
subject: Responsable OpenFlyers - CVV Saint-Hubert
--
Bonjour,

Le conseil d'administration de septembre a nommé Jean-Marc Collignon (jm.collignon@skynet.be) responsable OpenFlyers en remplacement de Mme Gérard. Ci-joint le PV. Le courrier du président suivra.

Le secrétariat

@@ o007 | kind: owner_change | from: contact@aeroclub-jura.ch | style: plain | note: mentions the new treasurer too, but the ask is the person in charge
subject: Changements au comité
--
Bonjour,

Notre AG a élu un nouveau comité. Le nouveau trésorier n'a pas besoin d'accès, mais le responsable OpenFlyers change : ce sera Mme Laure Chèvre (laure.chevre@gmail.com) à la place de M. Frossard. Merci de nous dire quels documents envoyer.

Aéro-Club du Jura

@@ o008 | kind: owner_change | from: admin@envergure-aviation.fr | style: outlook | att: kbis.pdf, courrier-cogerants.pdf | note: co-managers sign together
subject: Désignation nouveau responsable
--
Bonjour,

Les deux cogérants d'Envergure Aviation École ont signé le courrier ci-joint désignant M. Karim Haddad (k.haddad@envergure-aviation.fr) comme responsable OpenFlyers. L'extrait K-BIS est également joint.

L'administration

@@ o009 | kind: owner_change | from: Henri Sainte-Rose <henri.sainte-rose@orange.fr> | style: plain | note: forward of the new person's own message
subject: TR: reprise de la plateforme
--
Bonjour, je vous transfère le message de Fabienne qui va me remplacer comme responsable. Merci de faire le nécessaire.
Henri

-------- Message d'origine --------
De : Fabienne Joseph <fabienne.joseph973@gmail.com>
Date : 14/10/2026 18:02
À : henri.sainte-rose@orange.fr
Objet : reprise de la plateforme

Henri, comme convenu à l'AG, je veux bien reprendre la gestion d'OpenFlyers. Tu peux prévenir le support ? Fabienne

@@ o010 | kind: owner_change | from: Claire Bonnafous <claire.bonnafous@orange.fr> | style: plain | hint: cvv-montagne-noire | note: the new person writes from an address not on record
subject: Je suis la nouvelle responsable
--
Bonjour,

Je suis la nouvelle présidente du CVV de la Montagne Noire (plateforme cvv-montagne-noire) et je dois devenir responsable OpenFlyers. L'ancienne responsable est injoignable. Que dois-je vous envoyer ?

Claire Bonnafous

@@ c001 | kind: contact_update | from: jc.merand17@orange.fr | style: outlook | note: new treasurer address for the contact e-mail; not the person in charge
subject: Changement d'adresse du trésorier
--
Bonjour,

Le trésorier change au 1er janvier. Merci de remplacer l'adresse de contact tresorier.achs@gmail.com par tresorerie.achs17@gmail.com pour que les alertes de renouvellement arrivent au bon endroit.

Jean-Claude Mérand

@@ c002 | kind: contact_update | from: ulmvaldeloire@gmail.com | style: gmail | note: same address for client and contact, wants them distinct
subject: adresses du compte
--
Bonjour,

On a la même adresse en client et en contact. Vous nous aviez conseillé d'en mettre deux différentes : pouvez-vous mettre bureau.ulmvdl@gmail.com en contact ?

Didier

@@ c003 | kind: contact_update | from: Mireille Cabrol <mireille.cabrol@free.fr> | style: gmail | note: the responsible person's own e-mail changes; same person
subject: Ma nouvelle adresse mail
--
Bonjour,

Je change de fournisseur d'accès : ma nouvelle adresse est mireille.cabrol81@orange.fr. Je reste responsable de la plateforme, c'est seulement l'adresse qui change. Pouvez-vous mettre à jour la fiche ?

Mireille

@@ c004 | kind: contact_update | from: info@acbw.be | style: alt
subject: Mise à jour fiche client
--
Bonjour,

Notre adresse générale info@acbw.be sera remplacée par secretariat@acbw.be à partir du mois prochain. Merci de mettre à jour notre fiche client.

ACBW

@@ c005 | kind: contact_update | from: cotentin.ulm@wanadoo.fr | style: plain | note: First Price; wanadoo address closing
subject: fermeture adresse wanadoo
--
Bonjour
notre adresse wanadoo va fermer, pouvez vous mettre cotentinulm@gmail.com a la place dans notre fiche ?
Gilles

@@ c006 | kind: contact_update | from: tresorier@aeroclub-tahiti.pf | style: outlook | note: invoices mentioned; the ask is the address
subject: Adresse pour les factures
--
Bonjour,

Les factures et les alertes arrivent sur l'ancienne boîte du trésorier que plus personne ne lit. Merci de mettre tresorerie@aeroclub-tahiti.pf comme adresse de contact sur notre fiche.

Le trésorier

@@ c007 | kind: contact_update | from: secretariat@pca-planeur.fr | style: plain
subject: correction e-mail
--
Bonjour,

Une faute s'est glissée dans notre adresse client : c'est secretariat@pca-planeur.fr et non secretariat@pca-planeurs.fr. Pouvez-vous corriger ?

Le secrétariat

@@ c008 | kind: contact_update | from: Said Ahamada <said.ahamada976@gmail.com> | style: android
subject: changement mail
--
Bonjour il faut changer le mail du club dans votre fichier, maintenant c est aeroclubmayotte976@gmail.com

@@ c009 | kind: contact_update | from: facturation@helico-so.fr | style: outlook | note: the accounting service moved
subject: Nouvelle adresse du service facturation
--
Bonjour,

Notre service facturation utilise désormais l'adresse compta@helico-so.fr. Merci de la substituer à facturation@helico-so.fr dans notre fiche client.

Service facturation

@@ c010 | kind: contact_update | from: Catherine Roussel <catherine.roussel95@gmail.com> | style: gmail | note: also mentions the hours in passing
subject: Adresse de la trésorerie
--
Bonjour,

Petite mise à jour : c'est désormais la trésorerie qui gère le club au quotidien. Pouvez-vous mettre tresorerie-acv@gmail.com comme adresse client à la place de bureau@aeroclub-vexin.fr ? Comme ça les factures et les relevés d'heures arriveront directement chez moi.

Merci !

Catherine
"""
