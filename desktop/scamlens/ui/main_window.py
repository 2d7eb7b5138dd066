"""The main window: check page, pattern library and history in tabs, settings on the side.

The window appears at once; the pattern library and jieba load on the TaskRunner's worker
thread while the window shows "preparing…" with Check disabled. Every check also runs on
that worker, so typing never waits for the engine.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QCloseEvent, QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QFileDialog, QMainWindow, QPushButton, QTabWidget, QWidget

from scamlens.engine import LibraryError
from scamlens.engine.inputs import MAX_INPUT_BYTES, InputRejected, checked_text, text_from_bytes
from scamlens.engine.wording import say_input_error
from scamlens.settings import TEXT_SCALE_MAX, TEXT_SCALE_MIN, Settings, save_settings
from scamlens.store.history import History, HistoryEntry

from .about_dialog import AboutDialog
from .backend import Backend, Outcome, prepare_backend
from .check_page import CheckPage
from .contact_page import ContactPage
from .history_view import HistoryView
from .idle import IdleWatcher
from .library_browser import LibraryBrowser
from .report import build_report
from .settings_dialog import SettingsDialog
from .tasks import TaskRunner
from .theme import apply_look, highlight_colours, setup_fonts
from .translations import RetranslatesOnLanguageChange, Translators

if TYPE_CHECKING:
    from scamlens.library_packs import LibraryInfo
    from scamlens.store.blocklist import Blocklist
    from scamlens.store.library_db import SearchResult

RECHECK_DELAY_MS = 700  # re-check this long after the last keystroke
TEXT_SCALE_STEP = 10
_READ_LIMIT = 64 * MAX_INPUT_BYTES  # enough to report the real size of a too-large file


def active_library_info() -> LibraryInfo:
    """The version and date of the library in use (verifies an installed pack: on the worker)."""
    from scamlens.library_packs import active_library_info as info

    return info()


def open_blocklist() -> Blocklist:
    """The user's blocklists (personal and imported), opened once per window on the worker thread."""
    from scamlens.store.blocklist import Blocklist

    return Blocklist.open()


