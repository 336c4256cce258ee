"""Speak routine steps and escalated reminders on a speaker with ``tts.speak``."""

from __future__ import annotations

from collections.abc import Callable
import logging

from homeassistant.config_entries import ConfigEntry
from homeassistant.const import ATTR_ENTITY_ID
from homeassistant.core import HomeAssistant, callback
from homeassistant.exceptions import HomeAssistantError

from .const import DOMAIN
from .core.coach import whole_minutes
from .core.reminders import Reminder
from .core.routines import RoutineEvent, RoutineEventKind
from .texts import Texts, async_texts, common_text

_LOGGER = logging.getLogger(__name__)


def spoken_text(event: RoutineEvent, texts: Texts) -> str:
    """Return the sentence for ``event`` from the translated templates."""

    def text(key: str) -> str:
        return common_text(texts, key)

    data = event.data
    if event.kind is RoutineEventKind.STEP:
        if data["rest"]:
            template = text("say_rest")
        elif data["seconds"] is not None:
            template = text("say_step_seconds")
        else:
            template = text("say_step_reps")
        if data["side"] == "each":
            template += " " + text("say_each_side")
        if data.get("caution"):
            template += " " + str(data["caution"])
    else:
        template = text(f"say_{event.kind.value}")
    values = {key: str(value) for key, value in data.items() if value is not None}
    values["stop_rule"] = text("stop_rule")  # every routine opens with it
    for key, value in values.items():
        template = template.replace("{" + key + "}", value)
    return template


class Announcer:
    """Speak routine events when a TTS entity and a media player are configured."""

    def __init__(
        self,
        hass: HomeAssistant,
        entry: ConfigEntry,
        tts: str | None,
        player: str | None,
    ) -> None:
        """Remember where to speak; without both entities nothing is spoken."""
        self.hass = hass
        self.entry = entry  # its tasks end with the entry
        self.tts = tts
        self.player = player

    @callback
    def async_announce(self, event: RoutineEvent) -> None:
        """Speak ``event`` in the background."""
        if self.tts and self.player:
            self.entry.async_create_background_task(
                self.hass,
                self._async_speak(lambda texts: spoken_text(event, texts)),
                f"{DOMAIN} announce",
            )

    @callback
    def async_say_reminder(self, reminder: Reminder) -> None:
        """Speak a break reminder (an escalated one) in the background."""

        def sentence(texts: Texts) -> str:
            return common_text(
                texts,
                f"{reminder.kind.value}_message",
                {"minutes": str(whole_minutes(reminder.streak))},
            )

        if self.tts and self.player:
            self.entry.async_create_background_task(
                self.hass, self._async_speak(sentence), f"{DOMAIN} announce"
            )

    async def _async_speak(self, sentence: Callable[[Texts], str]) -> None:
        texts = await async_texts(self.hass)
        try:
            await self.hass.services.async_call(
                "tts",
                "speak",
                {
                    ATTR_ENTITY_ID: self.tts,
                    "media_player_entity_id": self.player,
                    "message": sentence(texts),
                },
                blocking=True,
            )
        except HomeAssistantError as err:
            _LOGGER.warning("Could not speak on %s: %s", self.player, err)
