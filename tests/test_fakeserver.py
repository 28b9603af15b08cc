"""Self-tests of tests/fakeserver with raw httpx: paging, validation, faults."""

from __future__ import annotations

import json
import time
from typing import Any

import httpx
import pytest

from tests.fakeserver import (
    FaultPlan,
    SpecServer,
    close_after,
    cursor_type_change,
    delay,
    empty,
    empty_page_with_cursor,
    fastapi_detail,
    fastapi_validation,
    has_more_without_cursor,
    html,
    html_502,
    make_items,
    non_json,
    problem,
    repeat_cursor,
    reset,
    status,
    text,
    truncated_json,
)
from tests.fakeserver.vendors import SpecServerFactory, load_spec

pytest_plugins = ["tests.fakeserver.fixtures"]

KEY = "test-key"
BEARER = {"Authorization": f"Bearer {KEY}"}
RUNS = "/v1/experiments/exp_1/runs"


def client(server: SpecServer, headers: dict[str, str] | None = None, **kw: Any) -> httpx.Client:
    """A keep-alive httpx client for a server."""
    return httpx.Client(
        base_url=server.base_url, headers=BEARER if headers is None else headers, **kw
    )


@pytest.fixture
def phoenix(spec_server: SpecServerFactory) -> SpecServer:
    """A Phoenix server with 7 runs for experiment exp_1."""
    server = spec_server("phoenix")
    items = server.make_items("list_experiment_runs", 7, overrides={"experiment_id": "exp_1"})
    server.add_collection("list_experiment_runs", items, path_params={"experiment_id": "exp_1"})
    return server


def walk_cursor(
    c: httpx.Client, path: str, items: str, cursor: str, limit: int, **params: Any
) -> list[str]:
    """Follow a cursor-paged list; the ids of every item, in order."""
    ids: list[str] = []
    token: Any = None
    for _ in range(50):
        query = {**params, "limit": limit, **({"cursor": token} if token is not None else {})}
        response = c.get(path, params=query)
        assert response.status_code == 200, response.text
        body = response.json()
        node = body
        for part in items.split("."):
            node = node[part]
        ids += [item["id"] for item in node]
        node = body
        for part in cursor.split("."):
            node = node.get(part) if isinstance(node, dict) else None
        token = node
        if token is None:
            return ids
    raise AssertionError("pager did not end")


# -- paging ------------------------------------------------------------------------------


def test_phoenix_cursor_paging_returns_every_item_once(phoenix: SpecServer) -> None:
    with client(phoenix) as c:
        ids = walk_cursor(c, RUNS, "data", "next_cursor", limit=3)
        assert ids == [f"run_{i:06d}" for i in range(1, 8)]
        everything = c.get(RUNS).json()  # no limit: Phoenix returns all
        assert len(everything["data"]) == 7 and everything["next_cursor"] is None
    assert [r.page for r in phoenix.requests] == [1, 2, 3, 1]
    assert len({r.connection for r in phoenix.requests}) == 1  # kept alive
    assert phoenix.violations == []


def test_unknown_path_params_get_404_without_violation(phoenix: SpecServer) -> None:
    with client(phoenix) as c:
        assert c.get("/v1/experiments/nope/runs").status_code == 404
    assert phoenix.violations == []


def test_arize_cursor_paging_with_has_more(spec_server: SpecServerFactory) -> None:
    server = spec_server("arize")
    items = server.make_items("list_experiment_runs", 5)
    server.add_collection("list_experiment_runs", items)
    with client(server) as c:
        first = c.get("/v2/experiments/e1/runs", params={"limit": 2}).json()
        pagination = first["pagination"]
        cursor_key = "nextCursor" if "nextCursor" in pagination else "next_cursor"
        more_key = "hasMore" if "hasMore" in pagination else "has_more"
        assert pagination[more_key] is True
        ids = walk_cursor(
            c, "/v2/experiments/e1/runs", "experiment_runs", f"pagination.{cursor_key}", limit=2
        )
        last = c.get("/v2/experiments/e1/runs", params={"limit": 5}).json()["pagination"]
    assert ids == [i["id"] for i in items]
    assert last[more_key] is False and cursor_key not in last
    assert server.violations == []


