"""Set d: French first contacts of the other kinds: "other", support, quotes, migrations, passwords."""

DEFAULTS = {"lang": "fr"}

TEXT = r"""
@@ q001 | kind: other | from: Jean-Claude Mérand <jc.merand17@orange.fr> | style: outlook | note: invoice question that fits no kind
subject: Facture 2026 - numéro de TVA
--
Bonjour,

Notre facture d'abonnement 2026 ne porte pas notre numéro SIRET. Notre commissaire aux comptes le demande : pourriez-vous nous la rééditer avec ce numéro (412 345 678 00019) ?

Jean-Claude Mérand, trésorier

@@ q002 | kind: other | from: Lucie Favre <lucie.favre@planeurs-du-lac.fr> | style: gmail | note: prospect asking prices
subject: Tarifs pour un club de vol à voile
--
Bonjour,

Notre club de vol à voile (8 planeurs, 2 remorqueurs, 90 membres) cherche à remplacer son logiciel de réservation. Pouvez-vous m'envoyer vos tarifs et me dire si une démonstration est possible ?

Lucie Favre
Secrétaire - Les Planeurs du Lac

@@ q003 | kind: other | from: mireille.cabrol@free.fr | style: gmail | note: thanks only, mentions the hours and the migration in passing
subject: Merci !
--
Bonjour,

Juste un petit mot pour remercier toute l'équipe : la migration s'est très bien passée, personne n'a perdu ses heures de vol et les pilotes adorent le nouveau planning. Bravo !

Mireille et tout le CVV

@@ q004 | kind: other | from: tresorerie@acbw.be | style: outlook | note: asks for a receipt of a paid invoice
subject: Attestation de paiement
--
Bonjour,

Pour notre subvention régionale, il nous faut une attestation de paiement de la facture d'abonnement réglée le 12 février. Est-ce que vous pouvez nous en fournir une ?

Trésorerie ACBW

@@ q005 | kind: other | from: roger.vialle07@orange.fr | style: plain | note: invitation to an event
subject: invitation
--
Bonjour,

Le club fête ses 60 ans le samedi 5 juin 2027 sur l'aérodrome de Ruoms. Si quelqu'un de chez vous passe dans la région, vous êtes les bienvenus, il y aura des baptêmes et un méchoui.

Roger Vialle, président

@@ q006 | kind: other | from: Bertrand Lacoste <b.lacoste@ulm-gers-passion.fr> | style: plain | note: prospect; asks whether the software handles ULM
subject: Logiciel pour ULM ?
--
Bonjour,

Votre logiciel convient-il à une petite structure ULM (3 machines, 40 membres) ? Quel serait le coût annuel ? Nous utilisons actuellement un agenda Google partagé.

Bertrand Lacoste
Gers ULM Passion

@@ q007 | kind: other | from: comptabilite@aeropyrenees-formation.fr | style: outlook | note: double payment, an invoice question
subject: Double règlement facture
--
Bonjour,

Il semble que nous ayons réglé deux fois la facture de septembre (une fois par carte, une fois par virement le lendemain). Pouvez-vous vérifier et nous rembourser ou garder la somme en avoir ?

Service comptabilité

@@ q008 | kind: other | from: secretariat@cvv-montagnenoire.fr | style: plain | note: asks for the vendor's logo for the club's website
subject: Logo pour notre site
--
Bonjour,

Nous refaisons le site internet du club et voudrions mettre un lien vers OpenFlyers avec votre logo. Avez-vous une version haute définition et y a-t-il des conditions d'utilisation ?

Le secrétariat

@@ q009 | kind: other | from: Patrick Orsini <patrick.orsini@ecole-pilotage-corse.fr> | style: outlook | note: a partner proposing a commercial arrangement
subject: Proposition de partenariat
--
Bonjour,

Nous sommes une école de pilotage récemment créée en Corse et envisageons de recommander votre solution aux aéro-clubs de l'île. Seriez-vous ouverts à un partenariat (remise, apport d'affaires) ?

Patrick Orsini, gérant

@@ q010 | kind: other | from: said.ahamada976@gmail.com | style: android | note: complaint about an invoice amount, fits no rule
subject: facture
--
Bonjour pourquoi la facture est plus chère que l'an dernier ? On a le même nombre d'avions

@@ q011 | kind: other | from: py.guillemin@wanadoo.fr | style: outlook | note: asks for a meeting at a trade fair
subject: Salon de Friedrichshafen
--
Bonjour,

Serez-vous présents à l'AERO de Friedrichshafen en avril ? Plusieurs clubs de Bourgogne aimeraient vous rencontrer pour parler de l'avenir du logiciel.

Pierre-Yves Guillemin

@@ p001 | kind: support | from: secretariat@aeroclub-chalon.fr | style: plain
subject: Export comptable
--
Bonjour,

Comment exporter les écritures de l'année vers notre logiciel de comptabilité ? Le trésorier cherche le bon menu depuis une semaine.

Le secrétariat

@@ p002 | kind: support | from: Christophe Wauters <c.wauters@proximus.be> | style: outlook | note: mentions hours (flight hours) in passing
subject: Heures moteur qui ne s'additionnent pas
--
Bonjour,

Depuis mardi, les heures moteur saisies par les pilotes ne s'ajoutent plus au compteur du OO-DRX. Le potentiel affiché reste bloqué à 1 243 h. Pouvez-vous regarder ?

Christophe

@@ p003 | kind: support | from: ecole@envergure-aviation.fr | style: alt
subject: Notification de réservation
--
Bonjour,

Nos élèves ne reçoivent plus le mail de confirmation quand ils réservent. Est-ce un réglage de notre côté ?

L'école

@@ p004 | kind: support | from: teva.t@mail.pf | style: gmail | note: time zone
subject: Décalage horaire dans les réservations
--
Ia ora na,

Les réservations affichent une heure de décalage depuis le changement d'heure en métropole, alors que nous ne changeons pas d'heure à Tahiti. Où se règle le fuseau horaire ?

Teva

@@ p005 | kind: support | from: tresorier@pca-planeur.fr | style: plain
subject: Tarif remorqué
--
Bonjour,

Comment paramétrer un tarif de remorqué dégressif selon la hauteur de largage (500 m, 800 m, 1000 m) ? Je n'y arrive pas dans l'écran des tarifs.

Le trésorier

@@ v001 | kind: dev_quote | from: Isabelle Laborde <i.laborde@aeropyrenees-formation.fr> | style: outlook
subject: Demande de devis - tableau de bord des instructeurs
--
Bonjour,

AéroPyrénées Formation souhaite un devis pour un tableau de bord des instructeurs : heures de vol par instructeur et par mois, élèves suivis, progression. C'est notre demande de devis pour cette année.

Isabelle Laborde

@@ v002 | kind: dev_quote | from: bernard.kuntz67@free.fr | style: plain | cash: 1
subject: Devis - gestion des brevets
--
Bonjour,

Le PCA demande un devis pour gérer les échéances des brevets et visites médicales avec rappel automatique par mail. Nous sommes prêts à payer ce que nos heures Première ne couvriront pas.

Bernard Kuntz

@@ v003 | kind: dev_quote | from: Catherine Roussel <catherine.roussel95@gmail.com> | style: gmail
subject: devis paiement en ligne des cotisations
--
Bonjour,

L'ACV aimerait un devis pour que les membres règlent leur cotisation annuelle en ligne (carte), avec mise à jour automatique de leur statut. D'autres clubs seraient peut-être intéressés.

Catherine Roussel

@@ v004 | kind: dev_quote | from: j.etcheverry@helico-so.fr | style: outlook | note: second request after an accepted quote
subject: Nouveau devis
--
Bonjour,

Le devis sur le suivi des cycles que vous nous avez fait en juin a été accepté et réalisé. Nous souhaiterions maintenant un devis pour l'export des heures vers notre logiciel de paie.

Julien Etcheverry

@@ v005 | kind: dev_quote | from: contact@aclnt.fr | style: alt
subject: Développement carnet de route
--
Bonjour,

Pourriez-vous chiffrer le développement d'un carnet de route électronique par avion, imprimable au format réglementaire ?

L'ACLNT

@@ m001 | kind: migration | from: Pierre-Yves Guillemin <py.guillemin@wanadoo.fr> | style: outlook | tv: 4.0 | nb: 2027-01-11
subject: Migration en version 4
--
Bonjour,

Après avoir testé la version 4, le bureau souhaite migrer. Merci de ne pas le faire avant le 11 janvier 2027, après notre assemblée générale. Nous avons bien compris que c'est irréversible.

Pierre-Yves Guillemin

@@ m002 | kind: migration | from: ulmvaldeloire@gmail.com | style: gmail | tv: 4.0alpha | note: First Price to alpha (free)
subject: Passage en 4.0alpha
--
Bonjour,

On voudrait passer en 4.0alpha. Je crois que c'est gratuit pour nous vers une alpha ? On accepte que ça change souvent.

Didier

@@ m003 | kind: migration | from: contact@aeroclub-jura.ch | style: plain | tv: 4.0 | note: deadline, not a not-before date
subject: Migration
--
Bonjour,

Nous souhaitons migrer en version 4, si possible avant le 15 mars, début de notre saison.

Aéro-Club du Jura

@@ m004 | kind: migration | from: monique.delrieu15@orange.fr | style: outlook | tv: 4.0 | nb: 2026-11-02 | date: 2026-10-08 09:30
subject: Demande de migration
--
Bonjour,

Le club demande sa migration vers la version stable la plus récente. Elle ne pourra avoir lieu qu'à partir du 2 novembre, quand notre stage d'automne sera terminé.

Monique Delrieu

@@ m005 | kind: migration | from: tresorier@aclnt.fr | style: plain | tv: 4.1beta | cash: 1 | note: offers to pay so that it comes first
subject: Migration beta
--
Bonjour,

Nous voulons passer en 4.1beta. Nous sommes prêts à régler une prestation payante pour que ce soit fait rapidement plutôt que d'attendre notre tour.

Le trésorier

@@ w001 | kind: password_reset | from: aeroclub.cantal@orange.fr | style: plain
subject: mot de passe
--
Bonjour,

Je n'arrive plus à me connecter au compte client du club, le mot de passe ne fonctionne plus. Pouvez-vous le réinitialiser ?

Monique Delrieu

@@ w002 | kind: password_reset | from: Lucas Martin <lucas.martin07@gmail.com> | style: gmail | note: a member's own login, not the client account
subject: Mot de passe oublié
--
Bonjour,

Je suis pilote à l'Aéro-Club de l'Ardèche Méridionale et j'ai oublié mon mot de passe pour réserver l'avion. Pouvez-vous me le renvoyer ?

Lucas

@@ w003 | kind: password_reset | from: secretariat@gvm-valais.ch | style: plain
subject: Accès compte client bloqué
--
Bonjour,

Le compte client gvm-valais est bloqué après plusieurs essais. Le lien « mot de passe oublié » ne renvoie rien. Merci de le réinitialiser manuellement.

Secrétariat GVM

@@ w004 | kind: password_reset | from: acguyane973@orange.fr | style: plain | note: no accents
subject: identifiant
--
Bonjour,
plus personne au bureau ne connait le mot de passe du compte client depuis le depart du tresorier. Comment on fait ?
ACG
"""
