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
from homeassistant.exceptions import ServiceValidationError
from homeassistant.helpers.service import async_register_admin_service

from . import actions
from .actions import coordinator_for
from .const import (
    ATTR_CONFIG_ENTRY_ID,
    ATTR_DAYS,
    ATTR_MINUTES,
    ATTR_ROUTINE,
    DOMAIN,
    SERVICE_DELETE_HISTORY,
    SERVICE_GET_INSIGHTS,
    SERVICE_GET_REPORT,
    SERVICE_LOG_PROFESSIONAL_REVIEW,
    SERVICE_LOG_SYMPTOMS,
    SERVICE_NEXT_STEP,
    SERVICE_PAUSE_ROUTINE,
    SERVICE_RESUME_ROUTINE,
    SERVICE_SNOOZE,
    SERVICE_START_ROUTINE,
    SERVICE_STOP_ROUTINE,
)
from .core.validation import vol
from .insights_text import insights_response
from .texts import assessment_response, async_texts


def lenient_schema(*fields: str) -> vol.Schema:
    """Accept any value for ``fields``: the handlers check them with translated errors.

    A schema error would reach the user untranslated; unknown fields are reported by
    ``check_fields``.
    """
    return vol.Schema(
        {vol.Optional(field): object for field in fields}, extra=vol.ALLOW_EXTRA
    )


def check_fields(
    call: ServiceCall, required: tuple[str, ...], optional: tuple[str, ...] = ()
) -> None:
    """Raise a translated error for a missing or unknown field."""
    for field in required:
        if field not in call.data:
            raise ServiceValidationError(
                translation_domain=DOMAIN,
                translation_key="missing_field",
                translation_placeholders={"field": field},
            )
    for field in call.data:
        if field not in required and field not in optional:
            raise ServiceValidationError(
                translation_domain=DOMAIN,
                translation_key="unknown_field",
                translation_placeholders={
                    "field": str(field)[:60],
                    "fields": ", ".join((*required, *optional)),
                },
            )


SNOOZE_FIELDS = ((ATTR_CONFIG_ENTRY_ID, ATTR_MINUTES), ())
ENTRY_FIELDS: tuple[tuple[str, ...], tuple[str, ...]] = ((ATTR_CONFIG_ENTRY_ID,), ())
START_ROUTINE_FIELDS = ((ATTR_CONFIG_ENTRY_ID,), (ATTR_ROUTINE,))
LOG_SYMPTOMS_FIELDS = (
    (ATTR_CONFIG_ENTRY_ID,),
    ("tightness", "pain", "side", "sensations", "context", "notes", "since_days"),
)
LOG_REVIEW_FIELDS = ((ATTR_CONFIG_ENTRY_ID,), ("notes",))
REPORT_FIELDS = ((ATTR_CONFIG_ENTRY_ID,), (ATTR_DAYS,))


async def _async_snooze(call: ServiceCall) -> None:
    check_fields(call, *SNOOZE_FIELDS)
    coordinator = coordinator_for(call.hass, call.data[ATTR_CONFIG_ENTRY_ID])
    actions.snooze(coordinator, call.data[ATTR_MINUTES])


async def _async_start_routine(call: ServiceCall) -> None:
    check_fields(call, *START_ROUTINE_FIELDS)
    coordinator = coordinator_for(call.hass, call.data[ATTR_CONFIG_ENTRY_ID])
    actions.start_routine(coordinator, call.data.get(ATTR_ROUTINE))


def _routine_command(
    command: str,
) -> Callable[[ServiceCall], Coroutine[Any, Any, None]]:
    async def handle(call: ServiceCall) -> None:
        check_fields(call, *ENTRY_FIELDS)
        coordinator = coordinator_for(call.hass, call.data[ATTR_CONFIG_ENTRY_ID])
        actions.routine_command(coordinator, command)

    return handle


async def _async_log_symptoms(call: ServiceCall) -> ServiceResponse:
    check_fields(call, *LOG_SYMPTOMS_FIELDS)
    coordinator = coordinator_for(call.hass, call.data[ATTR_CONFIG_ENTRY_ID])
    assessment = actions.log_symptoms(coordinator, dict(call.data))
    return assessment_response(assessment, await async_texts(call.hass))


