"""Symptom log and triage: what the logged symptoms, sitting and self-care suggest.

``assess`` is a pure function. It never diagnoses: it sorts what was logged into a level
of urgency, gives the reasons (codes with values; the shell turns them into sentences),
the likely drivers of the tightness and the routines that fit. One rule per reason code;
each cites where it comes from. The level never falls below what any single entry in
the window demands.

Sources:
* [A] the reference article "Why Are My Hamstrings Always Tight?" (shared/reference);
* [NICE] NICE CKS "Sciatica (lumbar radiculopathy)", red flags for cauda equina syndrome
  and other serious causes;
* [DVT] NICE NG158 "Venous thromboembolic diseases": a swollen, tender calf needs same-day
  assessment; long sitting is a known risk.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, tzinfo
from enum import StrEnum
from statistics import mean
from typing import Any

from .clock import as_utc, local_day

WINDOW = timedelta(days=14)  # red flags and single entries count for two weeks
PERSISTENCE_SPAN = timedelta(days=21)  # "several weeks" of self-care [A]
PERSISTENCE_LOOKBACK = timedelta(days=42)
SELF_CARE_PER_WEEK = 2.0
IMPROVEMENT_POINTS = 1.0
REPEAT_HINT_WINDOW = timedelta(days=14)
LONG_SITTING_HOURS = 6.0
LONG_STREAK_DAYS = 3  # days in the last week with a streak past break_after


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
    """Likely reasons for the tightness, after the article's three mechanisms [A]."""

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
    "both_legs",
    "saddle_numbness",
    "bladder_bowel_change",
    "calf_swelling",
    "fever_or_weight_loss",
)
SIDES = ("left", "right", "both")
CONTEXTS = ("after_sitting", "after_activity", "morning", "other")
NOTES_MAX = 500


