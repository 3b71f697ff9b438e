"""The reader's own data on papers: tags, ratings, reading status, notes, edits, the trash."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from papershelf.library.base import LibraryBase, papers_phrase
from papershelf.store import annotations as store_annotations
from papershelf.store.clock import now
from papershelf.store.merge import merge_papers


class Annotations(LibraryBase):
    def tag(
        self, ids: Sequence[int], *, add: Sequence[str] = (), remove: Sequence[str] = ()
    ) -> None:
        with self._write(f"Tag {papers_phrase(ids)}") as touched:
            store_annotations.require_papers(self.conn, list(ids))
            store_annotations.add_tags(self.conn, list(ids), list(add))
            store_annotations.remove_tags(self.conn, list(ids), list(remove))
            touched.update(ids)

    def rename_tag(self, old: str, new: str) -> None:
        with self._write(f"Rename tag {old!r}") as touched:
            touched.update(store_annotations.rename_tag(self.conn, old, new))

    def delete_tag(self, name: str) -> None:
        with self._write(f"Delete tag {name!r}") as touched:
            touched.update(store_annotations.delete_tag(self.conn, name))

    def rate(self, ids: Sequence[int], rating: int) -> None:
        with self._write(f"Rate {papers_phrase(ids)} {rating}★"):
            store_annotations.require_papers(self.conn, list(ids))
            store_annotations.set_rating(self.conn, list(ids), rating, now())

    def set_status(self, ids: Sequence[int], status: str, *, at: str | None = None) -> None:
        """Set the reading status; `at` (ISO time) records when, for imports of old history."""
        with self._write(f"Mark {papers_phrase(ids)} {status}"):
            store_annotations.require_papers(self.conn, list(ids))
            store_annotations.set_status(self.conn, list(ids), status, at or now())

    def add_note(self, paper_id: int, body: str) -> int:
        with self._write("Add note") as touched:
            store_annotations.require_papers(self.conn, [paper_id])
            touched.add(paper_id)
            return store_annotations.add_note(self.conn, paper_id, body, now())

    def edit_note(self, note_id: int, body: str) -> None:
        with self._write("Edit note") as touched:
            touched.add(store_annotations.edit_note(self.conn, note_id, body, now()))

    def delete_note(self, note_id: int) -> None:
        with self._write("Delete note") as touched:
            touched.add(store_annotations.delete_note(self.conn, note_id))

    def update_paper(self, paper_id: int, **changes: Any) -> None:
        with self._write(f"Edit {', '.join(sorted(changes))}") as touched:
            store_annotations.require_papers(self.conn, [paper_id])
            store_annotations.update_paper(self.conn, paper_id, changes, now())
            touched.add(paper_id)

    def merge(self, keep: int, other: int) -> None:
        with self._write("Merge papers") as touched:
            store_annotations.require_papers(self.conn, [keep, other])
            if keep == other:
                return
            merge_papers(self.conn, keep, other, now())
            touched.update((keep, other))

    def trash(self, ids: Sequence[int]) -> None:
        with self._write(f"Move {papers_phrase(ids)} to the trash") as touched:
            store_annotations.require_papers(self.conn, list(ids))
            store_annotations.trash(self.conn, list(ids), now())
            touched.update(ids)

    def restore(self, ids: Sequence[int]) -> None:
        with self._write(f"Restore {papers_phrase(ids)}") as touched:
            store_annotations.restore(self.conn, list(ids))
            touched.update(ids)

    def empty_trash(self) -> int:
        with self._write("Empty the trash"):
            return store_annotations.empty_trash(self.conn)
