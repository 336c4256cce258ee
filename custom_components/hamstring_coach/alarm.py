"""One profile's single timer: armed for the next instant that matters."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from homeassistant.core import CALLBACK_TYPE, HomeAssistant, callback
from homeassistant.helpers.event import async_track_point_in_utc_time


class Alarm:
    """Call ``ring`` at one instant; setting it again moves that instant."""

    def __init__(self, hass: HomeAssistant, ring: Callable[[datetime], object]) -> None:
        """Prepare an alarm that is not set."""
        self.hass = hass
        self._ring = ring
        self._cancel: CALLBACK_TYPE | None = None
        self._at: datetime | None = None

    @property
    def is_set(self) -> bool:
        """Return whether the alarm will ring."""
        return self._cancel is not None

    def set(self, when: datetime) -> None:
        """Ring at ``when`` (no new listener if that is already the instant)."""
        if self._cancel is not None:
            if when == self._at:
                return
            self._cancel()
        self._at = when
        self._cancel = (
            None
            if self.hass.is_stopping
            else async_track_point_in_utc_time(self.hass, self._on_time, when)
        )

    def cancel(self) -> None:
        """Do not ring."""
        if self._cancel is not None:
            self._cancel()
            self._cancel = None

    @callback
    def _on_time(self, now: datetime) -> None:
        self._cancel = None
        self._ring(now)
