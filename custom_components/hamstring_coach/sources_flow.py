"""The form for sitting sources: states or a threshold, hold minutes, any/all.

Shared by the config, reconfigure and options flows. An on/off entity needs nothing;
an entity with states (a phone's activity, a TV) needs the states that mean sitting; a
numeric entity (a desk's height, a load cell, a power meter) needs a comparison, a
threshold and a band of hysteresis, suggested from its unit and device class.
"""

from __future__ import annotations

from collections.abc import Mapping
from enum import StrEnum
from math import isfinite
from typing import Any

from homeassistant.const import ATTR_DEVICE_CLASS, ATTR_UNIT_OF_MEASUREMENT
from homeassistant.core import HomeAssistant
from homeassistant.helpers import entity_registry as er, selector

from .const import (
    COMPARISON_SUFFIX,
    CONF_COMBINE,
    CONF_HOLD_MINUTES,
    CONF_SITTING_ENTITIES,
    CONF_SITTING_STATES,
    CONF_THRESHOLDS,
    HOLD_RANGE,
    HOLD_SUFFIX,
    HYSTERESIS_SUFFIX,
    THRESHOLD_SUFFIX,
)
from .core.sources import (
    KNOWN_SITTING_STATES,
    ON_OFF_DOMAINS,
    UNKNOWN_STATES,
    Combine,
    Comparison,
    suggest_threshold,
)
from .core.validation import vol

COMBINE_SELECTOR = selector.SelectSelector(
    selector.SelectSelectorConfig(
        options=[c.value for c in Combine],
        translation_key="combine",
        mode=selector.SelectSelectorMode.LIST,
    )
)
COMPARISON_SELECTOR = selector.SelectSelector(
    selector.SelectSelectorConfig(
        options=[c.value for c in Comparison],
        translation_key="comparison",
        mode=selector.SelectSelectorMode.DROPDOWN,
    )
)
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


def _number(value: Any) -> float | None:
    try:
        number = float(value)
    except (TypeError, ValueError):
        return None
    return number if isfinite(number) else None


