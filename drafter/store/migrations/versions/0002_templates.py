"""Templates: team templates, snippets, and what a statement was made from.

Revision ID: 0002
Revises: 0001
Create Date: 2024-07-01

Written out by hand, like 0001, so it stays what it was when later
migrations change the tables. Portable SQL only. The new column on
``statements`` is added with a plain ``ALTER TABLE … ADD COLUMN`` (no batch
copy of the table on SQLite): other tables refer to statements' ids, and a
nullable column needs nothing more.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision: str | None = "0001"
branch_labels: str | None = None
depends_on: str | None = None

_LOGIN = 200


def _when(name: str) -> sa.Column[object]:
    return sa.Column(name, sa.DateTime(timezone=True), nullable=False)


def _authorship() -> list[sa.Column[object]]:
    return [
        sa.Column("created_by", sa.String(_LOGIN), nullable=False),
        _when("created_at"),
        sa.Column("updated_by", sa.String(_LOGIN), nullable=False),
        _when("updated_at"),
    ]


def upgrade() -> None:
    op.create_table(
        "team_templates",
        sa.Column("id", sa.String(200), nullable=False),
        sa.Column("source", sa.Text, nullable=False),
        *_authorship(),
        sa.PrimaryKeyConstraint("id", name="pk_team_templates"),
    )
    op.create_table(
        "snippets",
        sa.Column("id", sa.Integer, nullable=False),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("trigger", sa.String(64), nullable=True),
        sa.Column("body", sa.Text, nullable=False),
        *_authorship(),
        sa.PrimaryKeyConstraint("id", name="pk_snippets"),
        sa.UniqueConstraint("name", name="uq_snippets_name"),
        sa.UniqueConstraint("trigger", name="uq_snippets_trigger"),
    )
    op.add_column("statements", sa.Column("template_snapshot", sa.Text, nullable=True))


def downgrade() -> None:
    # SQLite (3.35 and later) and PostgreSQL both drop a column in place.
    op.drop_column("statements", "template_snapshot")
    op.drop_table("snippets")
    op.drop_table("team_templates")
