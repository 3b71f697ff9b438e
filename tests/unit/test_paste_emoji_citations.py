"""A timeline of posts sharing papers (made-up ones): a remark, then the paper after an emoji as
`Surname et al (Year) Title. Journal`; the emoji is no part of the name."""

from __future__ import annotations

from papershelf.importers.pipeline import read_listing

TIMELINE = """Pretend species are shifting towards cooler invented latitudes.
📄 Quill et al (2031) Pretend warming is causing a dip in made-up richness. Invented Letters 118

When an imaginary mussel is so abundant that it alters pretend processes.
📄 Nadir et al. (2031) Invented invaders control the made-up cycle. Pretend Biology

Made-up squirrels may have found the fountain of youth.
📄 Ortolan and Pell (2030) Social pretence: big benefits of invented friends. Fictional Biology 31:R72–R74
"""


def test_emoji_led_citations_in_posts_are_papers() -> None:
    records = read_listing(TIMELINE, "timeline.txt").records
    assert [(r.title, r.authors, r.date) for r in records] == [
        ("Pretend warming is causing a dip in made-up richness", ["Quill"], "2031"),
        ("Invented invaders control the made-up cycle", ["Nadir"], "2031"),
        ("Social pretence: big benefits of invented friends", ["Ortolan", "Pell"], "2030"),
    ]
