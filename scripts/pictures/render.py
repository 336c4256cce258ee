"""Render the step pictures Home Assistant serves: pictures/svg/*.svg -> PNG.

Writes ``custom_components/hamstring_coach/pictures/<step>.png`` at 400 px (sharp at
200 px on a phone's 2x screen) and, with ``--sheet``, a contact sheet of all of them at
phone size for checking by eye. ``--draw`` runs ``draw.py`` first.

Renderer: CairoSVG on Debian's libcairo2, outside the repository's environment (as for
the brand images, see ``scripts/brand/render.py``):

    python3 -m venv /tmp/brand-venv && /tmp/brand-venv/bin/pip install cairosvg pillow
    /tmp/brand-venv/bin/python scripts/pictures/render.py --draw --sheet
"""

from __future__ import annotations

import io
from pathlib import Path
import sys
import tempfile

import cairosvg  # type: ignore[import-untyped]
from PIL import Image

HERE = Path(__file__).resolve().parent
SOURCES = HERE.parents[1] / "pictures" / "svg"
OUT = HERE.parents[1] / "custom_components" / "hamstring_coach" / "pictures"
PIXELS = 400


def render(svg: Path) -> bytes:
    """Return the PNG of one SVG, optimised, without metadata (reproducible)."""
    png = cairosvg.svg2png(url=str(svg), output_width=PIXELS, output_height=PIXELS)
    image = Image.open(io.BytesIO(png)).convert("RGBA")
    quantized = image.quantize(colors=64, method=Image.Quantize.FASTOCTREE)
    out = io.BytesIO()
    quantized.save(out, format="PNG", optimize=True)
    return out.getvalue()


def sheet(paths: list[Path], target: Path, size: int = 200) -> None:
    """Lay every picture out at ``size`` px with its name, for a look by eye."""
    columns = 5
    rows = (len(paths) + columns - 1) // columns
    board = Image.new("RGB", (columns * (size + 10), rows * (size + 10)), "white")
    for i, path in enumerate(paths):
        image = Image.open(path).convert("RGBA").resize((size, size))
        x, y = (i % columns) * (size + 10), (i // columns) * (size + 10)
        board.paste(image, (x + 5, y + 5), image)
    board.save(target)


def main() -> None:
    """Render every SVG; ``--draw`` draws them first, ``--sheet`` lays them out."""
    if "--draw" in sys.argv:
        sys.path.insert(0, str(HERE))
        import draw  # noqa: PLC0415

        draw.main()
    OUT.mkdir(parents=True, exist_ok=True)
    written = []
    for svg in sorted(SOURCES.glob("*.svg")):
        target = OUT / f"{svg.stem}.png"
        target.write_bytes(render(svg))
        written.append(target)
    print(f"{len(written)} pictures in {OUT}")
    if "--sheet" in sys.argv:
        target = Path(tempfile.gettempdir()) / "step_pictures_sheet.png"
        sheet(written, target)
        print(f"sheet: {target}")


if __name__ == "__main__":
    main()
