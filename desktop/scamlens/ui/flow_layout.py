"""A layout that wraps its widgets onto the next line when they do not fit.

Rows of buttons use it so that, at 200 % text in English, nothing is pushed off screen.

It deliberately does not use Qt's height-for-width: QSplitter and the window's minimum
size would then ask for the height at the narrowest possible width (every button on its
own line). Instead it reports the height it needs at the width it was last given, and asks
for a new layout pass when that height changes.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QLayout, QLayoutItem, QSizePolicy, QWidget


class FlowLayout(QLayout):
    def __init__(self, parent: QWidget | None = None, spacing: int = 8) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._spacing = spacing
        self._width = 0  # the width of the last setGeometry
        self._height = 0  # the height needed at that width
        self.setContentsMargins(0, 0, 0, 0)

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)
        self.invalidate()

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def _visible(self) -> list[QLayoutItem]:
        return [item for item in self._items if not item.isEmpty()]

    def sizeHint(self) -> QSize:
        items = self._visible()
        one_line = sum(item.sizeHint().width() for item in items) + self._spacing * max(len(items) - 1, 0)
        height = self._height if self._width else max((item.sizeHint().height() for item in items), default=0)
        return QSize(one_line, height) + self._margins()

    def minimumSize(self) -> QSize:
        items = self._visible()
        widest = max((item.sizeHint().width() for item in items), default=0)
        height = self._height if self._width else max((item.sizeHint().height() for item in items), default=0)
        return QSize(widest, height) + self._margins()

    def _margins(self) -> QSize:
        margins = self.contentsMargins()
        return QSize(margins.left() + margins.right(), margins.top() + margins.bottom())

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        height = self._arrange(rect, move=True)
        if rect.width() != self._width or height != self._height:
            changed = height != self._height
            self._width, self._height = rect.width(), height
            if changed:  # tell the parent layout about the new height
                self.invalidate()
                row = self.parentWidget()
                if row is not None:
                    row.updateGeometry()

    def _arrange(self, rect: QRect, move: bool) -> int:
        """Place items left to right, wrapping; items on a line are centred vertically. Returns the height."""
        margins = self.contentsMargins()
        area = rect.adjusted(margins.left(), margins.top(), -margins.right(), -margins.bottom())
        lines: list[list[tuple[QLayoutItem, QSize]]] = [[]]
        x = area.x()
        for item in self._visible():
            hint = item.sizeHint()
            if x + hint.width() > area.right() + 1 and lines[-1]:
                lines.append([])
                x = area.x()
            lines[-1].append((item, hint))
            x += hint.width() + self._spacing
        y = area.y()
        for line in lines:
            height = max((hint.height() for _item, hint in line), default=0)
            x = area.x()
            for item, hint in line:
                if move:
                    width = min(hint.width(), area.width())
                    item.setGeometry(QRect(QPoint(x, y + (height - hint.height()) // 2), QSize(width, hint.height())))
                x += hint.width() + self._spacing
            y += height + self._spacing
        return max(0, y - self._spacing - area.y()) + margins.top() + margins.bottom()


def flow_row(*widgets: QWidget, parent: QWidget | None = None) -> QWidget:
    """A widget holding `widgets` in a FlowLayout."""
    row = QWidget(parent)
    layout = FlowLayout(row)
    for widget in widgets:
        layout.addWidget(widget)
    row.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
    return row
