"""The form for the sources: states or a threshold, hold minutes, any/all.

Shared by the config, reconfigure and options flows. An on/off entity needs nothing;
an entity with states (a phone's activity, a TV) needs the states that mean sitting; a
numeric entity (a desk's height, a load cell, a power meter) needs a comparison, a
threshold and a band of hysteresis, suggested from its unit and device class.

Standing sources are optional: an on/off entity (a standing mat) means standing while
on, a number needs its own threshold, and a numeric sitting source picked again as a
standing source means standing on its other side (the same desk, above the height).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from math import isfinite
from typing import Any

from homeassistant.const import ATTR_DEVICE_CLASS, ATTR_UNIT_OF_MEASUREMENT
from homeassistant.core import HomeAssistant
from homeassistant.helpers import selector

from .const import (
    COMPARISON_SUFFIX,
    CONF_COMBINE,
    CONF_HOLD_MINUTES,
    CONF_SITTING_ENTITIES,
    CONF_SITTING_STATES,
    CONF_STANDING_ENTITIES,
    CONF_STANDING_HOLD_MINUTES,
    CONF_STANDING_THRESHOLDS,
    CONF_THRESHOLDS,
    HOLD_RANGE,
    HOLD_SUFFIX,
    HYSTERESIS_SUFFIX,
    STANDING_COMPARISON_SUFFIX,
    STANDING_HOLD_SUFFIX,
    STANDING_HYSTERESIS_SUFFIX,
    STANDING_THRESHOLD_SUFFIX,
    THRESHOLD_SUFFIX,
)
from .core.sources import (
    Combine,
    Comparison,
    Threshold,
    suggest_standing_threshold,
    suggest_threshold,
)
from .core.validation import vol
from .source_kinds import SourceKind, source_kind, suggested_states

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


HOLD_SELECTOR = selector.NumberSelector(
    selector.NumberSelectorConfig(
        min=HOLD_RANGE[0],
        max=HOLD_RANGE[1],
        step=1,
        mode=selector.NumberSelectorMode.BOX,
        unit_of_measurement="min",
    )
)


@dataclass(frozen=True, slots=True)
class NumericFields:
    """The form fields of a threshold, and the errors that name them."""

    comparison: str
    threshold: str
    hysteresis: str
    stored: str  # the entry key that keeps the thresholds
    no_threshold: str
    no_comparison: str
    suggest: Callable[[str | None, str | None], Threshold | None]


SITTING_FIELDS = NumericFields(
    COMPARISON_SUFFIX,
    THRESHOLD_SUFFIX,
    HYSTERESIS_SUFFIX,
    CONF_THRESHOLDS,
    "no_threshold",
    "no_comparison",
    suggest_threshold,
)
STANDING_FIELDS = NumericFields(
    STANDING_COMPARISON_SUFFIX,
    STANDING_THRESHOLD_SUFFIX,
    STANDING_HYSTERESIS_SUFFIX,
    CONF_STANDING_THRESHOLDS,
    "no_standing_threshold",
    "no_standing_comparison",
    suggest_standing_threshold,
)


def _number(value: Any) -> float | None:
    try:
        number = float(value)
    except (TypeError, ValueError):
        return None
    return number if isfinite(number) else None


class SourcesForm:
    """The sources step for a list of entities (and the standing sources)."""

    def __init__(
        self,
        hass: HomeAssistant,
        entities: list[str],
        stored: Mapping[str, Any] | None = None,
        standing: list[str] | None = None,
    ) -> None:
        """Ask about ``entities``; ``stored`` is the entry's data, if there is one."""
        self.hass = hass
        self.entities = entities
        self.stored = stored or {}
        self.kinds = {e: source_kind(hass, e, self.stored) for e in entities}
        self.standing = standing or []
        # standing numbers with their own threshold (not a sitting desk's other side)
        self.standing_numbers = [
            e
            for e in self.standing
            if e not in self.kinds
            and source_kind(hass, e, self._stored_as_sitting(e)) is SourceKind.NUMERIC
        ]

    def _stored_as_sitting(self, entity_id: str) -> Mapping[str, Any]:
        """Return what the entry stored of a standing source, as a sitting one's."""
        thresholds = self.stored.get(CONF_STANDING_THRESHOLDS, {})
        return {
            CONF_THRESHOLDS: {k: v for k, v in thresholds.items() if k == entity_id}
        }

    @property
    def needed(self) -> bool:
        """Return True when a source needs states or a threshold (or may have a hold)."""
        return bool(self.standing) or any(
            kind is not SourceKind.ON_OFF for kind in self.kinds.values()
        )

    def _unit(self, entity_id: str) -> str | None:
        state = self.hass.states.get(entity_id)
        unit = None if state is None else state.attributes.get(ATTR_UNIT_OF_MEASUREMENT)
        return None if unit is None else str(unit)

    def _threshold_fields(
        self, entity_id: str, names: NumericFields, fields: dict[Any, Any]
    ) -> None:
        """Add a comparison, a threshold and a band for ``entity_id``."""
        unit = self._unit(entity_id)
        fields[vol.Required(f"{entity_id}{names.comparison}")] = COMPARISON_SELECTOR
        number = selector.NumberSelectorConfig(
            step="any", mode=selector.NumberSelectorMode.BOX
        )
        if unit is not None:
            number["unit_of_measurement"] = unit
        fields[vol.Required(f"{entity_id}{names.threshold}")] = selector.NumberSelector(
            number
        )
        fields[vol.Optional(f"{entity_id}{names.hysteresis}")] = (
            selector.NumberSelector(selector.NumberSelectorConfig(**number, min=0))
        )

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
                self._threshold_fields(entity_id, SITTING_FIELDS, fields)
            fields[vol.Optional(f"{entity_id}{HOLD_SUFFIX}")] = HOLD_SELECTOR
        if len(self.entities) > 1:
            fields[vol.Required(CONF_COMBINE, default=Combine.ANY.value)] = (
                COMBINE_SELECTOR
            )
        for entity_id in self.standing:
            if entity_id in self.standing_numbers:
                self._threshold_fields(entity_id, STANDING_FIELDS, fields)
            fields[vol.Optional(f"{entity_id}{STANDING_HOLD_SUFFIX}")] = HOLD_SELECTOR
        return vol.Schema(fields)

    def _suggest(
        self, entity_id: str, names: NumericFields, values: dict[str, Any]
    ) -> None:
        """Put the stored threshold, else a usual one, into ``values``."""
        stored = self.stored.get(names.stored, {}).get(entity_id)
        if stored is not None:
            comparison = stored["comparison"]
            value, band = stored["value"], stored.get("hysteresis", 0)
        else:
            state = self.hass.states.get(entity_id)
            guess = names.suggest(
                None if state is None else state.attributes.get(ATTR_DEVICE_CLASS),
                self._unit(entity_id),
            )
            if guess is None:
                values[f"{entity_id}{names.comparison}"] = (
                    Comparison.BELOW.value
                    if names is SITTING_FIELDS
                    else Comparison.ABOVE.value
                )
                return
            comparison, value, band = (
                guess.comparison.value,
                guess.value,
                guess.hysteresis,
            )
        values[f"{entity_id}{names.comparison}"] = comparison
        values[f"{entity_id}{names.threshold}"] = value
        values[f"{entity_id}{names.hysteresis}"] = band

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
        for entity_id, minutes in data.get(CONF_STANDING_HOLD_MINUTES, {}).items():
            values[f"{entity_id}{STANDING_HOLD_SUFFIX}"] = minutes
        for entity_id, kind in self.kinds.items():
            if kind is SourceKind.NUMERIC:
                self._suggest(entity_id, SITTING_FIELDS, values)
        for entity_id in self.standing_numbers:
            self._suggest(entity_id, STANDING_FIELDS, values)
        return values

    def current_values(self) -> str:
        """Return the numeric sources' values now, for the form's description."""
        shown = []
        numbers = [e for e, k in self.kinds.items() if k is SourceKind.NUMERIC]
        for entity_id in dict.fromkeys([*numbers, *self.standing_numbers]):
            state = self.hass.states.get(entity_id)
            if state is None:
                shown.append(f"{entity_id}: -")
                continue
            unit = self._unit(entity_id)
            shown.append(f"{state.name}: {state.state}{f' {unit}' if unit else ''}")
        return "; ".join(shown) or "-"

    @staticmethod
    def _parse_threshold(
        user_input: dict[str, Any],
        entity_id: str,
        names: NumericFields,
        errors: dict[str, str],
    ) -> dict[str, Any] | None:
        """Return the stored form of a threshold, or None with an error added."""
        value = _number(user_input.get(f"{entity_id}{names.threshold}"))
        band = _number(user_input.get(f"{entity_id}{names.hysteresis}") or 0)
        comparison = user_input.get(f"{entity_id}{names.comparison}")
        if value is None:
            errors[f"{entity_id}{names.threshold}"] = names.no_threshold
        elif band is None or band < 0:
            errors[f"{entity_id}{names.hysteresis}"] = "bad_hysteresis"
        elif comparison not in {c.value for c in Comparison}:
            errors[f"{entity_id}{names.comparison}"] = names.no_comparison
        else:
            return {"comparison": comparison, "value": value, "hysteresis": band}
        return None

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
                parsed = self._parse_threshold(
                    user_input, entity_id, SITTING_FIELDS, errors
                )
                if parsed is not None:
                    thresholds[entity_id] = parsed
            hold = user_input.get(f"{entity_id}{HOLD_SUFFIX}")
            if hold:
                holds[entity_id] = int(hold)
        standing_thresholds = {}
        standing_holds: dict[str, int] = {}
        for entity_id in self.standing:
            if entity_id in self.standing_numbers:
                parsed = self._parse_threshold(
                    user_input, entity_id, STANDING_FIELDS, errors
                )
                if parsed is not None:
                    standing_thresholds[entity_id] = parsed
            if hold := user_input.get(f"{entity_id}{STANDING_HOLD_SUFFIX}"):
                standing_holds[entity_id] = int(hold)
        data: dict[str, Any] = {
            CONF_SITTING_ENTITIES: self.entities,
            CONF_SITTING_STATES: states,
            CONF_HOLD_MINUTES: holds,
            CONF_COMBINE: user_input.get(CONF_COMBINE, Combine.ANY.value),
        }
        if thresholds:  # an entry without numeric sources stays as it was
            data[CONF_THRESHOLDS] = thresholds
        if self.standing:  # nor does one without standing sources
            data[CONF_STANDING_ENTITIES] = self.standing
        if standing_thresholds:
            data[CONF_STANDING_THRESHOLDS] = standing_thresholds
        if standing_holds:
            data[CONF_STANDING_HOLD_MINUTES] = standing_holds
        return data, errors
