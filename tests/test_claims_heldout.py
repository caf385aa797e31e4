"""Held-out evaluation of the claim checker (tests/data/claims/heldout.yaml) on the bundled UCDP data.

The set was written without reading the extraction rules; expected forms and verdicts come from
independent SQL (tests/data/claims/derive_heldout.py). The floors sit a little below the scores measured
at the last change (docs/claims.md, "Evaluation on text the checker was not tuned to"), so a regression fails;
they are not targets. Sets 1 to 35 (set1.yaml, fresh.yaml, set3.yaml to set35.yaml) were used to find kinds of failure;
the next set, unseen by the code's authors, measures the result.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from dyadscope.api import Dyadscope
from dyadscope.claims.evaluate import evaluate
from dyadscope.claims.extract import extract_claims
from dyadscope.claims.reading import parse_article
from dyadscope.claims.resolve import Lexicon
from dyadscope.claims.verify import Verdict, verify_claims

DATA = Path(__file__).parent / "data" / "claims"
HELDOUT = DATA / "heldout.yaml"

# Floors a little below the scores measured at the last change (docs/claims.md): a regression fails.
# heldout: en P 94.1 R 91.4 F 93.8 V 88.6; da P 100 R 88.2 F 93.3 V 88.2
# set1 (development set, 195 sentences by a tester who never read the code): en P 98.2 R 97.3 F 88.9 V 92.8;
#   da P 100 R 96.7 F 94.9 V 95.1
# fresh (set 2, 191 sentences; a development set since its kinds of failure were fixed): en P 98.1 R 97.2 F 84.9
#   V 89.9; da P 95.2 R 93.8 F 83.3 V 82.8
# set3 (185 sentences, a development set since its kinds of failure were fixed): en P 90.6 R 85.0 F 77.1 V 71.7;
#   da P 93.8 R 84.7 F 85.2 V 72.2. set3_articles (quotes from real articles): en P 90.5 R 90.5 V 81.0
# set4 (222 sentences by a fourth tester, measured once unseen, then a development set): en P 95.3 R 97.6 F 60.2
#   V 71.4; da P 98.7 R 98.7 F 78.4 V 86.7. set4_articles: en P 100 R 94.1 V 82.4
# set5 (176 sentences by a fifth tester, measured once unseen, then a development set): en P 96.2 R 95.3 F 76.5
#   V 78.5; da P 90.6 R 92.3 F 79.2 V 84.6. set5_articles: en P 80.0 R 92.3 V 61.5; da P 66.7 R 54.5 V 54.5
# set6 (164 sentences by a sixth tester, measured once unseen, then a development set): en P 97.8 R 94.6 F 83.0
#   V 86.0; da P 98.1 R 96.2 F 84.3 V 88.7. set6_articles: en P 30.8 R 26.7 V 26.7
# set7 (146 sentences by a seventh tester, measured once unseen, then a development set): en P 90.4 R 90.4 F 68.2
#   V 72.3; da P 82.7 R 82.7 F 69.8 V 76.9. set7_articles (quotes alone): en P 60.0 R 50.0 V 50.0; da 100.0
# set8 (193 sentences by an eighth tester, measured once unseen at 5330d97, then a development set): en P 99.0 R 94.3
#   F 84.0 V 85.8; da P 100 R 90.6 F 85.4 V 83.0. set8_articles (quotes alone): en P 83.3 R 62.5 V 50.0;
#   da P 85.7 R 60.0 V 60.0
FLOORS = {
    "heldout": {
        "en": {"precision": 0.89, "recall": 0.86, "field_accuracy": 0.88, "verdict_agreement": 0.83},
        "da": {"precision": 0.93, "recall": 0.82, "field_accuracy": 0.86, "verdict_agreement": 0.82},
    },
    "set1": {
        "en": {"precision": 0.93, "recall": 0.92, "field_accuracy": 0.84, "verdict_agreement": 0.92},
        "da": {"precision": 0.95, "recall": 0.91, "field_accuracy": 0.89, "verdict_agreement": 0.90},
    },
    "fresh": {
        "en": {"precision": 0.93, "recall": 0.92, "field_accuracy": 0.80, "verdict_agreement": 0.93},
        "da": {"precision": 0.90, "recall": 0.88, "field_accuracy": 0.78, "verdict_agreement": 0.84},
    },
    "set3": {
        # round 13 (grammar): en P 97.3 R 94.7 F 84.1 V 84.1; da P 100 R 97.2 F 87.1 V 84.7
        "en": {"precision": 0.86, "recall": 0.81, "field_accuracy": 0.73, "verdict_agreement": 0.8},
        "da": {"precision": 0.89, "recall": 0.8, "field_accuracy": 0.81, "verdict_agreement": 0.84},
    },
    "set3_articles": {
        "en": {"precision": 0.85, "recall": 0.85, "verdict_agreement": 0.76},
    },
    "set4": {
        "en": {"precision": 0.91, "recall": 0.92, "field_accuracy": 0.55, "verdict_agreement": 0.88},
        "da": {"precision": 0.93, "recall": 0.93, "field_accuracy": 0.72, "verdict_agreement": 0.89},
    },
    "set4_articles": {
        "en": {"precision": 0.95, "recall": 0.89, "verdict_agreement": 0.77},
    },
    "set5": {
        "en": {"precision": 0.92, "recall": 0.91, "field_accuracy": 0.72, "verdict_agreement": 0.91},
        "da": {"precision": 0.86, "recall": 0.88, "field_accuracy": 0.75, "verdict_agreement": 0.86},
    },
    "set5_articles": {
        "en": {"precision": 0.75, "recall": 0.87, "verdict_agreement": 0.57},
        "da": {"precision": 0.62, "recall": 0.50, "verdict_agreement": 0.50},
    },
    "set6": {
        "en": {"precision": 0.93, "recall": 0.90, "field_accuracy": 0.78, "verdict_agreement": 0.87},
        "da": {"precision": 0.93, "recall": 0.92, "field_accuracy": 0.80, "verdict_agreement": 0.88},
    },
    "set6_articles": {  # quotes of death totals and trends read without their articles (docs/claims.md)
        "en": {"precision": 0.28, "recall": 0.25, "verdict_agreement": 0.25},
    },
    "set7": {
        # round 13 (grammar): en P 95.8 R 96.8 F 83.5 V 89.4; da P 94.2 R 94.2 F 81.6 V 90.4
        "en": {"precision": 0.86, "recall": 0.86, "field_accuracy": 0.64, "verdict_agreement": 0.85},
        # round 14 (grammar-da): da P 94.3 R 96.2 F 84.0 V 94.2
        "da": {"precision": 0.9, "recall": 0.92, "field_accuracy": 0.8, "verdict_agreement": 0.9},
    },
    "set7_articles": {
        "en": {"precision": 0.55, "recall": 0.45, "verdict_agreement": 0.45},
    },
    "set8": {  # after set 8's reading kinds (round 11): en P 99.1 R 99.1 F 87.6 V 95.3; da P 100 R 100 F 86.8 V 90.6
        "en": {"precision": 0.95, "recall": 0.95, "field_accuracy": 0.83, "verdict_agreement": 0.91},
        "da": {"precision": 0.95, "recall": 0.95, "field_accuracy": 0.82, "verdict_agreement": 0.86},
    },
    "set8_articles": {
        "en": {"precision": 0.80, "recall": 0.60, "verdict_agreement": 0.45},
        "da": {"precision": 0.80, "recall": 0.55, "verdict_agreement": 0.55},
    },
    # set9 (165 sentences by a ninth tester, sealed until round 11 was merged, measured once unseen at 2201601):
    #   en P 90.5 R 93.5 F 83.7 V 87.0; da P 94.0 R 90.4 F 76.6 V 84.6, 0 wrong. set9_articles: en/da V 25.0
    "set9": {  # round 12 (defs + grammar): en P 96.8 R 97.8 F 90.0 V 89.1; da P 100 R 98.1 F 94.1 V 92.3
        "en": {"precision": 0.92, "recall": 0.93, "field_accuracy": 0.85, "verdict_agreement": 0.89},
        "da": {"precision": 0.95, "recall": 0.93, "field_accuracy": 0.89, "verdict_agreement": 0.91},
    },
    "set9_articles": {
        "en": {"recall": 0.2, "verdict_agreement": 0.2},
        "da": {"recall": 0.2, "verdict_agreement": 0.2},
    },
    # set10 (174 sentences by a tenth tester, measured once unseen at ae4369b, then a development set):
    #   en P 96.7 R 93.7 F 82.0 V 85.3; da P 90.2 R 92.0 F 89.1 V 84.0; 3 wrong and 1 hidden wrong.
    #   set10_articles (quotes in their articles): en V 42.9, da V 50.0; quotes alone the same
    "set10": {  # round 12 (defs + grammar): en P 98.9 R 98.9 F 88.3 V 95.8; da P 98.0 R 100 F 96.0 V 100
        "en": {"precision": 0.94, "recall": 0.94, "field_accuracy": 0.84, "verdict_agreement": 0.94},
        "da": {"precision": 0.93, "recall": 0.95, "field_accuracy": 0.91, "verdict_agreement": 0.95},
    },
    "set10_articles": {
        "en": {"recall": 0.65, "verdict_agreement": 0.4},
        "da": {"recall": 0.55, "verdict_agreement": 0.55},
    },
    # set11 (193 sentences by an eleventh tester, sealed until round 12 was merged, measured once unseen at b7a29b5):
    #   en P 96.9 R 88.8 F 80.0 V 79.4; da P 93.0 R 88.3 F 86.8 V 81.7; 2 wrong (1 as headline).
    #   set11_articles (quotes in their articles, and alone): en V 28.6, da V 25.0
    "set11": {  # merged round 13 (3f831d1): en P 98.1 R 98.1 F 85.7 V 96.3; da P 100 R 98.3 F 86.4 V 96.7
        "en": {"precision": 0.95, "recall": 0.95, "field_accuracy": 0.82, "verdict_agreement": 0.93},
        "da": {"precision": 0.95, "recall": 0.95, "field_accuracy": 0.83, "verdict_agreement": 0.93},
    },
    "set11_articles": {
        "en": {"recall": 0.24, "verdict_agreement": 0.24},
        "da": {"recall": 0.2, "verdict_agreement": 0.2},
    },
    # set12 (196 sentences by a twelfth tester, think-tank registers, measured once unseen at deee72d with the scorer's
    # margins of 0.02 / 2.5%): en P 81.0 R 79.0 F 78.7 V 60.5; da P 93.3 R 84.8 F 82.1 V 72.7; 6 wrong, 8 hidden wrong.
    #   set12_articles (quotes in their articles, and alone): en V 39.1, da V 50.0
    # round 13 (defs: lethality, a class as the acting side, sides and scopes): set11 en V 85.0 / da 88.3,
    # set12 en 65.5 / da 77.3, set3 en 83.2 / da 87.5, set9 en 92.4 / da 94.2 (verdict floors raised a little below)
    # round 13 (wrongs): en P 90.5 R 88.2 F 72.4 V 71.4; da P 96.7 R 87.9 F 81.0 V 80.3; 0 wrong, 0 hidden. Fields
    # right rose in number (en 74 -> 76, da 46 -> 47) but not as a ratio: the newly found concentrations keep their
    # dyad as the counterpart ("the clashes between Iraqi forces and IS took place in Nineveh"), which the tester
    # left out, and a dated founding starts its group's window (2017-01-28, the tester's 2017-01-01)
    # merged round 13 (3f831d1): en P 92.8 R 97.5 F 80.2 V 90.8; da P 97.0 R 97.0 F 84.4 V 93.9; 0 wrong, 0 hidden
    "set12": {
        # round 20 (defs: numbers that are not event data listed, which sets 1-17 expected as no claim): en P 89.9
        "en": {"precision": 0.89, "recall": 0.94, "field_accuracy": 0.77, "verdict_agreement": 0.88},
        "da": {"precision": 0.94, "recall": 0.94, "field_accuracy": 0.81, "verdict_agreement": 0.9},
    },
    "set12_articles": {
        "en": {"recall": 0.35, "verdict_agreement": 0.35},
        "da": {"recall": 0.5, "verdict_agreement": 0.5},
    },
    # set13 (186 sentences by a thirteenth tester, wire and broadcast registers, sealed until round 13 was merged and
    # measured once unseen at 3f831d1): en P 93.5 R 88.7 F 93.0 V 83.5; da P 95.8 R 79.3 F 84.8 V 69.0; 0 wrong.
    #   set13_articles: in their articles en V 38.5, da V 25.0; quotes alone en V 53.8, da V 25.0
    # after round 14 (grammar-en): en P 96.9 R 95.9 F 94.6 V 91.8
    "set13": {
        # round 20 (defs, not event data listed): en P 93.9
        "en": {"precision": 0.93, "recall": 0.93, "field_accuracy": 0.92, "verdict_agreement": 0.89},
        # round 14 (grammar-da, 1932b8a): da P 98.2 R 94.8 F 94.5 V 89.7
        "da": {"precision": 0.95, "recall": 0.9, "field_accuracy": 0.88, "verdict_agreement": 0.85},
    },
    "set13_articles": {
        "en": {"recall": 0.55, "verdict_agreement": 0.5},
        "da": {"recall": 0.35, "verdict_agreement": 0.25},
    },
    # set14 (202 sentences by a fourteenth tester, magazine and opinion registers, scored once unseen at a73d1ea):
    # en P 98.1 R 88.3 F 80.2 V 74.2; da P 92.6 R 82.9 F 85.7 V 76.3; 8 wrong, 0 hidden.
    #   set14_articles: in their articles en V 76.5, da V 40.0; quotes alone the same
    # after round 14 (grammar-en): en P 100 R 94.2 F 85.0 V 83.3, 3 wrong (en021, en047, en080: resolution, defs)
    "set14": {
        # round 20 (defs, not event data listed): en P 95.8, da P 93.7
        "en": {"precision": 0.95, "recall": 0.91, "field_accuracy": 0.82, "verdict_agreement": 0.8},
        # round 14 (grammar-da, 1932b8a): da P 97.4 R 97.4 F 89.2 V 90.8; 0 wrong
        "da": {"precision": 0.93, "recall": 0.93, "field_accuracy": 0.86, "verdict_agreement": 0.87},
    },
    "set14_articles": {
        "en": {"recall": 0.72, "verdict_agreement": 0.72},
        "da": {"recall": 0.35, "verdict_agreement": 0.35},
    },
    # set15 (182 sentences by a fifteenth tester, NGO/UN/monitor registers, sealed through round 14 and scored once
    # unseen at 54b234c): en P 92.2 R 90.4 F 80.9 V 80.8; da P 98.2 R 91.8 F 76.8 V 80.3; 2 wrong, 0 hidden.
    #   set15_articles: in their articles en V 30.0, da V 80.0, 0 wrong; quotes alone en V 25.0, da V 80.0
    # round 15 (grammar-en's English kinds merged with the others'): en P 95.2 R 96.2 F 84.0 V 90.4, 0 wrong
    "set15": {
        # round 20 (defs, not event data listed): en P 90.9; lead s32: en V 88.5 -> 87.5 (en084: al-Nusra's clashes
        # with the regime are filed under "Syrian insurgents", not checkable: claims/verify_catch_all.py); 87.5 -> 86.5
        # (en096: the Peshmerga are never a side in the data, a share against them not checkable)
        "en": {"precision": 0.9, "recall": 0.94, "field_accuracy": 0.82, "verdict_agreement": 0.86},
        # lead s32: da V 90.2 -> 88.5 (da050: the Peshmerga never a side in the data, not checkable)
        "da": {"precision": 0.95, "recall": 0.95, "field_accuracy": 0.75, "verdict_agreement": 0.88},
    },
    "set15_articles": {
        "en": {"recall": 0.22, "verdict_agreement": 0.22},
        "da": {"recall": 0.75, "verdict_agreement": 0.75},
    },
    # set16 (219 sentences by a sixteenth tester, broadcast and wire registers, scored once unseen at b9f1f47):
    # en P 94.2 R 91.2 F 74.6 V 76.8; da P 100 R 95.3 F 75.4 V 82.8; 2 wrong, 0 hidden.
    #   set16_articles: in their articles en V 62.5, da V 75.0, 0 wrong; quotes alone the same
    # round 15 (grammar-en's English kinds merged with the others'): en P 96.0 R 96.8 F 80.2 V 88.0, 0 wrong
    "set16": {
        # round 22 (defs): en V 87.2 -> 85.6 (en087, en089: the rebels' reach counted first as the rebel class);
        # lead s32: 85.6 -> 84.8 (en051: HTS's clashes with the regime filed under "Syrian insurgents")
        "en": {"precision": 0.94, "recall": 0.94, "field_accuracy": 0.78, "verdict_agreement": 0.84},
        # round 20 (defs, not event data listed): da P 96.9
        "da": {"precision": 0.96, "recall": 0.95, "field_accuracy": 0.74, "verdict_agreement": 0.84},
    },
    "set16_articles": {
        "en": {"recall": 0.6, "verdict_agreement": 0.6},
        "da": {"recall": 0.7, "verdict_agreement": 0.7},
    },
    # set17 (187 sentences by a seventeenth tester, academic and think-tank registers, sealed through round 15 and
    # scored once unseen at 1e23bf4): en P 87.5 R 87.5 F 77.6 V 77.7; da P 95.1 R 95.1 F 77.6 V 78.7; 5 wrong, 0 hidden.
    #   set17_articles: in their articles en V 46.7, da V 28.6, 0 wrong; quotes alone en V 46.7, da V 42.9
    "set17": {
        "en": {"precision": 0.85, "recall": 0.85, "field_accuracy": 0.74, "verdict_agreement": 0.75},
        "da": {"precision": 0.92, "recall": 0.92, "field_accuracy": 0.74, "verdict_agreement": 0.76},
    },
    "set17_articles": {
        "en": {"recall": 0.44, "verdict_agreement": 0.44},
        "da": {"recall": 0.4, "verdict_agreement": 0.4},
    },
    # set18 (221 sentences by an eighteenth tester, parliamentary, political-speech and social-media registers,
    # scored once unseen at c3294d6): en P 91.0 R 80.1 F 81.8 V 64.9; da P 94.7 R 80.0 F 83.3 V 67.8; 10 wrong.
    #   set18_articles: in their articles en V 55.6, da V 42.9, 0 wrong; quotes alone the same
    # round 16 merged (44a3438): en P 95.7 R 88.1 F 91.0 V 82.1; da P 98.8 R 88.9 F 91.2 V 85.6; 1 wrong (en119).
    #   set18_articles: quotes alone and in their articles en V 72.2, da V 42.9, 0 wrong
    "set18": {
        "en": {"precision": 0.93, "recall": 0.85, "field_accuracy": 0.88, "verdict_agreement": 0.79},
        "da": {"precision": 0.96, "recall": 0.86, "field_accuracy": 0.88, "verdict_agreement": 0.83},
    },
    "set18_articles": {
        "en": {"recall": 0.75, "verdict_agreement": 0.7},
        "da": {"recall": 0.4, "verdict_agreement": 0.4},
    },
    # set19 (256 sentences by a nineteenth tester, explainer, Q&A, podcast, local-news and reader-letter registers,
    # sealed through round 16, scored once unseen at 44a3438): en P 94.4 R 84.5 F 70.6 V 61.9; da P 91.5 R 86.2 F 78.7
    # V 66.7; 6 wrong, 1 hidden. set19_articles: in their articles en V 30.8, da V 37.5, 1 wrong; alone en V 23.1
    "set19": {
        "en": {"precision": 0.91, "recall": 0.81, "field_accuracy": 0.67, "verdict_agreement": 0.59},
        "da": {"precision": 0.88, "recall": 0.83, "field_accuracy": 0.75, "verdict_agreement": 0.63},
    },
    "set19_articles": {
        "en": {"recall": 0.42, "verdict_agreement": 0.2},
        "da": {"recall": 0.35, "verdict_agreement": 0.35},
    },
    # set20 (250 sentences by a twentieth tester, reference, timeline, year-in-review and data-journalism registers,
    # scored once unseen at 567a4ac): en P 91.4 R 74.0 F 78.4 V 54.5; da P 92.6 R 80.6 F 85.1 V 67.6; 8 wrong, 1 hidden.
    # set20_articles: in their articles en V 33.3, da V 50.0, 0 wrong; alone en V 19.0, da V 50.0
    # set20 after round 17 (ca187b1): en P 96.3 R 90.0 F 87.2 V 79.0; da P 96.0 R 89.8 F 92.8 V 87.0; 3 wrong, 0 hidden
    "set20": {
        "en": {"precision": 0.93, "recall": 0.87, "field_accuracy": 0.84, "verdict_agreement": 0.76},
        "da": {"precision": 0.93, "recall": 0.86, "field_accuracy": 0.89, "verdict_agreement": 0.84},
    },
    "set20_articles": {
        "en": {"recall": 0.35, "verdict_agreement": 0.16},
        "da": {"recall": 0.7, "verdict_agreement": 0.45},
    },
    # set21 (225 sentences by a twenty-first tester, official registers: press releases, briefings, assessments, court
    # and committee texts, student essays; sealed through round 17, scored once unseen at ca187b1): en P 94.9 R 86.1
    # F 83.8 V 75.5; da P 90.0 R 80.8 F 81.0 V 66.7; 5 wrong, 1 hidden. set21_articles: in their articles en V 40.0,
    # da V 30.0, 0 wrong; alone the same. After e78f66a (a year range '2018-19'): en V 76.8, 3 wrong, 1 hidden
    "set21": {
        "en": {"precision": 0.92, "recall": 0.83, "field_accuracy": 0.82, "verdict_agreement": 0.73},
        "da": {"precision": 0.87, "recall": 0.77, "field_accuracy": 0.78, "verdict_agreement": 0.63},
    },
    "set21_articles": {
        "en": {"recall": 0.37, "verdict_agreement": 0.37},
        "da": {"recall": 0.27, "verdict_agreement": 0.27},
    },
    # set22 (242 sentences by a twenty-second tester, spoken registers: debate and interview transcripts, blogs,
    # newsletters, live blogs; scored once unseen at 78de60c): en P 90.2 R 75.9 F 77.5 V 60.8; da P 88.5 R 83.1 F 76.8
    # V 68.7; 3 wrong, 0 hidden. set22_articles (all English): en V 34.6, 0 wrong, in their articles and alone
    # after round 18 (d5a280a): en P 94.6 R 88.0 F 83.5 V 79.1; da P 93.8 R 91.6 F 81.6 V 81.9; 1 wrong (en020, a
    # definition the headline states), 0 hidden
    "set22": {
        "en": {"precision": 0.91, "recall": 0.85, "field_accuracy": 0.8, "verdict_agreement": 0.76},
        "da": {"precision": 0.9, "recall": 0.88, "field_accuracy": 0.78, "verdict_agreement": 0.78},
    },
    "set22_articles": {
        "en": {"recall": 0.31, "verdict_agreement": 0.31},
    },
    # set23 (259 sentences by a twenty-third tester, field and regional registers: situation reports, Danish regional
    # and tabloid papers, translated foreign press; sealed through round 18, scored once unseen at 409957d): en P 93.8
    # R 84.0 F 80.9 V 73.5; da P 96.2 R 84.4 F 82.9 V 76.7; 4 wrong, 1 hidden. set23_articles: in their articles and
    # alone en V 37.5, da V 0.0 (3 quotes), 0 wrong. After 0d70d8c (a former name in apposition): en V 74.0, 3 wrong
    "set23": {
        "en": {"precision": 0.91, "recall": 0.81, "field_accuracy": 0.78, "verdict_agreement": 0.71},
        "da": {"precision": 0.93, "recall": 0.81, "field_accuracy": 0.8, "verdict_agreement": 0.73},
    },
    "set23_articles": {
        "en": {"recall": 0.38, "verdict_agreement": 0.34},
    },
    # set24 (193 sentences by a twenty-fourth tester, social registers: threads, Reddit, Facebook debates, talk pages,
    # documentary subtitles; scored once unseen at fd15fc6): en P 87.8 R 75.4 F 67.3 V 50.7; da P 90.2 R 82.1 F 81.8
    # V 62.7; 6 wrong. After round 19 (fdec2eb): en P 95.0 R 85.1 F 77.2 V 73.1; da P 95.3 R 91.0 F 86.9 V 79.1; 3 wrong
    # as counted, none as the headline (the rebels' reach, stated: en062, da007, da039). set24_articles: the quotes
    # alone en V 43.2, da 50.0 (4 quotes)
    "set24": {
        "en": {"precision": 0.93, "recall": 0.83, "field_accuracy": 0.75, "verdict_agreement": 0.71},
        "da": {"precision": 0.93, "recall": 0.89, "field_accuracy": 0.85, "verdict_agreement": 0.77},
    },
    "set24_articles": {
        "en": {"recall": 0.41, "verdict_agreement": 0.41},
    },
    # set25 (235 sentences by a twenty-fifth tester, Danish wire and parliament, fact-checkers; sealed through round 19,
    # scored once unseen at fdec2eb): en P 85.8 R 74.2 F 79.3 V 60.7; da P 85.4 R 49.4 F 73.2 V 34.9; 5 wrong, 1 hidden.
    # set25_articles: the quotes alone en V 16.0, da 66.7 (3 quotes)
    "set25": {
        "en": {"precision": 0.84, "recall": 0.72, "field_accuracy": 0.77, "verdict_agreement": 0.58},
        "da": {"precision": 0.83, "recall": 0.47, "field_accuracy": 0.71, "verdict_agreement": 0.33},
    },
    "set25_articles": {
        "en": {"recall": 0.38, "verdict_agreement": 0.14},
    },
    # set26 (216 sentences by a twenty-sixth tester, teaching and public information: textbooks, ministry press
    # releases, museum texts, revision guides; scored once unseen at 22a7a1c): en P 91.1 R 84.8 F 83.9 V 78.0; da P 95.9
    # R 88.8 F 85.9 V 81.2; 2 wrong. set26_articles: the quotes alone en V 40.0, da 50.0 (2 quotes)
    "set26": {
        "en": {"precision": 0.89, "recall": 0.82, "field_accuracy": 0.81, "verdict_agreement": 0.75},
        "da": {"precision": 0.93, "recall": 0.86, "field_accuracy": 0.83, "verdict_agreement": 0.78},
    },
    "set26_articles": {
        "en": {"recall": 0.4, "verdict_agreement": 0.37},
    },
    # set27 (225 sentences by a twenty-seventh tester, long-form analysis, courts and people: think-tank reports,
    # judgments and sentencing remarks, obituaries and portraits, book reviews; sealed through round 20, scored once
    # unseen at ae5d2c9): en P 94.7 R 88.0 F 84.8 V 74.6; da P 97.8 R 90.6 F 85.1 V 81.2; 10 wrong. After the lead's fix
    # ("the Iraqi state" is the government, bf4d8ed): en V 75.4, da V 82.3, 8 wrong. set27_articles: the quotes alone
    # en V 37.5, da 40.0
    "set27": {
        "en": {"precision": 0.92, "recall": 0.85, "field_accuracy": 0.84, "verdict_agreement": 0.73},
        "da": {"precision": 0.95, "recall": 0.88, "field_accuracy": 0.83, "verdict_agreement": 0.8},
    },
    "set27_articles": {
        "en": {"recall": 0.35, "verdict_agreement": 0.35},
    },
    # set28 (229 sentences by a twenty-eighth tester, humanitarian and civic writing: NGO appeals and reports, readers'
    # letters, encyclopedia entries; scored once unseen at d913d80): en P 90.0 R 81.8 F 66.7 V 53.3; da P 86.1 R 74.7
    # F 64.7 V 50.5; 4 wrong, 1 hidden. set28_articles: in their articles en V 29.4, da 40.0
    "set28": {
        "en": {"precision": 0.88, "recall": 0.79, "field_accuracy": 0.64, "verdict_agreement": 0.51},
        "da": {"precision": 0.84, "recall": 0.72, "field_accuracy": 0.62, "verdict_agreement": 0.48},
    },
    "set28_articles": {
        "en": {"recall": 0.5, "verdict_agreement": 0.27},
    },
    # set29 (160 sentences by two twenty-ninth testers: headlines, push alerts, student writing, corrections; scored
    # once unseen at c0a92d6): en P 95.7 R 88.1 F 82.0 V 73.3; da P 96.0 R 90.6 F 85.4 V 81.1; 3 wrong, 0 hidden.
    # set29_articles (quotes alone): en V 38.2, da 46.7
    # round 23 (96cc008): en P 95.7 R 88.1 F 84.3 V 78.2; da P 96.0 R 90.6 F 91.7 V 88.7; none wrong.
    # Quotes en 38.2, da 73.3
    "set29": {
        "en": {"precision": 0.93, "recall": 0.85, "field_accuracy": 0.84, "verdict_agreement": 0.79},
        "da": {"precision": 0.93, "recall": 0.88, "field_accuracy": 0.89, "verdict_agreement": 0.86},
    },
    "set29_articles": {
        "en": {"recall": 0.38, "verdict_agreement": 0.35},
        "da": {"recall": 0.70, "verdict_agreement": 0.70},
    },
    # set30 (160 sentences by two thirtieth testers: briefings, newsletters, chart captions, Q&A, interview answers;
    # scored once unseen at c0a92d6): en P 94.8 R 86.8 F 72.8 V 69.8; da P 98.0 R 90.6 F 77.1 V 73.6; 9 wrong, 1 hidden.
    # set30_articles (quotes alone): en V 29.7, da 9.1
    # round 23 (96cc008): en P 95.9 R 87.7 F 78.5 V 76.4; da P 98.0 R 92.5 F 89.8 V 88.7; none wrong, none hidden
    "set30": {
        "en": {"precision": 0.93, "recall": 0.85, "field_accuracy": 0.79, "verdict_agreement": 0.76},
        "da": {"precision": 0.95, "recall": 0.90, "field_accuracy": 0.87, "verdict_agreement": 0.86},
    },
    "set30_articles": {
        "en": {"recall": 0.35, "verdict_agreement": 0.27},
        "da": {"recall": 0.18, "verdict_agreement": 0.09},
    },
    # set31 (160 sentences by two thirty-first testers: broadcast scripts, press releases, encyclopedia history, book
    # reviews, textbooks and quizzes, letters; scored once unseen at 96cc008, rounds 22 and 23 merged): en P 97.9 R 92.0
    # F 79.3 V 80.0; da P 97.7 R 86.0 F 93.0 V 82.0; 3 wrong, 1 hidden.
    # set31_articles (quotes alone): en V 47.1, da 20.0
    # round 23, set 31's wrong verdicts (8d37ed7): en P 97.9 R 92.0 F 82.6 V 83.0; da P 100 R 88.0 F 93.2
    # V 84.0; none wrong
    "set31": {
        "en": {"precision": 0.95, "recall": 0.89, "field_accuracy": 0.80, "verdict_agreement": 0.80},
        "da": {"precision": 0.97, "recall": 0.88, "field_accuracy": 0.90, "verdict_agreement": 0.87},
    },
    "set31_articles": {
        "en": {"recall": 0.55, "verdict_agreement": 0.44},
        "da": {"recall": 0.25, "verdict_agreement": 0.18},
    },
}
# Wrong verdicts (supported where the data contradicts, or the reverse): none on any set. Time or place words the
# reading does not use make a claim not checkable (claims/unread.py) rather than judged on a guessed scope.
# set4: the three left are one kind of definition, not of reading: "HTS fought 236 engagements in 2017" counts HTS
# with its predecessors (JFS, al-Nusra) as `targets` does, 263; the tester counted the name alone (verify.py states it).
# set5: none since a class phrase that is also one actor's name ("Syrian rebels") counts as the class, with UCDP's
# umbrella actor alone stated as the other definition (claims/definitions.py).
MAX_WRONG = {"heldout": 0, "set1": 0, "fresh": 0, "set3": 0, "set3_articles": 0, "set4": 3, "set4_articles": 0}
MAX_WRONG |= {"set5": 0, "set5_articles": 0, "set6": 0, "set6_articles": 0, "set7": 0, "set7_articles": 0}
# set8: one at first sight ("Iraqi forces ... on the Syrian side of the border": the country taken from the
# counterpart's nationality); 0 since the side of a border named is the scope (reading), and a share scoped only by
# the other side's nationality counts the actor's own events with that country as another definition (verify.py).
MAX_WRONG |= {"set8": 0, "set8_articles": 0, "set9": 0, "set9_articles": 0}
# Hidden wrong verdicts count too (a figure read as another kind than the tester's, with the opposite verdict):
# set4 one (en), set9 one (da040: "hver fjerde af regimets kampe" with civilians among the dead, an attribute share,
# read as a share against civilians). set10 at first sight: 3 wrong, 1 hidden (da059: a day's toll read as a count).
# set10 after round 12 (defs): 0 wrong, 0 hidden (the SDF read as the USA from "USA-støttede", two counts whose
# other side the reading lost, and "blev over 100 dræbt" read as a count of events).
# set9 after round 12 (grammar): 0 hidden (lethality shares such as "civilians were among the dead" are attribute
# shares). set11 at first sight: 2 wrong (en055 the sides swapped, en084 "rebels" for ISIS): the next round's kinds.
# set11 after round 12 (wrongs): 0 wrong (a capital as a side of a fight is its state; "each" gives both sides a share).
MAX_WRONG |= {"set4": 4, "set9": 0, "set10": 0, "set10_articles": 0, "set11": 0, "set11_articles": 0}
# set12 at first sight: 6 wrong and 8 hidden (7 of them shares of an actor's fighting that took place in a province,
# a concentration, read as a share against a counterpart): the next round's kinds.
MAX_WRONG |= {"set12": 14, "set12_articles": 0}
MAX_WRONG |= {"set13": 0, "set13_articles": 0}  # unseen at first sight: none
# set12 after round 13 (wrongs): 0 wrong, 0 hidden (a dyad's or actor's share located in a governorate is a
# concentration; "on Syrian soil"; a dated founding; "regimet i Damaskus"; an absence's own clause; an aside's places).
MAX_WRONG |= {"set12": 0}
# set14 at first sight: 8 wrong. Sides swapped after a leading aside ("Far from being the regime's nemesis, the Islamic
# State ..."), a count given the counterpart of the share that follows it ("close to 1,500 engagements, more than nine
# in ten of them against the jihadists"; "ikke én eneste af dem mod regimet"), a concentration read as a share, and a
# counterpart taken from a side remark ("its war on the Kurds"): the next round's kinds.
MAX_WRONG |= {"set14": 8, "set14_articles": 0}
# set14 after round 14 (grammar-en, grammar-da): 3 wrong, all resolution ("the jihadists'" read as the rebels class,
# HTS "all against other insurgents", a count given the side verify.py finds after the share that follows it)
MAX_WRONG |= {"set14": 3}
# set14 merged round 14 (54b234c): 2 wrong. en047 counts HTS with its predecessors (the name alone is stated as the
# other definition, the set4 kind); en080's count is given the side verify.py finds after the share that follows it.
MAX_WRONG |= {"set14": 2}
# set15 at first sight (54b234c): 2 wrong, both a Danish second clause ", mens X stod for ..." whose subject is a new
# owner or place ("mens regimet stod for godt en tredjedel", "mens Bagdad kun stod for hver tiende"): the next kind.
MAX_WRONG |= {"set15": 2, "set15_articles": 0}
# set15 after the lead's fix (a second clause's own place: "mens Bagdad kun stod for hver tiende"): 1 wrong, da065
# (", mens regimet stod for godt en tredjedel": the first share given the second clause's subject as counterpart)
MAX_WRONG |= {"set15": 1}
# set16 at first sight (b9f1f47): 2 wrong, both English: "pitted it against Damascus" read as the place Damascus, and
# "insurgent or jihadist groups" read as the jihadist class alone.
MAX_WRONG |= {"set16": 2, "set16_articles": 0}
# round 15 merged (be3ab9d + s15-defs): set 15 en 90.4 / da 91.8, set 16 en 88.0 / da 85.9, none wrong (the capital as
# the other side of a fight, en005; the coordination of two classes, en013; da065's second clause)
MAX_WRONG |= {"set15": 0, "set16": 0}
# set15 after round 15's Danish reading (grammar-da): 0 wrong (da065: ", mens regimet stod for godt en tredjedel" is
# the next share's owner, never the first share's counterpart)
MAX_WRONG |= {"set15": 0}
# set16 after round 15 (grammar-en: "insurgent or jihadist groups" is both classes; defs: "against Damascus" is the
# government): 0 wrong
MAX_WRONG |= {"set16": 0}
# set17 at first sight (1e23bf4): 5 wrong. Two take a figure's year from the other period a comparison names
# ("Sammenlignet med 2016, hvor hver femte ...", ", mens provinsen i 2017 kun stod for 8 procent"); one swaps the
# sides of "X were the rebels' opponent in 12% of their engagements" (en062); two miss a place named in the sentence
# before ("in that governorate", "kæmpede der").
MAX_WRONG |= {"set17": 5, "set17_articles": 0}
# set17 after the lead's two kinds (d816b13: each figure of a comparison takes its own clause's year; d75bebe: "that
# governorate", "kæmpede der" take the place named before): 1 wrong, en062 ("Kurdish forces were the rebels' opponent
# in just 12% of their 2016 engagements": read as the Kurds' share; "their" is the rebels')
MAX_WRONG |= {"set17": 1}
# set18 at first sight (c3294d6): 10 wrong (political registers): the next round's kinds.
MAX_WRONG |= {"set18": 10, "set18_articles": 0}
# set18 after round 16 (44a3438): 1 wrong, en119 ("rebel groups were responsible for about forty attacks on civilians":
# the rebels counted with the jihadists as `targets` does, 54; the rebel class alone, 40, is stated as the other
# definition)
MAX_WRONG |= {"set18": 1}
# set19 at first sight (44a3438, round 16 merged): 6 wrong and 1 hidden (docs/claims.md lists them): the next kinds.
MAX_WRONG |= {"set19": 7, "set19_articles": 0}
# set19 after the lead's fix (a capital that speaks, "whatever Damascus says", is no place: en091): 5 wrong, 1 hidden
MAX_WRONG |= {"set19": 6}
# set19 after the lead's second fix (a number after Danish "dræbte" is a toll only right after it or after a subject
# with a capital: "IS dræbte civile i cirka 300 ensidige angreb" counts attacks, da050): 4 wrong, 1 hidden
MAX_WRONG |= {"set19": 5}
# set19 after the lead's third fix (a place's share with "the following year" in its own clause is that year's: en098):
# 3 wrong (en016, en092, en138), 1 hidden (da030)
MAX_WRONG |= {"set19": 4}
# set19 after the lead's four kinds at round 17's start (647d389: a pair that met abroad is counted where it met, en016;
# a semicolon ends an aside, en138; "Hver fjerde kamp mellem X og Y ... fandt sted i P" is a concentration, da030;
# "its" after a plural subject is the other side's, en092): en V 64.6, da V 70.1, 0 wrong, 0 hidden
MAX_WRONG |= {"set19": 0}
# set20 at first sight (567a4ac, round 16 and the lead's fixes merged): 8 wrong and 1 hidden: the next kinds.
MAX_WRONG |= {"set20": 9, "set20_articles": 0}
# set21 at first sight (ca187b1, round 17 merged): 5 wrong, 1 hidden; after e78f66a ("in 2018-19" is both years:
# en096, en097): 3 wrong (en102: HTS's 2017 count under its own name against the tester's lineage, a definition the
# verdict states; da001: the counterpart of a second clause after "idet"; da034: a lead clause's offensive read as the
# place), 1 hidden (da045: "Kirkuk-provinsen i toppen med godt hver fjerde af ... sammenstød", a concentration)
MAX_WRONG |= {"set21": 4, "set21_articles": 0}
# after round 17 (ca187b1): set 4 has none left and set 14 one (a renamed group is counted under the name its window
# holds, HTS in 2017, with the lineage as the other definition: set 4's en103, en117, da023 and set 14's en047); set 20
# three (en063, en141, da011: "rebels" counted with the jihadist groups as `targets` does, the rebel class alone, which
# this tester counted, stated as the other definition)
MAX_WRONG |= {"set4": 0, "set14": 1, "set20": 3}
# set22 at first sight (78de60c): 3 wrong (en010: "it's still ISIS for the SDF" read with the sides the other way;
# en029: "ISIS-Iraqi army engagements" lost its counterpart; da078: "medregnet koalitionerne med al-Nusra" made al-Nusra
# the counterpart), 0 hidden: the next kinds
MAX_WRONG |= {"set22": 3, "set22_articles": 0}
# set22 after round 18's English reading (9637360): en020's "I'd say ninety-two" is read as said, 0.92; as counted
# ("rebels" with the jihadist groups, 99.2%) it is contradicted, the rebel class alone (92.5%) supports it: the
# headline is "depends on definition", both figures stated (the rebels' reach, a split between testers)
MAX_WRONG |= {"set22": 4}
# set23 at first sight (409957d, round 18 merged): 4 wrong, 1 hidden; after 0d70d8c (s23_en095: "JFS, the former
# al-Nusra Front," a gloss, not the counterpart): 3 wrong (en051: "in Jablah and Tartus" read as Tartus alone; en114:
# "the battle for Nineveh and Mosul ... across Iraq" read in Nineveh; en170: "Turkish-backed rebels" read as the SNA,
# the tester's rebel class), 1 hidden (en121: "a third of the regime's engagements ... killed civilians", an attribute)
MAX_WRONG |= {"set23": 4, "set23_articles": 0}
# after f10916f ("Jablah", "Jabla" are Jableh: "in Jablah and Tartus" is two towns in two governorates, not checkable
# as a place, en051): 2 wrong (en114, en170), 1 hidden (en121)
MAX_WRONG |= {"set23": 3}
# after round 18 (d5a280a): set 22 one (en020, the rebels' reach, "depends on definition" as its headline), set 21 two
# (en102, HTS's lineage; da034, what "oprørerne" counts: both definitions the verdict states), none hidden
MAX_WRONG |= {"set22": 1, "set21": 2}
# set24 at first sight (fd15fc6): 6 wrong (en035: "(the Deir ez-Zor push)" read as the place; en108: "the YPG
# (pre-SDF)" read as the YPG alone; da029: "SDF var modstander i hver tredje IS-kamp" with the sides the other way;
# en062, da007, da039: the rebels' reach). After round 19 (fdec2eb): 3, the rebels' reach, "depends on definition" as
# the headline with both figures (a split between testers: 15 items of 10 testers count the jihadists in, 9 of 5 not)
MAX_WRONG |= {"set24": 3, "set24_articles": 0}
# set25 at first sight (fdec2eb, round 19 merged): 5 wrong (en154, da012, da046: the rebels' reach; en041: a fact
# check's quoted claim "The Kurds and Assad never fought each other" read and contradicted, as its rating says, where
# the tester expected the count that refutes it; en140: "The PKK's fighting with the Turkish state killed some 400"
# lost its counterpart), 1 hidden (en078: "Civilians died in roughly a quarter of the events involving ISIS", an
# attribute, read as a share against civilians: set 23's en121 kind)
MAX_WRONG |= {"set25": 6, "set25_articles": 0}
# after the lead's lethality fix (civilians dying in a part of the events is a lethality share): set 23 2 wrong, 0
# hidden (en121 supported, 31.4% of the regime's 2016 events had a civilian among the dead); set 25 5 wrong, 0 hidden
# (en078: 26.3%, supported); set 11's en067 found as an attribute share too
MAX_WRONG |= {"set23": 2, "set25": 5}
# set26 at first sight (22a7a1c): 2 wrong (en018: "rebel groups backed by Turkey" gave the place TUR; da016: the
# rebels' reach with the SDF as the actor, "depends on definition" as the headline)
MAX_WRONG |= {"set26": 2, "set26_articles": 0}
# round 20 (defs): set 26 0 wrong (en018: a country backing a side is not the claim's country; da016: the rebels
# against the SDF or the Kurds count the rebel class first, the jihadist reach stated); set 16 1 wrong as counted
# (s16_en148: the Kurds' rebel opponents with the jihadists in, the tester's reading, now the stated other definition:
# "depends on definition" as the headline), by the tally of docs/claims.md (5 items of 4 testers against 1)
MAX_WRONG |= {"set26": 0, "set16": 1}
# the scorer's margin at its edge (0.75 against a tester's 0.77 is 0.02; floating point had put it outside): set 22's
# en019 ("roughly three quarters of the regime's engagements were against the insurgents") now pairs, and shows the
# rebels' reach its sibling en020 shows, "depends on definition" as the headline with both figures
MAX_WRONG |= {"set22": 2}
# set27 at first sight (ae5d2c9, round 20 merged): 10 wrong, none hidden: the rebels as the acting side counted with the
# jihadists first where the tester counts the rebel class (en127, da031, da080, en129: "depends on definition" as the
# headline); "the Iraqi state" lost (en119, da075: fixed in bf4d8ed); "the group's engagements" given the government as
# its owner in a long judgment sentence (en003); "barely 75 of its more than 10,000 engagements" read as a share and
# its count lost (en078); "the SDF accounted for about a fifth of rebel engagements" with the sides the other way
# (en090); "rejste til Raqqa i 2015, hvor IS' kampe i Syrien ..." scoped to Raqqa (da002). After bf4d8ed: 8
MAX_WRONG |= {"set27": 8, "set27_articles": 0}
# set28 at first sight (d913d80): 4 wrong, 1 hidden (round 21 works from them)
MAX_WRONG |= {"set28": 5, "set28_articles": 0}
# round 22 (defs): the rebels' words count the rebel class first, the jihadists with them the stated other definition
# (docs/claims.md, round 22, defs: the testers of sets 18-28 count the rebel class in all 16 items where the reach
# decides, those of sets 2-17 the jihadists in 18). Wrong as counted, "depends on definition" as the headline: fresh
# en034; set 4 en068, da056; set 5 en074; set 8 en029, en030; set 9 en024; set 11 en019; set 14 en047; set 15 en077;
# set 16 en087, en089; set 17 en061, da015. Sets 18-27 lose theirs; set 28's en090 (the Khorasan group, filed under
# al-Qaida) is supported and its en074 (civilians dying in half of the events: a lethality share) no longer hidden;
# set 21 keeps en102 (HTS's lineage)
MAX_WRONG |= {"fresh": 1, "set4": 2, "set5": 1, "set8": 2, "set9": 1, "set11": 1, "set14": 2, "set15": 1, "set16": 3}
MAX_WRONG |= {"set17": 3, "set18": 0, "set20": 0, "set21": 1, "set22": 0, "set24": 0, "set25": 2, "set27": 3}
MAX_WRONG |= {"set28": 0}
# sets 29 and 30 at first sight (c0a92d6, round 22 merged): 3 and 9 wrong, 1 hidden (round 23 works from them)
MAX_WRONG |= {"set29": 3, "set29_articles": 0, "set30": 10, "set30_articles": 0}
# round 23 (96cc008): none left on sets 29 and 30; set 31 at first sight: 3 wrong, 1 hidden
MAX_WRONG |= {"set29": 0, "set30": 0, "set31": 4, "set31_articles": 0}
# set 31's four fixed as kinds (round 23, set 31's wrong verdicts). Round 24 (5a69285 merged): set 29 en V 81.2, set 30
# en V 78.3, set 31 da V 90.0, none wrong; floors above raised to them
MAX_WRONG |= {"set31": 0}
# lead s32: sets 32 and 33 (first sight at fa62f9c: en 89.0 / da 85.7, 0 wrong, 1 hidden; en 73.3 / da 87.2, 1 wrong),
# set 34 (first sight at 3b016ee: en 89.0 / da 64.6, 2 wrong) and set 35 (first sight at d3d26f4: en 87.9 / da 71.7,
# 1 wrong, 1 hidden) are development sets of rounds 25-27; none wrong or hidden after them. Floors for sets 29-35 one
# point below the figures at 1ecf8fa (rounds 25-27 and the lead's catch-all and never-a-side rules merged)
MAX_WRONG |= {"set32": 0, "set32_articles": 0, "set33": 0, "set33_articles": 0, "set34": 0, "set34_articles": 0}
MAX_WRONG |= {"set35": 0, "set35_articles": 0}
# set 36 at first sight (1ecf8fa, rounds 25-27 merged; sealed until then): 2 wrong (en053: "the year before" inside
# one sentence judged on the year named first; da010: "på hjemlig grund" unread, "depends" as the headline)
MAX_WRONG |= {"set36": 2, "set36_articles": 0}
# round 28 (two 20-minute helpers on those two kinds: home_soil, year_before): none left on set 36
MAX_WRONG |= {"set36": 0}
FLOORS |= {
    "set36": {
        "en": {"precision": 0.96, "recall": 0.90, "field_accuracy": 0.72, "verdict_agreement": 0.80},
        "da": {"precision": 0.88, "recall": 0.85, "field_accuracy": 0.83, "verdict_agreement": 0.77},
    },
    "set36_articles": {
        "en": {"recall": 0.62, "verdict_agreement": 0.62},
        "da": {"recall": 0.11, "verdict_agreement": 0.11},
    },
}
FLOORS |= {
    "set29": {
        "en": {"precision": 0.95, "recall": 0.90, "field_accuracy": 0.88, "verdict_agreement": 0.84},
        "da": {"precision": 0.95, "recall": 0.89, "field_accuracy": 0.88, "verdict_agreement": 0.87},
    },
    "set29_articles": {
        "en": {"recall": 0.49, "verdict_agreement": 0.46},
        "da": {"recall": 0.72, "verdict_agreement": 0.72},
    },
    "set30": {
        "en": {"precision": 0.97, "recall": 0.89, "field_accuracy": 0.84, "verdict_agreement": 0.82},
        "da": {"precision": 0.97, "recall": 0.93, "field_accuracy": 0.89, "verdict_agreement": 0.87},
    },
    "set30_articles": {
        "en": {"recall": 0.50, "verdict_agreement": 0.42},
        "da": {"recall": 0.53, "verdict_agreement": 0.44},
    },
    "set31": {
        "en": {"precision": 0.97, "recall": 0.95, "field_accuracy": 0.83, "verdict_agreement": 0.86},
        "da": {"precision": 0.99, "recall": 0.93, "field_accuracy": 0.94, "verdict_agreement": 0.89},
    },
    "set31_articles": {
        "en": {"recall": 0.69, "verdict_agreement": 0.57},
        "da": {"recall": 0.59, "verdict_agreement": 0.52},
    },
    "set32": {
        "en": {"precision": 0.99, "recall": 0.96, "field_accuracy": 0.88, "verdict_agreement": 0.93},
        "da": {"precision": 0.94, "recall": 0.94, "field_accuracy": 0.79, "verdict_agreement": 0.90},
    },
    "set32_articles": {
        "en": {"recall": 0.58, "verdict_agreement": 0.39},
        "da": {"recall": 0.74, "verdict_agreement": 0.74},
    },
    "set33": {
        "en": {"precision": 0.96, "recall": 0.93, "field_accuracy": 0.90, "verdict_agreement": 0.90},
        "da": {"precision": 0.99, "recall": 0.94, "field_accuracy": 0.90, "verdict_agreement": 0.94},
    },
    "set33_articles": {
        "en": {"recall": 0.62, "verdict_agreement": 0.50},
        "da": {"recall": 0.29, "verdict_agreement": 0.29},
    },
    "set34": {
        "en": {"precision": 0.93, "recall": 0.93, "field_accuracy": 0.86, "verdict_agreement": 0.92},
        "da": {"precision": 0.96, "recall": 0.92, "field_accuracy": 0.90, "verdict_agreement": 0.88},
    },
    "set34_articles": {
        "en": {"recall": 0.41, "verdict_agreement": 0.30},
        "da": {"recall": 0.00, "verdict_agreement": 0.00},
    },
    "set35": {
        "en": {"precision": 0.95, "recall": 0.93, "field_accuracy": 0.86, "verdict_agreement": 0.89},
        "da": {"precision": 0.94, "recall": 0.82, "field_accuracy": 0.83, "verdict_agreement": 0.74},
    },
    "set35_articles": {
        "en": {"recall": 0.69, "verdict_agreement": 0.69},
        "da": {"recall": 0.36, "verdict_agreement": 0.36},
    },
}


def test_heldout_set_is_the_promised_size() -> None:
    items = yaml.safe_load(HELDOUT.read_text(encoding="utf-8"))["items"]
    assert sum(i["lang"] == "en" for i in items) >= 30
    assert sum(i["lang"] == "da" for i in items) >= 15
    kinds = {e["kind"] for i in items for e in i["expect"]}
    assert {"share", "count", "concentration", "absence", "single_event", "not_event_data"} <= kinds
    assert any(not i["expect"] for i in items)  # sentences with numbers that are not claims


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_scores_stay_above_floors(demo, name: str) -> None:
    scores = evaluate(demo, DATA / f"{name}.yaml")
    for lang, floors in FLOORS[name].items():
        for measure, floor in floors.items():
            assert getattr(scores[lang], measure) >= floor, (lang, measure, scores[lang].misses)
    assert scores["all"].wrong_verdicts + scores["all"].hidden_wrong <= MAX_WRONG[name], scores["all"].misses


def _verdict(demo: Dyadscope, text: str) -> Verdict:
    lexicon = Lexicon(demo.registry)
    (claim,) = extract_claims(parse_article(text, fmt="text"), lexicon, lang="en").claims
    (verdict,) = verify_claims(demo, lexicon, [claim])
    return verdict


def test_an_actor_the_data_never_codes_is_not_counted_as_zero(demo: Dyadscope) -> None:
    verdict = _verdict(demo, "Russian forces clashed with ISIS more than 500 times in 2016.")
    assert verdict.verdict == "not checkable" and "no event at all" in verdict.reason


def test_no_country_named_and_the_main_country_disagrees_depends_on_definition(demo: Dyadscope) -> None:
    # ISIS in 2014: rebels are 46% of its events in Syria, its main country, but 35% in all countries (set 3's kind):
    # counted in Syria, all countries the other definition, each with its figure (docs/claims.md)
    verdict = _verdict(demo, "Rebel groups were the adversary in about half of ISIS's battles in 2014.")
    assert (verdict.verdict, verdict.as_counted) == ("depends on definition", "supported")
    assert "counted in SYR" in verdict.reason
    assert any(a["definition"] == "all_countries" and a["verdict"] == "contradicted" for a in verdict.alternatives)
