"""Our sentences are attached in the languages in use only, and follow them.

English always; Home Assistant's language; each assistant's language (Settings >
Voice assistants). Every language attached costs every Assist command.
"""

from __future__ import annotations

from importlib.metadata import PackageNotFoundError, version
import json
from pathlib import Path
from typing import Any

import pytest
from pytest_homeassistant_custom_component.common import MockConfigEntry

import homeassistant.components
from homeassistant.components import conversation
from homeassistant.core import Context, HomeAssistant
from homeassistant.helpers.intent import IntentResponseType
from homeassistant.setup import async_setup_component

from custom_components.hamstring_coach.assist_languages import languages_for
from custom_components.hamstring_coach.const import DOMAIN

from .conftest import make_entry, setup_entry
from .test_voice_languages import TRANSLATIONS, common, fill

ENGLISH = "how long have I been sitting"
GERMAN = "wie lange sitze ich schon"
FRENCH = "depuis combien de temps suis-je assis"
SPANISH = "cuánto tiempo llevo sentado"


def test_languages_for_tags() -> None:
    """English always; a regional tag gets its language; others get nothing more."""
    assert languages_for([]) == {"en"}
    assert languages_for(["en-GB"]) == {"en"}
    assert languages_for(["de-CH", "fr"]) == {"en", "de", "fr"}
    assert languages_for(["es-419", "it", "*", ""]) == {"en", "es"}


async def not_understood(hass: HomeAssistant, text: str, language: str) -> bool:
    """Whether Assist failed on ``text``: no sentence of ours took it.

    Home Assistant's own sentences may take part of it ("cuánto tiempo ..." asks for a
    device called "tiempo ..."), so the error need not be "no intent matched".
    """
    result = await conversation.async_converse(
        hass, text, None, Context(), language=language, agent_id=None
    )
    await hass.async_block_till_done()
    return result.response.response_type == IntentResponseType.ERROR


async def understood(hass: HomeAssistant, text: str, language: str) -> bool:
    """Whether Assist took ``text`` as ours: it answers with the status, in language."""
    result = await conversation.async_converse(
        hass, text, None, Context(), language=language, agent_id=None
    )
    await hass.async_block_till_done()
    speech = result.response.speech["plain"]["speech"]
    status = common(language)["speak_status_not_sitting"]
    return bool(speech == fill(status, today=0, breaks=0, stand_hours=0))


@pytest.mark.usefixtures("assist", "chair")
async def test_home_assistants_language_is_attached_and_followed(
    hass: HomeAssistant,
) -> None:
    """English Home Assistant: English only. Switched to German: German too, at once."""
    await setup_entry(hass)
    assert await understood(hass, ENGLISH, "en")
    assert await not_understood(hass, GERMAN, "de")

    await hass.config.async_update(language="de")
    await hass.async_block_till_done()
    assert await understood(hass, GERMAN, "de")
    assert await understood(hass, ENGLISH, "en")  # English always

    await hass.config.async_update(language="en")
    await hass.async_block_till_done()
    assert await not_understood(hass, GERMAN, "de")


@pytest.mark.usefixtures("assist", "chair")
async def test_two_profiles_follow_the_language_without_a_reload_between(
    hass: HomeAssistant,
) -> None:
    """The sentences stay attached while profiles reload one by one; still they follow."""
    await setup_entry(hass)
    first = make_entry()
    sofa = MockConfigEntry(
        domain=DOMAIN,
        title="Sofa",
        data=dict(first.data),
        options=dict(first.options),
        entry_id="entry2",
    )
    sofa.add_to_hass(hass)
    assert await hass.config_entries.async_setup(sofa.entry_id)
    await hass.async_block_till_done()
    await hass.config.async_update(language="es")
    await hass.async_block_till_done()
    result = await conversation.async_converse(
        hass, SPANISH, None, Context(), language="es", agent_id=None
    )
    exceptions = json.loads((TRANSLATIONS / "es.json").read_text("utf-8"))["exceptions"]
    asked = fill(exceptions["profile_needed"]["message"], profiles="Study desk, Sofa")
    assert result.response.speech["plain"]["speech"] == asked  # understood, in Spanish


