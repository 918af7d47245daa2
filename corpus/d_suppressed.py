"""Set d: mail that must be suppressed (out-of-office, bounces, list mail, our own mail looping)."""

DEFAULTS = {"lang": "fr"}

TEXT = r"""
@@ x001 | from: Jean-Claude Mérand <jc.merand17@orange.fr> | supp: auto_reply | ref: OF-2026-0851 | noquote: 1 | style: outlook
subject: Réponse automatique : [OF-2026-0851] Estimation de votre demande
hdr: Auto-Submitted: auto-replied
--
Bonjour,

Je suis absent du 2 au 16 novembre. Pour les questions de trésorerie urgentes, merci de contacter le président au 06 00 00 00 00.

Jean-Claude Mérand

@@ x002 | from: secretariat@cvv-montagnenoire.fr | supp: auto_reply | style: plain | note: only the words, no header
subject: Fermeture hivernale
--
Bonjour,

Le secrétariat du CVV est fermé du 15 décembre au 15 janvier. Votre message sera lu à la réouverture.

Bonnes fêtes !

@@ x003 | from: Isabelle Laborde <i.laborde@aeropyrenees-formation.fr> | supp: auto_reply | ref: OF-2026-0853 | noquote: 1 | style: outlook
subject: Absent(e) du bureau : [OF-2026-0853] Plateforme de test
hdr: Auto-Submitted: auto-replied
hdr: X-Auto-Response-Suppress: All
--
Je suis en congé jusqu'au lundi 2 novembre. En mon absence, vous pouvez joindre direction@aeropyrenees-formation.fr.

@@ x004 | from: Mail Delivery Subsystem <mailer-daemon@googlemail.com> | supp: bounce | style: dsn | lang: en | rcpt: tresorier.achs@gmail.com
subject: Delivery Status Notification (Failure)
--
Your message wasn't delivered to tresorier.achs@gmail.com because the address couldn't be found, or is unable to receive mail.

@@ x005 | from: MAILER-DAEMON@smtp.orange.fr | supp: bounce | style: dsn | rcpt: aeroclub.cantal@orange.fr
subject: Echec de distribution du message
--
Votre message n'a pas pu être remis à un ou plusieurs destinataires.

@@ x006 | from: "Info Fédé Vol Moteur" <infos-clubs@listes.ffa-aero.fr> | supp: list | style: html
subject: [Infos clubs] Calendrier des formations instructeurs 2027
hdr: List-Id: <infos-clubs.listes.ffa-aero.fr>
hdr: List-Unsubscribe: <mailto:infos-clubs-unsubscribe@listes.ffa-aero.fr>
hdr: Precedence: list
--
Madame, Monsieur les présidents,

Veuillez trouver le calendrier des stages de formation d'instructeurs pour 2027. Les inscriptions ouvrent le 1er décembre.

La commission formation

@@ x007 | from: Nigel Pascoe <nigel.pascoe@btinternet.com> | supp: auto_reply | lang: en | ref: OF-2026-0857 | noquote: 1 | style: plain
subject: Auto: [OF-2026-0857] Estimate for your request
hdr: Auto-Submitted: auto-replied
hdr: Precedence: bulk
--
I'm away ferrying an aircraft to Scotland until 20 October, with patchy e-mail. For urgent club matters contact secretary@cornwallflyingclub.co.uk.

Nigel

@@ x008 | from: Support OpenFlyers <support@openflyers.example> | supp: loop | style: plain
subject: [OF-2026-0858] Votre demande de migration
hdr: X-Loop: support@openflyers.example
--
Bonjour,

Nous avons bien enregistré votre demande de migration.

Cordialement,
L'assistance OpenFlyers

@@ x009 | from: postmaster@skynet.be | supp: bounce | style: dsn | rcpt: cvvsthubert@skynet.be
subject: Non remis : [OF-2026-0859] Renouvellement de votre abonnement
--
La remise du message au destinataire a échoué : boîte aux lettres pleine.

@@ x010 | from: ops@maltaflyingschool.com.mt | supp: auto_reply | lang: en | style: outlook | note: ticketing system acknowledgement
subject: [MSF-OPS #48213] We have received your message
hdr: Auto-Submitted: auto-generated
--
Thank you for contacting Malta School of Flying operations. Your message has been logged as ticket #48213. Our team answers within 24 hours, Monday to Saturday.

@@ x011 | from: "Newsletter AéroLoisirs" <news@aeroloisirs-mag.fr> | supp: list | style: html | note: commercial newsletter
subject: Les nouveautés de l'hiver pour votre club
hdr: List-Unsubscribe: <https://aeroloisirs-mag.fr/unsubscribe>
hdr: Precedence: bulk
--
Découvrez nos offres sur les casques, les GPS et les cartes VFR 2027. Livraison offerte dès 80 € d'achat.
"""
