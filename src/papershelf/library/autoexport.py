"""Keep a .bib up to date (Better BibTeX's "keep updated"): the use cases the CLI and GUI call.

A registered file is rendered again after changes and rewritten atomically, but only when its
bytes would differ from what is on disk, so LaTeX editors and sync tools see no needless writes.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from papershelf.core.errors import InvalidValue, NotFound, PapershelfError
from papershelf.files import refuse_protected, write_atomic
from papershelf.library.export import Export, KeysMissing
from papershelf.library.queues import Queues
from papershelf.store import autoexports
from papershelf.store.clock import now
from papershelf.store.connection import transaction
from papershelf.store.search import Filter

FORMATS = ("bibtex", "biblatex")


@dataclass(frozen=True)
class Selection:
    """Which papers a file holds: all of them, a tag, a queue (in its order) or a search."""

    kind: str = "all"
    value: str | None = None

    def describe(self) -> str:
        return "all papers" if self.kind == "all" else f"{self.kind}: {self.value}"


@dataclass(frozen=True)
class Outcome:
    path: str
    written: bool
    error: str | None = None


def selection_of(*, tag: str | None, queue: str | None, search: str | None) -> Selection:
    given = [(kind, value) for kind, value in (("tag", tag), ("queue", queue), ("search", search))]
    chosen = [(kind, value) for kind, value in given if value is not None]
    if len(chosen) > 1:
        raise InvalidValue("give at most one of --tag, --queue and --search")
    return Selection(*chosen[0]) if chosen else Selection()


def _key(target: Path | str) -> str:
    # Absolute but not resolved: a symlink the user named stays the name they gave.
    return os.path.abspath(target)


class AutoExports(Queues, Export):
    def autoexport_ids(self, selection: Selection) -> list[int]:
        if selection.kind == "queue":
            return self.queue_ids(str(selection.value))
        if selection.kind == "tag":
            if str(selection.value).casefold() not in map(str.casefold, self.all_tag_names()):
                raise NotFound(f"no tag named {selection.value!r}")
            return self.query_ids(Filter(tags=[str(selection.value)]))
        if selection.kind == "search":
            spec = Filter(search=str(selection.value))
            self.require_known(spec)  # `tag:typo` would empty the file
            return self.query_ids(spec)
        return self.query_ids(Filter())

    def add_autoexport(self, target: Path | str, fmt: str, selection: Selection) -> Outcome:
        """Register a file (or change what it holds) and write it now; a bad selection or an
        unwritable file is refused before anything is stored."""
        if fmt not in FORMATS:
            raise InvalidValue(f"a kept-updated file is bibtex or biblatex, not {fmt!r}")
        path = _key(target)
        refuse_protected(Path(path), self.protected_files())
        outcome = self._write_if_changed(path, fmt, selection)
        if outcome.error:
            raise PapershelfError(outcome.error)
        with transaction(self.db):
            autoexports.add(self.conn, path, fmt, selection.kind, selection.value, now())
            autoexports.record(self.conn, path, written_at=now(), error=None)
        return outcome

    def remove_autoexport(self, target: Path | str) -> None:
        """Stop keeping a file up to date; the file itself stays."""
        with transaction(self.db):
            if not autoexports.remove(self.conn, _key(target)):
                raise NotFound(f"{target}: not kept up to date (see `papershelf autoexport list`)")

    def autoexports(self) -> list[dict[str, Any]]:
        """The files with their format, selection, last write time and last error."""
        rows = autoexports.listing(self.conn)
        for row in rows:
            row["selection"] = Selection(row["kind"], row["value"]).describe()
        return rows

    def refresh_autoexports(self) -> list[Outcome]:
        """Bring every file up to date; a failure is recorded with its file, not raised."""
        outcomes = self.write_autoexports()
        self.record_autoexports(outcomes)
        return outcomes

    def write_autoexports(self, *, read_only: bool = False) -> list[Outcome]:
        """Render and write the files that changed; `read_only` (a worker thread) writes
        nothing to the library and raises KeysMissing for papers without keys."""
        outcomes = []
        for row in autoexports.listing(self.conn):
            selection = Selection(row["kind"], row["value"])
            path, fmt = row["path"], row["format"]
            outcomes.append(self._write_if_changed(path, fmt, selection, read_only=read_only))
        return outcomes

    def record_autoexports(self, outcomes: list[Outcome]) -> None:
        """Keep each file's last write and last error; nothing is written when nothing changed."""
        errors = {row["path"]: row["last_error"] for row in autoexports.listing(self.conn)}
        changed = [
            o for o in outcomes if o.path in errors and (o.written or o.error != errors[o.path])
        ]
        if not changed:
            return
        with transaction(self.db):
            at = now()
            for outcome in changed:
                written_at = at if outcome.written else None
                autoexports.record(
                    self.conn, outcome.path, written_at=written_at, error=outcome.error
                )

    def _write_if_changed(
        self, path: str, fmt: str, selection: Selection, *, read_only: bool = False
    ) -> Outcome:
        try:
            ids = self.autoexport_ids(selection)
            text = self.export(ids, fmt, in_order=selection.kind == "queue", read_only=read_only)
            if _holds(path, text.encode("utf-8")):
                return Outcome(path, written=False)
            write_atomic(path, text, protected=self.protected_files())
        except KeysMissing:
            raise
        except PapershelfError as error:
            reason = str(error) if str(error).startswith(path) else f"{path}: {error}"
            return Outcome(path, written=False, error=reason)
        return Outcome(path, written=True)


def _holds(path: str, data: bytes) -> bool:
    try:
        return os.path.getsize(path) == len(data) and Path(path).read_bytes() == data
    except OSError:
        return False
