"""Mail no one should answer: out-of-office replies, bounces of our mail, list mail, our own mail looping."""

from email import message_from_string
from email.message import Message
from email.mime.message import MIMEMessage
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText

from make_a import mail

OOO = {"Auto-Submitted": "auto-replied"}


def bounce(
    key: str,
    rcpt: str,
    status: str,
    diag: str,
    text: str,
    subject: str,
    *,
    mta: str = "mx1.openflyers.example",
) -> Message:
    """A multipart/report delivery status notification about one of our messages (parts have no file names)."""
    report = MIMEMultipart("report", report_type="delivery-status", boundary=f"----=_DSN_{key}_0001")
    report.attach(MIMEText(text, "plain", "utf-8"))
    status_part = Message()
    status_part.set_type("message/delivery-status")
    per_message = message_from_string(f"Reporting-MTA: dns; {mta}\n\n")
    per_recipient = message_from_string(
        f"Final-Recipient: rfc822; {rcpt}\nOriginal-Recipient: rfc822;{rcpt}\nAction: failed\nStatus: {status}\nDiagnostic-Code: smtp; {diag}\n\n"
    )
    status_part.set_payload([per_message, per_recipient])
    report.attach(status_part)
    original = Message()
    original["From"] = "OpenFlyers Support <support@openflyers.example>"
    original["To"] = rcpt
    original["Subject"] = subject
    original["Message-ID"] = f"<of-2026-bounce-{key}@openflyers.example>"
    headers_part = MIMEText("", "rfc822-headers")
    headers_part.set_payload(original.as_string())
    report.attach(headers_part)
    return report


def forwarded_original(key: str, rcpt: str, subject: str, body: str) -> Message:
    """An old-style plain bounce that carries our whole message inline as message/rfc822."""
    outer = MIMEMultipart("mixed", boundary=f"----=_NDR_{key}")
    outer.attach(MIMEText(body, "plain", "utf-8"))
    inner = MIMEText(
        "Bonjour,\n\nVotre facture de renouvellement est disponible dans votre espace client.\n\nL'équipe OpenFlyers\n",
        "plain",
        "utf-8",
    )
    inner["From"] = "OpenFlyers Support <support@openflyers.example>"
    inner["To"] = rcpt
    inner["Subject"] = subject
    inner["Message-ID"] = f"<of-2026-ndr-{key}@openflyers.example>"
    outer.attach(MIMEMessage(inner))
    return outer


