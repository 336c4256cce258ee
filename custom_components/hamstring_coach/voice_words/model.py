"""The shape of one language's voice words, and the intent names they serve."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
import re

INTENT_STATUS = "HamstringCoachStatus"
INTENT_LOG_SYMPTOMS = "HamstringCoachLogSymptoms"
INTENT_START_ROUTINE = "HamstringCoachStartRoutine"
INTENT_NEXT_STEP = "HamstringCoachNextStep"
INTENT_PAUSE_ROUTINE = "HamstringCoachPauseRoutine"
INTENT_RESUME_ROUTINE = "HamstringCoachResumeRoutine"
INTENT_STOP_ROUTINE = "HamstringCoachStopRoutine"
INTENT_SNOOZE = "HamstringCoachSnooze"
INTENT_TRIAGE = "HamstringCoachTriage"
INTENTS = (
    INTENT_STATUS,
    INTENT_LOG_SYMPTOMS,
    INTENT_START_ROUTINE,
    INTENT_NEXT_STEP,
    INTENT_PAUSE_ROUTINE,
    INTENT_RESUME_ROUTINE,
    INTENT_STOP_ROUTINE,
    INTENT_SNOOZE,
    INTENT_TRIAGE,
)

# the wildcards a sentence may hold; the intents read them by these names
PROFILE = "profile"
WILDCARDS = (PROFILE, "tightness", "sensation", "routine", "minutes")
# the slot that tells an intent which language's words the sentence was in
WORDS_LANGUAGE = "words_language"


@dataclass(frozen=True, slots=True)
class VoiceWords:
    """What Assist understands in one language.

    ``sentences``: intent -> hassil sentence templates ([optional], (a|b), {wildcard}).
    ``sign_patterns``: (regular expression, sign) pairs, the most specific first; the
    words a pattern matched are used up, so "swollen calf" is not also "swelling".
    ``negated`` matches a denial and the word after it ("no fever"), which is then
    not read as a sign; ``both_sides`` matches "both legs", a side and never a sign.
    ``routine_words`` are the words around a routine's name: "routine", "exercises",
    articles and "my" ("start my desk break routine").
    """

    language: str
    sentences: Mapping[str, list[str]]
    number_words: Mapping[str, int]
    sign_patterns: tuple[tuple[str, str], ...]
    negated: re.Pattern[str]
    both_sides: re.Pattern[str]
    routine_words: tuple[str, ...]
