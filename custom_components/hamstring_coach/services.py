"""Actions (services) of Hamstring Coach."""

from __future__ import annotations

from collections.abc import Callable, Coroutine
from datetime import datetime, timedelta
from typing import Any

from homeassistant.config_entries import ConfigEntryState
from homeassistant.core import (
    HomeAssistant,
    ServiceCall,
    ServiceResponse,
    SupportsResponse,
    callback,
)
from homeassistant.exceptions import ServiceValidationError
from homeassistant.helpers import config_validation as cv
from homeassistant.util import dt as dt_util

from .const import (
    ATTR_CONFIG_ENTRY_ID,
    ATTR_DAYS,
    ATTR_MINUTES,
    ATTR_ROUTINE,
    DOMAIN,
    REPORT_DAYS_RANGE,
    SERVICE_DELETE_HISTORY,
    SERVICE_GET_REPORT,
    SERVICE_LOG_SYMPTOMS,
    SERVICE_NEXT_STEP,
    SERVICE_PAUSE_ROUTINE,
    SERVICE_RESUME_ROUTINE,
    SERVICE_SNOOZE,
    SERVICE_START_ROUTINE,
    SERVICE_STOP_ROUTINE,
    SNOOZE_RANGE,
)
from .coordinator import HamstringCoachConfigEntry, HamstringCoachCoordinator
from .core.triage import (
    CONTEXTS,
    NOTES_MAX,
    SENSATIONS,
    SIDES,
    SymptomEntry,
    entry_problems,
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


def symptom_entry_from(data: dict[str, Any], now: datetime) -> SymptomEntry:
    """Build a symptom entry from action data; anything wrong gets a translated error."""
    sensations = data.get("sensations") or []
    if isinstance(sensations, str):
        sensations = [part.strip() for part in sensations.split(",") if part.strip()]
    pain = data.get("pain")
    entry = SymptomEntry(
        at=now,
        tightness=whole_number_in_range(data["tightness"], "tightness", (0, 10)),
        pain=None if pain is None else whole_number_in_range(pain, "pain", (0, 10)),
        side=data.get("side") or None,
        sensations=frozenset(sensations),
        context=data.get("context") or None,
        notes=(data.get("notes") or "").strip() or None,
    )
    if problems := entry_problems(entry):
        field, value = problems[0]
        allowed = {
            "side": ", ".join(SIDES),
            "sensations": ", ".join(SENSATIONS),
            "context": ", ".join(CONTEXTS),
            "notes": f"at most {NOTES_MAX} characters",
        }
        raise ServiceValidationError(
            translation_domain=DOMAIN,
            translation_key="invalid_symptom_value",
            translation_placeholders={
                "field": field,
                "value": value,
                "allowed": allowed.get(field, ""),
            },
        )
    return entry


async def _async_log_symptoms(call: ServiceCall) -> ServiceResponse:
    coordinator = coordinator_for(call.hass, call.data[ATTR_CONFIG_ENTRY_ID])
    entry = symptom_entry_from(dict(call.data), dt_util.utcnow())
    assessment = coordinator.async_log_symptoms(entry)
    return assessment_response(assessment, await async_texts(call.hass))


async def _async_get_report(call: ServiceCall) -> ServiceResponse:
    days = whole_number_in_range(call.data[ATTR_DAYS], ATTR_DAYS, REPORT_DAYS_RANGE)
    coordinator = coordinator_for(call.hass, call.data[ATTR_CONFIG_ENTRY_ID])
    report = coordinator.report(days)
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
    for service, action in (
        (SERVICE_NEXT_STEP, HamstringCoachCoordinator.async_next_step),
        (SERVICE_PAUSE_ROUTINE, HamstringCoachCoordinator.async_pause_routine),
        (SERVICE_RESUME_ROUTINE, HamstringCoachCoordinator.async_resume_routine),
        (SERVICE_STOP_ROUTINE, HamstringCoachCoordinator.async_stop_routine),
    ):
        hass.services.async_register(
            DOMAIN, service, _routine_action(action), schema=ENTRY_SCHEMA
        )
