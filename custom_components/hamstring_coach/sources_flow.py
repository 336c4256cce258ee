"""The form for sitting sources: which states mean sitting, hold minutes, any/all.

Shared by the config, reconfigure and options flows.
"""

from __future__ import annotations

from typing import Any

from homeassistant.core import HomeAssistant
from homeassistant.helpers import selector

from .const import (
    CONF_COMBINE,
    CONF_HOLD_MINUTES,
    CONF_SITTING_ENTITIES,
    CONF_SITTING_STATES,
    HOLD_RANGE,
    HOLD_SUFFIX,
)
from .core.sources import KNOWN_SITTING_STATES, ON_OFF_DOMAINS, UNKNOWN_STATES, Combine
from .core.validation import vol

COMBINE_SELECTOR = selector.SelectSelector(
    selector.SelectSelectorConfig(
        options=[c.value for c in Combine],
        translation_key="combine",
        mode=selector.SelectSelectorMode.LIST,
    )
)


def needs_states(entity_id: str) -> bool:
    """Return True for a source whose sitting states must be chosen."""
    return entity_id.partition(".")[0] not in ON_OFF_DOMAINS


def suggested_states(hass: HomeAssistant, entity_id: str) -> list[str]:
    """Return the states to offer: what the entity reports, then well-known ones."""
    found: list[str] = []
    state = hass.states.get(entity_id)
    if state is not None:
        options = state.attributes.get("options")
        if isinstance(options, list):
            found.extend(str(option) for option in options)
        if state.state not in UNKNOWN_STATES and state.state not in {
            "unavailable",
            "unknown",
        }:
            found.append(state.state)
    domain = entity_id.partition(".")[0]
    known = (
        KNOWN_SITTING_STATES["media player"]
        if domain == "media_player"
        else (
            *KNOWN_SITTING_STATES["phone activity"],
            *KNOWN_SITTING_STATES["computer session"],
        )
    )
    found.extend(known)
    return list(dict.fromkeys(found))


def sources_schema(hass: HomeAssistant, entities: list[str]) -> vol.Schema:
    """Return the form: per source its sitting states (if needed) and hold; any/all."""
    fields: dict[Any, Any] = {}
    for entity_id in entities:
        if needs_states(entity_id):
            fields[vol.Required(entity_id)] = selector.SelectSelector(
                selector.SelectSelectorConfig(
                    options=suggested_states(hass, entity_id),
                    multiple=True,
                    custom_value=True,
                    mode=selector.SelectSelectorMode.DROPDOWN,
                )
            )
        low, high = HOLD_RANGE
        fields[vol.Optional(f"{entity_id}{HOLD_SUFFIX}")] = selector.NumberSelector(
            selector.NumberSelectorConfig(
                min=low,
                max=high,
                step=1,
                mode=selector.NumberSelectorMode.BOX,
                unit_of_measurement="min",
            )
        )
    if len(entities) > 1:
        fields[vol.Required(CONF_COMBINE, default=Combine.ANY.value)] = COMBINE_SELECTOR
    return vol.Schema(fields)


def sources_suggestions(data: dict[str, Any]) -> dict[str, Any]:
    """Return the form's current values from an entry's data."""
    values: dict[str, Any] = {CONF_COMBINE: data.get(CONF_COMBINE, Combine.ANY.value)}
    for entity_id, states in data.get(CONF_SITTING_STATES, {}).items():
        values[entity_id] = list(states)
    for entity_id, minutes in data.get(CONF_HOLD_MINUTES, {}).items():
        values[f"{entity_id}{HOLD_SUFFIX}"] = minutes
    return values


def sources_from_form(
    entities: list[str], user_input: dict[str, Any]
) -> tuple[dict[str, Any], dict[str, str]]:
    """Return the entry data for the sources, and form errors."""
    errors: dict[str, str] = {}
    states: dict[str, list[str]] = {}
    holds: dict[str, int] = {}
    for entity_id in entities:
        if needs_states(entity_id):
            chosen = [
                str(s).strip()
                for s in user_input.get(entity_id) or []
                if str(s).strip()
            ]
            if not chosen:
                errors[entity_id] = "no_sitting_states"
            states[entity_id] = sorted(set(chosen))
        hold = user_input.get(f"{entity_id}{HOLD_SUFFIX}")
        if hold:
            holds[entity_id] = int(hold)
    data = {
        CONF_SITTING_ENTITIES: entities,
        CONF_SITTING_STATES: states,
        CONF_HOLD_MINUTES: holds,
        CONF_COMBINE: user_input.get(CONF_COMBINE, Combine.ANY.value),
    }
    return data, errors
