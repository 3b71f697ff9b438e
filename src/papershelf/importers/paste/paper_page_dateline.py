"""An article's page from a publishing system that signs it with one dateline under the title
(SPIP's French sites: `Mis en ligne le 4 octobre 2012, par Ada Quist`), a breadcrumb over it
whose last crumb is the title cut short (`Sommaire > N°32 > Le projet X : vers des (...)`):

    Sommaire > N°32 - Novembre 2012 > Le projet X : vers des parcours (...)
    Le projet X : vers des parcours personnalisés
    A subtitle
    Moteur de recherche
    Mis en ligne le 4 octobre 2012, par Ada Quist

The title is the line the breadcrumb's last crumb begins, else the first line under the
breadcrumb; the dateline gives the day and the names.
"""

from __future__ import annotations

import re

from papershelf.importers.paste.build import Draft, build
from papershelf.importers.paste.doc import Doc, Found
from papershelf.importers.paste.lines import Line

NAME = "dateline-article-page"
DESCRIPTION = "An article's page signed `Mis en ligne le 4 octobre 2012, par A Name`"

_DATELINE = re.compile(
    r"^(?:Mis en ligne|Publié|Publiée)\s+le\s+(?P<day>\d{1,2}(?:er)? [^\W\d_]{3,9} (?:19|20)\d{2})"
    r"(?:,?\s+par\s+(?P<names>[^\W\d_].{2,200}))?\.?$"
)
_CUT = re.compile(r"\s*\(\.\.\.\)\s*$|\s*…\s*$")
ABOVE = 6  # lines over the dateline in which the title and the breadcrumb stand
MIN_CRUMB = 12
_MONTHS = {
    name: n
    for n, name in enumerate(
        ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
         "octobre", "novembre", "décembre"),
        1,
    )
}  # fmt: skip


def read(lines: list[Line], doc: Doc) -> list[Found]:
    for at, line in enumerate(lines):
        if line.text[:2] not in ("Mi", "Pu") or line.kind == "claimed":
            continue  # cheap test first
        if (dated := _DATELINE.match(line.text)) is None or not dated["names"]:
            continue
        hit = _article(lines, at, dated, doc)
        return [hit] if hit is not None else []
    return []


def _article(lines: list[Line], at: int, dated: re.Match[str], doc: Doc) -> Found | None:
    top = max(0, at - ABOVE)
    crumbs = [i for i in range(top, at) if " > " in lines[i].text]
    if not crumbs:
        return None
    crumb_at = crumbs[-1]
    last_crumb = _CUT.sub("", lines[crumb_at].text.rsplit(" > ", 1)[1]).strip()
    if len(last_crumb) < MIN_CRUMB:
        return None
    title_at = next(
        (i for i in range(crumb_at + 1, at) if lines[i].text.startswith(last_crumb)), None
    )
    if title_at is None or any(lines[i].kind == "claimed" for i in range(crumb_at, at + 1)):
        return None
    title = lines[title_at]
    draft = Draft(line=title.number, title=title.text, authors=dated["names"].strip())
    draft.date = _iso(dated["day"])
    draft.urls = list(title.urls)
    draft.confidence = 0.8
    return Found(build(draft, doc.captured), crumb_at, at)


def _iso(day: str) -> str:
    """`4 octobre 2012` -> `2012-10-04`; a day in another language as printed."""
    number, month, year = day.replace("1er ", "1 ").split()
    if (n := _MONTHS.get(month.casefold())) is None:
        return day
    return f"{year}-{n:02d}-{int(number):02d}"
