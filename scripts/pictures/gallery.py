"""Write README's gallery of the built-in routines: each step's picture and one line.

    .venv-3.14/bin/python scripts/pictures/gallery.py

tests/test_pictures_ha.py fails while README and the routines differ.
"""

from __future__ import annotations

from pathlib import Path
import sys

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from custom_components.hamstring_coach.core.routines import Routine, load_routine_files  # noqa: E402

START, END = "<!-- gallery:start -->\n", "\n<!-- gallery:end -->"
PICTURES = "custom_components/hamstring_coach/pictures"
WIDTH = 120


def first_sentence(text: str) -> str:
    """Return the instruction's first sentence (the one line under the picture)."""
    head, dot, _ = text.partition(". ")
    return head + ("." if dot or not head.endswith(".") else "")


def gallery(routines: list[Routine]) -> str:
    """Return the gallery as Markdown: one table per routine."""
    out: list[str] = []
    for routine in sorted(routines, key=lambda r: r.id):
        out.append(f"**{routine.name}** (`{routine.id}`)\n")
        out.append("| step | picture | what you do |")
        out.append("| --- | --- | --- |")
        for number, step in enumerate(routine.steps, 1):
            name = (step.image or "builtin:idle").removeprefix("builtin:")
            picture = (
                f'<img src="{PICTURES}/{name}.png" width="{WIDTH}" alt="{step.name}">'
            )
            out.append(
                f"| {number}. {step.name} | {picture} | "
                f"{first_sentence(step.instruction)} |"
            )
        out.append("")
    return "\n".join(out).rstrip()


def builtin_gallery() -> str:
    """Return the gallery of the routines that ship with the integration."""
    folder = ROOT / "custom_components" / "hamstring_coach" / "routines"
    return gallery(load_routine_files(sorted(folder.glob("*.yaml"))))


def main() -> None:
    """Replace the gallery between the markers."""
    readme = ROOT / "README.md"
    text = readme.read_text(encoding="utf-8")
    head, rest = text.split(START)
    _old, tail = rest.split(END)
    readme.write_text(head + START + builtin_gallery() + END + tail, encoding="utf-8")


if __name__ == "__main__":
    main()
