"""State files of a profile: versioned, atomic, and recovered from when unreadable."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
import logging
import shutil
from typing import Any

from homeassistant.config_entries import ConfigEntry
from homeassistant.core import CALLBACK_TYPE, HomeAssistant, callback
from homeassistant.exceptions import HomeAssistantError
from homeassistant.helpers.event import async_call_later
from homeassistant.helpers.storage import Store
from homeassistant.util import dt as dt_util

from . import issues
from .const import DOMAIN, SAVE_DELAY
from .core.triage import normalize_sensations

_LOGGER = logging.getLogger(__name__)

STATE_VERSION = 1
SYMPTOMS_VERSION = 1
SYMPTOMS_MINOR_VERSION = 2  # 1.2: reviews, alert keys, signs of 0.3

type JsonDict = dict[str, Any]


def state_store(hass: HomeAssistant, entry_id: str) -> Store[JsonDict]:
    """Return the store of a profile's sitting, reminder and routine state."""
    return Store(hass, STATE_VERSION, f"{DOMAIN}.{entry_id}", atomic_writes=True)


class SymptomStore(Store[JsonDict]):
    """The symptom log of a profile (health data: its own file, erasable on its own)."""

    def __init__(self, hass: HomeAssistant, entry_id: str) -> None:
        """Create the store for one profile."""
        super().__init__(
            hass,
            SYMPTOMS_VERSION,
            f"{DOMAIN}.{entry_id}.symptoms",
            minor_version=SYMPTOMS_MINOR_VERSION,
            atomic_writes=True,
        )

    async def _async_migrate_func(
        self, old_major_version: int, old_minor_version: int, old_data: JsonDict
    ) -> JsonDict:
        """Bring an older file up to date.

        1.1 (version 0.2) -> 1.2: the sign ``fever_or_weight_loss`` is read as both
        ``fever`` and ``unexplained_weight_loss`` (the safer reading), reviews start
        empty, and which reasons were alerted is unknown (``alerted`` None: the first
        assessment adopts the current reasons if they are no higher than the level
        that was alerted, so nothing is sent twice).
        """
        if old_major_version > SYMPTOMS_VERSION:
            raise NotImplementedError
        raw: Any = old_data  # what the file holds, whatever its type
        if not isinstance(raw, dict):
            return raw  # type: ignore[no-any-return]  # malformed: the load reports it
        data = dict(raw)
        data.setdefault("entries", [])
        if old_minor_version < 2:
            if isinstance(data["entries"], list):  # else: left for the load to report
                data["entries"] = [_migrate_entry_1_1(i) for i in data["entries"]]
            data.setdefault("reviews", [])
            data.setdefault("alerted", None)
        return data


def _migrate_entry_1_1(item: Any) -> Any:
    """Return an entry of format 1.1 with its signs in today's words."""
    if not isinstance(item, dict) or not isinstance(item.get("sensations"), list):
        return item  # malformed: left for the load to report
    signs = normalize_sensations(str(sign) for sign in item["sensations"])
    return {**item, "sensations": sorted(signs), "since_days": None}


async def async_load_or_recover(
    hass: HomeAssistant,
    entry: ConfigEntry,
    store: Store[JsonDict],
    apply: Callable[[JsonDict], None],
    what: str,
) -> bool:
    """Load ``store`` into ``apply``; never fails setup.

    A file that cannot be read (for example one written by a newer version) is left
    untouched and the store becomes read-only; a file whose content is malformed is
    copied aside as ``<file>.corrupt.<time>``. Both are reported as a Repairs issue and
    the profile starts afresh. Returns True when stored data was applied.
    """
    try:
        data = await store.async_load()
    except (HomeAssistantError, NotImplementedError) as err:
        _LOGGER.error("Could not read the %s of %s: %s", what, entry.title, err)
        store.make_read_only()
        error = str(err) or type(err).__name__
        issues.show_state_reset(hass, entry, what, error, store.path)
        return False
    if data is None:
        return False
    try:
        apply(data)
    except (KeyError, TypeError, ValueError, AttributeError) as err:
        stamp = dt_util.utcnow().strftime("%Y%m%dT%H%M%S")
        backup: str | None = f"{store.path}.corrupt.{stamp}"
        try:
            await hass.async_add_executor_job(shutil.copyfile, store.path, str(backup))
        except OSError:
            backup = None
        _LOGGER.error(
            "The %s of %s is malformed (%s); kept as %s and started afresh",
            what,
            entry.title,
            err,
            backup,
        )
        issues.show_state_reset(hass, entry, what, repr(err), backup)
        return False
    return True


class StateSaver:
    """Write a profile's state file at most once per ``SAVE_DELAY`` seconds.

    Requests in between coalesce, and a later request does not push the write back, so
    a flapping source cannot keep the file from being written.
    """

    def __init__(
        self, hass: HomeAssistant, store: Store[JsonDict], data: Callable[[], JsonDict]
    ) -> None:
        """Save what ``data`` returns into ``store``."""
        self.hass = hass
        self.store = store
        self.data = data
        self.last = dt_util.utcnow()
        self._cancel: CALLBACK_TYPE | None = None

    @callback
    def request(self, now: datetime) -> None:
        """Write within ``SAVE_DELAY`` seconds."""
        self.last = now
        if self._cancel is None and not self.hass.is_stopping:
            self._cancel = async_call_later(self.hass, SAVE_DELAY, self._write)

    @callback
    def _write(self, _now: datetime) -> None:
        self._cancel = None
        self.store.async_delay_save(self.data)

    @callback
    def at_stop(self) -> None:
        """Home Assistant stops: write at its final write."""
        self.cancel()
        self.store.async_delay_save(self.data)

    @callback
    def cancel(self) -> None:
        """Drop a pending write."""
        if self._cancel is not None:
            self._cancel()
            self._cancel = None

    async def async_write_now(self) -> None:
        """Write now (unload)."""
        self.cancel()
        await self.store.async_save(self.data())
