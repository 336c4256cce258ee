"""Sensors: sitting and standing durations, breaks, and routine progress."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from homeassistant.components.sensor import (
    DOMAIN as SENSOR_DOMAIN,
    SensorDeviceClass,
    SensorEntity,
    SensorEntityDescription,
    SensorStateClass,
)
from homeassistant.const import PERCENTAGE, UnitOfTime
from homeassistant.core import HomeAssistant
from homeassistant.helpers import entity_registry as er
from homeassistant.helpers.entity_platform import AddConfigEntryEntitiesCallback
from homeassistant.helpers.typing import StateType

from .const import DOMAIN
from .coordinator import HamstringCoachConfigEntry
from .entity import HamstringCoachEntity
from .insights_text import links_attributes
from .profile import ProfileConfig
from .snapshot import (
    DRIVERS,
    LONGEST_STEP,
    TOTAL_STEP,
    TRIAGE_LEVELS,
    Snapshot,
    streak_step,
)

PARALLEL_UPDATES = 0
IDLE = "idle"
NO_DRIVER = "none"


type Value = StateType | datetime


@dataclass(frozen=True, kw_only=True)
class HamstringCoachSensorDescription(SensorEntityDescription):
    """A sensor that shows one value of the snapshot."""

    value_fn: Callable[[Snapshot], Value]
    attributes_fn: Callable[[Snapshot], dict[str, Any] | None] = lambda _s: None
    # While a streak runs, write only when the value crosses a multiple of this many
    # minutes (every change of sitting, and a day's end, writes the exact value).
    streak_granularity: Callable[[Snapshot], int] = lambda _s: 1
    # Whether the profile has this sensor (standing needs standing sources).
    exists_fn: Callable[[ProfileConfig], bool] = lambda _c: True


def _streak_step(snapshot: Snapshot) -> int:
    """Return how the streak sensor moves while sitting: by the minute near the break."""
    return streak_step(snapshot.view.streak_minutes, snapshot.break_after_minutes)


def _insight(snapshot: Snapshot, field: str) -> float | None:
    """Return one number of the weekly insights, rounded, or None without data."""
    insights = snapshot.insights
    value = None if insights is None else getattr(insights, field)
    return None if value is None else round(float(value), 2)


def _triage_attributes(snapshot: Snapshot) -> dict[str, Any] | None:
    assessment = snapshot.assessment
    if assessment is None:
        return None
    return {
        "reasons": [reason.code for reason in assessment.reasons],
        "likely_drivers": [driver.value for driver in assessment.likely_drivers],
        "recommended_routines": list(assessment.recommended_routines),
        "routines_allowed": assessment.routines_allowed,
    }


def _step_attributes(snapshot: Snapshot) -> dict[str, Any]:
    view = snapshot.routine
    ends_at = None
    if view.seconds_left is not None and not view.paused:
        ends_at = (snapshot.at + timedelta(seconds=view.seconds_left)).isoformat()
    return {
        "routine": view.routine,
        "step": view.step,
        "instruction": view.instruction,
        "index": view.index,
        "total": view.total,
        "seconds_left": view.seconds_left,
        "ends_at": ends_at,
        "rest": view.rest,
        "paused": view.paused,
    }


SENSORS: tuple[HamstringCoachSensorDescription, ...] = (
    HamstringCoachSensorDescription(
        key="sitting_streak",
        translation_key="sitting_streak",
        device_class=SensorDeviceClass.DURATION,
        state_class=SensorStateClass.MEASUREMENT,
        native_unit_of_measurement=UnitOfTime.MINUTES,
        value_fn=lambda s: s.view.streak_minutes,
        streak_granularity=_streak_step,
    ),
    HamstringCoachSensorDescription(
        key="sitting_since",
        translation_key="sitting_since",
        device_class=SensorDeviceClass.TIMESTAMP,
        value_fn=lambda s: s.view.sitting_since,
    ),
    HamstringCoachSensorDescription(
        key="sitting_today",
        translation_key="sitting_today",
        device_class=SensorDeviceClass.DURATION,
        state_class=SensorStateClass.TOTAL_INCREASING,
        native_unit_of_measurement=UnitOfTime.MINUTES,
        value_fn=lambda s: s.view.sitting_today_minutes,
        streak_granularity=lambda _s: TOTAL_STEP,
    ),
    HamstringCoachSensorDescription(
        key="longest_streak_today",
        translation_key="longest_streak_today",
        device_class=SensorDeviceClass.DURATION,
        state_class=SensorStateClass.MEASUREMENT,
        native_unit_of_measurement=UnitOfTime.MINUTES,
        value_fn=lambda s: s.view.longest_streak_today_minutes,
        streak_granularity=lambda _s: LONGEST_STEP,
    ),
    HamstringCoachSensorDescription(
        key="breaks_today",
        translation_key="breaks_today",
        state_class=SensorStateClass.TOTAL_INCREASING,
        value_fn=lambda s: s.view.breaks_today,
    ),
    HamstringCoachSensorDescription(
        key="stand_hours_today",
        translation_key="stand_hours_today",
        state_class=SensorStateClass.TOTAL_INCREASING,
        value_fn=lambda s: s.view.stand_hours_today,
    ),
    HamstringCoachSensorDescription(
        key="standing_today",
        translation_key="standing_today",
        device_class=SensorDeviceClass.DURATION,
        state_class=SensorStateClass.TOTAL_INCREASING,
        native_unit_of_measurement=UnitOfTime.MINUTES,
        value_fn=lambda s: s.view.standing_today_minutes,
        exists_fn=lambda c: bool(c.standing_rules),
    ),
    HamstringCoachSensorDescription(
        key="sitting_share_today",
        translation_key="sitting_share_today",
        state_class=SensorStateClass.MEASUREMENT,
        native_unit_of_measurement=PERCENTAGE,
        value_fn=lambda s: s.view.sitting_share_today,
        exists_fn=lambda c: bool(c.standing_rules),
    ),
    HamstringCoachSensorDescription(
        key="reminders_today",
        translation_key="reminders_today",
        state_class=SensorStateClass.TOTAL_INCREASING,
        value_fn=lambda s: s.view.reminders_today,
    ),
    HamstringCoachSensorDescription(
        key="reminders_snoozed_today",
        translation_key="reminders_snoozed_today",
        state_class=SensorStateClass.TOTAL_INCREASING,
        value_fn=lambda s: s.view.reminders_snoozed_today,
    ),
    HamstringCoachSensorDescription(
        key="breaks_after_reminder_today",
        translation_key="breaks_after_reminder_today",
        state_class=SensorStateClass.TOTAL_INCREASING,
        value_fn=lambda s: s.view.breaks_after_reminder_today,
    ),
    HamstringCoachSensorDescription(
        key="triage_level",
        translation_key="triage_level",
        device_class=SensorDeviceClass.ENUM,
        options=TRIAGE_LEVELS,
        value_fn=lambda s: s.assessment.level.value if s.assessment else None,
        attributes_fn=_triage_attributes,
    ),
    HamstringCoachSensorDescription(
        key="likely_driver",
        translation_key="likely_driver",
        device_class=SensorDeviceClass.ENUM,
        options=[*DRIVERS, NO_DRIVER],
        value_fn=lambda s: (
            s.assessment.likely_drivers[0].value
            if s.assessment and s.assessment.likely_drivers
            else NO_DRIVER
        ),
    ),
    HamstringCoachSensorDescription(
        key="last_tightness",
        translation_key="last_tightness",
        state_class=SensorStateClass.MEASUREMENT,
        value_fn=lambda s: s.last_tightness,
    ),
    HamstringCoachSensorDescription(
        key="weekly_sitting_average",
        translation_key="weekly_sitting_average",
        state_class=SensorStateClass.MEASUREMENT,
        native_unit_of_measurement="h/d",
        suggested_display_precision=1,
        value_fn=lambda s: _insight(s, "sitting_hours_per_day"),
    ),
    HamstringCoachSensorDescription(
        key="tightness_trend",
        translation_key="tightness_trend",
        state_class=SensorStateClass.MEASUREMENT,
        native_unit_of_measurement="pts/wk",
        suggested_display_precision=2,
        value_fn=lambda s: _insight(s, "tightness_trend_per_week"),
        attributes_fn=lambda s: links_attributes(s.insights),
    ),
    HamstringCoachSensorDescription(
        key="routine_step",
        translation_key="routine_step",
        value_fn=lambda s: s.routine.step_name or IDLE,
        attributes_fn=_step_attributes,
    ),
    HamstringCoachSensorDescription(
        key="routine_progress",
        translation_key="routine_progress",
        native_unit_of_measurement=PERCENTAGE,
        value_fn=lambda s: s.routine.progress,
    ),
    HamstringCoachSensorDescription(
        key="routines_this_week",
        translation_key="routines_this_week",
        state_class=SensorStateClass.TOTAL_INCREASING,
        value_fn=lambda s: s.routines_this_week,
    ),
    HamstringCoachSensorDescription(
        key="routine_streak_days",
        translation_key="routine_streak_days",
        state_class=SensorStateClass.MEASUREMENT,
        native_unit_of_measurement=UnitOfTime.DAYS,
        value_fn=lambda s: s.routine_streak_days,
    ),
)


async def async_setup_entry(
    hass: HomeAssistant,
    entry: HamstringCoachConfigEntry,
    async_add_entities: AddConfigEntryEntitiesCallback,
) -> None:
    """Add the sensors of one profile."""
    coordinator = entry.runtime_data
    registry = er.async_get(hass)
    for description in SENSORS:  # a sensor the profile no longer has goes
        if not description.exists_fn(coordinator.config) and (
            entity_id := registry.async_get_entity_id(
                SENSOR_DOMAIN, DOMAIN, f"{entry.entry_id}_{description.key}"
            )
        ):
            registry.async_remove(entity_id)
    async_add_entities(
        HamstringCoachSensor(coordinator, description)
        for description in SENSORS
        if description.exists_fn(coordinator.config)
    )


class HamstringCoachSensor(HamstringCoachEntity, SensorEntity):
    """A value of the snapshot."""

    entity_description: HamstringCoachSensorDescription

    def _current(self) -> object:
        snapshot = self.coordinator.snapshot
        description = self.entity_description
        value = description.value_fn(snapshot)
        granularity = description.streak_granularity(snapshot)
        if (
            granularity > 1
            and isinstance(value, int)
            and snapshot.streak_running
            and not snapshot.view.day_ending  # a day ends exact
        ):
            return ("streak", value // granularity)
        return (value, description.attributes_fn(snapshot))

    @property
    def native_value(self) -> Value:
        """Return the value."""
        return self.entity_description.value_fn(self.coordinator.snapshot)

    @property
    def extra_state_attributes(self) -> dict[str, Any] | None:
        """Return the step details (routine_step) or the reasons (triage_level)."""
        return self.entity_description.attributes_fn(self.coordinator.snapshot)
