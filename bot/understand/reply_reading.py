"""A reply's intent from the rules and the learned reply model together, safe by construction.

The errors do not cost the same: a wrong ``confirm`` deducts hours and queues work (the worst), a
wrong ``refuse`` declines the request (bad, staff can reopen it), a ``question`` goes to staff
(safe, it only costs a reading). So the two readers have unequal powers:

- **confirm** needs the rules' consent, in three degrees:

  1. the rules read a plain yes (``affirmative``): the model can only veto it (its confirm
     probability under ``confirm_veto``: it doubts strongly, staff decide);
  2. a plain yes in a sentence of its own beside a mere condition word or a negation stating a
     fact elsewhere (``affirmative_condition``: "Yes, go ahead. If you can, midweek suits us
     better"; ``affirmative_negation``: "Yes please. The link goes to an address nobody reads";
     no question mark, deferral, refusal, condition proper or question word anywhere): the model
     must lean to it (``confirm``, chosen so that no out-of-fold reply of those readings was
     wrongly confirmed, never under the training's floor);
  3. no cue at all, or a negation the rules could not place and no yes of its own (``nothing``,
     ``negation``: "Le comité a décidé de prendre le forfait", "We have no other use for the
     credit, bill us"): the model must be very sure (``confirm_guarded``, chosen the same way
     among those replies, never under ``GUARDED_FLOOR``).

  After any other blocker the rules saw, nothing the model says leads to a confirmation: a
  condition proper ("if", "si", "mais seulement"); a time word in the sentence of the yes
  (``time_word``: "Oui, dès que le bureau aura validé", "Accepted, after the committee meeting
  next week", where a model of words reads a yes); a question, with or without its mark; a
  deferral; a refusal.
- **refuse**: the rules' explicit refusal stands unless the model strongly doubts it
  (``refuse_veto``: "pas maintenant, nous reviendrons vers vous" is a deferral, not a no). When
  the rules are unsure for want of a cue, or found a negation, a condition, a time word or a
  deferral they could not place, a model sure of a refusal (``refuse`` threshold) refuses. Never after a
  question mark: a client who asks something gets an answer from staff.
- everything else is a ``question``.

The thresholds are chosen by cross-validation on the training mail, grouped by set
(``bot.learning.reply_train``), and travel with the model.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from bot.understand.types import ReplyIntent

NO_CUE = "nothing"
AFFIRMATIVE = "affirmative"
AFFIRMED_CONDITION = "affirmative_condition"
AFFIRMED_NEGATION = "affirmative_negation"
REFUSAL = "refusal"
TIME_WORD = "time_word"
# The rules' unsure readings with a plain yes in them that a sure model may turn into a confirmation.
CONFIRM_AFTER = frozenset({AFFIRMED_CONDITION, AFFIRMED_NEGATION})
# The rules' blocked readings that only a model surer still may turn into a confirmation.
GUARDED = frozenset({NO_CUE, "negation"})
GUARDED_FLOOR = 0.9
# Cues after which a sure model may read a refusal the rules could not place.
REFUSE_AFTER = frozenset(
    {
        NO_CUE,
        "negation",
        "condition",
        TIME_WORD,
        AFFIRMED_CONDITION,
        AFFIRMED_NEGATION,
        "deferral",
        "resolved",
    }
)


@dataclass(frozen=True)
class ReplyThresholds:
    """Probabilities the reply model must reach (or fall under, for a veto); see the module."""

    confirm: float = 0.9
    refuse: float = 0.8
    # Above 1: never (the default, and what a model trained before this threshold existed gets).
    confirm_guarded: float = 1.01
    confirm_veto: float = 0.2
    refuse_veto: float = 0.1

    def to_json(self) -> dict[str, float]:
        return {
            "confirm": round(self.confirm, 4),
            "refuse": round(self.refuse, 4),
            "confirm_guarded": round(self.confirm_guarded, 4),
            "confirm_veto": round(self.confirm_veto, 4),
            "refuse_veto": round(self.refuse_veto, 4),
        }


@dataclass(frozen=True)
class ReplyReading:
    """What a reply means, with both readings and why they were combined so."""

    intent: ReplyIntent
    rules_intent: ReplyIntent
    rules_cue: str
    probabilities: Mapping[str, float] = field(default_factory=dict)
    model_id: str | None = None
    reason: str = "rules"

    def candidates(self) -> list[dict[str, object]]:
        """The model's intents, most likely first (empty without a model)."""
        ranked = sorted(self.probabilities.items(), key=lambda item: -item[1])
        return [{"intent": intent, "p": round(p, 4)} for intent, p in ranked]

    def to_json(self) -> dict[str, object]:
        return {
            "intent": self.intent,
            "rules": self.rules_intent,
            "rules_cue": self.rules_cue,
            "model": self.model_id,
            "candidates": self.candidates(),
            "reason": self.reason,
        }


def combine(
    rules_intent: ReplyIntent,
    rules_cue: str,
    probabilities: Mapping[str, float] | None,
    thresholds: ReplyThresholds,
    model_id: str | None = None,
) -> ReplyReading:
    """The combined intent (see the module for the policy and why)."""
    if probabilities is None:
        return ReplyReading(rules_intent, rules_intent, rules_cue)
    p_confirm = probabilities.get("confirm", 0.0)
    p_refuse = probabilities.get("refuse", 0.0)

    def reading(intent: ReplyIntent, reason: str) -> ReplyReading:
        return ReplyReading(intent, rules_intent, rules_cue, dict(probabilities), model_id, reason)

    if rules_intent == "confirm":
        if rules_cue == AFFIRMATIVE and p_confirm >= thresholds.confirm_veto:
            return reading("confirm", f"rules confirm, model p(confirm) {p_confirm:.2f}")
        return reading("question", f"rules confirm but model p(confirm) {p_confirm:.2f}: staff decide")
    if rules_intent == "refuse":
        if p_refuse >= thresholds.refuse_veto:
            return reading("refuse", f"rules refuse, model p(refuse) {p_refuse:.2f}")
        return reading("question", f"rules refuse but model p(refuse) {p_refuse:.2f}: staff decide")
    if rules_cue in CONFIRM_AFTER and p_confirm >= thresholds.confirm:
        why = (
            "a yes beside a condition word" if rules_cue == AFFIRMED_CONDITION else "a yes beside a negation"
        )
        return reading("confirm", f"{why} and model p(confirm) {p_confirm:.2f}")
    if rules_cue in GUARDED and p_confirm >= max(thresholds.confirm_guarded, GUARDED_FLOOR):
        return reading("confirm", f"rules unsure ({rules_cue}), model very sure: p(confirm) {p_confirm:.2f}")
    floor = GUARDED_FLOOR if rules_cue == NO_CUE else 0.0
    if rules_cue in REFUSE_AFTER and p_refuse >= max(thresholds.refuse, floor):
        return reading("refuse", f"rules unsure ({rules_cue}), model p(refuse) {p_refuse:.2f}")
    return reading("question", f"rules question ({rules_cue})")
