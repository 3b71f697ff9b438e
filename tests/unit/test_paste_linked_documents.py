"""A proceedings' contents page (tests/data/listings-holdout14 holds a real one): under the
edition's heading with its year, themes, and under each its papers, list items that are
nothing but a link to the paper's document. All texts are made up."""

from __future__ import annotations

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
