"""The sitting tracker, driven directly with an explicit clock."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from custom_components.hamstring_coach.core.clock import next_midnight, seconds_between
from custom_components.hamstring_coach.core.sitting import Phase, SittingTracker

BERLIN = ZoneInfo("Europe/Berlin")
T0 = datetime(2026, 3, 10, 9, 0, tzinfo=BERLIN)
MIN_BREAK = timedelta(seconds=60)


def minutes(n: float) -> timedelta:
    return timedelta(minutes=n)


def tracker() -> SittingTracker:
    return SittingTracker(MIN_BREAK, BERLIN)


def test_short_gap_counts_as_sitting_and_streak_goes_on() -> None:
    t = tracker()
    t.update(T0, True)
    t.update(T0 + minutes(30), False)
    t.update(T0 + minutes(30.5), True)  # 30 s away: shifting in the chair
    t.advance(T0 + minutes(50))
    today = t.today(T0)
    assert t.phase is Phase.SITTING
    assert t.streak == minutes(50)
    assert today.sitting == minutes(50)
    assert today.breaks == 0
    assert today.longest_streak == minutes(50)


def test_long_gap_ends_streak_where_it_began_and_counts_one_break() -> None:
    t = tracker()
    t.update(T0, True)
    t.update(T0 + minutes(40), False)
    t.advance(T0 + minutes(40) + MIN_BREAK - timedelta(seconds=1))
    assert t.phase is Phase.GAP  # not yet a break
    assert t.today(T0).breaks == 0
    t.advance(T0 + minutes(45))
    assert t.phase is Phase.IDLE
    assert t.streak == timedelta(0)
    today = t.today(T0)
    assert today.breaks == 1
    assert today.sitting == minutes(40)
    assert today.longest_streak == minutes(40)
    t.update(T0 + minutes(50), True)
    t.advance(T0 + minutes(60))
    assert t.streak == minutes(10)
    assert t.today(T0).sitting == minutes(50)
    assert t.today(T0).longest_streak == minutes(40)


def test_gap_of_exactly_min_break_is_a_break() -> None:
    t = tracker()
    t.update(T0, True)
    t.update(T0 + minutes(10), False)
    t.update(T0 + minutes(11), True)
    assert t.today(T0).breaks == 1
    assert t.streak == timedelta(0)


def test_pending_gap_adds_nothing_until_bridged() -> None:
    t = tracker()
    t.update(T0, True)
    t.update(T0 + minutes(10), False)
    t.advance(T0 + minutes(10.5))
    assert t.today(T0).sitting == minutes(10)
    t.update(T0 + minutes(10.75), True)
    assert t.today(T0).sitting == minutes(10.75)


def test_unknown_never_counts_as_sitting() -> None:
    t = tracker()
    t.update(T0, True)
    t.update(T0 + minutes(10), None)
    t.update(T0 + minutes(10.5), True)  # back within min_break: streak goes on
    assert t.phase is Phase.SITTING
    t.advance(T0 + minutes(20))
    assert t.today(T0).sitting == minutes(19.5)
    assert t.streak == minutes(19.5)
    # a long unknown period ends the streak without counting a break
    t.update(T0 + minutes(20), None)
    t.update(T0 + minutes(80), True)
    assert t.today(T0).breaks == 0
    assert t.streak == timedelta(0)
    assert t.today(T0).sitting == minutes(19.5)


def test_off_then_unknown_gap_is_not_counted() -> None:
    t = tracker()
    t.update(T0, True)
    t.update(T0 + minutes(1), False)
    t.update(T0 + minutes(1.2), None)
    t.update(T0 + minutes(1.4), False)
    t.update(T0 + minutes(1.5), True)
    assert t.today(T0).sitting == minutes(1)


def test_streak_across_midnight_splits_minutes() -> None:
    t = tracker()
    start = datetime(2026, 3, 10, 23, 30, tzinfo=BERLIN)
    t.update(start, True)
    t.advance(start + minutes(50))
    assert t.days[date(2026, 3, 10)].sitting == minutes(30)
    assert t.days[date(2026, 3, 11)].sitting == minutes(20)
    assert t.days[date(2026, 3, 11)].longest_streak == minutes(20)
    assert t.days[date(2026, 3, 10)].longest_streak == minutes(30)
    assert t.streak == minutes(50)
    assert t.today(start + minutes(50)).sitting == minutes(20)


@pytest.mark.parametrize(
    ("day", "hours"),
    [(date(2026, 3, 29), 23), (date(2026, 10, 25), 25), (date(2026, 6, 1), 24)],
)
def test_dst_days_have_their_real_length(day: date, hours: int) -> None:
    t = tracker()
    # arithmetic on UTC instants: aware datetimes of one zone add wall-clock time
    start = datetime(day.year, day.month, day.day, tzinfo=BERLIN).astimezone(UTC)
    start -= minutes(1)
    t.update(start, True)
    t.advance(start + timedelta(hours=30))
    assert t.days[day].sitting == timedelta(hours=hours)
    total = sum((stats.sitting for stats in t.days.values()), timedelta(0))
    assert total == timedelta(hours=30)


def test_next_midnight_is_dst_safe() -> None:
    moment = datetime(2026, 3, 28, 12, tzinfo=BERLIN)
    first = next_midnight(moment, BERLIN)
    second = next_midnight(first, BERLIN)
    assert seconds_between(first, second) == 23 * 3600
    assert first.tzinfo is UTC


def test_break_confirmed_after_midnight_counts_on_the_new_day() -> None:
    t = tracker()
    start = datetime(2026, 3, 10, 23, 0, tzinfo=BERLIN)
    t.update(start, True)
    t.update(start + minutes(59.5), False)
    t.advance(start + minutes(62))
    assert t.days[date(2026, 3, 10)].breaks == 0
    assert t.days[date(2026, 3, 11)].breaks == 1


def test_round_trip_through_dict() -> None:
    t = tracker()
    t.update(T0, True)
    t.update(T0 + minutes(10), False)
    copy = tracker()
    copy.load(t.to_dict())
    assert copy.to_dict() == t.to_dict()
    copy.update(T0 + minutes(10.5), True)
    assert copy.today(T0).sitting == minutes(10.5)


def test_load_rejects_inconsistent_data() -> None:
    data = tracker().to_dict()
    data["phase"] = "gap"
    with pytest.raises(ValueError, match="streak"):
        tracker().load(data)
    data["streak_start"] = T0.isoformat()
    with pytest.raises(ValueError, match="gap"):
        tracker().load(data)


def test_history_is_bounded() -> None:
    t = tracker()
    start = datetime(2025, 1, 1, 12, tzinfo=BERLIN)
    for day in range(450):
        moment = start + timedelta(days=day)
        t.update(moment, True)
        t.update(moment + minutes(5), False)
    assert len(t.days) == 400
    assert min(t.days) == (start + timedelta(days=50)).date()


def test_at_day_end_tells_the_totals_at_midnight_without_counting() -> None:
    t = tracker()
    evening = datetime(2026, 3, 10, 23, 30, tzinfo=BERLIN)
    t.update(evening, True)
    t.update(evening + minutes(10), False)
    t.update(evening + minutes(10.5), True)  # a short gap: the streak goes on
    late = evening + minutes(29) + timedelta(seconds=59)
    t.advance(late)
    end = t.at_day_end(late)
    assert end.sitting == minutes(30)
    assert end.longest_streak == minutes(30)
    assert t.today(late).sitting < minutes(30)  # nothing was counted
    t.update(late, False)  # away: what is counted stands
    assert t.at_day_end(late).sitting == t.today(late).sitting
