"""What a client's reply to one of our messages means: ``confirm``, ``refuse`` or ``question``.

A confirmation deducts hours and queues the work, so it is safe by construction rather than by a
long list of phrasings: a reply confirms only when

1. an affirmative cue ("oui", "d'accord", "je confirme", "go ahead") stands in the sender's own
   first lines, and
2. nothing anywhere in the new text negates, conditions, questions, defers or refuses.

Every cue is matched on word boundaries of folded text with addresses and links masked ("ago" is
not "go", "x@club.test" says nothing). Everything else is a ``question`` for staff, except a clear
refusal: an explicit one ("non merci", "annulez", "we'll pass"), a decision negated in its own
clause ("je ne confirme pas", "don't go ahead", "merci de ne pas lancer"), or a leading "non".
A few fixed phrases are affirmative although built with a negation ("pas de souci", "no problem");
they are recognised as whole phrases before negations are looked for. Read from the new text only:
the quoted estimate below it says "confirmer" too.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.understand.normalize import cue, fold, mask_links
from bot.understand.trim import unsigned_text
from bot.understand.types import ReplyIntent

_FIRST_LINES = 6
_PLAIN_CHARS = 2_000  # a plain "yes" is short: a longer reply is for staff, whatever it says

# Affirmative phrases built with a negation word: replaced by a neutral affirmative token first.
_AFFIRMATIVE_IDIOMS = cue(
    r"(pas|aucun|sans) (de |d')?(soucis?|probleme|problemes|souci)",
    r"n'hesite[sz]? pas",
    r"no (problem|problems|worries|issue|issues)",
    r"not a problem",
    r"(ne|n') ?(pose|posent|posera|poseront|posait) (pas|aucun) (de |d')?(soucis?|problemes?)",
    r"(don't|do not) hesitate",
    r"(pas|plus) (la peine|besoin) de (nous |me |m')?(rappeler|appeler|telephoner|recontacter)",
    r"no need to (call|ring|phone)( us| me| back)*",
    r"pas d'autres? questions?",
    r"(pas de|aucune) questions?( de (notre|ma) part)?",
    r"no (other |further )?questions?( (from|on) (my|our) (side|part|end))?",
    r"(ne|n') ?(va|allons|vais) pas hesiter",
    r"np",
    r"(aucune|pas d'|no|sans) objections?",
    r"(aucun|pas d'|sans) inconvenients?",
    r"(ne|n') ?(voyons|vois|voit|voient) pas d'inconvenients?",
    r"pourquoi pas",
    r"why not",
    r"(nous n'avons |on n'a |je n'ai |n'avons |il n'y a )?rien (a redire|contre)",
    r"nothing against( it| that)?",
    r"(ne|n') ?(sont|est|sera|seront) pas un probleme",
    r"(isn't|aren't|is not|are not|won't be|will not be) (a|an) (problem|issue)",
    r"(ne|n') ?(nous|me) (gene|genent|derange|derangent) pas",
    r"(va|vais|allons|aller|allez) de l'avant",
)
_IDIOM_TOKEN = " xfine "
# Agreeing with what we said, not deciding: "On est d'accord avec votre analyse du problème".
_AGREED_STATEMENT = cue(
    r"(d'accord|agreed?|agrees) (avec |with )?(votre|ton|your|the|cette|this) (analyse|analysis|diagnostic|"
    r"diagnosis|explication|explanation|constat|remarque|assessment|point)",
    r"(d'accord|agreed?|agrees) (pour dire )?(que|that)",
)
_NOTED_TOKEN = " xnoted "
# Fixed phrases that look like a condition or a time but are neither: read as nothing.
_NEUTRAL_IDIOMS = cue(
    r"apres (mure |longue )?(reflexion|discussion|deliberation|concertation|consultation|verification|echange)s?",
    r"after (some |careful |much )?(thought|consideration|discussion|review|deliberation)",
    r"apres tout",
    r"(tel|telle|tels|telles) (quel|quelle|quels|quelles)",
    r"as is",
    r"after all",
    r"quand meme",
    r"tout de meme",
    r"si (besoin|necessaire)",
    r"if (needed|necessary|any|required)",
    r"if there (is|are) (one|any)",
    r"s'il y a lieu",
    r"s'il y en a",
    r"but anyway",
    r"mais bon",
    r"en tout cas",
    r"anyway",
    r"avant tout",
    # "quand vous pourrez", not the question "quand pourrez-vous"
    r"quand (vous )?(voulez|voudrez|pouvez|pourrez|le souhaitez|vous le souhaitez|vous arrange)(?!-)",
    r"des que (possible|vous (pouvez|pourrez|voulez|voudrez))",
    r"when(ever)? (you (can|like|want|are ready)|it suits( you)?|convenient)",
    r"as soon as (possible|you can)",
    r"a votre convenance",
    r"ne (tardez|trainez) pas( trop)?",
    r"(don't|do not) (delay|wait too long|take too long)",
    r"at your (convenience|earliest convenience)",
    r"(let|tell) (us|me) know (when|once)( [\w']+){0,4}",
    r"(prevenez|dites|tenez)(-| )(nous|moi) (quand|lorsque|des que|au courant|informes?)( [\w']+){0,4}",
    # sign-offs, not a decision put off: "Merci et à bientôt !", "Speak soon"
    r"(a|a tres|et a) bientot",
    r"(see|talk|speak|hear from) (you )?soon",
)
# A clause that acknowledges a fact ("nous avons compris qu'il n'y a pas de retour arrière", "we
# understand it cannot be undone") carries its own negation: it says nothing against the decision.
_ACKNOWLEDGED_FACT = cue(
    r"(bien )?compris",
    r"comprenons",
    r"understand*",
    r"understood",
    r"conscien*",
    r"aware",
    r"connaissance de cause",
    r"acknowledg*",
    r"(prenons|pris|prends) (bonne )?(acte|note)",
    r"irreversib*",
    r"cannot be undone",
    r"no (way|going) back",
    r"(pas de|sans) retour( en)?( arriere)?",
    r"revenir en arriere",
    # Not being able to do it oneself is the reason for asking us: "je ne m'en sortirai pas seul",
    # "I can't do it on my own" (never about deciding: "nous ne pouvons pas décider seuls").
    r"(ne|n') ?(m'en |nous en |s'en |y )?(sortir|arriv|parvien|parviendr|reussi|sai|sau|sav|peu|pourr)\w* "
    r"(pas|plus) (?:(?!decid|valid|tranch|statu|confirm|accept|engag|sign|approu|repond)\w+ ){0,3}"
    r"(tout seul|toute seule|seule?s?|nous-memes|moi-meme)",
    r"(can't|cannot|couldn't|unable to|not able to) (?:(?!decid|approv|confirm|accept|sign|commit)\w+ ){0,3}"
    r"(alone|myself|ourselves|on (my|our) own)",
    # The symptom being fixed, not our offer: "le mail de réinitialisation n'arrive jamais".
    r"(mail|e-mail|email|courriel|lien|link|message|code|page|connexion|login)s? (?:[\w'-]+ ){0,4}"
    r"(ne |n')?(arrive|arrivent|fonctionne|fonctionnent|s'affiche|s'affichent|s'ouvre) "
    r"(pas|jamais|plus|toujours pas)",
    r"(n'ai|n'avons|n'a|n'ont) (jamais|pas|toujours pas) (\w+ )?recu (le|les|aucun|de|d'|l')",
    r"(mail|e-mail|email|message|link|code|page)s? (?:[\w'-]+ ){0,4}(never|doesn't|does not|don't|do not|"
    r"didn't|did not|won't) (\w+ )?(arrive|arrives|arrived|work|works|load|loads|open|opens|show|shows|come)",
    r"(never|didn't|did not|haven't|have not) (\w+ )?(received|got|get) (the|any|an|a) (mail|e-mail|email|"
    r"message|link|code)",
    r"not in (the )?(spam|junk)( folder)?( either)?",
    r"(can't|cannot|can not|unable to|not able to) (\w+ )?(get in|log in|login|sign in|connect|access)",
    r"(je|nous|on) (n'|ne )(y )?(arrive|arrivons|parviens|parvenons) (pas|plus|toujours pas|a rien)"
    r"( (a|avec) (\w+ ){0,2}(lien|mail|e-mail|courriel|compte|connecter|outil|reinitialisation|procedure))?(?=\W*$)",
    r"(coordonnees|adresse|address|details|iban|rib|contact|facturation|billing)( \w+){0,3} (n'ont|n'a|n'est|n'sont|"
    r"have not|haven't|has not|hasn't) (pas )?(change|changed|bouge)",
    r"(pas|ni) (dans|en) (les )?(spams?|indesirables|courriers? indesirables)",
)
# An acknowledgement without a decision: with it, a mere "très bien" or "parfait" confirms nothing.
_ACKNOWLEDGEMENT = cue(
    r"c'est note",
    r"bien note",
    r"note",
    r"noted",
    r"bien recu",
    r"well received",
    r"received",
    r"merci (pour|de) (l'info|les infos|l'information|les informations|l'explication|les explications|"
    r"la reponse|votre reponse|le retour|votre retour|ces precisions|les precisions)",
    r"thanks? (you )?for (the info|the information|the explanation|your answer|your reply|letting us know)",
    r"(bien |c'est )?compris",
    r"xnoted",
    r"(je |nous |on )?comprend(s|ons)?",
    r"understood",
    r"(i |we )understand",
    r"(got|have|received) (your|the) (mail|email|e-mail|message|invoice|quote|answer|reply)",
)

# The words of a reply that only thanks or acknowledges ("Merci beaucoup, bien reçu !", "Noted,
# thanks"): no decision in it, whatever a model trained on decisions makes of so few words.
_THANKS_WORDS = frozenset(
    (
        "merci", "mercii", "beaucoup", "mille", "fois", "bien", "tres", "recu", "recue", "note", "notee",
        "c'est", "cest", "pour", "l'info", "les", "infos", "l'information", "votre", "vos", "reponse",
        "retour", "rapide", "precisions", "de", "la", "le", "du", "tout", "a", "vous", "bonne", "journee",
        "soiree", "fin", "semaine", "cordialement", "salutations", "thanks", "thank", "you", "thx", "ty",
        "very", "much", "many", "noted", "got", "it", "received", "for", "the", "info", "information",
        "your", "reply", "answer", "quick", "cheers", "regards", "kind", "best", "have", "nice", "day",
        "week", "all", "again", "encore",
    )
)  # fmt: skip
_WORDS_OF = re.compile(r"[\w']+")


# Receipt of a mail or a fact, as against agreement to what we asked.
_RECEIPT = cue(
    # not "je n'ai toujours pas reçu le mail": that is the problem, not a receipt
    r"(?<!pas )(?<!jamais )(?<!rien )(bien )?recue?s?",
    r"(?<!not )(?<!never )(?<!n't )received",
    r"(did |have )?(got|get|received) (your|the) (mail|email|e-mail|message|invoice|quote|answer|reply)",
    r"(bien )?notee?s?",
    r"merci (pour|de) (l'info|les infos|l'information|les informations)",
    r"thanks? (you )?for (the info|the information)",
    r"noted",
    r"(i |we )?(saw|have seen|seen) (your|the) (quote|estimate|mail|email|e-mail|message)",
    r"(bien )?vu (votre|le|la|vos) (devis|estimation|mail|message|courriel)",
)
# The yes words that answer any question ("did you get it?"), as against the agreeing ones.
_BARE_YES = frozenset({"oui", "yes", "yep", "yeah", "ja", "ok", "okay", "d'accord"})
_AGREEING_AFTER = re.compile(r"\s*(pour|avec|sur|for|with|to)\b")


def _bare_yes(match: re.Match[str]) -> bool:
    """A yes word on its own ("Yes, we received it"), not agreeing to something ("d'accord pour")."""
    return match.group(0) in _BARE_YES and not _AGREEING_AFTER.match(match.string, match.end())


def _thanks_only(text: str) -> bool:
    words = _WORDS_OF.findall(text)
    return bool(words) and all(word in _THANKS_WORDS for word in words)


# A leading "non" that only waves away a worry before an explicit go-ahead: "Non, c'est bon, allez-y".
_NO_THEN_GO = re.compile(
    r"\W*((non|no)\W+)+(?=(c'est bon\W+|ca (me |nous )?va\W+|that's fine\W+|it's fine\W+|xfine\W+)?"
    r"(allez-?y|go ahead|vous pouvez (y aller|lancer|proceder|commencer)|lancez|please proceed)\b)"
)

_REFUSAL = cue(
    r"annul*",
    r"cancel*",
    r"renonc*",
    r"abandonn*",
    r"(laisse|laisser|laissez|laissons) tomber",
    r"non merci",
    r"merci mais non",
    r"no,? thanks?( you)?",
    r"(pas|ne pas|plus) (donner )?suite",
    r"sans suite",
    r"declin*",
    r"refus*",
    r"reject*",
    r"trop cher",
    r"(pas|plus) la peine(?! d)",
    r"too (expensive|costly|much)",
    r"(pas|plus) interess*",
    r"(ne|n') (\w+ ){0,2}interess\w* (pas|plus)",
    r"not interested",
    r"no longer (interested|needed|necessary|required|need\w*)",
    r"on oublie",
    r"oubliez",
    r"(we|i) ?('ll|will|shall|would|'d) (rather )?pass",
    r"hold off",
    r"pas d'accord",
    r"disagree",
    r"(do not|don't) agree",
    r"prefer\w* (ne pas|ne rien|pas|attendre|rester|wait|not|to wait|to stay)",
    r"rather (wait|not)",
    r"(n'avons|n'ai|n'a|n'aurons) plus besoin",
    r"plus (besoin|necessaire)",
    r"not needed any ?more",
    r"disregard",
    r"withdraw*",
    r"(retir\w*|retrait de) (notre|la|ma|cette) demande",
    r"decided against",
    r"(decide|decided|decidons|avons decide|a decide|choisi|chosen) (de ne pas|not to|to not|against|d'attendre|to wait)",
    r"(say|says|said|dit|disons|dis|repond\w*) (no|non)",
    r"don't bother",
    r"ne vous (embetez|derangez) pas",
    r"forget (it|about it)",
    r"(s'en|nous en|m'en) passer",
    r"do without",
    r"manage (ourselves|without|on our own|by ourselves)",
    r"(nous )?debrouill*",
    r"(on|nous) en (reste|restons|resterons|restera) la",
    r"(on|nous|we|we'll|we will|we'd) (reste|restons|resterons|restera|stay|remain|stick) (en|sur|a|on|with|at) "
    r"(la |the |notre |our )?(version |v)?\d",
    r"keep (the|our) (current|old|present) version",
    r"(garde|gardons|garder|conserv\w*) (la|notre) version actuelle",
    r"skip (it|this)",
    r"pass\w* (notre|mon|son|leur) tour",
    r"(on|nous|je) (passe|passons)(?= ?[,.!]| merci| pour (cette fois|cette annee|le moment|l'instant))",
    r"give (it|this|that|the \w+) a miss",
    r"(that's|that is|it's|it is) a (no|pass)",
    r"c'est (un )?non",
    r"(la reponse|notre reponse|the answer|our answer) (est|is) (non|no)",
    r"(c'est )?hors de question",
    r"out of the question",
    r"pas question de (payer|depenser|facturer|utiliser|prendre|engager|mettre|regler)",
    r"(doesn't|does not|won't|will not) (really )?(concern|apply to|be of use to) (us|me)",
    r"(of )?no use (to|for) (us|me)",
    r"(n'irons|n'ira|n'irai) pas plus loin",
    r"(not|won't|will not) (go|take it) (any )?further",
    r"pass on (it|this|that)",
    r"vot\w* contre",
    r"voted (against|no)",
    r"(trop|beaucoup trop|too much) (pour (nous|moi|le club|notre budget)|for (us|me|the club|our budget))"
    r"(?! seule?s?| alone| on (our|my) own)",
    r"(au-dessus|au dessus|hors) de (nos|notre|mes) (moyens|budget)",
    r"(beyond|over|outside) (our|my) (budget|means)",
    r"(can't|cannot|can not) afford (it|this|that|the)",
    r"inutile(?! d)",
    r"inutile (de |d')(payer|facturer|intervenir|le faire|vous deranger|continuer|poursuivre|creer|changer)",
    r"(nous|on|je) (allons|va|vais) (le |la |les )?faire (\w+ ){0,3}(nous-memes|moi-meme|en interne|seuls?)",
    r"(on|nous) (l'a|l'avons|les a|les avons|l'ai) (\w+ ){0,2}(nous-memes|nous meme|moi-meme|seuls?)",
    r"(we|i) (did|have done|sorted|fixed|made|created|changed|reset) (it|this|that|them) (\w+ ){0,2}"
    r"(ourselves|myself|on (our|my) own)",
    r"(clore|cloturer|fermer) (la|ma|notre|cette) (demande|requete)",
    r"close (the|this|my|our) (request|ticket)",
    r"prefer\w* (garder|conserver) (nos|mes|les) (\d+ )?heures",
    r"rather keep (our|my|the) (\d+ )?(bonus )?hours",
    r"(we|i) ?('ll|will|shall|are going to|am going to) (do|handle|manage|sort out|fix) (it |this |that )?"
    r"(ourselves|myself|in-house|internally|on (our|my) own)",
    r"(nous|on|je) (le |la |les )?(ferons|fera|ferai|gererons|gerera|gererai|allons le faire|va le faire|"
    r"vais le faire) (nous-memes|moi-meme|en interne|seuls?)",
)
# The problem went away: "Parfait, le problème est réglé, merci !" is no go-ahead to anything.
_SOLVED = cue(
    r"(probleme|souci|bug|panne|erreur|soucis|problemes) (est |a ete |s'est |sont |ont ete )?"
    r"(regle|resolu|corrige|arrange)e?s?",
    r"(problem|issue|bug|error|problems|issues) (is |has been |was |got |are |have been )?(solved|fixed|resolved|sorted)",
    r"(fonctionne|marche|remarche|works?|working) (de nouveau|a nouveau|again)",
    r"(tout|ca|it|everything) (re)?(fonctionne|marche|works)( bien)? (maintenant|now)",
    r"(resolved|sorted|fixed) itself",
    r"(regle|resolu|arrange)e? (tout seul|toute seule|de lui-meme|d'elle-meme)",
)
# A refusal for now, unless the same reply defers the decision ("pas maintenant, nous reviendrons vers vous").
_SOFT_REFUSAL = cue(
    r"pas pour (le moment|l'instant|cette annee|maintenant|cette fois)",
    r"pas maintenant",
    r"pas cette (fois|annee)",
    r"not (for |at )?(now|the moment|this time|this year)",
    r"(maybe|peut-etre) (another|next|une autre|l'an prochain|l'annee prochaine)",
    r"(pas|plus) (une|notre) priorite",
    r"not (a|our) priority",
)
# A negated act of ours or an order not to act, in a clause of its own: "on ne va pas le faire",
# "merci de ne rien facturer", "ne faites rien", "don't bother", "we won't need it".
_NEGATED_ACT = cue(
    r"(on|nous|je) (ne|n') ?(va|vais|allons|veut|voulons|veux|souhaite|souhaitons|desire|desirons|compte|"
    r"comptons|fera|ferons|ferai|donnera|donnerons|prendra|prendrons|lancera|lancerons)\w* "
    r"(donc |alors |finalement |malheureusement |pour l'instant |cette fois )?(pas|plus|rien)",
    r"(merci|priere) de ne (pas|rien|plus)",
    r"(ne|n') (nous|me) (concerne|concernent|servira|servirait|sert) (pas|plus|a rien)",
    r"(on|nous|je) (ne|n') ?(y )?(participer|poursuivr|engager|retiendr|donner)\w* (pas|plus|rien)",
    r"ne (\w+ez|faites|dites|rien \w+ez) (pas|rien|plus)",
    r"n'\w+ez (pas|rien|plus)",
    r"(we|i) (won't|will not|'ll not|shall not|do not want|don't want|do not need|don't need)",
    r"(we|i) (would not|wouldn't|'d not|would rather not|'d rather not) (like|want|wish|pay|go)",
    r"(we|i) (do not|don't) wish to",
)
# Inside a condition a negation belongs to the condition: "oui, à condition de ne pas lancer avant lundi".
_CONDITION_IN_CLAUSE = cue(
    r"si", r"if", r"unless", r"a condition", r"tant que", r"sauf", r"avant", r"before", r"until", r"jusqu'*",
    r"provided", r"as long as", r"pourvu", r"sans", r"without", r"sinon", r"otherwise", r"or else",
)  # fmt: skip

# The condition words that make a condition or a counter-proposal wherever they stand ("only if",
# "à condition", "mais", "instead"), as against the weaker ones of ``_CONDITION`` that as often open
# a wish, a date or small talk beside a plain yes ("if you can, midweek", "before the season").
_STRONG_CONDITION_WORDS = (
    r"a condition", r"pourvu", r"provided", r"as long as", r"assuming", r"tant que", r"unless",
    r"sauf", r"except*", r"only", r"seulement", r"uniquement", r"mais", r"but", r"par contre",
    r"cependant", r"toutefois", r"neanmoins", r"however", r"(al)?though", r"even if", r"bien que",
    r"quoique", r"meme si", r"plutot", r"instead", r"rather", r"est-?ce", r"pourriez",
    r"pouvez-vous", r"pouvez vous", r"pourrions-nous",
    # a yes hedged or held for someone's approval: "Yes in principle, subject to board approval"
    r"sous reserve", r"subject to", r"pending", r"in principle", r"en principe", r"sur le principe",
    r"provisionally", r"provisoirement",
)  # fmt: skip
# Hedges: in the sentence of the yes they make it a maybe ("Probably yes", "Je pense que oui");
# elsewhere they are small talk ("it probably went to spam").
_HEDGES = (
    r"a priori", r"probably", r"probablement", r"sans doute", r"je (pense|crois) que",
    r"i (think|guess|believe|suppose)", r"maybe", r"perhaps", r"peut-etre", r"likely", r"in theory",
    r"en theorie",
)  # fmt: skip
# Questions without a question mark: a yes beside one is for staff, like a strong condition.
# Phrases that ask wherever they stand ("could you", "je me demande", "how much"):
_ASKING_PHRASES = (
    r"peut-on",
    r"serait-il",
    r"combien (de|ca|cela|coute\w*)",
    r"could you",
    r"can you",
    r"would you",
    r"would it",
    r"whether",
    r"wonder*",
    r"je me demande",
    r"preciser",
    r"clarif(y|ier|iez)",
    r"expliqu(er|ez)",
    r"explain",
    r"(when|how|why) (can|could|will|would|do|does|did|should|shall|is|are)",
    r"how (much|long)",
    r"what (do|does|did|will|would|can|could|should|is|are) (you|we|i|it|they|the)",
    r"quand (est-ce|pourr\w*|pouv\w*|compt\w*|allez|prevo\w*|aur\w*)",
)
# Question words that ask only when they open a sentence ("Yes go ahead. What does it cost in
# total"); inside one they are as often a relative or a time ("which should be plenty", "we'll
# pay it when it lands", "exactly what we need", "quelqu'un"), and are weak condition words there.
_QUESTION_OPENERS = (
    r"combien",
    r"pourquoi",
    r"quand",
    r"quel(le)?s?",
    r"comment",
    r"how",
    r"why",
    r"when",
    r"what",
    r"which",
    r"is it",
    r"is there",
    r"are there",
    r"do you",
    r"does it",
    r"est-il",
    r"y a-t-il",
)
# A question word at the start of a sentence, or after a conjunction opening one ("and how long").
_QUESTION_OPENING = re.compile(
    r"(?:^|[.!;:\n]|\b(?:and|et|so|alors|donc|mais|but|also|aussi|puis|then)\b)\W*"
    + cue(*_QUESTION_OPENERS).pattern,
    re.MULTILINE,
)
# Words that make a condition of a sentence ("if", "si", "à condition", "mais seulement"), as
# against the time words, which as often tell a story or restate our terms ("before the season",
# "not before 15 March, understood").
_CONDITION_MARKERS = (r"si", r"s'il (est|etait|faut|y a)", r"if", *_STRONG_CONDITION_WORDS)
_TIME_WORDS = (
    r"avant",
    r"apres",
    r"before",
    r"after",
    r"a partir",
    r"des que",
    r"once",
    r"until",
    r"as soon as",
    r"jusqu'*",
)
# Conditions and questions: the client did not decide (yet), staff read it.
_CONDITION = cue(*_CONDITION_MARKERS, *_HEDGES, *_TIME_WORDS, *_ASKING_PHRASES, r"when", r"quand")
# A condition or a question proper: with one, nothing the model says leads to a confirmation.
_FIRM_CONDITION = cue(*_CONDITION_MARKERS, *_HEDGES, *_ASKING_PHRASES)
# Deferrals: someone else decides, or later.
_DEFERRAL = cue(
    r"(je|nous|on) (vous )?(re)?dis",
    r"je vous (redis|redirai|tiens|tiendrai)",
    r"(je|nous) reviens",
    r"(je|nous) reviendr*",
    r"revenir vers vous",
    r"vous \w+(ra|rai|rons|ront)",
    r"tenir au courant",
    r"keep you (posted|informed|updated)",
    r"(get|come) back to you",
    r"let you know(?! that)",  # "asked me to let you know that the club is happy": told now
    r"(confirmer|valider|repondr|decider|reviendr|redir|dir|transmettr|statuer|accepter|donner|"
    r"prononcer|verr|regarder|voir)(a|ai|ons|ont|ez)",
    r"(will|'ll|shall|going to|gonna) (\w+ ){0,2}(confirm|approve|decide|answer|reply|respond|revert|"
    r"check|discuss|talk|ask|think|see|review|look|consult|come back|get back|let|write|agree)\w*",
    r"(je|nous|on) (vais|allons|va) (\w+ ){0,2}(voir|verifier|demander|consulter|reflechir|en parler|"
    r"parler|discuter|transmettre|revenir|regarder|soumettre|valider|confirmer|decider)",
    r"(je|nous|on) (vois|voyons|verrons|verifie|verifions|transmets|transmettons|fais suivre|faisons suivre|"
    r"soumets|soumettons)",
    r"(voir|vois|voyez|check|checking|verifier|verifiez|see) avec",
    r"(check|see|ask|speak|talk) with (him|her|them|our|the|\w+ (at|from))",
    # someone else has the last word: "No objection from me, Paul has the final word"
    r"(has|have|holds?) the (final|last) (word|say|decision)",
    r"(a|ont) le dernier mot",
    r"(final |last )?(decision|word|say) (is|lies|rests) with",
    r"(c'est|ce sont) (\w+ ){1,3}qui (decide|decident|tranche|tranchent|valide|valident)",
    r"let me (check|see|ask|think|discuss|talk|get back)",
    r"need to (check|discuss|ask|think|talk|confirm|see|consult|review)",
    r"(have|has) to (check|ask|discuss|approve|confirm|decide|see)",
    r"must (check|approve|discuss|confirm|decide)",
    r"(doit|doivent|dois|devons|devez|devrons) (encore |d'abord |d'abord en |en |nous |vous )?"
    r"(valider|confirmer|decider|voir|verifier|demander|discuter|parler|reflechir|consulter|en parler)",
    r"(attend\w*|en attente|waiting( for)?|wait for|await\w*) (\w+ |l')?(\w+ ){0,2}(validation|accord|avis|"
    r"decision|retour|reponse|bureau|ag|age|ago|agm|egm|assemblee|president|tresorier|approval|answer|board|"
    r"committee|treasurer|chairman|budget|vote|members|membres|general meeting|comite|conseil)",
    r"(should|must|need to|have to|will|'ll|shall|better) (\w+ )?wait",
    r"(faudrait|faut|devons|devrons|devrions|allons|vais|va) (\w+ )?attendre",
    r"(on|nous|je) (attendra|attendrons|attendrai)",
    # someone else will want to see it first: "Je crois que le président voudra valider"
    r"(voudra|voudront|voudrait|will want|would want|'ll want) (\w+ ){0,2}(valider|voir|decider|confirmer|"
    r"approuver|signer|approve|see|check|sign|decide|confirm)",
    r"reflechi*",
    r"think (about|it over)",
    r"talk it over",
    r"en (parler|discuter)",
    r"on (en )?discute",
    r"hold on",
    r"hold off",
    # put before the people who decide: "I'll put it to the committee next Tuesday"
    r"(put|present|submit|bring|take)\w* (it|this|that|the \w+) (to|before) (the|our) (committee|board|ag|agm|"
    r"meeting|members|chairman|president|treasurer)",
    r"(je|nous|on) (la |le |les |l')?(presente|presenterai|presentons|presenterons|soumets|soumettrai|"
    r"soumettons|soumettrons) (au|a la|a notre|a l'|en)",
    r"(on|nous) en (parle|parlons|parlera|parlerons|discute|discutons|discutera|discuterons)",
    r"(board|committee|bureau|conseil|ca|ag|members|membres) (can|could|may|puisse|puissent|pourra|pourront) "
    r"(decide|decider|statuer|valider|approve|vote|voter)",
    # someone's signature or approval still needed: "Actually, wait: I need the chairman's signature first"
    r"(need|needs|require|requires|waiting for|wait for) (the |our |his |her |a |their )?(\w+'s )?(signature|"
    r"approval|go-ahead|sign-off|agreement|authori[sz]ation)",
    r"(besoin de|attendre|attendons|attends|il (me |nous )?faut) (la |sa |leur |notre |l')?(signature|validation|"
    r"accord|feu vert|autorisation|aval)",
    r"(actually|sorry|oops|en fait|pardon|enfin),? (wait|attendez|non)",
    # asking for a quote first is no decision yet
    r"(send|envoy\w*|faire parvenir|transmettre) (us |nous )?(a |an |un |une |le |the )?(formal |official |detailed |"
    r"written )?(quote|devis|estimate|proposal|proposition)",
    r"please wait",
    r"attendez",
    r"merci d'attendre",
    # "OK pour moi, à confirmer par le président", "Yes, TBC"
    r"a (confirmer|valider|voir|discuter|decider)",
    r"to be (confirmed|approved|validated|decided|discussed|agreed)",
    r"tbc",
    r"patient*",
    r"plus tard",
    r"later",
    r"not yet",
    r"pas encore",
    r"prochainement",
    r"bientot",
    r"(?<!as )soon(?! as)",  # "as soon as it shows up" is a time, not a promise to answer
    # a decision announced for a later day: "on vous confirme la semaine prochaine", not one taken
    # already ("le comité a validé le devis après la réunion", "approved by the board after the vote")
    r"(?<!\ba )(?<!\bai )(?<!avons )(?<!\bont )(?<!\bete )(?<!\bhas )(?<!\bhave )(?<!\bhad )"
    r"(confirm|valid|repond|decid|accept|approv|approuv)(?!\w*ed\b)\w* (\w+ ){0,3}(la semaine prochaine|demain|"
    r"lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|en fin de (semaine|mois)|le mois prochain|"
    r"apres (l'|la |le )\w+|next (week|month|monday|tuesday|wednesday|thursday|friday)|tomorrow|"
    r"on (monday|tuesday|wednesday|thursday|friday)|after the \w+)",
    r"je transmets",
    r"i'?ll forward",
    r"forward(s|ing)? (it|this|your)",  # not "Elmarie forwarded your mail": done
    r"(le|la|notre|our|the) (president|presidente|tresorier|tresoriere|bureau|board|treasurer|chairman|"
    r"committee|chef pilote|secretaire|manager|direction|conseil) (\w+ ){0,3}(vous |will |va |doit |must |"
    r"needs? )",
)

# The words a decision is made of: negated in their own clause they refuse ("je ne confirme pas").
_DECISION = cue(
    r"confirm*",
    r"valid*",
    r"accept*",
    r"accord",
    r"approu*",
    r"approv*",
    r"go(ing)? ahead",
    r"go",
    r"proceed*",
    r"pursu*",
    r"lanc*",
    r"donn\w* suite",
    r"continu*",
    r"poursuiv*",
    r"fair*",
    r"engag*",
    r"command*",
    r"souhait*",
    r"veu*",
    r"voul*",
    r"want*",
    r"need*",
    r"besoin",
    r"interess*",
    r"y aller",
    r"migr*",
    r"deduir*",
    r"deduct*",
    r"necessaire",
    r"utile",
    r"necessary",
    r"useful",
    r"start*",
    r"commenc*",
    r"particip*",
    r"souscri*",
    r"subscrib*",
)
_NEGATION = cue(
    r"ne",
    r"n'",
    r"pas",
    r"jamais",
    r"rien",
    r"aucun*",
    r"non",
    r"no",
    r"not",
    r"never",
    r"nothing",
    r"none",
    r"nor",
    r"nobody",
    r"no one",
    r"neither",
    r"nowhere",
    r"cannot",
    r"\w+n't",
    r"nope",
    r"negatif",
)
_LEADING_NO = re.compile(
    r"\W*((alors|finalement|bon|bah|ben|helas|desole|sorry|well|hmm|euh)\W+)*(non|no|nope|negatif)\b"
)
# A decision in plain words: enough on its own in the first lines.
_AFFIRMATIVE = cue(
    r"oui",
    r"d'accord",
    r"d'acc",
    r"dac",
    r"accord",
    r"(je |nous |on )?(vous )?confirm(e|ons|ez)",
    r"confirmee?s?",
    r"(i |we )?confirm(s|ed)?",
    r"c'est bon",
    r"cest (bon|ok)",
    r"c (bon|ok)",
    r"c'est ok",
    r"c'est tout bon",
    r"allez-?y",
    r"vous pouvez (y aller|lancer|proceder|commencer|deduire|valider|demarrer|faire)",
    r"vous pouvez (la |le |les )?(programmer|planifier|lancer|faire)",
    r"you (may|can) (do it|go ahead|proceed|start|go)",
    r"(nous |on )?(validons|valide|validee?s?)",
    r"j'accepte",
    r"(on |nous )?(maintenons|maintient|maintiens) (la |notre |cette |ma )?(demande|migration|commande|inscription)",
    r"(charge|chargee|prie|priee) de vous confirmer",
    r"(nous|je|j'|on) ?(les |la |le |l')(acceptons|accepte|validons|valide|approuvons|approuve|confirmons|confirme)",
    r"nous acceptons",
    r"acceptee?s?",
    r"accepted",
    r"(we|i) accept",
    r"ca marche",
    r"ca (me|nous) va",
    r"ca roule",
    r"(ca|cela) (nous|me) convient",
    r"convient",
    r"feu vert",
    r"go",
    r"go for it",
    r"go ahead",
    r"yes",
    r"yep",
    r"yeah",
    r"agreed",
    r"(we|i) agree",
    r"sounds (good|great|fine)",
    r"(please )?proceed",
    r"approved?",
    r"(j'|nous )?approu(ve|vons)",
    r"please do",
    r"go on",
    r"c'est parti",
    r"(that|it|this) works",
    r"works for (us|me)",
    r"(it is|it's|that is|that's) (good|fine|ok|okay) (for|with) (us|me)",
    r"good for (us|me)",
    r"let'?s (do it|go|proceed|go for it|go ahead)",
    r"(avis|suite|reponse) (tres )?favorable",
    r"(est|sont|sommes|suis) (tres )?favorables?",
    r"ja",
    r"prenez(-| )les",
    r"take (them|it|the hours) (from|out of|off) (our|the) (hours|credit|bonus|balance)",
    r"(on|nous) (participe|participons)",
    r"(we are|we're|i am|i'm) (happy|glad|pleased) to (accept|proceed|confirm|participate|go ahead|join)",
    r"(happy|fine|ok|okay|content) with (that|this|it|the (terms|quote|estimate|conditions|proposal|offer))",
    r"(c'est |tout est )?en ordre",
    r"crack on",
    r"(the |our |le |notre )?(committee|board|bureau|comite|ca) (agrees|agreed|approves|approved|"
    r"accepts|accepted|a (valide|accepte|approuve|donne son accord))",
    r"you (can|may) (now )?(plan|schedule|book|invoice|bill|create|reset|set up|do|go on with)( it| this| that)?",
    r"vous pouvez (etablir|facturer|creer|reinitialiser|planifier|programmer|proceder)",
    r"akkoord",
    r"einverstanden",
    r"lancez",
    r"faites-le",
    r"(we're|we are|count us|i'm|i am|count me) in",
    r"(on|nous) (embarque|embarquons|en est|en sommes)",
    r"(nous prenons|on prend|je prends|nous prendrons|(we|i)('ll| will)? take) (le|la|l'|the) "
    r"(forfait|offre|option|package|offer|option)",
    r"(we|i) give (our|my|you (our|my)) (approval|go-ahead|ok|okay|consent|green light)",
    r"banco",
    r"ok pour (nous|moi)",
    r"bon pour (nous|moi|accord)",
    r"affirmatif",
)
# Glad words that confirm only when the reply does not merely acknowledge information.
_GLAD = cue(
    r"ok",
    r"okay",
    r"okidoki",
    r"sure",
    r"fine",
    r"perfect",
    r"parfait",
    r"top",
    r"super",
    r"nickel",
    r"impec*",
    r"genial",
    r"great",
    r"excellent",
    r"tres bien",
    r"entendu",
    r"volontiers",
    r"avec plaisir",
    r"xfine",
)
_CLAUSE = re.compile(r"([.!;:\n]+|,|\b(?:et|and|puis|then)\b)")
# Beside any condition word, a yes is left to staff when a strong one or a question word ("Yes, go
# ahead. What does it cost in total") stands anywhere, or when the yes is "volontiers" / "avec
# plaisir" (glad words, not a go-ahead of their own).
_STRONG_CONDITION = cue(*_STRONG_CONDITION_WORDS, *_ASKING_PHRASES, r"volontiers", r"avec plaisir")
_SENTENCE = re.compile(r"[.!\n]+")


def _yes_beside(head: str, whole: str, blocker: re.Pattern[str]) -> bool:
    """A plain yes in a sentence of its own in the first lines, the ``blocker`` cues (condition
    words, negations) all elsewhere, and no strong condition anywhere: "Yes, go ahead. If you can,
    midweek suits us better", not "Oui mais seulement si le devis baisse" nor "D'accord, si le
    bureau valide jeudi"."""
    if _STRONG_CONDITION.search(whole) or _QUESTION_OPENING.search(whole):
        return False
    return any(
        _AFFIRMATIVE.search(sentence) and not blocker.search(sentence) and not _CONDITION.search(sentence)
        for sentence in _SENTENCE.split(head)
    )


