"""A BibTeX export of biblatex input is plain LaTeX, and @preamble blocks never clash (trial #28).

Inputs: biblatex-examples.bib (texlive, `\\mkbibquote`, `\\hyphen`), jabref210_cuprous-oxide.bib
(JabRef's `\\@ifundefined{url}{\\newcommand…}` preamble), xampl.bib (four `\\newcommand`s);
see tests/data/bib/MANIFEST.md. Consumers: bibtexparser, and pdflatex + bibtex / biber.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import bibtexparser
import pytest

from papershelf.library import Library
from tests.conftest import DATA
from tests.unit.test_export_documents import biblatex_errors, natbib_errors

BIB = DATA / "bib"
BIBLATEX_ONLY = ("\\mkbibquote", "\\hyphen", "\\enquote", "\\autocap")
needs_tex = pytest.mark.skipif(
    any(shutil.which(p) is None for p in ("pdflatex", "bibtex", "biber")),
    reason=".ci/system-deps installs pdflatex, bibtex and biber",
)


def test_biblatex_macros_become_plain_latex_on_bibtex_export_only(tmp_path: Path) -> None:
    source = (BIB / "biblatex-examples.bib").read_text()
    assert all(macro in source for macro in ("\\mkbibquote", "\\hyphen"))
    with Library(tmp_path / "lib.db") as library:
        library.import_path(BIB / "biblatex-examples.bib")
        bibtex = library.export(library.query_ids(), "bibtex")
        biblatex = library.export(library.query_ids(), "biblatex")
    assert not [m for m in BIBLATEX_ONLY if m in bibtex]
    assert "\\mkbibquote" in biblatex and "\\hyphen" in biblatex  # biblatex defines them
    parsed = bibtexparser.parse_string(bibtex).entries
    titles = {e.key: e.fields_dict["title"].value for e in parsed if "title" in e.fields_dict}
    assert titles["nussbaum"] == "Aristotle's ``De Motu Animalium''"  # quoted plainly


def _with_preamble_of(target: Path, donor: Path, tmp_path: Path) -> Path:
    """A generated variant: a real file carrying another real file's @preamble too."""
    preamble = donor.read_text().split("@preamble", 1)[1].split("\n\n", 1)[0]
    copy = tmp_path / target.name
    copy.write_text("@preamble" + preamble + "\n\n" + target.read_text())
    return copy


def test_a_preamble_several_files_bring_is_written_once(tmp_path: Path) -> None:
    xampl = BIB / "xampl.bib"
    with Library(tmp_path / "lib.db") as library:
        library.import_path(xampl)
        library.import_path(_with_preamble_of(BIB / "zotero_bbt_single.bib", xampl, tmp_path))
        bib = library.export(library.query_ids(), "bibtex")
    assert bib.lower().count("@preamble{") == 1
    assert "\\providecommand{\\noopsort}" in bib and "\\newcommand" not in bib


@needs_tex
@pytest.mark.parametrize("fmt", ["bibtex", "biblatex"])
def test_jabref_and_xampl_preambles_typeset_together(fmt: str, tmp_path: Path) -> None:
    """JabRef's `\\@ifundefined{url}{\\newcommand{\\url}…}{}` broke a biblatex document once
    another preamble or hyperref was there: "Command \\url already defined"."""
    with Library(tmp_path / "lib.db") as library:
        for name in ("jabref210_cuprous-oxide.bib", "xampl.bib", "biblatex-examples.bib"):
            library.import_path(BIB / name)
        bib = library.export(library.query_ids(), fmt)
    assert "\\@ifundefined" not in bib
    if fmt == "bibtex":
        assert natbib_errors(bib, tmp_path / "doc") == []
    else:
        errors = biblatex_errors(bib, tmp_path / "doc")
        # biber decodes xampl's `{\\=P}` into a combining macron pdflatex cannot set: biber's
        # doing, the same with the original file; nothing else may go wrong.
        assert [e for e in errors if "U+0304" not in e] == []
