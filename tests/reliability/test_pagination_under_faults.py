"""Paging through 100,000 items while the server fails at random pages (5xx, resets,
timeouts, 429 with Retry-After, benign cursor oddities): every item arrives exactly once
and in order. A page that exhausts the retries raises with a continuation token, and
resuming from it completes the list with nothing lost or repeated. Bounded everywhere.
"""

from __future__ import annotations

import random
import time
import warnings
from collections.abc import Iterator
from typing import Any

import pytest

import evalclients
from evalclients import RetryPolicy
from tests.fakeserver import (
    Fault,
    cursor_type_change,
    delay,
    empty_page_with_cursor,
    has_more_without_cursor,
    repeat_cursor,
    reset,
    status,
)
from tests.fakeserver.server import DEFAULT_KEY, SpecServer
from tests.fakeserver.vendors import vendor_server
from tests.reliability._support import LONG, count

TOTAL = 1_000_000 if LONG else 100_000
PAGE = 1_000 if LONG else 500
RETRIES = 3
TIMEOUT = 0.25
MAX_RESUMES = 200

# vendor, operation, path params, page-size keyword
LISTS = [
    ("phoenix", "list_experiment_runs", {"experiment_id": "exp_1"}, "limit"),
    ("arize", "list_experiment_runs", {"experiment_id": "exp_1"}, "limit"),
    ("humanloop", "list_evaluations", {"file_id": "f_1"}, "size"),
    ("respan", "list_experiments", {}, "page_size"),
]


class Sleeps:
    """A retry policy that records its waits instead of sleeping (the faults are real)."""

    def __init__(self) -> None:
        self.waits: list[float] = []

    def policy(self) -> RetryPolicy:
        return RetryPolicy(sleep=self.waits.append, random=lambda: 0.0)


def _items(server: SpecServer, op: str, n: int) -> list[dict[str, Any]]:
    """``n`` valid items with ids 0..n-1 (a few real ones, repeated with new ids: fast)."""
    if not LONG:  # CI pages raw items: ids are all the pager looks at
        return [{"id": f"item_{i:07d}"} for i in range(n)]
    base = server.make_items(op, 50)
    return [{**base[i % 50], "id": f"item_{i:07d}"} for i in range(n)]


def _faults(rng: random.Random, cursor: bool) -> list[Fault]:
    """Faults that hit about 8% of requests, chosen by a seeded generator."""

    def sometimes(p: float) -> Any:
        return lambda request: rng.random() < p

    faults = [
        status(503).when(sometimes(0.02)).repeat(None),
        status(500).when(sometimes(0.01)).repeat(None),
        status(502, body="<html>bad gateway</html>", content_type="text/html")
        .when(sometimes(0.01))
        .repeat(None),
        status(429, headers={"Retry-After": "2"}).when(sometimes(0.02)).repeat(None),
        reset().when(sometimes(0.01)).repeat(None),
        delay(TIMEOUT * 3).when(sometimes(0.003)).repeat(None),
    ]
    if cursor:  # oddities that lose nothing; the pager must follow them
        faults += [
            empty_page_with_cursor().when(sometimes(0.01)).repeat(None),
            cursor_type_change().when(sometimes(0.01)).repeat(None),
        ]
    return faults


@pytest.fixture(scope="module")
def servers() -> Iterator[dict[str, SpecServer]]:
    started: dict[str, SpecServer] = {}
    yield started
    for server in started.values():
        server.stop()


def _collect(
    client: evalclients.Client, op: str, params: dict[str, Any], size_kw: str, what: str
) -> tuple[list[str], int, int]:
    """Every id, resuming after errors; (ids, resumes, pages)."""
    ids: list[str] = []
    token: str | None = None
    resumes = pages = 0
    while True:
        # raw items in CI (the pager's logic is the same; typed parsing of every body is
        # test_any_response_body's job); typed in the long runs
        pager = client.paginate(op, raw=not LONG, **{size_kw: PAGE}, **params)
        try:
            for page in pager.by_page(token):
                pages += 1
                ids += [
                    item.id if not isinstance(item, dict) else item["id"] for item in page.items
                ]
            return ids, resumes, pages
        except evalclients.APIError as exc:
            assert exc.continuation_token is not None or not ids, f"{what}: no token: {exc}"
            assert isinstance(
                exc,
                evalclients.APIStatusError
                | evalclients.APIConnectionError
                | evalclients.PaginationError,
            ), exc
            token = exc.continuation_token
            resumes += 1
            assert resumes <= MAX_RESUMES, f"{what}: more than {MAX_RESUMES} resumes"


