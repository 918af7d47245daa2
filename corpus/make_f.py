"""Build the labelled training set ``f`` into ``corpus/train/f`` (every message there: no sealed part).

Set f is made only of client replies to our messages: acceptances, refusals and questions, as
treasurers, presidents, chief instructors, secretaries and school managers write them. The messages
they answer (estimates with the hours balance, estimates beyond the balance, the First Price migration
fee, paid manual resets and e-mail updates, development quotes, test platform offers, migration terms
with a not-before date, alpha/beta terms, pooled-hours offers, set-up packages) come from ``f_ours.py``;
its clubs and schools are its own (``f_clients.py``). About 60 % French (France, overseas, Belgium,
Switzerland, Québec) and 40 % English (UK, Ireland, Germany, Netherlands).

Run: ``python3 corpus/make_f.py``. The builder, its block format and its keys are in ``builder.py``
(set f allows ``qpos: above`` and uses ``figs`` and ``noquote``).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import builder
import f_clients
import f_ours

SET_F = builder.SetSpec(
    letter="f",
    # Batches in the order they were written; messages are numbered batch after batch, so a later batch
    # never renames a message of an earlier one (the first batch was published first).
    batches=(
        ("f_replies_fr1", "f_replies_en1"),
        ("f_replies_fr2", "f_replies_en2"),
    ),
    seed=20261117,
    ours=f_ours.message,
    clients=f_clients.ROWS,
    split="train",
    mid_salt=("set-f",),  # salted: idents recur from set to set
    quote_above=True,
)

if __name__ == "__main__":
    builder.main(SET_F)
