"""Voice: one intent handler for every action.

The intents are registered once (like the actions) so that any agent that speaks Home
Assistant intents can use them; ``sentences.py`` attaches the sentences to the built-in
agent, and ``voice_words`` holds the words of each language. An intent answers in its
language (English texts where a language has none).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from homeassistant.core import HomeAssistant, callback
from homeassistant.exceptions import ServiceValidationError
from homeassistant.helpers import config_validation as cv, intent
from homeassistant.util import dt as dt_util

from . import actions
from .coordinator import HamstringCoachCoordinator
from .core.validation import vol
from .texts import (
    async_error_text,
    async_texts,
    common_text,
    level_text,
    reason_sentence,
    spoken_language,
)
from .voice_words import (
    INTENT_LOG_SYMPTOMS,
    INTENT_NEXT_STEP,
    INTENT_PAUSE_ROUTINE,
    INTENT_RESUME_ROUTINE,
    INTENT_SNOOZE,
    INTENT_START_ROUTINE,
    INTENT_STATUS,
    INTENT_STOP_ROUTINE,
    INTENT_TRIAGE,
    LANGUAGES,
    PROFILE,
    WORDS_LANGUAGE,
    VoiceWords,
    number_from,
    symptoms_from,
    words_for,
)


def _time(moment: datetime) -> str:
    return dt_util.as_local(moment).strftime("%H:%M")


def _step_words(
    coordinator: HamstringCoachCoordinator, language: str
) -> dict[str, str]:
    """Return the running step's name and instruction to say (empty when idle)."""
    step = actions.current_step(coordinator, language)
    return {key: value or "" for key, value in step.items()}


@dataclass(frozen=True, slots=True)
class Said:
    """The language an intent was said in: its texts and its words."""

    texts: Mapping[str, str]
    words: VoiceWords
    language: str


class _CoachIntent(intent.IntentHandler):
    """An intent of one action; the profile slot picks the profile."""

    platforms = None
    extra_slots: Mapping[Any, Any] = {}

    @property
    def slot_schema(self) -> dict[Any, Any]:
        """Return the slots: an optional profile name and words' language, its own."""
        return {
            vol.Optional(PROFILE): cv.string,
            vol.Optional(WORDS_LANGUAGE): vol.In(list(LANGUAGES)),
            **self.extra_slots,
        }

    async def async_handle(self, intent_obj: intent.Intent) -> intent.IntentResponse:
        """Run the action and answer with a sentence built from the state."""
        slots = self.async_validate_slots(intent_obj.slots)
        values = {key: slot["value"] for key, slot in slots.items()}
        hass = intent_obj.hass
        language = spoken_language(hass, intent_obj.language)
        words = words_for(values.pop(WORDS_LANGUAGE, language))
        said = Said(await async_texts(hass, language), words, language)
        response = intent_obj.create_response()
        try:
            coordinator = actions.resolve_profile(hass, values.pop(PROFILE, None))
            speech = self.run(coordinator, values, said)
        except ServiceValidationError as err:
            speech = await async_error_text(hass, err, language)
            if not speech.endswith(("?", "!", ".")):
                speech += "."
        response.async_set_speech(speech)
        return response

    def run(
        self,
        coordinator: HamstringCoachCoordinator,
        values: dict[str, Any],
        said: Said,
    ) -> str:
        """Do the action; return what to say."""
        raise NotImplementedError


class StatusIntent(_CoachIntent):
    """How long have I been sitting."""

    intent_type = INTENT_STATUS
    description = "Tells how long the person has been sitting now and today"

    def run(
        self,
        coordinator: HamstringCoachCoordinator,
        values: dict[str, Any],
        said: Said,
    ) -> str:
        """Say the streak and today's total."""
        status = actions.status(coordinator)
        key = (
            "speak_status_sitting" if status["sitting"] else "speak_status_not_sitting"
        )
        answer = common_text(
            said.texts,
            key,
            {
                "streak": str(status["streak_minutes"]),
                "today": str(status["sitting_today_minutes"]),
                "breaks": str(status["breaks_today"]),
                "stand_hours": str(status["stand_hours_today"]),
            },
        )
        if status["standing_today_minutes"] is None:
            return answer
        share = status["sitting_share_today"]
        standing = common_text(
            said.texts,
            "speak_standing",
            {
                "standing": str(status["standing_today_minutes"]),
                "share": "-" if share is None else str(share),
            },
        )
        return f"{answer} {standing}"


