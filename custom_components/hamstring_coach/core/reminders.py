"""Reminder policy: when a break reminder or a posture check is due, and when to look again.

Rules:

* A break reminder is due once the streak reaches ``break_after``; it repeats every
  ``repeat`` (wall-clock, from the last delivery) while the streak goes on, or never when
  ``repeat`` is zero.
* Posture checks come every ``posture_every`` of streak time before the break is due.
* Nothing is delivered while reminders are switched off, the schedule is off, a snooze runs
  or the person is in a short gap (maybe already up).
* While a pause entity is on, a due break reminder is held and delivered when the pause
  ends; posture checks that fall into a pause are skipped, not held.
* "I'm up" (acknowledge) holds repeats for ``ACKNOWLEDGE_GRACE``; if the streak still runs
  after that, reminders resume.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta
from enum import StrEnum
from typing import Any

from .clock import as_utc

ZERO = timedelta(0)
ACKNOWLEDGE_GRACE = timedelta(minutes=5)
BREAK_ESCALATED = "break_escalated"  # the coach event of an escalated reminder


class ReminderKind(StrEnum):
    """Public event types of the coach (automations rely on these ids)."""

    BREAK_DUE = "break_due"
    POSTURE_CHECK = "posture_check"
    BREAK_TAKEN = "break_taken"
    STAND_NUDGE = "stand_nudge"  # the hour has no standing yet
    STAND_GOAL_REACHED = "stand_goal_reached"  # once a day


@dataclass(frozen=True, slots=True)
class ReminderSettings:
    """Timing of reminders."""

    break_after: timedelta
    repeat: timedelta
    posture_every: timedelta
    escalate_after: int = 0  # unanswered reminders before the next is escalated; 0 off


@dataclass(frozen=True, slots=True)
class Reminder:
    """Something to tell the user now."""

    kind: ReminderKind
    streak: timedelta
    repeat: int = 0
    escalated: bool = False  # also spoken and fired as break_escalated


@dataclass(slots=True)
class StreakSnapshot:
    """What the policy needs to know about the running streak."""

    start: datetime | None
    length: timedelta
    sitting: bool
    last_ended_with_break: bool = False


def _time(value: str | None) -> datetime | None:
    return None if value is None else as_utc(datetime.fromisoformat(value))


@dataclass(slots=True)
class ReminderPolicy:
    """Decide which reminders to deliver; state survives restarts through ``to_dict``."""

    settings: ReminderSettings
    enabled: bool = True
    snooze_until: datetime | None = None
    schedule_on: bool = True
    paused: bool = False
    streak_start: datetime | None = None
    reminders_sent: int = 0
    last_reminder: datetime | None = None
    posture_checks: int = 0
    acknowledged_until: datetime | None = None
    snoozed_upto: int = 0  # reminders_sent when a snooze last counted
    _last_length: timedelta = field(default=ZERO)

    def snoozed(self, now: datetime) -> bool:
        """Return True while a snooze runs."""
        return self.snooze_until is not None and now < self.snooze_until

    def active(self, now: datetime) -> bool:
        """Return True when reminders may be delivered at all (ignoring pauses)."""
        return self.enabled and self.schedule_on and not self.snoozed(now)

    def break_due(self, now: datetime, streak: StreakSnapshot) -> bool:
        """Return True when the streak has reached ``break_after`` and reminders are active."""
        return (
            streak.start is not None
            and streak.length >= self.settings.break_after
            and self.active(now)
        )

    def evaluate(self, now: datetime, streak: StreakSnapshot) -> list[Reminder]:
        """Return the reminders to deliver at ``now`` and remember that they were."""
        out: list[Reminder] = []
        if streak.start != self.streak_start:
            if (
                self.streak_start is not None
                and self.reminders_sent
                and streak.start is None
                and streak.last_ended_with_break
            ):
                out.append(Reminder(ReminderKind.BREAK_TAKEN, self._last_length))
            self.streak_start = streak.start
            self.reminders_sent = self.posture_checks = self.snoozed_upto = 0
            self.last_reminder = self.acknowledged_until = None
        if streak.start is None:
            self._last_length = ZERO
            return out
        self._last_length = streak.length
        if self.snooze_until is not None and now >= self.snooze_until:
            self.snooze_until = None
        deliverable = streak.sitting and self.active(now) and not self.paused
        settings = self.settings
        if streak.length >= settings.break_after:
            if deliverable and self._repeat_due(now):
                escalate = settings.escalate_after
                out.append(
                    Reminder(
                        ReminderKind.BREAK_DUE,
                        streak.length,
                        self.reminders_sent,
                        escalated=0 < escalate <= self.reminders_sent,
                    )
                )
                self.reminders_sent += 1
                self.last_reminder = now
                self.acknowledged_until = None
        elif settings.posture_every > ZERO:
            checks = int(streak.length / settings.posture_every)
            if checks > self.posture_checks:
                if deliverable:
                    out.append(Reminder(ReminderKind.POSTURE_CHECK, streak.length))
                self.posture_checks = checks
        return out

    def _repeat_due(self, now: datetime) -> bool:
        if self.acknowledged_until is not None and now < self.acknowledged_until:
            return False
        if self.reminders_sent == 0 or self.last_reminder is None:
            return True
        if self.acknowledged_until is not None:
            return True  # grace over and still sitting: remind again
        return (
            self.settings.repeat > ZERO
            and now >= self.last_reminder + self.settings.repeat
        )

    def next_instant(self, now: datetime, streak: StreakSnapshot) -> datetime | None:
        """Return the next instant after ``now`` at which ``evaluate`` may say something.

        Reminders held by a pause, the switch or the schedule need no timer: the change
        that releases them calls ``evaluate``.
        """
        candidates = [self.snooze_until, self.acknowledged_until]
        settings = self.settings
        if streak.start is not None and streak.sitting:
            if streak.length < settings.break_after:
                candidates.append(now + settings.break_after - streak.length)
                if settings.posture_every > ZERO:
                    posture_at = settings.posture_every * (self.posture_checks + 1)
                    if posture_at < settings.break_after:
                        candidates.append(now + posture_at - streak.length)
            elif self.last_reminder is not None and settings.repeat > ZERO:
                candidates.append(self.last_reminder + settings.repeat)
        return min((c for c in candidates if c is not None and c > now), default=None)

    def snooze(self, now: datetime, length: timedelta) -> None:
        """Hold reminders for ``length`` from ``now``."""
        self.snooze_until = now + length

    def acknowledge(self, now: datetime) -> None:
        """The user says they are getting up: hold repeats for a grace period."""
        self.acknowledged_until = now + ACKNOWLEDGE_GRACE

    def to_dict(self) -> dict[str, Any]:
        """Serialize the parts that must survive a restart."""
        return {
            "enabled": self.enabled,
            "snooze_until": None
            if self.snooze_until is None
            else self.snooze_until.isoformat(),
            "streak_start": None
            if self.streak_start is None
            else self.streak_start.isoformat(),
            "reminders_sent": self.reminders_sent,
            "last_reminder": None
            if self.last_reminder is None
            else self.last_reminder.isoformat(),
            "posture_checks": self.posture_checks,
            "acknowledged_until": (
                None
                if self.acknowledged_until is None
                else self.acknowledged_until.isoformat()
            ),
            "last_length_s": self._last_length.total_seconds(),
            "snoozed_upto": self.snoozed_upto,
        }

    def load(self, data: dict[str, Any]) -> None:
        """Restore state written by ``to_dict``; raises on malformed data."""
        self.enabled = bool(data["enabled"])
        self.snooze_until = _time(data["snooze_until"])
        self.streak_start = _time(data["streak_start"])
        self.reminders_sent = int(data["reminders_sent"])
        self.last_reminder = _time(data["last_reminder"])
        self.posture_checks = int(data["posture_checks"])
        self.acknowledged_until = _time(data["acknowledged_until"])
        self._last_length = timedelta(seconds=float(data["last_length_s"]))
        self.snoozed_upto = int(data.get("snoozed_upto", 0))