def test_arize_limit_over_max_is_refused(spec_server: SpecServerFactory) -> None:
    server = spec_server("arize")
    with client(server) as c:
        response = c.get("/v2/experiments/e1/runs", params={"limit": 501})
    assert response.status_code == 400
    assert response.headers["content-type"] == "application/problem+json"
    assert response.json()["status"] == 400
    assert len(server.violations) == 1


def test_humanloop_page_size_records(spec_server: SpecServerFactory) -> None:
    server = spec_server("humanloop")
    items = server.make_items("list_evaluations", 5)
    server.add_collection("list_evaluations", items)
    headers = {"X-API-KEY": KEY}
    seen: list[str] = []
    with client(server, headers) as c:
        for page in (1, 2, 3, 4):
            body = c.get("/evaluations", params={"file_id": "f", "page": page, "size": 2}).json()
            assert (body["page"], body["size"], body["total"]) == (page, 2, 5)
            seen += [r["id"] for r in body["records"]]
    assert seen == [i["id"] for i in items]
    assert server.violations == []


def test_humanloop_runs_are_one_page(spec_server: SpecServerFactory) -> None:
    server = spec_server("humanloop")
    items = server.make_items("list_runs_for_evaluation", 3)
    server.add_collection("list_runs_for_evaluation", items, path_params={"id": "ev_1"})
    with client(server, {"X-API-KEY": KEY}) as c:
        body = c.get("/evaluations/ev_1/runs").json()
    assert [r["id"] for r in body["runs"]] == ["run_000001", "run_000002", "run_000003"]
    assert server.base_url.endswith("/v5")
    assert server.violations == []


def test_respan_drf_envelope_follows_next(spec_server: SpecServerFactory) -> None:
    server = spec_server("respan")
    items = server.make_items("list_experiments", 5)
    server.add_collection("list_experiments", items)
    seen: list[str] = []
    with client(server) as c:
        url: str | None = server.base_url + "/experiments/list/?page_size=2"
        while url:
            body = c.get(url).json()
            assert body["count"] == 5
            seen += [e["id"] for e in body["results"]]
            url = body["next"]
        beyond = c.get("/experiments/list/", params={"page": 9, "page_size": 2})
    assert seen == [i["id"] for i in items]
    assert beyond.status_code == 404 and beyond.json() == {"detail": "Invalid page."}
    assert server.base_url.endswith("/api/v2")
    assert server.violations == []


def test_respan_bare_array_and_none_style(spec_server: SpecServerFactory) -> None:
    server = spec_server("respan")
    items = server.make_items("list_experiments", 3)
    server.add_collection("list_experiments", items, items_key="")
    with client(server) as c:
        page = c.get("/experiments/list/", params={"page": 2, "page_size": 2}).json()
        assert [e["id"] for e in page] == [items[2]["id"]]
        server.add_collection(
            "list_experiments", items, pagination={"style": "none", "items": [""]}
        )
        assert len(c.get("/experiments/list/").json()) == 3
    assert server.violations == []


# -- validation --------------------------------------------------------------------------


def test_missing_and_wrong_auth_are_violations(spec_server: SpecServerFactory) -> None:
    server = spec_server("respan")
    with client(server, {}) as c:
        missing = c.get("/experiments/list/")
        wrong = c.get("/experiments/list/", headers={"Authorization": "Bearer nope"})
    assert (missing.status_code, missing.json()) == (401, {"detail": "Missing API key"})
    assert (wrong.status_code, wrong.json()) == (401, {"detail": "Invalid API key"})
    assert [v.split(": ", 1)[1] for v in server.violations] == [
        "auth: Missing API key",
        "auth: Invalid API key",
    ]


