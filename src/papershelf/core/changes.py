"""What one library operation changed, so that a window refreshes only that.

After Anki's OpChanges: every write reports the papers it touched, what about them changed and
which sidebar counts moved; a view repaints those rows, recounts only the moved counts and
reloads its detail pane only when the paper shown there is among the touched ones.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from types import MappingProxyType

from papershelf.core.query import QueryError, parse_query

# What about a paper changed. A view whose search or sort reads one of these may gain, lose
# or reorder rows; otherwise only the touched rows repaint.
RATING = "rating"
STATUS = "status"
TAGS = "tags"
NOTES = "notes"
TEXT = "text"  # the listing's own fields: title, authors, abstract, date, links, ...
KEY = "key"  # the citation key
TRASH = "trash"
QUEUE = "queue"  # membership or order in a plain queue
ASPECTS = frozenset({RATING, STATUS, TAGS, NOTES, TEXT, KEY, TRASH, QUEUE})


def _frozen(counts: Mapping[str, int]) -> Mapping[str, int]:
    return MappingProxyType(dict(counts))


@dataclass(frozen=True)
class OpChanges:
    papers: frozenset[int] = frozenset()  # papers whose shown data changed
    aspects: frozenset[str] = frozenset()  # what changed on them (ASPECTS)
    # Sidebar counts that moved, by node key ("all", "status:read", "tag:vision",
    # "queue:thesis", "queue-read:thesis", "review", "trash"), with their new values.
    counts: Mapping[str, int] = field(default_factory=lambda: _frozen({}))
    recount: bool = False  # counts may have moved in ways not listed: read them all again
    queues: frozenset[str] = frozenset()  # plain queues whose members or order changed
    tag_list: bool = False  # tags were created, renamed or deleted
    queue_list: bool = False  # queues were created, renamed or deleted
    source_list: bool = False  # a source was renamed
    everything: bool = False  # anything may have changed (an import, undo, a restore)

    def __post_init__(self) -> None:
        unknown = self.aspects - ASPECTS
        if unknown:
            raise ValueError(f"unknown aspects {sorted(unknown)}")
        object.__setattr__(self, "counts", _frozen(self.counts))

    @classmethod
    def on(
        cls,
        papers: Iterable[int],
        *aspects: str,
        counts: Mapping[str, int] | None = None,
        recount: bool = False,
        queues: Iterable[str] = (),
        tag_list: bool = False,
        queue_list: bool = False,
        source_list: bool = False,
    ) -> OpChanges:
        return cls(
            papers=frozenset(papers),
            aspects=frozenset(aspects),
            counts=counts or {},
            recount=recount,
            queues=frozenset(queues),
            tag_list=tag_list,
            queue_list=queue_list,
            source_list=source_list,
        )

    @classmethod
    def all(cls) -> OpChanges:
        return cls(everything=True)

    @property
    def sidebar(self) -> bool:
        """Whether the sidebar's rows themselves (not only their counts) must be rebuilt."""
        return self.everything or self.tag_list or self.queue_list or self.source_list

    def touches(self, paper_id: int | None) -> bool:
        return self.everything or (paper_id is not None and paper_id in self.papers)

    def reads_any(self, aspects: Iterable[str]) -> bool:
        """Whether a view that depends on these aspects may show other rows or another order."""
        return self.everything or bool(self.aspects & set(aspects))


# What a search field reads; a field not listed reads the listing's own text.
_FIELD_READS = {
    None: (TEXT, TAGS, NOTES),  # a bare word is looked up in the listing, tags and notes
    "note": (NOTES,),
    "tagtext": (TAGS,),
    "tag": (TAGS,),
    "rating": (RATING,),
    "status": (STATUS,),
    "queue": (QUEUE,),
}
_HAS_READS = {"notes": NOTES, "tags": TAGS, "rating": RATING}
SORT_READS = {"rating": RATING, "status": STATUS, "added": None, "id": None}


def aspects_read(search: str) -> frozenset[str]:
    """What a search's matches depend on: a change to anything else keeps them as they are.
    A search that does not parse reads everything (its view reloads and shows the error)."""
    try:
        terms = parse_query(search)
    except QueryError:
        return ASPECTS
    read = {TRASH}
    for term in terms:
        if term.field == "has":
            read.add(_HAS_READS.get(term.value.lower(), TEXT))
        else:
            read.update(_FIELD_READS.get(term.field, (TEXT,)))
    return frozenset(read)


def sort_reads(sort: str | None) -> frozenset[str]:
    """What an order depends on (None: the default order, by when papers were added)."""
    if sort is None:
        return frozenset()
    aspect = SORT_READS.get(sort, TEXT)
    return frozenset() if aspect is None else frozenset({aspect})
