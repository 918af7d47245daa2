"""Training the reply-intent model and choosing how far the reader may trust it.

The same features and linear model as the kind model (``bot.learning.train``), over the new text
of labelled replies without their signature. Its thresholds (``bot.understand.reply_reading.ReplyThresholds``) are chosen
from out-of-fold probabilities, the folds grouped by set: the rules were written against these
very replies, so only a set held out as a whole says how the model does on phrasing it has not
seen. Chosen so that, out of fold:

- ``confirm``: no reply of another intent reaches it (0 wrong confirmations), plus a margin, among
  the replies where the model may confirm at all (the rules' readings in ``CONFIRM_AFTER``): a
  question the model scored high after a question mark cannot be confirmed whatever the
  threshold, so it must not raise it; never under ``CONFIRM_FLOOR`` (those readings hold a plain
  yes of their own, and none of the training replies among them was anything else);
- ``confirm_guarded``: the same among the replies where the rules found no cue at all or a
  negation they could not place (``GUARDED``), never under ``GUARDED_FLOOR``;
- ``refuse``: the same among the replies where the model may refuse (``REFUSE_AFTER``);
- ``confirm_veto`` / ``refuse_veto``: at most ``VETO_BUDGET`` of the true confirmations /
  refusals fall under it (the veto only sends replies to staff, but each costs them a reading);
  and the confirm veto is raised (up to ``VETO_CEILING``) until no confirmation the rules read
  wrongly out of fold gets through: that error deducts hours, a reading by staff costs little.

Imported only by ``ofbot model train`` (scikit-learn is slow to import).
"""

from __future__ import annotations

import datetime as dt
import warnings
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Any

import numpy as np

from bot.learning.corpus import REPLY_INTENTS, ReplyExample, reply_data_hash
from bot.understand.features import model_text
from bot.understand.kind_model import OWN_WORDS, REPLY_PREFIX, FloatArray, model_arrays
from bot.understand.replies import own_words, read_reply
from bot.understand.reply_reading import (
    CONFIRM_AFTER,
    GUARDED,
    GUARDED_FLOOR,
    REFUSE_AFTER,
    ReplyThresholds,
    combine,
)
from bot.understand.types import ReplyIntent

MARGIN = 0.05
CONFIRM_FLOOR, REFUSE_FLOOR, CEILING = 0.6, 0.7, 0.97
VETO_BUDGET = 0.02
VETO_CEILING = 0.5
FOLDS = 5  # when the replies come from fewer than three sets


@dataclass(frozen=True)
class TrainedReplies:
    arrays: dict[str, Any]
    model: str
    examples: int
    corrections: int
    thresholds: ReplyThresholds
    cv_model_accuracy: float  # the model alone, out of fold
    cv_accuracy: float  # rules and model combined, out of fold
    cv_wrong_confirmations: int  # combined, out of fold
    rules_accuracy: float  # the rules alone on the same replies (they were written against them)
    per_intent: dict[str, float]
    counts: dict[str, int]
    data_hash: str

    def summary(self) -> dict[str, object]:
        """The ``reply`` object of ``model train --json`` / ``model show --json``."""
        return {
            "model": self.model,
            "examples": self.examples,
            "corrections": self.corrections,
            "cv_accuracy": round(self.cv_accuracy, 4),
            "cv_model_accuracy": round(self.cv_model_accuracy, 4),
            "cv_wrong_confirmations": self.cv_wrong_confirmations,
            "rules_accuracy": round(self.rules_accuracy, 4),
            "thresholds": self.thresholds.to_json(),
            "per_intent": self.per_intent,
            "counts": self.counts,
        }


def _out_of_fold(texts: list[str], intents: list[str], groups: list[str]) -> FloatArray:
    """Out-of-fold probabilities (columns in sorted intent order), folds grouped by set."""
    from sklearn.model_selection import LeaveOneGroupOut, StratifiedKFold, cross_val_predict

    from bot.learning.train import pipeline

    if len(set(groups)) >= 3:
        cv: Any = LeaveOneGroupOut()
    else:
        folds = max(2, min(FOLDS, min(Counter(intents).values())))
        cv = StratifiedKFold(folds, shuffle=True, random_state=0)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        proba = cross_val_predict(pipeline(), texts, intents, groups=groups, cv=cv, method="predict_proba")
    return np.asarray(proba, dtype=np.float64)


def _above_all_wrong(p: FloatArray, wrong: np.ndarray[Any, Any], floor: float) -> float:
    worst = float(p[wrong].max()) if wrong.any() else 0.0
    return round(min(CEILING, max(floor, worst + MARGIN)), 4)


def _veto(p: FloatArray, right: np.ndarray[Any, Any]) -> float:
    ranked = np.sort(p[right])
    if ranked.size == 0:
        return 0.0
    return round(min(VETO_CEILING, float(ranked[int(VETO_BUDGET * ranked.size)])), 4)


