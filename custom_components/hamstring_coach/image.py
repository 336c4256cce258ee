"""The picture of the current routine step (a neutral one while no routine runs)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
import logging
from pathlib import Path

from homeassistant.components.image import ImageEntity, ImageEntityDescription
from homeassistant.core import HomeAssistant
from homeassistant.helpers.entity_platform import AddConfigEntryEntitiesCallback
from homeassistant.helpers.typing import UNDEFINED
from homeassistant.util import dt as dt_util

from .coordinator import HamstringCoachConfigEntry, HamstringCoachCoordinator
from .entity import HamstringCoachEntity
from .routine_files import NEUTRAL_PICTURE, picture_file
from .snapshot import Snapshot

_LOGGER = logging.getLogger(__name__)
PARALLEL_UPDATES = 0
CONTENT_TYPES = {
    ".png": "image/png",
    ".jpg": "image/jpeg",
    ".jpeg": "image/jpeg",
    ".webp": "image/webp",
    ".gif": "image/gif",
}


@dataclass(frozen=True, kw_only=True)
class HamstringCoachImageDescription(ImageEntityDescription):
    """A picture chosen from the snapshot."""

    picture_fn: Callable[[Snapshot], str]


ROUTINE_STEP = HamstringCoachImageDescription(
    key="routine_step",
    translation_key="routine_step",
    picture_fn=lambda s: s.routine.image or NEUTRAL_PICTURE,
)


async def async_setup_entry(
    hass: HomeAssistant,
    entry: HamstringCoachConfigEntry,
    async_add_entities: AddConfigEntryEntitiesCallback,
) -> None:
    """Add the step picture of one profile."""
    async_add_entities([HamstringCoachImage(hass, entry.runtime_data, ROUTINE_STEP)])


class HamstringCoachImage(HamstringCoachEntity, ImageEntity):
    """The current step's picture; a new step is a new image for the frontend."""

    entity_description: HamstringCoachImageDescription

    def __init__(
        self,
        hass: HomeAssistant,
        coordinator: HamstringCoachCoordinator,
        description: HamstringCoachImageDescription,
    ) -> None:
        """Show the picture of the snapshot's step."""
        ImageEntity.__init__(self, hass)
        HamstringCoachEntity.__init__(self, coordinator, description)
        self._config_dir = Path(hass.config.config_dir)
        self._show(self._current())

    def _current(self) -> object:
        return self.entity_description.picture_fn(self.coordinator.snapshot)

    def _show(self, picture: object) -> None:
        """Point the entity at ``picture`` (a built-in, a file or a URL)."""
        image = str(picture)
        self._picture = image
        self._cached_image = None
        self._attr_image_last_updated = dt_util.utcnow()
        if picture_file(image, self._config_dir) is None:  # a URL: HA fetches it
            self._attr_image_url = image
        else:
            self._attr_image_url = UNDEFINED
            suffix = Path(image).suffix.lower() if ":" not in image else ".png"
            self._attr_content_type = CONTENT_TYPES.get(suffix, "image/png")

    def _on_coordinator_update(self) -> None:
        current = self._current()
        if current != self._shown:
            self._shown = current
            self._show(current)
            self.async_write_ha_state()

    async def async_image(self) -> bytes | None:
        """Return the picture; a URL fetched for a step that has passed is dropped."""
        picture = self._picture
        content = await super().async_image()
        if picture != self._picture:  # the step changed while this was fetched
            self._cached_image = None
            return await self.async_image()
        return content

    def image(self) -> bytes | None:
        """Return the picture's bytes (in the executor).

        A file that went missing after the routines were loaded shows the neutral
        picture, with a warning, instead of a broken image.
        """
        path = picture_file(self._picture, self._config_dir)
        if path is None:
            return None
        try:
            return path.read_bytes()
        except OSError as err:
            _LOGGER.warning("The picture %s cannot be read: %s", self._picture, err)
            neutral = picture_file(NEUTRAL_PICTURE, self._config_dir)
            assert neutral is not None  # noqa: S101 - a built-in is always a file
            self._attr_content_type = "image/png"
            return neutral.read_bytes()
