"""Possible duplicates: listed with reasons and scores, merged one group or all above a score,
or marked "not a duplicate" (remembered)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from papershelf.core.duplicates import LISTED_SCORE, Group, groups
from papershelf.core.errors import InvalidValue
from papershelf.library.base import LibraryBase
from papershelf.store import annotations as store_annotations
from papershelf.store import duplicates as store_duplicates
from papershelf.store.clock import now
from papershelf.store.merge import Folded, merge_papers, repoint_links
from papershelf.store.read import fetch_papers


@dataclass(frozen=True, slots=True)
class DuplicateGroup:
    group: Group
    keeper: int  # the richest record, which the others are folded into
    conflicts: tuple[str, ...]  # different ratings or statuses: shown, never guessed
    papers: tuple[dict[str, Any], ...]
    warnings: tuple[str, ...] = ()  # what a merge keeps that the user may not expect

    def as_json(self) -> dict[str, Any]:
        return {
            "ids": list(self.group.ids),
            "score": self.group.score,
            "keeper": self.keeper,
            "conflicts": list(self.conflicts),
            "warnings": list(self.warnings),
            "pairs": [
                {"a": p.a, "b": p.b, "score": p.score, "reasons": list(p.reasons)}
                for p in self.group.pairs
            ],
            "papers": [
                {key: paper[key] for key in ("id", "title", "authors", "date", "arxiv_id", "doi")}
                for paper in self.papers
            ],
        }


@dataclass(slots=True)
class MergeOutcome:
    merged: list[tuple[int, list[int]]] = field(default_factory=list)  # (kept, folded in)
    skipped: list[DuplicateGroup] = field(default_factory=list)  # groups with conflicts


def richness(paper: dict[str, Any]) -> tuple[int, ...]:
    """How much a record holds, for choosing the keeper; the older paper wins a tie."""
    filled = sum(
        bool(paper[key])
        for key in ("abstract", "authors", "date", "arxiv_id", "doi", "venue", "journal_ref")
    )
    own = len(paper["tags"]) + len(paper["notes"]) + len(paper["queues"])
    return (not paper["title_is_placeholder"], filled, own, len(paper["abstract"]), -paper["id"])


def conflicts(papers: Sequence[dict[str, Any]]) -> tuple[str, ...]:
    """Two different ratings or reading statuses the reader gave: a merge would have to guess."""
    found = []
    ratings = sorted({int(p["rating"]) for p in papers if p["rating"]})
    if len(ratings) > 1:
        found.append("ratings differ: " + ", ".join(f"{r}★" for r in ratings))
    statuses = sorted({str(p["status"]) for p in papers if p["status"] != "new"})
    if len(statuses) > 1:
        found.append("statuses differ: " + ", ".join(statuses))
    return tuple(found)


def warnings(papers: Sequence[dict[str, Any]]) -> tuple[str, ...]:
    """Several citation keys in one group: documents may cite each of them."""
    keys = [str(p["citation_key"]) for p in papers if p["citation_key"]]
    if len({key.casefold() for key in keys}) < 2:
        return ()
    return (
        f"{len(keys)} citation keys ({', '.join(keys)}): a merge keeps the kept paper's key and "
        "the others as aliases (biblatex `ids`); check they are one work",
    )


class Duplicates(LibraryBase):
    def refresh_duplicates(self) -> int:
        """Judge the papers changed since the last look; how many there were."""
        with self._write("Find duplicates", undoable=False, watch=[]):
            return store_duplicates.refresh(self.conn)

    def duplicate_groups(self, *, min_score: float = LISTED_SCORE) -> list[DuplicateGroup]:
        self.refresh_duplicates()
        found = groups(
            store_duplicates.pairs(self.conn, min_score=min_score),
            store_duplicates.not_duplicates(self.conn),
            min_score=min_score,
        )
        return [self._described(group) for group in found]

    def duplicates_of(self, paper_id: int) -> list[DuplicateGroup]:
        """The group a paper belongs to, if any (for the detail pane and an import preview)."""
        return [g for g in self.duplicate_groups() if paper_id in g.group.ids]

    def _described(self, group: Group) -> DuplicateGroup:
        papers = fetch_papers(self.conn, list(group.ids))
        keeper = max(papers, key=richness)["id"]
        return DuplicateGroup(group, keeper, conflicts(papers), tuple(papers), warnings(papers))

    def mark_not_duplicate(self, a: int, b: int) -> None:
        if a == b:
            raise InvalidValue("a paper is always a duplicate of itself: give two different ids")
        with self._write("Mark not a duplicate", undoable=False, watch=[]):
            store_annotations.require_papers(self.conn, [a, b])
            store_duplicates.mark_not_duplicate(self.conn, a, b, now())

    def merge_duplicate_group(self, ids: Sequence[int]) -> MergeOutcome:
        """Fold one group into its richest record (one undo step); refused on a conflict."""
        store_annotations.require_papers(self.conn, list(ids))
        group = self._described(Group(tuple(sorted(set(ids))), 1.0, ()))
        if group.conflicts:
            raise InvalidValue(f"papers {_listed(ids)} not merged: {'; '.join(group.conflicts)}")
        return self._merge([group], f"Merge {len(group.group.ids)} duplicates")

    def merge_duplicates_above(self, score: float) -> MergeOutcome:
        """Every group whose weakest link scores at least `score`, in one undo step; groups
        with conflicting ratings or statuses are left alone and reported."""
        found = self.duplicate_groups(min_score=score)
        return self._merge(found, f"Merge duplicates scoring {score:g} or more")

    def _merge(self, found: list[DuplicateGroup], label: str) -> MergeOutcome:
        outcome = MergeOutcome(skipped=[g for g in found if g.conflicts])
        if len(outcome.skipped) == len(found):
            return outcome
        with self._write(label) as touched:
            folded: list[Folded] = []
            for group in found:
                if group.conflicts:
                    continue
                others = [i for i in group.group.ids if i != group.keeper]
                for other in others:
                    merge_papers(self.conn, group.keeper, other, now(), links=folded)
                touched.update(group.group.ids)
                outcome.merged.append((group.keeper, others))
            repoint_links(self.conn, folded)
        self._changed_everything()
        return outcome


def _listed(ids: Sequence[int]) -> str:
    return ", ".join(str(i) for i in ids)
