"""Build the labelled corpus set `a` (corpus/train/a and corpus/sealed/a) from the messages in a_src/.

Set `a` leans French (clubs and schools in France, Belgium, Switzerland: Outlook, Gmail, iPhone shapes,
HTML-only mail, forwarded board decisions, no-accent and typo-ridden mail) with about 30 % English from
clubs in the UK, Ireland, Germany, the Netherlands and Scandinavia. The messages are data written by
hand in a_src/*.py; this script only wraps them in the MIME shapes of real mail programs, labels them
and splits them 75 % train / 25 % sealed, stratified by kind and reply intent, from a fixed seed.

Everything is deterministic (fixed seed, dates, boundaries, Message-IDs): running it twice gives the
same bytes. Run: `python corpus/make_a.py` from the repository root.
"""

from __future__ import annotations

import csv
import hashlib
import html
import json
import random
import sys
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, timezone
from email import policy
from email.charset import QP, Charset
from email.header import Header
from email.message import Message
from email.mime.base import MIMEBase
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.utils import format_datetime, formataddr
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

SEED = 20261201
SET = "a"
SUPPORT = "support@openflyers.example"
SUPPORT_NAME = "OpenFlyers Support"
KINDS = (
    "support",
    "dev_quote",
    "migration",
    "owner_change",
    "password_reset",
    "contact_update",
    "hours_statement",
    "resource_change",
    "renewal",
    "test_platform",
    "other",
)
INTENTS = ("confirm", "refuse", "question")
REASONS = ("auto_reply", "bounce", "list", "loop")
VERSIONS = ("4", "4.0alpha", "beta", "3.6")

