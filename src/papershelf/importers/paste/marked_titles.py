"""Book lists in Chinese or Japanese that name each book by its title alone, in the marks these
languages set a book's title in (《》 in Chinese, 『』 in Japanese), one to a line:

    ## 推荐阅读

    《虚构的深度学习》
    《Python虚构编程》
    『架空の機械学習入門』

The marks say what the line is: a line that is one marked title and nothing else is a book.
AT_LEAST such lines make the list; one alone is a remark's quotation.
"""

from __future__ import annotations

import re

from papershelf.importers.paste.build import Draft, build
from papershelf.importers.paste.doc import Doc, Found
from papershelf.importers.paste.lines import Line

NAME = "marked-titles"
DESCRIPTION = "Books named by their title alone in 《》 or 『』, one to a line"

AT_LEAST = 3
_MARKED = re.compile(r"^(?:《(?P<zh>[^《》\n]{2,120})》|『(?P<ja>[^『』\n]{2,120})』)[。.]?$")
_KINDS = ("text", "item")


def read(lines: list[Line], doc: Doc) -> list[Found]:
    if "《" not in doc.source and "『" not in doc.source:
        return []  # nearly every paste
    marked = [
        (index, match)
        for index, line in enumerate(lines)
        if line.kind in _KINDS and (match := _MARKED.match(line.text.strip()))
    ]
    if len(marked) < AT_LEAST:
        return []
    found: list[Found] = []
    for index, match in marked:
        draft = Draft(line=lines[index].number, title=(match["zh"] or match["ja"]).strip())
        draft.confidence = 0.6
        draft.reasons = ["a book's title alone in the marks Chinese and Japanese set titles in"]
        found.append(Found(build(draft, doc.captured), index, index, named=True))
    return found
