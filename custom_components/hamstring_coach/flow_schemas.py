"""Forms of the config and options flows: selectors, schemas and their checks."""

from __future__ import annotations

from typing import Any

from homeassistant.const import CONF_NAME
from homeassistant.core import HomeAssistant
from homeassistant.helpers import entity_registry as er, selector

from .const import (
    BREAK_AFTER_RANGE,
    CONF_ACTIVE_SCHEDULE,
    CONF_ANNOUNCE_MEDIA_PLAYER,
    CONF_ANNOUNCE_TTS,
    CONF_BREAK_AFTER,
    CONF_ESCALATE_AFTER,
    CONF_MIN_BREAK,
    CONF_NOTIFY_TARGETS,
    CONF_PAUSE_WHILE,
    CONF_POSTURE_CHECK_EVERY,
    CONF_REMINDER_REPEAT,
    CONF_RETENTION_DAYS,
    CONF_SITTING_ENTITIES,
    CONF_STAND_GOAL_HOURS,
    CONF_STAND_NUDGE_MINUTE,
    CONF_STANDING_ENTITIES,
    CONF_WEEKLY_SUMMARY_DAY,
    CONF_WEEKLY_SUMMARY_TIME,
    DEFAULT_BREAK_AFTER,
    DEFAULT_ESCALATE_AFTER,
    DEFAULT_MIN_BREAK,
    DEFAULT_POSTURE_CHECK_EVERY,
    DEFAULT_REMINDER_REPEAT,
    DEFAULT_RETENTION_DAYS,
    DEFAULT_SUMMARY_DAY,
    DEFAULT_SUMMARY_TIME,
    DOMAIN,
    ESCALATE_RANGE,
    MIN_BREAK_RANGE,
    PAUSE_DOMAINS,
    POSTURE_CHECK_RANGE,
    REMINDER_REPEAT_RANGE,
    RETENTION_RANGE,
    SCHEDULE_DOMAINS,
    SITTING_SOURCE_DOMAINS,
    STAND_GOAL_RANGE,
    STAND_NUDGE_RANGE,
    STANDING_SOURCE_DOMAINS,
    SUMMARY_OFF,
    WEEKDAYS,
)
from .core.validation import vol

NOTIFY_DOMAIN = "notify"


def _number(bounds: tuple[int, int], unit: str) -> selector.NumberSelector:
    low, high = bounds
    return selector.NumberSelector(
        selector.NumberSelectorConfig(
            min=low,
            max=high,
            step=1,
            mode=selector.NumberSelectorMode.BOX,
            unit_of_measurement=unit,
        )
    )


def coach_entities(hass: HomeAssistant) -> list[str]:
    """Return the entity ids of every Hamstring Coach profile.

    They are computed from the sources, so none of them may be a source: the
    profile's own would feed back on itself, another profile's would hide its sources.
    """
    registry = er.async_get(hass)
    return sorted(
        entry.entity_id
        for entry in registry.entities.values()
        if entry.platform == DOMAIN
    )


def sitting_entities_selector(
    hass: HomeAssistant, domains: list[str] = SITTING_SOURCE_DOMAINS
) -> selector.EntitySelector:
    """The picker for sources, without the integration's own entities."""
    return selector.EntitySelector(
        selector.EntitySelectorConfig(
            domain=domains,
            multiple=True,
            exclude_entities=coach_entities(hass),
        )
    )


TIMING_FIELDS: dict[vol.Marker, Any] = {
    vol.Required(CONF_BREAK_AFTER, default=DEFAULT_BREAK_AFTER): _number(
        BREAK_AFTER_RANGE, "min"
    ),
    vol.Required(CONF_MIN_BREAK, default=DEFAULT_MIN_BREAK): _number(
        MIN_BREAK_RANGE, "s"
    ),
}


def user_schema(hass: HomeAssistant) -> vol.Schema:
    """The form of a new profile."""
    return vol.Schema(
        {
            vol.Required(CONF_NAME): selector.TextSelector(),
            vol.Required(CONF_SITTING_ENTITIES): sitting_entities_selector(hass),
            vol.Optional(CONF_STANDING_ENTITIES): sitting_entities_selector(
                hass, STANDING_SOURCE_DOMAINS
            ),
            **TIMING_FIELDS,
        }
    )


def reconfigure_schema(hass: HomeAssistant) -> vol.Schema:
    """The form that changes a profile's sources."""
    return vol.Schema(
        {
            vol.Required(CONF_SITTING_ENTITIES): sitting_entities_selector(hass),
            vol.Optional(CONF_STANDING_ENTITIES): sitting_entities_selector(
                hass, STANDING_SOURCE_DOMAINS
            ),
        }
    )


def notify_target_options(hass: HomeAssistant) -> list[selector.SelectOptionDict]:
    """List notify entities and notify actions (mobile app first) the user can pick."""
    options: list[selector.SelectOptionDict] = [
        {"value": state.entity_id, "label": f"{state.name} ({state.entity_id})"}
        for state in sorted(
            hass.states.async_all(NOTIFY_DOMAIN), key=lambda s: s.entity_id
        )
    ]
    services = sorted(hass.services.async_services_for_domain(NOTIFY_DOMAIN))
    services.sort(key=lambda name: not name.startswith("mobile_app_"))
    options.extend(
        {"value": f"{NOTIFY_DOMAIN}.{name}", "label": f"{NOTIFY_DOMAIN}.{name}"}
        for name in services
        if name not in ("send_message", "persistent_notification")
        and hass.states.get(f"{NOTIFY_DOMAIN}.{name}") is None
    )
    return options


