"""The facade sends its own body-less requests straight to its transport chain (one URL
parse instead of httpx.Client's three, no cookie wrapping when there are no cookies). What
goes on the wire, and what a caller sees of the answer, must be what ``httpx.Client`` gives."""

from __future__ import annotations

import asyncio
import json
import logging
from collections.abc import Callable
from typing import Any

import httpx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import evalclients
from evalclients.client import _Base

NASTY = ["..", ".", "a/../b", "x?limit=1", "x#frag", "100%", "%2F", "a b", "ü/ø/😀", ";a=b", "+&="]
TEXT = st.text(min_size=1, max_size=30) | st.sampled_from(NASTY)
VALUE = TEXT | st.integers() | st.booleans() | st.floats(allow_nan=False)
RUN = {
    "id": "r1",
    "experiment_id": "e",
    "dataset_example_id": "x",
    "repetition_number": 1,
    "start_time": "2025-01-01T00:00:00+00:00",
    "end_time": "2025-01-01T00:00:01+00:00",
    "output": {"answer": 42},
}
RUNS = json.dumps({"data": [RUN], "next_cursor": None}).encode()


def _both(client: _Base, operation: str, params: dict[str, Any]) -> tuple[Any, httpx.Request]:
    kwargs = client._request(client.vendor.operation(operation), params)
    return client._direct.build(kwargs), client._http.build_request(**kwargs)


def _same(ours: httpx.Request, theirs: httpx.Request, body: bool = False) -> None:
    assert ours.method == theirs.method
    assert ours.url == theirs.url
    assert ours.url.raw_path == theirs.url.raw_path
    assert ours.headers.multi_items() == theirs.headers.multi_items()
    assert ours.extensions == theirs.extensions
    assert ours.content == theirs.content
    assert bool(ours.content) is body


@pytest.mark.parametrize(
    "base_url", ["http://127.0.0.1:6006", "http://127.0.0.1:6006/", "http://127.0.0.1/p/q/"]
)
@settings(max_examples=60, deadline=None)
@given(experiment_id=TEXT, cursor=TEXT, limit=st.integers(min_value=1, max_value=10**6))
def test_paging_requests_match_httpx(
    base_url: str, experiment_id: str, cursor: str, limit: int
) -> None:
    with evalclients.Phoenix(base_url=base_url, timeout=7) as client:
        params = {"experiment_id": experiment_id, "cursor": cursor, "limit": limit}
        ours, theirs = _both(client, "list_experiment_runs", params)
        assert ours is not None
        _same(ours, theirs)


@settings(max_examples=60, deadline=None)
@given(file_id=TEXT, page=VALUE, size=VALUE)
def test_query_values_of_any_type_match_httpx(file_id: str, page: Any, size: Any) -> None:
    with evalclients.Humanloop(api_key="hl-key", base_url="https://h.example/v5") as client:
        params = {"file_id": file_id, "page": page, "size": size}
        ours, theirs = _both(client, "list_evaluations", params)
        assert ours is not None
        _same(ours, theirs)


LINKS = st.sampled_from(["http://127.0.0.1:6006/v1/x", "http://127.0.0.1:6006/p/q/runs"]).flatmap(
    lambda path: st.builds(lambda q: f"{path}?{q}" if q else path, TEXT | st.just(""))
)


@settings(max_examples=60, deadline=None)
@given(link=LINKS)
def test_next_page_link_requests_match_httpx(link: str) -> None:
    with evalclients.Phoenix(base_url="http://127.0.0.1:6006/p", timeout=7) as client:
        op = client.vendor.operation("list_experiment_runs")
        kwargs = client._link_request(op, {"experiment_id": "e"}, link)
        try:
            theirs = client._http.build_request(**kwargs)
        except httpx.InvalidURL:  # a control character in the link: refused alike
            with pytest.raises(httpx.InvalidURL):
                client._direct.build(kwargs)
            return
        ours = client._direct.build(kwargs)
        assert ours is not None
        _same(ours, theirs)
        kwargs["url"] = "ftp://127.0.0.1/x"  # not http(s): left to httpx (which refuses it)
        assert client._direct.build(kwargs) is None


JSON_VALUE = st.recursive(
    VALUE | st.none(),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(TEXT, inner, max_size=3),
)


@settings(max_examples=60, deadline=None)
@given(cursor=TEXT | st.none(), extra=JSON_VALUE, header=st.sampled_from(["", "x-trace"]))
def test_json_body_requests_match_httpx(cursor: str | None, extra: Any, header: str) -> None:
    with evalclients.Braintrust(
        api_key="bt-key", base_url="https://b.example", timeout=3
    ) as client:
        op = client.vendor.operation("post_experiment_id_fetch")
        body = {"limit": 100, "cursor": cursor, "extra": extra}
        args, _ = client._page_request(op, {"experiment_id": "e 1", "body": body})
        kwargs = client._extras(client._request(op, args))
        if header:  # a caller's extra header is merged as httpx merges it
            kwargs["headers"] = {
                **kwargs["headers"],
                header: "1",
                "content-type": "application/json",
            }
        try:
            theirs = client._http.build_request(**kwargs)
        except ValueError:  # infinity is not JSON: refused alike
            with pytest.raises(ValueError):
                client._direct.build(kwargs)
            return
        ours = client._direct.build(kwargs)
        assert ours is not None
        _same(ours, theirs, body=True)