# platform, structure, tier, client_email, contact_email, version, responsible_name,
# responsible_email, resources, structure_kind, language
CLIENTS: list[tuple[str, str, str, str, str, str, str, str, int, str, str]] = [
    (
        "aeroclub-vexin",
        "Aéroclub du Vexin",
        "business",
        "contact@aeroclub-vexin.fr",
        "tresorier@aeroclub-vexin.fr",
        "3.6",
        "Bernard Lemoine",
        "b.lemoine@orange.fr",
        7,
        "club",
        "fr",
    ),
    (
        "acbeauce",
        "Aéro-Club de Beauce",
        "first_price",
        "acbeauce@wanadoo.fr",
        "secretaire.acbeauce@gmail.com",
        "3.5",
        "Gérard Chauvin",
        "gerard.chauvin@free.fr",
        3,
        "club",
        "fr",
    ),
    (
        "planeur-jura",
        "Centre de Vol à Voile du Jura",
        "business",
        "cvvjura@gmail.com",
        "president@planeur-jura.fr",
        "3.6",
        "Anne-Sophie Brunet",
        "as.brunet@laposte.net",
        12,
        "club",
        "fr",
    ),
    (
        "ulm-camargue",
        "ULM Camargue",
        "first_price",
        "ulmcamargue@free.fr",
        "ulmcamargue@free.fr",
        "4",
        "Patrick Olivier",
        "patrick.olivier13@hotmail.fr",
        2,
        "club",
        "fr",
    ),
    (
        "ecole-cote-opale",
        "École de Pilotage Côte d'Opale SARL",
        "premiere",
        "direction@ecole-cote-opale.fr",
        "compta@ecole-cote-opale.fr",
        "3.6",
        "Thierry Vasseur",
        "t.vasseur@ecole-cote-opale.fr",
        9,
        "company",
        "fr",
    ),
    (
        "aeroclub-anjou",
        "Aéroclub d'Anjou",
        "business",
        "secretariat@aeroclub-anjou.fr",
        "tresorerie@aeroclub-anjou.fr",
        "4",
        "Michel Renaud",
        "michel.renaud49@orange.fr",
        8,
        "club",
        "fr",
    ),
    (
        "aviasud-formation",
        "Aviasud Formation SAS",
        "corporate",
        "contact@aviasud-formation.com",
        "admin@aviasud-formation.com",
        "4",
        "Karine Mathieu",
        "k.mathieu@aviasud-formation.com",
        22,
        "company",
        "fr",
    ),
    (
        "ac-limousin",
        "Aéro-Club du Limousin",
        "business",
        "aeroclub.limousin@wanadoo.fr",
        "bureau@ac-limousin.fr",
        "3.6",
        "Jean-Pierre Faure",
        "jp.faure87@orange.fr",
        5,
        "club",
        "fr",
    ),
    (
        "vvbourgogne",
        "Association Vol à Voile de Bourgogne",
        "first_price",
        "vvbourgogne@laposte.net",
        "tresorier.vvb@gmail.com",
        "3.5",
        "Didier Moreau",
        "didier.moreau21@free.fr",
        6,
        "club",
        "fr",
    ),
    (
        "aero-pays-basque",
        "Aéroclub Pays Basque",
        "premiere",
        "contact@aero-pays-basque.fr",
        "chefpilote@aero-pays-basque.fr",
        "3.6",
        "Iñaki Etcheverry",
        "inaki.etcheverry@gmail.com",
        10,
        "club",
        "fr",
    ),
    (
        "helico-provence",
        "Hélico Provence Formation SARL",
        "business",
        "info@helico-provence.fr",
        "gestion@helico-provence.fr",
        "4",
        "Laurent Giraud",
        "laurent.giraud@helico-provence.fr",
        4,
        "company",
        "fr",
    ),
    (
        "acbretagne-nord",
        "Aéro-club Bretagne Nord",
        "first_price",
        "acbn22@orange.fr",
        "acbn.secretariat@gmail.com",
        "3.6",
        "Yannick Le Goff",
        "yannick.legoff@wanadoo.fr",
        4,
        "club",
        "fr",
    ),
    (
        "ulm-sologne",
        "Les Ailes de Sologne",
        "first_price",
        "ailes.sologne@gmail.com",
        "contact@ulm-sologne.fr",
        "3.6",
        "Christine Hubert",
        "chris.hubert41@laposte.net",
        3,
        "club",
        "fr",
    ),
    (
        "aeroclub-alsace",
        "Aéroclub d'Alsace",
        "corporate",
        "secretariat@aeroclub-alsace.fr",
        "direction@aeroclub-alsace.fr",
        "4.0alpha",
        "Frédéric Schmitt",
        "f.schmitt@aeroclub-alsace.fr",
        15,
        "club",
        "fr",
    ),
    (
        "acnormandie",
        "Aéro-Club Normand",
        "business",
        "acnormand@free.fr",
        "tresorier@acnormandie.fr",
        "3.5",
        "Hervé Lecomte",
        "herve.lecomte@sfr.fr",
        6,
        "club",
        "fr",
    ),
    (
        "cvv-auvergne",
        "CVV Auvergne",
        "business",
        "cvv.auvergne@orange.fr",
        "cvvauvergne.pres@gmail.com",
        "3.6",
        "Sébastien Roche",
        "seb.roche63@gmail.com",
        11,
        "club",
        "fr",
    ),
    (
        "aeroclub-lorraine",
        "Aéro-club de Lorraine",
        "premiere",
        "contact@aeroclub-lorraine.fr",
        "comptabilite@aeroclub-lorraine.fr",
        "3.6",
        "Nathalie Thiébaut",
        "n.thiebaut@aeroclub-lorraine.fr",
        9,
        "club",
        "fr",
    ),
    (
        "ailes-du-sud",
        "Les Ailes du Sud École de pilotage SAS",
        "business",
        "contact@ailes-du-sud.fr",
        "secretariat@ailes-du-sud.fr",
        "3.6",
        "Olivier Fabre",
        "o.fabre@ailes-du-sud.fr",
        5,
        "company",
        "fr",
    ),
    (
        "ac-vendee",
        "Aéro-club de Vendée",
        "first_price",
        "aeroclubvendee@orange.fr",
        "ac.vendee.tresor@gmail.com",
        "3.5",
        "Alain Guilbaud",
        "alain.guilbaud85@orange.fr",
        4,
        "club",
        "fr",
    ),
    (
        "aeroclub-savoie",
        "Aéroclub de Savoie",
        "business",
        "accueil@aeroclub-savoie.fr",
        "tresorier@aeroclub-savoie.fr",
        "4",
        "Claire Perrin",
        "claire.perrin73@gmail.com",
        8,
        "club",
        "fr",
    ),
    (
        "ulm-gascogne",
        "ULM Club de Gascogne",
        "first_price",
        "ulmgascogne@hotmail.fr",
        "bureau.ulmgascogne@gmail.com",
        "4",
        "Romain Dupuy",
        "romain.dupuy32@gmail.com",
        2,
        "club",
        "fr",
    ),
    (
        "aca-touraine",
        "Aéro-Club Air Touraine",
        "business",
        "contact@aca-touraine.fr",
        "president@aca-touraine.fr",
        "3.6",
        "Philippe Berthelot",
        "philippe.berthelot@wanadoo.fr",
        7,
        "club",
        "fr",
    ),
    (
        "ac-cevennes",
        "Aéroclub des Cévennes",
        "first_price",
        "ac.cevennes@free.fr",
        "ac.cevennes.compta@free.fr",
        "3.6",
        "Marie-Laure Bonnet",
        "ml.bonnet30@orange.fr",
        3,
        "club",
        "fr",
    ),
    (
        "aeroclub-picardie",
        "Aéroclub de Picardie",
        "business",
        "secretariat@ac-picardie.fr",
        "tresorier@ac-picardie.fr",
        "3.6",
        "Francis Delattre",
        "francis.delattre80@orange.fr",
        6,
        "club",
        "fr",
    ),
    (
        "aerocorse",
        "Aéro-club de Corse",
        "first_price",
        "aeroclubdecorse@gmail.com",
        "contact@aerocorse.fr",
        "3.5",
        "Antoine Santoni",
        "antoine.santoni@orange.fr",
        3,
        "club",
        "fr",
    ),
    (
        "acliege",
        "Aéro-Club de Liège",
        "business",
        "info@acliege.be",
        "secretariat@acliege.be",
        "3.6",
        "Luc Dumont",
        "luc.dumont@skynet.be",
        5,
        "club",
        "fr",
    ),
    (
        "gvv-romandie",
        "Groupe de Vol à Voile Romand",
        "business",
        "contact@gvv-romandie.ch",
        "caissier@gvv-romandie.ch",
        "4",
        "Pierre-Alain Favre",
        "pa.favre@bluewin.ch",
        9,
        "club",
        "fr",
    ),
    (
        "cotswold-flyers",
        "Cotswold Flying Club",
        "business",
        "info@cotswoldflyers.co.uk",
        "treasurer@cotswoldflyers.co.uk",
        "3.6",
        "Graham Whitaker",
        "graham.whitaker@btinternet.com",
        6,
        "club",
        "en",
    ),
    (
        "shannon-aero",
        "Shannon Aero Club",
        "first_price",
        "shannonaeroclub@gmail.com",
        "secretary@shannonaero.ie",
        "3.5",
        "Siobhan Kelly",
        "siobhan.kelly@eircom.net",
        3,
        "club",
        "en",
    ),
    (
        "lsv-hunsrueck",
        "Luftsportverein Hunsrück e.V.",
        "business",
        "vorstand@lsv-hunsrueck.de",
        "kasse@lsv-hunsrueck.de",
        "4",
        "Markus Becker",
        "markus.becker@web.de",
        10,
        "club",
        "en",
    ),
    (
        "vliegclub-twente",
        "Vliegclub Twente",
        "premiere",
        "bestuur@vliegclub-twente.nl",
        "penningmeester@vliegclub-twente.nl",
        "3.6",
        "Joris van Dijk",
        "joris.vandijk@ziggo.nl",
        7,
        "club",
        "en",
    ),
    (
        "skane-flygklubb",
        "Skånes Flygklubb",
        "business",
        "kansli@skaneflyg.se",
        "kassor@skaneflyg.se",
        "3.6",
        "Erik Lindqvist",
        "erik.lindqvist@telia.com",
        8,
        "club",
        "en",
    ),
    (
        "fjord-aviation",
        "Fjord Aviation Academy AS",
        "corporate",
        "post@fjordaviation.no",
        "finance@fjordaviation.no",
        "4",
        "Ingrid Solberg",
        "ingrid.solberg@fjordaviation.no",
        18,
        "company",
        "en",
    ),
    (
        "dublin-gliding",
        "Dublin Gliding Club",
        "first_price",
        "dublingliding@gmail.com",
        "dublingliding@gmail.com",
        "3.6",
        "Conor Byrne",
        "conor.byrne@gmail.com",
        4,
        "club",
        "en",
    ),
    (
        "highland-aero",
        "Highland Aero Club",
        "business",
        "office@highlandaero.co.uk",
        "accounts@highlandaero.co.uk",
        "3.6",
        "Fiona MacLeod",
        "fiona.macleod@highlandaero.co.uk",
        5,
        "club",
        "en",
    ),
    (
        "fsv-oberbayern",
        "Flugsportverein Oberbayern",
        "first_price",
        "info@fsv-oberbayern.de",
        "schatzmeister@fsv-oberbayern.de",
        "3.5",
        "Stefan Huber",
        "s.huber@gmx.de",
        6,
        "club",
        "en",
    ),
    (
        "aeroklub-jylland",
        "Aeroklubben Jylland",
        "business",
        "kontor@aeroklub-jylland.dk",
        "kasserer@aeroklub-jylland.dk",
        "3.6",
        "Mette Sørensen",
        "mette.sorensen@mail.dk",
        5,
        "club",
        "en",
    ),
    (
        "kent-flight",
        "Kent Flight Training Ltd",
        "premiere",
        "ops@kentflighttraining.co.uk",
        "accounts@kentflighttraining.co.uk",
        "3.6",
        "David Harris",
        "d.harris@kentflighttraining.co.uk",
        8,
        "company",
        "en",
    ),
]

