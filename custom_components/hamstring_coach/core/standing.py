"""Stand hours: the clock hours of a day in which the person was up for a minute or more.

Like a watch's stand hours: an hour counts once the sources said "not sitting" for at
least a minute of it, within the first hour after getting up from sitting (a break, or
standing at the desk). Later time away (out, asleep) is not standing: it counts for
nothing, as does unknown time (a source that is unavailable). Hours are local clock
hours; on the day the clocks go back, the repeated hour counts once.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, tzinfo
from typing import Any

from .clock import as_utc

STOOD = timedelta(minutes=1)  # up this long within an hour makes it a stand hour
HOUR = timedelta(hours=1)
UP_COUNTED = HOUR  # how long after getting up the time counts as standing
HISTORY_DAYS = 400


def hour_start(moment: datetime, zone: tzinfo) -> datetime:
    """Return the start of the local clock hour of ``moment``, as a UTC instant."""
    local = as_utc(moment).astimezone(zone)
    return local.replace(minute=0, second=0, microsecond=0).astimezone(UTC)


class StandLog:
    """Which clock hours of each day had a minute of standing or a break."""

    def __init__(self, zone: tzinfo) -> None:
        """Start with no history; nobody is known to be up."""
        self.zone = zone
        self.up_since: datetime | None = None
        self.days: dict[date, set[int]] = {}
        self.goal_reached_on: date | None = None
        self.nudged_hour: datetime | None = None  # the hour last nudged (or skipped)

    def update(self, now: datetime, sitting: bool | None) -> None:
        """The combined source changed at ``now``."""
        if sitting is False:
            if self.up_since is None:
                self.up_since = as_utc(now)
        elif self.up_since is not None:  # sitting, or unknown: neither counts as up
            self.advance(now)
            self.up_since = None

    def advance(self, now: datetime) -> None:
        """Count the time up to ``now``."""
        start = self.up_since
        if start is None:
            return
        end = min(as_utc(now), start + UP_COUNTED)
        hour = hour_start(start, self.zone)
        while hour < end:  # at most two or three hours
            following = hour + HOUR
            if min(end, following) - max(start, hour) >= STOOD:
                local = hour.astimezone(self.zone)
                self.days.setdefault(local.date(), set()).add(local.hour)
                if len(self.days) > HISTORY_DAYS:
                    del self.days[min(self.days)]
            hour = following

    def next_mark(self, now: datetime) -> datetime | None:
        """Return when the next stand hour would be counted if the person stays up."""
        start = self.up_since
        if start is None:
            return None
        now, last = as_utc(now), start + UP_COUNTED
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

    def stood_this_hour(self, now: datetime) -> bool:
        """Return True if the clock hour of ``now`` is already a stand hour."""
        local = as_utc(now).astimezone(self.zone)
        return local.hour in self.days.get(local.date(), set())

    def to_dict(self) -> dict[str, Any]:
        """Serialize for storage."""
        return {
            "up_since": None if self.up_since is None else self.up_since.isoformat(),
            "days": {day.isoformat(): sorted(h) for day, h in self.days.items()},
            "goal_reached_on": None
            if self.goal_reached_on is None
            else self.goal_reached_on.isoformat(),
            "nudged_hour": None
            if self.nudged_hour is None
            else self.nudged_hour.isoformat(),
        }

    def load(self, data: dict[str, Any]) -> None:
        """Restore what ``to_dict`` wrote; raises on malformed data."""
        up = data.get("up_since")
        self.up_since = None if up is None else as_utc(datetime.fromisoformat(up))
        self.days = {
            date.fromisoformat(day): {int(h) for h in hours if 0 <= int(h) <= 23}
            for day, hours in sorted(data.get("days", {}).items())[-HISTORY_DAYS:]
        }
        goal = data.get("goal_reached_on")
        self.goal_reached_on = None if goal is None else date.fromisoformat(goal)
        nudged = data.get("nudged_hour")
        self.nudged_hour = (
            None if nudged is None else as_utc(datetime.fromisoformat(nudged))
        )
