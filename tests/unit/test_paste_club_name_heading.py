"""A journal club's page opens with its own name over its introduction: no paper (the generic
reader's `_CLUB_NAME`), the shape holdout17 showed; made-up text."""

from __future__ import annotations

from papershelf.importers.paste import generic
from papershelf.importers.paste.doc import normalise

INTRO = (
    "## Made-up Institute Preprint Journal Club\n\n"
    "Isn't it frustrating to know that the papers you are reading often describe work finished "
    "over a year ago? Biologists are adopting preprints to address this problem. But how do we "
    "know whether results in the preprint literature are trustworthy? That's where [preprint "
    "clubs](http://example.org/preprint-clubs) can play a role. At meetings, we discuss recent "
    "preprints and publish reviews. We are helping to test some of the resources put together "
    "by [MadeReview](https://www.example.org/) for publishing reviews.\n\n"
    "Please contact [Ada](mailto:ada@example.org) if you want to volunteer to present at the "
    "club.\n\n### TBD\n\n"
    "The journal club will review an article and write a review to submit to the [Pretend "
    "journal](https://www.example.org/post/welcome/).\n"
)


def test_the_clubs_own_name_is_no_paper() -> None:
    doc = normalise(INTRO, "README.md")
    titles = [hit.record.title for hit in generic.read(list(doc.lines), doc)]
    assert "Made-up Institute Preprint Journal Club" not in titles
