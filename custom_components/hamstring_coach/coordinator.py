"""The Home Assistant shell around the coach: listeners, one timer, storage, delivery."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
import functools
import logging
from pathlib import Path
import time
from typing import Any

from homeassistant.config_entries import ConfigEntry
from homeassistant.const import EVENT_HOMEASSISTANT_STOP, STATE_ON
from homeassistant.core import (
    CALLBACK_TYPE,
    Event,
    EventStateChangedData,
    HomeAssistant,
    callback,
)
from homeassistant.exceptions import ServiceValidationError
from homeassistant.helpers import entity_registry as er, issue_registry as ir
from homeassistant.helpers.event import (
    async_call_later,
    async_track_entity_registry_updated_event,
    async_track_point_in_utc_time,
    async_track_state_change_event,
    async_track_state_report_event,
)
from homeassistant.util import dt as dt_util
from homeassistant.util.hass_dict import HassKey

from .announce import Announcer
from .const import (
    ACTION_ROUTINE_PREFIX,
    ACTION_SNOOZE_PREFIX,
    ACTION_UP_PREFIX,
    BUTTON_SNOOZE_MINUTES,
    CONF_ACTIVE_SCHEDULE,
    CONF_ANNOUNCE_MEDIA_PLAYER,
    CONF_ANNOUNCE_TTS,
    CONF_BREAK_AFTER,
    CONF_COMBINE,
    CONF_HOLD_MINUTES,
    CONF_MIN_BREAK,
    CONF_NOTIFY_TARGETS,
    CONF_PAUSE_WHILE,
    CONF_POSTURE_CHECK_EVERY,
    CONF_REMINDER_REPEAT,
    CONF_RETENTION_DAYS,
    CONF_SITTING_ENTITIES,
    CONF_SITTING_STATES,
    CONF_WEEKLY_SUMMARY_DAY,
    CONF_WEEKLY_SUMMARY_TIME,
    DEFAULT_BREAK_AFTER,
    DEFAULT_MIN_BREAK,
    DEFAULT_POSTURE_CHECK_EVERY,
    DEFAULT_REMINDER_REPEAT,
    DEFAULT_RETENTION_DAYS,
    DEFAULT_ROUTINE,
    DEFAULT_SUMMARY_DAY,
    DEFAULT_SUMMARY_TIME,
    DOMAIN,
    SAVE_DELAY,
    SUMMARY_OFF,
    USER_ROUTINES_FILE,
    WEEKDAYS,
)
from .core.clock import next_midnight
from .core.coach import Coach, CoachSettings, CoachView, whole_minutes
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
    Routine,
    RoutineError,
    RoutineEvent,
    RoutineEventKind,
    RoutineRunner,
    RunnerView,
    load_routine_files,
    merge_routines,
    parse_routines,
)
from .core.sources import Combine, Observation, SourceRule, combine, next_expiry
from .core.triage import Assessment, DaySitting, Level, Review, SymptomEntry, assess
from .insights_text import insights_response
from .notifications import Notifier
from .storage import async_load_or_recover, state_store
from .symptom_log import SymptomLog, TriageAlerts, async_texts, common_text

_LOGGER = logging.getLogger(__name__)

PERIODIC_SAVE = timedelta(minutes=5)
EVENT_MOBILE_APP_ACTION = "mobile_app_notification_action"
TRIAGE_CHANGED = "triage_changed"
WEEKLY_SUMMARY = "weekly_summary"
BUILTIN_ROUTINES_DIR = Path(__file__).parent / "routines"

type EventListener = Callable[[str, dict[str, Any]], None]

type HamstringCoachConfigEntry = ConfigEntry[HamstringCoachCoordinator]


@dataclass(frozen=True, slots=True)
class ProfileConfig:
    """Everything the user configured for one profile, read from the config entry."""

    sitting_entities: list[str]
    source_rules: list[SourceRule]
    combine: Combine
    settings: CoachSettings
    active_schedule: str | None
    pause_while: list[str]
    notify_targets: list[str]
    announce_tts: str | None = None
    announce_media_player: str | None = None
    retention_days: int = DEFAULT_RETENTION_DAYS
    summary_weekday: int | None = WEEKDAYS.index(DEFAULT_SUMMARY_DAY)
    summary_minutes: int = 18 * 60

    @classmethod
    def from_entry(cls, entry: ConfigEntry) -> ProfileConfig:
        """Read the entry's data (sources) and options (everything else)."""
        options = entry.options
        return cls(
            sitting_entities=list(entry.data[CONF_SITTING_ENTITIES]),
            source_rules=[
                SourceRule(
                    entity_id,
                    frozenset(
                        entry.data.get(CONF_SITTING_STATES, {}).get(entity_id, ["on"])
                    ),
                    None
                    if (hold := entry.data.get(CONF_HOLD_MINUTES, {}).get(entity_id))
                    is None
                    else timedelta(minutes=hold),
                )
                for entity_id in entry.data[CONF_SITTING_ENTITIES]
            ],
            combine=Combine(entry.data.get(CONF_COMBINE, Combine.ANY.value)),
            settings=CoachSettings(
                break_after=timedelta(
                    minutes=options.get(CONF_BREAK_AFTER, DEFAULT_BREAK_AFTER)
                ),
                min_break=timedelta(
                    seconds=options.get(CONF_MIN_BREAK, DEFAULT_MIN_BREAK)
                ),
                reminder_repeat=timedelta(
                    minutes=options.get(CONF_REMINDER_REPEAT, DEFAULT_REMINDER_REPEAT)
                ),
                posture_check_every=timedelta(
                    minutes=options.get(
                        CONF_POSTURE_CHECK_EVERY, DEFAULT_POSTURE_CHECK_EVERY
                    )
                ),
            ),
            active_schedule=options.get(CONF_ACTIVE_SCHEDULE) or None,
            pause_while=list(options.get(CONF_PAUSE_WHILE, [])),
            notify_targets=list(options.get(CONF_NOTIFY_TARGETS, [])),
            announce_tts=options.get(CONF_ANNOUNCE_TTS) or None,
            announce_media_player=options.get(CONF_ANNOUNCE_MEDIA_PLAYER) or None,
            retention_days=int(
                options.get(CONF_RETENTION_DAYS, DEFAULT_RETENTION_DAYS)
            ),
            summary_weekday=_weekday_of(
                options.get(CONF_WEEKLY_SUMMARY_DAY, DEFAULT_SUMMARY_DAY)
            ),
            summary_minutes=_minutes_of(
                options.get(CONF_WEEKLY_SUMMARY_TIME, DEFAULT_SUMMARY_TIME)
            ),
        )


