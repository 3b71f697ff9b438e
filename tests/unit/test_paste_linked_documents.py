"""A proceedings' contents page (tests/data/listings-holdout14 holds a real one): under the
edition's heading with its year, themes, and under each its papers, list items that are
nothing but a link to the paper's document. All texts are made up."""

from __future__ import annotations

from papershelf.importers.paste import programme_documents
from papershelf.importers.paste.doc import normalise
from papershelf.importers.pipeline import read_listing

CONTENTS = """<h3>Proceedings 2016</h3>
<p>Contents</p>
<ul><li><p>Themes</p>
<ol>
<li><p>Made-Up Teaching: Technology, Problems and Games;</p>
<ul><li><a href="https://drive.google.com/open?id=AAAAmadeup1">TEACHING MADE-UP PERCENTAGES
WITH IMAGINARY MODELS</a></li></ul></li>
<li><p>Imaginary Society: Policies and Schools;</p>
<ul><li><a href="https://annals.example.org/2016/brief-look.pdf">A BRIEF LOOK AT AN INVENTED
TEXTBOOK OF GEOMETRY</a></li></ul></li>
<li><p>Pure Imaginary Mathematics;</p>
<ul></ul></li>
</ol></li></ul>
"""


def test_items_that_link_a_document_are_papers_of_the_edition_year() -> None:
    records = {r.title: r for r in read_listing(CONTENTS, "contents.html").records}
    assert set(records) == {
        "TEACHING MADE-UP PERCENTAGES WITH IMAGINARY MODELS",
        "A BRIEF LOOK AT AN INVENTED TEXTBOOK OF GEOMETRY",
    }
    teaching = records["TEACHING MADE-UP PERCENTAGES WITH IMAGINARY MODELS"]
    assert teaching.date == "2016"
    assert teaching.urls == ["https://drive.google.com/open?id=AAAAmadeup1"]


def test_the_whole_contents_page_is_read_with_the_edition_year() -> None:
    records = read_listing(CONTENTS, "contents.html").records
    assert all(r.date == "2016" for r in records)


def test_linked_documents_with_notes_under_them_are_no_contents_page() -> None:
    doc = normalise(
        "- [Counting Made-Up Lanterns in Harbour Fog](https://example.org/lanterns.pdf)\n"
        "  - 2017, Made-Up Letters. A method nobody used before.\n"
        "- [Sorting Beacons by Their Imaginary Colours](https://example.org/beacons.pdf)\n"
        "  - 2018, Imaginary Journal.\n",
        "list.md",
    )
    assert programme_documents.read(list(doc.lines), doc) == []
