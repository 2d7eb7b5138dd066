"""The local check history: date, first words, verdict; open, delete one, clear all."""

from __future__ import annotations

from contextlib import suppress

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from scamlens.engine import Library
from scamlens.engine.wording import say
from scamlens.store.history import History, HistoryEntry

from .flow_layout import flow_row
from .keyboard import chain_tab_order
from .translations import RetranslatesOnLanguageChange

Index = QModelIndex | QPersistentModelIndex


class HistoryModel(QAbstractTableModel):
    """History entries as rows; verdicts are worded in the current language."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.history: History | None = None
        self.library: Library | None = None
        self.language = "en"
        self.entries: list[HistoryEntry] = []
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        self.entries = self.history.entries() if self.history is not None else []
        self.endResetModel()

    def set_language(self, lang: str, library: Library | None) -> None:
        self.language, self.library = lang, library
        self.reload()

    def verdict_text(self, entry: HistoryEntry) -> str:
        words = say(f"risk.{entry.risk}", self.language)
        if entry.patterns and self.library is not None:
            with suppress(KeyError):  # the pattern may have been removed from the library since
                colon = "：" if self.language.startswith("zh") else ": "
                words += colon + self.library.pattern(entry.patterns[0]).title[self.language]
        return words

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt default argument)
        return 0 if parent.isValid() else len(self.entries)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 3

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        entry = self.entries[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            column = index.column()
            if column == 0:
                return entry.checked_at.strftime("%Y-%m-%d %H:%M")
            if column == 1:
                return entry.first_words()
            return self.verdict_text(entry)
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 1:
            return entry.first_words(400)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("Date"), self.tr("First words"), self.tr("Verdict"))[section]


class HistoryView(RetranslatesOnLanguageChange, QWidget):
    open_requested = Signal(object)  # HistoryEntry

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = HistoryModel(self)
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().setVisible(False)
        # Long words and verdicts wrap; rows grow to fit them (nothing is cut off at large text sizes).
        self.table.setWordWrap(True)
        self.table.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(lambda _index: self.open_selected())
        self.table.activated.connect(lambda _index: self.open_selected())
        QShortcut(QKeySequence.StandardKey.Delete, self.table, self.delete_selected)

        self.open_button = QPushButton(self)
        self.delete_button = QPushButton(self)
        self.clear_button = QPushButton(self)
        self.open_button.clicked.connect(self.open_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        self.clear_button.clicked.connect(self.confirm_clear)
        buttons = flow_row(self.open_button, self.delete_button, self.clear_button, parent=self)

        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        chain_tab_order(self.table, self.open_button, self.delete_button, self.clear_button)
        self.enabled = True
        self.retranslate()

    def set_history(self, history: History) -> None:
        self.model.history = history
        self.model.reload()

    def set_enabled(self, enabled: bool) -> None:
        """History is off in community-centre mode: nothing is shown or kept."""
        self.enabled = enabled
        for widget in (self.table, self.open_button, self.delete_button, self.clear_button):
            widget.setEnabled(enabled)
        self.retranslate()

    def reload(self) -> None:
        self.model.reload()

    def selected_entry(self) -> HistoryEntry | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows and self.table.currentIndex().isValid():
            rows = [self.table.currentIndex()]
        return self.model.entries[rows[0].row()] if rows else None

    def open_selected(self) -> None:
        entry = self.selected_entry()
        if entry is not None:
            self.open_requested.emit(entry)

    def delete_selected(self) -> None:
        entry = self.selected_entry()
        if entry is None or self.model.history is None:
            return
        row = self.model.entries.index(entry)
        self.model.history.delete(entry.id)
        self.model.reload()
        if self.model.entries:
            self.table.selectRow(min(row, len(self.model.entries) - 1))

    def confirm_clear(self) -> None:
        if self.model.history is None or not self.model.entries:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Clear history"),
            self.tr("Delete every entry in the history? This cannot be undone."),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.model.history.clear()
            self.model.reload()

    def retranslate(self) -> None:
        if self.enabled:
            self.note.setText(
                self.tr("Your checks are kept only on this computer. Double-click one to check it again.")
            )
        else:
            self.note.setText(self.tr("History is off in community-centre mode: nothing is kept."))
        self.table.setAccessibleName(self.tr("Check history"))
        self.open_button.setText(self.tr("&Open in the checker"))
        self.open_button.setAccessibleName(self.tr("Open the selected entry in the checker"))
        self.delete_button.setText(self.tr("&Delete"))
        self.delete_button.setAccessibleName(self.tr("Delete the selected entry"))
        self.clear_button.setText(self.tr("Clear &all"))
        self.clear_button.setAccessibleName(self.tr("Delete the whole history"))
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 2)
