"""Select: which routine the start button runs."""

from __future__ import annotations

from homeassistant.components.select import SelectEntity, SelectEntityDescription
from homeassistant.core import HomeAssistant
from homeassistant.helpers.entity_platform import AddConfigEntryEntitiesCallback

from .coordinator import HamstringCoachConfigEntry
from .entity import HamstringCoachEntity

PARALLEL_UPDATES = 0

ROUTINE = SelectEntityDescription(key="routine", translation_key="routine")


async def async_setup_entry(
    hass: HomeAssistant,
    entry: HamstringCoachConfigEntry,
    async_add_entities: AddConfigEntryEntitiesCallback,
) -> None:
    """Add the routine select of one profile."""
    async_add_entities([HamstringCoachRoutineSelect(entry.runtime_data, ROUTINE)])


class HamstringCoachRoutineSelect(HamstringCoachEntity, SelectEntity):
    """The routine that the start button (and start_routine without a routine) runs."""

    def _current(self) -> object:
        snapshot = self.coordinator.snapshot
        return (snapshot.selected_routine, snapshot.routine_ids)

    @property
    def options(self) -> list[str]:
        """Return the routine ids: the built-in ones and the user's."""
        return list(self.coordinator.snapshot.routine_ids)

    @property
    def current_option(self) -> str:
        """Return the selected routine."""
        return self.coordinator.snapshot.selected_routine

    async def async_select_option(self, option: str) -> None:
        """Select a routine."""
        self.coordinator.run(
            lambda _now: self.coordinator.engine.select_routine(option)
        )
