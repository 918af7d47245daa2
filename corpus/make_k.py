"""Build the labelled training set ``k`` into ``corpus/train/k`` (every message there: no sealed part).

Set k, like set f, is made only of client replies to our messages (acceptances, refusals and
questions), written by two team members who had not read the classifier, with the emphasis on
replies that explain the situation around the decision (a yes with its reason, our terms restated,
a refusal in friendly words, the decision in the last sentence, a yes with a second request, a
writer who is not the one who decides): French (``k_replies_fr1.py``, clients ``k_clients_fr.py``)
and English (``k_replies_en1.py``, clients ``k_clients_en.py``). The messages they answer are set
f's (``f_ours.py``).

Run: ``python3 corpus/make_k.py``. The builder, its block format and its keys are in ``builder.py``.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import builder
import f_ours
import k_clients_en
import k_clients_fr

SET_K = builder.SetSpec(
    letter="k",
    batches=(("k_replies_fr1", "k_replies_en1"),),
    seed=20261206,
    ours=f_ours.message,
    clients=k_clients_fr.ROWS + "\n" + k_clients_en.ROWS,
    split="train",
    mid_salt=("set-k",),  # salted: idents recur from set to set
    quote_above=True,
)

if __name__ == "__main__":
    builder.main(SET_K)
