"""An article's page read through a translating reader (a parsed PDF or a page shown in two
languages): each line's Chinese translation under it or after it, the title's under the title,
the names' after the names, `Abstract摘要` as one heading. The original is the paper's.
All texts are made up."""

from __future__ import annotations

from papershelf.importers.pipeline import read_listing

ABSTRACT = (
    "We count the lanterns of an invented harbour through a fog bank that nobody has seen, and "
    "find that the count depends on the weather in ways a made-up model explains well enough."
)

PAGE = f"""# Counting lanterns through an invented harbour fog

数雾中虚构港口的灯笼

Ada B. Quist 阿达·B·奎斯特

Show more 显示更多

https://doi.org/10.1234/made.2024.155

## Highlights亮点

• We count lanterns.

我们数灯笼。

## Abstract摘要

{ABSTRACT}

我们数一个虚构港口的灯笼。
"""


def test_the_original_title_and_names_over_their_translations() -> None:
    records = read_listing(PAGE, "page.md").records
    assert [(r.title, r.authors, r.doi) for r in records] == [
        (
            "Counting lanterns through an invented harbour fog",
            ["Ada B. Quist"],
            "10.1234/made.2024.155",
        )
    ]
    assert records[0].abstract == ABSTRACT
