"""Text to LaTeX that can never inject a command, and back."""

from __future__ import annotations

import functools
import logging
import re
import unicodedata

from pylatexenc.latex2text import LatexNodes2Text
from pylatexenc.latexencode import UnicodeToLatexEncoder

logging.getLogger("pylatexenc").setLevel(logging.ERROR)  # unknown scripts are kept as UTF-8

# Each escape is brace-balanced on its own: BibTeX counts braces even after a backslash.
SPECIALS = {
    "\\": r"\textbackslash{}",
    "{": r"\textbraceleft{}",
    "}": r"\textbraceright{}",
    "~": r"\textasciitilde{}",
    "^": r"\textasciicircum{}",
    "&": r"\&",
    "%": r"\%",
    "$": r"\$",
    "#": r"\#",
    "_": r"\_",
    "@": "{@}",  # "@{" inside a value looks like a new entry to bibtexparser
}
_SPECIAL_RE = re.compile(r"[\\{}~^&%$#_@]")
# Inline math that is safe to pass through: short, balanced, and only harmless commands: those
# of LaTeX's kernel (amsmath's \text and amsfonts' \mathbb aside), nothing that needs a pair
# (\left without \right) or reads a file.
SAFE_MATH_COMMANDS = frozenset(
    """
sim times approx leq geq le ge neq pm mp cdot cdots ldots dots infty alpha beta gamma delta
epsilon varepsilon theta lambda mu nu pi rho sigma tau phi varphi chi psi omega Gamma Delta
Theta Lambda Pi Sigma Phi Psi Omega ell log exp min max sum prod int frac sqrt mathcal
mathbf mathrm mathbb text to rightarrow leftarrow in notin subset subseteq cup cap propto
circ prime partial nabla mid top bot ensuremath % ! , ; :
mathsf mathit mathtt hat tilde bar vec dot ddot check breve acute grave overline underline
widehat widetilde div ast star bullet oplus otimes odot leftrightarrow Rightarrow Leftarrow
Leftrightarrow mapsto uparrow downarrow ll gg equiv simeq cong perp parallel forall exists
neg lor land wedge vee emptyset setminus supset supseteq ni langle rangle lfloor rfloor lceil
rceil sin cos tan ln lim sup inf arg det dim ker Pr gcd eta iota kappa xi zeta upsilon Upsilon
Xi vartheta varpi varrho varsigma hbar Re Im aleph angle colon dagger quad qquad | { }
""".split()
)
_MATH = re.compile(r"(?<!\\)\$([^$\n]{1,120}?)(?<!\\)\$")  # \$ is a dollar sign, not math
_LATEX_TEXT_MACROS = [
    (re.compile(r"\\textcolor\[[^\]]*\]\{[^{}]*\}\{([^{}]*)\}"), r"\1"),
    (re.compile(r"\\textcolor\{[^{}]*\}\{([^{}]*)\}"), r"\1"),
    (re.compile(r"\\(?:emph|textit|textbf|texttt|url)\{([^{}]*)\}"), r"\1"),
    (re.compile(r"\\ie\b\.?"), "i.e."),
    (re.compile(r"\\eg\b\.?"), "e.g."),
    (re.compile(r"\\etal\b\.?"), "et al."),
    (re.compile(r"\\([%&#_$])"), r"\1"),
]
_ACCENTS = {
    "'": "\u0301",
    "`": "\u0300",
    "^": "\u0302",
    '"': "\u0308",
    "~": "\u0303",
    "=": "\u0304",
    ".": "\u0307",
    "c": "\u0327",
    "v": "\u030c",
    "u": "\u0306",
    "H": "\u030b",
    "k": "\u0328",
}
_ACCENT = re.compile(r"\\(['`^\"~=.]|[cvuHk](?=[{ ]))\s*\{?([A-Za-z])\}?")


def _compose(match: re.Match[str]) -> str:
    return unicodedata.normalize("NFC", match[2] + _ACCENTS[match[1]])


_ENCODER = UnicodeToLatexEncoder(
    non_ascii_only=True, replacement_latex_protection="braces-all", unknown_char_policy="keep"
)
_MATH_ENCODER = UnicodeToLatexEncoder(
    non_ascii_only=True, replacement_latex_protection="none", unknown_char_policy="keep"
)


