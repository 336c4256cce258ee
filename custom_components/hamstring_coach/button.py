"""Button that snoozes reminders."""

from __future__ import annotations

from datetime import timedelta

from homeassistant.components.button import ButtonEntity, ButtonEntityDescription
from homeassistant.core import HomeAssistant
from homeassistant.helpers.entity_platform import AddConfigEntryEntitiesCallback

from .const import BUTTON_SNOOZE_MINUTES
from .coordinator import HamstringCoachConfigEntry
from .entity import HamstringCoachEntity

PARALLEL_UPDATES = 0

SNOOZE = ButtonEntityDescription(key="snooze", translation_key="snooze")


async def async_setup_entry(
    hass: HomeAssistant,
    entry: HamstringCoachConfigEntry,
    async_add_entities: AddConfigEntryEntitiesCallback,
) -> None:
    """Add the snooze button of one profile."""
    async_add_entities([HamstringCoachSnoozeButton(entry.runtime_data, SNOOZE)])


class HamstringCoachSnoozeButton(HamstringCoachEntity, ButtonEntity):
    """Snooze reminders for a quarter of an hour."""

    async def async_press(self) -> None:
        """Snooze."""
        self.coordinator.async_snooze(timedelta(minutes=BUTTON_SNOOZE_MINUTES))
