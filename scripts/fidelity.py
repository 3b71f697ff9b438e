"""How faithfully the listing importers read real pastes and generated variants of the seeds.

Real pastes: every excerpt in tests/data/listings/ beside its `.expected.json` (the papers a careful
reader finds in it) and its family in MANIFEST.md. Seed variants: each seed re-encoded (cp1252,
UTF-16 with BOM), with CRLF line ends, cut in half, and pasted twice, scored against what the
importer reads from the untouched seed.

Records are matched to expected papers by normalised title; a field counts as right when it equals
the expected value after whitespace normalisation (arXiv ids without their version, DOIs without
case, a URL when it is among the record's URLs, a date when it equals the ISO date or the raw date
text). Records are scored as an import writes them: one the pipeline leaves out as unlike a paper
(unticked in the preview, imported only when asked) is neither found nor extra, and the tables
count those apart ("left out", with how many of them were papers). `make fidelity` prints one
table per family and writes tests/data/listings/fidelity.json;
tests/unit/test_fidelity_floor.py holds the suite at or above those figures.

Held-out pastes: tests/data/listings-holdout/ is a second corpus of real excerpts, collected after
the paste readers were written and never used while writing them. It is scored the same way as its
own table ("holdout") and recorded in tests/data/listings-holdout/fidelity.json. It measured how
the readers do on text nobody tuned them to until those figures were reported; it has been
development data since (see its MANIFEST), and unseen text is measured by a fresh corpus.
tests/data/listings-holdout2/ is a third corpus, collected later from other sources by someone who
had not read the readers; it is scored as its own table
("holdout2") and recorded beside it; it is development data since its first figures were reported
(see its MANIFEST). tests/data/listings-holdout3/ is a fourth corpus, collected
after the second was scored, from sources none of the others uses, by an examiner who did not read
the readers; it is scored as its own table ("holdout3") and recorded beside it; it is development
data since it was scored on 2026-12-01 (74/113 found, 30 extra, 56.3 %; see its MANIFEST).
tests/data/listings-dev3/ is development data
collected from other sources in the shapes the holdout3 report named (reference lists, reading
lists, CJK digests); it is scored as its own table ("dev3") and recorded beside it.
tests/data/listings-holdout4/ is a sixth corpus, collected while the readers were tuned on holdout3,
from sources none of the others uses, by an examiner who did not read the readers; it is scored as
its own table ("holdout4") and recorded beside it; it is development data since it was tuned on in
session 24. tests/data/listings-holdout5/ is a seventh corpus, collected the same way from sources
none of the others uses; it is scored as its own table ("holdout5") and recorded beside it, and is
development data since session 25 (73/153 found, 72 extra, 47.9 % when it was unseen).
tests/data/listings-holdout6/ is an eighth corpus, collected the same way from sources none of the
seven others uses; it is scored as its own table ("holdout6") and recorded beside it, and is
development data since session 26 (161/213 found, 21 extra, 69.8 % when it was unseen).
tests/data/listings-holdout7/ is a ninth corpus, collected the same way from sources none of the
eight others uses; it is scored as its own table ("holdout7") and recorded beside it, and is
development data since session 27 (100/200 found, 25 extra, 45.2 % when it was unseen).
tests/data/listings-holdout8/ is a tenth corpus, collected the same way from sources none of the
nine others uses; it is scored as its own table ("holdout8") and recorded beside it, and is
development data since session 27 (143/191 found, 15 extra, 69.1 % when it was unseen).
tests/data/listings-holdout9/ is an eleventh corpus, collected the same way from sources none of
the ten others uses; it is scored as its own table ("holdout9") and recorded beside it, and is
development data since session 28 (95/175 found, 23 extra, 49.5 % when it was unseen).
tests/data/listings-holdout10/ and tests/data/listings-holdout11/ are a twelfth and a thirteenth
corpus, collected the same way in session 28 by two examiners, each from sources none of the
others uses; each is scored as its own table and recorded beside it, and both are development
data since the same session (measured unseen together: holdout10 122/168 found, 22 extra, 66.0 %;
holdout11 72/149 found, 51 extra, 48.9 %; see their MANIFESTs). Unseen text is measured by a
fresh corpus each session.
tests/data/listings-holdout12/ and tests/data/listings-holdout13/ are a fourteenth and a fifteenth
corpus, collected the same way in session 29 by two examiners, each from sources none of the others
uses (holdout12: pages captured from sites; holdout13: lists people write, in many fields and
languages); each is scored as its own table and recorded beside it, and both are development data
since the same session (measured unseen together: holdout12 58/151 found, 51 extra, 32.8 %;
holdout13 107/195 found, 42 extra, 54.0 %; see their MANIFESTs).
tests/data/listings-holdout14/ is a sixteenth corpus, collected the same way in session 29 from
sources none of the earlier corpora uses (a mix: pages captured from sites and lists people write,
in many fields and languages); it is scored as its own table ("holdout14") and recorded beside it,
and is development data since session 30 (measured unseen: 98/150 found, 33 extra, 54.5 %).
tests/data/listings-holdout15/ is a seventeenth corpus, collected the same way in session 30 from
sources none of the earlier corpora uses (pages captured from sites: article and preprint pages,
tables of contents, programmes, digests and publication lists, in many fields and languages); it is
scored as its own table ("holdout15") and recorded beside it; development data since session 30
(measured unseen: 54/151 found, 24 extra, 38.5 %).
tests/data/listings-holdout16/ is an eighteenth corpus, collected the same way in session 30 from
sources none of the earlier corpora uses (lists people write: reading lists, syllabi, lab wikis,
bibliographies and reference lists in many citation styles, fields and languages); it is scored as
its own table ("holdout16") and recorded beside it; development data since session 30 (measured
unseen: 102/199 found, 39 extra, 52.5 %).
tests/data/listings-holdout17/ is a nineteenth corpus, collected the same way in session 30 from
sources none of the earlier corpora uses (a mix: pages captured from sites — article pages, a journal
home page, a mailing-list issue, a programme, a digest — and lists people write — syllabi, reading
lists, journal clubs, bibliographies — in many fields and languages); it is scored as its own table
("holdout17") and recorded beside it; development data since session 30 (measured unseen: 87/156
found, 36 extra, 54.8 %).
tests/data/listings-holdout18/ is a twentieth corpus, collected the same way in session 30 from
sources none of the earlier corpora uses (a mix: pages captured from sites — article pages, feeds,
conference programmes, arXiv digests, document-sharing transcripts — and lists people write —
reading lists, journal clubs, course references, bibliographies — in many fields and languages); it
is scored as its own table ("holdout18") and recorded beside it; it was measured unseen in session
30 and is development data since session 31.
tests/data/listings-holdout19/ is a twenty-first corpus, collected the same way in session 31 from
sources none of the earlier corpora uses (a mix: pages captured from sites — article pages of
journals, PubMed, PMC and Korean, Russian, Italian and German sites, a conference programme,
generated journal digests, a paper-digest site, a blog's review table — and lists people write — lab
and CV publication lists, reading lists, bibliographies, workshop programmes, link logs — in many
fields and languages); it is scored as its own table ("holdout19") and recorded beside it; it was
measured unseen in session 31 (82/198 found, 32 extra, 44.3 %) and is development data since
session 32.
tests/data/listings-holdout20/ is a twenty-second corpus, collected the same way in session 31 from
sources none of the earlier corpora uses (a mix: pages captured from sites — article pages, journal
tables of contents, lab and news pages, a conference programme — and lists people write — reading
lists, journal clubs, lab minutes, course references, bibliographies, generated digests — in many
fields and languages); it is scored as its own table ("holdout20") and recorded beside it; it was
measured unseen in session 31 (93/151 found, 24 extra, 60.2 %) and is development data since
session 32.
tests/data/listings-holdout21/ is a twenty-third corpus, collected the same way in session 32 from
sources none of the earlier corpora uses (a mix: pages captured from sites — publisher article and
issue pages, a PubMed page, a paper aggregator, a conference's short papers, lab and news pages — and
lists people write — syllabi, reading lists, journal clubs, bibliographies, thesis citations, digests
and notes — in many fields and several languages); it is scored as its own table ("holdout21") and
recorded beside it; it was measured unseen in session 32 (119/160 found, 38 extra, 71.0 %) and is
development data since session 33.
tests/data/listings-holdout22/ is a twenty-fourth corpus, collected the same way in session 32 from
sources none of the earlier corpora uses (a mix: pages captured from sites — journal article and
highlight pages, a journal's editor's-choice list, issue indexes, a preprint server's listing, a
repository record, a conference programme, college news — and lists people write — reading lists,
seminar and reading-group pages, lab publication pages, course readings, bibliographies, a thesis
table — in many fields and languages); it is scored as its own table ("holdout22") and recorded
beside it; it was measured unseen in session 32 (119/167 found, 21 extra, 67.3 %) and is development
data since session 33.
tests/data/listings-holdout23/ and -holdout24/ are a twenty-fifth and twenty-sixth corpus, collected
the same way at the end of session 32 (mixes of pages captured from sites and lists people write, in
many fields and languages); each is scored as its own table and recorded beside it; they were
measured unseen at the end of session 32 (90/177 found, 31 extra, 50.4 %; 104/168, 29 extra,
53.5 %) and are development data since session 33.
tests/data/listings-holdout25/ and -holdout26/ are a twenty-seventh and twenty-eighth corpus,
collected the same way at the start of session 33 (mixes of pages captured from sites and lists
people write, in many fields and several languages); each is scored as its own table ("holdout25",
"holdout26") and recorded beside it; they were measured unseen in session 33 (122/168 found, 46
extra, 69.8 %; 95/161, 42 extra, 56.3 %) and are development data since session 34.
tests/data/listings-holdout27/ is a twenty-ninth corpus, collected the same way in session 34 (a mix
of pages captured from sites and lists people write, in many fields and several languages); it is
scored as its own table ("holdout27") and recorded beside it; it was measured unseen in session 34
(93/197 found, 46 extra, 45.5 %) and is development data since session 35.
tests/data/listings-holdout28/ is a thirtieth corpus, collected the same way in session 34 (a mix of
pages captured from sites and lists people write, in many fields and several languages); it is
scored as its own table ("holdout28") and recorded beside it; it was measured unseen in session 34
(154/196 found, 20 extra, 74.4 %) and is development data since session 35.
tests/data/listings-holdout29/ is a thirty-first corpus, collected the same way in session 35 (a mix
of pages captured from sites and lists people write, in many fields and several languages); it is
scored as its own table ("holdout29") and recorded beside it; it was measured unseen in session 35
(82/190 found, 36 extra, 46.9 % with the session's first readers; 78, 26 extra, 45.3 % with its
last) and is development data since session 36.
tests/data/listings-holdout30/ is a thirty-second corpus, collected the same way in session 35 (a
mix of pages captured from sites and lists people write, in many fields and several languages); it
is scored as its own table ("holdout30") and recorded beside it; it was measured unseen in session
35 (77/154 found, 44 extra, 47.2 % with the session's first readers; 75, 35 extra, 46.4 % with its
last) and is development data since session 36.
tests/data/listings-holdout31/ is a thirty-third corpus, collected the same way in session 36 (a
mix of pages captured from sites and lists people write, in many fields and several languages); it
is scored as its own table ("holdout31") and recorded beside it; it was measured unseen in session
36 (96/154 found, 18 extra, 63.6 % with the session's first readers; 98, 17 extra, 64.8 % with its
last) and is development data since session 37.
tests/data/listings-holdout32/ is a thirty-fourth corpus, collected the same way in session 36 (a
mix of pages captured from sites and lists people write, in many fields and several languages); it
is scored as its own table ("holdout32") and recorded beside it; it was measured unseen in session
36 (59/166 found, 25 extra, 40.9 % with the session's first readers; 60, 25 extra, 41.6 % with its
last) and is development data since session 37.
tests/data/listings-holdout33/ is a thirty-fifth corpus, collected the same way in session 37 (a
mix of pages captured from sites and lists people write, leaning towards medicine, chemistry,
engineering, mathematics and statistics, in several languages); it is scored as its own table
("holdout33") and recorded beside it; it was measured unseen in session 37 (107/166 found, 30
extra, 63.5 % with the session's first readers; 108, 31 extra, 64.3 % with its last) and is
development data since session 38.
tests/data/listings-holdout34/ is a thirty-sixth corpus, collected the same way in session 37 (a
mix of pages captured from sites and lists people write, in many fields and several languages); it
is scored as its own table ("holdout34") and recorded beside it; it was measured unseen in session
37 (77/167 found, 41 extra, 44.6 % with the session's first readers; 77, 42 extra, 44.6 % with its
last) and is development data since session 38.
tests/data/listings-holdout35/ is a thirty-seventh corpus, collected the same way in session 38 (a
mix of pages captured from sites and lists people write, leaning towards computer science and
software engineering, biology and ecology, economics and finance and education, a third of it
machine-learning papers, in several languages); it is scored as its own table ("holdout35") and
recorded beside it; it was measured unseen in session 38 (88/159 found, 21 extra, 55.4 % with the
session's first readers; the same with its last) and is development data since session 39.
tests/data/listings-holdout36/ is a thirty-eighth corpus, collected the same way in session 38 (a
mix of pages captured from sites and lists people write, leaning towards law, linguistics,
psychology and neuroscience, agriculture and food science, history and philosophy, with a third of
its files on machine learning, in several languages); it is scored as its own table ("holdout36")
and recorded beside it; it was measured unseen in session 38 (85/171 found, 39 extra, 44.8 % with
the session's first readers; 84, 39 extra, 44.4 % with its last) and is development data since
session 39.
tests/data/listings-holdout37/ is a thirty-ninth corpus, collected the same way in session 39 (a
mix of pages captured from sites and lists people write, leaning towards medicine and public health,
physics and astronomy, chemistry and materials science, mathematics and statistics, history and art
history, and architecture and urban studies, with a third of its files on machine learning, in
several languages); it is scored as its own table ("holdout37") and recorded beside it; it was
measured unseen in session 39 (124/175 found, 32 extra, 66.7 % with the session's first readers;
125, 32 extra, 67.1 % with its last) and is development data since session 40.
tests/data/listings-holdout38/ is a fortieth corpus, collected the same way in session 39 (a mix
of pages captured from sites and lists people write, leaning towards sociology and political
science, environmental and climate science, music and media studies, nursing and clinical research
and engineering and robotics, with more than half of its files on machine learning and computer
science, in several languages); it is scored as its own table ("holdout38") and recorded beside
it; it was measured unseen in session 39 (116/179 found, 36 extra, 63.3 % with the session's first
readers; 116, 37 extra, 63.3 % with its last) and is development data since session 40.
tests/data/listings-holdout39/ is a forty-first corpus, collected the same way in session 40 (a mix
of pages captured from sites and lists people write, leaning towards economics and finance,
linguistics and education, chemistry and biochemistry, epidemiology and public health, law and
philosophy, and agriculture and ecology, with more than half of its files on machine learning and
computer science, in several languages); it is scored as its own table ("holdout39") and recorded
beside it; it was measured unseen in session 40 (97/148 found, 23 extra, 68.3 % with the session's
first readers and with its last) and is development data since session 41.
tests/data/listings-holdout40/ is a forty-second corpus, collected the same way in session 40 (a
mix of pages captured from sites and lists people write, leaning towards neuroscience and
psychology, genomics and molecular biology, history and archaeology, geography and transport,
computer security, systems and human-computer interaction, and business and management, with more
than half of its files on machine learning and computer science, in several languages); it is
scored as its own table ("holdout40") and recorded beside it; it was measured unseen in session 40
(135/183 found, 23 extra, 64.4 % with the session's first readers and with its last) and is
development data since session 41.
tests/data/listings-holdout41/ is a forty-third corpus, collected the same way in session 41 (a
mix of pages captured from sites and lists people write, leaning towards physics and astronomy,
materials science, mathematics and statistics, sociology and political science, climate and
environmental science, and clinical medicine, with more than half of its files on machine learning
and computer science, in several languages); it is scored as its own table ("holdout41") and recorded
beside it; it was measured unseen in session 41 (100/161 found, 26 extra, 67.1 % with the session's
first readers and with its last) and is development data since session 42.
tests/data/listings-holdout42/ is a forty-fourth corpus, collected the same way in session 41 (a
mix of pages captured from sites and lists people write, leaning towards pharmacology and nursing,
architecture and urban planning, music and the arts, energy and electrical engineering, robotics
and control, and anthropology and media studies, with more than half of its files on machine
learning and computer science, in several languages); it is scored as its own table ("holdout42") and recorded
beside it; it was measured unseen in session 41 (102/176 found, 39 extra, 58.0 % with the session's
first readers; 45 extra with its last) and is development data since session 42.
tests/data/listings-holdout43/ is a forty-fifth corpus, collected the same way in session 42 (a
mix of pages captured from sites and lists people write, leaning towards economics and finance,
linguistics, neuroscience and psychology, ecology and agriculture, civil engineering, and history
and philosophy, with more than half of its files on machine learning and computer science, in
several languages); it is scored as its own table ("holdout43") and recorded
beside it; it was measured unseen in session 42 (100/167 found, 24 extra, 63.5 % with the session's
first readers; 29 extra with its last) and is development data since session 43.
tests/data/listings-holdout44/ is a forty-sixth corpus, collected the same way in session 42 (a
mix of pages captured from sites and lists people write, leaning towards chemistry and
biochemistry, genomics and bioinformatics, public health and epidemiology, law, education research,
and geoscience and oceanography, with more than half of its files on machine learning and computer
science, in several languages); it is scored as its own table ("holdout44") and recorded
beside it; it was measured unseen in session 42 (90/172 found, 30 extra, 52.6 % with the session's
first readers; 97/172, 32 extra, 53.9 % with its last) and is development data since session 43.
tests/data/listings-holdout45/ is a forty-seventh corpus, collected the same way in session 43 (a
mix of pages captured from sites and lists people write, leaning towards materials science and
physics, astronomy and astrophysics, mathematics and statistics, sociology and political science,
robotics, and clinical medicine and radiology, with more than half of its files on machine learning
and computer science, in several languages); it is scored as its own table ("holdout45") and is a
fresh figure for unseen text until someone tunes a reader on it.
tests/data/listings-holdout46/ is a forty-eighth corpus, collected the same way in session 43 (a
mix of pages captured from sites and lists people write, leaning towards climate science and
energy, computational biology and drug discovery, human-computer interaction, architecture and
urban planning, music and the arts, and management and marketing, with at least half of its files
on machine learning and computer science, in several languages); it is scored as its own table
("holdout46") and is a fresh figure for unseen text until someone tunes a reader on it.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import unicodedata
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from papershelf.core.errors import ImportFailed
from papershelf.core.records import PaperRecord
from papershelf.files import write_atomic
from papershelf.importers import parse_bytes

ROOT = Path(__file__).resolve().parent.parent
LISTINGS = ROOT / "tests" / "data" / "listings"
SEEDS = ROOT / "seeds"
RESULTS = LISTINGS / "fidelity.json"
HOLDOUT = ROOT / "tests" / "data" / "listings-holdout"
HOLDOUT_RESULTS = HOLDOUT / "fidelity.json"
HOLDOUT2 = ROOT / "tests" / "data" / "listings-holdout2"
HOLDOUT2_RESULTS = HOLDOUT2 / "fidelity.json"
HOLDOUT3 = ROOT / "tests" / "data" / "listings-holdout3"
HOLDOUT3_RESULTS = HOLDOUT3 / "fidelity.json"
HOLDOUT4 = ROOT / "tests" / "data" / "listings-holdout4"
HOLDOUT4_RESULTS = HOLDOUT4 / "fidelity.json"
HOLDOUT5 = ROOT / "tests" / "data" / "listings-holdout5"
HOLDOUT5_RESULTS = HOLDOUT5 / "fidelity.json"
HOLDOUT6 = ROOT / "tests" / "data" / "listings-holdout6"
HOLDOUT6_RESULTS = HOLDOUT6 / "fidelity.json"
HOLDOUT7 = ROOT / "tests" / "data" / "listings-holdout7"
HOLDOUT7_RESULTS = HOLDOUT7 / "fidelity.json"
HOLDOUT8 = ROOT / "tests" / "data" / "listings-holdout8"
HOLDOUT8_RESULTS = HOLDOUT8 / "fidelity.json"
HOLDOUT9 = ROOT / "tests" / "data" / "listings-holdout9"
HOLDOUT9_RESULTS = HOLDOUT9 / "fidelity.json"
HOLDOUT10 = ROOT / "tests" / "data" / "listings-holdout10"
HOLDOUT10_RESULTS = HOLDOUT10 / "fidelity.json"
HOLDOUT11 = ROOT / "tests" / "data" / "listings-holdout11"
HOLDOUT11_RESULTS = HOLDOUT11 / "fidelity.json"
HOLDOUT12 = ROOT / "tests" / "data" / "listings-holdout12"
HOLDOUT12_RESULTS = HOLDOUT12 / "fidelity.json"
HOLDOUT13 = ROOT / "tests" / "data" / "listings-holdout13"
HOLDOUT13_RESULTS = HOLDOUT13 / "fidelity.json"
HOLDOUT14 = ROOT / "tests" / "data" / "listings-holdout14"
HOLDOUT14_RESULTS = HOLDOUT14 / "fidelity.json"
HOLDOUT15 = ROOT / "tests" / "data" / "listings-holdout15"
HOLDOUT15_RESULTS = HOLDOUT15 / "fidelity.json"
HOLDOUT16 = ROOT / "tests" / "data" / "listings-holdout16"
HOLDOUT16_RESULTS = HOLDOUT16 / "fidelity.json"
HOLDOUT17 = ROOT / "tests" / "data" / "listings-holdout17"
HOLDOUT17_RESULTS = HOLDOUT17 / "fidelity.json"
HOLDOUT18 = ROOT / "tests" / "data" / "listings-holdout18"
HOLDOUT18_RESULTS = HOLDOUT18 / "fidelity.json"
HOLDOUT19 = ROOT / "tests" / "data" / "listings-holdout19"
HOLDOUT19_RESULTS = HOLDOUT19 / "fidelity.json"
HOLDOUT20 = ROOT / "tests" / "data" / "listings-holdout20"
HOLDOUT20_RESULTS = HOLDOUT20 / "fidelity.json"
HOLDOUT21 = ROOT / "tests" / "data" / "listings-holdout21"
HOLDOUT21_RESULTS = HOLDOUT21 / "fidelity.json"
HOLDOUT22 = ROOT / "tests" / "data" / "listings-holdout22"
HOLDOUT22_RESULTS = HOLDOUT22 / "fidelity.json"
HOLDOUT23 = ROOT / "tests" / "data" / "listings-holdout23"
HOLDOUT23_RESULTS = HOLDOUT23 / "fidelity.json"
HOLDOUT24 = ROOT / "tests" / "data" / "listings-holdout24"
HOLDOUT24_RESULTS = HOLDOUT24 / "fidelity.json"
HOLDOUT25 = ROOT / "tests" / "data" / "listings-holdout25"
HOLDOUT25_RESULTS = HOLDOUT25 / "fidelity.json"
HOLDOUT26 = ROOT / "tests" / "data" / "listings-holdout26"
HOLDOUT26_RESULTS = HOLDOUT26 / "fidelity.json"
HOLDOUT27 = ROOT / "tests" / "data" / "listings-holdout27"
HOLDOUT27_RESULTS = HOLDOUT27 / "fidelity.json"
HOLDOUT28 = ROOT / "tests" / "data" / "listings-holdout28"
HOLDOUT28_RESULTS = HOLDOUT28 / "fidelity.json"
HOLDOUT29 = ROOT / "tests" / "data" / "listings-holdout29"
HOLDOUT29_RESULTS = HOLDOUT29 / "fidelity.json"
HOLDOUT30 = ROOT / "tests" / "data" / "listings-holdout30"
HOLDOUT30_RESULTS = HOLDOUT30 / "fidelity.json"
HOLDOUT31 = ROOT / "tests" / "data" / "listings-holdout31"
HOLDOUT31_RESULTS = HOLDOUT31 / "fidelity.json"
HOLDOUT32 = ROOT / "tests" / "data" / "listings-holdout32"
HOLDOUT32_RESULTS = HOLDOUT32 / "fidelity.json"
HOLDOUT33 = ROOT / "tests" / "data" / "listings-holdout33"
HOLDOUT33_RESULTS = HOLDOUT33 / "fidelity.json"
HOLDOUT34 = ROOT / "tests" / "data" / "listings-holdout34"
HOLDOUT34_RESULTS = HOLDOUT34 / "fidelity.json"
HOLDOUT35 = ROOT / "tests" / "data" / "listings-holdout35"
HOLDOUT35_RESULTS = HOLDOUT35 / "fidelity.json"
HOLDOUT36 = ROOT / "tests" / "data" / "listings-holdout36"
HOLDOUT36_RESULTS = HOLDOUT36 / "fidelity.json"
HOLDOUT37 = ROOT / "tests" / "data" / "listings-holdout37"
HOLDOUT37_RESULTS = HOLDOUT37 / "fidelity.json"
HOLDOUT38 = ROOT / "tests" / "data" / "listings-holdout38"
HOLDOUT38_RESULTS = HOLDOUT38 / "fidelity.json"
HOLDOUT39 = ROOT / "tests" / "data" / "listings-holdout39"
HOLDOUT39_RESULTS = HOLDOUT39 / "fidelity.json"
HOLDOUT40 = ROOT / "tests" / "data" / "listings-holdout40"
HOLDOUT40_RESULTS = HOLDOUT40 / "fidelity.json"
HOLDOUT41 = ROOT / "tests" / "data" / "listings-holdout41"
HOLDOUT41_RESULTS = HOLDOUT41 / "fidelity.json"
HOLDOUT42 = ROOT / "tests" / "data" / "listings-holdout42"
HOLDOUT42_RESULTS = HOLDOUT42 / "fidelity.json"
HOLDOUT43 = ROOT / "tests" / "data" / "listings-holdout43"
HOLDOUT43_RESULTS = HOLDOUT43 / "fidelity.json"
HOLDOUT44 = ROOT / "tests" / "data" / "listings-holdout44"
HOLDOUT44_RESULTS = HOLDOUT44 / "fidelity.json"
HOLDOUT45 = ROOT / "tests" / "data" / "listings-holdout45"
HOLDOUT45_RESULTS = HOLDOUT45 / "fidelity.json"
HOLDOUT46 = ROOT / "tests" / "data" / "listings-holdout46"
HOLDOUT46_RESULTS = HOLDOUT46 / "fidelity.json"
DEV3 = ROOT / "tests" / "data" / "listings-dev3"
DEV3_RESULTS = DEV3 / "fidelity.json"
FIELDS = ("title", "authors", "date", "arxiv_id", "doi", "url", "abstract")
EXCERPT_SUFFIXES = (".md", ".html", ".txt")

Paper = dict[str, Any]


@dataclass
class Tally:
    """Counts for one file or a group of files; fields map to [right, expected]."""

    files: int = 0
    refused: int = 0
    expected: int = 0
    found: int = 0
    extra: int = 0
    fields: dict[str, list[int]] = field(default_factory=lambda: {f: [0, 0] for f in FIELDS})
    # Records read but left out as unlike papers (unticked in the preview, not imported unless
    # asked): neither found nor extra above; how many there were, and how many were papers.
    left_out: int = 0
    left_out_papers: int = 0

    def add(self, other: Tally) -> None:
        self.files += other.files
        self.refused += other.refused
        self.expected += other.expected
        self.found += other.found
        self.extra += other.extra
        self.left_out += other.left_out
        self.left_out_papers += other.left_out_papers
        for name, (right, total) in other.fields.items():
            self.fields[name][0] += right
            self.fields[name][1] += total

    def field_accuracy(self) -> float:
        right = sum(r for r, _ in self.fields.values())
        total = sum(t for _, t in self.fields.values())
        return right / total if total else 1.0

    def to_json(self) -> dict[str, Any]:
        return {
            "files": self.files,
            "refused": self.refused,
            "expected": self.expected,
            "found": self.found,
            "extra": self.extra,
            "left_out": self.left_out,
            "left_out_papers": self.left_out_papers,
            "fields": {name: {"right": r, "total": t} for name, (r, t) in self.fields.items()},
            "field_accuracy": round(self.field_accuracy(), 4),
        }


def squash(value: str) -> str:
    return " ".join(value.split())


def title_key(title: str) -> str:
    """Case, accents of width, punctuation and spacing do not tell two titles apart."""
    folded = unicodedata.normalize("NFKC", title).casefold()
    return " ".join("".join(ch if ch.isalnum() else " " for ch in folded).split())


def arxiv_base(value: str) -> str:
    return re.sub(r"v\d+$", "", value.strip().lower().removeprefix("arxiv:"))


def record_paper(record: PaperRecord) -> Paper:
    """The fields of a record in the shape of an expected paper (several candidates per date)."""
    return {
        "title": record.title,
        "authors": list(record.authors),
        "date": [d for d in (record.date, record.date_text, record.date_partial) if d],
        "arxiv_id": record.arxiv_id,
        "doi": record.doi,
        "url": list(record.urls),
        "abstract": record.abstract,
    }


def field_right(name: str, expected: Any, found: Paper) -> bool:
    got = found[name]
    if name == "authors":
        return [squash(a) for a in expected] == [squash(a) for a in got]
    if name == "date":
        return squash(expected) in {squash(d) for d in got}
    if name == "url":
        return squash(expected) in {squash(u) for u in got}
    if not got:
        return False
    if name == "arxiv_id":
        return arxiv_base(expected) == arxiv_base(got)
    if name == "doi":
        return squash(expected).lower() == squash(got).lower()
    return squash(expected) == squash(got)


def has_value(value: Any) -> bool:
    return value not in (None, "", [])


def score(
    expected: list[Paper], records: list[PaperRecord], ignore: frozenset[str] = frozenset()
) -> Tally:
    """Match records to expected papers by title and count papers, extras and right fields."""
    tally = Tally(files=1, expected=len(expected))
    unused = [record_paper(r) for r in records]
    for paper in expected:
        match = next(
            (r for r in unused if title_key(r["title"]) == title_key(paper["title"])), None
        )
        if match is not None:
            unused.remove(match)
            tally.found += 1
        for name in FIELDS:
            if has_value(paper.get(name)):
                tally.fields[name][1] += 1
                if match is not None and field_right(name, paper[name], match):
                    tally.fields[name][0] += 1
    tally.extra = sum(1 for r in unused if title_key(r["title"]) not in ignore)
    return tally


def read_records(data: bytes, name: str) -> list[PaperRecord] | None:
    """What the import pipeline reads from these bytes; None when it refuses the file."""
    try:
        return parse_bytes(data, name).result.records
    except ImportFailed:
        return None


def score_bytes(
    data: bytes, name: str, expected: list[Paper], ignore: frozenset[str] = frozenset()
) -> Tally:
    records = read_records(data, name)
    if records is None:
        refused = score(expected, [])
        refused.refused = 1
        return refused
    # Scored as an import writes them: the records left out are counted apart.
    imported = [record for record in records if not record.left_out]
    tally = score(expected, imported, ignore)
    tally.left_out = len(records) - len(imported)
    tally.left_out_papers = score(expected, records, ignore).found - tally.found
    return tally


# --- real pastes -------------------------------------------------------------------------------


def manifest_families(listings: Path = LISTINGS) -> dict[str, str]:
    """Excerpt file name -> layout family, from the MANIFEST table's first and last columns."""
    families = {}
    for line in (listings / "MANIFEST.md").read_text(encoding="utf-8").splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) >= 5 and cells[0].startswith("`") and cells[0][1:4].isdigit():
            families[cells[0].strip("`")] = cells[-1]
    return families


