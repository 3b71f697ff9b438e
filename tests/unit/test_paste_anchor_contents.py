"""A notes page's generated contents: numbered items linking each paper's heading (session 33).

The rule tests use made-up text; the last reads holdout23 020, a GIS notes README's contents.
"""

from __future__ import annotations

from scripts.fidelity import HOLDOUT23

from papershelf.core.errors import ImportFailed
from papershelf.importers.pipeline import read_listing

CONTENTS = """Notes on papers I read.

Table of Contents
=================

* [Urban Imaginary Spaces](#urban-imaginary-spaces)
  * [1 Invented patterns of pretend fragmentation](#1-invented-patterns-of-pretend-fragmentation)
  * [2 Made\\-up mapping of harbours by tide](#2-made-up-mapping-of-harbours-by-tide)
* [Pretend Health](#pretend-health)
  * [1 Mapping growth of invented towns](#1-mapping-growth-of-invented-towns)
"""


def test_numbered_items_linking_their_headings_are_papers() -> None:
    preview = read_listing(CONTENTS, "notes.md")
    assert preview.layout == "anchor-contents"
    assert [r.title for r in preview.records] == [
        "Invented patterns of pretend fragmentation",
        "Made-up mapping of harbours by tide",
        "Mapping growth of invented towns",
    ]


def test_a_page_s_own_menu_of_anchors_is_no_list_of_papers() -> None:
    menu = CONTENTS.replace("(#1-invented", "(#intro").replace("(#2-made", "(#usage")
    menu = menu.replace("(#1-mapping", "(#faq")
    try:
        layout = read_listing(menu, "notes.md").layout
    except ImportFailed:  # refused: nothing on it reads as a paper
        layout = None
    assert layout != "anchor-contents"


def test_a_real_notes_readme_s_contents_list_its_papers() -> None:
    path = next(HOLDOUT23.glob("020_*.md"))
    titles = [r.title for r in read_listing(path.read_text(encoding="utf-8"), path.name).records]
    assert "Global patterns of tropical forest fragmentation" in titles
    assert "Urban Blue Space and Green Space" not in titles  # a section, no paper
    assert len(titles) == 16
