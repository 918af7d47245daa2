"""Reply intent is safe by construction: only a plain confirmation reads as ``confirm``.

Phrasings written for these tests (not taken from a labelled set). A wrong confirmation deducts
hours and queues work, so each case below that is not a plain "yes" must never read ``confirm``.
"""

from __future__ import annotations

import pytest

from bot.understand.replies import reply_intent
from bot.understand.trim import new_text


@pytest.mark.parametrize(
    "text",
    [
        "Oui, allez-y.",
        "Bonjour,\n\nC'est d'accord pour nous, merci.\n\nMartine",
        "ok go",
        "Parfait, vous pouvez lancer.",
        "Oui, pas de souci, faites-le.",
        "Yes, no problem, please proceed.",
        "Validé de notre côté.",
        "Fine by us, go ahead.",
        "Je vous confirme notre accord.",
        "Bonjour\nOK pour moi\nBien cordialement",
        "Non non, aucun souci, allez-y !",
    ],
)
def test_plain_confirmations(text: str) -> None:
    assert reply_intent(text) == "confirm"


@pytest.mark.parametrize(
    "text",
    [
        # negations, with or without "ne", in both languages
        "Je ne confirme pas.",
        "Nous ne souhaitons pas donner suite à votre estimation.",
        "We do not confirm this request.",
        "Please don't go ahead.",
        "On valide pas, désolé.",
        "Ne lancez rien, merci.",
        "I can't approve this.",
        "We won't be going ahead with it.",
        "Nous ne voulons pas engager ces heures.",
    ],
)
def test_negated_decisions_refuse(text: str) -> None:
    assert reply_intent(text) == "refuse"


@pytest.mark.parametrize(
    "text",
    [
        # conditions
        "OK si vous le faites un mardi.",
        "Oui mais pas avant la fin du mois.",
        "Fine, provided it is done on a weekend.",
        "D'accord, sauf pour la partie export.",
        "OK for the two hours as long as the planning stays available.",
        # deferrals: someone else or later decides
        "The treasurer will answer you next week.",
        "Je vous redis d'ici vendredi.",
        "Bien reçu, notre président vous répondra.",
        "OK, je vois avec le bureau.",
        "Let me check with the board first.",
        "Je transmets à la trésorière qui validera.",
        "We'll get back to you once the committee has met.",
        # questions, with or without a question mark
        "Combien de temps cela prendra-t-il",
        "D'accord. Et la formation, elle est comprise ?",
        "Oui je confirme. Pouvez-vous aussi regarder l'export comptable ?",
        "OK. When will you start?",
        # thanks or acknowledgements without a decision
        "Merci pour votre retour.",
        "Bien reçu, merci.",
        "Thanks for the quick answer.",
        "Noted, thank you.",
        # a negation we cannot place
        "Oui, enfin je ne sais plus trop.",
        "Yes, although nobody here has looked at it.",
    ],
)
def test_undecided_replies_go_to_staff(text: str) -> None:
    assert reply_intent(text) == "question"


@pytest.mark.parametrize(
    "text",
    [
        "We discussed this two weeks ago with your colleague.",  # "ago" is not "go"
        "Je ne confirme pas, j'attends l'avis du bureau.",
        "Nous ne pouvons pas confirmer maintenant.",
        "OK, but we do not confirm yet.",
        "D'accord... enfin non, pas avant d'en parler au trésorier.",
        "Yes we got your mail; we do not want it done this year though.",
        "Go ahead? Not sure, let me ask.",
        "Oui, c'est bien nous. Par contre nous ne voulons pas migrer.",
        "Merci, je confirme la réception de votre devis.\nNous vous répondrons après l'AG.",
        "Voir https://example.org/ok-go-confirm pour notre réponse.",
        "Écrivez plutôt à oui.go@club.example",
    ],
)
def test_never_a_confirmation(text: str) -> None:
    assert reply_intent(text) != "confirm"