def excerpts(listings: Path = LISTINGS) -> Iterator[Path]:
    for path in sorted(listings.iterdir()):
        if path.name[:3].isdigit() and path.suffix in EXCERPT_SUFFIXES:
            yield path


def expected_papers(excerpt: Path) -> list[Paper]:
    stem = excerpt.name.removesuffix(excerpt.suffix)
    papers: list[Paper] = json.loads((excerpt.parent / f"{stem}.expected.json").read_text("utf-8"))
    return papers


def held_out(name: str) -> bool:
    """Every fifth excerpt (005, 010, …) was set aside before the paste readers were written:
    it scores how they do on pastes their author never looked at."""
    return int(name[:3]) % 5 == 0


SPLITS: dict[str, Callable[[str], bool]] = {
    "all": lambda _name: True,
    "dev": lambda name: not held_out(name),
    "held-out": held_out,
}


def score_real(
    listings: Path = LISTINGS, split: str = "all"
) -> tuple[dict[str, Tally], dict[str, Tally]]:
    """Per-family and per-file tallies over the real excerpts (of one split)."""
    families = manifest_families(listings)
    by_family: dict[str, Tally] = {}
    by_file: dict[str, Tally] = {}
    for path in excerpts(listings):
        if not SPLITS[split](path.name):
            continue
        tally = score_bytes(path.read_bytes(), path.name, expected_papers(path))
        by_file[path.name] = tally
        by_family.setdefault(families[path.name], Tally()).add(tally)
    return by_family, by_file


