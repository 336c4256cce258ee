"""Sitting sources: which states of which entities mean "sitting", and how to combine them.

On/off entities (binary_sensor, input_boolean, switch) mean sitting while on. Any other
entity (a phone's activity sensor, a computer's session sensor, a media player, a select)
means sitting while its state is one of the states chosen for it. A source that reports
rarely can have a ``hold``: a state that meant sitting keeps meaning it for at most that
long without a fresh report, so a phone that stops reporting does not count a night.

A numeric entity (a desk's height, a chair's load cell, a monitor's power) means sitting
on one side of a threshold. A band of hysteresis around it keeps the last side while
the number wobbles: below 90 cm with 2 cm means sitting under 88, standing over 92, and
from 88 to 92 whatever it was (with no last side, 90 decides). Unlike Home Assistant's
threshold helper, an unusable reading forgets nothing, and the side is saved with the
state, so a reload or restart keeps it.

Standing sources are read the same way (any of them says standing): an on/off entity
(a standing mat), a number above a threshold, or the other side of a numeric sitting
source (the same desk: above the height means standing).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum
from math import isfinite

ON_OFF_DOMAINS = frozenset({"binary_sensor", "input_boolean", "switch"})
UNKNOWN_STATES = frozenset({"unavailable", "unknown", ""})

# States that usually mean sitting, offered first in the flow.
KNOWN_SITTING_STATES: dict[str, tuple[str, ...]] = {
    "phone activity": ("still", "Stationary"),
    "computer session": ("active", "unlocked", "Active", "Unlocked", "on"),
    "media player": ("playing", "paused"),
}


class Combine(StrEnum):
    """How several sources make one answer."""

    ANY = "any"  # sitting while any source says so
    ALL = "all"  # sitting while every source says so


class Comparison(StrEnum):
    """Which side of a threshold means sitting."""

    BELOW = "below"
    ABOVE = "above"


@dataclass(frozen=True, slots=True)
class Threshold:
    """A number means sitting on one side of ``value``; ``hysteresis`` is the band."""

    comparison: Comparison
    value: float
    hysteresis: float = 0.0

    def says(self, number: float, previous: bool | None) -> bool:
        """Return whether ``number`` is on the sitting side (in the band: ``previous``)."""
        low, high = self.value - self.hysteresis, self.value + self.hysteresis
        if low <= number <= high:  # the band, edges included (at 0: the value itself)
            if previous is not None:
                return previous
            below, above = number < self.value, number > self.value
        else:
            below, above = number < low, number > high
        return below if self.comparison is Comparison.BELOW else above


@dataclass(frozen=True, slots=True)
class SourceRule:
    """What one entity's states mean."""

    entity_id: str
    sitting_states: frozenset[str] = frozenset({"on"})
    hold: timedelta | None = None
    threshold: Threshold | None = None  # a numeric source: states are numbers

    def side(self, state: str, previous: bool | None = None) -> bool | None:
        """Return whether ``state`` means sitting (None: unknown or not a number)."""
        if state in UNKNOWN_STATES:
            return None
        if self.threshold is None:
            return state in self.sitting_states
        try:
            number = float(state)
        except ValueError:
            return None
        return self.threshold.says(number, previous) if isfinite(number) else None


def other_side(rule: SourceRule) -> SourceRule:
    """Return the rule that says "standing" where a numeric sitting ``rule`` says not.

    The same desk's other side: above the height where below means sitting, with the
    same band. At the threshold itself (no side known yet) neither rule says yes.
    """
    if rule.threshold is None:
        raise ValueError(f"{rule.entity_id} has no threshold to take the other side of")
    threshold = rule.threshold
    flipped = (
        Comparison.ABOVE
        if threshold.comparison is Comparison.BELOW
        else Comparison.BELOW
    )
    return SourceRule(
        rule.entity_id,
        threshold=Threshold(flipped, threshold.value, threshold.hysteresis),
    )


@dataclass(frozen=True, slots=True)
class Observation:
    """The state of a source and when it last reported."""

    state: str
    reported: datetime


def source_says(
    rule: SourceRule,
    seen: Observation | None,
    now: datetime,
    previous: bool | None = None,
) -> bool | None:
    """Return True (sitting), False (not) or None (unknown) for one source.

    ``previous`` is the source's last side, for a numeric source's band.
    """
    if seen is None:
        return None
    side = rule.side(seen.state, previous)
    if not side:
        return side
    # a held source said sitting, but maybe too long ago
    return rule.hold is None or now - seen.reported < rule.hold


