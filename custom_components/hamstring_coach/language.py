"""Follow Home Assistant's language: the profiles reload when it changes.

Entity names, notifications, routine steps and summaries are in Home Assistant's
language (Settings > System > General); a reload puts names and routines in the new
one at once, without a restart.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from homeassistant.const import EVENT_CORE_CONFIG_UPDATE
from homeassistant.core import CALLBACK_TYPE, Event, HomeAssistant, callback

from .const import DOMAIN


@callback
def async_follow_language(hass: HomeAssistant) -> CALLBACK_TYPE:
    """Reload every loaded profile when the language changes; return the stop."""
    current = hass.config.language

    @callback
    def is_new_language(event_data: Mapping[str, Any]) -> bool:
        nonlocal current
        language = event_data.get("language")
        if not language or language == current:
            return False
        current = language
        return True

    @callback
    def reload(event: Event[Mapping[str, Any]]) -> None:
        for entry in hass.config_entries.async_loaded_entries(DOMAIN):
            hass.config_entries.async_schedule_reload(entry.entry_id)

    return hass.bus.async_listen(
        EVENT_CORE_CONFIG_UPDATE, reload, event_filter=is_new_language
    )
