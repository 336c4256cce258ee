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
from homeassistant.core import callback

from .const import (
    CONF_ACTIVE_SCHEDULE,
    CONF_BREAK_AFTER,
    CONF_MIN_BREAK,
    CONF_NOTIFY_TARGETS,
    CONF_PAUSE_WHILE,
    CONF_POSTURE_CHECK_EVERY,
    CONF_REMINDER_REPEAT,
    CONF_SITTING_ENTITIES,
    CONF_STANDING_ENTITIES,
    DEFAULT_POSTURE_CHECK_EVERY,
    DEFAULT_REMINDER_REPEAT,
    DOMAIN,
)
from .flow_schemas import (
    INT_FIELDS,
    as_ints,
    options_schema,
    reconfigure_schema,
    user_schema,
    validate_options,
    validate_sitting_entities,
)
from .source_kinds import standing_errors
from .sources_flow import SourcesForm


class HamstringCoachConfigFlow(ConfigFlow, domain=DOMAIN):
    """Create a profile: a name, the sitting sources and the break timing."""

    VERSION = 1
    MINOR_VERSION = 2  # 1.2: sitting states, hold minutes and any/all for the sources

    _title: str
    _entities: list[str]
    _standing: list[str]
    _options: dict[str, Any]

    async def async_step_user(
        self, user_input: dict[str, Any] | None = None
    ) -> ConfigFlowResult:
        """Ask for the profile."""
        errors: dict[str, str] = {}
        if user_input is not None:
            entities = sorted(user_input[CONF_SITTING_ENTITIES])
            standing = sorted(user_input.get(CONF_STANDING_ENTITIES, []))
            if self._sources_in_use(entities, None):
                return self.async_abort(reason="already_configured")
            errors = validate_sitting_entities(entities) or standing_errors(
                self.hass, entities, standing
            )
            if not user_input[CONF_NAME].strip():
                errors[CONF_NAME] = "empty_name"
            if not errors:
                options = as_ints(
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
                self._standing = standing
                self._options = options
                form = SourcesForm(self.hass, entities, standing=standing)
                if form.needed:
                    return await self.async_step_sources()
                data, _ = form.parse({})
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
        form = SourcesForm(self.hass, self._entities, standing=self._standing)
        if user_input is not None:
            data, errors = form.parse(user_input)
            if not errors:
                return self.async_create_entry(
                    title=self._title, data=data, options=self._options
                )
        return self.async_show_form(
            step_id="sources",
            data_schema=self.add_suggested_values_to_schema(
                form.schema(), user_input or form.suggestions()
            ),
            errors=errors,
            description_placeholders={
                "name": self._title,
                "current_values": form.current_values(),
            },
        )

    async def async_step_reconfigure(
        self, user_input: dict[str, Any] | None = None
    ) -> ConfigFlowResult:
        """Change the sitting sources of a profile."""
        entry = self._get_reconfigure_entry()
        errors: dict[str, str] = {}
        if user_input is not None:
            entities = sorted(user_input[CONF_SITTING_ENTITIES])
            standing = sorted(user_input.get(CONF_STANDING_ENTITIES, []))
            if self._sources_in_use(entities, entry.entry_id):
                return self.async_abort(reason="already_configured")
            errors = validate_sitting_entities(entities) or standing_errors(
                self.hass, entities, standing, entry.data
            )
            options = entry.options
            conditions = {
                options.get(CONF_ACTIVE_SCHEDULE),
                *options.get(CONF_PAUSE_WHILE, []),
            }
            if set(entities) & conditions:
                errors[CONF_SITTING_ENTITIES] = "source_is_condition"
            if set(standing) & conditions:
                errors[CONF_STANDING_ENTITIES] = "source_is_condition"
            if not errors:
                self._entities = entities
                self._standing = standing
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
        form = SourcesForm(self.hass, self._entities, entry.data, self._standing)
        if user_input is not None:
            data, errors = form.parse(user_input)
            if not errors:
                return self.async_update_reload_and_abort(entry, data=data)
        return self.async_show_form(
            step_id="reconfigure_sources",
            data_schema=self.add_suggested_values_to_schema(
                form.schema(), user_input or form.suggestions()
            ),
            errors=errors,
            description_placeholders={
                "name": entry.title,
                "current_values": form.current_values(),
            },
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
        standing = list(entry.data.get(CONF_STANDING_ENTITIES, []))
        errors: dict[str, str] = {}
        form = SourcesForm(self.hass, entities, entry.data, standing)
        if user_input is not None:
            data, errors = form.parse(user_input)
            if not errors:
                if self.hass.config_entries.async_update_entry(entry, data=data):
                    # a change of sources alone leaves the options as they were:
                    # reload for it here (the options flow reloads only on options)
                    self.hass.config_entries.async_schedule_reload(entry.entry_id)
                return self.async_create_entry(data=self._options)
        return self.async_show_form(
            step_id="sources",
            data_schema=self.add_suggested_values_to_schema(
                form.schema(), user_input or form.suggestions()
            ),
            errors=errors,
            description_placeholders={
                "name": entry.title,
                "current_values": form.current_values(),
            },
        )

    async def async_step_init(
        self, user_input: dict[str, Any] | None = None
    ) -> ConfigFlowResult:
        """Show and validate the options."""
        errors: dict[str, str] = {}
        if user_input is not None:
            data = self.config_entry.data
            sitting = [
                *data[CONF_SITTING_ENTITIES],
                *data.get(CONF_STANDING_ENTITIES, []),
            ]
            errors = validate_options(
                self.hass,
                sitting,
                user_input,
                known_targets=self.config_entry.options.get(CONF_NOTIFY_TARGETS, []),
            )
            if not errors:
                self._options = as_ints(user_input, INT_FIELDS)
                return await self.async_step_sources()
        return self.async_show_form(
            step_id="init",
            data_schema=self.add_suggested_values_to_schema(
                options_schema(self.hass), user_input or dict(self.config_entry.options)
            ),
            errors=errors,
        )
