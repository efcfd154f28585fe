"""Findings confirmed with a reason, kept with their statement.

A personal-data finding (a telephone number, a name described as arrested)
stays until someone confirms that the statement names it on purpose and
says why. The confirmation is recorded under the finding's key (the check
and the words found), so it holds while the words stay, and in the audit
log in the same transaction.
"""

from __future__ import annotations

import builtins
from typing import TYPE_CHECKING

import sqlalchemy as sa
from sqlalchemy.exc import IntegrityError

from drafter.core.errors import DrafterError, NotFoundError
from drafter.store.records import Confirmation
from drafter.store.schema import FINDING_KEY_MAX, finding_confirmations, statements
from drafter.store.statements import clean_actor

if TYPE_CHECKING:
    from drafter.store.database import Workspace

REASON_MAX = 2000


class ConfirmationStore:
    def __init__(self, workspace: Workspace) -> None:
        self._workspace = workspace

    def list(self, statement_id: int) -> builtins.list[Confirmation]:
        """The statement's confirmations, oldest first."""
        query = (
            sa.select(finding_confirmations)
            .where(finding_confirmations.c.statement_id == statement_id)
            .order_by(finding_confirmations.c.id)
        )
        with self._workspace.read() as conn:
            return [
                Confirmation(row.statement_id, row.finding_key, row.check_id, row.text, row.reason,
                             row.confirmed_by, row.confirmed_at)
                for row in conn.execute(query)
            ]

    def keys(self, statement_id: int) -> frozenset[str]:
        """The keys of the statement's confirmed findings (what ``Draft.confirmed`` takes)."""
        query = sa.select(finding_confirmations.c.finding_key).where(
            finding_confirmations.c.statement_id == statement_id)
        with self._workspace.read() as conn:
            return frozenset(conn.execute(query).scalars())

    def confirm(self, statement_id: int, *, key: str, check: str, text: str, reason: str,
                actor: str) -> bool:
        """Record that ``key`` is meant, and why; False if it was confirmed already.

        DrafterError when the reason is empty or too long; NotFoundError for an
        unknown statement.
        """
        reason = " ".join(reason.split())
        if not reason:
            raise DrafterError("Say why this is meant to be published: a confirmation needs a reason.")
        if len(reason) > REASON_MAX:
            raise DrafterError(f"Keep the reason under {REASON_MAX} characters.")
        if not key or len(key) > FINDING_KEY_MAX:
            raise DrafterError("This finding is too long to confirm; shorten the text it points at.")
        actor = clean_actor(actor)
        try:
            with self._workspace.write() as conn:
                if conn.scalar(sa.select(statements.c.id).where(statements.c.id == statement_id)) is None:
                    raise NotFoundError(f"There is no statement {statement_id}.")
                if conn.scalar(sa.select(finding_confirmations.c.id).where(
                        finding_confirmations.c.statement_id == statement_id,
                        finding_confirmations.c.finding_key == key)) is not None:
                    return False
                conn.execute(finding_confirmations.insert().values(
                    statement_id=statement_id, finding_key=key, check_id=check, text=text,
                    reason=reason, confirmed_by=actor, confirmed_at=self._workspace.now()))
                self._workspace.audit.append(
                    conn, actor=actor, action="finding_confirmed", statement_id=statement_id,
                    details={"check": check, "text": text, "reason": reason})
                return True
        except IntegrityError:
            return False  # someone else confirmed the same finding at the same moment
