"""The first workspace schema: people, statements and their whole life.

Revision ID: 0001
Revises:
Create Date: 2024-06-01

Written out by hand (not imported from ``drafter.store.schema``) so that this
migration stays exactly what it was when later ones change the tables.
Portable SQL only: the same file creates a PostgreSQL team workspace.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision: str | None = None
branch_labels: str | None = None
depends_on: str | None = None

_LOGIN = 200


def _when(name: str, *, nullable: bool = False) -> sa.Column[object]:
    return sa.Column(name, sa.DateTime(timezone=True), nullable=nullable)


def upgrade() -> None:
    op.create_table(
        "people",
        sa.Column("id", sa.Integer, nullable=False),
        sa.Column("login", sa.String(_LOGIN), nullable=False),
        sa.Column("display_name", sa.String(_LOGIN), nullable=False),
        _when("created_at"),
        sa.PrimaryKeyConstraint("id", name="pk_people"),
        sa.UniqueConstraint("login", name="uq_people_login"),
    )
    op.create_table(
        "person_roles",
        sa.Column("person_id", sa.Integer, nullable=False),
        sa.Column("role", sa.String(32), nullable=False),
        sa.PrimaryKeyConstraint("person_id", "role", name="pk_person_roles"),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["people.id"],
            name="fk_person_roles_person_id_people",
            ondelete="CASCADE",
        ),
    )
    op.create_table(
        "statements",
        sa.Column("id", sa.Integer, nullable=False),
        sa.Column("title", sa.String(300), nullable=False),
        sa.Column("language", sa.String(35), nullable=False),
        sa.Column("template_id", sa.String(200), nullable=True),
        sa.Column("fields", sa.Text, nullable=False),
        sa.Column("status", sa.String(32), nullable=False),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("version", sa.Integer, nullable=False),
        sa.Column("created_by", sa.String(_LOGIN), nullable=False),
        _when("created_at"),
        sa.Column("updated_by", sa.String(_LOGIN), nullable=False),
        _when("updated_at"),
        _when("trashed_at", nullable=True),
        sa.PrimaryKeyConstraint("id", name="pk_statements"),
    )
    op.create_index("ix_statements_updated_at", "statements", ["updated_at"])
    op.create_index("ix_statements_status", "statements", ["status"])
    op.create_table(
        "revisions",
        sa.Column("id", sa.Integer, nullable=False),
        sa.Column("statement_id", sa.Integer, nullable=False),
        sa.Column("number", sa.Integer, nullable=False),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("sha256", sa.String(64), nullable=False),
        sa.Column("author", sa.String(_LOGIN), nullable=False),
        _when("created_at"),
        sa.Column("note", sa.Text, nullable=True),
        sa.PrimaryKeyConstraint("id", name="pk_revisions"),
        sa.ForeignKeyConstraint(
            ["statement_id"], ["statements.id"], name="fk_revisions_statement_id_statements"
        ),
        sa.UniqueConstraint("statement_id", "number", name="uq_revisions_statement_id_number"),
    )
    op.create_table(
        "comments",
        sa.Column("id", sa.Integer, nullable=False),
        sa.Column("statement_id", sa.Integer, nullable=False),
        sa.Column("revision_id", sa.Integer, nullable=True),
        sa.Column("parent_id", sa.Integer, nullable=True),
        sa.Column("anchor_quote", sa.Text, nullable=True),
        sa.Column("anchor_start", sa.Integer, nullable=True),
        sa.Column("anchor_end", sa.Integer, nullable=True),
        sa.Column("author", sa.String(_LOGIN), nullable=False),
        sa.Column("body", sa.Text, nullable=False),
        sa.Column("suggested_replacement", sa.Text, nullable=True),
        sa.Column("resolved", sa.Boolean, nullable=False, server_default=sa.false()),
        _when("created_at"),
        sa.PrimaryKeyConstraint("id", name="pk_comments"),
        sa.ForeignKeyConstraint(
            ["statement_id"], ["statements.id"], name="fk_comments_statement_id_statements"
        ),
        sa.ForeignKeyConstraint(
            ["revision_id"], ["revisions.id"], name="fk_comments_revision_id_revisions"
        ),
        sa.ForeignKeyConstraint(
            ["parent_id"], ["comments.id"], name="fk_comments_parent_id_comments"
        ),
    )
    op.create_index("ix_comments_statement_id", "comments", ["statement_id"])
    op.create_table(
        "reviews",
        sa.Column("id", sa.Integer, nullable=False),
        sa.Column("statement_id", sa.Integer, nullable=False),
        sa.Column("revision_id", sa.Integer, nullable=False),
        sa.Column("stage", sa.Integer, nullable=False),
        sa.Column("reviewer", sa.String(_LOGIN), nullable=False),
        sa.Column("decision", sa.String(32), nullable=False),
        sa.Column("sha256_seen", sa.String(64), nullable=False),
        sa.Column("self_approval", sa.Boolean, nullable=False, server_default=sa.false()),
        sa.Column("note", sa.Text, nullable=True),
        _when("created_at"),
        sa.Column("superseded", sa.Boolean, nullable=False, server_default=sa.false()),
        sa.PrimaryKeyConstraint("id", name="pk_reviews"),
        sa.ForeignKeyConstraint(
            ["statement_id"], ["statements.id"], name="fk_reviews_statement_id_statements"
        ),
        sa.ForeignKeyConstraint(
            ["revision_id"], ["revisions.id"], name="fk_reviews_revision_id_revisions"
        ),
    )
    op.create_index("ix_reviews_statement_id", "reviews", ["statement_id"])
    op.create_table(
        "audit_events",
        sa.Column("sequence", sa.Integer, autoincrement=False, nullable=False),
        _when("occurred_at"),
        sa.Column("actor", sa.String(_LOGIN), nullable=False),
        sa.Column("action", sa.String(64), nullable=False),
        sa.Column("statement_id", sa.Integer, nullable=True),
        sa.Column("details", sa.Text, nullable=False),
        sa.Column("prev_hash", sa.String(64), nullable=False),
        sa.Column("hash", sa.String(64), nullable=False),
        sa.PrimaryKeyConstraint("sequence", name="pk_audit_events"),
        sa.UniqueConstraint("hash", name="uq_audit_events_hash"),
    )
    op.create_index("ix_audit_events_statement_id", "audit_events", ["statement_id"])
    op.create_table(
        "settings",
        sa.Column("key", sa.String(200), nullable=False),
        sa.Column("value", sa.Text, nullable=False),
        sa.PrimaryKeyConstraint("key", name="pk_settings"),
    )


def downgrade() -> None:
    for index, table in (
        ("ix_audit_events_statement_id", "audit_events"),
        ("ix_reviews_statement_id", "reviews"),
        ("ix_comments_statement_id", "comments"),
        ("ix_statements_status", "statements"),
        ("ix_statements_updated_at", "statements"),
    ):
        op.drop_index(index, table_name=table)
    for table in (
        "settings",
        "audit_events",
        "reviews",
        "comments",
        "revisions",
        "statements",
        "person_roles",
        "people",
    ):
        op.drop_table(table)
