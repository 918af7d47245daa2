"""staff desk: request owner, staff actions (idempotency), chat prompts, client contacts, flood

Revision ID: 0002_desk
Revises: 0001
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002_desk"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("requests", sa.Column("owner", sa.String(length=120), nullable=True))
    op.add_column("staff_notifications", sa.Column("sender", sa.String(length=254), nullable=True))
    op.add_column("staff_notifications", sa.Column("count", sa.Integer(), nullable=False, server_default="1"))
    op.add_column("staff_notifications", sa.Column("chat_message_id", sa.BigInteger(), nullable=True))
    op.add_column(
        "staff_notifications",
        sa.Column("quiet", sa.Boolean(), nullable=False, server_default=sa.false()),
    )
    op.create_index(op.f("ix_staff_notifications_sender"), "staff_notifications", ["sender"], unique=False)
    op.create_table(
        "staff_actions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("request_id", sa.Integer(), nullable=True),
        sa.Column("action", sa.String(length=40), nullable=False),
        sa.Column("args", sa.String(length=1000), nullable=False),
        sa.Column("actor", sa.String(length=120), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("result", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["request_id"], ["requests.id"], name=op.f("fk_staff_actions_request_id_requests")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_staff_actions")),
    )
    op.create_index("ix_staff_actions_request_at", "staff_actions", ["request_id", "at"], unique=False)
    op.create_table(
        "chat_prompts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("request_id", sa.Integer(), nullable=True),
        sa.Column("words", sa.Text(), nullable=False),
        sa.Column("actor", sa.String(length=120), nullable=False),
        sa.Column("state", sa.String(length=16), nullable=False),
        sa.Column("chat_message_id", sa.BigInteger(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["request_id"], ["requests.id"], name=op.f("fk_chat_prompts_request_id_requests")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_chat_prompts")),
    )
    op.create_index(op.f("ix_chat_prompts_request_id"), "chat_prompts", ["request_id"], unique=False)
    op.create_table(
        "client_contacts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("client_id", sa.Integer(), nullable=False),
        sa.Column("address", sa.String(length=254), nullable=False),
        sa.Column("actor", sa.String(length=120), nullable=False),
        sa.Column("added_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["client_id"], ["clients.id"], name=op.f("fk_client_contacts_client_id_clients")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_client_contacts")),
        sa.UniqueConstraint("client_id", "address", name=op.f("uq_client_contacts_client_id")),
    )
    op.create_index(op.f("ix_client_contacts_address"), "client_contacts", ["address"], unique=False)


def downgrade() -> None:
    op.drop_table("client_contacts")
    op.drop_table("chat_prompts")
    op.drop_index("ix_staff_actions_request_at", table_name="staff_actions")
    op.drop_table("staff_actions")
    op.drop_index(op.f("ix_staff_notifications_sender"), table_name="staff_notifications")
    with op.batch_alter_table("staff_notifications") as batch:
        batch.drop_column("quiet")
        batch.drop_column("chat_message_id")
        batch.drop_column("count")
        batch.drop_column("sender")
    with op.batch_alter_table("requests") as batch:
        batch.drop_column("owner")