def _clauses(text: str) -> list[str]:
    return [part for part in _CLAUSE.split(text)[::2] if part and part.strip()]


def _without_acknowledged_facts(text: str) -> str:
    """``text`` with the clauses that acknowledge a fact blanked, separators kept."""
    parts = _CLAUSE.split(text)
    return "".join(
        " " if i % 2 == 0 and _ACKNOWLEDGED_FACT.search(part) else part for i, part in enumerate(parts)
    )


# The greeting before the answer: "Bonjour,\n\nNon, ne faites rien" starts with "non".
_GREETING = re.compile(
    r"(?:\W*(bonjour|bonsoir|salut|hello|hi|hey|dear|cher|chere|madame|monsieur|good (morning|afternoon|evening))"
    r"\b[^\n,.!:]{0,40}([,.!:]|\n)\s*)+"
)
_IMPERATIVE_NOT = re.compile(r"^\W*(please\W+)?(don't|do not|never)\b")


def _refuses(clause: str) -> bool:
    """A clause that refuses: a decision negated in it, or an act of ours negated, outside a condition."""
    if _CONDITION_IN_CLAUSE.search(clause):
        return False
    if _NEGATED_ACT.search(clause) or _IMPERATIVE_NOT.match(clause):
        return True
    return bool(_NEGATION.search(clause) and _DECISION.search(clause))


