"""Deliver reminders to notify entities and notify actions (mobile app with buttons).

Each entry uses one notification tag, so a repeat replaces the earlier reminder on the
phone and a break (or a snooze) clears it. A target that is not loaded yet (at start-up
the mobile app registers its actions late) gets the message later: it is retried every
``NOTIFY_RETRY_INTERVAL`` seconds, and only the newest message per target is kept.
"""

from __future__ import annotations

import asyncio
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
import logging
from typing import Any

from homeassistant.components.image.const import DOMAIN as IMAGE_DOMAIN
from homeassistant.config_entries import ConfigEntry
from homeassistant.const import ATTR_ENTITY_ID, STATE_UNAVAILABLE
from homeassistant.core import CALLBACK_TYPE, HomeAssistant, callback
from homeassistant.exceptions import ServiceNotFound
from homeassistant.helpers import entity_registry as er
from homeassistant.helpers.event import async_call_later

from .const import (
    ACTION_ROUTINE_PREFIX,
    ACTION_SNOOZE_PREFIX,
    ACTION_UP_PREFIX,
    BUTTON_SNOOZE_MINUTES,
    DOMAIN,
    NOTIFY_RETRY_INTERVAL,
    NOTIFY_RETRY_LIMIT,
)
from .core.coach import whole_minutes
from .core.reminders import Reminder, ReminderKind
from .texts import async_texts, common_text

_LOGGER = logging.getLogger(__name__)

NOTIFY_DOMAIN = "notify"
MOBILE_APP_PREFIX = "mobile_app_"
CLEAR_NOTIFICATION = "clear_notification"


@dataclass(slots=True)
class Message:
    """One message for one target."""

    title: str | None
    text: str
    actions: list[dict[str, str]] = field(default_factory=list)
    clear: bool = False
    tries: int = 0
    tag: str | None = None
    image: str | None = None  # a picture the companion app shows (a relative URL)


EVENT_MOBILE_APP_ACTION = "mobile_app_notification_action"
PHONE_ACTIONS = {
    ACTION_SNOOZE_PREFIX: "snooze",
    ACTION_UP_PREFIX: "up",
    ACTION_ROUTINE_PREFIX: "routine",
}


def phone_action(data: Mapping[str, Any], entry_id: str) -> str | None:
    """Return which button of this entry's reminder was tapped, or None."""
    action = data.get("action")
    for prefix, name in PHONE_ACTIONS.items():
        if action == f"{prefix}{entry_id}":
            return name
    return None


def notification_tag(entry_id: str) -> str:
    """Return the tag that all notifications of one entry share."""
    return f"{DOMAIN}_{entry_id}"


def _service_name(target: str) -> str:
    return (
        target.partition(".")[2] if target.startswith(f"{NOTIFY_DOMAIN}.") else target
    )


