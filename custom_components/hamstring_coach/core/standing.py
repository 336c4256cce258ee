"""Stand hours and standing time.

Stand hours are like a watch's: a local clock hour counts once the person was up for a
minute of it in one stretch. Two kinds of stretch count:

* getting up from sitting (a break, or the desk going up): the time the sources said
  "not sitting", within the first hour after getting up. Later time away (out,
  asleep) is not standing and counts for nothing, as does unknown time; only a change
  from sitting is getting up ("not sitting" after unknown time, a restart, is not);
* standing, as standing sources prove it (a desk above a height, a standing mat):
  all of it, for as long as it lasts. A source that says sitting wins over one that
  says standing; standing proven while the sitting sources are unknown still counts.

Standing time (for ``standing_today``) is the second kind only, split at local
midnight. Sitting wins there too: while the sitting tracker is in a gap shorter than
the shortest break, standing is held back (``holding``); if the person sits down again
in time the gap counts as sitting and the held standing is dropped, once the gap is a
break it is kept. So the sensor never goes down and no minute counts twice. On the day
the clocks go back, the repeated hour counts once.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, tzinfo
from typing import Any

from .clock import as_utc, local_day, next_midnight

STOOD = timedelta(minutes=1)  # up this long within an hour makes it a stand hour
HOUR = timedelta(hours=1)
UP_COUNTED = HOUR  # how long after getting up the time counts as standing
HISTORY_DAYS = 400
ZERO = timedelta(0)


def hour_start(moment: datetime, zone: tzinfo) -> datetime:
    """Return the start of the local clock hour of ``moment``, as a UTC instant."""
    local = as_utc(moment).astimezone(zone)
    return local.replace(minute=0, second=0, microsecond=0).astimezone(UTC)


def _time(value: Any) -> datetime | None:
    return None if value is None else as_utc(datetime.fromisoformat(value))


def _iso(value: datetime | None) -> str | None:
    return None if value is None else value.isoformat()


class StandLog:
    """Which clock hours of each day had a minute up, and how long each day stood."""

    def __init__(self, zone: tzinfo) -> None:
        """Start with no history; nobody is known to be up."""
        self.zone = zone
        self.up_since: datetime | None = None
        self.standing_input = False  # what the standing sources said last
        self.sitting_input: bool | None = None  # what the sitting sources said last
        self.standing_since: datetime | None = None  # proven standing, sitting not
        self.standing_counted: datetime | None = None  # standing counted up to here
        self.days: dict[date, set[int]] = {}
        self.standing: dict[date, timedelta] = {}
        self.holding = False  # standing goes to ``pending`` until the gap is a break
        self.pending: dict[date, timedelta] = {}
        self.goal_reached_on: date | None = None
        self.nudged_hour: datetime | None = None  # the hour last nudged (or skipped)

    def update(
        self, now: datetime, sitting: bool | None, standing: bool = False
    ) -> None:
        """The sources changed at ``now``: sitting (or unknown) and standing."""
        self.advance(now)
        now = as_utc(now)
        self.standing_input = standing
        was_sitting, self.sitting_input = self.sitting_input, sitting
        if sitting is False:
            if self.up_since is None and was_sitting:  # got up (not: became known)
                self.up_since = now
        elif self.up_since is not None:  # sitting, or unknown: neither counts as up
            self.up_since = None
        if standing and sitting is not True:
            if self.standing_since is None:
                self.standing_since = self.standing_counted = now
        else:
            self.standing_since = self.standing_counted = None

    def advance(self, now: datetime) -> None:
        """Count the time up to ``now``."""
        now = as_utc(now)
        if (start := self.up_since) is not None:
            self._mark(start, start, min(now, start + UP_COUNTED))
        if (since := self.standing_since) is not None:
            counted = self.standing_counted or since
            self._mark(since, counted, now)
            self._count_standing(counted, now)
            self.standing_counted = max(counted, now)

    def _mark(self, start: datetime, first: datetime, end: datetime) -> None:
        """Mark the hours from the one of ``first`` that [start, end) covers a minute."""
        hour = hour_start(first, self.zone)
        while hour < end:
            following = hour + HOUR
            if min(end, following) - max(start, hour) >= STOOD:
                local = hour.astimezone(self.zone)
                self.days.setdefault(local.date(), set()).add(local.hour)
                if len(self.days) > HISTORY_DAYS:
                    del self.days[min(self.days)]
            hour = following

    def _count_standing(self, start: datetime, end: datetime) -> None:
        """Add [start, end) to the standing time of its local days."""
        while start < end:
            piece_end = min(end, next_midnight(start, self.zone))
            day = local_day(start, self.zone)
            into = self.pending if self.holding else self.standing
            into[day] = into.get(day, ZERO) + (piece_end - start)
            if len(self.standing) > HISTORY_DAYS:
                del self.standing[min(self.standing)]
            start = piece_end

    def hold(self, holding: bool, *, keep: bool) -> None:
        """Hold standing back (a short gap runs), or stop: ``keep`` what was held."""
        if not holding:
            if keep:
                for day, length in self.pending.items():
                    self.standing[day] = self.standing.get(day, ZERO) + length
            self.pending = {}
        self.holding = holding

    def next_mark(self, now: datetime) -> datetime | None:
        """Return when the next stand hour would be counted if the person stays up."""
        now = as_utc(now)
        marks = []
        if (start := self.up_since) is not None:
            marks.append(self._next_mark(start, start + UP_COUNTED, now))
        if (since := self.standing_since) is not None:
            # standing has no end: the mark of this hour or of the next
            marks.append(self._next_mark(since, now + 2 * HOUR, now))
        return min((mark for mark in marks if mark is not None), default=None)

    def _next_mark(
        self, start: datetime, last: datetime, now: datetime
    ) -> datetime | None:
        hour = hour_start(max(start, now), self.zone)
        while hour < last:
            mark = max(start, hour) + STOOD
            if mark > last:
                return None
            local = hour.astimezone(self.zone)
            if mark > now and local.hour not in self.days.get(local.date(), set()):
                return mark
            hour += HOUR
        return None

    def hours_on(self, day: date) -> int:
        """Return the number of stand hours of ``day``."""
        return len(self.days.get(day, ()))

    def standing_on(self, day: date) -> timedelta:
        """Return the standing time of ``day`` counted so far."""
        return self.standing.get(day, ZERO)

    def standing_at_day_end(self, now: datetime) -> timedelta:
        """Return today's standing time at local midnight if standing goes on (a copy)."""
        now = as_utc(now)
        today = self.standing_on(local_day(now, self.zone))
        if self.standing_counted is None or self.holding:  # held back: not yet
            return today
        return today + next_midnight(now, self.zone) - self.standing_counted

    def stood_this_hour(self, now: datetime) -> bool:
        """Return True if the clock hour of ``now`` is already a stand hour."""
        local = as_utc(now).astimezone(self.zone)
        return local.hour in self.days.get(local.date(), set())

    def to_dict(self) -> dict[str, Any]:
        """Serialize for storage."""
        return {
            "up_since": _iso(self.up_since),
            "days": {day.isoformat(): sorted(h) for day, h in self.days.items()},
            "goal_reached_on": None
            if self.goal_reached_on is None
            else self.goal_reached_on.isoformat(),
            "nudged_hour": _iso(self.nudged_hour),
            "standing_input": self.standing_input,
            "sitting_input": self.sitting_input,
            "standing_since": _iso(self.standing_since),
            "standing_counted": _iso(self.standing_counted),
            "standing_s": {
                day.isoformat(): length.total_seconds()
                for day, length in self.standing.items()
            },
            "holding": self.holding,
            "pending_s": {
                day.isoformat(): length.total_seconds()
                for day, length in self.pending.items()
            },
        }

    def load(self, data: dict[str, Any]) -> None:
        """Restore what ``to_dict`` wrote (0.3.0 wrote no standing); raises if malformed."""
        self.up_since = _time(data.get("up_since"))
        self.days = {
            date.fromisoformat(day): {int(h) for h in hours if 0 <= int(h) <= 23}
            for day, hours in sorted(data.get("days", {}).items())[-HISTORY_DAYS:]
        }
        goal = data.get("goal_reached_on")
        self.goal_reached_on = None if goal is None else date.fromisoformat(goal)
        self.nudged_hour = _time(data.get("nudged_hour"))
        self.standing_input = bool(data.get("standing_input", False))
        sitting_input = data.get("sitting_input")
        self.sitting_input = sitting_input if isinstance(sitting_input, bool) else None
        self.standing_since = _time(data.get("standing_since"))
        self.standing_counted = _time(data.get("standing_counted"))
        if (self.standing_since is None) != (self.standing_counted is None):
            raise ValueError("standing needs both its start and what was counted")
        self.standing = {
            date.fromisoformat(day): timedelta(seconds=float(seconds))
            for day, seconds in sorted(data.get("standing_s", {}).items())[
                -HISTORY_DAYS:
            ]
        }
        self.holding = bool(data.get("holding", False))
        self.pending = {
            date.fromisoformat(day): timedelta(seconds=float(seconds))
            for day, seconds in data.get("pending_s", {}).items()
        }
