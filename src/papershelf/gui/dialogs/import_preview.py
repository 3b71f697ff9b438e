"""Import › the preview: what was read, before anything is written (Zotero's "Select Items").

One row per paper under a row per segment; the user unticks papers, reads a segment as another
layout (the combo on its row), then imports the ticked papers or cancels with nothing written.
"""

from __future__ import annotations

import html
import itertools
import math
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from papershelf.core.errors import ImportFailed
from papershelf.core.sources import layout_label
from papershelf.core.text import counted
from papershelf.gui.import_work import read_again
from papershelf.gui.models.import_preview import COLUMN, IN_LIBRARY_TICKED, ImportPreviewModel
from papershelf.library.preview import (
    AS_DETECTED,
    UNREAD,
    FilePreview,
    ListingPreview,
    layouts,
)

if TYPE_CHECKING:
    from papershelf.gui.workers import Workers


PREVIEW_WIDTHS = {
    "authors": 150,
    "date": 80,
    "identifiers": 120,
    "layout": 100,
    "warnings": 120,
    "already in library": 115,
    "closest to": 90,
}
# Grown to what they hold, up to these (trial 5: "arXiv:1706.0376…" and the names were cut).
# Layout first: a combo cut to "Labelled car" beside long author lists (trial 5, listing 005)
# is worse than a name cut, which the tooltip gives whole.
# Layout up to 280: 35 of the layouts' names are wider than 170 px (trial 14: "Library
# catalogue recor").
FIT_UP_TO = {"layout": 280, "identifiers": 300, "authors": 260}
# Where the dialog is too narrow for these beside a readable title (a 1024 px screen gives it
# 972 px), they give up room down to these widths, in proportion to what they can spare
# (trial 7: Title had 101 px at 900 px, Authors its 150 px though every row left it blank).
# Layout does not: its combo is how a segment is read again.
PREVIEW_LEAST = {
    "authors": 90,
    "date": 78,
    "identifiers": 90,
    "warnings": 80,
    "already in library": 80,
    "closest to": 64,
}
TITLE_LEAST = 340
# Below that, where even those widths leave Title less than this (a 700 px preview left it
# 60 px, the header's least), the same columns narrow further, their names and cells cut
# with "…" (whole in tooltips), down to the header's least; then the tree scrolls sideways
# rather than take Title below it.
TITLE_USABLE = 200


def combo_text_width(combo: QComboBox) -> int:
    """The width that shows the combo's current text whole: its size hint is for the widest
    layout's name, most of which no segment has. An unread segment has no current text but
    its "Choose a layout…" (trial 8: it showed as "Choose a la")."""
    metrics = combo.fontMetrics()
    widest = max(
        (metrics.horizontalAdvance(combo.itemText(i)) for i in range(combo.count())), default=0
    )
    frame = combo.sizeHint().width() - widest  # the arrow and the style's margins
    shown = combo.currentText() if combo.currentIndex() >= 0 else combo.placeholderText()
    return frame + metrics.horizontalAdvance(shown)


TICK_KEYS = (Qt.Key.Key_Space, Qt.Key.Key_Select)
ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
# Import from anywhere in the dialog, as a deliberate key (Zotero's "Select Items" asks for OK,
# or Ctrl+Enter): plain Enter is what a reader presses on a row or a combo, not "write it all".
IMPORT_KEYS = ("Ctrl+Return", "Ctrl+Enter")
NAME_LEAST = 12  # letters of a file's name a segment's row keeps however narrow the preview


