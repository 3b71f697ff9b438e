"""To-read notes: a page (or a section of one) headed as a list of papers (`# Papers to read`,
`## Reading list`) that sets each paper down by its bare title, a paragraph of one line, among
copied metadata:

    # Papers to read

    An Invented Theory of Pretend Taxonomy Since 1851

    IMAGINARY METHODS IN MADE-UP CLASSIFICATION

or a to-do list under `## To read` (`- [ ] Title`). The heading says its lines are papers; a line
of its own that reads as a title (three words or more, no sentence, no names, no label, no link;
an item's words mostly capitalised, unless it is long) is one. Lines with more under them in
their paragraph (names, a journal's metadata) are left to the readers of such blocks.
"""

from __future__ import annotations

import re

from papershelf.core.records import PaperRecord
from papershelf.importers.paste.build import Draft, build
from papershelf.importers.paste.doc import Doc, Found
from papershelf.importers.paste.labels import label_of
from papershelf.importers.paste.lines import Line, is_furniture
from papershelf.importers.paste.names import looks_like_names, reads_as_title
from papershelf.importers.paste.sections import of_papers, section_name

NAME = "to-read-titles"
DESCRIPTION = "A page of papers to read, each a bare title on a line of its own"
TITLED = True  # `platon - devlet`: beside its author, one word is a book's title here

AT_LEAST = 3  # titles of their own: fewer are a note's remarks
WORDS = (3, 30)
# What the page's heading says beside `papers`: a list kept to read (`Daily Papers` is a site's).
_CAPTION = re.compile(r"\b(?:to[- ]?read|reading list|read later|readings)\b", re.IGNORECASE)
_TO_READ = re.compile(
    r"^(?:\W+\s*)?(?:to[- ]?read|read later|reading queue|read)\s*:?$", re.IGNORECASE
)
_SENTENCE_END = re.compile(r"[.!:;,。：]$")


def read(lines: list[Line], doc: Doc) -> list[Found]:
    heads = doc.heading_indices()
    captions = [index for index in heads if _headed_as_papers(doc.lines[index].text)]
    if not captions:
        return []  # nearly every paste
    whole_page = captions[0] == heads[0]  # `# Papers to read` heads the page: all of it
    if dashed := _author_dash_titles(lines, doc, captions[0], whole_page):
        return dashed
    hits = [
        _with_link_under(lines, index, _paper(line, doc), doc)
        for index, line in enumerate(lines)
        if index > captions[0]
        and _bare_title(lines, index)
        and (whole_page or _headed_as_papers(section_name(doc, index)))
    ]
    if not _of_reading(doc.lines[captions[0]].text):
        hits = _lists_of_titles(hits, lines, doc)
    elif hits:
        hits = _with_lower_case_fellows(hits, lines, doc)
    return hits if len(hits) >= AT_LEAST else []


def _with_lower_case_fellows(hits: list[Found], lines: list[Line], doc: Doc) -> list[Found]:
    """In a list of reading whose items are titles, AT_LEAST of them capitalised, an item typed
    in lower case (`- Paradox of the active user`) is a title too: its fellows say what the list
    holds, which alone its case could not (`- Read chapter 3 before Monday` is an instruction)."""
    taken = {hit.first for hit in hits}
    more: list[Found] = []
    for run in _item_runs(lines):
        if sum(index in taken for index in run) < AT_LEAST:
            continue
        for index in run:
            if index in taken or not _bare_title(lines, index, any_case=True):
                continue
            if not _INSTRUCTION.match(_title_of(lines[index])):
                more.append(_with_link_under(lines, index, _paper(lines[index], doc), doc))
    return sorted([*hits, *more], key=lambda hit: hit.first) if more else hits


TITLES_SHARE = 0.75  # of a list's items bare titles, under a heading that says `Papers` alone


def _lists_of_titles(hits: list[Found], lines: list[Line], doc: Doc) -> list[Found]:
    """Under `# NLP Papers` (papers, not said to be read), bare titles are papers only as the
    items of one list: AT_LEAST of them, most of its items, none an instruction (not a README's
    `- Submit a pull request to add papers`, nor notes nested under a reference, nor a topic's
    line of its own)."""
    titled = {hit.first: hit for hit in hits if lines[hit.first].kind == "item"}
    kept: list[Found] = []
    for run in _item_runs(lines):
        bare = [titled[index] for index in run if index in titled]
        if len(bare) >= AT_LEAST and len(bare) >= TITLES_SHARE * len(run):
            kept += [hit for hit in bare if not _INSTRUCTION.match(hit.record.title)]
    return kept if len(kept) >= AT_LEAST else []


