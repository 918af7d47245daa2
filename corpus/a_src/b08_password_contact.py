"""Client-account passwords (R6, R8: members mixing it up with their own login) and e-mail updates on the record."""

from make_a import mail

P = "password_reset"
C = "contact_update"

MAILS = [
    mail(
        "pw01",
        "acbeauce@wanadoo.fr",
        "mot de passe compte client",
        shape="webmail",
        kind=P,
        body="""
bonjour
on a perdu le mot de passe du compte client pour renouveler l abonnement. le lien mot de passe oublié envoie sur une adresse que plus personne ne consulte (l ancien secretaire). pouvez vous nous le reinitialiser ?
AC Beauce
""",
    ),
    mail(
        "pw02",
        "hugo.mercier49@gmail.com",
        "Mot de passe oublié",
        name="Hugo Mercier",
        shape="gmail",
        kind=P,
        hint="aeroclub-anjou",
        note="a member asking about his own platform login (R8)",
        body="""
Bonjour,

Je suis pilote à l'Aéroclub d'Anjou (openflyers.com/aeroclub-anjou). J'ai oublié mon mot de passe pour réserver les avions et le lien ne m'envoie rien. Pouvez-vous le réinitialiser ?

Hugo Mercier
""",
    ),
    mail(
        "pw03",
        "ulmcamargue@free.fr",
        "identifiant ?",
        shape="webmail",
        kind=P,
        body="""
Bonjour
quel est l'identifiant pour se connecter au compte client ? on a essayé avec l'adresse mail ça ne marche pas. Et le mot de passe on ne l'a plus non plus.
Patrick
""",
    ),
    mail(
        "pw04",
        "aeroclubvendee@orange.fr",
        "REINITIALISATION MOT DE PASSE",
        shape="webmail",
        kind=P,
        body="""
BONJOUR
MERCI DE REINITIALISER LE MOT DE PASSE DU COMPTE CLIENT DU CLUB. ON EST PRET A PAYER LES FRAIS.
ALAIN GUILBAUD
""",
        note="offers the normal First Price fee: not cash funding",
    ),
    mail(
        "pw05",
        "marie.jarry@free.fr",
        "connexion impossible",
        name="Marie Jarry",
        shape="plain",
        kind=P,
        hint="aeroclub-vexin",
        note="member, own login; names the platform",
        body="""
Bonjour,

Je n'arrive plus à me connecter à la plateforme aeroclub-vexin pour réserver. Le message dit « identifiant ou mot de passe incorrect ». Je suis sûre de mon mot de passe. Pouvez-vous m'aider ?

Marie Jarry
membre depuis 2019
""",
    ),
    mail(
        "pw05b",
        "tresorier@ac-picardie.fr",
        "Accès espace client",
        name="Francis Delattre",
        shape="outlook",
        kind=P,
        body="""
Bonjour,

Je dois payer le renouvellement mais je ne peux pas accéder à l'espace client : le mot de passe a été changé par mon prédécesseur. J'ai fait « mot de passe oublié » avec l'adresse du club et je n'ai rien reçu (spams vérifiés).
Pouvez-vous le réinitialiser ?

Francis Delattre
""",
        note="mentions renewal; the ask is the password",
    ),
    mail(
        "pw06",
        "ulmgascogne@hotmail.fr",
        "mdp",
        shape="outlook",
        kind=P,
        body="""
mot de passe du compte client perdu. merci de le remettre a zero svp
ULM Gascogne
""",
    ),
    mail(
        "pw07",
        "cvvjura@gmail.com",
        "Réinitialisation du mot de passe du compte client",
        shape="gmail",
        kind=P,
        body="""
Bonjour,

Pourriez-vous réinitialiser le mot de passe du compte client du CVV du Jura ? Notre trésorier l'a changé puis oublié (il est à l'étranger jusqu'en mars).

Merci,
Secrétariat CVV Jura
""",
    ),
    mail(
        "pw08",
        "gilles.arnaud30@free.fr",
        "mot de passe",
        name="Gilles Arnaud",
        shape="webmail",
        kind=P,
        note="member of ac-cevennes not on record; own login",
        body="""
bonjour
je suis membre de l'aéroclub des Cévennes à Alès. Je voudrais réinitialiser mon mot de passe pour accéder au planning, mon adresse a changé (nouvelle : gilles.arnaud30@free.fr).
Gilles
""",
    ),
    mail(
        "pw09",
        "contact@aerocorse.fr",
        "Compte client bloqué",
        shape="gmail",
        kind=P,
        body="""
Bonjour,

Après plusieurs essais le compte client est bloqué. On connaît l'identifiant (aerocorse) mais plus le mot de passe. Merci de nous débloquer et de nous envoyer un nouveau mot de passe.

Aéro-club de Corse
""",
        hint="aerocorse",
    ),
    mail(
        "pw10",
        "secretariat@aeroclub-alsace.fr",
        "Mot de passe",
        name="Secrétariat AC Alsace",
        shape="outlook",
        kind=P,
        body="""
Bonjour,

Pouvez-vous renvoyer un lien de réinitialisation du mot de passe du compte client sur l'adresse secretariat@aeroclub-alsace.fr ? Le nôtre ne fonctionne plus depuis le changement de messagerie.

Cordialement,
Secrétariat
""",
    ),
    mail(
        "pw11",
        "lucas.thibault.pilote@gmail.com",
        "Bonjour je n'arrive pas a me connecter",
        name="Lucas Thibault",
        shape="android",
        kind=P,
        note="student pilot, not on record, own login (R8), no club named",
        body="""
Bonjour je suis eleve pilote et je n'arrive pas a me connecter a openflyers depuis mon telephone, ca me dit mot de passe incorrect. Mon instructeur m'a dit de vous ecrire.
Lucas
""",
    ),
    mail(
        "pw12",
        "jp.faure87@orange.fr",
        "compte client Limousin",
        name="Jean-Pierre Faure",
        shape="webmail",
        kind=P,
        body="""
Bonjour,

Le lien « mot de passe oublié » me demande une adresse mail, j'ai mis la mienne (responsable) et ça dit adresse inconnue. Je croyais qu'on pouvait utiliser celle du responsable ?
Pouvez-vous me renvoyer un mot de passe ?

JP Faure
""",
    ),
    mail(
        "pw13",
        "bureau.ulmgascogne@gmail.com",
        "reset password compte client + prix",
        shape="gmail",
        kind=P,
        body="""
Bonjour,

On a besoin d'un reset du mot de passe du compte client. On est en First Price : c'est payant ? Combien ? On préfère le faire nous-mêmes si c'est possible, dites-nous comment.

Romain
""",
    ),
    mail(
        "pw14",
        "direction@aeroclub-alsace.fr",
        "Accès compte client pour la nouvelle directrice",
        name="Direction AC Alsace",
        shape="outlook",
        kind=P,
        body="""
Bonjour,

Notre nouvelle directrice administrative doit accéder au compte client. Nous n'avons pas le mot de passe (l'ancien directeur l'avait gardé). Pouvez-vous le réinitialiser et l'envoyer sur direction@aeroclub-alsace.fr ?

Cordialement,
""",
    ),
    mail(
        "pw15",
        "comptabilite@aeroclub-lorraine.fr",
        "identifiants espace client",
        name="Comptabilité AC Lorraine",
        shape="outlook",
        kind=P,
        body="""
Bonjour,

Je ne retrouve plus mes identifiants de l'espace client pour télécharger les factures. Mon identifiant personnel sur la plateforme fonctionne, mais pas dans l'espace client.

Élodie Marchal
""",
        note="R8 confusion: personal login vs client account",
    ),
    mail(
        "pw16",
        "caissier@gvv-romandie.ch",
        "Mot de passe perdu",
        shape="gmail",
        kind=P,
        body="""
Bonjour,

Le mot de passe du compte client gvv-romandie ne fonctionne plus. Le lien de réinitialisation est arrivé mais il était expiré quand je l'ai ouvert (le lendemain). Pouvez-vous en renvoyer un ?

Jean-Marc Rochat
""",
        hint="gvv-romandie",
    ),
    mail(
        "pw17",
        "president@planeur-jura.fr",
        "pilote bloqué",
        name="Anne-Sophie Brunet",
        shape="outlook",
        kind=P,
        note="the responsible person asks a reset for a member's own login (R8)",
        body="""
Bonjour,

Un de nos pilotes, Paul Martin, a son compte bloqué après trop d'essais. Pouvez-vous réinitialiser son mot de passe ? Il vole demain matin.

A-S Brunet
""",
    ),
    mail(
        "pw18",
        "accueil@aeroclub-savoie.fr",
        "mdp oublié",
        shape="iphone",
        kind=P,
        body="""
Bonjour, on a oublié le mot de passe du compte client, le lien de réinitialisation arrive sur tresorier@ mais le trésorier est en vacances. Pouvez-vous l'envoyer sur cette adresse-ci ?
Accueil ACS
""",
    ),
    mail(
        "pw19",
        "acbn.secretariat@gmail.com",
        "Mot de passe",
        name="Secrétariat ACBN",
        shape="gmail",
        kind=P,
        body="""
Bonjour,

J'ai essayé « mot de passe oublié » avec l'adresse acbn22@orange.fr mais cette boîte est pleine et on n'arrive plus à l'ouvrir. Pouvez-vous réinitialiser le mot de passe du compte client ? On paiera les 30 € si besoin.

Gaëlle
""",
    ),
    mail(
        "pw20",
        "contact@ulm-sologne.fr",
        "perte du mot de passe",
        shape="html",
        kind=P,
        body="""
Bonjour,

Nous avons perdu le mot de passe de notre compte client suite au décès de notre ancien président. Comment pouvons-nous le récupérer ?

Les Ailes de Sologne
""",
    ),
    mail(
        "pw21",
        "nathalie.roux@wanadoo.fr",
        "mon compte",
        name="Nathalie Roux",
        shape="webmail",
        kind=P,
        hint="ac-limousin",
        note="member, own login; platform named via URL",
        body="""
Bonjour
Je suis membre de l'aéroclub du Limousin. Sur https://openflyers.com/ac-limousin/ je n'arrive plus à me connecter avec mon mot de passe. J'ai changé d'adresse mail récemment.
Cordialement
Nathalie Roux
""",
    ),
    mail(
        "pwen01",
        "shannonaeroclub@gmail.com",
        "Client account password",
        shape="gmail",
        lang="en",
        kind=P,
        body="""
Hello,

We can't log in to the client account to pay the renewal. The "forgot password" email goes to an address we no longer use. Could you reset it? We understand there's a fee on First Price.

Shannon Aero Club
""",
    ),
    mail(
        "pwen02",
        "tom.fletcher@gmail.com",
        "Can't log in",
        name="Tom Fletcher",
        shape="iphone",
        lang="en",
        kind=P,
        note="member of a client club, own login (R8), not on record",
        body="""
Hi, I'm a member at Cotswold Flying Club and can't log in to book the Warrior, says wrong password. Can you reset it?
Tom
""",
    ),
    mail(
        "pwen03",
        "kansli@skaneflyg.se",
        "Password reset please",
        name="Skånes Flygklubb office",
        shape="outlook",
        lang="en",
        kind=P,
        body="""
Hi,

Could you please reset the password of our client account? The person who set it has left the board.

Best regards,
Karin Nilsson
""",
    ),
    mail(
        "pwen04",
        "info@fsv-oberbayern.de",
        "Login client account",
        shape="plain",
        lang="en",
        kind=P,
        body="""
Hello,

we forgot the password for the client account of FSV Oberbayern. Login is fsv-oberbayern I think. Please send a new one.

Stefan Huber
""",
        hint="fsv-oberbayern",
    ),
    mail(
        "pwen05",
        "post@fjordaviation.no",
        "Reset of client-area password",
        shape="outlook",
        lang="en",
        kind=P,
        body="""
Hello,

Please reset the password of our client area. The reset link we receive gives "token invalid".

Regards,
Front desk – Fjord Aviation Academy
""",
    ),
    mail(
        "pwen06",
        "dublingliding@gmail.com",
        "password",
        shape="gmail",
        lang="en",
        kind=P,
        body="""
hi, we lost the password of the client account, can you reset it? we're happy to pay the manual reset fee.
Conor
""",
        note="normal fee: not cash funding",
    ),
    mail(
        "pwen07",
        "kasse@lsv-hunsrueck.de",
        "Password for the client account",
        name="Kasse LSV Hunsrück",
        shape="outlook",
        lang="en",
        kind=P,
        body="""
Dear OpenFlyers team,

I am the new treasurer. I need access to the client account to download invoices. My personal login on our platform works, but not in the client area. Could you help?

Kind regards
Thomas Wagner
""",
        note="R8 confusion",
    ),
    mail(
        "pwen08",
        "ops@kentflighttraining.co.uk",
        "Locked out",
        name="KFT Operations",
        shape="outlook",
        lang="en",
        kind=P,
        body="""
Hello,

We're locked out of the client account after too many attempts. Can you unlock it and reset the password please?

Kent Flight Training – Operations
""",
    ),
    mail(
        "ce01",
        "tresorier@aeroclub-vexin.fr",
        "Mise à jour adresse mail fiche client",
        name="Trésorier AC Vexin",
        shape="outlook",
        kind=C,
        body="""
Bonjour,

Merci de remplacer l'adresse contact de notre fiche client (tresorier@aeroclub-vexin.fr) par compta@aeroclub-vexin.fr à compter de janvier : c'est là que les alertes de renouvellement doivent arriver.

Hubert Gallet
""",
    ),
    mail(
        "ce02",
        "ulmcamargue@free.fr",
        "changement d'adresse",
        shape="webmail",
        kind=C,
        body="""
bonjour
notre adresse change : ce sera ulm.camargue@orange.fr à la place de ulmcamargue@free.fr (free c'est fini). merci de mettre à jour la fiche
Patrick
""",
        note="client and contact e-mails are the same on record",
    ),
    mail(
        "ce03",
        "acbn22@orange.fr",
        "nouvelle adresse mail du club",
        shape="webmail",
        kind=C,
        body="""
BONJOUR
LA BOITE ORANGE EST PLEINE ET VA ETRE FERMEE. NOUVELLE ADRESSE DU CLUB : AEROCLUB.BRETAGNENORD@GMAIL.COM. MERCI DE CHANGER SUR LA FICHE CLIENT
""",
    ),
    mail(
        "ce04",
        "contact@aeroclub-lorraine.fr",
        "Coordonnées à jour",
        name="Aéro-club de Lorraine",
        shape="outlook",
        kind=C,
        body="""
Bonjour,

Pouvez-vous mettre à jour notre fiche client :
- e-mail client : accueil@aeroclub-lorraine.fr (au lieu de contact@)
- e-mail contact : inchangé.
Merci !

Aéro-club de Lorraine
""",
    ),
    mail(
        "ce05",
        "gerard.chauvin@free.fr",
        "Fiche client AC Beauce",
        name="Gérard Chauvin",
        shape="plain",
        kind=C,
        body="""
Bonjour,

L'adresse contact de notre fiche (secretaire.acbeauce@gmail.com) n'est plus lue depuis le départ de Martine. Merci de la remplacer par tresorerie.acbeauce@gmail.com.
Je sais que c'est payant pour nous (First Price), envoyez la facture.

Gérard Chauvin
""",
        note="normal fee: not cash funding",
    ),
    mail(
        "ce06",
        "k.mathieu@aviasud-formation.com",
        "Changement des adresses de notification",
        name="Karine Mathieu",
        shape="outlook",
        kind=C,
        body="""
Bonjour,

Nous réorganisons nos boîtes mail. Merci de mettre sur notre fiche client :
- e-mail client : direction@aviasud-formation.com
- e-mail contact : comptabilite@aviasud-formation.com

Cordialement,
Karine Mathieu
""",
    ),
    mail(
        "ce07",
        "cvv.auvergne@orange.fr",
        "même adresse partout ?",
        shape="webmail",
        kind=C,
        body="""
Bonjour,

Vous nous avez signalé que nos deux adresses (client et contact) étaient identiques. Voici une deuxième adresse pour le contact : tresorier.cvvauvergne@gmail.com. Merci de l'ajouter.

CVV Auvergne
""",
        note="on record the two differ; the client believes they are the same",
    ),
    mail(
        "ce08",
        "ac.cevennes@free.fr",
        "modif email",
        shape="webmail",
        kind=C,
        body="""
bonjour
pourriez vous changer l'email contact de la fiche : mettre marc.vidal30@free.fr a la place de ac.cevennes.compta@free.fr. c'est le nouveau tresorier
merci
""",
    ),
    mail(
        "ce09",
        "info@helico-provence.fr",
        "Adresse e-mail",
        shape="outlook",
        kind=C,
        body="""
Bonjour,

Notre adresse info@ reçoit trop de spam, nous la fermons. Merci d'utiliser desormais accueil@helico-provence.fr comme e-mail client.

Hélico Provence Formation
""",
    ),
    mail(
        "ce10",
        "secretariat@acliege.be",
        "Mise à jour de nos coordonnées",
        name="Secrétariat AC Liège",
        shape="outlook",
        kind=C,
        body="""
Bonjour,

Merci de noter nos nouvelles coordonnées pour la fiche client :
E-mail contact : tresorerie@acliege.be
(Le secrétariat reste l'e-mail client.)

Nadine Lambert
""",
    ),
    mail(
        "ce11",
        "aeroclubdecorse@gmail.com",
        "changer adresse",
        shape="gmail",
        kind=C,
        body="""
Bonjour, on voudrait que les mails de renouvellement arrivent aussi au trésorier. Pouvez-vous mettre tresorier.aerocorse@gmail.com comme adresse contact ? On peut le faire nous-mêmes ?
Paul-Marie
""",
    ),
    mail(
        "ce12",
        "new.secretary.ulmsologne@gmail.com",
        "changement adresse mail club",
        name="Émilie Caron",
        shape="gmail",
        kind=C,
        hint="ulm-sologne",
        note="sender not on record; names the platform",
        body="""
Bonjour,

Je suis la nouvelle secrétaire des Ailes de Sologne (plateforme ulm-sologne). Merci de remplacer l'adresse ailes.sologne@gmail.com par la mienne sur la fiche client.

Émilie Caron
""",
    ),
    mail(
        "ce13",
        "accueil@aeroclub-savoie.fr",
        "fiche client à jour ?",
        shape="iphone",
        kind=C,
        body="""
Bonjour, pouvez-vous vérifier et corriger l'e-mail contact sur notre fiche ? Il faut mettre tresorerie@aeroclub-savoie.fr et non tresorier@, qui va être supprimée.
Merci
""",
    ),
    mail(
        "ce14",
        "herve.lecomte@sfr.fr",
        "adresses",
        name="Hervé Lecomte",
        shape="plain",
        kind=C,
        body="""
Bonjour,

Mon adresse personnelle change : herve.lecomte@orange.fr remplace herve.lecomte@sfr.fr. Je suis le responsable OpenFlyers de l'Aéro-Club Normand. Merci de modifier.

Hervé Lecomte
""",
        note="the responsible person's own e-mail on the record",
    ),
    mail(
        "ce15",
        "contact@aca-touraine.fr",
        "Coordonnées",
        shape="outlook",
        kind=C,
        nb="01-01",
        date="2026-11-23 10:00",
        note="the change takes effect from 1 January",
        body="""
Bonjour,

Le club a changé de nom de domaine : toutes nos adresses passent de @aca-touraine.fr à @airtouraine.fr à partir du 1er janvier (contact@airtouraine.fr, president@airtouraine.fr). Pouvez-vous mettre la fiche client à jour ?

Secrétariat Air Touraine
""",
    ),
    mail(
        "ce16",
        "schatzmeister@fsv-oberbayern.de",
        "New treasurer email",
        name="Schatzmeister FSV",
        shape="plain",
        lang="en",
        kind=C,
        body="""
Hello,

please change the contact e-mail on our client record from schatzmeister@fsv-oberbayern.de to kasse@fsv-oberbayern.de. We know it is charged on First Price.

Andreas Maier
""",
    ),
    mail(
        "ce17",
        "info@cotswoldflyers.co.uk",
        "Update our email addresses",
        name="Cotswold Flying Club",
        shape="outlook",
        lang="en",
        kind=C,
        body="""
Hi,

Please update our client record: client email office@cotswoldflyers.co.uk, contact email stays treasurer@. Thank you!

Helen
""",
    ),
    mail(
        "ce18",
        "penningmeester@vliegclub-twente.nl",
        "Change of contact e-mail",
        name="Penningmeester VCT",
        shape="outlook",
        lang="en",
        kind=C,
        body="""
Dear Sir/Madam,

Our treasurer's mailbox changes on 1 January. Please replace penningmeester@vliegclub-twente.nl with finance@vliegclub-twente.nl as the contact e-mail.

With kind regards,
Anouk de Vries
""",
    ),
    mail(
        "ce19",
        "dublingliding@gmail.com",
        "separate emails",
        shape="gmail",
        lang="en",
        kind=C,
        body="""
Hi,

you told us our client and contact emails are the same. Could you set the contact email to treasurer.dgc@gmail.com please?

Conor
""",
    ),
    mail(
        "ce20",
        "kontor@aeroklub-jylland.dk",
        "Email address on record",
        name="Aeroklubben Jylland",
        shape="gmail",
        lang="en",
        kind=C,
        body="""
Hello,

Please update the email address of our person in charge on your record: mette.sorensen@aeroklub-jylland.dk instead of her private one.

Best regards,
Aeroklubben Jylland
""",
    ),
    mail(
        "ce21",
        "accounts@highlandaero.co.uk",
        "Record update",
        shape="outlook",
        lang="en",
        kind=C,
        body="""
Good morning,

Renewal alerts keep going to office@ which nobody reads in winter. Please change the client email to morag.stewart@highlandaero.co.uk.

Kind regards,
Morag
""",
    ),
]