def test_phoenix_auth_is_optional_unless_required(spec_server: SpecServerFactory) -> None:
    open_server = spec_server("phoenix")
    strict = spec_server("phoenix", auth_required=True)
    with client(open_server, {}) as c:
        assert c.get("/v1/experiments/e1").status_code == 200
    with client(strict, {}) as c:
        assert c.get("/v1/experiments/e1").status_code == 401
    assert open_server.violations == [] and len(strict.violations) == 1


def test_wrong_query_type_is_a_violation(phoenix: SpecServer) -> None:
    with client(phoenix) as c:
        response = c.get(RUNS, params={"limit": "many"})
    assert response.status_code == 422 and "limit" in response.text
    assert len(phoenix.violations) == 1 and "limit" in phoenix.violations[0]
    assert phoenix.requests[0].violations == phoenix.violations


def test_unknown_path_method_and_prefix(spec_server: SpecServerFactory) -> None:
    server = spec_server("respan")
    with client(server) as c:
        assert c.get("/nowhere/").status_code == 404
        assert c.put("/experiments/", json={}).status_code == 405
        assert httpx.get(server.origin + "/experiments/list/", headers=BEARER).status_code == 404
    assert len(server.violations) == 3


def test_bad_invalid_cursor_is_a_violation(phoenix: SpecServer) -> None:
    with client(phoenix) as c:
        assert c.get(RUNS, params={"cursor": "not-a-cursor"}).status_code == 422
    assert "cursor" in phoenix.violations[0]


def test_bad_server_data_is_caught(spec_server: SpecServerFactory) -> None:
    server = spec_server("phoenix")
    server.set_response("get_experiment", {"data": {"id": 1}})
    with client(server) as c:
        assert c.get("/v1/experiments/e1").status_code == 200
    assert len(server.violations) == 1
    assert "response 200 does not match the spec" in server.violations[0]


def test_request_body_is_validated_and_logged(spec_server: SpecServerFactory) -> None:
    server = spec_server("phoenix")
    good = {
        "dataset_example_id": "ex1",
        "output": "4",
        "repetition_number": 1,
        "start_time": "2025-01-01T00:00:00Z",
        "end_time": "2025-01-01T00:00:01Z",
    }
    with client(server) as c:
        assert c.post("/v1/experiments/e1/runs", json=good).status_code == 200
        bad = c.post("/v1/experiments/e1/runs", json={"output": "4"})
    assert bad.status_code == 422
    assert server.requests[0].json() == good
    assert server.requests[0].operation_id == "create_experiment_run"
    assert server.requests[0].path_params == {"experiment_id": "e1"}
    assert len(server.violations) == 1


def test_make_items_is_deterministic_and_ordered() -> None:
    spec = load_spec("phoenix")
    first = make_items(spec, "list_experiment_runs", 4, seed=3)
    assert first == make_items(spec, "list_experiment_runs", 4, seed=3)
    assert [i["id"] for i in first] == [f"run_{n:06d}" for n in range(1, 5)]
    assert make_items(spec, "#/components/schemas/ExperimentRun", 1, id_prefix="x")[0]["id"] == (
        "x_000001"
    )


def test_server_starts_in_milliseconds(spec_server: SpecServerFactory) -> None:
    start = time.perf_counter()
    server = spec_server("phoenix")
    assert httpx.get(server.base_url + "/v1/experiments/e1").status_code == 200
    assert time.perf_counter() - start < 1.0
    assert server.violations == []


# -- faults ------------------------------------------------------------------------------


def test_status_faults_apply_n_times_then_succeed(phoenix: SpecServer) -> None:
    phoenix.faults = FaultPlan(
        [
            status(429, headers={"Retry-After": "2"}).on_request(1),
            status(503).on_request(2, times=2),
        ]
    )
    with client(phoenix) as c:
        first = c.get(RUNS)
        codes = [c.get(RUNS).status_code for _ in range(3)]
    assert (first.status_code, first.headers["retry-after"]) == (429, "2")
    assert codes == [503, 503, 200]
    assert [r.fault for r in phoenix.requests] == ["status:429", "status:503", "status:503", None]
    assert phoenix.faults.remaining() == []
    assert phoenix.violations == []


