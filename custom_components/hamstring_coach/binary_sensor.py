"""Binary sensors: debounced sitting, and break due."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from homeassistant.components.binary_sensor import (  # type: ignore[attr-defined, unused-ignore]
    BinarySensorDeviceClass,
    BinarySensorEntity,
    BinarySensorEntityDescription,
)
from homeassistant.core import HomeAssistant
from homeassistant.helpers.entity_platform import AddConfigEntryEntitiesCallback

from .coordinator import HamstringCoachConfigEntry
from .entity import HamstringCoachEntity
from .snapshot import Snapshot

PARALLEL_UPDATES = 0


@dataclass(frozen=True, kw_only=True)
class HamstringCoachBinarySensorDescription(BinarySensorEntityDescription):
    """A yes/no from the coach's view; ``None`` means unavailable."""

    value_fn: Callable[[Snapshot], bool | None]


BINARY_SENSORS: tuple[HamstringCoachBinarySensorDescription, ...] = (
    HamstringCoachBinarySensorDescription(
        key="sitting",
        translation_key="sitting",
        device_class=BinarySensorDeviceClass.OCCUPANCY,
        value_fn=lambda s: s.view.sitting,
    ),
    HamstringCoachBinarySensorDescription(
        key="break_due",
        translation_key="break_due",
        value_fn=lambda s: s.view.break_due,
    ),
    HamstringCoachBinarySensorDescription(
        key="consultation_recommended",
        translation_key="consultation_recommended",
        device_class=BinarySensorDeviceClass.PROBLEM,
        value_fn=lambda s: bool(s.assessment and s.assessment.consultation_recommended),
    ),
)


async def async_setup_entry(
    hass: HomeAssistant,
    entry: HamstringCoachConfigEntry,
    async_add_entities: AddConfigEntryEntitiesCallback,
) -> None:
    """Add the binary sensors of one profile."""
    async_add_entities(
        HamstringCoachBinarySensor(entry.runtime_data, description)
        for description in BINARY_SENSORS
    )


class HamstringCoachBinarySensor(HamstringCoachEntity, BinarySensorEntity):
    """A yes/no from the coach's view."""

    entity_description: HamstringCoachBinarySensorDescription

    def _current(self) -> object:
        return self.entity_description.value_fn(self.coordinator.snapshot)

    @property
    def available(self) -> bool:
        """Return False while no source says anything (sitting sensor only)."""
        return self.entity_description.value_fn(self.coordinator.snapshot) is not None

    @property
    def is_on(self) -> bool | None:
        """Return the value."""
        return self.entity_description.value_fn(self.coordinator.snapshot)