class MainWindow(RetranslatesOnLanguageChange, QMainWindow):
    ready = Signal()  # the library is loaded and Check is enabled
    check_finished = Signal()  # a result is on screen

    def __init__(
        self,
        settings: Settings,
        *,
        prepare: Callable[[], Backend] = prepare_backend,
        open_history: Callable[[], History] = History.open,
        open_blocklist: Callable[[], Blocklist] = open_blocklist,
        recheck_delay_ms: int = RECHECK_DELAY_MS,
        idle_interval_ms: int | None = None,
        store_settings: Callable[[Settings], None] | None = save_settings,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        setup_fonts(QApplication.instance())  # before any widget exists, so all of them get the CJK fallback
        self.settings = settings
        self.backend: Backend | None = None
        self.outcome: Outcome | None = None
        self._prepare = prepare
        self._store_settings = store_settings
        self._idle_interval_ms = idle_interval_ms
        self._open_history = open_history
        self._history: History | None = None  # opened on the worker thread, before the library
        self._open_blocklist = open_blocklist
        self.blocklist: Blocklist | None = None  # opened once, shared by both check pages
        self._history_id: int | None = None  # the entry that re-checks of the current text update
        self._check_serial = 0
        self._check_waiting = False  # Check was asked for before the library was ready
        self._message: tuple[Callable[[], str], bool, bool] | None = None  # re-worded on language change
        self.runner = TaskRunner(self)
        self.translators = Translators()
        self.settings_dialog: SettingsDialog | None = None
        self.about_dialog: AboutDialog | None = None
        self.library_info: LibraryInfo | None = None  # shown in About and Settings

        self.check_page = CheckPage(self)
        self.input_box = self.check_page.input_box
        self.result_view = self.check_page.result_view
        self.contact_page = ContactPage(self.runner, self)
        self.library_browser = LibraryBrowser(self)
        self.history_view = HistoryView(self)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self.check_page, "")
        self.tabs.addTab(self.contact_page, "")
        self.tabs.addTab(self.library_browser, "")
        self.tabs.addTab(self.history_view, "")
        self.settings_button = QPushButton(self)
        # In the status bar rather than the tab bar's corner: with four tabs at 200 % text the
        # corner would push the tabs into scroll arrows.
        self.about_button = QPushButton(self)
        self.statusBar().addPermanentWidget(self.settings_button)
        self.statusBar().addPermanentWidget(self.about_button)
        self.setCentralWidget(self.tabs)
        QWidget.setTabOrder(self.check_page.result_view.browser, self.settings_button)
        QWidget.setTabOrder(self.settings_button, self.about_button)

        self._recheck_timer = QTimer(self)
        self._recheck_timer.setSingleShot(True)
        self._recheck_timer.setInterval(recheck_delay_ms)
        self._recheck_timer.timeout.connect(lambda: self.request_check(explicit=False))
        self.idle_watcher = IdleWatcher(self._idle_interval(), self)
        self.idle_watcher.idle.connect(self.reset_for_next_visitor)
        self._connect()
        self._shortcuts()

        self.input_box.setFocus()  # ready for Ctrl+V at once
        self.check_page.set_ready(False)
        self._say(lambda: self.tr("Preparing the scam library…"), busy=True)
        self.apply_settings(settings)
        QTimer.singleShot(0, self._start_preparing)  # after the window is on screen

    # Wiring -----------------------------------------------------------------------------

    def _connect(self) -> None:
        page = self.check_page
        page.check_button.clicked.connect(lambda: self.request_check(explicit=True))
        page.paste_button.clicked.connect(self.paste_from_clipboard)
        page.open_button.clicked.connect(self.ask_open_file)
        page.clear_button.clicked.connect(self.clear)
        page.audience_changed.connect(self._audience_changed)
        self.input_box.textChanged.connect(self._text_changed)
        self.input_box.file_dropped.connect(self.load_file)
        self.result_view.copied.connect(lambda: self.statusBar().showMessage(self.tr("Result copied"), 5000))
        self.result_view.pdf_saved.connect(
            lambda path: self.statusBar().showMessage(self.tr("Saved {path}").format(path=path), 8000)
        )
        self.history_view.open_requested.connect(self.open_history_entry)
        self.settings_button.clicked.connect(self.open_settings)
        self.about_button.clicked.connect(self.open_about)

    def _shortcuts(self) -> None:
        def add(keys: QKeySequence | QKeySequence.StandardKey | str, slot: Callable[[], object]) -> None:
            QShortcut(QKeySequence(keys), self, slot)

        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            add(keys, self._check_shortcut)
        add(QKeySequence.StandardKey.Open, self.ask_open_file)
        add(QKeySequence.StandardKey.Print, self.result_view.print_result)
        add("Ctrl+,", self.open_settings)
        add("F1", self.open_about)
        for keys in ("Ctrl++", "Ctrl+="):
            add(keys, lambda: self.change_text_scale(TEXT_SCALE_STEP))
        add("Ctrl+-", lambda: self.change_text_scale(-TEXT_SCALE_STEP))
        add("Ctrl+0", lambda: self.change_text_scale(0))
        for number in range(4):
            add(f"Ctrl+{number + 1}", lambda index=number: self._go_to_tab(index))

    def _check_shortcut(self) -> None:
        self.tabs.setCurrentWidget(self.check_page)
        self.request_check(explicit=True)

    def _go_to_tab(self, index: int) -> None:
        if self.tabs.isTabVisible(index):  # History is hidden in community-centre mode
            self.tabs.setCurrentIndex(index)

    # Loading ----------------------------------------------------------------------------

    def _start_preparing(self) -> None:
        self.runner.run(self._open_history, self._history_opened, self._history_failed)
        self.runner.run(self._open_blocklist, self._blocklist_opened, self._blocklist_failed)
        self.runner.run(self._prepare, self._prepared, self._prepare_failed)
        self._load_library_info()

    def _load_library_info(self) -> None:
        self.runner.run(active_library_info, self._library_info_loaded, lambda _error: None)

    def _library_info_loaded(self, info: LibraryInfo) -> None:
        self.library_info = info
        if self.about_dialog is not None:
            self.about_dialog.set_library_info(info)
        if self.settings_dialog is not None:
            self.settings_dialog.set_library_info(info)

    def _library_changed(self, info: LibraryInfo) -> None:
        """An update pack was installed (or the previous library restored): load it for new checks.

        The old backend keeps answering until the new one is ready; both run on the same worker.
        """
        self._library_info_loaded(info)
        self.statusBar().showMessage(self.tr("Loading the updated scam library…"))
        self.runner.run(self._prepare, self._prepared, self._reload_failed)

    def _reload_failed(self, error: BaseException) -> None:
        self.statusBar().showMessage(
            self.tr("The updated scam library cannot be loaded: {error}").format(error=error), 10_000
        )

    def _history_opened(self, history: History) -> None:
        self._history = history
        self.history_view.set_history(history)

    def _history_failed(self, error: BaseException) -> None:
        self.statusBar().showMessage(self.tr("History is not available: {error}").format(error=error), 10_000)

    def _blocklist_opened(self, blocklist: Blocklist) -> None:
        self.blocklist = blocklist
        self.contact_page.set_blocklist(blocklist)

    def _blocklist_failed(self, error: BaseException) -> None:
        self.contact_page.set_blocklist(None)
        self.statusBar().showMessage(self.tr("Your blocklists are not available: {error}").format(error=error), 10_000)

    def _prepared(self, backend: Backend) -> None:
        self.backend = backend
        self.check_page.set_ready(True)
        self.library_browser.set_library(backend.library, self._search)
        self.history_view.model.set_language(self.settings.language, backend.library)
        self.statusBar().showMessage(self.tr("Ready"), 3000)
        self.runner.run(backend.warm_up, lambda _result: None, lambda _error: None)
        self.ready.emit()
        if self._check_waiting or self.input_box.toPlainText().strip():
            self.request_check(explicit=self._check_waiting)
        else:
            self._show_hint()

    def _prepare_failed(self, error: BaseException) -> None:
        details = "\n".join(error.problems) if isinstance(error, LibraryError) else str(error)
        self._say(
            lambda: self.tr("The scam library cannot be loaded, so nothing can be checked:\n{details}").format(
                details=details
            ),
            error=True,
        )

    @property
    def is_ready(self) -> bool:
        return self.backend is not None

    def _search(self, query: str, on_results: Callable[[list[SearchResult]], None]) -> None:
        backend = self.backend
        if backend is not None:
            self.runner.run(lambda: backend.search(query), on_results)

    # Checking ---------------------------------------------------------------------------

    def _say(self, words: Callable[[], str], busy: bool = False, error: bool = False) -> None:
        """Show a message instead of a result; `words()` gives it in the current language."""
        self._message = (words, busy, error)
        self.outcome = None
        self.input_box.clear_highlights()
        self.result_view.show_message(words(), busy=busy, error=error)

    def _show_hint(self) -> None:
        self._say(lambda: self.tr("Paste or type a message above, then press Check."))

    def _show_input_error(self, rejected: InputRejected) -> None:
        self._show_error(lambda: say_input_error(rejected.reason, self.settings.language, **rejected.details))

    def _show_error(self, words: Callable[[], str]) -> None:
        self._say(words, error=True)
        self.check_finished.emit()

    def _text_changed(self) -> None:
        if not self.input_box.toPlainText().strip():
            self._recheck_timer.stop()
            self._check_serial += 1  # drop any check still on its way
            if self.is_ready:
                self._show_hint()
            return
        self._recheck_timer.start()

    def request_check(self, explicit: bool = True) -> None:
        """Check the text in the box. `explicit`: the user asked (shows errors such as "empty")."""
        self._recheck_timer.stop()
        text = self.input_box.toPlainText()
        try:
            checked_text(text)
        except InputRejected as rejected:
            if explicit or rejected.reason != "empty":
                self._show_input_error(rejected)
            return
        backend = self.backend
        if backend is None:
            self._check_waiting = self._check_waiting or explicit
            return
        self._check_waiting = False
        self._check_serial += 1
        serial = self._check_serial
        blocklist = self.blocklist
        self.runner.run(
            lambda: backend.check(text, blocklist),
            lambda outcome: self._checked(serial, text, outcome),
            self._check_failed,
        )

    def _check_failed(self, error: BaseException) -> None:
        """A bug in a check must not leave the window waiting: say so, keep the text."""
        self._show_error(lambda: self.tr("The check failed: {error}").format(error=f"{type(error).__name__}: {error}"))

    def _checked(self, serial: int, text: str, outcome: Outcome) -> None:
        if serial != self._check_serial or text != self.input_box.toPlainText():
            return  # the text changed meanwhile: a newer check is coming
        self.outcome = outcome
        self._message = None
        self._render()
        self._remember(outcome)
        self.check_finished.emit()

    def _render(self) -> None:
        if self.outcome is None or self.backend is None:
            return
        report = build_report(self.outcome, self.backend.library, self.settings.language, self.check_page.audience)
        high_contrast = self.settings.high_contrast
        self.result_view.show_report(report, high_contrast)
        self.input_box.highlight(report.highlights, *highlight_colours(high_contrast))

    def _remember(self, outcome: Outcome) -> None:
        if self.settings.kiosk or self._history is None:
            return
        verdict = outcome.verdict
        patterns = [match.pattern.id for match in verdict.matches]
        if self._history_id is None:
            self._history_id = self._history.add(verdict.text, verdict.risk, patterns)
        else:
            self._history.update(self._history_id, verdict.text, verdict.risk, patterns)
        self.history_view.reload()

    # Input ------------------------------------------------------------------------------

    def set_text(self, text: str, history_id: int | None = None) -> None:
        """Replace the text (paste, file, history) and check it."""
        self._history_id = history_id
        self.input_box.setPlainText(text)
        self.tabs.setCurrentWidget(self.check_page)
        self.request_check(explicit=True)

    def check_when_ready(self, text: str) -> None:
        self.set_text(text)
        self._check_waiting = True

    def paste_from_clipboard(self) -> None:
        mime = QGuiApplication.clipboard().mimeData()
        if mime is not None and (mime.hasImage() or mime.hasUrls()):
            # A screenshot or a file on the clipboard goes the same way as a drop.
            self.input_box.insertFromMimeData(mime)
            return
        text = QGuiApplication.clipboard().text()
        try:
            self.set_text(checked_text(text))
        except InputRejected as rejected:
            self._show_input_error(rejected)

    def ask_open_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Open a text file"), "", self.tr("Text files (*.txt);;All files (*)")
        )
        if path:
            self.load_file(Path(path))

    def load_file(self, path: Path) -> None:
        try:
            with path.open("rb") as handle:
                data = handle.read(_READ_LIMIT)
            self.set_text(text_from_bytes(data))
        except InputRejected as rejected:
            self._show_input_error(rejected)
        except OSError as error:
            reason = error.strerror or str(error)
            self._show_error(lambda: self.tr("Cannot open “{name}”: {reason}").format(name=path.name, reason=reason))

    def clear(self) -> None:
        self._history_id = None
        self.input_box.clear()
        self.input_box.setFocus()

    def reset_for_next_visitor(self) -> None:
        """Community-centre mode, after the idle time: nothing of the last visitor stays on screen."""
        if self.settings_dialog is not None:
            self.settings_dialog.close()
        if self.about_dialog is not None:
            self.about_dialog.close()
        self.clear()
        self.contact_page.reset()
        self.tabs.setCurrentWidget(self.check_page)

    def show_tab(self, name: str) -> None:
        """Show one page: "check", "contact", "library" or "history"."""
        pages = {
            "check": self.check_page,
            "contact": self.contact_page,
            "library": self.library_browser,
            "history": self.history_view,
        }
        self.tabs.setCurrentWidget(pages[name])

    def open_history_entry(self, entry: HistoryEntry) -> None:
        self.set_text(entry.text, history_id=entry.id)

    # Settings ---------------------------------------------------------------------------

    def _idle_interval(self) -> int:
        return self._idle_interval_ms or self.settings.idle_minutes * 60_000

    def _audience_changed(self, audience: str) -> None:
        if audience != self.settings.audience:
            self.change_settings(replace(self.settings, audience=audience))

    def change_text_scale(self, step: int) -> None:
        scale = self.settings.text_scale + step if step else TEXT_SCALE_MIN
        scale = min(max(scale, TEXT_SCALE_MIN), TEXT_SCALE_MAX)
        self.change_settings(replace(self.settings, text_scale=scale))

    def change_settings(self, settings: Settings) -> None:
        """Apply and keep new settings (from the settings dialog, the audience switch, shortcuts)."""
        self.apply_settings(settings)
        if self._store_settings is not None:
            self._store_settings(settings)

    def apply_settings(self, settings: Settings) -> None:
        self.settings = settings
        self.translators.switch(settings.language)  # widgets retranslate on the LanguageChange event
        apply_look(QApplication.instance(), settings.text_scale, settings.high_contrast)
        self.check_page.set_audience(settings.audience)
        self.library_browser.set_language(settings.language)
        self.history_view.model.set_language(settings.language, self.backend.library if self.backend else None)
        self.history_view.set_enabled(not settings.kiosk)
        self.tabs.setTabVisible(self.tabs.indexOf(self.history_view), not settings.kiosk)
        if settings.kiosk:
            self.idle_watcher.start(self._idle_interval())
        else:
            self.idle_watcher.stop()
        self.result_view.refresh_look(settings.high_contrast)
        self.contact_page.set_kiosk(settings.kiosk)
        self.contact_page.high_contrast = settings.high_contrast
        self.contact_page.set_language(settings.language)
        self._render()
        self.retranslate()

    def open_settings(self) -> SettingsDialog:
        if self.settings_dialog is None:
            self.settings_dialog = SettingsDialog(
                self.settings, self, runner=self.runner, library_info=self.library_info
            )
            self.settings_dialog.settings_changed.connect(self.change_settings)
            self.settings_dialog.library_changed.connect(self._library_changed)
            self.settings_dialog.finished.connect(self._settings_closed)
        self.settings_dialog.open()
        return self.settings_dialog

    def _settings_closed(self) -> None:
        if self.settings_dialog is not None:
            self.settings_dialog.deleteLater()
            self.settings_dialog = None

    def open_about(self) -> AboutDialog:
        if self.about_dialog is None:
            self.about_dialog = AboutDialog(self.library_info, self)
            self.about_dialog.finished.connect(self._about_closed)
        self.about_dialog.open()
        return self.about_dialog

    def _about_closed(self) -> None:
        if self.about_dialog is not None:
            self.about_dialog.deleteLater()
            self.about_dialog = None

    # Language ---------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("ScamLens — check a message against documented scams"))
        self.tabs.setTabText(self.tabs.indexOf(self.check_page), self.tr("Chec&k a message"))
        self.tabs.setTabText(self.tabs.indexOf(self.contact_page), self.tr("Check a con&tact"))
        self.tabs.setTabText(self.tabs.indexOf(self.library_browser), self.tr("Scam &library"))
        self.tabs.setTabText(self.tabs.indexOf(self.history_view), self.tr("&History"))
        self.tabs.setAccessibleName(self.tr("Sections of ScamLens"))
        self.settings_button.setText(self.tr("&Settings…"))
        self.settings_button.setAccessibleName(self.tr("Open the settings: language, text size, contrast"))
        self.about_button.setText(self.tr("Abo&ut"))
        self.about_button.setAccessibleName(self.tr("About ScamLens: versions and notices (F1)"))
        if self._message is not None:
            words, busy, error = self._message
            self.result_view.show_message(words(), busy=busy, error=error)
        if self.backend is None:
            self.statusBar().showMessage(self.tr("Preparing the scam library…"))

    # Closing ----------------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:
        self.shutdown()
        super().closeEvent(event)

    def shutdown(self) -> None:
        """Stop timers and wait for background work, so nothing runs after the window is gone."""
        self._recheck_timer.stop()
        self.idle_watcher.stop()
        self.runner.wait(10_000)
        self.translators.remove()
        if self.blocklist is not None:
            self.blocklist.close()
            self.blocklist = None
            self.contact_page.blocklist = None
