"""Errors that reach a person: each says what happened and what to do."""

from __future__ import annotations


class DrafterError(Exception):
    """Base of every error Drafter expects and explains.

    The message is written for the person at the keyboard: what happened,
    and what to do about it. The command line prints it as the one-line
    reason on stderr; the window shows it in a message box.
    """


class NotFoundError(DrafterError):
    """A statement (or other record) with that id does not exist."""


class ConflictError(DrafterError):
    """A save was based on a version that someone else has since replaced."""

    def __init__(self, statement_id: int, expected_version: int, actual_version: int) -> None:
        super().__init__(
            f"Statement {statement_id} was changed elsewhere (you edited version "
            f"{expected_version}, the workspace now has version {actual_version}). "
            "Nothing was overwritten: compare the two texts and save again."
        )
        self.statement_id = statement_id
        self.expected_version = expected_version
        self.actual_version = actual_version


class UnreadableFileError(DrafterError):
    """A file to import cannot be read as text (missing, binary, too big, …)."""


class WorkspaceError(DrafterError):
    """The workspace database cannot be opened or used as asked."""


class ServerUnreachableError(WorkspaceError):
    """The team's PostgreSQL server is down or out of reach; nothing was changed."""
