"""A daily digest written by a feed script from journals' RSS (made-up papers): one item a
paper, its title in bold, its address, then the feed's description with `Published online:
<day>; doi:…`. The day the journal published the paper is its date, not the digest's."""

from __future__ import annotations

from papershelf.importers.pipeline import read_listing

DIGEST = """# Daily Paper Digest — 2025-12-03

## Journal of Examples

- **An invented result on pretend crystals at imaginary pressure**
  🔗 https://journal.example.org/articles/x-0001
  📝 Journal, Published online: 02 December 2025; doi:10.5555/x-0001

- **A second invented finding on made-up water**
  🔗 https://journal.example.org/articles/x-0002
  📝 Journal, Published online: 28 November 2025; doi:10.5555/x-0002
"""


def test_the_day_published_online_dates_each_bold_item() -> None:
    records = read_listing(DIGEST, "digest.md").records
    assert [(r.title, r.date, r.doi, r.urls[0]) for r in records] == [
        (
            "An invented result on pretend crystals at imaginary pressure",
            "2025-12-02",
            "10.5555/x-0001",
            "https://journal.example.org/articles/x-0001",
        ),
        (
            "A second invented finding on made-up water",
            "2025-11-28",
            "10.5555/x-0002",
            "https://journal.example.org/articles/x-0002",
        ),
    ]
