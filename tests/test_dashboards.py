"""The dashboard in every language: up to date, every label translated, every id real."""

from __future__ import annotations

import importlib.util
from pathlib import Path
import sys
from types import ModuleType
from typing import Any

import pytest
from pytest_homeassistant_custom_component.common import MockConfigEntry
import yaml

from homeassistant.core import HomeAssistant
from homeassistant.setup import async_setup_component

from custom_components.hamstring_coach.const import DOMAIN

ROOT = Path(__file__).resolve().parents[1]
DASHBOARDS = ROOT / "dashboards"


def load_script() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "dashboards_script", ROOT / "scripts" / "dashboards.py"
    )
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


SCRIPT = load_script()
LANGUAGES = SCRIPT.languages()


def test_every_language_has_a_dashboard() -> None:
    assert LANGUAGES == ["de", "es", "fr", "nl"]


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_dashboard_file_is_up_to_date(language: str) -> None:
    written = (DASHBOARDS / f"hamstring_coach.{language}.yaml").read_text("utf-8")
    assert written == SCRIPT.localized(language), "run scripts/dashboards.py"


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_label_is_translated_once(language: str) -> None:
    labels = SCRIPT.labels_of(language)
    labels.pop("_header")
    used = SCRIPT.labels_used(SCRIPT.source())
    assert set(labels) == used, (used - set(labels), set(labels) - used)
    assert all(str(text).strip() for text in labels.values())


def entity_ids(node: Any) -> set[str]:
    if isinstance(node, dict):
        return set().union(*(entity_ids(value) for value in node.values()))
    if isinstance(node, list):
        return set().union(*(entity_ids(item) for item in node))
    if isinstance(node, str) and SCRIPT.ENTITY_ID.match(node):
        return {node}
    return set()


@pytest.mark.parametrize("language", ["en", *LANGUAGES])
async def test_every_entity_of_the_dashboard_exists(
    hass: HomeAssistant, language: str
) -> None:
    """A "Desk" profile set up in the language has every entity its dashboard names."""
    hass.config.language = language
    assert await async_setup_component(
        hass,
        "input_boolean",
        {"input_boolean": {"desk_chair": {}, "standing_mat": {}}},
    )
    entry = MockConfigEntry(
        domain=DOMAIN,
        title="Desk",
        version=1,
        minor_version=2,
        data={
            "sitting_entities": ["input_boolean.desk_chair"],
            "standing_entities": ["input_boolean.standing_mat"],
            "sitting_states": {},
            "hold_minutes": {},
            "combine": "any",
        },
        options={"break_after": 45, "min_break": 60},
    )
    entry.add_to_hass(hass)
    assert await hass.config_entries.async_setup(entry.entry_id)
    await hass.async_block_till_done()
    name = (
        "hamstring_coach.yaml"
        if language == "en"
        else f"hamstring_coach.{language}.yaml"
    )
    dashboard = yaml.safe_load((DASHBOARDS / name).read_text("utf-8"))
    wanted = entity_ids(dashboard)
    assert len(wanted) >= 30
    missing = sorted(
        entity_id for entity_id in wanted if hass.states.get(entity_id) is None
    )
    assert missing == []
