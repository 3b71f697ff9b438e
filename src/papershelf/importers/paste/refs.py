"""Text-browser dumps (lynx, w3m, links): `[6]Title` in the text, `6. https://…` at the end.

A text browser prints each link's label after a bracketed number and lists the targets under a
closing `References` heading. Turned into Markdown links (`[Title](https://…)`), the labels keep
their targets as every other paste does, and the list of targets, which holds no paper of its
own, is blanked (its lines stay, so line numbers still point into the paste).
"""

from __future__ import annotations

import re

_HEADING = re.compile(r"^\s*(?:References|Visible links:?|Links:?)\s*$", re.MULTILINE)
_TARGET = re.compile(r"^\s*(?P<n>\d{1,5})\.\s+(?P<url>(?:https?|ftp|mailto|file):\S+)\s*$")
# A marker and its label: up to the next marker, bracket or the end of the line. The label
# follows with no space; `[1] [4]arXiv:…` is the page's own item number `[1]`, then a link.
# A label may open with a badge: `[2][PDF] arxiv.org`.
_MARKER = re.compile(r"\[(?P<n>\d{1,5})\](?P<label>(?:\[[A-Z]{1,10}\] ?)?[^\[\]\s][^\[\]\n]*)")
MIN_TARGETS = 2


def resolve_references(text: str) -> str:
    """The dump with its `[N]label` markers as Markdown links; other text as it was."""
    # The last such heading: the dump's own list comes at its very end. (rfind first: a
    # line-by-line search of a 10 MB paste costs more than the rest of this.)
    at = max(text.rfind(word) for word in ("References", "Visible links", "Links"))
    if at < 0:
        return text
    heading = _HEADING.search(text, text.rfind("\n", 0, at) + 1)
    if heading is None:
        return text
    tail = text[heading.end() :].split("\n")
    targets: dict[str, str] = {}
    for raw in tail:
        if match := _TARGET.match(raw):
            targets[match["n"]] = match["url"]
        elif raw.strip():
            return text  # not a pure list of targets: some other `References` section
    if len(targets) < MIN_TARGETS:
        return text
    body = _MARKER.sub(lambda m: _link(m, targets), text[: heading.start()])
    # The dump indents for layout only; indented by four or more, Markdown would read code.
    body = "\n".join(line.strip() for line in body.split("\n"))
    return body + "\n" * text[heading.start() :].count("\n")


def _link(match: re.Match[str], targets: dict[str, str]) -> str:
    url = targets.get(match["n"])
    if url is None:
        return match[0]
    label = match["label"].rstrip()
    gap = match["label"][len(label) :]
    return f"[{label.strip() or url}](<{url}>){gap}"
