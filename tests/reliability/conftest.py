"""Prints how many cases each reliability test ran (CI and ``make fuzz`` alike)."""

from __future__ import annotations

from typing import Any

from tests.reliability._support import COUNTS, LONG


def pytest_terminal_summary(terminalreporter: Any) -> None:
    if not COUNTS:
        return
    mode = "long (EVALCLIENTS_FUZZ=long)" if LONG else "CI (derandomized)"
    terminalreporter.section(f"reliability cases run — {mode}")
    for name, n in sorted(COUNTS.items()):
        terminalreporter.write_line(f"{n:>10,}  {name}")
