"""Things a syllabus or a to-read note cites that are no papers (made-up text): a magazine's
whole issue linked as a PDF (`Browse the [full issue of the _Example Magazine_ project](….pdf)`),
a journal's abbreviated name left alone by a cut reference (`Philos. Trans. R. Soc`), and a
reading a group's schedule names only by its authors and year (`[Quill & Marrow (2018)](….pdf)`,
`[Oddly, 2006 - shorter paper](….pdf)`) or a session's topic citing one."""

from __future__ import annotations

from papershelf.core.records import PaperRecord
from papershelf.importers.paste.sources import not_a_paper


def test_a_whole_issue_is_no_paper_even_as_a_pdf() -> None:
    record = PaperRecord(line=1, title="full issue of the Example Magazine Pretend Project")
    record.urls = ["https://example.org/files/full_issue_of_the_project.pdf"]
    assert not_a_paper(record) is not None


def test_an_abbreviated_journal_name_is_no_title() -> None:
    assert not_a_paper(PaperRecord(line=1, title="Trans. R. Soc")) is not None
    assert not_a_paper(PaperRecord(line=1, title="Philos. Trans. R. Soc. Lond.")) is not None
    # a short title with one stop is a title
    assert not_a_paper(PaperRecord(line=1, title="Dr. Strangelove Revisited")) is None
    assert not_a_paper(PaperRecord(line=1, title="An Invented Issue of Pretend Trust")) is None


def test_a_reading_named_only_by_authors_and_year_is_no_titled_paper() -> None:
    pdf = ["https://example.org/docs/reading.pdf"]
    for title in (
        "Quill & Marrow",
        "Tansy et al.",
        "Oddly, 2006 - shorter paper",
        "Pretend semantics article (Sample, 2019) + coding in class",
    ):
        record = PaperRecord(line=1, title=title)
        record.urls = list(pdf)
        assert not_a_paper(record) is not None, title
    # a title that names a place and a year is a title when it says more
    assert not_a_paper(PaperRecord(line=1, title="Paris, 1968: An Invented History")) is None
    # an identifier makes it a paper, however it is named
    identified = PaperRecord(line=1, title="Quill & Marrow")
    identified.doi = "10.5555/x-0001"
    assert not_a_paper(identified) is None
