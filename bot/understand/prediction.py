"""The prediction stage's types: what a kind classifier must offer, and what it concluded.

The reader receives a :class:`Classifier` from the composition root (``bot/app.py``) instead of
importing a model: tests hand it a fixed one, the service the live model from the database.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Protocol

from bot.understand.reply_reading import ReplyThresholds
from bot.understand.types import Kind

TOP = 3


class Classifier(Protocol):
    """A kind model: probabilities per kind for a new request's subject and new text."""

    @property
    def model_id(self) -> str: ...

    @property
    def threshold(self) -> float:
        """The probability the model's training chose as safe to answer automatically."""
        ...

    def threshold_for(self, kind: str) -> float:
        """The threshold training chose for ``kind`` (at least :attr:`threshold`)."""
        ...

    def probabilities(self, subject: str, text: str) -> Mapping[str, float]: ...


class ReplyClassifier(Protocol):
    """A reply-intent model: probabilities of confirm / question / refuse for a reply's new text."""

    @property
    def model_id(self) -> str: ...

    @property
    def thresholds(self) -> ReplyThresholds: ...

    def reply_probabilities(self, text: str) -> Mapping[str, float]: ...


@dataclass(frozen=True)
class Candidate:
    kind: Kind
    p: float

    def to_json(self) -> dict[str, object]:
        return {"kind": self.kind, "p": round(self.p, 4)}


@dataclass(frozen=True)
class Prediction:
    """The kind of a new request as the model and the rules read it.

    ``kind`` is the model's best kind (the rules' when no model is given); ``ranked`` every kind
    with its probability, highest first; ``rules_kind`` what the hand-written cues say, kept so the
    gate can ask for agreement and staff can see both readings.
    """

    kind: Kind
    confidence: float
    ranked: tuple[Candidate, ...]
    rules_kind: Kind
    rules_confidence: float
    model_id: str | None
    threshold: float | None
    evidence: tuple[str, ...] = field(default=())
    kind_threshold: float | None = None  # the model's own threshold for ``kind``
    rules_cues: tuple[Kind, ...] = ()  # every kind the hand-written cues found a word of

    @property
    def candidates(self) -> tuple[Candidate, ...]:
        """The best three kinds, highest first: what staff choose from in one tap."""
        return self.ranked[:TOP]

    @property
    def agrees(self) -> bool:
        return self.kind == self.rules_kind

    def p(self, kind: str) -> float:
        return next((c.p for c in self.ranked if c.kind == kind), 0.0)

    def probabilities_json(self) -> dict[str, float]:
        return {c.kind: round(c.p, 4) for c in self.ranked}