def options_schema(hass: HomeAssistant) -> vol.Schema:
    """Return the options form (notify choices depend on what is loaded)."""
    return vol.Schema(
        {
            **TIMING_FIELDS,
            vol.Required(
                CONF_REMINDER_REPEAT, default=DEFAULT_REMINDER_REPEAT
            ): _number(REMINDER_REPEAT_RANGE, "min"),
            vol.Required(
                CONF_POSTURE_CHECK_EVERY, default=DEFAULT_POSTURE_CHECK_EVERY
            ): _number(POSTURE_CHECK_RANGE, "min"),
            vol.Required(CONF_ESCALATE_AFTER, default=DEFAULT_ESCALATE_AFTER): _number(
                ESCALATE_RANGE, "reminders"
            ),
            vol.Required(CONF_STAND_GOAL_HOURS, default=0): _number(
                STAND_GOAL_RANGE, "h"
            ),
            vol.Optional(CONF_STAND_NUDGE_MINUTE): _number(STAND_NUDGE_RANGE, "min"),
            vol.Optional(CONF_ACTIVE_SCHEDULE): selector.EntitySelector(
                selector.EntitySelectorConfig(domain=SCHEDULE_DOMAINS)
            ),
            vol.Optional(CONF_PAUSE_WHILE): selector.EntitySelector(
                selector.EntitySelectorConfig(domain=PAUSE_DOMAINS, multiple=True)
            ),
            vol.Required(CONF_RETENTION_DAYS, default=DEFAULT_RETENTION_DAYS): _number(
                RETENTION_RANGE, "d"
            ),
            vol.Required(CONF_WEEKLY_SUMMARY_DAY, default=DEFAULT_SUMMARY_DAY): (
                selector.SelectSelector(
                    selector.SelectSelectorConfig(
                        options=[SUMMARY_OFF, *WEEKDAYS],
                        translation_key="weekly_summary_day",
                        mode=selector.SelectSelectorMode.DROPDOWN,
                    )
                )
            ),
            vol.Required(
                CONF_WEEKLY_SUMMARY_TIME, default=DEFAULT_SUMMARY_TIME
            ): selector.TimeSelector(),
            vol.Optional(CONF_ANNOUNCE_TTS): selector.EntitySelector(
                selector.EntitySelectorConfig(domain="tts")
            ),
            vol.Optional(CONF_ANNOUNCE_MEDIA_PLAYER): selector.EntitySelector(
                selector.EntitySelectorConfig(domain="media_player")
            ),
            vol.Optional(CONF_NOTIFY_TARGETS): selector.SelectSelector(
                selector.SelectSelectorConfig(
                    options=notify_target_options(hass),
                    multiple=True,
                    custom_value=True,
                    mode=selector.SelectSelectorMode.DROPDOWN,
                )
            ),
        }
    )


def validate_sitting_entities(entities: list[str]) -> dict[str, str]:
    """Return form errors for the sitting entities (the picker refuses coach ones)."""
    if not entities:
        return {CONF_SITTING_ENTITIES: "no_sitting_entities"}
    return {}


def validate_options(
    hass: HomeAssistant,
    sitting: list[str],
    options: dict[str, Any],
    known_targets: list[str] | None = None,
) -> dict[str, str]:
    """Return form errors for the options.

    Notify targets already saved are not checked again: a phone that registers late
    must not block changing other options.
    """
    errors: dict[str, str] = {}
    schedule = options.get(CONF_ACTIVE_SCHEDULE)
    if schedule and schedule in sitting:
        errors[CONF_ACTIVE_SCHEDULE] = "schedule_is_sitting_source"
    if set(options.get(CONF_PAUSE_WHILE, [])) & set(sitting):
        errors[CONF_PAUSE_WHILE] = "pause_is_sitting_source"
    if bool(options.get(CONF_ANNOUNCE_TTS)) != bool(
        options.get(CONF_ANNOUNCE_MEDIA_PLAYER)
    ):
        errors[CONF_ANNOUNCE_MEDIA_PLAYER] = "announce_needs_both"
    for target in options.get(CONF_NOTIFY_TARGETS, []):
        if target in (known_targets or []):
            continue
        domain, _, name = target.partition(".")
        if domain != NOTIFY_DOMAIN or not (
            hass.states.get(target) is not None
            or hass.services.has_service(NOTIFY_DOMAIN, name)
        ):
            errors[CONF_NOTIFY_TARGETS] = "unknown_notify_target"
    return errors


def as_ints(user_input: dict[str, Any], keys: tuple[str, ...]) -> dict[str, Any]:
    """Number selectors return floats; store whole numbers."""
    return {
        key: int(value) if key in keys else value for key, value in user_input.items()
    }


INT_FIELDS = (
    CONF_BREAK_AFTER,
    CONF_MIN_BREAK,
    CONF_REMINDER_REPEAT,
    CONF_POSTURE_CHECK_EVERY,
    CONF_ESCALATE_AFTER,
    CONF_STAND_GOAL_HOURS,
    CONF_STAND_NUDGE_MINUTE,
)
