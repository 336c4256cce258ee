"""Property test: the tracker agrees with an independent oracle over random event lists."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from hypothesis import given, settings, strategies as st

from custom_components.hamstring_coach.core.coach import Coach, CoachSettings

ZONE = ZoneInfo("Europe/Berlin")
# starts the day before the spring DST change, so many runs cross midnight and DST
T0 = datetime(2026, 3, 28, 20, 0, tzinfo=UTC)
MIN_BREAK = timedelta(seconds=60)

events_strategy = st.lists(
    st.tuples(
        st.integers(
            min_value=1, max_value=3 * 3600
        ),  # seconds since the previous event
        st.sampled_from([True, True, False, False, None]),
        st.booleans(),  # restart Home Assistant at this event
        st.integers(min_value=1, max_value=300),  # seconds it is down
    ),
    max_size=60,
)


RESTART = "restart"  # an unobserved restart: unknown, but sitting before and after keeps the streak


def oracle(
    events: list[tuple[datetime, bool | str | None]], end: datetime
) -> tuple[timedelta, int, timedelta]:
    """Sitting time, breaks and the final streak, from the segments of the event list."""
    segments = [
        (start, nxt, state)
        for (start, state), (nxt, _) in zip(
            events, [*events[1:], (end, None)], strict=True
        )
    ]  # zero-length segments stay: sitting down for an instant still bridges a gap
    total = timedelta(0)
    streak = timedelta(0)
    breaks = 0
    seen_sitting = False
    gap: list[tuple[datetime, datetime, bool | str | None]] = []

    def close_gap(bridged: bool) -> None:
        nonlocal total, breaks, streak
        if not gap:
            return
        gap_start = gap[0][0]
        gap_end = gap[-1][1]
        confirm = gap_start + MIN_BREAK
        unknown = [s is None or s == RESTART for _, _, s in gap]
        unknown_before_confirm = any(
            u and a < min(confirm, gap_end)
            for u, (a, _, _) in zip(unknown, gap, strict=True)
        )
        if bridged and [s for _, _, s in gap] == [RESTART]:
            pass  # sat before and after a restart: same streak, the downtime not counted
        elif gap_end - gap_start >= MIN_BREAK:
            if not unknown_before_confirm:
                breaks += 1
            streak = timedelta(0)
        elif bridged and not any(unknown):
            total += gap_end - gap_start
            streak += gap_end - gap_start
        gap.clear()

    for start, stop, state in segments:
        if state is True:
            close_gap(bridged=True)
            seen_sitting = True
            total += stop - start
            streak += stop - start
        elif seen_sitting:
            gap.append((start, stop, state))
    close_gap(bridged=False)
    return total, breaks, streak


@settings(max_examples=300, deadline=None)
@given(events_strategy)
def test_sitting_totals_match_oracle(
    raw: list[tuple[int, bool | None, bool, int]],
) -> None:
    coach_settings = CoachSettings(
        timedelta(minutes=45), MIN_BREAK, timedelta(minutes=10), timedelta(minutes=20)
    )
    coach = Coach(coach_settings, ZONE)
    now = T0
    coach.source_changed(now, False)
    events: list[tuple[datetime, bool | str | None]] = [(now, False)]
    for seconds, state, restart, downtime in raw:
        now += timedelta(seconds=seconds)
        coach.source_changed(now, state)
        events.append((now, state))
        if restart:
            # stop at ``now``; start ``downtime`` later. Half of the restarts find the
            # source unchanged (the downtime then counts as that state), the others find a
            # recent change (the downtime is unknown to the tracker).
            data = coach.to_dict(now)
            coach = Coach(coach_settings, ZONE)
            coach.load(data)
            now += timedelta(seconds=downtime)
            continuous = downtime % 2 == 0
            if not continuous:
                events.append((now - timedelta(seconds=downtime), RESTART))
            coach.resume(now, state, continuous=continuous)
            events.append((now, state))
        # a streak is sitting plus bridged gaps: never longer than the time elapsed
        assert coach.tracker.streak <= now - T0
    end = now + timedelta(hours=1)
    coach.tick(end)
    expected_total, expected_breaks, expected_streak = oracle(events, end)
    days = coach.tracker.days.values()
    assert sum((d.sitting for d in days), timedelta(0)) == expected_total
    assert sum(d.breaks for d in days) == expected_breaks
    assert coach.tracker.streak == expected_streak
