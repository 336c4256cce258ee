"""The symptom log of a profile and what its assessment tells the user."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime, timedelta
import logging
from typing import Any

from homeassistant.components import persistent_notification
from homeassistant.config_entries import ConfigEntry
from homeassistant.core import HomeAssistant, callback
from homeassistant.helpers import issue_registry as ir
from homeassistant.helpers.translation import async_get_translations

from .const import DOMAIN
from .core.triage import LEVELS, Assessment, Level, Reason, SymptomEntry
from .notifications import Notifier
from .storage import SymptomStore, async_load_or_recover

_LOGGER = logging.getLogger(__name__)

SEVERITY = {
    Level.CONSULT: ir.IssueSeverity.WARNING,
    Level.URGENT: ir.IssueSeverity.ERROR,
    Level.EMERGENCY: ir.IssueSeverity.CRITICAL,
}


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
    return common_text(texts, f"reason_{reason.code}", values)


async def async_texts(hass: HomeAssistant) -> dict[str, str]:
    """Return the integration's translated ``common`` texts in the user's language."""
    return await async_get_translations(hass, hass.config.language, "common", [DOMAIN])


def assessment_response(
    assessment: Assessment, texts: Mapping[str, str]
) -> dict[str, Any]:
    """Return an assessment as the services and tools answer it."""
    return {
        "level": assessment.level.value,
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


class SymptomLog:
    """Entries of one profile, kept for ``retention`` in their own file."""

    def __init__(
        self, hass: HomeAssistant, entry: ConfigEntry, retention: timedelta
    ) -> None:
        """Prepare an empty log."""
        self.hass = hass
        self.entry = entry
        self.retention = retention
        self.store = SymptomStore(hass, entry.entry_id)
        self.entries: list[SymptomEntry] = []
        self.alerted_level = Level.SELF_CARE

    async def async_load(self, now: datetime) -> None:
        """Load the log; an unusable file is reported and the log starts empty."""

        def apply(data: dict[str, Any]) -> None:
            entries = [SymptomEntry.from_dict(item) for item in data["entries"]]
            alerted = Level(data.get("alerted_level", Level.SELF_CARE.value))
            self.entries, self.alerted_level = entries, alerted

        await async_load_or_recover(
            self.hass, self.entry, self.store, apply, "symptoms"
        )
        self._prune(now)

    def add(self, entry: SymptomEntry, now: datetime) -> None:
        """Add an entry and save the log."""
        self.entries.append(entry)
        self.entries.sort(key=lambda e: e.at)
        self._prune(now)
        self.async_save()

    async def async_erase(self) -> None:
        """Forget every entry: the file is deleted."""
        self.entries = []
        self.alerted_level = Level.SELF_CARE
        await self.store.async_remove()

    @callback
    def async_save(self) -> None:
        """Write the log soon."""
        self.store.async_delay_save(self._data, 1)

    async def async_flush(self) -> None:
        """Write the log now (unload); a read-only store keeps its file untouched."""
        await self.store.async_save(self._data())

    def _data(self) -> dict[str, Any]:
        return {
            "entries": [entry.to_dict() for entry in self.entries],
            "alerted_level": self.alerted_level.value,
        }

    def _prune(self, now: datetime) -> None:
        oldest = now - self.retention
        self.entries = [e for e in self.entries if e.at >= oldest]

    def entries_on(self, day: date, zone: Any) -> list[SymptomEntry]:
        """Return the entries of one local day."""
        return [e for e in self.entries if e.at.astimezone(zone).date() == day]


class TriageAlerts:
    """Tell the user when the assessment calls for a professional, and stop when not."""

    def __init__(
        self, hass: HomeAssistant, entry: ConfigEntry, notifier: Notifier
    ) -> None:
        """Prepare the alerts of one profile."""
        self.hass = hass
        self.entry = entry
        self.notifier = notifier
        self.issue_id = f"triage_{entry.entry_id}"
        self.notification_id = f"{DOMAIN}_triage_{entry.entry_id}"

    async def async_update(self, assessment: Assessment, log: SymptomLog) -> None:
        """Raise or clear the Repairs issue; notify when the level rose to consult or above."""
        level = assessment.level
        if not assessment.consultation_recommended:
            ir.async_delete_issue(self.hass, DOMAIN, self.issue_id)
            persistent_notification.async_dismiss(self.hass, self.notification_id)
            if log.alerted_level is not Level.SELF_CARE:
                log.alerted_level = Level.SELF_CARE
                log.async_save()
            return
        texts = await async_texts(self.hass)
        reasons = [reason_sentence(texts, r) for r in assessment.reasons]
        values = {
            "name": self.entry.title,
            "level": common_text(texts, f"level_{level.value}"),
            "reasons": "\n".join(f"- {sentence}" for sentence in reasons),
        }
        ir.async_create_issue(
            self.hass,
            DOMAIN,
            self.issue_id,
            is_fixable=False,
            is_persistent=False,
            severity=SEVERITY[level],
            translation_key=f"triage_{level.value}",
            translation_placeholders=values,
        )
        rose = LEVELS.index(level) > LEVELS.index(log.alerted_level)
        if not rose:
            return
        log.alerted_level = level
        log.async_save()
        title = common_text(texts, f"triage_{level.value}_title", values)
        message = common_text(texts, "triage_message", values)
        persistent_notification.async_create(
            self.hass, message, title=title, notification_id=self.notification_id
        )
        self.notifier.async_send_text(title, message)
