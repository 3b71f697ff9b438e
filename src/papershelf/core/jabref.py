"""JabRef's own fields for the reader's rating and status: written on export, read on import."""

JABREF_RANKING = {1: "rank1", 2: "rank2", 3: "rank3", 4: "rank4", 5: "rank5"}
READSTATUS = {
    "read": "read",
    "skimmed": "skimmed",
    "reading": "reading",
    "to-read": "toread",
    "dropped": "dropped",
}
