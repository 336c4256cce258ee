"""Every language holds every text: the same keys, the same placeholders, none empty."""

from __future__ import annotations

import json
from pathlib import Path
import re
from typing import Any

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "custom_components" / "hamstring_coach"
STRINGS: dict[str, Any] = json.loads((PACKAGE / "strings.json").read_text("utf-8"))
LANGUAGES = sorted(path.stem for path in (PACKAGE / "translations").glob("*.json"))
PLACEHOLDER = re.compile(r"\{(\w+)\}")


def leaves(data: dict[str, Any], prefix: str = "") -> dict[str, str]:
    """Return every text by its dotted key."""
    found: dict[str, str] = {}
    for key, value in data.items():
        path = f"{prefix}.{key}" if prefix else key
        if isinstance(value, dict):
            found |= leaves(value, path)
        else:
            found[path] = value
    return found


ENGLISH = leaves(STRINGS)


def language(code: str) -> dict[str, str]:
    text = (PACKAGE / "translations" / f"{code}.json").read_text("utf-8")
    return leaves(json.loads(text))


# Home Assistant loads a regional form's own file and then English, never the plain
# language: a regional form the frontend offers is a copy of its language.
REGIONAL = {"es-419": "es"}


def test_the_shipped_languages() -> None:
    assert LANGUAGES == ["de", "en", "es", "es-419", "fr", "nl"]


@pytest.mark.parametrize(("regional", "plain"), REGIONAL.items())
def test_a_regional_form_is_a_copy_of_its_language(regional: str, plain: str) -> None:
    translations = PACKAGE / "translations"
    assert (translations / f"{regional}.json").read_text("utf-8") == (
        translations / f"{plain}.json"
    ).read_text("utf-8")


@pytest.mark.parametrize("code", LANGUAGES)
def test_every_key_and_placeholder_and_no_empty_text(code: str) -> None:
    texts = language(code)
    assert set(texts) == set(ENGLISH), (
        sorted(set(ENGLISH) - set(texts)),
        sorted(set(texts) - set(ENGLISH)),
    )
    for key, english in ENGLISH.items():
        text = texts[key]
        assert isinstance(text, str), key
        assert text.strip(), key
        assert sorted(PLACEHOLDER.findall(text)) == sorted(
            PLACEHOLDER.findall(english)
        ), key
        assert text.count("\n") == english.count("\n"), key
        assert "[%key:" not in text, key


@pytest.mark.parametrize("code", [c for c in LANGUAGES if c != "en"])
def test_texts_are_translated_not_copied(code: str) -> None:
    """Only names, units and words the language shares with English stay English."""
    texts = language(code)
    same = [
        key
        for key, english in ENGLISH.items()
        if texts[key] == english and len(english) > 12
    ]
    assert same == [], same


# how each language says whom to call in an emergency, before the number
LOCAL_EMERGENCY = {
    "es-419": r"\bllama (\w+ )?al \{number\}",
    "de": r"\bNotruf \{number\}",
    "en": r"\bcall \{number\}",
    "es": r"\bllama (\w+ )?al \{number\}",
    "fr": r"\bappelez (\w+ )?le \{number\}",
    "nl": r"\balarmnummer \{number\}",
}


@pytest.mark.parametrize("code", LANGUAGES)
def test_an_emergency_text_says_whom_to_call(code: str) -> None:
    """Every emergency text carries the number to call, filled in at run time."""
    texts = language(code)
    for key in (
        "common.level_emergency",
        "common.help_emergency",
        "common.triage_emergency_title",
        "common.reason_cauda_equina_signs",
        "common.reason_both_legs",
    ):
        assert "{number}" in texts[key], (code, key)
        if key != "common.triage_emergency_title":
            assert re.search(LOCAL_EMERGENCY[code], texts[key], re.IGNORECASE), (
                code,
                key,
            )
        assert not re.search(r"\b(112|911|999|000|15)\b", texts[key]), (code, key)


@pytest.mark.parametrize("code", LANGUAGES)
def test_the_routine_picker_shows_the_routines_names(code: str) -> None:
    """The select's options read as the routine is called when it runs and is spoken."""
    routines = PACKAGE / "routines"
    code = REGIONAL.get(code, code)
    if code == "en":
        names = {
            path.stem: yaml.safe_load(path.read_text("utf-8"))["name"]
            for path in routines.glob("*.yaml")
        }
    else:
        texts = yaml.safe_load(
            (routines / "translations" / f"{code}.yaml").read_text("utf-8")
        )
        names = {routine: text["name"] for routine, text in texts.items()}
    options = json.loads((PACKAGE / "translations" / f"{code}.json").read_text("utf-8"))
    assert options["entity"]["select"]["routine"]["state"] == names
