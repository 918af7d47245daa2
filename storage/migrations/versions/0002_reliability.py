"""leases and worker names for several workers; an indexed daily cap per request kind; loops

Revision ID: 0002_reliability
Revises: 0001
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002_reliability"
down_revision = "0001"
branch_labels = None
depends_on = None

_LEASED = ("messages", "outbox", "staff_notifications")


def upgrade() -> None:
    for table in _LEASED:
        op.add_column(table, sa.Column("lease_until", sa.DateTime(timezone=True), nullable=True))
        op.add_column(table, sa.Column("claimed_by", sa.String(length=120), nullable=True))
    op.add_column("messages", sa.Column("worker", sa.String(length=120), nullable=True))
    op.add_column("messages", sa.Column("fingerprint", sa.String(length=64), nullable=True))
    op.add_column("messages", sa.Column("claims", sa.Integer(), nullable=False, server_default="0"))
    op.create_index("ix_messages_sender", "messages", ["from_addr", "received_at"])
    op.create_table(
        "sender_loops",
        sa.Column("address", sa.String(length=254), nullable=False),
        sa.Column("first_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("last_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("count", sa.Integer(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("address", name=op.f("pk_sender_loops")),
    )
    op.add_column("request_events", sa.Column("worker", sa.String(length=120), nullable=True))
    op.add_column("outbox", sa.Column("auto_kind", sa.String(length=24), nullable=True))
    op.create_index("ix_outbox_cap", "outbox", ["to_addr", "auto_kind", "created_at"])
    op.create_index("ix_outbox_due", "outbox", ["state", "next_attempt_at"])
    op.create_index("ix_staff_notifications_due", "staff_notifications", ["state", "next_attempt_at"])


def downgrade() -> None:
    op.drop_index("ix_staff_notifications_due", table_name="staff_notifications")
    op.drop_index("ix_outbox_due", table_name="outbox")
    op.drop_index("ix_outbox_cap", table_name="outbox")
    op.drop_column("outbox", "auto_kind")
    op.drop_column("request_events", "worker")
    op.drop_table("sender_loops")
    op.drop_index("ix_messages_sender", table_name="messages")
    op.drop_column("messages", "claims")
    op.drop_column("messages", "fingerprint")
    op.drop_column("messages", "worker")
    for table in _LEASED:
        op.drop_column(table, "claimed_by")
        op.drop_column(table, "lease_until")
