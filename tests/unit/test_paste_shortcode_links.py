"""A static site's notes link each paper to its own page by a template's shortcode
(`[Title]({{% ref "posts\\notes\\Title" %}})`), which Markdown reads as no link (holdout31 013: 0 of
14 read). The rule tests use made-up titles."""

from __future__ import annotations

from scripts.fidelity import HOLDOUT31

from papershelf.importers.paste.markdown import markdown_lines
from papershelf.importers.pipeline import read_listing
from tests.pastes import real_papers_found

REF = '{{% ref "\\posts\\文献阅读\\Pretend" %}}'
NOTES = (
    "---\ntitle: '文献阅读'\n---\n\n## 空谱融合\n\n"
    f"- (PGCU) [Probability-based Pretend Upsampling for Invented Sharpening]({REF})\n"
    "- [MadeUpTransformer: A Textural and Pretend Fusion Transformer]"
    '({{< relref "posts/notes/MadeUpTransformer.md" >}})\n'
    "  - 基于Transformer的注意力机制\n"
    f"- [A Multi-Scale Invented Network for Pretend Imagery]({REF})\n"
)


def test_a_shortcode_link_is_a_link() -> None:
    line = markdown_lines('- [Pretend Title]({{% ref "\\posts\\a b\\Pretend Title" %}})')[0]
    assert line.text == "Pretend Title"
    assert [label for label, _url in line.links] == ["Pretend Title"]


def test_titles_linked_by_shortcodes() -> None:
    records = read_listing(NOTES, "notes.md").records
    assert [r.title for r in records] == [
        "Probability-based Pretend Upsampling for Invented Sharpening",
        "MadeUpTransformer: A Textural and Pretend Fusion Transformer",
        "A Multi-Scale Invented Network for Pretend Imagery",
    ]
    assert all(not r.urls for r in records)  # a site's own page, no address to keep


def test_the_real_notes() -> None:
    path = next(HOLDOUT31.glob("013_*.md"))
    assert real_papers_found(path) >= 8