def choose_thresholds(
    proba: FloatArray,
    intents: Sequence[str],
    rules_intents: Sequence[str] = (),
    rules_cues: Sequence[str] = (),
) -> ReplyThresholds:
    """Thresholds from out-of-fold probabilities; ``rules_intents``: the rules' readings of the
    same replies, so that the veto also removes every confirmation the rules got wrong;
    ``rules_cues``: the cues they read, so that each threshold is chosen among the replies where
    it applies (without them, among all)."""
    truth = np.asarray(intents)
    cues = np.asarray(rules_cues) if len(rules_cues) else None

    def read_as(readings: frozenset[str]) -> np.ndarray[Any, Any]:
        """The replies the rules read as one of ``readings`` (all of them without the cues)."""
        return np.isin(cues, list(readings)) if cues is not None else np.ones(len(truth), bool)

    may_confirm, guarded, may_refuse = read_as(CONFIRM_AFTER), read_as(GUARDED), read_as(REFUSE_AFTER)
    col = {intent: n for n, intent in enumerate(REPLY_INTENTS)}
    p_confirm, p_refuse = proba[:, col["confirm"]], proba[:, col["refuse"]]
    confirm_veto = _veto(p_confirm, truth == "confirm")
    if len(rules_intents):
        wrong = (np.asarray(rules_intents) == "confirm") & (truth != "confirm")
        if wrong.any():  # the worst error: veto it, up to the ceiling
            confirm_veto = max(
                confirm_veto, min(VETO_CEILING, round(float(p_confirm[wrong].max()) + 0.01, 4))
            )
    return ReplyThresholds(
        confirm=_above_all_wrong(p_confirm, may_confirm & (truth != "confirm"), CONFIRM_FLOOR),
        refuse=_above_all_wrong(p_refuse, may_refuse & (truth != "refuse"), REFUSE_FLOOR),
        confirm_guarded=_above_all_wrong(p_confirm, guarded & (truth != "confirm"), GUARDED_FLOOR),
        confirm_veto=confirm_veto,
        refuse_veto=_veto(p_refuse, truth == "refuse"),
    )


def train_replies(
    examples: Sequence[ReplyExample], now: dt.datetime, correction_weight: float
) -> TrainedReplies:
    """Fit the reply model on every labelled reply; cross-validate for thresholds and figures."""
    from bot.learning.train import fit

    ordered = sorted(examples, key=lambda e: (e.source, e.intent, e.text))
    if {e.intent for e in ordered} != set(REPLY_INTENTS):
        raise ValueError("the reply model needs labelled replies of each intent (confirm, question, refuse)")
    texts = [model_text("", own_words(e.text)) for e in ordered]
    intents = [e.intent for e in ordered]
    proba = _out_of_fold(texts, intents, [e.group for e in ordered])
    rules_readings = [read_reply(e.text) for e in ordered]
    thresholds = choose_thresholds(
        proba, intents, [r.intent for r in rules_readings], [r.cue for r in rules_readings]
    )
    model_pred = [REPLY_INTENTS[i] for i in proba.argmax(axis=1)]
    combined: list[ReplyIntent] = []
    rules_right = 0
    for example, rules, row in zip(ordered, rules_readings, proba, strict=True):
        rules_right += rules.intent == example.intent
        probs = {intent: float(row[n]) for n, intent in enumerate(REPLY_INTENTS)}
        combined.append(combine(rules.intent, rules.cue, probs, thresholds).intent)
    right = [c == t for c, t in zip(combined, intents, strict=True)]
    per_intent = {
        intent: round(sum(r for r, t in zip(right, intents, strict=True) if t == intent) / n, 4)
        for intent, n in sorted(Counter(intents).items())
    }
    weights = np.asarray([correction_weight if e.group == "staff" else 1.0 for e in ordered])
    fitted, blocks = fit(texts, intents, list(weights))
    linear = fitted.named_steps["linear"]
    fingerprint = reply_data_hash(ordered)
    model_id = f"reply-{now:%Y%m%d-%H%M%S}-{fingerprint[:8]}"
    corrections = sum(1 for e in ordered if e.group == "staff")
    trained = TrainedReplies(
        arrays={},
        model=model_id,
        examples=len(ordered),
        corrections=corrections,
        thresholds=thresholds,
        cv_model_accuracy=sum(p == t for p, t in zip(model_pred, intents, strict=True)) / len(intents),
        cv_accuracy=sum(right) / len(right),
        cv_wrong_confirmations=sum(
            c == "confirm" and t != "confirm" for c, t in zip(combined, intents, strict=True)
        ),
        rules_accuracy=rules_right / len(ordered),
        per_intent=per_intent,
        counts=dict(sorted(Counter(intents).items())),
        data_hash=fingerprint,
    )
    meta = {
        **trained.summary(),
        "trained_at": now.isoformat(),
        "thresholds": thresholds.to_json(),
        "data_hash": fingerprint,
        "input": OWN_WORDS,
        "features": "tfidf word 1-2 + char_wb 3-5 over the reply's own words, addresses/urls/digits masked",
    }
    arrays = model_arrays(
        meta, [str(c) for c in linear.classes_], blocks, linear.coef_, linear.intercept_, REPLY_PREFIX
    )
    return replace(trained, arrays=arrays)
