"""Replies to our messages ([OF-YYYY-NNNN] in the subject, our id in References)."""

from build_set import (
    M,
    add,
    gmail_quote,
    gmail_quote_en,
    origine_quote,
    outlook_quote,
    outlook_quote_en,
    thunderbird_quote,
    zimbra_quote,
)

EST = (
    "Bonjour,\n\nNous estimons cette intervention à 2 heures, à déduire de vos heures de bonus "
    "(il vous en reste 5).\nMerci de confirmer par retour de mail. Sans réponse avant le 30 octobre, "
    "la demande expirera.\n\nCordialement,\nL'équipe OpenFlyers"
)
MIG = (
    "Bonjour,\n\nVotre demande de migration vers la version 4 est enregistrée. Nous ne la programmerons "
    "pas avant le 15 mars 2027. Merci de nous confirmer que vous avez bien compris qu'une migration est "
    "irréversible.\n\nL'équipe OpenFlyers"
)
EST_EN = (
    "Hello,\n\nWe estimate this work at 3 hours, to be deducted from your bonus hours (6 left).\n"
    "Please confirm by replying to this e-mail. Without an answer before 30 October the request expires.\n\n"
    "Kind regards,\nThe OpenFlyers team"
)
DEV = (
    "Bonjour,\n\nVoici notre devis pour le développement demandé : 8 heures, dont 5 couvertes par vos "
    "heures de bonus, le reste facturé 60 € HT de l'heure.\nMerci de nous dire si vous acceptez.\n\n"
    "L'équipe OpenFlyers"
)
WHEN = "lun. 12 oct. 2026 à 10:02"
D = "Wed, 14 Oct 2026 08:31:00 +0200"


def r(name: str, frm: str, ref: str, subj: str, body: str, reply: str, **kw: object) -> M:
    return M(name, frm, f"Re: [{ref}] {subj}", body, ref=ref, reply=reply, date=str(kw.pop("date", D)), **kw)  # type: ignore[arg-type]


