"""Release: only the approved text leaves as final, recorded with each file's hash; drafts are marked;
a failed write leaves nothing behind and records nothing."""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from drafter.core.errors import DrafterError
from drafter.core.statement import Status
from drafter.core.workflow import APPROVE, NotAllowedError
from drafter.export.release import export_statement, file_stem, parse_formats, slug
from drafter.services import Services, open_services

TEXT = "# Statement on Riverton\n\nWe stand with our officers and their families.\n"


@pytest.fixture
def services(tmp_path: Path) -> Iterator[Services]:
    opened = open_services(str(tmp_path / "w.db"), "ana")  # the first person: every role
    opened.people.ensure("bo", display_name="Bo Reviewer", roles=["reviewer"])
    yield opened
    opened.close()


def approved(services: Services, text: str = TEXT) -> int:
    sid = services.statements.create(title="Statement on Riverton", text=text, actor="ana").id
    revision = services.workspace.reviews.submit(sid, actor="ana", expected_version=1, errors=[])
    services.workspace.reviews.decide(sid, actor="bo", decision=APPROVE, revision=revision.number,
                                      sha256=revision.sha256)
    return sid


def test_a_final_export_writes_the_approved_text_and_records_the_release(services: Services,
                                                                         tmp_path: Path) -> None:
    sid = approved(services)
    out = tmp_path / "out"
    out.mkdir()
    files = export_statement(services, sid, ["md", "txt"], out)
    assert [f.path.name for f in files] == [f"{files[0].path.stem}.md", f"{files[0].path.stem}.txt"]
    md = files[0].path.read_bytes()
    assert md == TEXT.encode("utf-8")  # exactly the approved text
    approved_hash = services.workspace.reviews.revision(sid).sha256
    assert hashlib.sha256(md).hexdigest() == files[0].sha256 == approved_hash
    assert "Approved by Bo Reviewer on" in files[1].path.read_text("utf-8")
    assert services.statements.get(sid).status is Status.RELEASED
    event = services.workspace.audit.events(sid)[-1]
    assert event.action == "released"
    assert event.details["files"] == [{"format": f.format, "name": f.path.name, "sha256": f.sha256}
                                      for f in files]


def test_a_statement_not_approved_exports_only_as_a_draft(services: Services, tmp_path: Path) -> None:
    sid = services.statements.create(title="Draft", text=TEXT, actor="ana").id
    with pytest.raises(NotAllowedError, match="not approved"):
        export_statement(services, sid, ["txt"], tmp_path)
    assert list(tmp_path.glob("*.txt")) == []
    [written] = export_statement(services, sid, ["txt"], tmp_path, draft=True)
    assert written.path.read_text("utf-8").startswith("DRAFT — NOT APPROVED\n")
    assert not written.final and services.statements.get(sid).status is Status.DRAFT


def test_a_release_after_the_text_changed_is_refused(services: Services, tmp_path: Path) -> None:
    sid = approved(services)
    version = services.statements.get(sid).version
    services.statements.save_working_copy(sid, TEXT + "Late words.\n", expected_version=version, actor="ana",
                                          reopen_approved=True)
    with pytest.raises(NotAllowedError, match="not approved"):
        export_statement(services, sid, ["md"], tmp_path)
    assert list(tmp_path.glob("*.md")) == []
    # The store checks again: text other than the approved revision's is never released.
    other = approved(services)
    with pytest.raises(NotAllowedError, match="changed since"):
        services.workspace.reviews.release(other, actor="ana", revision=1, sha256="0" * 64, files=[])
    assert services.statements.get(other).status is Status.APPROVED


@pytest.mark.skipif(os.geteuid() == 0 if hasattr(os, "geteuid") else True,
                    reason="a read-only folder does not stop the administrator")
def test_a_read_only_folder_leaves_no_file_and_no_release(services: Services, tmp_path: Path) -> None:
    sid = approved(services)
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o500)
    try:
        with pytest.raises(DrafterError):
            export_statement(services, sid, ["md", "txt"], locked)
    finally:
        locked.chmod(0o700)
    assert list(locked.iterdir()) == []
    assert services.statements.get(sid).status is Status.APPROVED


def test_a_failed_second_file_removes_the_first_and_records_nothing(services: Services, tmp_path: Path,
                                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    import drafter.core.atomic_write as atomic

    sid = approved(services)
    real = atomic.write_bytes_atomic
    calls: list[Path] = []

    def full_disk_on_second(path: str | os.PathLike[str], data: bytes) -> None:
        calls.append(Path(path))
        if len(calls) == 2:
            raise DrafterError("The disk is full.")
        real(path, data)

    monkeypatch.setattr(atomic, "write_bytes_atomic", full_disk_on_second)
    with pytest.raises(DrafterError, match="disk is full"):
        export_statement(services, sid, ["md", "txt"], tmp_path)
    assert not calls[0].exists()
    assert services.statements.get(sid).status is Status.APPROVED
    assert services.workspace.audit.events(sid)[-1].action == "approved"


def test_names_and_formats() -> None:
    assert parse_formats("pdf, DOCX,pdf") == ["pdf", "docx"]
    with pytest.raises(DrafterError, match="choose from pdf, docx, html, txt, md"):
        parse_formats("pdf,odt")
    assert slug("Statement on the Attack in Riverton — Mayor’s Office") == (
        "statement-on-the-attack-in-riverton-mayors-office")
    import datetime as dt

    from drafter.export.document import ExportDocument

    document = ExportDocument(title="Road Closure: Burnside Ave.", markdown="", date=dt.date(2025, 6, 10))
    assert file_stem("{date}-{slug}", document, 7) == "2025-06-10-road-closure-burnside-ave"
    assert file_stem("{id} {title}", document, 7) == "7 Road Closure- Burnside Ave"
    with pytest.raises(DrafterError, match="does not read"):
        file_stem("{when}", document, 7)
