"""A blog's list of papers read (made-up papers): `* [Title](….pdf)` with the paper's abstract
quoted under it. The quoted paragraph of sentences is the paper's abstract; a short remark under
a link to a blog post is nobody's abstract."""

from __future__ import annotations

from papershelf.importers.pipeline import read_listing

ABSTRACT = (
    "We present a made-up system, Hive, that attacks the pretend problem of mining invented "
    "knowledge from the imaginary log data produced by a wide variety of fictional products. "
    "It finds things nobody looked for. We evaluate it on logs that were never written, and it "
    "does well on all of them, which we discuss at some length in the sections that follow."
)
LIST = f"""### Papers I Read

* [Hive: Large-Scale Pretend Log Analysis for Invented Networks](http://www.example.org/papers/hive.pdf)

> {ABSTRACT}

* [Searching 20 GB/sec: Pretend Engineering Before Algorithms](http://blog.example.com/2014/05/searching/)

Ok, this is a blog post, not a research paper, but it's somewhat interesting nonetheless.
"""


def test_an_abstract_quoted_under_a_linked_paper_is_its_abstract() -> None:
    records = read_listing(LIST, "blog.md").records
    assert records[0].title == "Hive: Large-Scale Pretend Log Analysis for Invented Networks"
    assert records[0].abstract == ABSTRACT
    assert all(not r.abstract for r in records[1:])
