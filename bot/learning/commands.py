"""``ofbot model train | show | report``: the kind model from a shell.

``train`` reads the labelled corpus shipped in the repository (``tests/data/understanding*`` and
``corpus/train/*``, never ``corpus/sealed``) plus every staff correction in the database, fits a
model (scikit-learn, imported here only), stores it in the database as the live model for every
worker, and prints its cross-validated accuracy per kind and the threshold it chose.
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path
from typing import Any

from bot.learning.corpus import corpus_examples, corpus_replies, training_folders
from bot.learning.records import correction_examples, reply_correction_examples, report
from bot.learning.store import LiveModel, live_summary, store_model


class ModelError(Exception):
    """A model command that cannot be done; the message says why (exit 1)."""


def train_and_store(app: Any, corpus_root: Path | None = None) -> dict[str, Any]:
    """Train on the corpus and the corrections, make the result live; the ``train --json`` object."""
    from bot.learning.train import train

    folders = training_folders(corpus_root) if corpus_root else training_folders()
    examples = corpus_examples(folders)
    replies = corpus_replies(folders)
    with app.sessions() as session:
        corrections = correction_examples(session)
        reply_corrections = reply_correction_examples(session)
    if not examples and not corrections:
        raise ModelError("no labelled examples: neither a corpus folder nor staff corrections were found")
    try:
        trained = train(
            examples + corrections, len(corrections), app.clock.now(), replies + reply_corrections
        )
    except ValueError as exc:
        raise ModelError(str(exc)) from None
    with app.sessions() as session, session.begin():
        store_model(
            session,
            blob=trained.blob,
            model=trained.model,
            trained_at=trained.trained_at,
            examples=trained.examples,
            corrections=trained.corrections,
            cv_accuracy=trained.cv_accuracy,
            threshold=trained.threshold,
            data_hash=trained.data_hash,
            metrics={
                "per_kind": trained.per_kind,
                "counts": trained.counts,
                "folders": [f.name for f in folders],
                "reply": trained.reply,
            },
        )
    for kind, accuracy in trained.per_kind.items():
        print(f"  {kind:16} {accuracy:6.1%}  ({trained.counts.get(kind, 0)} examples)", file=sys.stderr)
    if trained.reply is not None:
        reply = trained.reply
        print(
            f"  replies: cross-validated {reply['cv_accuracy']:.1%} with the rules "
            f"(model alone {reply['cv_model_accuracy']:.1%}), "
            f"{reply['cv_wrong_confirmations']} wrong confirmation(s), "
            f"{reply['examples']} replies ({reply['corrections']} staff corrections), "
            f"thresholds {reply['thresholds']}",
            file=sys.stderr,
        )
    return trained.summary()


def show(app: Any) -> dict[str, Any]:
    with app.sessions() as session:
        models: LiveModel = app.models
        return live_summary(session, models)


def parse_since(text: str | None, tz: Any) -> dt.datetime | None:
    if not text:
        return None
    try:
        day = dt.date.fromisoformat(text.strip())
    except ValueError:
        raise ModelError(f"--since: {text!r} is not a date YYYY-MM-DD") from None
    return dt.datetime.combine(day, dt.time(), tzinfo=tz)


def report_for(app: Any, since: str | None) -> dict[str, Any]:
    start = parse_since(since, app.settings.tz)
    with app.sessions() as session:
        return report(session, start, app.clock.now())
