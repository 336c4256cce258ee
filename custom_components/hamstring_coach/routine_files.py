"""The routines a profile can run: the built-in ones and the user's file."""

from __future__ import annotations

from dataclasses import dataclass
import functools
import logging
from pathlib import Path
import time

from homeassistant.config_entries import ConfigEntry
from homeassistant.core import HomeAssistant, callback
from homeassistant.util.hass_dict import HassKey

from . import issues
from .const import DOMAIN, USER_ROUTINES_FILE
from .core.routines import (
    Routine,
    RoutineError,
    load_routine_files,
    merge_routines,
    parse_routines,
)

_LOGGER = logging.getLogger(__name__)

BUILTIN_ROUTINES_DIR = Path(__file__).parent / "routines"


async def async_load_routines(
    hass: HomeAssistant, entry: ConfigEntry
) -> dict[str, Routine]:
    """Built-in routines plus the user's file; a broken file is reported, not fatal."""
    path = Path(hass.config.path(USER_ROUTINES_FILE))
    builtin, text = await _async_routine_sources(hass, path)
    try:
        if isinstance(text, OSError | UnicodeDecodeError):
            raise text
        routines = merge_routines(builtin, parse_routines(text))
    except (RoutineError, OSError, UnicodeDecodeError) as err:
        line = getattr(err, "line", None)
        problem = getattr(err, "problem", None) or str(err)
        _LOGGER.error("Ignoring %s: %s", path, err)
        issues.show_routines_file_invalid(hass, entry, str(path), line, problem)
        return merge_routines(builtin, [])
    issues.clear_routines_file_invalid(hass, entry)
    return routines


ROUTINE_FILE_FRESH = 30.0  # seconds a read of the routines file serves other profiles


@dataclass(slots=True)
class _RoutineFileRead:
    at: float
    sources: tuple[list[Routine], str | OSError | UnicodeDecodeError]


DATA_ROUTINE_FILE: HassKey[dict[Path, _RoutineFileRead]] = HassKey(
    f"{DOMAIN}_routine_file"
)


async def _async_routine_sources(
    hass: HomeAssistant, path: Path
) -> tuple[list[Routine], str | OSError | UnicodeDecodeError]:
    """Return the built-ins and the user's file.

    Profiles set up together (at start-up) share one read; a read older than
    ``ROUTINE_FILE_FRESH`` seconds, or one before an entry was unloaded (a reload), is
    done again, so reloading an entry picks up an edited file.
    """
    reads = hass.data.setdefault(DATA_ROUTINE_FILE, {})
    read = reads.get(path)
    if read is None or time.monotonic() - read.at > ROUTINE_FILE_FRESH:
        read = reads[path] = _RoutineFileRead(
            time.monotonic(), await hass.async_add_executor_job(_read_routines, path)
        )
    return read.sources


@callback
def forget_routine_file(hass: HomeAssistant) -> None:
    """Make the next set-up read the routines file again (an entry is unloading)."""
    hass.data.pop(DATA_ROUTINE_FILE, None)


@functools.cache
def builtin_routines() -> list[Routine]:
    """Read the built-in routines once (they ship with the integration)."""
    return load_routine_files(BUILTIN_ROUTINES_DIR.glob("*.yaml"))


def _read_routines(
    path: Path,
) -> tuple[list[Routine], str | OSError | UnicodeDecodeError]:
    """Return the built-in routines and the user's file (or why it cannot be read)."""
    try:
        text: str | OSError | UnicodeDecodeError = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        text = ""
    except (OSError, UnicodeDecodeError) as err:
        text = err
    return builtin_routines(), text
