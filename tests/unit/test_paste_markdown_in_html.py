"""Markdown written inside HTML (Jekyll and Hugo publication pages wrap `[Name](url)` author
lists in `<span>`): the page shows links, so the reader gets links, not brackets. The texts here
are made up in that shape."""

from __future__ import annotations

from papershelf.importers.paste.doc import normalise

PAGE = """---
title: "Publications"
---

<p align="center"><img src="/figure.png" width="550" /></p>
<b>Counting Made-Up Graphs with Tiny Networks.</b>
<br>ICML, 2023.<br>
<span style="font-size:.8em;">
[Ada Lovelace<a>\\*</a>](https://example.org/ada),
[Alan Turing](https://example.org/alan),
Grace Hopper
<br>
[[paper]](https://arxiv.org/abs/2301.00001)
</span>

---

<b>A Second Invented Title on Sorting.</b>
<br>NeurIPS, 2022.<br>
<span style="font-size:.8em;">
[Alan Turing](https://example.org/alan),
[Ada Lovelace](https://example.org/ada)
<br>
[[paper]](https://arxiv.org/abs/2205.00002)
</span>
"""


def test_links_written_in_markdown_inside_html_are_links() -> None:
    lines = normalise(PAGE, "publications.md").lines
    names = next(line for line in lines if "Turing" in line.text)
    assert names.text == "Ada Lovelace*, Alan Turing, Grace Hopper"
    assert ("Alan Turing", "https://example.org/alan") in names.links
    assert not any("](" in line.text for line in lines)


def test_a_markdown_page_full_of_tags_keeps_its_blocks_apart() -> None:
    lines = normalise(PAGE, "publications.md").lines
    second = next(line for line in lines if line.text.startswith("A Second"))
    assert second.bold == ["A Second Invented Title on Sorting."]
    assert any(line.kind == "rule" for line in lines)  # `---` between the papers
    assert [line.text for line in lines if line.text.startswith("[paper]")] == ["[paper]"] * 2


def test_html_pasted_as_text_is_still_read_as_html() -> None:
    lines = normalise(PAGE.split("---\n", 2)[2], "clip.txt").lines
    assert any("](" in line.text for line in lines)  # what a browser would show of it


def test_a_real_html_page_keeps_brackets_it_shows() -> None:
    lines = normalise("<p>See [this](x) as typed.</p>", "page.html").lines
    assert lines[0].text == "See [this](x) as typed."
