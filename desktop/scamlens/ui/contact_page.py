"""The "check a contact" page: one phone number, WeChat / QQ id, shop name or link, and the blocklists.

The check and every blocklist change run on the window's TaskRunner (one worker thread),
so the blocklist's SQLite connection is only used by one thread at a time. The window
opens the Blocklist once and hands it here with `set_blocklist`.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QFileDialog,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from scamlens.engine.contacts.render import (
    RISK_LEVELS,
    blocklist_findings,
    fact_lines,
    other_findings,
    severity_word,
)

from .flow_layout import flow_row
from .icons import risk_pixmap
from .keyboard import chain_tab_order
from .report import ICON_URL, box_html
from .result_view import ResultBrowser, icon_size
from .tasks import TaskRunner
from .theme import RISK_SCALE, risk_colours
from .translations import RetranslatesOnLanguageChange

if TYPE_CHECKING:
    from scamlens.engine.contacts import ContactAssessment
    from scamlens.store.blocklist import Blocklist, Entry, ListInfo

MAX_CONTACT_CHARS = 1000  # the blocklist's own limit for one value
MAX_CONTEXT_CHARS = 20_000
KIND_CHOICES = ("", "phone", "wechat", "qq", "url", "shop")  # "" = guess from the value
PERSONAL = "personal"


@dataclass(frozen=True)
class BlocklistSnapshot:
    """What the blocklist panel shows, read on the worker thread."""

    personal: tuple[Entry, ...]
    imported: tuple[ListInfo, ...]


def _snapshot(blocklist: Blocklist) -> BlocklistSnapshot:
    imported = tuple(info for info in blocklist.lists() if info.name != PERSONAL)
    return BlocklistSnapshot(tuple(blocklist.entries(PERSONAL, limit=2000)), imported)


def _assess(value: str, context: str | None, kind: str | None, blocklist: Blocklist | None) -> ContactAssessment:
    from scamlens.engine.contacts import assess_contact

    return assess_contact(value, context, kind=kind, blocklist=blocklist)


class ContactPage(RetranslatesOnLanguageChange, QWidget):
    contact_checked = Signal()  # a result (or an input error) is on screen
    blocklist_updated = Signal()  # the blocklist panel shows the database's current state
    message_shown = Signal(str)  # a blocklist action's outcome, already in the UI language

    def __init__(self, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.blocklist: Blocklist | None = None
        self.language = "zh-Hans"
        self.high_contrast = False
        self.kiosk = False
        self.assessment: ContactAssessment | None = None
        self._message: tuple[Callable[[], str], bool] | None = None  # (words, error), re-worded on language change
        self._serial = 0
        self._blocklist_ready = False
        self._check_waiting = False  # a check was asked for before the blocklist was open

        # The question --------------------------------------------------------------------
        self.value_label = QLabel(self)
        self.value_edit = QLineEdit(self)
        self.value_edit.setMaxLength(MAX_CONTACT_CHARS * 4)  # longer input gets a clear message, not a silent cut
        self.value_label.setBuddy(self.value_edit)
        self.kind_label = QLabel(self)
        self.kind_combo = QComboBox(self)
        for _kind in KIND_CHOICES:
            self.kind_combo.addItem("", _kind)
        self.kind_label.setBuddy(self.kind_combo)
        self.context_label = QLabel(self)
        self.context_edit = QLineEdit(self)
        self.context_label.setBuddy(self.context_edit)
        self.check_button = QPushButton(self)
        self.check_button.setObjectName("primary")
        for label in (self.value_label, self.kind_label, self.context_label):
            label.setWordWrap(True)
        self.kind_row = flow_row(self.kind_label, self.kind_combo, parent=self)

        # The answer and the blocklists, as two sub-pages -----------------------------------
        self.inner_tabs = QTabWidget(self)
        self.result_page = QWidget(self)
        self.browser = ResultBrowser(self.result_page)
        self.browser.setOpenLinks(False)
        self.browser.setTabChangesFocus(True)
        self.note_label = QLabel(self.result_page)
        self.note_edit = QLineEdit(self.result_page)
        self.note_label.setBuddy(self.note_edit)
        self.add_button = QPushButton(self.result_page)
        self.add_button.setEnabled(False)
        self.add_row = flow_row(self.note_label, self.note_edit, self.add_button, parent=self.result_page)
        self.note_edit.setMinimumWidth(240)
        result_layout = QVBoxLayout(self.result_page)
        result_layout.addWidget(self.browser, 1)
        result_layout.addWidget(self.add_row)

        self.lists_scroll = QScrollArea(self)
        self.lists_scroll.setWidgetResizable(True)
        self.lists_page = QWidget()
        self.personal_box = QGroupBox(self.lists_page)
        self.entries_tree = self._tree(self.personal_box, 4)
        self.delete_button = QPushButton(self.personal_box)
        personal_layout = QVBoxLayout(self.personal_box)
        personal_layout.addWidget(self.entries_tree)
        personal_layout.addWidget(flow_row(self.delete_button, parent=self.personal_box))

        self.imported_box = QGroupBox(self.lists_page)
        self.list_name_label = QLabel(self.imported_box)
        self.list_name_edit = QLineEdit(self.imported_box)
        self.list_name_label.setBuddy(self.list_name_edit)
        self.import_button = QPushButton(self.imported_box)
        self.import_row = flow_row(
            self.list_name_label, self.list_name_edit, self.import_button, parent=self.imported_box
        )
        self.list_name_edit.setMinimumWidth(200)
        self.lists_tree = self._tree(self.imported_box, 4)
        self.remove_list_button = QPushButton(self.imported_box)
        self.export_button = QPushButton(self.imported_box)
        self.list_actions_row = flow_row(self.remove_list_button, self.export_button, parent=self.imported_box)
        imported_layout = QVBoxLayout(self.imported_box)
        imported_layout.addWidget(self.import_row)
        imported_layout.addWidget(self.lists_tree)
        imported_layout.addWidget(self.list_actions_row)

        self.status_label = QLabel(self.lists_page)
        self.status_label.setWordWrap(True)
        self.status_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        lists_layout = QVBoxLayout(self.lists_page)
        lists_layout.addWidget(self.status_label)
        lists_layout.addWidget(self.personal_box)
        lists_layout.addWidget(self.imported_box)
        lists_layout.addStretch(1)
        self.lists_scroll.setWidget(self.lists_page)
        self.inner_tabs.addTab(self.result_page, "")
        self.inner_tabs.addTab(self.lists_scroll, "")

        layout = QVBoxLayout(self)
        layout.addWidget(self.value_label)
        layout.addWidget(self.value_edit)
        layout.addWidget(self.kind_row)
        layout.addWidget(self.context_label)
        layout.addWidget(self.context_edit)
        layout.addWidget(flow_row(self.check_button, parent=self))
        layout.addWidget(self.inner_tabs, 1)

        self.value_edit.returnPressed.connect(self.request_check)
        self.context_edit.returnPressed.connect(self.request_check)
        self.check_button.clicked.connect(self.request_check)
        self.note_edit.returnPressed.connect(self.add_to_blocklist)
        self.add_button.clicked.connect(self.add_to_blocklist)
        self.delete_button.clicked.connect(self.delete_selected_entry)
        self.import_button.clicked.connect(self.ask_import)
        self.remove_list_button.clicked.connect(self.remove_selected_list)
        self.export_button.clicked.connect(self.ask_export)
        self.entries_tree.itemSelectionChanged.connect(self._update_buttons)
        self.lists_tree.itemSelectionChanged.connect(self._update_buttons)

        chain_tab_order(
            self.value_edit,
            self.kind_combo,
            self.context_edit,
            self.check_button,
            self.inner_tabs,
            self.browser,
            self.note_edit,
            self.add_button,
            self.entries_tree,
            self.delete_button,
            self.list_name_edit,
            self.import_button,
            self.lists_tree,
            self.remove_list_button,
            self.export_button,
        )
        self.retranslate()
        self._update_buttons()
        self._say(lambda: self.tr("Type a phone number, WeChat or QQ id, shop name or link, then press Check."))

    @staticmethod
    def _tree(parent: QWidget, columns: int) -> QTreeWidget:
        tree = QTreeWidget(parent)
        tree.setColumnCount(columns)
        tree.setRootIsDecorated(False)
        tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        tree.setWordWrap(True)
        tree.setMinimumHeight(120)
        tree.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        tree.header().setStretchLastSection(True)
        return tree

    # Wiring from the window -----------------------------------------------------------

    def set_blocklist(self, blocklist: Blocklist | None) -> None:
        """The window's Blocklist (None: it could not be opened; checks still work without it)."""
        self.blocklist = blocklist
        self._blocklist_ready = True
        self._update_buttons()
        self.reload_blocklist()
        if self._check_waiting:
            self._check_waiting = False
            self.request_check()

    def check_when_ready(self, value: str) -> None:
        """Put `value` in the box and check it as soon as the blocklist is open."""
        self.value_edit.setText(value)
        if self._blocklist_ready:
            self.request_check()
        else:
            self._check_waiting = True

    def set_language(self, lang: str) -> None:
        self.language = lang
        self._render()

    def set_high_contrast(self, high_contrast: bool) -> None:
        self.high_contrast = high_contrast
        self._render()

    def set_kiosk(self, kiosk: bool) -> None:
        """Community-centre mode: no personal editing (nothing kept after a visit), lists read-only."""
        self.kiosk = kiosk
        self.add_row.setVisible(not kiosk)
        self.personal_box.setVisible(not kiosk)
        self.import_row.setVisible(not kiosk)
        self.list_actions_row.setVisible(not kiosk)
        self._update_buttons()
        self.retranslate()

    def reset(self) -> None:
        """Forget the last visitor's contact, context, note and result."""
        self._serial += 1
        self.value_edit.clear()
        self.context_edit.clear()
        self.note_edit.clear()
        self.kind_combo.setCurrentIndex(0)
        self.inner_tabs.setCurrentIndex(0)
        self._say(lambda: self.tr("Type a phone number, WeChat or QQ id, shop name or link, then press Check."))

    # Checking -------------------------------------------------------------------------

    @property
    def chosen_kind(self) -> str | None:
        return self.kind_combo.currentData() or None

    def request_check(self) -> None:
        value = self.value_edit.text().strip()
        context = self.context_edit.text().strip() or None
        if not value:
            self._show_error(lambda: self.tr("Type or paste a phone number, WeChat or QQ id, shop name or link first."))
            return
        if len(value) > MAX_CONTACT_CHARS:
            self._show_error(
                lambda: self.tr(
                    "That is too long for one contact ({count} characters). Check one number, id, name or link"
                    " at a time; to check a whole message, use the “Check a message” page."
                ).format(count=len(value))
            )
            return
        if context is not None and len(context) > MAX_CONTEXT_CHARS:
            context = context[:MAX_CONTEXT_CHARS]
        self._serial += 1
        serial = self._serial
        kind, blocklist = self.chosen_kind, self.blocklist
        self.browser.setAccessibleDescription(self.tr("Checking…"))
        self.runner.run(
            lambda: _assess(value, context, kind, blocklist),
            lambda assessment: self._checked(serial, assessment),
            lambda error: self._check_failed(serial, error),
        )

    def _checked(self, serial: int, assessment: ContactAssessment) -> None:
        if serial != self._serial:
            return
        self.assessment = assessment
        self._message = None
        self.inner_tabs.setCurrentWidget(self.result_page)
        self._render()
        self._update_buttons()
        self.contact_checked.emit()

    def _check_failed(self, serial: int, error: BaseException) -> None:
        if serial != self._serial:
            return
        if isinstance(error, ValueError):
            self._show_error(
                lambda: self.tr("This cannot be checked as the chosen kind. Choose “Guess” and try again.")
            )
        else:
            self._show_error(
                lambda: self.tr("The check failed: {error}").format(error=f"{type(error).__name__}: {error}")
            )

    def _say(self, words: Callable[[], str], error: bool = False) -> None:
        self.assessment = None
        self._message = (words, error)
        self._render()
        self._update_buttons()

    def _show_error(self, words: Callable[[], str]) -> None:
        self.inner_tabs.setCurrentWidget(self.result_page)
        self._say(words, error=True)
        self.contact_checked.emit()

    # Rendering ------------------------------------------------------------------------

    def shown_text(self) -> str:
        return self.browser.toPlainText().replace("\ufffc", "").strip()

    def _render(self) -> None:
        points = QApplication.font().pointSizeF()
        size = icon_size(points)
        if self.assessment is not None:
            risk = RISK_LEVELS[self.assessment.severity]
            content = self._assessment_html(self.assessment, points, size)
        elif self._message is not None and self._message[1]:
            risk = "medium"
            text = self._message[0]()
            content = box_html(risk_colours(risk, self.high_contrast), size, text, points, [], bold_first=False)
            self.browser.setAccessibleDescription(text)
        else:
            risk = "none"
            text = self._message[0]() if self._message else ""
            content = f'<p style="font-weight:bold;">{html.escape(text)}</p>'
            self.browser.setAccessibleDescription(text)
        icon = risk_pixmap(risk, size, self.high_contrast, self.devicePixelRatioF()).toImage()
        self.browser.document().addResource(QTextDocument.ResourceType.ImageResource, QUrl(ICON_URL), icon)
        self.browser.setHtml(content)

    def _assessment_html(self, assessment: ContactAssessment, points: float, size: int) -> str:
        lang = self.language
        risk = RISK_LEVELS[assessment.severity]
        word = severity_word(assessment.severity, lang)
        kind_name = assessment.facts.get("kind_name", {}).get(lang, assessment.kind)
        title_line = f"{kind_name}: {assessment.text.strip()}"
        reasons = [finding.reason(lang) for finding in other_findings(assessment) if finding.severity != "info"]
        lines = [title_line, *(reasons[:1] or [])]
        banner = box_html(risk_colours(risk, self.high_contrast), size, word, points * RISK_SCALE, lines)
        self.browser.setAccessibleDescription(f"{word}. {title_line}. {' '.join(reasons)}")
        parts = [banner]

        def section(heading: str, items: list[str]) -> None:
            parts.append(f"<h3>{html.escape(heading)}</h3>")
            parts.append("<ul>" + "".join(f"<li>{html.escape(item)}</li>" for item in items) + "</ul>")

        colon = "：" if lang.startswith("zh") else ": "
        findings = other_findings(assessment)
        if findings:
            section(self.tr("Why"), [self._finding_line(finding) for finding in findings])
        section(
            self.tr("What is known about it"),
            [f"{label}{colon}{value}" for label, value in fact_lines(assessment, lang)],
        )
        hits = blocklist_findings(assessment)
        if hits:
            section(self.tr("On your blocklists"), [self._finding_line(finding) for finding in hits])
        elif self.blocklist is not None:
            heading, none = self.tr("On your blocklists"), self.tr("Not on any of your blocklists.")
            parts.append(f"<h3>{html.escape(heading)}</h3><p>{html.escape(none)}</p>")
        if assessment.kind == "phone":
            parts.append(
                "<p>"
                + html.escape(
                    self.tr("A caller ID can be faked: hang up and dial the official number yourself to make sure.")
                )
                + "</p>"
            )
        return "\n".join(parts)

    def _finding_line(self, finding: Any) -> str:
        reason = finding.reason(self.language)
        if finding.severity in ("medium", "high", "low"):
            reason = f"{severity_word(finding.severity, self.language)} · {reason}"
        return reason

    # Blocklists -----------------------------------------------------------------------

    def _run_on_blocklist(
        self,
        work: Callable[[Blocklist], object],
        done: Callable[[object], None],
        failed: Callable[[BaseException], None],
    ) -> None:
        blocklist = self.blocklist
        if blocklist is None:
            self._tell(lambda: self.tr("Your blocklists are not available."), error=True)
            return

        def task() -> tuple[object, BlocklistSnapshot]:
            return work(blocklist), _snapshot(blocklist)

        def finished(result: tuple[object, BlocklistSnapshot]) -> None:
            outcome, snapshot = result
            self._show_snapshot(snapshot)
            done(outcome)

        def error(problem: BaseException) -> None:
            failed(problem)
            self.reload_blocklist()

        self.runner.run(task, finished, error)

    def reload_blocklist(self) -> None:
        blocklist = self.blocklist
        if blocklist is None:
            self._show_snapshot(BlocklistSnapshot((), ()))
            return
        self.runner.run(lambda: _snapshot(blocklist), self._show_snapshot, lambda error: self._blocklist_error(error))

    def _show_snapshot(self, snapshot: BlocklistSnapshot) -> None:
        self.entries_tree.clear()
        for entry in snapshot.personal:
            item = QTreeWidgetItem([entry.value, self._kind_name(entry.kind), entry.note, entry.added_at])
            item.setData(0, Qt.ItemDataRole.UserRole, (entry.value, entry.kind))
            self.entries_tree.addTopLevelItem(item)
        self.lists_tree.clear()
        for info in snapshot.imported:
            item = QTreeWidgetItem([info.name, info.source, info.imported_at, str(info.entries)])
            item.setData(0, Qt.ItemDataRole.UserRole, info.name)
            item.setTextAlignment(3, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.lists_tree.addTopLevelItem(item)
        self._update_buttons()
        self.blocklist_updated.emit()

    def _kind_name(self, kind: str) -> str:
        from scamlens.engine.contacts.reasons import KIND_NAMES

        return KIND_NAMES.get(kind, {}).get(self.language, kind)

    def _tell(self, words: Callable[[], str], error: bool = False) -> None:
        text = words()
        self.status_label.setText(text)
        self.status_label.setProperty("error", error)
        self.status_label.setStyleSheet(
            "color: #b3261e; font-weight: bold;" if error and not self.high_contrast else ""
        )
        self.status_label.setAccessibleName(text)
        self.message_shown.emit(text)

    def _blocklist_error(self, error: BaseException) -> None:
        from scamlens.store.blocklist import BlocklistError

        if isinstance(error, BlocklistError) and error.code == "list_exists":
            name = str(error.details.get("name", ""))
            self._tell(
                lambda: self.tr(
                    "A list named “{name}” already exists. Remove it first, or import under another name."
                ).format(name=name),
                error=True,
            )
        elif isinstance(error, BlocklistError):
            self._tell(lambda: error.message(self.language), error=True)
        else:
            self._tell(lambda: self.tr("The blocklist could not be changed: {error}").format(error=error), error=True)

    def add_to_blocklist(self) -> None:
        assessment = self.assessment
        if assessment is None or self.kiosk:
            return
        value, kind, note = assessment.text.strip(), assessment.kind, self.note_edit.text().strip()

        def added(was_new: object) -> None:
            self.note_edit.clear()
            self._tell(
                (lambda: self.tr("Added to your blocklist: {value}").format(value=value))
                if was_new
                else (lambda: self.tr("Already on your blocklist; note updated: {value}").format(value=value))
            )
            self.request_check()  # show the hit at once

        self._run_on_blocklist(lambda blocklist: blocklist.add(value, kind, note), added, self._blocklist_error)

    def delete_selected_entry(self) -> None:
        item = self.entries_tree.currentItem()
        if item is None or self.kiosk:
            return
        value, kind = item.data(0, Qt.ItemDataRole.UserRole)
        self._run_on_blocklist(
            lambda blocklist: blocklist.remove(value, kind),
            lambda _removed: self._tell(lambda: self.tr("Removed from your blocklist: {value}").format(value=value)),
            self._blocklist_error,
        )

    def ask_import(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import a blocklist (CSV)"), "", self.tr("CSV files (*.csv);;All files (*)")
        )
        if path:
            self.import_csv(Path(path), self.list_name_edit.text().strip() or Path(path).stem)

    def import_csv(self, path: Path, name: str) -> None:
        """Import a community list; a rejected file shows its bad lines and changes nothing."""
        if self.kiosk:
            return
        name = name.strip() or path.stem

        def imported(report: Any) -> None:
            self.list_name_edit.clear()
            self._tell(
                lambda: self.tr("Imported “{name}” from {file}: {count} entries.").format(
                    name=report.list_name, file=path.name, count=report.imported
                )
            )

        self._run_on_blocklist(lambda blocklist: blocklist.import_csv(path, name), imported, self._import_failed)

    def _import_failed(self, error: BaseException) -> None:
        from scamlens.store.blocklist import ImportRejected

        if isinstance(error, ImportRejected):
            problems = error.problems
            self._tell(
                lambda: (
                    self.tr("Nothing was imported; your lists are unchanged. Fix these lines and try again:")
                    + "\n"
                    + "\n".join(problem.message(self.language) for problem in problems[:20])
                    + (f"\n… (+{len(problems) - 20})" if len(problems) > 20 else "")
                ),
                error=True,
            )
        else:
            self._blocklist_error(error)

    def remove_selected_list(self) -> None:
        item = self.lists_tree.currentItem()
        if item is not None:
            self.remove_list(item.data(0, Qt.ItemDataRole.UserRole))

    def remove_list(self, name: str) -> None:
        if self.kiosk:
            return
        self._run_on_blocklist(
            lambda blocklist: blocklist.remove_list(name),
            lambda count: self._tell(
                lambda: self.tr("Removed the list “{name}” ({count} entries).").format(name=name, count=count)
            ),
            self._blocklist_error,
        )

    def ask_export(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export the blocklists (CSV)"), "scamlens-blocklists.csv", self.tr("CSV files (*.csv)")
        )
        if path:
            self.export_csv(Path(path) if path.lower().endswith(".csv") else Path(path + ".csv"))

    def export_csv(self, path: Path) -> None:
        self._run_on_blocklist(
            lambda blocklist: blocklist.export_csv(path),
            lambda count: self._tell(
                lambda: self.tr("Exported {count} entries to {path}").format(count=count, path=path)
            ),
            self._blocklist_error,
        )

    def _update_buttons(self) -> None:
        self.check_button.setEnabled(self._blocklist_ready)
        editable = not self.kiosk and self.blocklist is not None
        self.add_button.setEnabled(editable and self.assessment is not None)
        self.delete_button.setEnabled(editable and self.entries_tree.currentItem() is not None)
        self.import_button.setEnabled(editable)
        self.remove_list_button.setEnabled(editable and self.lists_tree.currentItem() is not None)
        self.export_button.setEnabled(self.blocklist is not None)

    # Language -------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.value_label.setText(self.tr("&Phone number, WeChat or QQ id, shop name or link:"))
        self.value_edit.setAccessibleName(self.tr("Contact to check"))
        self.value_edit.setPlaceholderText(self.tr("e.g. 13800138000, a WeChat id, or https://…"))
        self.kind_label.setText(self.tr("&What is it?"))
        self.kind_combo.setAccessibleName(self.tr("What kind of contact it is"))
        names = (
            self.tr("Guess from what I typed"),
            self.tr("Phone number"),
            self.tr("WeChat id"),
            self.tr("QQ number"),
            self.tr("Link or website"),
            self.tr("Shop name"),
        )
        for index, name in enumerate(names):
            self.kind_combo.setItemText(index, name)
        self.context_label.setText(self.tr("What did the &message say? (optional)"))
        self.context_edit.setAccessibleName(self.tr("What the message said, optional"))
        self.context_edit.setPlaceholderText(self.tr("e.g. “I am Taobao customer service, add me on WeChat”"))
        self.check_button.setText(self.tr("Check &contact (Enter)"))
        self.check_button.setAccessibleName(self.tr("Check the contact"))
        self.inner_tabs.setTabText(0, self.tr("Result"))
        self.inner_tabs.setTabText(1, self.tr("Community lists") if self.kiosk else self.tr("My blocklists"))
        self.inner_tabs.setAccessibleName(self.tr("Result and blocklists"))
        self.browser.setAccessibleName(self.tr("Contact check result"))
        self.note_label.setText(self.tr("&Note:"))
        self.note_edit.setAccessibleName(self.tr("Note for the blocklist entry"))
        self.note_edit.setPlaceholderText(self.tr("e.g. fake refund call"))
        self.add_button.setText(self.tr("&Add to my blocklist"))
        self.add_button.setAccessibleName(self.tr("Add the checked contact to my blocklist"))
        self.personal_box.setTitle(self.tr("My blocklist"))
        self.entries_tree.setHeaderLabels([self.tr("Contact"), self.tr("Kind"), self.tr("Note"), self.tr("Added")])
        self.entries_tree.setAccessibleName(self.tr("Entries on my blocklist"))
        self.delete_button.setText(self.tr("&Delete entry"))
        self.delete_button.setAccessibleName(self.tr("Delete the selected entry from my blocklist"))
        self.imported_box.setTitle(self.tr("Imported lists (checked with every contact)"))
        self.list_name_label.setText(self.tr("List &name:"))
        self.list_name_edit.setAccessibleName(self.tr("Name for the imported list"))
        self.list_name_edit.setPlaceholderText(self.tr("e.g. community centre 2024"))
        self.import_button.setText(self.tr("&Import CSV…"))
        self.import_button.setAccessibleName(self.tr("Import a blocklist from a CSV file"))
        self.lists_tree.setHeaderLabels(
            [self.tr("List"), self.tr("Source file"), self.tr("Imported"), self.tr("Entries")]
        )
        self.lists_tree.setAccessibleName(self.tr("Imported lists"))
        self.remove_list_button.setText(self.tr("&Remove list"))
        self.remove_list_button.setAccessibleName(self.tr("Remove the selected imported list"))
        self.export_button.setText(self.tr("E&xport all…"))
        self.export_button.setAccessibleName(self.tr("Export all blocklists to a CSV file"))
        self.status_label.setAccessibleName(self.status_label.text() or self.tr("Blocklist messages"))
        self._render()
