"""The states of a database's schema against the code's migrations, without SQLAlchemy.

:mod:`storage.schema` checks through SQLAlchemy, :mod:`storage.lightdb` with plain DB-API
queries (the fast staff listings); both compare the stored revisions here, the same way.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass

from storage.revisions import shipped_revisions


class SchemaState(enum.Enum):
    MISSING = "missing"  # no SQLite file
    EMPTY = "empty"  # reachable, no tables of ours
    OLDER = "older"  # migrations to apply
    CURRENT = "current"
    NEWER = "newer"  # revisions this code does not know: the program is older than the data


@dataclass(frozen=True)
class SchemaCheck:
    state: SchemaState
    url: str  # the URL as shown to a person (no password)

    @property
    def ok(self) -> bool:
        return self.state is SchemaState.CURRENT

    def sentence(self) -> str:
        """What is wrong and what to run, in one sentence."""
        if self.state is SchemaState.MISSING:
            return (
                f"no database at {self.url}: run `ofbot init` to create it, or point --config, "
                "OFBOT_CONFIG or --db at the existing one"
            )
        if self.state is SchemaState.EMPTY:
            return f"the database at {self.url} has no ofbot tables: run `ofbot init` to create them"
        if self.state is SchemaState.OLDER:
            return f"the database at {self.url} has an older schema: run `ofbot migrate` to upgrade it"
        if self.state is SchemaState.NEWER:
            return (
                f"the database at {self.url} has a newer schema than this version of ofbot: "
                "upgrade ofbot before using it"
            )
        return f"the database at {self.url} is ready"


def classify(current: set[str]) -> SchemaState:
    """The state of a database whose ``alembic_version`` table holds ``current``."""
    shipped = shipped_revisions()
    if not current:
        return SchemaState.EMPTY
    if current - shipped.known:
        return SchemaState.NEWER
    if current != shipped.heads:
        return SchemaState.OLDER
    return SchemaState.CURRENT
