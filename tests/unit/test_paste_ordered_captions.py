"""A list's caption that says what kind of papers it holds and how it orders them (`Seminal
Papers by Research Area`, `Classic Papers by Topic`) names the list, never a paper by an author
named `Research Area`. A title that only opens so is still one."""

from __future__ import annotations

from papershelf.importers.paste.captions import listing_caption
from papershelf.importers.pipeline import read_listing

SEMINAL = """# Seminal Papers by Research Area

## Pretend Optics

1. Quill et al., "An Invented Theory of Pretend Light" (2014), Journal of Examples 5, 4213
2. Marrow, "Simulating Imaginary Lenses" (1982), Pretend Letters 21, 467
"""


def test_kind_and_order_captions() -> None:
    for caption in ("Seminal Papers by Research Area", "Classic Papers by Topic", "Key Papers"):
        assert listing_caption(caption)
    assert not listing_caption("Seminal Papers on Pretend Optics")


def test_a_caption_ordering_the_list_is_no_paper() -> None:
    records = read_listing(SEMINAL, "seminal.md").records
    assert [r.title for r in records] == [
        "An Invented Theory of Pretend Light",
        "Simulating Imaginary Lenses",
    ]
