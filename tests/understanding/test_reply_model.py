"""The reply-intent model beside the rules: the combination's safety, the file format, training."""

from __future__ import annotations

import datetime as dt
import io
import itertools
from collections.abc import Mapping

import numpy as np
import pytest

from bot.learning.corpus import ReplyExample
from bot.learning.reply_train import choose_thresholds, train_replies
from bot.learning.train import train
from bot.understand.kind_model import KindModel, ModelFormatError, ReplyModel, packaged_bytes
from bot.understand.reader import read_reply_intent
from bot.understand.replies import read_reply
from bot.understand.reply_reading import ReplyThresholds, combine
from bot.understand.types import ReplyIntent
from tests.understanding.test_model import EXAMPLES

NOW = dt.datetime(2026, 12, 2, 9, 0, tzinfo=dt.UTC)
THRESHOLDS = ReplyThresholds(confirm=0.9, refuse=0.8, confirm_guarded=0.95, confirm_veto=0.3, refuse_veto=0.2)
INTENTS: tuple[ReplyIntent, ...] = ("confirm", "question", "refuse")
# After these no model leads to a confirmation; after the guarded ones only a very sure one.
BLOCKERS = (
    "refusal",
    "question_mark",
    "deferral",
    "condition",
    "time_word",
    "long",
    "empty",
    "acknowledgement",
)
GUARDED_CUES = ("negation", "nothing")


def _p(confirm: float, refuse: float) -> dict[str, float]:
    return {"confirm": confirm, "refuse": refuse, "question": max(0.0, 1 - confirm - refuse)}


def test_a_rules_confirmation_the_model_strongly_doubts_goes_to_staff() -> None:
    doubted = combine("confirm", "affirmative", _p(0.05, 0.9), THRESHOLDS, "m")
    assert doubted.intent == "question" and doubted.rules_intent == "confirm"
    assert "staff decide" in doubted.reason
    assert combine("confirm", "affirmative", _p(0.4, 0.5), THRESHOLDS).intent == "confirm"


def test_a_clear_refusal_the_rules_miss_is_read_when_the_model_is_sure() -> None:
    for cue in ("nothing", "negation", "condition", "deferral"):
        assert combine("question", cue, _p(0.02, 0.95), THRESHOLDS).intent == "refuse", cue
        assert combine("question", cue, _p(0.02, 0.7), THRESHOLDS).intent == "question", cue
    # a client who asks something is answered by staff, whatever the model says
    assert combine("question", "question_mark", _p(0.0, 0.99), THRESHOLDS).intent == "question"
    # the rules' refusal stands unless the model strongly doubts it
    assert combine("refuse", "refusal", _p(0.1, 0.5), THRESHOLDS).intent == "refuse"
    assert combine("refuse", "refusal", _p(0.1, 0.05), THRESHOLDS).intent == "question"


def test_no_way_to_confirm_without_the_rules_consent() -> None:
    """Confirm needs the rules' consent: never after a condition, a time word in the yes, a
    question, a deferral or a refusal whatever the model says and whatever the thresholds; after
    a negation the rules could not place or no cue at all, only a model at ``confirm_guarded``,
    never under 0.9."""
    grid = [x / 10 for x in range(11)]
    lax = ReplyThresholds(confirm=0.0, refuse=0.0, confirm_guarded=0.0, confirm_veto=0.0, refuse_veto=0.0)
    for cue, (pc, pr) in itertools.product(BLOCKERS, itertools.product(grid, grid)):
        for intent in INTENTS:
            if intent == "confirm":
                continue  # the rules never read confirm with a blocker
            for thresholds in (THRESHOLDS, lax):
                assert combine(intent, cue, _p(pc, pr), thresholds).intent != "confirm", (cue, pc, pr)
    for cue in GUARDED_CUES:
        assert combine("question", cue, _p(0.9, 0.0), THRESHOLDS).intent == "question", cue
        assert combine("question", cue, _p(0.96, 0.0), THRESHOLDS).intent == "confirm", cue
        # whatever a training chose, a guarded reading needs a model at least 0.9 sure
        assert combine("question", cue, _p(0.85, 0.0), lax).intent != "confirm", cue
        # a model trained before the guarded threshold existed never confirms there
        assert combine("question", cue, _p(0.99, 0.0), ReplyThresholds()).intent == "question", cue
    # without a model the rules decide alone, as before
    assert combine("question", "nothing", None, THRESHOLDS).intent == "question"


