"""Build the labelled corpus set ``b`` (French-speaking clubs, gliding and ULM clubs, schools that are
companies; many mails from ordinary addresses) into ``corpus/train/b`` and ``corpus/sealed/b``.

Run: ``python3 corpus/make_b.py``. The builder, its block format and its keys are in ``builder.py``;
the messages are hand-written data in the ``b_*.py`` modules beside this script, our quoted messages in
``b_ours.py`` and the clients in ``b_clients.py``. Each batch is split 75/25 train/sealed, stratified.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import b_clients
import b_ours
import builder

SET_B = builder.SetSpec(
    letter="b",
    # Batches in the order they were written. A batch's messages are named and split among themselves,
    # so that a later batch never moves a message of an earlier one between train and sealed.
    batches=(
        (
            "b_support",
            "b_migration",
            "b_suppressed",
            "b_kinds1",
            "b_kinds2",
            "b_kinds3",
            "b_replies",
            "b_replies2",
        ),
        ("b_extra",),
    ),
    seed=20261201,
    ours=b_ours.message,
    clients=b_clients.ROWS,
    split="stratified",
)

if __name__ == "__main__":
    builder.main(SET_B)
