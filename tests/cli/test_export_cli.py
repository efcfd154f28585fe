"""`drafter export`: final only for approved text (exit 1 otherwise), drafts on request, files read back."""

from __future__ import annotations

import json
from pathlib import Path

from tests.cli.test_cli import isolated, run, sample_file  # noqa: F401 (isolated is an autouse fixture)

TEXT = "# Statement on Riverton\n\nWe stand with our officers and their families.\n"


def _approved(capsys, tmp_path: Path) -> str:  # type: ignore[no-untyped-def]
    from drafter.services import open_services

    services = open_services(None, "press.office")  # the first person: every role
    services.people.ensure("bo", display_name="Bo Reviewer", roles=["reviewer"])
    services.close()
    _, out, _ = run(capsys, "import", str(sample_file(tmp_path, TEXT)))
    sid = out.strip()
    assert run(capsys, "submit", sid)[0] == 0
    assert run(capsys, "review", sid, "--approve", "--as", "bo")[0] == 0
    return sid


def test_final_export_in_every_format(capsys, tmp_path: Path, qapp) -> None:  # type: ignore[no-untyped-def]
    # (qapp: the PDF export makes a QGuiApplication if none exists; later window tests need a QApplication.)
    from pypdf import PdfReader

    sid = _approved(capsys, tmp_path)
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    code, out, err = run(capsys, "--json", "export", sid, "--format", "pdf,docx,html,txt,md", "--out",
                         str(out_dir), "--name", "{id}")
    assert code == 0, err
    files = {f["format"]: f for f in json.loads(out)["files"]}
    assert set(files) == {"pdf", "docx", "html", "txt", "md"} and all(f["final"] for f in files.values())
    pages = PdfReader(files["pdf"]["path"]).pages
    pdf_text = " ".join(" ".join(page.extract_text().split()) for page in pages)
    assert pdf_text.count("Statement on Riverton") == 1  # the title, not again from the first heading
    assert "We stand with our officers" in pdf_text and "Approved by Bo Reviewer" in pdf_text
    import docx

    word = docx.Document(files["docx"]["path"])
    assert any("Approved by Bo Reviewer" in p.text for p in word.sections[0].footer.paragraphs)
    assert Path(files["md"]["path"]).read_text("utf-8") == TEXT
    _, out, _ = run(capsys, "--json", "show", sid)
    assert json.loads(out)["status"] == "released"
    _, out, _ = run(capsys, "--json", "history", sid)
    released = json.loads(out)[-1]
    assert released["action"] == "released"
    assert {f["format"]: f["sha256"] for f in released["details"]["files"]} == {
        name: f["sha256"] for name, f in files.items()}


def test_a_final_export_of_a_draft_is_refused_and_a_draft_export_is_marked(capsys, tmp_path: Path) -> None:
    _, out, _ = run(capsys, "import", str(sample_file(tmp_path, TEXT)))
    sid = out.strip()
    code, out, err = run(capsys, "export", sid, "--format", "txt", "--out", str(tmp_path))
    assert code == 1 and out == "" and "not approved" in err and "--draft" in err
    code, out, err = run(capsys, "--json", "export", sid, "--format", "txt", "--out", str(tmp_path),
                         "--draft")
    assert code == 0, err
    [written] = json.loads(out)["files"]
    assert written["final"] is False
    assert Path(written["path"]).read_text("utf-8").startswith("DRAFT — NOT APPROVED\n")


def test_export_by_status_and_usage_errors(capsys, tmp_path: Path) -> None:
    _approved(capsys, tmp_path)
    code, out, _ = run(capsys, "--json", "export", "--status", "approved", "--format", "md",
                       "--out", str(tmp_path))
    assert code == 0 and len(json.loads(out)["files"]) == 1
    code, _, err = run(capsys, "export", "--status", "approved", "--out", str(tmp_path))
    assert code == 1 and "Name the statements" in err  # none approved any more: all released
    code, _, err = run(capsys, "export", "1", "--format", "odt", "--out", str(tmp_path))
    assert code == 1 and "choose from pdf, docx, html, txt, md" in err
