"""Config, options and reconfigure flows of Hamstring Coach."""

from __future__ import annotations

from typing import Any

from homeassistant.config_entries import (
    ConfigEntry,
    ConfigFlow,
    ConfigFlowResult,
    OptionsFlowWithReload,
)
from homeassistant.const import CONF_NAME
from homeassistant.core import HomeAssistant, callback
from homeassistant.helpers import entity_registry as er, selector

from .const import (
    BREAK_AFTER_RANGE,
    CONF_ACTIVE_SCHEDULE,
    CONF_ANNOUNCE_MEDIA_PLAYER,
    CONF_ANNOUNCE_TTS,
    CONF_BREAK_AFTER,
    CONF_MIN_BREAK,
    CONF_NOTIFY_TARGETS,
    CONF_PAUSE_WHILE,
    CONF_POSTURE_CHECK_EVERY,
    CONF_REMINDER_REPEAT,
    CONF_RETENTION_DAYS,
    CONF_SITTING_ENTITIES,
    CONF_WEEKLY_SUMMARY_DAY,
    CONF_WEEKLY_SUMMARY_TIME,
    DEFAULT_BREAK_AFTER,
    DEFAULT_MIN_BREAK,
    DEFAULT_POSTURE_CHECK_EVERY,
    DEFAULT_REMINDER_REPEAT,
    DEFAULT_RETENTION_DAYS,
    DEFAULT_SUMMARY_DAY,
    DEFAULT_SUMMARY_TIME,
    DOMAIN,
    MIN_BREAK_RANGE,
    PAUSE_DOMAINS,
    POSTURE_CHECK_RANGE,
    REMINDER_REPEAT_RANGE,
    RETENTION_RANGE,
    SCHEDULE_DOMAINS,
    SITTING_SOURCE_DOMAINS,
    SUMMARY_OFF,
    WEEKDAYS,
)
from .core.validation import vol
from .sources_flow import (
    needs_states,
    sources_from_form,
    sources_schema,
    sources_suggestions,
)

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


def sitting_entities_selector(hass: HomeAssistant) -> selector.EntitySelector:
    """The picker for sitting sources, without the integration's own entities."""
    return selector.EntitySelector(
        selector.EntitySelectorConfig(
            domain=SITTING_SOURCE_DOMAINS,
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
            **TIMING_FIELDS,
        }
    )