def combine_answers(answers: list[bool | None], how: Combine) -> bool | None:
    """Return the sources' answers as one (None when nothing is known)."""
    if how is Combine.ANY:
        if True in answers:
            return True
        return False if False in answers else None
    if False in answers:
        return False
    return None if None in answers or not answers else True


def next_expiry(
    rules: Iterable[SourceRule],
    observations: Mapping[str, Observation | None],
    now: datetime,
    sides: Mapping[str, bool | None] | None = None,
) -> datetime | None:
    """Return when a held "sitting" runs out without a fresh report (to look again)."""
    sides = sides or {}
    expiries = [
        seen.reported + rule.hold
        for rule in rules
        if rule.hold is not None
        and (seen := observations.get(rule.entity_id)) is not None
        and rule.side(seen.state, sides.get(rule.entity_id))
        and seen.reported + rule.hold > now
    ]
    return min(expiries, default=None)


# What a numeric source usually means, by device class and unit: a desk below about
# 90 cm is a sitting desk, a chair's load above about 20 kg is a person, a monitor
# drawing over about 10 W is on.
_SUGGESTIONS: dict[tuple[str, str], Threshold] = {
    ("distance", "cm"): Threshold(Comparison.BELOW, 90.0, 2.0),
    ("distance", "m"): Threshold(Comparison.BELOW, 0.9, 0.02),
    ("distance", "mm"): Threshold(Comparison.BELOW, 900.0, 20.0),
    ("distance", "in"): Threshold(Comparison.BELOW, 35.0, 1.0),
    ("weight", "kg"): Threshold(Comparison.ABOVE, 20.0, 2.0),
    ("weight", "g"): Threshold(Comparison.ABOVE, 20000.0, 2000.0),
    ("weight", "lb"): Threshold(Comparison.ABOVE, 45.0, 5.0),
    ("power", "W"): Threshold(Comparison.ABOVE, 10.0, 2.0),
    ("power", "kW"): Threshold(Comparison.ABOVE, 0.01, 0.002),
}


def suggest_standing_threshold(
    device_class: str | None, unit: str | None
) -> Threshold | None:
    """Return the usual threshold for standing: a desk above, a mat's load above."""
    guess = suggest_threshold(device_class, unit)
    if guess is None:
        return None
    return Threshold(Comparison.ABOVE, guess.value, guess.hysteresis)


def suggest_threshold(device_class: str | None, unit: str | None) -> Threshold | None:
    """Return the usual threshold for a number of this kind (None: no guess).

    Without a device class the unit alone decides (a desk controller's height often
    comes as a plain number in cm).
    """
    if unit is None:
        return None
    if device_class is not None and (device_class, unit) in _SUGGESTIONS:
        return _SUGGESTIONS[device_class, unit]
    by_unit = [t for (_, u), t in _SUGGESTIONS.items() if u == unit]
    return by_unit[0] if device_class is None and by_unit else None


class SourceReader:
    """The sources of one profile, read with memory of each numeric source's side."""

    def __init__(self, rules: list[SourceRule], how: Combine) -> None:
        """Read ``rules`` combined ``how``; no side is known yet."""
        self.rules = rules
        self.how = how
        self.sides: dict[str, bool | None] = {}

    def sources_say(
        self, observations: Mapping[str, Observation | None], now: datetime
    ) -> list[bool | None]:
        """Return each source's answer, without remembering anything."""
        return [
            source_says(
                rule,
                observations.get(rule.entity_id),
                now,
                self.sides.get(rule.entity_id),
            )
            for rule in self.rules
        ]

    def read(
        self, observations: Mapping[str, Observation | None], now: datetime
    ) -> bool | None:
        """Return whether the person sits, and remember each numeric source's side."""
        for rule in self.rules:
            seen = observations.get(rule.entity_id)
            if rule.threshold is not None and seen is not None:
                side = rule.side(seen.state, self.sides.get(rule.entity_id))
                if side is not None:  # an unusable state forgets nothing
                    self.sides[rule.entity_id] = side
        return combine_answers(self.sources_say(observations, now), self.how)

    def next_expiry(
        self, observations: Mapping[str, Observation | None], now: datetime
    ) -> datetime | None:
        """Return when a held "sitting" runs out without a fresh report."""
        return next_expiry(self.rules, observations, now, self.sides)

    def restore(self, saved: object) -> None:
        """Take back the sides saved with the state (a reload keeps a band's side)."""
        if isinstance(saved, dict):
            numeric = {r.entity_id for r in self.rules if r.threshold is not None}
            self.sides.update(
                {k: v for k, v in saved.items() if k in numeric and isinstance(v, bool)}
            )
