"""Build the labelled training set ``g`` into ``corpus/train/g`` (every message there: no sealed part).

Set g, like set f, is made only of client replies to our messages (acceptances, refusals and
questions), written by two team members who had not read the classifier: French (France, overseas,
Belgium, Switzerland, Québec; ``g_replies_fr1.py``, clients ``g_clients_fr.py``) and English (UK,
Ireland, Germany, the Netherlands, the Nordic countries, Malta, Luxembourg; ``g_replies_en1.py``,
clients ``g_clients_en.py``). The messages they answer are set f's (``f_ours.py``).

Run: ``python3 corpus/make_g.py``. The builder, its block format and its keys are in ``builder.py``.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import builder
import f_ours
import g_clients_en
import g_clients_fr

SET_G = builder.SetSpec(
    letter="g",
    batches=(("g_replies_fr1", "g_replies_en1"),),
    seed=20261202,
    ours=f_ours.message,
    clients=g_clients_fr.ROWS + "\n" + g_clients_en.ROWS,
    split="train",
    mid_salt=("set-g",),  # salted: idents recur from set to set
    quote_above=True,
)

if __name__ == "__main__":
    builder.main(SET_G)