MAILS = [
    mail(
        "xoo01",
        "contact@aeroclub-vexin.fr",
        "Réponse automatique : [OF-2026-0214] Votre demande d'assistance",
        sup="auto_reply",
        shape="outlook",
        headers=dict(OOO, **{"X-Auto-Response-Suppress": "All"}),
        body="""
Bonjour,

Le secrétariat est fermé du 21 décembre au 4 janvier inclus. Votre message sera traité à notre retour.
Pour toute urgence concernant les avions, contactez le chef-pilote au 06 12 34 56 78.

Secrétariat Aéroclub du Vexin
""",
    ),
    mail(
        "xoo02",
        "k.mathieu@aviasud-formation.com",
        "Absent(e) du bureau : Votre demande de devis",
        name="Karine Mathieu",
        sup="auto_reply",
        shape="outlook",
        headers={
            "Auto-Submitted": "auto-generated",
            "X-MS-Exchange-Inbox-Rules-Loop": "k.mathieu@aviasud-formation.com",
        },
        body="""
Je suis absente jusqu'au lundi 7 décembre avec un accès limité à mes e-mails.
Pour les questions de planning, merci d'écrire à planning@aviasud-formation.com.

Karine Mathieu
""",
        note="an absence date inside an auto-reply is not a not-before",
    ),
    mail(
        "xoo03",
        "graham.whitaker@btinternet.com",
        "Automatic reply: Your support request",
        name="Graham Whitaker",
        lang="en",
        sup="auto_reply",
        shape="outlook",
        headers=OOO,
        body="""
Thank you for your email. I am away flying in Spain until 14 November and will reply on my return.
For anything urgent please contact the club office on 01285 770 123.

Graham
""",
    ),
    mail(
        "xoo04",
        "seb.roche63@gmail.com",
        "Re: [OF-2026-0231] Votre demande de devis",
        name="Sébastien Roche",
        sup="auto_reply",
        shape="gmail",
        headers={"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"},
        body="""
Bonjour,
Je suis en stage montagne à Vinon jusqu'au 30 novembre, je lirai vos messages à mon retour.
Séb
""",
        note="vacation responder with a 'Re:' subject and our reference: still suppressed",
    ),
    mail(
        "xoo05",
        "erik.lindqvist@telia.com",
        "Autosvar: Migration to version 4",
        name="Erik Lindqvist",
        lang="en",
        sup="auto_reply",
        shape="plain",
        headers={"Auto-Submitted": "auto-replied", "Precedence": "auto_reply"},
        body="""
I am on parental leave until February. Please contact kansli@skaneflyg.se for club matters.

Jag är föräldraledig till februari. Kontakta kansli@skaneflyg.se.
""",
    ),
    mail(
        "xoo06",
        "direction@ecole-cote-opale.fr",
        "Absence",
        sup="auto_reply",
        shape="html",
        note="only the words say it is automatic: no header",
        body="""
Ceci est une réponse automatique.

L'école est fermée pour congés annuels du 19 décembre 2026 au 3 janvier 2027. Les vols reprendront le lundi 4 janvier.
Pour les bons cadeaux, rendez-vous sur notre site.

École de Pilotage Côte d'Opale
""",
    ),
    mail(
        "xoo07",
        "info@acliege.be",
        "Accusé de réception",
        sup="auto_reply",
        shape="plain",
        headers={"Auto-Submitted": "auto-replied"},
        body="""
Nous avons bien reçu votre message. Notre secrétariat, composé de bénévoles, vous répondra dans les meilleurs délais.
Ce message est généré automatiquement, merci de ne pas y répondre.

Aéro-Club de Liège
""",
    ),
    mail(
        "xoo08",
        "joris.vandijk@ziggo.nl",
        "Afwezig / Out of office",
        name="Joris van Dijk",
        lang="en",
        sup="auto_reply",
        shape="outlook",
        headers=OOO,
        body="""
Dank voor uw bericht. Ik ben afwezig tot 2 december.
Thank you for your message. I am out of the office until 2 December and will answer when I am back.

Joris van Dijk
""",
    ),
    mail(
        "xoo09",
        "tresorier@ac-picardie.fr",
        "Message d'absence",
        name="Francis Delattre",
        sup="auto_reply",
        shape="webmail",
        note="words only, no auto header",
        body="""
Bonjour,

je suis absent du 2 au 16 novembre. En cas d'urgence, contactez le président au 06 84 21 33 70.

Ce message a été envoyé automatiquement.
Francis Delattre
""",
    ),
    mail(
        "xoo10",
        "fiona.macleod@highlandaero.co.uk",
        "Out of Office: Fwd: Committee minutes – OpenFlyers",
        name="Fiona MacLeod",
        lang="en",
        sup="auto_reply",
        shape="outlook",
        headers={"X-Auto-Response-Suppress": "All", "Auto-Submitted": "auto-generated"},
        body="""
I'm out of the office on annual leave, returning Monday 30th November. Your email will not be forwarded.

Fiona MacLeod
Highland Aero Club
""",
    ),
    mail(
        "xoo11",
        "noreply@ulm-sologne.fr",
        "Votre message a bien été reçu",
        sup="auto_reply",
        shape="html",
        headers={"Auto-Submitted": "auto-replied", "X-Autorespond": "ulm-sologne"},
        body="""
Merci pour votre message adressé aux Ailes de Sologne.
Nous volons le week-end et répondons aux e-mails le lundi soir.
""",
        note="automatic acknowledgment from an address not on record",
    ),
    mail(
        "xbo01",
        "MAILER-DAEMON@mx1.openflyers.example",
        "Undelivered Mail Returned to Sender",
        name="Mail Delivery System",
        lang="en",
        sup="bounce",
        raw=bounce(
            "bo01",
            "tresorier@ac-vendee.fr",
            "5.1.1",
            "550 5.1.1 <tresorier@ac-vendee.fr>: Recipient address rejected: User unknown",
            "This is the mail system at host mx1.openflyers.example.\n\nI'm sorry to have to inform you that your message could not\nbe delivered to one or more recipients.\n\n<tresorier@ac-vendee.fr>: host mx.ac-vendee.fr said: 550 5.1.1 User unknown\n",
            "[OF-2026-0187] Votre facture de renouvellement",
        ),
        body="",
    ),
    mail(
        "xbo02",
        "postmaster@orange.fr",
        "Non remis : [OF-2026-0192] Migration de votre plateforme",
        name="Postmaster Orange",
        sup="bounce",
        raw=bounce(
            "bo02",
            "acbn22@orange.fr",
            "5.2.2",
            "552 5.2.2 Mailbox full / Boite aux lettres pleine",
            "Votre message n'a pas pu être remis au destinataire suivant :\n\nacbn22@orange.fr\nLa boîte aux lettres du destinataire est pleine.\n\n--\nService de messagerie Orange\n",
            "[OF-2026-0192] Migration de votre plateforme",
            mta="smtp-out.orange.fr",
        ),
        body="",
    ),
    mail(
        "xbo03",
        "MAILER-DAEMON@googlemail.com",
        "Delivery Status Notification (Failure)",
        name="Mail Delivery Subsystem",
        lang="en",
        sup="bounce",
        raw=bounce(
            "bo03",
            "dublingliding.treasurer@gmail.com",
            "5.1.1",
            "550-5.1.1 The email account that you tried to reach does not exist.",
            "** Address not found **\n\nYour message wasn't delivered to dublingliding.treasurer@gmail.com because the address couldn't be found, or is unable to receive mail.\n",
            "[OF-2026-0205] Your support request",
            mta="mail-sor-f41.google.com",
        ),
        body="",
    ),
    mail(
        "xbo04",
        "postmaster@aeroclub-anjou.fr",
        "Message non remis : Ajout de ressource",
        name="Microsoft Outlook",
        sup="bounce",
        raw=forwarded_original(
            "bo04",
            "ancien.tresorier@aeroclub-anjou.fr",
            "[OF-2026-0219] Ajout de ressource",
            "Échec de la remise à ces destinataires ou groupes :\n\nancien.tresorier@aeroclub-anjou.fr\nL'adresse de messagerie que vous avez entrée est introuvable.\n\nDiagnostics pour les administrateurs :\nServeur de génération : AM0PR10MB2345.EURPRD10.PROD.OUTLOOK.COM\nRemote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound'\n",
        ),
        note="the returned original is attached as message/rfc822: not a file",
        body="",
    ),
    mail(
        "xbo05",
        "mailer-daemon@web.de",
        "Mail delivery failed: returning message to sender",
        name="Mail Delivery System",
        lang="en",
        sup="bounce",
        shape="plain",
        note="plain-text bounce without a report part",
        body="""
This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a temporary error. The following address(es) deferred:

  markus.becker@web.de
    Mailbox quota exceeded (4.2.2) – retry timeout exceeded

------ This is a copy of the message, including all the headers. ------

From: OpenFlyers Support <support@openflyers.example>
To: markus.becker@web.de
Subject: [OF-2026-0240] Migration to version 4

Hello,
Before we schedule the migration of your platform to version 4 we need your written agreement.
""",
    ),
    mail(
        "xli01",
        "newsletter@ffa-aero.example",
        "Info-Fédé n°212 – novembre 2026",
        name="Fédération Française Aéronautique",
        sup="list",
        shape="html",
        headers={
            "List-Id": "Info-Fede <infofede.ffa-aero.example>",
            "List-Unsubscribe": "<mailto:unsubscribe@ffa-aero.example?subject=infofede>, <https://ffa-aero.example/u/infofede>",
            "Precedence": "bulk",
        },
        body="""
Info-Fédé – la lettre des présidents de clubs

Au sommaire :
– Assemblée générale fédérale le 27 mars 2027 à Paris
– Nouvelle campagne de subventions BIA : dossiers avant le 15 janvier
– Logiciels de gestion de club : retours d'expérience (OpenFlyers, autres)

Pour ne plus recevoir cette lettre, cliquez ici.
""",
    ),
    mail(
        "xli02",
        "planeur-gestion@groupes.example",
        "[planeur-gestion] Migration OpenFlyers v4 : vos retours ?",
        name="Liste planeur-gestion",
        sup="list",
        shape="plain",
        headers={
            "List-Id": "<planeur-gestion.groupes.example>",
            "List-Post": "<mailto:planeur-gestion@groupes.example>",
            "Precedence": "list",
            "Sender": "planeur-gestion-bounces@groupes.example",
        },
        note="talks of migration but is list mail",
        body="""
Bonjour à tous,

Notre club (CVV de la Montagne Noire) envisage de migrer sa plateforme OpenFlyers en version 4 au printemps, pas avant le 1er avril.
Ceux qui l'ont fait : combien de temps d'indisponibilité ? des soucis avec les lancements treuil ?

Merci,
Bruno – trésorier CVVMN

_______________________________________________
planeur-gestion mailing list
planeur-gestion@groupes.example
""",
    ),
    mail(
        "xli03",
        "news@aviationsoftware-digest.example",
        "This week in GA software",
        name="GA Software Digest",
        lang="en",
        sup="list",
        shape="html",
        headers={
            "List-Unsubscribe": "<https://aviationsoftware-digest.example/unsub?id=8812>",
            "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
            "Precedence": "bulk",
        },
        body="""
GA Software Digest – Issue 87

* Club booking systems compared: what changed in 2026
* Interview: running a gliding club's winch log on a tablet
* Webinar on 12 January: EASA Part-DTO paperwork made simple

You are receiving this because you subscribed at a trade fair. Unsubscribe at any time.
""",
    ),
    mail(
        "xli04",
        "ulm-gestion@listes.example",
        "[ulm-gestion] Re: mot de passe oublié compte client",
        name="Romain Dupuy via ulm-gestion",
        sup="list",
        shape="plain",
        headers={
            "List-Id": "ULM gestion <ulm-gestion.listes.example>",
            "Precedence": "list",
            "List-Archive": "<https://listes.example/ulm-gestion>",
        },
        note="a client's words relayed by a list the support address is on",
        body="""
Pour le mot de passe du compte client il suffit de faire "mot de passe oublié" avec l'adresse du club, ça marche très bien, pas besoin d'écrire au support.

Romain (ULM Gascogne)

--
Liste ulm-gestion – pour se désabonner : ulm-gestion-unsubscribe@listes.example
""",
    ),
    mail(
        "xlo01",
        "support@openflyers.example",
        "[OF-2026-0233] Votre demande d'assistance",
        name="OpenFlyers Support",
        sup="loop",
        shape="plain",
        headers={
            "Message-ID": "<of-2026-0233.loop1@openflyers.example>",
            "X-Loop": "support@openflyers.example",
        },
        note="our own message delivered back to us",
        body="""
Bonjour,

Nous avons bien reçu votre demande. Nous estimons ce travail à 1 h ; il vous restera 4 h de bonus sur l'année.
Merci de confirmer par retour de mail.

L'équipe OpenFlyers
""",
    ),
    mail(
        "xlo02",
        "ulmcamargue@free.fr",
        "TR: [OF-2026-0198] Migration de votre plateforme",
        sup="loop",
        shape="webmail",
        headers={
            "Message-ID": "<of-2026-0198.fw.7a1c@openflyers.example>",
            "X-Loop": "support@openflyers.example",
        },
        note="a client's redirect rule resent our own message (our Message-ID, our X-Loop)",
        body="""
Bonjour,

Votre abonnement First Price ne comprend pas les migrations : la migration de votre plateforme vers la version 4 est facturée 50 € HT.

L'équipe OpenFlyers
""",
    ),
    mail(
        "xlo03",
        "support@openflyers.example",
        "Rappel : confirmation en attente [OF-2026-0177]",
        name="OpenFlyers Support",
        sup="loop",
        shape="plain",
        body="""
Bonjour,

Nous attendons toujours votre confirmation pour l'intervention estimée à 2 h.
Sans réponse de votre part, la demande sera close dans 7 jours.

L'équipe OpenFlyers
""",
        note="From our own address",
    ),
    mail(
        "xoo12",
        "ac.cevennes@free.fr",
        "Re: [OF-2026-0226] Mise à jour de votre fiche client",
        sup="auto_reply",
        shape="webmail",
        headers={
            "Auto-Submitted": "auto-replied",
            "X-Autoreply": "yes",
            "In-Reply-To": "<of-2026-0226.7f3e@openflyers.example>",
        },
        note="an auto-reply threaded to our message is no reply",
        body="""
Bonjour, le club est fermé en novembre pour travaux sur la piste. Nous lirons vos messages à la réouverture.
Aéroclub des Cévennes
""",
    ),
    mail(
        "xoo13",
        "s.huber@gmx.de",
        "Abwesenheitsnotiz / Absence note",
        name="Stefan Huber",
        lang="en",
        sup="auto_reply",
        shape="plain",
        headers={"Auto-Submitted": "auto-replied"},
        body="""
I am on holiday until 6 January 2027 without access to e-mail. For urgent club matters please call +49 8179 1234.

Ich bin bis 6. Januar 2027 im Urlaub.
""",
    ),
]
