"""CSL-JSON (pandoc, Zotero) files."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from typing import Any

from papershelf.core.records import PaperRecord, ParseResult, ParseWarning

NAME = "csl-json"
DESCRIPTION = "CSL-JSON file (pandoc, Zotero)"
TYPES = {"paper-conference": "inproceedings", "article-journal": "article"}


def detect(lines: list[str]) -> float:
    head = "\n".join(lines[:50]).lstrip()
    return 1.0 if head.startswith("[") and '"type"' in head and '"title"' in head else 0.0


def stream(lines: Iterable[str], warnings: list[ParseWarning]) -> Iterator[PaperRecord]:
    """The whole text is read first: entries can span any number of lines."""
    result = _parse(list(lines))
    warnings.extend(result.warnings)
    yield from result.records


def _parse(lines: list[str]) -> ParseResult:
    result = ParseResult(NAME, [])
    try:
        items = json.loads("\n".join(lines))
    except json.JSONDecodeError as error:
        result.warnings.append(ParseWarning(error.lineno, f"not valid JSON: {error.msg}"))
        return result
    if not isinstance(items, list):
        result.warnings.append(ParseWarning(1, "CSL-JSON is a list of items"))
        return result
    for index, item in enumerate(items, start=1):
        if isinstance(item, dict) and item.get("title"):
            result.records.append(_record(item, index))
        else:
            result.warnings.append(ParseWarning(1, f"item {index} has no title; skipped"))
    return result


def _record(item: dict[str, Any], index: int) -> PaperRecord:
    record = PaperRecord(line=index, title=" ".join(str(item["title"]).split()))
    record.citation_key = str(item["id"]) if item.get("id") else None
    record.entry_type = TYPES.get(str(item.get("type")))
    record.authors = [_name(a) for a in item.get("author", []) if isinstance(a, dict)]
    parts = (item.get("issued") or {}).get("date-parts") or [[]]
    if parts and parts[0]:
        record.date = "-".join(
            f"{int(p):02d}" if i else f"{int(p):04d}" for i, p in enumerate(parts[0][:3])
        )
        record.date_text = record.date
    record.abstract = " ".join(str(item.get("abstract", "")).split())
    record.urls = [str(item["URL"])] if item.get("URL") else []
    record.urls += [url for url in _extra_urls(item) if url not in record.urls]
    record.doi = item.get("DOI")
    record.venue = item.get("container-title")
    number = str(item.get("number", ""))
    if number.startswith("arXiv:"):
        record.arxiv_id = number.removeprefix("arXiv:")
    record.tags = [t.strip() for t in str(item.get("keyword", "")).split(",") if t.strip()]
    record.notes = [n for n in str(item.get("note", "")).split("\n\n") if n.strip()]
    return record


def _name(author: dict[str, Any]) -> str:
    if "literal" in author:
        return str(author["literal"])
    return " ".join(str(author[k]) for k in ("given", "family") if author.get(k))


def _extra_urls(item: dict[str, Any]) -> list[str]:
    """The links after the first: our export keeps them in CSL-JSON 1.0.2's `custom` object."""
    custom = item.get("custom")
    urls = custom.get("urls") if isinstance(custom, dict) else None
    return [str(url) for url in urls] if isinstance(urls, list) else []