class _Sure:
    """A reply model that is certain of one intent, whatever the text."""

    model_id = "sure"
    thresholds = THRESHOLDS

    def __init__(self, intent: str) -> None:
        self.intent = intent

    def reply_probabilities(self, text: str) -> Mapping[str, float]:
        return {i: 1.0 if i == self.intent else 0.0 for i in INTENTS}


@pytest.mark.parametrize(
    "text",
    [
        "Bonjour, je ne confirme pas pour l'instant.",
        "Oui mais seulement si le devis baisse.",
        "D'accord ? Je dois demander au trésorier.",
        "Le trésorier vous répondra la semaine prochaine.",
        "We do not want to go ahead.",
        "Yes, if the board agrees.",
    ],
)
def test_a_model_certain_of_confirm_cannot_confirm_a_reply_the_rules_block(text: str) -> None:
    rules = read_reply(text)
    assert rules.cue not in ("affirmative", "nothing"), rules
    reading = read_reply_intent(text, _Sure("confirm"))
    assert reading.intent != "confirm" and reading.probabilities["confirm"] == 1.0


def test_the_reading_keeps_both_readers_and_ranks_the_models_intents() -> None:
    reading = read_reply_intent("Oui, allez-y.", _Sure("confirm"))
    assert (reading.intent, reading.rules_intent, reading.rules_cue) == ("confirm", "confirm", "affirmative")
    assert reading.candidates()[0] == {"intent": "confirm", "p": 1.0}
    assert reading.to_json()["model"] == "sure"
    assert read_reply_intent("Oui, allez-y.", None).candidates() == []


REPLIES = [
    ReplyExample("s1/1", "s1", "Oui, allez-y, merci.", "confirm"),
    ReplyExample("s1/2", "s1", "Non merci, nous ne donnerons pas suite.", "refuse"),
    ReplyExample("s1/3", "s1", "Est-ce que cela comprend l'export ?", "question"),
    ReplyExample("s2/1", "s2", "Yes please go ahead.", "confirm"),
    ReplyExample("s2/2", "s2", "No thanks, we will pass.", "refuse"),
    ReplyExample("s2/3", "s2", "Does this include the export?", "question"),
    ReplyExample("s3/1", "s3", "D'accord, c'est parti.", "confirm"),
    ReplyExample("s3/2", "s3", "Annulez la demande, merci.", "refuse"),
    ReplyExample("s3/3", "s3", "Combien de temps cela prendra ?", "question"),
]
KINDS = EXAMPLES  # the kind model's own small set


def test_reply_training_is_deterministic_and_travels_with_the_kind_model() -> None:
    first = train(KINDS, 0, NOW, REPLIES)
    second = train(list(reversed(KINDS)), 0, NOW, list(reversed(REPLIES)))
    assert first.blob == second.blob
    model = KindModel.from_bytes(first.blob)
    assert model.reply is not None and model.reply.model_id == first.reply["model"]  # type: ignore[index]
    probs = model.reply.reply_probabilities("Oui, allez-y.")
    assert set(probs) == set(INTENTS) and abs(sum(probs.values()) - 1) < 1e-9
    assert KindModel.from_bytes(train(KINDS, 0, NOW).blob).reply is None  # rules alone


def test_a_reply_model_holding_pickled_objects_is_refused() -> None:
    trained = train_replies(REPLIES, NOW, 3.0)
    arrays = dict(trained.arrays)
    assert ReplyModel(arrays).thresholds == trained.thresholds
    with np.load(io.BytesIO(packaged_bytes()), allow_pickle=False) as data:
        shipped = {key: data[key] for key in data.files}
    out = io.BytesIO()
    np.savez(out, **{**shipped, "reply_meta": np.array([{"model": "x"}], dtype=object)})
    with pytest.raises(ModelFormatError):
        KindModel.from_bytes(out.getvalue())
    with pytest.raises(ModelFormatError):
        ReplyModel({**arrays, "reply_classes": np.array(["yes", "no", "maybe"])})