def test_the_affirmative_cue_must_be_in_the_first_lines() -> None:
    body = "\n".join(
        ["Bonjour,", "Nous avons relu votre message."] + ["Détail de notre planning."] * 6 + ["OK"]
    )
    assert reply_intent(body) == "question"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a clause that acknowledges a fact keeps its negation to itself
        ("D'accord, nous savons bien qu'on ne pourra plus revenir en arrière.", "confirm"),
        ("Yes. We are aware there is no going back.", "confirm"),
        ("Nous avons compris que c'est définitif, mais nous ne voulons pas migrer.", "refuse"),
        # a greeting before a plain "non"
        ("Bonsoir Madame,\n\nNon, finalement ne changez rien.", "refuse"),
        ("Hello Tom,\nNo. Leave it as it is.", "refuse"),
        # a negated act of ours, or an order not to act
        ("Nous ne comptons pas aller plus loin.", "refuse"),
        ("Merci de ne rien envoyer pour l'instant.", "refuse"),
        ("Please don't touch anything.", "refuse"),
        # inside a condition, a negation belongs to the condition
        ("Oui, à condition de ne pas couper le planning en journée.", "question"),
        # a refusal for now, unless the decision is deferred
        ("Pas pour cette année, merci.", "refuse"),
        ("Pas pour l'instant : la trésorière vous écrira en janvier.", "question"),
        # fixed phrases that are neither a condition nor a time
        ("Après réflexion, c'est d'accord.", "confirm"),
        ("Allez-y, et facturez le reste si nécessaire.", "confirm"),
        # a glad word with a mere acknowledgement confirms nothing; a plain decision does
        ("Très bien, c'est noté.", "question"),
        ("Super, merci pour les infos.", "question"),
        ("Bien reçu, nous validons.", "confirm"),
    ],
)
def test_clause_level_reading(text: str, expected: str) -> None:
    assert reply_intent(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The committee has approved it.", "confirm"),
        ("J'approuve, merci.", "confirm"),
        ("Vous pouvez lancer quand vous voulez.", "confirm"),
        ("Go ahead whenever you are ready, and let us know when it is done.", "confirm"),
        ("Allez-y dès que possible.", "confirm"),
        ("Ce ne sera pas nécessaire, merci.", "refuse"),
        ("That won't be necessary.", "refuse"),
        ("On va s'en passer cette fois.", "refuse"),
        ("We'll manage without, thanks.", "refuse"),
        ("Allez-y quand le trésorier aura validé.", "question"),
    ],
)
def test_time_phrases_that_set_no_condition_and_plain_refusals(text: str, expected: str) -> None:
    assert reply_intent(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a condition word in the signature (title, address, opening hours) is not the client's
        (
            "Oui, vous pouvez y aller pour les trois heures.\n\nMarc\nBureau ouvert le samedi seulement",
            "confirm",
        ),
        ("Go ahead with the quote, thank you.\n\nPat\nFlight desk (weekends only)", "confirm"),
        (
            "Nous acceptons le devis, merci de nous envoyer la facture.\n\nSecrétariat\nAéroclub des Dunes\n"
            "Permanence avant 12 h uniquement",
            "confirm",
        ),
        ("Yes please, we agree with the estimate.\n\nThanks, Robin\nOpen Mon-Fri except holidays", "confirm"),
        # ... but a condition, negation or deferral written under a name is read
        ("Oui, allez-y pour la migration.\n\nPaul\nSeulement après le 15 mars.", "question"),
        ("Oui, allez-y pour la migration.\n\nMais seulement le lundi\nMerci", "question"),
        ("Oui pour le devis, vous pouvez lancer.\n\nJeanne\nMerci de ne rien lancer avant lundi", "question"),
        # a postscript is the client's own words, even below a sign-off
        (
            "Oui, allez-y pour la migration.\n\nCordialement,\nAnne\nPS : uniquement après notre AG",
            "question",
        ),
        ("Fine, go ahead.\n\nBest regards,\nTom\n\nP.S. only if it stays under 3 hours", "question"),
        ("D'accord pour nous.\n\nBien à vous,\nLuc\nN.B. : pas avant la fin du mois", "question"),
        # "tel quel" / "as is" is not a question, "ne pose pas de problème" is no negation
        ("Nous prenons la proposition telle quelle, vous pouvez lancer.", "confirm"),
        ("We accept the quote as is.", "confirm"),
        ("Oui, le coût ne pose pas de problème, allez-y.", "confirm"),
        ("Le conseil a tranché, vous pouvez la programmer.", "confirm"),
        # a decision announced for later is a deferral, not a confirmation
        ("Nous vous confirmons cela la semaine prochaine.", "question"),
        ("We'll see; I confirm it on Monday after the meeting.", "question"),
        ("Je valide demain avec le bureau.", "question"),
    ],
)
def test_signatures_postscripts_and_idioms(text: str, expected: str) -> None:
    assert reply_intent(text) == expected


@pytest.mark.parametrize(
    "mail",
    [
        "Oui, allez-y.\n\nCordialement,\nAnne Moreau\nTrésorière\n\nPS : seulement après notre AG du 12.",
        "Go ahead.\n\nKind regards,\nTom\n+44 1632 960000\n\nP.S. Not before the 15th please.",
        "D'accord.\n\nMeilleures salutations,\nLuc\nNB: si le total reste sous 3 h",
    ],
)
def test_a_postscript_below_the_sign_off_is_kept_and_read(mail: str) -> None:
    text = new_text(mail)
    assert "Trésorière" not in text and "+44" not in text
    assert reply_intent(text) != "confirm"


