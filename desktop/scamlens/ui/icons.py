"""Risk icons drawn with QPainter: each risk has its own shape as well as its colour.

high: octagon with "!"; medium: triangle with "!"; low: triangle outline with "?";
none: circle with "i". The shape carries the meaning for people who cannot tell the colours apart.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPen, QPixmap, QPolygonF

from .theme import risk_colours

_MARKS = {"high": "!", "medium": "!", "low": "?", "none": "i"}


def _octagon(rect: QRectF) -> QPolygonF:
    centre, radius = rect.center(), rect.width() / 2
    points = [
        QPointF(
            centre.x() + radius * math.cos(math.radians(22.5 + 45 * i)),
            centre.y() + radius * math.sin(math.radians(22.5 + 45 * i)),
        )
        for i in range(8)
    ]
    return QPolygonF(points)


def _triangle(rect: QRectF) -> QPolygonF:
    return QPolygonF([QPointF(rect.center().x(), rect.top()), rect.bottomRight(), rect.bottomLeft()])


def risk_pixmap(risk: str, size: int, high_contrast: bool = False, ratio: float = 1.0) -> QPixmap:
    colours = risk_colours(risk, high_contrast)
    pixmap = QPixmap(round(size * ratio), round(size * ratio))
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    line = max(2.0, size / 14)
    rect = QRectF(line, line, size - 2 * line, size - 2 * line)
    fill = QColor(colours.border)
    painter.setPen(QPen(QColor("#000000") if not high_contrast else QColor("#ffffff"), line / 2))
    painter.setBrush(fill)
    mark_colour = QColor("#ffffff")
    mark_rect = rect
    if risk == "high":
        painter.drawPolygon(_octagon(rect))
    elif risk == "medium":
        painter.drawPolygon(_triangle(rect))
        mark_rect = rect.adjusted(0, rect.height() * 0.25, 0, 0)
        mark_colour = QColor("#000000")
    elif risk == "low":
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(QPen(fill, line * 1.5))
        painter.drawPolygon(_triangle(rect.adjusted(line, line, -line, -line)))
        mark_rect = rect.adjusted(0, rect.height() * 0.25, 0, 0)
        mark_colour = fill
    else:
        painter.drawEllipse(rect)
    font = QFont()
    font.setBold(True)
    font.setPixelSize(round(size * (0.45 if risk in ("medium", "low") else 0.6)))
    painter.setFont(font)
    painter.setPen(mark_colour)
    painter.drawText(mark_rect, Qt.AlignmentFlag.AlignCenter, _MARKS[risk])
    painter.end()
    return pixmap
