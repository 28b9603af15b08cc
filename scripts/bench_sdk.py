"""Workers for scripts/bench that need the official SDKs (run by .cache/bench-venv's python).

``python -m scripts.bench_sdk humanloop <origin> <repeats>`` and
``python -m scripts.bench_sdk phoenix <base_url> <experiment_id> <runs> <repeats>`` and
``python -m scripts.bench_sdk arize <base_url> <runs> <page_size> <repeats>`` time
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
    from evalclients_humanloop import Humanloop
    from humanloop import Humanloop as SDK  # type: ignore[import-not-found]

    ours = Humanloop(base_url=origin + "/v5", api_key=BENCH_KEY)
    sdk = SDK(api_key=BENCH_KEY, base_url=origin + "/v5")

    def evalclients_side() -> int:
        return sum(1 for _ in ours.evaluation_runs("bench"))

    def sdk_side() -> int:
        return len(sdk.evaluations.list_runs_for_evaluation("bench").runs)

    return interleave({"evalclients": evalclients_side, "sdk": sdk_side}, repeats, runs)


def phoenix(base_url: str, experiment_id: str, runs: int, repeats: int) -> Any:
    """Every run of one experiment from a real Phoenix: each library's defaults, and the same
    page size on both sides (50, the SDK's default, and 1,000)."""
    from evalclients_phoenix import Phoenix
    from phoenix.client import Client as SDK  # type: ignore[import-not-found]

    ours = Phoenix(base_url=base_url)
    sdk = SDK(base_url=base_url)

    def evalclients_side(page: int | None) -> Callable[[], int]:
        return lambda: sum(1 for _ in ours.experiment_runs(experiment_id, page_size=page))

    def evalclients_raw_side(page: int) -> Callable[[], int]:  # plain dicts, as the SDK returns
        def run() -> int:
            pager = ours.paginate(
                "list_experiment_runs", experiment_id=experiment_id, page_size=page, raw=True
            )
            return sum(1 for _ in pager)

        return run

    def sdk_side(page: int | None) -> Callable[[], int]:
        # The SDK's own paginated listing (what run_experiment/resume_* build on; 50 per page
        # unless told otherwise).
        def run() -> int:
            size = {} if page is None else {"page_size": page}
            found = sdk.experiments._get_all_experiment_runs(experiment_id=experiment_id, **size)
            return len(found)

        return run

    def sdk_get_experiment() -> int:
        # The SDK's public call: every run in one unpaginated request, plus the experiment
        # and its JSON export (more work than listing runs; unbounded, see phoenix #9321).
        return len(sdk.experiments.get_experiment(experiment_id=experiment_id)["task_runs"])

    sides: dict[str, Callable[[], int]] = {
        "evalclients": evalclients_side(None),
        "sdk": sdk_side(None),
        "sdk_get_experiment": sdk_get_experiment,
    }
    for page in (50, 1000):
        sides[f"evalclients_{page}"] = evalclients_side(page)
        sides[f"evalclients_raw_{page}"] = evalclients_raw_side(page)
        sides[f"sdk_{page}"] = sdk_side(page)
    return interleave(sides, repeats, runs)


def arize(base_url: str, runs: int, page_size: int, repeats: int) -> dict[str, Any]:
    """Every run of one experiment from the bench server's Arize AX listing: evalclients
    against ``arize==8.61.0``'s own generated client (OpenAPI Generator, urllib3 + pydantic),
    the same page size on both sides."""
    from arize._generated.api_client import (  # type: ignore[import-not-found]
        ApiClient,
        Configuration,
    )
    from arize._generated.api_client.api.experiments_api import (  # type: ignore[import-not-found]
        ExperimentsApi,
    )

    from evalclients import ArizeAX

    ours = ArizeAX(base_url=base_url, api_key=BENCH_KEY)
    sdk = ExperimentsApi(ApiClient(Configuration(host=base_url, access_token=BENCH_KEY)))

    def evalclients_side() -> int:
        return sum(1 for _ in ours.experiment_runs("bench", limit=page_size))

    def sdk_side() -> int:
        seen, cursor = 0, None
        while True:
            page = sdk.list_experiment_runs("bench", limit=page_size, cursor=cursor)
            seen += len(page.experiment_runs or [])
            paging = page.pagination
            if paging is None or not paging.has_more or not paging.next_cursor:
                return seen
            cursor = paging.next_cursor

    return interleave({"evalclients": evalclients_side, "sdk": sdk_side}, repeats, runs)


def main() -> None:
    what, args = sys.argv[1], sys.argv[2:]
    if what == "humanloop":
        result = humanloop(args[0], int(args[1]), int(args[2]))
    elif what == "phoenix":
        result = phoenix(args[0], args[1], int(args[2]), int(args[3]))
    elif what == "arize":
        result = arize(args[0], int(args[1]), int(args[2]), int(args[3]))
    else:
        raise SystemExit(f"unknown workload {what!r}")
    print(json.dumps(result))


if __name__ == "__main__":
    main()