def test_thresholds_leave_no_out_of_fold_reply_wrongly_confirmed() -> None:
    proba = np.array([[0.9, 0.1, 0.0], [0.7, 0.2, 0.1], [0.2, 0.1, 0.7], [0.1, 0.8, 0.1]])
    chosen = choose_thresholds(proba, ["confirm", "question", "refuse", "question"])
    assert chosen.confirm == pytest.approx(0.75)  # the question read 0.7 confirm, plus the margin
    assert chosen.refuse == pytest.approx(0.7)  # the floor: no other intent reached 0.1 + margin
    assert chosen.confirm_veto == pytest.approx(0.5)  # capped
    proba = np.array([[0.1, 0.9, 0.0], [0.9, 0.1, 0.0], [0.2, 0.1, 0.7], [0.85, 0.1, 0.05]])
    truth = ["confirm", "question", "refuse", "question"]
    assert choose_thresholds(proba, truth).confirm == pytest.approx(0.95)
    # The question read 0.9 confirm came after a question mark, where the model can never confirm:
    # it raises no threshold; the one read 0.85 beside a plain yes raises ``confirm``, and the
    # same reply with no cue at all raises ``confirm_guarded`` instead.
    cues = ["affirmative_condition", "question_mark", "refusal", "affirmative_condition"]
    chosen = choose_thresholds(proba, truth, ["question"] * 4, cues)
    assert chosen.confirm == pytest.approx(0.9) and chosen.confirm_guarded == pytest.approx(0.9)  # floor
    cues = ["affirmative_condition", "question_mark", "refusal", "nothing"]
    chosen = choose_thresholds(proba, truth, ["question"] * 4, cues)
    assert chosen.confirm == pytest.approx(0.6) and chosen.confirm_guarded == pytest.approx(0.9)
    proba[3] = [0.88, 0.1, 0.02]
    assert choose_thresholds(proba, truth, ["question"] * 4, cues).confirm_guarded == pytest.approx(0.93)


def test_a_yes_beside_a_condition_word_is_confirmed_only_by_a_very_sure_model() -> None:
    wish = "Yes, go ahead with the 2 hours.\n\nIf you can, midweek suits us better than Monday."
    assert read_reply(wish).cue == "affirmative_condition"
    thresholds = ReplyThresholds(confirm=0.85)
    assert combine("question", "affirmative_condition", _p(0.9, 0.0), thresholds).intent == "confirm"
    assert combine("question", "affirmative_condition", _p(0.8, 0.0), thresholds).intent == "question"
    assert combine("question", "condition", _p(0.99, 0.0), thresholds).intent == "question"
    # A negation, a question or a strong condition beside the yes: not a plain yes beside a wish.
    for text in (
        "Oui, à condition de ne pas lancer avant lundi.",
        "OK if it stays under 3 hours, but we don't want the alpha",
        "Oui si c'est plafonné, mais qui paie le dépassement ?",
        "D'accord, si le bureau valide jeudi.",  # the condition is on the yes itself
        "Go ahead. Only if it stays under 3 hours though.",  # a strong condition anywhere
        "OK pour nous. Plutôt 2 h que 4.",  # a counter-proposal
        "Yes, go ahead. What does it cost in total",  # a question without its question mark
        "Oui, allez-y. Combien ça coûte au total",
    ):
        assert read_reply(text).cue != "affirmative_condition", text
    assert (
        read_reply("D'accord, allez-y.\nPrévenez-nous la veille si possible.").cue == "affirmative_condition"
    )


def test_the_packaged_model_reads_replies() -> None:
    reply = KindModel.packaged().reply
    assert reply is not None
    assert reply.thresholds.confirm >= 0.6 and reply.thresholds.confirm_veto <= 0.5
    probs = reply.reply_probabilities("Bonjour, oui c'est d'accord, allez-y. Merci")
    assert max(probs, key=probs.__getitem__) == "confirm"


