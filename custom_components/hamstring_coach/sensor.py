"""Sensors: sitting durations, breaks, and routine progress."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from homeassistant.components.sensor import (
    SensorDeviceClass,
    SensorEntity,
    SensorEntityDescription,
    SensorStateClass,
)
from homeassistant.const import PERCENTAGE, UnitOfTime
from homeassistant.core import HomeAssistant
from homeassistant.helpers.entity_platform import AddConfigEntryEntitiesCallback
from homeassistant.helpers.typing import StateType
from homeassistant.util import dt as dt_util

from .coordinator import HamstringCoachConfigEntry, HamstringCoachCoordinator
from .core.triage import Driver, Level
from .entity import HamstringCoachEntity

PARALLEL_UPDATES = 0
IDLE = "idle"
NO_DRIVER = "none"


@dataclass(frozen=True, kw_only=True)
class HamstringCoachSensorDescription(SensorEntityDescription):
    """A sensor that shows one value of the coordinator's views."""

    value_fn: Callable[[HamstringCoachCoordinator], StateType | datetime]
    # While a streak runs, write only when the value crosses a multiple of this many
    # minutes (every change of sitting writes the exact value): fewer recorder writes.
    streak_granularity: Callable[[HamstringCoachCoordinator], int] = lambda _c: 1


LIVE_WINDOW = (
    10  # minutes before a break is due in which the streak moves by the minute
)


