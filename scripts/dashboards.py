"""Write the dashboard in every language from the English one and the label files.

    .venv-3.14/bin/python scripts/dashboards.py

``dashboards/hamstring_coach.yaml`` is the source. For each ``dashboards/labels/<lang>
.yaml`` this writes ``dashboards/hamstring_coach.<lang>.yaml``: the labels translated,
and the entity ids a profile named "Desk" gets in that language (Home Assistant makes
entity ids from the translated names). tests/test_dashboards.py fails while a file is
out of date.
"""

from __future__ import annotations

import json
from pathlib import Path
import re
from typing import Any

import yaml

from homeassistant.util import slugify

ROOT = Path(__file__).resolve().parents[1]
DASHBOARDS = ROOT / "dashboards"
SOURCE = DASHBOARDS / "hamstring_coach.yaml"
TRANSLATIONS = ROOT / "custom_components" / "hamstring_coach" / "translations"
PROFILE = "Desk"
LABEL_KEYS = ("name", "title", "heading", "content")
ENTITY_ID = re.compile(r"^(\w+)\.(desk_\w+)$")


def entity_ids(language: str) -> dict[str, str]:
    """Return English entity id -> the id a "Desk" profile has in ``language``."""
    english = json.loads((TRANSLATIONS / "en.json").read_text("utf-8"))["entity"]
    local = json.loads((TRANSLATIONS / f"{language}.json").read_text("utf-8"))["entity"]
    return {
        f"{platform}.{slugify(f'{PROFILE} {entity["name"]}')}": (
            f"{platform}.{slugify(f'{PROFILE} {local[platform][key]["name"]}')}"
        )
        for platform, entities in english.items()
        for key, entity in entities.items()
    }


def labels_used(node: Any) -> set[str]:
    """Return every label of the dashboard (names, titles, headings, texts)."""
    if isinstance(node, dict):
        found = {
            value.strip()
            for key, value in node.items()
            if key in LABEL_KEYS and isinstance(value, str)
        }
        return found.union(*(labels_used(value) for value in node.values()))
    if isinstance(node, list):
        return set().union(*(labels_used(item) for item in node))
    return set()


def translate(node: Any, labels: dict[str, str], ids: dict[str, str]) -> Any:
    """Return the dashboard with its labels and entity ids in the other language."""
    if isinstance(node, dict):
        return {
            key: (
                labels[value.strip()]
                if key in LABEL_KEYS and isinstance(value, str)
                else translate(value, labels, ids)
            )
            for key, value in node.items()
        }
    if isinstance(node, list):
        return [translate(item, labels, ids) for item in node]
    if isinstance(node, str) and ENTITY_ID.match(node):
        return ids[node]
    return node


def source() -> dict[str, Any]:
    """Return the English dashboard, its long texts on one line."""
    data: dict[str, Any] = yaml.safe_load(SOURCE.read_text("utf-8"))
    return data


def labels_of(language: str) -> dict[str, str]:
    """Return a language's labels (with ``_header``, the file's opening comment)."""
    path = DASHBOARDS / "labels" / f"{language}.yaml"
    labels: dict[str, str] = yaml.safe_load(path.read_text("utf-8"))
    return labels


def localized(language: str) -> str:
    """Return the dashboard file of ``language``."""
    labels = labels_of(language)
    header = "".join(
        f"# {line}".rstrip() + "\n" for line in labels.pop("_header").splitlines()
    )
    body = yaml.safe_dump(
        translate(source(), labels, entity_ids(language)),
        allow_unicode=True,
        sort_keys=False,
        width=88,
    )
    return (
        f"{header}# Written by scripts/dashboards.py from hamstring_coach.yaml.\n{body}"
    )


def languages() -> list[str]:
    """Return the languages that have labels."""
    return sorted(path.stem for path in (DASHBOARDS / "labels").glob("*.yaml"))


def main() -> None:
    """Write every language's dashboard."""
    for language in languages():
        path = DASHBOARDS / f"hamstring_coach.{language}.yaml"
        path.write_text(localized(language), encoding="utf-8")


if __name__ == "__main__":
    main()