SENDER_PLATFORM: dict[str, str] = {}
for _row in CLIENTS:
    for _addr in (_row[3], _row[4], _row[7]):
        SENDER_PLATFORM.setdefault(_addr.lower(), _row[0])


@dataclass
class Mail:
    """One hand-written message and its labels; the shape says which mail program wrote it."""

    key: str
    frm: str
    subject: str
    body: str
    name: str = ""
    shape: str = "plain"
    lang: str = "fr"
    kind: str | None = None
    reply: str | None = None
    nb: str | None = None
    tv: str | None = None
    cash: bool = False
    hint: str | None = None
    att: tuple[str, ...] = ()
    also: tuple[str, ...] = ()
    note: str | None = None
    date: str | None = None
    to: str = SUPPORT
    cc: str | None = None
    logo: bool = False
    headers: dict[str, str] = field(default_factory=dict)
    # replies
    ours: str | None = None
    ours_args: dict[str, str] = field(default_factory=dict)
    quote: str = "gmail"
    thread: str = "both"
    # suppressed
    sup: str | None = None
    raw: Message | None = None
    idx: int = 0


def mail(key: str, frm: str, subject: str, body: str, **kw: object) -> Mail:
    """A first contact (kind given) or a suppressed message (sup given)."""
    return Mail(key, frm, subject, body, **kw)  # type: ignore[arg-type]


def reply(key: str, frm: str, intent: str, ours: str, body: str, subject: str = "", **kw: object) -> Mail:
    """A reply to one of our messages (`ours` names which, see OURS); the subject defaults to ours with Re:."""
    return Mail(key, frm, subject, body, reply=intent, ours=ours, **kw)  # type: ignore[arg-type]


