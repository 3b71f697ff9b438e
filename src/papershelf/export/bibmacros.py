"""What a .bib brought that a plain LaTeX + BibTeX document cannot typeset, made safe.

- biblatex's own macros (`\\mkbibquote{…}`, `\\hyphen`, …) in kept fields become their plain
  LaTeX equivalents on a BibTeX export (a BibLaTeX export keeps them: biblatex defines them);
- `@preamble` definitions are guarded (`\\newcommand` -> `\\providecommand`, and JabRef's
  `\\@ifundefined{x}{\\newcommand…}{}`, which breaks once biblatex reads the preamble as one
  argument, becomes the `\\providecommand` it means), and a preamble repeated by several
  imported files is written once.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

# biblatex's one-argument text macros and plain LaTeX forms of them.
_ONE_ARGUMENT = {
    "mkbibquote": "``{}''",
    "enquote": "``{}''",  # csquotes, which a plain document does not load either
    "mkbibemph": "\\emph{{{}}}",
    "mkbibitalic": "\\textit{{{}}}",
    "mkbibbold": "\\textbf{{{}}}",
    "mkbibacro": "\\textsc{{{}}}",
    "mkbibparens": "({})",
    "mkbibbrackets": "[{}]",
    "mkbibsuperscript": "\\textsuperscript{{{}}}",
    "autocap": "{}",
}
# biblatex's punctuation and dash commands, which take no argument.
_NO_ARGUMENT = {
    "hyphen": "-",
    "bibrangedash": "--",
    "bibdatedash": "--",
    "nopp": "",
    "pno": "p.~",
    "ppno": "pp.~",
    "adddot": ".",
    "addperiod": ".",
    "addcomma": ",",
    "addcolon": ":",
    "addsemicolon": ";",
    "addspace": " ",
}
_MACRO = re.compile(
    r"\\("
    + "|".join(sorted(_ONE_ARGUMENT | _NO_ARGUMENT, key=len, reverse=True))
    + r")(?![A-Za-z@])"
)
_NEWCOMMAND = re.compile(r"\\newcommand(?![A-Za-z@])")
_IFUNDEFINED = re.compile(r"\\@ifundefined\s*\{[^{}]*\}\s*\{")


def for_bibtex(value: str) -> str:
    """A kept field's LaTeX with biblatex's macros replaced by plain LaTeX."""
    if "\\" not in value:
        return value
    out: list[str] = []
    at = 0
    for found in _MACRO.finditer(value):
        if found.start() < at:
            continue  # inside an argument already replaced
        out.append(value[at : found.start()])
        name, after = found[1], found.end()
        if name in _NO_ARGUMENT:
            empty = re.match(r"\s*\{\}|\s*", value[after:])
            out.append(_NO_ARGUMENT[name])
            at = after + (empty.end() if empty else 0)
            continue
        opening = re.match(r"\*?\s*\{", value[after:])  # `\enquote*{…}` too
        closing = _closing(value, after + opening.end() - 1) if opening else None
        if opening is None or closing is None:  # not the form we know: leave it
            out.append(found[0])
            at = after
            continue
        inner = for_bibtex(value[after + opening.end() : closing])
        out.append(_ONE_ARGUMENT[name].format(inner))
        at = closing + 1
    out.append(value[at:])
    return "".join(out)


def _closing(text: str, opening: int) -> int | None:
    """The index of the brace closing the one at `opening` (escaped braces skipped)."""
    depth = 0
    index = opening
    while index < len(text):
        char = text[index]
        if char == "\\":
            index += 2
            continue
        if char == "{":
            depth += 1
        elif char == "}":
            depth -= 1
            if depth == 0:
                return index
        index += 1
    return None


def guarded_preamble(text: str) -> str:
    """Definitions that give way to one already made (by a package or another preamble)."""
    out: list[str] = []
    at = 0
    for found in _IFUNDEFINED.finditer(text):
        if found.start() < at:
            continue
        body_end = _closing(text, found.end() - 1)
        if body_end is None:
            break
        rest = re.match(r"\s*\{\s*\}", text[body_end + 1 :])
        if rest is None:  # an `else` branch that does something: keep the test as it is
            continue
        out.append(text[at : found.start()])
        out.append(text[found.end() : body_end])
        at = body_end + 1 + rest.end()
    out.append(text[at:])
    return _NEWCOMMAND.sub(r"\\providecommand", "".join(out))


def without_repeated_preambles(entries: Sequence[str]) -> list[str]:
    """Each `@preamble` block once: several libraries (or one file imported into two) may
    bring the same one."""
    seen: set[str] = set()
    return [_drop_seen(text, seen) for text in entries]


def _drop_seen(text: str, seen: set[str]) -> str:
    """The entry's leading blocks with the preambles already written taken out."""
    kept: list[str] = []
    rest = text
    while rest[:1] == "@" and rest[1:].lower().startswith(("preamble{", "comment{")):
        end = _closing(rest, rest.index("{"))
        if end is None:
            break
        block, rest = rest[: end + 1], rest[end + 1 :]
        gap = len(rest) - len(rest.lstrip("\n"))
        block, rest = block + rest[:gap], rest[gap:]
        if block.lower().startswith("@preamble{"):
            if block.strip() in seen:
                continue
            seen.add(block.strip())
        kept.append(block)
    return "".join(kept) + rest
