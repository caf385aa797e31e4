"""Round 29 (issue 9), from set 36: a count's second number in a later clause, after a change verb's "to" ("before
falling to 120 in 2019"), after ", against" ("202 in 2015, against 39 in 2017") or closing with "the year after"
("633 in 2014, and roughly 500 the year after"), is the same events in that year. Sentences are our own; figures are
the demo store's.
"""

from __future__ import annotations

from pathlib import Path

from conftest import checked_claims as _checked


def _counts(demo, tmp_path: Path, text: str) -> list[tuple[float, str, str, str, str, str]]:
    return [
        (c.value, c.actor, c.counterpart, str(c.start), str(c.end), v.verdict)
        for c, v in _checked(demo, tmp_path, text)
        if c.kind == "count"
    ]


def test_the_level_a_count_dropped_to_in_a_later_year(demo, tmp_path: Path) -> None:
    text = "Clashes between the Turkish army and the PKK in Turkey climbed to 156 in 2018, then dropped to 120 in 2019."
    counts = _counts(demo, tmp_path, text)
    assert [(c[0], c[3], c[4]) for c in counts] == [
        (156.0, "2018-01-01", "2018-12-31"),
        (120.0, "2019-01-01", "2019-12-31"),  # was not read
    ]
    assert {c[1:3] for c in counts} == {("Government of Turkey", "Kurdistan Workers' Party")}
    assert [c[5] for c in counts] == ["supported", "supported"]


def test_a_count_set_against_another_years(demo, tmp_path: Path) -> None:
    text = "The SDF and the Islamic State clashed about 500 times in 2018, against roughly 900 in 2017."
    counts = _counts(demo, tmp_path, text)
    assert [(c[0], c[3]) for c in counts] == [(500.0, "2018-01-01"), (900.0, "2017-01-01")]
    assert counts[1][1:3] == counts[0][1:3]  # the same two sides


def test_a_second_count_closing_with_the_year_after(demo, tmp_path: Path) -> None:
    text = "In Iraq the Islamic State took part in 633 recorded events in 2014 and around 500 a year later."
    counts = _counts(demo, tmp_path, text)
    assert [(c[0], c[3], c[4]) for c in counts] == [
        (633.0, "2014-01-01", "2014-12-31"),
        (500.0, "2015-01-01", "2015-12-31"),  # was not read
    ]
    assert [c[5] for c in counts] == ["supported", "supported"]


def test_guard_a_level_with_no_count_before_it_is_no_count(demo, tmp_path: Path) -> None:
    text = "The number of foreign fighters in Syria fell to 2,000 in 2018."
    assert _counts(demo, tmp_path, text) == []


def test_guard_a_percentage_after_fell_to_stays_a_share(demo, tmp_path: Path) -> None:
    text = "IS fought the SDF 900 times in 2017; its share of the SDF's fighting fell to 60 per cent in 2018."
    assert [c[0] for c in _counts(demo, tmp_path, text)] == [900.0]  # the 60 per cent is no count
