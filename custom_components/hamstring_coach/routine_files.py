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
    load_translation_files,
    merge_routines,
    parse_routines,
    with_translations,
)

_LOGGER = logging.getLogger(__name__)

BUILTIN_ROUTINES_DIR = Path(__file__).parent / "routines"
PICTURES_DIR = Path(__file__).parent / "pictures"
NEUTRAL_PICTURE = "builtin:idle"


def picture_file(image: str, config_dir: Path) -> Path | None:
    """Return the file of a step picture (None: a URL, fetched by the image entity)."""
    if image.startswith("builtin:"):
        return PICTURES_DIR / f"{image.removeprefix('builtin:')}.png"
    if "://" in image:
        return None
    return config_dir / image


def check_pictures(routines: list[Routine], config_dir: Path) -> None:
    """Raise ``RoutineError`` if a step's picture cannot be shown (in the executor).

    The routine file's schema has checked the form; here the file must exist and stay
    inside the config folder (a link out of it is refused too).
    """
    root = config_dir.resolve()
    for routine in routines:
        for step in routine.steps:
            image = step.image
            if image is None or (path := picture_file(image, config_dir)) is None:
                continue
            try:
                resolved = path.resolve()
            except (OSError, ValueError) as err:  # a loop of links, a bad name
                raise RoutineError(
                    f"routine {routine.id}, step {step.id}: the picture {image} "
                    f"cannot be read ({err})",
                    None,
                ) from err
            inside = image.startswith("builtin:") or resolved.is_relative_to(root)
            if not inside or not resolved.is_file():
                where = "" if inside else " inside the config folder"
                raise RoutineError(
                    f"routine {routine.id}, step {step.id}: the picture {image} "
                    f"is not a file{where}",
                    None,
                )


async def async_load_routines(
    hass: HomeAssistant, entry: ConfigEntry
) -> dict[str, Routine]:
    """Built-in routines plus the user's file; a broken file is reported, not fatal.

    They come in Home Assistant's language (the entities' and notifications'), and
    ``Routine.in_language`` puts them into another (the language a sentence is in).
    """
    path = Path(hass.config.path(USER_ROUTINES_FILE))
    builtin, text = await _async_routine_sources(hass, path)
    try:
        if isinstance(text, OSError | UnicodeDecodeError):
            raise text
        user = parse_routines(text)
        if user:
            config_dir = Path(hass.config.config_dir)
            await hass.async_add_executor_job(check_pictures, user, config_dir)
        routines = merge_routines(builtin, user)
    except (RoutineError, OSError, UnicodeDecodeError) as err:
        line = getattr(err, "line", None)
        problem = getattr(err, "problem", None) or str(err)
        _LOGGER.error("Ignoring %s: %s", path, err)
        issues.show_routines_file_invalid(hass, entry, str(path), line, problem)
        routines = merge_routines(builtin, [])
    else:
        issues.clear_routines_file_invalid(hass, entry)
    language = hass.config.language
    return {key: routine.in_language(language) for key, routine in routines.items()}


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
    """Read the built-in routines and their translations once (they ship with us)."""
    return with_translations(
        load_routine_files(BUILTIN_ROUTINES_DIR.glob("*.yaml")),
        load_translation_files((BUILTIN_ROUTINES_DIR / "translations").glob("*.yaml")),
    )


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
