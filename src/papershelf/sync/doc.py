"""The shared document (pycrdt) and the library's data mapped onto it (docs/SYNC.md).

papers (root map): gid -> map {init: JSON of the fields at creation, lww: map
"field|device" -> JSON [hlc, value], tags: map name -> true, notes: map note gid -> text,
notes_gone: map note gid -> true, noted: map note gid -> when it was written}.
queue_names (root map): key -> true; per queue a root map `q:<key>` of LWW registers
(exists, name, kind, query) and a root array `qi:<key>` of gids.
tag_colours, source_names (root maps): JSON [tag name or source sha256, device] -> JSON
[hlc, value]; each device writes only its own keys, the greatest stamp wins per name.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from difflib import SequenceMatcher
from typing import Any

from pycrdt import Array, Doc, Map, Text

from papershelf.store.sync_rows import FIELDS, Paper, Queue
from papershelf.sync.hlc import Clock

GONE = "gone"
QUEUE_FIELDS = ("exists", "name", "kind", "query")


def registers(lww: dict[str, str], clock: Clock) -> dict[str, Any]:
    """The winning value of each register (the greatest stamp); moves the clock past all."""
    best: dict[str, tuple[str, Any]] = {}
    for key, raw in lww.items():
        field = key.split("|", 1)[0]
        stamp, value = json.loads(raw)
        clock.seen(stamp)
        if field not in best or stamp > best[field][0]:
            best[field] = (stamp, value)
    return {field: value for field, (_, value) in best.items()}


def one_key_each(views: dict[str, Paper]) -> None:
    """A citation key claimed by papers made on two machines (one listing imported on both)
    stays with the paper of the smallest global id; the others show none. Every machine
    decides the same, and the claims stay in the document (a later winner inherits)."""
    holder: dict[str, str] = {}
    for gid in sorted(views):
        key = views[gid]["fields"].get("citation_key")
        if isinstance(key, str):
            if key.lower() in holder:  # a copy: the entry may be the library's own reading
                fields = views[gid]["fields"] | {"citation_key": None}
                views[gid] = views[gid] | {"fields": fields}
            else:
                holder[key.lower()] = gid


def visible_items(raw: list[str], known: set[str]) -> list[str]:
    """A queue's order: each paper once (its first place), papers not here left out."""
    return [gid for gid in dict.fromkeys(raw) if gid in known]


