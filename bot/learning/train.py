"""Training the kind model with scikit-learn, deterministically.

TF-IDF over word 1-2-grams and character 3-5-grams (``bot.understand.features``, addresses and
URLs masked) and a multinomial logistic regression. The same examples in give the same model out:
examples are sorted, the solver is deterministic, the folds are seeded.

The threshold is chosen on the training mail alone: from out-of-fold probabilities (5-fold
cross-validation), the lowest probability above which at most 1 % of the answers would be wrong.

Only ``ofbot model train`` and ``ofbot init`` import this module: scikit-learn costs a second to
import, and reading a mail does not need it (``bot.understand.kind_model`` applies the arrays).
"""

from __future__ import annotations

import datetime as dt
import warnings
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from bot.learning.corpus import Example, ReplyExample, data_hash
from bot.understand.features import char_features, model_text, word_features
from bot.understand.kind_model import model_bytes

C = 20.0  # inverse regularisation: TF-IDF rows are l2-normalised, so weights need room
TARGET_ERROR = 0.01  # at most 1 % wrong among what the threshold lets through (out of fold)
THRESHOLD_FLOOR = 0.5
THRESHOLD_CEILING = 0.95
FOLDS = 5
CORRECTION_WEIGHT = 3.0  # a staff correction is a mail the model got wrong in real use: learn it firmly


@dataclass(frozen=True)
class TrainedModel:
    blob: bytes
    model: str
    trained_at: dt.datetime
    examples: int
    corrections: int
    cv_accuracy: float
    threshold: float
    data_hash: str
    per_kind: dict[str, float] = field(default_factory=dict)
    counts: dict[str, int] = field(default_factory=dict)
    reply: dict[str, object] | None = None  # the reply model's summary (``reply_train``)

    def summary(self) -> dict[str, object]:
        """The ``model train --json`` / ``model show --json`` object (``reply``: the reply model)."""
        return {
            "model": self.model,
            "trained_at": self.trained_at.isoformat(),
            "examples": self.examples,
            "corrections": self.corrections,
            "cv_accuracy": round(self.cv_accuracy, 4),
            "threshold": round(self.threshold, 2),
            "reply": self.reply,
        }


def pipeline() -> Any:
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import FeatureUnion, Pipeline

    union = FeatureUnion(
        [
            ("word", TfidfVectorizer(analyzer=word_features, sublinear_tf=True)),
            ("char", TfidfVectorizer(analyzer=char_features, sublinear_tf=True, min_df=2)),
        ]
    )
    return Pipeline([("features", union), ("linear", LogisticRegression(C=C, max_iter=5000))])


def fit(
    texts: list[str], labels: list[str], weights: Sequence[float]
) -> tuple[Any, list[tuple[list[str], Any]]]:
    """Fit the pipeline and return it with its vocabulary blocks (word, char): each block's terms in
    column order and their idf weights, the arrays the numpy scorer reads back without scikit-learn."""
    fitted = pipeline()
    fitted.fit(texts, labels, linear__sample_weight=np.asarray(weights))
    union = fitted.named_steps["features"]
    blocks = []
    for name in ("word", "char"):
        vectorizer = dict(union.transformer_list)[name]
        vocab = sorted(vectorizer.vocabulary_, key=vectorizer.vocabulary_.__getitem__)
        blocks.append((vocab, vectorizer.idf_))
    return fitted, blocks


def choose_threshold(best_p: Sequence[float], right: Sequence[bool]) -> float:
    """The lowest threshold whose automatic answers are at most ``TARGET_ERROR`` wrong."""
    p = np.asarray(best_p)
    ok = np.asarray(right)
    for step in range(int(THRESHOLD_FLOOR * 100), int(THRESHOLD_CEILING * 100) + 1):
        t = step / 100
        passed = p >= t
        if not passed.any():
            return t
        if (~ok[passed]).sum() <= TARGET_ERROR * passed.sum():
            return t
    return THRESHOLD_CEILING


def per_kind_thresholds(
    predicted: Sequence[str], best_p: Sequence[float], right: Sequence[bool], overall: float
) -> dict[str, float]:
    """For each kind the model predicts, the threshold its own out-of-fold answers need.

    A kind the model confuses more often (say renewal with resource changes) must be surer than
    the overall threshold before the bot answers it alone; never lower than ``overall``.
    """
    out: dict[str, float] = {}
    for kind in sorted(set(predicted)):
        rows = [n for n, k in enumerate(predicted) if k == kind]
        t = choose_threshold([best_p[n] for n in rows], [right[n] for n in rows])
        out[kind] = max(overall, t)
    return out


