"""The triage assessment: one table row per rule, and the boundaries of each."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, timedelta

from hypothesis import given, settings, strategies as st
import pytest

from custom_components.hamstring_coach.core.triage import (
    CONTEXTS,
    RULES,
    SENSATIONS,
    SOURCES,
    URGENT_SIGNS,
    Assessment,
    DaySitting,
    Driver,
    Level,
    Reason,
    SymptomEntry,
    alert_keys,
    assess,
    emergency_number,
    entry_problems,
    red_flags_of,
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


NERVE_CONSULT = {"nerve_involvement", "avoid_static_stretching"}

CASES = [
    Case("nothing logged", [], Level.SELF_CARE, set(), routines={"desk_break"}),
    Case("mild tightness", [entry(1, 3)], Level.SELF_CARE, set()),
    # -- emergency ------------------------------------------------------------------
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
    Case(
        "nerve symptoms in both legs",
        [entry(1, 6, "both_legs")],
        Level.EMERGENCY,
        {"both_legs"},
    ),
    *(
        Case(
            f"both sides with {sign}",
            [entry(1, 5, sign, side="both")],
            Level.EMERGENCY,
            {"both_legs", *also},
        )
        for sign, also in (
            ("radiating_below_knee", NERVE_CONSULT),
            ("numbness", NERVE_CONSULT),
            ("weakness", NERVE_CONSULT),
            ("tingling", {"neural_hint", "avoid_static_stretching"}),
            ("foot_drop", {"foot_drop"}),
        )
    ),
    Case(
        "both sides: tingling below the knee (was only consult)",
        [entry(1, 5, "tingling", "radiating_below_knee", side="both")],
        Level.EMERGENCY,
        {"both_legs", *NERVE_CONSULT},
    ),
    Case(
        "breathlessness or chest pain",
        [entry(1, 4, "breathlessness_chest_pain")],
        Level.EMERGENCY,
        {"breathlessness_chest_pain"},
    ),
    Case(
        "dark urine after exercise",
        [entry(1, 4, "dark_urine")],
        Level.EMERGENCY,
        {"dark_urine"},
    ),
    # -- bilateral tightness is the everyday case -------------------------------------
    Case("tightness in both legs", [entry(1, 6, side="both")], Level.SELF_CARE, set()),
    Case(
        "tightness in both legs with a sharp pull",
        [entry(1, 6, "sharp_pull", side="both")],
        Level.MONITOR,
        {"neural_hint", "avoid_static_stretching"},
    ),
    # -- urgent ---------------------------------------------------------------------
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
    Case(
        "red, warm, swollen thigh",
        [entry(1, 4, "leg_red_warm_swollen")],
        Level.URGENT,
        {"leg_red_warm_swollen"},
    ),
    Case("fever", [entry(1, 5, "fever")], Level.URGENT, {"fever"}),
    Case(
        "foot drop",
        [entry(1, 5, "foot_drop")],
        Level.URGENT,
        {"foot_drop"},
    ),
    Case(
        "weakness getting worse",
        [entry(1, 5, "weakness_worsening")],
        Level.URGENT,
        {"weakness_worsening"},
    ),
    Case("night pain", [entry(1, 5, "night_pain")], Level.URGENT, {"night_pain"}),
    Case(
        "weight loss without trying",
        [entry(1, 5, "unexplained_weight_loss")],
        Level.URGENT,
        {"unexplained_weight_loss"},
    ),
    Case(
        "pain 8 with swelling",
        [entry(1, 5, "swelling", pain=8)],
        Level.URGENT,
        {"severe_pain_with_signs", "severe_pain", "swelling_or_bruising"},
    ),
    Case(
        "pain 7 with swelling is not yet urgent",
        [entry(1, 5, "swelling", pain=7)],
        Level.CONSULT,
        {"severe_pain", "swelling_or_bruising"},
    ),
    Case(
        "pain 9 after activity (was self_care)",
        [entry(1, 8, pain=9, context="after_activity")],
        Level.CONSULT,
        {"severe_pain", "tight_after_activity"},
        routines={"glute_core"},
    ),
    Case(
        "pop, then bruising and weakness on day 16",
        [entry(16, 8, "pop"), entry(0.1, 6, "bruising", "weakness")],
        Level.URGENT,
        {
            "acute_injury",
            "possible_avulsion",
            "nerve_involvement",
            "avoid_static_stretching",
            "swelling_or_bruising",
        },
    ),
    Case(
        "tearing with bruising in one entry",
        [entry(2, 7, "tearing", "bruising")],
        Level.URGENT,
        {"acute_injury", "possible_avulsion", "swelling_or_bruising"},
    ),
    Case(
        "bruising before the pop is no avulsion sign",
        [entry(3, 5, "bruising"), entry(1, 8, "pop")],
        Level.URGENT,
        {"acute_injury", "swelling_or_bruising"},
    ),
    # -- the 42-day hold --------------------------------------------------------------
    Case("pop 41.9 days ago", [entry(41.9, 8, "pop")], Level.URGENT, {"acute_injury"}),
    Case(
        "pop 42.1 days ago, never reviewed",
        [entry(42.1, 8, "pop")],
        Level.CONSULT,
        {"red_flag_not_reviewed"},
    ),
    Case(
        "saddle numbness 15 days ago (was self_care)",
        [entry(15, 4, "saddle_numbness")],
        Level.EMERGENCY,
        {"cauda_equina_signs"},
    ),
    Case(
        "saddle numbness 100 days ago, never reviewed",
        [entry(100, 4, "saddle_numbness")],
        Level.CONSULT,
        {"red_flag_not_reviewed"},
    ),
    # -- consult --------------------------------------------------------------------
    Case("pain 7", [entry(1, 5, pain=7)], Level.CONSULT, {"severe_pain"}),
    Case("pain 6", [entry(1, 5, pain=6)], Level.SELF_CARE, set()),
    Case("pain 7 fifteen days ago", [entry(15, 5, pain=7)], Level.SELF_CARE, set()),
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
        "numbness 14.1 days ago", [entry(14.1, 5, "numbness")], Level.SELF_CARE, set()
    ),
    Case(
        "cancer history",
        [entry(1, 4, "cancer_history")],
        Level.CONSULT,
        {"cancer_history"},
    ),
    Case("a fall", [entry(1, 4, "trauma")], Level.CONSULT, {"trauma"}),
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
        "hint twice on one day is not persistence",
        [entry(0.4, 5, "sharp_pull"), entry(0.3, 5, "tingling")],
        Level.MONITOR,
        {"neural_hint", "avoid_static_stretching"},
    ),
    Case(
        "hint again after 14 days",
        [entry(14.1, 5, "sharp_pull"), entry(0.5, 5, "tingling")],
        Level.MONITOR,
        {"neural_hint", "avoid_static_stretching"},
    ),
    # swelling alone
    Case(
        "bruising", [entry(2, 5, "bruising")], Level.MONITOR, {"swelling_or_bruising"}
    ),
    # -- trends -----------------------------------------------------------------------
    Case(
        "tightness 3 -> 8 and pain 2 -> 8 over four weeks, no routines",
        [
            entry(28 - 2 * i, 3 + round(5 * i / 14), pain=2 + round(6 * i / 14))
            for i in range(15)
        ],
        Level.CONSULT,
        {"worsening", "severe_pain", "little_self_care"},
    ),
    Case(
        "tightness 3 -> 8 over four weeks, with plenty of routines",
        steady(28, 3, 8),
        Level.CONSULT,
        {"worsening", "persistent_despite_self_care"},
        completions=weekly(4),
    ),
    Case(
        "up two points within 13 days is too short to call",
        [entry(13, 3), entry(0, 5)],
        Level.SELF_CARE,
        set(),
    ),
    Case(
        "up two points over 14 days",
        [entry(14, 3), entry(0, 5)],
        Level.CONSULT,
        {"worsening"},
    ),
    Case(
        "up 1.5 points over three weeks",
        [entry(21, 4), entry(20, 4), entry(1, 5), entry(0.5, 6)],
        Level.SELF_CARE,
        set(),
    ),
    Case(
        "a high second entry on the same day counts once (day maximum)",
        [entry(15, 4), entry(14.9, 4), entry(0.2, 5), entry(0.1, 5)],
        Level.SELF_CARE,
        set(),
    ),
    Case(
        "going on for six weeks, as the person says",
        [entry(1, 4, since_days=41)],
        Level.CONSULT,
        {"long_lasting"},
    ),
    Case(
        "going on for five weeks, as the person says",
        [entry(1, 4, since_days=35)],
        Level.SELF_CARE,
        set(),
    ),
    Case(
        "six weeks in the log, no better",
        [entry(43, 4), entry(42, 4), entry(1, 4)],
        Level.CONSULT,
        {"long_lasting", "little_self_care"},
    ),
    Case(
        "six weeks in the log, clearly better",
        [entry(43, 6), entry(42, 6), entry(1, 4)],
        Level.SELF_CARE,
        set(),
    ),
    Case(
        "six weeks in the log, gone",
        [entry(43, 4), entry(1, 0, pain=0)],
        Level.SELF_CARE,
        set(),
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
        since_days=3651,
    )
    assert [field for field, _ in entry_problems(bad)] == [
        "tightness",
        "pain",
        "side",
        "sensations",
        "context",
        "notes",
        "since_days",
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


# -- professional review ---------------------------------------------------------------


def test_a_review_rests_the_signs_before_it_and_newer_ones_count_again() -> None:
    pop = entry(10, 8, "pop")
    before = assess([pop], [], {}, now=NOW, zone=UTC)
    assert before.level is Level.URGENT
    assert not before.routines_allowed
    reviewed = assess(
        [pop], [], {}, now=NOW, zone=UTC, reviewed_at=NOW - timedelta(days=2)
    )
    assert reviewed.level is Level.SELF_CARE
    assert reviewed.routines_allowed
    # the exercise hold after an acute injury outlasts the review (42 days)
    tight = entry(1, 5, context="after_activity")
    after = assess(
        [pop, tight], [], {}, now=NOW, zone=UTC, reviewed_at=NOW - timedelta(days=2)
    )
    assert "dynamic_mobility" not in after.recommended_routines
    assert "glute_core" in after.recommended_routines
    # a new red flag after the review counts again
    again = assess(
        [pop, entry(1, 6, "calf_swelling")],
        [],
        {},
        now=NOW,
        zone=UTC,
        reviewed_at=NOW - timedelta(days=2),
    )
    assert again.level is Level.URGENT
    assert {r.code for r in again.reasons} == {"calf_swelling"}


def test_a_review_ends_the_reminder_of_an_old_red_flag() -> None:
    old = entry(60, 4, "saddle_numbness")
    assert assess([old], [], {}, now=NOW, zone=UTC).level is Level.CONSULT
    reviewed = assess(
        [old], [], {}, now=NOW, zone=UTC, reviewed_at=NOW - timedelta(days=50)
    )
    assert reviewed.level is Level.SELF_CARE


# -- what the coach recommends -----------------------------------------------------------


@pytest.mark.parametrize(
    "history",
    [
        [entry(1, 5, "pop")],
        [entry(1, 5, "saddle_numbness")],
        [entry(1, 5, "calf_swelling", context="after_activity")],
        [entry(1, 5, "both_legs", "sharp_pull")],
        [entry(1, 5, "fever", context="after_sitting")],
    ],
)
def test_no_routine_is_recommended_at_urgent_or_above(
    history: list[SymptomEntry],
) -> None:
    result = assess(history, [], {}, now=NOW, zone=UTC)
    assert result.level.rank >= Level.URGENT.rank
    assert result.recommended_routines == ()
    assert not result.routines_allowed


@pytest.mark.parametrize(
    ("history", "reviewed_days_ago"),
    [
        # an acute sign within 42 days (reviewed, so the level is low again)
        (
            [entry(41, 5, "pop"), entry(1, 5, "sharp_pull", context="after_activity")],
            30,
        ),
        # a cauda equina sign within 42 days, reviewed
        ([entry(20, 5, "saddle_numbness"), entry(1, 5, "tingling")], 10),
        # pain of 7 or more
        ([entry(1, 5, "sharp_pull", pain=7, context="after_activity")], None),
    ],
)
def test_dynamic_mobility_and_nerve_glides_are_held_back(
    history: list[SymptomEntry], reviewed_days_ago: int | None
) -> None:
    reviewed = (
        None if reviewed_days_ago is None else NOW - timedelta(days=reviewed_days_ago)
    )
    result = assess(history, [], {}, now=NOW, zone=UTC, reviewed_at=reviewed)
    assert result.level.rank < Level.URGENT.rank
    assert not {"dynamic_mobility", "nerve_glides"} & set(result.recommended_routines)
    assert result.recommended_routines  # something gentle is still offered
    assert not result.may_start("dynamic_mobility")
    assert not result.may_start("nerve_glides")
    assert result.may_start("desk_break")


def test_after_the_hold_nerve_glides_come_back() -> None:
    history = [entry(43, 5, "pop"), entry(1, 5, "sharp_pull")]
    result = assess(
        history, [], {}, now=NOW, zone=UTC, reviewed_at=NOW - timedelta(days=40)
    )
    assert "nerve_glides" in result.recommended_routines


# -- monotonicity: adding a sign never lowers the level --------------------------------

entry_strategy = st.builds(
    lambda days, tightness, pain, side, signs, context, since: entry(
        days, tightness, *signs, pain=pain, side=side, context=context, since_days=since
    ),
    st.floats(min_value=0, max_value=70),
    st.integers(min_value=0, max_value=10),
    st.none() | st.integers(min_value=0, max_value=10),
    st.sampled_from([None, "left", "right", "both"]),
    st.frozensets(st.sampled_from(SENSATIONS), max_size=3),
    st.sampled_from([None, *CONTEXTS]),
    st.none() | st.integers(min_value=0, max_value=100),
)


@settings(max_examples=400, deadline=None)
@given(
    history=st.lists(entry_strategy, min_size=1, max_size=8),
    pick=st.integers(min_value=0),
    sign=st.sampled_from(SENSATIONS),
    routines=st.floats(min_value=0, max_value=4),
    reviewed=st.none() | st.floats(min_value=0, max_value=70),
)
def test_adding_a_sign_never_lowers_the_level(
    history: list[SymptomEntry],
    pick: int,
    sign: str,
    routines: float,
    reviewed: float | None,
) -> None:
    reviewed_at = None if reviewed is None else NOW - timedelta(days=reviewed)
    completions = weekly(routines) if routines >= 0.25 else []

    def level(entries: list[SymptomEntry]) -> Assessment:
        return assess(
            entries, completions, {}, now=NOW, zone=UTC, reviewed_at=reviewed_at
        )

    index = pick % len(history)
    more = list(history)
    more[index] = replace(history[index], sensations=history[index].sensations | {sign})
    before, after = level(history), level(more)
    assert after.level.rank >= before.level.rank
    # whatever holds routines back before still does after
    assert after.routines_allowed <= before.routines_allowed


@settings(max_examples=200, deadline=None)
@given(history=st.lists(entry_strategy, min_size=1, max_size=8))
def test_every_urgent_sign_within_the_hold_keeps_routines_back(
    history: list[SymptomEntry],
) -> None:
    result = assess(history, [], {}, now=NOW, zone=UTC)
    if any(
        red_flags_of(e) and NOW - e.at <= timedelta(days=42)
        for e in history
        if e.at <= NOW
    ):
        assert not result.routines_allowed
    # and no red flag ever leaves the assessment without a reason at consult or above
    if any(red_flags_of(e) for e in history if e.at <= NOW):
        assert result.consultation_recommended


# -- alerts, emergency numbers, the rules table ------------------------------------------


def test_alert_keys_name_each_reason_and_sign_from_consult_up() -> None:
    result = assess(
        [entry(2, 5, "numbness"), entry(1, 8, "pop", context="after_sitting")],
        [],
        {},
        now=NOW,
        zone=UTC,
    )
    assert alert_keys(result) == {
        "acute_injury",
        "acute_injury:pop",
        "nerve_involvement",
        "nerve_involvement:numbness",
    }
    calm = Assessment(Level.MONITOR, (Reason("neural_hint", Level.MONITOR),), (), ())
    assert alert_keys(calm) == frozenset()


@pytest.mark.parametrize(
    ("country", "number"),
    [
        ("US", "911"),
        ("GB", "999"),
        ("AU", "000"),
        ("DE", "112"),
        (None, "112"),
        ("de", "112"),
    ],
)
def test_emergency_number(country: str | None, number: str) -> None:
    assert emergency_number(country) == number
    result = assess(
        [entry(1, 3, "saddle_numbness")], [], {}, now=NOW, zone=UTC, country=country
    )
    assert result.emergency_number == number
    assert result.reasons[0].values["number"] == number


def test_legacy_signs_load_with_the_safer_meaning() -> None:
    stored = {**entry(1, 4).to_dict(), "sensations": ["fever_or_weight_loss"]}
    del stored["since_days"]  # version 0.2 had no such field
    loaded = SymptomEntry.from_dict(stored)
    assert loaded.sensations == {"fever", "unexplained_weight_loss"}
    assert loaded.since_days is None
    assert assess([loaded], [], {}, now=NOW, zone=UTC).level is Level.URGENT
    # "both_legs" of 0.2 ("symptoms in both legs") keeps its emergency level
    old = SymptomEntry.from_dict({**entry(1, 4).to_dict(), "sensations": ["both_legs"]})
    assert assess([old], [], {}, now=NOW, zone=UTC).level is Level.EMERGENCY


def test_every_rule_has_a_known_source_and_urgent_signs_match_rules() -> None:
    assert len({rule.id for rule in RULES}) == len(RULES)
    for rule in RULES:
        assert rule.sources, rule.id
        assert set(rule.sources) <= set(SOURCES), rule.id
        assert rule.when, rule.id
    assert {key for rule in RULES for key in rule.sources} == set(SOURCES)
    # each sign that holds routines back by itself has a rule at urgent or above
    for sign in URGENT_SIGNS:
        result = assess([entry(1, 3, sign)], [], {}, now=NOW, zone=UTC)
        assert result.level.rank >= Level.URGENT.rank, sign


def test_adding_any_sign_to_any_one_or_two_signs_never_lowers_the_level() -> None:
    """Exhaustive over every pair of signs plus one more, each side, and pain levels."""
    pairs = {frozenset({a, b}) for a in SENSATIONS for b in SENSATIONS}
    for base in pairs:
        for side in (None, "both"):
            for pain in (None, 8):
                one = entry(2, 5, *base, pain=pain, side=side)
                before = assess([one], [], {}, now=NOW, zone=UTC).level
                for sign in set(SENSATIONS) - base:
                    more = replace(one, sensations=base | {sign})
                    after = assess([more], [], {}, now=NOW, zone=UTC).level
                    assert after.rank >= before.rank, (sorted(base), side, pain, sign)


# -- found by the independent review -------------------------------------------------


@pytest.mark.parametrize(
    ("history", "level", "codes"),
    [
        (
            [
                entry(5, 4, "numbness", side="left"),
                entry(1, 4, "numbness", side="right"),
            ],
            Level.EMERGENCY,
            {"both_legs", "nerve_involvement", "avoid_static_stretching"},
        ),
        (
            [
                entry(16, 4, "tingling", side="left"),
                entry(1, 4, "tingling", side="right"),
            ],
            Level.MONITOR,
            {"neural_hint", "avoid_static_stretching"},
        ),
        (
            [entry(1, 4, "fever", "tingling")],
            Level.EMERGENCY,
            {
                "fever",
                "fever_with_nerve_signs",
                "neural_hint",
                "avoid_static_stretching",
            },
        ),
        (
            [entry(30, 4, "cancer_history"), entry(1, 4, "numbness")],
            Level.URGENT,
            {
                "cancer_history",
                "cancer_history_with_signs",
                "nerve_involvement",
                "avoid_static_stretching",
                "little_self_care",
            },
        ),
        (
            [entry(1, 4, "cancer_history", pain=7)],
            Level.URGENT,
            {"cancer_history", "cancer_history_with_signs", "severe_pain"},
        ),
        ([entry(43, 4, "cancer_history")], Level.CONSULT, {"red_flag_not_reviewed"}),
        ([entry(50, 4, "trauma")], Level.CONSULT, {"red_flag_not_reviewed"}),
        (
            [
                entry(50, 4, "numbness", side="left"),
                entry(45, 4, "numbness", side="right"),
            ],
            Level.CONSULT,
            {"red_flag_not_reviewed"},
        ),
    ],
)
def test_review_findings(
    history: list[SymptomEntry], level: Level, codes: set[str]
) -> None:
    result = assess(history, [], {}, now=NOW, zone=UTC)
    assert result.level is level
    assert {r.code for r in result.reasons} == codes


def test_every_reason_carries_the_emergency_number() -> None:
    result = assess(
        [entry(1, 4, "calf_swelling")], [], {}, now=NOW, zone=UTC, country="AU"
    )
    assert all(r.values["number"] == "000" for r in result.reasons)


def test_pain_holds_exercise_back_even_after_a_review() -> None:
    history = [entry(1, 5, "sharp_pull", pain=8, context="after_activity")]
    result = assess(
        history, [], {}, now=NOW, zone=UTC, reviewed_at=NOW - timedelta(hours=1)
    )
    assert result.level is Level.SELF_CARE
    assert set(result.held_back_routines) == {"dynamic_mobility", "nerve_glides"}
    assert not result.may_start("dynamic_mobility")
    assert result.may_start("glute_core")
    assert "dynamic_mobility" not in result.recommended_routines


def test_nerve_glides_wait_while_a_nerve_loses_function() -> None:
    losing = assess([entry(1, 5, "numbness")], [], {}, now=NOW, zone=UTC)
    assert losing.held_back_routines == ("nerve_glides",)
    assert "nerve_glides" not in losing.recommended_routines
    assert losing.recommended_routines == ("posture_reset",)
    irritated = assess(
        [entry(1, 5, "tingling", "radiating_below_knee")], [], {}, now=NOW, zone=UTC
    )
    assert irritated.held_back_routines == ()
    assert "nerve_glides" in irritated.recommended_routines


def test_no_start_at_urgent_whatever_the_routine() -> None:
    result = assess([entry(1, 5, "pop")], [], {}, now=NOW, zone=UTC)
    assert not any(result.may_start(r) for r in ("desk_break", "posture_reset", "mine"))
