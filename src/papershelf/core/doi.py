"""A DOI as the bare `10.prefix/suffix` that every importer stores and every exporter writes."""

from __future__ import annotations

import re
from urllib.parse import unquote

# Resolver links and the `doi:` scheme seen in DOI fields (JabRef and BibDesk write the link,
# ACM's old resolver was doi.acm.org); anything else is kept as the user gave it.
_RESOLVER = re.compile(
    r"^(?:https?://(?:dx\.|www\.)?doi\.org/|https?://doi\.acm\.org/|https?://dx\.doi\.org/)",
    re.IGNORECASE,
)
_SCHEME = re.compile(r"^(?:doi|info:doi/)\s*:?\s*", re.IGNORECASE)
_BARE = re.compile(r"^10\.\d{4,9}/\S")


def bare_doi(text: str | None) -> str | None:
    """`http://dx.doi.org/10.1/x`, `https://doi.org/10.1/x` or `doi:10.1/x` -> `10.1/x`;
    a link's percent-escapes are undone (the DOI itself is not URL-encoded)."""
    value = (text or "").strip()
    if not value:
        return None
    link = _RESOLVER.match(value)
    candidate = unquote(value[link.end() :]) if link else _SCHEME.sub("", value, count=1)
    return candidate if _BARE.match(candidate) else value
