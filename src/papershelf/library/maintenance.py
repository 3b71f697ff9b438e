"""Backups, restore, undo and redo: the use cases that keep the reader's work safe."""

from __future__ import annotations

from pathlib import Path

from papershelf.files import refuse_protected
from papershelf.library.base import LibraryBase
from papershelf.store import annotations as store_annotations
from papershelf.store import backup, fts, undo
from papershelf.store.connection import migrate, transaction
from papershelf.store.schema import LATEST


class Maintenance(LibraryBase):
    # -- backups ---------------------------------------------------------------------------

    def backup(self, target: Path | str | None = None) -> Path:
        """Copy the library (to `target`, or a stamped file in the backups folder)."""
        if target:
            refuse_protected(Path(target), self.protected_files())
        path = Path(target) if target else backup.stamped(self.path, "manual")
        return backup.copy_to(self.conn, path)

    def backups(self) -> list[Path]:
        return backup.listing(self.path)

    def auto_backup(self, *, keep: int | None = None) -> Path | None:
        """At most one automatic backup a day; the newest `keep` are kept."""
        if not backup.due(self.path):
            return None
        made = backup.copy_to(self.conn, backup.stamped(self.path, "daily"))
        backup.prune(self.path, keep or backup.keep_count())
        return made

    def restore_backup(self, candidate: Path | str) -> Path:
        """Check the backup, save the current library aside, then replace its content."""
        source = Path(candidate)
        backup.verify(source, latest=LATEST)
        saved = backup.copy_to(self.conn, backup.stamped(self.path, "before-restore"))
        backup.restore_into(self.conn, source)
        migrate(self.conn)  # an older backup comes up to this version's schema
        return saved

    # -- undo ------------------------------------------------------------------------------

    def undo_label(self) -> str | None:
        found = undo.top(self.conn, "undo")
        return found[1] if found else None

    def redo_label(self) -> str | None:
        found = undo.top(self.conn, "redo")
        return found[1] if found else None

    def undo(self) -> str | None:
        """Undo the newest action (from this window, the CLI or another window)."""
        return self._replay("undo")

    def redo(self) -> str | None:
        return self._replay("redo")

    def _replay(self, stack: str) -> str | None:
        with transaction(self.db):
            done = undo.replay(self.conn, stack)
            if done is None:
                return None
            meta = set(done.meta_ids)
            meta.update(store_annotations.papers_with_tag_ids(self.conn, list(done.tag_ids)))
            fts.refresh(self.conn, meta)
            return done.label
