"""Symptom log and triage: what the logged symptoms, sitting and self-care suggest.

``assess`` is a pure function. It never diagnoses: it sorts what was logged into a level
of urgency, gives the reasons (codes with values; the shell turns them into sentences),
the likely drivers of the tightness and the routines that fit.

The rules are data: ``RULES`` maps each rule id to its condition, its minimum level, its
public reason code and the sources it rests on (``SOURCES``). README's triage table is
generated from the same table (``rules_markdown``), and a test keeps them equal.

Safety properties, each tested:
* the level is the highest any rule reaches, and every rule only looks at whether a sign
  is present, so adding a sign to an entry never lowers the level;
* red flags and acute-injury signs keep their level for ``HOLD`` (42 days) unless a
  professional review is logged after them; past the hold, an unreviewed red flag still
  asks for a professional (``red_flag_not_reviewed``), so nothing lapses silently;
* no routine is recommended at ``urgent`` or above, and dynamic mobility and nerve glides
  are held back after an acute injury sign, with cauda equina signs, or with severe pain.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, tzinfo
from enum import StrEnum
from typing import Any

from .clock import as_utc, local_day

WINDOW = timedelta(days=14)  # consult-level signs count for two weeks
HOLD = timedelta(days=42)  # red flags and acute-injury signs: six weeks
PERSISTENCE_SPAN = timedelta(days=21)  # "several weeks" of self-care [article]
PERSISTENCE_LOOKBACK = timedelta(days=42)
TREND_LOOKBACK = timedelta(days=28)  # worsening over two to four weeks
TREND_MIN_SPAN = timedelta(days=14)
TREND_RISE_POINTS = 2.0
LONG_LASTING = timedelta(days=42)  # going on for six weeks or more
LONG_LASTING_LOOKBACK = timedelta(days=84)
SELF_CARE_PER_WEEK = 2.0
IMPROVEMENT_POINTS = 1.0
REPEAT_HINT_WINDOW = timedelta(days=14)
LONG_SITTING_HOURS = 6.0
LONG_STREAK_DAYS = 3  # days in the last week with a streak past break_after
SEVERE_PAIN = 7  # consult; and no dynamic mobility or nerve glides
VERY_SEVERE_PAIN = 8  # urgent together with swelling, bruising or an acute sign
SINCE_DAYS_MAX = 3650
DEFAULT_EMERGENCY_NUMBER = "112"


class Level(StrEnum):
    """How soon to involve a professional, from least to most urgent."""

    SELF_CARE = "self_care"
    MONITOR = "monitor"
    CONSULT = "consult"
    URGENT = "urgent"
    EMERGENCY = "emergency"

    @property
    def rank(self) -> int:
        """Return the position in the order self_care < ... < emergency."""
        return LEVELS.index(self)


LEVELS = list(Level)


class Driver(StrEnum):
    """Likely reasons for the tightness, after the article's three mechanisms."""

    ANTERIOR_PELVIC_TILT = "anterior_pelvic_tilt"
    SYNERGISTIC_DOMINANCE = "synergistic_dominance"
    NEURAL_TENSION = "neural_tension"


SENSATIONS = (
    "sudden_sharp_pain",
    "pop",
    "tearing",
    "swelling",
    "bruising",
    "tingling",
    "numbness",
    "radiating_below_knee",
    "sharp_pull",
    "weakness",
    "weakness_worsening",
    "foot_drop",
    "both_legs",
    "saddle_numbness",
    "bladder_bowel_change",
    "calf_swelling",
    "leg_red_warm_swollen",
    "breathlessness_chest_pain",
    "fever",
    "unexplained_weight_loss",
    "night_pain",
    "cancer_history",
    "trauma",
    "dark_urine",
)
# Signs of version 0.2 that are still accepted, and what they are read as (the safer
# reading: "fever or weight loss" counts as both).
LEGACY_SENSATIONS: Mapping[str, tuple[str, ...]] = {
    "fever_or_weight_loss": ("fever", "unexplained_weight_loss"),
}
SIDES = ("left", "right", "both")
CONTEXTS = ("after_sitting", "after_activity", "morning", "other")
NOTES_MAX = 500

ACUTE_SIGNS = frozenset({"sudden_sharp_pain", "pop", "tearing"})
CAUDA_EQUINA_SIGNS = frozenset({"saddle_numbness", "bladder_bowel_change"})
NERVE_SIGNS = frozenset(
    {
        "radiating_below_knee",
        "numbness",
        "tingling",
        "weakness",
        "weakness_worsening",
        "foot_drop",
    }
)
EXERCISE_HELD_BACK = ("dynamic_mobility", "nerve_glides")


def normalize_sensations(sensations: Iterable[str]) -> frozenset[str]:
    """Return ``sensations`` with legacy signs replaced by what they are read as."""
    result: set[str] = set()
    for sensation in sensations:
        result.update(LEGACY_SENSATIONS.get(sensation, (sensation,)))
    return frozenset(result)


