"""Counting right answers per field, with the misses named, for the accuracy tests."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Tally:
    right: int = 0
    total: int = 0
    misses: list[str] = field(default_factory=list)

    def add(self, name: str, expected: object, got: object) -> None:
        self.total += 1
        if expected == got:
            self.right += 1
        else:
            self.misses.append(f"{name}: expected {expected!r}, got {got!r}")

    @property
    def ratio(self) -> float:
        return self.right / self.total if self.total else 1.0
