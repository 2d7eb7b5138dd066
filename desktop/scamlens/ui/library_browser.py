"""Browse the pattern library by audience and category, or search it (FTS)."""

from __future__ import annotations

import html
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QModelIndex, QPersistentModelIndex, QRect, QSize, Qt, QTimer
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QSplitter,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from scamlens.engine import Library, Pattern
from scamlens.engine.wording import say

from .flow_layout import flow_row
from .guidance import audience_name, category_name
from .keyboard import chain_tab_order
from .translations import RetranslatesOnLanguageChange

if TYPE_CHECKING:
    from scamlens.store.library_db import SearchResult

MAX_PHRASES = 8
MAX_EXAMPLES = 4
SEARCH_DELAY_MS = 250
PATTERN_ROLE = Qt.ItemDataRole.UserRole
ALL = "all"

Search = Callable[[str, Callable[[list["SearchResult"]], None]], None]


def _list_html(items: list[str], numbered: bool = False) -> str:
    tag = "ol" if numbered else "ul"
    return f"<{tag}>" + "".join(f"<li>{html.escape(item)}</li>" for item in items) + f"</{tag}>"


class _WrappingDelegate(QStyledItemDelegate):
    """Rows as tall as their wrapped text at the column's current width (QTreeView does not do this itself)."""

    def __init__(self, tree: QTreeWidget) -> None:
        super().__init__(tree)
        self.tree = tree

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        hint = super().sizeHint(option, index)
        depth, parent = 1, index.parent()
        while parent.isValid():
            depth, parent = depth + 1, parent.parent()
        width = self.tree.header().sectionSize(0) - depth * self.tree.indentation() - 12
        if width <= 0:
            return hint
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        bounds = QFontMetrics(option.font).boundingRect(QRect(0, 0, width, 10_000), Qt.TextFlag.TextWordWrap, text)
        return QSize(hint.width(), max(hint.height(), bounds.height() + 6))