class LogSymptomsIntent(_CoachIntent):
    """Log hamstring tightness 6 / I have tingling below my knee."""

    intent_type = INTENT_LOG_SYMPTOMS
    description = "Logs how tight the hamstrings feel (0-10) and symptoms"
    extra_slots = {
        vol.Optional("tightness"): vol.Any(int, cv.string),
        vol.Optional("sensation"): cv.string,
    }

    def run(
        self,
        coordinator: HamstringCoachCoordinator,
        values: dict[str, Any],
        said: Said,
    ) -> str:
        """Log the entry and read the assessment back."""
        data: dict[str, Any] = {}
        if "sensation" in values:
            data = symptoms_from(values["sensation"], said.words)
            if not data:
                return common_text(
                    said.texts, "speak_unknown_sensation", {"what": values["sensation"]}
                )
        entries = coordinator.care.symptoms.entries
        default = entries[-1].tightness if entries else 0
        data["tightness"] = number_from(
            str(values.get("tightness", default)), said.words
        )
        assessment = actions.log_symptoms(coordinator, data)
        first = (
            reason_sentence(said.texts, assessment.reasons[0])
            if assessment.reasons
            else ""
        )
        return common_text(
            said.texts,
            "speak_logged",
            {
                "tightness": str(data["tightness"]),
                "signs": ", ".join(
                    [
                        *(
                            common_text(said.texts, f"sign_{sign}")
                            for sign in data.get("sensations", [])
                        ),
                        *(
                            [common_text(said.texts, "both_sides")]
                            if "side" in data
                            else []
                        ),
                    ]
                )
                or common_text(said.texts, "no_signs"),
                "level": level_text(said.texts, assessment),
                "reason": first,
            },
        ).strip()


class StartRoutineIntent(_CoachIntent):
    """Start my nerve glide routine."""

    intent_type = INTENT_START_ROUTINE
    description = "Starts a guided exercise routine"
    extra_slots = {vol.Optional("routine"): cv.string}

    def run(
        self,
        coordinator: HamstringCoachCoordinator,
        values: dict[str, Any],
        said: Said,
    ) -> str:
        """Start it and say the first step."""
        routine_id = actions.start_routine(coordinator, values.get("routine"))
        routine = coordinator.engine.runner.routines[routine_id]
        return common_text(
            said.texts,
            "speak_routine_started",
            {
                "name": routine.in_language(said.language).name,
                "stop_rule": common_text(said.texts, "stop_rule"),
                **_step_words(coordinator, said.language),
            },
        )


class _RoutineCommandIntent(_CoachIntent):
    command = ""

    def run(
        self,
        coordinator: HamstringCoachCoordinator,
        values: dict[str, Any],
        said: Said,
    ) -> str:
        """Run the command; say where the routine is now."""
        actions.routine_command(coordinator, self.command)
        view = coordinator.snapshot.routine
        if self.command == "next_step":
            if view.routine is None:
                last = coordinator.engine.runner.completions[-1]
                key = "speak_routine_done" if last.finished else "speak_routine_stopped"
                return common_text(said.texts, key)
            return common_text(
                said.texts, "speak_next_step", _step_words(coordinator, said.language)
            )
        return common_text(said.texts, f"speak_routine_{self.command}")


class NextStepIntent(_RoutineCommandIntent):
    """Next step."""

    intent_type = INTENT_NEXT_STEP
    description = "Moves the running routine to its next step"
    command = "next_step"


class PauseRoutineIntent(_RoutineCommandIntent):
    """Pause the routine."""

    intent_type = INTENT_PAUSE_ROUTINE
    description = "Pauses the running routine"
    command = "pause"


class ResumeRoutineIntent(_RoutineCommandIntent):
    """Resume the routine."""

    intent_type = INTENT_RESUME_ROUTINE
    description = "Resumes the paused routine"
    command = "resume"


class StopRoutineIntent(_RoutineCommandIntent):
    """Stop the routine."""

    intent_type = INTENT_STOP_ROUTINE
    description = "Stops the running routine"
    command = "stop"


class SnoozeIntent(_CoachIntent):
    """Snooze my posture reminders for 20 minutes."""

    intent_type = INTENT_SNOOZE
    description = "Snoozes break and posture reminders"
    extra_slots = {vol.Optional("minutes"): vol.Any(int, cv.string)}

    def run(
        self,
        coordinator: HamstringCoachCoordinator,
        values: dict[str, Any],
        said: Said,
    ) -> str:
        """Snooze and say until when."""
        minutes = number_from(str(values.get("minutes", 15)), said.words)
        until = actions.snooze(coordinator, minutes)
        return common_text(
            said.texts, "speak_snoozed", {"minutes": str(minutes), "time": _time(until)}
        )


class TriageIntent(_CoachIntent):
    """Should I see a physio."""

    intent_type = INTENT_TRIAGE
    description = "Tells whether the logged symptoms call for a professional, and why"

    def run(
        self,
        coordinator: HamstringCoachCoordinator,
        values: dict[str, Any],
        said: Said,
    ) -> str:
        """Say the level and its first reason."""
        assessment = coordinator.care.assessment
        reason = (
            reason_sentence(said.texts, assessment.reasons[0])
            if assessment.reasons
            else ""
        )
        if not coordinator.care.symptoms.entries:
            reason = common_text(said.texts, "speak_nothing_logged")
        return common_text(
            said.texts,
            "speak_triage",
            {
                "level": level_text(said.texts, assessment),
                "reason": reason,
            },
        ).strip()


INTENT_HANDLERS: tuple[type[_CoachIntent], ...] = (
    StatusIntent,
    LogSymptomsIntent,
    StartRoutineIntent,
    NextStepIntent,
    PauseRoutineIntent,
    ResumeRoutineIntent,
    StopRoutineIntent,
    SnoozeIntent,
    TriageIntent,
)


@callback
def async_setup_intents(hass: HomeAssistant) -> None:
    """Register the intent handlers (once, like the actions)."""
    for handler in INTENT_HANDLERS:
        intent.async_register(hass, handler())
