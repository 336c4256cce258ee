"""The languages Assist is spoken in here: our sentences are attached in those only.

Assist matches every command against every sentence trigger before Home Assistant's
own intents, so each language of our sentences costs every command, "turn on the
light" too (README, Performance). English is always attached; so are Home Assistant's
language and the language of each assistant (Settings > Voice assistants). Changes to
either attach the new set at once.

The assistants are read from the Assist pipeline integration's store when it is
loaded, without importing it: declaring it would make Home Assistant install its
requirements (a voice activity detector) before a profile could be set up.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from typing import Any

from homeassistant.const import EVENT_COMPONENT_LOADED, EVENT_CORE_CONFIG_UPDATE
from homeassistant.core import CALLBACK_TYPE, Event, HomeAssistant, callback

from .core.language import best_language
from .voice_words import LANGUAGES

ALWAYS = "en"
ASSIST_PIPELINE = "assist_pipeline"  # its domain, and its data's key in hass.data


def _assistant_store(hass: HomeAssistant) -> Any:
    """Return the store of the assistants (Settings > Voice assistants), or None."""
    return getattr(hass.data.get(ASSIST_PIPELINE), "pipeline_store", None)


def languages_for(tags: Iterable[str]) -> frozenset[str]:
    """Return our languages that serve ``tags``, English always among them."""
    served = {best_language(tag, LANGUAGES) for tag in tags if tag}
    return frozenset({ALWAYS} | {language for language in served if language})


def _assistant_languages(hass: HomeAssistant) -> list[str]:
    """Return every language an assistant hears or speaks in."""
    store = _assistant_store(hass)
    assistants = getattr(store, "data", {}).values() if store is not None else ()
    return [
        tag
        for assistant in assistants
        for tag in (  # "*" (any) or missing: its speech languages tell
            getattr(assistant, "conversation_language", None),
            getattr(assistant, "language", None),
            getattr(assistant, "stt_language", None),
            getattr(assistant, "tts_language", None),
        )
        if isinstance(tag, str)
    ]


@callback
def languages_in_use(hass: HomeAssistant) -> frozenset[str]:
    """Return English, Home Assistant's language and the assistants' languages."""
    return languages_for([hass.config.language, *_assistant_languages(hass)])


@callback
def async_track_languages_in_use(
    hass: HomeAssistant, changed: Callable[[frozenset[str]], None]
) -> CALLBACK_TYPE:
    """Call ``changed`` with the languages in use whenever they change.

    They change with Home Assistant's language and when an assistant is added,
    changed or removed. Returns the callback that stops following them.
    """
    current = languages_in_use(hass)
    stops: list[CALLBACK_TYPE] = []
    stopped = False

    @callback
    def check(*_: Any) -> None:
        nonlocal current
        if stopped:  # an event fired before the stop may still arrive after it
            return
        languages = languages_in_use(hass)
        if languages != current:
            current = languages
            changed(languages)

    async def assistants_changed(change_set: Any) -> None:
        check()

    @callback
    def follow_assistants() -> None:
        store = _assistant_store(hass)
        if store is not None:  # as Settings > Voice assistants adds and edits them
            stops.append(store.async_add_change_set_listener(assistants_changed))
        check()

    @callback
    def is_assist_pipeline(event_data: Mapping[str, Any]) -> bool:
        return bool(event_data.get("component") == ASSIST_PIPELINE)

    @callback
    def assist_pipeline_loaded(event: Event[Mapping[str, Any]]) -> None:
        follow_assistants()

    stops.append(hass.bus.async_listen(EVENT_CORE_CONFIG_UPDATE, check))
    if ASSIST_PIPELINE in hass.config.components:
        follow_assistants()
    else:
        stops.append(
            hass.bus.async_listen(
                EVENT_COMPONENT_LOADED,
                assist_pipeline_loaded,
                event_filter=is_assist_pipeline,
            )
        )

    @callback
    def stop() -> None:
        nonlocal stopped
        stopped = True
        for remove in stops:
            remove()
        stops.clear()

    return stop
