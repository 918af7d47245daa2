"""The live kind model, kept in the database so every worker reads mail with the same one.

The row marked ``live`` in ``kind_models`` is the model; with none (a fresh install) the model
shipped in the package is used, so nothing has to be trained by hand. Each model is loaded once
per process: a model's bytes never change once stored (its id names them), so the loaded arrays
are cached by id and only the id of the live row is looked up for each message.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
from collections import OrderedDict
from typing import TYPE_CHECKING

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from storage.models import KindModelRow

if TYPE_CHECKING:  # numpy is imported only by commands that read mail
    from bot.understand.kind_model import KindModel

log = logging.getLogger("ofbot.model")
PACKAGED = "packaged"


class ModelCache:
    """Loaded models by id (a few at most: the live one and the one before it)."""

    def __init__(self, size: int = 3) -> None:
        self._size = size
        self._models: OrderedDict[str, KindModel] = OrderedDict()

    def get(self, key: str) -> KindModel | None:
        model = self._models.get(key)
        if model is not None:
            self._models.move_to_end(key)
        return model

    def put(self, key: str, model: KindModel) -> KindModel:
        self._models[key] = model
        while len(self._models) > self._size:
            self._models.popitem(last=False)
        return model


# One per process, on purpose: what it holds is immutable (a model id names fixed bytes), and
# "the model loads once per process" (issue 8, item 10) is exactly this cache.
PROCESS_CACHE = ModelCache()


class LiveModel:
    """Hands the pipeline the live model for each message (the composition root builds one)."""

    def __init__(self, cache: ModelCache = PROCESS_CACHE) -> None:
        self.cache = cache

    def packaged(self) -> KindModel:
        from bot.understand.kind_model import KindModel

        return self.cache.get(PACKAGED) or self.cache.put(PACKAGED, KindModel.packaged())

    def current(self, session: Session) -> KindModel:
        model_id = session.scalar(
            select(KindModelRow.model_id).where(KindModelRow.live).order_by(KindModelRow.id.desc()).limit(1)
        )
        if model_id is None:
            return self.packaged()
        cached = self.cache.get(model_id)
        if cached is not None:
            return cached
        from bot.understand.kind_model import KindModel, ModelFormatError

        blob = session.scalar(select(KindModelRow.blob).where(KindModelRow.model_id == model_id))
        try:
            return self.cache.put(model_id, KindModel.from_bytes(blob or b""))
        except ModelFormatError as exc:
            log.error("live model %s cannot be read (%s): using the packaged model", model_id, exc)
            return self.packaged()


def store_model(
    session: Session,
    *,
    blob: bytes,
    model: str,
    trained_at: dt.datetime,
    examples: int,
    corrections: int,
    cv_accuracy: float,
    threshold: float,
    data_hash: str,
    metrics: dict[str, object],
) -> KindModelRow:
    """Add a trained model and make it the live one, in the caller's transaction."""
    from bot.understand.kind_model import KindModel

    KindModel.from_bytes(blob)  # never store what cannot be read back
    session.execute(update(KindModelRow).where(KindModelRow.live).values(live=False))
    row = KindModelRow(
        model_id=model,
        trained_at=trained_at,
        examples=examples,
        corrections=corrections,
        cv_accuracy=cv_accuracy,
        threshold=threshold,
        data_hash=data_hash,
        metrics=json.dumps(metrics, sort_keys=True),
        blob=blob,
        live=True,
    )
    session.add(row)
    session.flush()
    return row


def live_summary(session: Session, live: LiveModel) -> dict[str, object]:
    """The ``model show --json`` object for the model mail is read with now."""
    row = session.scalar(
        select(KindModelRow).where(KindModelRow.live).order_by(KindModelRow.id.desc()).limit(1)
    )
    if row is not None:
        metrics = json.loads(row.metrics or "{}")
        return {
            "model": row.model_id,
            "trained_at": row.trained_at.isoformat(),
            "examples": row.examples,
            "corrections": row.corrections,
            "cv_accuracy": round(row.cv_accuracy, 4),
            "threshold": round(row.threshold, 2),
            "reply": metrics.get("reply") if isinstance(metrics, dict) else None,
        }
    packaged = live.packaged()
    meta = packaged.meta
    reply = packaged.reply
    return {
        "model": meta.get("model"),
        "trained_at": meta.get("trained_at"),
        "examples": meta.get("examples"),
        "corrections": meta.get("corrections", 0),
        "cv_accuracy": meta.get("cv_accuracy"),
        "threshold": meta.get("threshold"),
        "reply": _reply_summary(reply.meta) if reply is not None else None,
    }


def _reply_summary(meta: dict[str, object]) -> dict[str, object]:
    """The packaged reply model's summary, as ``model train`` reported it."""
    keys = ("model", "examples", "corrections", "cv_accuracy", "cv_model_accuracy")
    more = ("cv_wrong_confirmations", "rules_accuracy", "thresholds", "per_intent", "counts")
    return {key: meta.get(key) for key in keys + more}
