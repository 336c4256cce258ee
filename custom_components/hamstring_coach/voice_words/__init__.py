"""The words of voice, per language: sentences, numbers and signs in words.

Each language is a module named by its code (``en.py``, ``de.py``, …) holding one
``VoiceWords`` called ``WORDS``; adding a module adds the language. The functions here
pick the language and read words with it. English serves any language without one.
"""

from __future__ import annotations

import importlib
import pkgutil
import re
from typing import Any

from ..core.language import best_language  # noqa: TID252 - the core, a sibling
from . import en
from .model import (
    INTENT_LOG_SYMPTOMS,
    INTENT_NEXT_STEP,
    INTENT_PAUSE_ROUTINE,
    INTENT_RESUME_ROUTINE,
    INTENT_SNOOZE,
    INTENT_START_ROUTINE,
    INTENT_STATUS,
    INTENT_STOP_ROUTINE,
    INTENT_TRIAGE,
    INTENTS,
    PROFILE,
    WILDCARDS,
    WORDS_LANGUAGE,
    VoiceWords,
)

__all__ = [
    "CONVERSATION",
    "INTENTS",
    "INTENT_LOG_SYMPTOMS",
    "INTENT_NEXT_STEP",
    "INTENT_PAUSE_ROUTINE",
    "INTENT_RESUME_ROUTINE",
    "INTENT_SNOOZE",
    "INTENT_START_ROUTINE",
    "INTENT_STATUS",
    "INTENT_STOP_ROUTINE",
    "INTENT_TRIAGE",
    "LANGUAGES",
    "PROFILE",
    "ROUTINE_WORDS",
    "WILDCARDS",
    "WORDS_LANGUAGE",
    "VoiceWords",
    "number_from",
    "symptoms_from",
    "words_for",
]

CONVERSATION = "conversation"


def _languages() -> dict[str, VoiceWords]:
    """Return every language module's words by language code (read at import)."""
    languages: dict[str, VoiceWords] = {}
    for module in sorted(pkgutil.iter_modules(__path__), key=lambda m: m.name):
        if module.name != "model":
            words = importlib.import_module(f"{__name__}.{module.name}").WORDS
            if not isinstance(words, VoiceWords) or words.language != module.name:
                raise TypeError(f"{module.name}.WORDS must be its VoiceWords")
            languages[module.name] = words
    return languages


LANGUAGES = _languages()

# the words around a routine's name in any language, longest first
ROUTINE_WORDS = tuple(
    sorted(
        {word for words in LANGUAGES.values() for word in words.routine_words},
        key=len,
        reverse=True,
    )
)


def words_for(language: str | None) -> VoiceWords:
    """Return the words of ``language`` ("de-CH" is served by German), else English."""
    tag = best_language(language or "", LANGUAGES)
    return LANGUAGES[tag or "en"]


def number_from(text: str, words: VoiceWords = en.WORDS) -> int | str:
    """Return the number that ``text`` says ("6", "six"), or the text unchanged."""
    cleaned = " ".join(text.strip().lower().split())
    if cleaned.isdigit():
        return int(cleaned)
    for known in (words.number_words, en.WORDS.number_words):
        if cleaned in known:
            return known[cleaned]
    return text


def symptoms_from(text: str, words: VoiceWords = en.WORDS) -> dict[str, Any]:
    """Return the signs (``sensations``) and the ``side`` that ``text`` mentions.

    "Both legs" is a side, never the sign ``both_legs``: tightness in both legs is the
    everyday case; nerve signs on both sides are weighed by the triage rules. A pattern
    uses up the words it matched, or only its group ``at`` if it has one (so
    "tingling in my foot" can be pain below the knee and tingling).
    """
    lowered = words.negated.sub(" ", text.lower())
    found: dict[str, Any] = {}
    if words.both_sides.search(lowered):
        found["side"] = "both"
        lowered = words.both_sides.sub(" ", lowered)
    sensations: list[str] = []
    for pattern, sign in words.sign_patterns:
        if match := re.search(pattern, lowered):
            if sign not in sensations:
                sensations.append(sign)
            used = "at" if "at" in match.re.groupindex else 0
            lowered = lowered[: match.start(used)] + " " + lowered[match.end(used) :]
    if sensations:
        found["sensations"] = sensations
    return found