class SegmentLabelDelegate(QStyledItemDelegate):
    """A segment's row says `file · lines 12–16 · 3 papers`: a long file name gives way in its
    middle so the lines and the count stay in sight (trial 10: three segments of one file all
    read '003_page-history-of-economics-conference-p…', alike, their lines and counts cut)."""

    def initStyleOption(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        super().initStyleOption(option, index)
        if index.parent().isValid() or index.column() != COLUMN["title"]:
            return
        name, *rest = option.text.rsplit(" · ", 2)
        if not rest:
            return
        suffix = " · " + " · ".join(rest)
        style = option.widget.style() if option.widget is not None else QApplication.style()
        text = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, option, option.widget)
        margins = 2 * (style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin) + 1)
        metrics = option.fontMetrics
        room = text.width() - margins - metrics.horizontalAdvance(suffix)
        # Never less than a dozen of its letters: "clipboard" stays whole in a narrow preview,
        # the count giving way at the end instead ("… · lines 8–29 · 10 p…" said nothing).
        least = metrics.horizontalAdvance(name[:NAME_LEAST] + "…")
        shown = metrics.elidedText(name, Qt.TextElideMode.ElideMiddle, max(room, least))
        option.text = shown + suffix


class ImportPreviewDialog(QDialog):
    def __init__(
        self,
        files: list[FilePreview],
        failures: list[ImportFailed],
        parent: QWidget | None = None,
        *,
        also_whole: int = 0,
        workers: Workers | None = None,
    ) -> None:
        super().__init__(parent)
        self.workers = workers
        self.setWindowTitle("Import: choose the papers to add")
        self.model = ImportPreviewModel(files)
        self.failures = failures
        self.combos: list[QComboBox] = []
        self._fitting = False
        self._dragged: set[int] = set()  # columns the reader sized: fitting leaves them be
        self._focus_row: int | None = None  # the row whose combo had the focus when switched
        self._merging = False  # a ticked row says "— will merge" (a known paper is ticked)
        layout = QVBoxLayout(self)
        self.headline = QLabel(self)
        self.headline.setWordWrap(True)  # a second reading's note is long: it never widens
        layout.addWidget(self.headline)
        if failures or also_whole:
            layout.addWidget(self._notes_label(failures, also_whole))
        self.tree = self._tree()
        header = self.tree.header()
        self._base = {n: header.sectionSize(n) for n in COLUMN.values() if n != COLUMN["title"]}
        header.sectionResized.connect(self._resized_by_hand)
        layout.addWidget(self.tree)
        layout.addWidget(self._row_note())
        layout.addLayout(self._buttons())
        self.model.ticks_changed.connect(self._update_counts)
        self.model.ticks_changed.connect(self._refit_when_merging_changes)
        self.model.modelReset.connect(self._after_reset)
        self._after_reset()
        self._fit_to_screen()

    def _fit_to_screen(self) -> None:
        """Wide enough for a readable title beside every column, within the screen."""
        screen = self.screen().availableGeometry() if self.screen() is not None else None
        width, height = 1240, 620
        if screen is not None:
            width = min(width, int(screen.width() * 0.95))
            height = min(height, int(screen.height() * 0.9))
        self.resize(width, height)

    def _notes_label(self, failures: list[ImportFailed], also_whole: int) -> QLabel:
        lines = [f"✗ {failure}" for failure in failures]
        if also_whole:
            lines.append(
                f"{counted(also_whole, 'large file')} will be imported whole, without a preview."
            )
        label = QLabel("\n".join(lines), self)
        label.setObjectName("notes")
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return label

    def _tree(self) -> QTreeView:
        tree = QTreeView(self)
        tree.setModel(self.model)
        tree.setUniformRowHeights(True)
        tree.setAlternatingRowColors(True)
        tree.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.segment_labels = SegmentLabelDelegate(tree)
        tree.setItemDelegateForColumn(COLUMN["title"], self.segment_labels)
        header = tree.header()
        # The title takes the room the others leave, so Warnings and the library columns stay in
        # sight at the default size (they were pushed off the right edge).
        header.setStretchLastSection(False)
        header.setSectionResizeMode(COLUMN["title"], QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(60)
        for column, width in PREVIEW_WIDTHS.items():
            header.resizeSection(COLUMN[column], width)
        tree.installEventFilter(self)  # Space ticks the highlighted rows (_tick_by_key)
        return tree

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if isinstance(event, QKeyEvent) and watched is self.tree and self._tick_by_key(event):
            return True
        return super().eventFilter(watched, event)

    def _tick_by_key(self, event: QKeyEvent) -> bool:
        """Space: every highlighted row ticked, or unticked, as the current one is not, its
        cell in any column (trial 37: Space did nothing to a row clicked on its authors, and
        to a Shift+click range it toggled the last row only). Ctrl+Space still picks rows."""
        if event.type() != QEvent.Type.KeyPress or event.key() not in TICK_KEYS:
            return False
        current = self.tree.currentIndex().siblingAtColumn(0)
        if event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier or not current.isValid():
            return False
        selection = self.tree.selectionModel()
        rows = (
            selection.selectedRows()
            if selection.isRowSelected(current.row(), current.parent())
            else []
        )
        on = current.data(Qt.ItemDataRole.CheckStateRole) != Qt.CheckState.Checked
        self.model.set_ticked([current, *rows], on)
        return True

    def _row_note(self) -> QLabel:
        """The highlighted row's warnings whole, under the list: the Warnings column shows
        their start and its tooltip needs the mouse (trial 13: with the keyboard, or at a
        scale of 1.5, a row left out read "⚑ check:…" and no more)."""
        self.row_note = QLabel(self)
        self.row_note.setObjectName("rowNote")
        self.row_note.setWordWrap(True)
        self.row_note.setTextFormat(Qt.TextFormat.PlainText)
        self.row_note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # Two lines always: the list does not move as the highlight does.
        self.row_note.setFixedHeight(2 * self.row_note.fontMetrics().lineSpacing() + 4)
        self.tree.selectionModel().currentChanged.connect(self._show_row_note)
        self.model.modelReset.connect(lambda: self.row_note.clear())
        self.model.dataChanged.connect(lambda *_: self._show_row_note(self.tree.currentIndex()))
        return self.row_note

    def _show_row_note(self, current: QModelIndex) -> None:
        if not current.isValid():
            self.row_note.clear()
            return
        warnings = current.siblingAtColumn(COLUMN["warnings"])
        note = str(warnings.data(Qt.ItemDataRole.ToolTipRole) or "").replace("\n", "; ")
        title = current.siblingAtColumn(COLUMN["title"]).data() or ""
        self.row_note.setText(f"{title}: {note}" if note else "")
        self.row_note.setToolTip(self.row_note.text())

    def _merge_width(self) -> int:
        """Room for "already in library — will merge" whole (trial 4: it was cut)."""
        return self.tree.fontMetrics().horizontalAdvance(IN_LIBRARY_TICKED) + 16

    def _refit_when_merging_changes(self) -> None:
        """Already in library is as wide as its ticked rows need: "— will merge" only once a
        paper the library has is ticked (trial 10: sized for it with none ticked, it squeezed
        Warnings to "confidence 0…" at 1240 px)."""
        merging = self.model.merging_count() > 0
        if merging != self._merging:
            self._merging = merging
            self._fit_columns()

    def _buttons(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.tick_all_button = QPushButton("Tick all", self)
        self.tick_all_button.clicked.connect(lambda: self.model.tick_all(True))
        self.untick_all_button = QPushButton("Untick all", self)
        self.untick_all_button.clicked.connect(lambda: self.model.tick_all(False))
        for button in (self.tick_all_button, self.untick_all_button):
            # Space presses these; Enter on them is no second press (trial 37: Enter after a
            # click on Tick all pressed it again).
            button.setAutoDefault(False)
            row.addWidget(button)
        row.addStretch(1)
        self.buttons = QDialogButtonBox(self)
        self.import_button = self.buttons.addButton(
            "Import", QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.import_button.setToolTip("Import the ticked papers (Ctrl+Enter)")
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        row.addWidget(self.buttons)
        # A window-wide key, not a key press: a focused button takes Ctrl+Enter as its own press
        # (Cancel cancelled). An action, not a QShortcut: the main window lists its QShortcut
        # children, this dialog's among them, as its context-menu keys (F1).
        imports = QAction("Import", self)
        imports.setShortcuts([QKeySequence(keys) for keys in IMPORT_KEYS])
        imports.triggered.connect(self._import_by_key)
        self.addAction(imports)
        return row

    def _import_by_key(self) -> None:
        if self.import_button.isEnabled():
            self.import_button.click()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        # The button box makes its first accept button the default as it is shown; no default
        # frame on Import, nothing that Enter presses (trial 17: Enter on a row imported).
        self.import_button.setDefault(False)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter that no widget took (the list, a combo) is dropped here: QDialog would press
        its default button, which Import becomes again once a button that had the focus lets
        it go. A focused button still takes Enter itself, before this."""
        if event.key() in ENTER_KEYS:
            event.accept()
            return
        super().keyPressEvent(event)

    def chosen(self) -> list[tuple[FilePreview, list[int]]]:
        return self.model.chosen()

    def switch_layout(self, row: int, layout: str) -> None:
        """Read the segment at `row` as `layout` (what its combo does), on a worker when the
        dialog has the window's: a segment of a large paste takes a moment to read."""
        if layout == self.model.segment_layout(row):
            return
        if self.focusWidget() in self.combos:
            self._focus_row = row
        if self.workers is None:
            self._switch_here(row, layout)
            return
        group = self.model.groups[row]
        before = self.model.files[group.file].preview

        def done(preview: object) -> None:
            assert isinstance(preview, ListingPreview)
            if not self.model.switched(row, before, preview):
                self._after_reset()  # the combo shows the layout the segment is read as

        work = read_again(before, group.segment, layout)
        self.workers.run("Reading the segment again", work, title="Import", done=done, parent=self)

    def _switch_here(self, row: int, layout: str) -> None:
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.model.switch(row, layout)
        except ImportFailed as error:
            QMessageBox.warning(self, "Cannot read the segment that way", str(error))
            combo = self.combos[row]
            combo.setCurrentIndex(combo.findData(self.model.segment_layout(row)))
        finally:
            QApplication.restoreOverrideCursor()

    def _after_reset(self) -> None:
        """A reset drops the index widgets and the expansion: put them back."""
        self.tree.expandAll()
        self.combos = [self._layout_combo(row) for row in range(self.model.rowCount())]
        self._chain_focus()
        # The combo switched is made anew: the focus stays on it, not on the next in the chain
        # (trial 9: it fell to "Tick all", and the next key pressed that instead).
        if self._focus_row is not None and self._focus_row < len(self.combos):
            self.combos[self._focus_row].setFocus()
        self._focus_row = None
        self._merging = self.model.merging_count() > 0
        self._fit_columns()
        self._update_counts()

    def _chain_focus(self) -> None:
        """Tab goes from the list to each segment's layout combo, then to the buttons (trial 8:
        the combos, made after the buttons, came only after Cancel)."""
        chain: list[QWidget] = [self.tree, *self.combos, self.tick_all_button]
        for before, after in itertools.pairwise(chain):
            QWidget.setTabOrder(before, after)

    def _fit_columns(self) -> None:
        """Identifiers, Authors and Layout grow toward what they hold, from the room the title
        can spare above its 340 px (or 30 %), and give it back when the window narrows (trial 6:
        they only grew). A column the reader dragged keeps the width it was given."""
        header = self.tree.header()
        room = self.tree.viewport().width() if self.tree.isVisible() else self.width() - 40
        fitted = {COLUMN[c] for c in FIT_UP_TO} - self._dragged
        self._fitting = True
        for number, width in self._base.items():  # what a narrower window took, given back
            if number not in fitted and number not in self._dragged:
                header.resizeSection(number, width)
        in_library = COLUMN["already in library"]
        if self._merging and in_library not in self._dragged:
            header.resizeSection(in_library, max(self._base[in_library], self._merge_width()))
        self._fitting = False
        fixed = sum(
            header.sectionSize(c)
            for c in COLUMN.values()
            if c != COLUMN["title"] and c not in fitted
        )
        bases = sum(PREVIEW_WIDTHS[c] for c in FIT_UP_TO if COLUMN[c] in fitted)
        spare = room - max(340, int(room * 0.3)) - fixed - bases
        self._fitting = True
        for column, most in FIT_UP_TO.items():
            number = COLUMN[column]
            if number not in fitted:
                continue
            base = PREVIEW_WIDTHS[column]
            held = self.tree.sizeHintForColumn(number)
            if column == "layout" and self.combos:  # the rows below show the same names, unboxed
                # The combo sits a pixel inside its cell: "Library catalogue recor" at 177 px.
                held = max(combo_text_width(combo) for combo in self.combos) + 2
            # The combo's name whole even when the title is short of room: the others give
            # way for it below (trial 5: "Labelled car" is worse than a name cut).
            room_here = max(spare, most - base) if column == "layout" else spare
            grow = max(0, min(min(max(held, base), most) - base, room_here))
            header.resizeSection(number, base + grow)
            spare -= grow
        self._give_title_room(room)
        self._fitting = False

    def _give_title_room(self, room: int) -> None:
        """The PREVIEW_LEAST columns narrow (not below those widths, nor one the reader sized)
        until Title has TITLE_LEAST (or 30 %) of the room; short even so, further (to the
        header's least) until it has TITLE_USABLE; short even so, the tree scrolls."""
        header = self.tree.header()
        others = sum(header.sectionSize(n) for n in COLUMN.values() if n != COLUMN["title"])
        short = max(TITLE_LEAST, int(room * 0.3)) - (room - others)
        spare = {
            COLUMN[key]: max(0, header.sectionSize(COLUMN[key]) - self._least(key, least))
            for key, least in PREVIEW_LEAST.items()
            if COLUMN[key] not in self._dragged
        }
        self._narrow(spare, short)
        others = sum(header.sectionSize(n) for n in COLUMN.values() if n != COLUMN["title"])
        spare = {
            COLUMN[key]: max(0, header.sectionSize(COLUMN[key]) - self._narrowest(key))
            for key in PREVIEW_LEAST
            if COLUMN[key] not in self._dragged
        }
        self._narrow(spare, TITLE_USABLE - (room - others))
        others = sum(header.sectionSize(n) for n in COLUMN.values() if n != COLUMN["title"])
        # Stretched, Title would be left whatever remains, down to nothing: where the rest
        # leaves it less than TITLE_USABLE, it keeps that width and the tree scrolls.
        title = COLUMN["title"]
        if room - others >= TITLE_USABLE:
            header.setSectionResizeMode(title, QHeaderView.ResizeMode.Stretch)
        else:
            header.setSectionResizeMode(title, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(title, TITLE_USABLE)

    def _narrow(self, spare: dict[int, int], short: int) -> None:
        """Take `short` pixels from these columns, in proportion to what each can spare."""
        header = self.tree.header()
        spared = sum(spare.values())
        if short <= 0 or not spared:
            return
        part = min(1.0, short / spared)
        for number, can in spare.items():
            header.resizeSection(number, header.sectionSize(number) - math.ceil(can * part))

    def _narrowest(self, key: str) -> int:
        """How far a column gives way for TITLE_USABLE: to the header's least, but Already in
        library keeps "— will merge" whole where a ticked paper is known (trial 4)."""
        if key == "already in library" and self._merging:
            return self._least(key, PREVIEW_LEAST[key])
        return self.tree.header().minimumSectionSize()

    def _least(self, key: str, least: int) -> int:
        """Not narrower than the column's name ("Already in lib" was cut), nor Already in
        library than its "— will merge" where a ticked paper is known (trial 4: it was cut)."""
        header = self.tree.header()
        label = str(self.model.headerData(COLUMN[key], Qt.Orientation.Horizontal))
        named = max(least, header.fontMetrics().horizontalAdvance(label) + 14)
        if key == "already in library" and self._merging:
            return max(named, self._merge_width())
        return named

    def _resized_by_hand(self, number: int, _old: int, _new: int) -> None:
        if not self._fitting and number != COLUMN["title"]:
            self._dragged.add(number)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_columns()

    def _layout_combo(self, row: int) -> QComboBox:
        combo = QComboBox(self.tree)
        # Casefolded: "arXiv search" among the A's, where the reader looks, not after "Works cited".
        by_label = sorted(layouts().items(), key=lambda kv: layout_label(kv[0]).casefold())
        for name, description in by_label:
            combo.addItem(layout_label(name), name)
            combo.setItemData(combo.count() - 1, description, Qt.ItemDataRole.ToolTipRole)
        if self._switched_since_detected(row):
            combo.insertItem(0, "As detected", AS_DETECTED)
            combo.setItemData(
                0, "These lines as Papershelf first read them", Qt.ItemDataRole.ToolTipRole
            )
            combo.insertSeparator(1)
        combo.setCurrentIndex(combo.findData(self.model.segment_layout(row)))
        combo.setToolTip("Read this segment as another layout")
        if self.model.segment_layout(row) == UNREAD:  # lines no reader found a paper in
            combo.setPlaceholderText("Choose a layout…")
            combo.setToolTip("No reader found a paper here: read these lines as a layout")
        combo.activated.connect(
            lambda index, row=row, combo=combo: self.switch_layout(row, combo.itemData(index))
        )
        self.tree.setIndexWidget(self.model.index(row, COLUMN["layout"], QModelIndex()), combo)
        return combo

    def _switched_since_detected(self, row: int) -> bool:
        group = self.model.groups[row]
        preview = self.model.files[group.file].preview
        segment = preview.segments[group.segment]
        # The first reading's records, restored or never switched, are the same objects. A
        # preview the second reading chose has a first reading too, never switched (trial 9:
        # "As detected" was missing there).
        return bool(preview.detected) and not any(
            first.layout == segment.layout and first.records is segment.records
            for first in preview.detected
        )

    def _unlikely_line(self) -> str:
        """The rows read as unlike papers: how many are still unticked, or, all ticked, what
        a tick does. Said while there are any, so the list never jumps up a line under the
        mouse as the last one is ticked (trial 13: the next click hit the row above). With
        nothing ticked (Untick all), counting them apart read as if the rest were ticked."""
        unlikely, total = self.model.unticked_unlikely(), self.model.unlikely_count()
        if total and not self.model.ticked_count():
            return "<br>Nothing is ticked: tick the papers to import, or press Tick all."
        if unlikely == 1:
            return (
                "<br>1 row unticked as unlike a paper: its Warnings say why; tick it to import it."
            )
        if unlikely:
            return (
                f"<br>{unlikely} rows unticked as unlike papers: their Warnings say why; "
                "tick them to import them."
            )
        if total:
            rows = "The row" if total == 1 else f"The {total} rows"
            return (
                f"<br>{rows} read as unlike {'a paper' if total == 1 else 'papers'} "
                f"{'is' if total == 1 else 'are'} ticked: imported, flagged for review."
            )
        return ""

    def _given_back_line(self) -> str:
        """A layout chosen by hand leaves nothing out: what the first reading left out there
        is ticked now, and "As detected" leaves it out again."""
        given = self.model.given_back_by_hand()
        if not given:
            return ""
        rows = "1 row" if given == 1 else f"{given} rows"
        return (
            f"<br>Read as a layout you chose, nothing is left out: {rows} first read as unlike "
            f"{'a paper' if given == 1 else 'papers'} {'starts' if given == 1 else 'start'} ticked "
            "there (Layout › As detected leaves them out again)."
        )

    def _update_counts(self) -> None:
        ticked, total = self.model.ticked_count(), self.model.paper_count()
        sources = len(self.model.files)
        counts = (
            f"Read <b>{counted(total, 'paper')}</b> from {counted(sources, 'source')}; "
            f"{ticked} ticked. Nothing is written until you press Import."
            if total
            else "<b>No paper found.</b> Choose a layout in the Layout column to read the lines"
            " as, or Cancel. Nothing is written until you press Import."
        )
        counts += self._unlikely_line() + self._given_back_line()
        # Said whole where a narrow Warnings column shows "read as 'R…" (trial 9).
        second = [
            html.escape(f"{name}: {why}", quote=False) for name, why in self.model.second_readings()
        ]
        self.headline.setText("<br>".join([counts, *second]))
        self.import_button.setText(f"Import {counted(ticked, 'paper')}")
        self.import_button.setEnabled(ticked > 0)
