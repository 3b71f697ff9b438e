"""A word written joined or hyphenated finds both spellings (trial 17: "wifi" did not find
"Wi-Fi"). The seed listings write "pre-trained" and "pretrained", "multi-modal" and
"multimodal", "data set" and "dataset"; searches run against the real seeded library."""

from __future__ import annotations

import re

import pytest

from papershelf.library import Library
from papershelf.store import counts
from papershelf.store.search import Filter


def found(library: Library, query: str) -> set[int]:
    return set(library.query_ids(Filter(search=query)))


def written(library: Library, pattern: str) -> set[int]:
    """The papers whose title, abstract or authors hold the pattern (as a whole word start)."""
    spelt = re.compile(rf"\b{pattern}", re.IGNORECASE)
    rows = library.conn.execute(
        "SELECT id, title, abstract, authors_text FROM papers WHERE deleted IS NULL"
    )
    return {row[0] for row in rows if any(spelt.search(text or "") for text in row[1:])}


@pytest.mark.parametrize(
    ("typed", "other"),
    [
        ("pretrain", r"pre-train"),
        ("pre-train", r"pretrain"),
        ("multimodal", r"multi-modal"),
        ("multi-modal", r"multimodal"),
        ("dataset", r"data set"),
    ],
)
def test_a_word_finds_its_other_spelling(seeded: Library, typed: str, other: str) -> None:
    elsewhere = written(seeded, other) - written(seeded, re.escape(typed))
    assert elsewhere, "the seeds write both spellings"
    assert elsewhere <= found(seeded, typed)
    assert written(seeded, re.escape(typed)) <= found(seeded, typed)


def test_halves_that_are_other_words_are_not_looked_for(seeded: Library) -> None:
    assert found(seeded, "online") == written(seeded, "online")


def test_a_sidebar_count_agrees_with_the_list(seeded: Library) -> None:
    ids = sorted(found(seeded, "pretrain"))
    assert counts.which_match(seeded.conn, Filter(search="pretrain"), ids) == set(ids)
    everything = [row[0] for row in seeded.conn.execute("SELECT id FROM papers")]
    matched = counts.which_match(seeded.conn, Filter(search="multi-modal"), everything)
    assert matched == found(seeded, "multi-modal")
