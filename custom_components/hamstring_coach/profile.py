"""The typed options of one profile, read from its config entry."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from datetime import timedelta, tzinfo
from typing import Any

from homeassistant.config_entries import ConfigEntry

from .const import (
    CONF_ACTIVE_SCHEDULE,
    CONF_ANNOUNCE_MEDIA_PLAYER,
    CONF_ANNOUNCE_TTS,
    CONF_BREAK_AFTER,
    CONF_COMBINE,
    CONF_ESCALATE_AFTER,
    CONF_HOLD_MINUTES,
    CONF_MIN_BREAK,
    CONF_NOTIFY_TARGETS,
    CONF_PAUSE_WHILE,
    CONF_POSTURE_CHECK_EVERY,
    CONF_REMINDER_REPEAT,
    CONF_RETENTION_DAYS,
    CONF_SITTING_ENTITIES,
    CONF_SITTING_STATES,
    CONF_STAND_GOAL_HOURS,
    CONF_STAND_NUDGE_MINUTE,
    CONF_STANDING_ENTITIES,
    CONF_STANDING_HOLD_MINUTES,
    CONF_STANDING_THRESHOLDS,
    CONF_THRESHOLDS,
    CONF_WEEKLY_SUMMARY_DAY,
    CONF_WEEKLY_SUMMARY_TIME,
    DEFAULT_BREAK_AFTER,
    DEFAULT_ESCALATE_AFTER,
    DEFAULT_MIN_BREAK,
    DEFAULT_POSTURE_CHECK_EVERY,
    DEFAULT_REMINDER_REPEAT,
    DEFAULT_RETENTION_DAYS,
    DEFAULT_ROUTINE,
    DEFAULT_SUMMARY_DAY,
    DEFAULT_SUMMARY_TIME,
    SUMMARY_OFF,
    WEEKDAYS,
)
from .core.coach import CoachSettings
from .core.engine import Engine, SummarySchedule
from .core.sources import Combine, Comparison, SourceRule, Threshold, other_side


@dataclass(frozen=True, slots=True)
class ProfileConfig:
    """Everything the user configured for one profile, read from the config entry."""

    sitting_entities: list[str]
    source_rules: list[SourceRule]
    combine: Combine
    settings: CoachSettings
    active_schedule: str | None
    pause_while: list[str]
    notify_targets: list[str]
    standing_rules: list[SourceRule] = field(default_factory=list)
    announce_tts: str | None = None
    announce_media_player: str | None = None
    retention_days: int = DEFAULT_RETENTION_DAYS
    summary_weekday: int | None = WEEKDAYS.index(DEFAULT_SUMMARY_DAY)
    summary_minutes: int = 18 * 60

    @classmethod
    def from_entry(cls, entry: ConfigEntry) -> ProfileConfig:
        """Read the entry's data (sources) and options (everything else)."""
        options = entry.options
        return cls(
            sitting_entities=list(entry.data[CONF_SITTING_ENTITIES]),
            source_rules=[
                SourceRule(
                    entity_id,
                    frozenset(
                        entry.data.get(CONF_SITTING_STATES, {}).get(entity_id, ["on"])
                    ),
                    None
                    if (hold := entry.data.get(CONF_HOLD_MINUTES, {}).get(entity_id))
                    is None
                    else timedelta(minutes=hold),
                    _threshold_of(entry.data.get(CONF_THRESHOLDS, {}).get(entity_id)),
                )
                for entity_id in entry.data[CONF_SITTING_ENTITIES]
            ],
            combine=Combine(entry.data.get(CONF_COMBINE, Combine.ANY.value)),
            standing_rules=_standing_rules(entry.data),
            settings=CoachSettings(
                break_after=timedelta(
                    minutes=options.get(CONF_BREAK_AFTER, DEFAULT_BREAK_AFTER)
                ),
                min_break=timedelta(
                    seconds=options.get(CONF_MIN_BREAK, DEFAULT_MIN_BREAK)
                ),
                reminder_repeat=timedelta(
                    minutes=options.get(CONF_REMINDER_REPEAT, DEFAULT_REMINDER_REPEAT)
                ),
                posture_check_every=timedelta(
                    minutes=options.get(
                        CONF_POSTURE_CHECK_EVERY, DEFAULT_POSTURE_CHECK_EVERY
                    )
                ),
                escalate_after=int(
                    options.get(CONF_ESCALATE_AFTER, DEFAULT_ESCALATE_AFTER)
                ),
                stand_goal_hours=int(options.get(CONF_STAND_GOAL_HOURS, 0)),
                stand_nudge_minute=None
                if (minute := options.get(CONF_STAND_NUDGE_MINUTE)) is None
                else int(minute),
            ),
            active_schedule=options.get(CONF_ACTIVE_SCHEDULE) or None,
            pause_while=list(options.get(CONF_PAUSE_WHILE, [])),
            notify_targets=list(options.get(CONF_NOTIFY_TARGETS, [])),
            announce_tts=options.get(CONF_ANNOUNCE_TTS) or None,
            announce_media_player=options.get(CONF_ANNOUNCE_MEDIA_PLAYER) or None,
            retention_days=int(
                options.get(CONF_RETENTION_DAYS, DEFAULT_RETENTION_DAYS)
            ),
            summary_weekday=_weekday_of(
                options.get(CONF_WEEKLY_SUMMARY_DAY, DEFAULT_SUMMARY_DAY)
            ),
            summary_minutes=_minutes_of(
                options.get(CONF_WEEKLY_SUMMARY_TIME, DEFAULT_SUMMARY_TIME)
            ),
        )

    @property
    def standing_entities(self) -> list[str]:
        """Return the entities of the standing sources."""
        return [rule.entity_id for rule in self.standing_rules]

    @property
    def source_entities(self) -> list[str]:
        """Return every source entity, sitting and standing, each once."""
        return list(dict.fromkeys([*self.sitting_entities, *self.standing_entities]))

    def new_engine(self, zone: tzinfo) -> Engine:
        """Return a fresh engine with these settings."""
        return Engine(
            self.settings,
            zone,
            SummarySchedule(self.summary_weekday, self.summary_minutes),
            DEFAULT_ROUTINE,
        )


