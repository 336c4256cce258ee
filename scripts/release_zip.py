"""Zip the integration for a GitHub release, as HACS installs it (``zip_release``).

    python3 scripts/release_zip.py [--tag v0.3.0] [--out build/hamstring_coach.zip]

The zip holds the files of ``custom_components/hamstring_coach/`` at its root (HACS
unpacks it into that folder), without caches. With ``--tag`` it refuses to build when the
tag is not ``v`` + the version in ``manifest.json``, or when CHANGELOG.md has no entry
for that version.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
import re
import sys
import zipfile

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "custom_components" / "hamstring_coach"
LEFT_OUT = {"__pycache__", ".mypy_cache", ".pytest_cache"}


def manifest_version() -> str:
    """Return the one version of the integration (manifest.json)."""
    return str(json.loads((PACKAGE / "manifest.json").read_text("utf-8"))["version"])


def changelog_versions() -> list[str]:
    """Return the versions CHANGELOG.md has entries for, newest first."""
    text = (ROOT / "CHANGELOG.md").read_text("utf-8")
    return re.findall(r"^## \[(\d[^\]]*)\]", text, flags=re.MULTILINE)


def files() -> list[Path]:
    """Return the files that go into the zip, sorted."""
    return sorted(
        path
        for path in PACKAGE.rglob("*")
        if path.is_file()
        and not LEFT_OUT.intersection(path.relative_to(PACKAGE).parts)
        and path.suffix not in {".pyc", ".pyo"}
    )


def build(out: Path) -> list[str]:
    """Write the zip to ``out``; return the names in it."""
    out.parent.mkdir(parents=True, exist_ok=True)
    names = []
    with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for path in files():
            name = path.relative_to(PACKAGE).as_posix()
            archive.write(path, name)
            names.append(name)
    return names


def main(argv: list[str] | None = None) -> int:
    """Check the tag, then build the zip."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tag", help="the pushed tag, e.g. v0.3.0")
    parser.add_argument(
        "--out", type=Path, default=ROOT / "build" / "hamstring_coach.zip"
    )
    args = parser.parse_args(argv)
    version = manifest_version()
    if args.tag is not None:
        if args.tag != f"v{version}":
            print(
                f"release: tag {args.tag} is not v{version} (manifest.json)",
                file=sys.stderr,
            )
            return 1
        if version not in changelog_versions():
            print(f"release: CHANGELOG.md has no entry for {version}", file=sys.stderr)
            return 1
    names = build(args.out)
    print(f"release: {args.out} ({len(names)} files, version {version})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
