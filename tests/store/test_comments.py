"""Comments on a phrase, suggestions, replies and resolving: kept with the statement and audited."""

from __future__ import annotations

import pytest

from drafter.core.errors import DrafterError, NotFoundError
from drafter.store import Workspace

TEXT = "# Statement\n\nWe stand with the brave officers of Riverton.\n"


def test_a_comment_on_a_phrase_with_a_suggestion_a_reply_and_resolving(workspace: Workspace) -> None:
    sid = workspace.statements.create(title="S", text=TEXT, actor="ana").id
    start = TEXT.index("brave officers")
    comment = workspace.comments.add(sid, actor="bo", body="Name the department.", quote="brave officers",
                                     start=start, end=start + len("brave officers"),
                                     suggestion="officers of the Riverton Police Department")
    assert (comment.quote, comment.start, comment.suggestion, comment.resolved) == (
        "brave officers", start, "officers of the Riverton Police Department", False)
    reply = workspace.comments.reply(comment.id, actor="ana", body="Done, thanks.")
    assert reply.parent_id == comment.id and reply.quote is None
    assert workspace.comments.resolve(comment.id, actor="ana") is True
    assert workspace.comments.resolve(comment.id, actor="ana") is False
    listed = workspace.comments.list(sid)
    assert [(c.id, c.author, c.resolved) for c in listed] == [
        (comment.id, "bo", True), (reply.id, "ana", False)]
    assert [e.action for e in workspace.audit.events(sid)] == [
        "created", "commented", "comment_replied", "comment_resolved"]


def test_an_empty_comment_or_no_selection_is_refused(workspace: Workspace) -> None:
    sid = workspace.statements.create(title="S", text=TEXT, actor="ana").id
    with pytest.raises(DrafterError, match="empty"):
        workspace.comments.add(sid, actor="bo", body="  ", quote="We", start=13, end=15)
    with pytest.raises(DrafterError, match="Select the words"):
        workspace.comments.add(sid, actor="bo", body="Why?", quote="", start=3, end=3)
    with pytest.raises(NotFoundError):
        workspace.comments.add(sid + 9, actor="bo", body="Why?", quote="We", start=13, end=15)
    with pytest.raises(NotFoundError):
        workspace.comments.reply(99, actor="bo", body="Why?")
    assert workspace.comments.list(sid) == []