def _standing_rules(data: Mapping[str, Any]) -> list[SourceRule]:
    """Return the standing sources: on/off, a threshold, or a sitting desk's other side.

    A hold ends standing that long after the source last reported (a desk left up).
    """
    sitting = data.get(CONF_THRESHOLDS, {})
    thresholds = data.get(CONF_STANDING_THRESHOLDS, {})
    holds = data.get(CONF_STANDING_HOLD_MINUTES, {})
    rules = []
    for entity_id in data.get(CONF_STANDING_ENTITIES, []):
        if entity_id in sitting:
            rule = other_side(
                SourceRule(entity_id, threshold=_threshold_of(sitting[entity_id]))
            )
        else:
            rule = SourceRule(
                entity_id, threshold=_threshold_of(thresholds.get(entity_id))
            )
        if (hold := holds.get(entity_id)) is not None:
            rule = replace(rule, hold=timedelta(minutes=hold))
        rules.append(rule)
    return rules


def _threshold_of(stored: dict[str, Any] | None) -> Threshold | None:
    """Return a numeric source's threshold as the entry stores it."""
    if stored is None:
        return None
    return Threshold(
        Comparison(stored["comparison"]),
        float(stored["value"]),
        float(stored.get("hysteresis", 0.0)),
    )


def _minutes_of(clock: str) -> int:
    """Return minutes after midnight of "HH:MM[:SS]"."""
    hours, minutes, *_ = (int(part) for part in clock.split(":"))
    return hours * 60 + minutes


def _weekday_of(day: str) -> int | None:
    """Return 0 (Monday) to 6 (Sunday), or None when the summary is off."""
    return None if day == SUMMARY_OFF else WEEKDAYS.index(day)
