"""Workers for scripts/bench that need the official SDKs (run by .cache/bench-venv's python).

``python -m scripts.bench_sdk humanloop <origin> <repeats>`` and
``python -m scripts.bench_sdk phoenix <base_url> <experiment_id> <runs> <repeats>`` time
evalclients and the official SDK on the same listing, interleaved, and print JSON:
``{"evalclients": [seconds...], "sdk": [seconds...]}``.
"""

from __future__ import annotations

import json
import sys
import time
from collections.abc import Callable
from typing import Any

BENCH_KEY = "bench-key"


def interleave(sides: dict[str, Callable[[], int]], repeats: int, expect: int) -> dict[str, Any]:
    """Run each side ``repeats`` times, alternating which goes first; wall seconds per run."""
    out: dict[str, list[float]] = {name: [] for name in sides}
    names = list(sides)
    for name in names:  # warm up (connections, lazy imports)
        got = sides[name]()
        if got != expect:
            raise SystemExit(f"{name}: listed {got} items, expected {expect}")
    for r in range(repeats):
        for name in names if r % 2 == 0 else reversed(names):
            start = time.perf_counter()
            sides[name]()
            out[name].append(time.perf_counter() - start)
    return out


def humanloop(origin: str, runs: int, repeats: int) -> dict[str, Any]:
    """Every run of one evaluation (one page) from the bench server."""
    from humanloop import Humanloop as SDK  # type: ignore[import-not-found]

    from evalclients import Humanloop

    ours = Humanloop(base_url=origin + "/v5", api_key=BENCH_KEY)
    sdk = SDK(api_key=BENCH_KEY, base_url=origin + "/v5")

    def evalclients_side() -> int:
        return sum(1 for _ in ours.evaluation_runs("bench"))

    def sdk_side() -> int:
        return len(sdk.evaluations.list_runs_for_evaluation("bench").runs)

    return interleave({"evalclients": evalclients_side, "sdk": sdk_side}, repeats, runs)


def phoenix(base_url: str, experiment_id: str, runs: int, page: int, repeats: int) -> Any:
    """Every run of one experiment from a real Phoenix, ``page`` runs per request."""
    from phoenix.client import Client as SDK  # type: ignore[import-not-found]

    from evalclients import Phoenix

    ours = Phoenix(base_url=base_url)
    sdk = SDK(base_url=base_url)

    def evalclients_side() -> int:
        return sum(1 for _ in ours.experiment_runs(experiment_id, limit=page))

    def evalclients_raw_side() -> int:  # plain dicts, as the SDK returns
        pager = ours.paginate(
            "list_experiment_runs", experiment_id=experiment_id, page_size=page, raw=True
        )
        return sum(1 for _ in pager)

    def sdk_side() -> int:
        # The SDK's own paginated listing (what run_experiment/get_experiment build on);
        # its public get_experiment() fetches the runs in one unpaginated request plus
        # the experiment's JSON export, which is not the same work.
        found = sdk.experiments._get_all_experiment_runs(
            experiment_id=experiment_id, page_size=page
        )
        return len(found)

    sides = {"evalclients": evalclients_side, "evalclients_raw": evalclients_raw_side,
             "sdk": sdk_side}  # fmt: skip
    return interleave(sides, repeats, runs)


def main() -> None:
    what, args = sys.argv[1], sys.argv[2:]
    if what == "humanloop":
        result = humanloop(args[0], int(args[1]), int(args[2]))
    elif what == "phoenix":
        result = phoenix(args[0], args[1], int(args[2]), int(args[3]), int(args[4]))
    else:
        raise SystemExit(f"unknown workload {what!r}")
    print(json.dumps(result))


if __name__ == "__main__":
    main()