def plain_text(text: str) -> str:
    """Strip the LaTeX that copied abstracts carry (`\\url{}`, `\\_`, `\\ie`) outside math."""
    if "\\" not in text:
        return text
    pieces = []
    for index, part in enumerate(_split_math(text)):
        if index % 2:
            pieces.append(part)
            continue
        for pattern, replacement in _LATEX_TEXT_MACROS:
            part = pattern.sub(replacement, part)
        part = _ACCENT.sub(_compose, part)
        pieces.append(part)
    return "".join(pieces)


def safe_math(body: str) -> bool:
    """Math that typesets: balanced braces, known commands, `^`/`_` each with an operand."""
    if body.count("{") != body.count("}") or not body.strip():
        return False
    depth = 0
    for ch in body:
        depth += {"{": 1, "}": -1}.get(ch, 0)
        if depth < 0:
            return False
    if _DANGLING_SCRIPT.search(body):
        return False
    commands = re.findall(r"\\([A-Za-z]+|.)", body)
    if not all(command in SAFE_MATH_COMMANDS for command in commands):
        return False
    return body.isascii() or all(_math_symbol(ch) for ch in body if not ch.isascii())


@functools.lru_cache(maxsize=4096)
def _math_symbol(ch: str) -> bool:
    """A character math can hold (α, ∑: a math macro); a text one (é, ¡) would be written as
    a text-mode macro, which math refuses ("Command \\' invalid in math mode")."""
    latex: str = _MATH_ENCODER.unicode_to_latex(ch)
    return latex.startswith("\\ensuremath")


# `x^` or `a_}` stops LaTeX with "Missing { inserted"; such a span is written as text.
_DANGLING_SCRIPT = re.compile(r"[\^_]\s*(?:$|[\^_}])")
# Raw in math these end the field (`%` comments out the rest of the line, `&` is an alignment
# tab, `#` a macro parameter); escaped they print the character in math too.
_RAW_IN_MATH = re.compile(r"(?<!\\)[%&#]")


def escape_math(span: str) -> str:
    """A safe `$...$` span made safe to write: `%&#` escaped, `@` guarded, Greek as macros."""
    body = _RAW_IN_MATH.sub(lambda m: "\\" + m[0], span).replace("@", "{@}")
    # Encoded in BibLaTeX too: pdflatex cannot typeset a raw α in math.
    return body if body.isascii() else _MATH_ENCODER.unicode_to_latex(body)


def _split_math(text: str) -> list[str]:
    """Alternating [text, math, text, math, …] where math keeps its `$…$`."""
    parts: list[str] = []
    last = 0
    for match in _MATH.finditer(text):
        if safe_math(match[1]):
            parts += [text[last : match.start()], match[0]]
            last = match.end()
    parts.append(text[last:])
    return parts


def escape(
    text: str, *, unicode_to_latex: bool, keep_math: bool = False, keep_latin: bool = False
) -> str:
    """Escape the ten specials and non-ASCII (but Latin letters if `keep_latin`: BibLaTeX's
    UTF-8, which pdflatex reads); keep safe `$math$` if asked."""
    parts = _split_math(text) if keep_math and "$" in text else [text]
    out = []
    for index, part in enumerate(parts):
        if index % 2:
            out.append(escape_math(part))
            continue
        escaped = _SPECIAL_RE.sub(lambda m: SPECIALS[m[0]], part)
        out.append(_to_latex(escaped, keep_latin) if unicode_to_latex else escaped)
    return "".join(out)


@functools.lru_cache(maxsize=65536)  # author names and tags repeat throughout a library
def _to_latex(text: str, keep_latin: bool = False) -> str:
    if text.isascii():
        return text
    text = _COMBINED.sub(_accent_macros, unicodedata.normalize("NFC", text))
    return "".join(
        ch if ch < "\x80" or (keep_latin and _latin(ch)) else _latex_char(ch) for ch in text
    )


_COMBINING = {mark: command for command, mark in _ACCENTS.items()}
# A letter with accents Unicode has no single character for (xampl.bib's P-macron). A mark
# after white space or a brace has no letter to sit on: it stays as it is (an accent macro
# over a line break would put the break inside the macro's braces).
_COMBINED = re.compile(f"([^\\s{{}}\\\\{''.join(_COMBINING)}])([{''.join(_COMBINING)}]+)")