def test_the_confirm_veto_removes_every_wrong_confirmation_of_the_rules_out_of_fold() -> None:
    confirms = [[0.1, 0.9, 0.0], [0.15, 0.85, 0.0]] + [[0.9, 0.1, 0.0]] * 48
    proba = np.array([*confirms, [0.3, 0.6, 0.1]])
    truth = ["confirm"] * 50 + ["question"]
    assert choose_thresholds(proba, truth).confirm_veto == pytest.approx(0.15)  # 2 % of confirms
    chosen = choose_thresholds(proba, truth, ["confirm"] * 51)
    assert chosen.confirm_veto == pytest.approx(0.31)  # the rules' wrong confirm (0.3) is vetoed
    assert combine("confirm", "affirmative", _p(0.3, 0.1), chosen).intent == "question"
    assert combine("confirm", "affirmative", _p(0.8, 0.1), chosen).intent == "confirm"


def test_a_yes_beside_a_negation_stating_a_fact_is_left_to_a_very_sure_model() -> None:
    fact = (
        "Oui, faites-le pour nous.\nLe lien part chez l'ancien trésorier et personne ne lit plus cette boîte."
    )
    assert read_reply(fact).cue == "affirmative_negation"
    thresholds = ReplyThresholds(confirm=0.85)
    assert combine("question", "affirmative_negation", _p(0.9, 0.0), thresholds).intent == "confirm"
    assert combine("question", "negation", _p(0.99, 0.0), thresholds).intent == "question"
    for text in (
        "Oui, mais nous ne voulons pas de l'alpha.",  # a strong condition
        "Yes we cannot do it this year.",  # the negation is in the yes sentence
        "Ok. We don't want it before Easter though?",  # a question mark
    ):
        assert read_reply(text).cue != "affirmative_negation", text


@pytest.mark.parametrize(
    "text",
    [
        "C'est tout bon pour nous. Merci et à bientôt !",
        "Happy with that, thanks. Speak soon",
        "Lets do it",
        "C'est en ordre pour nous.",
        "Crack on.",
        "The committee agreed. You can plan it.",
        "No questions from my side, create it please.",
        "Pour ce prix, on ne va pas hésiter. C'est bon pour nous.",
        "Le bureau est favorable, vous pouvez compter nos 2 heures.",
        "Prenez-les sur notre crédit. Merci.",
        "Ja, please do it.",
        "np, do it",
        "We are happy to participate with one hour.",
    ],
)
def test_plain_confirmations_in_everyday_words_are_read_by_the_rules(text: str) -> None:
    assert read_reply(text).intent == "confirm", text


def test_a_decision_put_off_is_still_a_deferral_after_the_sign_off_fix() -> None:
    assert read_reply("Je reviens vers vous bientôt, le bureau se réunit jeudi.").cue == "deferral"
    assert read_reply("We'll let you know soon.").cue == "deferral"


@pytest.mark.parametrize(
    "text",
    ["Merci beaucoup, bien reçu !", "Merci !", "Noted, thanks", "Thanks, got it.", "Bien reçu, merci."],
)
def test_a_reply_that_only_thanks_is_never_a_decision_whatever_the_model_says(text: str) -> None:
    assert read_reply(text).cue == "acknowledgement"
    sure = ReplyThresholds(confirm=0.8, refuse=0.7)
    assert combine("question", "acknowledgement", _p(0.99, 0.0), sure).intent == "question"
    assert combine("question", "acknowledgement", _p(0.0, 0.99), sure).intent == "question"


def test_with_no_cue_at_all_the_model_must_be_very_sure_whatever_the_thresholds() -> None:
    low = ReplyThresholds(confirm=0.6, refuse=0.7, confirm_guarded=0.5)
    assert combine("question", "nothing", _p(0.85, 0.0), low).intent == "question"
    assert combine("question", "nothing", _p(0.0, 0.85), low).intent == "question"
    assert combine("question", "nothing", _p(0.95, 0.0), low).intent == "confirm"
    assert combine("question", "affirmative_condition", _p(0.65, 0.0), low).intent == "confirm"


@pytest.mark.parametrize(
    "text",
    [
        "Grand, go ahead.\nWe will settle the invoice online when it shows up in the account.",
        "D'accord, allez-y.\nNous réglerons quand la facture arrivera chez le trésorier.",
        "Yes, please proceed.\nIt is exactly what our instructors asked for at the last meeting.",
        "Oui, faites-le.\nQuelqu'un du bureau vérifiera après la mise en place.",
        # a negation stating a fact and a weak condition word, both outside the yes
        "Yes, please go ahead.\nWe have no other use for the hours before December.",
    ],
)
def test_a_question_word_inside_a_sentence_is_a_weak_condition_word(text: str) -> None:
    """ "when it lands", "what we need", "quelqu'un": a relative or a time, not a question; the
    yes stands in its own sentence (beside a time word a sure model may confirm it)."""
    assert read_reply(text).cue in ("affirmative", "affirmative_condition")


