"""Write README's triage table from the rules table in core/triage.py.

    .venv-3.14/bin/python scripts/triage_table.py

tests/test_triage_texts.py fails while the two differ.
"""

from __future__ import annotations

from pathlib import Path
import sys

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from custom_components.hamstring_coach.core.triage import rules_markdown  # noqa: E402

START, END = "<!-- triage-rules:start -->\n", "\n<!-- triage-rules:end -->"


def main() -> None:
    """Replace the table between the markers."""
    readme = ROOT / "README.md"
    text = readme.read_text(encoding="utf-8")
    head, rest = text.split(START)
    _old, tail = rest.split(END)
    readme.write_text(head + START + rules_markdown() + END + tail, encoding="utf-8")


if __name__ == "__main__":
    main()
