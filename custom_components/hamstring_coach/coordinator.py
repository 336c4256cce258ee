"""The Home Assistant shell around the coach: listeners, one timer, storage, delivery."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, timedelta
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
from homeassistant.helpers.event import async_call_later, async_track_point_in_utc_time
from homeassistant.util import dt as dt_util

from . import issues
from .announce import Announcer
from .const import (
    ACTION_ROUTINE_PREFIX,
    ACTION_SNOOZE_PREFIX,
    ACTION_UP_PREFIX,
    BUTTON_SNOOZE_MINUTES,
    DEFAULT_ROUTINE,
    DOMAIN,
    SAVE_DELAY,
)
from .core.clock import next_midnight
from .core.coach import Coach, CoachView, whole_minutes
from .core.insights import (
    DayData,
    Insights,
    compute as compute_insights,
    next_due,
    previous_due,
)
from .core.reminders import Reminder, ReminderKind
from .core.routines import (
    IDLE_VIEW,
    RoutineEvent,
    RoutineEventKind,
    RoutineRunner,
    RunnerView,
)
from .core.triage import Assessment, DaySitting, Level, Review, SymptomEntry, assess
from .insights_text import insights_response
from .notifications import Notifier
from .profile import ProfileConfig
from .routine_files import async_load_routines
from .sources import SourceWatcher
from .storage import async_load_or_recover, state_store
from .symptom_log import SymptomLog, TriageAlerts
from .texts import async_texts, common_text

_LOGGER = logging.getLogger(__name__)

PERIODIC_SAVE = timedelta(minutes=5)
EVENT_MOBILE_APP_ACTION = "mobile_app_notification_action"
TRIAGE_CHANGED = "triage_changed"
WEEKLY_SUMMARY = "weekly_summary"

type EventListener = Callable[[str, dict[str, Any]], None]

type HamstringCoachConfigEntry = ConfigEntry[HamstringCoachCoordinator]


class HamstringCoachCoordinator:
    """Feed one coach from Home Assistant and publish what it says."""

    def __init__(self, hass: HomeAssistant, entry: ConfigEntry) -> None:
        """Prepare the shell; ``async_start`` loads state and starts listening."""
        self.hass = hass
        self.entry = entry
        self.config = ProfileConfig.from_entry(entry)
        self.sources = SourceWatcher(hass, entry, self.config)
        self.coach = Coach(self.config.settings, dt_util.get_default_time_zone())
        self.store = state_store(hass, entry.entry_id)
        self.notifier = Notifier(hass, entry, self.config.notify_targets)
        self.announcer = Announcer(
            hass, entry, self.config.announce_tts, self.config.announce_media_player
        )
        self.view: CoachView = self.coach.view(dt_util.utcnow())
        self.runner = RoutineRunner({}, dt_util.get_default_time_zone())
        self.routine_view: RunnerView = IDLE_VIEW
        self.routines_this_week = 0
        self.routine_streak_days = 0
        self.symptoms = SymptomLog(
            hass, entry, timedelta(days=self.config.retention_days)
        )
        self.alerts = TriageAlerts(hass, entry, self.notifier, self._fire)
        self.assessment = Assessment(Level.SELF_CARE, (), (), ("desk_break",))
        self._next_day: datetime | None = None  # when the assessment's day ends
        self.insights: Insights | None = None
        self._last_summary: datetime | None = None
        self._summary_schedule: list[int | None] | None = None
        self.links_since: date | None = None
        self._shown: tuple[Any, ...] = ()
        self.selected_routine = DEFAULT_ROUTINE
        self._listeners: list[Callable[[], None]] = []
        self._event_listeners: list[EventListener] = []
        self._unsubscribe: list[CALLBACK_TYPE] = []
        self._cancel_timer: CALLBACK_TYPE | None = None
        self._timer_at: datetime | None = None
        self._last_save = dt_util.utcnow()
        self._cancel_save: CALLBACK_TYPE | None = None
        self._streak_running = False

    # -- lifecycle -----------------------------------------------------------------

    async def async_restore(self) -> None:
        """Load routines and the saved state (before the entities are added)."""
        self.runner.routines = await async_load_routines(self.hass, self.entry)
        await self._async_restore()
        now = dt_util.utcnow()
        await self.symptoms.async_load(now)
        self.assessment = self._assess(now)
        self.view = self.coach.view(now)
        self.routine_view = self.runner.view(now)
        self.routines_this_week = self.runner.completions_this_week(now)
        self.routine_streak_days = self.runner.streak_days(now)

    @callback
    def async_start(self) -> None:
        """Catch up with the sources and start listening (after the entities are added).

        Starting after the entities exist means a reminder that is already due at
        start-up reaches the event entity, not only the phones.
        """
        hass, sources = self.hass, self.sources
        now = dt_util.utcnow()
        self.coach.policy.schedule_on = sources.schedule_on()
        self.coach.policy.paused = sources.paused()
        sitting = sources.sitting(now)
        unchanged = sources.unchanged_since(
            self.coach.saved_at, sitting, self.coach.tracker.source
        )
        reminders = self.coach.resume(now, sitting, unchanged)
        routine_events = self.runner.resume_after_restart(now, self.coach.saved_at)
        self._unsubscribe += sources.async_listen(
            self._on_source_change, self._on_condition_change
        )
        self._unsubscribe.append(
            hass.bus.async_listen(EVENT_MOBILE_APP_ACTION, self._on_phone_action)
        )
        sources.check()
        self._unsubscribe.append(
            hass.bus.async_listen(EVENT_HOMEASSISTANT_STOP, self._on_stop)
        )
        self._reassess(now)
        self._catch_up_summary(now)
        self._publish(now, reminders, routine_events, save=True)

    def _catch_up_summary(self, now: datetime) -> None:
        """Send a weekly summary that was due while Home Assistant was down (once)."""
        config = self.config
        if config.summary_weekday is None:
            return
        due = previous_due(
            now, config.summary_weekday, config.summary_minutes, self.coach.zone
        )
        schedule = [config.summary_weekday, config.summary_minutes]
        if self._last_summary is None or self._summary_schedule != schedule:
            # a new profile, or a new (or re-enabled) schedule: start with the next one
            self._last_summary = due
        elif self._last_summary < due:
            self.async_send_summary(now)

    def _summary_due(self, now: datetime) -> datetime | None:
        """Return when the next weekly summary is due (after the last one sent)."""
        config = self.config
        if config.summary_weekday is None:
            return None
        return next_due(
            self._last_summary or now,
            config.summary_weekday,
            config.summary_minutes,
            self.coach.zone,
        )

    @callback
    def async_send_summary(self, now: datetime) -> None:
        """Send the weekly summary to the notify targets and fire weekly_summary."""
        self._last_summary = now
        insights = self._compute_insights(now)
        self._request_save(now)
        self.entry.async_create_background_task(
            self.hass, self._async_deliver_summary(insights), f"{DOMAIN} weekly summary"
        )

    async def _async_deliver_summary(self, insights: Insights) -> None:
        texts = await async_texts(self.hass)
        response = insights_response(insights, texts)
        title = common_text(texts, "summary_title", {"name": self.entry.title})
        self.notifier.async_send_text(title, " ".join(response["sentences"]))
        self._fire(WEEKLY_SUMMARY, response)

    def _compute_insights(self, now: datetime) -> Insights:
        days = {
            day: DayData(
                stats.sitting.total_seconds() / 3600,
                stats.breaks,
                stats.longest_streak.total_seconds() / 60,
            )
            for day, stats in self.coach.tracker.days.items()
        }
        self.insights = compute_insights(
            days,
            self.symptoms.entries,
            [c.ended for c in self.runner.completions if c.finished],
            now=now,
            zone=self.coach.zone,
            break_after_minutes=int(
                self.config.settings.break_after.total_seconds() // 60
            ),
            links_since=self.links_since,
        )
        self._update_suggestion(self.insights)
        return self.insights

    def _update_suggestion(self, insights: Insights) -> None:
        suggestion = insights.suggestion
        if suggestion is None:
            issues.clear_break_after_suggestion(self.hass, self.entry)
        else:
            issues.show_break_after_suggestion(
                self.hass, self.entry, suggestion.current, suggestion.proposed
            )

    async def async_shutdown(self) -> None:
        """Stop listening, cancel the timers and write the state file."""
        self._stop_listening()
        await self.store.async_save(self._data_to_save())
        await self.symptoms.async_flush()

    async def _async_restore(self) -> None:
        """Load the state file; an unusable one is reported and the profile starts afresh."""

        def apply(data: dict[str, Any]) -> None:
            self.coach.load(data)
            insights = data.get("insights", {})
            if (last := insights.get("last_summary")) is not None:
                self._last_summary = dt_util.parse_datetime(last)
            if (since := insights.get("links_since")) is not None:
                self.links_since = date.fromisoformat(since)
            self._summary_schedule = insights.get("schedule")
            if (routines := data.get("routines")) is not None:
                self.runner.load(routines)
                if (selected := routines.get("selected")) in self.runner.routines:
                    self.selected_routine = selected

        if not await async_load_or_recover(
            self.hass, self.entry, self.store, apply, "state"
        ):
            self.coach = Coach(self.config.settings, dt_util.get_default_time_zone())
            self.runner = RoutineRunner(self.runner.routines, self.coach.zone)

    # -- inputs --------------------------------------------------------------------

    @callback
    def _on_source_change(self, event: Event[Any]) -> None:
        now = dt_util.utcnow()
        sitting = self.sources.sitting(now)
        if sitting == self.coach.tracker.source:
            return
        self._publish(now, self.coach.source_changed(now, sitting), save=True)

    @callback
    def _on_condition_change(self, event: Event[EventStateChangedData]) -> None:
        schedule_on, paused = self.sources.schedule_on(), self.sources.paused()
        policy = self.coach.policy
        if (schedule_on, paused) == (policy.schedule_on, policy.paused):
            return  # an attribute changed, or unavailable -> off: nothing for us
        now = dt_util.utcnow()
        reminders = self.coach.set_schedule(now, schedule_on)
        reminders += self.coach.set_paused(now, paused)
        self._publish(now, reminders)

    @callback
    def _on_phone_action(self, event: Event[dict[str, Any]]) -> None:
        action = event.data.get("action")
        entry_id = self.entry.entry_id
        if action == f"{ACTION_SNOOZE_PREFIX}{entry_id}":
            self.async_snooze(timedelta(minutes=BUTTON_SNOOZE_MINUTES))
        elif action == f"{ACTION_UP_PREFIX}{entry_id}":
            now = dt_util.utcnow()
            self._publish(now, self.coach.acknowledge(now), save=True)
            self.notifier.async_clear()
        elif action == f"{ACTION_ROUTINE_PREFIX}{entry_id}":
            self.notifier.async_clear()
            try:
                self.async_start_routine(DEFAULT_ROUTINE)
            except ServiceValidationError:
                _LOGGER.info("No routine for %s: triage holds it", self.entry.title)

    @callback
    def _on_timer(self, now: datetime) -> None:
        self._cancel_timer = None
        now = dt_util.utcnow()
        save = now - self._last_save >= PERIODIC_SAVE
        if (due := self._summary_due(now)) is not None and now >= due:
            self.async_send_summary(now)
        routine_events = self.runner.tick(now)
        reminders = self.coach.tick(now)
        if (sitting := self.sources.sitting(now)) != self.coach.tracker.source:
            reminders += self.coach.source_changed(now, sitting)  # a hold ran out
        self._publish(now, reminders, routine_events, save=save)

    @callback
    def _on_stop(self, event: Event) -> None:
        """Home Assistant stops: stop reacting; the state is written at the final write."""
        self._stop_listening()
        self.store.async_delay_save(self._data_to_save)

    def _stop_listening(self) -> None:
        for unsubscribe in self._unsubscribe:
            unsubscribe()
        self._unsubscribe.clear()
        for cancel in (self._cancel_timer, self._cancel_save):
            if cancel is not None:
                cancel()
        self._cancel_timer = self._cancel_save = None
        self.notifier.async_shutdown()

    # -- actions (every door: button, service, phone, switch) ----------------------

    @callback
    def async_snooze(self, length: timedelta) -> None:
        """Hold reminders for ``length`` and clear a shown reminder."""
        now = dt_util.utcnow()
        self._publish(now, self.coach.snooze(now, length), save=True)
        self.notifier.async_clear()

    @callback
    def async_set_reminders_enabled(self, enabled: bool) -> None:
        """Switch reminders on or off."""
        now = dt_util.utcnow()
        self._publish(now, self.coach.set_enabled(now, enabled), save=True)
        if not enabled:
            self.notifier.async_clear()

    @callback
    def async_select_routine(self, routine_id: str) -> None:
        """Choose the routine that the start button runs; raises KeyError if unknown."""
        if routine_id not in self.runner.routines:
            raise KeyError(routine_id)
        self.selected_routine = routine_id
        self._publish(dt_util.utcnow(), [], save=True)

    @callback
    def async_start_routine(self, routine_id: str | None = None) -> None:
        """Start a routine (the selected one by default); raises KeyError if unknown.

        Every door comes here: while the symptoms call for help today or now, no
        routine starts (a translated error says why) until a review is logged; a
        routine the symptoms hold back (dynamic mobility, nerve glides) does not start.
        """
        routine_id = routine_id or self.selected_routine
        if not self.assessment.may_start(routine_id):
            raise ServiceValidationError(
                translation_domain=DOMAIN,
                translation_key="routine_held_by_triage"
                if not self.assessment.routines_allowed
                else "routine_held_back",
                translation_placeholders={
                    "name": self.entry.title,
                    "routine": routine_id,
                },
            )
        now = dt_util.utcnow()
        events = self.runner.start(now, routine_id)
        self._publish(now, [], events, save=True)

    @callback
    def async_next_step(self) -> None:
        """Go to the next step; raises LookupError when no routine runs."""
        now = dt_util.utcnow()
        self._publish(now, [], self.runner.next(now), save=True)

    @callback
    def async_pause_routine(self) -> None:
        """Pause the running routine; raises LookupError when no routine runs."""
        now = dt_util.utcnow()
        self.runner.pause(now)
        self._publish(now, [], save=True)

    @callback
    def async_resume_routine(self) -> None:
        """Resume a paused routine; raises LookupError when no routine runs."""
        now = dt_util.utcnow()
        self.runner.resume(now)
        self._publish(now, [], save=True)

    @callback
    def async_stop_routine(self) -> None:
        """Stop the running routine; raises LookupError when no routine runs."""
        now = dt_util.utcnow()
        self._publish(now, [], self.runner.stop(now), save=True)

    @callback
    def async_log_symptoms(self, entry: SymptomEntry) -> Assessment:
        """Add a symptom entry and return the new assessment."""
        now = dt_util.utcnow()
        self.symptoms.add(entry, now)
        self._reassess(now)
        return self.assessment

    @callback
    def async_get_insights(self) -> Insights:
        """Return the insights as of now."""
        return self._compute_insights(dt_util.utcnow())

    @callback
    def async_log_review(self, review: Review) -> Assessment:
        """Log a professional review and return the new assessment."""
        self.symptoms.add_review(review, dt_util.utcnow())
        self._reassess(dt_util.utcnow())
        return self.assessment

    async def async_delete_history(self) -> None:
        """Erase the symptom log and reviews (the user's right to forget)."""
        await self.symptoms.async_erase()
        self._reassess(dt_util.utcnow())

    def report(self, days: int) -> dict[str, Any]:
        """Return per-day sitting, breaks, routines and symptoms for the last ``days``."""
        now = dt_util.utcnow()
        zone = self.coach.zone
        today = now.astimezone(zone).date()
        completions = [c for c in self.runner.completions if c.finished]
        out = []
        for offset in range(days - 1, -1, -1):
            day = today - timedelta(days=offset)
            stats = self.coach.tracker.days.get(day)
            out.append(
                {
                    "date": day.isoformat(),
                    "sitting_minutes": 0
                    if stats is None
                    else whole_minutes(stats.sitting),
                    "longest_streak_minutes": (
                        0 if stats is None else whole_minutes(stats.longest_streak)
                    ),
                    "breaks": 0 if stats is None else stats.breaks,
                    "routines_completed": sum(
                        1 for c in completions if c.ended.astimezone(zone).date() == day
                    ),
                    "symptom_entries": [
                        e.to_dict() for e in self.symptoms.entries_on(day, zone)
                    ],
                }
            )
        return {
            "days": out,
            "professional_reviews": [
                review.at.isoformat() for review in self.symptoms.reviews
            ],
        }

    def _assess(self, now: datetime) -> Assessment:
        days = {
            day: DaySitting(
                stats.sitting.total_seconds() / 3600,
                stats.longest_streak.total_seconds() / 60,
            )
            for day, stats in self.coach.tracker.days.items()
        }
        return assess(
            self.symptoms.entries,
            [c.ended for c in self.runner.completions if c.finished],
            days,
            now=now,
            zone=self.coach.zone,
            break_after_minutes=self.config.settings.break_after.total_seconds() / 60,
            reviewed_at=self.symptoms.reviewed_at,
            country=self.hass.config.country,
        )

    @callback
    def _reassess(self, now: datetime) -> None:
        """Assess again; tell the entities, the event entity and the alerts."""
        self._next_day = next_midnight(now, self.coach.zone)
        self._compute_insights(now)
        previous, self.assessment = self.assessment, self._assess(now)
        if previous.level is not self.assessment.level:
            self._fire(
                TRIAGE_CHANGED,
                {
                    "level": self.assessment.level.value,
                    "previous_level": previous.level.value,
                    "reasons": [r.code for r in self.assessment.reasons],
                    "likely_drivers": [d.value for d in self.assessment.likely_drivers],
                    "recommended_routines": list(self.assessment.recommended_routines),
                },
            )
        for update in list(self._listeners):
            update()
        self.alerts.async_update(self.assessment, self.symptoms)
        self.notifier.offer_routine = self.assessment.routines_allowed
        running = self.runner.current
        if running is not None and not self.assessment.may_start(running.id):
            # the coach never leads exercise while help is needed today or now, nor a
            # routine the symptoms hold back
            self._publish(now, [], self.runner.stop(now, reason="triage"), save=True)

    # -- outputs -------------------------------------------------------------------

    @callback
    def async_add_listener(self, update: Callable[[], None]) -> CALLBACK_TYPE:
        """Call ``update`` whenever the view may have changed."""
        self._listeners.append(update)
        return lambda: self._listeners.remove(update)

    @callback
    def async_add_event_listener(self, deliver: EventListener) -> CALLBACK_TYPE:
        """Call ``deliver(event_type, attributes)`` for every coach event."""
        self._event_listeners.append(deliver)
        return lambda: self._event_listeners.remove(deliver)

    @callback
    def _publish(
        self,
        now: datetime,
        reminders: list[Reminder],
        routine_events: list[RoutineEvent] | None = None,
        save: bool = False,
    ) -> None:
        """Apply what the core said: entities, events, notifications, timer, storage.

        This runs on every source change, so it only compares what changed: the
        entities are told only when a view differs from the one they were last told.
        """
        new_day = self._next_day is not None and now >= self._next_day
        for event in routine_events or []:
            if event.kind is RoutineEventKind.COMPLETED:
                started = self.runner.completions[-1].started
                reminders = reminders + self.coach.routine_finished(now, started)
                new_day = True
        self.view = self.coach.view(now)
        if (
            routine_events
            or new_day
            or self.runner.current
            or self.routine_view.routine
        ):
            self.routine_view = self.runner.view(now)
            self.routines_this_week = self.runner.completions_this_week(now)
            self.routine_streak_days = self.runner.streak_days(now)
        streak_running = self.coach.tracker.streak_running
        if self._streak_running and not streak_running:
            self.notifier.async_clear()  # up: no reminder or posture check stays shown
            save = True
        self._streak_running = streak_running
        shown = (
            self.view,
            self.routine_view,
            self.routines_this_week,
            self.routine_streak_days,
            self.selected_routine,
        )
        if shown != self._shown:
            self._shown = shown
            for update in list(self._listeners):
                update()
        for event in routine_events or []:
            self._fire(event.kind.value, event.data)
            self.announcer.async_announce(event)
        for reminder in reminders:
            attributes: dict[str, Any] = {
                "streak_minutes": whole_minutes(reminder.streak)
            }
            if reminder.kind is ReminderKind.BREAK_DUE:
                attributes["reminder_number"] = reminder.repeat + 1
            self._fire(reminder.kind.value, attributes)
            if reminder.kind is not ReminderKind.BREAK_TAKEN:
                self.notifier.async_send(reminder)
        if save or reminders or routine_events:
            self._request_save(now)
        if new_day:
            self._reassess(now)
        when = self.coach.next_instant(now)
        if (routine_end := self.runner.next_instant()) is not None:
            when = min(when, routine_end)
        if (summary := self._summary_due(now)) is not None and summary > now:
            when = min(when, summary)
        if (expiry := self.sources.next_expiry(now)) is not None:
            when = min(when, expiry)
        self._schedule(when)

    def _fire(self, event_type: str, attributes: dict[str, Any]) -> None:
        for deliver in list(self._event_listeners):
            deliver(event_type, attributes)

    def _request_save(self, now: datetime) -> None:
        """Write the state within ``SAVE_DELAY`` seconds; requests in between coalesce.

        The delay is not pushed back by later requests, so a flapping source cannot keep
        the file from being written.
        """
        self._last_save = now
        if self._cancel_save is None and not self.hass.is_stopping:
            self._cancel_save = async_call_later(self.hass, SAVE_DELAY, self._save_now)

    @callback
    def _save_now(self, _now: datetime) -> None:
        self._cancel_save = None
        self.store.async_delay_save(self._data_to_save)

    def _schedule(self, when: datetime) -> None:
        """Keep one timer, for the next instant that matters."""
        if self._cancel_timer is not None:
            if when == self._timer_at:
                return
            self._cancel_timer()
        self._timer_at = when
        if self.hass.is_stopping:
            self._cancel_timer = None
            return
        self._cancel_timer = async_track_point_in_utc_time(
            self.hass, self._on_timer, when
        )

    def _data_to_save(self) -> dict[str, Any]:
        data = self.coach.to_dict(dt_util.utcnow())
        data["routines"] = {**self.runner.to_dict(), "selected": self.selected_routine}
        data["insights"] = {
            "last_summary": None
            if self._last_summary is None
            else self._last_summary.isoformat(),
            "links_since": None
            if self.links_since is None
            else self.links_since.isoformat(),
            "schedule": [self.config.summary_weekday, self.config.summary_minutes],
        }
        return data
