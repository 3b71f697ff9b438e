"""An arXiv id printed in brackets at the end of a title line: `Title (1803.06379)`.

Author-listing mirrors of arXiv and some lab pages print each paper as its title followed by the
bare new-style id in brackets, often with no space between them (`…chamber(1803.06379)`). The id
is no part of the title; it names the paper on arXiv.
"""

from __future__ import annotations

import re

# yymm.nnnnn with a real month: a bracketed decimal number at the end of a title is otherwise rare.
_TRAILING_ID = re.compile(r"\s*\((?P<id>\d{2}(?:0[1-9]|1[0-2])\.\d{4,5}(?:v\d+)?)\)$")


def split_trailing_id(title: str) -> tuple[str, str | None]:
    """The title without a bracketed arXiv id at its end, and that id (None when there is none)."""
    if not title.endswith(")"):  # cheap test first: most titles end otherwise
        return title, None
    found = _TRAILING_ID.search(title)
    if found is None or found.start() == 0:
        return title, None
    return title[: found.start()].rstrip(), found["id"]