def _item_runs(lines: list[Line]) -> list[list[int]]:
    """The items of each list: runs of items at one level (lines other readers took between
    them do not part them), as indices."""
    runs: list[list[int]] = []
    run: list[int] = []
    for index, line in enumerate(lines):
        if line.kind == "claimed":
            continue
        if line.kind == "item" and (not run or lines[run[0]].level == line.level):
            run.append(index)
            continue
        if run:
            runs.append(run)
        run = [index] if line.kind == "item" else []
    return [*runs, run] if run else runs


# An item that tells the reader what to do, no title: `Submit a pull request`, `Email us at …`
_INSTRUCTION = re.compile(
    r"^(?:submit|open|email|e-mail|contact|send|add|check|see|click|join|follow|star|fork|"
    r"visit|read|feel free|please|let us|write)\b",
    re.IGNORECASE,
)


_BARE_URL = re.compile(r"^https?://\S+$")


def _address_under(lines: list[Line], index: int) -> str | None:
    """`* Title` over `    * https://…`: the address alone in the item under the title."""
    under = lines[index + 1] if index + 1 < len(lines) else None
    if under is None or under.kind != "item" or under.level <= lines[index].level:
        return None
    return address if _BARE_URL.match(address := under.text.strip()) else None


def _with_link_under(lines: list[Line], index: int, record: PaperRecord, doc: Doc) -> Found:
    """A title with its paper's link in the item under it takes the link."""
    if (address := _address_under(lines, index)) is None:
        return Found(record, index, index)
    draft = Draft(line=record.line, title=record.title, confidence=record.confidence or 0.55)
    draft.reasons = ["a bare title on a line of its own, under a heading of papers to read"]
    draft.urls, draft.text = [address], address
    return Found(build(draft, doc.captured), index, index + 1)


def _headed_as_papers(heading: str) -> bool:
    """`Papers to read`, `Reading list`, `NLP Papers`: the page's first heading, or the
    section's, says it lists papers."""
    return _of_reading(heading) or of_papers(heading) or bool(_REFERENCES.match(heading.strip()))


# `## References`, `Bibliography`, `Further reading`: a heading of works alone, over bare titles
# as one list (a note's references copied title by title)
_REFERENCES = re.compile(
    r"^(?:\W+\s*)?(?:references|bibliography|literature|further reading|sources)\s*:?$",
    re.IGNORECASE,
)


def _of_reading(heading: str) -> bool:
    """`Papers to read`, `## To read`, `## Read later`: a list of papers kept to read."""
    return bool(_TO_READ.match(heading.strip())) or (
        of_papers(heading) and _CAPTION.search(heading) is not None
    )


def _bare_title(lines: list[Line], index: int, *, any_case: bool = False) -> bool:
    line = lines[index]
    if line.kind not in ("text", "item") or line.links or line.bold or line.italic:
        return False
    if index > 0 and lines[index - 1].block == line.block:
        return False  # the paragraph has more: a reader of blocks reads it
    if index + 1 < len(lines) and lines[index + 1].block == line.block:
        return False
    text = _title_of(line)
    if not WORDS[0] <= len(text.split()) <= WORDS[1]:
        return False
    if _SENTENCE_END.search(text) and not (text.endswith(".") and _address_under(lines, index)):
        return False  # a sentence; but an item's full stop over the paper's link only ends it
    if not (text[:1].isupper() or text[:1].isdecimal()) or "http" in text:
        return False
    if line.kind == "item" and not any_case and not _capitalised(text):
        return False  # `- Read chapter 3 before Monday`: a to-do, not a title
    if looks_like_names(text) and not reads_as_title(text):
        return False  # `Ada Quill`; but `Trust Region Policy Optimization` is a title
    return not (is_furniture(text) or label_of(text) is not None)