class Notifier:
    """Send reminders of one entry to its notify targets."""

    def __init__(
        self, hass: HomeAssistant, entry: ConfigEntry, targets: list[str]
    ) -> None:
        """Remember the targets; nothing is sent until a reminder comes."""
        self.hass = hass
        self.entry = entry
        self.targets = targets
        self.pending: dict[str, Message] = {}
        self.offer_routine = True  # False while triage holds routines back
        self._cancel_retry: CALLBACK_TYPE | None = None
        self._closed = False

    @callback
    def async_send(self, reminder: Reminder) -> None:
        """Deliver ``reminder`` to every target."""
        if self.targets and not self._closed:
            self.entry.async_create_background_task(
                self.hass, self._async_send(reminder), f"{DOMAIN} reminder"
            )

    @callback
    def async_send_text(self, title: str, text: str) -> None:
        """Send a message of its own (its own tag: a break does not clear it)."""
        if self.targets and not self._closed:
            message = Message(
                title, text, tag=f"{notification_tag(self.entry.entry_id)}_triage"
            )
            self.entry.async_create_background_task(
                self.hass,
                self._async_deliver_all(self.targets, message),
                f"{DOMAIN} message",
            )

    def _phones(self) -> list[str]:
        """Return the companion-app targets (the ones that show pictures and tags)."""
        return [
            target
            for target in self.targets
            if self.hass.states.get(target) is None
            and _service_name(target).startswith(MOBILE_APP_PREFIX)
        ]

    def _step_tag(self) -> str:
        return f"{notification_tag(self.entry.entry_id)}_routine"

    @callback
    def async_send_step(self, title: str, text: str) -> None:
        """Show the routine's current step on the phones, with its picture.

        Each step replaces the last (one tag); only companion apps get it, as a
        routine step is no message for a mail or chat target.
        """
        phones = self._phones()
        if not phones or self._closed:
            return
        picture = er.async_get(self.hass).async_get_entity_id(
            IMAGE_DOMAIN, DOMAIN, f"{self.entry.entry_id}_routine_step"
        )
        message = Message(
            title,
            text,
            tag=self._step_tag(),
            image=None if picture is None else f"/api/image_proxy/{picture}",
        )
        self.entry.async_create_background_task(
            self.hass, self._async_deliver_all(phones, message), f"{DOMAIN} step"
        )

    @callback
    def async_clear_step(self) -> None:
        """Take the routine's step off the phones (the routine ended)."""
        phones = self._phones()
        if not phones or self._closed:
            return
        message = Message(None, CLEAR_NOTIFICATION, clear=True, tag=self._step_tag())
        self.entry.async_create_background_task(
            self.hass, self._async_deliver_all(phones, message), f"{DOMAIN} clear step"
        )

    @callback
    def async_clear(self) -> None:
        """Remove a reminder from the phones (harmless if none is shown)."""
        for target in list(self.pending):
            if not self.pending[target].clear:
                del self.pending[target]
        if self._closed:
            return
        phones = [
            target
            for target in self.targets
            if self.hass.states.get(target) is None
            and _service_name(target).startswith(MOBILE_APP_PREFIX)
        ]
        if phones:
            message = Message(None, CLEAR_NOTIFICATION, clear=True)
            self.entry.async_create_background_task(
                self.hass, self._async_deliver_all(phones, message), f"{DOMAIN} clear"
            )

    @callback
    def async_shutdown(self) -> None:
        """Stop sending and retrying."""
        self._closed = True
        if self._cancel_retry is not None:
            self._cancel_retry()
            self._cancel_retry = None
        self.pending.clear()

    async def _async_send(self, reminder: Reminder) -> None:
        texts = await async_texts(self.hass)

        def text(key: str) -> str:
            return common_text(texts, key)

        entry_id = self.entry.entry_id
        kind = reminder.kind.value
        message = Message(
            title=text(f"{kind}_title"),
            text=text(f"{kind}_message").replace(
                "{minutes}", str(whole_minutes(reminder.streak))
            ),
        )
        if reminder.kind is ReminderKind.BREAK_DUE:
            message.actions = [
                {
                    "action": f"{ACTION_SNOOZE_PREFIX}{entry_id}",
                    "title": text("action_snooze").replace(
                        "{minutes}", str(BUTTON_SNOOZE_MINUTES)
                    ),
                },
                {"action": f"{ACTION_UP_PREFIX}{entry_id}", "title": text("action_up")},
            ]
            if self.offer_routine:
                message.actions.append(
                    {
                        "action": f"{ACTION_ROUTINE_PREFIX}{entry_id}",
                        "title": text("action_desk_break"),
                    }
                )
        await self._async_deliver_all(self.targets, message)

    async def _async_deliver_all(self, targets: list[str], message: Message) -> None:
        """Send to all targets at once; one slow or broken target delays no other."""
        await asyncio.gather(
            *(self._async_deliver(target, replace(message)) for target in targets)
        )

    async def _async_deliver(self, target: str, message: Message) -> None:
        """Send ``message`` to ``target`` now or queue it for a retry."""
        if self._closed:
            return
        service, data = self._call_for(target, message)
        if service is None:
            self._queue(target, message)
            return
        try:
            await self.hass.services.async_call(
                NOTIFY_DOMAIN, service, data, blocking=True
            )
        except ServiceNotFound:
            self._queue(target, message)
        except Exception as err:  # noqa: BLE001 - any failure of one target is logged
            _LOGGER.warning("Could not send a reminder to %s: %s", target, err)
        else:
            if self.pending.get(target) is message:
                del self.pending[target]

    def _call_for(
        self, target: str, message: Message
    ) -> tuple[str | None, dict[str, Any]]:
        """Return the notify action and its data for ``target``, or None if not loaded."""
        name = _service_name(target)
        state = self.hass.states.get(target)
        if state is not None:  # a notify entity
            if state.state == STATE_UNAVAILABLE:
                return None, {}
            data: dict[str, Any] = {ATTR_ENTITY_ID: target, "message": message.text}
            if message.title:
                data["title"] = message.title
            return "send_message", data
        if not self.hass.services.has_service(NOTIFY_DOMAIN, name):
            return None, {}
        data = {"message": message.text}
        if message.title:
            data["title"] = message.title
        if name.startswith(MOBILE_APP_PREFIX):
            extra: dict[str, Any] = {
                "tag": message.tag or notification_tag(self.entry.entry_id),
                "group": DOMAIN,
            }
            if message.actions:
                extra["actions"] = message.actions
            if message.image:
                extra["image"] = message.image
            data["data"] = extra
        return name, data

    def _queue(self, target: str, message: Message) -> None:
        if self._closed:
            return
        message.tries += 1
        if message.tries > NOTIFY_RETRY_LIMIT:
            _LOGGER.warning(
                "Dropped a reminder for %s: the target never became available", target
            )
            if self.pending.get(target) is message:
                del self.pending[target]
            return
        self.pending[target] = message
        if self._cancel_retry is None:
            self._cancel_retry = async_call_later(
                self.hass, NOTIFY_RETRY_INTERVAL, self._retry
            )

    @callback
    def _retry(self, _now: Any) -> None:
        self._cancel_retry = None
        for target, message in list(self.pending.items()):
            self.entry.async_create_background_task(
                self.hass, self._async_deliver(target, message), f"{DOMAIN} retry"
            )
