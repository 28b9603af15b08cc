"""Start-up workloads for scripts/bench: a first call from a cold process, and client
construction in an environment of many installed distributions.

- **First call**: import, build a client and make one call that fails (404) in a fresh
  process, against the same request made with plain httpx (``httpx.Client`` + ``get``).
  Both run with the bytecode caches an installed package has (``pip install`` compiles
  them; an editable install writes them on its first import), warmed once with writing
  allowed even when ``PYTHONDONTWRITEBYTECODE`` is set: without them the figure measures
  compiling our sources, which no user pays twice.
- **Construction**: the first client built in a process whose imports are done, against
  the first ``httpx.Client()``, with the Python path holding stand-in distributions
  (``*.dist-info`` with metadata and entry points, no code) up to ``DISTRIBUTIONS`` in all:
  what an entry-point scan reads in a data-science environment.

``python -m scripts.bench_startup construct <origin>`` prints the JSON of one process's
construction timings (run by scripts/bench in fresh processes).
"""

from __future__ import annotations

import json
import os
import sys
import time
from importlib import metadata
from pathlib import Path

DISTRIBUTIONS = 300
EXPERIMENT_ID = "RXhwZXJpbWVudDox"

FIRST_CALL = f"""
import evalclients
from evalclients_phoenix import Phoenix
with Phoenix(base_url={{origin!r}}) as client:
    try:
        client.experiment({EXPERIMENT_ID!r})
    except evalclients.NotFoundError:
        pass
    else:
        raise SystemExit("expected a 404")
"""

FIRST_CALL_HTTPX = f"""
import httpx
with httpx.Client(base_url={{origin!r}}) as client:
    response = client.get("/v1/experiments/{EXPERIMENT_ID}")
if response.status_code != 404:
    raise SystemExit("expected a 404")
"""


def first_call(origin: str) -> tuple[str, str]:
    """The evalclients and plain-httpx programs of the first-call line, for ``origin``."""
    return FIRST_CALL.format(origin=origin), FIRST_CALL_HTTPX.format(origin=origin)


def writable_bytecode_env() -> dict[str, str]:
    """This environment with bytecode writing allowed (for the warm-up runs)."""
    return {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}


def stand_in_distributions(directory: Path, total: int = DISTRIBUTIONS) -> int:
    """Write stand-in ``*.dist-info`` directories into ``directory`` so that the installed
    distributions number ``total`` with it on the path; how many were written.

    One in three declares console scripts, as real packages often do.
    """
    installed = sum(1 for _ in metadata.distributions())
    count = max(0, total - installed)
    for i in range(count):
        info = directory / f"standin_{i:03d}-1.0.dist-info"
        info.mkdir(parents=True, exist_ok=True)
        name = f"standin-{i:03d}"
        (info / "METADATA").write_text(f"Metadata-Version: 2.1\nName: {name}\nVersion: 1.0\n")
        (info / "RECORD").write_text("")
        if i % 3 == 0:
            (info / "entry_points.txt").write_text(
                f"[console_scripts]\n{name} = standin_{i:03d}.cli:main\n"
            )
    return count


def construct(origin: str) -> dict[str, float]:
    """Seconds to build the first evalclients client of each kind, and the first
    ``httpx.Client``, in this process (imports done first, outside the timings)."""
    import httpx

    import evalclients
    from evalclients import Client

    out: dict[str, float] = {"distributions": float(sum(1 for _ in metadata.distributions()))}
    start = time.perf_counter()
    plain = httpx.Client(base_url=origin)
    out["httpx"] = time.perf_counter() - start
    start = time.perf_counter()
    client = Client("phoenix", base_url=origin)
    out["client"] = time.perf_counter() - start
    start = time.perf_counter()
    named = evalclients.Humanloop(base_url=origin + "/v5", api_key="bench-key")
    out["named"] = time.perf_counter() - start
    for closable in (plain, client, named):
        closable.close()
    return out


if __name__ == "__main__":
    if sys.argv[1] == "construct":
        print(json.dumps(construct(sys.argv[2])))