# --- generated variants of the seeds -----------------------------------------------------------


def reference_paper(record: PaperRecord) -> Paper:
    """What the untouched seed gives, as the expectation for its variants."""
    return {
        "title": record.title,
        "authors": list(record.authors),
        "date": record.date or record.date_text,
        "arxiv_id": record.arxiv_id,
        "doi": record.doi,
        "url": record.urls[0] if record.urls else None,
        "abstract": record.abstract or None,
    }


@dataclass(frozen=True)
class Variant:
    """Bytes to import, the papers they should give, and titles neither expected nor extra."""

    data: bytes
    expected: list[Paper]
    ignore: frozenset[str] = frozenset()


def encoded(encoding: str) -> Callable[[str, list[PaperRecord]], Variant | None]:
    def make(text: str, records: list[PaperRecord]) -> Variant | None:
        try:
            data = text.encode(encoding)
        except UnicodeEncodeError:
            return None  # the seed holds characters this encoding cannot carry
        return Variant(data, [reference_paper(r) for r in records])

    return make


def crlf(text: str, records: list[PaperRecord]) -> Variant:
    return Variant(
        text.replace("\n", "\r\n").encode("utf-8"), [reference_paper(r) for r in records]
    )


def truncated(text: str, records: list[PaperRecord]) -> Variant:
    """The first half of the lines; the paper the cut runs through is neither expected nor extra."""
    lines = text.split("\n")
    cut = len(lines) // 2
    before = [r for r in records if r.line <= cut]
    whole, partial = before[:-1], before[-1:]
    return Variant(
        "\n".join(lines[:cut]).encode("utf-8"),
        [reference_paper(r) for r in whole],
        frozenset(title_key(r.title) for r in partial),
    )


