"""LLM API "Hamstring Coach": tools a conversation agent can call, next to "Assist".

Each tool validates its arguments (the schema, then the same checks as the actions) and
returns structured data; a wrong value comes back as an error result the model can read.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from homeassistant.core import HomeAssistant, callback
from homeassistant.exceptions import ServiceValidationError
from homeassistant.helpers import config_validation as cv, llm

from . import actions
from .const import DOMAIN, REPORT_DAYS_RANGE, SNOOZE_RANGE
from .coordinator import HamstringCoachCoordinator
from .core.triage import (
    CONTEXTS,
    LEGACY_SENSATIONS,
    NOTES_MAX,
    SENSATIONS,
    SIDES,
    SINCE_DAYS_MAX,
)
from .core.validation import vol
from .texts import (
    assessment_response,
    async_error_text,
    async_texts,
    common_text,
    spoken_language,
)

try:  # Home Assistant 2026.3+: tools return a ToolResult
    from homeassistant.helpers.llm import ToolResult as _ToolResult  # type: ignore[attr-defined, unused-ignore]
except ImportError:  # pragma: no cover - Home Assistant 2026.2 returns plain data
    _ToolResult = None  # type: ignore[assignment, misc, unused-ignore]

try:  # Home Assistant 2026.10+: tools say how they behave (and warn without it)
    from homeassistant.helpers.llm import ToolAnnotations as _ToolAnnotations  # type: ignore[attr-defined, unused-ignore]
except ImportError:  # pragma: no cover - older lines ignore the attribute
    _ToolAnnotations = None  # type: ignore[assignment, misc, unused-ignore]


def _behaviour(*, read_only: bool = False, idempotent: bool = False) -> Any:
    """Return the tool's annotations: local, never destructive (2026.10+)."""
    if _ToolAnnotations is None:  # pragma: no cover - Home Assistant before 2026.10
        return None
    return _ToolAnnotations(
        read_only=read_only, destructive=False, idempotent=idempotent, open_world=False
    )


API_ID = DOMAIN
API_NAME = "Hamstring Coach"
PROFILE_FIELD = vol.Optional(
    "profile",
    description="Profile name, e.g. 'Study desk'. Leave out when there is one profile.",
)
API_PROMPT = (
    "Hamstring Coach tracks how long the user sits, reminds them to take breaks, runs "
    "guided exercise routines and keeps a symptom log for tight hamstrings. Use its tools "
    "for sitting time, breaks, routines, snoozing reminders and logging symptoms. It gives "
    "information, never a diagnosis: when a tool returns level 'consult', 'urgent' or "
    "'emergency', say so plainly first, repeat its 'advice' and first reason, and at "
    "'emergency' tell the user to call the emergency number it names. Never suggest or "
    "start exercise when 'routines_allowed' is false. Log a professional review only "
    "when the user says a doctor or physical therapist has examined them."
)


def _result(data: dict[str, Any], *, error: bool = False) -> Any:
    if _ToolResult is None:  # pragma: no cover - Home Assistant 2026.2
        return data
    return _ToolResult(data=data, error=error)


class CoachTool(llm.Tool):
    """A tool of the Hamstring Coach API; errors become results the model reads."""

    integration = DOMAIN
    extra_parameters: Mapping[Any, Any] = {}

    def __init__(self) -> None:
        """Build the parameters: the profile plus the tool's own."""
        self.parameters = vol.Schema(
            {PROFILE_FIELD: cv.string, **self.extra_parameters}
        )

    async def async_call(
        self,
        hass: HomeAssistant,
        tool_input: llm.ToolInput,
        llm_context: llm.LLMContext,
    ) -> Any:
        """Resolve the profile and run the tool."""
        args = dict(tool_input.tool_args)
        language = spoken_language(hass, llm_context.language)
        try:
            coordinator = actions.resolve_profile(hass, args.pop("profile", None))
            return _result(await self.run(hass, coordinator, args, language))
        except ServiceValidationError as err:
            error = await async_error_text(hass, err, language)
            return _result({"error": error}, error=True)

    async def run(
        self,
        hass: HomeAssistant,
        coordinator: HamstringCoachCoordinator,
        args: dict[str, Any],
        language: str,
    ) -> dict[str, Any]:
        """Do the work; return JSON-friendly data."""
        raise NotImplementedError