@dataclass(frozen=True, slots=True)
class SymptomEntry:
    """One logged moment of how the hamstrings feel."""

    at: datetime
    tightness: int
    pain: int | None = None
    side: str | None = None
    sensations: frozenset[str] = frozenset()
    context: str | None = None
    notes: str | None = None

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
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> SymptomEntry:
        """Deserialize (and check) an entry from storage."""
        entry = cls(
            at=as_utc(datetime.fromisoformat(data["at"])),
            tightness=int(data["tightness"]),
            pain=None if data.get("pain") is None else int(data["pain"]),
            side=data.get("side"),
            sensations=frozenset(data.get("sensations", ())),
            context=data.get("context"),
            notes=data.get("notes"),
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
    return problems


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

    @property
    def consultation_recommended(self) -> bool:
        """Return True from ``consult`` up."""
        return self.level.rank >= Level.CONSULT.rank


@dataclass(frozen=True, slots=True)
class DaySitting:
    """Sitting of one local day, as the tracker recorded it."""

    sitting_hours: float
    longest_streak_minutes: float


@dataclass(slots=True)
class _Findings:
    reasons: list[Reason] = field(default_factory=list)
    drivers: list[Driver] = field(default_factory=list)
    routines: list[str] = field(default_factory=list)

    def add(
        self,
        code: str,
        level: Level,
        *,
        drivers: Iterable[Driver] = (),
        routines: Iterable[str] = (),
        values: Mapping[str, str] | None = None,
    ) -> None:
        if any(reason.code == code for reason in self.reasons):
            return
        self.reasons.append(Reason(code, level, dict(values or {})))
        self.drivers.extend(d for d in drivers if d not in self.drivers)
        self.routines.extend(r for r in routines if r not in self.routines)


def _severity(entry: SymptomEntry) -> int:
    return max(entry.tightness, entry.pain or 0)


def assess(
    history: Iterable[SymptomEntry],
    completions: Iterable[datetime],
    daily_sitting: Mapping[date, DaySitting],
    *,
    now: datetime,
    zone: tzinfo,
    break_after_minutes: float = 45,
) -> Assessment:
    """Weigh symptoms, routine completions (finish times) and sitting at ``now``."""
    now = as_utc(now)
    entries = sorted((e for e in history if e.at <= now), key=lambda e: e.at)
    recent = [e for e in entries if now - e.at <= WINDOW]
    found = _Findings()
    sensations_recent = (
        set().union(*(e.sensations for e in recent)) if recent else set()
    )

    # [NICE] saddle anaesthesia or new bladder/bowel disturbance can mean cauda equina
    # syndrome: emergency assessment.
    if sensations_recent & {"saddle_numbness", "bladder_bowel_change"}:
        found.add("cauda_equina_signs", Level.EMERGENCY)
    # [NICE] bilateral symptoms or weakness are a red flag for serious nerve compression.
    if "both_legs" in sensations_recent:
        found.add("both_legs", Level.EMERGENCY)
    # [A] "a sudden, sharp pain, or a distinct pop or tearing sensation ... may indicate an
    # acute injury like a muscle strain".
    if acute := sensations_recent & {"sudden_sharp_pain", "pop", "tearing"}:
        found.add(
            "acute_injury", Level.URGENT, values={"signs": ", ".join(sorted(acute))}
        )
    # [DVT] a swollen, tender calf, above all after long sitting, needs same-day checks.
    if "calf_swelling" in sensations_recent:
        found.add("calf_swelling", Level.URGENT)
    # [A] "numbness or tingling that travels down the leg, pain that radiates below the
    # knee, or muscle weakness that makes walking difficult" -> healthcare professional;
    # stretching can pull on an irritated nerve.
    nerve_signs = _nerve_signs(recent)
    if nerve_signs:
        found.add(
            "nerve_involvement",
            Level.CONSULT,
            drivers=[Driver.NEURAL_TENSION],
            routines=["nerve_glides"],
            values={"signs": ", ".join(sorted(nerve_signs))},
        )
    # [NICE] fever or unexplained weight loss with back or leg pain needs assessment.
    if "fever_or_weight_loss" in sensations_recent:
        found.add("systemic_signs", Level.CONSULT)
    # [A] "sensations that travel below the knee, like tingling or a sharp pull, often
    # suggest that the nerve ... is the primary source": a milder hint is watched, and a
    # repeated one within 14 days goes to a professional.
    hints = [
        e for e in entries if _is_neural_hint(e) and now - e.at <= REPEAT_HINT_WINDOW
    ]
    if not nerve_signs and hints:
        if len(hints) >= 2:
            found.add(
                "neural_hint_repeated",
                Level.CONSULT,
                drivers=[Driver.NEURAL_TENSION],
                routines=["nerve_glides"],
                values={"count": str(len(hints))},
            )
        else:
            found.add(
                "neural_hint",
                Level.MONITOR,
                drivers=[Driver.NEURAL_TENSION],
                routines=["nerve_glides"],
            )
    # [A] "persistent pain that does not improve after several weeks of targeted
    # self-care, especially if accompanied by swelling or bruising, requires medical
    # assessment".
    _persistence(entries, list(completions), now, found)
    if sensations_recent & {"swelling", "bruising"} and not any(
        r.code == "persistent_despite_self_care" for r in found.reasons
    ):
        found.add("swelling_or_bruising", Level.MONITOR)
    # [A] anterior pelvic tilt from long sitting; synergistic dominance from weak glutes
    # and core, felt after activity.
    _drivers_from_data(
        recent,
        daily_sitting,
        found,
        now=now,
        zone=zone,
        break_after=break_after_minutes,
    )

    level = max(
        (r.level for r in found.reasons),
        key=lambda lvl: lvl.rank,
        default=Level.SELF_CARE,
    )
    if not found.routines:
        found.routines.append("desk_break")
    if Driver.NEURAL_TENSION in found.drivers:
        # [A] stretching an irritated nerve can make it worse: glides, not static holds.
        found.add("avoid_static_stretching", Level.SELF_CARE)
    return Assessment(
        level=level,
        reasons=tuple(sorted(found.reasons, key=lambda r: -r.level.rank)),
        likely_drivers=tuple(found.drivers),
        recommended_routines=tuple(found.routines),
    )


def _nerve_signs(entries: list[SymptomEntry]) -> set[str]:
    signs: set[str] = set()
    for entry in entries:
        s = entry.sensations
        if "radiating_below_knee" in s:
            signs.add("radiating_below_knee")
            signs |= s & {"tingling", "numbness"}
        if "numbness" in s:
            signs.add("numbness")
        if "weakness" in s:
            signs.add("weakness")
    return signs


def _is_neural_hint(entry: SymptomEntry) -> bool:
    s = entry.sensations
    return bool(s & {"sharp_pull", "tingling"}) and not s & {
        "radiating_below_knee",
        "numbness",
        "weakness",
    }


def _persistence(
    entries: list[SymptomEntry],
    completions: list[datetime],
    now: datetime,
    found: _Findings,
) -> None:
    considered = [e for e in entries if now - e.at <= PERSISTENCE_LOOKBACK]
    if not considered:
        return
    first, last = considered[0].at, considered[-1].at
    span = last - first
    if span < PERSISTENCE_SPAN:
        return
    weeks = span / timedelta(days=7)
    done = sum(1 for at in completions if first <= as_utc(at) <= last)
    per_week = done / weeks
    first_week = [_severity(e) for e in considered if e.at - first < timedelta(days=7)]
    last_week = [_severity(e) for e in considered if last - e.at < timedelta(days=7)]
    start, end = mean(first_week), mean(last_week)
    if end <= start - IMPROVEMENT_POINTS:
        return  # improving: self-care works
    values = {
        "weeks": f"{weeks:.0f}",
        "per_week": f"{per_week:.1f}",
        "start": f"{start:.1f}",
        "end": f"{end:.1f}",
    }
    if per_week < SELF_CARE_PER_WEEK:
        found.add(
            "little_self_care",
            Level.SELF_CARE,
            routines=["glute_core", "dynamic_mobility"],
            values=values,
        )
        return
    found.add("persistent_despite_self_care", Level.CONSULT, values=values)
    spanned = set().union(*(e.sensations for e in considered))
    if spanned & {"swelling", "bruising"}:
        found.add("persistent_with_swelling", Level.CONSULT)


def _drivers_from_data(
    recent: list[SymptomEntry],
    daily_sitting: Mapping[date, DaySitting],
    found: _Findings,
    *,
    now: datetime,
    zone: tzinfo,
    break_after: float,
) -> None:
    today = local_day(now, zone)
    week = [
        daily_sitting[d]
        for d in (today - timedelta(days=i) for i in range(1, 8))
        if d in daily_sitting
    ]
    if week:
        average = sum(day.sitting_hours for day in week) / 7
        long_streak_days = sum(
            1 for day in week if day.longest_streak_minutes >= break_after
        )
        if average > LONG_SITTING_HOURS or long_streak_days >= LONG_STREAK_DAYS:
            found.add(
                "long_sitting",
                Level.SELF_CARE,
                drivers=[Driver.ANTERIOR_PELVIC_TILT],
                routines=["posture_reset", "glute_core"],
                values={
                    "hours": f"{average:.1f}",
                    "long_streak_days": str(long_streak_days),
                },
            )
    contexts = [e.context for e in recent]
    if "after_sitting" in contexts:
        found.add(
            "tight_after_sitting",
            Level.SELF_CARE,
            drivers=[Driver.ANTERIOR_PELVIC_TILT],
            routines=["posture_reset", "desk_break"],
        )
    if "after_activity" in contexts:
        found.add(
            "tight_after_activity",
            Level.SELF_CARE,
            drivers=[Driver.SYNERGISTIC_DOMINANCE],
            routines=["glute_core", "dynamic_mobility"],
        )
