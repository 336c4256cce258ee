"""The symptom log's assessment and the weekly insights of one profile.

Both weigh the engine's days and routines against the symptom log; this module keeps
the current assessment and insights, raises the triage alerts and the suggestion, and
sends the weekly summary.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from homeassistant.config_entries import ConfigEntry
from homeassistant.core import HomeAssistant, callback
from homeassistant.exceptions import ServiceValidationError

from . import issues
from .const import DOMAIN
from .core.clock import next_midnight
from .core.engine import Engine
from .core.insights import Insights, compute as compute_insights
from .core.triage import Assessment, Level, assess
from .dispatch import Dispatcher
from .insights_text import insights_response
from .profile import ProfileConfig
from .symptom_log import SymptomLog, TriageAlerts
from .texts import async_texts, common_text

TRIAGE_CHANGED = "triage_changed"
WEEKLY_SUMMARY = "weekly_summary"


class Care:
    """Symptoms, triage, alerts and insights beside one engine."""

    def __init__(
        self,
        hass: HomeAssistant,
        entry: ConfigEntry,
        config: ProfileConfig,
        dispatcher: Dispatcher,
    ) -> None:
        """Prepare an empty log; ``async_load`` reads it."""
        self.hass = hass
        self.entry = entry
        self.config = config
        self.dispatcher = dispatcher
        self.symptoms = SymptomLog(hass, entry, timedelta(days=config.retention_days))
        self.alerts = TriageAlerts(hass, entry, dispatcher.notifier, dispatcher.fire)
        self.assessment = Assessment(Level.SELF_CARE, (), (), ("desk_break",))
        self.insights: Insights | None = None
        self.next_day: datetime | None = None  # when the assessment's day ends

    def check_may_start(self, routine_id: str) -> None:
        """Raise a translated error if the symptoms hold ``routine_id`` back.

        Every door checks here: while the symptoms call for help today or now, no
        routine starts until a review is logged; a routine the symptoms hold back
        (dynamic mobility, nerve glides) does not start.
        """
        if not self.assessment.may_start(routine_id):
            raise ServiceValidationError(
                translation_domain=DOMAIN,
                translation_key="routine_held_by_triage"
                if not self.assessment.routines_allowed
                else "routine_held_back",
                translation_placeholders={
                    "name": self.entry.title,
                    "routine": routine_id,
                },
            )

    def assess(self, now: datetime, engine: Engine) -> Assessment:
        """Return the assessment at ``now`` (changes nothing)."""
        return assess(
            self.symptoms.entries,
            engine.finished_routines(),
            engine.days_for_triage(),
            now=now,
            zone=engine.zone,
            break_after_minutes=self.config.settings.break_after.total_seconds() / 60,
            reviewed_at=self.symptoms.reviewed_at,
            country=self.hass.config.country,
        )

    @callback
    def reassess(self, now: datetime, engine: Engine) -> None:
        """Assess again; fire ``triage_changed`` and update the alerts."""
        self.next_day = next_midnight(now, engine.zone)
        self.compute_insights(now, engine)
        previous, self.assessment = self.assessment, self.assess(now, engine)
        current = self.assessment
        if previous.level is not current.level:
            self.dispatcher.fire(
                TRIAGE_CHANGED,
                {
                    "level": current.level.value,
                    "previous_level": previous.level.value,
                    "reasons": [r.code for r in current.reasons],
                    "likely_drivers": [d.value for d in current.likely_drivers],
                    "recommended_routines": list(current.recommended_routines),
                },
            )
        self.alerts.async_update(current, self.symptoms)
        self.dispatcher.notifier.offer_routine = current.routines_allowed

    def compute_insights(self, now: datetime, engine: Engine) -> Insights:
        """Compute the insights; show or clear the Break after suggestion."""
        self.insights = compute_insights(
            engine.days_for_insights(),
            self.symptoms.entries,
            engine.finished_routines(),
            now=now,
            zone=engine.zone,
            break_after_minutes=int(
                self.config.settings.break_after.total_seconds() // 60
            ),
            links_since=engine.links_since,
        )
        if (suggestion := self.insights.suggestion) is None:
            issues.clear_break_after_suggestion(self.hass, self.entry)
        else:
            issues.show_break_after_suggestion(
                self.hass, self.entry, suggestion.current, suggestion.proposed
            )
        return self.insights

    @callback
    def async_send_summary(self, now: datetime, engine: Engine) -> None:
        """Send the weekly summary to the notify targets and fire weekly_summary."""
        insights = self.compute_insights(now, engine)
        self.entry.async_create_background_task(
            self.hass, self._async_deliver_summary(insights), f"{DOMAIN} weekly summary"
        )

    async def _async_deliver_summary(self, insights: Insights) -> None:
        texts = await async_texts(self.hass)
        response = insights_response(insights, texts)
        title = common_text(texts, "summary_title", {"name": self.entry.title})
        self.dispatcher.notifier.async_send_text(title, " ".join(response["sentences"]))
        self.dispatcher.fire(WEEKLY_SUMMARY, response)
