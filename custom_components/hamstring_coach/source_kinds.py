"""What kind of source an entity is, and which entities may be standing sources.

An on/off entity needs nothing; an entity with states needs the states that mean
sitting; a number needs a threshold. The state decides, else what the entry stored,
else the entity registry (for a source that is unavailable or not loaded yet).
"""

from __future__ import annotations

from collections.abc import Mapping
from enum import StrEnum
from typing import Any

from homeassistant.const import ATTR_UNIT_OF_MEASUREMENT
from homeassistant.core import HomeAssistant
from homeassistant.helpers import entity_registry as er

from .const import (
    CONF_SITTING_STATES,
    CONF_STANDING_ENTITIES,
    CONF_STANDING_THRESHOLDS,
    CONF_THRESHOLDS,
)
from .core.sources import KNOWN_SITTING_STATES, ON_OFF_DOMAINS, UNKNOWN_STATES

NUMERIC_DOMAINS = frozenset({"number", "input_number"})
UNUSABLE = UNKNOWN_STATES | {"unavailable", "unknown"}


class SourceKind(StrEnum):
    """What the form asks about a source."""

    ON_OFF = "on_off"  # nothing: on means sitting
    STATES = "states"  # which states mean sitting
    NUMERIC = "numeric"  # which side of a threshold means sitting


def source_kind(
    hass: HomeAssistant, entity_id: str, stored: Mapping[str, Any] | None = None
) -> SourceKind:
    """Return the kind of a source.

    A usable state decides (a number, or a unit or state class: numeric). Without one
    (the entity is unavailable or not loaded yet), what the entry stored decides, then
    the entity registry's unit and state class.
    """
    domain = entity_id.partition(".")[0]
    if domain in ON_OFF_DOMAINS:
        return SourceKind.ON_OFF
    if domain in NUMERIC_DOMAINS:
        return SourceKind.NUMERIC
    if domain != "sensor":
        return SourceKind.STATES
    state = hass.states.get(entity_id)
    if state is not None and state.state not in UNUSABLE:
        if ATTR_UNIT_OF_MEASUREMENT in state.attributes or "state_class" in (
            state.attributes
        ):
            return SourceKind.NUMERIC
        try:
            float(state.state)
        except ValueError:
            return SourceKind.STATES
        return SourceKind.NUMERIC
    stored = stored or {}
    if entity_id in stored.get(CONF_THRESHOLDS, {}):
        return SourceKind.NUMERIC
    if entity_id in stored.get(CONF_SITTING_STATES, {}):
        return SourceKind.STATES
    registered = er.async_get(hass).async_get(entity_id)
    if registered is not None and (
        registered.unit_of_measurement
        or (registered.capabilities or {}).get("state_class")
    ):
        return SourceKind.NUMERIC
    return SourceKind.STATES


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


def standing_errors(
    hass: HomeAssistant,
    sitting: list[str],
    standing: list[str],
    stored: Mapping[str, Any] | None = None,
) -> dict[str, str]:
    """Return form errors for the standing sources.

    A standing source is on/off or a number; a sitting source may stand too only if
    it is a number (its other side).
    """
    stored = stored or {}
    for entity_id in standing:
        as_stored = (
            stored
            if entity_id in sitting
            else {CONF_THRESHOLDS: stored.get(CONF_STANDING_THRESHOLDS, {})}
        )
        kind = source_kind(hass, entity_id, as_stored)
        if entity_id in sitting and kind is not SourceKind.NUMERIC:
            return {CONF_STANDING_ENTITIES: "standing_is_sitting"}
        if kind is SourceKind.STATES:
            return {CONF_STANDING_ENTITIES: "standing_not_usable"}
    return {}
