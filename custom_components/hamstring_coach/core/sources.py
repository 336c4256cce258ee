"""Sitting sources: which states of which entities mean "sitting", and how to combine them.

On/off entities (binary_sensor, input_boolean, switch) mean sitting while on. Any other
entity (a phone's activity sensor, a computer's session sensor, a media player, a select)
means sitting while its state is one of the states chosen for it. A source that reports
rarely can have a ``hold``: a state that meant sitting keeps meaning it for at most that
long without a fresh report, so a phone that stops reporting does not count a night.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum

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


@dataclass(frozen=True, slots=True)
class SourceRule:
    """What one entity's states mean."""

    entity_id: str
    sitting_states: frozenset[str] = frozenset({"on"})
    hold: timedelta | None = None


@dataclass(frozen=True, slots=True)
class Observation:
    """The state of a source and when it last reported."""

    state: str
    reported: datetime


def source_says(
    rule: SourceRule, seen: Observation | None, now: datetime
) -> bool | None:
    """Return True (sitting), False (not) or None (unknown) for one source."""
    if seen is None or seen.state in UNKNOWN_STATES:
        return None
    if seen.state not in rule.sitting_states:
        return False
    # a held source said sitting, but maybe too long ago
    return rule.hold is None or now - seen.reported < rule.hold


def combine(
    rules: Iterable[SourceRule],
    observations: Mapping[str, Observation | None],
    now: datetime,
    how: Combine = Combine.ANY,
) -> bool | None:
    """Return whether the person sits, from all sources; None when nothing is known."""
    answers = [
        source_says(rule, observations.get(rule.entity_id), now) for rule in rules
    ]
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
) -> datetime | None:
    """Return when a held "sitting" runs out without a fresh report (to look again)."""
    expiries = [
        seen.reported + rule.hold
        for rule in rules
        if rule.hold is not None
        and (seen := observations.get(rule.entity_id)) is not None
        and seen.state in rule.sitting_states
        and seen.reported + rule.hold > now
    ]
    return min(expiries, default=None)
