"""Round 28 (issue 9), from set 36: "the year before" / "året før" / "a year later" in a figure's own clause, after a
year the sentence names, is that year minus (plus) one for that figure only ("In 2018 two thirds ..., and about 90%
the year before": the 90% is 2017's). Sentences are our own; figures are the demo store's.
"""

from __future__ import annotations

from pathlib import Path

from conftest import checked_claims as _checked

SDF, IS = "Syrian Democratic Forces", "Islamic State"


def _years(demo, tmp_path: Path, text: str) -> list[tuple[float, str, str, str]]:
    return [(c.value, str(c.start), str(c.end), v.verdict) for c, v in _checked(demo, tmp_path, text)]


def test_the_year_before_in_a_later_clause_is_the_named_year_minus_one(demo, tmp_path: Path) -> None:
    text = "In 2018 nearly two thirds of the SDF's battles were against ISIS, and 90% against ISIS the year before."
    claims = _checked(demo, tmp_path, text)
    assert [(c.actor, c.counterpart) for c, _ in claims] == [(SDF, IS), (SDF, IS)]
    assert _years(demo, tmp_path, text) == [
        (0.6, "2018-01-01", "2018-12-31", "supported"),
        (0.9, "2017-01-01", "2017-12-31", "supported"),  # was judged on 2018 (64%): contradicted
    ]


def test_aret_for_in_danish_is_the_year_before(demo, tmp_path: Path) -> None:
    text = "I 2018 var knap to tredjedele af SDF's kampe mod IS, og omkring 90 procent mod IS året før."
    [first, second] = _years(demo, tmp_path, text)
    assert first[1:] == ("2018-01-01", "2018-12-31", "supported")
    assert second[1:] == ("2017-01-01", "2017-12-31", "supported")


def test_a_year_later_is_the_named_year_plus_one(demo, tmp_path: Path) -> None:
    text = "In 2017 about 90% of the SDF's battles were against ISIS, and under two thirds against ISIS a year later."
    [first, second] = _years(demo, tmp_path, text)
    assert first[1:] == ("2017-01-01", "2017-12-31", "supported")
    assert second[1:] == ("2018-01-01", "2018-12-31", "supported")


def test_a_comparison_with_the_year_before_keeps_the_named_year(demo, tmp_path: Path) -> None:
    # the guard: "more than the year before" is the time compared against, not the figure's own
    text = "In 2018 nearly two thirds of the SDF's battles were against ISIS, fewer than the year before."
    assert [y[1:3] for y in _years(demo, tmp_path, text)] == [("2018-01-01", "2018-12-31")]


def test_a_figure_outside_the_phrase_clause_keeps_the_named_year(demo, tmp_path: Path) -> None:
    # the guard: the phrase belongs to its own clause's figure only, never the first clause's
    text = "In 2018 nearly two thirds of the SDF's battles were against ISIS, after about 90% the year before."
    years = _years(demo, tmp_path, text)
    assert years[0][1:3] == ("2018-01-01", "2018-12-31")