# Our messages that clients answer. {p} platform, {h} hours, {left} hours left, {v} version, {n} resources.
OURS: dict[str, tuple[str, str, str]] = {
    # key: (language, subject, body)
    "estimate": (
        "fr",
        "Votre demande d'assistance",
        "Bonjour,\n\nNous avons bien reçu votre demande concernant votre plateforme.\nNous estimons ce travail à {h} h ; il vous restera {left} h de bonus sur l'année.\nMerci de confirmer par retour de mail pour que nous le planifiions.\n\nCordialement,\nL'équipe OpenFlyers",
    ),
    "estimate_en": (
        "en",
        "Your support request",
        "Hello,\n\nWe have received your request about your platform.\nWe estimate this work at {h} h; you will have {left} h of bonus hours left this year.\nPlease confirm by replying to this e-mail so that we can schedule it.\n\nKind regards,\nThe OpenFlyers team",
    ),
    "migfee": (
        "fr",
        "Migration de votre plateforme",
        "Bonjour,\n\nVotre abonnement First Price ne comprend pas les migrations : la migration de votre plateforme vers la version {v} est facturée 50 € HT.\nNous vous rappelons qu'une migration est irréversible.\nMerci de nous confirmer que vous souhaitez la réaliser ; nous émettrons alors la facture.\n\nCordialement,\nL'équipe OpenFlyers",
    ),
    "migfee_en": (
        "en",
        "Migration of your platform",
        "Hello,\n\nYour First Price subscription does not include migrations: migrating your platform to version {v} is billed 50 € excl. VAT.\nPlease remember that a migration cannot be undone.\nPlease confirm that you want it; we will then issue the invoice.\n\nKind regards,\nThe OpenFlyers team",
    ),
    "migirr": (
        "fr",
        "Migration vers la version {v}",
        "Bonjour,\n\nAvant de planifier la migration de votre plateforme vers la version {v}, nous avons besoin de votre accord écrit : une migration est irréversible, aucun retour à la version précédente n'est possible.\nMerci de confirmer par retour.\n\nCordialement,\nL'équipe OpenFlyers",
    ),
    "migirr_en": (
        "en",
        "Migration to version {v}",
        "Hello,\n\nBefore we schedule the migration of your platform to version {v} we need your written agreement: a migration is irreversible, there is no way back to the previous version.\nPlease confirm by replying.\n\nKind regards,\nThe OpenFlyers team",
    ),
    "quote": (
        "fr",
        "Votre demande de devis",
        "Bonjour,\n\nNous avons étudié votre demande de développement.\nNous l'estimons à {h} h ; vos heures de bonus en couvrent {left} h, le reste serait facturé au tarif horaire de 60 € HT.\nMerci de nous confirmer si vous acceptez ce devis.\n\nCordialement,\nL'équipe OpenFlyers",
    ),
    "quote_en": (
        "en",
        "Your development quote",
        "Hello,\n\nWe have looked at your development request.\nWe estimate it at {h} h; your bonus hours cover {left} h, the rest would be billed at 60 € excl. VAT per hour.\nPlease let us know whether you accept this quote.\n\nKind regards,\nThe OpenFlyers team",
    ),
    "docs": (
        "fr",
        "Changement de responsable OpenFlyers",
        "Bonjour,\n\nPour changer le responsable OpenFlyers de votre structure, il nous manque :\n- un courrier signé du président ou du gérant désignant le nouveau responsable et son adresse e-mail ;\n- une copie d'un document officiel prouvant sa qualité (procès-verbal d'AG, extrait K-BIS...).\nMerci de nous les envoyer en pièces jointes en répondant à ce message.\n\nCordialement,\nL'équipe OpenFlyers",
    ),
    "docs_en": (
        "en",
        "Change of the person in charge",
        "Hello,\n\nTo change the person in charge of your platform we still need:\n- a letter signed by the chairman or manager naming the new person in charge and giving his or her e-mail;\n- a copy of an official document proving the signatory's role (minutes of the general meeting, registry extract...).\nPlease send them as attachments in reply to this message.\n\nKind regards,\nThe OpenFlyers team",
    ),
    "test": (
        "fr",
        "Plateforme de test",
        "Bonjour,\n\nVous pouvez créer vous-même votre plateforme de test (nom de la plateforme suivi de .test) depuis votre espace client (rubrique Plateformes, bouton « Créer une plateforme de test »).\nSi vous préférez que nous la créions pour vous, cela représente {h} h de vos heures de bonus ; merci de nous confirmer.\n\nCordialement,\nL'équipe OpenFlyers",
    ),
    "test_en": (
        "en",
        "Test platform",
        'Hello,\n\nYou can create your test platform (platform name followed by .test) yourself from your client account (Platforms, "Create a test platform").\nIf you would rather we create it for you, it takes {h} h of your bonus hours; please confirm.\n\nKind regards,\nThe OpenFlyers team',
    ),
    "mailfee": (
        "fr",
        "Mise à jour de votre fiche client",
        "Bonjour,\n\nVous pouvez mettre à jour vous-même les adresses e-mail de votre fiche client depuis l'espace client (l'identifiant est le nom de votre plateforme).\nSi vous souhaitez que nous le fassions, cette intervention est facturée 30 € HT pour un abonnement First Price.\nMerci de nous dire si vous souhaitez que nous procédions.\n\nCordialement,\nL'équipe OpenFlyers",
    ),
    "mailfee_en": (
        "en",
        "Updating your client record",
        "Hello,\n\nYou can update the e-mail addresses on your client record yourself from the client account (the login is your platform name).\nIf you want us to do it, this is billed 30 € excl. VAT on a First Price subscription.\nPlease tell us whether we should go ahead.\n\nKind regards,\nThe OpenFlyers team",
    ),
    "resource": (
        "fr",
        "Ajout de ressource",
        "Bonjour,\n\nL'ajout d'une ressource en cours d'année est facturé au prix d'une année complète. Nous avons préparé la facture correspondante ({n} ressource(s)).\nLa création du nouveau type de ressource, si vous souhaitez que nous la fassions, représente 1 h de bonus.\nMerci de confirmer.\n\nCordialement,\nL'équipe OpenFlyers",
    ),
    "resource_en": (
        "en",
        "Adding a resource",
        "Hello,\n\nA resource added during the year is billed at the full-year price. We have prepared the invoice ({n} resource(s)).\nIf you want us to create the new resource type, it takes 1 h of bonus hours.\nPlease confirm.\n\nKind regards,\nThe OpenFlyers team",
    ),
    "reset": (
        "fr",
        "Réinitialisation du mot de passe",
        "Bonjour,\n\nLe mot de passe de votre compte client se réinitialise avec le lien « Mot de passe oublié ? » de l'espace client, en saisissant l'adresse e-mail du club ou du contact.\nSi vous souhaitez malgré tout une réinitialisation manuelle par nos soins, elle est facturée 30 € HT (First Price). Merci de nous le confirmer.\n\nCordialement,\nL'équipe OpenFlyers",
    ),
    "reset_en": (
        "en",
        "Password reset",
        'Hello,\n\nThe password of your client account can be reset with the "Forgot password?" link of the client area, using the club or contact e-mail address.\nIf you still want us to reset it manually, this is billed 30 € excl. VAT (First Price). Please confirm.\n\nKind regards,\nThe OpenFlyers team',
    ),
}

