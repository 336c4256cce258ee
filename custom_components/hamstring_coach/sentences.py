"""Our sentences on Assist's built-in agent, in the languages in use.

Each sentence hands its words to an intent (``voice.py``), so a sentence, an intent and
an action take one path. One trigger per intent holds the sentences of all languages
(so a sentence two languages share runs its action once); the sentence that matched
tells the language the answer is spoken in. They are attached while a profile is
loaded, in the languages in use only (``assist_languages.py``): each language costs
every Assist command.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Mapping
from typing import Any, cast

from homeassistant.const import EVENT_COMPONENT_LOADED
from homeassistant.core import CALLBACK_TYPE, Event, HomeAssistant, callback
from homeassistant.helpers import intent
from homeassistant.setup import EventComponentLoaded
from homeassistant.util.hass_dict import HassKey

from .assist_languages import async_track_languages_in_use, languages_in_use
from .const import DOMAIN
from .core.language import best_language
from .voice_words import (
    CONVERSATION,
    INTENT_LOG_SYMPTOMS,
    INTENTS,
    LANGUAGES,
    WORDS_LANGUAGE,
)


def sentence_languages(
    languages: Collection[str] = LANGUAGES,
) -> dict[str, dict[str, list[str]]]:
    """Return intent -> sentence template -> which of ``languages`` say it."""
    by_intent: dict[str, dict[str, list[str]]] = {name: {} for name in INTENTS}
    for language, words in LANGUAGES.items():
        if language not in languages:
            continue
        for intent_type, sentences in words.sentences.items():
            for sentence in sentences:
                by_intent[intent_type].setdefault(sentence, []).append(language)
    return by_intent


def languages_of(
    result: Any, languages: Mapping[str, list[str]], asked_in: str | None
) -> tuple[str, str]:
    """Return the language the words are in, and the one to answer in.

    The words are in the language of the sentence that matched (the one asked in, if
    several languages share it). The answer is in the assistant's language when we
    speak it: its voice is made for that language ("start de bureaupauze routine" is
    English and Dutch alike); otherwise in the words' language.
    """
    sentence = getattr(result, "intent_sentence", None)
    said_in = languages.get(getattr(sentence, "text", None) or "", [])
    words = best_language(asked_in or "", said_in) or (said_in or ["en"])[0]
    if not said_in:  # a sentence we did not register: read it as asked
        words = asked_in or "en"
    if asked_in and best_language(asked_in, LANGUAGES):
        return words, asked_in
    return words, words


def _slots_from(entities: Mapping[str, Any]) -> dict[str, Any]:
    return {
        name: {"value": str(entity.value).strip()} for name, entity in entities.items()
    }


def _register_trigger(
    hass: HomeAssistant, sentences: list[str], handle: Callable[..., Any]
) -> CALLBACK_TYPE:
    """Attach sentences to the built-in agent (the API changed in HA 2026.3)."""
    from homeassistant.components.conversation.agent_manager import get_agent_manager  # noqa: PLC0415

    manager = cast("Any", get_agent_manager(hass))
    code = manager.register_trigger.__code__
    if "trigger_details" in code.co_varnames[: code.co_argcount]:
        from homeassistant.components.conversation import trigger  # noqa: PLC0415

        details = cast("Any", trigger).TriggerDetails(sentences, handle)
        return cast("CALLBACK_TYPE", manager.register_trigger(details))
    return cast("CALLBACK_TYPE", manager.register_trigger(sentences, handle))


@callback
def async_register_sentences(
    hass: HomeAssistant, in_use: Collection[str] = LANGUAGES
) -> CALLBACK_TYPE:
    """Attach the sentences of ``in_use`` to the built-in agent; return the detach."""
    removers: list[CALLBACK_TYPE] = []
    for intent_type, languages in sentence_languages(in_use).items():

        async def handle(
            user_input: Any,
            result: Any,
            intent_type: str = intent_type,
            languages: Mapping[str, list[str]] = languages,
        ) -> str:
            slots = _slots_from(result.entities)
            if intent_type == INTENT_LOG_SYMPTOMS and "tightness" not in slots:
                # "below my knee", "I have a fever": the whole sentence is what was felt
                slots["sensation"] = {"value": user_input.text}
            words, answer = languages_of(result, languages, user_input.language)
            slots[WORDS_LANGUAGE] = {"value": words}
            response = await intent.async_handle(
                hass,
                DOMAIN,
                intent_type,
                slots,
                text_input=user_input.text,
                context=user_input.context,
                language=answer,
            )
            return str(response.speech.get("plain", {}).get("speech", ""))

        removers.append(_register_trigger(hass, list(languages), handle))

    @callback
    def remove() -> None:
        for remover in removers:
            remover()

    return remove


class AttachedSentences:
    """Our sentences on the built-in agent, in the languages in use."""

    def __init__(self, hass: HomeAssistant) -> None:
        """Nothing is attached yet."""
        self.hass = hass
        self.detach_sentences: CALLBACK_TYPE | None = None
        self.stop_following: CALLBACK_TYPE | None = None

    @callback
    def attach(self, languages: frozenset[str]) -> None:
        """Attach the sentences of ``languages``, in place of those attached."""
        detach, self.detach_sentences = self.detach_sentences, None
        if detach is not None:
            detach()
        self.detach_sentences = async_register_sentences(self.hass, languages)

    @callback
    def start(self) -> None:
        """Attach the languages in use now, and follow them."""
        if self.stop_following is None:
            self.attach(languages_in_use(self.hass))
            self.stop_following = async_track_languages_in_use(self.hass, self.attach)

    @callback
    def detach(self) -> None:
        """Stop following the languages, then detach the sentences."""
        stop, self.stop_following = self.stop_following, None
        detach, self.detach_sentences = self.detach_sentences, None
        for step in (stop, detach):
            if step is not None:
                step()


def _attach_when_conversation_loads(hass: HomeAssistant) -> CALLBACK_TYPE:
    """Attach the sentences now or once conversation is set up; return the detach."""
    sentences = AttachedSentences(hass)
    if CONVERSATION in hass.config.components:
        sentences.start()

    @callback
    def on_loaded(event: Event[EventComponentLoaded]) -> None:
        sentences.start()

    @callback
    def is_conversation(event_data: EventComponentLoaded) -> bool:
        return event_data["component"] == CONVERSATION

    stop_waiting = hass.bus.async_listen(
        EVENT_COMPONENT_LOADED, on_loaded, event_filter=is_conversation
    )

    @callback
    def detach() -> None:
        stop_waiting()
        sentences.detach()

    return detach


DATA_SENTENCES: HassKey[SentenceUsers] = HassKey(f"{DOMAIN}_sentences")


class SentenceUsers:
    """Keep the sentences attached while at least one profile is loaded."""

    def __init__(self) -> None:
        """Nobody uses the sentences yet."""
        self.entries: set[str] = set()
        self.detach: CALLBACK_TYPE | None = None


@callback
def async_use_sentences(hass: HomeAssistant, entry_id: str) -> CALLBACK_TYPE:
    """Attach the sentences for a loaded profile (once conversation is set up).

    Returns the callback that releases them for this profile; the last release
    detaches them from the agent.
    """
    users = hass.data.setdefault(DATA_SENTENCES, SentenceUsers())
    users.entries.add(entry_id)
    if users.detach is None:
        users.detach = _attach_when_conversation_loads(hass)

    @callback
    def release() -> None:
        users.entries.discard(entry_id)
        if not users.entries and users.detach is not None:
            users.detach()
            users.detach = None

    return release
