"""Event entity: reminders (break due, posture check, break taken) and routine progress."""

from __future__ import annotations

from typing import Any

from homeassistant.components.event import EventEntity, EventEntityDescription
from homeassistant.core import HomeAssistant, callback
from homeassistant.helpers.entity_platform import AddConfigEntryEntitiesCallback

from .coordinator import HamstringCoachConfigEntry
from .entity import HamstringCoachEntity
from .snapshot import COACH_EVENT_TYPES

PARALLEL_UPDATES = 0

COACH = EventEntityDescription(
    key="coach",
    translation_key="coach",
    event_types=COACH_EVENT_TYPES,
)


async def async_setup_entry(
    hass: HomeAssistant,
    entry: HamstringCoachConfigEntry,
    async_add_entities: AddConfigEntryEntitiesCallback,
) -> None:
    """Add the coach event entity of one profile."""
    async_add_entities([HamstringCoachEventEntity(entry.runtime_data, COACH)])


class HamstringCoachEventEntity(HamstringCoachEntity, EventEntity):
    """Fires one event per reminder or routine step; the attributes carry the details."""

    async def async_added_to_hass(self) -> None:
        """Receive the coach's events."""
        await super().async_added_to_hass()
        self.async_on_remove(self.coordinator.async_add_event_listener(self._on_event))

    @callback
    def _on_event(self, event_type: str, attributes: dict[str, Any]) -> None:
        self._trigger_event(event_type, attributes)
        self.async_write_ha_state()
