"""Weekly insights against a reference computation in the test."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
import random
from zoneinfo import ZoneInfo

import numpy as np
import pytest

from custom_components.hamstring_coach.core.insights import (
    Association,
    DayData,
    compute,
    next_due,
    previous_due,
    ranks,
    spearman,
)
from custom_components.hamstring_coach.core.triage import SymptomEntry

NOW = datetime(2026, 6, 28, 18, 0, tzinfo=UTC)  # a Sunday
TODAY = NOW.date()


def reference_spearman(xs: list[float], ys: list[float]) -> float:
    """Average ranks by counting, then numpy's Pearson: independent of the core."""

    def rank(values: list[float]) -> list[float]:
        return [
            sum(1 for w in values if w < v) + (sum(1 for w in values if w == v) + 1) / 2
            for v in values
        ]

    return float(np.corrcoef(rank(xs), rank(ys))[0, 1])


def history(weeks: int = 8, link: float = 1.0, seed: int = 3):  # type: ignore[no-untyped-def]
    """Sitting hours per day and tightness that follows the previous day's sitting."""
    rng = random.Random(seed)
    days: dict[date, DayData] = {}
    entries: list[SymptomEntry] = []
    for i in range(weeks * 7, -1, -1):
        day = TODAY - timedelta(days=i)
        hours = rng.uniform(3, 10)
        days[day] = DayData(hours, rng.randint(4, 12), rng.uniform(30, 120))
        before = days.get(day - timedelta(days=1))
        if before is not None:
            base = 2 + link * 0.8 * before.sitting_hours + rng.uniform(-1, 1)
            entries.append(
                SymptomEntry(
                    at=datetime(day.year, day.month, day.day, 20, tzinfo=UTC),
                    tightness=max(0, min(10, round(base))),
                )
            )
    return days, entries


def test_known_link_matches_the_reference() -> None:
    days, entries = history()
    completions = [NOW - timedelta(days=d) for d in (1, 3, 5, 9, 20)]
    result = compute(
        days, entries, completions, now=NOW, zone=UTC, break_after_minutes=45
    )
    pairs = [
        (days[e.at.date() - timedelta(days=1)].sitting_hours, float(e.tightness))
        for e in entries
        if (TODAY - e.at.date()).days < 56 and e.at.date() - timedelta(days=1) in days
    ]
    expected = reference_spearman([p[0] for p in pairs], [p[1] for p in pairs])
    link = result.sitting_vs_tightness
    assert link.pairs == len(pairs) == 56
    assert link.rho == pytest.approx(expected, abs=1e-9)
    assert link.strength == "strong"
    week = [TODAY - timedelta(days=i) for i in range(1, 8)]  # whole days, to yesterday
    assert result.sitting_hours_per_day == pytest.approx(
        float(np.mean([days[d].sitting_hours for d in week]))
    )
    previous = [TODAY - timedelta(days=i) for i in range(8, 15)]
    assert result.previous_sitting_hours_per_day == pytest.approx(
        float(np.mean([days[d].sitting_hours for d in previous]))
    )
    assert result.routines_done == 3  # days 1, 3 and 5 before today
    # the trend: least squares over the last 4 weeks, points per week
    recent = [e for e in entries if (TODAY - e.at.date()).days < 28]
    x = [(e.at.date() - TODAY).days for e in recent]
    y = [e.tightness for e in recent]
    assert result.tightness_trend_per_week == pytest.approx(
        float(np.polyfit(x, y, 1)[0]) * 7
    )
    assert result.suggestion is not None
    assert (result.suggestion.current, result.suggestion.proposed) == (45, 30)


def test_accepted_suggestion_is_judged_on_newer_days_only() -> None:
    days, entries = history()
    later = compute(
        days,
        entries,
        [],
        now=NOW,
        zone=UTC,
        break_after_minutes=30,
        links_since=TODAY - timedelta(days=3),
    )
    assert later.sitting_vs_tightness.pairs == 2
    assert later.suggestion is None  # not again until enough new days say so


def test_no_link_no_suggestion_and_too_little_data() -> None:
    days, entries = history(link=0.0)
    result = compute(days, entries, [], now=NOW, zone=UTC, break_after_minutes=45)
    assert result.suggestion is None
    assert result.sitting_vs_tightness.strength in {"none", "weak"}
    few = compute(days, entries[-10:], [], now=NOW, zone=UTC, break_after_minutes=45)
    assert few.sitting_vs_tightness.strength is None
    assert few.sitting_vs_tightness.days_needed == 4
    assert (
        compute(
            {}, [], [], now=NOW, zone=UTC, break_after_minutes=45
        ).sitting_hours_per_day
        is None
    )


@pytest.mark.parametrize(
    ("rho", "word"),
    [
        (0.05, "none"),
        (-0.099, "none"),
        (0.1, "weak"),
        (0.29, "weak"),
        (0.3, "moderate"),
        (-0.49, "moderate"),
        (0.5, "strong"),
        (-0.9, "strong"),
    ],
)
def test_strength_words(rho: float, word: str) -> None:
    assert Association(rho, 14).strength == word
    assert Association(rho, 13).strength is None


def test_spearman_ties_and_constant_series() -> None:
    pairs = [(1.0, 2.0), (2.0, 2.0), (2.0, 3.0), (4.0, 5.0)]
    assert spearman(pairs).rho == pytest.approx(
        reference_spearman([p[0] for p in pairs], [p[1] for p in pairs])
    )
    assert spearman([(1.0, 3.0), (2.0, 3.0)]).rho is None


