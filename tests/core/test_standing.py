"""Stand hours: clock hours with a minute of standing or a break."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

from custom_components.hamstring_coach.core.standing import StandLog

BERLIN = ZoneInfo("Europe/Berlin")
T0 = datetime(2026, 5, 4, 7, 0, tzinfo=UTC)  # 09:00 in Berlin


def m(n: float) -> timedelta:
    return timedelta(minutes=n)


def test_a_minute_up_makes_the_hour() -> None:
    log = StandLog(BERLIN)
    log.update(T0, True)
    log.update(T0 + m(20), False)
    log.update(T0 + m(20.5), True)  # 30 s up: not yet
    assert log.hours_on(date(2026, 5, 4)) == 0
    log.update(T0 + m(40), False)
    log.update(T0 + m(41), True)  # a minute: 09:00-10:00 counts
    assert log.hours_on(date(2026, 5, 4)) == 1
    assert log.stood_this_hour(T0 + m(50))
    assert not log.stood_this_hour(T0 + m(61))


def test_a_break_across_the_hour_needs_a_minute_on_each_side() -> None:
    log = StandLog(BERLIN)
    log.update(T0 + m(59.5), False)  # 09:59:30
    log.update(T0 + m(61), True)  # to 10:01: 30 s in one hour, 60 s in the next
    assert log.days == {date(2026, 5, 4): {10}}


def test_a_long_time_up_counts_every_hour_and_unknown_counts_nothing() -> None:
    log = StandLog(BERLIN)
    log.update(T0, False)
    log.advance(T0 + m(150))  # 09:00-11:30
    assert log.days[date(2026, 5, 4)] == {9, 10, 11}
    log.update(T0 + m(150), None)  # unavailable: up no longer known
    log.advance(T0 + m(300))
    assert log.days[date(2026, 5, 4)] == {9, 10, 11}


def test_saved_and_loaded() -> None:
    log = StandLog(BERLIN)
    log.update(T0, False)
    log.advance(T0 + m(5))
    log.goal_reached_on = date(2026, 5, 4)
    again = StandLog(BERLIN)
    again.load(log.to_dict())
    assert again.days == log.days
    assert again.up_since == log.up_since
    assert again.goal_reached_on == date(2026, 5, 4)
    again.advance(T0 + m(70))
    assert again.days[date(2026, 5, 4)] == {9, 10}
    empty = StandLog(BERLIN)
    empty.load({})  # a state file of 0.3.0 has no stand hours
    assert empty.days == {}