def _minutes_of(clock: str) -> int:
    """Return minutes after midnight of "HH:MM[:SS]"."""
    hours, minutes, *_ = (int(part) for part in clock.split(":"))
    return hours * 60 + minutes


def _weekday_of(day: str) -> int | None:
    """Return 0 (Monday) to 6 (Sunday), or None when the summary is off."""
    return None if day == SUMMARY_OFF else WEEKDAYS.index(day)


def observe(
    hass: HomeAssistant, entity_ids: list[str]
) -> dict[str, Observation | None]:
    """Return each source's state and when it last reported."""
    observations: dict[str, Observation | None] = {}
    for entity_id in entity_ids:
        state = hass.states.get(entity_id)
        observations[entity_id] = (
            None
            if state is None
            else Observation(
                state.state, getattr(state, "last_reported", state.last_updated)
            )
        )
    return observations


class HamstringCoachCoordinator:
    """Feed one coach from Home Assistant and publish what it says."""

    def __init__(self, hass: HomeAssistant, entry: ConfigEntry) -> None:
        """Prepare the shell; ``async_start`` loads state and starts listening."""
        self.hass = hass
        self.entry = entry
        self.config = ProfileConfig.from_entry(entry)
        self.coach = Coach(self.config.settings, dt_util.get_default_time_zone())
        self.store = state_store(hass, entry.entry_id)
        self.notifier = Notifier(hass, entry, self.config.notify_targets)
        self.announcer = Announcer(
            hass, self.config.announce_tts, self.config.announce_media_player
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
        self.runner.routines = await self._async_load_routines()
        await self._async_restore()
        now = dt_util.utcnow()
        await self.symptoms.async_load(now)
        self.assessment = self._assess(now)
        self.view = self.coach.view(now)
        self.routine_view = self.runner.view(now)
        self.routines_this_week = self.runner.completions_this_week(now)
        self.routine_streak_days = self.runner.streak_days(now)

    async def _async_load_routines(self) -> dict[str, Routine]:
        """Built-in routines plus the user's file; a broken file is reported, not fatal."""
        path = Path(self.hass.config.path(USER_ROUTINES_FILE))
        issue_id = f"routines_file_{self.entry.entry_id}"
        builtin, text = await _async_routine_sources(self.hass, path)
        try:
            if isinstance(text, OSError | UnicodeDecodeError):
                raise text
            routines = merge_routines(builtin, parse_routines(text))
        except (RoutineError, OSError, UnicodeDecodeError) as err:
            line = getattr(err, "line", None)
            problem = getattr(err, "problem", None) or str(err)
            _LOGGER.error("Ignoring %s: %s", path, err)
            ir.async_create_issue(
                self.hass,
                DOMAIN,
                issue_id,
                is_fixable=False,
                severity=ir.IssueSeverity.WARNING,
                translation_key="routines_file_invalid",
                translation_placeholders={
                    "path": str(path),
                    "line": "?" if line is None else str(line),
                    "problem": problem,
                },
                learn_more_url=None,
            )
            return merge_routines(builtin, [])
        ir.async_delete_issue(self.hass, DOMAIN, issue_id)
        return routines

    @callback
    def async_start(self) -> None:
        """Catch up with the sources and start listening (after the entities are added).

        Starting after the entities exist means a reminder that is already due at
        start-up reaches the event entity, not only the phones.
        """
        hass, config = self.hass, self.config
        now = dt_util.utcnow()
        self.coach.policy.schedule_on = self._schedule_on()
        self.coach.policy.paused = self._paused()
        sitting = self._sitting(now)
        reminders = self.coach.resume(
            now, sitting, self._sources_unchanged_since_save(sitting)
        )
        routine_events = self.runner.resume_after_restart(now, self.coach.saved_at)
        self._unsubscribe.append(
            async_track_state_change_event(
                hass, config.sitting_entities, self._on_source_change
            )
        )
        watched = [e for e in [config.active_schedule, *config.pause_while] if e]
        if watched:
            self._unsubscribe.append(
                async_track_state_change_event(hass, watched, self._on_condition_change)
            )
        self._unsubscribe.append(
            hass.bus.async_listen(EVENT_MOBILE_APP_ACTION, self._on_phone_action)
        )
        held = [rule.entity_id for rule in config.source_rules if rule.hold is not None]
        if held:  # a fresh report of the same state renews a hold
            self._unsubscribe.append(
                async_track_state_report_event(hass, held, self._on_source_change)
            )
        self._unsubscribe.append(
            async_track_entity_registry_updated_event(
                hass, config.sitting_entities, self._on_source_registry_change
            )
        )
        self._check_sources()
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
        issue_id = f"suggestion_{self.entry.entry_id}"
        suggestion = insights.suggestion
        if suggestion is None:
            ir.async_delete_issue(self.hass, DOMAIN, issue_id)
            return
        ir.async_create_issue(
            self.hass,
            DOMAIN,
            issue_id,
            is_fixable=True,
            is_persistent=False,
            severity=ir.IssueSeverity.WARNING,
            translation_key="suggest_break_after",
            translation_placeholders={
                "name": self.entry.title,
                "current": str(suggestion.current),
                "proposed": str(suggestion.proposed),
            },
            data={"entry_id": self.entry.entry_id, "proposed": suggestion.proposed},
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

    def _sources_unchanged_since_save(self, sitting: bool | None) -> bool:
        """Return True when no source changed since the state was saved."""
        saved_at = self.coach.saved_at
        if saved_at is None or sitting is None or sitting != self.coach.tracker.source:
            return False
        for entity_id in self.config.sitting_entities:
            state = self.hass.states.get(entity_id)
            if state is not None and state.last_changed > saved_at:
                return False
        return True

    # -- inputs --------------------------------------------------------------------

    @callback
    def _on_source_change(self, event: Event[Any]) -> None:
        now = dt_util.utcnow()
        sitting = self._sitting(now)
        if sitting == self.coach.tracker.source:
            return
        self._publish(now, self.coach.source_changed(now, sitting), save=True)

    @callback
    def _on_source_registry_change(
        self, event: Event[er.EventEntityRegistryUpdatedData]
    ) -> None:
        """A sitting source was removed or renamed: tell the user how to fix it."""
        if event.data["action"] == "remove":
            self._report_missing_source(event.data["entity_id"])
        elif event.data["action"] == "update" and "old_entity_id" in event.data:
            self._report_missing_source(event.data["old_entity_id"])

    def _sitting(self, now: datetime) -> bool | None:
        """Return what the sources say together (states, holds, any/all)."""
        config = self.config
        return combine(
            config.source_rules,
            observe(self.hass, config.sitting_entities),
            now,
            config.combine,
        )

    def _check_sources(self) -> None:
        """Report a source that neither has a state nor is registered; clear otherwise."""
        registry = er.async_get(self.hass)
        for entity_id in self.config.sitting_entities:
            if self.hass.states.get(
                entity_id
            ) is None and not registry.async_is_registered(entity_id):
                self._report_missing_source(entity_id)
                return
        ir.async_delete_issue(
            self.hass, DOMAIN, f"source_missing_{self.entry.entry_id}"
        )

    def _report_missing_source(self, entity_id: str) -> None:
        ir.async_create_issue(
            self.hass,
            DOMAIN,
            f"source_missing_{self.entry.entry_id}",
            is_fixable=False,
            severity=ir.IssueSeverity.WARNING,
            translation_key="source_missing",
            translation_placeholders={"name": self.entry.title, "entity_id": entity_id},
        )

    @callback
    def _on_condition_change(self, event: Event[EventStateChangedData]) -> None:
        schedule_on, paused = self._schedule_on(), self._paused()
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
        if (sitting := self._sitting(now)) != self.coach.tracker.source:
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

    def _schedule_on(self) -> bool:
        schedule = self.config.active_schedule
        if schedule is None:
            return True
        state = self.hass.states.get(schedule)
        return state is not None and state.state == STATE_ON

    def _paused(self) -> bool:
        return any(
            (state := self.hass.states.get(entity_id)) is not None
            and state.state == STATE_ON
            for entity_id in self.config.pause_while
        )

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
        if any(rule.hold is not None for rule in self.config.source_rules):
            observations = observe(self.hass, self.config.sitting_entities)
            if (
                expiry := next_expiry(self.config.source_rules, observations, now)
            ) is not None:
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


ROUTINE_FILE_FRESH = 30.0  # seconds a read of the routines file serves other profiles


@dataclass(slots=True)
class _RoutineFileRead:
    at: float
    sources: tuple[list[Routine], str | OSError | UnicodeDecodeError]


DATA_ROUTINE_FILE: HassKey[dict[Path, _RoutineFileRead]] = HassKey(
    f"{DOMAIN}_routine_file"
)


async def _async_routine_sources(
    hass: HomeAssistant, path: Path
) -> tuple[list[Routine], str | OSError | UnicodeDecodeError]:
    """Return the built-ins and the user's file.

    Profiles set up together (at start-up) share one read; a read older than
    ``ROUTINE_FILE_FRESH`` seconds, or one before an entry was unloaded (a reload), is
    done again, so reloading an entry picks up an edited file.
    """
    reads = hass.data.setdefault(DATA_ROUTINE_FILE, {})
    read = reads.get(path)
    if read is None or time.monotonic() - read.at > ROUTINE_FILE_FRESH:
        read = reads[path] = _RoutineFileRead(
            time.monotonic(), await hass.async_add_executor_job(_read_routines, path)
        )
    return read.sources


@callback
def forget_routine_file(hass: HomeAssistant) -> None:
    """Make the next set-up read the routines file again (an entry is unloading)."""
    hass.data.pop(DATA_ROUTINE_FILE, None)


@functools.cache
def builtin_routines() -> list[Routine]:
    """Read the built-in routines once (they ship with the integration)."""
    return load_routine_files(BUILTIN_ROUTINES_DIR.glob("*.yaml"))


def _read_routines(
    path: Path,
) -> tuple[list[Routine], str | OSError | UnicodeDecodeError]:
    """Return the built-in routines and the user's file (or why it cannot be read)."""
    try:
        text: str | OSError | UnicodeDecodeError = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        text = ""
    except (OSError, UnicodeDecodeError) as err:
        text = err
    return builtin_routines(), text
