"""Out-of-fold reply misses on the training sets, the way ``ofbot model train`` scores them.

    .venv/bin/python bench/reply_misses.py [SET ...]   # misses listed for the given sets (default all)

Folds grouped by set, thresholds chosen on the out-of-fold probabilities exactly as
``bot.learning.reply_train`` does; prints accuracy, wrong confirmations and wrong refusals per set,
for the rules alone and combined, and every combined miss with its reason. Never reads
``corpus/sealed``.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bot.learning.corpus import REPLY_INTENTS, corpus_replies, training_folders  # noqa: E402
from bot.learning.reply_train import _out_of_fold, choose_thresholds  # noqa: E402
from bot.understand.features import model_text  # noqa: E402
from bot.understand.replies import own_words, read_reply  # noqa: E402
from bot.understand.reply_reading import combine  # noqa: E402


def main(argv: list[str]) -> int:
    shown = set(argv)
    examples = sorted(corpus_replies(training_folders(ROOT)), key=lambda e: (e.source, e.intent, e.text))
    texts = [model_text("", own_words(e.text)) for e in examples]
    intents = [e.intent for e in examples]
    proba = _out_of_fold(texts, intents, [e.group for e in examples])
    rules = [read_reply(e.text) for e in examples]
    thresholds = choose_thresholds(proba, intents, [r.intent for r in rules], [r.cue for r in rules])
    print("thresholds", thresholds.to_json())
    tallies: dict[str, list[int]] = {}
    for example, reading, row in zip(examples, rules, proba, strict=True):
        probs = {intent: float(row[n]) for n, intent in enumerate(REPLY_INTENTS)}
        combined = combine(reading.intent, reading.cue, probs, thresholds)
        for key in (example.group, "all"):
            t = tallies.setdefault(key, [0] * 7)
            t[0] += 1
            t[1] += reading.intent == example.intent
            t[2] += reading.intent == "confirm" != example.intent
            t[3] += combined.intent == example.intent
            t[4] += combined.intent == "confirm" != example.intent
            t[5] += combined.intent == "refuse" != example.intent
            t[6] += reading.intent == "refuse" != example.intent
        if combined.intent != example.intent and (not shown or example.group in shown):
            print(
                f"-- {example.source}: truth {example.intent}, read {combined.intent}"
                f" (rules {reading.intent}/{reading.cue}; {combined.reason})"
            )
            print("   " + example.text.replace("\n", "\n   ")[:600])
    for key, t in sorted(tallies.items()):
        n = t[0]
        print(
            f"== {key}: {n} replies; rules {t[1]}/{n} {t[1] / n:.1%} (wrong confirm {t[2]}, wrong refuse {t[6]});"
            f" combined {t[3]}/{n} {t[3] / n:.1%} (wrong confirm {t[4]}, wrong refuse {t[5]})"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
