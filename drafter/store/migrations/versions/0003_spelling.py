"""Spelling: the organisation dictionary, and words ignored in a statement.

Revision ID: 0003
Revises: 0002
Create Date: 2024-08-01

Written out by hand, like 0001 and 0002, so it stays what it was when later
migrations change the tables. Portable SQL only. The new column on
``statements`` is nullable and added in place (no batch copy of the table on
SQLite), as in 0002.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision: str | None = "0002"
branch_labels: str | None = None
depends_on: str | None = None

_LOGIN = 200


def upgrade() -> None:
    op.create_table(
        "dictionary_words",
        sa.Column("id", sa.Integer, nullable=False),
        sa.Column("language", sa.String(35), nullable=False),
        sa.Column("word", sa.String(64), nullable=False),
        sa.Column("added_by", sa.String(_LOGIN), nullable=False),
        sa.Column("added_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_dictionary_words"),
        sa.UniqueConstraint("language", "word", name="uq_dictionary_words_language_word"),
    )
    op.add_column("statements", sa.Column("spelling_ignored", sa.Text, nullable=True))


def downgrade() -> None:
    # SQLite (3.35 and later) and PostgreSQL both drop a column in place.
    op.drop_column("statements", "spelling_ignored")
    op.drop_table("dictionary_words")
