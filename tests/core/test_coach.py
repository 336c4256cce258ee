"""Reminder policy and coach, driven directly with an explicit clock."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from custom_components.hamstring_coach.core.coach import Coach, CoachSettings
from custom_components.hamstring_coach.core.reminders import (
    ACKNOWLEDGE_GRACE,
    ReminderKind,
)

T0 = datetime(2026, 5, 4, 8, 0, tzinfo=UTC)


def m(n: float) -> timedelta:
    return timedelta(minutes=n)


def coach(break_after: int = 45, repeat: int = 10, posture: int = 0) -> Coach:
    return Coach(
        CoachSettings(
            break_after=m(break_after),
            min_break=timedelta(seconds=60),
            reminder_repeat=m(repeat),
            posture_check_every=m(posture),
        ),
        UTC,
    )


def run(c: Coach, until: datetime) -> list[tuple[str, int, datetime]]:
    """Tick the coach at every instant it asks for, up to ``until``; return what it said."""
    said: list[tuple[str, int, datetime]] = []
    now = T0
    while True:
        nxt = c.next_instant(now)
        if nxt > until:
            return said
        now = nxt
        said += [(r.kind.value, int(r.streak / m(1)), now) for r in c.tick(now)]


def test_break_due_at_break_after_then_repeats() -> None:
    c = coach()
    assert c.source_changed(T0, True) == []
    said = run(c, T0 + m(70))
    assert said == [
        ("break_due", 45, T0 + m(45)),
        ("break_due", 55, T0 + m(55)),
        ("break_due", 65, T0 + m(65)),
    ]
    assert c.view(T0 + m(70)).break_due


def test_repeat_zero_reminds_once() -> None:
    c = coach(repeat=0)
    c.source_changed(T0, True)
    assert [s[0] for s in run(c, T0 + m(120))] == ["break_due"]


def test_posture_checks_before_break_only() -> None:
    c = coach(break_after=45, posture=20)
    c.source_changed(T0, True)
    said = run(c, T0 + m(50))
    assert said == [
        ("posture_check", 20, T0 + m(20)),
        ("posture_check", 40, T0 + m(40)),
        ("break_due", 45, T0 + m(45)),
    ]


def test_break_clears_break_due_and_says_break_taken() -> None:
    c = coach()
    c.source_changed(T0, True)
    run(c, T0 + m(46))
    c.source_changed(T0 + m(46), False)
    assert c.view(T0 + m(46)).break_due  # not yet a break
    said = run(c, T0 + m(48))
    assert said == [("break_taken", 46, T0 + m(47))]
    view = c.view(T0 + m(48))
    assert not view.break_due
    assert view.breaks_today == 1
    assert view.streak_minutes == 0


def test_no_break_taken_event_without_a_reminder() -> None:
    c = coach()
    c.source_changed(T0, True)
    c.source_changed(T0 + m(10), False)
    assert run(c, T0 + m(20)) == []


def test_snooze_holds_then_delivers() -> None:
    c = coach()
    c.source_changed(T0, True)
    c.snooze(T0 + m(40), m(15))
    assert not c.view(T0 + m(50)).break_due
    said = run(c, T0 + m(56))
    assert said == [("break_due", 55, T0 + m(55))]
    assert c.view(T0 + m(56)).snoozed_until is None


def test_switch_off_silences_everything() -> None:
    c = coach(posture=20)
    c.source_changed(T0, True)
    c.set_enabled(T0, False)
    assert run(c, T0 + m(90)) == []
    assert not c.view(T0 + m(90)).break_due
    said = c.set_enabled(T0 + m(90), True)
    assert [r.kind for r in said] == [ReminderKind.BREAK_DUE]


def test_schedule_off_silences() -> None:
    c = coach()
    c.set_schedule(T0, False)
    c.source_changed(T0, True)
    assert run(c, T0 + m(60)) == []
    assert [r.kind for r in c.set_schedule(T0 + m(60), True)] == [
        ReminderKind.BREAK_DUE
    ]


def test_pause_holds_break_reminder_and_skips_posture() -> None:
    c = coach(posture=20)
    c.source_changed(T0, True)
    c.set_paused(T0 + m(10), True)
    assert run(c, T0 + m(80)) == []
    assert c.view(T0 + m(80)).break_due  # due, only held
    said = c.set_paused(T0 + m(80), False)
    assert [(r.kind, int(r.streak / m(1))) for r in said] == [
        (ReminderKind.BREAK_DUE, 80)
    ]
    assert c.set_paused(T0 + m(81), False) == []  # delivered once, not twice


def test_acknowledge_holds_repeats_for_a_grace_period() -> None:
    c = coach(repeat=1)
    c.source_changed(T0, True)
    run(c, T0 + m(45))
    c.acknowledge(T0 + m(45))
    said = run(c, T0 + m(45) + ACKNOWLEDGE_GRACE + m(0.5))
    assert said == [("break_due", 50, T0 + m(45) + ACKNOWLEDGE_GRACE)]


def test_no_reminder_during_a_short_gap() -> None:
    c = coach()
    c.source_changed(T0, True)
    c.source_changed(T0 + m(44.9), False)
    assert run(c, T0 + m(45.5)) == []


def test_wakes_while_sitting_only_when_a_shown_value_moves() -> None:
    """The streak and today's total move in 5-minute steps, the streak by the minute
    in the 10 minutes before the break is due; the coach wakes only for those."""
    c = coach()  # break after 45 minutes
    start = T0 + timedelta(seconds=20)
    c.source_changed(start, True)
    assert c.next_instant(start) == start + m(5)
    c.tick(start + m(30))
    assert c.next_instant(start + m(30)) == start + m(35)
    for minute in range(35, 45):  # the live window: every minute
        c.tick(start + m(minute))
        assert c.next_instant(start + m(minute)) == start + m(minute + 1), minute
    c.tick(start + m(46))
    assert c.next_instant(start + m(46)) == start + m(50)
    # today's total steps on its own grid: 7 minutes sat earlier today
    d = coach()
    d.source_changed(T0, True)
    d.source_changed(T0 + m(7), False)
    d.tick(T0 + m(10))
    d.source_changed(T0 + m(10), True)
    assert d.next_instant(T0 + m(10)) == T0 + m(13)  # today reaches 10 minutes
    assert c.next_instant(start + m(46)) == start + m(50)


def test_minute_ticks_while_sitting_only() -> None:
    c = coach()
    c.source_changed(T0 + timedelta(seconds=20), True)
    c.source_changed(T0 + m(5), False)
    assert c.next_instant(T0 + m(5)) == T0 + m(6)  # the gap end
    c.tick(T0 + m(6))
    # up since 08:05: the hour up reaches into 09:00-09:05, a stand hour at 09:01
    assert c.next_instant(T0 + m(6)) == T0 + m(61)
    c.tick(T0 + m(61))
    assert c.next_instant(T0 + m(61)) == datetime(2026, 5, 5, tzinfo=UTC)  # midnight


def test_settings_apply_without_losing_counts() -> None:
    c = coach()
    c.source_changed(T0, True)
    c.tick(T0 + m(20))
    said = c.apply_settings(
        T0 + m(20),
        CoachSettings(m(15), timedelta(seconds=60), m(10), m(0)),
    )
    assert [r.kind for r in said] == [ReminderKind.BREAK_DUE]
    assert c.view(T0 + m(20)).sitting_today_minutes == 20


def test_round_trip_and_resume_continuous() -> None:
    c = coach()
    c.source_changed(T0, True)
    data = c.to_dict(T0 + m(30))
    restored = coach()
    restored.load(data)
    said = restored.resume(T0 + m(50), True, continuous=True)
    assert [r.kind for r in said] == [ReminderKind.BREAK_DUE]
    view = restored.view(T0 + m(50))
    assert view.streak_minutes == 50
    assert view.sitting_today_minutes == 50


def test_resume_unknown_downtime_is_not_counted() -> None:
    c = coach()
    c.source_changed(T0, True)
    restored = coach()
    restored.load(c.to_dict(T0 + m(46)))
    said = restored.resume(T0 + m(46.5), True, continuous=False)
    view = restored.view(T0 + m(46.5))
    assert view.streak_minutes == 46  # quick restart: the streak goes on
    assert [r.kind for r in said] == [ReminderKind.BREAK_DUE]
    # a long restart, sitting before and after: same streak, downtime not counted
    longer = coach()
    longer.load(c.to_dict(T0 + m(46)))
    longer.resume(T0 + m(60), True, continuous=False)
    view = longer.view(T0 + m(61))
    assert view.streak_minutes == 46
    assert view.sitting_today_minutes == 46
    longer.tick(T0 + m(70))
    assert longer.view(T0 + m(70)).streak_minutes == 56
    # up after a long restart: the streak ended while nobody watched, no break counted
    away = coach()
    away.load(c.to_dict(T0 + m(46)))
    said = away.resume(T0 + m(60), False, continuous=False)
    view = away.view(T0 + m(60))
    assert (view.streak_minutes, view.breaks_today, view.sitting_today_minutes) == (
        0,
        0,
        46,
    )
    assert said == []  # no break_taken for a break nobody saw


def test_inputs_bring_the_tracker_up_to_date() -> None:
    c = coach(break_after=5)
    c.source_changed(T0, True)
    said = c.set_paused(T0 + m(6), False)  # no tick in between
    assert [r.kind for r in said] == [ReminderKind.BREAK_DUE]
    assert c.next_instant(T0 + m(6)) == T0 + m(10)  # the next shown step


def test_load_rejects_unknown_format() -> None:
    data = coach().to_dict(T0)
    data["format"] = 99
    with pytest.raises(ValueError, match="format"):
        coach().load(data)


def test_sitting_unknown_when_sources_unknown() -> None:
    c = coach()
    assert c.view(T0).sitting is None
    c.source_changed(T0, False)
    assert c.view(T0).sitting is False
    c.source_changed(T0, True)
    assert c.view(T0).sitting is True
    c.source_changed(T0 + m(1), False)
    assert c.view(T0 + m(1)).sitting is True  # debounced
    c.tick(T0 + m(2))
    assert c.view(T0 + m(2)).sitting is False


# -- break statistics: reminders, snoozes, breaks after a reminder, per day -----------


def test_break_statistics_of_a_day() -> None:
    c = coach()  # break after 45, repeat every 10, shortest break 60 s
    # streak 1: reminded at 45 and 55, up at 58: a break after a reminder
    c.source_changed(T0, True)
    run(c, T0 + m(58))
    c.source_changed(T0 + m(58), False)
    run(c, T0 + m(70))
    view = c.view(T0 + m(70))
    assert (view.reminders_today, view.reminders_snoozed_today) == (2, 0)
    assert view.breaks_after_reminder_today == 1
    # streak 2: reminded at 45, snoozed for 30 minutes, up at 73, long after the
    # reminder: a break, but not one within 5 minutes of a reminder
    start = T0 + m(70)
    c.source_changed(start, True)
    run(c, start + m(46))
    c.snooze(start + m(46), m(30))
    run(c, start + m(72))
    c.source_changed(start + m(73), False)
    run(c, start + m(80))
    view = c.view(start + m(80))
    assert view.reminders_today == 2 + 1
    assert view.reminders_snoozed_today == 1
    assert view.breaks_after_reminder_today == 1
    assert view.breaks_today == 2
    # streak 3: up before any reminder: a break, but not one after a reminder; a
    # snooze with nothing due is a hold, not a snoozed reminder
    start = T0 + m(160)
    c.source_changed(start, True)
    c.snooze(start + m(10), m(15))
    c.source_changed(start + m(30), False)
    run(c, start + m(40))
    view = c.view(start + m(40))
    assert view.breaks_today == 3
    assert view.reminders_snoozed_today == 1
    assert view.breaks_after_reminder_today == 1


def test_break_statistics_survive_a_restart_and_old_files_load() -> None:
    c = coach()
    c.source_changed(T0, True)
    run(c, T0 + m(47))
    c.source_changed(T0 + m(47), False)
    run(c, T0 + m(50))
    data = c.to_dict(T0 + m(50))
    again = coach()
    again.load(data)
    view = again.view(T0 + m(50))
    assert (view.reminders_today, view.breaks_after_reminder_today) == (1, 1)
    # a state file of 0.3.0 has no such counts: they start at 0
    for stats in data["tracker"]["days"].values():
        for key in ("reminders", "snoozed", "answered"):
            del stats[key]
    old = coach()
    old.load(data)
    assert old.view(T0 + m(50)).reminders_today == 0
    assert old.view(T0 + m(50)).breaks_today == 1


def test_escalation_after_unanswered_reminders() -> None:
    c = Coach(
        CoachSettings(
            break_after=m(45),
            min_break=timedelta(seconds=60),
            reminder_repeat=m(10),
            posture_check_every=m(0),
            escalate_after=2,
        ),
        UTC,
    )
    c.source_changed(T0, True)
    said = []
    now = T0
    while now < T0 + m(80):
        now = c.next_instant(now)
        said += [(int(r.streak / m(1)), r.escalated) for r in c.tick(now)]
    # two reminders go unanswered; the third and later ones are escalated
    assert said == [(45, False), (55, False), (65, True), (75, True)]
    # a new streak starts calm again
    c.source_changed(T0 + m(80), False)
    c.tick(T0 + m(82))
    c.source_changed(T0 + m(85), True)
    assert [r.escalated for r in c.tick(T0 + m(130))] == [False]


def test_no_escalation_when_off() -> None:
    c = coach()
    c.source_changed(T0, True)
    assert not any(r.escalated for r in c.tick(T0 + m(45)) + c.tick(T0 + m(95)))


def test_wakes_when_the_live_window_opens_off_the_grid() -> None:
    """Break after 47: the streak moves by the minute from 37, not from 40."""
    c = coach(break_after=47)
    c.source_changed(T0, True)
    c.tick(T0 + m(35))
    assert c.next_instant(T0 + m(35)) == T0 + m(37)
    c.tick(T0 + m(37))
    assert c.next_instant(T0 + m(37)) == T0 + m(38)


def stand_coach(goal: int = 0, nudge: int | None = None) -> Coach:
    return Coach(
        CoachSettings(
            break_after=m(240),
            min_break=timedelta(seconds=60),
            reminder_repeat=m(10),
            posture_check_every=m(0),
            stand_goal_hours=goal,
            stand_nudge_minute=nudge,
        ),
        UTC,
    )


def test_hourly_stand_nudge_only_in_an_hour_without_standing() -> None:
    c = stand_coach(nudge=50)
    c.source_changed(T0, True)  # 08:00
    said = run(c, T0 + m(175))
    # 08:50 and 09:50 nudge; at 10:50 too (sitting all along)
    assert [(k, t) for k, _, t in said] == [
        ("stand_nudge", T0 + m(50)),
        ("stand_nudge", T0 + m(110)),
        ("stand_nudge", T0 + m(170)),
    ]
    d = stand_coach(nudge=50)
    d.source_changed(T0, True)
    d.source_changed(T0 + m(10), False)  # up two minutes at 08:10: a stand hour
    d.source_changed(T0 + m(12), True)
    assert [(k, t) for k, _, t in run(d, T0 + m(115))] == [
        ("stand_nudge", T0 + m(110)),  # 08:50 skipped: this hour had standing
    ]
    assert d.view(T0 + m(115)).stand_hours_today == 1
    # snoozed or paused: no nudge
    e = stand_coach(nudge=50)
    e.source_changed(T0, True)
    e.set_paused(T0 + m(1), True)
    assert run(e, T0 + m(55)) == []


def test_stand_goal_reached_once_a_day() -> None:
    c = stand_coach(goal=2)
    for hour in (0, 1, 2):  # up for two minutes in three hours
        c.source_changed(T0 + m(60 * hour), True)
        c.source_changed(T0 + m(60 * hour + 30), False)
        said = c.source_changed(T0 + m(60 * hour + 32), True)
        kinds = [r.kind.value for r in said]
        assert kinds == (["stand_goal_reached"] if hour == 1 else []), hour
    assert c.view(T0 + m(200)).stand_hours_today == 3
    data = c.to_dict(T0 + m(200))
    again = stand_coach(goal=2)
    again.load(data)
    again.source_changed(T0 + m(230), False)
    assert again.source_changed(T0 + m(235), True) == []  # not twice a day


def test_a_snooze_counts_once_per_reminder() -> None:
    c = coach()
    c.source_changed(T0, True)
    run(c, T0 + m(45))  # one reminder
    for minute in (46, 47, 120):  # pressed again, and long after: still one
        c.snooze(T0 + m(minute), m(1))
    assert c.view(T0 + m(121)).reminders_snoozed_today == 1


def test_an_answered_break_across_midnight_counts_on_the_breaks_day() -> None:
    c = Coach(
        CoachSettings(
            break_after=m(45),
            min_break=m(5),
            reminder_repeat=m(10),
            posture_check_every=m(0),
        ),
        UTC,
    )
    evening = datetime(2026, 5, 4, 23, 0, tzinfo=UTC)
    c.source_changed(evening + m(10), True)
    c.tick(evening + m(55))  # reminded at 23:55
    c.source_changed(evening + m(58), False)  # up at 23:58; the break counts at 00:03
    c.tick(evening + m(64))
    view = c.view(evening + m(64))
    assert (view.breaks_today, view.breaks_after_reminder_today) == (1, 1)


def test_the_stand_nudge_stays_out_of_a_break_reminder_and_a_fresh_sit() -> None:
    c = stand_coach(nudge=50)
    c.settings = CoachSettings(
        break_after=m(50),
        min_break=timedelta(seconds=60),
        reminder_repeat=m(10),
        posture_check_every=m(0),
        stand_nudge_minute=50,
    )
    c.policy.settings = c.settings.reminders
    c.source_changed(T0, True)
    kinds = [k for k, _, _ in run(c, T0 + m(52))]
    assert kinds == ["break_due"]  # not the nudge on top of it
    d = stand_coach(nudge=50)
    d.source_changed(T0 + m(52), True)  # sitting down in the nudge window
    assert [k for k, _, _ in run(d, T0 + m(56))] == []


def test_a_standing_desk_day_in_the_view() -> None:
    """Standing time, its share and stand hours, moving in steps while standing."""
    c = stand_coach()
    c.source_changed(T0, True)  # 08:00 sitting
    c.source_changed(T0 + m(60), False, standing=True)  # 09:00 the desk goes up
    assert c.view(T0 + m(60)).sitting_share_today == 100
    # while standing the coach wakes for the shown steps and the stand hour
    wakes = []
    now = T0 + m(60)
    while (now := c.next_instant(now)) <= T0 + m(100):
        c.tick(now)
        wakes.append(now)
    assert T0 + m(61) in wakes  # the stand hour 09:00 counts
    assert T0 + m(65) in wakes  # five minutes of standing shown
    assert len(wakes) <= 12, wakes
    view = c.view(T0 + m(100))
    assert view.standing_today_minutes == 40
    assert view.sitting_today_minutes == 60
    assert view.sitting_share_today == 60  # 60 of 100 minutes seated
    assert view.stand_hours_today == 1
    c.source_changed(T0 + m(100), True)  # down again
    assert c.view(T0 + m(130)).standing_today_minutes == 40
    saved = c.to_dict(T0 + m(130))
    again = stand_coach()
    again.load(saved)
    assert again.view(T0 + m(130)).standing_today_minutes == 40


def test_no_share_without_tracked_time() -> None:
    assert stand_coach().view(T0).sitting_share_today is None


def test_standing_at_the_day_end_is_exact() -> None:
    c = stand_coach()
    c.source_changed(T0 + m(14 * 60), False, standing=True)  # 22:00 UTC
    end = T0 + m(16 * 60) - timedelta(seconds=1)  # 23:59:59
    c.tick(end - m(2))  # 23:58: the next step of five minutes would be midnight
    assert c.next_instant(end - m(2)) == end  # the day's exact totals come first
    c.tick(end)
    assert c.view(end).standing_today_minutes == 120


def test_a_short_stand_that_the_streak_bridges_counts_as_sitting_only() -> None:
    """Sitting wins: a stand shorter than the shortest break is sitting, not both."""
    c = Coach(
        CoachSettings(
            break_after=m(240),
            min_break=m(10),  # a long shortest break
            reminder_repeat=m(10),
            posture_check_every=m(0),
        ),
        UTC,
    )
    c.source_changed(T0, True)
    c.source_changed(T0 + m(20), False, standing=True)  # the desk up for 8 minutes
    c.tick(T0 + m(25))
    assert c.view(T0 + m(25)).standing_today_minutes == 0  # not yet a break
    c.source_changed(T0 + m(28), True)
    c.tick(T0 + m(40))
    view = c.view(T0 + m(40))
    assert (view.sitting_today_minutes, view.standing_today_minutes) == (40, 0)
    c.source_changed(T0 + m(40), False, standing=True)  # up for good this time
    c.tick(T0 + m(50))  # the gap is a break now: its standing counts
    c.tick(T0 + m(55))
    view = c.view(T0 + m(55))
    assert (view.sitting_today_minutes, view.standing_today_minutes) == (40, 15)
    assert view.sitting_share_today == 73
    again = stand_coach()  # the pending standing survives a save in the gap
    again.source_changed(T0, True)
    again.source_changed(T0 + m(10), False, standing=True)
    again.tick(T0 + m(10.5))
    loaded = stand_coach()
    loaded.load(again.to_dict(T0 + m(10.5)))
    loaded.tick(T0 + m(12))
    assert loaded.view(T0 + m(12)).standing_today_minutes == 2
