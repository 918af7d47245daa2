"""Build the labelled training set ``i`` into ``corpus/train/i`` (every message there: no sealed part).

Set i, like set f, is made only of client replies to our messages (acceptances, refusals and
questions), written by two team members who had not read the classifier, with the emphasis on the
range of registers and writers (formal letters, two-word answers, a secretary writing for the
president, the decision in the subject line, a story before the decision): French (France,
overseas, Belgium, Switzerland, Québec, Luxembourg, Monaco; ``i_replies_fr1.py``, clients
``i_clients_fr.py``) and English from the UK, Ireland and continental Europe
(``i_replies_en1.py``, clients ``i_clients_en.py``). The messages they answer are set f's (``f_ours.py``).

Run: ``python3 corpus/make_i.py``. The builder, its block format and its keys are in ``builder.py``.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import builder
import f_ours
import i_clients_en
import i_clients_fr

SET_I = builder.SetSpec(
    letter="i",
    batches=(("i_replies_fr1", "i_replies_en1"),),
    seed=20261204,
    ours=f_ours.message,
    clients=i_clients_fr.ROWS + "\n" + i_clients_en.ROWS,
    split="train",
    mid_salt=("set-i",),  # salted: idents recur from set to set
    quote_above=True,
)

if __name__ == "__main__":
    builder.main(SET_I)
