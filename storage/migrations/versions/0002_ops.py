"""service heartbeats: shell commands leave delivery to a running service

Revision ID: 0002_ops
Revises: 0001
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002_ops"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "service_heartbeats",
        sa.Column("worker", sa.String(length=200), nullable=False),
        sa.Column("host", sa.String(length=200), nullable=False),
        sa.Column("pid", sa.Integer(), nullable=False),
        sa.Column("started_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("beat_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("worker", name=op.f("pk_service_heartbeats")),
    )
    op.create_index(op.f("ix_service_heartbeats_beat_at"), "service_heartbeats", ["beat_at"], unique=False)


def downgrade() -> None:
    op.drop_index(op.f("ix_service_heartbeats_beat_at"), table_name="service_heartbeats")
    op.drop_table("service_heartbeats")
