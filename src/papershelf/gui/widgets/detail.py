"""The detail pane: everything about the current paper, editable in place, saved at once."""

from __future__ import annotations

import math
from typing import Any, cast

from markdown_it_pyrs import MarkdownIt
from PySide6.QtCore import QEvent, QObject, QSize, QStringListModel, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QPalette, QTextDocument
from PySide6.QtWidgets import (
    QCompleter,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QPlainTextEdit,
    QTextBrowser,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from papershelf.core.errors import InvalidValue
from papershelf.core.latex import readable
from papershelf.core.names import editable, parse_typed, structured
from papershelf.core.sources import readable_time, source_name
from papershelf.core.text import counted
from papershelf.core.textfmt import STATUS_LABELS, review_reasons
from papershelf.gui.colours import readable_on
from papershelf.gui.resources import ERROR_RED
from papershelf.gui.widgets.elided_label import ElidedLines, ElidedLinks, ElidedNotice
from papershelf.gui.widgets.field_undo import WindowUndoInFields
from papershelf.gui.widgets.focus_frames import FocusComboBox, FocusTabWidget
from papershelf.gui.widgets.star_rating import StarRating
from papershelf.gui.widgets.title_edit import TitleEdit
from papershelf.library import Library
from papershelf.store.annotations import STATUSES

NOTE_SAVE_DELAY_MS = 600
META_LINES = 2
TRASH_HINT = "(Edit › Restore from Trash)"


def note_summary(body: str) -> str:
    """A note's first line as read, not as typed: `# Key idea` shows as `Key idea`."""
    document = QTextDocument()
    document.setMarkdown(body)
    lines = [line.strip() for line in document.toPlainText().splitlines() if line.strip()]
    return lines[0][:60] if lines else "(empty note)"


def note_html(body: str) -> str:
    """A note's Markdown as HTML (markdown-it, CommonMark): Qt's own Markdown reader sets a
    heading's size on its plain runs only, so **bold** in a heading came out smaller."""
    return str(MarkdownIt("commonmark").render(body)) if body.strip() else ""


class TagCompleter(QCompleter):
    """Completes the tag being typed after the last comma."""

    def pathFromIndex(self, index) -> str:  # type: ignore[no-untyped-def]
        typed = cast(QLineEdit, self.widget()).text()
        done = typed.rsplit(",", 1)[0] if "," in typed else ""
        prefix = done + ", " if done else ""
        return prefix + str(index.data())

    def splitPath(self, path: str) -> list[str]:
        return [path.rsplit(",", 1)[-1].strip()]


class CornerButtons(QWidget):
    """The notes' buttons beside Write and Preview. Their width is not asked of the pane:
    counted in the tab widget's least width, it made the pane wider at 1024 px, taken from
    the table, though tabs and buttons fit in the pane's least width."""

    def minimumSizeHint(self) -> QSize:
        return QSize(0, super().minimumSizeHint().height())


class DetailPane(QWidget):
    applied = Signal(object)  # the OpChanges of an edit made here (the pane shows it already)
    paper_shown = Signal(object)  # the id of another paper now shown (None: none)
    # Esc in a field: the edit kept, as leaving the field keeps it; the window hands the focus
    # back to the papers (trial 17: it stayed here, and Down moved the field's cursor).
    escaped = Signal()

    def __init__(self, library: Library, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.library = library
        self.paper: dict[str, Any] | None = None
        self.note_id: int | None = None
        self._loading = False
        self.escape_fields: tuple[QWidget, ...] = ()  # (filled in _build: events come before)
        self._build()
        self.show_paper(None)

    # -- layout ----------------------------------------------------------------------------

    def _build(self) -> None:
        outer = QVBoxLayout(self)
        # No margin above the title or below the tabs: their edges line up with the search
        # field's and the table's beside them, and the 18 px go to a five-line title, shown
        # whole at 1024x640 (trial 12: it scrolled, 11 px short).
        sides = outer.contentsMargins()
        outer.setContentsMargins(sides.left(), 0, sides.right(), 0)
        self.title = TitleEdit(self)
        self.title.setObjectName("titleEdit")
        self.title.setPlaceholderText("Title")
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.title.setFont(font)
        self.title.editingFinished.connect(self._save_title)
        outer.addWidget(self.title)
        self.review = ElidedNotice(self)
        self.review.setObjectName("reviewLabel")
        self.review.unbroken = TRASH_HINT  # wrapped, it goes whole onto the second line
        # One line kept for it even when empty: the fields below never move from paper to
        # paper (two in the Trash, for its restore hint). Cut to the pane's width (whole in
        # the tooltip), so a long flag never widens the pane.
        outer.addWidget(self.review)

        form = QFormLayout()
        self.authors = QLineEdit(self)
        self.authors.setPlaceholderText("Names separated by ;")
        self.authors.editingFinished.connect(self._save_authors)
        self.date = QLineEdit(self)
        self.date.setPlaceholderText("YYYY-MM-DD")
        self.date.editingFinished.connect(self._save_date)
        self.date.textEdited.connect(lambda _text: self._mark_date_refused(None))
        self.meta = ElidedLines(META_LINES, self)
        # Two lines whatever the paper has (the whole text in its tooltip): Links, Key, Rating,
        # Status and Tags stay in place from paper to paper.
        self.meta.setFixedHeight(META_LINES * self.meta.fontMetrics().lineSpacing())
        self.key = QLineEdit(self)
        self.key.setObjectName("keyEdit")
        self.key.setPlaceholderText("assigned on first export")
        self.key.editingFinished.connect(self._save_key)
        self.edit_links = QToolButton(self)
        self.edit_links.setText("Edit…")
        self.edit_links.clicked.connect(self._edit_links)
        self.links = ElidedLinks(self)  # a long link never widens the pane
        self.links.setOpenExternalLinks(True)
        self.links.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.stars = StarRating(self)
        self.stars.rated.connect(self._rate)
        self.status = FocusComboBox(self)
        for status in STATUSES:
            self.status.addItem(STATUS_LABELS[status], status)
        self.status.activated.connect(self._save_status)
        self.tags = QLineEdit(self)
        self.tags.setObjectName("tagEdit")
        self.tags.setPlaceholderText("tags, separated by commas")
        self.tag_names = QStringListModel(self)
        completer = TagCompleter(self.tag_names, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.tags.setCompleter(completer)
        self.tags.editingFinished.connect(self._save_tags)
        self.tags.installEventFilter(self)
        self.window_undo = WindowUndoInFields(self)
        self.window_undo.watch(self.title, self.authors, self.date, self.key, self.tags)
        links_row = QHBoxLayout()
        links_row.addWidget(self.links, 1)
        links_row.addWidget(self.edit_links)
        links_box = QWidget(self)
        links_box.setLayout(links_row)
        links_row.setContentsMargins(0, 0, 0, 0)
        for label, widget in (
            ("Authors", self.authors),
            ("Date", self.date),
            ("", self.meta),
            ("Links", links_box),
            ("&Key", self.key),  # Alt+K: off the Tab chain, rarely edited
            ("Rating", self.stars),
            ("Status", self.status),
            ("Tags", self.tags),
        ):
            form.addRow(label, widget)
        outer.addLayout(form)

        self.tabs = FocusTabWidget(self)
        self.abstract = QTextBrowser(self)
        self.abstract.setOpenExternalLinks(True)
        self.tabs.addTab(self.abstract, "Abstract")
        self.tabs.addTab(self._build_notes(), "Notes")
        self.provenance = QTextBrowser(self)
        self.tabs.addTab(self.provenance, "Sources")
        # Its pages scroll: a 640 px high screen holds the whole window, frame included.
        self.tabs.setMinimumHeight(140)
        outer.addWidget(self.tabs, 1)
        self._off_the_tab_chain()
        self.escape_fields = (
            self.title,
            self.authors,
            self.date,
            self.key,
            self.stars,
            self.status,
            self.tags,
            self.note_edit,
        )
        for field in self.escape_fields:
            field.installEventFilter(self)

    def tab_chain(self) -> list[QWidget]:
        """The fields Tab visits, top to bottom as they are shown: the rating is one stop (its
        arrow keys and digits set it), then the tab bar (the arrow keys switch tabs) and what
        the current tab shows (Tab skips the hidden tabs' widgets). The links' Edit… and the
        notes' buttons are reached with the mouse or their keys (Ctrl+N), the citation key
        (assigned by the first export, seldom edited) with Alt+K, not with Tab."""
        return [
            self.title,
            self.authors,
            self.date,
            self.stars,
            self.status,
            self.tags,
            self.tabs,
            self.abstract,
            self.notes,
            self.note_tabs,
            self.note_edit,
            self.note_preview,
            self.provenance,
        ]

    def _off_the_tab_chain(self) -> None:
        for widget in (self.edit_links, self.new_note, self.delete_note, self.links, self.key):
            widget.setFocusPolicy(Qt.FocusPolicy.ClickFocus)

    def _build_notes(self) -> QWidget:
        box = QWidget(self)
        layout = QVBoxLayout(box)
        # The page's frame is margin enough: at 1024x640 the page is 116 px high in all.
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        self.notes = QListWidget(box)
        self.notes.setObjectName("noteList")
        self.notes.setMaximumHeight(90)
        # One note whole at the least: what is left goes to the editor (trial 11: the list and
        # the buttons stacked beside it left the editor one line high at 1024x640).
        self.notes.setMinimumHeight(self.notes.fontMetrics().height() + 12)
        # A long first line is cut with "…" (its whole text in the tooltip), never scrolled to.
        self.notes.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.notes.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.notes.installEventFilter(self)
        self.notes.viewport().installEventFilter(self)
        self.notes.currentItemChanged.connect(self._note_selected)
        layout.addWidget(self.notes)
        self.note_tabs = FocusTabWidget(box)
        # Beside Write and Preview, side by side: stacked beside the list they kept it two
        # buttons high. Tool buttons, short words: push buttons' 80 px least width, or "New
        # note", put scroll arrows on the tabs in a 228 px pane.
        buttons = CornerButtons(self.note_tabs)
        row = QHBoxLayout(buttons)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(2)
        self.new_note = QToolButton(buttons)
        self.new_note.setText("New")  # "New note" too would not fit beside the tabs
        self.new_note.setToolTip("New note (Ctrl+N)")
        self.new_note.clicked.connect(self.add_note)
        self.delete_note = QToolButton(buttons)
        self.delete_note.setText("Delete")
        self.delete_note.setToolTip("Delete this note (Del in the list)")
        self.delete_note.clicked.connect(self._delete_note)
        row.addWidget(self.new_note)
        row.addWidget(self.delete_note)
        self.note_tabs.setCornerWidget(buttons, Qt.Corner.TopRightCorner)
        self.note_edit = QPlainTextEdit(box)
        self.note_edit.setObjectName("noteEdit")
        self.note_edit.setPlaceholderText("Markdown. Saved as you type.")
        # Tab goes on round the window's ring, as from the title: it stayed here, each press a
        # tab character saved in the note, so Tab never got back to the sidebar (trial 11).
        # Markdown indents as well with spaces.
        self.note_edit.setTabChangesFocus(True)
        self.note_edit.setMinimumHeight(_lines_high(self.note_edit, 3))
        self.note_edit.textChanged.connect(self._note_typed)
        self.note_preview = QTextBrowser(box)
        self.note_preview.setObjectName("notePreview")
        self.note_tabs.addTab(self.note_edit, "Write")
        self.note_tabs.addTab(self.note_preview, "Preview")
        self.note_tabs.currentChanged.connect(self._render_note)
        layout.addWidget(self.note_tabs, 1)
        self.note_timer = QTimer(self)
        self.note_timer.setSingleShot(True)
        self.note_timer.setInterval(NOTE_SAVE_DELAY_MS)
        self.note_timer.timeout.connect(self.flush_note)
        return box

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched in self.escape_fields
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.key() == Qt.Key.Key_Escape
            and not event.modifiers()
        ):
            # Saved now, not on the typing timer: Ctrl+Z on the table undoes the note at once.
            self.flush_note()
            self.escaped.emit()  # the field loses the focus, which saves what it holds
            return True
        # Tag names for completion are read when the editor is entered, not per paper shown.
        if watched is self.tags and event.type() == QEvent.Type.FocusIn:
            self.tag_names.setStringList(self.library.all_tag_names())
        if (
            watched is self.notes
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.key() == Qt.Key.Key_Delete
            and not event.modifiers()
        ):
            self.delete_note.click()  # the button is off the Tab chain: Del in the list
            return True
        if watched is self.notes.viewport() and event.type() == QEvent.Type.Resize:
            # The list lower (a smaller window): the note in the editor stays in sight, once
            # the list has laid its rows out again (trial 12: at 1008x592 it showed notes 1-3
            # while the editor held note 8).
            QTimer.singleShot(0, self, self._note_in_sight)
        return super().eventFilter(watched, event)

    def _note_in_sight(self) -> None:
        item = self.notes.currentItem()
        if item is not None:
            self.notes.scrollToItem(item)

    # -- showing ---------------------------------------------------------------------------

    def show_paper(self, paper_id: int | None) -> None:
        self.flush_note()
        # Saved: the editor's text is stale from here on. Left attached to its note, it was
        # written back over the note as reloaded (an undo of that very edit made a new step).
        self.note_id = None
        before = self.paper["id"] if self.paper is not None else None
        self.paper = self.library.paper(paper_id) if paper_id is not None else None
        self._loading = True
        try:
            self._fill()
        finally:
            self._loading = False
        if paper_id != before:
            self.paper_shown.emit(paper_id)

    def reload(self) -> None:
        if self.paper is not None:
            try:
                self.show_paper(self.paper["id"])
            except Exception:
                self.show_paper(None)

    def _fill(self) -> None:
        paper = self.paper
        self._mark_date_refused(None)  # the field shows what is stored from here on
        self.setEnabled(paper is not None)
        if paper is None:
            for edit in (self.title, self.authors, self.date, self.tags):
                edit.clear()
                self.key.clear()
            for label in (self.meta, self.links, self.review):
                label.clear()
            self.abstract.clear()
            self.provenance.clear()
            self.notes.clear()
            self.note_edit.clear()
            self.stars.set_value(0)
            # The last paper's hints and status must not linger on an empty pane.
            self.authors.setPlaceholderText("Names separated by ;")
            self.date.setPlaceholderText("YYYY-MM-DD")
            self.status.setCurrentIndex(-1)
            return
        self.title.setText(paper["title"])
        self.title.setCursorPosition(0)
        # A reader's own reason is stored as "review: …", which the label's "Needs review:"
        # already says (trial 7: "Needs review: review: read as a repeated record shape").
        flags = review_reasons(paper["needs_review"])
        notices = [_trash_notice(paper["deleted"])] if paper["deleted"] else []
        notices += ["⚑ Needs review: " + "; ".join(flags)] if flags else []
        self.review.set_lines(2 if paper["deleted"] else 1)
        self.review.setText(" · ".join(notices))
        self.review.setToolTip(self.review.text())
        self._fill_authors(paper)
        self.date.setText(paper["date"] or "")
        self.date.setPlaceholderText(
            f"{paper['date_text']} (year unknown)"
            if paper["date_text"] and not paper["date"]
            else "YYYY-MM-DD"
        )
        self.meta.setText(self._meta_text(paper))
        self.meta.setToolTip(self.meta.text())
        self.links.set_urls(paper["urls"])
        self.key.setText(paper["citation_key"] or "")
        self.key.setCursorPosition(0)  # a long key shows its start
        self.stars.set_value(paper["rating"])
        self.status.setCurrentIndex(STATUSES.index(paper["status"]))
        self.tags.setText(", ".join(paper["tags"]))
        self.abstract.setPlainText(readable(paper["abstract"]) or "No abstract.")
        self.provenance.setPlainText(self._sources_text(paper))
        self.provenance.setToolTip(
            "\n".join(f"{s['file']}, line {s['line']}" for s in paper["sources"])
        )
        self._fill_notes(select=None)

    def _fill_authors(self, paper: dict[str, Any]) -> None:
        # Each name in a form that reads back as the same parts ({Google DeepMind}).
        names = "; ".join(editable(name) for name in paper["names"])
        if paper["authors_truncated"]:
            names += "; et al."
        self.authors.setText(names)
        self.authors.setCursorPosition(0)  # the first author in sight, not the last
        self.authors.setPlaceholderText(
            f"{counted(paper['author_count'], 'author')} (names not in the listing)"
            if paper["author_count"] and not paper["authors"]
            else "Names separated by ;"
        )

    @staticmethod
    def _meta_text(paper: dict[str, Any]) -> str:
        bits = []
        for key, label in (
            ("category", "Category"),
            ("affiliation", "Affiliation"),
            ("arxiv_id", "arXiv"),
            ("doi", "DOI"),
        ):
            if paper.get(key):
                bits.append(f"{label}: {paper[key]}")
        if paper.get("submitted_v1"):
            bits.append(f"v1: {paper['submitted_v1']}")
        # A trashed paper is out of its queues' views, as a Zotero item in the trash is out of
        # its collections': the pane names none (trial 10). It keeps them: restored, it is back.
        if paper["queues"] and not paper["deleted"]:
            bits.append("Queues: " + ", ".join(paper["queues"]))
        return " · ".join(bits)

    @staticmethod
    def _sources_text(paper: dict[str, Any]) -> str:
        lines = [f"{source_name(s)}, line {s['line']}" for s in paper["sources"]]
        lines += [
            "",
            f"Added {readable_time(paper['added'])}",
            f"Modified {readable_time(paper['modified'])}",
        ]
        return "\n".join(lines)

    def _fill_notes(self, *, select: int | None) -> None:
        assert self.paper is not None
        self.notes.blockSignals(True)
        self.notes.clear()
        for note in self.paper["note_records"]:
            item = QListWidgetItem(f"{note_summary(note['body'])}  —  {note['modified'][:10]}")
            item.setToolTip(item.text())
            item.setData(Qt.ItemDataRole.UserRole, note["id"])
            self.notes.addItem(item)
        self.notes.blockSignals(False)
        records = self.paper["note_records"]
        chosen = next((i for i, n in enumerate(records) if n["id"] == select), 0 if records else -1)
        self.notes.setCurrentRow(chosen)
        if chosen < 0:
            self._show_note(None, "")

    def _note_selected(
        self, current: QListWidgetItem | None, _previous: QListWidgetItem | None
    ) -> None:
        self.flush_note()
        if current is None or self.paper is None:
            self._show_note(None, "")
            return
        note_id = int(current.data(Qt.ItemDataRole.UserRole))
        body = next(n["body"] for n in self.paper["note_records"] if n["id"] == note_id)
        self._show_note(note_id, body)

    def _show_note(self, note_id: int | None, body: str) -> None:
        self.note_id = note_id
        self.note_edit.blockSignals(True)
        self.note_edit.setPlainText(body)
        self.note_edit.blockSignals(False)
        # Open to typing with no note too: typing there starts one (trial 7: disabled, a click
        # on it left the keys to the table, whose one-letter keys set papers' statuses).
        self.note_edit.setEnabled(self.paper is not None)
        self.delete_note.setEnabled(note_id is not None)
        self._render_note()

    def _render_note(self) -> None:
        self.note_preview.setHtml(note_html(self.note_edit.toPlainText()))

    # -- saving ----------------------------------------------------------------------------

    def _emit(self) -> None:
        """Show the edit just made here, and let the window refresh what it changed."""
        if self.paper is None:
            return
        self.paper = self.library.paper(self.paper["id"])
        self.applied.emit(self.library.last_changes)

    def _save_title(self) -> None:
        if self._loading or self.paper is None:
            return
        text = self.title.text().strip()
        if text and text != self.paper["title"]:
            self.library.update_paper(self.paper["id"], title=text)
            self._emit()
            self._fill()

    def _save_authors(self) -> None:
        if self._loading or self.paper is None:
            return
        names, truncated = parse_typed(self.authors.text())
        before = [structured(name) for name in self.paper["names"]]
        if names != before or truncated != self.paper["authors_truncated"]:
            self.library.update_paper(self.paper["id"], authors=names, authors_truncated=truncated)
            self._emit()
            if self.paper is not None:
                # The saved names, read back: the field's own undo goes with the typing, so
                # Ctrl+Z here undoes the saved edit (trial 6: it took the typing out of the
                # field only, and leaving the field saved the old names as a new step).
                self._fill_authors(self.paper)

    def _save_date(self) -> None:
        if self._loading or self.paper is None:
            return
        text = self.date.text().strip() or None
        if text == self.paper["date"]:
            return
        try:
            self.library.update_paper(
                self.paper["id"], date=text, date_text=text or self.paper["date_text"]
            )
        except InvalidValue as error:
            # What was typed stays, marked, to be corrected: put back, the stored date made the
            # user type it all again for one wrong digit (trial 11). Qt 6 emits editingFinished
            # on leaving the field only if the text changed, so the box is not shown twice.
            self._mark_date_refused(str(error))
            QMessageBox.warning(self, "Date not changed", str(error))
            return
        self._emit()
        self._fill()

    def _mark_date_refused(self, error: str | None) -> None:
        """The date field in the error's red, the reason in its tooltip, until a date is saved,
        the typing changes or another paper is shown (None: unmarked)."""
        self.date.setProperty("refused", error is not None)
        self.date.setToolTip(f"Not saved: {error}" if error else "")
        palette = QPalette()  # no role set: the field follows the window's palette again
        if error is not None:
            palette.setColor(QPalette.ColorRole.Text, readable_on(ERROR_RED, self.palette()))
        self.date.setPalette(palette)

    def _save_key(self) -> None:
        if self._loading or self.paper is None:
            return
        key = self.key.text().strip()
        if key and key != self.paper["citation_key"]:
            try:
                self.library.set_citation_key(self.paper["id"], key)
            finally:
                self._emit()
                self.key.setText(self.paper["citation_key"] or "")

    def _edit_links(self) -> None:
        if self.paper is None:
            return
        text, ok = QInputDialog.getMultiLineText(
            self, "Links", "One link per line:", "\n".join(self.paper["urls"])
        )
        if ok:
            urls = [line.strip() for line in text.splitlines() if line.strip()]
            self.set_links(urls)

    def set_links(self, urls: list[str]) -> None:
        if self.paper is not None and urls != self.paper["urls"]:
            self.library.update_paper(self.paper["id"], urls=urls)
            self._emit()
            self._fill()

    def _rate(self, stars: int) -> None:
        if self.paper is not None:
            self.library.rate([self.paper["id"]], stars)
            self.stars.set_value(stars)
            self._emit()

    def _save_status(self) -> None:
        if self._loading or self.paper is None:
            return
        status = self.status.currentData()
        if status != self.paper["status"]:
            self.library.set_status([self.paper["id"]], status)
            self._emit()

    def _save_tags(self) -> None:
        if self._loading or self.paper is None:
            return
        wanted = list(dict.fromkeys(t.strip() for t in self.tags.text().split(",") if t.strip()))
        have = self.paper["tags"]
        lower = {t.lower() for t in wanted}
        add = [t for t in wanted if t.lower() not in {h.lower() for h in have}]
        remove = [t for t in have if t.lower() not in lower]
        if add or remove:
            self.library.tag([self.paper["id"]], add=add, remove=remove)
            self._emit()
            self.tag_names.setStringList(self.library.all_tag_names())

    def add_note(self) -> None:
        if self.paper is None:
            return
        self.flush_note()
        note_id = self.library.add_note(self.paper["id"], "")
        self._emit()
        self._fill_notes(select=note_id)
        self.tabs.setCurrentIndex(1)
        self.note_tabs.setCurrentIndex(0)
        self.note_edit.setFocus()

    def _delete_note(self) -> None:
        if self.note_id is None:
            return
        self.note_timer.stop()
        self.library.delete_note(self.note_id)
        self.note_id = None
        self._emit()
        self._fill_notes(select=None)
        # Said with the way back, and the focus kept among the notes: the Delete button, now
        # greyed, handed it to the sidebar (trial 7), where the next key did something else.
        (self.notes if self.notes.count() else self.note_edit).setFocus()
        top = self.window()
        if isinstance(top, QMainWindow):
            top.statusBar().showMessage("Deleted the note — Ctrl+Z to undo", 6000)

    def _note_typed(self) -> None:
        if self.note_id is not None:
            self.note_timer.start()
        else:
            self._start_note_from_typing()

    def _start_note_from_typing(self) -> None:
        """What is typed in the Write box of a paper without a note becomes its first note,
        as "Markdown. Saved as you type." says, the caret left where it was."""
        body = self.note_edit.toPlainText()
        if self.paper is None or not body.strip():
            return
        caret = self.note_edit.textCursor().position()
        note_id = self.library.add_note(self.paper["id"], body)
        self._emit()
        self._fill_notes(select=note_id)
        cursor = self.note_edit.textCursor()
        cursor.setPosition(min(caret, len(self.note_edit.toPlainText())))
        self.note_edit.setTextCursor(cursor)

    def flush_note(self) -> None:
        """Save the note being typed now (on a timer, on switching papers, on closing)."""
        self.note_timer.stop()
        if self.note_id is None or self.paper is None:
            return
        body = self.note_edit.toPlainText()
        current = next(
            (n["body"] for n in self.paper["note_records"] if n["id"] == self.note_id), None
        )
        if current is not None and body != current:
            self.library.edit_note(self.note_id, body)
            self._emit()
            item = self.notes.currentItem()
            if item is not None:
                modified = self.paper["note_records"][0]["modified"][:10]
                item.setText(f"{note_summary(body)}  —  {modified}")
                item.setToolTip(item.text())


def _lines_high(editor: QPlainTextEdit, lines: int) -> int:
    """The height that shows `lines` lines of text in the editor, its margins and frame."""
    margins = 2 * editor.document().documentMargin() + 2 * editor.frameWidth()
    return math.ceil(lines * editor.fontMetrics().lineSpacing() + margins)


def _trash_notice(deleted: str) -> str:
    """A trashed paper says so in the pane (trial 6: it looked like any other paper there).
    No wastebasket emoji: DejaVu, the font the app's Debian packages bring, has none, and it
    showed as an empty box (trial 7)."""
    return f"In the Trash since {deleted[:10]} {TRASH_HINT}"
