"""A page whose front matter is all of it (Hugo's block pages keep their content in `text: |`
blocks) is read from those blocks (session 33); made-up text, then holdout22 013."""

from __future__ import annotations

from scripts.fidelity import HOLDOUT22

from papershelf.importers.paste.doc import split_front_matter
from papershelf.importers.pipeline import read_listing

BLOCK_PAGE = """---
title: Bibliography
sections:
  - block: markdown
    content:
      title: Recent outputs
      text: |
        Papers by the team since 2024, with their DOIs.

        - Invented tides of imaginary harbours, Ada Quill et al., https://doi.org/10.5555/one
        - Pretend magma under made-up islands, Tomas Fenn et al., https://doi.org/10.5555/two
---
"""


def test_a_front_matter_page_s_text_block_is_its_body() -> None:
    _keys, body, first = split_front_matter(BLOCK_PAGE)
    assert first == 1
    lines = body.split("\n")
    assert len(lines) == len(BLOCK_PAGE.split("\n")) - 1  # the paste's line numbers kept
    assert lines[9].startswith("- Invented tides of imaginary harbours")
    assert not lines[2].strip()  # `sections:` is no text


def test_front_matter_over_a_body_keeps_the_body() -> None:
    page = "---\ntitle: Notes\nsummary: |\n  " + "a long summary " * 20 + "\n---\nBody text\n"
    _keys, body, first = split_front_matter(page)
    assert body == "Body text\n"
    assert first == 6


def test_a_real_hugo_block_page_s_bibliography_is_read() -> None:
    path = next(HOLDOUT22.glob("013_*.md"))
    records = read_listing(path.read_text(encoding="utf-8"), path.name).records
    titles = {r.title for r in records}
    assert "Seismic Tomography of a Newborn Volcano" in titles
    assert len(records) >= 13