@pytest.mark.parametrize(
    ("fault", "code", "ctype", "check"),
    [
        (html(500), 500, "text/html", lambda r: "<html>" in r.text),
        (html_502(), 502, "text/html", lambda r: "Bad Gateway" in r.text),
        (
            problem(409, "already there"),
            409,
            "application/problem+json",
            lambda r: set(r.json()) == {"type", "title", "status", "detail", "instance"},
        ),
        (
            fastapi_detail(404, "Experiment not found"),
            404,
            "application/json",
            lambda r: r.json() == {"detail": "Experiment not found"},
        ),
        (
            fastapi_validation(),
            422,
            "application/json",
            lambda r: set(r.json()["detail"][0]) == {"loc", "msg", "type"},
        ),
        (text(500, "boom"), 500, "text/plain", lambda r: r.text == "boom"),
        (empty(502), 502, None, lambda r: r.content == b""),
        (non_json(), 200, "text/html", lambda r: not r.text.startswith("{")),
        (status(500), 500, "text/plain", lambda r: r.text == "Internal Server Error"),
    ],
)
def test_error_body_faults(
    phoenix: SpecServer, fault: Any, code: int, ctype: str | None, check: Any
) -> None:
    phoenix.faults = FaultPlan([fault])
    with client(phoenix) as c:
        response = c.get(RUNS)
        after = c.get(RUNS)
    assert response.status_code == code
    assert response.headers.get("content-type", "").split(";")[0] == (ctype or "")
    assert check(response)
    assert after.status_code == 200
    assert phoenix.requests[0].fault == fault.label
    assert phoenix.violations == []


def test_reset_aborts_the_connection(phoenix: SpecServer) -> None:
    phoenix.faults = FaultPlan([reset()])
    with client(phoenix) as c:
        with pytest.raises((httpx.RemoteProtocolError, httpx.ReadError)):
            c.get(RUNS)
        assert c.get(RUNS).status_code == 200
    first, second = phoenix.requests
    assert (first.fault, first.status, second.fault) == ("reset", None, None)
    assert first.connection != second.connection


def test_close_after_answers_then_closes(phoenix: SpecServer) -> None:
    phoenix.faults = FaultPlan([close_after(500, {"detail": "oops"})])
    with client(phoenix) as c:
        first = c.get(RUNS)
        time.sleep(0.05)
        second = c.get(RUNS)
    assert (first.status_code, first.json()) == (500, {"detail": "oops"})
    assert "close" not in first.headers.get("connection", "")
    assert second.status_code == 200
    assert phoenix.requests[0].connection != phoenix.requests[1].connection


def test_delay_triggers_client_timeout(phoenix: SpecServer) -> None:
    phoenix.faults = FaultPlan([delay(1.0)])
    with client(phoenix, timeout=0.1) as c:
        with pytest.raises(httpx.ReadTimeout):
            c.get(RUNS)
        assert c.get(RUNS, timeout=10).status_code == 200  # the undelayed answer, on any load


def test_truncated_json(phoenix: SpecServer) -> None:
    phoenix.faults = FaultPlan([truncated_json()])
    with client(phoenix) as c:
        response = c.get(RUNS)
    assert response.status_code == 200 and response.headers["content-type"] == "application/json"
    with pytest.raises(json.JSONDecodeError):
        response.json()


def test_fault_on_page_hits_retries_of_that_page(phoenix: SpecServer) -> None:
    phoenix.faults = FaultPlan([status(503).on_page(2, times=2)])
    with client(phoenix) as c:
        token = c.get(RUNS, params={"limit": 3}).json()["next_cursor"]
        codes = [c.get(RUNS, params={"limit": 3, "cursor": token}).status_code for _ in range(3)]
    assert codes == [503, 503, 200]


