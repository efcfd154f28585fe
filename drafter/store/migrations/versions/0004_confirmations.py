"""Drafting checks: findings someone confirmed with a reason (personal data released on purpose).

Revision ID: 0004
Revises: 0003
Create Date: 2024-09-01

Written out by hand, like the migrations before it. Portable SQL only.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision: str | None = "0003"
branch_labels: str | None = None
depends_on: str | None = None

_LOGIN = 200


def upgrade() -> None:
    op.create_table(
        "finding_confirmations",
        sa.Column("id", sa.Integer, nullable=False),
        sa.Column("statement_id", sa.Integer, nullable=False),
        sa.Column("finding_key", sa.String(500), nullable=False),
        sa.Column("check_id", sa.String(64), nullable=False),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("reason", sa.Text, nullable=False),
        sa.Column("confirmed_by", sa.String(_LOGIN), nullable=False),
        sa.Column("confirmed_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_finding_confirmations"),
        sa.ForeignKeyConstraint(
            ["statement_id"], ["statements.id"], name="fk_finding_confirmations_statement_id_statements"
        ),
        sa.UniqueConstraint(
            "statement_id", "finding_key", name="uq_finding_confirmations_statement_id_finding_key"
        ),
    )


def downgrade() -> None:
    op.drop_table("finding_confirmations")
