"""The schema library of the running Home Assistant.

Home Assistant 2026.3 moved from voluptuous to probatio (same API). Import ``vol`` from
here so schemas are of the kind the running core serializes and type-checks.
"""

try:
    import probatio as vol  # type: ignore[import-not-found, unused-ignore]
except ImportError:  # Home Assistant 2026.2
    import voluptuous as vol  # type: ignore[no-redef, unused-ignore]

__all__ = ["vol"]
