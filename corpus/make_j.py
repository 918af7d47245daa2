"""Build the sealed labelled corpus set ``j`` into ``corpus/sealed/j`` (all of it; set ``j`` has no
train part: it measures understanding and is never used to train or tune).

Client replies to our messages (``j_replies_fr.py``, ``j_replies_en.py``, clients ``j_clients.py``),
written by a team member who had not read the classifier; they answer set f's messages
(``f_ours.py``).

Run: ``python3 corpus/make_j.py``. The builder, its block format and its keys are in ``builder.py``.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import builder
import f_ours
import j_clients

SET_J = builder.SetSpec(
    letter="j",
    batches=(("j_replies_fr", "j_replies_en"),),
    seed=20261205,
    ours=f_ours.message,
    clients=j_clients.ROWS,
    split="sealed",
    # Every hash salted with the set's letter: idents recur from set to set, and two sets must not
    # give their messages the same Message-ID or date.
    salt=("set-j",),
    quote_above=True,
)

if __name__ == "__main__":
    builder.main(SET_J)
