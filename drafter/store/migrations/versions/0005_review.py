"""Review: who wrote each revision, and whom its submitter asked to review it.

Revision ID: 0005
Revises: 0004
Create Date: 2024-10-01

Written out by hand, like the migrations before it. Portable SQL only; the
new columns are nullable and added in place.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision: str | None = "0004"
branch_labels: str | None = None
depends_on: str | None = None


def upgrade() -> None:
    op.add_column("revisions", sa.Column("authors", sa.Text, nullable=True))
    op.add_column("revisions", sa.Column("reviewers", sa.Text, nullable=True))


def downgrade() -> None:
    op.drop_column("revisions", "reviewers")
    op.drop_column("revisions", "authors")