class LibraryBrowser(RetranslatesOnLanguageChange, QWidget):
    """Every documented pattern: pick one to read it in full."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.library: Library | None = None
        self.language = "en"
        self._search: Search | None = None
        self._results: list[str] | None = None  # pattern ids found by the search, best first
        self._search_serial = 0

        self.show_label = QLabel(self)
        self.audience_box = QComboBox(self)
        self.show_label.setBuddy(self.audience_box)
        self.find_label = QLabel(self)
        self.search_box = QLineEdit(self)
        self.search_box.setClearButtonEnabled(True)
        self.find_label.setBuddy(self.search_box)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        filters = flow_row(self.show_label, self.audience_box, self.find_label, self.search_box, parent=self)

        self.tree = QTreeWidget(self)
        self.tree.setHeaderHidden(True)
        # Long titles wrap onto more lines instead of being cut off with "…".
        self.tree.setWordWrap(True)
        self.tree.setUniformRowHeights(False)
        self.tree.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.tree.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.tree.header().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.tree.setItemDelegate(_WrappingDelegate(self.tree))
        self.tree.header().sectionResized.connect(lambda *_args: self.tree.doItemsLayout())
        self.tree.currentItemChanged.connect(self._show_current)
        self.details = QTextBrowser(self)
        self.details.setTabChangesFocus(True)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.tree)
        splitter.addWidget(self.details)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)

        layout = QVBoxLayout(self)
        layout.addWidget(filters)
        layout.addWidget(self.status)
        layout.addWidget(splitter, 1)

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.run_search)
        self.search_box.textEdited.connect(lambda _text: self._search_timer.start())
        self.search_box.returnPressed.connect(self.run_search)
        self.audience_box.currentIndexChanged.connect(lambda _index: self.refresh())
        chain_tab_order(self.audience_box, self.search_box, self.tree, self.details)
        self.retranslate()

    # Data -------------------------------------------------------------------------------

    def set_library(self, library: Library, search: Search) -> None:
        """Called once the library is loaded; `search(query, on_results)` runs off the UI thread."""
        self.library, self._search = library, search
        self.search_box.setEnabled(True)
        self.refresh()

    def set_language(self, lang: str) -> None:
        self.language = lang
        self.refresh()

    def set_audience(self, audience: str) -> None:
        """Show only one audience's patterns ("consumer", "merchant"), or ALL."""
        index = self.audience_box.findData(audience)
        if index >= 0:
            self.audience_box.setCurrentIndex(index)

    def run_search(self) -> None:
        self._search_timer.stop()
        query = self.search_box.text().strip()
        if not query:
            self._results = None
            self.refresh()
            return
        if self._search is None:
            return
        self._search_serial += 1
        serial = self._search_serial
        self._search(query, lambda results: self._search_done(serial, results))

    def _search_done(self, serial: int, results: list[SearchResult]) -> None:
        if serial != self._search_serial:
            return  # a newer search is on its way
        self._results = list(dict.fromkeys(result.pattern_id for result in results))
        self.refresh()

    # Display ----------------------------------------------------------------------------

    def _patterns(self) -> list[Pattern]:
        assert self.library is not None
        audience = self.audience_box.currentData()
        patterns = [p for p in self.library.patterns if audience in (ALL, p.audience)]
        if self._results is None:
            return sorted(patterns, key=lambda p: (p.audience, category_name(p.category), p.title[self.language]))
        rank = {pattern_id: index for index, pattern_id in enumerate(self._results)}
        return sorted((p for p in patterns if p.id in rank), key=lambda p: rank[p.id])

    def refresh(self) -> None:
        if self.library is None:
            return
        current = self.tree.currentItem()
        keep = current.data(0, PATTERN_ROLE) if current else None
        self.tree.blockSignals(True)
        self.tree.clear()
        patterns = self._patterns()
        if self._results is not None:
            for pattern in patterns:
                self._pattern_item(self.tree.invisibleRootItem(), pattern)
            text = self.tr("{count} patterns found for “{query}”").format(
                count=len(patterns), query=self.search_box.text().strip()
            )
            self.status.setText(text if patterns else self.tr("Nothing in the library matches this search."))
        else:
            groups: dict[tuple[str, str], QTreeWidgetItem] = {}
            audiences: dict[str, QTreeWidgetItem] = {}
            for pattern in patterns:
                if pattern.audience not in audiences:
                    audiences[pattern.audience] = QTreeWidgetItem(self.tree, [audience_name(pattern.audience)])
                key = (pattern.audience, pattern.category)
                if key not in groups:
                    groups[key] = QTreeWidgetItem(audiences[pattern.audience], [category_name(pattern.category)])
                self._pattern_item(groups[key], pattern)
            self.tree.expandAll()
            self.status.setText(self.tr("{count} documented patterns").format(count=len(patterns)))
        self.tree.blockSignals(False)
        self._select(keep)

    def _pattern_item(self, parent: QTreeWidgetItem, pattern: Pattern) -> QTreeWidgetItem:
        item = QTreeWidgetItem(parent, [pattern.title[self.language]])
        item.setData(0, PATTERN_ROLE, pattern.id)
        item.setToolTip(0, pattern.summary[self.language])
        return item

    def pattern_items(self) -> list[QTreeWidgetItem]:
        """Pattern rows in the order they are shown."""
        found: list[QTreeWidgetItem] = []

        def walk(item: QTreeWidgetItem) -> None:
            for index in range(item.childCount()):
                child = item.child(index)
                if child.data(0, PATTERN_ROLE):
                    found.append(child)
                walk(child)

        walk(self.tree.invisibleRootItem())
        return found

    def _select(self, pattern_id: str | None) -> None:
        items = self.pattern_items()
        chosen = next((item for item in items if item.data(0, PATTERN_ROLE) == pattern_id), None)
        chosen = chosen or (items[0] if items else None)
        if chosen is None:
            self.details.clear()
            return
        self.tree.setCurrentItem(chosen)
        self._show_current(chosen)

    def _show_current(self, item: QTreeWidgetItem | None, _previous: QTreeWidgetItem | None = None) -> None:
        pattern_id = item.data(0, PATTERN_ROLE) if item else None
        if self.library is None or not pattern_id:
            return
        self.details.setHtml(self.pattern_html(self.library.pattern(pattern_id)))

    def pattern_html(self, pattern: Pattern) -> str:
        assert self.library is not None
        lang = self.language

        def section(heading: str, body: str) -> str:
            return f"<h3>{html.escape(heading)}</h3>{body}"

        signs = []
        for signal in pattern.signals:
            words = list(signal.phrases[:MAX_PHRASES]) + [say("contact." + kind, lang) for kind in signal.contacts]
            if words:
                signs.append("、".join(f"“{word}”" for word in words))
        steps = [f"{stage.name[lang]} → {stage.next[lang]}" for stage in pattern.stages]
        channels = [self.library.channels[key][lang] for key in pattern.report_to]
        cases = [f"{case.source} ({case.date}): {case.summary[lang]}" for case in pattern.cases]
        scams = [example.text for example in pattern.examples if example.expect == "match"][:MAX_EXAMPLES]
        ordinary = [example.text for example in pattern.examples if example.expect == "none"][:MAX_EXAMPLES]
        where = f"{audience_name(pattern.audience)} · {category_name(pattern.category)}"
        parts = [
            f"<h2>{html.escape(pattern.title[lang])}</h2>",
            f"<p><i>{html.escape(where)}</i></p>",
            f"<p>{html.escape(pattern.summary[lang])}</p>",
            section(say("section.why", lang), f"<p>{html.escape(pattern.why[lang])}</p>"),
        ]
        if signs:
            parts.append(section(self.tr("Warning signs"), _list_html(signs)))
        if steps:
            parts.append(section(self.tr("How it unfolds"), _list_html(steps, numbered=True)))
        parts += [
            section(say("section.advice", lang), _list_html(list(pattern.advice[lang]), numbered=True)),
            section(say("section.report", lang), _list_html(channels)),
            section(say("section.cases", lang), _list_html(cases)),
            section(self.tr("Examples of this scam"), _list_html(scams)),
            section(self.tr("Similar but ordinary messages"), _list_html(ordinary)),
        ]
        return "\n".join(parts)

    # Language ---------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.FontChange:
            self._fit_search_box()
        super().changeEvent(event)

    def _fit_search_box(self) -> None:
        """Wide enough for its placeholder at the current text size."""
        metrics = self.search_box.fontMetrics()
        self.search_box.setMinimumWidth(
            metrics.horizontalAdvance(self.search_box.placeholderText()) + 4 * metrics.height()
        )

    def retranslate(self) -> None:
        self.show_label.setText(self.tr("Sho&w:"))
        current = self.audience_box.currentData() if self.audience_box.count() else ALL
        self.audience_box.blockSignals(True)
        self.audience_box.clear()
        self.audience_box.addItem(self.tr("All patterns"), ALL)
        self.audience_box.addItem(audience_name("consumer"), "consumer")
        self.audience_box.addItem(audience_name("merchant"), "merchant")
        self.audience_box.setCurrentIndex(max(0, self.audience_box.findData(current)))
        self.audience_box.blockSignals(False)
        self.audience_box.setAccessibleName(self.tr("Which patterns to show"))
        self.find_label.setText(self.tr("&Find:"))
        self.search_box.setPlaceholderText(self.tr("Search patterns and cases, e.g. 刷单, 好评返现"))
        self._fit_search_box()
        self.search_box.setAccessibleName(self.tr("Search the scam library"))
        self.tree.setAccessibleName(self.tr("Documented scam patterns"))
        self.details.setAccessibleName(self.tr("Pattern details"))
        if self.library is None:
            self.search_box.setEnabled(False)
            self.status.setText(self.tr("Preparing the scam library…"))
        else:
            self.refresh()
