"""Voice: intent handlers for every action, and English sentences for the built-in agent.

The intents are registered once (like the actions) so that any agent that speaks Home
Assistant intents can use them. The sentences are attached to the built-in conversation
agent as sentence triggers while at least one profile is loaded; each sentence hands
its words to an intent, so a sentence, an intent and an action take one path.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import datetime
import re
from typing import Any, cast

from homeassistant.const import EVENT_COMPONENT_LOADED
from homeassistant.core import CALLBACK_TYPE, Event, HomeAssistant, callback
from homeassistant.exceptions import ServiceValidationError
from homeassistant.helpers import config_validation as cv, intent
from homeassistant.setup import EventComponentLoaded
from homeassistant.util import dt as dt_util
from homeassistant.util.hass_dict import HassKey

from . import actions
from .const import DOMAIN
from .coordinator import HamstringCoachCoordinator
from .core.validation import vol
from .texts import async_texts, common_text, level_text, reason_sentence

INTENT_STATUS = "HamstringCoachStatus"
INTENT_LOG_SYMPTOMS = "HamstringCoachLogSymptoms"
INTENT_START_ROUTINE = "HamstringCoachStartRoutine"
INTENT_NEXT_STEP = "HamstringCoachNextStep"
INTENT_PAUSE_ROUTINE = "HamstringCoachPauseRoutine"
INTENT_RESUME_ROUTINE = "HamstringCoachResumeRoutine"
INTENT_STOP_ROUTINE = "HamstringCoachStopRoutine"
INTENT_SNOOZE = "HamstringCoachSnooze"
INTENT_TRIAGE = "HamstringCoachTriage"

PROFILE = "profile"
CONVERSATION = "conversation"
_FOR_PROFILE = "[(for|at|on) [the|my] {profile}]"

# intent -> English sentence templates (hassil syntax: [optional], (a|b), {wildcard})
SENTENCES: dict[str, list[str]] = {
    INTENT_STATUS: [
        f"how long have I been sitting [today] {_FOR_PROFILE}",
        f"how long (did|have) I sit [today] {_FOR_PROFILE}",
        f"how much have I sat [today] {_FOR_PROFILE}",
    ],
    INTENT_LOG_SYMPTOMS: [
        f"log [my] [hamstring] tightness [of] {{tightness}} {_FOR_PROFILE}",
        f"my hamstrings (feel|are) {{tightness}} out of ten {_FOR_PROFILE}",
        f"my hamstrings (feel|are) {{tightness}} out of 10 {_FOR_PROFILE}",
        (
            "I (have|feel|felt|notice|noticed|had) {sensation} (in|below|behind|down|at|"
            "around|under) [the|my|both] (leg|legs|knee|knees|hamstring|hamstrings|"
            "thigh|thighs|calf|calves|groin|buttocks|bottom|foot|feet|back|sides)"
            f" {_FOR_PROFILE}"
        ),
        f"log [a] [hamstring] symptom[s] {{sensation}} {_FOR_PROFILE}",
        (
            "my (leg|legs|calf|thigh|foot|urine|pee) (is|are|feels|feel|looks) "
            f"{{sensation}} {_FOR_PROFILE}"
        ),
        (
            "I (have|had|got) (a fever|fever|a temperature|chest pain|dark urine|"
            "night pain|cancer|had cancer|foot drop) [before] " + _FOR_PROFILE
        ),
        f"I (am|feel|get) (short of breath|breathless|out of breath) {_FOR_PROFILE}",
        f"I (fell|had a fall|lost weight without trying) {_FOR_PROFILE}",
        f"[the] pain wakes me [up] at night {_FOR_PROFILE}",
    ],
    INTENT_START_ROUTINE: [
        f"start [my|the] {{routine}} (routine|exercises|stretches) {_FOR_PROFILE}",
    ],
    INTENT_NEXT_STEP: [f"next (step|exercise) {_FOR_PROFILE}"],
    INTENT_PAUSE_ROUTINE: [f"pause [the|my] routine {_FOR_PROFILE}"],
    INTENT_RESUME_ROUTINE: [f"(resume|continue) [the|my] routine {_FOR_PROFILE}"],
    INTENT_STOP_ROUTINE: [f"stop [the|my] routine {_FOR_PROFILE}"],
    INTENT_SNOOZE: [
        f"snooze [my] [posture|break] reminders for {{minutes}} minutes {_FOR_PROFILE}",
        f"snooze [my] [posture|break] reminders {_FOR_PROFILE}",
    ],
    INTENT_TRIAGE: [
        f"should I see a (physio|physiotherapist|physical therapist|doctor) {_FOR_PROFILE}",
        f"do I need to see a (physio|physiotherapist|physical therapist|doctor) {_FOR_PROFILE}",
    ],
}

NUMBER_WORDS = {
    word: number
    for number, word in enumerate(
        [
            "zero",
            "one",
            "two",
            "three",
            "four",
            "five",
            "six",
            "seven",
            "eight",
            "nine",
            "ten",
            "eleven",
            "twelve",
        ]
    )
} | {
    "fifteen": 15,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "forty five": 45,
    "sixty": 60,
}

# what a sentence says -> the sign of the public set; the most specific first, and the
# words that matched are used up (so "swollen calf" is not also "swelling").
SIGN_PATTERNS: tuple[tuple[str, str], ...] = (
    (r"(numb|tingl|pins and needles).*\b(groin|genital\w*|buttocks?|bottom|saddle|back passage)|\bsaddle\b", "saddle_numbness"),
    (r"bladder|bowel|incontinen|wet myself|can'?t (pee|wee|poo)", "bladder_bowel_change"),
    (r"breath|chest", "breathlessness_chest_pain"),
    (r"\b(dark|brown|cola)\b.*\b(urine|pee|wee)\b|\b(urine|pee|wee)\b.*\b(dark|brown|cola)\b", "dark_urine"),
    (r"fever|temperature|shiver", "fever"),
    (r"(lost|losing|lose) weight|weight loss", "unexplained_weight_loss"),
    (r"\bpain\b.*\bnight\b|\bnight\b.*\bpain\b|wakes? me", "night_pain"),
    (r"cancer", "cancer_history"),
    (r"\bfell\b|\bfall\b|\bblow\b|accident", "trauma"),
    (r"foot drop|drop foot|foot (drags|slaps)|drag\w* my foot|toes? catch", "foot_drop"),
    (r"(getting|growing) weaker|weaker and weaker|weakness (is )?getting worse", "weakness_worsening"),
    (r"\b(calf|thigh|leg)\b.*\bred\b.*\b(warm|hot|swollen)\b|\bred\b.*\b(warm|hot|swollen)\b.*\b(calf|thigh|leg)\b", "leg_red_warm_swollen"),
    (r"(swollen|swelling|tender).*\bcalf\b|\bcalf\b.*(swollen|swelling|tender)", "calf_swelling"),
    (r"below (my|the) knees?|down (my|the) legs?", "radiating_below_knee"),
    (r"tingl|pins and needles", "tingling"),
    (r"numb", "numbness"),
    (r"sharp pull", "sharp_pull"),
    (r"\bpop", "pop"),
    (r"\btear|\btore\b", "tearing"),
    (r"sudden\w*\s+(sharp\s+)?pain|sharp pain", "sudden_sharp_pain"),
    (r"swell|swollen", "swelling"),
    (r"bruis", "bruising"),
    (r"weak", "weakness"),
)  # fmt: skip
# "no fever", "not numb", "I don't have tingling": a denied sign is not logged
NEGATED = re.compile(
    r"\b(no|not|without|never|(do ?n[o']t|haven'?t|have not) (have|feel|got))\b"
    r"(\s+(any|a|an|the|my))?\s+[\w-]+"
)
BOTH_SIDES = re.compile(r"\bboth (legs|sides|thighs|hamstrings|calves|knees|feet)\b")


def number_from(text: str) -> int | str:
    """Return the number that ``text`` says ("6", "six"), or the text unchanged."""
    cleaned = text.strip().lower()
    if cleaned.isdigit():
        return int(cleaned)
    return NUMBER_WORDS.get(cleaned, text)


def symptoms_from(text: str) -> dict[str, Any]:
    """Return the signs (``sensations``) and the ``side`` that ``text`` mentions.

    "Both legs" is a side, never the sign ``both_legs``: tightness in both legs is the
    everyday case; nerve signs on both sides are weighed by the triage rules.
    """
    lowered = NEGATED.sub(" ", text.lower())
    found: dict[str, Any] = {}
    if BOTH_SIDES.search(lowered):
        found["side"] = "both"
        lowered = BOTH_SIDES.sub(" ", lowered)
    sensations: list[str] = []
    for pattern, sign in SIGN_PATTERNS:
        if match := re.search(pattern, lowered):
            sensations.append(sign)
            lowered = lowered[: match.start()] + " " + lowered[match.end() :]
    if sensations:
        found["sensations"] = sensations
    return found


def _time(moment: datetime) -> str:
    return dt_util.as_local(moment).strftime("%H:%M")


class _CoachIntent(intent.IntentHandler):
    """An intent of one action; the profile slot picks the profile."""

    platforms = None
    extra_slots: Mapping[Any, Any] = {}

    @property
    def slot_schema(self) -> dict[Any, Any]:
        """Return the slots: an optional profile name, and the action's own."""
        return {vol.Optional(PROFILE): cv.string, **self.extra_slots}

    async def async_handle(self, intent_obj: intent.Intent) -> intent.IntentResponse:
        """Run the action and answer with a sentence built from the state."""
        slots = self.async_validate_slots(intent_obj.slots)
        values = {key: slot["value"] for key, slot in slots.items()}
        hass = intent_obj.hass
        texts = await async_texts(hass)
        response = intent_obj.create_response()
        try:
            coordinator = actions.resolve_profile(hass, values.pop(PROFILE, None))
            speech = self.run(coordinator, values, texts)
        except ServiceValidationError as err:
            speech = str(err)
            if not speech.endswith(("?", "!", ".")):
                speech += "."
        response.async_set_speech(speech)
        return response

    def run(
        self,
        coordinator: HamstringCoachCoordinator,
        values: dict[str, Any],
        texts: Mapping[str, str],
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
        texts: Mapping[str, str],
    ) -> str:
        """Say the streak and today's total."""
        status = actions.status(coordinator)
        key = (
            "speak_status_sitting" if status["sitting"] else "speak_status_not_sitting"
        )
        return common_text(
            texts,
            key,
            {
                "streak": str(status["streak_minutes"]),
                "today": str(status["sitting_today_minutes"]),
                "breaks": str(status["breaks_today"]),
            },
        )


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
        texts: Mapping[str, str],
    ) -> str:
        """Log the entry and read the assessment back."""
        data: dict[str, Any] = {}
        if "sensation" in values:
            data = symptoms_from(values["sensation"])
            if not data:
                return common_text(
                    texts, "speak_unknown_sensation", {"what": values["sensation"]}
                )
        entries = coordinator.symptoms.entries
        default = entries[-1].tightness if entries else 0
        data["tightness"] = number_from(str(values.get("tightness", default)))
        assessment = actions.log_symptoms(coordinator, data)
        first = (
            reason_sentence(texts, assessment.reasons[0]) if assessment.reasons else ""
        )
        return common_text(
            texts,
            "speak_logged",
            {
                "tightness": str(data["tightness"]),
                "signs": ", ".join(
                    [
                        *(
                            common_text(texts, f"sign_{sign}")
                            for sign in data.get("sensations", [])
                        ),
                        *([common_text(texts, "both_sides")] if "side" in data else []),
                    ]
                )
                or common_text(texts, "no_signs"),
                "level": level_text(texts, assessment),
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
        texts: Mapping[str, str],
    ) -> str:
        """Start it and say the first step."""
        routine_id = actions.start_routine(coordinator, values.get("routine"))
        view = coordinator.routine_view
        return common_text(
            texts,
            "speak_routine_started",
            {
                "name": coordinator.runner.routines[routine_id].name,
                "stop_rule": common_text(texts, "stop_rule"),
                "step": view.step_name or "",
                "instruction": view.instruction or "",
            },
        )


class _RoutineCommandIntent(_CoachIntent):
    command = ""

    def run(
        self,
        coordinator: HamstringCoachCoordinator,
        values: dict[str, Any],
        texts: Mapping[str, str],
    ) -> str:
        """Run the command; say where the routine is now."""
        actions.routine_command(coordinator, self.command)
        view = coordinator.routine_view
        if self.command == "next_step":
            if view.routine is None:
                last = coordinator.runner.completions[-1]
                key = "speak_routine_done" if last.finished else "speak_routine_stopped"
                return common_text(texts, key)
            return common_text(
                texts,
                "speak_next_step",
                {"step": view.step_name or "", "instruction": view.instruction or ""},
            )
        return common_text(texts, f"speak_routine_{self.command}")


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
        texts: Mapping[str, str],
    ) -> str:
        """Snooze and say until when."""
        minutes = number_from(str(values.get("minutes", 15)))
        until = actions.snooze(coordinator, minutes)
        return common_text(
            texts, "speak_snoozed", {"minutes": str(minutes), "time": _time(until)}
        )


