"""Routine texts in the user's language: files beside the built-ins, inline for users."""

from __future__ import annotations

from pathlib import Path

import pytest

from custom_components.hamstring_coach.core.language import best_language
from custom_components.hamstring_coach.core.routines import (
    RoutineError,
    load_routine_files,
    load_translation_files,
    merge_routines,
    parse_routines,
    with_translations,
)
from custom_components.hamstring_coach.routine_files import builtin_routines

BUILTIN_DIR = (
    Path(__file__).resolve().parents[2]
    / "custom_components"
    / "hamstring_coach"
    / "routines"
)
TRANSLATIONS_DIR = BUILTIN_DIR / "translations"
LANGUAGES = ["de", "es", "fr", "nl"]

EVENING = """
id: evening
name: Evening
description: Wind down.
steps:
  - id: walk
    name: Walk
    instruction: Walk around.
    seconds: 60
  - id: swing
    name: Leg swings
    instruction: Swing a leg.
    caution: Stop at a sharp pull.
    reps: 5
translations:
  de:
    name: Abend
    steps:
      walk:
        name: Gehen
        instruction: Geh herum.
      swing:
        name: Beinschwingen
        instruction: Schwing ein Bein.
        caution: Hör bei einem scharfen Ziehen auf.
  fr:
    name: Soir
"""


def test_best_language_matches_exactly_then_by_base_language() -> None:
    available = ["en", "de", "pt-BR", "zh-Hant"]
    assert best_language("de", available) == "de"
    assert best_language("de-CH", available) == "de"
    assert best_language("DE", available) == "de"
    assert best_language("pt-BR", available) == "pt-BR"
    assert best_language("pt", available) is None  # pt-BR is not plain Portuguese
    assert best_language("zh-hant", available) == "zh-Hant"
    assert best_language("it", available) is None
    assert best_language("", available) is None


def test_a_user_routine_carries_its_own_translations() -> None:
    (routine,) = parse_routines(EVENING)
    german = routine.in_language("de-AT")
    assert german.name == "Abend"
    assert german.description == "Wind down."  # not translated: the routine's own
    assert [s.name for s in german.steps] == ["Gehen", "Beinschwingen"]
    assert german.steps[1].caution == "Hör bei einem scharfen Ziehen auf."
    assert german.steps[1].reps == 5  # only texts change
    french = routine.in_language("fr")
    assert french.name == "Soir"
    assert [s.name for s in french.steps] == ["Walk", "Leg swings"]
    assert routine.in_language("it") == routine
    # a localized routine can be put into another language: its source stays English
    assert german.in_language("fr").name == "Soir"
    assert german.in_language("en").steps[0].instruction == "Walk around."


def test_a_translation_never_drops_a_caution() -> None:
    (routine,) = parse_routines(
        EVENING.replace("        caution: Hör bei einem scharfen Ziehen auf.\n", "")
    )
    assert routine.in_language("de").steps[1].caution == "Stop at a sharp pull."


@pytest.mark.parametrize(
    ("translations", "problem", "line"),
    [
        (
            "translations:\n  de:\n    steps:\n      jump:\n        name: Springen\n",
            "no step jump",
            18,
        ),
        ("translations:\n  de:\n    colour: rot\n", "colour", 17),
        ("translations:\n  german:\n    name: Abend\n", "language", 16),
        ("translations:\n  de:\n    name: ''\n", "length", 17),
        (
            "translations:\n  de:\n    steps:\n      walk:\n        caution: Vorsicht.\n",
            "no caution",
            18,
        ),
    ],
)
def test_a_bad_translation_is_reported_with_its_line(
    translations: str, problem: str, line: int
) -> None:
    text = EVENING.split("translations:", maxsplit=1)[0] + translations
    with pytest.raises(RoutineError) as err:
        parse_routines(text)
    assert problem in err.value.problem
    assert err.value.line == line


def builtin() -> dict[str, object]:
    return merge_routines(builtin_routines(), [])


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_builtin_text_is_translated(language: str) -> None:
    """Each shipped language has every name, description, instruction and caution."""
    for routine in builtin().values():
        localized = routine.in_language(language)  # type: ignore[attr-defined]
        assert localized.name != routine.name, (language, routine.id)  # type: ignore[attr-defined]
        assert localized.description != routine.description, routine.id  # type: ignore[attr-defined]
        for own, step in zip(routine.steps, localized.steps, strict=True):  # type: ignore[attr-defined]
            assert step.instruction != own.instruction, (language, step.id)
            assert (step.caution is None) == (own.caution is None), step.id
            if own.caution:
                assert step.caution != own.caution, (language, step.id)


def test_translation_files_name_only_routines_and_steps_that_exist() -> None:
    routines = load_routine_files(BUILTIN_DIR.glob("*.yaml"))
    with pytest.raises(RoutineError, match="no routine jumping"):
        with_translations(routines, {"de": {"jumping": {"name": "Springen"}}})
    with pytest.raises(RoutineError, match="desk_break: no step jump"):
        with_translations(
            routines, {"de": {"desk_break": {"steps": {"jump": {"name": "Springen"}}}}}
        )


def test_a_bad_translation_file_names_the_file(tmp_path: Path) -> None:
    bad = tmp_path / "de.yaml"
    bad.write_text("desk_break:\n  name: 3\n", encoding="utf-8")
    with pytest.raises(RoutineError, match=r"de\.yaml"):
        load_translation_files([bad])


def test_a_broken_translation_file_names_the_file_and_line(tmp_path: Path) -> None:
    bad = tmp_path / "nl.yaml"
    bad.write_text("desk_break:\n  name: [oops\n", encoding="utf-8")
    with pytest.raises(RoutineError, match=r"nl\.yaml") as err:
        load_translation_files([bad])
    assert err.value.line == 3
