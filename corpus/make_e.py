"""Build the labelled training set ``e`` into ``corpus/train/e`` (every message there: no sealed part).

Set e is a broad training set of first contacts over all eleven kinds, weighted towards support,
migrations, development quotes and password resets, with the mail that is hard because it is natural:
long stories before the ask, two asks in one mail (the main one labelled, the other in ``also``), hours,
invoices, aircraft and dates mentioned in passing, forwarded member mail, HTML-only mail, French without
accents, Québec French, English from native and non-native writers. It also has replies to our messages
(confirm, refuse, question) and mail to suppress. Its clubs and schools are its own (``e_clients.py``).

Run: ``python3 corpus/make_e.py``. The builder, its block format and its keys are in ``builder.py``
(set e allows ``qpos: above`` and uses ``figs``). The messages we quote come from ``e_ours.py``.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import builder
import e_clients
import e_ours

SET_E = builder.SetSpec(
    letter="e",
    # Batches in the order they were written; messages are numbered batch after batch, so a later batch
    # never renames a message of an earlier one (the first batch was published first).
    batches=(
        ("e_replies_fr", "e_replies_en", "e_suppressed", "e_support", "e_migration"),
        ("e_quotes_resets", "e_kinds_fr", "e_kinds_fr2", "e_kinds_en"),
    ),
    seed=20270522,
    ours=e_ours.message,
    clients=e_clients.ROWS,
    split="train",
    mid_salt=("set-e",),  # salted: idents recur from set to set
    quote_above=True,
)

if __name__ == "__main__":
    builder.main(SET_E)