class TriageIntent(_CoachIntent):
    """Should I see a physio."""

    intent_type = INTENT_TRIAGE
    description = "Tells whether the logged symptoms call for a professional, and why"

    def run(
        self,
        coordinator: HamstringCoachCoordinator,
        values: dict[str, Any],
        texts: Mapping[str, str],
    ) -> str:
        """Say the level and its first reason."""
        assessment = coordinator.assessment
        reason = (
            reason_sentence(texts, assessment.reasons[0]) if assessment.reasons else ""
        )
        if not coordinator.symptoms.entries:
            reason = common_text(texts, "speak_nothing_logged")
        return common_text(
            texts,
            "speak_triage",
            {
                "level": level_text(texts, assessment),
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
def async_register_sentences(hass: HomeAssistant) -> CALLBACK_TYPE:
    """Attach the English sentences to the built-in agent; return the detach callback."""
    removers: list[CALLBACK_TYPE] = []
    for intent_type, sentences in SENTENCES.items():

        async def handle(
            user_input: Any, result: Any, intent_type: str = intent_type
        ) -> str:
            slots = _slots_from(result.entities)
            if intent_type == INTENT_LOG_SYMPTOMS and "tightness" not in slots:
                # "below my knee", "I have a fever": the whole sentence is what was felt
                slots["sensation"] = {"value": user_input.text}
            response = await intent.async_handle(
                hass,
                DOMAIN,
                intent_type,
                slots,
                text_input=user_input.text,
                context=user_input.context,
                language=user_input.language,
            )
            return str(response.speech.get("plain", {}).get("speech", ""))

        removers.append(_register_trigger(hass, sentences, handle))

    @callback
    def remove() -> None:
        for remover in removers:
            remover()

    return remove


def _attach_when_conversation_loads(hass: HomeAssistant) -> CALLBACK_TYPE:
    """Attach the sentences now or once conversation is set up; return the detach."""
    attached: list[CALLBACK_TYPE] = []
    if CONVERSATION in hass.config.components:
        attached.append(async_register_sentences(hass))

    @callback
    def on_loaded(event: Event[EventComponentLoaded]) -> None:
        if not attached:
            attached.append(async_register_sentences(hass))

    @callback
    def is_conversation(event_data: EventComponentLoaded) -> bool:
        return event_data["component"] == CONVERSATION

    stop_waiting = hass.bus.async_listen(
        EVENT_COMPONENT_LOADED, on_loaded, event_filter=is_conversation
    )

    @callback
    def detach() -> None:
        stop_waiting()
        for remove in attached:
            remove()
        attached.clear()

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