def streak_step(coordinator: HamstringCoachCoordinator) -> int:
    """Return how the streak sensor moves while sitting: by the minute near the break."""
    streak = coordinator.view.streak_minutes
    break_after = int(coordinator.config.settings.break_after.total_seconds() // 60)
    return 1 if break_after - LIVE_WINDOW <= streak <= break_after else 5


def _insight(coordinator: HamstringCoachCoordinator, field: str) -> float | None:
    """Return one number of the weekly insights, rounded, or None without data."""
    value = (
        None if coordinator.insights is None else getattr(coordinator.insights, field)
    )
    return None if value is None else round(float(value), 2)


def _step_name(coordinator: HamstringCoachCoordinator) -> str:
    view = coordinator.routine_view
    return view.step_name or IDLE


SENSORS: tuple[HamstringCoachSensorDescription, ...] = (
    HamstringCoachSensorDescription(
        key="sitting_streak",
        translation_key="sitting_streak",
        device_class=SensorDeviceClass.DURATION,
        state_class=SensorStateClass.MEASUREMENT,
        native_unit_of_measurement=UnitOfTime.MINUTES,
        value_fn=lambda c: c.view.streak_minutes,
        streak_granularity=streak_step,
    ),
    HamstringCoachSensorDescription(
        key="sitting_since",
        translation_key="sitting_since",
        device_class=SensorDeviceClass.TIMESTAMP,
        value_fn=lambda c: c.view.sitting_since,
    ),
    HamstringCoachSensorDescription(
        key="sitting_today",
        translation_key="sitting_today",
        device_class=SensorDeviceClass.DURATION,
        state_class=SensorStateClass.TOTAL_INCREASING,
        native_unit_of_measurement=UnitOfTime.MINUTES,
        value_fn=lambda c: c.view.sitting_today_minutes,
        streak_granularity=lambda _c: 5,
    ),
    HamstringCoachSensorDescription(
        key="longest_streak_today",
        translation_key="longest_streak_today",
        device_class=SensorDeviceClass.DURATION,
        state_class=SensorStateClass.MEASUREMENT,
        native_unit_of_measurement=UnitOfTime.MINUTES,
        value_fn=lambda c: c.view.longest_streak_today_minutes,
        streak_granularity=lambda _c: 15,
    ),
    HamstringCoachSensorDescription(
        key="breaks_today",
        translation_key="breaks_today",
        state_class=SensorStateClass.TOTAL_INCREASING,
        value_fn=lambda c: c.view.breaks_today,
    ),
    HamstringCoachSensorDescription(
        key="triage_level",
        translation_key="triage_level",
        device_class=SensorDeviceClass.ENUM,
        options=[level.value for level in Level],
        value_fn=lambda c: c.assessment.level.value,
    ),
    HamstringCoachSensorDescription(
        key="likely_driver",
        translation_key="likely_driver",
        device_class=SensorDeviceClass.ENUM,
        options=[*(driver.value for driver in Driver), NO_DRIVER],
        value_fn=lambda c: (
            c.assessment.likely_drivers[0].value
            if c.assessment.likely_drivers
            else NO_DRIVER
        ),
    ),
    HamstringCoachSensorDescription(
        key="last_tightness",
        translation_key="last_tightness",
        state_class=SensorStateClass.MEASUREMENT,
        value_fn=lambda c: (
            c.symptoms.entries[-1].tightness if c.symptoms.entries else None
        ),
    ),
    HamstringCoachSensorDescription(
        key="weekly_sitting_average",
        translation_key="weekly_sitting_average",
        state_class=SensorStateClass.MEASUREMENT,
        native_unit_of_measurement="h/d",
        suggested_display_precision=1,
        value_fn=lambda c: _insight(c, "sitting_hours_per_day"),
    ),
    HamstringCoachSensorDescription(
        key="tightness_trend",
        translation_key="tightness_trend",
        state_class=SensorStateClass.MEASUREMENT,
        native_unit_of_measurement="pts/wk",
        suggested_display_precision=2,
        value_fn=lambda c: _insight(c, "tightness_trend_per_week"),
    ),
    HamstringCoachSensorDescription(
        key="routine_step",
        translation_key="routine_step",
        value_fn=_step_name,
    ),
    HamstringCoachSensorDescription(
        key="routine_progress",
        translation_key="routine_progress",
        native_unit_of_measurement=PERCENTAGE,
        value_fn=lambda c: c.routine_view.progress,
    ),
    HamstringCoachSensorDescription(
        key="routines_this_week",
        translation_key="routines_this_week",
        state_class=SensorStateClass.TOTAL_INCREASING,
        value_fn=lambda c: c.routines_this_week,
    ),
    HamstringCoachSensorDescription(
        key="routine_streak_days",
        translation_key="routine_streak_days",
        state_class=SensorStateClass.MEASUREMENT,
        native_unit_of_measurement=UnitOfTime.DAYS,
        value_fn=lambda c: c.routine_streak_days,
    ),
)


async def async_setup_entry(
    hass: HomeAssistant,
    entry: HamstringCoachConfigEntry,
    async_add_entities: AddConfigEntryEntitiesCallback,
) -> None:
    """Add the sensors of one profile."""
    async_add_entities(
        HamstringCoachSensor(entry.runtime_data, description) for description in SENSORS
    )


class HamstringCoachSensor(HamstringCoachEntity, SensorEntity):
    """A value from the coordinator's views."""

    entity_description: HamstringCoachSensorDescription

    def _current(self) -> object:
        key = self.entity_description.key
        if key == "routine_step":
            return (self.native_value, self.coordinator.routine_view)
        if key == "triage_level":
            return self.coordinator.assessment
        if key in ("weekly_sitting_average", "tightness_trend"):
            return self.native_value
        granularity = self.entity_description.streak_granularity(self.coordinator)
        value = self.native_value
        if (
            granularity > 1
            and isinstance(value, int)
            and self.coordinator.coach.tracker.streak_running
            and not self.coordinator.view.day_ending  # a day ends exact
        ):
            return ("streak", value // granularity)
        return value

    @property
    def native_value(self) -> StateType | datetime:
        """Return the value."""
        return self.entity_description.value_fn(self.coordinator)

    @property
    def extra_state_attributes(self) -> dict[str, Any] | None:
        """Return the step details (routine_step) or the reasons (triage_level)."""
        key = self.entity_description.key
        if key == "triage_level":
            assessment = self.coordinator.assessment
            return {
                "reasons": [reason.code for reason in assessment.reasons],
                "likely_drivers": [
                    driver.value for driver in assessment.likely_drivers
                ],
                "recommended_routines": list(assessment.recommended_routines),
                "routines_allowed": assessment.routines_allowed,
            }
        if key != "routine_step":
            return None
        view = self.coordinator.routine_view
        ends_at = None
        if view.seconds_left is not None and not view.paused:
            ends_at = (
                dt_util.utcnow() + timedelta(seconds=view.seconds_left)
            ).isoformat()
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
