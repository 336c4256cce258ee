"""One profile's coach as a whole: what the Home Assistant shell drives.

The engine owns the sitting coach (tracker and reminders), the routine runner, the
selected routine and the weekly-summary state, and holds the rules that join them:
a finished routine counts as a break, a summary is due once a week and caught up once
after downtime, the report and the inputs of triage and insights come from its days.
Every command takes ``now`` and returns an ``Outcome``: what to deliver, whether to
save. Nothing here imports Home Assistant.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, tzinfo
from typing import Any

from .clock import as_utc, local_day
from .coach import Coach, CoachSettings, CoachView, whole_minutes
from .insights import DayData, next_due, previous_due
from .reminders import Reminder
from .routines import Routine, RoutineEvent, RoutineEventKind, RoutineRunner, RunnerView
from .triage import DaySitting


@dataclass(frozen=True, slots=True)
class Outcome:
    """What a command asks of the shell."""

    reminders: tuple[Reminder, ...] = ()
    routine_events: tuple[RoutineEvent, ...] = ()
    save: bool = False
    summary_due: bool = False  # the weekly summary is due now: send it
    new_day: bool = False  # the days' figures moved on (a routine finished)
    clear: bool = False  # take a shown reminder off the phones

    def __add__(self, other: Outcome) -> Outcome:
        """Return both outcomes as one."""
        return Outcome(
            self.reminders + other.reminders,
            self.routine_events + other.routine_events,
            self.save or other.save,
            self.summary_due or other.summary_due,
            self.new_day or other.new_day,
            self.clear or other.clear,
        )


NOTHING = Outcome()


@dataclass(frozen=True, slots=True)
class SummarySchedule:
    """When the weekly summary goes out: a weekday (0 = Monday; None = off) and time."""

    weekday: int | None
    minutes: int  # after local midnight

    def as_list(self) -> list[int | None]:
        """Return the schedule as it is stored."""
        return [self.weekday, self.minutes]


@dataclass(frozen=True, slots=True)
class RoutineSnapshot:
    """The routine part of what the entities show."""

    view: RunnerView
    this_week: int
    streak_days: int


@dataclass(slots=True)
class Engine:
    """The coach, the routines and the summary of one profile."""

    settings: CoachSettings
    zone: tzinfo
    summary: SummarySchedule
    default_routine: str
    coach: Coach = field(init=False)
    runner: RoutineRunner = field(init=False)
    selected_routine: str = field(init=False)
    last_summary: datetime | None = None
    saved_schedule: list[int | None] | None = None
    links_since: date | None = None

    def __post_init__(self) -> None:
        """Start afresh: nothing tracked, no routine run."""
        self.coach = Coach(self.settings, self.zone)
        self.runner = RoutineRunner({}, self.zone)
        self.selected_routine = self.default_routine

    # -- inputs ----------------------------------------------------------------------

    def resume(
        self,
        now: datetime,
        sitting: bool | None,
        *,
        unchanged: bool,
        schedule_on: bool,
        paused: bool,
        standing: bool = False,
    ) -> Outcome:
        """Catch up at start-up: sitting, a routine left running, a missed summary."""
        policy = self.coach.policy
        policy.schedule_on, policy.paused = schedule_on, paused
        reminders = self.coach.resume(now, sitting, unchanged, standing)
        events = self.runner.resume_after_restart(now, self.coach.saved_at)
        outcome = self._with_routines(now, reminders, events, save=True)
        if caught_up := self._catch_up_summary(now):
            self.last_summary = now  # the shell sends it
        return outcome + Outcome(summary_due=caught_up)

    def _changed(self, sitting: bool | None, standing: bool) -> bool:
        coach = self.coach
        return (sitting, standing) != (coach.tracker.source, coach.stand.standing_input)

    def observe(
        self, now: datetime, sitting: bool | None, standing: bool = False
    ) -> Outcome:
        """The sources say ``sitting`` (True, False, None for unknown) and ``standing``."""
        if not self._changed(sitting, standing):
            return NOTHING
        reminders = self.coach.source_changed(now, sitting, standing)
        return Outcome(tuple(reminders), save=True)

    def tick(
        self, now: datetime, sitting: bool | None, standing: bool = False
    ) -> Outcome:
        """The timer fired: steps, reminders, a hold that ran out, the summary."""
        due = self.summary_due_at(now)
        events = self.runner.tick(now)
        reminders = self.coach.tick(now)
        if self._changed(sitting, standing):  # a hold ran out
            reminders += self.coach.source_changed(now, sitting, standing)
        outcome = self._with_routines(now, reminders, events)
        if summary_due := due is not None and now >= due:
            self.last_summary = now  # the shell sends it
        return outcome + Outcome(summary_due=summary_due, save=summary_due)

    def set_conditions(
        self, now: datetime, schedule_on: bool, paused: bool
    ) -> Outcome | None:
        """The schedule or a pause entity changed; None when nothing did for us."""
        policy = self.coach.policy
        if (schedule_on, paused) == (policy.schedule_on, policy.paused):
            return None
        reminders = self.coach.set_schedule(now, schedule_on)
        reminders += self.coach.set_paused(now, paused)
        return Outcome(tuple(reminders))

    # -- commands --------------------------------------------------------------------

    def snooze(self, now: datetime, length: timedelta) -> Outcome:
        """Hold reminders for ``length`` (a shown reminder goes)."""
        return Outcome(tuple(self.coach.snooze(now, length)), save=True, clear=True)

    def set_enabled(self, now: datetime, enabled: bool) -> Outcome:
        """Switch reminders on or off (off: a shown reminder goes)."""
        reminders = tuple(self.coach.set_enabled(now, enabled))
        return Outcome(reminders, save=True, clear=not enabled)

    def acknowledge(self, now: datetime) -> Outcome:
        """The person says they are getting up (the reminder goes)."""
        return Outcome(tuple(self.coach.acknowledge(now)), save=True, clear=True)

    def select_routine(self, routine_id: str) -> Outcome:
        """Choose the routine the start button runs; raises KeyError if unknown."""
        if routine_id not in self.runner.routines:
            raise KeyError(routine_id)
        self.selected_routine = routine_id
        return Outcome(save=True)

    def start_routine(self, now: datetime, routine_id: str) -> Outcome:
        """Start ``routine_id``; raises KeyError if unknown."""
        return self._with_routines(now, [], self.runner.start(now, routine_id))

    def next_step(self, now: datetime) -> Outcome:
        """Go to the next step; raises LookupError when no routine runs."""
        return self._with_routines(now, [], self.runner.next(now))

    def pause_routine(self, now: datetime) -> Outcome:
        """Pause the running routine; raises LookupError when no routine runs."""
        self.runner.pause(now)
        return Outcome(save=True)

    def resume_routine(self, now: datetime) -> Outcome:
        """Resume a paused routine; raises LookupError when no routine runs."""
        self.runner.resume(now)
        return Outcome(save=True)

    def stop_routine(self, now: datetime, reason: str = "user") -> Outcome:
        """Stop the running routine; raises LookupError when no routine runs."""
        return self._with_routines(now, [], self.runner.stop(now, reason=reason))

    def _with_routines(
        self,
        now: datetime,
        reminders: list[Reminder],
        events: list[RoutineEvent],
        *,
        save: bool = False,
    ) -> Outcome:
        """Apply "a finished routine counts as a break" and wrap up the outcome."""
        new_day = False
        for event in events:
            if event.kind is RoutineEventKind.COMPLETED:
                started = self.runner.completions[-1].started
                reminders = reminders + self.coach.routine_finished(now, started)
                new_day = True
        return Outcome(
            tuple(reminders),
            tuple(events),
            save=save or bool(events) or bool(reminders),
            new_day=new_day,
        )

    # -- the weekly summary ----------------------------------------------------------

    def _catch_up_summary(self, now: datetime) -> bool:
        """Return True when a summary was due while Home Assistant was down (once)."""
        summary = self.summary
        if summary.weekday is None:
            return False
        due = previous_due(now, summary.weekday, summary.minutes, self.zone)
        if self.last_summary is None or self.saved_schedule != summary.as_list():
            # a new profile, or a new (or re-enabled) schedule: start with the next one
            self.last_summary = due
            return False
        return self.last_summary < due

    def summary_due_at(self, now: datetime) -> datetime | None:
        """Return when the next weekly summary is due (after the last one sent)."""
        summary = self.summary
        if summary.weekday is None:
            return None
        return next_due(
            self.last_summary or now, summary.weekday, summary.minutes, self.zone
        )

    # -- outputs ---------------------------------------------------------------------

    def next_instant(self, now: datetime) -> datetime:
        """Return the next instant that matters to the coach, the routine or summary."""
        when = self.coach.next_instant(now)
        if (routine_end := self.runner.next_instant()) is not None:
            when = min(when, routine_end)
        if (summary := self.summary_due_at(now)) is not None and summary > now:
            when = min(when, summary)
        return when

    def view(self, now: datetime) -> CoachView:
        """Return what the sitting entities show."""
        return self.coach.view(now)

    def routines(self, now: datetime) -> RoutineSnapshot:
        """Return what the routine entities show."""
        return RoutineSnapshot(
            self.runner.view(now),
            self.runner.completions_this_week(now),
            self.runner.streak_days(now),
        )

    def finished_routines(self) -> list[datetime]:
        """Return when each finished routine ended."""
        return [c.ended for c in self.runner.completions if c.finished]

    def days_for_triage(self) -> dict[date, DaySitting]:
        """Return the tracked days as the triage weighs them."""
        return {
            day: DaySitting(
                stats.sitting.total_seconds() / 3600,
                stats.longest_streak.total_seconds() / 60,
            )
            for day, stats in self.coach.tracker.days.items()
        }

    def days_for_insights(self) -> dict[date, DayData]:
        """Return the tracked days as the insights weigh them."""
        return {
            day: DayData(
                stats.sitting.total_seconds() / 3600,
                stats.breaks,
                stats.longest_streak.total_seconds() / 60,
            )
            for day, stats in self.coach.tracker.days.items()
        }

    def report(
        self,
        now: datetime,
        days: int,
        entries_on: Callable[[date], Iterable[dict[str, Any]]],
    ) -> list[dict[str, Any]]:
        """Return sitting, breaks, routines and symptom entries for the last ``days``."""
        today = local_day(as_utc(now), self.zone)
        completions = [c for c in self.runner.completions if c.finished]
        stand = self.coach.stand
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
                    "standing_minutes": whole_minutes(stand.standing_on(day)),
                    "stand_hours": stand.hours_on(day),
                    "breaks": 0 if stats is None else stats.breaks,
                    "reminders": 0 if stats is None else stats.reminders,
                    "reminders_snoozed": 0 if stats is None else stats.snoozed,
                    "breaks_after_reminder": 0 if stats is None else stats.answered,
                    "routines_completed": sum(
                        1 for c in completions if local_day(c.ended, self.zone) == day
                    ),
                    "symptom_entries": list(entries_on(day)),
                }
            )
        return out

    # -- persistence -----------------------------------------------------------------

    def to_dict(self, now: datetime) -> dict[str, Any]:
        """Snapshot everything needed to continue after a restart."""
        data = self.coach.to_dict(now)
        data["routines"] = {**self.runner.to_dict(), "selected": self.selected_routine}
        data["insights"] = {
            "last_summary": None
            if self.last_summary is None
            else self.last_summary.isoformat(),
            "links_since": None
            if self.links_since is None
            else self.links_since.isoformat(),
            "schedule": self.summary.as_list(),
        }
        return data

    def load(self, data: dict[str, Any], routines: dict[str, Routine]) -> None:
        """Restore from ``to_dict`` output; raises on malformed data."""
        self.runner.routines = routines
        self.coach.load(data)
        insights = data.get("insights", {})
        if (last := insights.get("last_summary")) is not None:
            self.last_summary = as_utc(datetime.fromisoformat(last))
        if (since := insights.get("links_since")) is not None:
            self.links_since = date.fromisoformat(since)
        self.saved_schedule = insights.get("schedule")
        if (saved := data.get("routines")) is not None:
            self.runner.load(saved)
            if (selected := saved.get("selected")) in self.runner.routines:
                self.selected_routine = selected
