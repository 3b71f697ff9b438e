"""A review posted to a mailing list: the message's head with `Subject: Title`, and the review
opening with the reviewed book's reference wrapped over lines. All texts are made up."""

from __future__ import annotations

from papershelf.importers.pipeline import read_listing

ISSUE = """MADE-UP List 14.2272

Review: Harbour Studies: Quist (2002)

  1. Ben Okafor, Counting Lanterns in Fog

Message 1: Counting Lanterns in Fog

Date: Thu, 28 Aug 2003 14:59:08 +0200
From: Ben Okafor <>
Subject: Counting Lanterns in Fog

Quist, Ada (2002) Counting Lanterns in Fog: Harbours and Their
Lights in Invented Ports, Made-Up Press,
Topics in Lanterns 42.

Reviewed by Ben Okafor, University of Nowhere.
"""


def test_the_reviewed_book_under_the_subject() -> None:
    records = read_listing(ISSUE, "review.txt").records
    assert [(r.title, r.authors, r.date) for r in records] == [
        (
            "Counting Lanterns in Fog: Harbours and Their Lights in Invented Ports",
            ["Quist, Ada"],
            "2002",
        )
    ]