def test_fault_predicate_and_operation(phoenix: SpecServer) -> None:
    phoenix.faults = FaultPlan(
        [
            status(500).on("get_experiment").repeat(None),
            status(418).when(lambda r: r.param("limit") == "1"),
        ]
    )
    with client(phoenix) as c:
        assert [c.get("/v1/experiments/e1").status_code for _ in range(2)] == [500, 500]
        assert c.get(RUNS, params={"limit": 2}).status_code == 200
        assert c.get(RUNS, params={"limit": 1}).status_code == 418


def test_repeat_cursor(phoenix: SpecServer) -> None:
    phoenix.faults = FaultPlan([repeat_cursor().on_page(2)])
    with client(phoenix) as c:
        token = c.get(RUNS, params={"limit": 3}).json()["next_cursor"]
        body = c.get(RUNS, params={"limit": 3, "cursor": token}).json()
    assert body["next_cursor"] == token and len(body["data"]) == 3
    assert phoenix.violations == []


def test_empty_page_with_cursor_loses_nothing(phoenix: SpecServer) -> None:
    phoenix.faults = FaultPlan([empty_page_with_cursor().on_page(2)])
    with client(phoenix) as c:
        ids = walk_cursor(c, RUNS, "data", "next_cursor", limit=3)
    assert ids == [f"run_{i:06d}" for i in range(1, 8)]
    assert [len(r.fault or "") > 0 for r in phoenix.requests] == [False, True, False, False]


def test_empty_pages_with_cursors_in_a_row_never_repeat_a_cursor(phoenix: SpecServer) -> None:
    # the fault must lose nothing: a cursor repeated by the fake would be a real loop (the
    # long fuzz met two in a row at one place and the pager rightly stopped)
    phoenix.faults = FaultPlan([empty_page_with_cursor().on_page(2, times=3)])
    with client(phoenix) as c:
        ids = walk_cursor(c, RUNS, "data", "next_cursor", limit=3)
    assert ids == [f"run_{i:06d}" for i in range(1, 8)]
    cursors = [r.param("cursor") for r in phoenix.requests if r.param("cursor")]
    assert len(cursors) == len(set(cursors)) == 5


def test_cursor_type_change_serves_an_integer_cursor(phoenix: SpecServer) -> None:
    phoenix.faults = FaultPlan([cursor_type_change()])
    with client(phoenix) as c:
        token = c.get(RUNS, params={"limit": 3}).json()["next_cursor"]
        assert isinstance(token, int)
        body = c.get(RUNS, params={"limit": 3, "cursor": token}).json()
    assert body["data"][0]["id"] == "run_000004"
    assert phoenix.violations == []


def test_has_more_without_cursor(spec_server: SpecServerFactory) -> None:
    server = spec_server("arize")
    server.add_collection("list_experiment_runs", server.make_items("list_experiment_runs", 3))
    server.faults = FaultPlan([has_more_without_cursor()])
    with client(server) as c:
        pagination = c.get("/v2/experiments/e1/runs", params={"limit": 1}).json()["pagination"]
    assert pagination.get("hasMore", pagination.get("has_more")) is True
    assert not ({"nextCursor", "next_cursor"} & {k for k, v in pagination.items() if v})


def test_paging_fault_on_page_style_is_a_loud_error(spec_server: SpecServerFactory) -> None:
    server = spec_server("respan")
    server.add_collection("list_experiments", server.make_items("list_experiments", 2))
    server.faults = FaultPlan([repeat_cursor()])
    with client(server) as c:
        assert c.get("/experiments/list/").status_code == 500
    assert "needs a cursor-paged operation" in server.violations[0]


def test_reset_clears_log_violations_and_faults(phoenix: SpecServer) -> None:
    phoenix.faults = FaultPlan([status(500).repeat(None)])
    with client(phoenix) as c:
        c.get(RUNS, params={"limit": "x"})
        c.get(RUNS)
        phoenix.reset()
        assert c.get(RUNS).status_code == 200
    assert [r.index for r in phoenix.requests] == [1]
    assert phoenix.violations == []
