"""Jekyll pages' markup and outline numbers are no part of a reference (session 33).

holdout23 029 (a lecture page) numbers its references `1.2.3.1.` and closes each linked name list
with kramdown's `{:target="_blank"}`; the rule tests use made-up text.
"""

from __future__ import annotations

from scripts.fidelity import HOLDOUT23

from papershelf.importers.paste.markdown import markdown_lines
from papershelf.importers.paste.ref_fields import strip_lead
from papershelf.importers.pipeline import read_listing


def test_kramdown_attribute_lists_are_no_text() -> None:
    lines = markdown_lines(
        '{:toc}\n\n[Quill, A. (2017).](https://example.org/1){:target="_blank"} Harbour tides.\n'
    )
    assert [line.text for line in lines] == ["Quill, A. (2017). Harbour tides."]


def test_a_set_in_braces_stays() -> None:
    assert markdown_lines("The set {a, b} of harbours")[0].text == "The set {a, b} of harbours"


def test_an_outline_number_is_no_part_of_a_reference() -> None:
    assert strip_lead("1.2.3.1.\u3000Quill, A. (2017). Harbour tides.") == (
        "Quill, A. (2017). Harbour tides."
    )
    assert strip_lead("2.5 Harbours") == "2.5 Harbours"  # one decimal is a title's own


def test_a_real_lecture_page_s_references_name_their_authors() -> None:
    path = next(HOLDOUT23.glob("029_*.md"))
    records = read_listing(path.read_text(encoding="utf-8"), path.name).records
    firsts = {r.authors[0] for r in records if r.authors}
    assert {"Mackey, W. E.", "Grill-Spector, K.", "Pitcher, D."} <= firsts
    assert not [r.title for r in records if "target" in r.title]
