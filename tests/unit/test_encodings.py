"""Encodings never corrupt: stray bytes are replaced and named, Windows-1252 needs evidence,
and garbled text never wins a merge over clean text already in the library."""

from __future__ import annotations

import json
import random
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from papershelf.cli import main
from papershelf.core.text import looks_garbled
from papershelf.importers import decode, parse_bytes
from papershelf.library import Library
from tests.conftest import DATA, SEED_FILES, seed

MUSUOS = DATA / "encodings" / "musuos-bsp.bib"


def papers_by_title(library: Library) -> dict[str, dict[str, object]]:
    return {p["title"]: p for p in library.papers(library.query_ids())}


def with_byte_after(text: str, needle: str, byte: bytes) -> bytes:
    data = text.encode("utf-8")
    at = data.index(needle.encode("utf-8")) + len(needle.encode("utf-8"))
    return data[:at] + byte + data[at:]


def test_one_bad_byte_keeps_a_utf8_listing_utf8(seeded: Library, tmp_path: Path) -> None:
    """The reported case: seed 003 with one \\xff must not turn 20 abstracts into mojibake."""
    before = papers_by_title(seeded)
    text = seed("003").read_text(encoding="utf-8")
    path = tmp_path / "003-with-ff.txt"
    path.write_bytes(with_byte_after(text, "MMTok", b"\xff"))
    line = text[: text.index("MMTok")].count("\n") + 1
    report = seeded.import_path(path)
    assert report.encoding == "utf-8"
    assert [(w.line, w.message) for w in report.warnings] == [
        (line, "not UTF-8: byte \\xff replaced with \ufffd")
    ]
    after = papers_by_title(seeded)
    assert {t: p["abstract"] for t, p in after.items()} == {
        t: p["abstract"] for t, p in before.items()
    }
    assert not any(looks_garbled(str(p["abstract"])) for p in after.values())


def test_real_latin1_bibtex_file_is_read_as_windows_1252(library: Library) -> None:
    sniffed = decode.sniff(MUSUOS)
    assert (sniffed.encoding_name, sniffed.warnings) == ("windows-1252", ())
    text = "\n".join(decode.iter_lines(MUSUOS, sniffed.encoding))
    assert "Peter Müller" in text and "Archiv für Musikwissenschaft" in text
    assert "Bärenreiter" in text and "\ufffd" not in text
    report = library.import_path(MUSUOS)
    assert report.encoding == "windows-1252" and report.papers >= 8


def test_utf8_text_with_cp1252_bytes_is_still_utf8() -> None:
    """A UTF-8 character anywhere in the file outweighs bytes that would suit Windows-1252."""
    data = "Stühmer wrote this.\n".encode() + b"Caf\xe9 and \x93quotes\x94\n"
    decoded = decode.decode_bytes(data, "mixed.txt")
    assert decoded.encoding == "utf-8"
    assert decoded.text == "Stühmer wrote this.\nCaf\ufffd and \ufffdquotes\ufffd\n"
    assert [(w.line, w.message) for w in decoded.warnings] == [
        (2, "not UTF-8: bytes \\xe9 \\x93 \\x94 replaced with \ufffd")
    ]


def test_bytes_windows_1252_text_is_not_made_of_stay_utf8() -> None:
    """Without UTF-8 beyond ASCII, a byte that cp1252 leaves undefined is no evidence for it."""
    decoded = decode.decode_bytes(b"Title\nA\x81B and caf\xe9\n", "odd.txt")
    assert decoded.encoding == "utf-8"
    assert decoded.text == "Title\nA\ufffdB and caf\ufffd\n"
    plain = decode.decode_bytes(b"Title\nna\xefve caf\xe9 \x96 done\n", "win.txt")
    assert (plain.encoding, plain.text) == ("windows-1252", "Title\nnaïve café – done\n")


