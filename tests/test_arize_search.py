"""ArizeAX.search_experiment_runs: a search that pages with its cursor in the POST body.

Against the spec-driven Arize AX server (the registry declares ``cursor_in = "body"``): every
page is a POST whose body carries the same filter, the cursor from the previous page and the
limit; a listing resumes from a page's continuation token with the filter unchanged.

The helper is declared in the registry (``[vendors.arize.client]``, ``body = ["filter"]``).
"""

from __future__ import annotations

from typing import Any

from evalclients_arize import ArizeAX, AsyncArizeAX

from evalclients.operations import ListHelper
from tests.facade_helpers import MODES, Clock, collect, collect_pages, ids_in, ids_of, open_client
from tests.fakeserver.vendors import SpecServerFactory

EXP = "exp_1"
FILTER = "eval.quality.score < 0.5"
N, LIMIT = 7, 3  # pages of 3, 3 and 1


def _server(spec_server: SpecServerFactory) -> tuple[Any, list[dict[str, Any]]]:
    server = spec_server("arize")
    items = server.make_items("search_experiment_runs", N)
    server.add_collection("search_experiment_runs", items, path_params={"experiment_id": EXP})
    return server, items


def test_the_helper_is_declared_for_both_twins() -> None:
    helper = ArizeAX.__dict__.get("search_experiment_runs") or next(
        c.__dict__["search_experiment_runs"]
        for c in ArizeAX.__mro__
        if "search_experiment_runs" in c.__dict__
    )
    assert isinstance(helper, ListHelper)
    assert helper.operation == "search_experiment_runs"
    assert helper.body == ("filter",)
    assert hasattr(AsyncArizeAX, "search_experiment_runs")


def test_the_helper_sends_the_filter_as_a_body_field() -> None:
    seen: dict[str, Any] = {}

    class Recorder:
        def paginate(self, operation: str, **params: Any) -> list[Any]:
            seen.update(operation=operation, **params)
            return []

    helper = next(
        c.__dict__["search_experiment_runs"]
        for c in ArizeAX.__mro__
        if "search_experiment_runs" in c.__dict__
    )
    helper.__get__(Recorder(), ArizeAX)(EXP, FILTER, page_size=LIMIT)
    assert seen == {
        "operation": "search_experiment_runs",
        "experiment_id": EXP,
        "body": {"filter": FILTER},
        "page_size": LIMIT,
    }
    seen.clear()
    helper.__get__(Recorder(), ArizeAX)(EXP)
    assert seen["body"] == {}  # no filter: every run; the body is still sent


@MODES
async def test_pages_through_body_cursors_with_the_filter_unchanged(
    mode: str, spec_server: SpecServerFactory
) -> None:
    server, items = _server(spec_server)
    async with open_client(mode, "arize", server, Clock()) as client:
        got = await collect(client.search_experiment_runs(EXP, FILTER, page_size=LIMIT))
    assert ids_of(got) == [item["id"] for item in items]
    requests = server.requests
    assert [r.method for r in requests] == ["POST"] * 3
    bodies = [r.json() for r in requests]
    assert all(b["filter"] == FILTER for b in bodies)
    assert all(b["limit"] == LIMIT for b in bodies)
    assert "cursor" not in bodies[0]
    assert bodies[1]["cursor"] and bodies[2]["cursor"] != bodies[1]["cursor"]
    assert all(not r.query for r in requests)  # nothing in the query string
    assert server.violations == []


@MODES
async def test_resumes_from_a_continuation_token(mode: str, spec_server: SpecServerFactory) -> None:
    server, items = _server(spec_server)
    async with open_client(mode, "arize", server, Clock()) as client:
        first = (await collect_pages(client.search_experiment_runs(EXP, FILTER, page_size=LIMIT)))[
            0
        ]
        token = first.continuation_token
        assert token is not None
        server.reset()
        rest = await collect_pages(
            client.search_experiment_runs(EXP, FILTER, page_size=LIMIT), token
        )
    assert ids_in([first, *rest]) == [item["id"] for item in items]
    bodies = [r.json() for r in server.requests]
    assert bodies[0] == {"filter": FILTER, "limit": LIMIT, "cursor": token}
    assert all(b["filter"] == FILTER for b in bodies)
    assert server.violations == []
