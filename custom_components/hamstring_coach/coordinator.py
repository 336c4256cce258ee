"""The Home Assistant shell around one profile's engine: one timer, one ``apply``.

Inputs (source changes, the timer, the doors in ``actions.py``) become engine commands;
each returns an ``Outcome`` that ``apply`` delivers: entities are told only when what
they show changed, coach events go to the event entity, reminders to the notifier,
routine steps to the speaker, and the state is saved at most once a minute. Symptoms,
triage and alerts live beside it (``care.py``); ``publisher.py`` tells the entities.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta
import logging
from typing import Any

from homeassistant.config_entries import ConfigEntry
from homeassistant.const import EVENT_HOMEASSISTANT_STOP
from homeassistant.core import (
    CALLBACK_TYPE,
    Event,
    EventStateChangedData,
    HomeAssistant,
    callback,
)
from homeassistant.exceptions import ServiceValidationError
from homeassistant.util import dt as dt_util

from .alarm import Alarm
from .announce import Announcer
from .care import Care
from .const import BUTTON_SNOOZE_MINUTES, DEFAULT_ROUTINE
from .core.engine import Outcome
from .core.triage import Assessment
from .dispatch import Dispatcher, EventListener
from .notifications import EVENT_MOBILE_APP_ACTION, Notifier, phone_action
from .profile import ProfileConfig
from .publisher import Publisher
from .routine_files import async_load_routines
from .snapshot import Snapshot
from .sources import SourceWatcher
from .storage import StateSaver, async_load_or_recover, state_store

_LOGGER = logging.getLogger(__name__)

PERIODIC_SAVE = timedelta(minutes=5)

type HamstringCoachConfigEntry = ConfigEntry[HamstringCoachCoordinator]


class HamstringCoachCoordinator:
    """Feed one engine from Home Assistant and deliver what it says."""

    def __init__(self, hass: HomeAssistant, entry: ConfigEntry) -> None:
        """Prepare the shell; ``async_restore`` loads, ``async_start`` listens."""
        self.hass = hass
        self.entry = entry
        self.config = ProfileConfig.from_entry(entry)
        self.sources = SourceWatcher(hass, entry, self.config)
        self.engine = self.config.new_engine(dt_util.get_default_time_zone())
        self.store = state_store(hass, entry.entry_id)
        self.saver = StateSaver(hass, self.store, self._data_to_save)
        self.notifier = Notifier(hass, entry, self.config.notify_targets)
        self.dispatcher = Dispatcher(
            self.notifier,
            Announcer(
                hass, entry, self.config.announce_tts, self.config.announce_media_player
            ),
        )
        self.care = Care(hass, entry, self.config, self.dispatcher)
        self.publisher = Publisher(self.config, self.engine, dt_util.utcnow())
        self._unsubscribe: list[CALLBACK_TYPE] = []
        self.alarm = Alarm(hass, self.refresh)
        self._streak_running = False

    @property
    def snapshot(self) -> Snapshot:
        """Return what the entities show."""
        return self.publisher.snapshot

    # -- lifecycle -------------------------------------------------------------------

    async def async_restore(self) -> None:
        """Load routines and the saved state (before the entities are added)."""
        routines = await async_load_routines(self.hass, self.entry)
        self.engine.runner.routines = routines

        def apply(data: dict[str, Any]) -> None:
            self.engine.load(data, routines)
            self.sources.restore(data)

        if not await async_load_or_recover(
            self.hass, self.entry, self.store, apply, "state"
        ):
            self.engine = self.config.new_engine(dt_util.get_default_time_zone())
            self.engine.runner.routines = routines
        now = dt_util.utcnow()
        await self.care.symptoms.async_load(now)
        self.care.assessment = self.care.assess(now, self.engine)
        self.notifier.offer_routine = self.care.assessment.routines_allowed
        self.publisher.refresh_routines(now, self.engine)
        self.publisher.publish(now, self.engine, self.care)

    @callback
    def async_start(self) -> None:
        """Catch up with the sources and start listening (after the entities are added).

        Starting after the entities exist means a reminder that is already due at
        start-up reaches the event entity, not only the phones.
        """
        hass, sources, engine = self.hass, self.sources, self.engine
        now = dt_util.utcnow()
        sitting, standing = sources.read(now)
        outcome = engine.resume(
            now,
            sitting,
            unchanged=sources.unchanged_since(
                engine.coach.saved_at,
                (sitting, standing),
                (engine.coach.tracker.source, engine.coach.stand.standing_input),
            ),
            schedule_on=sources.schedule_on(),
            paused=sources.paused(),
            standing=standing,
        )
        self._unsubscribe += sources.async_listen(
            self._on_source_change, self._on_condition_change
        )
        self._unsubscribe += [
            hass.bus.async_listen(EVENT_MOBILE_APP_ACTION, self._on_phone_action),
            hass.bus.async_listen(EVENT_HOMEASSISTANT_STOP, self._on_stop),
        ]
        sources.check()
        self.apply(now, outcome)  # what happened while down comes first
        if self.care.next_day is None:  # apply did not assess already
            self._reassess(now)

    async def async_shutdown(self) -> None:
        """Stop listening, cancel the timers and write the state file."""
        self._stop_listening()
        await self.saver.async_write_now()
        await self.care.symptoms.async_flush()

    @callback
    def _on_stop(self, event: Event) -> None:
        """Home Assistant stops: stop reacting; the state is written at the final write."""
        self._stop_listening()
        self.saver.at_stop()

    def _stop_listening(self) -> None:
        for unsubscribe in self._unsubscribe:
            unsubscribe()
        self._unsubscribe.clear()
        self.alarm.cancel()
        self.saver.cancel()
        self.notifier.async_shutdown()

    # -- inputs ----------------------------------------------------------------------

    @callback
    def _on_source_change(self, event: Event[Any]) -> None:
        now = dt_util.utcnow()
        outcome = self.engine.observe(now, *self.sources.read(now))
        if outcome.save:  # the sources changed what counts
            self.apply(now, outcome)

    @callback
    def _on_condition_change(self, event: Event[EventStateChangedData]) -> None:
        now = dt_util.utcnow()
        outcome = self.engine.set_conditions(
            now, self.sources.schedule_on(), self.sources.paused()
        )
        if outcome is not None:  # else an attribute changed: nothing for us
            self.apply(now, outcome)

    @callback
    def _on_phone_action(self, event: Event[dict[str, Any]]) -> None:
        action = phone_action(event.data, self.entry.entry_id)
        if action == "snooze":
            length = timedelta(minutes=BUTTON_SNOOZE_MINUTES)
            self.run(lambda now: self.engine.snooze(now, length))
        elif action == "up":
            self.run(self.engine.acknowledge)
        elif action == "routine":
            self.notifier.async_clear()
            try:
                self.async_start_routine(DEFAULT_ROUTINE)
            except ServiceValidationError:
                _LOGGER.info("No routine for %s: triage holds it", self.entry.title)

    @callback
    def refresh(self, _now: datetime | None = None) -> Snapshot:
        """Bring everything up to now (the timer, an answer); return the snapshot.

        While sitting the coach wakes only when a shown step moves. Before
        ``async_start`` has caught up with the downtime, nothing is ticked.
        """
        if not self._unsubscribe:  # not started, or stopped
            return self.snapshot
        now = dt_util.utcnow()
        outcome = self.engine.tick(now, *self.sources.read(now))
        if now - self.saver.last >= PERIODIC_SAVE:
            outcome += Outcome(save=True)
        self.apply(now, outcome)
        return self.snapshot

    # -- commands (every door: button, service, phone, switch, Assist, LLM) ----------

    @callback
    def run(self, command: Callable[[datetime], Outcome]) -> None:
        """Run an engine command now and deliver what it says."""
        now = dt_util.utcnow()
        self.apply(now, command(now))

    @callback
    def async_start_routine(self, routine_id: str | None = None) -> None:
        """Start a routine (the selected one by default); raises KeyError if unknown.

        Every door comes here, so the triage check (``Care.check_may_start``) holds
        for all of them.
        """
        routine_id = routine_id or self.engine.selected_routine
        self.care.check_may_start(routine_id)
        now = dt_util.utcnow()
        self.apply(now, self.engine.start_routine(now, routine_id))

    @callback
    def change_symptoms(self, change: Callable[[datetime], object]) -> Assessment:
        """Change the symptom log now, assess again, and return the assessment."""
        now = dt_util.utcnow()
        change(now)
        self._reassess(now)
        return self.care.assessment

    @callback
    def _reassess(self, now: datetime) -> None:
        """Assess again; tell the entities; stop a routine the symptoms hold back."""
        self.care.reassess(now, self.engine)
        self.publisher.publish(now, self.engine, self.care)
        running = self.engine.runner.current
        if running is not None and not self.care.assessment.may_start(running.id):
            # the coach never leads exercise while help is needed today or now, nor a
            # routine the symptoms hold back
            self.apply(now, self.engine.stop_routine(now, reason="triage"))

    # -- outputs ---------------------------------------------------------------------

    @callback
    def async_add_listener(self, update: Callable[[], None]) -> CALLBACK_TYPE:
        """Call ``update`` whenever what the entities show may have changed."""
        return self.publisher.async_add_listener(update)

    @callback
    def async_add_event_listener(self, deliver: EventListener) -> CALLBACK_TYPE:
        """Call ``deliver(event_type, attributes)`` for every coach event."""
        return self.dispatcher.async_add_listener(deliver)

    @callback
    def apply(self, now: datetime, outcome: Outcome) -> None:
        """Deliver an outcome: entities, events, notifications, storage, the timer.

        This runs on every source change, so it only compares what changed: the
        entities are told only when what they show differs from the last time.
        """
        engine = self.engine
        if outcome.summary_due:
            self.care.async_send_summary(now, engine)
        next_day = self.care.next_day
        new_day = outcome.new_day or (next_day is not None and now >= next_day)
        save = outcome.save or bool(outcome.reminders or outcome.routine_events)
        streak_running = engine.coach.tracker.streak_running
        if self._streak_running and not streak_running:
            outcome += Outcome(clear=True)  # up: no reminder or posture check stays
            save = True
        self._streak_running = streak_running
        self.publisher.update(
            now,
            engine,
            self.care,
            routines_moved=bool(outcome.routine_events) or new_day,
        )
        self.dispatcher.deliver(outcome.routine_events, outcome.reminders)
        if outcome.clear:
            self.dispatcher.clear_shown()
        if save:
            self.saver.request(now)
        if new_day:
            self._reassess(now)
        when = engine.next_instant(now)
        if (expiry := self.sources.next_expiry(now)) is not None:
            when = min(when, expiry)
        self.alarm.set(when)

    def _data_to_save(self) -> dict[str, Any]:
        data = self.engine.to_dict(dt_util.utcnow())
        return {**data, **self.sources.sides()}
