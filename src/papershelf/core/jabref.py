"""JabRef's own fields for the reader's rating and status: written on export, read on import.

JabRef's read status has two values (org.jabref.model.entry.field.SpecialFieldValue: READ,
SKIMMED); the statuses it lacks go in a field of our own, which JabRef keeps untouched. JabRef's
keyword sync clears a special field whose token is missing from `keywords`, so exports mirror them.
"""

JABREF_RANKING = {1: "rank1", 2: "rank2", 3: "rank3", 4: "rank4", 5: "rank5"}
READSTATUS = {"read": "read", "skimmed": "skimmed"}
STATUS_FIELD = "papershelf-status"
OWN_STATUSES = ("to-read", "reading", "dropped")
EXTRA_URLS_FIELD = "urls"  # links after the first, space-separated (a .bib has one `url`)