def test_more_closings_end_the_new_text() -> None:
    assert new_text("Oui.\n\nMeilleures salutations,\nLuc\nRoute des Pins, seulement le matin") == "Oui."
    assert new_text("Yes.\n\nWith kind regards,\nThe board\nOnly on Tuesdays") == "Yes."


@pytest.mark.parametrize(
    "text",
    [
        "Le conseil a voté contre, désolé.",
        "The board voted against it.",
        "Tout bien pesé, on passe notre tour.",
        "We'll pass on this one.",
        "Ça fait trop pour le club, merci quand même.",
        "That's beyond our budget, sorry.",
        "Inutile finalement, un membre a trouvé la solution. Vous pouvez fermer la demande.",
        "No need after all, please close the ticket.",
        "Nous préférons conserver nos heures de bonus pour autre chose.",
        "We'll handle it internally.",
        "On le fera nous-mêmes, merci.",
        "Nous ne poursuivrons pas ce projet.",
        "Ce n'est pas une priorité pour nous en ce moment.",
        "Not a priority for this season.",
    ],
)
def test_general_refusals(text: str) -> None:
    assert reply_intent(text) == "refuse"


@pytest.mark.parametrize(
    "text",
    [
        "Oui merci, on n'y arrivera pas seuls avec l'export.",
        "Yes please, I can't fix it on my own.",
        "Oui allez-y, le lien de réinitialisation n'arrive jamais chez moi.",
        "Go ahead please: the reset e-mail never arrives, not in the junk folder either.",
        "D'accord, je n'ai toujours pas reçu le mail de changement.",
        "Faites-le, merci.",
        "We give you our go-ahead.",
    ],
)
def test_a_fact_about_the_problem_does_not_block_a_confirmation(text: str) -> None:
    assert reply_intent(text) == "confirm"


@pytest.mark.parametrize(
    "text",
    [
        "Ok. Nous ne pouvons pas décider seuls.",
        "Ok, nous ne sommes pas seuls à décider.",
        "OK. That doesn't work for us.",
        "Oui, ça ne marche pas pour nous.",
        "Oui. Le montant ne passe pas dans notre budget.",
        "Yes, we can't afford to wait that long.",
        "Oui. Nous n'avons pas le budget.",
        "C'est trop pour nous seuls : un autre club pourrait-il partager ?",
    ],
)
def test_negations_about_the_offer_still_block(text: str) -> None:
    assert reply_intent(text) != "confirm"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Rien à redire, on valide.", "confirm"),
        ("Nothing against it on our side, go ahead.", "confirm"),
        ("Oui, les 50 € ne sont pas un problème.", "confirm"),
        ("Yes, the fee isn't a problem.", "confirm"),
        ("D'accord, allez-y, ne tardez pas trop.", "confirm"),
        ("Count us in.", "confirm"),
        ("On embarque, merci !", "confirm"),
        ("We'll take the package, thanks.", "confirm"),
        ("Oui, faites-le, je n'arrive pas à me connecter.", "confirm"),
        ("Yes please, we can't log in at all.", "confirm"),
        ("Oui c'est bon. Notre adresse de facturation n'a pas changé.", "confirm"),
        (
            "Ok pour nous, merci de lancer le travail.\n\nJean Martin\nTrésorier\nTél. 04 00 00 00 00 (sauf le lundi)",
            "confirm",
        ),
        ("C'est non, merci.", "refuse"),
        ("That's a no for this year.", "refuse"),
        ("Hors de question de payer ce dépassement.", "refuse"),
        ("Cette fonction ne nous servira pas.", "refuse"),
        ("It doesn't really apply to us, thanks anyway.", "refuse"),
        ("Merci, nous n'irons pas plus loin.", "refuse"),
        ("We'll give it a miss.", "refuse"),
        ("Nous ne souscrirons pas à cette offre.", "refuse"),
        ("Malheureusement nous ne pourrons pas participer.", "refuse"),
        ("Nous ne prendrons donc pas cette option.", "refuse"),
        ("The committee decided to not go on with it.", "refuse"),
        ("On passe, merci.", "refuse"),
    ],
)
def test_phrasings_of_a_decision(text: str, expected: str) -> None:
    assert reply_intent(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "OK si c'est livré avant l'été, sinon ça ne nous sert à rien.",
        "Ok, on n'y arrive pas à ce prix.",
        "Oui, pas question d'attendre plus.",
        "Ok, notre position n'a pas changé.",
        "Ok, we are not comfortable with the price.",
    ],
)
def test_conditional_or_doubtful_negations_are_no_confirmation(text: str) -> None:
    assert reply_intent(text) != "confirm"
