"""Routine files and the step-by-step runner, with an explicit clock."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from custom_components.hamstring_coach.core.routines import (
    RoutineError,
    RoutineEventKind,
    RoutineRunner,
    load_routine_files,
    merge_routines,
    parse_routines,
)

BUILTIN_DIR = (
    Path(__file__).resolve().parents[2]
    / "custom_components"
    / "hamstring_coach"
    / "routines"
)
T0 = datetime(2026, 5, 6, 10, 0, tzinfo=UTC)  # a Wednesday
BUILTIN_IDS = [
    "desk_break",
    "dynamic_mobility",
    "glute_core",
    "nerve_glides",
    "posture_reset",
]


def builtin() -> dict[str, object]:
    return merge_routines(load_routine_files(BUILTIN_DIR.glob("*.yaml")), [])


def runner() -> RoutineRunner:
    return RoutineRunner(builtin(), UTC)  # type: ignore[arg-type]


def test_builtin_routines_are_valid_and_written_out() -> None:
    routines = builtin()
    assert sorted(routines) == BUILTIN_IDS
    desk = routines["desk_break"]
    assert [s.id for s in desk.steps] == ["stand_up", "walk", "leg_swings", "hip_hinge"]
    glides = routines["nerve_glides"]
    assert all(step.caution for step in glides.steps)  # every glide says when to stop
    assert all(step.seconds is None or step.seconds <= 60 for step in glides.steps)


def run_to_end(r: RoutineRunner, start: datetime) -> tuple[list[str], datetime]:
    """Advance timed stages by the clock and counted ones with next()."""
    kinds: list[str] = []
    now = start
    for _ in range(200):
        if r.current is None:
            return kinds, now
        end = r.next_instant()
        if end is None:
            now += timedelta(seconds=20)
            kinds += [e.kind.value for e in r.next(now)]
        else:
            now = end
            kinds += [e.kind.value for e in r.tick(now)]
    raise AssertionError("routine never ended")


@pytest.mark.parametrize("routine_id", BUILTIN_IDS)
def test_every_builtin_routine_runs_to_completion(routine_id: str) -> None:
    r = runner()
    events = r.start(T0, routine_id)
    assert [e.kind for e in events] == [RoutineEventKind.STARTED, RoutineEventKind.STEP]
    kinds, end = run_to_end(r, T0)
    assert kinds[-1] == "routine_completed"
    stages = len(builtin()[routine_id].stages)  # type: ignore[attr-defined]
    assert kinds.count("routine_step") == stages - 1
    assert r.completions[-1].finished
    assert r.completions[-1].routine == routine_id
    assert r.view(end).routine is None


def test_desk_break_takes_about_two_minutes() -> None:
    r = runner()
    r.start(T0, "desk_break")
    _, end = run_to_end(r, T0)
    assert timedelta(minutes=1) <= end - T0 <= timedelta(minutes=3)


def test_timed_step_view_pause_and_resume() -> None:
    r = runner()
    r.start(T0, "desk_break")
    view = r.view(T0 + timedelta(seconds=5))
    assert (view.step, view.index, view.total, view.seconds_left) == (
        "stand_up",
        1,
        4,
        10,
    )
    r.pause(T0 + timedelta(seconds=5))
    assert r.next_instant() is None
    assert r.tick(T0 + timedelta(minutes=5)) == []
    assert r.view(T0 + timedelta(minutes=5)).seconds_left == 10
    assert r.view(T0 + timedelta(minutes=5)).paused
    r.resume(T0 + timedelta(minutes=5))
    assert r.next_instant() == T0 + timedelta(minutes=5, seconds=10)
    events = r.tick(T0 + timedelta(minutes=5, seconds=10))
    assert [e.data["step"] for e in events] == ["walk"]
    assert r.view(T0 + timedelta(minutes=5, seconds=10)).progress == 25


def test_sets_and_rests_become_stages() -> None:
    r = runner()
    events = r.start(T0, "glute_core")
    first = events[-1].data
    assert (first["step"], first["set"], first["sets"], first["reps"]) == (
        "glute_bridge",
        1,
        2,
        12,
    )
    rest = r.next(T0 + timedelta(seconds=40))[0].data
    assert rest["rest"] is True
    assert rest["seconds"] == 30
    second = r.tick(T0 + timedelta(seconds=70))[0].data
    assert (second["step"], second["set"], second["rest"]) == ("glute_bridge", 2, False)


def test_stop_logs_partial_run_and_commands_need_a_routine() -> None:
    r = runner()
    with pytest.raises(LookupError):
        r.next(T0)
    with pytest.raises(LookupError):
        r.stop(T0)
    with pytest.raises(LookupError):
        r.pause(T0)
    with pytest.raises(LookupError):
        r.resume(T0)
    with pytest.raises(KeyError):
        r.start(T0, "nope")
    r.start(T0, "posture_reset")
    r.next(T0 + timedelta(seconds=30))
    events = r.stop(T0 + timedelta(seconds=40))
    assert events[0].kind is RoutineEventKind.STOPPED
    assert events[0].data["steps_done"] == 1
    log = r.completions[-1]
    assert (log.finished, log.steps_done, log.steps_total) == (False, 1, 4)


def test_starting_another_routine_stops_the_current_one() -> None:
    r = runner()
    r.start(T0, "desk_break")
    events = r.start(T0 + timedelta(seconds=3), "posture_reset")
    assert [e.kind for e in events] == [
        RoutineEventKind.STOPPED,
        RoutineEventKind.STARTED,
        RoutineEventKind.STEP,
    ]
    assert events[0].data["reason"] == "replaced"


def test_week_and_streak_counts() -> None:
    r = runner()
    for days_ago in (0, 1, 2, 4):  # Wed, Tue, Mon, previous Sat
        start = T0 - timedelta(days=days_ago)
        r.start(start, "desk_break")
        run_to_end(r, start)
    r.start(T0 + timedelta(hours=1), "posture_reset")
    r.stop(T0 + timedelta(hours=1, minutes=1))  # a stopped run does not count
    assert r.completions_this_week(T0 + timedelta(hours=2)) == 3
    assert r.streak_days(T0 + timedelta(hours=2)) == 3
    # the next morning, before today's routine, yesterday still carries the streak
    assert r.streak_days(T0 + timedelta(days=1)) == 3
    assert r.streak_days(T0 + timedelta(days=2)) == 0


def test_restart_resumes_short_and_stops_long() -> None:
    r = runner()
    r.start(T0, "desk_break")
    data = r.to_dict()
    short = runner()
    short.load(data)
    assert (
        short.resume_after_restart(
            T0 + timedelta(seconds=20), T0 + timedelta(seconds=5)
        )[0].data["step"]
        == "walk"
    )
    long = runner()
    long.load(data)
    events = long.resume_after_restart(
        T0 + timedelta(minutes=30), T0 + timedelta(seconds=5)
    )
    assert events[0].kind is RoutineEventKind.STOPPED
    assert events[0].data["reason"] == "restart"
    assert long.completions[-1].ended == T0 + timedelta(seconds=5)


def test_load_drops_a_routine_that_no_longer_exists() -> None:
    r = runner()
    r.start(T0, "desk_break")
    data = r.to_dict()
    data["current"] = "gone"
    other = runner()
    other.load(data)
    assert other.current is None


def test_user_file_errors_name_the_line() -> None:
    text = "\n".join(
        [
            "- id: evening",
            "  name: Evening",
            "  steps:",
            "    - id: bridge",
            "      name: Bridge",
            "      instruction: Lift the hips.",
            "      reps: 500",
        ]
    )
    with pytest.raises(RoutineError) as err:
        parse_routines(text)
    assert err.value.line == 7
    assert "100" in err.value.problem
    with pytest.raises(RoutineError) as err:
        parse_routines(
            "- id: a\n  name: A\n  steps:\n    - id: s\n      name: S\n      instruction: x\n"
        )
    assert err.value.line == 4
    assert "seconds or reps" in err.value.problem
    with pytest.raises(RoutineError) as err:
        parse_routines("- id: [unclosed\n")
    assert err.value.line is not None
    with pytest.raises(RoutineError, match="list of routines"):
        parse_routines("just text")
    assert parse_routines("") == []


def test_user_routines_merge_but_never_replace_builtins() -> None:
    user = parse_routines(
        "id: evening\nname: Evening\nsteps:\n  - id: walk\n    name: Walk\n    instruction: Walk.\n    seconds: 60\n"
    )
    merged = merge_routines(load_routine_files(BUILTIN_DIR.glob("*.yaml")), user)
    assert "evening" in merged
    clash = parse_routines(
        "id: desk_break\nname: Mine\nsteps:\n  - id: walk\n    name: Walk\n    instruction: Walk.\n    seconds: 60\n"
    )
    with pytest.raises(RoutineError, match="built-in"):
        merge_routines(load_routine_files(BUILTIN_DIR.glob("*.yaml")), clash)
    with pytest.raises(RoutineError, match="twice"):
        parse_routines(
            "- id: a\n  name: A\n  steps: [{id: s, name: S, instruction: x, reps: 3}]\n"
            "- id: a\n  name: B\n  steps: [{id: s, name: S, instruction: x, reps: 3}]\n"
        )


PICTURES = BUILTIN_DIR.parent / "pictures"


def test_every_builtin_step_has_a_picture() -> None:
    for routine in builtin().values():
        for step in routine.steps:  # type: ignore[attr-defined]
            assert step.image == f"builtin:{step.id}", (routine, step.id)
            assert (PICTURES / f"{step.id}.png").is_file(), step.id


def user_step(image: str) -> str:
    return "\n".join(
        [
            "- id: evening",
            "  name: Evening",
            "  steps:",
            "    - id: bridge",
            "      name: Bridge",
            "      instruction: Lift the hips.",
            "      reps: 10",
            f"      image: {image}",
        ]
    )


@pytest.mark.parametrize(
    "image",
    [
        "builtin:glute_bridge",
        "www/exercises/bridge.png",
        "https://example.org/bridge.jpg",
        "pictures/bridge.webp",
    ],
)
def test_user_step_images_that_are_fine(image: str) -> None:
    (routine,) = parse_routines(user_step(image))
    assert routine.steps[0].image == image


@pytest.mark.parametrize(
    ("image", "problem"),
    [
        ("../secrets.yaml", "inside the config folder"),
        ("/etc/passwd", "inside the config folder"),
        ("www/bridge.txt", "a picture"),
        ("ftp://example.org/a.png", "a picture"),
        ("builtin:Bad Name", "a picture"),
        ("www/drawing.svg", "a picture"),  # raster only: no script from HA's address
        ("www/a\\x01.png", "control characters"),
        ("", "a picture"),
    ],
)
def test_user_step_images_that_are_refused(image: str, problem: str) -> None:
    with pytest.raises(RoutineError) as err:
        parse_routines(user_step(f'"{image}"'))
    assert err.value.line == 8
    assert problem in err.value.problem


def test_the_view_carries_the_step_picture() -> None:
    r = runner()
    r.start(T0, "desk_break")
    assert r.view(T0).image == "builtin:stand_up"
    r.stop(T0)
    assert r.view(T0).image is None
