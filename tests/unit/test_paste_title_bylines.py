"""Contents copied as text, each article a title over its authors' line (holdout36 003: 8 of 16
read, by the learned reader), and reading lists sectioned by author, `### H.P. Grice` over his
works (holdout36 026: no work named its author). The rule tests use made-up names and titles."""

from __future__ import annotations

from scripts.fidelity import HOLDOUT36, expected_papers, title_key

from papershelf.core.errors import ImportFailed
from papershelf.importers.pipeline import Segment, read_listing
from tests.pastes import read_or_refused

CONTENTS = """Volume 19 (2031)


Pretend weather as justification for the state of exception
Ada Quill

Care in invented supervision
Ben Nadir

“Made-up is making”: design iteration in pretend therapy
Cleo Tansy, Dan Ortega

Volume 18 (2030)


Detention in imaginary custody before the first appearance
Eve Marrow
"""


def test_titles_over_their_authors_lines_dated_by_their_volume() -> None:
    preview = read_listing(CONTENTS, "contents.txt")
    records = preview.records
    assert [(r.title, r.authors, r.date) for r in records] == [
        ("Pretend weather as justification for the state of exception", ["Ada Quill"], "2031"),
        ("Care in invented supervision", ["Ben Nadir"], "2031"),
        (
            "“Made-up is making”: design iteration in pretend therapy",
            ["Cleo Tansy", "Dan Ortega"],
            "2031",
        ),
        ("Detention in imaginary custody before the first appearance", ["Eve Marrow"], "2030"),
    ]
    assert [s.layout for s in preview.segments] == ["title-bylines"]


def test_two_titles_over_names_are_no_list() -> None:
    two = CONTENTS.split("“Made-up")[0]
    layouts = [s.layout for s in _segments(two)]
    assert "title-bylines" not in layouts


def _segments(text: str) -> list[Segment]:
    try:
        return read_listing(text, "contents.txt").segments
    except ImportFailed:
        return []


def test_a_paragraph_of_three_lines_is_no_title_over_names() -> None:
    prose = CONTENTS.replace("Ada Quill\n", "Ada Quill\nA remark on the pretend weather.\n")
    records = read_or_refused(prose, "contents.txt")
    assert "Ada Quill" not in [name for r in records for name in r.authors]


AUTHORS = """## Invented Philosophy – Core Texts

### A.B. Quill
- *Logic of Pretending* (1975) — core of the invented maxims
- *Studies in the Way of Made-up Words* (1989) — collected papers

### C. D. Nadir
- *Pretend Pragmatics* (1983) — the definitive introduction
- *The Language of Invented Thought* (1975)
"""


def test_works_under_a_persons_heading_are_theirs() -> None:
    records = read_listing(AUTHORS, "authors.md").records
    assert [(r.title, r.authors, r.date) for r in records] == [
        ("Logic of Pretending", ["A.B. Quill"], "1975"),
        ("Studies in the Way of Made-up Words", ["A.B. Quill"], "1989"),
        ("Pretend Pragmatics", ["C. D. Nadir"], "1983"),
        ("The Language of Invented Thought", ["C. D. Nadir"], "1975"),
    ]


def test_one_persons_heading_names_no_author() -> None:
    one = AUTHORS.split("### C. D. Nadir")[0]
    records = read_listing(one, "authors.md").records
    assert [r.authors for r in records] == [[], []]


def _read_right(number: str) -> tuple[int, int]:
    path = next(HOLDOUT36.glob(f"{number}_*"))
    records = read_listing(path.read_text(encoding="utf-8"), path.name).records
    got = {title_key(r.title): r for r in records if not r.left_out}
    expected = expected_papers(path)
    right = sum(
        1
        for paper in expected
        if (record := got.get(title_key(paper["title"]))) and record.authors == paper["authors"]
    )
    return right, len(expected)


def test_the_real_law_review_contents() -> None:
    right, expected = _read_right("003")
    assert (right, expected) >= (14, 16)


def test_the_real_philosophy_references() -> None:
    right, _expected = _read_right("026")
    assert right >= 14
