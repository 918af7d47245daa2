"""Build the sealed labelled corpus set ``l`` into ``corpus/sealed/l`` (all of it; set ``l`` has no
train part: it measures understanding and is never used to train or tune).

Client replies to our messages (acceptances, refusals and questions), written by two team members
who had not read the classifier, after the reply reader's changes of 2 December 2026, to measure
them on phrasing nobody had seen: French (``l_replies_fr.py``, clients ``l_clients_fr.py``) and
English (``l_replies_en.py``, clients ``l_clients_en.py``). The messages they answer are set f's
(``f_ours.py``).

Run: ``python3 corpus/make_l.py``. The builder, its block format and its keys are in ``builder.py``.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import builder
import f_ours
import l_clients_en
import l_clients_fr

SET_L = builder.SetSpec(
    letter="l",
    batches=(("l_replies_fr", "l_replies_en"),),
    seed=20261207,
    ours=f_ours.message,
    clients=l_clients_fr.ROWS + "\n" + l_clients_en.ROWS,
    split="sealed",
    # Every hash salted with the set's letter: idents recur from set to set, and two sets must not
    # give their messages the same Message-ID or date.
    salt=("set-l",),
    quote_above=True,
)

if __name__ == "__main__":
    builder.main(SET_L)
