"""Keyboard helpers."""

from __future__ import annotations

from itertools import pairwise

from PySide6.QtWidgets import QWidget


def chain_tab_order(*widgets: QWidget) -> None:
    """Tab visits `widgets` in this order."""
    for first, second in pairwise(widgets):
        QWidget.setTabOrder(first, second)
