"""Sitting tracker: debounced streaks, breaks and per-day totals.

Rules (the public behaviour, each covered by tests):

* The tracker is fed the combined source state: ``True`` (someone sits), ``False``
  (nobody sits) or ``None`` (every source is unavailable or unknown).
* A gap shorter than ``min_break`` is not a break: when the person sits down again the
  gap counts as sitting and the streak goes on. A gap of at least ``min_break`` ends the
  streak where the gap began and counts one break, on the day the gap reached
  ``min_break``.
* Sitting time is never invented: a gap that contained an unknown state is not counted as
  sitting when bridged, and when it reaches ``min_break`` it ends the streak without
  counting a break (nobody knows whether the person got up).
* Time is split between local days at local midnight; days with a DST change simply hold
  23 or 25 hours because all durations are measured on the UTC time line.
* Totals only grow during a day: a pending gap adds nothing until it is bridged.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta, tzinfo
from enum import StrEnum
from typing import Any

from .clock import as_utc, local_day, next_midnight

ZERO = timedelta(0)
HISTORY_DAYS = 400


class Phase(StrEnum):
    """Where the tracker is in a streak."""

    IDLE = "idle"
    SITTING = "sitting"
    GAP = "gap"


@dataclass(slots=True)
class DayStats:
    """What happened on one local day."""

    sitting: timedelta = ZERO
    breaks: int = 0
    longest_streak: timedelta = ZERO
    reminders: int = 0  # break reminders delivered
    snoozed: int = 0  # reminders snoozed (a snooze while a reminder was out)
    answered: int = 0  # breaks begun within 5 minutes of a reminder

    def to_dict(self) -> dict[str, Any]:
        """Serialize for storage."""
        return {
            "sitting_s": self.sitting.total_seconds(),
            "breaks": self.breaks,
            "longest_streak_s": self.longest_streak.total_seconds(),
            "reminders": self.reminders,
            "snoozed": self.snoozed,
            "answered": self.answered,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> DayStats:
        """Deserialize from storage (files of 0.3.0 and before have no reminder counts)."""
        return cls(
            sitting=timedelta(seconds=float(data["sitting_s"])),
            breaks=int(data["breaks"]),
            longest_streak=timedelta(seconds=float(data["longest_streak_s"])),
            reminders=int(data.get("reminders", 0)),
            snoozed=int(data.get("snoozed", 0)),
            answered=int(data.get("answered", 0)),
        )


def _time(value: str | None) -> datetime | None:
    return None if value is None else as_utc(datetime.fromisoformat(value))


def _iso(value: datetime | None) -> str | None:
    return None if value is None else value.isoformat()


class SittingTracker:
    """Turn a raw sitting signal into streaks, breaks and day totals."""

    def __init__(self, min_break: timedelta, zone: tzinfo) -> None:
        """Start idle, with no history."""
        self.min_break = min_break
        self.zone = zone
        self.phase = Phase.IDLE
        self.source: bool | None = None
        self.streak_start: datetime | None = None
        self.streak: timedelta = ZERO
        self.counted_until: datetime | None = None
        self.gap_start: datetime | None = None
        self.gap_unknown = False
        self.streak_day: date | None = None
        self.streak_on_day: timedelta = ZERO
        self.days: dict[date, DayStats] = {}
        self.last_streak_ended_with_break = False
        self.last_break_start: datetime | None = None  # of the last streak's break
        self.last_break_counted: datetime | None = None  # when it counted as a break
        self.bridged = False  # the last update bridged a known gap: it was sitting

    # -- feeding -------------------------------------------------------------------

    def update(self, now: datetime, sitting: bool | None) -> None:
        """Apply the combined source state observed at ``now``."""
        now = as_utc(now)
        self.advance(now)
        self.source = sitting
        self.bridged = False
        if self.phase is Phase.IDLE:
            if sitting:
                self.phase = Phase.SITTING
                self.streak_start = self.counted_until = now
                self.streak = ZERO
                self.streak_day = None
        elif self.phase is Phase.SITTING:
            if not sitting:
                self.phase = Phase.GAP
                self.gap_start = now
                self.gap_unknown = sitting is None
        elif sitting:  # GAP bridged: the person sat down again in time
            if not self.gap_unknown:
                self._count(now)
                self.bridged = True
            else:
                self.counted_until = now
            self.phase = Phase.SITTING
            self.gap_start = None
            self.gap_unknown = False
        elif sitting is None:
            self.gap_unknown = True

    def advance(self, now: datetime) -> None:
        """Bring the tracker up to ``now``: count sitting, confirm an expired gap."""
        now = as_utc(now)
        if self.phase is Phase.SITTING:
            self._count(now)
        elif self.phase is Phase.GAP and self.gap_start is not None:
            ends = self.gap_start + self.min_break
            if now >= ends:
                if not self.gap_unknown:
                    self._day(ends).breaks += 1
                    self.last_break_counted = ends
                self._end_streak(with_break=not self.gap_unknown)

    def confirm_break(self, now: datetime, since: datetime) -> bool:
        """End the streak now if the person has been away since ``since`` or later.

        Used when a routine finishes: the person is up (the sources say so), so the gap
        is a break even if it is shorter than ``min_break``. Returns True if it was.
        Never invents a break: a person still sitting, or a gap with unknown state,
        changes nothing.
        """
        now = as_utc(now)
        self.advance(now)
        if (
            self.phase is not Phase.GAP
            or self.gap_start is None
            or self.gap_unknown
            or self.gap_start < as_utc(since)
        ):
            return False
        self._day(now).breaks += 1
        self.last_break_counted = now
        self._end_streak(with_break=True)
        return True

    def continue_unobserved(self, now: datetime) -> None:
        """Keep a streak running across time nobody observed, without counting it.

        For a restart where the person sat before and sits again now, but the sources
        cannot prove they sat all along.
        """
        now = as_utc(now)
        if self.phase is Phase.SITTING and self.counted_until is not None:
            self.counted_until = max(self.counted_until, now)

    def _end_streak(self, with_break: bool) -> None:
        self.last_streak_ended_with_break = with_break
        self.last_break_start = self.gap_start if with_break else None
        self.phase = Phase.IDLE
        self.streak_start = self.counted_until = self.gap_start = None
        self.gap_unknown = False
        self.streak = ZERO
        self.streak_day = None
        self.streak_on_day = ZERO

    def _count(self, until: datetime) -> None:
        """Count [counted_until, until) as sitting, split at local midnights."""
        start = self.counted_until
        if start is None or until <= start:
            return
        while start < until:
            segment_end = min(until, next_midnight(start, self.zone))
            day = local_day(start, self.zone)
            stats = self._day_stats(day)
            length = segment_end - start
            stats.sitting += length
            self.streak += length
            if self.streak_day != day:
                self.streak_day = day
                self.streak_on_day = ZERO
            self.streak_on_day += length
            stats.longest_streak = max(stats.longest_streak, self.streak_on_day)
            start = segment_end
        self.counted_until = until

    def day_of(self, moment: datetime) -> DayStats:
        """Return the stats of the local day of ``moment``, to count into."""
        return self._day(as_utc(moment))

    def _day(self, moment: datetime) -> DayStats:
        return self._day_stats(local_day(moment, self.zone))

    def _day_stats(self, day: date) -> DayStats:
        stats = self.days.get(day)
        if stats is None:
            stats = self.days[day] = DayStats()
            if len(self.days) > HISTORY_DAYS:
                del self.days[min(self.days)]
        return stats

    # -- reading -------------------------------------------------------------------

    @property
    def streak_running(self) -> bool:
        """Return True while a streak is running (sitting or in a short gap)."""
        return self.phase is not Phase.IDLE

    def today(self, now: datetime) -> DayStats:
        """Return the stats of the local day of ``now`` (empty if nothing happened)."""
        return self.days.get(local_day(now, self.zone)) or DayStats()

    def at_day_end(self, now: datetime) -> DayStats:
        """Return today's stats as they stand at local midnight if sitting goes on.

        A copy: nothing is counted. Used to write a day's exact totals just before it
        ends (while sitting, the sensors move in steps).
        """
        now = as_utc(now)
        today = self.today(now)
        if self.phase is not Phase.SITTING or self.counted_until is None:
            return today
        rest = next_midnight(now, self.zone) - self.counted_until
        on_day = (
            self.streak_on_day if self.streak_day == local_day(now, self.zone) else ZERO
        )
        return replace(
            today,
            sitting=today.sitting + rest,
            longest_streak=max(today.longest_streak, on_day + rest),
        )

    def next_instant(self, now: datetime) -> datetime | None:
        """Return when the tracker's own state next changes without input."""
        if self.phase is Phase.GAP and self.gap_start is not None:
            return self.gap_start + self.min_break
        return None

    # -- persistence ---------------------------------------------------------------

    def to_dict(self) -> dict[str, Any]:
        """Serialize for storage (call ``advance`` first)."""
        return {
            "phase": self.phase.value,
            "source": self.source,
            "streak_start": _iso(self.streak_start),
            "streak_s": self.streak.total_seconds(),
            "counted_until": _iso(self.counted_until),
            "gap_start": _iso(self.gap_start),
            "gap_unknown": self.gap_unknown,
            "streak_day": None
            if self.streak_day is None
            else self.streak_day.isoformat(),
            "streak_on_day_s": self.streak_on_day.total_seconds(),
            "days": {
                day.isoformat(): stats.to_dict() for day, stats in self.days.items()
            },
        }

    def load(self, data: dict[str, Any]) -> None:
        """Restore state written by ``to_dict``; raises on malformed data."""
        self.phase = Phase(data["phase"])
        self.source = data["source"]
        self.streak_start = _time(data["streak_start"])
        self.streak = timedelta(seconds=float(data["streak_s"]))
        self.counted_until = _time(data["counted_until"])
        self.gap_start = _time(data["gap_start"])
        self.gap_unknown = bool(data["gap_unknown"])
        day = data["streak_day"]
        self.streak_day = None if day is None else date.fromisoformat(day)
        self.streak_on_day = timedelta(seconds=float(data["streak_on_day_s"]))
        self.days = {
            date.fromisoformat(key): DayStats.from_dict(value)
            for key, value in sorted(data["days"].items())[-HISTORY_DAYS:]
        }
        if self.phase is not Phase.IDLE and self.streak_start is None:
            raise ValueError("a running streak needs a start")
        if self.phase is Phase.GAP and self.gap_start is None:
            raise ValueError("a gap needs a start")
