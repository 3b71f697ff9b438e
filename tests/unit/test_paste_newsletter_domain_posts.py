"""A notes index (made up) links working papers and, among them, newsletter posts served on the
newsletter's own domain under Substack's `/p/slug` paths: the posts are no papers."""

from __future__ import annotations

from papershelf.importers.pipeline import read_listing

INDEX = """## Invented Economics
- ### Pretend Cycles
\t- [The Unexpected Compression of Invented Wages](https://www.example-bureau.org/papers/w31010)
\t- [How the Pretend Navy Built Made-up Ships](https://www.invented-physics.com/p/how-the-pretend-navy-built-ships)
\t- [Did the Invented State Grow Out of Its Debt?](https://www.example-bureau.org/papers/w31577)
\t- [How to measure imaginary competition](https://www.worksonpaper.news/p/how-to-measure-imaginary-competition)
"""


def test_posts_on_a_newsletters_own_domain_are_no_papers() -> None:
    titles = [r.title for r in read_listing(INDEX, "index.md").records]
    assert titles == [
        "The Unexpected Compression of Invented Wages",
        "Did the Invented State Grow Out of Its Debt?",
    ]
