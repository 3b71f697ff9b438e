"""A design plan's reference list (made-up text in the shape such notes use): bold group lines,
a paper's short name with the note's remark after a dash over `- Paper:` / `- Code:` items, and
items `Name (Venue'23): <arXiv link>`, some wrapped over lines with a remark in brackets. Only
an address carrying an arXiv id or a DOI makes an item a paper; `Code:`, `Model:` and
`Project page:` items never are."""

from __future__ import annotations

from papershelf.importers.pipeline import read_listing

PLAN = """### Prior work

**TreeSqueeze — pruning by parse depth (read first)**
- Paper: https://arxiv.org/abs/2405.01234
- Code: https://github.com/example/treesqueeze

**The Squeezer family — the scoring half**
- Squeezer (EMNLP'22): https://arxiv.org/abs/2210.04321
- LongSqueezer: https://arxiv.org/abs/2311.05555
- Squeezer-2 (ACL'24 Findings): https://arxiv.org/abs/2404.06666
- Code: https://github.com/example/squeezer
- Model: https://huggingface.co/example/squeezer-2-base
- Project page: https://www.example.com/research/squeezer/

**Older work**
- Learning to Drop Words from Long Prompts (a clean description of the
  token-deletion framework): https://arxiv.org/pdf/1903.07777
- *Short is Sweet: Pruning Comments in Code Prompts*: https://arxiv.org/pdf/2409.08888
  (a ceiling of about 10% on code)
"""


def test_items_naming_a_paper_by_its_arxiv_link_are_papers_with_the_venues_year() -> None:
    records = read_listing(PLAN, "plan.md").records
    assert [(r.title, r.arxiv_id, r.date) for r in records] == [
        ("TreeSqueeze", "2405.01234", "2024-05"),  # the months of their arXiv ids
        ("Squeezer", "2210.04321", "2022"),
        ("LongSqueezer", "2311.05555", "2023-11"),
        ("Squeezer-2", "2404.06666", "2024"),
        ("Learning to Drop Words from Long Prompts", "1903.07777", "2019-03"),
        ("Short is Sweet: Pruning Comments in Code Prompts", "2409.08888", "2024-09"),
    ]


NOTES = """### Papers to discuss
1. [Pretend recipes: Fitting a made-up model](https://arxiv.org/abs/1008.00001) by Quill & Marrow
2. Error estimation in imaginary astronomy: A guide — https://arxiv.org/abs/1009.00003
3. Counting pretend photons - https://doi.org/10.5555/photons.1
4. Project page — https://example.org/pretend
"""


def test_a_title_then_a_dash_and_its_papers_address() -> None:
    records = read_listing(NOTES, "notes.md").records
    assert [(r.title, r.arxiv_id, r.doi) for r in records] == [
        ("Pretend recipes: Fitting a made-up model", "1008.00001", None),
        ("Error estimation in imaginary astronomy: A guide", "1009.00003", None),
        ("Counting pretend photons", None, "10.5555/photons.1"),
    ]
