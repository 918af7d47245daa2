"""May the bot answer a new request by itself? The one place that decides (issue 8, item 4).

The bot answers alone only when the sender is on record, the kind is one a handler answers, the
model's probability for the kind reaches its threshold and, under the default ``agree`` policy,
the hand-written rules read the same kind. Anything else goes to staff with the reasons.
"""

from __future__ import annotations

from dataclasses import dataclass

from bot.config import UnderstandingSettings
from bot.understand.prediction import Prediction

SECOND_ASK_P = 0.2  # a second kind this likely: the mail may ask two things
FALLBACK_THRESHOLD = 0.5  # rules only (no model): the rules' own confidence bar
# A renewal answer closes the request, and "renouvellement"/"renewal" is named in many mails that
# ask something else: a new contact for the renewal alerts, a migration plus the renewal, "we will
# not renew" (a cancellation). The model and the rules key on the same word, so a second look
# independent of it: a renewal is answered alone only when no cue of these kinds stands in the
# mail. Not resource_change: a renewal names its number of aircraft (out of fold on the training
# sets, grouped by set, this costs 1 of 914 automatic answers and drops none that was wrong; a
# margin rule p(best) - p(second) >= m changed nothing below m = 0.7 and cost answers above).
RENEWAL_ALONE_UNLESS: frozenset[str] = frozenset({"contact_update", "migration", "other"})


@dataclass(frozen=True)
class Gate:
    auto_answer: bool
    threshold: float
    reasons: tuple[str, ...]
    second_ask: str | None = None  # a second kind the mail may also ask for

    @property
    def triage(self) -> bool:
        return not self.auto_answer


def second_ask(prediction: Prediction) -> str | None:
    """The runner-up kind when it is likely enough that the mail asks for it too."""
    if prediction.model_id is None or len(prediction.ranked) < 2:
        return None
    runner_up = prediction.ranked[1]
    if runner_up.kind != "other" and runner_up.p >= SECOND_ASK_P:
        return runner_up.kind
    return None


def decide_gate(prediction: Prediction, known_sender: bool, policy: UnderstandingSettings) -> Gate:
    kind = prediction.kind
    if prediction.model_id is None or prediction.threshold is None:  # the rules alone: their own bar
        base = policy.threshold if policy.threshold is not None else FALLBACK_THRESHOLD
        threshold = policy.thresholds.get(kind, base)
    else:
        threshold = policy.threshold_for(kind, prediction.threshold)
        if kind not in policy.thresholds and prediction.kind_threshold is not None:
            threshold = max(threshold, prediction.kind_threshold)
    reasons: list[str] = []
    if not known_sender:
        reasons.append("unknown sender")
    if kind == "other":
        reasons.append("kind other: no rule answers it")
    if policy.auto_answer == "never":
        reasons.append("auto_answer = never")
    if prediction.confidence < threshold:
        reasons.append(f"p({kind}) {prediction.confidence:.2f} below threshold {threshold:.2f}")
    if kind == "renewal":
        also_cued = sorted(RENEWAL_ALONE_UNLESS.intersection(prediction.rules_cues))
        if also_cued:
            reasons.append(f"a renewal that also reads as {', '.join(also_cued)}: staff decide")
    if policy.auto_answer == "agree" and prediction.model_id is not None and not prediction.agrees:
        reasons.append(f"the rules read {prediction.rules_kind}, the model {kind}")
    also = second_ask(prediction)
    if reasons:
        return Gate(False, threshold, tuple(reasons), also)
    why = f"p({kind}) {prediction.confidence:.2f} >= {threshold:.2f}: answered automatically"
    return Gate(True, threshold, (why,), also)