add(
    # ------------------------------------------------------------ confirm
    r(
        "rep-oui",
        "tresorier@ac-mermoz.fr",
        "OF-2026-0012",
        "Estimation",
        "Oui, je confirme.\n\nJP" + gmail_quote(WHEN, EST),
        "confirm",
    ),
    r(
        "rep-ok",
        "contact@ac-mermoz.fr",
        "OF-2026-0013",
        "Estimation",
        "OK" + gmail_quote(WHEN, EST),
        "confirm",
    ),
    r(
        "rep-allez-y",
        "chefpilote.saintex@orange.fr",
        "OF-2026-0014",
        "Estimation",
        "Non, c'est bon, allez-y.\nPierre"
        + outlook_quote("lundi 12 octobre 2026 10:02", "[OF-2026-0014] Estimation", EST),
        "confirm",
    ),
    r(
        "rep-daccord",
        "secretaire@ac-heleneboucher.fr",
        "OF-2026-0015",
        "Estimation",
        "Bonjour,\nD'accord pour les 2 heures, vous pouvez y aller.\nBonne journée\nNathalie"
        + thunderbird_quote("12/10/2026 à 10:02", EST),
        "confirm",
    ),
    r(
        "rep-bon-accord",
        "compta@guynemer-aviation.fr",
        "OF-2026-0016",
        "Devis développement",
        "Bon pour accord.\n\nClaire Moreau\nGérante"
        + origine_quote("lundi 12 octobre 2026 10:02", "[OF-2026-0016] Devis développement", DEV),
        "confirm",
    ),
    r(
        "rep-yes",
        "david.clarke@wingflightschool.co.uk",
        "OF-2026-0017",
        "Estimate",
        "Yes, go ahead please.\n\nDavid" + gmail_quote_en("Mon, 12 Oct 2026 at 10:02", EST_EN),
        "confirm",
        lang="en",
    ),
    r(
        "rep-en-confirm",
        "accounts@wingflightschool.co.uk",
        "OF-2026-0018",
        "Estimate",
        "Confirmed, thanks.\nEmma"
        + outlook_quote_en("Monday, October 12, 2026 10:02 AM", "[OF-2026-0018] Estimate", EST_EN),
        "confirm",
        lang="en",
    ),
    r(
        "rep-je-confirme-mig",
        "paul.garnier@ac-mermoz.fr",
        "OF-2026-0019",
        "Migration version 4",
        "Bonjour,\nJe confirme avoir bien compris que la migration est irréversible.\nPaul Garnier"
        + gmail_quote(WHEN, MIG),
        "confirm",
    ),
    r(
        "rep-parfait",
        "acpv@acpv.bzh",
        "OF-2026-0020",
        "Estimation",
        "Parfait, merci !\nYann"
        + zimbra_quote("Lundi 12 Octobre 2026 10:02:11", "[OF-2026-0020] Estimation", EST),
        "confirm",
    ),
    r(
        "rep-valide",
        "i.girard@cap-aviation.fr",
        "OF-2026-0021",
        "Devis développement",
        "Bonjour,\nNous validons le devis. Merci de lancer le développement.\nIsabelle Girard\nCap Aviation"
        + gmail_quote(WHEN, DEV),
        "confirm",
    ),
    r(
        "rep-ok-noacc",
        "ulmsudaventure@gmail.com",
        "OF-2026-0022",
        "Estimation",
        "ok ca marche pour nous\n\nEnvoyé de mon iPhone" + gmail_quote(WHEN, EST),
        "confirm",
    ),
    r(
        "rep-bottom",
        "tresorerie.cvva49@gmail.com",
        "OF-2026-0023",
        "Estimation",
        "Le 12/10/2026 à 10:02, Support OpenFlyers a écrit :\n> Bonjour,\n> Nous estimons cette intervention "
        "à 2 heures.\n> Merci de confirmer.\n\nOui c'est d'accord.\nHenri",
        "confirm",
    ),
    r(
        "rep-html-ok",
        "contact@cap-aviation.fr",
        "OF-2026-0024",
        "Estimation",
        "Bonjour,\nC'est bon pour nous, vous pouvez déduire les heures.\nCordialement"
        + outlook_quote("lundi 12 octobre 2026 10:02", "[OF-2026-0024] Estimation", EST),
        "confirm",
        html=True,
    ),
    r(
        "rep-go-en",
        "office@wingflightschool.co.uk",
        "OF-2026-0025",
        "Migration",
        "Sounds good, please proceed.\nDavid" + gmail_quote_en("Mon, 12 Oct 2026 at 10:02", EST_EN),
        "confirm",
        lang="en",
    ),
    r(
        "rep-accepte",
        "gestion@nungesser-aviation.com",
        "OF-2026-0026",
        "Devis développement",
        "Nous acceptons le devis, y compris les 3 heures facturées.\nO. Fabre" + gmail_quote(WHEN, DEV),
        "confirm",
    ),
    # ------------------------------------------------------------ refuse
    r(
        "rep-non",
        "tresorier@ac-mermoz.fr",
        "OF-2026-0030",
        "Estimation",
        "Non." + gmail_quote(WHEN, EST),
        "refuse",
    ),
    r(
        "rep-no-suite",
        "president@ac-bleriot.fr",
        "OF-2026-0031",
        "Devis développement",
        "Bonjour,\nJe confirme que je ne souhaite pas donner suite à ce devis.\nMarc Delorme"
        + gmail_quote(WHEN, DEV),
        "refuse",
    ),
    r(
        "rep-non-merci",
        "bureau@mermoz-ulm.fr",
        "OF-2026-0032",
        "Estimation",
        "Non merci, nous allons nous débrouiller.\nSophie"
        + outlook_quote("lundi 12 octobre 2026 10:02", "[OF-2026-0032] Estimation", EST),
        "refuse",
    ),
    r(
        "rep-trop-cher",
        "direction@nungesser-aviation.com",
        "OF-2026-0033",
        "Devis développement",
        "Bonjour,\nC'est trop cher pour nous cette année, nous renonçons.\nOlivier" + gmail_quote(WHEN, DEV),
        "refuse",
    ),
    r(
        "rep-en-no",
        "accounts@wingflightschool.co.uk",
        "OF-2026-0034",
        "Estimate",
        "No thanks, we will not proceed.\nEmma" + gmail_quote_en("Mon, 12 Oct 2026 at 10:02", EST_EN),
        "refuse",
        lang="en",
    ),
    r(
        "rep-annule",
        "ac.saintex@orange.fr",
        "OF-2026-0035",
        "Migration version 4",
        "Bonjour,\nLe bureau a changé d'avis, merci d'annuler la demande de migration.\nJacques"
        + gmail_quote(WHEN, MIG),
        "refuse",
    ),
    r(
        "rep-pas-pour-le-moment",
        "contact@ac-heleneboucher.fr",
        "OF-2026-0036",
        "Estimation",
        "Pas pour le moment, merci.\nNathalie" + thunderbird_quote("12/10/2026 à 10:02", EST),
        "refuse",
    ),
    r(
        "rep-en-cancel",
        "david.clarke@wingflightschool.co.uk",
        "OF-2026-0037",
        "Migration",
        "Please cancel this request, we have decided to stay on 3.6 for now.\nDavid"
        + outlook_quote_en("Monday, October 12, 2026 10:02 AM", "[OF-2026-0037] Migration", EST_EN),
        "refuse",
        lang="en",
    ),
    r(
        "rep-ne-pas-lancer",
        "compta@guynemer-aviation.fr",
        "OF-2026-0038",
        "Estimation",
        "Merci de ne pas lancer cette intervention, nous avons trouvé la solution.\nClaire"
        + origine_quote("lundi 12 octobre 2026 10:02", "[OF-2026-0038] Estimation", EST),
        "refuse",
    ),
    r(
        "rep-non-noacc",
        "ulmsudaventure@gmail.com",
        "OF-2026-0039",
        "Estimation",
        "non on laisse tomber, pas le budget\nLaurent" + gmail_quote(WHEN, EST),
        "refuse",
    ),
    # ------------------------------------------------------------ question
    r(
        "rep-ok-mais",
        "tresorier@ac-mermoz.fr",
        "OF-2026-0040",
        "Migration version 4",
        "OK mais pas avant lundi" + gmail_quote(WHEN, MIG),
        "question",
        nb="2026-10-19",
    ),
    r(
        "rep-combien",
        "bureau@mermoz-ulm.fr",
        "OF-2026-0041",
        "Estimation",
        "Bonjour,\nCombien d'heures nous restera-t-il après cette intervention ?\nSophie"
        + gmail_quote(WHEN, EST),
        "question",
    ),
    r(
        "rep-oui-mais",
        "secretariat@ac-bleriot.fr",
        "OF-2026-0042",
        "Devis développement",
        "Oui, mais est-ce que le développement sera prêt avant la saison ?\nAnne" + gmail_quote(WHEN, DEV),
        "question",
    ),
    r(
        "rep-en-question",
        "david.clarke@wingflightschool.co.uk",
        "OF-2026-0043",
        "Estimate",
        "Could you explain why it takes 3 hours? It seemed a small change to us.\nDavid"
        + gmail_quote_en("Mon, 12 Oct 2026 at 10:02", EST_EN),
        "question",
        lang="en",
    ),
    r(
        "rep-condition",
        "acpv@acpv.bzh",
        "OF-2026-0044",
        "Migration version 4",
        "D'accord à condition que la migration soit faite un lundi.\nYann" + gmail_quote(WHEN, MIG),
        "question",
    ),
    r(
        "rep-pas-compris",
        "cvva49@wanadoo.fr",
        "OF-2026-0045",
        "Estimation",
        "Bonjour, je n'ai pas bien compris, il s'agit de quelle intervention ? Henri"
        + gmail_quote(WHEN, EST),
        "question",
    ),
    r(
        "rep-en-but",
        "accounts@wingflightschool.co.uk",
        "OF-2026-0046",
        "Migration",
        "OK but not before the end of our exam session on 20 November.\nEmma"
        + gmail_quote_en("Mon, 12 Oct 2026 at 10:02", EST_EN),
        "question",
        lang="en",
        nb="2026-11-20",
    ),
    r(
        "rep-info",
        "contact@cap-aviation.fr",
        "OF-2026-0047",
        "Estimation",
        "Bonjour,\nPouvez-vous nous rappeler demain matin pour en discuter ?\nIsabelle"
        + outlook_quote("lundi 12 octobre 2026 10:02", "[OF-2026-0047] Estimation", EST),
        "question",
    ),
    r(
        "rep-plutot",
        "chefpilote.saintex@orange.fr",
        "OF-2026-0048",
        "Migration version 4",
        "Oui par contre pas avant le 20 mars, nous avons un rallye.\nPierre" + gmail_quote(WHEN, MIG),
        "question",
        nb="2027-03-20",
    ),
    r(
        "rep-docs",
        "secretaire@ac-heleneboucher.fr",
        "OF-2026-0049",
        "Changement de responsable",
        "Bonjour, quels documents faut-il fournir exactement ? Nathalie" + gmail_quote(WHEN, EST),
        "question",
    ),
    r(
        "rep-cash",
        "claire.moreau@guynemer-aviation.fr",
        "OF-2026-0050",
        "Devis développement",
        "Bonjour,\nOK pour le devis ; pouvez-vous le traiter en priorité ? Nous sommes prêts à payer un "
        "supplément pour accélérer.\nClaire" + gmail_quote(WHEN, DEV),
        "question",
        cash=True,
    ),
    r(
        "rep-en-when",
        "office@wingflightschool.co.uk",
        "OF-2026-0051",
        "Migration",
        "When exactly will the migration happen? We need to warn our students.\nDavid"
        + gmail_quote_en("Mon, 12 Oct 2026 at 10:02", EST_EN),
        "question",
        lang="en",
    ),
    r(
        "rep-merci-seul",
        "tresorerie.cvva49@gmail.com",
        "OF-2026-0052",
        "Estimation",
        "Merci pour le retour, je vais en parler au bureau jeudi et je reviens vers vous.\nHenri"
        + gmail_quote(WHEN, EST),
        "question",
    ),
)