@pytest.mark.parametrize(
    "text",
    [
        "Yes go ahead.\nWhat does the whole thing cost",
        "Oui allez-y. Quand pourrez-vous commencer",
        "OK for us, and how long will the platform be down",
        "D'accord. Quel jour le ferez-vous",
        "Yes please proceed. I wonder whether the treasurer has seen it",
        "Oui, allez-y. Combien cela fera au total",
    ],
)
def test_a_question_without_its_question_mark_keeps_the_yes_for_staff(text: str) -> None:
    reading = read_reply(text)
    assert reading.cue == "condition", reading
    assert combine(reading.intent, reading.cue, _p(0.99, 0.0), THRESHOLDS).intent != "confirm"


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("Le bureau en a parlé samedi après le nettoyage du hangar, on maintient la migration.", "time_word"),
        ("The committee accepted the quote after a long debate.", "time_word"),
        ("Yes, if the board agrees.", "condition"),
        ("Oui, si le trésorier valide.", "condition"),
        ("Oui, pas avant le 15 mars mais seulement après paiement.", "condition"),
        ("Non, nous attendrons après la saison.", "deferral"),
    ],
)
def test_a_time_word_or_a_condition_in_the_yes_blocks_it(text: str, cue: str) -> None:
    """ "if", "si", "mais seulement" make a condition; "dès que", "after" in the very sentence of
    the yes as often do ("Oui, dès que le bureau aura validé"): no model may confirm."""
    reading = read_reply(text)
    assert reading.cue == cue
    assert combine(reading.intent, reading.cue, _p(0.99, 0.0), THRESHOLDS).intent == "question"


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("Nous ne voyons pas d'inconvénient, vous pouvez facturer.", "confirm"),
        ("Aucun inconvénient pour nous.", "confirm"),
        ("Yes please go ahead.\nI'll pay the invoice as soon as it shows up in the account.", "confirm"),
        ("Johan here, back from the Nationals. Elmarie forwarded your mail.\nJa, go ahead.", "confirm"),
        ("Thank you, but we would not like to pay for this. We leave it like it is.", "refuse"),
        ("Parfait, on va de l'avant avec le devis.", "confirm"),
        ("We agree to contribute 3 hours, which leaves us 5.", "confirm"),
        ("Il m'a chargée de vous confirmer que nous maintenons la demande.", "confirm"),
        ("Nous allons faire la manipulation nous-mêmes, inutile de payer pour ça.", "refuse"),
        ("C'est gentil mais on l'a créée nous-mêmes hier soir.", "refuse"),
    ],
)
def test_everyday_words_read_as_meant(text: str, intent: str) -> None:
    assert read_reply_intent(text, KindModel.packaged().reply).intent == intent


def test_the_reply_model_reads_the_reply_without_its_signature() -> None:
    """Trained on the client's own words, the model is applied to them: the signature's hours and
    titles ("Club phone (Sat/Sun only)") weigh nothing on the decision."""
    model = KindModel.packaged().reply
    assert model is not None and model.meta["input"] == "own_words"
    said = "Yes, go ahead with the 2 hours."
    signed = said + "\n\nNiamh\nHon. Treasurer\nKerry Aero Club\nClub phone (Sat/Sun only): 066 976 0000"
    assert model.reply_probabilities(signed) == pytest.approx(model.probabilities("", said))
    assert model.reply_probabilities(signed) != pytest.approx(model.probabilities("", signed))


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("Approved by the board after the meeting. Go ahead.", "affirmative_condition"),
        ("Le comité a validé le devis après la réunion d'hier soir, vous pouvez lancer.", "time_word"),
        ("The secretary asked me to let you know that the club is happy with the 30 euro.", "nothing"),
        # a decision still to come stays a deferral
        ("Le trésorier vous confirme après la réunion de jeudi.", "deferral"),
        ("We will approve it after the vote.", "deferral"),
        ("I'll let you know after the committee.", "deferral"),
    ],
)
def test_a_decision_taken_is_not_a_decision_announced(text: str, cue: str) -> None:
    """ "a validé après la réunion", "approved after the vote": taken; "vous confirme après la
    réunion", "will approve after the vote": to come, for staff."""
    assert read_reply(text).cue == cue


