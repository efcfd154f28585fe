"""Comments on a statement: on a phrase, with an optional suggested replacement; replies; resolving.

A comment keeps the phrase it was made on and where it stood, so the panel
can find the phrase again after edits (``core.anchors``). Adding, replying
and resolving are recorded in the audit log in the same transaction.
"""

from __future__ import annotations

import builtins
from typing import TYPE_CHECKING, Any

import sqlalchemy as sa

from drafter.core.errors import DrafterError, NotFoundError
from drafter.store.records import Comment
from drafter.store.schema import comments, inserted_id, revisions, statements
from drafter.store.statements import clean_actor

if TYPE_CHECKING:
    from drafter.store.database import Workspace

BODY_MAX = 10_000


def _to_comment(row: Any) -> Comment:
    return Comment(row.id, row.statement_id, row.number, row.parent_id, row.anchor_quote, row.anchor_start,
                   row.anchor_end, row.author, row.body, row.suggested_replacement, bool(row.resolved),
                   row.created_at)


def _clean_body(body: str) -> str:
    body = body.strip()
    if not body:
        raise DrafterError("Write the comment first: it is empty.")
    if len(body) > BODY_MAX:
        raise DrafterError(f"Keep a comment under {BODY_MAX:,} characters.")
    return body


class CommentStore:
    def __init__(self, workspace: Workspace) -> None:
        self._workspace = workspace

    def list(self, statement_id: int) -> builtins.list[Comment]:
        """The statement's comments and replies, oldest first."""
        query = (sa.select(comments, revisions.c.number)
                 .outerjoin(revisions, comments.c.revision_id == revisions.c.id)
                 .where(comments.c.statement_id == statement_id).order_by(comments.c.id))
        with self._workspace.read() as conn:
            return [_to_comment(row) for row in conn.execute(query)]

    def add(self, statement_id: int, *, actor: str, body: str, quote: str, start: int, end: int,
            suggestion: str | None = None, revision: int | None = None) -> Comment:
        """Comment on ``quote``, which stood at ``start:end`` of the text the commenter saw."""
        actor = clean_actor(actor)
        body = _clean_body(body)
        if not quote.strip() or not 0 <= start < end:
            raise DrafterError("Select the words the comment is about first.")
        with self._workspace.write() as conn:
            if conn.scalar(sa.select(statements.c.id).where(statements.c.id == statement_id)) is None:
                raise NotFoundError(f"There is no statement {statement_id}.")
            revision_id = None
            if revision is not None:
                revision_id = conn.scalar(sa.select(revisions.c.id).where(
                    revisions.c.statement_id == statement_id, revisions.c.number == revision))
                if revision_id is None:
                    raise NotFoundError(f"Statement {statement_id} has no revision {revision}.")
            result = conn.execute(comments.insert().values(
                statement_id=statement_id, revision_id=revision_id, parent_id=None, anchor_quote=quote,
                anchor_start=start, anchor_end=end, author=actor, body=body,
                suggested_replacement=suggestion, resolved=False, created_at=self._workspace.now()))
            comment_id = inserted_id(result)
            self._workspace.audit.append(conn, actor=actor, action="commented", statement_id=statement_id,
                                         details={"comment": comment_id, "quote": quote, "note": body,
                                                  "suggestion": suggestion, "revision": revision})
        return self.get(comment_id)

    def reply(self, comment_id: int, *, actor: str, body: str) -> Comment:
        actor = clean_actor(actor)
        body = _clean_body(body)
        with self._workspace.write() as conn:
            parent = conn.execute(sa.select(comments).where(comments.c.id == comment_id)).one_or_none()
            if parent is None:
                raise NotFoundError(f"There is no comment {comment_id}.")
            root = parent.parent_id or parent.id  # replies hang off the first comment
            result = conn.execute(comments.insert().values(
                statement_id=parent.statement_id, revision_id=parent.revision_id, parent_id=root,
                author=actor, body=body, resolved=False, created_at=self._workspace.now()))
            reply_id = inserted_id(result)
            self._workspace.audit.append(conn, actor=actor, action="comment_replied",
                                         statement_id=parent.statement_id,
                                         details={"comment": root, "reply": reply_id, "note": body})
        return self.get(reply_id)

    def resolve(self, comment_id: int, *, actor: str) -> bool:
        """Mark a comment (and so its thread) resolved; False if it was already."""
        actor = clean_actor(actor)
        with self._workspace.write() as conn:
            row = conn.execute(sa.select(comments).where(comments.c.id == comment_id)).one_or_none()
            if row is None:
                raise NotFoundError(f"There is no comment {comment_id}.")
            if row.resolved:
                return False
            conn.execute(comments.update().where(comments.c.id == comment_id).values(resolved=True))
            self._workspace.audit.append(conn, actor=actor, action="comment_resolved",
                                         statement_id=row.statement_id, details={"comment": comment_id})
            return True

    def get(self, comment_id: int) -> Comment:
        query = (sa.select(comments, revisions.c.number)
                 .outerjoin(revisions, comments.c.revision_id == revisions.c.id)
                 .where(comments.c.id == comment_id))
        with self._workspace.read() as conn:
            row = conn.execute(query).one_or_none()
        if row is None:
            raise NotFoundError(f"There is no comment {comment_id}.")
        return _to_comment(row)