def test_many_bad_lines_are_named_up_to_a_limit(tmp_path: Path) -> None:
    lines = ["Stühmer"] + [f"line {n} \xff" for n in range(decode.MAX_BYTE_WARNINGS + 20)]
    path = tmp_path / "many.txt"
    path.write_bytes("\n".join(lines).encode("utf-8").replace("\xff".encode(), b"\xff"))
    warnings = decode.sniff(path).warnings
    assert len(warnings) == decode.MAX_BYTE_WARNINGS + 1
    assert warnings[0].line == 2
    assert warnings[-1].message == "not UTF-8: bytes replaced on 20 more lines"


def inject(path: Path, rng: random.Random, junk: list[bytes]) -> tuple[bytes, list[int]]:
    """The seed with bad bytes put at a space in the middle of its five longest lines."""
    lines = path.read_text(encoding="utf-8").split("\n")
    chosen = sorted(sorted(range(len(lines)), key=lambda i: -len(lines[i]))[:5])
    raw = [line.encode("utf-8") for line in lines]
    for index, bad in zip(chosen, junk, strict=True):
        spaces = [i for i, byte in enumerate(raw[index]) if byte == 0x20]
        at = rng.choice(spaces)
        raw[index] = raw[index][:at] + bad + raw[index][at:]
    return b"\n".join(raw), [index + 1 for index in chosen]


JUNK = [b"\xff", b"\x80", b"\xc3", b"\xe2\x82", b"\xfe\xfe", b"\xa0"]


@pytest.mark.parametrize("path", SEED_FILES, ids=lambda p: p.name[:3])
def test_injected_bytes_in_every_seed_are_replaced_and_named(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, path: Path
) -> None:
    """Generated variants: five bad bytes, one of them undefined in Windows-1252 (so that
    nothing speaks for it even in the ASCII-only seeds); chunk edges fall anywhere."""
    rng = random.Random(path.name)
    junk = [b"\x81", *rng.sample(JUNK, 4)]
    rng.shuffle(junk)
    data, lines = inject(path, rng, junk)
    variant = tmp_path / path.name
    variant.write_bytes(data)
    monkeypatch.setattr(decode, "CHUNK_BYTES", 4093)
    sniffed = decode.sniff(variant)
    assert sniffed.encoding_name == "utf-8"
    assert [w.line for w in sniffed.warnings] == lines
    read = list(decode.iter_lines(variant, sniffed.encoding))
    assert [line.replace("\ufffd", "") for line in read] == path.read_text("utf-8").split("\n")
    with Library(tmp_path / "lib.db") as library:
        clean = library.import_path(path)
        report = library.import_path(variant)
        assert report.papers == clean.papers and report.new == 0
        assert [w.line for w in report.warnings if "UTF-8" in w.message] == lines
        papers = library.papers(report.paper_ids)
        assert not any(looks_garbled(str(p["abstract"])) for p in papers)


@pytest.mark.parametrize("path", [p for p in SEED_FILES if p.read_bytes().isascii()])
def test_cp1252_bytes_in_an_ascii_seed_read_as_windows_1252(tmp_path: Path, path: Path) -> None:
    """No UTF-8 beyond ASCII and only bytes that Windows-1252 prose is made of: its evidence."""
    rng = random.Random(path.name)
    data, lines = inject(path, rng, [b"\x93", b"\xe9", b"\x96", b"\xfc", b"\x85"])
    variant = tmp_path / path.name
    variant.write_bytes(data)
    sniffed = decode.sniff(variant)
    assert (sniffed.encoding_name, sniffed.warnings) == ("windows-1252", ())
    text = "\n".join(decode.iter_lines(variant, sniffed.encoding))
    assert text == data.decode("cp1252")
    assert sum(text.count(c) for c in "“é–ü…") == len(lines)


@settings(max_examples=60, deadline=None)
@given(st.text(min_size=1, max_size=60), st.lists(st.binary(min_size=1, max_size=3), max_size=4))
def test_decoding_never_loses_the_good_text(text: str, junk: list[bytes]) -> None:
    data = ("Ü " + text).encode("utf-8", "surrogatepass") + b"".join(junk)
    if not data.strip(b" \t\n\r\x0b\x0c") or b"\x00" in data:
        return
    try:
        decoded = decode.decode_bytes(data, "x.txt")
    except decode.ImportFailed:
        return  # binary-looking input is refused with a message
    assert decoded.encoding == "utf-8"
    assert decoded.text.startswith("Ü ")