class SharedDoc:
    """One library's document: read as plain views, written as this device's changes."""

    def __init__(self, doc: Doc[Any], clock: Clock) -> None:
        self.doc = doc
        self.clock = clock
        self.papers: Map[Any] = doc.get("papers", type=Map)
        self.queue_names: Map[Any] = doc.get("queue_names", type=Map)
        self.changed = False  # whether this device wrote anything (deletes leave no clock)
        self.moved = False  # whether anything changed the document, here or from elsewhere
        self._subscriptions: list[tuple[Any, Any]] = [(doc, doc.observe(self._wrote))]

    def _wrote(self, event: Any) -> None:
        if event.update:
            self.changed = self.moved = True

    def close(self) -> None:
        """Stop watching the document (it may serve the next exchange)."""
        for shared, subscription in self._subscriptions:
            shared.unobserve(subscription)
        self._subscriptions.clear()

    # Reading.

    def watch_remote(self) -> tuple[set[str], set[str]]:
        """The papers that changes applied from now on touch, and those among them new to
        this document (both filled as the changes are applied)."""
        touched: set[str] = set()
        arrived: set[str] = set()

        def note(events: list[Any], *_: Any) -> None:
            for event in events:
                path = list(event.path)
                if path:
                    touched.add(str(path[0]))
                    continue
                for gid, change in (event.keys or {}).items():
                    touched.add(gid)
                    if change.get("action") == "add":
                        arrived.add(gid)

        self._subscriptions.append((self.papers, self.papers.observe_deep(note)))
        return touched, arrived

    def paper_views(self, only: Iterable[str] | None = None) -> tuple[dict[str, Paper], set[str]]:
        """Every paper not gone for good (or those of `only`), and the gids of those gone.

        Reading the whole document is linear in the library (pycrdt walks it in Python), so
        an exchange reads only the papers that changed on either side."""
        views: dict[str, Paper] = {}
        gone: set[str] = set()
        entries: Iterable[tuple[str, Any]]
        # Read as JSON (one call into Yrs per paper), five times faster than `to_py`'s walk.
        if only is None:
            entries = json.loads(str(self.papers)).items()
        else:
            entries = ((g, json.loads(str(self.papers[g]))) for g in set(only) if g in self.papers)
        for gid, raw in entries:
            try:
                view = self._paper_view(raw)
            except (ValueError, TypeError, KeyError, AttributeError):
                continue  # a hostile or damaged entry is never applied, not even in part
            if view is None:
                gone.add(gid)
            else:
                views[gid] = view
        if only is None:
            one_key_each(views)
        return views, gone

    def _paper_view(self, raw: dict[str, Any]) -> Paper | None:
        fields = json.loads(raw["init"])
        fields |= registers(raw.get("lww") or {}, self.clock)
        if fields.pop(GONE, False):
            return None
        fields = {field: fields.get(field) for field in FIELDS}
        fields["authors"] = fields["authors"] or []
        fields["urls"] = fields["urls"] or []
        fields["needs_review"] = fields["needs_review"] or []
        notes_gone = raw.get("notes_gone") or {}
        notes = {gid: str(body) for gid, body in (raw.get("notes") or {}).items()}
        noted = raw.get("noted") or {}
        shown = {gid: body for gid, body in notes.items() if gid not in notes_gone}
        return {
            "fields": fields,
            "tags": sorted(raw.get("tags") or {}),
            "notes": shown,
            "noted": {gid: noted.get(gid) for gid in shown},
        }

    def queue_views(self, known: set[str]) -> tuple[dict[str, Queue], set[str]]:
        """Every queue that exists (with the papers of `known` in it), and the keys of those
        deleted."""
        views: dict[str, Queue] = {}
        deleted: set[str] = set()
        for key in self.queue_names.to_py() or {}:
            meta = registers(self._queue_meta(key).to_py() or {}, self.clock)
            if not meta.get("exists"):
                deleted.add(key)
                continue
            views[key] = {
                "name": meta.get("name") or key,
                "kind": meta.get("kind") or "plain",
                "query": meta.get("query"),
                "items": visible_items(
                    [str(g) for g in self._queue_items(key).to_py() or []], known
                ),
            }
        return views, deleted

    def named(self, root: str) -> dict[str, Any]:
        """The winning value per name of a root map of named registers (tag_colours,
        source_names)."""
        best: dict[str, tuple[str, Any]] = {}
        for key, raw in (self.doc.get(root, type=Map).to_py() or {}).items():
            try:
                name, _device = json.loads(key)
                stamp, value = json.loads(raw)
                if not isinstance(name, str):
                    continue
                self.clock.seen(stamp)
            except (ValueError, TypeError, IndexError, AttributeError):
                continue  # a damaged entry is never applied
            if name not in best or stamp > best[name][0]:
                best[name] = (stamp, value)
        return {name: value for name, (_, value) in best.items()}

    def name(self, root: str, name: str, value: Any) -> None:
        """This device's value for a name (its own key: the register of this device)."""
        registers: Map[Any] = self.doc.get(root, type=Map)
        key = json.dumps([name, self.clock.device], ensure_ascii=False)
        registers[key] = json.dumps([self.clock.tick(), value], ensure_ascii=False)

    def queued(self) -> set[str]:
        """The papers in any queue of the document."""
        return {
            str(gid)
            for key in self.queue_names.to_py() or {}
            for gid in self._queue_items(key).to_py() or []
        }

    def _queue_meta(self, key: str) -> Map[Any]:
        meta: Map[Any] = self.doc.get(f"q:{key}", type=Map)
        return meta

    def _queue_items(self, key: str) -> Array[Any]:
        items: Array[Any] = self.doc.get(f"qi:{key}", type=Array)
        return items

    # Writing this device's changes.

    def _register(self, lww: Map[Any], field: str, value: Any) -> None:
        lww[f"{field}|{self.clock.device}"] = json.dumps([self.clock.tick(), value])

    def create_paper(self, gid: str, paper: Paper) -> None:
        self.papers[gid] = Map(
            {
                "init": json.dumps(paper["fields"], ensure_ascii=False),
                "lww": Map(),
                "tags": Map(dict.fromkeys(paper["tags"], True)),
                "notes": Map({note: Text(body) for note, body in paper["notes"].items()}),
                "notes_gone": Map(),
                "noted": Map(paper["noted"]),
            }
        )

    def update_paper(self, gid: str, paper: Paper, view: Paper) -> None:
        entry: Map[Any] = self.papers[gid]
        lww: Map[Any] = entry["lww"]
        for field, value in paper["fields"].items():
            if view["fields"].get(field) != value:
                self._register(lww, field, value)
        tags: Map[Any] = entry["tags"]
        for name in set(paper["tags"]) - set(view["tags"]):
            tags[name] = True
        for name in set(view["tags"]) - set(paper["tags"]):
            if name in tags:
                del tags[name]
        self._update_notes(entry, paper["notes"], view["notes"])
        noted: Map[Any] = entry["noted"]
        for note, created in paper["noted"].items():
            if view["noted"].get(note) != created:
                noted[note] = created

    def _update_notes(self, entry: Map[Any], notes: dict[str, str], seen: dict[str, str]) -> None:
        texts: Map[Any] = entry["notes"]
        gone: Map[Any] = entry["notes_gone"]
        for note, body in notes.items():
            if note in gone:
                del gone[note]  # an undone deletion
            if note not in texts:
                texts[note] = Text(body)
            elif str(texts[note]) != body:
                edit_text(texts[note], body)
        for note in seen.keys() - notes.keys():
            gone[note] = True

    def remove_paper(self, gid: str) -> None:
        self._register(self.papers[gid]["lww"], GONE, True)

    def revive_paper(self, gid: str, paper: Paper) -> None:
        """A paper gone for good is back (an undone merge or emptied trash)."""
        lww: Map[Any] = self.papers[gid]["lww"]
        self._register(lww, GONE, False)
        for field, value in paper["fields"].items():
            self._register(lww, field, value)

    def write_queue(self, key: str, queue: Queue, view: Queue | None, known: set[str]) -> None:
        self.queue_names[key] = True
        meta = self._queue_meta(key)
        shown = view or {"exists": False}
        wanted = {"exists": True, "name": queue["name"], "kind": queue["kind"]}
        wanted["query"] = queue["query"]
        for field, value in wanted.items():
            if field == "exists" and view is not None:
                continue
            if shown.get(field) != value:
                self._register(meta, field, value)
        self._reorder(key, queue["items"], known)

    def remove_queue(self, key: str) -> None:
        self._register(self._queue_meta(key), "exists", False)

    def _reorder(self, key: str, wanted: list[str], known: set[str]) -> None:
        """Edit the queue's array into `wanted` with the fewest deletes and inserts, so that
        concurrent edits elsewhere in the queue survive; papers not here are left in place."""
        items = self._queue_items(key)
        raw = [str(g) for g in items.to_py() or []]
        for index in range(len(raw) - 1, -1, -1):  # drop second places first (keep the first)
            if raw.index(raw[index]) != index:
                del items[index]
        raw = list(dict.fromkeys(raw))
        kept = set(wanted)
        for index in range(len(raw) - 1, -1, -1):  # and papers taken out here
            if raw[index] not in kept and raw[index] in known:
                del items[index]
        raw = [gid for gid in raw if gid in kept or gid not in known]
        shown = [(i, gid) for i, gid in enumerate(raw) if gid in known]
        matcher = SequenceMatcher(a=[gid for _, gid in shown], b=wanted, autojunk=False)
        for tag, a1, a2, b1, b2 in reversed(matcher.get_opcodes()):
            if tag == "equal":
                continue
            at = shown[a1][0] if a1 < len(shown) else len(raw)
            for i in range(a2 - 1, a1 - 1, -1):
                del items[shown[i][0]]
            for offset, gid in enumerate(wanted[b1:b2]):
                items.insert(at + offset, gid)


def edit_text(text: Text, new: str) -> None:
    """Turn `text` into `new` by character edits (not a replacement), so concurrent edits merge."""
    old = str(text)
    matcher = SequenceMatcher(a=old, b=new, autojunk=False)
    for tag, a1, a2, b1, b2 in reversed(matcher.get_opcodes()):
        if tag in ("delete", "replace"):
            del text[a1:a2]
        if tag in ("insert", "replace"):
            text.insert(a1, new[b1:b2])
