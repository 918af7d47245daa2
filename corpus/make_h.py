"""Build the sealed labelled corpus set ``h`` into ``corpus/sealed/h`` (all of it; set ``h`` has no
train part: it measures understanding and is never used to train or tune).

Written by two team members who had not read the classifier: first contacts in French and English
(``h_kinds_fr.py``, ``h_kinds_en.py``, clients ``h_clients_k.py``: every kind, strangers and
prospects, auto-replies and bounces) and client replies to our messages (``h_replies_fr.py``,
``h_replies_en.py``, clients ``h_clients_r.py``), which answer set f's messages (``f_ours.py``).

Run: ``python3 corpus/make_h.py``. The builder, its block format and its keys are in ``builder.py``.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import builder
import f_ours
import h_clients_k
import h_clients_r

SET_H = builder.SetSpec(
    letter="h",
    batches=(("h_kinds_fr", "h_kinds_en", "h_replies_fr", "h_replies_en"),),
    seed=20261203,
    ours=f_ours.message,
    clients=h_clients_k.ROWS + "\n" + h_clients_r.ROWS,
    split="sealed",
    # Every hash salted with the set's letter: idents recur from set to set, and two sets must not
    # give their messages the same Message-ID or date.
    salt=("set-h",),
    quote_above=True,
)

if __name__ == "__main__":
    builder.main(SET_H)
