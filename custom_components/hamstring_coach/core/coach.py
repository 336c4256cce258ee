"""The coach: one sitting tracker and one reminder policy behind a small API.

Every method takes ``now``; methods that can make the coach speak return the reminders to
deliver. The Home Assistant shell feeds it source changes and clock ticks and turns what
it returns into entity states, events and notifications.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta, tzinfo
from typing import Any

from .clock import as_utc, local_day, next_midnight
from .reminders import (
    ZERO,
    Reminder,
    ReminderKind,
    ReminderPolicy,
    ReminderSettings,
    StreakSnapshot,
)
from .sitting import Phase, SittingTracker
from .standing import HOUR, StandLog, hour_start

STORAGE_FORMAT = 1
MINUTE = timedelta(minutes=1)
DAY_END_LEAD = timedelta(
    seconds=1
)  # a day's exact totals are written this long before midnight


@dataclass(frozen=True, slots=True)
class CoachSettings:
    """Timing settings of one profile."""

    break_after: timedelta
    min_break: timedelta
    reminder_repeat: timedelta
    posture_check_every: timedelta
    escalate_after: int = 0
    stand_goal_hours: int = 0  # 0: no goal
    stand_nudge_minute: int | None = None  # the minute of each hour, or None: off

    @property
    def reminders(self) -> ReminderSettings:
        """Return the reminder part of the settings."""
        return ReminderSettings(
            self.break_after,
            self.reminder_repeat,
            self.posture_check_every,
            self.escalate_after,
        )


@dataclass(frozen=True, slots=True)
class CoachView:
    """What the entities show; every field changes at most once a minute while sitting."""

    sitting: bool | None
    streak_minutes: int
    sitting_today_minutes: int
    longest_streak_today_minutes: int
    breaks_today: int
    break_due: bool
    reminders_enabled: bool
    snoozed_until: datetime | None
    schedule_on: bool
    paused: bool
    day_ending: bool = False  # the last second of the day: totals as of midnight
    sitting_since: datetime | None = None  # start of the running streak
    reminders_today: int = 0  # break reminders delivered
    reminders_snoozed_today: int = 0
    breaks_after_reminder_today: int = 0  # begun within 5 minutes of a reminder
    stand_hours_today: int = 0  # clock hours with a minute of standing or a break
    standing_today_minutes: int = 0  # proven by standing sources
    sitting_share_today: int | None = None  # % of sitting + standing (None: neither)


# A break begun this soon after a reminder answers it.
ANSWER_WITHIN = timedelta(minutes=5)
NUDGE_LATE = timedelta(minutes=5)  # a stand nudge this late still comes; later not


def whole_minutes(length: timedelta) -> int:
    """Return the completed minutes of ``length``."""
    return int(length // MINUTE)


# While a streak runs, the entities show the streak and today's total in steps, so the
# recorder gets at most one write per step (each change of sitting and a day's end
# show the exact values). The coach wakes only when a shown value moves.
TOTAL_STEP = 5  # minutes: sitting today
LONGEST_STEP = 15  # minutes: the longest streak today
LIVE_WINDOW = (
    10  # minutes before a break is due in which the streak moves by the minute
)


def sitting_share(sitting_minutes: int, standing_minutes: int) -> int | None:
    """Return the % of the tracked time (sitting plus standing) spent seated."""
    tracked = sitting_minutes + standing_minutes
    return None if tracked == 0 else round(100 * sitting_minutes / tracked)


def streak_step(streak_minutes: int, break_after_minutes: int) -> int:
    """Return the step of the streak shown while sitting: by the minute near the break."""
    near = break_after_minutes - LIVE_WINDOW <= streak_minutes <= break_after_minutes
    return 1 if near else TOTAL_STEP


class Coach:
    """Sitting tracker plus reminder policy for one profile."""

    def __init__(self, settings: CoachSettings, zone: tzinfo) -> None:
        """Create an idle coach with reminders on."""
        self.settings = settings
        self.zone = zone
        self.tracker = SittingTracker(settings.min_break, zone)
        self.policy = ReminderPolicy(settings.reminders)
        self.stand = StandLog(zone)
        self.saved_at: datetime | None = None

    # -- inputs --------------------------------------------------------------------

    def source_changed(
        self, now: datetime, sitting: bool | None, standing: bool = False
    ) -> list[Reminder]:
        """The sources changed: sitting (combined) and standing (any standing source)."""
        self.tracker.update(now, sitting)
        self.stand.update(now, sitting, standing)
        self._hold_standing()
        return self._evaluate(now)

    def tick(self, now: datetime) -> list[Reminder]:
        """Time passed (the shell calls this at ``next_instant``)."""
        self.tracker.advance(now)
        self.stand.advance(now)
        self._hold_standing()
        return self._evaluate(now)

    def _hold_standing(self) -> None:
        """Sitting wins: standing in a gap that may still be bridged is held back."""
        tracker = self.tracker
        in_short_gap = tracker.phase is Phase.GAP and not tracker.gap_unknown
        self.stand.hold(in_short_gap, keep=not tracker.bridged)

    def resume(
        self,
        now: datetime,
        sitting: bool | None,
        continuous: bool,
        standing: bool = False,
    ) -> list[Reminder]:
        """Continue after Home Assistant was down since ``saved_at``.

        ``continuous`` says the sources kept the state they had at ``saved_at`` the whole
        time (their last change is older than the save). Otherwise the downtime is unknown:
        it is never counted as sitting, and a long one ends the streak without a break.
        """
        saved_at = self.saved_at
        tracker = self.tracker
        if saved_at is not None and not continuous and as_utc(now) > saved_at:
            if tracker.phase is Phase.SITTING and sitting:
                tracker.continue_unobserved(now)  # sat before and after: same streak
            else:
                tracker.update(saved_at, None)
            self.stand.update(saved_at, None)  # nobody knows whether you stood
        tracker.update(now, sitting)
        self.stand.update(now, sitting, standing)
        self._hold_standing()
        return self._evaluate(now)

    def set_enabled(self, now: datetime, enabled: bool) -> list[Reminder]:
        """Switch reminders on or off."""
        self.policy.enabled = enabled
        return self._evaluate(now)

    def set_schedule(self, now: datetime, on: bool) -> list[Reminder]:
        """The active schedule turned on or off."""
        self.policy.schedule_on = on
        return self._evaluate(now)

    def set_paused(self, now: datetime, paused: bool) -> list[Reminder]:
        """A pause entity (meeting, call) turned on or all of them off."""
        self.policy.paused = paused
        return self._evaluate(now)

    def snooze(self, now: datetime, length: timedelta) -> list[Reminder]:
        """Hold reminders for ``length`` (a snoozed reminder if one was out)."""
        self.tracker.advance(now)
        policy = self.policy
        if policy.reminders_sent > policy.snoozed_upto and self.tracker.streak_running:
            self.tracker.day_of(now).snoozed += 1  # once per reminder snoozed
            policy.snoozed_upto = policy.reminders_sent
        policy.snooze(as_utc(now), length)
        return self._evaluate(now)

    def acknowledge(self, now: datetime) -> list[Reminder]:
        """The user answered "I'm up"."""
        self.policy.acknowledge(as_utc(now))
        return self._evaluate(now)

    def routine_finished(self, now: datetime, started: datetime) -> list[Reminder]:
        """A routine started at ``started`` finished: a person who is up had a break."""
        self.tracker.confirm_break(now, started)
        return self._evaluate(now)

    def apply_settings(self, now: datetime, settings: CoachSettings) -> list[Reminder]:
        """Use new timing settings from now on, keeping all counts."""
        self.tracker.advance(now)
        self.settings = settings
        self.tracker.min_break = settings.min_break
        self.policy.settings = settings.reminders
        return self._evaluate(now)

    def _streak(self) -> StreakSnapshot:
        tracker = self.tracker
        return StreakSnapshot(
            tracker.streak_start,
            tracker.streak,
            tracker.phase is Phase.SITTING,
            tracker.last_streak_ended_with_break,
        )

    def _evaluate(self, now: datetime) -> list[Reminder]:
        self.tracker.advance(now)
        last_reminder = self.policy.last_reminder  # evaluate forgets it at a break
        said = self.policy.evaluate(as_utc(now), self._streak())
        for reminder in said:
            if reminder.kind is ReminderKind.BREAK_DUE:
                self.tracker.day_of(now).reminders += 1
            elif reminder.kind is ReminderKind.BREAK_TAKEN:
                began = self.tracker.last_break_start
                if (
                    began is not None
                    and last_reminder is not None
                    and ZERO <= began - last_reminder <= ANSWER_WITHIN
                ):  # on the day the break counted, as ``breaks`` is
                    counted = self.tracker.last_break_counted or began
                    self.tracker.day_of(counted).answered += 1
        return said + self._stand_reminders(as_utc(now))

    def _stand_reminders(self, now: datetime) -> list[Reminder]:
        """The hourly stand nudge and the day's stand goal."""
        out: list[Reminder] = []
        settings, stand = self.settings, self.stand
        stand.advance(now)
        if goal := settings.stand_goal_hours:
            today = local_day(now, self.zone)
            if stand.hours_on(today) >= goal and stand.goal_reached_on != today:
                stand.goal_reached_on = today
                out.append(
                    Reminder(ReminderKind.STAND_GOAL_REACHED, self.tracker.streak)
                )
        minute = settings.stand_nudge_minute
        if minute is not None:
            hour = hour_start(now, self.zone)
            due = hour + minute * MINUTE
            if stand.nudged_hour != hour and due <= now < due + NUDGE_LATE:
                stand.nudged_hour = hour
                policy, tracker = self.policy, self.tracker
                if (
                    tracker.phase is Phase.SITTING
                    and tracker.streak_start is not None
                    and tracker.streak_start <= due  # sitting when the minute came
                    and not stand.stood_this_hour(now)
                    and not policy.reminders_sent  # a break reminder says more
                    and policy.active(now)
                    and not policy.paused
                ):
                    out.append(Reminder(ReminderKind.STAND_NUDGE, self.tracker.streak))
        return out

    # -- outputs -------------------------------------------------------------------

    def view(self, now: datetime) -> CoachView:
        """Return what the entities show at ``now`` (after ``tick``/``source_changed``)."""
        now = as_utc(now)
        tracker, stand = self.tracker, self.stand
        day_ending = (
            tracker.streak_running  # sitting, or in a short gap
            or stand.standing_since is not None
        ) and now >= next_midnight(now, self.zone) - DAY_END_LEAD
        today = tracker.at_day_end(now) if day_ending else tracker.today(now)
        day = local_day(now, self.zone)
        standing = whole_minutes(
            stand.standing_at_day_end(now) if day_ending else stand.standing_on(day)
        )
        sitting_minutes = whole_minutes(today.sitting)
        sitting = None if tracker.source is None else tracker.streak_running
        return CoachView(
            sitting=sitting,
            streak_minutes=whole_minutes(tracker.streak),
            sitting_today_minutes=sitting_minutes,
            longest_streak_today_minutes=whole_minutes(today.longest_streak),
            breaks_today=today.breaks,
            break_due=self.policy.break_due(now, self._streak()),
            reminders_enabled=self.policy.enabled,
            snoozed_until=self.policy.snooze_until
            if self.policy.snoozed(now)
            else None,
            schedule_on=self.policy.schedule_on,
            paused=self.policy.paused,
            day_ending=day_ending,
            sitting_since=tracker.streak_start if tracker.streak_running else None,
            reminders_today=today.reminders,
            reminders_snoozed_today=today.snoozed,
            breaks_after_reminder_today=today.answered,
            stand_hours_today=stand.hours_on(day),
            standing_today_minutes=standing,
            sitting_share_today=sitting_share(sitting_minutes, standing),
        )

    def next_instant(self, now: datetime) -> datetime:
        """Return the next instant that matters: a shown step, a gap end, a reminder."""
        now = as_utc(now)
        tracker = self.tracker
        midnight = next_midnight(now, self.zone)
        candidates = [midnight]
        if tracker.phase is Phase.SITTING:  # when a shown value moves a step
            streak = tracker.streak
            step = MINUTE * streak_step(
                whole_minutes(streak), whole_minutes(self.settings.break_after)
            )
            today = tracker.today(now).sitting
            total_step = MINUTE * TOTAL_STEP
            candidates += [
                now + step - streak % step,
                now + total_step - today % total_step,
            ]
            window = self.settings.break_after - LIVE_WINDOW * MINUTE
            if streak < window:  # the streak moves by the minute from here
                candidates.append(now + window - streak)
        standing_since = self.stand.standing_since
        if standing_since is not None:  # standing today moves a step
            standing = self.stand.standing_on(local_day(now, self.zone))
            standing += now - (self.stand.standing_counted or now)
            total_step = MINUTE * TOTAL_STEP
            candidates.append(now + total_step - standing % total_step)
        running = tracker.streak_running or standing_since is not None
        if running and now < midnight - DAY_END_LEAD:
            candidates.append(midnight - DAY_END_LEAD)  # write the day's exact totals
        if (gap_end := tracker.next_instant(now)) is not None:
            candidates.append(gap_end)
        if (reminder := self.policy.next_instant(now, self._streak())) is not None:
            candidates.append(reminder)
        if (tracker.phase is Phase.IDLE or standing_since is not None) and (
            mark := self.stand.next_mark(now)
        ):
            # up after a break or standing: wake when a stand hour counts (in a short
            # gap the gap end wakes anyway, and a flapping source must not re-arm it)
            candidates.append(mark)
        minute = self.settings.stand_nudge_minute
        if minute is not None and tracker.phase is Phase.SITTING:
            nudge = hour_start(now, self.zone) + minute * MINUTE
            candidates.append(nudge if nudge > now else nudge + HOUR)
        return min(candidates)

    # -- persistence ---------------------------------------------------------------

    def to_dict(self, now: datetime) -> dict[str, Any]:
        """Snapshot everything needed to continue after a restart."""
        now = as_utc(now)
        self.tracker.advance(now)
        return {
            "format": STORAGE_FORMAT,
            "saved_at": now.isoformat(),
            "tracker": self.tracker.to_dict(),
            "reminders": self.policy.to_dict(),
            "stand": self.stand.to_dict(),
        }

    def load(self, data: dict[str, Any]) -> None:
        """Restore a snapshot; raises ``ValueError``/``KeyError``/``TypeError`` if malformed."""
        if data.get("format") != STORAGE_FORMAT:
            raise ValueError(f"unknown storage format {data.get('format')!r}")
        tracker = SittingTracker(self.settings.min_break, self.zone)
        policy = ReminderPolicy(self.settings.reminders)
        tracker.load(data["tracker"])
        policy.load(data["reminders"])
        stand = StandLog(self.zone)
        stand.load(data.get("stand") or {})  # files of 0.3.0 have none
        self.tracker, self.policy, self.stand = tracker, policy, stand
        self.saved_at = as_utc(datetime.fromisoformat(data["saved_at"]))
