"""DOI fields holding a resolver link (JabRef/BibDesk write them) are stored as the bare DOI,
by every importer, so links, search and duplicate detection see one form (trial #8)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pybtex.database
import pybtex.errors

from papershelf.library import Library
from papershelf.store.search import Filter
from tests.conftest import DATA

COMPLEX = DATA / "bib" / "jabref_complex.bib"


def _doi_fields(path: Path) -> dict[str, str]:
    """Each entry's DOI field as BibTeX reads it (pybtex), by citation key."""
    pybtex.errors.set_strict_mode(False)  # the file's @preamble uses a macro it never defines
    entries = pybtex.database.parse_file(str(path)).entries
    return {key: e.fields["doi"] for key, e in entries.items() if "doi" in e.fields}


def _stored(library: Library) -> dict[str, str | None]:
    return {p["citation_key"]: p["doi"] for p in library.papers(library.query_ids())}


def test_resolver_links_in_a_jabref_file_become_bare_dois(tmp_path: Path) -> None:
    given = _doi_fields(COMPLEX)
    links = {key: value for key, value in given.items() if "://" in value}
    assert len(links) >= 5  # the file's own dx.doi.org and doi.acm.org links
    with Library(tmp_path / "lib.db") as library:
        library.import_path(COMPLEX)
        stored = _stored(library)
        for key, link in links.items():
            bare = re.sub(r"^https?://[^/]+/", "", link)
            assert stored[key] == bare
            assert library.query_ids(Filter(search=f"doi:{bare}")) != []
        exported = library.export(library.query_ids(), "bibtex")
    assert "doi.org" not in "".join(line for line in exported.splitlines() if "doi =" in line)


def test_csl_json_with_doi_links_and_the_doi_scheme(tmp_path: Path) -> None:
    """Our own CSL-JSON of the JabRef file, its DOIs rewritten in the forms other tools write
    (a generated variant of the real data)."""
    with Library(tmp_path / "a.db") as library:
        library.import_path(COMPLEX)
        items = json.loads(library.export(library.query_ids(), "csl-json"))
        bare = {item["id"]: item["DOI"] for item in items if item.get("DOI")}
    forms = ("https://doi.org/{}", "doi:{}", "http://dx.doi.org/{}", "DOI: {}")
    for index, item in enumerate(i for i in items if i.get("DOI")):
        item["DOI"] = forms[index % len(forms)].format(item["DOI"])
    variant = tmp_path / "linked.json"
    variant.write_text(json.dumps(items))
    with Library(tmp_path / "b.db") as library:
        library.import_path(variant)
        assert {k: v for k, v in _stored(library).items() if k in bare} == bare
