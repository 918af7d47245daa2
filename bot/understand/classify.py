"""The kind of a new request, from its subject and new text, with a confidence.

Weighted cues per kind, written against folded text (no accents, lower case) so that "Réinitialiser"
and "reinitialiser" count alike, then a few arbitrations an experienced agent makes:
- "devis" alone is weak: with "renouvellement"/"abonnement" it is a renewal invoice, and only with
  development words is it a development quote;
- a problem report that mentions a migration in passing ("depuis la migration ...") is support;
- a test platform to try version 4 is a test platform, not a migration;
- a change of the person in charge wins over a mere change of e-mail addresses.
An all-caps subject counts for less ("URGENT PROBLEME" says little). When no cue is strong enough
the kind is ``other`` with a low confidence, which sends the message to staff triage.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.understand.normalize import correct_typos, fold, is_shouting, mask_links, strip_subject_prefixes
from bot.understand.types import Kind

_W = r"\W+(?:\w+\W+){0,4}?"  # up to four words in between
# An aircraft registration in the common European/US prefixes (folded): f-gnut, g-abcd, hb-1234, oo-abc.
_REG = r"\b(?:f|g|d|hb|oo|ec|ei|oe|ph|lx|ok|sp|se|ln|oy|oh|n)-[a-z0-9]{3,5}\b"

_CUES: dict[Kind, tuple[tuple[re.Pattern[str], float], ...]] = {
    "password_reset": (
        (re.compile(r"mot de passe|mots de passe|\bmdp\b|password|passwd"), 2.0),
        (
            re.compile(
                r"(oubli|perdu|reinitialis|re-?initialis|reset|recuper|renouveler le|regenerer|"
                r"n'(ai|avons|a) plus|no longer have|lost)\w*"
                rf"{_W}(mot de passe|mdp|password|acces|identifiant|codes? d'acces|credentials|login)"
            ),
            3.0,
        ),
        (
            re.compile(
                rf"(mot de passe|mdp|password){_W}(oubli|perdu|reinitialis|reset|bloque|expire|"
                r"ne (fonctionne|marche)|incorrect|invalide|errone|forgot)"
            ),
            3.0,
        ),
        (re.compile(r"forgot|lost my password|reset (my|our|the) password|mot de passe oublie"), 3.0),
        (
            re.compile(
                r"(connecter|connexion|acceder|acces|access|log ?in|login|sign in|log into)\W+(\w+\W+){0,4}"
                r"(compte client|espace client|(client|customer) (area|portal|account))"
            ),
            1.5,
        ),
        (re.compile(r"reset (link|e-?mail)|lien de reinitialisation|codes? d'acces"), 1.5),
        (
            # "notre trésorier est parti sans transmettre les accès"
            re.compile(
                r"(sans|without) (nous |me )?(transmettre|donner|laisser|passing on|handing over|giving)\W+"
                r"(\w+\W+){0,2}?(acces|identifiants|codes|mots? de passe|credentials|logins?)"
            ),
            2.0,
        ),
    ),
    "contact_update": (
        (
            re.compile(
                r"(chang\w*|modifi\w*|mett\w* a jour|mise a jour|remplac\w*|"
                r"updat\w*|corrig\w*|actualis\w*)\W+(\w+\W+){0,5}?(adresses?|e-?mails?|courriels?|"
                r"coordonnees|contacts?|telephone|mail)\b"
            ),
            3.0,
        ),
        (
            re.compile(
                r"(nouvelle|new) (adresse|e-?mail|address|mail)|adresse (mail |e-?mail )?(a change|"
                r"change|n'est plus)|n'est plus valide|plus utilisee|no longer (valid|used|in use)"
            ),
            2.5,
        ),
        (
            re.compile(
                r"(e-?mail|adresse|address|mail) (de |du |of )?(contact|client|facturation|"
                r"responsable)|contact e-?mail|client e-?mail|coordonnees|(customer|client) record"
            ),
            1.5,
        ),
        (
            # "remplacer a@x.fr par b@x.fr", "replace a@x with b@x", "our e-mail changes"
            re.compile(
                r"(remplac\w*|replace\w*|substitu\w*|chang\w*|modifi\w*|passer)\W+(\w+\W+){0,3}?"
                r"[\w.+-]+@[\w-]+(\.[\w-]+)+\W+(\w+\W+){0,2}?(par|with|by|to|en|pour|vers)\W+(\w+\W+){0,3}?"
                r"[\w.+-]+@|(e-?mail|adresse|address|mail)( address| e-?mail| mail)?( de contact| du club)? "
                r"(changes|is changing|will change|has changed|va changer|changera|change)\b"
            ),
            3.0,
        ),
        (
            # "merci d'envoyer désormais les factures à x@y.fr", "use x@y.fr from now on"
            re.compile(
                r"(desormais|dorenavant|a l'avenir|from now on|in future|going forward)\W+(\w+\W+){0,6}?"
                r"[\w.+-]+@[\w-]+|[\w.+-]+@[\w-]+(\.[\w-]+)+\W+(\w+\W+){0,3}?(desormais|dorenavant|"
                r"from now on|instead)"
            ),
            3.0,
        ),
    ),
    "owner_change": (
        (
            re.compile(
                r"(nouveau|nouvelle|new) (responsable|president|presidente|gerant|gerante|"
                r"person in charge|manager|chairman|interlocuteur|referent|referente|correspondant|"
                r"correspondante|gestionnaire|administrateur|administratrice|accountable manager)"
            ),
            2.5,
        ),
        (
            re.compile(
                r"changement (de|du|d') (responsable|president|gerant|bureau|interlocuteur)|"
                r"change of (the )?(person in charge|president|manager)|passation|handover|"
                r"transfert de (la )?responsabilite"
            ),
            3.5,
        ),
        (
            re.compile(
                r"responsable (openflyers|de la plate-?forme|du compte|de la plateforme)|"
                r"person in charge"
            ),
            2.0,
        ),
        (
            re.compile(
                rf"(succede|remplace|reprend|remplacer|quitte|demission)\w*{_W}(responsable|president|"
                r"fonction|presidence|role|gestion)"
            ),
            2.0,
        ),
        (
            re.compile(
                r"k-?bis|proces-?verbal|\bpv\b|lettre signee|courrier signe|signed letter|"
                r"minutes of the|assemblee generale|\bag\b elective|election"
            ),
            1.5,
        ),
    ),
    "migration": (
        (re.compile(r"\bmigr(er|ation|ations|ons|ez|e|ee)\b|\bmigrate|upgrade"), 2.5),
        (
            re.compile(
                r"(passer|passage|monter|montee|basculer|bascule|mettre|move|switch|aller|mise a niveau|"
                r"mettre a niveau|upgrad\w*)"
                r"\W+(\w+\W+){0,6}?(version|v ?\d|\d\.\d|alpha|beta|openflyers ?[3-9]\b|(?<=\W)(a|en|vers|sur|to) (la |the )?[3-9]\b"
                r"(?![.,]?\d|\s*(h\b|heures?|hours?|€|eur|%|ans?\b|jours?|mois|semaines?|days?|weeks?)))"
            ),
            3.0,
        ),
        (re.compile(r"(nouvelle|derniere|new|latest) version|version (4|stable)|\bv4\b"), 1.0),
    ),
    "test_platform": (
        (
            re.compile(
                r"plate-?formes? (de )?tests?\b|platforms? (de )?test|test platform|test instance|"
                r"environnement de test|instance de test|site de test|bac a sable|sandbox|"
                r"plate-?forme d'essai|copie de (notre|la|ma) plate-?forme|copy of (our|the) platform|"
                r"(environnement|plate-?forme|instance|site|serveur) (de |d')?(recette|pre-?production|preprod|"
                r"validation|qualification|formation|essai)|\bstaging\b|test (environment|copy|site|server)|"
                r"(copie|copy) (de test|for testing)|trial (copy|platform|instance)"
            ),
            4.5,
        ),
        (re.compile(r"\.test\b|\.of4\b|\bof4\b"), 4.5),
        (re.compile(r"(tester|essayer|try|test|evaluer)\W+(\w+\W+){0,3}?(version 4|v4|4\.0|la 4\b)"), 2.0),
    ),
    "dev_quote": (
        (re.compile(r"\bdevis\b|\bquote\b|quotation|chiffrage|chiffrer|estimation|estimate"), 1.5),
        (
            re.compile(
                r"developpement|developper|development|develop\b|evolution|fonctionnalite|"
                r"nouvelle fonction|feature|module|adaptation|personnalis|sur mesure|custom|"
                r"cahier des charges|specification|webhook|\bapi\b|interfacer|interface avec|"
                r"connecteur|integration avec|export (automatique|vers)|synchronis"
            ),
            1.5,
        ),
        (
            re.compile(
                rf"(devis|quote|chiffrage|estimation|estimate){_W}(developpement|development|evolution|"
                r"fonctionnalite|feature|module|adaptation|developper)"
            ),
            3.0,
        ),
        (
            re.compile(
                r"(ajouter|ajout d'|creer|add)\W+(\w+\W+){0,3}?(une|un|a|an) (nouvelle |nouveau |new )?(vue|"
                r"option|fonction|champ|bouton|ecran|colonne|rapport|report|view|field|button|alerte|statistique)"
            ),
            2.0,
        ),
        (re.compile(r"merci de (le |nous )?chiffrer|pouvez-vous (le |nous )?chiffrer"), 1.5),
        (
            _FEATURE := re.compile(
                r"(ajout\w*|integr\w*|add\w*|prevoir|permettre|implement\w*)\W+(\w+\W+){0,4}?(la gestion|"
                r"la possibilite|support for|the ability|the option|a way to)"
            ),
            2.0,
        ),
        (
            re.compile(
                r"nouvelles? fonctionnalites?|nouvelles? fonctions?|new features?|faire developper|"
                r"(mutualis\w*|pool\w*|co-?financ\w*|partag\w*) (\w+ ){0,3}?(avec d'autres|with other|heures|hours|"
                r"developpement|development)|(heures|hours|temps|time) (de developpement |of development )?"
                r"(cela|ca|that|it) (representerait|prendrait|demanderait|necessiterait|would take|would need)|"
                r"(faudrait|prendrait|would (it|that) take|would be needed)\W+(\w+\W+){0,3}?(developp|develop)"
            ),
            2.5,
        ),
        (
            re.compile(
                r"serait-il possible de (developper|creer|ajouter une fonction)|pourriez-vous developper|"
                r"could you develop|would like (a|to have a) (new )?feature"
            ),
            2.5,
        ),
    ),
    "renewal": (
        (
            re.compile(
                r"reconduire|reconduction|abonnement (\w+ ){0,2}(pour )?(l'annee )?20\d\d|subscription (\w+ ){0,2}"
                r"(ends|expires)|abonnement (se termine|expire|arrive a (son )?echeance|prend fin)|"
                r"pay for next year|payer (pour )?l'annee prochaine|next year's subscription"
            ),
            3.0,
        ),
        (re.compile(r"renouvel|reabonn|re-?abonn|renewal|\brenew"), 4.0),
        (
            re.compile(
                r"abonnement (20\d\d|annuel|de l'annee|pour l'annee|de l'an)|subscription (for )?20\d\d|"
                r"annual subscription|yearly subscription|cotisation annuelle|abonnement \w+ 20\d\d"
            ),
            3.0,
        ),
        (re.compile(r"(facture|payer|regler|paiement|devis)\W+(\w+\W+){0,3}?(abonnement|subscription)"), 2.5),
        (re.compile(r"echeance|expire|expiration|fin d'abonnement"), 1.0),
    ),
    "resource_change": (
        (
            re.compile(
                r"(ajouter|ajout|rajouter|nouvel|nouveau|nouvelle|acquisition|achete|achat|arrivee|"
                r"add|adding|new|bought|purchased|acquired|integrer|install\w*|recu|recevons|receiv\w*|"
                r"livr\w*|achet\w*)\W+(\w+\W+){0,3}?(avions?|aeronefs?|"
                r"appareils?|ulms?|planeurs?|simulateurs?|helicopteres?|machines?|ressources?|dr ?400|"
                r"robin|cessna|piper|c ?152|c ?172|pa ?28|aircraft|planes?|gliders?|simulator|"
                r"autogire|motoplaneur|resource)"
            ),
            4.0,
        ),
        (
            re.compile(
                r"(retir\w*|supprim\w*|desactiv\w*|vendu|vend\w*|vente|retrait|remplac\w*|"
                r"remov\w*|sold|replac\w*|deactivat\w*|retire|reform\w*)\W+(\w+\W+){0,4}?(avions?|aeronefs?|"
                r"appareils?|ulms?|planeurs?|simulateurs?|ressources?|dr ?4\d\d|c ?1[5-8]\d|pa ?-?\d\d|aircraft|"
                rf"planes?|gliders?|resource|{_REG})"
            ),
            4.0,
        ),
        (
            re.compile(
                r"(avions?|aeronefs?|appareils?|ulms?|planeurs?|simulateurs?|ressources?|aircraft|planes?|"
                rf"gliders?|simulator|{_REG})\W+(\w+\W+){{0,8}}?(retirer|supprimer|desactiver|enlever|ajouter|"
                r"rajouter|remove|add|deactivate|vendu|cede|retire\w* du service|reforme|sold|arriv\w*|"
                r"livre\w*|delivered|rejoin\w*|joins|joining|quitt\w*|leaves|leaving)"
            ),
            3.0,
        ),
        (
            re.compile(
                r"(n'utilisons plus|ne vole plus|ne volera plus|hors service|no longer (use|fly))\W+"
                r"(\w+\W+){0,3}?(avion|aeronef|appareil|ulm|planeur|simulateur|ressource|aircraft|plane)"
            ),
            2.0,
        ),
        (re.compile(rf"{_REG}|immatricul"), 1.0),
        (
            # "faut le rajouter sur openflyers", "take it off our fleet"
            re.compile(
                r"(rajout\w*|ajout\w*|add|enlev\w*|retir\w*|take|put)\W+(le|la|les|l'|it|them|him|her)\W*"
                r"(\w+\W+){0,1}?(sur|dans|a|au|to|on|in|into|off|from)\W+(\w+\W+){0,2}?(openflyers|plate-?forme|"
                r"platform|planning|systeme|system|flotte|fleet|abonnement|subscription)"
            ),
            2.5,
        ),
        (re.compile(r"\bressources?\b|\bresources?\b|flotte|fleet"), 1.0),
    ),
    "hours_statement": (
        (
            re.compile(
                r"(support|assistance) time (\w+ )?(left|remaining|used)|temps (d'assistance |de support )?"
                r"restant|how much (\w+ ){0,4}(time|hours) (\w+ ){0,2}(left|remaining)"
            ),
            4.0,
        ),
        (
            re.compile(
                r"heures? (de )?(bonus|d'assistance|de developpement|prepayees|d'intervention)|"
                r"bonus hours|prepaid hours"
            ),
            2.0,
        ),
        (
            re.compile(
                r"(combien|solde|reste|restant|consomm|utilise|decompte|releve|etat|bilan|point|"
                r"recapitulatif|recap)\W+(\w+\W+){0,5}?heures"
            ),
            3.0,
        ),
        (
            re.compile(
                r"heures\W+(\w+\W+){0,3}?(restantes|restant|consommees|utilisees|disponibles|"
                r"reste|encore)"
            ),
            3.0,
        ),
        (
            re.compile(
                r"hours (left|remaining|balance|used)|remaining hours|how (many|much)\W+(\w+\W+){0,3}?hours|"
                r"hours\W+(\w+\W+){0,5}?(left|remaining)\b|(remaining|balance|solde)\W+(\w+\W+){0,3}?"
                r"(hours|heures)|hours statement|"
                r"statement of (our )?hours|balance of (our )?hours|hour balance"
            ),
            4.0,
        ),
        (
            re.compile(
                r"(ou|where) (nous|on|we|j') ?(en )?(sommes|est|suis|stand|are)\W+(\w+\W+){0,5}?(heures|hours|bonus)|"
                r"(etat|point|situation|suivi|decompte) (de|sur|des) (\w+ ){0,3}?(heures|bonus)"
            ),
            3.0,
        ),
    ),
    "support": (
        (
            re.compile(
                r"\bbug|beug|erreur|error|ne (fonctionne|marche|s'affiche|s'ouvre|charge|peu\w+|parvien"
                r"\w*|arriv\w*|trouve|voit|voient|voyons|sort|sortent|part|partent|recoit|recoivent|"
                r"fait|reprend|compte|calcule)\w*|n'arriv|n'apparai|n'affiche|n'est pas (pris|envoy|affich|"
                r"visible|correct)|impossible|probleme|souci|plante|plantage|bloque|dysfonction|anomalie|"
                r"ecran blanc|page blanche|faux|fausse|errone|deux fois|en double|incoheren|negatif|"
                r"doesn't|does not|not working|broken|crash|cannot|can't|issue|problem|wrong|incorrect"
            ),
            2.0,
        ),
        (re.compile(r"\bn'\w+ (pas|plus)\b|\bne [\w']+ (pas|plus)\b"), 1.0),
        (
            re.compile(
                r"comment \w+|how (do|can|to)|\bquestion\b|\bou (trouve|trouver|se trouve|est|sont)|"
                r"where (is|are|can|do)"
            ),
            1.5,
        ),
        (
            re.compile(
                r"besoin d'aide|\baide[rz]?\b|\bhelp\b|assistance|rappeler|nous appeler|intervention|"
                r"depannage|corriger|regarder|(support|assistance|aide) (telephonique|par telephone)|"
                r"phone (support|call)|(call|ring|phone) (us|me)\b|give (us|me) a call|walk (us|me) through|"
                r"go(ing)? through|look into|take a look|have a look"
            ),
            1.5,
        ),
        (
            re.compile(
                r"parametr|configur|tutoriel|documentation|explication|formation|settings?\b|set ?up\b"
            ),
            1.0,
        ),
        (
            re.compile(
                r"reservation|planning|facturation des vols|comptabilit|export|licence|qualification|"
                r"membres?|pilotes?|instructeur|vol\b|vols\b|booking|members|logbook|carnet"
            ),
            0.5,
        ),
    ),
    "other": (
        (
            re.compile(
                r"newsletter|partenariat|partnership|publicite|offre commerciale|\bseo\b|referencement|"
                r"candidature|curriculum|\bcv\b|invitation|salon|webinar|unsubscribe|desinscri|prospect|"
                r"devenir client|nous presentons|we are a company|our services|marketing|sponsor|"
                r"interesse(e|s)? par (votre|vos) (logiciel|solution|offre)|stagiaire|\bstage\b"
            ),
            3.0,
        ),
        (
            _CANCEL := re.compile(
                r"resili\w*|(mettre|mettons|mettrons) fin (a|au) (\w+ )?(abonnement|contrat)|"
                r"(arreter|arretons|arreterons|stopper|cesser|terminate|cancel\w*|end) (\w+ )?(notre |l'|votre |our |the |my )?"
                r"(abonnement|subscription|contrat|contract|utilisation d'openflyers)|"
                r"ne (pas |plus )?(renouvel\w*|reconduir\w*|reabonn\w*) (pas |plus )?(notre |l'|votre |le |son )?(abonnement|"
                r"contrat)|not (to )?(renew|be renewing)\w* (our|the) (subscription|contract)|(won't|will not) (be )?renew|"
                r"(cess\w*|arret\w*) (son|notre|ses|nos|leur|toute) activite|dissolution (du|de l'|de notre) "
                r"(club|association|aeroclub)|fermeture (du|de l'|de notre) (club|association|aeroclub)|"
                r"(club|association|school) (is )?(closing|closes|shutting down)"
            ),
            5.0,
        ),
    ),
}

_IN_PASSING_MIGRATION = re.compile(
    r"(depuis|apres|suite a|since|after) (la|notre|votre|the|our|your) (derniere )?(migration|mise a jour|"
    r"upgrade|passage)|(migration|mise a jour|upgrade) (de|d')(\w+\W+){0,3}?(hier|la semaine|dernier|"
    r"derniere|last)|(nous avons|on a|we) (ete )?(migre|upgraded|migrated)|avons ete migres"
)
_REQUEST_VERB = re.compile(
    r"souhait|voudri|aimeri|demand|merci de|pouvez|pourriez|would like|want|please|envisag|planifi|"
    r"programm|prevoir|prevu|possible de|we'd like|nous voulons|je veux|pret|decide"
)
_MIGRATION_REQUEST = re.compile(
    r"(souhait\w*|voudr\w*|aimer\w*|voulons|veut|veulent|demand\w*|merci de|pouvez-vous|pourriez-vous|"
    r"pouvez vous|possible de|devons|devrions|please|would like|want|like to|need to|decid\w*|vote\w*|"
    r"valide\w*|programmer|planifier|schedule|faire|confirm\w*|interrog\w*|possibilite|envisag\w*|"
    r"wonder\w*|consider\w*|interest\w*|interess\w*)\W+(\w+\W+){0,5}?(migr\w*|passer|passage|montee|"
    r"basculer|monter|upgrade|mise a niveau|version|v\d|move|switch|openflyers ?[3-9]\b)"
)
_LATER_TEST = re.compile(
    r"(afin de|pour pouvoir|pour ensuite|ensuite|plus tard|so that|in order to|then|later)\W+(\w+\W+){0,5}?"
    r"(plate-?forme|platform)"
)
_SUPPORT_PROBLEM = _CUES["support"][0][0]
_DEV_WORDS = _CUES["dev_quote"][1][0]
_RENEWAL_WORDS = re.compile(r"renouvel|abonnement|subscription|renewal|cotisation|annuel")
_OWNER_STRONG = re.compile(r"responsable|person in charge|president|gerant|k-?bis|passation")
_TECHNICAL_FAULT = re.compile(
    r"\bbug|beug|erreur|error|plant|crash|page blanche|ecran blanc|debit\w* (deux|2) fois|twice"
)
MIN_SCORE = 2.0
_SUBJECT_CHARS = 1_000  # a subject is a line; a 100 kB header is junk, not more evidence


@dataclass(frozen=True)
class Classification:
    """The best kind, its confidence (0..1) and the scores behind it (for staff and debugging)."""

    kind: Kind
    confidence: float
    scores: tuple[tuple[Kind, float], ...]


def _score(text: str, weight: float, scores: dict[Kind, float]) -> None:
    for kind, cues in _CUES.items():
        for pattern, cue_weight in cues:
            if pattern.search(text):
                scores[kind] = scores.get(kind, 0.0) + cue_weight * weight


_ESTIMATE_QUESTION = re.compile(
    r"(representerait|prendrait|demanderait|necessiterait|faudrait|couterait|would (it|that|this) take|"
    r"would (it|that|this) cost|would be needed|to build|pour (le |la |les )?(developper|realiser|faire))"
)
_STATEMENT = re.compile(
    r"reste|restant|solde|consomm|utilise|releve|deja|left|remaining|used|statement|balance|"
    r"(ou|where) (nous|on|we) (en )?(sommes|est|stand|are)"
)
_LATER_QUOTE = re.compile(
    r"(avant de|before)\W+(\w+\W+){0,3}?(demander|faire|lancer|solliciter|envoyer|ask\w*|request\w*|"
    r"send\w*)\W+(\w+\W+){0,2}?(devis|quote|demande de devis)"
)


def _arbitrate(text: str, scores: dict[Kind, float]) -> None:
    """The traps an experienced agent knows, applied to the raw cue scores."""
    if scores.get("other", 0.0) and _CANCEL.search(text):
        scores["renewal"] = scores.get("renewal", 0.0) * 0.3  # "nous ne renouvellerons pas": a cancellation
    if scores.get("hours_statement") and _ESTIMATE_QUESTION.search(text) and not _STATEMENT.search(text):
        scores["hours_statement"] *= 0.3  # "combien d'heures cela représenterait ?" asks for a quote
        if _DEV_WORDS.search(text):
            scores["dev_quote"] = scores.get("dev_quote", 0.0) + 2.0
    if scores.get("dev_quote") and _LATER_QUOTE.search(text) and scores.get("hours_statement"):
        scores["dev_quote"] *= 0.3  # "avant de vous demander un devis, combien d'heures nous reste-t-il ?"
    if scores.get("migration") and _IN_PASSING_MIGRATION.search(text) and _SUPPORT_PROBLEM.search(text):
        scores["migration"] = scores["migration"] * 0.2
        scores["support"] = scores.get("support", 0.0) + 2.0
    if scores.get("migration") and not _MIGRATION_REQUEST.search(text):
        scores["migration"] *= 0.5
    if (
        scores.get("dev_quote")
        and not _DEV_WORDS.search(text)
        and not _FEATURE.search(text)
        and _RENEWAL_WORDS.search(text)
    ):
        scores["dev_quote"] = 0.0
    if scores.get("test_platform") and _LATER_TEST.search(text):
        scores["test_platform"] *= 0.3  # "migrer en 3.6 afin de pouvoir demander une plateforme de test"
    elif scores.get("test_platform", 0.0) >= 4.5 and scores.get("migration"):
        scores["test_platform"] += 2.0
    if scores.get("owner_change", 0.0) >= 2.5 and _OWNER_STRONG.search(text) and scores.get("contact_update"):
        scores["owner_change"] += 1.5
    if (
        scores.get("renewal", 0.0) >= 4.0
        and scores.get("support", 0.0) >= scores["renewal"]
        and not _TECHNICAL_FAULT.search(text)
    ):
        # "je n'arrive pas à générer la facture de renouvellement": a self-service step (R27), not a fault
        scores["renewal"] += 2.0
    if scores.get("renewal", 0.0) >= 4.0 and scores.get("resource_change"):
        scores["renewal"] += 1.0
    if scores.get("password_reset", 0.0) >= 5.0:
        scores["password_reset"] += 1.0


def classify(subject: str, new_text: str) -> Classification:
    """Kind and confidence of a first-contact message."""
    clean_subject = strip_subject_prefixes(subject[:_SUBJECT_CHARS])
    # Addresses and links are names, not words: "compta@club.test" does not ask for a test platform.
    folded_subject = correct_typos(fold(mask_links(clean_subject)))
    folded_text = correct_typos(fold(mask_links(new_text)))
    scores: dict[Kind, float] = {}
    _score(folded_subject, 0.6 if is_shouting(clean_subject) else 1.3, scores)
    _score(folded_text, 1.0, scores)
    _arbitrate(f"{folded_subject}\n{folded_text}", scores)
    ranked = sorted(scores.items(), key=lambda item: item[1], reverse=True)
    if not ranked or ranked[0][1] < MIN_SCORE:
        return Classification("other", 0.3, tuple(ranked))
    best_kind, best = ranked[0]
    second = ranked[1][1] if len(ranked) > 1 else 0.0
    margin = (best - second) / best
    confidence = round(min(1.0, 0.45 + 0.45 * margin + min(best, 10.0) / 40.0), 2)
    if best_kind == "other":
        confidence = min(confidence, 0.4)
    return Classification(best_kind, confidence, tuple(ranked))
