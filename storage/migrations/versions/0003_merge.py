"""Join the five feature migrations that each started from 0001 into one head.

Why: with one head, the next schema change has a single parent to name, and ``alembic heads``
answers with one revision that every worker can compare against.

Revision ID: 0003
Revises: 0002_desk, 0002_domain, 0002_model, 0002_ops, 0002_reliability
"""

from __future__ import annotations

revision = "0003"
down_revision = ("0002_desk", "0002_domain", "0002_model", "0002_ops", "0002_reliability")
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Nothing to change: this revision only joins the branches."""


def downgrade() -> None:
    """Nothing to undo: this revision only joins the branches."""
