"""Reference lists in Chinese, Japanese or Korean, one entry a line, the names first:

    山田太郎・鈴木花子（2019）「架空の研究」『架空学会誌』12(3), 45-67.
    张三, 李四. 虚构的研究[J]. 虚构期刊, 2019, 12(3): 45-67.
    홍길동, 김철수. (2020). 가상의 연구. *가상학회지*, 12(3), 45-67.

Each line is read by the sciences' shapes (see sci_refs.py: Japanese, GB/T 7714, APA in Hangul
or Han script). A title in these scripts writes its words together, so a short one (`架空の本`,
four characters) is a whole title; lines typed with no blank line between are entries each.
"""

from __future__ import annotations

from papershelf.importers.paste.build import Draft, build
from papershelf.importers.paste.doc import Doc, Found
from papershelf.importers.paste.lines import Line, mostly_cjk
from papershelf.importers.paste.sci_refs import science_entry

NAME = "cjk-references"
DESCRIPTION = "Reference lists in Chinese, Japanese or Korean: `山田太郎（2019）「題名」『誌名』`"

AT_LEAST = 2  # such entries that make a reference list
FIRST_CJK = "\u2e80"  # the first code point of the CJK scripts' blocks (Hangul, kana, Han after it)
LONGEST = 600  # characters: an entry with its names, title, venue and pages


def read(lines: list[Line], doc: Doc) -> list[Found]:
    hits: list[Found] = []
    for index, line in enumerate(lines):
        text = line.text
        if not text or text[0] < FIRST_CJK or len(text) > LONGEST:
            continue  # cheap tests first: the names open the line in one of these scripts
        if line.kind not in ("text", "item") or (cited := science_entry(text)) is None:
            continue
        if not mostly_cjk(cited.title):
            continue
        draft = Draft(line=line.number, title=cited.title, authors=cited.names, date=cited.year)
        draft.urls, draft.text, draft.confidence = list(line.urls), text, 0.8
        hits.append(Found(build(draft, doc.captured), index, index))
    return hits if len(hits) >= AT_LEAST else []
