"""Every field a client may have written, read whatever the kind (issue 8, item 1).

Dates and versions are read with the strictness each family of kinds needs (a bare future date
counts in a migration request, not in a support one). The handlers pick what their kind uses, so
a kind corrected by staff finds the not-before date and version the client wrote. Each reading is
done when first asked for: the kind's own fields for every mail, the others only when a request
is recorded.
"""

from __future__ import annotations

import datetime as dt
from functools import cached_property

from bot.understand.dates import DateMention, date_mentions, not_before_among
from bot.understand.money import cash_funded
from bot.understand.versions import target_version

SCHEDULED = frozenset({"migration", "test_platform"})
# Changes that take effect on a named day ("à partir du 1er janvier le responsable sera ...",
# "we add an aircraft from 1 December"): a start phrase gives their not-before date too.
DATED_CHANGES = frozenset({"owner_change", "contact_update", "resource_change"})


class Extracted:
    def __init__(self, subject_and_text: str, text: str, day: dt.date) -> None:
        self._all = subject_and_text
        self._text = text
        self._day = day

    @cached_property
    def _dates(self) -> list[DateMention]:
        """The dates of the text, read once for the three strictness variants below."""
        return date_mentions(self._all, self._day)

    @cached_property
    def not_before_any(self) -> dt.date | None:
        return not_before_among(self._dates, scheduled=False, migration=False)

    @cached_property
    def not_before_scheduled(self) -> dt.date | None:
        return not_before_among(self._dates, scheduled=True, migration=False)

    @cached_property
    def not_before_migration(self) -> dt.date | None:
        return not_before_among(self._dates, scheduled=True, migration=True)

    @cached_property
    def target_version(self) -> str | None:
        return target_version(self._all)

    @cached_property
    def test_platform_version(self) -> str | None:
        return target_version(self._all, test_platform=True)

    @cached_property
    def cash_funded(self) -> bool:
        return cash_funded(self._text)

    def not_before_for(self, kind: str) -> dt.date | None:
        if kind == "migration":
            return self.not_before_migration
        return self.not_before_scheduled if kind in SCHEDULED | DATED_CHANGES else self.not_before_any

    def target_version_for(self, kind: str) -> str | None:
        if kind == "test_platform":
            return self.test_platform_version
        return self.target_version if kind in SCHEDULED else None

    @staticmethod
    def _iso(value: dt.date | None) -> str | None:
        return value.isoformat() if value else None

    def to_json(self) -> dict[str, object]:
        """Every variant, for the prediction record (a later kind correction reads it back)."""
        return {
            "not_before_any": self._iso(self.not_before_any),
            "not_before_scheduled": self._iso(self.not_before_scheduled),
            "not_before_migration": self._iso(self.not_before_migration),
            "target_version": self.target_version,
            "test_platform_version": self.test_platform_version,
            "cash_funded": self.cash_funded,
        }