@pytest.mark.parametrize(
    "text",
    [
        # hedged or held for someone's approval
        "Yes in principle, subject to board approval.",
        "D'accord sous réserve de l'accord du bureau.",
        "Agreed in principle.",
        "Yes, pending the treasurer's approval.",
        "Probably yes.",
        "Je pense que oui.",
        "OK pour moi, à confirmer par le président.",
        "Yes from my side, to be confirmed by the chairman.",
        "Oui, à valider en bureau.",
        "Yes, TBC.",
        "OK for the migration. For the invoice please wait.",
        # a yes to "did you get it", or to what we said, not to what we asked
        "Yes we received the invoice.",
        "Oui, j'ai bien reçu votre message.",
        "Yes, I did get your email. The treasurer is on holiday.",
        "D'accord, merci pour l'info.",
        "OK, understood.",
        "Bien compris, merci.",
        "On est d'accord avec votre analyse du problème.",
        # the problem went away, or the client stays where he is
        "Parfait, le problème est réglé, merci !",
        "Great, it works again, thanks a lot!",
        "Super, tout fonctionne de nouveau.",
        "D'accord, on reste en 3.5.",
        "D'accord, nous nous débrouillerons seuls.",
        "Entendu, on en reste là.",
        # a yes that waits on someone or something (the shipped model reads the yes, p >= 0.9)
        "Oui, dès que le bureau aura validé.",
        "Oui pour nous, après accord du trésorier.",
        "Accepted, after the committee meeting next week.",
        "Yes, as soon as the committee approves.",
        "OK once the board approves it.",
        # someone else decides
        "Je n'ai rien contre, voyez avec Paul.",
        "No objection from me, Paul has the final word.",
        "Fine by me, but check with our treasurer.",
        "Pas d'opposition de ma part, c'est le bureau qui décide.",
        # the decision put before others, asked for first or taken back
        "Hello, yes I saw your quote. I'll put it to the committee next Tuesday.",
        "Yes, please send us a formal quote so that the board can decide.",
        "Oui, merci d'envoyer un devis en bonne et due forme pour le conseil.",
        "Oui oui, on en parle ce soir au club.",
        "OK, we will decide next week.",
        "Fine, we will confirm after the meeting.",
        "Go ahead.\nActually, wait: I need the chairman's signature first.",
        "OK pour nous, mais il nous faut l'accord du trésorier.",
        "Fine by me, we are still waiting for the board's approval.",
        "Yes please. I think the board will agree.",
        "Yes please. Maybe we should wait for the AGM.",
        "Oui, allez-y. Je crois que le président voudra valider.",
        "D'accord, ce qui veut dire qu'on attendra le budget de janvier.",
        # a "but" anywhere may take back part of the yes
        "Go ahead. We are happy with the estimate but not with the invoice date.",
        "Allez-y. Le devis nous va, mais le trésorier veut d'abord le voir.",
    ],
)
def test_what_is_not_a_go_ahead_is_never_confirmed_by_the_shipped_reader(text: str) -> None:
    reading = read_reply_intent(text, KindModel.packaged().reply)
    assert reading.intent != "confirm", reading


@pytest.mark.parametrize(
    "text",
    [
        "Bien reçu, c'est d'accord pour nous.",
        "Understood and agreed, please proceed.",
        "Nous avons bien noté les conditions et nous les acceptons.",
        "We accept the quote. Thanks for the quick answer.",
        "Yes, we understand there is no way back. Go ahead.",
        "Merci pour les précisions, nous acceptons.",
        "Le bureau a validé, vous pouvez lancer.",
        "Allez-y, on paiera la facture à réception.",
    ],
)
def test_a_go_ahead_beside_a_receipt_or_an_understanding_is_still_one(text: str) -> None:
    assert read_reply_intent(text, KindModel.packaged().reply).intent == "confirm"