# A phone number: eight digits or more in groups ("+32 4 000 00 00", "819-000-0000", "06 12 00 00 00").
_PHONE = re.compile(r"(?<![\w/])\+?\d(?:[ .\-]?\(?\d\)?){7,}(?![\w/])")


def _said(line: str) -> bool:
    """A line under a name that is a sentence of the reply, not a signature line.

    A signature's title, address or opening hours ("(Tue & Thu only)", "factures avant le 20/12")
    may hold a condition word, and a line with a phone number is contact details whatever its
    hours say ("06 12 00 00 00 (après 18h)"); a line that negates, refuses, defers, names a decision, or opens
    with a condition or ends a sentence with one is the client's and is read.
    """
    if _PHONE.search(line):
        return False  # "Mobile 087 000 0000 (not Tuesdays)": contact details with their hours
    folded = mask_links(fold(line))
    if any(p.search(folded) for p in (_NEGATION, _REFUSAL, _DEFERRAL, _DECISION, _SOFT_REFUSAL)):
        return True
    condition = _CONDITION.search(folded)
    return bool(condition and (condition.start() <= 2 or folded.rstrip().endswith((".", "!"))))


@dataclass(frozen=True)
class RulesReply:
    """The rules' reading of a reply and the cue that decided it.

    ``cue`` tells a learned model what the rules saw: ``affirmative`` (a confirmation), a blocker
    (``refusal``, ``question_mark``, ``deferral``, ``condition``, ``negation``, ``long``, ``empty``,
    ``resolved``: the problem went away, ``acknowledgement``: only thanks, a receipt or an
    understanding and no decision),
    ``time_word`` (a time word, "before", "après", "when", in the sentence of the yes, and no
    condition proper, no plain yes of its own),
    ``affirmative_condition`` / ``affirmative_negation`` (a plain yes in a sentence of its own in
    the first lines and a weak condition word, or a negation the rules could not place, elsewhere;
    no question mark, deferral, refusal or strong condition anywhere) or ``nothing`` (no cue of
    any kind). Only these three unsure readings may a very sure model turn into a confirmation.
    """

    intent: ReplyIntent
    cue: str