MONTHS_FR = (
    "janv.",
    "févr.",
    "mars",
    "avr.",
    "mai",
    "juin",
    "juil.",
    "août",
    "sept.",
    "oct.",
    "nov.",
    "déc.",
)
MONTHS_FR_LONG = (
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
)
DAYS_FR = ("lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim.")
DAYS_FR_LONG = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")
DAYS_EN = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
DAYS_EN_LONG = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTHS_EN = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
MONTHS_EN_LONG = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)

TINY_PNG = bytes.fromhex(
    "89504e470d0a1a0a0000000d4948445200000001000000010806000000"
    "1f15c4890000000d49444154789c6360f8cfc0000003010100c9fe92ef0000000049454e44ae426082"
)


def _h(text: str, n: int = 16) -> str:
    return hashlib.sha256(f"{SEED}:{text}".encode()).hexdigest()[:n]


def _tz(when: datetime) -> timezone:
    """Paris time: summer time until the last Sunday of October 2026 (the 25th)."""
    return timezone(timedelta(hours=2)) if when < datetime(2026, 10, 25, 3) else timezone(timedelta(hours=1))


def _when(m: Mail) -> datetime:
    if m.date:
        naive = datetime.strptime(m.date, "%Y-%m-%d %H:%M")
    else:
        naive = datetime(2026, 10, 19, 8, 0) + timedelta(days=(m.idx * 7) % 43, minutes=(m.idx * 37) % 780)
    return naive.replace(tzinfo=_tz(naive))


def _resolve_nb(nb: str | None, sent: datetime) -> str | None:
    """'MM-DD' is the next occurrence after the Date header; a full ISO date or '?' is kept."""
    if nb is None or nb == "?" or len(nb) == 10:
        return nb
    month, day = (int(x) for x in nb.split("-"))
    candidate = date(sent.year, month, day)
    if candidate <= sent.date():
        candidate = date(sent.year + 1, month, day)
    return candidate.isoformat()


def _domain(addr: str) -> str:
    return addr.rsplit("@", 1)[1]


def _message_id(m: Mail) -> str:
    h = _h(m.key, 24)
    dom = _domain(m.frm)
    if m.shape == "gmail" or dom == "gmail.com":
        return f"<CA{h[:10].upper()}+{h[10:20]}=Yx{h[20:]}@mail.gmail.com>"
    if m.shape in ("outlook", "outlook_html"):
        if dom in ("hotmail.fr", "hotmail.com", "outlook.fr", "live.fr"):
            return f"<PR1P264MB{h[:4].upper()}{h[4:20].upper()}@PR1P264MB{h[:4].upper()}.FRAP264.PROD.OUTLOOK.COM>"
        return f"<000{h[:1]}01db{h[1:9]}${h[9:17]}${h[17:24]}@{dom}>"
    if m.shape in ("iphone", "apple"):
        u = _h(m.key + "u", 32).upper()
        return f"<{u[:8]}-{u[8:12]}-{u[12:16]}-{u[16:20]}-{u[20:32]}@{dom}>"
    if m.shape == "android":
        return f"<{h[:12]}.{h[12:]}@email.android.com>"
    if dom in ("orange.fr", "wanadoo.fr"):
        return f"<{int(h[:8], 16)}.{int(h[8:12], 16)}.{1700000000000 + m.idx}.JavaMail.open-xchange@opme11oxm2{m.idx % 10}aub.bagnolet.francetelecom.fr>"
    return f"<{h}@{dom}>"


