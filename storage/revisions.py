"""The migrations shipped with the code, read without Alembic.

Every command checks the schema before it runs (:mod:`storage.schema`); importing Alembic and
walking its script directory for that cost a tenth of a second on each ``ofbot staff ...``.
The check needs only two sets: every revision id we ship, and the heads (ids no other revision
names as its parent). Both are read here from the ``revision`` and ``down_revision`` assignments
of the version files, with :mod:`ast` (the files are never imported). A test compares the answer
with Alembic's own ``ScriptDirectory``, so a migration Alembic reads differently is caught.
"""

from __future__ import annotations

import ast
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path


@dataclass(frozen=True)
class Revisions:
    known: frozenset[str]
    heads: frozenset[str]


def versions_folder() -> Path:
    return Path(str(resources.files("storage").joinpath("migrations", "versions")))


def _assigned(tree: ast.Module) -> dict[str, object]:
    """Top-level ``name = literal`` (or ``name: type = literal``) assignments of a version file."""
    found: dict[str, object] = {}
    for node in tree.body:
        if isinstance(node, ast.Assign) and len(node.targets) == 1:
            target, value = node.targets[0], node.value
        elif isinstance(node, ast.AnnAssign) and node.value is not None:
            target, value = node.target, node.value
        else:
            continue
        if isinstance(target, ast.Name) and target.id in ("revision", "down_revision"):
            found[target.id] = ast.literal_eval(value)
    return found


def _parents(value: object) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        return (value,)
    if isinstance(value, tuple | list) and all(isinstance(v, str) for v in value):
        return tuple(value)
    raise ValueError(f"down_revision {value!r} is not a revision id or a tuple of them")


@cache
def shipped_revisions(folder: Path | None = None) -> Revisions:
    """Every revision id in the versions folder, and the heads among them."""
    known: set[str] = set()
    parents: set[str] = set()
    for path in sorted((folder or versions_folder()).glob("*.py")):
        if path.name.startswith("__"):
            continue
        values = _assigned(ast.parse(path.read_text(encoding="utf-8"), str(path)))
        revision = values.get("revision")
        if not isinstance(revision, str):
            continue  # not a migration (Alembic ignores it too)
        known.add(revision)
        parents.update(_parents(values.get("down_revision")))
    return Revisions(frozenset(known), frozenset(known - parents))