def own_words(new_text: str) -> str:
    """The reply's own words: its new text without the signature under the name.

    What the rules read, and what the reply model is trained on and applied to: a signature's
    titles, addresses and opening hours ("Club phone (Sat/Sun only)") are the same in a yes and
    in a no, and in a short reply they outweigh the few words that decide.
    """
    return unsigned_text(new_text, _said)


def reply_intent(new_text: str) -> ReplyIntent:
    """Interpret the new text of a reply by the rules alone; unclear means ``question``."""
    return read_reply(new_text).intent


def read_reply(new_text: str) -> RulesReply:
    """Interpret the new text of a reply; unclear means ``question`` (staff decide).

    Order: only thanks; an explicit refusal; a question; a deferral; a refusing clause; a refusal
    for now; the problem gone away; a condition; a leading "non"; any other negation (unclear);
    then, only then, agreement (unless a bare yes only acknowledges a receipt).
    """
    lines = [line.strip() for line in mask_links(fold(own_words(new_text))).splitlines() if line.strip()]
    if not lines:
        return RulesReply("question", "empty")
    if sum(len(line) for line in lines) > _PLAIN_CHARS:
        return RulesReply("question", "long")
    whole = _AFFIRMATIVE_IDIOMS.sub(_IDIOM_TOKEN, "\n".join(lines))
    whole = _AGREED_STATEMENT.sub(_NOTED_TOKEN, whole)
    whole = _NEUTRAL_IDIOMS.sub(" ", whole)
    greeting = _GREETING.match(whole)
    opening = greeting.end() if greeting else 0  # where the answer itself starts
    go = _NO_THEN_GO.match(whole, opening)
    if go:
        whole = whole[:opening] + whole[go.end() :]
    if _thanks_only(whole[opening:]):
        return RulesReply("question", "acknowledgement")
    # Clauses that acknowledge a fact carry their own negations ("sans retour arrière").
    own = _without_acknowledged_facts(whole)
    clauses = _clauses(own)
    if _REFUSAL.search(own):
        return RulesReply("refuse", "refusal")
    if "?" in whole:
        return RulesReply("question", "question_mark")
    if _DEFERRAL.search(whole):
        return RulesReply("question", "deferral")
    if any(_refuses(c) for c in clauses):
        # "je ne confirme pas", "we will not pursue it", "merci de ne rien facturer"
        return RulesReply("refuse", "refusal")
    if _SOFT_REFUSAL.search(own):
        return RulesReply("refuse", "refusal")
    head = "\n".join(whole.splitlines()[:_FIRST_LINES])
    if _SOLVED.search(own):
        return RulesReply("question", "resolved")  # a sure model may read the withdrawal
    if _CONDITION.search(whole) or _QUESTION_OPENING.search(whole):
        if _yes_beside(head, whole, _NEGATION) and not _LEADING_NO.match(whole, opening):
            # "Yes, go ahead. If you can, midweek suits us better": a plain yes with a wish or a
            # condition beside it; the rules cannot tell which, a very sure model may (see
            # bot.understand.reply_reading).
            return RulesReply("question", "affirmative_condition")
        if (
            _FIRM_CONDITION.search(whole)
            or _QUESTION_OPENING.search(whole)
            or _LEADING_NO.match(whole, opening)
        ):
            return RulesReply("question", "condition")
        # Only time words and question words inside a sentence, and no yes in a sentence of its
        # own: "Oui, dès que le bureau aura validé" is a condition however sure a model of words
        # is of the yes; staff decide (see bot.understand.reply_reading).
        return RulesReply("question", "time_word")
    if _LEADING_NO.match(whole, opening):
        return RulesReply("refuse", "refusal")
    if _NEGATION.search(own):
        if _yes_beside(head, whole, _NEGATION):
            # "Yes, please reset it. The link sends the mail to an address nobody reads any more":
            # the negation tells a fact beside the yes; a very sure model may confirm.
            return RulesReply("question", "affirmative_negation")
        return RulesReply("question", "negation")  # a negation we cannot place: never a confirmation
    if _AFFIRMATIVE.search(head):
        if _RECEIPT.search(whole) and all(_bare_yes(m) for m in _AFFIRMATIVE.finditer(whole)):
            # "Yes we received the invoice", "Oui, j'ai bien reçu votre message": a yes to "did you
            # get it", not to what we asked.
            return RulesReply("question", "acknowledgement")
        return RulesReply("confirm", "affirmative")
    if _ACKNOWLEDGEMENT.search(whole):
        return RulesReply("question", "acknowledgement")  # "OK, understood", "Bien compris, merci"
    if _GLAD.search(head):
        return RulesReply("confirm", "affirmative")
    return RulesReply("question", "nothing")