class SourcesForm:
    """The sources step for a list of entities."""

    def __init__(
        self,
        hass: HomeAssistant,
        entities: list[str],
        stored: Mapping[str, Any] | None = None,
    ) -> None:
        """Ask about ``entities``; ``stored`` is the entry's data, if there is one."""
        self.hass = hass
        self.entities = entities
        self.stored = stored or {}
        self.kinds = {e: source_kind(hass, e, self.stored) for e in entities}

    @property
    def needed(self) -> bool:
        """Return True when a source needs states or a threshold."""
        return any(kind is not SourceKind.ON_OFF for kind in self.kinds.values())

    def _unit(self, entity_id: str) -> str | None:
        state = self.hass.states.get(entity_id)
        unit = None if state is None else state.attributes.get(ATTR_UNIT_OF_MEASUREMENT)
        return None if unit is None else str(unit)

    def schema(self) -> vol.Schema:
        """Return the form: per source its states or threshold, and hold; any/all."""
        fields: dict[Any, Any] = {}
        for entity_id, kind in self.kinds.items():
            if kind is SourceKind.STATES:
                fields[vol.Required(entity_id)] = selector.SelectSelector(
                    selector.SelectSelectorConfig(
                        options=suggested_states(self.hass, entity_id),
                        multiple=True,
                        custom_value=True,
                        mode=selector.SelectSelectorMode.DROPDOWN,
                    )
                )
            elif kind is SourceKind.NUMERIC:
                unit = self._unit(entity_id)
                fields[vol.Required(f"{entity_id}{COMPARISON_SUFFIX}")] = (
                    COMPARISON_SELECTOR
                )
                number = selector.NumberSelectorConfig(
                    step="any", mode=selector.NumberSelectorMode.BOX
                )
                if unit is not None:
                    number["unit_of_measurement"] = unit
                fields[vol.Required(f"{entity_id}{THRESHOLD_SUFFIX}")] = (
                    selector.NumberSelector(number)
                )
                fields[vol.Optional(f"{entity_id}{HYSTERESIS_SUFFIX}")] = (
                    selector.NumberSelector(
                        selector.NumberSelectorConfig(**number, min=0)
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
        if len(self.entities) > 1:
            fields[vol.Required(CONF_COMBINE, default=Combine.ANY.value)] = (
                COMBINE_SELECTOR
            )
        return vol.Schema(fields)

    def suggestions(self) -> dict[str, Any]:
        """Return the form's values: what the entry stores, else a usual threshold."""
        data = self.stored
        values: dict[str, Any] = {
            CONF_COMBINE: data.get(CONF_COMBINE, Combine.ANY.value)
        }
        for entity_id, states in data.get(CONF_SITTING_STATES, {}).items():
            values[entity_id] = list(states)
        for entity_id, minutes in data.get(CONF_HOLD_MINUTES, {}).items():
            values[f"{entity_id}{HOLD_SUFFIX}"] = minutes
        thresholds = data.get(CONF_THRESHOLDS, {})
        for entity_id, kind in self.kinds.items():
            if kind is not SourceKind.NUMERIC:
                continue
            if entity_id in thresholds:
                stored = thresholds[entity_id]
                comparison = stored["comparison"]
                value, band = stored["value"], stored.get("hysteresis", 0)
            else:
                state = self.hass.states.get(entity_id)
                guess = suggest_threshold(
                    None if state is None else state.attributes.get(ATTR_DEVICE_CLASS),
                    self._unit(entity_id),
                )
                if guess is None:
                    values[f"{entity_id}{COMPARISON_SUFFIX}"] = Comparison.BELOW.value
                    continue
                comparison, value, band = (
                    guess.comparison.value,
                    guess.value,
                    guess.hysteresis,
                )
            values[f"{entity_id}{COMPARISON_SUFFIX}"] = comparison
            values[f"{entity_id}{THRESHOLD_SUFFIX}"] = value
            values[f"{entity_id}{HYSTERESIS_SUFFIX}"] = band
        return values

    def current_values(self) -> str:
        """Return the numeric sources' values now, for the form's description."""
        shown = []
        for entity_id, kind in self.kinds.items():
            if kind is not SourceKind.NUMERIC:
                continue
            state = self.hass.states.get(entity_id)
            if state is None:
                shown.append(f"{entity_id}: -")
                continue
            unit = self._unit(entity_id)
            shown.append(f"{state.name}: {state.state}{f' {unit}' if unit else ''}")
        return "; ".join(shown) or "-"

    def parse(
        self, user_input: dict[str, Any]
    ) -> tuple[dict[str, Any], dict[str, str]]:
        """Return the entry data for the sources, and form errors."""
        errors: dict[str, str] = {}
        states: dict[str, list[str]] = {}
        holds: dict[str, int] = {}
        thresholds: dict[str, dict[str, Any]] = {}
        for entity_id, kind in self.kinds.items():
            if kind is SourceKind.STATES:
                chosen = [
                    str(s).strip()
                    for s in user_input.get(entity_id) or []
                    if str(s).strip()
                ]
                if not chosen:
                    errors[entity_id] = "no_sitting_states"
                states[entity_id] = sorted(set(chosen))
            elif kind is SourceKind.NUMERIC:
                value = _number(user_input.get(f"{entity_id}{THRESHOLD_SUFFIX}"))
                band = _number(user_input.get(f"{entity_id}{HYSTERESIS_SUFFIX}") or 0)
                comparison = user_input.get(f"{entity_id}{COMPARISON_SUFFIX}")
                if value is None:
                    errors[f"{entity_id}{THRESHOLD_SUFFIX}"] = "no_threshold"
                elif band is None or band < 0:
                    errors[f"{entity_id}{HYSTERESIS_SUFFIX}"] = "bad_hysteresis"
                elif comparison not in {c.value for c in Comparison}:
                    errors[f"{entity_id}{COMPARISON_SUFFIX}"] = "no_comparison"
                else:
                    thresholds[entity_id] = {
                        "comparison": comparison,
                        "value": value,
                        "hysteresis": band,
                    }
            hold = user_input.get(f"{entity_id}{HOLD_SUFFIX}")
            if hold:
                holds[entity_id] = int(hold)
        data = {
            CONF_SITTING_ENTITIES: self.entities,
            CONF_SITTING_STATES: states,
            CONF_HOLD_MINUTES: holds,
            CONF_COMBINE: user_input.get(CONF_COMBINE, Combine.ANY.value),
        }
        if thresholds:  # an entry without numeric sources stays as it was
            data[CONF_THRESHOLDS] = thresholds
        return data, errors