def doubled(text: str, records: list[PaperRecord]) -> Variant:
    """The same listing pasted twice: the same papers, each once; the repeats are extra."""
    return Variant(f"{text}\n\n{text}".encode(), [reference_paper(r) for r in records])


VARIANTS: dict[str, Callable[[str, list[PaperRecord]], Variant | None]] = {
    "cp1252": encoded("cp1252"),
    "utf16-bom": encoded("utf-16"),
    "crlf": crlf,
    "truncated": truncated,
    "doubled": doubled,
}


def score_variants(seeds: Path = SEEDS) -> dict[str, Tally]:
    by_variant: dict[str, Tally] = {}
    for seed in sorted(seeds.glob("*.txt")):
        data = seed.read_bytes()
        text = data.decode("utf-8")
        records = read_records(data, seed.name) or []
        for name, make in VARIANTS.items():
            variant = make(text, records)
            if variant is None:
                continue
            tally = score_bytes(
                variant.data, f"{seed.name} ({name})", variant.expected, variant.ignore
            )
            by_variant.setdefault(name, Tally()).add(tally)
    return by_variant


# --- report -------------------------------------------------------------------------------------


def total(tallies: dict[str, Tally]) -> Tally:
    whole = Tally()
    for tally in tallies.values():
        whole.add(tally)
    return whole


