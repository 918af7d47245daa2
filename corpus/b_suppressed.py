"""Set b: mail that must be suppressed (out-of-office, bounces, list mail, our own mail looping)."""

DEFAULTS = {"lang": "fr"}

TEXT = r"""
@@ x001 | from: Gérard Mougin <g.mougin@wanadoo.fr> | supp: auto_reply | ref: OF-2026-0511 | noquote: 1 | style: plain
subject: Réponse automatique : [OF-2026-0511] Estimation de votre demande
hdr: Auto-Submitted: auto-replied
hdr: X-Autoreply: yes
--
Bonjour,

Je suis absent jusqu'au 2 novembre inclus, sans accès à mes mails. Pour toute urgence concernant le club, contactez le secrétariat au 03 29 xx xx xx.

Gérard Mougin

@@ x002 | from: Olivier Chappuis <o.chappuis@bluewin.ch> | supp: auto_reply | style: plain
subject: Absence du bureau / Out of office
hdr: Auto-Submitted: auto-replied
--
Je suis en vacances jusqu'au 18.10.2026. Votre message ne sera pas transféré.
I am on holiday until 18.10.2026. Your message will not be forwarded.

Olivier Chappuis

@@ x003 | from: compta@aviasud-formation.com | supp: auto_reply | ref: OF-2026-0598 | noquote: 1 | style: outlook
subject: Réponse automatique : [OF-2026-0598] Votre demande de migration
hdr: X-Auto-Response-Suppress: All
hdr: Auto-Submitted: auto-generated
--
Bonjour,

Le service comptabilité est fermé du 24 décembre au 3 janvier. Votre message sera traité à notre retour.

Aviasud Formation SAS

@@ x004 | from: Marco Bernasconi <m.bernasconi@geneva-aviation.ch> | supp: auto_reply | lang: en | ref: OF-2026-0602 | noquote: 1 | style: outlook
subject: Automatic reply: [OF-2026-0602] Move to beta version
hdr: Auto-Submitted: auto-replied
hdr: X-MS-Exchange-Inbox-Rules-Loop: m.bernasconi@geneva-aviation.ch
--
Thank you for your email. I am out of the office until Monday 23 November with limited access to email. For urgent operational matters please contact ops@geneva-aviation.ch.

Marco Bernasconi

@@ x005 | from: max.belenus@orange.fr | supp: auto_reply | style: plain | note: no auto-reply header, only the words
subject: Absent
--
Bonjour, je suis en déplacement en métropole jusqu'au 15 janvier. Je lirai vos messages à mon retour. Max Bélénus

@@ x006 | from: Malcolm Hughes <malcolm.hughes@btinternet.com> | supp: auto_reply | lang: en | style: plain
subject: Out of Office: Renewing your subscription
hdr: Precedence: bulk
hdr: X-Autorespond: yes
--
I'm flying in New Zealand until 10th December and checking email only occasionally. For club business please write to secretary.dfg@gmail.com.

Malcolm

@@ x007 | from: ulmbaiedesomme@gmail.com | supp: auto_reply | style: gmail | ref: OF-2026-0577 | noquote: 1
subject: Re: [OF-2026-0577] Migration vers la version 4
hdr: Auto-Submitted: auto-replied
--
Merci pour votre message. Le bureau de l'ULM Baie de Somme est fermé en novembre ; nous vous répondrons dès que possible. Pour les baptêmes, appelez le 06 xx xx xx xx.

@@ x008 | lang: en | from: Mail Delivery Subsystem <mailer-daemon@googlemail.com> | supp: bounce | style: dsn | rcpt: tresorerie.gvvn@gmail.com
orig: [OF-2026-0590] Renouvellement de votre abonnement
subject: Delivery Status Notification (Failure)
hdr: Auto-Submitted: auto-replied
--
Address not found

Your message wasn't delivered to tresorerie.gvvn@gmail.com because the address couldn't be found, or is unable to receive mail.

@@ x009 | from: MAILER-DAEMON@smtp.orange.fr | supp: bounce | style: dsn | rcpt: acm972@wanadoo.fr
orig: [OF-2026-0615] Mise à jour de votre fiche client
subject: Undelivered Mail Returned to Sender
--
Ceci est le programme de distribution du courrier.

Votre message n'a pas pu être remis à un ou plusieurs destinataires.

<acm972@wanadoo.fr>: boîte aux lettres pleine / mailbox full

@@ x010 | from: postmaster@skynet.be | supp: bounce | style: dsn | rcpt: gvvnamur@skynet.be
orig: [OF-2026-0620] Plateforme de test
subject: Non remis : [OF-2026-0620] Plateforme de test
--
Le message n'a pas pu être remis au destinataire suivant : gvvnamur@skynet.be
Le serveur de destination a renvoyé l'erreur : 550 5.1.1 User unknown

@@ x011 | lang: en | from: Mail Delivery System <MAILER-DAEMON@mx.lagoon.nc> | supp: bounce | style: plain | note: a bounce without a DSN part, only the words
subject: Undelivered Mail Returned to Sender
hdr: Auto-Submitted: auto-replied
--
This is the mail system at host mx.lagoon.nc.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<ancien.tresorier@lagoon.nc>: host mx.lagoon.nc said: 550 5.1.1 Recipient address rejected: User unknown in virtual mailbox table

Final-Recipient: rfc822; ancien.tresorier@lagoon.nc
Original-Subject: [OF-2026-0566] Estimation de votre demande

@@ x012 | from: "Liste Vol à Voile FFVP" <info-clubs@listes.ffvp.fr> | supp: list | style: html
subject: [Info-clubs] Bulletin n°47 - réglementation SERA et zones RMZ
hdr: List-Id: Info clubs FFVP <info-clubs.listes.ffvp.fr>
hdr: List-Unsubscribe: <mailto:sympa@listes.ffvp.fr?subject=unsubscribe%20info-clubs>
hdr: Precedence: list
--
Bulletin d'information aux clubs n°47

- Rappel : nouvelles zones RMZ à partir du 26 mars 2027.
- Formation des chefs de piste : inscriptions avant le 15 janvier.
- Logiciels de gestion : plusieurs clubs ont signalé des difficultés de migration vers la version 4 de leur logiciel de réservation ; partagez vos retours sur le forum.

Pour vous désabonner, écrivez à sympa@listes.ffvp.fr.

@@ x013 | from: "Forum OpenFlyers" <forum-notifications@openflyers-users.org> | supp: list | style: plain
subject: [Evolutions et Adaptations] Nouveau message : export comptable Sage
hdr: List-Id: <evolutions.openflyers-users.org>
hdr: List-Unsubscribe: <https://openflyers-users.org/unsubscribe?u=4471>
hdr: Precedence: bulk
--
Bonjour,

Un nouveau message a été posté dans le sujet « export comptable Sage » :

« Nous serions prêts à cofinancer un export vers Sage 100. Qui d'autre ? » - AC Beaune

Répondre sur le forum : https://openflyers-users.org/t/4471

@@ x014 | from: "Aero News Weekly" <newsletter@aeronews-weekly.co.uk> | supp: list | lang: en | style: html
subject: This week: new EASA Part-FCL rules, flying club software roundup
hdr: List-Unsubscribe: <https://aeronews-weekly.co.uk/u/8812>
hdr: List-Id: Aero News Weekly <weekly.aeronews-weekly.co.uk>
hdr: Precedence: bulk
--
AERO NEWS WEEKLY - Issue 312

* EASA publishes amendments to Part-FCL
* Roundup: booking software for flying clubs, what to look for
* Upcoming: AERO Friedrichshafen, 21-24 April 2027

Unsubscribe | Manage preferences

@@ x015 | from: Support OpenFlyers <support@openflyers.example> | supp: loop | style: plain
subject: [OF-2026-0633] Renouvellement de votre abonnement
hdr: X-Loop: support@openflyers.example
--
Bonjour,

Le renouvellement se fait dans votre compte client : « Abonnement » puis « Renouveler ».

Cordialement,
L'assistance OpenFlyers

@@ x016 | from: camargue.ulm@free.fr | supp: loop | style: plain | note: the club's forwarder sends our own message back; our X-Loop header is kept
subject: TR: [OF-2026-0621] Estimation de votre demande
hdr: X-Loop: support@openflyers.example
--
Bonjour,

Nous estimons ce travail à 1 h ; il vous restera 0 h de bonus sur l'année en cours.

L'assistance OpenFlyers

@@ x017 | from: Françoise Duparc <francoise.duparc74@gmail.com> | supp: auto_reply | style: gmail
subject: Réponse automatique
hdr: Auto-Submitted: auto-replied
--
Bonjour,
Je suis en stage de montagne sans réseau jusqu'au 12 octobre. Pour le club : secretariat@acglieres.fr.
Françoise

@@ x018 | from: accueil@volavoile-sisteron.fr | supp: auto_reply | style: plain
subject: Accusé de réception - CVV Sisteron
hdr: Auto-Submitted: auto-replied
hdr: Precedence: auto_reply
--
Bonjour,

Nous avons bien reçu votre message. L'accueil du centre est ouvert du mercredi au dimanche de 9h à 18h ; nous vous répondrons dans les meilleurs délais.

Centre de Vol à Voile de Sisteron - Aérodrome de Vaumeilh

@@ x019 | from: pieter.desmet@telenet.be | supp: auto_reply | lang: en | style: plain
subject: Auto: Your migration request
hdr: Auto-Submitted: auto-replied
--
Hello, I am away until 5 January. Afwezig tot 5 januari. Absent jusqu'au 5 janvier.
Pieter

@@ x020 | from: secretariat@cna-neuchatel.ch | supp: auto_reply | style: outlook | note: an out-of-office without any header, recognisable by its words
subject: Absence : Mise à jour de votre fiche client
--
Bonjour,

Le secrétariat du CNA est fermé durant les vacances d'automne (du 10 au 25 octobre). Pour les réservations, utilisez directement la plateforme.

Meilleures salutations

@@ x021 | from: "Mail Delivery System" <MAILER-DAEMON@mail.bluewin.ch> | supp: bounce | style: dsn | lang: en | rcpt: beat.sciboz@bluwin.ch
orig: [OF-2026-0602] Test platform
subject: Undeliverable: [OF-2026-0602] Test platform
--
Delivery has failed to these recipients or groups:

beat.sciboz@bluwin.ch
The domain name couldn't be found. Check the address and try again.

@@ x022 | from: lga.treasurer@pt.lu | supp: auto_reply | lang: en | style: plain
subject: Automatic reply
hdr: X-Autoreply: yes
hdr: Auto-Submitted: auto-replied
--
Thank you for your message. The LGA treasurer is travelling until 20 September. Your message has been received and will be answered after that date.

@@ x023 | from: "Aviation Club Software Digest" <digest@clubsoft-news.com> | supp: list | lang: en | style: plain
subject: Your weekly digest
hdr: List-Unsubscribe: <mailto:unsubscribe@clubsoft-news.com>
hdr: Precedence: list
hdr: List-Id: digest.clubsoft-news.com
--
Top topics this week:
- "How do we move our club to version 4?" (12 replies)
- "Renewal invoice shows wrong number of aircraft" (5 replies)
- "Password reset for members" (3 replies)

You receive this digest because you subscribed at clubsoft-news.com.

@@ x024 | from: Support OpenFlyers <support@openflyers.example> | supp: loop | lang: en | style: plain | note: our own message comes back (From our address, our Message-ID domain)
subject: [OF-2026-0602] Estimate for your request
--
Hello,

We estimate this work at 2 h; you will have 3 h of bonus hours left this year.
Please confirm by replying so that we can schedule it.

OpenFlyers support

@@ x025 | from: info@kzvo.be | supp: auto_reply | lang: en | style: plain | ref: OF-2026-0585 | noquote: 1
subject: Out of office Re: [OF-2026-0585] Migration to version 4
hdr: Auto-Submitted: auto-replied
--
Our secretariat is closed for the winter break. We will be back on 11 January. Thank you for your patience.
KZVO

@@ x026 | from: tallard.ulm@orange.fr | supp: auto_reply | style: android | note: phone auto-reply with only the words
subject: Réponse automatique
--
Je suis en vol, je vous rappelle dès que possible. Patrice

@@ x027 | from: postmaster@hotmail.fr | supp: bounce | style: dsn | rcpt: ardennes.ulm@hotmail.fr
orig: [OF-2026-0629] Renouvellement de votre abonnement
subject: Undeliverable: [OF-2026-0629] Renouvellement de votre abonnement
--
Votre message n'a pas pu être remis à ardennes.ulm@hotmail.fr : la boîte de réception du destinataire est pleine et ne peut pas accepter de messages pour le moment.
"""