def cross_validate(texts: list[str], kinds: list[str]) -> tuple[list[str], list[float]]:
    """Out-of-fold best kind and its probability for every example."""
    from sklearn.model_selection import StratifiedKFold, cross_val_predict

    smallest = min(Counter(kinds).values())
    folds = max(2, min(FOLDS, smallest))
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # a kind with fewer examples than folds: still scored
        proba = cross_val_predict(
            pipeline(),
            texts,
            kinds,
            cv=StratifiedKFold(folds, shuffle=True, random_state=0),
            method="predict_proba",
        )
    classes = sorted(set(kinds))
    best = proba.argmax(axis=1)
    return [classes[i] for i in best], [float(proba[n, i]) for n, i in enumerate(best)]


def train(
    examples: Sequence[Example],
    corrections: int,
    now: dt.datetime,
    replies: Sequence[ReplyExample] = (),
) -> TrainedModel:
    """Fit on every example; cross-validate for the reported accuracy and the threshold.

    ``replies``: labelled replies for the reply-intent model, stored in the same file (none: the
    file carries no reply model and replies are read by the rules alone).

    One thread: the solver's work is small, and on a shared machine OpenMP/BLAS threads waiting
    for each other cost more than they save.
    """
    from threadpoolctl import threadpool_limits

    with threadpool_limits(1):
        return _train(examples, corrections, now, replies)


def _train(
    examples: Sequence[Example], corrections: int, now: dt.datetime, replies: Sequence[ReplyExample]
) -> TrainedModel:
    ordered = sorted(examples, key=lambda e: (e.source, e.kind, e.subject, e.text))
    if len({e.kind for e in ordered}) < 2:
        raise ValueError("training needs labelled examples of at least two kinds")
    texts = [model_text(e.subject, e.text) for e in ordered]
    kinds = [e.kind for e in ordered]
    predicted, best_p = cross_validate(texts, kinds)
    right = [p == k for p, k in zip(predicted, kinds, strict=True)]
    per_kind: dict[str, float] = {}
    for kind in sorted(set(kinds)):
        hits = [r for r, k in zip(right, kinds, strict=True) if k == kind]
        per_kind[kind] = round(sum(hits) / len(hits), 4)
    weights = [CORRECTION_WEIGHT if e.source.startswith("staff/") else 1.0 for e in ordered]
    fitted, blocks = fit(texts, kinds, weights)
    linear = fitted.named_steps["linear"]
    fingerprint = data_hash(ordered)
    model_id = f"kind-{now:%Y%m%d-%H%M%S}-{fingerprint[:8]}"
    cv_accuracy = sum(right) / len(right)
    threshold = choose_threshold(best_p, right)
    kind_thresholds = per_kind_thresholds(predicted, best_p, right, threshold)
    meta = {
        "model": model_id,
        "trained_at": now.isoformat(),
        "examples": len(ordered),
        "corrections": corrections,
        "cv_accuracy": round(cv_accuracy, 4),
        "threshold": threshold,
        "kind_thresholds": kind_thresholds,
        "data_hash": fingerprint,
        "per_kind": per_kind,
        "features": "tfidf word 1-2 + char_wb 3-5, addresses/urls masked",
        "C": C,
    }
    coef, intercept = linear.coef_, linear.intercept_
    if coef.shape[0] == 1:  # two kinds: scikit-learn keeps one row; softmax over (0, z) is the same
        coef = np.vstack([np.zeros_like(coef), coef])
        intercept = np.concatenate([np.zeros_like(intercept), intercept])
    reply = None
    if replies:
        from bot.learning.reply_train import train_replies

        reply = train_replies(replies, now, CORRECTION_WEIGHT)
        meta["reply_model"] = reply.model
    blob = model_bytes(
        meta, [str(c) for c in linear.classes_], blocks, coef, intercept, reply.arrays if reply else None
    )
    return TrainedModel(
        blob=blob,
        model=model_id,
        trained_at=now,
        examples=len(ordered),
        corrections=corrections,
        cv_accuracy=cv_accuracy,
        threshold=threshold,
        data_hash=fingerprint,
        per_kind=per_kind,
        counts=dict(sorted(Counter(kinds).items())),
        reply=reply.summary() if reply else None,
    )