def _to_html(text: str, outlook: bool = False) -> str:
    """Paragraphs to HTML; lines starting with '>' become a blockquote (as mail programs render them)."""
    out: list[str] = []
    quote: list[str] = []

    def flush() -> None:
        if quote:
            inner = "<br>\n".join(html.escape(q) for q in quote)
            out.append(
                f'<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex">{inner}</blockquote>'
            )
            quote.clear()

    for line in text.split("\n"):
        if line.startswith(">"):
            quote.append(line[1:].lstrip(" "))
            continue
        flush()
        esc = html.escape(line) if line else "&nbsp;"
        if outlook:
            out.append(
                f'<p class="MsoNormal"><span style="font-size:11.0pt;font-family:&quot;Calibri&quot;,sans-serif">{esc}</span></p>'
            )
        else:
            out.append(f"<div>{esc}</div>" if line else "<div><br></div>")
    flush()
    return "\n".join(out)


def _html_doc(m: Mail, text: str) -> str:
    logo = ""
    if m.logo:
        logo = f'<div><img src="cid:logo-{_h(m.key, 8)}@sig" alt="logo" width="120" height="40"></div>'
    if m.shape in ("outlook", "outlook_html"):
        body = _to_html(text, outlook=True)
        return (
            '<html xmlns:o="urn:schemas-microsoft-com:office:office"><head>'
            '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">'
            '<style><!-- p.MsoNormal {margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;} --></style>'
            f'</head><body lang="FR" link="#0563C1" vlink="#954F72"><div class="WordSection1">\n{body}\n{logo}</div></body></html>'
        )
    if m.shape == "gmail":
        return f'<div dir="ltr">{_to_html(text)}{logo}</div>\n'
    return f'<html><head><meta charset="utf-8"></head><body style="font-family:Arial,Helvetica,sans-serif;font-size:13px">\n{_to_html(text)}\n{logo}</body></html>'


