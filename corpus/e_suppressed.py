"""Set e: mail that must be suppressed (out-of-office, bounces, list mail, our own mail looping)."""

DEFAULTS = {"lang": "fr"}

TEXT = r"""
@@ s001 | from: Alain Ducros <alain.ducros18@orange.fr> | supp: auto_reply | ref: OF-2026-1301 | noquote: 1 | style: outlook
subject: Réponse automatique : [OF-2026-1301] Temps estimé pour votre demande
hdr: Auto-Submitted: auto-replied
hdr: X-Auto-Response-Suppress: All
--
Bonjour,

Je suis en convoyage jusqu'au 18 octobre inclus et ne consulte pas ma messagerie. Pour toute urgence concernant le club, appelez le chef pilote au 06 00 00 00 00.

Alain Ducros

@@ s002 | from: me.tremblay@pilotagesaguenay.ca | supp: auto_reply | ref: OF-2026-1302 | noquote: 1 | style: outlook
subject: Absence du bureau : [OF-2026-1302] Demande de migration enregistrée
hdr: Auto-Submitted: auto-replied
--
Bonjour, je suis en congé du 21 décembre au 4 janvier. Pour les dossiers élèves, écrivez à admin@pilotagesaguenay.ca. / Hello, I am away from December 21 to January 4.

@@ s003 | from: kerryaeroclub@eircom.net | supp: auto_reply | lang: en | style: plain | note: no Auto-Submitted header, only the words
subject: Re: Your quote request
--
Thank you for your e-mail. The club office is staffed on Saturdays only during the winter months. We will reply as soon as possible.

Kerry Aero Club

@@ s004 | from: Mail Delivery System <MAILER-DAEMON@smtp.cheznoo.net> | supp: bounce | style: dsn | lang: en | rcpt: ancien.tresorier@cheznoo.net | orig: [OF-2026-1304] Renouvellement de l'abonnement
subject: Undelivered Mail Returned to Sender
--
This is the mail system at host smtp.cheznoo.net.

I'm sorry to have to inform you that your message could not be delivered to one or more recipients.

@@ s005 | from: postmaster@bluewin.ch | supp: bounce | style: dsn | rcpt: ancien.caissier@bluewin.ch | orig: [OF-2026-1305] Chiffrage de votre développement
subject: Notification d'état de remise (échec)
--
Le message n'a pas pu être remis. L'adresse du destinataire est introuvable.

@@ s006 | from: "Lettre des clubs" <lettre@listes.aeroclubs-occitanie.example> | supp: list | style: html | note: regional club newsletter
subject: [Lettre des clubs] Assises régionales du 22 novembre
hdr: List-Id: <lettre.listes.aeroclubs-occitanie.example>
hdr: List-Unsubscribe: <mailto:lettre-leave@listes.aeroclubs-occitanie.example>
hdr: Precedence: list
--
Chers présidents, chers trésoriers,

Les assises régionales auront lieu le 22 novembre à Albi. Au programme : sécurité des vols, subventions 2027, outils de gestion des clubs. Inscription avant le 10 novembre.

@@ s007 | from: OpenFlyers Support <support@openflyers.example> | supp: loop | lang: en | style: plain
subject: [OF-2026-1307] Your test platform
hdr: X-Loop: support@openflyers.example
--
Hello,

You can create the test platform yourself in your client account.

The OpenFlyers support team

@@ s008 | from: noreply@helpdesk.solentschool.co.uk | supp: auto_reply | lang: en | style: html | note: school's own ticket system acknowledgement
subject: [SSF-4471] Request received: [OF-2026-1308] Quote for your development
hdr: Auto-Submitted: auto-generated
--
Your message has been received by Solent School of Flying. Ticket SSF-4471 has been opened and will be handled by the relevant department.

Please do not reply to this automated message.

@@ s009 | from: "Discussions vélivoles" <velivoles@groups.example.org> | supp: list | style: plain | note: a discussion list post that copies support
subject: [velivoles] Quelqu'un utilise OpenFlyers pour les remorqués ?
hdr: List-Id: <velivoles.groups.example.org>
hdr: Precedence: list
cc: support@openflyers.example
--
Salut à tous,

Au club on se demande si quelqu'un facture les remorqués avec OpenFlyers et comment vous avez réglé les tarifs au temps. Retours bienvenus !

Hervé (CVV de la Montagne)

@@ s010 | from: Pieter van Wyk <pieter.vanwyk@mweb.co.za> | supp: auto_reply | lang: en | ref: OF-2026-1310 | noquote: 1 | style: gmail
subject: Out of office Re: [OF-2026-1310] New resource
hdr: Auto-Submitted: auto-replied
--
I'm on leave until 9 November with limited access to e-mail. For urgent flying club matters please contact admin@highveldflying.co.za.

@@ s011 | from: MAILER-DAEMON@mx.videotron.ca | supp: bounce | style: dsn | rcpt: club.aviation.laurentides@videotron.ca | orig: [OF-2026-1311] Renouvellement de l'abonnement
subject: Échec de remise du courriel
--
Votre message n'a pu être livré : boîte de réception inexistante.
"""
