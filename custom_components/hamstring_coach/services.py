"""Actions (services) of Hamstring Coach."""

from __future__ import annotations

from collections.abc import Callable, Coroutine
from datetime import timedelta
from typing import Any

from homeassistant.config_entries import ConfigEntryState
from homeassistant.core import HomeAssistant, ServiceCall, callback
from homeassistant.exceptions import ServiceValidationError
from homeassistant.helpers import config_validation as cv

from .const import (
    ATTR_CONFIG_ENTRY_ID,
    ATTR_MINUTES,
    ATTR_ROUTINE,
    DOMAIN,
    SERVICE_NEXT_STEP,
    SERVICE_PAUSE_ROUTINE,
    SERVICE_RESUME_ROUTINE,
    SERVICE_SNOOZE,
    SERVICE_START_ROUTINE,
    SERVICE_STOP_ROUTINE,
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


ENTRY_SCHEMA = vol.Schema({vol.Required(ATTR_CONFIG_ENTRY_ID): cv.string})
START_ROUTINE_SCHEMA = vol.Schema(
    {
        vol.Required(ATTR_CONFIG_ENTRY_ID): cv.string,
        vol.Optional(ATTR_ROUTINE): cv.string,
    }
)


async def _async_start_routine(call: ServiceCall) -> None:
    coordinator = coordinator_for(call.hass, call.data[ATTR_CONFIG_ENTRY_ID])
    routine = call.data.get(ATTR_ROUTINE)
    if routine is not None and routine not in coordinator.runner.routines:
        raise ServiceValidationError(
            translation_domain=DOMAIN,
            translation_key="unknown_routine",
            translation_placeholders={
                "routine": routine,
                "routines": ", ".join(coordinator.runner.routines),
            },
        )
    coordinator.async_start_routine(routine)


def _routine_action(
    action: Callable[[HamstringCoachCoordinator], None],
) -> Callable[[ServiceCall], Coroutine[Any, Any, None]]:
    """Wrap a runner action: no running routine gets a translated error."""

    async def handle(call: ServiceCall) -> None:
        coordinator = coordinator_for(call.hass, call.data[ATTR_CONFIG_ENTRY_ID])
        if coordinator.runner.current is None:
            raise ServiceValidationError(
                translation_domain=DOMAIN,
                translation_key="no_routine_running",
                translation_placeholders={"name": coordinator.entry.title},
            )
        action(coordinator)

    return handle


@callback
def async_setup_services(hass: HomeAssistant) -> None:
    """Register the actions."""
    hass.services.async_register(
        DOMAIN, SERVICE_SNOOZE, _async_snooze, schema=SNOOZE_SCHEMA
    )
    hass.services.async_register(
        DOMAIN, SERVICE_START_ROUTINE, _async_start_routine, schema=START_ROUTINE_SCHEMA
    )
    for service, action in (
        (SERVICE_NEXT_STEP, HamstringCoachCoordinator.async_next_step),
        (SERVICE_PAUSE_ROUTINE, HamstringCoachCoordinator.async_pause_routine),
        (SERVICE_RESUME_ROUTINE, HamstringCoachCoordinator.async_resume_routine),
        (SERVICE_STOP_ROUTINE, HamstringCoachCoordinator.async_stop_routine),
    ):
        hass.services.async_register(
            DOMAIN, service, _routine_action(action), schema=ENTRY_SCHEMA
        )