@pytest.mark.parametrize(
    ("vendor", "op", "params", "size_kw"), LISTS, ids=[f"{v}.{o}" for v, o, *_ in LISTS]
)
def test_every_item_once_in_order_through_random_faults(
    servers: dict[str, SpecServer], vendor: str, op: str, params: dict[str, Any], size_kw: str
) -> None:
    server = servers.setdefault(vendor, vendor_server(vendor))
    server.reset()
    items = _items(server, op, TOTAL)
    pagination = server.pagination(server.operation(op))
    assert pagination is not None
    server.add_collection(
        op,
        items,
        path_params=params if vendor != "humanloop" else None,
        validate=False,
        max_limit=PAGE,
    )
    rng = random.Random(f"{vendor}-{TOTAL}")
    cursor = pagination["style"] == "cursor"
    faults = _faults(rng, cursor)
    # and one page that certainly exhausts the retries: the pager must hand over a token
    faults.insert(0, status(503).on_page(7, op, times=RETRIES + 1))
    server.set_faults(faults)
    sleeps = Sleeps()
    client = evalclients.Client(
        vendor,
        api_key=DEFAULT_KEY,
        base_url=server.base_url,
        max_retries=RETRIES,
        timeout=TIMEOUT,
        retry_policy=sleeps.policy(),
    )
    started = time.monotonic()
    with client, warnings.catch_warnings():
        warnings.simplefilter("error", evalclients.IncompleteListWarning)
        ids, resumes, _pages = _collect(client, op, params, size_kw, f"{vendor}.{op}")
    elapsed = time.monotonic() - started
    requests = server.requests
    hit = [r.fault for r in requests if r.fault]
    count(f"paging under faults: items ({vendor})", len(ids))
    count(f"paging under faults: requests ({vendor})", len(requests))
    count(f"paging under faults: faults injected ({vendor})", len(hit))
    count(f"paging under faults: resumes from a token ({vendor})", resumes)
    assert len(ids) == TOTAL, f"{len(ids)} items, expected {TOTAL}"
    assert ids == [item["id"] for item in items], "items lost, repeated or reordered"
    assert resumes >= 1 and len(hit) > 10
    assert 2.0 in sleeps.waits, "Retry-After was not honoured"
    assert server.violations == []
    assert elapsed < (600 if LONG else 30)


ODDITIES = [
    ("cycle", repeat_cursor(), "error"),
    ("has_more_without_cursor", has_more_without_cursor(), "incomplete"),
    ("empty_page_with_cursor", empty_page_with_cursor(), "complete"),
    ("cursor_type_change", cursor_type_change(), "complete"),
]


@pytest.mark.parametrize(
    ("vendor", "fault", "outcome"),
    [
        pytest.param(vendor, fault, outcome, id=f"{vendor}-{name}")
        for name, fault, outcome in ODDITIES
        for vendor in ("phoenix", "arize")
        # Phoenix pages have no has_more flag: a missing cursor simply ends the list
        if not (vendor == "phoenix" and outcome == "incomplete")
    ],
)
def test_cursor_oddities_end_to_end(
    servers: dict[str, SpecServer], vendor: str, fault: Fault, outcome: str
) -> None:
    server = servers.setdefault(vendor, vendor_server(vendor))
    server.reset()
    base = server.make_items("list_experiment_runs", 25)
    items = [{**item, "id": f"run_{i:03d}"} for i, item in enumerate(base)]
    server.add_collection(
        "list_experiment_runs", items, path_params={"experiment_id": "odd"}, validate=False
    )
    server.set_faults([fault.on_page(2, "list_experiment_runs")])
    client = evalclients.Client(
        vendor, api_key=DEFAULT_KEY, base_url=server.base_url, max_retries=0, timeout=5
    )
    count("paging oddities end to end")
    with client, warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        pager = client.paginate("list_experiment_runs", experiment_id="odd", limit=10, raw=True)
        if outcome == "error":
            seen: list[str] = []
            with pytest.raises(evalclients.PaginationError) as info:
                for page in pager.by_page():
                    seen += [i["id"] for i in page.items]
            token = info.value.continuation_token
            # A token to resume from, but no advice to: the server would repeat the cycle.
            assert token is not None and "resume" not in str(info.value)
            rest = client.paginate("list_experiment_runs", experiment_id="odd", limit=10, raw=True)
            seen += [i["id"] for p in rest.by_page(token) for i in p.items]
            assert seen == [i["id"] for i in items]
        else:
            pages = list(pager.by_page())
            seen = [i["id"] for p in pages for i in p.items]
            if outcome == "complete":
                assert seen == [i["id"] for i in items] and not caught
            else:
                assert seen == [i["id"] for i in items[:20]] and pages[-1].incomplete
                assert any(
                    issubclass(w.category, evalclients.IncompleteListWarning) for w in caught
                )
    assert len(server.requests) <= 6
    assert server.violations == []
