"""Real-clock check: a real ``hass`` for a few minutes, CPU read from the process.

The day simulation (``test_bench_day.py``) runs with a frozen clock, where a timer armed
a hair before its instant can make the event loop spin (or hide a cost). This check
starts the venv's real ``hass`` twice on 127.0.0.1 (the e2e harness): once with only
the demo chair, once with a Hamstring Coach profile on it, and toggles the chair on a
fixed rhythm for the same real time. It prints the CPU seconds of each ``hass``
process (all threads, from ``/proc``) while the chair is driven, and the difference.

    .venv-3.14/bin/python benchmarks/real_clock.py [seconds]      (default 120)
"""

from __future__ import annotations

import os
from pathlib import Path
import sys
import tempfile
import time

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.e2e.harness import CHAIR, HomeAssistant, running_home_assistant  # noqa: E402

TOGGLE_EVERY = 5.0  # seconds between chair changes (a busy desk)
SETTLE = 15.0  # seconds after start-up before measuring


def cpu_seconds(pid: int) -> float:
    """Return the user + system CPU seconds of a process (all its threads)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    ticks = os.sysconf("SC_CLK_TCK")
    return (int(fields[11]) + int(fields[12])) / ticks  # utime, stime


def add_profile(hass: HomeAssistant) -> None:
    """Add a profile on the chair through the config flow's HTTP API."""
    flow = hass.request(
        "POST", "/api/config/config_entries/flow", {"handler": "hamstring_coach"}
    )
    result = hass.request(
        "POST",
        f"/api/config/config_entries/flow/{flow['flow_id']}",
        {
            "name": "Desk",
            "sitting_entities": [CHAIR],
            "break_after": 5,
            "min_break": 10,
        },
    )
    assert result["type"] == "create_entry", result


def drive(hass: HomeAssistant, seconds: float) -> float:
    """Toggle the chair for ``seconds``; return the CPU seconds hass used meanwhile."""
    pid = hass.process.pid
    time.sleep(SETTLE)
    start_cpu, start = cpu_seconds(pid), time.monotonic()
    on = False
    while time.monotonic() - start < seconds:
        on = not on
        hass.call(
            "input_boolean", "turn_on" if on else "turn_off", {"entity_id": CHAIR}
        )
        time.sleep(TOGGLE_EVERY)
    return cpu_seconds(pid) - start_cpu


def main() -> None:
    """Measure both scenarios and print a table."""
    seconds = float(sys.argv[1]) if len(sys.argv) > 1 else 120.0
    results: dict[str, float] = {}
    for scenario in ("source only", "Hamstring Coach"):
        with (
            tempfile.TemporaryDirectory() as tmp,
            running_home_assistant(Path(tmp) / "config") as hass,
        ):
            if scenario == "Hamstring Coach":
                add_profile(hass)
            results[scenario] = drive(hass, seconds)
    base = results["source only"]
    print(
        f"### Real clock: {seconds:.0f} s, the chair toggled every {TOGGLE_EVERY:.0f} s"
    )
    print("| scenario | CPU s of hass | extra over source only, s |")
    print("| --- | --- | --- |")
    for scenario, cpu in results.items():
        extra = "-" if scenario == "source only" else f"{cpu - base:.2f}"
        print(f"| {scenario} | {cpu:.2f} | {extra} |")


if __name__ == "__main__":
    main()
