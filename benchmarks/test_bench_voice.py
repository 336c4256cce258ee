"""What our sentences cost every Assist command: the built-in agent with and without.

Every sentence said to Assist is first matched against all sentence triggers, ours in
five languages included, before Home Assistant's own intents; so the cost is paid by
commands that are not ours too ("turn on the kitchen light").
"""

from __future__ import annotations

import asyncio
from statistics import median
import time
from unittest.mock import patch

from pytest_homeassistant_custom_component.common import MockConfigEntry

from homeassistant.components import conversation
from homeassistant.core import Context, HomeAssistant
from homeassistant.setup import async_setup_component

from custom_components.hamstring_coach.const import DOMAIN
from custom_components.hamstring_coach.voice_words import LANGUAGES

from .conftest import record

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
    english = {"en": LANGUAGES["en"]}
    with patch("custom_components.hamstring_coach.sentences.LANGUAGES", english):
        assert await hass.config_entries.async_setup(entry.entry_id)
        await hass.async_block_till_done()
        await _per_command(hass, NOT_OURS)  # warm: the triggers are compiled once
        english_only = await _per_command(hass, NOT_OURS)
        assert await hass.config_entries.async_unload(entry.entry_id)
        await hass.async_block_till_done()

    assert await hass.config_entries.async_setup(entry.entry_id)
    await hass.async_block_till_done()
    await _per_command(hass, NOT_OURS)
    with_ours = await _per_command(hass, NOT_OURS)
    ours = await _per_command(hass, OURS)

    sentences = {
        language: sum(len(sentences) for sentences in words.sentences.values())
        for language, words in LANGUAGES.items()
    }
    record(TABLE, "commands", "ms per command", "ratio to no profile")
    record(
        TABLE, "not ours, no profile (no sentences of ours)", f"{without:.2f}", "1.00"
    )
    record(
        TABLE,
        "not ours, a profile (English sentences only)",
        f"{english_only:.2f}",
        f"{english_only / without:.2f}",
    )
    record(
        TABLE,
        f"not ours, a profile ({len(LANGUAGES)} languages of sentences)",
        f"{with_ours:.2f}",
        f"{with_ours / without:.2f}",
    )
    record(
        TABLE, "ours (status, five languages)", f"{ours:.2f}", f"{ours / without:.2f}"
    )
    record(TABLE, "sentence templates of ours", str(sentences), "-")
