"""The Problems panel: every finding of the drafting checks, most severe first at each place.

One row per finding: its severity, where it is (line and column), what is
wrong, and the check that found it. Choosing a row selects the text in the
editor; "Fix" applies the fix when one is clear (or a chosen suggestion);
"Confirm…" records why personal data is meant to be published. The panel
draws and asks; ``CheckOps`` does the work.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QStyle,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from drafter.core.checks.findings import Finding, Severity, count_text
from drafter.core.templates.placeholders import LineIndex

_ICONS = {
    Severity.ERROR: QStyle.StandardPixmap.SP_MessageBoxCritical,
    Severity.WARNING: QStyle.StandardPixmap.SP_MessageBoxWarning,
    Severity.ADVICE: QStyle.StandardPixmap.SP_MessageBoxInformation,
}
FINDING_ROLE = Qt.ItemDataRole.UserRole


class ProblemsPanel(QWidget):
    findingChosen = Signal(object)  # a Finding: select its text
    fixRequested = Signal(object, str)  # a Finding and the replacement chosen
    confirmRequested = Signal(object)  # a Finding asking for confirmation
    settingsRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("problemsPanel")
        self.summary = QLabel(self.tr("Not checked yet"), self)
        self.summary.setAccessibleName(self.tr("Problem counts"))
        self.readability = QLabel("", self)
        self.readability.setAccessibleName(self.tr("Readability"))
        self.fix_button = QToolButton(self)
        self.fix_button.setText(self.tr("Fix"))
        self.fix_button.setToolTip(self.tr("Apply the fix to the text (it can be undone)"))
        self.fix_button.setPopupMode(QToolButton.ToolButtonPopupMode.MenuButtonPopup)
        self.fix_button.clicked.connect(self._fix_with_first)
        self.confirm_button = QPushButton(self.tr("Confirm…"), self)
        self.confirm_button.setToolTip(self.tr("Record why this personal data is meant to be published"))
        self.confirm_button.clicked.connect(self._confirm)
        self.settings_button = QPushButton(self.tr("Checks…"), self)
        self.settings_button.setToolTip(self.tr("Which checks run and how severe each one is"))
        self.settings_button.clicked.connect(self.settingsRequested)

        self.tree = QTreeWidget(self)
        self.tree.setAccessibleName(self.tr("Problems"))
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(True)
        self.tree.setHeaderLabels([self.tr("Where"), self.tr("Problem"), self.tr("Check")])
        header = self.tree.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.currentItemChanged.connect(self._current_changed)
        self.tree.itemActivated.connect(self._activated)
        self.tree.itemClicked.connect(self._activated)

        top = QHBoxLayout()
        top.addWidget(self.summary)
        top.addSpacing(16)
        top.addWidget(self.readability)
        top.addStretch(1)
        top.addWidget(self.fix_button)
        top.addWidget(self.confirm_button)
        top.addWidget(self.settings_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(top)
        layout.addWidget(self.tree)
        self.findings: list[Finding] = []
        self.editable = True  # False while the text is read-only: nothing to fix then
        self._suggestions_for: object = None  # asked for a finding's suggestions on demand
        self._update_buttons()

    # -- showing ---------------------------------------------------------------------
    def show_findings(self, findings: list[Finding], text: str) -> None:
        """List ``findings`` of ``text``, keeping the chosen row where it still exists."""
        chosen = self.current_finding()
        lines = LineIndex(text)
        self.tree.clear()
        self.findings = list(findings)
        style = self.style()
        icons = {severity: style.standardIcon(pixmap) for severity, pixmap in _ICONS.items()}
        items = []
        for finding in self.findings:
            line, column = lines.position(finding.start)
            where = self.tr("Ln {line}, Col {column}").format(line=line, column=column)
            item = QTreeWidgetItem([where, finding.message, finding.check])
            item.setIcon(0, icons[finding.severity])
            item.setToolTip(1, finding.message)
            item.setData(0, FINDING_ROLE, finding)
            item.setData(0, Qt.ItemDataRole.AccessibleTextRole,
                         self.tr("{severity}, line {line}").format(severity=finding.severity.label,
                                                                  line=line))
            items.append(item)
        self.tree.addTopLevelItems(items)
        self.summary.setText(count_text(self.findings))
        if chosen is not None:
            for item in items:
                finding = item.data(0, FINDING_ROLE)
                if (finding.check, finding.text, finding.start) == (chosen.check, chosen.text, chosen.start):
                    self.tree.setCurrentItem(item)
                    break
        self._update_buttons()

    def show_readability(self, text: str) -> None:
        self.readability.setText(text)

    def clear(self) -> None:
        self.tree.clear()
        self.findings = []
        self.summary.setText("")
        self.readability.setText("")
        self._update_buttons()

    def current_finding(self) -> Finding | None:
        item = self.tree.currentItem()
        return item.data(0, FINDING_ROLE) if item is not None else None

    def choose(self, index: int) -> None:
        """Make row ``index`` the current one and select its text (Next Problem)."""
        item = self.tree.topLevelItem(index)
        if item is not None:
            self.tree.setCurrentItem(item)
            self._activated(item)

    # -- acting ----------------------------------------------------------------------
    def set_suggestion_source(self, source: object) -> None:
        """A callable ``finding -> list[str]`` for findings listed without suggestions (spelling)."""
        self._suggestions_for = source

    def _current_changed(self, *_args: object) -> None:
        self._update_buttons()

    def _activated(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        self.findingChosen.emit(item.data(0, FINDING_ROLE))

    def _options(self, finding: Finding) -> list[str]:
        if finding.suggestions:
            return list(finding.suggestions)
        if callable(self._suggestions_for):
            return list(self._suggestions_for(finding))
        return []

    def _update_buttons(self) -> None:
        finding = self.current_finding()
        options = self._options(finding) if finding is not None else []
        menu = QMenu(self.fix_button)
        for option in options[:7]:
            action = QAction(self.tr("Replace with “{words}”").format(words=option) if option
                             else self.tr("Remove it"), menu)
            action.triggered.connect(lambda _=False, o=option: self._fix_with(o))
            menu.addAction(action)
        self.fix_button.setMenu(menu if options else None)
        self.fix_button.setEnabled(bool(options) and self.editable)
        if finding is not None and options:
            first = finding.fix if finding.fix is not None else options[0]
            self.fix_button.setToolTip(self.tr("Replace “{found}” with “{replacement}” (it can be undone)")
                                       .format(found=finding.text, replacement=first))
        self.confirm_button.setEnabled(finding is not None and finding.confirmation)

    def _fix_with_first(self) -> None:
        finding = self.current_finding()
        if finding is None:
            return
        options = self._options(finding)
        if finding.fix is not None:
            self._fix_with(finding.fix)
        elif options:
            self._fix_with(options[0])

    def _fix_with(self, replacement: str) -> None:
        finding = self.current_finding()
        if finding is not None:
            self.fixRequested.emit(finding, replacement)

    def _confirm(self) -> None:
        finding = self.current_finding()
        if finding is not None and finding.confirmation:
            self.confirmRequested.emit(finding)
