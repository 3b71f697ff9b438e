"""Identifiers wherever they appear in a paper's text or links: arXiv ids, DOIs, Hugging Face
paper pages, OpenReview forums."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from urllib.parse import unquote

from papershelf.core.text import caseless

_NEW_ID = r"\d{4}\.\d{4,5}(?:v\d+)?"
_OLD_ID = r"[a-z][a-z\-]*(?:\.[A-Z]{2})?/\d{7}(?:v\d+)?"
ARXIV_LABEL = re.compile(rf"\barXiv\s*[:：]?\s*(?P<id>{_NEW_ID}|{_OLD_ID})\b", re.IGNORECASE)
ARXIV_LINK = re.compile(
    rf"arxiv\.org/(?:abs|pdf|html|format)/(?P<id>{_NEW_ID}|{_OLD_ID})(?:\.pdf)?", re.IGNORECASE
)
# arXiv's DataCite DOIs carry the id: `10.48550/arXiv.1706.03762`.
ARXIV_DOI = re.compile(rf"\b10\.48550/arXiv\.(?P<id>{_NEW_ID})\b", re.IGNORECASE)
HF_LINK = re.compile(rf"huggingface\.co/papers/(?P<id>{_NEW_ID})", re.IGNORECASE)
OPENREVIEW = re.compile(r"openreview\.net/(?:forum|pdf)\?id=(?P<id>[\w\-]+)", re.IGNORECASE)
# A page header copied as text glues the next field to the DOI: `DOI:10.1109/X.2016.1Corpus ID: 1`.
# Elsevier's DOIs hold the issue in brackets, `10.1016/S0140-6736(20)30183-5`: a bracketed run of
# word characters inside the DOI (more follows it) is part of it.
DOI = re.compile(
    r"\b(?P<doi>10\.\d{4,9}/(?:\([\w.-]{1,12}\)(?=[\w-])|(?!Corpus ?ID)[^\s\"<>\]\[)(,;])+?"
    r"[^\s\"<>\]\[)(,;.])"
    r"(?=Corpus ?ID|(?!\([\w.-]{1,12}\)[\w-])[\s\"<>\]\[)(,;]|\.?$|\.[\s\"<>\]\[)(,;])",
    re.IGNORECASE,
)
BARE_NEW_ID = re.compile(rf"(?<![\w./])(?P<id>{_NEW_ID})(?![\w./])")
# An old-style id needs no label: `hep-th/9711200` names its archive, and the archives before
# 2007 are a closed list (arXiv's own). A bare `2401.01234` could be any number, so it does.
_OLD_ARCHIVES = (
    "acc-phys|adap-org|alg-geom|ao-sci|astro-ph|atom-ph|bayes-an|chao-dyn|chem-ph|cmp-lg|"
    "comp-gas|cond-mat|cs|dg-ga|funct-an|gr-qc|hep-ex|hep-lat|hep-ph|hep-th|math|math-ph|"
    "mtrl-th|nlin|nucl-ex|nucl-th|patt-sol|physics|plasm-ph|q-alg|q-bio|quant-ph|solv-int|"
    "supr-con"
)
BARE_OLD_ID = re.compile(
    rf"(?<![\w./-])(?P<id>(?:{_OLD_ARCHIVES})(?:\.[A-Z]{{2}})?/\d{{7}}(?:v\d+)?)(?![\w/])"
)


_SLASH_DIGITS = re.compile(r"/\d{7}")  # what every `BARE_OLD_ID` holds


@dataclass
class Identifiers:
    arxiv_id: str | None = None
    doi: str | None = None
    huggingface: str | None = None
    openreview: str | None = None
    urls: list[str] = field(default_factory=list)


def find_identifiers(text: str, urls: list[str]) -> Identifiers:
    """The first of each kind in the text or the links, labels and links alike."""
    found = Identifiers(urls=list(urls))
    joined = " ".join([text, *urls])
    # Each pattern needs its site's name or a DOI's `10.`: most texts (an abstract) have neither,
    # and a word looked for is found far sooner than a pattern tried at every letter.
    lower = caseless(joined)
    # Each pattern is searched from where its word first stands (the case-blind patterns have no
    # fast scan; tried at every letter before it, they cost most of reading a paper's links).
    # caseless() keeps each letter where it stands, so its text's places are the text's.
    aligned = len(lower) == len(joined)
    arxiv_at, hf_at = lower.find("arxiv"), lower.find("huggingface.co/papers/")
    arxiv, hf = arxiv_at >= 0, hf_at >= 0
    arxiv_from = arxiv_at if aligned and arxiv else 0
    hf_from = hf_at if aligned and hf else 0
    for pattern, may, start in (
        (ARXIV_LABEL, arxiv, arxiv_from),
        (ARXIV_LINK, arxiv, arxiv_from),
        (ARXIV_DOI, arxiv, max(0, arxiv_from - len("10.48550/"))),
        (HF_LINK, hf, hf_from),
        (BARE_OLD_ID, "/" in joined, 0),
    ):
        if not may or (pattern is BARE_OLD_ID and _SLASH_DIGITS.search(joined) is None):
            continue  # an old id's `/` and seven digits: the pattern's look-behind has no scan
        if match := pattern.search(joined, start):
            found.arxiv_id = match["id"]
            break
    if hf and (match := HF_LINK.search(joined, hf_from)):
        found.huggingface = f"https://huggingface.co/papers/{match['id']}"
    if "openreview.net/" in lower and (match := OPENREVIEW.search(joined)):
        found.openreview = match["id"]
    if "10." in joined and (match := DOI.search(joined, joined.find("10."))):
        doi = match["doi"]
        if "?" in doi:  # `…/doi/abs/10.1086/696225?mobileUi=0`: the page's query
            doi = _QUERY.sub("", doi)
        found.doi = _PAGE_KIND.sub("", doi.removesuffix(".pdf"))
        if found.doi.startswith(_PREPRINT_SERVERS):  # `…/10.1101/2024.02.29.24303512v1.full`
            found.doi = _PAGE_VERSION.sub("", found.doi)
    return found


# A publisher's address names the page's kind after the DOI: De Gruyter's `…/10.1515/x-1/html`,
# Frontiers' `…/10.3389/fnins.2020.00001/full`.
_PAGE_KIND = re.compile(r"/(?:html|full|abstract|pdf|epdf|fulltext)$", re.IGNORECASE)
# A link to a publisher's page of the DOI goes on with the page's own query (`?mobileUi=0`,
# `?casa_token=…`): `?key=` ends the DOI, which a link would carry percent-escaped.
_QUERY = re.compile(r"\?[A-Za-z_][\w.\-]*=.*$")
# bioRxiv's and medRxiv's pages add the version and the page's kind to the DOI in their address.
_PREPRINT_SERVERS = ("10.1101/",)
_PAGE_VERSION = re.compile(
    r"v\d+(?:\.(?:full|abstract|article-info|supplementary-material)"
    r"(?:\.pdf)?)?$"
)


_LOGIN_NEXT = re.compile(r"^(https?://[^/\s]+)/login\?next=((?:/|%2F)[^&#\s]+)", re.IGNORECASE)


def behind_login(url: str) -> str | None:
    """`https://huggingface.co/login?next=%2Fpapers%2F2401.09419`, a link copied while logged
    out: the page it leads to after the login (None for any other link)."""
    if match := _LOGIN_NEXT.match(url):
        return match[1] + unquote(match[2])
    return None


def arxiv_from_links(urls: list[str]) -> str | None:
    for url in urls:
        if match := ARXIV_LINK.search(url) or HF_LINK.search(url):
            return match["id"]
    return None
