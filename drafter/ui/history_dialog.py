"""Review ▸ History…: every event of the statement, who and when, and any two revisions compared.

The comparison is word by word, as a word processor's Compare shows it:
insertions underlined in green, deletions struck through in red. A reviewer
opening it while a statement is in review sees "what changed since I last
looked": the revision they last decided on (else the last approved one,
else the one before) against the revision in review.
"""

from __future__ import annotations

from datetime import UTC
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from drafter.core.compare import compare, compare_html, summary
from drafter.core.history import describe

WORKING_COPY = -1  # the combo boxes' value for the text as it is now

if TYPE_CHECKING:
    from drafter.store.records import AuditEvent, Review, Revision


def baseline_for(reviewer: str, revisions: list[Revision], reviews: list[Review]) -> int | None:
    """The revision to compare the newest with, for ``reviewer``: the last one they decided on,
    else the last one approved, else the one before the newest."""
    if not revisions:
        return None
    newest = revisions[-1].number
    mine = [r.revision for r in reviews if r.reviewer == reviewer and r.revision < newest]
    if mine:
        return mine[-1]
    approved = [r.revision for r in reviews if r.decision == "approve" and r.revision < newest]
    if approved:
        return approved[-1]
    return newest - 1 if newest > 1 else None


class HistoryDialog(QDialog):
    def __init__(self, title: str, events: list[AuditEvent], revisions: list[Revision], working_copy: str,
                 *, compare_from: int | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("History — {title}").format(title=title))
        self._texts = {r.number: r.text for r in revisions}
        self._texts[WORKING_COPY] = working_copy
        self.timeline = QListWidget(self)
        self.timeline.setAccessibleName(self.tr("Events"))
        for event in events:
            when = event.occurred_at.replace(tzinfo=event.occurred_at.tzinfo or UTC).astimezone()
            described = describe(event.action, event.details)
            self.timeline.addItem(f"{when:%Y-%m-%d %H:%M}  {event.actor}  {described}")
        self.old = QComboBox(self)
        self.new = QComboBox(self)
        self.old.setAccessibleName(self.tr("Compare from"))
        self.new.setAccessibleName(self.tr("Compare with"))
        for box in (self.old, self.new):
            for revision in revisions:
                box.addItem(self.tr("Revision {number} ({by})").format(number=revision.number,
                                                                      by=revision.submitted_by),
                            revision.number)
            box.addItem(self.tr("The text now"), WORKING_COPY)
        # By default the first revision against the text now; "since I last looked": that one
        # against the newest revision.
        first = revisions[0].number if revisions else WORKING_COPY
        newest = revisions[-1].number if revisions else WORKING_COPY
        since = compare_from is not None
        self.old.setCurrentIndex(max(0, self.old.findData(compare_from if since else first)))
        self.new.setCurrentIndex(max(0, self.new.findData(newest if since else WORKING_COPY)))
        self.counts = QLabel(self)
        self.view = QTextBrowser(self)
        self.view.setAccessibleName(self.tr("Comparison"))
        self.view.setOpenLinks(False)
        self.old.currentIndexChanged.connect(self.show_comparison)
        self.new.currentIndexChanged.connect(self.show_comparison)

        chooser = QHBoxLayout()
        chooser.addWidget(QLabel(self.tr("Compare"), self))
        chooser.addWidget(self.old)
        chooser.addWidget(QLabel(self.tr("with"), self))
        chooser.addWidget(self.new)
        chooser.addStretch(1)
        chooser.addWidget(self.counts)
        comparison = QWidget(self)
        column = QVBoxLayout(comparison)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(chooser)
        column.addWidget(self.view)
        splitter = QSplitter(self)
        splitter.addWidget(self.timeline)
        splitter.addWidget(comparison)
        splitter.setSizes([380, 620])
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        layout.addWidget(buttons)
        self.resize(1100, 680)
        self.show_comparison()

    def show_comparison(self) -> None:
        old = self._texts.get(self.old.currentData(), "")
        new = self._texts.get(self.new.currentData(), "")
        inserted, deleted = summary(compare(old, new))
        added = (self.tr("1 word added") if inserted == 1 else
                 self.tr("{count} words added").format(count=inserted))
        removed = (self.tr("1 word removed") if deleted == 1 else
                   self.tr("{count} words removed").format(count=deleted))
        self.counts.setText(f"{added}, {removed}")
        self.view.setHtml(compare_html(old, new))