# `- [ ] Title`, `- [x] Title`: a to-do list's boxes before the titles
_CHECKBOX = re.compile(r"^\[[ xX]\]\s+")
_LONG_WORD = re.compile(r"[^\W\d_][\w'’\-]{3,}")


def _title_of(line: Line) -> str:
    text = _CHECKBOX.sub("", line.text.strip()) if line.kind == "item" else line.text.strip()
    return text[1:-1].strip() if _QUOTED.match(text) else text


_QUOTED = re.compile(r'^["“”„«][^"“”„«»]{8,}["“”»]$')  # `”Title”`: the writer's quotes round it


def _capitalised(text: str) -> bool:
    """An item read as a title: most longer words capitalised, a subtitle, or six words and more."""
    long = _LONG_WORD.findall(text)
    capitals = sum(1 for word in long if word[:1].isupper())
    return ":" in text or len(text.split()) >= 6 or (bool(long) and capitals >= 0.6 * len(long))


# `- [ ] Mark manson - the subtle art`, `- [ ] homeros – odysseia`: a to-do list of books, each an
# author and a title parted by a dash, in the case the user typed them
_DASH = re.compile(r"\s[-–—]\s")
DASHED_AT_LEAST = 5
VOTES = 3  # items whose one side alone reads as names
_NAME_WORD = re.compile(r"^[^\W\d_][\w'’.\-]*$")


def _author_dash_titles(lines: list[Line], doc: Doc, caption: int, whole_page: bool) -> list[Found]:
    """A to-do list of `Author - Title` items under the page's heading of reading: which side
    names the people is the side that alone reads as names (capitalised as names are) in twice as
    many items as the other (where both or neither read so, the list's order decides);
    an item that reads the other way round (`Title - A Name`) is read so."""
    items = [
        index
        for index, line in enumerate(lines)
        if index > caption
        and line.kind == "item"
        and _CHECKBOX.match(line.text.strip())
        and (whole_page or _headed_as_papers(section_name(doc, index)))
    ]
    parted = [(index, parts) for index in items if (parts := _dash_parts(lines[index]))]
    if len(parted) < DASHED_AT_LEAST or 2 * len(parted) < len(items):
        return []
    left = sum(_person(a) and not _person(b) for _, (a, b) in parted)
    right = sum(_person(b) and not _person(a) for _, (a, b) in parted)
    if max(left, right) < VOTES or max(left, right) < 2 * min(left, right):
        return []  # no side reads as names clearly more often
    found: list[Found] = []
    for index, (a, b) in parted:
        names, title = (a, b) if left > right else (b, a)
        one_word = len(names.split()) == 1  # `platon - devlet`: a name alone, the Greek way
        if _person(title) and not _person(names) and not one_word:
            names, title = title, names  # this item the other way round
        draft = Draft(line=lines[index].number, title=title, authors=names, confidence=0.55)
        draft.reasons = ["an author and a title parted by a dash in a to-do list of reading"]
        found.append(Found(build(draft, doc.captured), index, index))
    return found


def _dash_parts(line: Line) -> tuple[str, str] | None:
    text = _title_of(line)
    parts = _DASH.split(text)
    if len(parts) != 2 or line.links or not all(part.strip() for part in parts):
        return None
    return parts[0].strip(), parts[1].strip()


_FUNCTION_WORDS = frozenset("the of to a an and in on for with from".split())


def _phrase(text: str) -> bool:
    """`Hitchikers Guide to Galaxy`: capitalised like a name, but joined by a title's small word."""
    return any(word in _FUNCTION_WORDS for word in text.split())


def _person(text: str) -> bool:
    """A person's name as a to-do list writes it, perhaps all in lower case (`niccolo
    machiavelli`, `neil a. campbell`): two to five words of letters, read as names when
    capitalised."""
    words = text.split()
    if not 2 <= len(words) <= 5 or not all(_NAME_WORD.match(word) for word in words):
        return False
    if _phrase(text):
        return False  # `the art of war`, `Guide to the Galaxy`: a title's small words
    return looks_like_names(" ".join(word[:1].upper() + word[1:] for word in words))


def _paper(line: Line, doc: Doc) -> PaperRecord:
    draft = Draft(line=line.number, title=_title_of(line), confidence=0.55)
    draft.reasons = ["a bare title on a line of its own, under a heading of papers to read"]
    return build(draft, doc.captured)
