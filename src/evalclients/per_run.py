"""Evaluations listed by one request per run (the registry's ``each_run`` results source).

Some APIs can filter their evaluations by a run's key (a trace id) but not by experiment:
the evaluations of a page of runs are then one listing per run, with the parameters
``run_params`` takes from the run and the fixed ``params``. The listings of one page run
``concurrency`` at a time (the client's), each fetched on demand (no page ahead), so memory
holds one page of runs and their evaluations.
"""

from __future__ import annotations

import asyncio
from collections.abc import Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor
from typing import TYPE_CHECKING, Any

from evalclients.pagination import MISSING, lookup
from evalclients.registry import param_name

if TYPE_CHECKING:
    from evalclients._schemas.registry import EvaluationSource
    from evalclients.client import AsyncClient, Client

__all__ = ["afetch_each", "fetch_each", "run_call_params"]


def run_call_params(source: EvaluationSource, raw: Any) -> dict[str, Any] | None:
    """The listing's parameters for one run; None when the run lacks one of its values."""
    params: dict[str, Any] = {param_name(k): v for k, v in source.get("params", {}).items()}
    for name, path in source.get("run_params", {}).items():
        value = lookup(raw, path) if isinstance(raw, Mapping) else MISSING
        if value is MISSING or value is None or value == "" or isinstance(value, (dict, list)):
            return None
        params[param_name(name)] = value
    return params


def fetch_each(
    client: Client, source: EvaluationSource, raws: Sequence[Any]
) -> list[list[Any] | None]:
    """Each run's evaluation records (None: the run has no key to list them by)."""
    operation = source["operation"]

    def one(params: dict[str, Any] | None) -> list[Any] | None:
        if params is None:
            return None
        return list(client.paginate(operation, raw=True, concurrency=1, **params))

    calls = [run_call_params(source, raw) for raw in raws]
    workers = min(client.concurrency, sum(p is not None for p in calls))
    if workers <= 1:
        return [one(p) for p in calls]
    with ThreadPoolExecutor(workers, thread_name_prefix="evalclients-each-run") as pool:
        futures = [pool.submit(one, p) for p in calls]
        try:
            return [f.result() for f in futures]
        except BaseException:
            for future in futures:
                future.cancel()
            raise


async def afetch_each(
    client: AsyncClient, source: EvaluationSource, raws: Sequence[Any]
) -> list[list[Any] | None]:
    """The async twin of ``fetch_each`` (tasks; the first failure cancels the others)."""
    operation = source["operation"]
    gate = asyncio.Semaphore(max(1, client.concurrency))

    async def one(params: dict[str, Any] | None) -> list[Any] | None:
        if params is None:
            return None
        async with gate:
            pager = client.paginate(operation, raw=True, concurrency=1, **params)
            return [item async for item in pager]

    tasks = [asyncio.ensure_future(one(run_call_params(source, raw))) for raw in raws]
    try:
        return list(await asyncio.gather(*tasks))
    except BaseException:
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
        raise
