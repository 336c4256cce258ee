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
    log.update(T0, True)
    log.update(T0 + m(59.5), False)  # 09:59:30
    log.update(T0 + m(61), True)  # to 10:01: 30 s in one hour, 60 s in the next
    assert log.days == {date(2026, 5, 4): {10}}


def test_the_first_hour_up_counts_and_unknown_counts_nothing() -> None:
    log = StandLog(BERLIN)
    log.update(T0, True)
    log.update(T0 + m(30), False)
    log.advance(T0 + m(150))  # up 09:30-11:30: the first hour up is 09:30-10:30
    assert log.days[date(2026, 5, 4)] == {9, 10}
    unknown = StandLog(BERLIN)
    unknown.update(T0 - m(5), True)
    unknown.update(T0, False)
    unknown.update(T0 + m(0.5), None)  # unavailable after 30 s: up no longer known
    unknown.advance(T0 + m(300))
    assert unknown.days == {}


def test_saved_and_loaded() -> None:
    log = StandLog(BERLIN)
    log.update(T0 - m(5), True)
    log.update(T0, False)
    log.advance(T0 + m(5))
    log.goal_reached_on = date(2026, 5, 4)
    again = StandLog(BERLIN)
    again.load(log.to_dict())
    assert again.days == log.days
    assert again.up_since == log.up_since
    assert again.goal_reached_on == date(2026, 5, 4)
    again.advance(T0 + m(70))
    assert again.days[date(2026, 5, 4)] == {9}  # up at 09:00: the hour to 10:00
    empty = StandLog(BERLIN)
    empty.load({})  # a state file of 0.3.0 has no stand hours
    assert empty.days == {}


def test_a_night_away_is_not_a_days_stand_hours() -> None:
    """Only the first hour after getting up counts: being out is not standing."""
    log = StandLog(BERLIN)
    log.update(T0, True)
    log.update(T0 + m(540), False)  # up at 18:00
    log.update(T0 + m(540 + 14 * 60), True)  # back at 08:00 next day
    assert log.days == {date(2026, 5, 4): {18}}


def test_when_the_next_stand_hour_is_counted() -> None:
    log = StandLog(BERLIN)
    assert log.next_mark(T0) is None  # nobody is known to be up
    log.update(T0, True)
    log.update(T0 + m(10), False)  # up at 09:10
    assert log.next_mark(T0 + m(10)) == T0 + m(11)
    log.advance(T0 + m(11))
    assert log.next_mark(T0 + m(11)) == T0 + m(61)  # 10:01: the next hour
    log.advance(T0 + m(61))
    assert log.days[date(2026, 5, 4)] == {9, 10}
    assert log.next_mark(T0 + m(61)) is None  # an hour after getting up: no more


# -- standing sources ----------------------------------------------------------------


def test_standing_counts_every_hour_and_its_time() -> None:
    """Proven standing is not limited to the first hour up: each hour counts."""
    log = StandLog(BERLIN)
    log.update(T0, True)
    log.update(T0 + m(30), False, standing=True)  # the desk goes up at 09:30
    log.advance(T0 + m(200))  # to 12:20
    day = date(2026, 5, 4)
    assert log.days[day] == {9, 10, 11, 12}
    assert log.standing_on(day) == m(170)
    log.update(T0 + m(200), True)  # down again
    log.advance(T0 + m(400))
    assert log.standing_on(day) == m(170)
    assert log.days[day] == {9, 10, 11, 12}


def test_standing_needs_a_minute_in_the_hour() -> None:
    log = StandLog(BERLIN)
    log.update(T0 + m(59.5), True)
    log.update(T0 + m(59.5), False, standing=True)  # 09:59:30, up and standing
    log.update(T0 + m(60.5), True)  # 10:00:30: 30 s in each hour
    assert log.days == {}
    assert log.standing_on(date(2026, 5, 4)) == m(1)


def test_sitting_wins_over_standing_and_unknown_sitting_does_not() -> None:
    """A chair that says sitting beats a mat; a mat alone still proves standing."""
    log = StandLog(BERLIN)
    log.update(T0, True, standing=True)
    log.advance(T0 + m(90))
    assert log.standing_on(date(2026, 5, 4)) == timedelta(0)
    assert log.days == {}
    mat = StandLog(BERLIN)
    mat.update(T0, None, standing=True)  # the chair is unavailable
    mat.advance(T0 + m(90))
    assert mat.standing_on(date(2026, 5, 4)) == m(90)
    assert mat.days == {date(2026, 5, 4): {9, 10}}


def test_standing_is_split_at_local_midnight() -> None:
    log = StandLog(BERLIN)
    late = datetime(2026, 5, 4, 21, 30, tzinfo=UTC)  # 23:30 in Berlin
    log.update(late, False, standing=True)
    log.advance(late + m(45))  # to 00:15
    assert log.standing_on(date(2026, 5, 4)) == m(30)
    assert log.standing_on(date(2026, 5, 5)) == m(15)
    assert log.days == {date(2026, 5, 4): {23}, date(2026, 5, 5): {0}}
    ending = StandLog(BERLIN)
    ending.update(late, False, standing=True)
    ending.advance(late + m(10))
    assert ending.standing_at_day_end(late + m(10)) == m(30)  # if standing goes on


def test_standing_is_saved_and_loaded() -> None:
    log = StandLog(BERLIN)
    log.update(T0, False, standing=True)
    log.advance(T0 + m(20))
    again = StandLog(BERLIN)
    again.load(log.to_dict())
    assert again.standing_since == T0
    again.advance(T0 + m(40))
    assert again.standing_on(date(2026, 5, 4)) == m(40)
    old = StandLog(BERLIN)
    old.load({"up_since": None, "days": {}})  # a file of 0.3.0: no standing yet
    assert old.standing_since is None
    assert old.standing_on(date(2026, 5, 4)) == timedelta(0)


def test_the_next_stand_hour_while_standing() -> None:
    log = StandLog(BERLIN)
    log.update(T0 + m(10), False, standing=True)
    log.advance(T0 + m(11))
    assert log.days[date(2026, 5, 4)] == {9}
    # the first hour up also ends at 10:10, but standing goes on: 10:01, then 11:01
    assert log.next_mark(T0 + m(11)) == T0 + m(61)
    log.advance(T0 + m(61))
    assert log.next_mark(T0 + m(61)) == T0 + m(121)


def test_not_sitting_after_unknown_time_is_not_getting_up() -> None:
    """After a restart nobody knows when the person got up: no stand hour from it."""
    log = StandLog(BERLIN)
    log.update(T0, True)
    log.update(T0 + m(10), None)  # Home Assistant down
    log.update(T0 + m(300), False)  # back: nobody sits
    log.advance(T0 + m(400))
    assert log.days == {}
    fresh = StandLog(BERLIN)
    fresh.update(T0, False)  # the first reading: not sitting
    fresh.advance(T0 + m(60))
    assert fresh.days == {}
