"""Evaluations listed by the keys of a page of runs (the registry's ``run_keys`` source).

Some APIs filter their evaluations by a run's key (a trace id), several keys per request,
but not by experiment. For each page of runs the keys are listed ``max_keys`` at a time
(joined by ``separator``), each listing paged to its end, and every record goes to the runs
whose key it names. Listings of one page run ``concurrency`` at a time (the client's), each
fetched on demand (no page ahead), so memory holds one page of runs and their evaluations.
"""

from __future__ import annotations

import asyncio
import warnings
from collections.abc import Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor
from typing import TYPE_CHECKING, Any

from evalclients.pagination import MISSING, IncompleteListWarning, lookup
from evalclients.registry import param_name

if TYPE_CHECKING:
    from evalclients._schemas.registry import EvaluationSource
    from evalclients.client import AsyncClient, Client

__all__ = ["afetch_by_keys", "fetch_by_keys", "key_of", "listing_params"]


def key_of(value: Any) -> str | None:
    """A key as text (a string or an integer; None for anything else, or an empty string)."""
    if isinstance(value, bool) or not isinstance(value, (str, int)) or value == "":
        return None
    return str(value)


def _run_keys(source: EvaluationSource, raws: Sequence[Any]) -> list[str | None]:
    """The runs' keys; None also for a key holding the separator when keys are joined (the
    server would split it: that run's evaluations are unknown, not empty, and a warning says
    so)."""
    spec = source["key"]
    keys = [key_of(lookup(raw, spec["run"])) if isinstance(raw, Mapping) else None for raw in raws]
    separator = spec.get("separator", ",")
    if spec.get("max_keys", 1) > 1:
        split = [i for i, key in enumerate(keys) if key is not None and separator in key]
        for i in split:
            keys[i] = None
        if split:
            warnings.warn(
                f"{len(split)} run(s) have a {spec['run']} holding {separator!r}, which joins"
                f" keys in {source['operation']}: their evaluations are unknown (None)",
                IncompleteListWarning,
                stacklevel=3,
            )
    return keys


def _record_key(source: EvaluationSource, record: Any) -> str | None:
    if not isinstance(record, Mapping):
        return None
    for path in source["key"]["record"]:
        value = lookup(record, path)
        if value is not MISSING and value is not None:
            return key_of(value)
    return None


def listing_params(source: EvaluationSource, keys: Sequence[Any]) -> list[dict[str, Any]]:
    """The parameters of each listing for a page of runs' keys (distinct, in order)."""
    spec = source["key"]
    size = spec.get("max_keys", 1)
    distinct = list(dict.fromkeys(k for k in keys if k is not None))
    fixed = {param_name(k): v for k, v in source.get("params", {}).items()}
    separator = spec.get("separator", ",")
    return [
        {**fixed, param_name(spec["param"]): separator.join(distinct[i : i + size])}
        for i in range(0, len(distinct), size)
    ]


def _match(
    source: EvaluationSource, keys: list[str | None], listings: list[list[Any]]
) -> list[list[Any] | None]:
    wanted = {k for k in keys if k is not None}
    found: dict[str, list[Any]] = {}
    for records in listings:
        for record in records:
            key = _record_key(source, record)
            if key in wanted:
                found.setdefault(key, []).append(record)
    return [None if k is None else found.get(k, []) for k in keys]


def fetch_by_keys(
    client: Client, source: EvaluationSource, raws: Sequence[Any]
) -> list[list[Any] | None]:
    """Each run's evaluation records (None: the run has no key to list them by)."""
    keys = _run_keys(source, raws)
    calls = listing_params(source, keys)

    def one(params: dict[str, Any]) -> list[Any]:
        return list(client.paginate(source["operation"], raw=True, concurrency=1, **params))

    workers = min(client.concurrency, len(calls))
    if workers <= 1:
        return _match(source, keys, [one(p) for p in calls])
    with ThreadPoolExecutor(workers, thread_name_prefix="evalclients-run-keys") as pool:
        futures = [pool.submit(one, p) for p in calls]
        try:
            return _match(source, keys, [f.result() for f in futures])
        except BaseException:
            for future in futures:
                future.cancel()
            raise


async def afetch_by_keys(
    client: AsyncClient, source: EvaluationSource, raws: Sequence[Any]
) -> list[list[Any] | None]:
    """The async twin of ``fetch_by_keys`` (tasks; the first failure cancels the others)."""
    keys = _run_keys(source, raws)
    gate = asyncio.Semaphore(max(1, client.concurrency))

    async def one(params: dict[str, Any]) -> list[Any]:
        async with gate:
            pager = client.paginate(source["operation"], raw=True, concurrency=1, **params)
            return [item async for item in pager]

    tasks = [asyncio.ensure_future(one(p)) for p in listing_params(source, keys)]
    try:
        listings = list(await asyncio.gather(*tasks))
    except BaseException:
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
        raise
    return _match(source, keys, listings)
