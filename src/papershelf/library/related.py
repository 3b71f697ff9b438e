"""Related papers, found offline in the library's own full-text statistics (see store.related)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from papershelf.library.base import LibraryBase
from papershelf.store import annotations as store_annotations
from papershelf.store import related as store_related

# The remembered word counts are dropped when the library has grown or shrunk by this share.
RECOUNT_SHARE = 0.05


class RelatedPapers(LibraryBase):
    _word_papers: dict[str, int] | None = None
    _counted_papers = 0

    def _known_word_papers(self) -> dict[str, int]:
        papers = int(self.conn.execute("SELECT max(rowid) FROM papers").fetchone()[0] or 0)
        drift = abs(papers - self._counted_papers)
        if self._word_papers is None or drift > RECOUNT_SHARE * max(papers, 1):
            self._word_papers, self._counted_papers = {}, papers
        return self._word_papers

    def related(
        self, ids: Sequence[int], *, limit: int = 5, known: dict[str, int] | None = None
    ) -> list[dict[str, Any]]:
        """The papers closest to these (one paper, a selection, a queue), each with its reason:
        `[{"id", "title", "score", "reason", "terms", "authors", "tags"}]`, best first.
        `known`: word -> papers counts to share between libraries opened on one file (the
        window's workers each open their own)."""
        store_annotations.require_papers(self.conn, list(ids))
        found = store_related.related(
            self.conn,
            list(ids),
            limit=limit,
            known=self._known_word_papers() if known is None else known,
        )
        titles = dict(
            self.conn.execute(
                "SELECT id, title FROM papers WHERE id IN (SELECT value FROM json_each(?))",
                (str([r.paper_id for r in found]),),
            ).fetchall()
        )
        return [
            {
                "id": r.paper_id,
                "title": titles[r.paper_id],
                "score": r.score,
                "reason": r.reason(),
                "terms": list(r.terms),
                "authors": list(r.authors),
                "tags": list(r.tags),
            }
            for r in found
            if r.paper_id in titles  # merged or deleted by another connection meanwhile
        ]
