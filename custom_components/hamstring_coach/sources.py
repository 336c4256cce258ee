"""The source watcher: what the sitting and standing sources, schedule and pauses say.

It reads states (the core decides what they mean), subscribes to their changes, and
keeps the missing-source Repairs issue up to date.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

from homeassistant.config_entries import ConfigEntry
from homeassistant.const import STATE_ON
from homeassistant.core import CALLBACK_TYPE, Event, HomeAssistant, callback
from homeassistant.helpers import entity_registry as er
from homeassistant.helpers.event import (
    async_track_entity_registry_updated_event,
    async_track_state_change_event,
    async_track_state_report_event,
)

from . import issues
from .core.sources import Combine, Observation, SourceReader
from .profile import ProfileConfig

type Listener = Callable[[Event[Any]], None]


def observe(
    hass: HomeAssistant, entity_ids: list[str], *, changes_only: bool = False
) -> dict[str, Observation | None]:
    """Return each source's state and when it last reported.

    ``changes_only``: when it last changed instead (a standing hold runs from the
    last change: a desk that re-sends its height is not moved).
    """
    observations: dict[str, Observation | None] = {}
    for entity_id in entity_ids:
        state = hass.states.get(entity_id)
        if state is None:
            observations[entity_id] = None
            continue
        when = (
            state.last_changed
            if changes_only
            else getattr(state, "last_reported", state.last_updated)
        )
        observations[entity_id] = Observation(state.state, when)
    return observations


class SourceWatcher:
    """The sources of one profile, as Home Assistant shows them."""

    def __init__(
        self, hass: HomeAssistant, entry: ConfigEntry, config: ProfileConfig
    ) -> None:
        """Watch the entities ``config`` names."""
        self.hass = hass
        self.entry = entry
        self.config = config
        # a fresh report renews a sitting hold; a standing hold only a change
        self._held = [r.entity_id for r in config.source_rules if r.hold is not None]
        self._holds = bool(self._held) or any(
            rule.hold is not None for rule in config.standing_rules
        )
        self.reader = SourceReader(config.source_rules, config.combine)
        self.standing_reader = SourceReader(config.standing_rules, Combine.ANY)

    def read(self, now: datetime) -> tuple[bool | None, bool]:
        """Return whether the person sits (None: unknown) and whether they stand.

        Sitting is what the sitting sources say together (states, thresholds, holds,
        any/all); standing is True while any standing source says so.
        """
        config = self.config
        sitting = self.reader.read(observe(self.hass, config.sitting_entities), now)
        if not config.standing_rules:
            return sitting, False
        observations = observe(self.hass, config.standing_entities, changes_only=True)
        return sitting, self.standing_reader.read(observations, now) is True

    def sides(self) -> dict[str, dict[str, bool | None]]:
        """Return each numeric source's last side, to save with the state."""
        return {
            "source_sides": dict(self.reader.sides),
            "standing_sides": dict(self.standing_reader.sides),
        }

    def restore(self, data: dict[str, object]) -> None:
        """Take back the sides saved with the state.

        A desk that stands on its other side and has no standing side saved (a file
        of 0.3.0) starts from the opposite of its sitting side, so the two agree.
        """
        self.reader.restore(data.get("source_sides"))
        self.standing_reader.restore(data.get("standing_sides"))
        for entity_id in self.config.standing_entities:
            sitting_side = self.reader.sides.get(entity_id)
            if entity_id not in self.standing_reader.sides and sitting_side is not None:
                self.standing_reader.sides[entity_id] = not sitting_side

    def next_expiry(self, now: datetime) -> datetime | None:
        """Return when a held sitting or standing state runs out (None without holds)."""
        if not self._holds:
            return None
        config = self.config
        sitting = self.reader.next_expiry(
            observe(self.hass, config.sitting_entities), now
        )
        standing = self.standing_reader.next_expiry(
            observe(self.hass, config.standing_entities, changes_only=True), now
        )
        return min((e for e in (sitting, standing) if e is not None), default=None)

    def schedule_on(self) -> bool:
        """Return True while reminders may come (no schedule, or it is on)."""
        schedule = self.config.active_schedule
        if schedule is None:
            return True
        state = self.hass.states.get(schedule)
        return state is not None and state.state == STATE_ON

    def paused(self) -> bool:
        """Return True while any pause entity is on."""
        return any(
            (state := self.hass.states.get(entity_id)) is not None
            and state.state == STATE_ON
            for entity_id in self.config.pause_while
        )

    def unchanged_since(
        self,
        saved_at: datetime | None,
        now_says: tuple[bool | None, bool],
        saved_says: tuple[bool | None, bool],
    ) -> bool:
        """Return True when no source changed since ``saved_at`` (a restart).

        ``now_says`` and ``saved_says`` are (sitting, standing) now and at the save: a
        standing hold that ran out while down is a change too.
        """
        if saved_at is None or now_says[0] is None or now_says != saved_says:
            return False
        for entity_id in self.config.source_entities:
            state = self.hass.states.get(entity_id)
            if state is not None and state.last_changed > saved_at:
                return False
        return True

    @callback
    def check(self) -> None:
        """Report a source that neither has a state nor is registered; clear otherwise."""
        registry = er.async_get(self.hass)
        for entity_id in self.config.source_entities:
            if self.hass.states.get(
                entity_id
            ) is None and not registry.async_is_registered(entity_id):
                issues.show_source_missing(self.hass, self.entry, entity_id)
                return
        issues.clear_source_missing(self.hass, self.entry)

    @callback
    def async_listen(
        self, on_source: Listener, on_condition: Listener
    ) -> list[CALLBACK_TYPE]:
        """Subscribe to the sources (sitting, standing), schedule, pauses and renames.

        A fresh report of a held source counts as a change (it renews the hold).
        """
        hass, config = self.hass, self.config
        unsubscribe = [
            async_track_state_change_event(hass, config.source_entities, on_source),
            async_track_entity_registry_updated_event(
                hass, config.source_entities, self._on_registry_change
            ),
        ]
        if watched := [e for e in [config.active_schedule, *config.pause_while] if e]:
            unsubscribe.append(
                async_track_state_change_event(hass, watched, on_condition)
            )
        if self._held:  # a fresh report of the same state renews a hold
            unsubscribe.append(
                async_track_state_report_event(hass, self._held, on_source)
            )
        return unsubscribe

    @callback
    def _on_registry_change(
        self, event: Event[er.EventEntityRegistryUpdatedData]
    ) -> None:
        """A source was removed or renamed: tell the user how to fix it."""
        if event.data["action"] == "remove":
            issues.show_source_missing(self.hass, self.entry, event.data["entity_id"])
        elif event.data["action"] == "update" and "old_entity_id" in event.data:
            issues.show_source_missing(
                self.hass, self.entry, event.data["old_entity_id"]
            )
