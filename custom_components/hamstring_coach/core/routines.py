"""Exercise routines: the model, the YAML schema, and the step-by-step runner.

A routine is a list of steps; a step is timed (``seconds``) or counted (``reps``), may
have several ``sets`` with ``rest_seconds`` between them, a ``side`` and a ``caution``.
The runner expands steps into stages (one per set, plus rests), advances timed stages
by itself and counted stages when the user says "next".
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta, tzinfo
from enum import StrEnum
from pathlib import Path, PurePosixPath
import re
from typing import Any

import yaml

from .clock import as_utc, local_day
from .language import LANGUAGE_TAG, best_language
from .validation import vol

ZERO = timedelta(0)
SIDES = ("none", "left", "right", "each", "both")
SLUG = vol.Match(r"^[a-z][a-z0-9_]{0,39}$", msg="must be a lowercase id (a-z, 0-9, _)")
TEXT = vol.All(str, vol.Length(min=1, max=500))
NAME = vol.All(str, vol.Length(min=1, max=80))
DESCRIPTION = vol.All(str, vol.Length(max=500))
# raster pictures only: an SVG served from Home Assistant's own address could hold a
# script that runs when its link is opened
PICTURE_SUFFIXES = (".png", ".jpg", ".jpeg", ".webp", ".gif")
BUILTIN_PICTURE = re.compile(r"^builtin:[a-z][a-z0-9_]{0,39}$")


def picture(value: object) -> str:
    """Validate a step's ``image``: a built-in picture, a URL, or a file in config.

    ``builtin:<name>`` names a picture that ships with the integration; ``https://``
    (or ``http://``) a picture on the web; anything else is a path relative to Home
    Assistant's config folder (it may not leave it). Whether the file exists is
    checked when the routines are loaded.
    """
    if not isinstance(value, str) or not value.strip():
        raise vol.Invalid("image must name a picture: builtin:<name>, a URL or a file")
    text = value.strip()
    if any(ord(char) < 32 for char in text):
        raise vol.Invalid("image must not hold control characters")
    if text.startswith("builtin:"):
        if not BUILTIN_PICTURE.match(text):
            raise vol.Invalid("image builtin:<name> must name a picture (a-z, 0-9, _)")
        return text
    if "://" in text:
        if not text.lower().startswith(("https://", "http://")):
            raise vol.Invalid("image must be a picture at an http(s) URL")
        return text
    path = PurePosixPath(text.replace("\\", "/"))
    if path.is_absolute() or ".." in path.parts:
        raise vol.Invalid("image must be a file inside the config folder")
    if path.suffix.lower() not in PICTURE_SUFFIXES:
        raise vol.Invalid(
            "image must be a picture (" + ", ".join(PICTURE_SUFFIXES) + ")"
        )
    return text


STEP_SCHEMA = vol.All(
    vol.Schema(
        {
            vol.Required("id"): SLUG,
            vol.Required("name"): NAME,
            vol.Required("instruction"): TEXT,
            vol.Exclusive("seconds", "amount"): vol.All(int, vol.Range(min=5, max=600)),
            vol.Exclusive("reps", "amount"): vol.All(int, vol.Range(min=1, max=100)),
            vol.Optional("sets", default=1): vol.All(int, vol.Range(min=1, max=10)),
            vol.Optional("rest_seconds", default=0): vol.All(
                int, vol.Range(min=0, max=300)
            ),
            vol.Optional("side", default="none"): vol.In(SIDES),
            vol.Optional("caution"): TEXT,
            vol.Optional("image"): picture,
        }
    ),
    vol.Any(
        vol.Schema({vol.Required("seconds"): object}, extra=vol.ALLOW_EXTRA),
        vol.Schema({vol.Required("reps"): object}, extra=vol.ALLOW_EXTRA),
        msg="a step needs either seconds or reps",
    ),
)

# a routine's texts in one language; what is left out stays in the routine's own words
ROUTINE_TEXT_SCHEMA = vol.Schema(
    {
        vol.Optional("name"): NAME,
        vol.Optional("description"): DESCRIPTION,
        vol.Optional("steps", default=dict): {
            SLUG: vol.Schema(
                {
                    vol.Optional("name"): NAME,
                    vol.Optional("instruction"): TEXT,
                    vol.Optional("caution"): TEXT,
                }
            )
        },
    }
)
LANGUAGE = vol.All(
    str, vol.Match(LANGUAGE_TAG, msg="must be a language code such as de or pt-BR")
)

ROUTINE_SCHEMA = vol.Schema(
    {
        vol.Required("id"): SLUG,
        vol.Required("name"): NAME,
        vol.Optional("description", default=""): DESCRIPTION,
        vol.Optional("focus", default=list): [str],
        vol.Required("steps"): vol.All([STEP_SCHEMA], vol.Length(min=1, max=30)),
        vol.Optional("translations", default=dict): {LANGUAGE: ROUTINE_TEXT_SCHEMA},
    }
)

ROUTINES_FILE_SCHEMA = vol.All([ROUTINE_SCHEMA], vol.Length(max=50))


@dataclass(frozen=True, slots=True)
class Step:
    """One exercise of a routine."""

    id: str
    name: str
    instruction: str
    seconds: int | None = None
    reps: int | None = None
    sets: int = 1
    rest_seconds: int = 0
    side: str = "none"
    caution: str | None = None
    image: str | None = None  # builtin:<name>, a URL or a file in the config folder


@dataclass(frozen=True, slots=True)
class Routine:
    """A named list of steps, with its texts in other languages.

    ``translations`` maps a language to texts validated by ``ROUTINE_TEXT_SCHEMA``;
    ``source`` is the routine in its own words when this one is a translation.
    """

    id: str
    name: str
    steps: tuple[Step, ...]
    description: str = ""
    focus: tuple[str, ...] = ()
    translations: Mapping[str, Mapping[str, Any]] = field(
        default_factory=dict, compare=False, repr=False
    )
    source: Routine | None = field(default=None, compare=False, repr=False)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Routine:
        """Build from data already validated by ``ROUTINE_SCHEMA``."""
        return cls(
            id=data["id"],
            name=data["name"],
            description=data.get("description", ""),
            focus=tuple(data.get("focus", ())),
            steps=tuple(Step(**step) for step in data["steps"]),
            translations=data.get("translations", {}),
        )

    def texts_problem(self, texts: Mapping[str, Any]) -> tuple[str, str] | None:
        """Return why ``texts`` cannot translate this routine (and the step), or None.

        A translation names only steps that exist, and a caution only where the step
        has one: the same warnings in every language.
        """
        steps = {step.id: step for step in self.steps}
        for step_id, step_texts in texts.get("steps", {}).items():
            if step_id not in steps:
                return f"{self.id}: no step {step_id}", step_id
            if "caution" in step_texts and steps[step_id].caution is None:
                return f"{self.id}: step {step_id} has no caution to translate", step_id
        return None

    @property
    def names(self) -> tuple[str, ...]:
        """Return the routine's name in its own words and in every translation."""
        source = self.source or self
        translated = (texts.get("name") for texts in source.translations.values())
        return (source.name, *(name for name in translated if name))

    def in_language(self, language: str) -> Routine:
        """Return the routine with its texts in ``language`` (its own words if none).

        A text the translation leaves out, a caution above all, stays in the
        routine's own words: never dropped.
        """
        source = self.source or self
        tag = best_language(language, source.translations)
        if tag is None:
            return source
        texts = source.translations[tag]
        step_texts = texts.get("steps", {})
        return replace(
            source,
            name=texts.get("name", source.name),
            description=texts.get("description", source.description),
            steps=tuple(
                replace(step, **step_texts.get(step.id, {})) for step in source.steps
            ),
            source=source,
        )

    @property
    def stages(self) -> list[Stage]:
        """Expand the steps into what the runner walks through."""
        stages: list[Stage] = []
        for number, step in enumerate(self.steps):
            for set_number in range(1, step.sets + 1):
                stages.append(Stage(step, number, set_number, rest=False))
                if set_number < step.sets and step.rest_seconds:
                    stages.append(Stage(step, number, set_number, rest=True))
        return stages


@dataclass(frozen=True, slots=True)
class Stage:
    """One set of a step, or the rest after it."""

    step: Step
    step_index: int
    set_number: int
    rest: bool

    @property
    def seconds(self) -> int | None:
        """Return how long the stage lasts, or None when it waits for "next"."""
        return self.step.rest_seconds if self.rest else self.step.seconds


class RoutineError(ValueError):
    """A routine file is invalid; ``line`` is 1-based, or None when unknown."""

    def __init__(self, problem: str, line: int | None) -> None:
        """Keep the problem and the line."""
        super().__init__(problem if line is None else f"line {line}: {problem}")
        self.problem = problem
        self.line = line


_LOADER: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def _line_in(text: str, path: Iterable[Any]) -> int | None:
    """Return the line of ``path`` in the YAML ``text`` (composed only when needed)."""
    node = yaml.compose(text, Loader=_LOADER)
    if isinstance(node, yaml.MappingNode):  # a single routine
        path = list(path)[1:] if list(path)[:1] == [0] else list(path)
    return _line_of(node, path)


def _line_of(node: yaml.Node | None, path: Iterable[Any]) -> int | None:
    """Follow ``path`` (keys and indices) through a composed YAML node, return its line."""
    line = None if node is None else node.start_mark.line + 1
    for key in path:
        if isinstance(node, yaml.MappingNode):
            for key_node, value_node in node.value:
                if key_node.value == key:
                    node, line = value_node, key_node.start_mark.line + 1
                    break
            else:
                return line
        elif (
            isinstance(node, yaml.SequenceNode)
            and isinstance(key, int)
            and key < len(node.value)
        ):
            node = node.value[key]
            line = node.start_mark.line + 1
        else:
            return line
    return line


def parse_routines(text: str) -> list[Routine]:
    """Parse and validate a routines YAML document (one routine or a list of them).

    Raises ``RoutineError`` with the line of the first problem.
    """
    try:
        data = yaml.load(text, Loader=_LOADER)  # noqa: S506 - a safe loader
    except yaml.YAMLError as err:
        mark = getattr(err, "problem_mark", None)
        problem = getattr(err, "problem", None) or str(err)
        raise RoutineError(
            str(problem), None if mark is None else mark.line + 1
        ) from err
    if data is None:
        return []
    if isinstance(data, dict):  # a single routine
        data = [data]
    if not isinstance(data, list):
        raise RoutineError("the file must hold a routine or a list of routines", 1)
    try:
        validated = ROUTINES_FILE_SCHEMA(data)
    except vol.Invalid as err:
        first = err.errors[0] if isinstance(err, vol.MultipleInvalid) else err
        raise RoutineError(_describe(first), _line_in(text, first.path)) from err
    seen: set[str] = set()
    for index, item in enumerate(validated):
        if item["id"] in seen:
            raise RoutineError(
                f"routine id {item['id']} is used twice", _line_in(text, [index, "id"])
            )
        seen.add(item["id"])
    routines = [Routine.from_dict(item) for item in validated]
    for index, routine in enumerate(routines):
        for language, texts in routine.translations.items():
            if problem := routine.texts_problem(texts):
                where = [index, "translations", language, "steps", problem[1]]
                raise RoutineError(problem[0], _line_in(text, where))
    return routines


def _describe(err: vol.Invalid) -> str:
    where = ".".join(str(part) for part in err.path)
    return f"{err.msg} (at {where})" if where else str(err.msg)


def load_routine_files(paths: Iterable[Path]) -> list[Routine]:
    """Read routine files; blocking, run it in an executor."""
    routines: list[Routine] = []
    for path in sorted(paths):
        routines += parse_routines(path.read_text(encoding="utf-8"))
    return routines


def load_translation_files(
    paths: Iterable[Path],
) -> dict[str, dict[str, Mapping[str, Any]]]:
    """Read routine translation files (``<language>.yaml``: routine id -> texts).

    Blocking, run it in an executor. Raises ``RoutineError`` naming the file.
    """
    schema = vol.Schema({SLUG: ROUTINE_TEXT_SCHEMA})
    by_language: dict[str, dict[str, Mapping[str, Any]]] = {}
    for path in sorted(paths):
        text = path.read_text(encoding="utf-8")
        try:
            data = yaml.load(text, Loader=_LOADER) or {}  # noqa: S506 - a safe loader
            by_language[LANGUAGE(path.stem)] = schema(data)
        except yaml.YAMLError as err:
            mark = getattr(err, "problem_mark", None)
            line = None if mark is None else mark.line + 1
            raise RoutineError(f"{path.name}: {err}", line) from err
        except vol.Invalid as err:
            raise RoutineError(
                f"{path.name}: {_describe(err)}", _line_in(text, err.path)
            ) from err
    return by_language


def with_translations(
    routines: list[Routine], by_language: Mapping[str, Mapping[str, Mapping[str, Any]]]
) -> list[Routine]:
    """Return ``routines`` with the texts of translation files added."""
    by_id = {routine.id: routine for routine in routines}
    for language, texts_by_routine in by_language.items():
        for routine_id, texts in texts_by_routine.items():
            if routine_id not in by_id:
                raise RoutineError(f"{language}: no routine {routine_id}", None)
            routine = by_id[routine_id]
            if problem := routine.texts_problem(texts):
                raise RoutineError(f"{language}: {problem[0]}", None)
            by_id[routine_id] = replace(
                routine, translations={**routine.translations, language: texts}
            )
    return [by_id[routine.id] for routine in routines]


def merge_routines(builtin: list[Routine], user: list[Routine]) -> dict[str, Routine]:
    """Return all routines by id; a user routine may not replace a built-in one."""
    routines = {routine.id: routine for routine in builtin}
    for routine in user:
        if routine.id in routines:
            raise RoutineError(f"routine id {routine.id} is a built-in routine", None)
        routines[routine.id] = routine
    return routines


class RoutineEventKind(StrEnum):
    """Public event types of the runner."""

    STARTED = "routine_started"
    STEP = "routine_step"
    COMPLETED = "routine_completed"
    STOPPED = "routine_stopped"


@dataclass(frozen=True, slots=True)
class RoutineEvent:
    """Something the runner says; ``data`` goes into the event attributes."""

    kind: RoutineEventKind
    data: dict[str, Any]


@dataclass(frozen=True, slots=True)
class Completion:
    """One routine that was run (finished or stopped)."""

    routine: str
    started: datetime
    ended: datetime
    steps_done: int
    steps_total: int
    finished: bool

    def to_dict(self) -> dict[str, Any]:
        """Serialize for storage."""
        return {
            "routine": self.routine,
            "started": self.started.isoformat(),
            "ended": self.ended.isoformat(),
            "steps_done": self.steps_done,
            "steps_total": self.steps_total,
            "finished": self.finished,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Completion:
        """Deserialize from storage."""
        return cls(
            routine=str(data["routine"]),
            started=as_utc(datetime.fromisoformat(data["started"])),
            ended=as_utc(datetime.fromisoformat(data["ended"])),
            steps_done=int(data["steps_done"]),
            steps_total=int(data["steps_total"]),
            finished=bool(data["finished"]),
        )


@dataclass(frozen=True, slots=True)
class RunnerView:
    """What the routine entities show."""

    routine: str | None
    step: str | None
    step_name: str | None
    instruction: str | None
    index: int
    total: int
    seconds_left: int | None
    progress: int
    paused: bool
    rest: bool
    image: str | None = None  # the step's picture (None: idle)


IDLE_VIEW = RunnerView(None, None, None, None, 0, 0, None, 0, False, False)
RESUME_WITHIN = timedelta(minutes=2)
COMPLETIONS_KEPT = 1000


@dataclass
class RoutineRunner:
    """Run one routine at a time and keep the log of runs."""

    routines: dict[str, Routine]
    zone: tzinfo
    current: Routine | None = None
    stage_index: int = 0
    stage_started: datetime | None = None
    paused_at: datetime | None = None
    started: datetime | None = None
    completions: list[Completion] = field(default_factory=list)

    # -- commands -------------------------------------------------------------------

    def start(self, now: datetime, routine_id: str) -> list[RoutineEvent]:
        """Start ``routine_id`` (stopping one that runs); raises KeyError if unknown."""
        routine = self.routines[routine_id]
        events = self.stop(now, reason="replaced") if self.current else []
        now = as_utc(now)
        self.current, self.stage_index, self.started = routine, 0, now
        self.stage_started, self.paused_at = now, None
        events.append(
            RoutineEvent(
                RoutineEventKind.STARTED,
                {
                    "routine": routine.id,
                    "name": routine.name,
                    "steps": len(routine.steps),
                },
            )
        )
        events.append(self._step_event())
        return events

    def next(self, now: datetime) -> list[RoutineEvent]:
        """Move to the next stage; raises LookupError when nothing runs."""
        if self.current is None:
            raise LookupError("no routine is running")
        if self.paused_at is not None:
            self.resume(now)
        return self._advance(as_utc(now))

    def pause(self, now: datetime) -> None:
        """Hold the clock of the current stage; raises LookupError when nothing runs."""
        if self.current is None:
            raise LookupError("no routine is running")
        if self.paused_at is None:
            self.paused_at = as_utc(now)

    def resume(self, now: datetime) -> None:
        """Continue a paused stage; raises LookupError when nothing runs."""
        if self.current is None:
            raise LookupError("no routine is running")
        if self.paused_at is not None and self.stage_started is not None:
            self.stage_started += as_utc(now) - self.paused_at
            self.paused_at = None

    def stop(self, now: datetime, reason: str = "user") -> list[RoutineEvent]:
        """Stop the current routine, logging how far it got; raises LookupError if idle."""
        routine = self.current
        if routine is None:
            raise LookupError("no routine is running")
        done = self._steps_done()
        self._log(as_utc(now), finished=False)
        return [
            RoutineEvent(
                RoutineEventKind.STOPPED,
                {
                    "routine": routine.id,
                    "name": routine.name,
                    "steps_done": done,
                    "reason": reason,
                },
            )
        ]

    def tick(self, now: datetime) -> list[RoutineEvent]:
        """Advance timed stages whose time is up."""
        now = as_utc(now)
        events: list[RoutineEvent] = []
        while (end := self._stage_end()) is not None and now >= end:
            events += self._advance(end)
        return events

    def resume_after_restart(
        self, now: datetime, saved_at: datetime | None
    ) -> list[RoutineEvent]:
        """After a restart: go on if it was short (or paused), else stop cleanly."""
        if self.current is None:
            return []
        now = as_utc(now)
        if self.paused_at is not None:
            return []
        if saved_at is None or now - saved_at > RESUME_WITHIN:
            return self.stop(saved_at or now, reason="restart")
        return self.tick(now)

    # -- reading --------------------------------------------------------------------

    def next_instant(self) -> datetime | None:
        """Return when the current timed stage ends (None if it waits or nothing runs)."""
        return self._stage_end()

    def view(self, now: datetime) -> RunnerView:
        """Return what the entities show at ``now``."""
        routine = self.current
        if routine is None:
            return IDLE_VIEW
        stage = routine.stages[self.stage_index]
        reference = self.paused_at or as_utc(now)
        seconds_left: int | None = None
        if stage.seconds is not None and self.stage_started is not None:
            remaining = (
                self.stage_started + timedelta(seconds=stage.seconds) - reference
            )
            seconds_left = max(0, round(remaining.total_seconds()))
        total = len(routine.steps)
        return RunnerView(
            routine=routine.id,
            step=stage.step.id,
            step_name=stage.step.name,
            instruction=stage.step.instruction,
            index=stage.step_index + 1,
            total=total,
            seconds_left=seconds_left,
            progress=round(100 * self.stage_index / len(routine.stages)),
            paused=self.paused_at is not None,
            rest=stage.rest,
            image=stage.step.image,
        )

    def completions_since(self, start: datetime) -> int:
        """Return finished routines since ``start``."""
        return sum(1 for c in self.completions if c.finished and c.ended >= start)

    def completions_this_week(self, now: datetime) -> int:
        """Return finished routines since Monday 00:00 local time."""
        today = local_day(now, self.zone)
        monday = today - timedelta(days=today.weekday())
        start = datetime.combine(monday, datetime.min.time(), tzinfo=self.zone)
        return self.completions_since(as_utc(start))

    def streak_days(self, now: datetime) -> int:
        """Return consecutive days, up to today (or yesterday), with a finished routine."""
        days = {local_day(c.ended, self.zone) for c in self.completions if c.finished}
        day: date = local_day(now, self.zone)
        if day not in days:
            day -= timedelta(days=1)
        streak = 0
        while day in days:
            streak += 1
            day -= timedelta(days=1)
        return streak

    # -- internals ------------------------------------------------------------------

    def _running(self) -> Routine:
        if self.current is None:
            raise LookupError("no routine is running")
        return self.current

    def _stage_end(self) -> datetime | None:
        routine = self.current
        if routine is None or self.paused_at is not None or self.stage_started is None:
            return None
        seconds = routine.stages[self.stage_index].seconds
        return (
            None if seconds is None else self.stage_started + timedelta(seconds=seconds)
        )

    def _steps_done(self) -> int:
        routine = self.current
        if routine is None:
            return 0
        stages = routine.stages
        if self.stage_index >= len(stages):
            return len(routine.steps)
        return stages[self.stage_index].step_index

    def _advance(self, now: datetime) -> list[RoutineEvent]:
        routine = self._running()
        self.stage_index += 1
        self.stage_started = now
        if self.stage_index >= len(routine.stages):
            started = self.started or now
            self._log(now, finished=True)
            return [
                RoutineEvent(
                    RoutineEventKind.COMPLETED,
                    {
                        "routine": routine.id,
                        "name": routine.name,
                        "steps_done": len(routine.steps),
                        "minutes": round((now - started).total_seconds() / 60, 1),
                    },
                )
            ]
        return [self._step_event()]

    def _step_event(self) -> RoutineEvent:
        routine = self._running()
        stage = routine.stages[self.stage_index]
        step = stage.step
        data: dict[str, Any] = {
            "routine": routine.id,
            "step": step.id,
            "name": step.name,
            "instruction": step.instruction,
            "index": stage.step_index + 1,
            "total": len(routine.steps),
            "set": stage.set_number,
            "sets": step.sets,
            "side": step.side,
            "rest": stage.rest,
            "seconds": stage.seconds,
            "reps": None if stage.rest else step.reps,
            "caution": step.caution,
        }
        return RoutineEvent(RoutineEventKind.STEP, data)

    def _log(self, now: datetime, finished: bool) -> None:
        routine = self._running()
        self.completions.append(
            Completion(
                routine=routine.id,
                started=self.started or now,
                ended=now,
                steps_done=len(routine.steps) if finished else self._steps_done(),
                steps_total=len(routine.steps),
                finished=finished,
            )
        )
        del self.completions[:-COMPLETIONS_KEPT]
        self.current, self.stage_index, self.stage_started = None, 0, None
        self.paused_at = self.started = None

    # -- persistence ----------------------------------------------------------------

    def to_dict(self) -> dict[str, Any]:
        """Serialize the running routine and the log."""

        def iso(value: datetime | None) -> str | None:
            return None if value is None else value.isoformat()

        return {
            "current": None if self.current is None else self.current.id,
            "stage_index": self.stage_index,
            "stage_started": iso(self.stage_started),
            "paused_at": iso(self.paused_at),
            "started": iso(self.started),
            "completions": [c.to_dict() for c in self.completions],
        }

    def load(self, data: dict[str, Any]) -> None:
        """Restore; a routine that no longer exists is dropped (its log entries stay)."""

        def when(value: str | None) -> datetime | None:
            return None if value is None else as_utc(datetime.fromisoformat(value))

        self.completions = [Completion.from_dict(c) for c in data["completions"]]
        current = data["current"]
        routine = None if current is None else self.routines.get(current)
        index = int(data["stage_index"])
        if routine is None or not 0 <= index < len(routine.stages):
            self.current, self.stage_index, self.stage_started = None, 0, None
            self.paused_at = self.started = None
            return
        self.current, self.stage_index = routine, index
        self.stage_started = when(data["stage_started"])
        self.paused_at = when(data["paused_at"])
        self.started = when(data["started"])