def _attachment(name: str, key: str) -> MIMEBase:
    ext = name.rsplit(".", 1)[-1].lower()
    kinds = {
        "pdf": ("application", "pdf"),
        "png": ("image", "png"),
        "jpg": ("image", "jpeg"),
        "jpeg": ("image", "jpeg"),
        "docx": ("application", "vnd.openxmlformats-officedocument.wordprocessingml.document"),
        "xlsx": ("application", "vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
        "csv": ("text", "csv"),
        "heic": ("image", "heic"),
        "odt": ("application", "vnd.oasis.opendocument.text"),
    }
    maintype, subtype = kinds.get(ext, ("application", "octet-stream"))
    part = MIMEBase(maintype, subtype, name=name)
    if ext == "pdf":
        payload = (
            b"%PDF-1.4\n% "
            + name.encode()
            + b"\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
        )
    elif ext in ("png",):
        payload = TINY_PNG
    else:
        payload = f"{name} {_h(key + name, 32)}\n".encode()
    part.set_payload(payload)
    from email import encoders

    encoders.encode_base64(part)
    part.add_header("Content-Disposition", "attachment", filename=name)
    return part


def _text_part(text: str, subtype: str = "plain") -> MIMEText:
    try:
        text.encode("ascii")
        return MIMEText(text, subtype, "us-ascii")
    except UnicodeEncodeError:
        utf8 = Charset("utf-8")
        utf8.body_encoding = QP
        return MIMEText(text, subtype, utf8)  # type: ignore[arg-type]


def _body_part(m: Mail, text: str) -> Message:
    """The text/HTML core of a message in the given shape, without attachments."""
    if m.shape in ("plain", "iphone", "android", "webmail"):
        return _text_part(text)
    if m.shape == "latin1":
        try:
            text.encode("iso-8859-1")
            return MIMEText(text, "plain", "iso-8859-1")
        except UnicodeEncodeError:
            return MIMEText(text, "plain", "windows-1252")
    html_doc = _html_doc(m, text)
    html_part: Message = _text_part(html_doc, "html")
    if m.logo:
        related = MIMEMultipart("related", boundary=f"----=_rel_{_h(m.key + 'r', 20)}")
        related.attach(html_part)
        img = MIMEBase("image", "png", name="logo.png")
        img.set_payload(TINY_PNG)
        from email import encoders

        encoders.encode_base64(img)
        img.add_header("Content-ID", f"<logo-{_h(m.key, 8)}@sig>")
        img.add_header("Content-Disposition", "inline", filename="logo.png")
        related.attach(img)
        html_part = related
    if m.shape in ("html", "outlook_html"):
        return html_part
    alt = MIMEMultipart("alternative", boundary=f"000000000000{_h(m.key + 'a', 16)}")
    alt.attach(_text_part(text))
    alt.attach(html_part)
    return alt


def _quote(m: Mail, ours_text: str, ours_subject: str, ours_when: datetime) -> str:
    """Our message quoted below the reply, the way the sender's mail program does it."""
    who = f"{SUPPORT_NAME} <{SUPPORT}>"
    w = ours_when
    q = m.quote
    gt = "\n".join(("> " + line) if line else ">" for line in ours_text.split("\n"))
    if q == "none":
        return ""
    if q == "gmail":
        head = f"Le {DAYS_FR[w.weekday()]} {w.day} {MONTHS_FR[w.month - 1]} {w.year} à {w:%H:%M}, {who} a écrit :"
        return f"\n\n{head}\n\n{gt}\n"
    if q == "gmail_en":
        head = (
            f"On {DAYS_EN[w.weekday()]}, {w.day} {MONTHS_EN[w.month - 1]} {w.year} at {w:%H:%M}, {who} wrote:"
        )
        return f"\n\n{head}\n\n{gt}\n"
    if q == "de":
        head = f"Am {w:%d.%m.%Y} um {w:%H:%M} schrieb {who}:"
        return f"\n\n{head}\n\n{gt}\n"
    if q in ("iphone", "apple"):
        head = f"> Le {w.day} {MONTHS_FR[w.month - 1]} {w.year} à {w:%H:%M}, {who} a écrit :\n>"
        return f"\n\n{head}\n{gt}\n"
    if q == "iphone_en":
        head = f"> On {w.day} {MONTHS_EN[w.month - 1]} {w.year}, at {w:%H:%M}, {who} wrote:\n>"
        return f"\n\n{head}\n{gt}\n"
    if q == "outlook":
        head = (
            f"________________________________\nDe : {who}\nEnvoyé : {DAYS_FR_LONG[w.weekday()]} {w.day} "
            f"{MONTHS_FR_LONG[w.month - 1]} {w.year} {w:%H:%M}\nÀ : {m.frm}\nObjet : {ours_subject}"
        )
        return f"\n\n{head}\n\n{ours_text}\n"
    if q == "outlook_en":
        head = (
            f"________________________________\nFrom: {who}\nSent: {DAYS_EN_LONG[w.weekday()]}, {w.day} "
            f"{MONTHS_EN_LONG[w.month - 1]} {w.year} {w:%H:%M}\nTo: {m.frm}\nSubject: {ours_subject}"
        )
        return f"\n\n{head}\n\n{ours_text}\n"
    if q == "original":
        head = (
            f"-----Original Message-----\nFrom: {who}\nSent: {DAYS_EN_LONG[w.weekday()]}, {MONTHS_EN_LONG[w.month - 1]} "
            f"{w.day}, {w.year} {w:%I:%M %p}\nTo: {m.frm}\nSubject: {ours_subject}"
        )
        return f"\n\n{head}\n\n{ours_text}\n"
    if q == "message_origine":
        head = (
            f"-----Message d'origine-----\nDe : {who}\nEnvoyé : {DAYS_FR_LONG[w.weekday()]} {w.day} {MONTHS_FR_LONG[w.month - 1]} "
            f"{w.year} {w:%H:%M}\nÀ : {m.frm}\nObjet : {ours_subject}"
        )
        return f"\n\n{head}\n\n{ours_text}\n"
    raise ValueError(f"{m.key}: unknown quote style {q}")


def build(m: Mail) -> tuple[bytes, dict[str, object]]:
    """The message bytes and its labels."""
    sent = _when(m)
    extra: dict[str, str] = {}
    subject = m.subject
    text = m.body.strip("\n") + "\n"
    if m.reply is not None:
        assert m.ours is not None, m.key
        _lang, ours_subject, ours_body = OURS[m.ours]
        platform = SENDER_PLATFORM.get(m.frm.lower(), "votre-plateforme")
        args = {"p": platform, "h": "2", "left": "3", "v": "4", "n": "1"} | m.ours_args
        ours_subject = ours_subject.format(**args)
        ours_text = ours_body.format(**args)
        num = 100 + m.idx % 900
        ref = m.ours_args.get("ref", f"OF-2026-0{num:03d}")
        full_subject = f"[{ref}] {ours_subject}"
        ours_when = sent - timedelta(hours=3 + m.idx % 40, minutes=m.idx % 53)
        our_id = f"<{ref.lower()}.{_h(m.key + 'ours', 10)}@openflyers.example>"
        if m.thread in ("both", "headers"):
            extra["In-Reply-To"] = our_id
            extra["References"] = f"<{ref.lower()}.{_h(m.key + 'first', 10)}@openflyers.example> {our_id}"
        if not subject:
            if m.thread == "headers":
                subject = "Re: " + ours_subject
            else:
                prefix = {
                    "outlook": "RE : ",
                    "outlook_en": "RE: ",
                    "original": "RE: ",
                    "de": "AW: ",
                    "message_origine": "RE: ",
                }.get(m.quote, "Re: ")
                subject = prefix + full_subject
        text = text + _quote(m, ours_text, full_subject, ours_when)
    if m.shape == "iphone" and "iPhone" not in text:
        sig = "Envoyé de mon iPhone" if m.lang == "fr" else "Sent from my iPhone"
        cut = text.find("\n\n> Le ") if m.reply else -1
        cut = text.find("\n\n> On ") if cut < 0 and m.reply else cut
        text = text[:cut] + f"\n\n{sig}" + text[cut:] if cut >= 0 else text + f"\n{sig}\n"
    if m.shape == "android" and "Android" not in text and "Galaxy" not in text:
        text = text + (
            "\nEnvoyé depuis mon appareil Galaxy\n" if m.lang == "fr" else "\nSent from my Galaxy\n"
        )

    if m.raw is not None:
        msg: Message = m.raw
    else:
        core = _body_part(m, text)
        if m.att:
            msg = MIMEMultipart("mixed", boundary=f"----=_Part_{m.idx}_{_h(m.key + 'm', 12)}")
            msg.attach(core)
            for name in m.att:
                msg.attach(_attachment(name, m.key))
        else:
            msg = core
    headers: list[tuple[str, str]] = [
        ("From", formataddr((m.name, m.frm)) if m.name else m.frm),
        ("To", m.to),
    ]
    if m.cc:
        headers.append(("Cc", m.cc))
    headers += [
        ("Subject", subject),
        ("Date", format_datetime(sent)),
        ("Message-ID", m.headers.pop("Message-ID", _message_id(m))),
    ]
    headers += list(extra.items())
    if m.shape in ("outlook", "outlook_html"):
        headers += [
            ("X-Mailer", "Microsoft Outlook 16.0"),
            ("Thread-Index", "AdsB" + _h(m.key + "t", 24)),
            ("Content-Language", "fr" if m.lang == "fr" else "en-gb"),
        ]
    elif m.shape == "iphone":
        headers += [("X-Mailer", "iPhone Mail (21G93)")]
    elif m.shape == "apple":
        headers += [("X-Mailer", "Apple Mail (2.3774.500.171.1.1)")]
    elif m.shape == "latin1":
        headers += [
            (
                "User-Agent",
                "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:115.0) Gecko/20100101 Thunderbird/115.16.0",
            )
        ]
    headers += list(m.headers.items())
    for name_, value in headers:
        if name_ in msg:
            del msg[name_]
        if not value.isascii():
            value = (
                Header(value, "utf-8").encode()
                if name_ != "From"
                else formataddr((m.name, m.frm), charset="utf-8")
            )
        msg[name_] = value
    if "MIME-Version" not in msg:
        msg["MIME-Version"] = "1.0"
    data = msg.as_bytes(policy=policy.SMTP)
    client = SENDER_PLATFORM.get(m.frm.lower())  # an out-of-office of a known sender keeps its client
    labels: dict[str, object] = {
        "suppressed": m.sup is not None,
        "suppress_reason": m.sup,
        "client": client,
        "client_hint": m.hint,
        "kind": m.kind,
        "language": m.lang,
        "not_before": _resolve_nb(m.nb, sent),
        "target_version": m.tv,
        "cash_funded": m.cash,
        "attachments": len(m.att),
        "reply": m.reply,
    }
    if m.also:
        labels["also"] = list(m.also)
    if m.note:
        labels["note"] = m.note
    return data, labels


def check(m: Mail) -> None:
    """Label sanity: the combinations the format allows."""
    if m.sup is not None:
        assert m.sup in REASONS and m.kind is None and m.reply is None, m.key
    elif m.reply is not None:
        assert m.reply in INTENTS and m.kind is None, m.key
    else:
        assert m.kind in KINDS, m.key
    assert m.lang in ("fr", "en"), m.key
    assert m.tv is None or m.tv in VERSIONS or m.tv == "?", m.key
    for extra in m.also:
        assert extra in KINDS and extra != m.kind, m.key
    if m.hint and m.hint != "?":
        assert m.hint in m.body.lower(), f"{m.key}: hint {m.hint} not in text"


def stratum(m: Mail) -> str:
    if m.sup:
        return "suppressed"
    if m.reply:
        return "reply:" + m.reply
    return "kind:" + str(m.kind)


def split(mails: list[Mail]) -> dict[str, str]:
    """Per stratum, in order of writing, one message of every block of four goes to sealed (seeded)."""
    by: dict[str, list[Mail]] = {}
    for m in mails:
        by.setdefault(stratum(m), []).append(m)
    out: dict[str, str] = {}
    for name, group in sorted(by.items()):
        for start in range(0, len(group), 4):
            block = group[start : start + 4]
            rng = random.Random(f"{SEED}:{name}:{start}")
            pick = rng.randrange(4)
            for i, m in enumerate(block):
                out[m.key] = "sealed" if i == pick else "train"
    return out


def load() -> list[Mail]:
    import importlib

    mails: list[Mail] = []
    for path in sorted((HERE / "a_src").glob("b*.py")):
        module = importlib.import_module(f"a_src.{path.stem}")
        mails.extend(module.MAILS)
    keys = [m.key for m in mails]
    dupes = {k for k in keys if keys.count(k) > 1}
    assert not dupes, f"duplicate keys: {dupes}"
    for i, m in enumerate(mails, 1):
        m.idx = i
        check(m)
    return mails


def write_clients(folder: Path) -> None:
    with (folder / "clients.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(
            [
                "platform",
                "structure",
                "tier",
                "client_email",
                "contact_email",
                "version",
                "responsible_name",
                "responsible_email",
                "resources",
                "structure_kind",
                "language",
            ]
        )
        for row in CLIENTS:
            writer.writerow(row)


def main() -> None:
    mails = load()
    where = split(mails)
    expected: dict[str, dict[str, dict[str, object]]] = {"train": {}, "sealed": {}}
    for part in expected:
        folder = HERE / part / SET
        folder.mkdir(parents=True, exist_ok=True)
        for old in folder.glob("*.eml"):
            old.unlink()
    for m in mails:
        data, labels = build(m)
        part = where[m.key]
        name = f"{SET}{m.idx:04d}.eml"
        (HERE / part / SET / name).write_bytes(data)
        expected[part][name] = labels
    for part, labels_by_name in expected.items():
        folder = HERE / part / SET
        (folder / "expected.json").write_text(
            json.dumps(labels_by_name, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
        )
        write_clients(folder)
    counts: dict[str, int] = {}
    for m in mails:
        counts[stratum(m)] = counts.get(stratum(m), 0) + 1
    print(f"{len(mails)} messages:", ", ".join(f"{k} {v}" for k, v in sorted(counts.items())))


if __name__ == "__main__":
    main()