class StatusTool(CoachTool):
    """Sitting now and today, breaks, reminders, routine, triage level."""

    name = "hamstring_coach_status"
    title = "Sitting status"
    annotations = _behaviour(read_only=True, idempotent=True)
    description = (
        "Get the current sitting streak and today's sitting minutes, breaks, stand hours, "
        "reminders (sent, snoozed, answered by a break), whether a break is due, whether "
        "reminders are on or snoozed, the running routine and the triage level."
    )

    async def run(
        self,
        hass: HomeAssistant,
        coordinator: HamstringCoachCoordinator,
        args: dict[str, Any],
        language: str,
    ) -> dict[str, Any]:
        """Return the status."""
        return actions.status(coordinator)


class LogSymptomsTool(CoachTool):
    """Log symptoms; get the assessment."""

    name = "hamstring_coach_log_symptoms"
    title = "Log symptoms"
    annotations = _behaviour(read_only=False, idempotent=False)
    description = (
        "Log how the user's hamstrings feel and get the assessment back (level, reasons, "
        "likely drivers, recommended routines). Levels from low to high: self_care, "
        "monitor, consult, urgent, emergency. Tightness in both legs is side 'both'; "
        "the sign 'both_legs' means nerve symptoms (numbness, tingling, weakness, pain "
        "below the knee) in both legs. Notes are kept but never assessed: put every "
        "symptom the user mentions into sensations."
    )
    extra_parameters = {
        vol.Required(
            "tightness", description="Tightness 0 (none) to 10 (worst)."
        ): vol.All(vol.Coerce(int), vol.Range(min=0, max=10)),
        vol.Optional("pain", description="Pain 0 to 10."): vol.All(
            vol.Coerce(int), vol.Range(min=0, max=10)
        ),
        vol.Optional("side", description="One of: " + ", ".join(SIDES)): vol.In(SIDES),
        vol.Optional("sensations", description="Any of: " + ", ".join(SENSATIONS)): [
            vol.In((*SENSATIONS, *LEGACY_SENSATIONS))
        ],
        vol.Optional("context", description="One of: " + ", ".join(CONTEXTS)): vol.In(
            CONTEXTS
        ),
        vol.Optional(
            "notes", description="Free text, at most 500 characters; never assessed."
        ): cv.string,
        vol.Optional(
            "since_days", description="How many days it has been going on."
        ): vol.All(vol.Coerce(int), vol.Range(min=0, max=SINCE_DAYS_MAX)),
    }

    async def run(
        self,
        hass: HomeAssistant,
        coordinator: HamstringCoachCoordinator,
        args: dict[str, Any],
        language: str,
    ) -> dict[str, Any]:
        """Log and assess."""
        assessment = actions.log_symptoms(coordinator, args)
        return assessment_response(assessment, await async_texts(hass, language))


class LogReviewTool(CoachTool):
    """Log that a professional examined the user; get the new assessment."""

    name = "hamstring_coach_log_professional_review"
    title = "Log professional review"
    annotations = _behaviour(read_only=False, idempotent=False)
    description = (
        "Record that a doctor or physical therapist has examined the user. Signs logged "
        "before it stop counting; routines are allowed again unless newer signs hold "
        "them. Only call it when the user says they have been examined."
    )
    extra_parameters = {
        vol.Optional(
            "notes",
            description=f"What the professional said, at most {NOTES_MAX} characters.",
        ): cv.string,
    }

    async def run(
        self,
        hass: HomeAssistant,
        coordinator: HamstringCoachCoordinator,
        args: dict[str, Any],
        language: str,
    ) -> dict[str, Any]:
        """Log the review and assess again."""
        assessment = actions.log_review(coordinator, args)
        return assessment_response(assessment, await async_texts(hass, language))


class StartRoutineTool(CoachTool):
    """Start a routine."""

    name = "hamstring_coach_start_routine"
    title = "Start routine"
    annotations = _behaviour(read_only=False, idempotent=False)
    description = (
        "Start a guided exercise routine. Built-in ids: desk_break, glute_core, "
        "dynamic_mobility, nerve_glides, posture_reset (the user may have more)."
    )
    extra_parameters = {
        vol.Optional(
            "routine", description="Routine id or name; default: the selected one."
        ): cv.string
    }

    async def run(
        self,
        hass: HomeAssistant,
        coordinator: HamstringCoachCoordinator,
        args: dict[str, Any],
        language: str,
    ) -> dict[str, Any]:
        """Start it; return the first step."""
        routine_id = actions.start_routine(coordinator, args.get("routine"))
        texts = await async_texts(hass, language)
        return {
            "routine": routine_id,
            "stop_rule": common_text(texts, "stop_rule"),
            **actions.current_step(coordinator, language),
            "steps": coordinator.snapshot.routine.total,
        }


