"""Translated texts: fetched one way, filled one way, and the triage's words.

Every text the integration shows, sends or speaks comes from the ``common`` section of
the translations in the user's language (``async_texts``) and is filled by
``common_text``.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from homeassistant.core import HomeAssistant
from homeassistant.exceptions import HomeAssistantError
from homeassistant.helpers.translation import async_get_translations

from .const import DOMAIN
from .core.language import LANGUAGE_TAG, best_language
from .core.triage import Assessment, Level, Reason
from .voice_words import LANGUAGES

type Texts = Mapping[str, str]


def spoken_language(hass: HomeAssistant, language: str | None) -> str:
    """Return the language we answer in: the one asked in, else Home Assistant's.

    An agent that takes any language says "*": that, or none, is Home Assistant's
    language (the one entity names are in). A regional form takes the language we
    speak ("de-CH", "es-419"), and a language we do not speak takes English.
    """
    tag = language if language and LANGUAGE_TAG.match(language) else None
    return best_language(tag or hass.config.language, LANGUAGES) or "en"


async def async_texts(
    hass: HomeAssistant, language: str | None = None
) -> dict[str, str]:
    """Return the integration's ``common`` texts in ``language`` (or English)."""
    return await async_get_translations(
        hass, spoken_language(hass, language), "common", [DOMAIN]
    )


async def async_error_text(
    hass: HomeAssistant, err: HomeAssistantError, language: str | None
) -> str:
    """Return ``err`` said in ``language`` (its translated message, filled in)."""
    key = err.translation_key
    if err.translation_domain != DOMAIN or key is None:
        return str(err)
    messages = await async_get_translations(
        hass, spoken_language(hass, language), "exceptions", [DOMAIN]
    )
    text = messages.get(f"component.{DOMAIN}.exceptions.{key}.message")
    if text is None:
        return str(err)
    for name, value in (err.translation_placeholders or {}).items():
        text = text.replace("{" + name + "}", str(value))
    return text


def common_text(
    texts: Mapping[str, str], key: str, values: Mapping[str, str] | None = None
) -> str:
    """Return a translated text of the ``common`` section with its placeholders filled."""
    text = texts.get(f"component.{DOMAIN}.common.{key}", key)
    for name, value in (values or {}).items():
        text = text.replace("{" + name + "}", value)
    return text


def reason_sentence(texts: Mapping[str, str], reason: Reason) -> str:
    """Return the sentence that explains ``reason``, logged signs in words."""
    values = dict(reason.values)
    if signs := values.get("signs"):
        values["signs"] = ", ".join(
            texts.get(f"component.{DOMAIN}.common.sign_{sign}", sign.replace("_", " "))
            for sign in signs.split(", ")
        )
    if what := values.get("what"):
        values["what"] = common_text(texts, f"measure_{what}")
    return common_text(texts, f"reason_{reason.code}", values)


def level_text(texts: Mapping[str, str], assessment: Assessment) -> str:
    """Return what the level asks of the person, in words (emergency: the number)."""
    return common_text(
        texts,
        f"level_{assessment.level.value}",
        {"number": assessment.emergency_number},
    )


def alert_texts(
    texts: Mapping[str, str], assessment: Assessment, name: str
) -> dict[str, str]:
    """Return the placeholders of the triage Repairs issue and notifications."""
    number = assessment.emergency_number
    return {
        "name": name,
        "number": number,
        "level": level_text(texts, assessment),
        "reasons": "\n".join(
            f"- {reason_sentence(texts, r)}"
            for r in assessment.reasons
            if r.level.rank >= Level.MONITOR.rank
        ),
        "help": common_text(
            texts, f"help_{assessment.level.value}", {"number": number}
        ),
    }


def assessment_response(
    assessment: Assessment, texts: Mapping[str, str]
) -> dict[str, Any]:
    """Return an assessment as the services and tools answer it."""
    return {
        "level": assessment.level.value,
        "advice": level_text(texts, assessment),
        "routines_allowed": assessment.routines_allowed,
        "reasons": [
            {
                "code": r.code,
                "level": r.level.value,
                "sentence": reason_sentence(texts, r),
            }
            for r in assessment.reasons
        ],
        "likely_drivers": [d.value for d in assessment.likely_drivers],
        "recommended_routines": list(assessment.recommended_routines),
    }
