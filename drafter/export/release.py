"""Exporting statements: final only for the approved text, drafts marked, files written whole or not at all.

A final export takes the approved revision's exact text (not the working
copy), checks that its SHA-256 is still the approved one, renders every
format first (a failure writes nothing), writes each file atomically, and
only then records the release with each file's name and SHA-256. If a file
cannot be written, or the release cannot be recorded, every file of that
export is put back as it was (a file that was there before keeps every byte
of its previous version; a new one is removed) and nothing is recorded.
"""

from __future__ import annotations

import hashlib
import importlib
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from drafter.core.atomic_write import FileBatch
from drafter.core.errors import DrafterError
from drafter.core.statement import Status
from drafter.core.workflow import APPROVE, NotAllowedError
from drafter.export.document import Approval, ExportDocument

if TYPE_CHECKING:
    from drafter.services import Services

#: Format name -> (module in drafter.export, file extension).
FORMATS: dict[str, tuple[str, str]] = {
    "pdf": ("pdf", "pdf"),
    "docx": ("docx", "docx"),
    "html": ("html", "html"),
    "txt": ("text", "txt"),
    "md": ("markdown", "md"),
}
DEFAULT_PATTERN = "{date}-{slug}"


@dataclass(frozen=True)
class WrittenFile:
    statement_id: int
    format: str
    path: Path
    sha256: str
    final: bool


def parse_formats(text: str) -> list[str]:
    """"pdf,docx" -> ["pdf", "docx"]; DrafterError naming the formats there are for anything else."""
    wanted = [name.strip().lower() for name in text.split(",") if name.strip()]
    unknown = [name for name in wanted if name not in FORMATS]
    if unknown or not wanted:
        raise DrafterError(f"Unknown format {', '.join(unknown) or '(none)'}: "
                           f"choose from {', '.join(FORMATS)}.")
    return list(dict.fromkeys(wanted))


def slug(title: str) -> str:
    """"Statement on the Attack in Riverton" -> "statement-on-the-attack-in-riverton"."""
    plain = unicodedata.normalize("NFKD", title).encode("ascii", "ignore").decode("ascii")
    words = re.findall(r"[a-z0-9]+", plain.lower())
    return "-".join(words)[:80].strip("-") or "statement"


def file_stem(pattern: str, document: ExportDocument, statement_id: int) -> str:
    """The file name (without extension) the pattern gives; {date}, {slug}, {id} and {title} are known."""
    try:
        stem = pattern.format(date=document.date.isoformat(), slug=slug(document.title), id=statement_id,
                              title=document.title)
    except (KeyError, IndexError, ValueError) as error:
        raise DrafterError(f"The file-name pattern {pattern!r} does not read ({error}): use {{date}}, "
                           "{slug}, {id} and {title}, e.g. '{date}-{slug}'.") from None
    stem = re.sub(r'[<>:"/\\|?*\x00-\x1f]', "-", stem).strip(" .")
    if not stem:
        raise DrafterError(f"The file-name pattern {pattern!r} gives an empty name.")
    return stem


def export_statement(services: Services, statement_id: int, formats: list[str], out_dir: Path, *,
                     draft: bool = False, pattern: str = DEFAULT_PATTERN,
                     signature: bool = False) -> list[WrittenFile]:
    """Export one statement in ``formats`` to ``out_dir``: final (released) unless ``draft``."""
    document, approved = _document(services, statement_id, draft=draft, signature=signature)
    rendered = {name: _render(name, document) for name in formats}  # all before any file is written
    stem = file_stem(pattern, document, statement_id)
    out_dir = Path(out_dir)
    if not out_dir.is_dir():
        raise DrafterError(f"There is no folder {out_dir}: create it first, or choose another.")
    batch, written = _write_all(out_dir, stem, rendered)
    files = [WrittenFile(statement_id, name, path, digest, final=not draft) for name, path, digest in written]
    if draft:
        batch.keep()
        return files
    assert approved is not None
    try:
        services.workspace.reviews.release(
            statement_id, actor=services.actor_login, revision=approved.revision, sha256=approved.sha256,
            files=[{"format": f.format, "name": f.path.name, "sha256": f.sha256} for f in files])
    except BaseException as error:
        # Nothing released: nothing left behind that looks final, and what was there before is back.
        _undo(batch, error)
        raise
    batch.keep()
    return files


def _document(services: Services, statement_id: int, *, draft: bool,
              signature: bool) -> tuple[ExportDocument, Approval | None]:
    from drafter.checking import statement_date

    statement = services.statements.get(statement_id)
    snapshot = services.statements.template_snapshot(statement_id) or {}
    profile = services.organisation_profile()
    approval = None
    text = statement.text
    if not draft:
        if statement.status not in (Status.APPROVED, Status.RELEASED):
            raise NotAllowedError(
                f"Statement {statement_id} is {statement.status.label.lower()}, not approved: only approved "
                "text is exported as final. Export it as a draft (--draft), marked as such.")
        approval = _standing_approval(services, statement_id)
        text = services.workspace.reviews.revision(statement_id, approval.revision).text
    signer = "\n".join(v for v in (profile.get("speaker.name"), profile.get("speaker.title")) if v)
    logo = Path(profile.logo) if profile.logo and Path(profile.logo).is_file() else None
    document = ExportDocument(
        title=statement.title, markdown=text, date=statement_date(statement, snapshot),
        organisation=profile.get("org.name"), address=profile.get("org.address"), logo=logo,
        signature=signer if signature else "", approval=approval, language=statement.language)
    return document, approval


def _standing_approval(services: Services, statement_id: int) -> Approval:
    """The last approval of the newest revision that still stands (with the reviewer's display name)."""
    reviews = services.workspace.reviews
    revision = reviews.revision(statement_id)
    standing = [r for r in reviews.reviews(statement_id)
                if r.revision == revision.number and r.decision == APPROVE and not r.superseded]
    if not standing:
        raise NotAllowedError(
            f"Statement {statement_id} has no approval that still stands: nothing to release.")
    last = standing[-1]
    try:
        name = services.people.get(last.reviewer).display_name
    except DrafterError:
        name = last.reviewer
    return Approval(name, last.created_at, revision.number, revision.sha256)


def _render(name: str, document: ExportDocument) -> bytes:
    module_name, _extension = FORMATS[name]
    module = importlib.import_module(f"drafter.export.{module_name}")
    data: bytes = module.render(document)
    return data


def _write_all(out_dir: Path, stem: str, rendered: dict[str, bytes]
               ) -> tuple[FileBatch, list[tuple[str, Path, str]]]:
    """Write every file (each atomically); on a failure, put back each one written before it."""
    batch = FileBatch()
    written: list[tuple[str, Path, str]] = []
    try:
        for name, data in rendered.items():
            path = out_dir / f"{stem}.{FORMATS[name][1]}"
            batch.write(path, data)
            written.append((name, path, hashlib.sha256(data).hexdigest()))
    except BaseException as error:
        _undo(batch, error)
        raise
    return batch, written


def _undo(batch: FileBatch, error: BaseException) -> None:
    """Put the files of a failed export back; if one cannot be, the error says so."""
    not_restored = batch.undo()
    if not_restored and isinstance(error, DrafterError):
        names = ", ".join(path.name for path in not_restored)
        error.args = (f"{error} {names} could not be put back as it was before this export.",)
