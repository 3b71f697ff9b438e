"""What a merged paper or queue must look like before it may reach the library: a hostile or
damaged change file can put anything into the document, and none of it is written in part."""

from __future__ import annotations

from typing import Any

from papershelf.store.annotations import STATUSES

_SCALAR = (str, int, float, type(None))
_LISTS = ("authors", "urls", "needs_review")


def _strings(value: Any) -> bool:
    return isinstance(value, list) and all(isinstance(v, str) for v in value)


def _names(value: Any) -> bool:
    return isinstance(value, list) and all(isinstance(n, str | dict) for n in value)


def valid_paper(paper: dict[str, Any]) -> bool:
    fields = paper["fields"]
    rating = fields.get("rating")
    return (
        isinstance(fields.get("title"), str)
        and bool(fields["title"].strip())
        and isinstance(fields.get("added"), str)
        and isinstance(rating, int)
        and 0 <= rating <= 5
        and fields.get("status") in STATUSES
        and _names(fields.get("authors"))
        and _strings(fields.get("urls"))
        and _strings(fields.get("needs_review"))
        and all(isinstance(v, _SCALAR) for k, v in fields.items() if k not in _LISTS)
        and all(isinstance(t, str) and t.strip() for t in paper["tags"])
        and all(isinstance(b, str) for b in paper["notes"].values())
        and all(isinstance(c, str | type(None)) for c in paper["noted"].values())
    )


def valid_queue(queue: dict[str, Any]) -> bool:
    return (
        isinstance(queue.get("name"), str)
        and bool(queue["name"].strip())
        and queue.get("kind") in ("plain", "smart")
        and isinstance(queue.get("query"), str | type(None))
    )
