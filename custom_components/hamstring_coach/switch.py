"""Switch that turns reminders on and off (kept across restarts in the profile's state)."""

from __future__ import annotations

from typing import Any

from homeassistant.components.switch import SwitchEntity, SwitchEntityDescription
from homeassistant.core import HomeAssistant
from homeassistant.helpers.entity_platform import AddConfigEntryEntitiesCallback

from .coordinator import HamstringCoachConfigEntry
from .entity import HamstringCoachEntity

PARALLEL_UPDATES = 0

REMINDERS = SwitchEntityDescription(key="reminders", translation_key="reminders")


async def async_setup_entry(
    hass: HomeAssistant,
    entry: HamstringCoachConfigEntry,
    async_add_entities: AddConfigEntryEntitiesCallback,
) -> None:
    """Add the reminders switch of one profile."""
    async_add_entities([HamstringCoachRemindersSwitch(entry.runtime_data, REMINDERS)])


class HamstringCoachRemindersSwitch(HamstringCoachEntity, SwitchEntity):
    """Reminders on/off; the state also says until when a snooze runs."""

    def _current(self) -> object:
        view = self.coordinator.snapshot.view
        return (view.reminders_enabled, view.snoozed_until)

    @property
    def is_on(self) -> bool:
        """Return True when reminders are on."""
        return self.coordinator.snapshot.view.reminders_enabled

    @property
    def extra_state_attributes(self) -> dict[str, Any]:
        """Return until when reminders are snoozed."""
        snoozed_until = self.coordinator.snapshot.view.snoozed_until
        return {
            "snoozed_until": None
            if snoozed_until is None
            else snoozed_until.isoformat()
        }

    async def async_turn_on(self, **kwargs: Any) -> None:
        """Turn reminders on."""
        self.coordinator.run(lambda now: self.coordinator.engine.set_enabled(now, True))

    async def async_turn_off(self, **kwargs: Any) -> None:
        """Turn reminders off."""
        self.coordinator.run(
            lambda now: self.coordinator.engine.set_enabled(now, False)
        )
