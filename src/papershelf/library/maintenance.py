"""Backups, restore, undo and redo: the use cases that keep the reader's work safe."""

from __future__ import annotations

from pathlib import Path

from papershelf.core.changes import ASPECTS
from papershelf.files import refuse_protected
from papershelf.library.base import LibraryBase
from papershelf.store import annotations as store_annotations
from papershelf.store import backup, fts, health, restore, undo
from papershelf.store.connection import connect, transaction


class Maintenance(LibraryBase):
    # -- backups ---------------------------------------------------------------------------

    def backup(self, target: Path | str | None = None) -> Path:
        """Copy the library (to `target`, or a stamped file in the backups folder)."""
        if target:
            refuse_protected(Path(target), self.protected_files())
            return backup.copy_to(self.conn, Path(target))
        made = backup.copy_to(self.conn, backup.stamped(self.path, "manual"))
        backup.prune(self.path, backup.keep_count(), kinds=("manual",))
        return made

    def backups(self) -> list[Path]:
        return backup.listing(self.path)

    @property
    def damaged(self) -> str | None:
        """What the open-time check found wrong (writes are refused), or None."""
        problem = getattr(self.conn, "damaged", None)
        return problem if isinstance(problem, str) else None

    def auto_backup(self, *, keep: int | None = None) -> Path | None:
        """At most one daily backup a day, the newest `keep` daily ones kept; never a copy
        of a damaged library (it would push good copies out)."""
        backup.sweep_partials(self.path)
        if self.damaged or not backup.due(self.path):
            return None
        made = backup.copy_to(self.conn, backup.stamped(self.path, "daily"))
        problem = health.copy_problem(made)
        if problem is not None:  # a library too large to check on every open is checked here
            made.unlink()
            self.conn.damaged = problem  # type: ignore[attr-defined]
            raise health.damaged(self.path, problem)
        backup.prune(self.path, keep or backup.keep_count(), kinds=("daily",))
        return made

    def restore_backup(self, candidate: Path | str) -> Path | None:
        """Check the backup as a whole, save the current library aside, then replace it."""
        was_damaged = self.damaged is not None
        saved = restore.restore_file(self.path, Path(candidate), live=self.conn)
        if was_damaged:  # the file was replaced, not written through this connection
            self.conn.close()
            self.db = connect(self.path)
            self.conn = self.db.conn
        self._changed_everything()
        return saved

    # -- undo ------------------------------------------------------------------------------

    def undo_label(self) -> str | None:
        found = undo.top(self.conn, "undo")
        return found[1] if found else None

    def redo_label(self) -> str | None:
        found = undo.top(self.conn, "redo")
        return found[1] if found else None

    def undo_size(self, stack: str = "undo") -> int:
        """How much the next undo (stack "undo") or redo ("redo") replays, in changed rows."""
        return undo.step_size(self.conn, stack)

    def undo(self) -> str | None:
        """Undo the newest action (from this window, the CLI or another window)."""
        return self._replay("undo")

    def redo(self) -> str | None:
        return self._replay("redo")

    def _replay(self, stack: str) -> str | None:
        """The label of the step undone or redone; `last_changes` says what changed: the
        step's papers when it changed only their own rows, else everything."""
        with transaction(self.db):
            papers = undo.step_papers(self.conn, stack)
            watch = sorted(papers) if papers is not None else None
            before = self._keys_before(watch, self._smart)
            done = undo.replay(self.conn, stack)
            if done is None:
                return None
            meta = set(done.meta_ids)
            meta.update(store_annotations.papers_with_tag_ids(self.conn, list(done.tag_ids)))
            fts.refresh(self.conn, meta)
            self._move_counts(watch, before, self._smart)
        if watch is None or self._moved is None:
            self._changed_everything()
        else:
            self._changes(watch, *ASPECTS)
        return done.label
