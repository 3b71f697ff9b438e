"""A seminar's resource list (made-up items): each item a title over `by A Name et al.` and a
link, set on lines of their own by Markdown's backslash breaks; an emoji shortcode may mark the
ones read. Items with a byline are works; an item of a site's name and link alone is not."""

from __future__ import annotations

from papershelf.importers.pipeline import read_listing

RESOURCES = """## Invented topic

* :white_check_mark: _An Invented Study of Pretend Weather_\\
  by Ada Quill et al.\\
  https://arxiv.org/abs/2101.00001 \\
  (a long bibliography!)

* _The Imaginary Assessment Vol I (Summary)_\\
  by Invented Research Program\\
  https://example.org/assessment

* _Made-up Heat Over Fictional Towns_\\
  by Ben Marrow\\
  https://example.com/heat.pdf

* Maps of Pretend Heat from the Invented Lab\\
  http://example.net/map/
"""


def test_items_over_a_byline_are_works_and_a_site_is_not() -> None:
    records = read_listing(RESOURCES, "resources.md").records
    assert [(r.title, r.authors) for r in records] == [
        ("An Invented Study of Pretend Weather", ["Ada Quill"]),
        ("The Imaginary Assessment Vol I (Summary)", []),
        ("Made-up Heat Over Fictional Towns", ["Ben Marrow"]),
    ]
    assert records[0].arxiv_id == "2101.00001"
    assert "https://example.com/heat.pdf" in records[2].urls
