"""Two things a syllabus or a to-read note cites that are no papers (made-up text): a magazine's
whole issue linked as a PDF (`Browse the [full issue of the _Example Magazine_ project](….pdf)`)
and a journal's abbreviated name left alone by a cut reference (`Philos. Trans. R. Soc`)."""

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