async def create_assistant(
    hass_ws_client: Any, hass: HomeAssistant, language: str, **settings: Any
) -> str:
    """Add an assistant in ``language``, as Settings > Voice assistants does."""
    client = await hass_ws_client(hass)
    await client.send_json_auto_id(
        {
            "type": "assist_pipeline/pipeline/create",
            "conversation_engine": "conversation.home_assistant",
            "conversation_language": language,
            "language": language,
            "name": f"Assistant {language}",
            "stt_engine": None,
            "stt_language": None,
            "tts_engine": None,
            "tts_language": None,
            "tts_voice": None,
            "wake_word_entity": None,
            "wake_word_id": None,
        }
        | settings
    )
    response = await client.receive_json()
    assert response["success"], response
    return str(response["result"]["id"])


@pytest.mark.usefixtures("assist", "chair")
async def test_each_assistants_language_is_attached_and_followed(
    hass: HomeAssistant, hass_ws_client: Any
) -> None:
    """A French assistant attaches French; changed to Spanish, Spanish; removed, none."""
    await setup_entry(hass)  # before the assistants exist: they are followed
    assert await async_setup_component(hass, "assist_pipeline", {})
    await hass.async_block_till_done()
    assert await not_understood(hass, FRENCH, "fr")

    assistant = await create_assistant(hass_ws_client, hass, "fr")
    await hass.async_block_till_done()
    assert await understood(hass, FRENCH, "fr")

    client = await hass_ws_client(hass)
    await client.send_json_auto_id(
        {"type": "assist_pipeline/pipeline/get", "pipeline_id": assistant}
    )
    settings = (await client.receive_json())["result"]
    settings.pop("id")
    settings |= {"conversation_language": "es", "language": "es"}
    await client.send_json_auto_id(
        {"type": "assist_pipeline/pipeline/update", "pipeline_id": assistant} | settings
    )
    assert (await client.receive_json())["success"]
    await hass.async_block_till_done()
    assert await understood(hass, SPANISH, "es")
    assert await not_understood(hass, FRENCH, "fr")

    await client.send_json_auto_id(
        {"type": "assist_pipeline/pipeline/delete", "pipeline_id": assistant}
    )
    assert (await client.receive_json())["success"]
    await hass.async_block_till_done()
    assert await not_understood(hass, SPANISH, "es")


@pytest.mark.usefixtures("assist", "chair")
async def test_assistants_set_up_before_the_profile_are_attached(
    hass: HomeAssistant, hass_ws_client: Any
) -> None:
    """An assistant that exists when the profile loads counts from the start."""
    assert await async_setup_component(hass, "assist_pipeline", {})
    await create_assistant(hass_ws_client, hass, "de")
    await setup_entry(hass)
    assert await understood(hass, GERMAN, "de")
    assert await not_understood(hass, FRENCH, "fr")  # no French assistant


@pytest.mark.usefixtures("assist", "chair")
async def test_an_assistant_for_any_language_counts_with_its_speech_language(
    hass: HomeAssistant, hass_ws_client: Any
) -> None:
    """An agent for any language ("*"): Assist hears the speech-to-text language."""
    assert await async_setup_component(hass, "assist_pipeline", {})
    await create_assistant(
        hass_ws_client,
        hass,
        "en",
        conversation_language="*",
        stt_language="fr-FR",
        tts_language="fr-FR",
    )
    await setup_entry(hass)
    assert await understood(hass, FRENCH, "fr")


def test_the_assist_pipeline_requirements_are_installed() -> None:
    """requirements.txt holds what assist_pipeline and its dependencies need here.

    Else the tests above fail with "Setup failed for 'assist_pipeline'" after a Home
    Assistant upgrade changes them; this names the package instead.
    """
    components = Path(homeassistant.components.__path__[0])
    seen: set[str] = set()
    needed: set[str] = set()

    def collect(domain: str) -> None:
        if domain not in seen:
            seen.add(domain)
            manifest = json.loads((components / domain / "manifest.json").read_text())
            needed.update(manifest.get("requirements", []))
            for dependency in manifest.get("dependencies", []):
                collect(dependency)

    collect("assist_pipeline")
    assert {"tts", "ffmpeg"} <= seen
    missing = []
    for requirement in sorted(needed):
        name, _, wanted = requirement.partition("==")
        try:
            installed = version(name)
        except PackageNotFoundError:
            installed = None
        if installed != wanted:
            missing.append(f"{requirement} (installed: {installed})")
    assert not missing, "add to requirements.txt: " + ", ".join(missing)