def test_mojibake_already_in_the_library_gives_way_to_clean_text(
    library: Library, tmp_path: Path
) -> None:
    clean = seed("003").read_text(encoding="utf-8")
    garbled = clean.encode("utf-8").decode("cp1252", errors="replace").replace("\ufffd", "?")
    first = tmp_path / "garbled.txt"
    first.write_text(garbled, encoding="utf-8")
    library.import_path(first)
    assert any(looks_garbled(p["abstract"]) for p in library.papers(library.query_ids()))
    second = tmp_path / "clean.txt"
    second.write_text(clean, encoding="utf-8")
    report = library.import_path(second)
    assert report.new == 0 and report.merged == 20
    for paper in library.papers(library.query_ids()):
        assert not looks_garbled(paper["abstract"])
        assert not looks_garbled(", ".join(paper["authors"]))


def test_mojibake_never_wins_over_clean_text(seeded: Library, tmp_path: Path) -> None:
    """Even when the whole garbled file is read as it was meant (as Windows-1252)."""
    before = papers_by_title(seeded)
    data = seed("003").read_text(encoding="utf-8").encode("utf-8")
    path = tmp_path / "double.txt"
    path.write_text(data.decode("cp1252", errors="replace"), encoding="utf-8")
    seeded.import_path(path)
    after = papers_by_title(seeded)
    for title, paper in before.items():
        assert after[title]["abstract"] == paper["abstract"]
        assert after[title]["authors"] == paper["authors"]


def test_pasted_bytes_carry_their_warnings() -> None:
    data = with_byte_after(seed("003").read_text(encoding="utf-8"), "MMTok", b"\xff")
    parsed = parse_bytes(data, "pasted")
    assert parsed.encoding == "utf-8"
    assert parsed.result.warnings[0].line > 1
    assert "\\xff" in parsed.result.warnings[0].message


def test_import_json_has_the_encoding_key(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "003.txt"
    path.write_bytes(with_byte_after(seed("003").read_text(encoding="utf-8"), "MMTok", b"\xff"))
    code = main(["--db", str(tmp_path / "lib.db"), "import", "--json", str(path), str(MUSUOS)])
    files = json.loads(capsys.readouterr().out)["files"]
    assert code == 0
    assert [f["encoding"] for f in files] == ["utf-8", "windows-1252"]
    assert "\\xff" in files[0]["warnings"][0]["message"]


def test_merging_two_papers_keeps_the_clean_abstract_either_way(seeded: Library) -> None:
    a, b, c, d = seeded.query_ids()[:4]
    clean = seeded.paper(a)["abstract"]
    garbled = (clean + " ▽ More").encode("utf-8").decode("cp1252", errors="replace")
    assert looks_garbled(garbled) and len(garbled) > len(clean)
    seeded.update_paper(b, abstract=garbled)
    seeded.merge(a, b)  # the garbled one folds into the clean one
    assert seeded.paper(a)["abstract"] == clean
    clean_d = seeded.paper(d)["abstract"]
    seeded.update_paper(c, abstract=clean_d.replace("the", "th\ufffd") + " and more words")
    seeded.merge(c, d)  # the kept one is garbled: the clean text of the other takes its place
    assert seeded.paper(c)["abstract"] == clean_d


@settings(max_examples=300, deadline=None)
@given(st.text(min_size=1, max_size=40).filter(lambda t: not t.isascii()))
def test_any_utf8_text_read_as_windows_1252_looks_garbled(text: str) -> None:
    try:
        raw = text.encode("utf-8")
    except UnicodeEncodeError:
        return  # lone surrogates are no text
    assert looks_garbled(raw.decode("cp1252", errors="replace"))


@pytest.mark.parametrize("path", SEED_FILES, ids=lambda p: p.name[:3])
def test_clean_seed_text_never_looks_garbled(path: Path) -> None:
    lines = path.read_text(encoding="utf-8").split("\n")
    assert [line for line in lines if looks_garbled(line)] == []