@dataclass(frozen=True, slots=True)
class SymptomEntry:
    """One logged moment of how the hamstrings feel."""

    at: datetime
    tightness: int
    pain: int | None = None
    side: str | None = None
    sensations: frozenset[str] = frozenset()
    context: str | None = None
    notes: str | None = None  # kept for the person; never assessed
    since_days: int | None = None  # how long it has been going on, as they say

    def to_dict(self) -> dict[str, Any]:
        """Serialize for storage."""
        return {
            "at": self.at.isoformat(),
            "tightness": self.tightness,
            "pain": self.pain,
            "side": self.side,
            "sensations": sorted(self.sensations),
            "context": self.context,
            "notes": self.notes,
            "since_days": self.since_days,
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> SymptomEntry:
        """Deserialize (and check) an entry from storage; legacy signs are read."""
        since = data.get("since_days")
        entry = cls(
            at=as_utc(datetime.fromisoformat(data["at"])),
            tightness=int(data["tightness"]),
            pain=None if data.get("pain") is None else int(data["pain"]),
            side=data.get("side"),
            sensations=normalize_sensations(data.get("sensations", ())),
            context=data.get("context"),
            notes=data.get("notes"),
            since_days=None if since is None else int(since),
        )
        if problems := entry_problems(entry):
            raise ValueError(f"invalid symptom entry: {problems}")
        return entry


def entry_problems(entry: SymptomEntry) -> list[tuple[str, str]]:
    """Return (field, value) pairs that are out of range or unknown."""
    problems: list[tuple[str, str]] = []
    if not 0 <= entry.tightness <= 10:
        problems.append(("tightness", str(entry.tightness)))
    if entry.pain is not None and not 0 <= entry.pain <= 10:
        problems.append(("pain", str(entry.pain)))
    if entry.side is not None and entry.side not in SIDES:
        problems.append(("side", entry.side))
    problems.extend(
        ("sensations", s) for s in sorted(entry.sensations - set(SENSATIONS))
    )
    if entry.context is not None and entry.context not in CONTEXTS:
        problems.append(("context", entry.context))
    if entry.notes is not None and len(entry.notes) > NOTES_MAX:
        problems.append(("notes", f"{len(entry.notes)} characters"))
    if entry.since_days is not None and not 0 <= entry.since_days <= SINCE_DAYS_MAX:
        problems.append(("since_days", str(entry.since_days)))
    return problems


@dataclass(frozen=True, slots=True)
class Review:
    """A professional (doctor, physical therapist) saw the person: earlier signs rest."""

    at: datetime
    notes: str | None = None  # kept for the person; never assessed

    def to_dict(self) -> dict[str, Any]:
        """Serialize for storage."""
        return {"at": self.at.isoformat(), "notes": self.notes}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Review:
        """Deserialize a review from storage."""
        notes = data.get("notes")
        if notes is not None and (not isinstance(notes, str) or len(notes) > NOTES_MAX):
            raise ValueError("invalid review notes")
        return cls(at=as_utc(datetime.fromisoformat(data["at"])), notes=notes)


@dataclass(frozen=True, slots=True)
class Reason:
    """Why the assessment says what it says: a public code, its level, and values."""

    code: str
    level: Level
    values: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class Assessment:
    """The result of ``assess``."""

    level: Level
    reasons: tuple[Reason, ...]
    likely_drivers: tuple[Driver, ...]
    recommended_routines: tuple[str, ...]
    emergency_number: str = DEFAULT_EMERGENCY_NUMBER
    held_back_routines: tuple[str, ...] = ()  # neither recommended nor started

    @property
    def consultation_recommended(self) -> bool:
        """Return True from ``consult`` up."""
        return self.level.rank >= Level.CONSULT.rank

    @property
    def routines_allowed(self) -> bool:
        """Return False while a professional is needed today or now."""
        return self.level.rank < Level.URGENT.rank

    def may_start(self, routine_id: str) -> bool:
        """Return True when the coach may lead ``routine_id`` now."""
        return self.routines_allowed and routine_id not in self.held_back_routines


@dataclass(frozen=True, slots=True)
class DaySitting:
    """Sitting of one local day, as the tracker recorded it."""

    sitting_hours: float
    longest_streak_minutes: float


# -- the facts the rules look at ---------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Facts:
    """What the rules may look at, prepared once per assessment."""

    now: datetime
    zone: tzinfo
    entries: tuple[SymptomEntry, ...]  # from the last professional review on, sorted
    completions: tuple[datetime, ...]
    daily_sitting: Mapping[date, DaySitting]
    break_after_minutes: float
    _windows: dict[timedelta, list[SymptomEntry]] = field(default_factory=dict)
    _trend: list[tuple[dict[str, str], float] | None] = field(default_factory=list)

    def within(self, age: timedelta) -> list[SymptomEntry]:
        """Return the entries not older than ``age`` (computed once per age)."""
        if (found := self._windows.get(age)) is None:
            found = self._windows[age] = [
                e for e in self.entries if self.now - e.at <= age
            ]
        return found

    def signs(self, age: timedelta) -> set[str]:
        """Return every sign logged within ``age``."""
        return set().union(*(e.sensations for e in self.within(age)))


Check = Callable[[Facts], Mapping[str, str] | None]


@dataclass(frozen=True, slots=True)
class Rule:
    """One row of the rules table: when it applies, how urgent, why, and the source."""

    id: str
    code: str
    level: Level
    when: str  # in words, for README's table
    sources: tuple[str, ...]
    check: Check
    drivers: tuple[Driver, ...] = ()
    routines: tuple[str, ...] = ()


SOURCES: Mapping[str, str] = {
    "article": 'Reference article "Why Are My Hamstrings Always Tight?" (shared/reference)',
    "nhs_sciatica": "NHS, Sciatica (nhs.uk/conditions/sciatica)",
    "nhs_back_pain": "NHS, Back pain (nhs.uk/conditions/back-pain)",
    "cks_sciatica": "NICE CKS, Sciatica (lumbar radiculopathy): red flags",
    "bmj_ces": "BMJ Best Practice, Cauda equina syndrome",
    "ng158": (
        "NICE NG158 (2020), Venous thromboembolic diseases: diagnosis, management "
        "and thrombophilia testing"
    ),
    "avulsion": (
        "Subbu R et al., Am J Sports Med 2015: proximal hamstring avulsion repaired "
        "within 6 weeks does better"
    ),
    "cdc_rhabdo": "CDC/NIOSH, Rhabdomyolysis: signs and symptoms",
    "nhs_dvt": "NHS, Deep vein thrombosis (nhs.uk/conditions/deep-vein-thrombosis)",
    "nidirect_hamstring": "nidirect (NHS Northern Ireland), Hamstring injury",
    "spinal_red_flags": (
        "NHS Gloucestershire G-Care, Red flags for spinal conditions (after NICE CG88)"
    ),
}


def _joined(signs: Iterable[str]) -> str:
    return ", ".join(sorted(signs))


def _signs_check(signs: frozenset[str], age: timedelta) -> Check:
    """A rule that fires when any of ``signs`` was logged within ``age``."""

    def check(facts: Facts) -> Mapping[str, str] | None:
        found = facts.signs(age) & signs
        return {"signs": _joined(found)} if found else None

    return check


def _both_sides_nerve_signs(entry: SymptomEntry) -> set[str]:
    """Return the nerve signs of an entry felt on both sides."""
    return set(entry.sensations & NERVE_SIGNS) if entry.side == "both" else set()


def _left_and_right(entries: list[SymptomEntry]) -> dict[int, set[str]]:
    """Return nerve signs logged for one leg and for the other within ``WINDOW``.

    Numbness on the left on Monday and on the right on Thursday are nerve symptoms in
    both legs too. ``entries`` are sorted by time; keys are positions in it.
    """
    found: dict[int, set[str]] = {}
    sided = [
        (i, e) for i, e in enumerate(entries) if e.side in ("left", "right")
        and e.sensations & NERVE_SIGNS
    ]  # fmt: skip
    for n, (i, one) in enumerate(sided):
        for j, other in sided[n + 1 :]:
            if other.at - one.at > WINDOW:
                break
            if one.side != other.side:
                found.setdefault(i, set()).update(one.sensations & NERVE_SIGNS)
                found.setdefault(j, set()).update(other.sensations & NERVE_SIGNS)
    return found


def _nerve_on_both_sides(facts: Facts) -> Mapping[str, str] | None:
    held = facts.within(HOLD)
    found: set[str] = set()
    for entry in held:
        found |= _both_sides_nerve_signs(entry)
        if "both_legs" in entry.sensations:
            found.add("both_legs")
    for signs in _left_and_right(held).values():
        found |= signs
    return {"signs": _joined(found)} if found else None


def _possible_avulsion(facts: Facts) -> Mapping[str, str] | None:
    """A pop or tearing within the hold, followed (or joined) by bruising or weakness."""
    held = facts.within(HOLD)
    injuries = [e.at for e in held if e.sensations & {"pop", "tearing"}]
    if not injuries:
        return None
    first = injuries[0]
    later = set().union(*(e.sensations for e in held if e.at >= first))
    found = later & {"bruising", "weakness", "weakness_worsening"}
    return {"signs": _joined(found)} if found else None


def _severe_pain_with_signs(facts: Facts) -> Mapping[str, str] | None:
    found: set[str] = set()
    for entry in facts.within(HOLD):
        if (entry.pain or 0) >= VERY_SEVERE_PAIN:
            found |= entry.sensations & ({"swelling", "bruising"} | ACUTE_SIGNS)
    return {"signs": _joined(found)} if found else None


def _severe_pain(facts: Facts) -> Mapping[str, str] | None:
    pains = [e.pain for e in facts.within(WINDOW) if e.pain is not None]
    worst = max(pains, default=0)
    return {"pain": str(worst)} if worst >= SEVERE_PAIN else None


def _nerve_involvement(facts: Facts) -> Mapping[str, str] | None:
    signs: set[str] = set()
    for entry in facts.within(WINDOW):
        s = entry.sensations
        if "radiating_below_knee" in s:
            signs.add("radiating_below_knee")
            signs |= s & {"tingling", "numbness"}
        signs |= s & {"numbness", "weakness"}
    return {"signs": _joined(signs)} if signs else None


def _is_neural_hint(entry: SymptomEntry) -> bool:
    s = entry.sensations
    return bool(s & {"sharp_pull", "tingling"}) and not s & {
        "radiating_below_knee",
        "numbness",
        "weakness",
    }


def _hint_days(facts: Facts) -> set[date]:
    return {
        local_day(e.at, facts.zone)
        for e in facts.within(REPEAT_HINT_WINDOW)
        if _is_neural_hint(e)
    }


def _neural_hint_repeated(facts: Facts) -> Mapping[str, str] | None:
    if _nerve_involvement(facts) is not None:
        return None
    days = _hint_days(facts)
    return {"count": str(len(days))} if len(days) >= 2 else None


def _neural_hint(facts: Facts) -> Mapping[str, str] | None:
    if _nerve_involvement(facts) is not None:
        return None
    return {} if len(_hint_days(facts)) == 1 else None


def red_flags_of(entry: SymptomEntry) -> set[str]:
    """Return the signs of one entry that by themselves call for urgent help or more."""
    flags = set(entry.sensations & URGENT_SIGNS)
    flags |= _both_sides_nerve_signs(entry)
    if (entry.pain or 0) >= VERY_SEVERE_PAIN and entry.sensations & {
        "swelling",
        "bruising",
    }:
        flags |= entry.sensations & {"swelling", "bruising"}
    return flags


def needing_review(entries: list[SymptomEntry]) -> dict[int, set[str]]:
    """Return the signs of each entry that only a professional review may rest.

    These are the red flags (signs that call for help today or now by themselves,
    nerve signs in both legs, also from two entries) and the history signs a person
    logs once (cancer, a fall or a blow). Keys are positions in ``entries``.
    """
    found = _left_and_right(entries)
    for i, entry in enumerate(entries):
        if signs := red_flags_of(entry) | (entry.sensations & HISTORY_SIGNS):
            found[i] = found.get(i, set()) | signs
    return found


def _red_flag_not_reviewed(facts: Facts) -> Mapping[str, str] | None:
    """Red flags past their window, with no professional review logged after them."""
    flagged = needing_review(list(facts.entries))
    old = [
        (facts.entries[i], signs)
        for i, signs in sorted(flagged.items())
        if facts.now - facts.entries[i].at > HOLD
    ]
    if not old:
        return None
    signs = set().union(*(signs for _entry, signs in old))
    days = (facts.now - old[-1][0].at).days
    return {"signs": _joined(signs), "days": str(days)}


def _fever_with_nerve_signs(facts: Facts) -> Mapping[str, str] | None:
    held = facts.signs(HOLD)
    nerve = held & NERVE_SIGNS
    return {"signs": _joined(nerve | {"fever"})} if "fever" in held and nerve else None


def _cancer_history_with_signs(facts: Facts) -> Mapping[str, str] | None:
    if "cancer_history" not in facts.signs(HOLD):
        return None
    found = facts.signs(WINDOW) & NERVE_SIGNS
    if any((e.pain or 0) >= SEVERE_PAIN for e in facts.within(WINDOW)):
        found.add("severe_pain")
    return {"signs": _joined(found)} if found else None


def _mean(values: list[int]) -> float:
    """Return the arithmetic mean (``statistics.mean`` is slow for small ints)."""
    return sum(values) / len(values)


def _day_values(
    entries: Iterable[SymptomEntry], zone: tzinfo, value: Callable[[SymptomEntry], int]
) -> dict[date, int]:
    """Return the highest value of each local day (two entries on a day are one day)."""
    days: dict[date, int] = {}
    for entry in entries:
        day = local_day(entry.at, zone)
        days[day] = max(days.get(day, 0), value(entry))
    return days


def _early_late(days: Mapping[date, int]) -> tuple[float, float, int] | None:
    """Return the first week's and the last week's mean and the span in days."""
    if not days:
        return None
    first, last = min(days), max(days)
    early = [v for d, v in days.items() if (d - first).days < 7]
    late = [v for d, v in days.items() if (last - d).days < 7]
    return _mean(early), _mean(late), (last - first).days


def _worsening(facts: Facts) -> Mapping[str, str] | None:
    """Tightness or pain up by two points or more over two to four weeks."""
    entries = facts.within(TREND_LOOKBACK)
    measures: dict[str, Callable[[SymptomEntry], int]] = {
        "tightness": lambda e: e.tightness,
        "pain": lambda e: e.pain or 0,
    }
    for what, value in measures.items():
        counted = [e for e in entries if what == "tightness" or e.pain is not None]
        trend = _early_late(_day_values(counted, facts.zone, value))
        if trend is None:
            continue
        start, end, span = trend
        if span >= TREND_MIN_SPAN.days and end - start >= TREND_RISE_POINTS:
            return {
                "what": what,
                "start": f"{start:.0f}",
                "end": f"{end:.0f}",
                "weeks": f"{span / 7:.0f}",
            }
    return None


def _severity(entry: SymptomEntry) -> int:
    return max(entry.tightness, entry.pain or 0)


def _improved(entries: list[SymptomEntry], zone: tzinfo) -> bool:
    """Return True when the log shows the last week a point better than the first."""
    trend = _early_late(_day_values(entries, zone, _severity))
    if trend is None or trend[2] < PERSISTENCE_SPAN.days:
        return False
    start, end, _span = trend
    return end <= start - IMPROVEMENT_POINTS


def _long_lasting(facts: Facts) -> Mapping[str, str] | None:
    """Going on for six weeks or more (as said, or as logged) without improvement."""
    recent = facts.within(WINDOW)
    if not recent or _severity(recent[-1]) == 0:
        return None
    entries = facts.within(LONG_LASTING_LOOKBACK)
    if _improved(entries, facts.zone):
        return None
    logged = (facts.now - entries[0].at).days
    said = max(
        (e.since_days + (facts.now - e.at).days for e in recent if e.since_days),
        default=0,
    )
    days = max(logged, said)
    return {"weeks": str(days // 7)} if days >= LONG_LASTING.days else None


def _self_care_trend(facts: Facts) -> tuple[dict[str, str], float] | None:
    """Three weeks or more of entries with no improvement: values and routines a week."""
    if not facts._trend:  # noqa: SLF001 - computed once per assessment
        facts._trend.append(_compute_self_care_trend(facts))  # noqa: SLF001
    return facts._trend[0]  # noqa: SLF001


def _compute_self_care_trend(facts: Facts) -> tuple[dict[str, str], float] | None:
    considered = facts.within(PERSISTENCE_LOOKBACK)
    if not considered:
        return None
    first, last = considered[0].at, considered[-1].at
    span = last - first
    if span < PERSISTENCE_SPAN:
        return None
    weeks = span / timedelta(days=7)
    done = sum(1 for at in facts.completions if first <= as_utc(at) <= last)
    per_week = done / weeks
    first_week = [_severity(e) for e in considered if e.at - first < timedelta(days=7)]
    last_week = [_severity(e) for e in considered if last - e.at < timedelta(days=7)]
    start, end = _mean(first_week), _mean(last_week)
    if end <= start - IMPROVEMENT_POINTS:
        return None  # improving: self-care works
    values = {
        "weeks": f"{weeks:.0f}",
        "per_week": f"{per_week:.1f}",
        "start": f"{start:.1f}",
        "end": f"{end:.1f}",
    }
    return values, per_week


def _persistent_despite_self_care(facts: Facts) -> Mapping[str, str] | None:
    trend = _self_care_trend(facts)
    return trend[0] if trend and trend[1] >= SELF_CARE_PER_WEEK else None


def _persistent_with_swelling(facts: Facts) -> Mapping[str, str] | None:
    if _persistent_despite_self_care(facts) is None:
        return None
    spanned = facts.signs(PERSISTENCE_LOOKBACK)
    return {} if spanned & {"swelling", "bruising"} else None


def _little_self_care(facts: Facts) -> Mapping[str, str] | None:
    trend = _self_care_trend(facts)
    return trend[0] if trend and trend[1] < SELF_CARE_PER_WEEK else None


def _swelling_or_bruising(facts: Facts) -> Mapping[str, str] | None:
    if _persistent_despite_self_care(facts) is not None:
        return None
    return {} if facts.signs(WINDOW) & {"swelling", "bruising"} else None


def _long_sitting(facts: Facts) -> Mapping[str, str] | None:
    today = local_day(facts.now, facts.zone)
    week = [
        facts.daily_sitting[d]
        for d in (today - timedelta(days=i) for i in range(1, 8))
        if d in facts.daily_sitting
    ]
    if not week:
        return None
    average = sum(day.sitting_hours for day in week) / 7
    long_streak_days = sum(
        1 for day in week if day.longest_streak_minutes >= facts.break_after_minutes
    )
    if average > LONG_SITTING_HOURS or long_streak_days >= LONG_STREAK_DAYS:
        return {"hours": f"{average:.1f}", "long_streak_days": str(long_streak_days)}
    return None


def _context_check(context: str) -> Check:
    def check(facts: Facts) -> Mapping[str, str] | None:
        return {} if any(e.context == context for e in facts.within(WINDOW)) else None

    return check


def _sign(name: str) -> Check:
    return _signs_check(frozenset({name}), HOLD)


E, U, C, M, S = (
    Level.EMERGENCY,
    Level.URGENT,
    Level.CONSULT,
    Level.MONITOR,
    Level.SELF_CARE,
)
NEURAL = (Driver.NEURAL_TENSION,)

RULES: tuple[Rule, ...] = (
    # -- emergency: get help now ------------------------------------------------------
    Rule(
        "cauda_equina_signs", "cauda_equina_signs", E,
        "numbness around the groin, genitals or buttocks, or new bladder or bowel changes (42 days)",
        ("nhs_sciatica", "bmj_ces", "cks_sciatica"),
        _signs_check(CAUDA_EQUINA_SIGNS, HOLD),
    ),
    Rule(
        "nerve_signs_both_legs", "both_legs", E,
        "nerve symptoms in both legs: the sign `both_legs`, `side: both` with pain below the knee, numbness, tingling, weakness or foot drop, or such signs logged for the left and for the right leg within 14 days (42 days)",
        ("nhs_sciatica", "bmj_ces", "cks_sciatica"),
        _nerve_on_both_sides,
    ),
    Rule(
        "breathlessness_chest_pain", "breathlessness_chest_pain", E,
        "breathlessness or chest pain (a clot may have reached the lung; 42 days)",
        ("ng158", "nhs_dvt"),
        _sign("breathlessness_chest_pain"),
    ),
    Rule(
        "fever_with_nerve_signs", "fever_with_nerve_signs", E,
        "a fever together with numbness, tingling, weakness, foot drop or pain below the knee (possible spinal infection; 42 days)",
        ("nhs_back_pain", "spinal_red_flags"),
        _fever_with_nerve_signs,
    ),
    Rule(
        "dark_urine", "dark_urine", E,
        "dark brown or cola-coloured urine after exercise (42 days)",
        ("cdc_rhabdo",),
        _sign("dark_urine"),
    ),
    # -- urgent: get checked today ----------------------------------------------------
    Rule(
        "acute_injury", "acute_injury", U,
        "a sudden sharp pain, a pop or a tearing feeling (42 days)",
        ("article", "nidirect_hamstring", "avulsion"),
        _signs_check(ACUTE_SIGNS, HOLD),
    ),
    Rule(
        "possible_avulsion", "possible_avulsion", U,
        "a pop or tearing within 42 days, with or followed by bruising or weakness",
        ("avulsion", "nidirect_hamstring"),
        _possible_avulsion,
    ),
    Rule(
        "severe_pain_with_signs", "severe_pain_with_signs", U,
        "pain 8 or more in an entry with swelling, bruising or an acute sign (42 days)",
        ("nidirect_hamstring", "avulsion"),
        _severe_pain_with_signs,
    ),
    Rule(
        "calf_swelling", "calf_swelling", U,
        "a swollen, tender calf (42 days)",
        ("ng158", "nhs_dvt"),
        _sign("calf_swelling"),
    ),
    Rule(
        "leg_red_warm_swollen", "leg_red_warm_swollen", U,
        "one calf or thigh red, warm and swollen (42 days)",
        ("ng158", "nhs_dvt"),
        _sign("leg_red_warm_swollen"),
    ),
    Rule(
        "fever", "fever", U,
        "a fever with the pain (possible infection; 42 days)",
        ("nhs_back_pain", "spinal_red_flags"),
        _sign("fever"),
    ),
    Rule(
        "foot_drop", "foot_drop", U,
        "foot drop: the foot drags or slaps (42 days)",
        ("spinal_red_flags", "cks_sciatica"),
        _sign("foot_drop"),
    ),
    Rule(
        "weakness_worsening", "weakness_worsening", U,
        "weakness that is getting worse (42 days)",
        ("spinal_red_flags", "cks_sciatica"),
        _sign("weakness_worsening"),
    ),
    Rule(
        "night_pain", "night_pain", U,
        "pain at night that changing position does not ease (42 days)",
        ("nhs_back_pain", "spinal_red_flags"),
        _sign("night_pain"),
    ),
    Rule(
        "unexplained_weight_loss", "unexplained_weight_loss", U,
        "weight loss without trying (42 days)",
        ("nhs_back_pain", "spinal_red_flags"),
        _sign("unexplained_weight_loss"),
    ),
    Rule(
        "cancer_history_with_signs", "cancer_history_with_signs", U,
        "a history of cancer (42 days) with a nerve sign or pain 7 or more (14 days)",
        ("spinal_red_flags", "cks_sciatica"),
        _cancer_history_with_signs,
    ),
    # -- consult: see a professional within days --------------------------------------
    Rule(
        "red_flag_not_reviewed", "red_flag_not_reviewed", C,
        "a red flag, a history of cancer or a fall, older than its window, with no professional review logged after it; the entry is kept until then",
        ("cks_sciatica", "spinal_red_flags"),
        _red_flag_not_reviewed,
    ),
    Rule(
        "severe_pain", "severe_pain", C,
        "pain 7 or more (14 days)",
        ("nhs_sciatica", "article"),
        _severe_pain,
    ),
    Rule(
        "nerve_involvement", "nerve_involvement", C,
        "numbness, weakness, or pain or tingling that runs below the knee (14 days)",
        ("article", "nhs_sciatica", "cks_sciatica"),
        _nerve_involvement, NEURAL, ("nerve_glides",),
    ),
    Rule(
        "cancer_history", "cancer_history", C,
        "a history of cancer, with the leg or back symptoms being logged (42 days)",
        ("spinal_red_flags", "cks_sciatica"),
        _sign("cancer_history"),
    ),
    Rule(
        "trauma", "trauma", C,
        "a fall or a blow (42 days; the text says to call for help after a serious accident or if the leg cannot bear weight)",
        ("spinal_red_flags", "nhs_back_pain"),
        _sign("trauma"),
    ),
    Rule(
        "worsening", "worsening", C,
        "tightness or pain up by 2 points or more over 2 to 4 weeks (first week against last week, one value per day), whatever the routines",
        ("nhs_sciatica", "article"),
        _worsening,
    ),
    Rule(
        "long_lasting", "long_lasting", C,
        "going on for 6 weeks or more (`since_days` or the log itself) without the log showing a 1-point improvement",
        ("nhs_sciatica", "article"),
        _long_lasting,
    ),
    Rule(
        "persistent_despite_self_care", "persistent_despite_self_care", C,
        "3 weeks or more of entries, 2 or more routines a week, and the last week not at least 1 point better than the first",
        ("article",),
        _persistent_despite_self_care,
    ),
    Rule(
        "persistent_with_swelling", "persistent_with_swelling", C,
        "swelling or bruising during those weeks",
        ("article",),
        _persistent_with_swelling,
    ),
    Rule(
        "neural_hint_repeated", "neural_hint_repeated", C,
        "a sharp pull or tingling above the knee on 2 or more days within 14 days",
        ("article",),
        _neural_hint_repeated, NEURAL, ("nerve_glides",),
    ),
    # -- monitor -----------------------------------------------------------------------
    Rule(
        "neural_hint", "neural_hint", M,
        "a sharp pull or tingling above the knee on one day (14 days)",
        ("article",),
        _neural_hint, NEURAL, ("nerve_glides",),
    ),
    Rule(
        "swelling_or_bruising", "swelling_or_bruising", M,
        "swelling or bruising on its own (14 days)",
        ("article",),
        _swelling_or_bruising,
    ),
    # -- self-care ---------------------------------------------------------------------
    Rule(
        "little_self_care", "little_self_care", S,
        "no improvement over 3 weeks, but fewer than 2 routines a week: try the routines",
        ("article",),
        _little_self_care, (), ("glute_core", "dynamic_mobility"),
    ),
    Rule(
        "long_sitting", "long_sitting", S,
        "more than 6 hours a day last week, or streaks past *Break after* on 3 or more days",
        ("article",),
        _long_sitting, (Driver.ANTERIOR_PELVIC_TILT,), ("posture_reset", "glute_core"),
    ),
    Rule(
        "tight_after_sitting", "tight_after_sitting", S,
        "tightness logged after sitting (14 days)",
        ("article",),
        _context_check("after_sitting"),
        (Driver.ANTERIOR_PELVIC_TILT,), ("posture_reset", "desk_break"),
    ),
    Rule(
        "tight_after_activity", "tight_after_activity", S,
        "tightness logged after activity (14 days)",
        ("article",),
        _context_check("after_activity"),
        (Driver.SYNERGISTIC_DOMINANCE,), ("glute_core", "dynamic_mobility"),
    ),
    Rule(
        "avoid_static_stretching", "avoid_static_stretching", S,
        "whenever nerve sensitivity is a likely driver",
        ("article",),
        lambda _facts: None,  # follows from the drivers; see assess()
    ),
)  # fmt: skip

# Signs a person logs once that still matter later: they wait for a review as well.
HISTORY_SIGNS = frozenset({"cancer_history", "trauma"})
# Signs that by themselves call for help today or now (used to keep them from lapsing).
URGENT_SIGNS = frozenset(
    ACUTE_SIGNS
    | CAUDA_EQUINA_SIGNS
    | {
        "both_legs",
        "breathlessness_chest_pain",
        "dark_urine",
        "calf_swelling",
        "leg_red_warm_swollen",
        "fever",
        "foot_drop",
        "weakness_worsening",
        "night_pain",
        "unexplained_weight_loss",
    }
)


# -- the assessment ------------------------------------------------------------------


@dataclass(slots=True)
class _Findings:
    reasons: list[Reason] = field(default_factory=list)
    drivers: list[Driver] = field(default_factory=list)
    routines: list[str] = field(default_factory=list)

    def add(self, rule: Rule, values: Mapping[str, str]) -> None:
        if any(reason.code == rule.code for reason in self.reasons):
            return
        self.reasons.append(Reason(rule.code, rule.level, dict(values)))
        self.drivers.extend(d for d in rule.drivers if d not in self.drivers)
        self.routines.extend(r for r in rule.routines if r not in self.routines)


def assess(
    history: Iterable[SymptomEntry],
    completions: Iterable[datetime],
    daily_sitting: Mapping[date, DaySitting],
    *,
    now: datetime,
    zone: tzinfo,
    break_after_minutes: float = 45,
    reviewed_at: datetime | None = None,
    country: str | None = None,
) -> Assessment:
    """Weigh symptoms, routine completions (finish times) and sitting at ``now``.

    Entries logged before ``reviewed_at`` (the last professional review) no longer
    count, except that the exercise hold after an acute injury or a cauda equina sign
    still keeps dynamic mobility and nerve glides off the list.
    """
    now = as_utc(now)
    logged = sorted((e for e in history if e.at <= now), key=lambda e: e.at)
    since_review = tuple(
        e for e in logged if reviewed_at is None or e.at >= as_utc(reviewed_at)
    )
    facts = Facts(
        now,
        zone,
        since_review,
        tuple(completions),
        daily_sitting,
        break_after_minutes,
    )
    found = _Findings()
    for rule in RULES:
        if (values := rule.check(facts)) is not None:
            found.add(rule, values)
    if Driver.NEURAL_TENSION in found.drivers:
        # [article] stretching an irritated nerve can make it worse: glides, not holds.
        found.add(RULES_BY_ID["avoid_static_stretching"], {})
    level = max(
        (r.level for r in found.reasons),
        key=lambda lvl: lvl.rank,
        default=Level.SELF_CARE,
    )
    number = emergency_number(country)
    held_back = held_back_routines(logged, facts)
    reasons = [
        Reason(r.code, r.level, {**r.values, "number": number}) for r in found.reasons
    ]
    return Assessment(
        level=level,
        reasons=tuple(sorted(reasons, key=lambda r: -r.level.rank)),
        likely_drivers=tuple(found.drivers),
        recommended_routines=_routines(found.routines, level, held_back),
        emergency_number=number,
        held_back_routines=held_back,
    )


RULES_BY_ID: Mapping[str, Rule] = {rule.id: rule for rule in RULES}


def _routines(
    suggested: list[str], level: Level, held_back: tuple[str, ...]
) -> tuple[str, ...]:
    """Return the routines to recommend: none when help is needed today or now."""
    if level.rank >= Level.URGENT.rank:
        return ()
    routines = [r for r in suggested or ["desk_break"] if r not in held_back]
    if not routines:  # something gentle, without leg swings
        routines = ["posture_reset"] if held_back else ["desk_break"]
    return tuple(routines)


def held_back_routines(logged: list[SymptomEntry], facts: Facts) -> tuple[str, ...]:
    """Return the routines the coach must neither recommend nor start now.

    Dynamic mobility and nerve glides: within 42 days of an acute injury sign, a cauda
    equina sign or nerve signs in both legs, and while pain of 7 or more is recent
    (whether or not a review was logged since). Nerve glides also while numbness or
    weakness (a nerve losing function) was logged since the last review.
    """
    now = facts.now
    held = ACUTE_SIGNS | CAUDA_EQUINA_SIGNS | {"both_legs"}
    both_sides = _left_and_right(logged)
    if any(
        now - e.at <= HOLD
        and (e.sensations & held or _both_sides_nerve_signs(e) or i in both_sides)
        for i, e in enumerate(logged)
    ) or any(now - e.at <= WINDOW and (e.pain or 0) >= SEVERE_PAIN for e in logged):
        return EXERCISE_HELD_BACK
    losing = {"numbness", "weakness", "weakness_worsening", "foot_drop"}
    if facts.signs(WINDOW) & losing:
        return ("nerve_glides",)
    return ()


def alert_keys(assessment: Assessment) -> frozenset[str]:
    """Return what an alert is about: each reason at consult or above, and its signs.

    A key that was not in the last alert is new and deserves a push of its own, even at
    an unchanged level.
    """
    keys: set[str] = set()
    for reason in assessment.reasons:
        if reason.level.rank < Level.CONSULT.rank:
            continue
        keys.add(reason.code)
        if signs := reason.values.get("signs"):
            keys.update(f"{reason.code}:{sign}" for sign in signs.split(", "))
    return frozenset(keys)


# Emergency numbers for medical help, by ISO 3166 country code (112 where unknown: it
# works from mobile phones in the EU and in many other countries).
EMERGENCY_NUMBERS: Mapping[str, str] = {
    **dict.fromkeys(("US", "CA", "MX", "PR", "PH", "PA", "CR", "SV", "DO", "UY"), "911"),
    **dict.fromkeys(("GB", "HK", "MY", "BD", "QA"), "999"),
    "AU": "000",
    "NZ": "111",
    **dict.fromkeys(("JP", "KR", "TW"), "119"),
    "CN": "120",
    "BR": "192",
    "IL": "101",
    "ZA": "10177",
    "SG": "995",
    "AE": "998",
    "SA": "997",
    "TH": "1669",
    "VN": "115",
    "CH": "144",
    "NO": "113",
    "AR": "107",
    "CL": "131",
    "CO": "123",
    "EG": "123",
    "PE": "106",
}  # fmt: skip


def emergency_number(country: str | None) -> str:
    """Return the number to call for an ambulance in ``country`` (112 if unknown)."""
    return EMERGENCY_NUMBERS.get((country or "").upper(), DEFAULT_EMERGENCY_NUMBER)


def rules_markdown() -> str:
    """Return README's triage table, generated from ``RULES``."""
    lines = [
        "| code | level | when | sources |",
        "| --- | --- | --- | --- |",
    ]
    for rule in RULES:
        sources = "; ".join(SOURCES[key] for key in rule.sources)
        lines.append(
            f"| `{rule.code}` | {rule.level.value} | {rule.when} | {sources} |"
        )
    return "\n".join(lines)
