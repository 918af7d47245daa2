"""Build the labelled training set ``m`` into ``corpus/train/m`` (every message there: no sealed part).

Client replies to our messages (acceptances, refusals and questions) as they come into a support
mailbox over a season: many short plain answers, and the yes with its context, its wish or its
P.S., decisions taken at a meeting, refusals because the problem went away. Written by two team
members who had not read the classifier: French (``m_replies_fr.py``, clients ``m_clients_fr.py``)
and English (``m_replies_en.py``, clients ``m_clients_en.py``). The messages they answer are set f's
(``f_ours.py``). Six replies the writers labelled ``confirm`` carry a question beside the yes; they
are labelled ``question``, as the rule for replies says (a question is never a plain confirmation).

Run: ``python3 corpus/make_m.py``. The builder, its block format and its keys are in ``builder.py``.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import builder
import f_ours
import m_clients_en
import m_clients_fr

SET_M = builder.SetSpec(
    letter="m",
    batches=(("m_replies_fr", "m_replies_en"),),
    seed=20261208,
    ours=f_ours.message,
    clients=m_clients_fr.ROWS + "\n" + m_clients_en.ROWS,
    split="train",
    mid_salt=("set-m",),  # salted: idents recur from set to set
    quote_above=True,
)

if __name__ == "__main__":
    builder.main(SET_M)
