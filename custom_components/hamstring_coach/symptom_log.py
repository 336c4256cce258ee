"""The symptom log of a profile, and the alerts its assessment raises."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, timedelta
import logging
from typing import Any

from homeassistant.components import persistent_notification
from homeassistant.config_entries import ConfigEntry
from homeassistant.core import HomeAssistant, callback

from . import issues
from .const import DOMAIN
from .core.triage import (
    Assessment,
    Level,
    Review,
    SymptomEntry,
    alert_keys,
    needing_review,
)
from .notifications import Notifier
from .storage import SymptomStore, async_load_or_recover
from .texts import alert_texts, async_texts, common_text

_LOGGER = logging.getLogger(__name__)

TRIAGE_ALERT = "triage_alert"


class SymptomLog:
    """Entries and professional reviews of one profile, in their own file.

    Entries are kept for ``retention``; reviews likewise, but the latest one is always
    kept (it decides which entries still count). ``alerted`` holds the alert keys of
    the last alert (None when unknown, after an upgrade from 0.2).
    """

    def __init__(
        self, hass: HomeAssistant, entry: ConfigEntry, retention: timedelta
    ) -> None:
        """Prepare an empty log."""
        self.hass = hass
        self.entry = entry
        self.retention = retention
        self.store = SymptomStore(hass, entry.entry_id)
        self.entries: list[SymptomEntry] = []
        self.reviews: list[Review] = []
        self.alerted: frozenset[str] | None = frozenset()
        self.alerted_level = Level.SELF_CARE

    async def async_load(self, now: datetime) -> None:
        """Load the log; an unusable file is reported and the log starts empty."""

        def apply(data: dict[str, Any]) -> None:
            entries = [SymptomEntry.from_dict(item) for item in data["entries"]]
            reviews = [Review.from_dict(item) for item in data.get("reviews", [])]
            alerted = data.get("alerted")
            level = Level(data.get("alerted_level", Level.SELF_CARE.value))
            self.entries, self.reviews, self.alerted_level = entries, reviews, level
            self.alerted = None if alerted is None else frozenset(alerted)

        await async_load_or_recover(
            self.hass, self.entry, self.store, apply, "symptoms"
        )
        self._prune(now)

    @property
    def reviewed_at(self) -> datetime | None:
        """Return when the last professional review was logged."""
        return self.reviews[-1].at if self.reviews else None

    def add(self, entry: SymptomEntry, now: datetime) -> None:
        """Add an entry and save the log."""
        self.entries.append(entry)
        self.entries.sort(key=lambda e: e.at)
        self._prune(now)
        self.async_save()

    def add_review(self, review: Review, now: datetime) -> None:
        """Add a professional review and save the log."""
        self.reviews.append(review)
        self.reviews.sort(key=lambda r: r.at)
        self._prune(now)
        self.async_save()

    def remember_alert(self, keys: frozenset[str], level: Level) -> None:
        """Keep what the last alert was about (saved only when it changed)."""
        if (keys, level) != (self.alerted, self.alerted_level):
            self.alerted, self.alerted_level = keys, level
            self.async_save()

    async def async_erase(self) -> None:
        """Forget every entry and review: the file is deleted."""
        self.entries = []
        self.reviews = []
        self.alerted = frozenset()
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
            "reviews": [review.to_dict() for review in self.reviews],
            "alerted": None if self.alerted is None else sorted(self.alerted),
            "alerted_level": self.alerted_level.value,
        }

    def _prune(self, now: datetime) -> None:
        """Drop what is older than the retention, except what still waits for a review.

        A red flag (or a history of cancer, a fall) with no review logged after it is
        kept however old, so it never disappears without a word.
        """
        oldest = now - self.retention
        reviewed = self.reviewed_at
        waiting = {
            i
            for i in needing_review(self.entries)
            if reviewed is None or self.entries[i].at >= reviewed
        }
        self.entries = [
            e for i, e in enumerate(self.entries) if e.at >= oldest or i in waiting
        ]
        self.reviews = [r for r in self.reviews[:-1] if r.at >= oldest] + self.reviews[
            -1:
        ]

    def entries_on(self, day: date, zone: Any) -> list[SymptomEntry]:
        """Return the entries of one local day."""
        return [e for e in self.entries if e.at.astimezone(zone).date() == day]


class TriageAlerts:
    """Tell the user what the assessment calls for; alert on every new reason.

    The Repairs issue always shows the current reasons. A push, a persistent
    notification and the coach event ``triage_alert`` go out whenever a reason (or a
    sign of it) at ``consult`` or above is new since the last alert: a new red flag at
    the same level, or a level that comes back after it had fallen.
    """

    def __init__(
        self,
        hass: HomeAssistant,
        entry: ConfigEntry,
        notifier: Notifier,
        fire: Callable[[str, dict[str, Any]], None],
    ) -> None:
        """Prepare the alerts of one profile."""
        self.hass = hass
        self.entry = entry
        self.notifier = notifier
        self.fire = fire
        self.notification_id = f"{DOMAIN}_triage_{entry.entry_id}"

    @callback
    def async_update(self, assessment: Assessment, log: SymptomLog) -> None:
        """Decide what is new now (in order), then deliver it in the background.

        What was alerted is remembered only once the push went out: an alert cut short
        (the entry reloads while the texts load) is sent again at the next assessment.
        """
        keys = alert_keys(assessment)
        alerted = log.alerted
        if alerted is None:  # upgraded from 0.2: only the alerted level is known
            known = assessment.level.rank <= log.alerted_level.rank
            alerted = keys if known else frozenset()
            log.remember_alert(alerted, log.alerted_level)
        new = keys - alerted
        level = assessment.level if keys else Level.SELF_CARE
        if new:
            self.fire(
                TRIAGE_ALERT,
                {
                    "level": assessment.level.value,
                    "reasons": [r.code for r in assessment.reasons],
                    "new_reasons": sorted({key.split(":")[0] for key in new}),
                },
            )
        else:  # nothing to send: what is alerted shrinks with the current reasons
            log.remember_alert(keys, level)
        self.entry.async_create_background_task(
            self.hass,
            self._async_deliver(assessment, log, keys if new else None),
            f"{DOMAIN} triage alerts",
        )

    async def _async_deliver(
        self, assessment: Assessment, log: SymptomLog, alert: frozenset[str] | None
    ) -> None:
        """Raise or clear the Repairs issue; push and notify ``alert`` when given."""
        if not assessment.consultation_recommended:
            issues.clear_triage(self.hass, self.entry)
            persistent_notification.async_dismiss(self.hass, self.notification_id)
            return
        texts = await async_texts(self.hass)
        level = assessment.level
        values = alert_texts(texts, assessment, self.entry.title)
        issues.show_triage(self.hass, self.entry, level, values)
        if alert is None:
            return
        title = common_text(texts, f"triage_{level.value}_title", values)
        message = common_text(texts, "triage_message", values)
        persistent_notification.async_create(
            self.hass, message, title=title, notification_id=self.notification_id
        )
        self.notifier.async_send_text(title, message)
        log.remember_alert(alert, level)