class RoutineControlTool(CoachTool):
    """Next step, pause, resume, stop."""

    name = "hamstring_coach_routine_control"
    title = "Control routine"
    annotations = _behaviour(read_only=False, idempotent=False)
    description = "Control the running routine: next_step, pause, resume or stop."
    extra_parameters = {
        vol.Required(
            "command", description="One of: next_step, pause, resume, stop"
        ): vol.In(actions.ROUTINE_COMMANDS)
    }

    async def run(
        self,
        hass: HomeAssistant,
        coordinator: HamstringCoachCoordinator,
        args: dict[str, Any],
        language: str,
    ) -> dict[str, Any]:
        """Run the command; return where the routine is."""
        actions.routine_command(coordinator, args["command"])
        view = coordinator.snapshot.routine
        return {
            "routine": view.routine,
            **actions.current_step(coordinator, language),
            "index": view.index,
            "total": view.total,
            "paused": view.paused,
            "finished": view.routine is None
            and bool(coordinator.engine.runner.completions)
            and coordinator.engine.runner.completions[-1].finished,
        }


class SnoozeTool(CoachTool):
    """Snooze reminders."""

    name = "hamstring_coach_snooze"
    title = "Snooze reminders"
    annotations = _behaviour(read_only=False, idempotent=False)
    description = (
        "Snooze break and posture reminders for "
        f"{SNOOZE_RANGE[0]} to {SNOOZE_RANGE[1]} minutes."
    )
    extra_parameters = {
        vol.Required(
            "minutes", description=f"Minutes, {SNOOZE_RANGE[0]} to {SNOOZE_RANGE[1]}."
        ): vol.All(vol.Coerce(int), vol.Range(min=SNOOZE_RANGE[0], max=SNOOZE_RANGE[1]))
    }

    async def run(
        self,
        hass: HomeAssistant,
        coordinator: HamstringCoachCoordinator,
        args: dict[str, Any],
        language: str,
    ) -> dict[str, Any]:
        """Snooze; return until when."""
        until = actions.snooze(coordinator, args["minutes"])
        return {"snoozed_until": until.isoformat()}


class ReportTool(CoachTool):
    """Daily report."""

    name = "hamstring_coach_report"
    title = "Daily report"
    annotations = _behaviour(read_only=True, idempotent=True)
    description = (
        "Get per-day sitting minutes, longest streak, breaks, finished routines and symptom "
        "entries for the last 1 to 365 days, and the current assessment."
    )
    extra_parameters = {
        vol.Optional(
            "days",
            default=7,
            description=f"Days back, {REPORT_DAYS_RANGE[0]} to {REPORT_DAYS_RANGE[1]}.",
        ): vol.All(
            vol.Coerce(int),
            vol.Range(min=REPORT_DAYS_RANGE[0], max=REPORT_DAYS_RANGE[1]),
        )
    }

    async def run(
        self,
        hass: HomeAssistant,
        coordinator: HamstringCoachCoordinator,
        args: dict[str, Any],
        language: str,
    ) -> dict[str, Any]:
        """Return the report."""
        report = actions.report(coordinator, args.get("days", 7))
        report["assessment"] = assessment_response(
            coordinator.care.assessment, await async_texts(hass, language)
        )
        return report


TOOLS: tuple[type[CoachTool], ...] = (
    StatusTool,
    LogSymptomsTool,
    LogReviewTool,
    StartRoutineTool,
    RoutineControlTool,
    SnoozeTool,
    ReportTool,
)


class HamstringCoachAPI(llm.API):
    """The Hamstring Coach tools for conversation agents."""

    async def async_get_api_instance(
        self, llm_context: llm.LLMContext
    ) -> llm.APIInstance:
        """Return the tools."""
        return llm.APIInstance(
            api=self,
            api_prompt=API_PROMPT,
            llm_context=llm_context,
            tools=[tool() for tool in TOOLS],
        )


@callback
def async_setup_llm_api(hass: HomeAssistant) -> None:
    """Register the API once; agents list it next to "Assist"."""
    llm.async_register_api(hass, HamstringCoachAPI(hass=hass, id=API_ID, name=API_NAME))
