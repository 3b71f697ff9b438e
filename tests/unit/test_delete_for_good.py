"""Deleting trashed papers for good, a few at a time (Del in the Trash): only papers in the
trash go, one undo step brings them back with their tags."""

from __future__ import annotations

from papershelf.library import Library
from papershelf.store.search import Filter


def test_only_trashed_papers_go_and_undo_brings_them_back(seeded: Library) -> None:
    ids = seeded.query_ids()[:4]
    seeded.tag(ids[:1], add=["keep-me"])
    seeded.trash(ids[:3])
    total = seeded.count()
    gone = seeded.delete_for_good([ids[0], ids[1], ids[3]])  # ids[3] is not in the trash
    assert gone == 2
    assert seeded.count(Filter(trash=True)) == 1
    assert seeded.count() == total
    assert seeded.paper(ids[3])["title"]
    seeded.undo()
    assert seeded.count(Filter(trash=True)) == 3
    assert "keep-me" in seeded.paper(ids[0])["tags"]
