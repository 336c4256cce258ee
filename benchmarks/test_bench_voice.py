"""What our sentences cost every Assist command: the built-in agent with and without.

Every sentence said to Assist is first matched against all sentence triggers, ours
included, before Home Assistant's own intents; so the cost is paid by commands that
are not ours too ("turn on the kitchen light"). Ours are attached in the languages in
use only: English, Home Assistant's and the assistants' languages.
"""

from __future__ import annotations

import asyncio
import json
from pathlib import Path
from statistics import median
import time
from typing import Any
from unittest.mock import patch

from pytest_homeassistant_custom_component.common import MockConfigEntry

from homeassistant.components import conversation
from homeassistant.core import Context, HomeAssistant
from homeassistant.setup import async_setup_component

from custom_components.hamstring_coach import sentences
from custom_components.hamstring_coach.assist_languages import languages_in_use
from custom_components.hamstring_coach.const import DOMAIN
from custom_components.hamstring_coach.voice_words import LANGUAGES

from .conftest import record

INTEGRATION = Path(__file__).parents[1] / "custom_components" / "hamstring_coach"
TABLE = "Assist: time per command of the built-in agent (median of 20 rounds)"
NOT_OURS = [
    ("turn on the kitchen light", "en"),
    ("set a timer for 20 minutes", "en"),
    ("what is the weather like", "en"),
    ("schalte das Licht in der Küche ein", "de"),
    ("zet de lamp in de keuken aan", "nl"),
]
OURS = [
    ("how long have I been sitting", "en"),
    ("wie lange sitze ich schon", "de"),
    ("hoe lang zit ik al", "nl"),
    ("depuis combien de temps suis-je assis", "fr"),
    ("cuánto tiempo llevo sentado", "es"),
]


def _status_answer(language: str) -> str:
    """The answer to "how long have I been sitting" in ``language``, nothing sat yet."""
    path = INTEGRATION / "translations" / f"{language}.json"
    template = json.loads(path.read_text("utf-8"))["common"]["speak_status_not_sitting"]
    return str(template.format(today=0, breaks=0, stand_hours=0))


async def _per_command(hass: HomeAssistant, sentences: list[tuple[str, str]]) -> float:
    """Return the median milliseconds of one command, over 20 rounds."""
    rounds = []
    for _ in range(20):
        start = time.perf_counter()
        for text, language in sentences:
            await conversation.async_converse(
                hass, text, None, Context(), language=language, agent_id=None
            )
        rounds.append((time.perf_counter() - start) / len(sentences))
    return median(rounds) * 1000


async def test_assist_cost(hass: HomeAssistant) -> None:
    """Commands not ours, without and with a profile (its sentences attached)."""
    asyncio.get_running_loop().set_debug(False)
    assert await async_setup_component(hass, "homeassistant", {})
    assert await async_setup_component(hass, "conversation", {})
    assert await async_setup_component(
        hass, "input_boolean", {"input_boolean": {"desk_chair": {}}}
    )
    await hass.async_block_till_done()
    await _per_command(hass, NOT_OURS)  # warm: the agent loads its intents once
    without = await _per_command(hass, NOT_OURS)

    entry = MockConfigEntry(
        domain=DOMAIN,
        title="Desk",
        data={"sitting_entities": ["input_boolean.desk_chair"]},
    )
    entry.add_to_hass(hass)

    async def per_command_with_profile(language: str, attached: Any = None) -> float:
        """Commands not ours with the profile loaded; Home Assistant in ``language``."""
        hass.config.language = language
        with patch.object(sentences, "languages_in_use", attached or languages_in_use):
            assert await hass.config_entries.async_setup(entry.entry_id)
            await hass.async_block_till_done()
            await _per_command(hass, NOT_OURS)  # warm: the triggers are compiled once
            cost = await _per_command(hass, NOT_OURS)
            assert await hass.config_entries.async_unload(entry.entry_id)
            await hass.async_block_till_done()
        return cost

    english_only = await per_command_with_profile("en")
    german = await per_command_with_profile("de")
    with_all = await per_command_with_profile("en", lambda hass: frozenset(LANGUAGES))
    hass.config.language = "en"
    with patch.object(sentences, "languages_in_use", lambda hass: frozenset(LANGUAGES)):
        assert await hass.config_entries.async_setup(entry.entry_id)
        await hass.async_block_till_done()
        for text, language in OURS:  # each is ours: the status, not an error
            result = await conversation.async_converse(
                hass, text, None, Context(), language=language, agent_id=None
            )
            speech = result.response.speech["plain"]["speech"]
            assert result.response.error_code is None, (text, speech)
            assert speech == _status_answer(language), (text, speech)
        ours = await _per_command(hass, OURS)

    templates = {
        language: sum(len(said) for said in words.sentences.values())
        for language, words in LANGUAGES.items()
    }
    record(TABLE, "commands", "ms per command", "ratio to no profile")
    rows = [
        ("not ours, no profile (no sentences of ours)", without),
        (
            "not ours, a profile, Home Assistant in English (English sentences)",
            english_only,
        ),
        ("not ours, a profile, Home Assistant in German (English and German)", german),
        (
            f"not ours, a profile, assistants in all {len(LANGUAGES)} languages",
            with_all,
        ),
        (f"ours (status, {len(LANGUAGES)} languages attached)", ours),
    ]
    for name, cost in rows:
        record(TABLE, name, f"{cost:.2f}", f"{cost / without:.2f}")
    record(TABLE, "sentence templates of ours", str(templates), "-")
