"""What this worker did since it started: the ``/metrics`` counters, labelled with its worker name.

Several workers share one database; a count of rows would give every worker the same totals. So
each process counts its own work, once the work is committed (a rolled-back or abandoned unit of
work counts nothing), the way Prometheus counters are meant: per process, from zero at start.
Database-wide figures (the backlog, the outbox) are gauges in :mod:`bot.metrics`.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass

# The contract's counter names, without the ``ofbot_`` prefix and the ``_total`` suffix.
COUNTERS = ("messages_stored", "messages_processed", "messages_quarantined", "auto_answers", "triage")


@dataclass
class Tally:
    """What one unit of work wrote that the counters follow (counted only once it commits)."""

    auto_answers: int = 0
    triage: int = 0


class WorkCounters:
    """Thread-safe counts of this process's committed work (the composition root owns one)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._values = dict.fromkeys(COUNTERS, 0)

    def add(self, name: str, amount: int = 1) -> None:
        if name not in self._values:
            raise KeyError(f"no counter {name!r}")
        with self._lock:
            self._values[name] += amount

    def committed(self, tally: Tally) -> None:
        with self._lock:
            self._values["auto_answers"] += tally.auto_answers
            self._values["triage"] += tally.triage

    def values(self) -> dict[str, int]:
        with self._lock:
            return dict(self._values)
