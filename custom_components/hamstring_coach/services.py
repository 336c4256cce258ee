"""Actions (services) of Hamstring Coach."""

from __future__ import annotations

from collections.abc import Callable, Coroutine
from typing import Any

from homeassistant.core import (
    HomeAssistant,
    ServiceCall,
    ServiceResponse,
    SupportsResponse,
    callback,
)
from homeassistant.helpers import config_validation as cv

from . import actions
from .actions import coordinator_for
from .const import (
    ATTR_CONFIG_ENTRY_ID,
    ATTR_DAYS,
    ATTR_MINUTES,
    ATTR_ROUTINE,
    DOMAIN,
    SERVICE_DELETE_HISTORY,
    SERVICE_GET_REPORT,
    SERVICE_LOG_SYMPTOMS,
    SERVICE_NEXT_STEP,
    SERVICE_PAUSE_ROUTINE,
    SERVICE_RESUME_ROUTINE,
    SERVICE_SNOOZE,
    SERVICE_START_ROUTINE,
    SERVICE_STOP_ROUTINE,
)
from .core.validation import vol
from .symptom_log import assessment_response, async_texts

# Ranges are checked in the handlers, so that a wrong value gets a translated message.
SNOOZE_SCHEMA = vol.Schema(
    {
        vol.Required(ATTR_CONFIG_ENTRY_ID): cv.string,
        vol.Required(ATTR_MINUTES): vol.Any(int, float, str),
    }
)


async def _async_snooze(call: ServiceCall) -> None:
    coordinator = coordinator_for(call.hass, call.data[ATTR_CONFIG_ENTRY_ID])
    actions.snooze(coordinator, call.data[ATTR_MINUTES])


ENTRY_SCHEMA = vol.Schema({vol.Required(ATTR_CONFIG_ENTRY_ID): cv.string})
START_ROUTINE_SCHEMA = vol.Schema(
    {
        vol.Required(ATTR_CONFIG_ENTRY_ID): cv.string,
        vol.Optional(ATTR_ROUTINE): cv.string,
    }
)


async def _async_start_routine(call: ServiceCall) -> None:
    coordinator = coordinator_for(call.hass, call.data[ATTR_CONFIG_ENTRY_ID])
    actions.start_routine(coordinator, call.data.get(ATTR_ROUTINE))


def _routine_command(
    command: str,
) -> Callable[[ServiceCall], Coroutine[Any, Any, None]]:
    async def handle(call: ServiceCall) -> None:
        coordinator = coordinator_for(call.hass, call.data[ATTR_CONFIG_ENTRY_ID])
        actions.routine_command(coordinator, command)

    return handle


LOG_SYMPTOMS_SCHEMA = vol.Schema(
    {
        vol.Required(ATTR_CONFIG_ENTRY_ID): cv.string,
        vol.Required("tightness"): vol.Any(int, float, str),
        vol.Optional("pain"): vol.Any(int, float, str, None),
        vol.Optional("side"): vol.Any(str, None),
        vol.Optional("sensations"): vol.Any([str], str, None),
        vol.Optional("context"): vol.Any(str, None),
        vol.Optional("notes"): vol.Any(str, None),
    }
)
REPORT_SCHEMA = vol.Schema(
    {
        vol.Required(ATTR_CONFIG_ENTRY_ID): cv.string,
        vol.Optional(ATTR_DAYS, default=7): vol.Any(int, float, str),
    }
)


async def _async_log_symptoms(call: ServiceCall) -> ServiceResponse:
    coordinator = coordinator_for(call.hass, call.data[ATTR_CONFIG_ENTRY_ID])
    assessment = actions.log_symptoms(coordinator, dict(call.data))
    return assessment_response(assessment, await async_texts(call.hass))


async def _async_get_report(call: ServiceCall) -> ServiceResponse:
    coordinator = coordinator_for(call.hass, call.data[ATTR_CONFIG_ENTRY_ID])
    report = actions.report(coordinator, call.data[ATTR_DAYS])
    report["assessment"] = assessment_response(
        coordinator.assessment, await async_texts(call.hass)
    )
    return report


async def _async_delete_history(call: ServiceCall) -> None:
    coordinator = coordinator_for(call.hass, call.data[ATTR_CONFIG_ENTRY_ID])
    await coordinator.async_delete_history()


@callback
def async_setup_services(hass: HomeAssistant) -> None:
    """Register the actions."""
    hass.services.async_register(
        DOMAIN, SERVICE_SNOOZE, _async_snooze, schema=SNOOZE_SCHEMA
    )
    hass.services.async_register(
        DOMAIN, SERVICE_START_ROUTINE, _async_start_routine, schema=START_ROUTINE_SCHEMA
    )
    hass.services.async_register(
        DOMAIN,
        SERVICE_LOG_SYMPTOMS,
        _async_log_symptoms,
        schema=LOG_SYMPTOMS_SCHEMA,
        supports_response=SupportsResponse.OPTIONAL,
    )
    hass.services.async_register(
        DOMAIN,
        SERVICE_GET_REPORT,
        _async_get_report,
        schema=REPORT_SCHEMA,
        supports_response=SupportsResponse.ONLY,
    )
    hass.services.async_register(
        DOMAIN, SERVICE_DELETE_HISTORY, _async_delete_history, schema=ENTRY_SCHEMA
    )
    for service, command in (
        (SERVICE_NEXT_STEP, "next_step"),
        (SERVICE_PAUSE_ROUTINE, "pause"),
        (SERVICE_RESUME_ROUTINE, "resume"),
        (SERVICE_STOP_ROUTINE, "stop"),
    ):
        hass.services.async_register(
            DOMAIN, service, _routine_command(command), schema=ENTRY_SCHEMA
        )
