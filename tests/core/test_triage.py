"""The triage assessment: one table row per rule, and the boundaries of each."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta

import pytest

from custom_components.hamstring_coach.core.triage import (
    DaySitting,
    Driver,
    Level,
    SymptomEntry,
    assess,
    entry_problems,
)

NOW = datetime(2026, 6, 30, 18, 0, tzinfo=UTC)


def entry(
    days_ago: float, tightness: int = 5, *sensations: str, **kw: object
) -> SymptomEntry:
    return SymptomEntry(
        at=NOW - timedelta(days=days_ago),
        tightness=tightness,
        sensations=frozenset(sensations),
        **kw,  # type: ignore[arg-type]
    )


@dataclass
class Case:
    name: str
    history: list[SymptomEntry]
    level: Level
    codes: set[str]
    completions: list[datetime] = field(default_factory=list)
    sitting: dict[date, DaySitting] = field(default_factory=dict)
    drivers: set[Driver] = field(default_factory=set)
    routines: set[str] = field(default_factory=set)


def weekly(times_per_week: float, days: int = 28) -> list[datetime]:
    """Routine completions spread evenly over the last ``days``."""
    count = round(times_per_week * days / 7)
    return [
        NOW - timedelta(days=days) + timedelta(days=days * (i + 0.5) / count)
        for i in range(count)
    ]


def steady(days: int, first: int, last: int, *sensations: str) -> list[SymptomEntry]:
    """Daily entries over ``days`` days, going from ``first`` to ``last`` tightness."""
    return [
        entry(days - i, round(first + (last - first) * i / days), *sensations)
        for i in range(days + 1)
    ]


def sitting_week(hours: float, longest: float = 30) -> dict[date, DaySitting]:
    return {
        (NOW - timedelta(days=i)).date(): DaySitting(hours, longest)
        for i in range(1, 8)
    }


CASES = [
    Case("nothing logged", [], Level.SELF_CARE, set(), routines={"desk_break"}),
    Case("mild tightness", [entry(1, 3)], Level.SELF_CARE, set()),
    # emergency red flags (NICE)
    Case(
        "saddle numbness",
        [entry(2, 4, "saddle_numbness")],
        Level.EMERGENCY,
        {"cauda_equina_signs"},
    ),
    Case(
        "bladder change",
        [entry(2, 4, "bladder_bowel_change")],
        Level.EMERGENCY,
        {"cauda_equina_signs"},
    ),
    Case("both legs", [entry(1, 6, "both_legs")], Level.EMERGENCY, {"both_legs"}),
    # acute injury (article)
    Case("pop", [entry(0.1, 8, "pop")], Level.URGENT, {"acute_injury"}),
    Case("tearing", [entry(3, 8, "tearing")], Level.URGENT, {"acute_injury"}),
    Case(
        "sudden sharp pain",
        [entry(1, 8, "sudden_sharp_pain")],
        Level.URGENT,
        {"acute_injury"},
    ),
    Case(
        "calf swelling", [entry(1, 4, "calf_swelling")], Level.URGENT, {"calf_swelling"}
    ),
    # nerve involvement (article)
    Case(
        "tingling below the knee",
        [entry(1, 5, "tingling", "radiating_below_knee")],
        Level.CONSULT,
        {"nerve_involvement", "avoid_static_stretching"},
        drivers={Driver.NEURAL_TENSION},
        routines={"nerve_glides"},
    ),
    Case(
        "numbness",
        [entry(1, 5, "numbness")],
        Level.CONSULT,
        {"nerve_involvement", "avoid_static_stretching"},
    ),
    Case(
        "weakness",
        [entry(1, 5, "weakness")],
        Level.CONSULT,
        {"nerve_involvement", "avoid_static_stretching"},
    ),
    Case(
        "fever",
        [entry(1, 5, "fever_or_weight_loss")],
        Level.CONSULT,
        {"systemic_signs"},
    ),
    # milder neural hints
    Case(
        "one sharp pull",
        [entry(1, 5, "sharp_pull")],
        Level.MONITOR,
        {"neural_hint", "avoid_static_stretching"},
        drivers={Driver.NEURAL_TENSION},
        routines={"nerve_glides"},
    ),
    Case(
        "tingling above the knee",
        [entry(1, 5, "tingling")],
        Level.MONITOR,
        {"neural_hint", "avoid_static_stretching"},
    ),
    Case(
        "hint again within 14 days",
        [entry(13.9, 5, "sharp_pull"), entry(0.5, 5, "tingling")],
        Level.CONSULT,
        {"neural_hint_repeated", "avoid_static_stretching"},
    ),
    Case(
        "hint again after 14 days",
        [entry(14.1, 5, "sharp_pull"), entry(0.5, 5, "tingling")],
        Level.MONITOR,
        {"neural_hint", "avoid_static_stretching"},
    ),
    # the 14-day window
    Case("pop 13.9 days ago", [entry(13.9, 8, "pop")], Level.URGENT, {"acute_injury"}),
    Case("pop 14.1 days ago", [entry(14.1, 8, "pop")], Level.SELF_CARE, set()),
    # swelling alone
    Case(
        "bruising", [entry(2, 5, "bruising")], Level.MONITOR, {"swelling_or_bruising"}
    ),
    # persistence: 21 days, twice a week, one point
    Case(
        "three weeks, self-care, no better",
        steady(21, 6, 6),
        Level.CONSULT,
        {"persistent_despite_self_care"},
        completions=weekly(2),
    ),
    Case(
        "just under three weeks",
        steady(20, 6, 6),
        Level.SELF_CARE,
        set(),
        completions=weekly(2),
    ),
    Case(
        "improved by one point",
        steady(21, 6, 5),
        Level.SELF_CARE,
        set(),
        completions=weekly(2),
    ),
    Case(
        "improved by less than one point",
        [*steady(21, 6, 6)[:-3], entry(2, 6), entry(1, 5), entry(0, 5)],
        Level.CONSULT,
        {"persistent_despite_self_care"},
        completions=weekly(2),
    ),
    Case(
        "too little self-care",
        steady(21, 6, 6),
        Level.SELF_CARE,
        {"little_self_care"},
        completions=weekly(1.5),
        routines={"glute_core", "dynamic_mobility"},
    ),
    Case(
        "persistent with bruising",
        [entry(21, 6, "bruising"), *steady(20, 6, 6)],
        Level.CONSULT,
        {"persistent_despite_self_care", "persistent_with_swelling"},
        completions=weekly(2),
    ),
    # drivers from data
    Case(
        "long sitting",
        [entry(1, 5)],
        Level.SELF_CARE,
        {"long_sitting"},
        sitting=sitting_week(6.5),
        drivers={Driver.ANTERIOR_PELVIC_TILT},
        routines={"posture_reset", "glute_core"},
    ),
    Case(
        "six hours is not long",
        [entry(1, 5)],
        Level.SELF_CARE,
        set(),
        sitting=sitting_week(6.0),
    ),
    Case(
        "streaks past break_after",
        [entry(1, 5)],
        Level.SELF_CARE,
        {"long_sitting"},
        sitting=sitting_week(4, longest=50),
    ),
    Case(
        "tight after sitting",
        [entry(1, 5, context="after_sitting")],
        Level.SELF_CARE,
        {"tight_after_sitting"},
        drivers={Driver.ANTERIOR_PELVIC_TILT},
    ),
    Case(
        "tight after activity",
        [entry(1, 5, context="after_activity")],
        Level.SELF_CARE,
        {"tight_after_activity"},
        drivers={Driver.SYNERGISTIC_DOMINANCE},
        routines={"glute_core"},
    ),
    # no under-triage: the worst entry in the window decides
    Case(
        "a calm entry after a red flag",
        [entry(5, 4, "saddle_numbness"), entry(0.1, 1)],
        Level.EMERGENCY,
        {"cauda_equina_signs"},
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_rules(case: Case) -> None:
    result = assess(case.history, case.completions, case.sitting, now=NOW, zone=UTC)
    assert result.level is case.level
    assert {r.code for r in result.reasons} == case.codes
    assert case.drivers <= set(result.likely_drivers)
    assert case.routines <= set(result.recommended_routines)
    assert result.consultation_recommended == (case.level.rank >= Level.CONSULT.rank)
    # reasons come most serious first, and the top one carries the level
    if result.reasons:
        assert result.reasons[0].level is result.level


def test_future_entries_are_ignored() -> None:
    result = assess([entry(-1, 9, "pop")], [], {}, now=NOW, zone=UTC)
    assert result.level is Level.SELF_CARE


def test_entry_problems_and_round_trip() -> None:
    good = entry(1, 4, "tingling", side="left", context="morning", notes="x", pain=2)
    assert entry_problems(good) == []
    assert SymptomEntry.from_dict(good.to_dict()) == good
    bad = SymptomEntry(
        NOW,
        11,
        pain=-1,
        side="middle",
        sensations=frozenset({"itch"}),
        context="?",
        notes="n" * 501,
    )
    assert [field for field, _ in entry_problems(bad)] == [
        "tightness",
        "pain",
        "side",
        "sensations",
        "context",
        "notes",
    ]
    with pytest.raises(ValueError, match="invalid"):
        SymptomEntry.from_dict({**good.to_dict(), "tightness": 12})


def test_a_year_of_history_is_fine() -> None:
    history = [
        entry(day, 4 + day % 3, "tingling" if day % 30 == 0 else "bruising")
        for day in range(366)
    ]
    result = assess(history, weekly(2, 365), sitting_week(7), now=NOW, zone=UTC)
    assert result.level is not None
