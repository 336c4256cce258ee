"""Day arithmetic in a local time zone, computed on aware UTC instants."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta, tzinfo


def as_utc(moment: datetime) -> datetime:
    """Return ``moment`` as an aware UTC datetime (naive input is taken as UTC)."""
    if moment.tzinfo is None:
        return moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC)


def local_day(moment: datetime, zone: tzinfo) -> date:
    """Return the local calendar day that ``moment`` falls on."""
    return moment.astimezone(zone).date()


def start_of_day(day: date, zone: tzinfo) -> datetime:
    """Return local midnight starting ``day`` as a UTC instant (DST-safe)."""
    return datetime.combine(day, time(0), tzinfo=zone).astimezone(UTC)


def next_midnight(moment: datetime, zone: tzinfo) -> datetime:
    """Return the first local midnight strictly after ``moment`` as a UTC instant."""
    return start_of_day(local_day(moment, zone) + timedelta(days=1), zone)


def seconds_between(start: datetime, end: datetime) -> float:
    """Return elapsed seconds from ``start`` to ``end`` on the real (UTC) time line."""
    return (as_utc(end) - as_utc(start)).total_seconds()