def reconfigure_schema(hass: HomeAssistant) -> vol.Schema:
    """The form that changes a profile's sources."""
    return vol.Schema(
        {vol.Required(CONF_SITTING_ENTITIES): sitting_entities_selector(hass)}
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


def _as_ints(user_input: dict[str, Any], keys: tuple[str, ...]) -> dict[str, Any]:
    """Number selectors return floats; store whole numbers."""
    return {
        key: int(value) if key in keys else value for key, value in user_input.items()
    }


INT_FIELDS = (
    CONF_BREAK_AFTER,
    CONF_MIN_BREAK,
    CONF_REMINDER_REPEAT,
    CONF_POSTURE_CHECK_EVERY,
)


class HamstringCoachConfigFlow(ConfigFlow, domain=DOMAIN):
    """Create a profile: a name, the sitting sources and the break timing."""

    VERSION = 1
    MINOR_VERSION = 2  # 1.2: sitting states, hold minutes and any/all for the sources

    _title: str
    _entities: list[str]
    _options: dict[str, Any]

    async def async_step_user(
        self, user_input: dict[str, Any] | None = None
    ) -> ConfigFlowResult:
        """Ask for the profile."""
        errors: dict[str, str] = {}
        if user_input is not None:
            entities = sorted(user_input[CONF_SITTING_ENTITIES])
            if self._sources_in_use(entities, None):
                return self.async_abort(reason="already_configured")
            errors = validate_sitting_entities(entities)
            if not user_input[CONF_NAME].strip():
                errors[CONF_NAME] = "empty_name"
            if not errors:
                options = _as_ints(
                    {
                        key: user_input[key]
                        for key in (CONF_BREAK_AFTER, CONF_MIN_BREAK)
                    },
                    INT_FIELDS,
                )
                options[CONF_REMINDER_REPEAT] = DEFAULT_REMINDER_REPEAT
                options[CONF_POSTURE_CHECK_EVERY] = DEFAULT_POSTURE_CHECK_EVERY
                self._title = user_input[CONF_NAME].strip()
                self._entities = entities
                self._options = options
                if any(needs_states(entity_id) for entity_id in entities):
                    return await self.async_step_sources()
                data, _ = sources_from_form(entities, {})
                return self.async_create_entry(
                    title=self._title, data=data, options=options
                )
        return self.async_show_form(
            step_id="user",
            data_schema=self.add_suggested_values_to_schema(
                user_schema(self.hass), user_input
            ),
            errors=errors,
        )

    async def async_step_sources(
        self, user_input: dict[str, Any] | None = None
    ) -> ConfigFlowResult:
        """Which states of the sources mean sitting; hold minutes; any or all."""
        errors: dict[str, str] = {}
        if user_input is not None:
            data, errors = sources_from_form(self._entities, user_input)
            if not errors:
                return self.async_create_entry(
                    title=self._title, data=data, options=self._options
                )
        return self.async_show_form(
            step_id="sources",
            data_schema=self.add_suggested_values_to_schema(
                sources_schema(self.hass, self._entities), user_input or {}
            ),
            errors=errors,
            description_placeholders={"name": self._title},
        )

    async def async_step_reconfigure(
        self, user_input: dict[str, Any] | None = None
    ) -> ConfigFlowResult:
        """Change the sitting sources of a profile."""
        entry = self._get_reconfigure_entry()
        errors: dict[str, str] = {}
        if user_input is not None:
            entities = sorted(user_input[CONF_SITTING_ENTITIES])
            if self._sources_in_use(entities, entry.entry_id):
                return self.async_abort(reason="already_configured")
            errors = validate_sitting_entities(entities)
            options = entry.options
            conditions = {
                options.get(CONF_ACTIVE_SCHEDULE),
                *options.get(CONF_PAUSE_WHILE, []),
            }
            if set(entities) & conditions:
                errors[CONF_SITTING_ENTITIES] = "source_is_condition"
            if not errors:
                self._entities = entities
                return await self.async_step_reconfigure_sources()
        return self.async_show_form(
            step_id="reconfigure",
            data_schema=self.add_suggested_values_to_schema(
                reconfigure_schema(self.hass), user_input or dict(entry.data)
            ),
            errors=errors,
        )

    async def async_step_reconfigure_sources(
        self, user_input: dict[str, Any] | None = None
    ) -> ConfigFlowResult:
        """States, hold and any/all for the new sources."""
        entry = self._get_reconfigure_entry()
        errors: dict[str, str] = {}
        if user_input is not None:
            data, errors = sources_from_form(self._entities, user_input)
            if not errors:
                return self.async_update_reload_and_abort(entry, data=data)
        return self.async_show_form(
            step_id="reconfigure_sources",
            data_schema=self.add_suggested_values_to_schema(
                sources_schema(self.hass, self._entities),
                user_input or sources_suggestions(dict(entry.data)),
            ),
            errors=errors,
            description_placeholders={"name": entry.title},
        )

    def _sources_in_use(self, entities: list[str], own_entry_id: str | None) -> bool:
        """Return True if another profile already uses any of ``entities``."""
        return any(
            set(entities) & set(other.data.get(CONF_SITTING_ENTITIES, []))
            for other in self._async_current_entries(include_ignore=False)
            if other.entry_id != own_entry_id
        )

    @staticmethod
    @callback
    def async_get_options_flow(config_entry: ConfigEntry) -> HamstringCoachOptionsFlow:
        """Return the options flow."""
        return HamstringCoachOptionsFlow()


class HamstringCoachOptionsFlow(OptionsFlowWithReload):
    """Timing, schedule, pauses and notify targets, then the sources; applied by reloading."""

    _options: dict[str, Any]

    async def async_step_sources(
        self, user_input: dict[str, Any] | None = None
    ) -> ConfigFlowResult:
        """Which states of the sources mean sitting; hold minutes; any or all."""
        entry = self.config_entry
        entities = list(entry.data[CONF_SITTING_ENTITIES])
        errors: dict[str, str] = {}
        if user_input is not None:
            data, errors = sources_from_form(entities, user_input)
            if not errors:
                if self.hass.config_entries.async_update_entry(entry, data=data):
                    # a change of sources alone leaves the options as they were:
                    # reload for it here (the options flow reloads only on options)
                    self.hass.config_entries.async_schedule_reload(entry.entry_id)
                return self.async_create_entry(data=self._options)
        return self.async_show_form(
            step_id="sources",
            data_schema=self.add_suggested_values_to_schema(
                sources_schema(self.hass, entities),
                user_input or sources_suggestions(dict(entry.data)),
            ),
            errors=errors,
            description_placeholders={"name": entry.title},
        )

    async def async_step_init(
        self, user_input: dict[str, Any] | None = None
    ) -> ConfigFlowResult:
        """Show and validate the options."""
        errors: dict[str, str] = {}
        if user_input is not None:
            sitting = list(self.config_entry.data[CONF_SITTING_ENTITIES])
            errors = validate_options(
                self.hass,
                sitting,
                user_input,
                known_targets=self.config_entry.options.get(CONF_NOTIFY_TARGETS, []),
            )
            if not errors:
                self._options = _as_ints(user_input, INT_FIELDS)
                return await self.async_step_sources()
        return self.async_show_form(
            step_id="init",
            data_schema=self.add_suggested_values_to_schema(
                options_schema(self.hass), user_input or dict(self.config_entry.options)
            ),
            errors=errors,
        )
