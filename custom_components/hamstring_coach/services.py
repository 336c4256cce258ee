"""Actions (services) of Hamstring Coach."""

from __future__ import annotations

from datetime import timedelta

from homeassistant.config_entries import ConfigEntryState
from homeassistant.core import HomeAssistant, ServiceCall, callback
from homeassistant.exceptions import ServiceValidationError
from homeassistant.helpers import config_validation as cv

from .const import (
    ATTR_CONFIG_ENTRY_ID,
    ATTR_MINUTES,
    DOMAIN,
    SERVICE_SNOOZE,
    SNOOZE_RANGE,
)
from .coordinator import HamstringCoachConfigEntry, HamstringCoachCoordinator
from .core.validation import vol

# Ranges are checked in the handlers, so that a wrong value gets a translated message.
SNOOZE_SCHEMA = vol.Schema(
    {
        vol.Required(ATTR_CONFIG_ENTRY_ID): cv.string,
        vol.Required(ATTR_MINUTES): vol.Any(int, float, str),
    }
)


def coordinator_for(hass: HomeAssistant, entry_id: str) -> HamstringCoachCoordinator:
    """Return the coordinator of a loaded entry, or raise a translated error."""
    entry: HamstringCoachConfigEntry | None = hass.config_entries.async_get_entry(
        entry_id
    )
    if entry is None or entry.domain != DOMAIN:
        raise ServiceValidationError(
            translation_domain=DOMAIN,
            translation_key="entry_not_found",
            translation_placeholders={"entry_id": entry_id},
        )
    if entry.state is not ConfigEntryState.LOADED:
        raise ServiceValidationError(
            translation_domain=DOMAIN,
            translation_key="entry_not_loaded",
            translation_placeholders={"name": entry.title},
        )
    return entry.runtime_data


def whole_number_in_range(value: object, field: str, bounds: tuple[int, int]) -> int:
    """Return ``value`` as an int within ``bounds`` or raise a translated error."""
    low, high = bounds
    try:
        number = float(str(value))
    except ValueError:
        number = float("nan")
    if not (low <= number <= high) or number != int(number):
        raise ServiceValidationError(
            translation_domain=DOMAIN,
            translation_key="out_of_range",
            translation_placeholders={
                "field": field,
                "value": str(value),
                "min": str(low),
                "max": str(high),
            },
        )
    return int(number)


async def _async_snooze(call: ServiceCall) -> None:
    minutes = whole_number_in_range(call.data[ATTR_MINUTES], ATTR_MINUTES, SNOOZE_RANGE)
    coordinator = coordinator_for(call.hass, call.data[ATTR_CONFIG_ENTRY_ID])
    coordinator.async_snooze(timedelta(minutes=minutes))


@callback
def async_setup_services(hass: HomeAssistant) -> None:
    """Register the actions."""
    hass.services.async_register(
        DOMAIN, SERVICE_SNOOZE, _async_snooze, schema=SNOOZE_SCHEMA
    )