async def _async_log_review(call: ServiceCall) -> ServiceResponse:
    check_fields(call, *LOG_REVIEW_FIELDS)
    coordinator = coordinator_for(call.hass, call.data[ATTR_CONFIG_ENTRY_ID])
    assessment = actions.log_review(coordinator, dict(call.data))
    return assessment_response(assessment, await async_texts(call.hass))


async def _async_get_report(call: ServiceCall) -> ServiceResponse:
    check_fields(call, *REPORT_FIELDS)
    coordinator = coordinator_for(call.hass, call.data[ATTR_CONFIG_ENTRY_ID])
    report = actions.report(coordinator, call.data.get(ATTR_DAYS, 7))
    report["assessment"] = assessment_response(
        coordinator.care.assessment, await async_texts(call.hass)
    )
    return report


async def _async_get_insights(call: ServiceCall) -> ServiceResponse:
    check_fields(call, *ENTRY_FIELDS)
    coordinator = coordinator_for(call.hass, call.data[ATTR_CONFIG_ENTRY_ID])
    insights = actions.insights(coordinator)
    return insights_response(insights, await async_texts(call.hass))


async def _async_delete_history(call: ServiceCall) -> None:
    check_fields(call, *ENTRY_FIELDS)
    coordinator = coordinator_for(call.hass, call.data[ATTR_CONFIG_ENTRY_ID])
    await actions.async_delete_history(coordinator)


@callback
def async_setup_services(hass: HomeAssistant) -> None:
    """Register the actions."""
    hass.services.async_register(
        DOMAIN, SERVICE_SNOOZE, _async_snooze, schema=lenient_schema(*SNOOZE_FIELDS[0])
    )
    hass.services.async_register(
        DOMAIN,
        SERVICE_START_ROUTINE,
        _async_start_routine,
        schema=lenient_schema(*START_ROUTINE_FIELDS[0], *START_ROUTINE_FIELDS[1]),
    )
    hass.services.async_register(
        DOMAIN,
        SERVICE_LOG_SYMPTOMS,
        _async_log_symptoms,
        schema=lenient_schema(*LOG_SYMPTOMS_FIELDS[0], *LOG_SYMPTOMS_FIELDS[1]),
        supports_response=SupportsResponse.OPTIONAL,
    )
    hass.services.async_register(
        DOMAIN,
        SERVICE_LOG_PROFESSIONAL_REVIEW,
        _async_log_review,
        schema=lenient_schema(*LOG_REVIEW_FIELDS[0], *LOG_REVIEW_FIELDS[1]),
        supports_response=SupportsResponse.OPTIONAL,
    )
    hass.services.async_register(
        DOMAIN,
        SERVICE_GET_REPORT,
        _async_get_report,
        schema=lenient_schema(*REPORT_FIELDS[0], *REPORT_FIELDS[1]),
        supports_response=SupportsResponse.ONLY,
    )
    hass.services.async_register(
        DOMAIN,
        SERVICE_GET_INSIGHTS,
        _async_get_insights,
        schema=lenient_schema(ATTR_CONFIG_ENTRY_ID),
        supports_response=SupportsResponse.ONLY,
    )
    # health records are erased for good: only an administrator may do it
    async_register_admin_service(
        hass,
        DOMAIN,
        SERVICE_DELETE_HISTORY,
        _async_delete_history,
        schema=lenient_schema(ATTR_CONFIG_ENTRY_ID),
    )
    for service, command in (
        (SERVICE_NEXT_STEP, "next_step"),
        (SERVICE_PAUSE_ROUTINE, "pause"),
        (SERVICE_RESUME_ROUTINE, "resume"),
        (SERVICE_STOP_ROUTINE, "stop"),
    ):
        hass.services.async_register(
            DOMAIN,
            service,
            _routine_command(command),
            schema=lenient_schema(ATTR_CONFIG_ENTRY_ID),
        )
