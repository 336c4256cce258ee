"""Which routine a person means, by id or by name in any language."""

from __future__ import annotations

import pytest

from custom_components.hamstring_coach.core.routine_names import (
    comparable,
    find_routine_id,
)
from custom_components.hamstring_coach.core.routines import (
    Routine,
    merge_routines,
    parse_routines,
)
from custom_components.hamstring_coach.routine_files import builtin_routines
from custom_components.hamstring_coach.voice_words import ROUTINE_WORDS


def routines(user: str = "") -> dict[str, Routine]:
    return merge_routines(builtin_routines(), parse_routines(user))


def user_routine(routine_id: str, name: str) -> str:
    return (
        f"- id: {routine_id}\n  name: {name}\n"
        "  steps: [{id: a, name: A, instruction: Do it., reps: 3}]\n"
    )


def find(wanted: str, user: str = "") -> str | None:
    return find_routine_id(routines(user), wanted, ROUTINE_WORDS)


@pytest.mark.parametrize(
    ("said", "routine"),
    [
        ("desk_break", "desk_break"),
        ("Desk break", "desk_break"),
        ("the desk break routine", "desk_break"),
        ("desk breaks", "desk_break"),
        ("Schreibtischpause", "desk_break"),
        ("la routine pause au bureau", "desk_break"),
        ("séance pause au bureau", "desk_break"),  # an accented routine word
        ("d'activation des fessiers", "glute_core"),  # the start of a long name
        ("Gesass- und Rumpfaktivierung", "glute_core"),
        ("Ischiasnerv Gleitübungen", "nerve_glides"),
        ("movilidad dinamica", "dynamic_mobility"),
        ("nerve glide", "nerve_glides"),
    ],
)
def test_a_builtin_routine_by_any_of_its_names(said: str, routine: str) -> None:
    assert find(said) == routine


def test_a_users_exact_name_beats_a_builtins_loose_one() -> None:
    user = user_routine("sit_fix", "Posture") + user_routine("pause", "Pause")
    assert find("Posture", user) == "sit_fix"  # not posture_reset ("Posture reset")
    assert find("Pause", user) == "pause"  # not desk_break ("Pause au bureau")
    assert find("posture reset", user) == "posture_reset"


def test_routine_words_in_a_users_name_are_part_of_it() -> None:
    user = user_routine("neck_routine", "Neck stretches") + user_routine(
        "abs", "Core exercises"
    )
    assert find("Neck stretches", user) == "neck_routine"
    assert find("Core exercises", user) == "abs"  # never glute_core
    assert find("neck", user) == "neck_routine"


@pytest.mark.parametrize("said", ["", "l'", "-", "e", "set", "the routine", "yoga"])
def test_too_little_or_nothing_known_names_no_routine(said: str) -> None:
    assert find(said) is None


def test_words_two_routines_share_name_neither() -> None:
    user = user_routine("core_a", "Core morning") + user_routine(
        "core_b", "Core evening"
    )
    assert find("core", user) is None
    assert find("core morning", user) == "core_a"


def test_names_compare_without_accents_apostrophes_or_hyphens() -> None:
    assert comparable("Runner\u2019s stretch") == comparable("runner's stretch")
    assert comparable("Gesäß-Übung") == "gesass ubung"
    assert (
        find("runner's stretch", user_routine("runner", "Runner\u2019s stretch"))
        == "runner"
    )
