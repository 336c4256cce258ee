"""Sitting-duration sensors."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from homeassistant.components.sensor import (
    SensorDeviceClass,
    SensorEntity,
    SensorEntityDescription,
    SensorStateClass,
)
from homeassistant.const import UnitOfTime
from homeassistant.core import HomeAssistant
from homeassistant.helpers.entity_platform import AddConfigEntryEntitiesCallback

from .coordinator import HamstringCoachConfigEntry
from .core.coach import CoachView
from .entity import HamstringCoachEntity

PARALLEL_UPDATES = 0


@dataclass(frozen=True, kw_only=True)
class HamstringCoachSensorDescription(SensorEntityDescription):
    """A sensor that shows one number of the coach's view."""

    value_fn: Callable[[CoachView], int]


SENSORS: tuple[HamstringCoachSensorDescription, ...] = (
    HamstringCoachSensorDescription(
        key="sitting_streak",
        translation_key="sitting_streak",
        device_class=SensorDeviceClass.DURATION,
        state_class=SensorStateClass.MEASUREMENT,
        native_unit_of_measurement=UnitOfTime.MINUTES,
        value_fn=lambda view: view.streak_minutes,
    ),
    HamstringCoachSensorDescription(
        key="sitting_today",
        translation_key="sitting_today",
        device_class=SensorDeviceClass.DURATION,
        state_class=SensorStateClass.TOTAL_INCREASING,
        native_unit_of_measurement=UnitOfTime.MINUTES,
        value_fn=lambda view: view.sitting_today_minutes,
    ),
    HamstringCoachSensorDescription(
        key="longest_streak_today",
        translation_key="longest_streak_today",
        device_class=SensorDeviceClass.DURATION,
        state_class=SensorStateClass.MEASUREMENT,
        native_unit_of_measurement=UnitOfTime.MINUTES,
        value_fn=lambda view: view.longest_streak_today_minutes,
    ),
    HamstringCoachSensorDescription(
        key="breaks_today",
        translation_key="breaks_today",
        state_class=SensorStateClass.TOTAL_INCREASING,
        value_fn=lambda view: view.breaks_today,
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
    """A number from the coach's view."""

    entity_description: HamstringCoachSensorDescription

    def _current(self) -> object:
        return self.native_value

    @property
    def native_value(self) -> int:
        """Return the number."""
        return self.entity_description.value_fn(self.coordinator.view)
