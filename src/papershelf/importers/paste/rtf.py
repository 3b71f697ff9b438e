"""Rich Text (RTF) as the text it shows: a reference manager's or a word processor's export
(`{\\rtf1\\ansi … {\\s0 Name, A. "Title." {\\i Venue} 2018\\par}`) saved or pasted as it is.

Only what a listing needs is kept: the paragraphs (`\\par`, `\\line`), tabs, the characters
written as `\\u8230?` or `\\'e9`, and the escaped braces and backslashes. The style sheet, the
font and colour tables, the document's information and every `{\\* …}` group are set aside; so
is each control word's formatting (italic, size, spacing).
"""

from __future__ import annotations

import re

MAGIC = "{\\rtf"
# `\word-12 ` (one space after it is part of it), `\'hh`, `\{`, `\}`, `\\`, and text runs
_TOKEN = re.compile(
    r"\\([a-z]{1,32})(-?\d{1,10})? ?|\\'([0-9a-fA-F]{2})|\\([^a-z])|([{}])|([^\\{}]+)"
)
# Groups whose text is none of the document's
_SKIPPED = frozenset(
    ("fonttbl", "colortbl", "stylesheet", "info", "pict", "header", "footer", "listtable",
     "listoverridetable", "revtbl", "rsidtbl", "generator", "xmlnstbl", "latentstyles")
)  # fmt: skip
_BREAKS = {"par": "\n", "line": "\n", "tab": "\t", "emdash": "—", "endash": "–"}
_BREAKS |= {"lquote": "‘", "rquote": "’", "ldblquote": "“", "rdblquote": "”", "bullet": "•"}


def is_rtf(text: str) -> bool:
    return text.lstrip()[:5] == MAGIC


def rtf_text(source: str) -> str:
    """The text an RTF document shows, one paragraph a line."""
    out: list[str] = []
    skip_depth: int | None = None  # the depth of the group being set aside
    depth = 0
    fallback = 1  # `\ucN`: the characters after `\uN` that stand in for it elsewhere
    to_skip = 0
    group_start = False
    for match in _TOKEN.finditer(source):
        word, number, hexa, symbol, brace, run = match.groups()
        if brace == "{":
            depth += 1
            group_start = True
            continue
        if brace == "}":
            if skip_depth is not None and depth <= skip_depth:
                skip_depth = None
            depth -= 1
            group_start = False
            continue
        opening, group_start = group_start, False
        if symbol == "*" and opening and skip_depth is None:
            skip_depth = depth  # `{\*\destination …}`: nothing shown
            continue
        if word is not None and opening and word in _SKIPPED and skip_depth is None:
            skip_depth = depth
            continue
        if skip_depth is not None:
            continue
        if run is not None:
            run = run.replace("\r", "").replace("\n", "")
            if to_skip:
                dropped = min(to_skip, len(run))
                run, to_skip = run[dropped:], to_skip - dropped
            out.append(run)
        elif hexa is not None:
            if to_skip:
                to_skip -= 1
            else:
                out.append(bytes([int(hexa, 16)]).decode("cp1252", errors="replace"))
        elif symbol is not None:
            if symbol in "\\{}":
                out.append(symbol)
            elif symbol == "~":
                out.append("\u00a0")
            elif symbol == "\n" or symbol == "\r":
                out.append("\n")  # `\` at a line's end: a paragraph
        elif word == "u" and number is not None:
            code = int(number)
            out.append(chr(code + 65536 if code < 0 else code))
            to_skip = fallback
        elif word == "uc" and number is not None:
            fallback = int(number)
        elif word in _BREAKS:
            out.append(_BREAKS[word])
    lines = ("".join(out)).split("\n")
    return "\n".join(" ".join(line.split()) for line in lines).strip() + "\n"
