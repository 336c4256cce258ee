"""The package's shape: a functional core, a thin shell, one room per job.

- ``core/`` imports nothing from Home Assistant and nothing from the shell above it;
- no entity module imports ``core`` (entities read the snapshot);
- the import graph between our modules has no cycle;
- a shell module stays under 400 lines, the coordinator under 300.
"""

from __future__ import annotations

import ast
from pathlib import Path
import re

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "custom_components" / "hamstring_coach"
ENTITY_MODULES = {
    "entity",
    "binary_sensor",
    "button",
    "event",
    "select",
    "sensor",
    "switch",
}


def _module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


MODULES = {_module_name(path): path for path in PACKAGE.rglob("*.py")}


def _imports(name: str) -> tuple[set[str], set[str]]:
    """Return (our modules, other top-level packages) that ``name`` imports."""
    path = MODULES[name]
    tree = ast.parse(path.read_text("utf-8"))
    package = name.split(".") if path.name == "__init__.py" else name.split(".")[:-1]
    ours: set[str] = set()
    others: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            others.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level == 0:
                others.add((node.module or "").split(".")[0])
                continue
            base = package[: len(package) - (node.level - 1)]
            target = ".".join([*base, *(node.module or "").split(".")]).strip(".")
            for alias in node.names:
                candidate = f"{target}.{alias.name}".strip(".")
                ours.add(candidate if candidate in MODULES else target)
    return ours - {name}, others


GRAPH = {name: _imports(name)[0] for name in MODULES}


def test_the_scan_sees_imports() -> None:
    assert "core.engine" in GRAPH["coordinator"]
    assert "snapshot" in GRAPH["sensor"]
    assert "homeassistant" in _imports("coordinator")[1]


def test_core_imports_no_home_assistant_and_nothing_above_it() -> None:
    for name in MODULES:
        if not name.startswith("core"):
            continue
        ours, others = _imports(name)
        assert "homeassistant" not in others, name
        assert all(module.startswith("core") for module in ours), (name, ours)


@pytest.mark.parametrize("name", sorted(ENTITY_MODULES))
def test_entity_modules_import_no_core(name: str) -> None:
    assert not [module for module in GRAPH[name] if module.startswith("core")]


def test_no_import_cycles() -> None:
    state: dict[str, int] = {}  # 1 on the path, 2 done
    path: list[str] = []

    def visit(name: str) -> None:
        state[name] = 1
        path.append(name)
        for module in sorted(GRAPH.get(name, ())):
            if state.get(module) == 1:
                cycle = path[path.index(module) :]
                raise AssertionError(" -> ".join([*cycle, module]))
            if module not in state:
                visit(module)
        path.pop()
        state[name] = 2

    for name in sorted(GRAPH):
        if name not in state:
            visit(name)


WORD_TABLE = re.compile(r"^voice_words\.[a-z]{2,3}(_[A-Za-z]+)?$")


def test_one_room_per_job() -> None:
    lines = {
        name: len(path.read_text("utf-8").splitlines())
        for name, path in MODULES.items()
        if not name.startswith("core")
    }
    assert lines["coordinator"] <= 300
    # a language's voice words are a table (sentences, numbers, signs), not code
    words = {name: lines.pop(name) for name in list(lines) if WORD_TABLE.match(name)}
    assert not {name: n for name, n in lines.items() if n > 400}
    assert len(words) >= 5
    assert not {name: n for name, n in words.items() if n > 600}