def _accent_macros(match: re.Match[str]) -> str:
    text = match[1] if match[1].isascii() else _latex_char(match[1])
    for mark in match[2]:
        text = f"\\{_COMBINING[mark]}{{{text}}}"
    return "{" + text + "}"


@functools.lru_cache(maxsize=4096)
def _latin(ch: str) -> bool:
    # pdflatex's UTF-8 input covers the Latin letters; Greek or symbols raw stop it with
    # "Unicode character not set up", so BibLaTeX gets their LaTeX (α -> \ensuremath{\alpha}).
    return unicodedata.name(ch, "").startswith("LATIN")


@functools.lru_cache(maxsize=4096)
def _latex_char(ch: str) -> str:
    """pylatexenc's LaTeX for a character, unless it is lossy (Ħ -> \\=H): then the UTF-8."""
    latex = _ENCODER.unicode_to_latex(ch)
    if latex == ch:
        return ch
    back = _DECODER.latex_to_text(latex)
    return latex if unicodedata.normalize("NFC", back) == unicodedata.normalize("NFC", ch) else ch


def escape_title(title: str, *, unicode_to_latex: bool, keep_latin: bool = False) -> str:
    """A title escaped and case-protected; its safe `$math$` stays math, braced so that a
    style's case change leaves it alone: `{$k$}-means`."""
    parts = _split_math(title) if "$" in title else [title]
    return "".join(
        "{" + escape_math(part) + "}"
        if index % 2
        else protect_title(escape(part, unicode_to_latex=unicode_to_latex, keep_latin=keep_latin))
        for index, part in enumerate(parts)
    )


def protect_title(escaped: str) -> str:
    """Brace words whose case a style must not change: {CLIP}, {ViT}, {3D}, {LLMs}."""

    def guard(match: re.Match[str]) -> str:
        word = match[0]
        parts = re.split(r"(-)", word)
        return "".join(_guard_part(part) for part in parts)

    # Words are runs of letters/digits; escapes (\&, {\"u}) are left as they are.
    return re.sub(r"(?<![\\{A-Za-z0-9])[A-Za-z0-9][A-Za-z0-9\-]*", guard, escaped)


def _guard_part(part: str) -> str:
    tail = part[1:]
    if tail != tail.lower():  # a capital after the first letter: ViT, CLIP, LLMs
        return "{" + part + "}"
    if part != part.lower() and not part.isalpha() and any(ch.isdigit() for ch in part):
        return "{" + part + "}"  # digits with a capital: 3D, V2
    return part


_REVERSE = {value: key for key, value in SPECIALS.items()}
# Dashes and TeX quote ligatures are kept as typed: they were text in the listing too.
_LITERAL = ("---", "--", "``", "''", "?`", "!`")
_REVERSE_RE = re.compile(
    "|".join(re.escape(v) for v in sorted([*_REVERSE, *_LITERAL], key=len, reverse=True))
)
_DECODER = LatexNodes2Text(math_mode="verbatim", strict_latex_spaces=True)


def unescape(value: str) -> str:
    """LaTeX from a .bib file back to Unicode text; `$math$` is kept as written."""
    placeholders: list[str] = []

    def hold(match: re.Match[str]) -> str:
        placeholders.append(_REVERSE[match[0]] if match[0] in _REVERSE else match[0])
        return f"{{}}\ue000{len(placeholders) - 1}\ue001"  # {} keeps a stray \\ off it

    parts = _split_math(value)
    held = "".join(
        hold(re.match(r"[\s\S]*", part)) if index % 2 else _REVERSE_RE.sub(hold, part)  # type: ignore[arg-type]
        for index, part in enumerate(parts)
    )
    text = _DECODER.latex_to_text(held) if "\\" in held or "{" in held else held
    return re.sub(r"\ue000(\d+)\ue001", lambda m: placeholders[int(m[1])], text)


_MATH_TEXT = LatexNodes2Text(math_mode="text")


def readable(text: str) -> str:
    """For reading on screen: LaTeX text macros stripped and safe `$math$` shown as Unicode."""
    parts = _split_math(plain_text(text))
    return "".join(
        _MATH_TEXT.latex_to_text(part) if index % 2 else part for index, part in enumerate(parts)
    )


# For the .bib reader's fast path (importers.bibdecode), which decodes plain accents itself.
ACCENT = _ACCENT
compose = _compose
