"""Run a function off the UI thread and deliver its result (or error) on the UI thread.

Every piece of work that touches the engine or the compiled library goes through one
TaskRunner with a single worker thread, so the shared SQLite connection and jieba are
only ever used by one thread at a time, and the UI thread never waits for them.
"""

from __future__ import annotations

import sys
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

Callback = Callable[[Any], None]
ErrorCallback = Callable[[BaseException], None]


class _Relay(QObject):
    """Lives on the UI thread; signals emitted from the worker arrive here queued."""

    succeeded = Signal(object)
    failed = Signal(object)

    def __init__(self, runner: TaskRunner, on_done: Callback, on_error: ErrorCallback | None) -> None:
        super().__init__(runner)
        self._runner = runner
        self._on_done = on_done
        self._on_error = on_error
        self.succeeded.connect(self._deliver_result)
        self.failed.connect(self._deliver_error)

    @Slot(object)
    def _deliver_result(self, result: object) -> None:
        self._runner._finished(self)
        self._on_done(result)

    @Slot(object)
    def _deliver_error(self, error: BaseException) -> None:
        self._runner._finished(self)
        if self._on_error is None:
            traceback.print_exception(error, file=sys.stderr)
        else:
            self._on_error(error)


class _Task(QRunnable):
    def __init__(self, function: Callable[[], object], relay: _Relay) -> None:
        super().__init__()
        self._function = function
        self._relay = relay

    def run(self) -> None:
        try:
            result = self._function()
        except Exception as error:  # delivered to the UI thread, never lost
            self._relay.failed.emit(error)
        else:
            self._relay.succeeded.emit(result)


class TaskRunner(QObject):
    """A serial background worker. `run(function, on_done, on_error)` returns at once."""

    def __init__(self, parent: QObject | None = None, threads: int = 1) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(threads)
        self._relays: set[_Relay] = set()

    def run(self, function: Callable[[], object], on_done: Callback, on_error: ErrorCallback | None = None) -> None:
        relay = _Relay(self, on_done, on_error)
        self._relays.add(relay)
        self._pool.start(_Task(function, relay))

    @property
    def busy(self) -> bool:
        return bool(self._relays)

    def wait(self, milliseconds: int = -1) -> bool:
        """Block until queued work is done (on shutdown); results are not delivered after this."""
        return self._pool.waitForDone(milliseconds)

    def _finished(self, relay: _Relay) -> None:
        self._relays.discard(relay)
        relay.deleteLater()
