"""A trained kind model, stored as plain arrays and applied with numpy alone.

Format (``.npz`` read with ``allow_pickle=False``, so a replaced file or a database row can hold
numbers and strings, never code): the class names, for each feature block (words, characters) its
vocabulary and idf, the linear model's coefficients and intercepts, and a JSON ``meta`` string
(model id, training date, examples, corrections, cross-validated accuracy, threshold, hash of the
training data). Scoring repeats scikit-learn's ``TfidfVectorizer(sublinear_tf=True)`` (1 + log tf,
times idf, l2-normalised per block) and the multinomial logistic regression's softmax, so the
CLI never imports scikit-learn to read a mail.
"""

from __future__ import annotations

import io
import json
import math
from collections import Counter
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from importlib import resources
from typing import Any

import numpy as np
import numpy.typing as npt

from bot.understand.features import char_features, model_text, word_features
from bot.understand.replies import own_words
from bot.understand.reply_reading import ReplyThresholds

FloatArray = npt.NDArray[np.float64]
BLOCKS: tuple[tuple[str, Callable[[str], list[str]]], ...] = (
    ("word", word_features),
    ("char", char_features),
)
DEFAULT_RESOURCE = "default_kind_model.npz"
REPLY_PREFIX = "reply_"
REPLY_CLASSES = ("confirm", "question", "refuse")
OWN_WORDS = "own_words"  # a reply model's ``input``: trained on the new text without its signature


class ModelFormatError(ValueError):
    """The bytes are not a kind model this version can read."""


@dataclass(frozen=True)
class _Block:
    vocabulary: dict[str, int]
    idf: FloatArray
    offset: int


class LinearTextModel:
    """TF-IDF blocks and a softmax over classes, read from arrays whose keys start with ``prefix``."""

    def __init__(self, arrays: Mapping[str, Any], prefix: str = "") -> None:
        try:
            self.meta: dict[str, Any] = json.loads(str(arrays[f"{prefix}meta"]))
            self.classes: tuple[str, ...] = tuple(str(c) for c in arrays[f"{prefix}classes"].tolist())
            self.coef: FloatArray = np.asarray(arrays[f"{prefix}coef"], dtype=np.float64)
            self.intercept: FloatArray = np.asarray(arrays[f"{prefix}intercept"], dtype=np.float64)
            offset = 0
            blocks: list[_Block] = []
            for name, _ in BLOCKS:
                vocab = arrays[f"{prefix}{name}_vocab"].tolist()
                blocks.append(
                    _Block(
                        {str(t): i for i, t in enumerate(vocab)},
                        np.asarray(arrays[f"{prefix}{name}_idf"]),
                        offset,
                    )
                )
                offset += len(vocab)
        except (KeyError, ValueError, TypeError) as exc:
            raise ModelFormatError(f"not a kind model: {exc}") from None
        if self.coef.shape != (len(self.classes), offset) or self.intercept.shape != (len(self.classes),):
            raise ModelFormatError("not a kind model: coefficient shapes do not match the vocabulary")
        self._blocks = tuple(blocks)

    @property
    def model_id(self) -> str:
        return str(self.meta.get("model", "unknown"))

    def probabilities(self, subject: str, text: str) -> dict[str, float]:
        scores = self.intercept.copy()
        prepared = model_text(subject, text)
        for (_, analyzer), block in zip(BLOCKS, self._blocks, strict=True):
            counts = Counter(f for f in analyzer(prepared) if f in block.vocabulary)
            if not counts:
                continue
            local = np.fromiter((block.vocabulary[f] for f in counts), dtype=np.int64, count=len(counts))
            tf = np.fromiter(
                (1.0 + math.log(c) for c in counts.values()), dtype=np.float64, count=len(counts)
            )
            values = tf * block.idf[local]
            norm = float(np.sqrt(values @ values))
            if norm > 0:
                scores += self.coef[:, local + block.offset] @ (values / norm)
        scores -= scores.max()
        exp = np.exp(scores)
        probs = exp / exp.sum()
        return {kind: float(p) for kind, p in zip(self.classes, probs, strict=True)}


