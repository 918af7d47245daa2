"""Build the sealed labelled corpus set ``c`` into ``corpus/sealed/c`` (all of it; set ``c`` has no train
part: it measures understanding and is never used to train or tune).

Run: ``python3 corpus/make_c.py``. The builder, its block format and its keys are in ``builder.py``;
the messages are hand-written data in the ``c_*.py`` modules beside this script, our quoted messages
come from ``b_ours.py`` and the clients from ``c_clients.py``.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import b_ours
import builder
import c_clients

SET_C = builder.SetSpec(
    letter="c",
    batches=(
        (
            "c_support",
            "c_migration",
            "c_kinds1",
            "c_kinds2",
            "c_kinds3",
            "c_replies_fr",
            "c_replies_en",
            "c_suppressed",
        ),
    ),
    seed=20270315,
    ours=b_ours.message,
    clients=c_clients.ROWS,
    split="sealed",
    # Every hash salted with the set's letter: idents such as "m01" recur from set to set, and two sets
    # must not give their messages the same Message-ID or date.
    salt=("set-c",),
    boundary_tag="b",  # the MIME boundaries of set c were written with set b's tag
)

if __name__ == "__main__":
    builder.main(SET_C)
