"""Event entity: break due, posture check, break taken."""

from __future__ import annotations

from homeassistant.components.event import EventEntity, EventEntityDescription
from homeassistant.core import HomeAssistant, callback
from homeassistant.helpers.entity_platform import AddConfigEntryEntitiesCallback

from .coordinator import HamstringCoachConfigEntry
from .core.coach import whole_minutes
from .core.reminders import Reminder, ReminderKind
from .entity import HamstringCoachEntity

PARALLEL_UPDATES = 0

COACH = EventEntityDescription(
    key="coach",
    translation_key="coach",
    event_types=[kind.value for kind in ReminderKind],
)


async def async_setup_entry(
    hass: HomeAssistant,
    entry: HamstringCoachConfigEntry,
    async_add_entities: AddConfigEntryEntitiesCallback,
) -> None:
    """Add the coach event entity of one profile."""
    async_add_entities([HamstringCoachEventEntity(entry.runtime_data, COACH)])


class HamstringCoachEventEntity(HamstringCoachEntity, EventEntity):
    """Fires one event per reminder; attributes carry the streak in minutes."""

    async def async_added_to_hass(self) -> None:
        """Receive reminders."""
        await super().async_added_to_hass()
        self.async_on_remove(
            self.coordinator.async_add_reminder_listener(self._on_reminder)
        )

    @callback
    def _on_reminder(self, reminder: Reminder) -> None:
        attributes: dict[str, int | str] = {
            "streak_minutes": whole_minutes(reminder.streak)
        }
        if reminder.kind is ReminderKind.BREAK_DUE:
            attributes["reminder_number"] = reminder.repeat + 1
        self._trigger_event(reminder.kind.value, attributes)
        self.async_write_ha_state()
