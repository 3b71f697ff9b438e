"""A blog's numbered references with italic titles (made-up works): the year that closes an
entry past a long venue is the work's year."""

from __future__ import annotations

from papershelf.importers.pipeline import read_listing

REFERENCES = """## Papers I read & used

1. Example, Ada. [_Pretend Re-Entry Vehicles_][ref-1]. Institute of Imaginary Technology, 2008.
2. Sample, Ben, et al. [_Design of the Pretend Heatshield_][ref-2]. 41st Fake Thermophysics Conference. 2009.

[ref-1]: https://example.org/bitstream/handle/1/107-277-1-PB.pdf
[ref-2]: https://example.org/archive/20090024230.pdf
"""


def test_the_year_closing_an_entry_is_the_works() -> None:
    records = read_listing(REFERENCES, "blog.md").records
    assert [(r.authors, r.date) for r in records] == [
        (["Example, Ada"], "2008"),
        (["Sample, Ben"], "2009"),
    ]