def test_with_options_timeout_reaches_the_request() -> None:
    with evalclients.Phoenix(base_url="http://127.0.0.1:6006") as client:
        quick = client.with_options(timeout=1.5)
        ours, theirs = _both(quick, "list_experiment_runs", {"experiment_id": "e"})
        assert ours is not None
        _same(ours, theirs)
        assert ours.extensions["timeout"]["read"] == 1.5


def _serving(client: _Base, handler: Callable[[httpx.Request], Any]) -> None:
    """Answer the client's requests with ``handler`` below its retry/auth transport."""
    client._http._transport._wrapped = httpx.MockTransport(handler)  # type: ignore[attr-defined]


def test_bodies_hooks_cookies_and_a_callers_client_go_through_httpx() -> None:
    with evalclients.Phoenix(base_url="http://127.0.0.1:6006") as client:
        op = client.vendor.operation("create_experiment_run")
        kwargs = client._request(op, {"experiment_id": "e", "body": _run_body()})
        assert client._direct.build({**kwargs, "content": b"x"}) is None  # not JSON: httpx
        runs = {"experiment_id": "e"}
        assert _both(client, "list_experiment_runs", runs)[0] is not None
        client._http.event_hooks["request"].append(lambda r: None)
        assert _both(client, "list_experiment_runs", runs)[0] is None
        client._http.event_hooks["request"].clear()
        client._http.cookies.set("lb", "1")  # a cookie to send back: httpx adds it
        assert _both(client, "list_experiment_runs", runs)[0] is None
    own = httpx.Client(transport=httpx.MockTransport(lambda r: httpx.Response(200)))
    with evalclients.Phoenix(base_url="http://127.0.0.1:6006", http_client=own) as client:
        assert _both(client, "list_experiment_runs", runs)[0] is None


def test_a_direct_answer_looks_like_httpx_s(caplog: pytest.LogCaptureFixture) -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, content=RUNS, headers={"set-cookie": "lb=7; Path=/"})

    with evalclients.Phoenix(base_url="http://127.0.0.1:6006") as client:
        _serving(client, handler)
        with caplog.at_level(logging.INFO, logger="httpx"):
            assert [r.id for r in client.experiment_runs("e")] == ["r1"]
        (line,) = [r.getMessage() for r in caplog.records if r.name == "httpx"]
        assert line.startswith("HTTP Request: GET http://127.0.0.1:6006/v1/experiments/e/runs?")
        assert line.endswith('"HTTP/1.1 200 OK"')
        assert client._http.cookies["lb"] == "7"  # kept, as httpx.Client keeps it
        list(client.experiment_runs("e"))  # now sent back (through httpx.Client)
        assert "lb=7" in seen[-1].headers["cookie"]
        assert "cookie" not in seen[0].headers


def test_a_direct_answer_has_elapsed_and_its_request() -> None:
    with evalclients.Phoenix(base_url="http://127.0.0.1:6006") as client:
        _serving(client, lambda r: httpx.Response(404, json={"detail": "no such experiment"}))
        with pytest.raises(evalclients.NotFoundError) as caught:
            list(client.experiment_runs("gone"))
        response = caught.value.response
        assert response is not None
        assert response.elapsed.total_seconds() >= 0
        assert response.request.url.path == "/v1/experiments/gone/runs"


def test_a_transport_error_names_the_url() -> None:
    def refuse(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("refused")  # raised without a request, as httpcore's are

    with evalclients.Phoenix(base_url="http://127.0.0.1:6006", max_retries=0) as client:
        _serving(client, refuse)
        with pytest.raises(evalclients.APIConnectionError) as caught:
            list(client.experiment_runs("e"))
        assert "/v1/experiments/e/runs" in str(caught.value.url)


def test_a_closed_client_refuses_like_httpx() -> None:
    client = evalclients.Phoenix(base_url="http://127.0.0.1:6006")
    client.close()
    with pytest.raises(RuntimeError, match="client has been closed"):
        list(client.experiment_runs("e"))


def test_the_async_twin_sends_directly_too() -> None:
    async def main() -> list[str]:
        async with evalclients.AsyncPhoenix(base_url="http://127.0.0.1:6006") as client:
            _serving(client, lambda r: httpx.Response(200, content=RUNS))
            kwargs = client._request(
                client.vendor.operation("list_experiment_runs"), {"experiment_id": "e"}
            )
            assert client._direct.build(kwargs) is not None
            return [r.id async for r in client.experiment_runs("e")]

    assert asyncio.run(main()) == ["r1"]


def _run_body() -> Any:
    from evalclients_phoenix.models.create_experiment_run_request_body import (
        CreateExperimentRunRequestBody,
    )

    return CreateExperimentRunRequestBody.from_dict(
        {
            k: RUN[k]
            for k in ("dataset_example_id", "output", "repetition_number", "start_time", "end_time")
        }
    )
