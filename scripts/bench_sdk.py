"""Workers for scripts/bench that need the official SDKs (run by .cache/bench-venv's python).

``python -m scripts.bench_sdk humanloop <origin> <repeats>`` and
``python -m scripts.bench_sdk phoenix <base_url> <experiment_id> <runs> <repeats>`` and
``python -m scripts.bench_sdk arize <base_url> <runs> <page_size> <repeats>`` and
``python -m scripts.bench_sdk braintrust|langfuse <base_url> <items> <page_size> <repeats>`` time
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


def braintrust(base_url: str, n: int, page_size: int, repeats: int) -> dict[str, Any]:
    """Braintrust experiment events (cursor in the POST body) and experiments (after the last
    id): evalclients against ``braintrust==0.48.1``'s REST client (``braintrust.api``,
    requests + JSON dicts), the same page size and base URL on both sides. The SDK's
    ``init(...).fetch()`` cannot be used: it logs in through the app URL first and reads
    events through BTQL (``POST /btql``), an endpoint outside the OpenAPI document."""
    from braintrust.api.client import BraintrustOpenApiClient  # type: ignore[import-not-found]
    from evalclients_braintrust import Braintrust

    from scripts.bench_server import BRAINTRUST_EXPERIMENT

    ours = Braintrust(base_url=base_url, api_key=BENCH_KEY)
    sdk = BraintrustOpenApiClient(api_key=BENCH_KEY, api_url=base_url).experiments

    def events(raw: bool) -> Callable[[], int]:
        def run() -> int:
            pager = ours.paginate(
                "post_experiment_id_fetch",
                experiment_id=BRAINTRUST_EXPERIMENT,
                page_size=page_size,
                raw=raw,
            )
            return sum(1 for _ in pager)

        return run

    def sdk_events() -> int:
        seen, cursor = 0, None
        while True:
            body: dict[str, Any] = {"limit": page_size}
            if cursor:
                body["cursor"] = cursor
            page = sdk.post_experiment_id_fetch(BRAINTRUST_EXPERIMENT, body=body)
            seen += len(page["events"])
            cursor = page.get("cursor")
            if not cursor or not page["events"]:
                return seen

    def experiments(raw: bool) -> Callable[[], int]:
        def run() -> int:
            pager = ours.paginate("get_experiment", page_size=page_size, raw=raw)
            return sum(1 for _ in pager)

        return run

    def sdk_experiments() -> int:
        seen, after = 0, None
        while True:
            objects = sdk.get_experiment(limit=page_size, starting_after=after)["objects"]
            seen += len(objects)
            if len(objects) < page_size:  # a short or empty page ends the list
                return seen
            after = objects[-1]["id"]

    return {
        **interleave(
            {"events": events(False), "events_raw": events(True), "sdk_events": sdk_events},
            repeats,
            n,
        ),
        **interleave(
            {
                "experiments": experiments(False),
                "experiments_raw": experiments(True),
                "sdk_experiments": sdk_experiments,
            },
            repeats,
            n,
        ),
    }


def langfuse(base_url: str, n: int, page_size: int, repeats: int) -> dict[str, Any]:
    """Langfuse dataset items (page and limit, a total in ``meta``): evalclients against
    ``langfuse==5.2.0``'s own REST client (``langfuse.api.LangfuseAPI``, httpx + pydantic;
    what ``Langfuse().api`` is, without the tracing set-up), the same page size on both
    sides. 5.2.0 has no dataset-run-items listing, so the runs themselves cannot be
    compared."""
    from evalclients_langfuse import Langfuse
    from langfuse.api.client import LangfuseAPI  # type: ignore[import-not-found]

    ours = Langfuse(base_url=base_url, username="pk-bench", api_key=BENCH_KEY)
    sdk = LangfuseAPI(base_url=base_url, username="pk-bench", password=BENCH_KEY)

    def items(raw: bool) -> Callable[[], int]:
        def run() -> int:
            pager = ours.paginate("dataset_items_list", page_size=page_size, raw=raw)
            return sum(1 for _ in pager)

        return run

    def sdk_items() -> int:
        seen, number = 0, 1
        while True:
            page = sdk.dataset_items.list(page=number, limit=page_size)
            seen += len(page.data)
            if number >= page.meta.total_pages or not page.data:
                return seen
            number += 1

    return interleave(
        {"items": items(False), "items_raw": items(True), "sdk_items": sdk_items}, repeats, n
    )


def main() -> None:
    what, args = sys.argv[1], sys.argv[2:]
    if what == "humanloop":
        result = humanloop(args[0], int(args[1]), int(args[2]))
    elif what == "phoenix":
        result = phoenix(args[0], args[1], int(args[2]), int(args[3]))
    elif what in ("arize", "braintrust", "langfuse"):
        worker = {"arize": arize, "braintrust": braintrust, "langfuse": langfuse}[what]
        result = worker(args[0], int(args[1]), int(args[2]), int(args[3]))
    else:
        raise SystemExit(f"unknown workload {what!r}")
    print(json.dumps(result))


if __name__ == "__main__":
    main()
