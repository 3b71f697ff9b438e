"""Merging two papers the user says are the same: a real title always beats a stand-in."""

from __future__ import annotations

import pytest

from papershelf.core.text import placeholder_title
from papershelf.library import Library
from papershelf.store.search import Filter


def pick(library: Library, *, placeholder: bool, longest: bool) -> int:
    """A paper of the seeds with a stand-in title or a real one, by abstract length."""
    flagged = set(library.query_ids(Filter(search="needs:title")))
    ids = [
        i
        for i in library.query_ids(Filter(search="has:abstract"))
        if (i in flagged) == placeholder and library.paper(i)["title_is_placeholder"] == placeholder
    ]
    return max(ids, key=lambda i: len(library.paper(i)["abstract"]) * (1 if longest else -1))


@pytest.mark.parametrize("keep_placeholder", [True, False])
@pytest.mark.parametrize("other_placeholder", [True, False])
@pytest.mark.parametrize("other_has_longer_abstract", [True, False])
def test_merged_title_is_real_when_either_is_and_matches_the_abstract_otherwise(
    seeded: Library,
    keep_placeholder: bool,
    other_placeholder: bool,
    other_has_longer_abstract: bool,
) -> None:
    keep = pick(seeded, placeholder=keep_placeholder, longest=not other_has_longer_abstract)
    other = pick(seeded, placeholder=other_placeholder, longest=other_has_longer_abstract)
    before = {i: seeded.paper(i) for i in (keep, other)}
    assert len(before[other]["abstract"]) != len(before[keep]["abstract"])
    seeded.merge(keep, other)
    merged = seeded.paper(keep)
    longer = max(before.values(), key=lambda p: len(p["abstract"]))
    assert merged["abstract"] == longer["abstract"]
    real = [before[i]["title"] for i in (keep, other) if not before[i]["title_is_placeholder"]]
    if real:
        assert merged["title"] == real[0]  # the kept paper's own title when both are real
        assert not merged["title_is_placeholder"]
    else:
        assert merged["title"] == placeholder_title(merged["abstract"])
        assert merged["title_is_placeholder"]
