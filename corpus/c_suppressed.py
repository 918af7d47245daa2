"""Set c: mail that must be suppressed (out-of-office, bounces, list mail, our own mail looping)."""

DEFAULTS = {"lang": "fr"}

TEXT = r"""
@@ z01 | from: Jean-Luc Bréchet <jl.brechet@orange.fr> | supp: auto_reply | ref: OF-2026-1301 | noquote: 1 | style: outlook
subject: Réponse automatique : [OF-2026-1301] Estimation de votre demande
hdr: Auto-Submitted: auto-replied
hdr: X-Auto-Response-Suppress: All
--
Bonjour,

Je suis absent du 26 octobre au 8 novembre inclus. Pour toute question urgente concernant l'aéro-club, merci de contacter le secrétariat : aeroclub.cholet@wanadoo.fr.

Jean-Luc Bréchet

@@ z02 | from: comptabilite@cvv-sainthubert.be | supp: auto_reply | style: plain
subject: Absence comptabilité
hdr: Auto-Submitted: auto-replied
--
Bonjour,

La comptabilité du CVV est fermée jusqu'au 4 janvier. Votre message sera traité à la reprise.

CVV Saint-Hubert

@@ z03 | lang: en | from: Joseph Camilleri <j.camilleri@maltaflightacademy.com.mt> | supp: auto_reply | ref: OF-2026-1303 | noquote: 1 | style: outlook
subject: Automatic reply: [OF-2026-1303] Your migration request
hdr: Auto-Submitted: auto-replied
hdr: X-MS-Exchange-Inbox-Rules-Loop: j.camilleri@maltaflightacademy.com.mt
--
Thank you for your message. I am on leave until 16 November. For operational matters please contact ops@maltaflightacademy.com.mt.

Joseph Camilleri

@@ z04 | from: teva.marurai@mail.pf | supp: auto_reply | style: plain | note: no header, only the words
subject: Absent
--
Ia ora na, je suis aux Marquises jusqu'au 30 novembre sans connexion. Je répondrai à mon retour. Teva

@@ z05 | lang: en | from: office@wessexgliding.co.uk | supp: auto_reply | style: plain
subject: Thank you for contacting Wessex Gliding Club
hdr: Auto-Submitted: auto-generated
hdr: Precedence: auto_reply
--
Thank you for your email. The club office is staffed on flying days only (Wednesday, Saturday and Sunday). We will reply as soon as we can.

Wessex Gliding Club

@@ z06 | from: gilberte.moulin03@orange.fr | supp: auto_reply | style: plain | ref: OF-2026-1306 | noquote: 1
subject: Re: [OF-2026-1306] Renouvellement de votre abonnement
hdr: Auto-Submitted: auto-replied
hdr: X-Autoreply: yes
--
Bonjour,
Je suis chez ma fille à Clermont jusqu'au 12 décembre et je consulte rarement mes messages. Pour l'aéro-club, merci d'écrire à aeroclub.vichy@sfr.fr.
Gilberte Moulin

@@ z07 | lang: en | from: penningmeester@vliegclubzeeland.nl | supp: auto_reply | style: plain
subject: Afwezig / Out of office
hdr: Auto-Submitted: auto-replied
--
Ik ben afwezig tot 2 december. I am away until 2 December and will answer your message after that date.

Penningmeester Vliegclub Zeeland

@@ z08 | lang: en | from: Mail Delivery Subsystem <mailer-daemon@googlemail.com> | supp: bounce | style: dsn | rcpt: tresorier.accholet@gmail.com
orig: [OF-2026-1308] Mise à jour de votre fiche client
subject: Delivery Status Notification (Failure)
hdr: Auto-Submitted: auto-replied
--
Address not found

Your message wasn't delivered to tresorier.accholet@gmail.com because the address couldn't be found, or is unable to receive mail.

@@ z09 | from: MAILER-DAEMON@smtp.sfr.fr | supp: bounce | style: dsn | rcpt: aeroclub.vichy@sfr.fr
orig: [OF-2026-1309] Renouvellement de votre abonnement
subject: Message non délivré : [OF-2026-1309] Renouvellement de votre abonnement
--
Votre message n'a pas pu être délivré à aeroclub.vichy@sfr.fr : quota de la boîte aux lettres dépassé.

@@ z10 | from: Mail Delivery System <MAILER-DAEMON@mx.mail.pf> | supp: bounce | style: plain | note: a bounce without a DSN part, only the words
subject: Undelivered Mail Returned to Sender
hdr: Auto-Submitted: auto-replied
--
This is the mail system at host mx.mail.pf.

Votre message n'a pas pu être remis à un ou plusieurs destinataires.

<tresorier.act@mail.pf>: host mx.mail.pf said: 550 5.1.1 <tresorier.act@mail.pf>: Recipient address rejected: User unknown

Original-Subject: [OF-2026-1310] Plateforme de test

@@ z11 | date: 2026-11-10 07:30 | from: "Liste Aéroclubs Grand Est" <aeroclubs-ge@listes.aviation-grandest.fr> | supp: list | style: html
subject: [aeroclubs-ge] Rappel : réunion des présidents le 28 novembre
hdr: List-Id: Aéroclubs Grand Est <aeroclubs-ge.listes.aviation-grandest.fr>
hdr: List-Unsubscribe: <mailto:sympa@listes.aviation-grandest.fr?subject=unsubscribe%20aeroclubs-ge>
hdr: Precedence: list
--
Bonjour à toutes et à tous,

Rappel : la réunion des présidents d'aéroclubs du Grand Est aura lieu le samedi 28 novembre à Colmar-Houssen.
Ordre du jour : subventions 2027, sécurité des vols, logiciels de gestion (retours sur la version 4).

Pour vous désabonner : sympa@listes.aviation-grandest.fr

@@ z12 | lang: en | from: "Gliding Club Managers" <gcm-list@googlegroups.com> | supp: list | style: plain
subject: [GCM] Anyone moved their booking software to v4 yet?
hdr: List-Id: <gcm-list.googlegroups.com>
hdr: List-Unsubscribe: <mailto:gcm-list+unsubscribe@googlegroups.com>
hdr: Precedence: list
hdr: Mailing-list: list gcm-list@googlegroups.com; contact gcm-list+owners@googlegroups.com
--
Has anyone here upgraded their club's booking platform to version 4? We're thinking about it for the winter and would like to hear how the migration went (downtime, members' reaction).

Tom, Midland GC

--
You received this message because you are subscribed to the Google Groups "Gliding Club Managers" group.

@@ z13 | from: "Info Pilote" <newsletter@infopilote-mag.fr> | supp: list | style: html
subject: Info Pilote - La lettre de novembre
hdr: List-Unsubscribe: <https://infopilote-mag.fr/desinscription?id=55120>
hdr: Precedence: bulk
--
LA LETTRE D'INFO PILOTE - NOVEMBRE 2026

- Dossier : bien préparer la visite annuelle de votre avion
- Réglementation : ce qui change au 1er janvier
- Logiciels de club : le comparatif 2027

Se désinscrire

@@ z14 | from: Support OpenFlyers <support@openflyers.example> | supp: loop | style: plain
subject: [OF-2026-1314] Votre demande de migration
hdr: X-Loop: support@openflyers.example
--
Bonjour,

Nous avons bien enregistré votre demande de migration. Nous ne pouvons pas garantir de date.

Cordialement,
L'assistance OpenFlyers

@@ z15 | lang: en | from: secretary@shannonaeroclub.ie | supp: loop | style: plain | note: the club's forwarding rule sends our own message back with our X-Loop header
subject: Fw: [OF-2026-1315] Test platform
hdr: X-Loop: support@openflyers.example
--
Hello,

You can create a test platform yourself from your client account, section 'Platforms'. If you prefer us to do it, it takes 0.5 h of your bonus hours. Shall we?

OpenFlyers support
"""
