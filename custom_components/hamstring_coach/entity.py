"""Base entity of Hamstring Coach: one device per profile, updates pushed by the coordinator."""

from __future__ import annotations

from homeassistant.helpers.device_registry import DeviceEntryType, DeviceInfo
from homeassistant.helpers.entity import Entity, EntityDescription

from .const import DOMAIN
from .coordinator import HamstringCoachCoordinator


class HamstringCoachEntity(Entity):
    """An entity of one profile; writes its state only when what it shows changed."""

    _attr_has_entity_name = True
    _attr_should_poll = False

    def __init__(
        self, coordinator: HamstringCoachCoordinator, description: EntityDescription
    ) -> None:
        """Bind the entity to its profile."""
        self.coordinator = coordinator
        self.entity_description = description
        entry = coordinator.entry
        self._attr_unique_id = f"{entry.entry_id}_{description.key}"
        self._attr_device_info = DeviceInfo(
            identifiers={(DOMAIN, entry.entry_id)},
            name=entry.title,
            manufacturer="Hamstring Coach",
            model=None,  # a model name would be English in every language
            entry_type=DeviceEntryType.SERVICE,
        )
        self._shown: object = self._current()

    def _current(self) -> object:
        """Return what the entity shows now; a change triggers a state write."""
        return None

    async def async_added_to_hass(self) -> None:
        """Follow the coordinator."""
        await super().async_added_to_hass()
        self.async_on_remove(
            self.coordinator.async_add_listener(self._on_coordinator_update)
        )

    def _on_coordinator_update(self) -> None:
        current = self._current()
        if current != self._shown:
            self._shown = current
            self.async_write_ha_state()
