"""Pages about a paper listed beside it (an article's sources: the paper, then an explainer, a
video, slides) are no papers of their own. Made-up texts in the shape of real source lists."""

from __future__ import annotations

from papershelf.importers.pipeline import read_listing

SOURCES = """## Sources

- [Mirror Play: Agents That Teach Each Other New Skills, arXiv 2605.01234](https://arxiv.org/abs/2605.01234)
- [The same paper's Hugging Face page](https://huggingface.co/papers/2605.01234)
- [Mirror Play explainer, TechDigest](https://techdigest.ai/en/articles/mirror-play-agents)
- [Sparse Tutors for Math Word Problems](https://arxiv.org/abs/2405.01234)
- [Sparse Tutors for Math Word Problems, the slides (PDF)](https://slides.talkhub.net/sparse-tutors.pdf)
"""


def test_a_page_about_a_listed_paper_is_no_paper_and_says_so() -> None:
    preview = read_listing(SOURCES, "article.md")
    got = [(r.title, r.arxiv_id) for r in preview.records]
    assert got == [
        ("Mirror Play: Agents That Teach Each Other New Skills", "2605.01234"),
        ("Sparse Tutors for Math Word Problems", "2405.01234"),
    ]
    warnings = [w.message for s in preview.segments for w in s.warnings]
    assert "a page about the paper on line 3; no paper" in warnings
    assert "a page about the paper on line 6; no paper" in warnings


def test_a_paper_whose_title_opens_with_another_papers_name_stays_a_paper() -> None:
    text = """## Reading

- [Mirror Play: Agents That Teach Each Other New Skills](https://arxiv.org/abs/2605.01234)
- [Mirror Play Code Summaries for Small Models](https://example.org/papers/mirror-code)
- [Mirror Play explainer by Ana Reyes et al.](https://arxiv.org/abs/2606.04321)
"""
    records = read_listing(text, "notes.md").records
    titles = [r.title for r in records]
    assert records[2].authors == ["Ana Reyes"]  # a link's `… by A Name et al.` names its authors
    assert titles == [
        "Mirror Play: Agents That Teach Each Other New Skills",
        "Mirror Play Code Summaries for Small Models",
        "Mirror Play explainer",
    ]