def test_summary_schedule_across_dst() -> None:
    berlin = ZoneInfo("Europe/Berlin")
    sunday = 6
    # Saturday before the autumn DST change (25 Oct 2026)
    now = datetime(2026, 10, 24, 12, tzinfo=UTC)
    due = next_due(now, sunday, 18 * 60, berlin)
    assert due.astimezone(berlin).replace(tzinfo=None) == datetime(2026, 10, 25, 18, 0)
    assert previous_due(due, sunday, 18 * 60, berlin) == due
    before = previous_due(due - timedelta(seconds=1), sunday, 18 * 60, berlin)
    assert before.astimezone(berlin).replace(tzinfo=None) == datetime(
        2026, 10, 18, 18, 0
    )
    # a week with the DST change in it is 7 days and 1 hour long
    assert due.astimezone(UTC) - before.astimezone(UTC) == timedelta(days=7, hours=1)


# -- links that hold up: a permutation p-value for Spearman's rho ----------------------


def exact_p(pairs: list[tuple[float, float]]) -> float:
    """Two-sided p of rho by enumerating every permutation (numpy, independent)."""
    from itertools import permutations

    xs = np.array([p[0] for p in pairs])
    ys = np.array([p[1] for p in pairs])
    rx = np.argsort(np.argsort(xs)).astype(float)  # no ties in these tests
    ry = np.argsort(np.argsort(ys)).astype(float)
    rx -= rx.mean()
    ry -= ry.mean()
    observed = abs(float(rx @ ry))
    every = np.array(list(permutations(ry)))
    stats = np.abs(every @ rx)
    return float(np.mean(stats >= observed - 1e-9))


def test_p_value_is_exact_for_few_pairs() -> None:
    rng = random.Random(5)
    for _ in range(5):
        pairs = [(rng.random(), rng.random()) for _ in range(6)]
        assert spearman(pairs).p_value == pytest.approx(exact_p(pairs), abs=1e-12)


def test_p_value_by_permutation_is_close_to_exact() -> None:
    rng = random.Random(9)
    for strength in (0.0, 0.6, 1.0, 1.5):
        xs = [rng.random() for _ in range(9)]
        pairs = [(x, strength * x + rng.random()) for x in xs]
        exact = exact_p(pairs)
        found = spearman(pairs).p_value
        assert found is not None
        # a sequential Monte Carlo estimate: close where it matters (near 0.05)
        assert abs(found - exact) < (0.02 if exact < 0.15 else 0.15), (exact, found)
    again = [(rng.random(), rng.random()) for _ in range(20)]
    assert spearman(again).p_value == spearman(list(again)).p_value  # reproducible


def random_history(
    rng: random.Random, pairs: int
) -> tuple[dict[date, DayData], list[SymptomEntry]]:
    """Sitting and tightness drawn independently: any link is chance."""
    days: dict[date, DayData] = {}
    entries: list[SymptomEntry] = []
    for i in range(pairs, -1, -1):
        day = TODAY - timedelta(days=i)
        days[day] = DayData(rng.uniform(3, 10), 6, 60.0)
        if i < pairs:
            entries.append(
                SymptomEntry(
                    at=datetime(day.year, day.month, day.day, 20, tzinfo=UTC),
                    tightness=rng.randint(2, 7),  # whole points: many ties
                )
            )
    return days, entries


def test_independent_series_rarely_show_a_link_or_a_suggestion() -> None:
    """With no link at all, a link is reported in about 5 % of cases or fewer."""
    rng = random.Random(2026)
    runs, links, suggestions, moderate = 400, 0, 0, 0
    for run in range(runs):
        days, entries = random_history(rng, 14 + run % 43)  # 14 to 56 paired days
        result = compute(days, entries, [], now=NOW, zone=UTC, break_after_minutes=45)
        link = result.sitting_vs_tightness
        assert link.enough
        links += link.clear
        suggestions += result.suggestion is not None
        moderate += link.rho is not None and link.rho >= 0.3  # the old rule
    # measured: links 0.048, suggestions 0.020, the old rule (rho >= 0.3) 0.058
    assert 0.02 <= links / runs <= 0.07  # not too many, nor a p-value that never
    assert suggestions / runs <= 0.05  # says yes
    assert moderate / runs > 2 * suggestions / runs  # the old rule said far more


def test_a_planted_link_is_found() -> None:
    days, entries = history(weeks=4, link=0.6, seed=11)
    result = compute(days, entries, [], now=NOW, zone=UTC, break_after_minutes=45)
    link = result.sitting_vs_tightness
    assert link.clear
    assert link.p_value is not None
    assert link.p_value < 0.01
    assert result.suggestion is not None


def test_p_value_with_ties_matches_a_long_reference() -> None:
    """Whole-point tightness (many ties), 20 pairs: the seeded shuffles agree with
    100,000 shuffles by numpy, closely enough never to flip the decision at 0.05."""
    rng = random.Random(31)
    generator = np.random.default_rng(7)
    for strength in (0.0, 0.25, 0.45, 0.8):
        xs = [rng.uniform(3, 10) for _ in range(20)]
        pairs = [(x, float(round(strength * x + rng.uniform(0, 6)))) for x in xs]
        found = spearman(pairs).p_value
        assert found is not None
        rx = np.array(ranks([p[0] for p in pairs]))
        ry = np.array(ranks([p[1] for p in pairs]))
        rx -= rx.mean()
        ry -= ry.mean()
        observed = abs(float(rx @ ry)) - 1e-9
        shuffled = np.array([generator.permutation(ry) for _ in range(100_000)])
        reference = float(np.mean(np.abs(shuffled @ rx) >= observed))
        tolerance = 0.015 if reference < 0.15 else 0.06
        assert abs(found - reference) < tolerance, (strength, found, reference)
        if abs(reference - 0.05) > 0.015:  # away from the line: the same decision
            assert (found < 0.05) == (reference < 0.05)
