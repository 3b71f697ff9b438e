"""The reader's own data on papers: tags, ratings, reading status, notes, edits, the trash.

Each action returns what it changed (`OpChanges`), so that a window refreshes only that.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from papershelf.core.changes import NOTES, RATING, STATUS, TAGS, TEXT, TRASH, OpChanges
from papershelf.core.dates import typed_date
from papershelf.core.textfmt import STATUS_LABELS
from papershelf.library.base import LibraryBase, papers_phrase
from papershelf.store import annotations as store_annotations
from papershelf.store.clock import now
from papershelf.store.merge import merge_papers

# Columns that travel with another (the typed date with the date, "et al." with the names),
# named as the reader edited them: "Undo Edit date", not "Undo Edit date, date_text".
FIELD_WORDS = {
    "date_text": "date",
    "authors_truncated": "authors",
    "urls": "links",
    "citation_key": "citation key",
    "arxiv_id": "arXiv id",
    "doi": "DOI",
    "journal_ref": "journal reference",
    "entry_type": "entry type",
}


def edit_label(changes: dict[str, Any]) -> str:
    words = dict.fromkeys(FIELD_WORDS.get(field, field) for field in sorted(changes))
    return f"Edit {', '.join(words)}"


class Annotations(LibraryBase):
    def tag(
        self, ids: Sequence[int], *, add: Sequence[str] = (), remove: Sequence[str] = ()
    ) -> OpChanges:
        new_tags = store_annotations.missing_tags(self.conn, list(add))
        with self._write(f"Tag {papers_phrase(ids)}", watch=ids, aspects={TAGS}) as touched:
            store_annotations.require_papers(self.conn, list(ids))
            store_annotations.add_tags(self.conn, list(ids), list(add))
            store_annotations.remove_tags(self.conn, list(ids), list(remove))
            touched.update(ids)
        return self._changes(ids, TAGS, tag_list=bool(new_tags))

    def rename_tag(self, old: str, new: str) -> OpChanges:
        with self._write(f"Rename tag {old!r}") as touched:
            touched.update(store_annotations.rename_tag(self.conn, old, new))
        return self._changes(touched, TAGS, tag_list=True)

    def delete_tag(self, name: str) -> OpChanges:
        with self._write(f"Delete tag {name!r}") as touched:
            touched.update(store_annotations.delete_tag(self.conn, name))
        return self._changes(touched, TAGS, tag_list=True)

    def set_tag_colour(self, name: str, colour: str | None) -> OpChanges:
        """A colour for the tag's chips and its sidebar row (None: the default colour)."""
        with self._write(f"Colour tag {name!r}", watch=[], aspects={TAGS}):
            papers = store_annotations.set_tag_colour(self.conn, name, colour)
        return self._changes(papers, TAGS, tag_list=True)

    def name_source(self, source_id: int, label: str | None) -> OpChanges:
        """Rename an imported source in the sidebar (None or blank: its page-and-day name)."""
        with self._write("Rename source", watch=[], aspects=()):
            store_annotations.name_source(self.conn, source_id, label)
        self.last_changes = OpChanges(source_list=True)
        return self.last_changes

    def rate(self, ids: Sequence[int], rating: int) -> OpChanges:
        with self._write(f"Rate {papers_phrase(ids)} {rating}★", watch=ids, aspects={RATING}):
            store_annotations.require_papers(self.conn, list(ids))
            store_annotations.set_rating(self.conn, list(ids), rating, now())
        return self._changes(ids, RATING)

    def set_status(self, ids: Sequence[int], status: str, *, at: str | None = None) -> OpChanges:
        """Set the reading status; `at` (ISO time) records when, for imports of old history."""
        label = f"Mark {papers_phrase(ids)} {STATUS_LABELS.get(status, status)}"
        with self._write(label, watch=ids, aspects={STATUS}):
            store_annotations.require_papers(self.conn, list(ids))
            store_annotations.set_status(self.conn, list(ids), status, at or now())
        return self._changes(ids, STATUS)

    def flagged(self, ids: Sequence[int]) -> list[int]:
        """Those of the papers that need review."""
        return store_annotations.flagged(self.conn, list(ids))

    def mark_reviewed(self, ids: Sequence[int]) -> OpChanges:
        """Clear the papers' review flags: they leave Needs review (one undo step; none, and
        nothing written, when none of them is flagged)."""
        store_annotations.require_papers(self.conn, list(ids))
        ids = self.flagged(ids)
        if not ids:
            self.last_changes = OpChanges()
            return self.last_changes
        with self._write(f"Mark {papers_phrase(ids)} reviewed", watch=ids, aspects={TEXT}):
            store_annotations.clear_flags(self.conn, ids, now())
        return self._changes(ids, TEXT)

    def add_note(self, paper_id: int, body: str) -> int:
        """A new note's id; `last_changes` says what changed."""
        with self._write("Add note", watch=[paper_id], aspects={NOTES}) as touched:
            store_annotations.require_papers(self.conn, [paper_id])
            touched.add(paper_id)
            note = store_annotations.add_note(self.conn, paper_id, body, now())
        self._changes([paper_id], NOTES)
        return note

    def edit_note(self, note_id: int, body: str) -> OpChanges:
        paper = [store_annotations.note_paper(self.conn, note_id)]
        with self._write("Edit note", watch=paper, aspects={NOTES}) as touched:
            touched.add(store_annotations.edit_note(self.conn, note_id, body, now()))
        return self._changes(paper, NOTES)

    def delete_note(self, note_id: int) -> OpChanges:
        paper = [store_annotations.note_paper(self.conn, note_id)]
        with self._write("Delete note", watch=paper, aspects={NOTES}) as touched:
            touched.add(store_annotations.delete_note(self.conn, note_id))
        return self._changes(paper, NOTES)

    def update_paper(self, paper_id: int, **changes: Any) -> OpChanges:
        if changes.get("date") is not None:
            typed = str(changes["date"])
            changes["date"] = typed_date(typed)
            changes.setdefault("date_text", typed.strip())
        with self._write(edit_label(changes), watch=[paper_id], aspects={TEXT}) as touched:
            store_annotations.require_papers(self.conn, [paper_id])
            store_annotations.update_paper(self.conn, paper_id, changes, now())
            touched.add(paper_id)
        return self._changes([paper_id], TEXT)

    def merge(self, keep: int, other: int) -> OpChanges:
        with self._write("Merge papers") as touched:
            store_annotations.require_papers(self.conn, [keep, other])
            if keep != other:
                merge_papers(self.conn, keep, other, now())
                touched.update((keep, other))
        # The kept paper takes the other's tags, notes, queues and sources.
        return self._changed_everything()

    def trash(self, ids: Sequence[int]) -> OpChanges:
        with self._write(
            f"Move {papers_phrase(ids)} to the trash", watch=ids, aspects={TRASH}
        ) as touched:
            store_annotations.require_papers(self.conn, list(ids))
            store_annotations.trash(self.conn, list(ids), now())
            touched.update(ids)
        return self._changes(ids, TRASH)

    def restore(self, ids: Sequence[int]) -> OpChanges:
        with self._write(f"Restore {papers_phrase(ids)}", watch=ids, aspects={TRASH}) as touched:
            store_annotations.restore(self.conn, list(ids))
            touched.update(ids)
        return self._changes(ids, TRASH)

    def delete_for_good(self, ids: Sequence[int]) -> int:
        """Papers in the trash deleted for good (undo brings them back); those not in the
        trash are left alone. How many went; `last_changes` says what changed."""
        with self._write(f"Delete {papers_phrase(ids)} for good"):
            gone = store_annotations.delete_trashed(self.conn, list(ids))
        self._changed_everything()
        return gone

    def empty_trash(self) -> int:
        """How many papers were deleted for good; `last_changes` says what changed."""
        with self._write("Empty the trash"):
            gone = store_annotations.empty_trash(self.conn)
        self._changed_everything()
        return gone