class KindModel(LinearTextModel):
    """A loaded model: the :class:`~bot.understand.prediction.Classifier` the reader uses.

    The same file may carry the reply-intent model (keys ``reply_*``): one blob, one live row,
    so every worker reads first contacts and replies with models trained together.
    """

    def __init__(self, arrays: Mapping[str, Any]) -> None:
        super().__init__(arrays)
        self.reply: ReplyModel | None = ReplyModel(arrays) if f"{REPLY_PREFIX}meta" in arrays else None

    @classmethod
    def from_bytes(cls, blob: bytes) -> KindModel:
        try:
            with np.load(io.BytesIO(blob), allow_pickle=False) as data:
                return cls({key: data[key] for key in data.files})
        except (OSError, ValueError, EOFError) as exc:
            raise ModelFormatError(f"not a kind model: {exc}") from None

    @classmethod
    def packaged(cls) -> KindModel:
        """The model shipped with the package: what a fresh install reads mail with."""
        return cls.from_bytes(packaged_bytes())

    @property
    def threshold(self) -> float:
        return float(self.meta.get("threshold", 0.8))

    def threshold_for(self, kind: str) -> float:
        """The kind's own threshold from training (a kind often confused needs more certainty)."""
        per_kind = self.meta.get("kind_thresholds") or {}
        return max(self.threshold, float(per_kind.get(kind, self.threshold)))


class ReplyModel(LinearTextModel):
    """The reply-intent model (confirm / question / refuse) and the thresholds its training chose.

    It never decides alone: :mod:`bot.understand.reply_reading` combines it with the rules.
    """

    def __init__(self, arrays: Mapping[str, Any]) -> None:
        super().__init__(arrays, REPLY_PREFIX)
        if set(self.classes) != set(REPLY_CLASSES):
            raise ModelFormatError(f"not a reply model: classes {self.classes}")
        try:
            self._thresholds = ReplyThresholds(**{k: float(v) for k, v in self.meta["thresholds"].items()})
        except (KeyError, TypeError, AttributeError) as exc:
            raise ModelFormatError(f"not a reply model: thresholds {exc}") from None

    @property
    def thresholds(self) -> ReplyThresholds:
        return self._thresholds

    def reply_probabilities(self, text: str) -> dict[str, float]:
        """Probabilities of each intent for a reply's new text (a reply's subject is ours), read
        as the model was trained: its own words only when its meta says so (``input``), the whole
        new text for a model trained before that."""
        if self.meta.get("input") == OWN_WORDS:
            text = own_words(text)
        return self.probabilities("", text)


def packaged_bytes() -> bytes:
    return resources.files("bot.understand").joinpath(DEFAULT_RESOURCE).read_bytes()


def model_arrays(
    meta: Mapping[str, Any],
    classes: list[str],
    blocks: list[tuple[list[str], FloatArray]],
    coef: FloatArray,
    intercept: FloatArray,
    prefix: str = "",
) -> dict[str, Any]:
    """A trained model as the named arrays of the safe format above (``prefix`` for the reply model)."""
    arrays: dict[str, Any] = {
        f"{prefix}meta": np.array(json.dumps(dict(meta), sort_keys=True)),
        f"{prefix}classes": np.array(classes),
        f"{prefix}coef": np.asarray(coef, dtype=np.float32),
        f"{prefix}intercept": np.asarray(intercept, dtype=np.float64),
    }
    for (name, _), (vocab, idf) in zip(BLOCKS, blocks, strict=True):
        arrays[f"{prefix}{name}_vocab"] = np.array(vocab)
        arrays[f"{prefix}{name}_idf"] = np.asarray(idf, dtype=np.float64)
    return arrays


def model_bytes(
    meta: Mapping[str, Any],
    classes: list[str],
    blocks: list[tuple[list[str], FloatArray]],
    coef: FloatArray,
    intercept: FloatArray,
    extra: Mapping[str, Any] | None = None,
) -> bytes:
    """Serialise a trained model in the safe format above (the training side calls this).

    ``extra``: more arrays in the same file (the reply model's, from :func:`model_arrays`).
    """
    arrays = model_arrays(meta, classes, blocks, coef, intercept)
    arrays.update(extra or {})
    out = io.BytesIO()
    np.savez_compressed(out, **arrays)
    return out.getvalue()