def percent(right: int, count: int) -> str:
    return f"{100 * right / count:.0f}%" if count else "-"


def table(title: str, tallies: dict[str, Tally]) -> str:
    head = ["group", "files", "expected", "found", "extra", "refused", "left out (papers)"]
    head += [*FIELDS, "all fields"]
    rows = [f"### {title}", "", "| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    for name, tally in [*sorted(tallies.items()), ("**total**", total(tallies))]:
        cells = [name, tally.files, tally.expected, tally.found, tally.extra, tally.refused]
        cells.append(f"{tally.left_out} ({tally.left_out_papers})")
        cells += [percent(*tally.fields[f]) for f in FIELDS]
        cells.append(f"{100 * tally.field_accuracy():.1f}%")
        rows.append("| " + " | ".join(str(c) for c in cells) + " |")
    return "\n".join(rows)


def results() -> tuple[dict[str, Any], dict[str, Tally], dict[str, Tally]]:
    """The figures to record, and the tallies behind the two tables."""
    by_family, by_file = score_real()
    by_variant = score_variants()
    splits = {name: total(score_real(split=name)[0]).to_json() for name in ("dev", "held-out")}
    return (
        {
            "real": {
                "families": {name: t.to_json() for name, t in sorted(by_family.items())},
                "total": total(by_family).to_json(),
                "splits": splits,
                "files": {name: t.to_json() for name, t in sorted(by_file.items())},
            },
            "seed_variants": {
                "variants": {name: t.to_json() for name, t in sorted(by_variant.items())},
                "total": total(by_variant).to_json(),
            },
        },
        by_family,
        by_variant,
    )


def holdout_results(
    holdout: Path = HOLDOUT, name: str = "holdout"
) -> tuple[dict[str, Any], dict[str, Tally]]:
    """A held-out corpus's figures to record (under `name`), and its per-family tallies."""
    by_family, by_file = score_real(holdout)
    figures = {
        name: {
            "families": {name: t.to_json() for name, t in sorted(by_family.items())},
            "total": total(by_family).to_json(),
            "files": {name: t.to_json() for name, t in sorted(by_file.items())},
        }
    }
    return figures, by_family


def record(path: Path, figures: dict[str, Any]) -> None:
    write_atomic(path, json.dumps(figures, indent=1, ensure_ascii=False) + "\n")
    print(f"wrote {path.relative_to(ROOT)}")


# The corpora beyond tests/data/listings, in the order their tables print: folder, the file its
# figures are recorded in, its key there, and its table's caption (since when it is development
# data, or that it is unseen).
CORPUS_TABLES: tuple[tuple[Path, Path, str, str], ...] = (
    (
        HOLDOUT,
        HOLDOUT_RESULTS,
        "holdout",
        "holdout: listings-holdout (development data since its figures were reported)",
    ),
    (
        HOLDOUT2,
        HOLDOUT2_RESULTS,
        "holdout2",
        "holdout2: listings-holdout2 (development data since its figures were reported)",
    ),
    (
        DEV3,
        DEV3_RESULTS,
        "dev3",
        "dev3: listings-dev3 (development data: the shapes holdout3 reported, other sources)",
    ),
    (
        HOLDOUT3,
        HOLDOUT3_RESULTS,
        "holdout3",
        "holdout3: listings-holdout3 (development data since its figures were reported)",
    ),
    (
        HOLDOUT4,
        HOLDOUT4_RESULTS,
        "holdout4",
        "holdout4: listings-holdout4 (development data since it was tuned on)",
    ),
    (
        HOLDOUT5,
        HOLDOUT5_RESULTS,
        "holdout5",
        "holdout5: listings-holdout5 (development data since it was tuned on)",
    ),
    (
        HOLDOUT6,
        HOLDOUT6_RESULTS,
        "holdout6",
        "holdout6: listings-holdout6 (development data since it was tuned on)",
    ),
    (
        HOLDOUT7,
        HOLDOUT7_RESULTS,
        "holdout7",
        "holdout7: listings-holdout7 (development data since it was tuned on)",
    ),
    (
        HOLDOUT8,
        HOLDOUT8_RESULTS,
        "holdout8",
        "holdout8: listings-holdout8 (development data since it was tuned on)",
    ),
    (
        HOLDOUT9,
        HOLDOUT9_RESULTS,
        "holdout9",
        "holdout9: listings-holdout9 (development data since session 28)",
    ),
    (
        HOLDOUT10,
        HOLDOUT10_RESULTS,
        "holdout10",
        "holdout10: listings-holdout10 (development data since session 28)",
    ),
    (
        HOLDOUT11,
        HOLDOUT11_RESULTS,
        "holdout11",
        "holdout11: listings-holdout11 (development data since session 28)",
    ),
    (
        HOLDOUT12,
        HOLDOUT12_RESULTS,
        "holdout12",
        "holdout12: listings-holdout12 (development data since session 29)",
    ),
    (
        HOLDOUT13,
        HOLDOUT13_RESULTS,
        "holdout13",
        "holdout13: listings-holdout13 (development data since session 29)",
    ),
    (
        HOLDOUT14,
        HOLDOUT14_RESULTS,
        "holdout14",
        "holdout14: listings-holdout14 (development data since session 30)",
    ),
    (
        HOLDOUT15,
        HOLDOUT15_RESULTS,
        "holdout15",
        "holdout15: listings-holdout15 (development data since session 30)",
    ),
    (
        HOLDOUT16,
        HOLDOUT16_RESULTS,
        "holdout16",
        "holdout16: listings-holdout16 (development data since session 30)",
    ),
    (
        HOLDOUT17,
        HOLDOUT17_RESULTS,
        "holdout17",
        "holdout17: listings-holdout17 (development data since session 30)",
    ),
    (
        HOLDOUT18,
        HOLDOUT18_RESULTS,
        "holdout18",
        "holdout18: listings-holdout18 (development data since session 31)",
    ),
    (
        HOLDOUT19,
        HOLDOUT19_RESULTS,
        "holdout19",
        "holdout19: listings-holdout19 (development data since session 32)",
    ),
    (
        HOLDOUT20,
        HOLDOUT20_RESULTS,
        "holdout20",
        "holdout20: listings-holdout20 (development data since session 32)",
    ),
    (
        HOLDOUT21,
        HOLDOUT21_RESULTS,
        "holdout21",
        "holdout21: listings-holdout21 (development data since session 33)",
    ),
    (
        HOLDOUT22,
        HOLDOUT22_RESULTS,
        "holdout22",
        "holdout22: listings-holdout22 (development data since session 33)",
    ),
    (
        HOLDOUT23,
        HOLDOUT23_RESULTS,
        "holdout23",
        "holdout23: listings-holdout23 (development data since session 33)",
    ),
    (
        HOLDOUT24,
        HOLDOUT24_RESULTS,
        "holdout24",
        "holdout24: listings-holdout24 (development data since session 33)",
    ),
    (
        HOLDOUT25,
        HOLDOUT25_RESULTS,
        "holdout25",
        "holdout25: listings-holdout25 (development data since session 34)",
    ),
    (
        HOLDOUT26,
        HOLDOUT26_RESULTS,
        "holdout26",
        "holdout26: listings-holdout26 (development data since session 34)",
    ),
    (
        HOLDOUT27,
        HOLDOUT27_RESULTS,
        "holdout27",
        "holdout27: listings-holdout27 (development data since session 35)",
    ),
    (
        HOLDOUT28,
        HOLDOUT28_RESULTS,
        "holdout28",
        "holdout28: listings-holdout28 (development data since session 35)",
    ),
    (
        HOLDOUT29,
        HOLDOUT29_RESULTS,
        "holdout29",
        "holdout29: listings-holdout29 (development data since session 36)",
    ),
    (
        HOLDOUT30,
        HOLDOUT30_RESULTS,
        "holdout30",
        "holdout30: listings-holdout30 (development data since session 36)",
    ),
    (
        HOLDOUT31,
        HOLDOUT31_RESULTS,
        "holdout31",
        "holdout31: listings-holdout31 (development data since session 37)",
    ),
    (
        HOLDOUT32,
        HOLDOUT32_RESULTS,
        "holdout32",
        "holdout32: listings-holdout32 (development data since session 37)",
    ),
    (
        HOLDOUT33,
        HOLDOUT33_RESULTS,
        "holdout33",
        "holdout33: listings-holdout33 (development data since session 38)",
    ),
    (
        HOLDOUT34,
        HOLDOUT34_RESULTS,
        "holdout34",
        "holdout34: listings-holdout34 (development data since session 38)",
    ),
    (
        HOLDOUT35,
        HOLDOUT35_RESULTS,
        "holdout35",
        "holdout35: listings-holdout35 (development data since session 39)",
    ),
    (
        HOLDOUT36,
        HOLDOUT36_RESULTS,
        "holdout36",
        "holdout36: listings-holdout36 (development data since session 39)",
    ),
    (
        HOLDOUT37,
        HOLDOUT37_RESULTS,
        "holdout37",
        "holdout37: listings-holdout37 (development data since session 40)",
    ),
    (
        HOLDOUT38,
        HOLDOUT38_RESULTS,
        "holdout38",
        "holdout38: listings-holdout38 (development data since session 40)",
    ),
    (
        HOLDOUT39,
        HOLDOUT39_RESULTS,
        "holdout39",
        "holdout39: listings-holdout39 (development data since session 41)",
    ),
    (
        HOLDOUT40,
        HOLDOUT40_RESULTS,
        "holdout40",
        "holdout40: listings-holdout40 (development data since session 41)",
    ),
    (
        HOLDOUT41,
        HOLDOUT41_RESULTS,
        "holdout41",
        "holdout41: listings-holdout41 (development data since session 42)",
    ),
    (
        HOLDOUT42,
        HOLDOUT42_RESULTS,
        "holdout42",
        "holdout42: listings-holdout42 (development data since session 42)",
    ),
    (
        HOLDOUT43,
        HOLDOUT43_RESULTS,
        "holdout43",
        "holdout43: listings-holdout43 (development data since session 43)",
    ),
    (
        HOLDOUT44,
        HOLDOUT44_RESULTS,
        "holdout44",
        "holdout44: listings-holdout44 (development data since session 43)",
    ),
    (
        HOLDOUT45,
        HOLDOUT45_RESULTS,
        "holdout45",
        "holdout45: a forty-seventh unseen set (listings-holdout45)",
    ),
    (
        HOLDOUT46,
        HOLDOUT46_RESULTS,
        "holdout46",
        "holdout46: a forty-eighth unseen set (listings-holdout46)",
    ),
)

# Every corpus of real pastes in the order it was collected: an independence check compares a
# set with those collected before it (tests/fidelity_checks.py).
CORPORA: tuple[Path, ...] = (
    LISTINGS,
    *(folder for folder, _results, _key, _caption in CORPUS_TABLES),
)


def corpora_before(corpus: Path) -> tuple[Path, ...]:
    return CORPORA[: CORPORA.index(corpus)]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--write", action="store_true", help=f"record the figures in {RESULTS}")
    parser.add_argument(
        "--split",
        action="store_true",
        help="also one table per split: development excerpts and the held-out fifth",
    )
    args = parser.parse_args(argv)
    figures, by_family, by_variant = results()
    print(table("Real pastes (tests/data/listings), per layout family", by_family))
    print()
    if args.split:
        for split in ("dev", "held-out"):
            tallies, _files = score_real(split=split)
            print(table(f"Real pastes, {split} excerpts, per layout family", tallies))
            print()
    print(table("Generated variants of the seed layouts", by_variant))
    print()
    recorded: list[tuple[Path, dict[str, Any]]] = []
    for folder, results_file, key, caption in CORPUS_TABLES:
        corpus_figures, corpus_by_family = holdout_results(folder, key)
        print(table(caption, corpus_by_family))
        print()
        recorded.append((results_file, corpus_figures))
    if args.write:
        record(RESULTS, figures)
        for results_file, corpus_figures in recorded:
            record(results_file, corpus_figures)
    return 0


if __name__ == "__main__":
    sys.exit(main())
