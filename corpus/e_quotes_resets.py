"""Set e: development quote requests and client-account password resets, French and English."""

DEFAULTS = {"lang": "fr"}

TEXT = r"""
@@ q001 | kind: dev_quote | from: Alain Ducros <alain.ducros18@orange.fr> | style: outlook
subject: Demande de devis - carnet de route électronique
--
Bonjour,

L'Aéro-Club du Berry souhaiterait obtenir un devis pour un développement : un carnet de route électronique par avion, rempli automatiquement à partir des vols saisis, et exportable en PDF pour les contrôles. Aujourd'hui nous tenons les carnets papier en double, ce qui est source d'erreurs.

Merci de nous indiquer si c'est envisageable et à quel coût.

Alain Ducros, président

@@ q002 | kind: dev_quote | from: josiane.fabre12@wanadoo.fr | style: plain | cash: 1 | note: long story; club named; offers to pay, no bonus hours
subject: Idée pour les planeurs
--
Bonjour,

Je suis la secrétaire du Club de Vol à Voile de Millau-Larzac depuis douze ans, et chaque été c'est la même chose : pendant les stages, les pilotes se disputent le créneau de l'après-midi sur le Duo Discus, et je passe mes soirées à refaire le planning à la main avec le chef-pilote. Nous aimerions que la plateforme gère une rotation équitable des créneaux pendant les stages, avec un nombre maximum de vols par pilote et par semaine.

Je sais que ce n'est pas standard. Pouvez-vous nous faire un devis ? Nous n'avons pas d'heures de bonus avec notre formule, nous paierions donc.

Josiane Fabre

@@ q003 | kind: dev_quote | from: l.bessiere@horizon-pilotage.fr | style: outlook | cash: 1 | note: offers to fund in money to get priority
subject: Devis : interface avec notre LMS
--
Bonjour,

Nous souhaitons un devis pour une interface entre OpenFlyers et notre plateforme de e-learning (Moodle) : synchronisation des stagiaires et remontée des heures de vol dans leur dossier de formation.

Nous sommes prêts à financer la totalité en numéraire, en plus de nos heures de bonus, pour que ce soit traité en priorité.

Laurent Bessière
Horizon Pilotage Lyon SAS

@@ q004 | kind: dev_quote | from: yannick.legoff35@orange.fr | style: gmail | also: hours_statement
subject: devis + heures restantes
--
Bonjour,

Le club voudrait faire chiffrer l'envoi automatique d'un SMS au pilote quand sa réservation est annulée pour météo. Pouvez-vous nous faire un devis ? Et au passage, combien nous reste-t-il d'heures de bonus cette année ?

Yannick Le Goff
AC Côte d'Émeraude

@@ q005 | kind: dev_quote | from: comptes@aeroclub-vosgien.fr | style: plain
subject: Développement - export vers notre logiciel comptable
--
Bonjour,

Notre expert-comptable utilise Quadra. Serait-il possible de développer un export des écritures directement au format Quadra ? Merci de nous faire parvenir un devis.

La trésorerie - Aéro-Club Vosgien

@@ q006 | kind: dev_quote | from: k.benali@skyline-formation.fr | style: outlook | note: a second quote this year after an accepted one
subject: Nouvelle demande de devis
--
Bonjour,

Le devis de mars (gestion des convocations théoriques) a été accepté et livré, merci encore. Nous aimerions maintenant un second devis pour la gestion des contrôles en vol périodiques des instructeurs : rappels, historique, et blocage de la réservation en cas d'échéance dépassée.

Karim Benali
Skyline Formation Aéronautique SARL

@@ q007 | kind: dev_quote | from: Benoît Lambotte <benoit.lambotte@skynet.be> | style: apple | note: short
subject: Devis
--
Bonjour, pouvez-vous chiffrer un module de gestion des cotisations fédérales belges (RBAeC) pour l'Aéro-Club du Hainaut ? Merci

Envoyé de mon iPhone

@@ q008 | kind: dev_quote | from: s.decosterd@aviation-leman.ch | style: outlook | note: mentions an audit date in passing
subject: Demande de devis - suivi des heures moteur
--
Bonjour,

Lors de l'audit OFAC du 14 octobre, il nous a été recommandé de tracer les heures moteur et cellule de chaque appareil avec alertes de maintenance. Nous souhaiterions un devis pour ajouter cette fonction à notre plateforme, avec export vers notre organisme de maintenance.

Meilleures salutations,
Stéphanie Décosterd
École d'Aviation du Léman SA

@@ q009 | kind: dev_quote | from: sylvain.gagnon@videotron.ca | style: gmail | note: Québec French
subject: Devis pour l'affaire des taxes
--
Bonjour,

Au Québec on doit charger la TPS et la TVQ séparément sur les factures des membres. Est-ce que vous pourriez nous faire un prix pour que la plateforme calcule les deux taxes correctement ? Pour l'instant on bidouille avec un seul taux pis c'est pas beau.

Sylvain Gagnon
Club d'aviation des Laurentides

@@ q010 | kind: dev_quote | from: me.tremblay@pilotagesaguenay.ca | style: outlook | note: pooled funding idea
subject: Devis partagé - formation Transports Canada
--
Bonjour,

Nous voudrions un devis pour un module de suivi du programme de formation de Transports Canada (exercices, signatures d'instructeurs). Nous pensons que d'autres écoles canadiennes seraient intéressées à partager le coût; nous pouvons en parler sur votre forum au besoin.

Marie-Ève Tremblay
École de pilotage Saguenay inc.

@@ q011 | kind: dev_quote | from: gerard.thiriet88@sfr.fr | style: plain | note: no accents; forum mention
subject: evolution planning meteo
--
Bonjour

Suite a la discussion sur le forum (section evolutions), nous demandons officiellement un devis pour l'affichage des METAR/TAF dans le planning de reservation. L'Aero-Club Vosgien est pret a y mettre ses heures de bonus.

Gerard Thiriet

@@ q012 | kind: dev_quote | from: vero.payet974@orange.fr | style: plain
subject: Chiffrage d'un développement
--
Bonjour,

L'Aéro-Club Dionysien aimerait faire chiffrer la gestion des créneaux de la piste partagée avec l'aéroport (on nous attribue des créneaux d'entraînement chaque semaine). Les pilotes ne devraient pouvoir réserver que dans ces créneaux.

Véronique Payet

@@ qe01 | kind: dev_quote | lang: en | from: Priya Shah <priya.shah@solentschool.co.uk> | style: outlook
subject: Quote request: student progress dashboard
--
Hi,

Solent School of Flying would like a quote for a student progress dashboard: for each student, lessons completed against the syllabus, hours flown versus planned, and a traffic-light status for the CFI. Happy to send mock-ups.

Kind regards,
Priya Shah
Head of Training

@@ qe02 | kind: dev_quote | lang: en | from: pieter.vanwyk@mweb.co.za | style: gmail
subject: Development quote - fuel uplift tracking
--
Hi,

Could you quote for recording fuel uplift per flight (litres, airfield, price) and charging it back to the member when they fuel away from base? Highveld Flying Club would use it on all six aircraft.

Cheers
Pieter

@@ qe03 | kind: dev_quote | lang: en | from: Ursula Steiner <ursula.steiner@bluewin.ch> | style: outlook | note: non-native English
subject: Request for offer
--
Dear support,

Fluggruppe Thun would like to receive an offer for a development: the interface should be also in German language for our members. Many of our older members do not speak English or French good enough. Please let us know the price.

With kind regards
Ursula Steiner

@@ qe04 | kind: dev_quote | lang: en | from: mreynolds@comcast.net | style: plain | cash: 1 | note: US; offers to pay, no bonus hours
subject: Quote for a feature
--
Hi,

Cascade Soaring would like a quote for adding a "glider tow ticket" that members buy in packs of 10 and use up per tow. We'd pay for it, we don't have bonus hours on our plan. Rough figure in dollars is fine for the board.

Mike Reynolds, Treasurer

@@ qe05 | kind: dev_quote | lang: en | from: koen.peeters@telenet.be | style: plain | note: non-native
subject: Ask for quotation
--
Hello,

We would like to ask a quotation for the automatic import of the flights from our ADS-B receiver (we have a FLARM station on the field). The pilots forget always to enter the landing times.

Kind regards,
Koen Peeters
Vliegclub De Kempen

@@ qe06 | kind: dev_quote | lang: en | from: office@huntervalleyaero.com.au | style: html | note: HTML-only
subject: Quote - CASA part 61 tracking
--
Hi,

We'd like a quote for tracking flight reviews and proficiency checks under CASA Part 61, with reminders to pilots 60 days before expiry.

Hunter Valley Aero Club office

@@ qe07 | kind: dev_quote | lang: en | from: kerryaeroclub@eircom.net | style: plain | also: support
subject: A development and a small question
--
Hello,

The committee would like a quote for a members' noticeboard on the home page (NOTAMs, club news, social events).

Also, a small thing: how do we change the club's phone number shown at the bottom of the pages?

Kerry Aero Club

@@ qe08 | kind: dev_quote | lang: en | from: Sam Whitfield <sam@skyway-aviation.example> | style: outlook | hint: skyway | note: sender not on record
subject: Quote for a custom report
--
Hello,

I run Skyway Aviation (openflyers.com/skyway). We need a quote for a monthly report of revenue per aircraft and per instructor, exported to Excel.

Sam Whitfield
Skyway Aviation

@@ w001 | kind: password_reset | from: aeroclub.berry@orange.fr | style: plain
subject: Mot de passe compte client
--
Bonjour,

Nous n'arrivons plus à nous connecter au compte client (identifiant ac-berry). Le lien « mot de passe oublié » ne nous envoie rien. Pouvez-vous réinitialiser le mot de passe ?

Secrétariat AC Berry

@@ w002 | kind: password_reset | from: cvv.millau@wanadoo.fr | style: plain | note: First Price; manual reset is billed
subject: perdu le mot de passe
--
Bonjour

l'ancien tresorier est parti avec le mot de passe de l'espace client. On en a besoin pour payer l'abonnement. Vous pouvez le remettre a zero ?

Josiane

@@ w003 | kind: password_reset | from: tresorier@ac-cote-emeraude.fr | style: outlook | also: renewal
subject: Accès espace client et renouvellement
--
Bonjour,

Je n'ai pas le mot de passe de l'espace client et le lien de réinitialisation arrive sur une adresse que je ne consulte pas. Pourriez-vous le réinitialiser manuellement ? Je dois ensuite renouveler l'abonnement 2027 : pouvez-vous me confirmer que c'est bien là que ça se fait ?

Le trésorier de l'ACCE

@@ w004 | kind: password_reset | from: ulmcaraibes972@orange.fr | style: android
subject: Mdp
--
Bonjour mot de passe du compte client refusé, on a tout essayé. Merci de le réinitialiser. Fabrice

@@ w005 | kind: password_reset | from: accueil@skyline-formation.fr | style: plain | note: mentions the invoice that motivates it
subject: Réinitialisation accès compte client
--
Bonjour,

Nous devons télécharger la facture de septembre pour notre comptable mais le mot de passe du compte client ne fonctionne plus depuis le départ de notre assistante. Pouvez-vous nous le réinitialiser ?

Accueil Skyline Formation

@@ w006 | kind: password_reset | from: cvvcondroz.secretariat@gmail.com | style: gmail | note: First Price
subject: Mot de passe oublié
--
Bonjour,

Nous avons oublié le mot de passe de notre compte client OpenFlyers. Le lien de réinitialisation ne fonctionne pas avec notre adresse. Merci de faire le nécessaire.

CVV Condroz

@@ w007 | kind: password_reset | from: caissier@gvm-fribourg.ch | style: plain
subject: Compte client GVM
--
Bonjour,

Le mot de passe du compte client gvm-fribourg a été changé par quelqu'un du comité et personne ne s'en souvient. Pouvez-vous le réinitialiser et l'envoyer au caissier (cette adresse) ?

Le caissier

@@ w008 | kind: password_reset | from: tresorerie@aviationlaurentides.ca | style: plain | note: Québec French
subject: Mot de passe
--
Bonjour,

J'ai essayé le lien « mot de passe oublié » une dizaine de fois, j'ai jamais rien reçu. Pouvez-vous réinitialiser le mot de passe du compte client du club ? J'en ai de besoin pour la facture.

Ginette, trésorerie

@@ w009 | kind: password_reset | from: yann.detcheverry@cheznoo.net | style: plain | note: no accents; accepting the reset fee is not funding work (cash stays 0)
subject: acces compte client
--
Bonjour,
impossible d'acceder au compte client, mot de passe incorrect. Merci de le reinitialiser, on paiera les frais s'il y en a.
Yann

@@ w010 | kind: password_reset | from: comptabilite@pilotagesaguenay.ca | style: outlook
subject: Réinitialisation du mot de passe - compte client
--
Bonjour,

Suite au départ de notre ancienne coordonnatrice, nous n'avons plus accès au compte client. Pourriez-vous réinitialiser le mot de passe ?

Comptabilité
École de pilotage Saguenay inc.

@@ we01 | kind: password_reset | lang: en | from: derek.holloway@btinternet.com | style: plain | note: First Price
subject: Client account locked out
--
Hi,

I'm locked out of our client account (fenland-flyers). The reset link goes to the group's gmail which I don't have access to any more. Can you reset it for me?

Derek

@@ we02 | kind: password_reset | lang: en | from: treasurer@highveldflying.co.za | style: plain
subject: Password for client account
--
Hi,

Could you please reset the password of our OpenFlyers client account? Our previous treasurer changed it and has emigrated.

Anton
Treasurer, Highveld Flying Club

@@ we03 | kind: password_reset | lang: en | from: treasurer@cascadesoaring.org | style: gmail | note: First Price
subject: Can't log in to client area
--
Hello,

Neither of us can get into the client area. The forgotten password e-mail never arrives. Please reset it; happy to pay the fee.

Linda Park
Treasurer

@@ we04 | kind: password_reset | lang: en | from: penningmeester@vliegclubkempen.be | style: plain | note: non-native
subject: Password client account
--
Hello,

I can not connect to the client account of our club, the password is not more correct. Can you make a new password please?

Jan Claes, treasurer

@@ we05 | kind: password_reset | lang: en | from: kasse@fg-thun.ch | style: plain
subject: Reset of password
--
Hello,

Please reset the password of our client account fg-thun. The link is sent to an old address of the former cashier.

Fluggruppe Thun, Kasse
"""
