"""Indexes for the staff reads: the queue in service order without a sort of every open request.

Why: ``staff queue`` orders the open requests cash-funded first, then by arrival
(``bot.staff.listing.SERVICE_ORDER``); with this index the database reads them in that order
instead of sorting the whole table on every call; ``state`` is in the index so that closed
requests are skipped without reading their rows (most requests of a desk that has run for years).

Revision ID: 0004
Revises: 0003
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index(
        "ix_requests_service_order",
        "requests",
        [sa.text("cash_funded DESC"), "received_at", "id", "state"],
        unique=False,
    )


def downgrade() -> None:
    op.drop_index("ix_requests_service_order", table_name="requests")
