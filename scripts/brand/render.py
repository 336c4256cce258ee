"""Render the Hamstring Coach brand PNGs from icon.svg and logo.svg.

Writes icon, logo and their dark variants (each at 1x and @2x) into
custom_components/hamstring_coach/brand/. The SVGs hold the light palette only;
the dark one is derived here through PALETTE_DARK. Text is already outlines, so
the output depends on no installed font and is byte-for-byte reproducible.

Renderer: CairoSVG (PyPI) on Debian's libcairo2. Install it once, outside the
repository's own environment:

    apt-get install libcairo2   # usually present already
    python3 -m venv /tmp/brand-venv
    /tmp/brand-venv/bin/pip install cairosvg pillow

Run from anywhere:

    /tmp/brand-venv/bin/python scripts/brand/render.py
"""

from __future__ import annotations

import io
from pathlib import Path
import re
import xml.etree.ElementTree as ET

import cairosvg  # type: ignore[import-untyped]
from PIL import Image

HERE = Path(__file__).resolve().parent
OUT = HERE.parents[1] / "custom_components" / "hamstring_coach" / "brand"
SVG_NS = "http://www.w3.org/2000/svg"

# Light colour -> colour that reads on a dark background.
PALETTE_DARK: dict[str, str] = {
    "#0F766E": "#2DD4BF",  # person (teal)
    "#14B8A6": "#99F6E4",  # hamstring / thigh (light teal)
    "#22C55E": "#4ADE80",  # rising arrow (green)
    "#7FA8A2": "#8FB5AF",  # chair (grey teal)
    "#134E4A": "#F0FDFA",  # wordmark "Hamstring"
    "#0D9488": "#5EEAD4",  # wordmark "Coach"
}

ICON_SIZE = 256  # icon.png; icon@2x.png is twice this
LOGO_HEIGHT = 128  # logo.png (its shortest side); logo@2x.png is twice this


def logo_source() -> str:
    """Return logo.svg with the icon's drawing inserted into its #icon slot."""
    ET.register_namespace("", SVG_NS)
    icon = ET.parse(HERE / "icon.svg").getroot()
    logo = ET.parse(HERE / "logo.svg").getroot()
    slot = logo.find(".//*[@id='icon']")
    if slot is None:
        raise SystemExit("logo.svg has no element with id='icon'")
    slot.set("viewBox", icon.attrib["viewBox"])
    slot.extend(list(icon))
    return ET.tostring(logo, encoding="unicode")


def darken(svg: str) -> str:
    """Swap every light-palette colour for its dark-background counterpart."""
    colours = {c.upper() for c in re.findall(r"#[0-9A-Fa-f]{6}\b", svg)}
    unknown = colours - PALETTE_DARK.keys()
    if unknown:
        raise SystemExit(f"colours missing from PALETTE_DARK: {sorted(unknown)}")
    return re.sub(r"#[0-9A-Fa-f]{6}\b", lambda m: PALETTE_DARK[m.group(0).upper()], svg)


def _same(svg: str) -> str:
    return svg


def render(svg: str, height: int, name: str) -> None:
    """Render svg at the given height (width from its aspect) to OUT/name."""
    root = ET.fromstring(svg)
    _, _, vb_w, vb_h = (float(v) for v in root.attrib["viewBox"].split())
    width = round(height * vb_w / vb_h)
    png = cairosvg.svg2png(
        bytestring=svg.encode(), output_width=width, output_height=height
    )
    image = Image.open(io.BytesIO(png)).convert("RGBA")
    path = OUT / name
    image.save(path, format="PNG", optimize=True)  # no metadata, max compression
    print(
        f"{path.relative_to(HERE.parents[1])}: {width}x{height}, {path.stat().st_size} B"
    )


def main() -> None:
    """Render all eight brand images."""
    OUT.mkdir(parents=True, exist_ok=True)
    icon = (HERE / "icon.svg").read_text(encoding="utf-8")
    logo = logo_source()
    for prefix, transform in (("", _same), ("dark_", darken)):
        for scale, suffix in ((1, ""), (2, "@2x")):
            render(transform(icon), ICON_SIZE * scale, f"{prefix}icon{suffix}.png")
            render(transform(logo), LOGO_HEIGHT * scale, f"{prefix}logo{suffix}.png")


if __name__ == "__main__":
    main()
