"""LaTeX field text to Unicode, fast: most values need no LaTeX parser at all.

pylatexenc costs about a millisecond a value; a 100k-entry file has a million values. Text
without a backslash, a brace or a tilde is returned as it is, text with only grouping braces
loses them, and the rest goes through pylatexenc once per distinct value (names and journals
repeat across a library). `$math$` is kept as written. A value nested deeper than pylatexenc's
recursion can follow is read with its braces dropped, and says so.
"""

from __future__ import annotations

import functools
import re

from papershelf.core.latex import ACCENT, compose, safe_math, unescape
from papershelf.core.records import ParseWarning

MAX_DEPTH = 40  # pylatexenc recurses a few frames per group; Python allows ~1000 frames
_NEEDS_PARSER = re.compile(r"[\\~%$]")
_ESCAPED = re.compile(r"\\([%&#_$])")
_MATH = re.compile(r"(?<!\\)\$[^$]*(?<!\\)\$")
_LEFT_FOR_PARSER = re.compile(r"[\\~%$]")
# Logos pylatexenc does not know: without these `{\TeX}book` reads "book".
_LOGOS = re.compile(
    r"(?:\\protect\s*)?\\(LaTeXe|LaTeX|BibTeX|XeLaTeX|XeTeX|LuaTeX|ConTeXt|TeX|AmS)(?![A-Za-z])\s*(\{\})?"
)
_LOGO_TEXT = {"LaTeXe": "LaTeX2e", "AmS": "AMS"}


def decode(latex: str, line: int, warnings: list[ParseWarning], where: str = "a value") -> str:
    if not _NEEDS_PARSER.search(latex):
        return latex.replace("{", "").replace("}", "") if "{" in latex or "}" in latex else latex
    if latex.count("{") > MAX_DEPTH and _depth(latex) > MAX_DEPTH:
        warnings.append(
            ParseWarning(
                line,
                f"{where}: braces nested {_depth(latex)} deep (more than {MAX_DEPTH}); "
                "read without LaTeX decoding, kept as written for export",
            )
        )
        return latex.replace("{", "").replace("}", "")
    return _simple(latex) or _decoded(latex)


def _simple(latex: str) -> str | None:
    """The value decoded without pylatexenc, when it holds only `\\%`-style escapes, accents
    and safe `$math$`; None when it needs the real parser."""
    pieces: list[str] = []
    last = 0
    for match in _MATH.finditer(latex):
        text = _plain(latex[last : match.start()])
        if text is None or not safe_math(match[0][1:-1]):
            return None
        pieces += [text, match[0]]
        last = match.end()
    text = _plain(latex[last:])
    return None if text is None else "".join([*pieces, text])


def _plain(text: str) -> str | None:
    held: list[str] = []

    def hold(match: re.Match[str]) -> str:
        held.append(match[1])
        return f"\ue000{len(held) - 1}\ue001"

    text = ACCENT.sub(compose, _ESCAPED.sub(hold, text))
    if _LEFT_FOR_PARSER.search(text):
        return None
    text = text.replace("{", "").replace("}", "")
    return re.sub("\ue000(\\d+)\ue001", lambda m: held[int(m[1])], text) if held else text


@functools.lru_cache(maxsize=1 << 16)
def _decoded(latex: str) -> str:
    latex = _LOGOS.sub(lambda m: _LOGO_TEXT.get(m[1], m[1]), latex)
    return unescape(latex)


def _depth(text: str) -> int:
    depth = deepest = 0
    for char in text:
        if char == "{":
            depth += 1
            deepest = max(deepest, depth)
        elif char == "}":
            depth -= 1
    return deepest
