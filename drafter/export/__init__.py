"""Export: a statement as PDF, Word, HTML, plain text or Markdown, final only when approved.

Each format is a module with one function from an :class:`ExportDocument`
to the file's bytes; ``release.py`` decides what may be exported as final,
writes the files atomically and records the release. PDF is drawn with
QtGui (no widgets, works offscreen); Word with python-docx.
"""
