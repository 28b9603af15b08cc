"""The facade builds each request itself (one URL parse instead of httpx's three); what it
sends must be exactly what ``httpx.Client.build_request`` would have built."""

from __future__ import annotations

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


def _both(client: _Base, operation: str, params: dict[str, Any]) -> tuple[Any, httpx.Request]:
    kwargs = client._request(client.vendor.operation(operation), params)
    return client._prebuilt(kwargs), client._http.build_request(**kwargs)


def _same(ours: httpx.Request, theirs: httpx.Request) -> None:
    assert ours.method == theirs.method
    assert ours.url == theirs.url
    assert ours.url.raw_path == theirs.url.raw_path
    assert ours.headers.multi_items() == theirs.headers.multi_items()
    assert ours.extensions == theirs.extensions
    assert ours.content == theirs.content == b""


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


def test_with_options_timeout_reaches_the_request() -> None:
    with evalclients.Phoenix(base_url="http://127.0.0.1:6006") as client:
        quick = client.with_options(timeout=1.5)
        ours, theirs = _both(quick, "list_experiment_runs", {"experiment_id": "e"})
        assert ours is not None
        _same(ours, theirs)
        assert ours.extensions["timeout"]["read"] == 1.5


def test_bodies_and_cookies_go_through_httpx() -> None:
    with evalclients.Phoenix(base_url="http://127.0.0.1:6006") as client:
        op = client.vendor.operation("create_experiment_run")
        kwargs = client._request(op, {"experiment_id": "e", "body": _run_body()})
        assert client._prebuilt(kwargs) is None  # a JSON body: httpx builds it
        client._http.cookies.set("lb", "1")  # a cookie to send back: httpx adds it
        ours, _ = _both(client, "list_experiment_runs", {"experiment_id": "e"})
        assert ours is None


def _run_body() -> Any:
    from evalclients_phoenix.models.create_experiment_run_request_body import (
        CreateExperimentRunRequestBody,
    )

    return CreateExperimentRunRequestBody.from_dict(
        {
            "dataset_example_id": "x",
            "output": 1,
            "repetition_number": 1,
            "start_time": "2025-01-01T00:00:00+00:00",
            "end_time": "2025-01-01T00:00:00+00:00",
        }
    )
