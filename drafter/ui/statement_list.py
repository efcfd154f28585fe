"""The statement list: title, status and last edit, filtered by status, searched by title.

For a statement in review the status column also names the stage it is at
("In review — Legal counsel"), and its tooltip says whom it waits for. The
"Waiting for me (N)" filter keeps the statements the person should act on
now; the window works out which they are (``drafter.waiting``) and hands
them over with ``set_waiting``, so the list itself never reads the
workspace.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from datetime import UTC, datetime

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from drafter.core.statement import StatementSummary, Status

TRASH_FILTER = "trash"
WAITING_FILTER = "waiting_for_me"
Index = QModelIndex | QPersistentModelIndex


class StatementListModel(QAbstractTableModel):
    HEADERS = (QT_TRANSLATE_NOOP("StatementListModel", "Title"),
               QT_TRANSLATE_NOOP("StatementListModel", "Status"),
               QT_TRANSLATE_NOOP("StatementListModel", "Last edited"))

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._items: list[StatementSummary] = []
        self._stages: dict[int, str] = {}
        self._waiting_for: dict[int, str] = {}

    def set_items(self, items: list[StatementSummary]) -> None:
        self.beginResetModel()
        self._items = list(items)
        self.endResetModel()

    def set_waiting(self, stages: Mapping[int, str], waiting_for: Mapping[int, str]) -> None:
        """The stage each statement in review is at, and whom it waits for, in words."""
        self._stages = dict(stages)
        self._waiting_for = dict(waiting_for)
        if self._items:
            self.dataChanged.emit(self.index(0, 1), self.index(len(self._items) - 1, 1))

    def status_text(self, item: StatementSummary) -> str:
        """"In review — Legal counsel" for a statement in review, else the status alone."""
        stage = self._stages.get(item.id) if item.status is Status.IN_REVIEW else None
        return f"{item.status.label} — {stage}" if stage else item.status.label

    def item(self, row: int) -> StatementSummary:
        return self._items[row]

    def row_of(self, statement_id: int) -> int | None:
        for row, item in enumerate(self._items):
            if item.id == statement_id:
                return row
        return None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._items)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr(self.HEADERS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        item = self._items[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return (item.title, self.status_text(item), _when(item))[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole:
            waiting = self._waiting_for.get(item.id) if item.status is Status.IN_REVIEW else None
            if index.column() == 1 and waiting:
                return self.tr("Waiting for {whom}").format(whom=waiting)
            stamp = item.updated_at.replace(tzinfo=item.updated_at.tzinfo or UTC).astimezone()
            return self.tr("{title}\n{status}, last edited {when}").format(
                title=item.title, status=item.status.label, when=f"{stamp:%Y-%m-%d %H:%M}")
        if role == Qt.ItemDataRole.UserRole:
            return item.id
        return None


def _waiting_label(count: int) -> str:
    return QCoreApplication.translate("StatementListPanel", "Waiting for me ({count})").format(count=count)


def _when(item: StatementSummary) -> str:
    """Local time: just the time for today, else the date (and year if not this one)."""
    moment = item.updated_at
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    local = moment.astimezone()
    today = datetime.now().astimezone().date()
    if local.date() == today:
        return local.strftime("%H:%M")
    if local.year == today.year:
        return f"{local:%b} {local.day}"
    return f"{local:%b} {local.day}, {local.year}"


class StatementListPanel(QWidget):
    """Emits ``statementChosen(id)`` when the reader picks a statement, and
    ``filterChanged()`` when the status filter or the search text changes."""

    statementChosen = Signal(int)
    filterChanged = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("statementList")
        self.status_filter = QComboBox(self)
        self.status_filter.setAccessibleName(self.tr("Show statements"))
        self.status_filter.addItem(self.tr("All statements"), None)
        self.status_filter.addItem(_waiting_label(0), WAITING_FILTER)
        self.status_filter.setItemData(1, self.tr("Statements waiting for you to review, revise or release "
                                                  "them"), Qt.ItemDataRole.ToolTipRole)
        for status in Status:
            self.status_filter.addItem(status.label, status.value)
        self.status_filter.addItem(self.tr("Trash"), TRASH_FILTER)
        self.search_field = QLineEdit(self)
        self.search_field.setPlaceholderText(self.tr("Search titles"))
        self.search_field.setAccessibleName(self.tr("Search titles"))
        self.search_field.setClearButtonEnabled(True)
        self.model = StatementListModel(self)
        self.view = QTreeView(self)
        self.view.setAccessibleName(self.tr("Statements"))
        self.view.setModel(self.model)
        self.view.setRootIsDecorated(False)
        self.view.setUniformRowHeights(True)
        self.view.setAlternatingRowColors(True)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.view.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.status_filter)
        layout.addWidget(self.search_field)
        layout.addWidget(self.view)

        self._search_delay = QTimer(self)
        self._search_delay.setSingleShot(True)
        self._search_delay.setInterval(200)
        self._search_delay.timeout.connect(self.filterChanged)
        self.search_field.textChanged.connect(self._search_delay.start)
        self.status_filter.currentIndexChanged.connect(self.filterChanged)
        self.view.selectionModel().currentRowChanged.connect(self._on_current_changed)
        self._quiet = False
        self._items: list[StatementSummary] = []  # what the window listed, before "Waiting for me"
        self._mine: frozenset[int] = frozenset()

    # -- what the window asks ------------------------------------------------------
    def status(self) -> Status | None:
        value = self.status_filter.currentData()
        return Status(value) if value and value not in (TRASH_FILTER, WAITING_FILTER) else None

    def showing_trash(self) -> bool:
        return bool(self.status_filter.currentData() == TRASH_FILTER)

    def showing_waiting_for_me(self) -> bool:
        """True when the list keeps only the statements waiting for the person (see ``set_waiting``)."""
        return bool(self.status_filter.currentData() == WAITING_FILTER)

    def search_text(self) -> str:
        return self.search_field.text().strip()

    def set_items(self, items: list[StatementSummary], current_id: int | None) -> None:
        """Show ``items`` (only those waiting for the person, with that filter chosen), keeping
        ``current_id`` selected (without re-announcing it)."""
        self._items = list(items)
        self._show(current_id)

    def set_waiting(self, waiting_for: Mapping[int, str], mine: Collection[int],
                    stages: Mapping[int, str] | None = None) -> None:
        """Whom each statement in review waits for, in words ("Legal counsel: legal (0 of 1
        approvals)"), and which statements wait for the person using Drafter.

        ``stages`` names each one's stage for the status column; without it, the
        stage is the part of the waiting text before its first colon.
        """
        if stages is None:
            stages = {sid: text.partition(": ")[0] for sid, text in waiting_for.items()}
        self._mine = frozenset(mine)
        self.status_filter.setItemText(self.status_filter.findData(WAITING_FILTER),
                                       _waiting_label(len(self._mine)))
        self.model.set_waiting(stages, waiting_for)
        if self.showing_waiting_for_me():
            self._show(self.current_id())

    def _show(self, current_id: int | None) -> None:
        shown = self._items
        if self.showing_waiting_for_me():
            shown = [item for item in shown if item.id in self._mine]
        self._quiet = True
        try:
            self.model.set_items(shown)
            self.select(current_id)
        finally:
            self._quiet = False

    def select(self, statement_id: int | None) -> None:
        row = self.model.row_of(statement_id) if statement_id is not None else None
        if row is None:
            self.view.clearSelection()
            return
        index = self.model.index(row, 0)
        self.view.setCurrentIndex(index)
        self.view.scrollTo(index)

    def current_id(self) -> int | None:
        index = self.view.currentIndex()
        return self.model.item(index.row()).id if index.isValid() else None

    def cancel_pending_search(self) -> None:
        self._search_delay.stop()

    def _on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid() and not self._quiet:
            self.statementChosen.emit(self.model.item(current.row()).id)
