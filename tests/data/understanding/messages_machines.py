"""Messages that must never be answered: out-of-office (some without any header), bounces, lists,
our own mail coming back. And near misses that must NOT be suppressed."""

from build_set import M, add, gmail_quote

EST = "Bonjour,\nNous estimons cette intervention à 2 heures.\nMerci de confirmer.\nL'équipe OpenFlyers"
D = "Wed, 14 Oct 2026 08:31:00 +0200"

add(
    M("ooo-outlook-fr-noheader", "Paul Garnier <paul.garnier@ac-mermoz.fr>",
      "Réponse automatique : [OF-2026-0012] Estimation",
      "Bonjour,\nJe suis absent du 12 au 23 octobre inclus, sans accès à mes mails. Pour toute urgence, "
      "merci de contacter contact@ac-mermoz.fr.\nPaul Garnier", date=D, ref="OF-2026-0012", sup="auto_reply"),
    M("ooo-absence-bureau", "secretariat@ac-bleriot.fr", "Absence du bureau",
      "Je suis absente du bureau jusqu'au 2 novembre. Je traiterai votre message à mon retour.\nAnne",
      date=D, sup="auto_reply"),
    M("ooo-body-only", "compta@guynemer-aviation.fr", "Re: [OF-2026-0016] Devis développement",
      "Bonjour,\n\nJe suis actuellement en congés jusqu'au 26 octobre. Votre message ne sera pas transféré. "
      "En cas d'urgence, contactez le 01 23 45 67 89.\n\nCordialement\nService comptable", date=D,
      ref="OF-2026-0016", sup="auto_reply"),
    M("ooo-en-automatic", "david.clarke@wingflightschool.co.uk", "Automatic reply: [OF-2026-0017] Estimate",
      "I am out of the office until 20 October with limited access to email. For urgent matters please "
      "contact office@wingflightschool.co.uk.", date=D, ref="OF-2026-0017", sup="auto_reply", lang="en",
      headers={"X-Auto-Response-Suppress": "All"}),
    M("ooo-en-header", "accounts@wingflightschool.co.uk", "Out of Office",
      "Thank you for your email. I am currently away and will respond upon my return.", date=D,
      sup="auto_reply", lang="en", headers={"Auto-Submitted": "auto-replied"}),
    M("ooo-autosubmitted-fr", "j.perrin@free.fr", "Re: Planning", "Je suis en vacances, je vous répondrai à "
      "mon retour.", date=D, sup="auto_reply", headers={"Auto-Submitted": "auto-replied", "Precedence": "bulk"}),
    M("ooo-xautoreply", "ulmsudaventure@gmail.com", "Message d'absence",
      "Bonjour, le club est fermé pour l'hiver, réouverture le 1er mars.", date=D, sup="auto_reply",
      headers={"X-Autoreply": "yes"}),
    M("ooo-je-suis-absente", "contact@ac-heleneboucher.fr", "Re: [OF-2026-0036] Estimation",
      "Je suis absente du 14 au 21 octobre. Je vous répondrai dès mon retour.\n\nNathalie Roux", date=D,
      ref="OF-2026-0036", sup="auto_reply"),
    M("ooo-precedence-auto", "gestion@nungesser-aviation.com", "Absent",
      "Je suis absent jusqu'au lundi 19 octobre.", date=D, sup="auto_reply",
      headers={"Precedence": "auto_reply"}),
    M("ooo-en-noheader", "office@wingflightschool.co.uk", "Re: Booking error",
      "Hello,\nI'm currently out of the office on annual leave, returning on 2 November. If urgent, "
      "please call the front desk.\nDavid", date=D, sup="auto_reply", lang="en"),
    # bounces
    M("bounce-postfix", "MAILER-DAEMON@mx.ac-mermoz.fr (Mail Delivery System)",
      "Undelivered Mail Returned to Sender",
      "This is the mail system at host mx.ac-mermoz.fr.\n\nI'm sorry to have to inform you that your "
      "message could not be delivered to one or more recipients.\n\n<ancien@ac-mermoz.fr>: user unknown",
      date=D, sup="bounce", lang="en", headers={"Return-Path": "<>", "Auto-Submitted": "auto-replied"}),
    M("bounce-exim-autosub", "Mail Delivery System <Mailer-Daemon@smtp.orange.fr>",
      "Mail delivery failed: returning message to sender",
      "This message was created automatically by mail delivery software.\n\nA message that you sent could "
      "not be delivered to one or more of its recipients.", date=D, sup="bounce", lang="en",
      headers={"Auto-Submitted": "auto-replied"}),
    M("bounce-fr", "postmaster@wanadoo.fr", "Non remis : [OF-2026-0045] Estimation",
      "Votre message n'a pas pu être remis au destinataire cvva49@wanadoo.fr : boîte pleine.", date=D,
      sup="bounce"),
    # list, loop
    M("list-newsletter", "Aviation Mag <news@aviation-mag.example>", "La lettre de l'aviation légère",
      "Découvrez nos articles du mois : sécurité des vols, nouveautés avionique...", date=D, sup="list",
      headers={"List-Unsubscribe": "<mailto:unsubscribe@aviation-mag.example>", "Precedence": "bulk"}),
    M("list-forum", "forum@openflyers-forum.example", "[Evolutions et Adaptations] Nouveau sujet",
      "Un nouveau sujet a été publié dans la section Evolutions et Adaptations.", date=D, sup="list",
      headers={"List-Id": "Forum OpenFlyers <evolutions.forum.example>"}),
    M("loop-ours", "Support OpenFlyers <support@openflyers.com>", "[OF-2026-0012] Estimation",
      "Bonjour,\nNous estimons cette intervention à 2 heures.", date=D, sup="loop"),
    M("loop-xloop", "relay@ac-mermoz.fr", "Fwd: [OF-2026-0013] Estimation",
      "Bonjour,\nNous estimons cette intervention à 2 heures.", date=D, sup="loop",
      headers={"X-Loop": "support@openflyers.com"}),
    # near misses: real requests that look machine-ish
    M("near-xars", "i.girard@cap-aviation.fr", "Accès planning instructeurs",
      "Bonjour,\nLes instructeurs ne voient plus le planning depuis ce matin, message d'erreur. Merci\nIsabelle",
      date=D, kind="support", headers={"X-Auto-Response-Suppress": "DR, OOF, AutoReply"}),
    M("near-absent-request", "ac.saintex@orange.fr", "Migration v4",
      "Bonjour,\nJe suis absent du 3 au 10 novembre : merci de ne pas migrer avant le 12 novembre, je veux "
      "être là. Nous souhaitons passer en version 4.\nJacques", date=D, kind="migration", nb="2026-11-12",
      tv="4"),
    M("near-quotes-us", "tresorier@acpv.bzh", "Re: [OF-2026-0044] Migration version 4",
      "Oui, je confirme." + gmail_quote("lun. 12 oct. 2026 à 10:02", EST), date=D, ref="OF-2026-0044",
      reply="confirm"),
    M("near-autosubmitted-no", "contact@ac-mermoz.fr", "Heures restantes ?",
      "Bonjour, il nous reste combien d'heures de bonus ?\nPaul", date=D, kind="hours_statement",
      headers={"Auto-Submitted": "no"}),
)
