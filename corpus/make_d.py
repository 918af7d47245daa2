"""Build the labelled training set ``d`` into ``corpus/train/d`` (every message there: no sealed part).

Set d is weighted towards the replies to our messages (confirm, refuse, question, in French and English)
and towards the kinds that clients mix up: renewal, hours statement, resource change, test platform,
change of the person in charge, record update and "other". Its clubs are its own (``d_clients.py``).

Run: ``python3 corpus/make_d.py``. The builder, its block format and its keys are in ``builder.py``;
set d allows ``qpos: above`` (our quoted message above the reply instead of below it), and the
messages we quote come from ``d_ours.py`` (set b's, plus an estimate beyond the bonus hours, the
alpha/beta terms, a pooled development and the set-up package).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import builder
import d_clients
import d_ours

SET_D = builder.SetSpec(
    letter="d",
    # Batches in the order they were written; messages are numbered batch after batch, so a later batch
    # never renames a message of an earlier one (the replies were published first).
    batches=(
        ("d_replies_fr", "d_replies_fr2", "d_replies_en"),
        ("d_kinds_a", "d_kinds_b", "d_kinds_c", "d_kinds_en", "d_suppressed"),
    ),
    seed=20261415,
    ours=d_ours.message,
    clients=d_clients.ROWS,
    split="train",
    mid_salt=("set-d",),  # salted: idents recur from set to set
    quote_above=True,
)

if __name__ == "__main__":
    builder.main(SET_D)
