"""The import preview: one row per paper read, under a row per segment (file, lines, layout).

A two-level tree: the segments of every file or paste at the top, their papers below. Each row
has a check box in the first column; a segment's box ticks or unticks all its papers and shows
a partial tick when only some are kept. Nothing is written here: `chosen()` says what to import.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QGuiApplication, QPalette

from papershelf.core.records import UNLIKE_FLAG, PaperRecord, unlike_first
from papershelf.core.sources import layout_label
from papershelf.core.text import counted, line_span
from papershelf.core.textfmt import authors_short
from papershelf.gui.colours import readable
from papershelf.library.preview import FilePreview, ListingPreview, earlier_twins, switch_layout
from papershelf.library.triage import Triage

Index = QModelIndex | QPersistentModelIndex
# "Already in library" names a likely duplicate only; "Closest to" is a triage hint (a queue or
# tag whose papers this one resembles) and says nothing about the paper being there already.
COLUMNS = (
    "Title",
    "Authors",
    "Date",
    "Identifiers",
    "Layout",
    "Warnings",
    "Already in library",
    "Closest to",
)
COLUMN = {title.lower(): number for number, title in enumerate(COLUMNS)}
IN_LIBRARY = "already in library"
IN_LIBRARY_TICKED = "already in library — will merge"
SAME_AS = "same as"  # a paper read twice in one import: "same as line 18 — will merge"
TOP = 0  # the internal id of a segment row; a paper row holds its segment's row + 1
LAST = len(COLUMN) - 1


def left_out_colour() -> QColor:
    """Read at paint time: the palette may change (a dark theme)."""
    return QGuiApplication.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)


REVIEW_COLOUR = "#a04000"  # an amber-brown, as readable on a dark base (colours.py)
REVIEW_MARK = "⚑"
REVIEW_WARNING = "needs review ("  # how the pipeline words a record's flags among its warnings
SECOND_READING = "its papers look likelier"  # and why it read a paste a second time


@dataclass
class Group:
    """One segment of one file, and which of its papers are ticked."""

    file: int
    segment: int
    ticked: list[bool]


class ImportPreviewModel(QAbstractItemModel):
    ticks_changed = Signal()

    def __init__(self, files: list[FilePreview]) -> None:
        super().__init__()
        self.files = files
        self.groups = [
            Group(f, s, default_ticks(file, segment.records))
            for f, file in enumerate(files)
            for s, segment in enumerate(file.preview.segments)
        ]
        self._notes: dict[int, tuple[dict[int, list[str]], list[str]]] = {}
        # What the user ticked or unticked, by file and title: a layout switched and back (or
        # another reading of the same paper) keeps the choice (trial 5: an untick came back ticked).
        self._choices: dict[tuple[int, str], bool] = {}
        # By file: its ticked papers that merge into an earlier ticked one, by (segment, row).
        self._twins: dict[int, dict[tuple[int, int], PaperRecord]] = {}
        self.ticks_changed.connect(self._forget_twins)
        self._bold = QFont()
        self._bold.setBold(True)

    # -- what the user chose -----------------------------------------------------------------

    def ticked_count(self) -> int:
        return sum(sum(group.ticked) for group in self.groups)

    def merging_count(self) -> int:
        """Ticked papers the library already holds: their rows say "— will merge"."""
        return sum(
            on and in_library(self.files[group.file], record)
            for group in self.groups
            for on, record in zip(group.ticked, self._records(group), strict=True)
        )

    def unticked_unlikely(self) -> int:
        """Records the reader left out as unlike papers that are still unticked. Not those the
        library holds: a tick merges them, as their "already in library" says (trial 13: the
        headline said "tick it to import it")."""
        return sum(
            record.left_out and not on and not in_library(self.files[group.file], record)
            for group in self.groups
            for on, record in zip(group.ticked, self._records(group), strict=True)
        )

    def unlikely_count(self) -> int:
        """Records the reader left out as unlike papers, ticked or not (the library's aside)."""
        return sum(
            record.left_out and not in_library(self.files[group.file], record)
            for group in self.groups
            for record in self._records(group)
        )

    def given_back_by_hand(self) -> int:
        """Records the first reading left out as unlike papers in lines now read as a layout
        the user chose, which leaves nothing out: they came back ticked, and said nowhere
        (trial 13). Only those the new reading has a row for: a layout that read no paper
        there gave nothing back, yet "1 row … starts ticked" was said (trial 14)."""
        count = 0
        for group in self.groups:
            preview = self.files[group.file].preview
            segment = preview.segments[group.segment]
            if any(first.records is segment.records for first in preview.detected):
                continue  # as first read (never switched, or switched back)
            read_now = {record.line for record in segment.records}
            count += sum(
                record.left_out and record.line in read_now
                for first in preview.detected
                if segment.first_line <= first.first_line and first.last_line <= segment.last_line
                for record in first.records
            )
        return count

    def _ticked_twin(self, group: Group, row: int) -> PaperRecord | None:
        """The earlier ticked paper of the same file this ticked one would be merged into, as
        the import decides it among the papers it writes (store.batch)."""
        twins = self._twins.get(group.file)
        if twins is None:
            file = self.files[group.file]
            ticked = [
                (other.segment, n)
                for other in sorted(
                    (g for g in self.groups if g.file == group.file), key=lambda g: g.segment
                )
                for n, on in enumerate(other.ticked)
                if on
            ]
            records = [file.preview.segments[s].records[n] for s, n in ticked]
            found = earlier_twins(records)
            twins = {
                spot: records[twin]
                for spot, twin in zip(ticked, found, strict=True)
                if twin is not None
            }
            self._twins[group.file] = twins
        return twins.get((group.segment, row))

    def _forget_twins(self) -> None:
        """Ticks changed: which papers merge into which is found again, and said."""
        self._twins.clear()
        column = COLUMN["already in library"]
        for number, group in enumerate(self.groups):
            if group.ticked:
                top = self.index(number, 0)
                self.dataChanged.emit(
                    self.index(0, column, top), self.index(len(group.ticked) - 1, column, top)
                )

    def _records(self, group: Group) -> list[PaperRecord]:
        return self.files[group.file].preview.segments[group.segment].records

    def paper_count(self) -> int:
        return sum(len(group.ticked) for group in self.groups)

    def unticked_count(self) -> int:
        """Rows not ticked, those left out as unlike papers and whole files unticked too."""
        return self.paper_count() - self.ticked_count()

    def chosen(self) -> list[tuple[FilePreview, list[int]]]:
        """Each file with a ticked paper, and the ticked papers' indexes in its records."""
        picked: list[tuple[FilePreview, list[int]]] = []
        for number, file in enumerate(self.files):
            offset, indexes = 0, []
            for group in self.groups:
                if group.file != number:
                    continue
                indexes += [offset + i for i, on in enumerate(group.ticked) if on]
                offset += len(group.ticked)
            if indexes:
                picked.append((file, indexes))
        return picked

    def set_ticked(self, indexes: Iterable[Index], on: bool) -> None:
        """These rows (a segment's row: all its papers) ticked or not, said once for them all
        (Space on a selection of thousands would otherwise recount every paper each row)."""
        changed: set[int] = set()
        for index in indexes:
            if not index.isValid():
                continue
            if index.internalId() == TOP:
                group = self.groups[index.row()]
                group.ticked = [on] * len(group.ticked)
                changed.add(index.row())
            else:
                self.groups[index.internalId() - 1].ticked[index.row()] = on
                changed.add(index.internalId() - 1)
        for row in sorted(changed):
            self._group_changed(row)
        if changed:
            self.ticks_changed.emit()

    def tick_all(self, on: bool) -> None:
        for row, group in enumerate(self.groups):
            group.ticked = [on] * len(group.ticked)
            self._group_changed(row)
        self.ticks_changed.emit()

    def segment_layout(self, row: int) -> str:
        group = self.groups[row]
        return self.files[group.file].preview.segments[group.segment].layout

    def switch(self, row: int, layout: str) -> None:
        """Read the segment at `row` again as `layout` (here, on this thread)."""
        group = self.groups[row]
        preview = self.files[group.file].preview
        self.switched(row, preview, switch_layout(preview, group.segment, layout))

    def switched(self, row: int, before: ListingPreview, preview: ListingPreview) -> bool:
        """Show `preview`, read from `before` with the segment at `row` in another layout; the
        other segments keep their ticks. False when the model moved on from `before` meanwhile."""
        if row >= len(self.groups) or self.files[self.groups[row].file].preview is not before:
            return False
        group = self.groups[row]
        file = self.files[group.file]
        grown = len(preview.segments) - len(before.segments)
        self._remember_choices(group)
        self.beginResetModel()
        file.preview = preview
        groups: list[Group] = []
        for other in self.groups:
            if other.file != group.file or other.segment < group.segment:
                groups.append(other)
            elif other.segment > group.segment:
                groups.append(Group(other.file, other.segment + grown, other.ticked))
            else:
                groups += [
                    Group(group.file, s, self._ticks(group.file, preview.segments[s].records))
                    for s in range(group.segment, group.segment + grown + 1)
                ]
        self.groups = groups
        self._notes.clear()
        self.endResetModel()
        self.ticks_changed.emit()
        return True

    def _remember_choices(self, group: Group) -> None:
        file = self.files[group.file]
        records = file.preview.segments[group.segment].records
        for record, ticked, default in zip(
            records, group.ticked, default_ticks(file, records), strict=True
        ):
            key = (group.file, _title_key(record.title))
            if ticked == default:
                self._choices.pop(key, None)
            else:
                self._choices[key] = ticked

    def _ticks(self, number: int, records: list[PaperRecord]) -> list[bool]:
        defaults = default_ticks(self.files[number], records)
        return [
            self._choices.get((number, _title_key(record.title)), default)
            for record, default in zip(records, defaults, strict=True)
        ]

    # -- the tree ------------------------------------------------------------------------------

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, TOP)
        return self.createIndex(row, column, parent.row() + 1)

    def parent(self, child: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not child.isValid() or child.internalId() == TOP:
            return QModelIndex()
        return self.createIndex(child.internalId() - 1, 0, TOP)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if not parent.isValid():
            return len(self.groups)
        if parent.internalId() == TOP and parent.column() == 0:
            return len(self.groups[parent.row()].ticked)
        return 0

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return COLUMNS[section]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == 0:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if index.internalId() == TOP:
            return self._segment_data(index.row(), index.column(), role)
        return self._paper_data(index.internalId() - 1, index.row(), index.column(), role)

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or index.column() != 0 or role != Qt.ItemDataRole.CheckStateRole:
            return False
        on = _check_state(value) != Qt.CheckState.Unchecked
        if index.internalId() == TOP:
            group = self.groups[index.row()]
            group.ticked = [on] * len(group.ticked)
            self._group_changed(index.row())
        else:
            row = index.internalId() - 1
            self.groups[row].ticked[index.row()] = on
            # The whole row, every role: it dims, and "already in library" says what a tick does.
            top = self.index(row, 0)
            first, last = self.index(index.row(), 0, top), self.index(index.row(), LAST, top)
            self.dataChanged.emit(first, last)
            self.dataChanged.emit(top, top, [role])
        self.ticks_changed.emit()
        return True

    # -- cells -----------------------------------------------------------------------------

    def _segment_data(self, row: int, column: int, role: int) -> Any:
        group = self.groups[row]
        file = self.files[group.file]
        segment = file.preview.segments[group.segment]
        if role == Qt.ItemDataRole.CheckStateRole and column == 0:
            return _group_state(group.ticked)
        if role == Qt.ItemDataRole.FontRole and column == 0:
            return self._bold
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        if column == 0:
            label = (
                f"{Path(file.preview.name).name} · {line_span(segment.first_line, segment.last_line)}"
                f" · {counted(len(segment.records), 'paper')}"
            )
            return label if role == Qt.ItemDataRole.DisplayRole else file.preview.name
        if column == COLUMN["layout"]:
            return layout_label(segment.layout)
        if column == COLUMN["warnings"]:
            sure = [f"confidence {segment.confidence:.2f}"] if segment.confidence < 1 else []
            loose = self._warnings(row)[1]
            why = [note for note in loose[:1] if SECOND_READING in note]  # first, in sight
            notes = why + sure + loose[len(why) :]
            return "; ".join(notes) if role == Qt.ItemDataRole.DisplayRole else "\n".join(notes)
        return None

    def _paper_data(self, group_row: int, row: int, column: int, role: int) -> Any:
        group = self.groups[group_row]
        segment = self.files[group.file].preview.segments[group.segment]
        record = segment.records[row]
        if role == Qt.ItemDataRole.CheckStateRole and column == 0:
            return Qt.CheckState.Checked if group.ticked[row] else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.ForegroundRole and not group.ticked[row]:
            return QBrush(left_out_colour())  # an unticked row reads as left out (trial 5)
        if role == Qt.ItemDataRole.ForegroundRole and column == COLUMN["warnings"]:
            return (
                QBrush(
                    readable(
                        REVIEW_COLOUR, QGuiApplication.palette().color(QPalette.ColorRole.Base)
                    )
                )
                if record.needs_review
                else None
            )
        if role == Qt.ItemDataRole.ToolTipRole and column == 0:
            return f"line {record.line}: {record.title}\n\n{record.abstract[:600]}".strip()
        if column == COLUMN["already in library"]:
            triage = self.files[group.file].triage.get(record.title)
            if triage is not None and triage.in_library is not None:
                return _in_library_cell(triage.in_library, group.ticked[row], role)
            twin = self._ticked_twin(group, row) if group.ticked[row] else None
            if twin is not None:
                return _twin_cell(twin, role)
            return _duplicate_cell(triage, role)
        if column == COLUMN["closest to"]:
            return _closest_cell(self.files[group.file].triage.get(record.title), role)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            warnings = _with_review(record, self._warnings(group_row)[0].get(record.line, []))
            return _paper_cell(record, column, segment.layout, warnings)
        return None

    def _warnings(self, row: int) -> tuple[dict[int, list[str]], list[str]]:
        """A segment's warnings by the line of the paper they are about, and the others."""
        if row not in self._notes:
            group = self.groups[row]
            segment = self.files[group.file].preview.segments[group.segment]
            lines = {record.line for record in segment.records}
            by_line: dict[int, list[str]] = {}
            loose: list[str] = []
            for warning in segment.warnings:
                if SECOND_READING in warning.message:  # about the segment (trial 9: it sat
                    loose.insert(0, warning.message)  # on the first paper, read as its own)
                elif warning.line in lines:
                    by_line.setdefault(warning.line, []).append(warning.message)
                else:
                    loose.append(f"line {warning.line}: {warning.message}")
            self._notes[row] = (by_line, loose)
        return self._notes[row]

    def second_readings(self) -> list[tuple[str, str]]:
        """Each segment read a second time (its file's name, why), as its Warnings say."""
        found = []
        for row, group in enumerate(self.groups):
            why = [note for note in self._warnings(row)[1][:1] if SECOND_READING in note]
            if why:
                found.append((Path(self.files[group.file].preview.name).name, why[0]))
        return found

    def _group_changed(self, row: int) -> None:
        top = self.index(row, 0)
        self.dataChanged.emit(top, top, [Qt.ItemDataRole.CheckStateRole])
        count = len(self.groups[row].ticked)
        if count:  # every column, every role: "already in library" says what a tick does
            first, last = self.index(0, 0, top), self.index(count - 1, LAST, top)
            self.dataChanged.emit(first, last)


def _title_key(title: str) -> str:
    return " ".join(title.split()).casefold().rstrip(".")


def default_ticks(file: FilePreview, records: list[PaperRecord]) -> list[bool]:
    """Ticked, except the papers already in the library, as in Zotero: importing them again
    adds nothing but this listing as one more source; and the records the reader left out as
    unlike papers (their Warnings say why; a tick imports them)."""
    return [not record.left_out and not in_library(file, record) for record in records]


def in_library(file: FilePreview, record: PaperRecord) -> bool:
    triage = file.triage.get(record.title)
    return triage is not None and triage.in_library is not None


def _in_library_cell(paper: dict[str, Any], ticked: bool, role: int) -> Any:
    """A paper the library already has: left out, or (ticked) merged into it."""
    if role == Qt.ItemDataRole.DisplayRole:
        return IN_LIBRARY_TICKED if ticked else IN_LIBRARY
    if role == Qt.ItemDataRole.ToolTipRole:
        action = (
            "Importing it merges this listing into that paper: its source is added, your "
            "tags, notes, rating and status stay."
            if ticked
            else "Left out of the import; tick it to merge this listing into that paper."
        )
        return f"Already in your library as “{paper['title']}” (#{paper['id']}).\n{action}"
    return None


def _twin_cell(twin: PaperRecord, role: int) -> Any:
    """A paper read twice in one import (the same title key or identifier): importing both
    makes one paper, the earlier one's fields first."""
    if role == Qt.ItemDataRole.DisplayRole:
        return f"{SAME_AS} line {twin.line} — will merge"
    if role == Qt.ItemDataRole.ForegroundRole:
        return QBrush(REVIEW_COLOUR)
    if role == Qt.ItemDataRole.ToolTipRole:
        return (
            f"The same paper as “{twin.title}” (line {twin.line}) by its title or identifier: "
            "importing both makes one paper of them. Untick one to keep the other alone."
        )
    return None


def _duplicate_cell(triage: Triage | None, role: int) -> Any:
    """The paper in the library this one likely is; the tooltip has every candidate."""
    if triage is None or not triage.duplicates:
        return None
    best = triage.duplicates[0]
    if role == Qt.ItemDataRole.DisplayRole:
        return f"likely: {best['title']}"
    if role == Qt.ItemDataRole.ForegroundRole:
        return QBrush(REVIEW_COLOUR)
    if role == Qt.ItemDataRole.ToolTipRole:
        return "\n".join(
            f"Looks like “{d['title']}” ({d['score']:.0%} alike: {', '.join(d['reasons'])})"
            for d in triage.duplicates
        )
    return None


def _closest_cell(triage: Triage | None, role: int) -> Any:
    """The queue or tag whose papers this one is closest to, where triage can start."""
    if triage is None or triage.closest is None:
        return None
    closest = triage.closest
    kind = "queue" if closest.kind == "queue" else "tag"
    if role == Qt.ItemDataRole.DisplayRole:
        return f"{kind} {closest.name}"
    if role == Qt.ItemDataRole.ToolTipRole:
        return (
            f"Not in your library yet; {counted(len(closest.papers), 'paper')} in the {kind} "
            f"{closest.name} {'is' if len(closest.papers) == 1 else 'are'} close to it."
        )
    return None


def _paper_cell(record: PaperRecord, column: int, layout: str, warnings: list[str]) -> str:
    if column == COLUMN["title"]:
        return record.title or "(no title)"
    if column == COLUMN["authors"]:
        return authors_short(
            {
                "authors": record.authors,
                "authors_truncated": record.authors_truncated,
                "author_count": record.author_count,
            }
        )
    if column == COLUMN["date"]:
        return record.date or record.date_text or ""
    if column == COLUMN["identifiers"]:
        return identifiers(record)
    if column == COLUMN["layout"]:
        return layout_label(layout)
    return "; ".join(warnings)


def identifiers(record: PaperRecord) -> str:
    found = (record.arxiv_id and f"arXiv:{record.arxiv_id}", record.doi and f"doi:{record.doi}")
    return "  ".join(x for x in found if x)


def _with_review(record: PaperRecord, messages: list[str]) -> list[str]:
    """The warnings about a paper, its review flag first (said once, from the record's own
    reasons, though the segment repeats it among its warnings). A record left out says why
    first: the headline sends the reader to its Warnings, whose narrow column shows only their
    start (trial 13: "⚑ check: title fo…" hid "unlike a paper"), and with no "check:" before
    it: at a scale of 1.5 the column's least width showed "⚑ check: …" on every row (trial 14)."""
    if not record.needs_review:
        return messages
    flags = unlike_first(record.needs_review)
    reasons = "; ".join(r.removeprefix("review: ") for r in flags)
    others = [m for m in messages if not m.startswith(REVIEW_WARNING)]
    check = "" if flags[0].startswith(UNLIKE_FLAG) else "check: "
    return [f"{REVIEW_MARK} {check}{reasons}", *others]


def _group_state(ticked: list[bool]) -> Qt.CheckState:
    if ticked and all(ticked):
        return Qt.CheckState.Checked
    return Qt.CheckState.PartiallyChecked if any(ticked) else Qt.CheckState.Unchecked


def _check_state(value: Any) -> Qt.CheckState:
    return value if isinstance(value, Qt.CheckState) else Qt.CheckState(int(value))
