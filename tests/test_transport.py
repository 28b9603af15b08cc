"""Retries, backoff, Retry-After, POST safety and key hygiene, with a fake clock (sync and async)."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

import httpx
import pytest

import evalclients
from evalclients import RetryPolicy, tolerance
from evalclients._defaults import SETTLE_AFTER_5XX

RUNS = "/v1/experiments/RXhwZXJpbWVudDox/runs"


class Clock:
    """Records sleeps instead of sleeping."""

    def __init__(self) -> None:
        self.sleeps: list[float] = []

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)

    async def async_sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)

    def policy(self, **kw: Any) -> RetryPolicy:
        return RetryPolicy(
            sleep=self.sleep,
            async_sleep=self.async_sleep,
            random=lambda: 0.0,
            now=lambda: 1_000_000.0,
            **kw,
        )


Handler = Callable[[httpx.Request], httpx.Response]


def scripted(*answers: Any) -> tuple[Handler, list[httpx.Request]]:
    """A handler answering in order: a Response, an exception to raise, or a status code."""
    seen: list[httpx.Request] = []
    queue = list(answers)

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        answer = queue.pop(0) if len(queue) > 1 else queue[0]
        if isinstance(answer, Exception):
            raise answer
        if isinstance(answer, int):
            return httpx.Response(answer, json={"detail": f"status {answer}"})
        return answer

    return handler, seen


def ok_page() -> httpx.Response:
    return httpx.Response(200, json={"data": [], "next_cursor": None})


def phoenix(handler: Handler, clock: Clock, **kw: Any) -> evalclients.Phoenix:
    http = httpx.Client(transport=httpx.MockTransport(handler))
    return evalclients.Phoenix(
        base_url="http://127.0.0.1:1", http_client=http, retry_policy=clock.policy(), **kw
    )


@pytest.mark.parametrize("status", [408, 429, 500, 502, 503, 504])
def test_retryable_statuses_are_retried_with_exponential_backoff(status: int) -> None:
    clock = Clock()
    handler, seen = scripted(status, status, ok_page())
    assert list(phoenix(handler, clock).experiment_runs("RXhwZXJpbWVudDox")) == []
    assert len(seen) == 3 and clock.sleeps == [0.5, 1.0]


@pytest.mark.parametrize("status", [400, 401, 403, 404, 409, 422])
def test_client_errors_are_not_retried(status: int) -> None:
    clock = Clock()
    handler, seen = scripted(status)
    with pytest.raises(evalclients.APIStatusError) as info:
        list(phoenix(handler, clock).experiment_runs("x"))
    assert info.value.status_code == status and len(seen) == 1 and clock.sleeps == []


def test_retries_exhausted_raise_the_last_error() -> None:
    clock = Clock()
    handler, seen = scripted(503)
    with pytest.raises(evalclients.InternalServerError):
        list(phoenix(handler, clock, max_retries=3).experiment_runs("x"))
    assert len(seen) == 4 and clock.sleeps == [0.5, 1.0, 2.0]


def test_retry_after_is_honoured_and_a_long_one_raises_instead_of_sleeping() -> None:
    clock = Clock()
    handler, seen = scripted(httpx.Response(429, headers={"Retry-After": "3"}), ok_page())
    list(phoenix(handler, clock).experiment_runs("x"))
    assert clock.sleeps == [3.0]
    clock = Clock()
    handler, seen = scripted(httpx.Response(429, headers={"Retry-After": "3600"}), ok_page())
    with pytest.raises(evalclients.RateLimitError) as info:
        list(phoenix(handler, clock).experiment_runs("x"))
    assert info.value.retry_after == 3600.0 and clock.sleeps == [] and len(seen) == 1


def test_connection_errors_and_timeouts_are_retried_then_mapped() -> None:
    clock = Clock()
    reset = httpx.RemoteProtocolError("Server disconnected without sending a response.")
    handler, seen = scripted(reset, httpx.ReadTimeout("slow"), ok_page())
    list(phoenix(handler, clock).experiment_runs("x"))
    assert len(seen) == 3
    handler, seen = scripted(httpx.ReadTimeout("slow"))
    with pytest.raises(evalclients.APITimeoutError):
        list(phoenix(handler, Clock()).experiment_runs("x"))
    handler, seen = scripted(httpx.ConnectError("refused"))
    with pytest.raises(evalclients.APIConnectionError) as info:
        list(phoenix(handler, Clock()).experiment_runs("x"))
    assert not isinstance(info.value, evalclients.APITimeoutError) and len(seen) == 3


def test_post_is_not_retried_unless_the_registry_declares_it_safe() -> None:
    from evalclients_phoenix.models import CreateExperimentRequestBody

    clock = Clock()
    handler, seen = scripted(503, 200)
    with pytest.raises(evalclients.InternalServerError):
        phoenix(handler, clock).call(
            "create_experiment", dataset_id="d", body=CreateExperimentRequestBody()
        )
    assert len(seen) == 1
    # create_experiment_run is declared retry_post (Phoenix refuses duplicates with 409)
    from evalclients_phoenix.models import CreateExperimentRunRequestBody as Run

    handler, seen = scripted(httpx.ReadError("reset"), httpx.Response(409, text="already"))
    body = Run.from_dict(
        {
            "dataset_example_id": "e",
            "output": 1,
            "repetition_number": 1,
            "start_time": "2026-01-01T00:00:00Z",
            "end_time": "2026-01-01T00:00:01Z",
        }
    )
    with pytest.raises(evalclients.ConflictError):
        phoenix(handler, Clock()).call("create_experiment_run", experiment_id="x", body=body)
    assert len(seen) == 2 and all(r.method == "POST" for r in seen)


def test_per_call_options_share_the_connection_pool() -> None:
    clock = Clock()
    handler, seen = scripted(503)
    client = phoenix(handler, clock)
    with pytest.raises(evalclients.InternalServerError):
        list(client.with_options(max_retries=0).experiment_runs("x"))
    assert len(seen) == 1
    with pytest.raises(evalclients.InternalServerError):
        list(client.experiment_runs("x"))
    assert len(seen) == 4


def test_the_key_is_sent_to_its_origin_only_even_across_redirects() -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        if request.url.host == "api.humanloop.com":
            return httpx.Response(302, headers={"Location": "https://evil.example/steal"})
        return httpx.Response(200, json={"runs": []})

    http = httpx.Client(transport=httpx.MockTransport(handler), follow_redirects=True)
    client = evalclients.Humanloop(api_key="hl-secret", http_client=http)
    assert list(client.evaluation_runs("ev_1")) == []
    assert seen[0].headers["X-API-KEY"] == "hl-secret"
    assert seen[1].url.host == "evil.example" and "X-API-KEY" not in seen[1].headers


def test_secrets_stay_out_of_logs_and_errors(caplog: pytest.LogCaptureFixture) -> None:
    handler, _ = scripted(httpx.Response(401, text="Invalid token sk-live-SECRET"))
    caplog.set_level(logging.DEBUG)
    client = evalclients.Respan(
        api_key="sk-live-SECRET", http_client=httpx.Client(transport=httpx.MockTransport(handler))
    )
    with pytest.raises(evalclients.AuthenticationError) as info:
        client.experiment("exp 1/..?#")
    request = info.value.response.request
    assert request.headers["Authorization"] == "Bearer sk-live-SECRET"
    assert request.url.raw_path == b"/api/v2/experiments/exp%201%2F..%3F%23/"
    logged = " ".join(r.getMessage() for r in caplog.records)
    shown = logged + repr(client) + repr(client.config) + str(info.value) + repr(info.value.body)
    assert "sk-live-SECRET" not in shown and "Invalid token ***" in str(info.value)


async def test_async_twin_retries_and_pages_the_same_way() -> None:
    clock = Clock()
    pages = [
        httpx.Response(200, json={"data": [{"id": "a"}], "next_cursor": "c1"}),
        httpx.Response(503),
        httpx.Response(200, json={"data": [{"id": "b"}], "next_cursor": None}),
    ]
    handler, seen = scripted(*pages)
    http = httpx.AsyncClient(transport=httpx.MockTransport(handler))
    async with evalclients.AsyncPhoenix(
        base_url="http://127.0.0.1:1", http_client=http, retry_policy=clock.policy()
    ) as client:
        items = [
            item
            async for item in client.paginate("list_experiment_runs", experiment_id="x", raw=True)
        ]
    assert [i["id"] for i in items] == ["a", "b"] and clock.sleeps == [0.5]
    assert [r.url.params.get("cursor") for r in seen] == [None, "c1", "c1"]
    assert not http.is_closed  # a caller's client is never closed by the facade


def test_decode_errors_are_api_errors() -> None:
    for body in (b'{"data": [', b"\xff\xfe", b'{"data": "nope", "next_cursor": null}', b"[]"):
        handler, _ = scripted(
            httpx.Response(200, content=body, headers={"content-type": "application/json"})
        )
        with pytest.raises(evalclients.APIError) as info:
            list(phoenix(handler, Clock()).experiment_runs("x"))
        assert isinstance(info.value, evalclients.ResponseDecodeError | evalclients.PaginationError)
    # A drifted item (wrong type, required fields absent) decodes with drift reported; only
    # strict mode refuses it (it used to be refused always: issue 14 changed that on purpose)
    drifted = httpx.Response(200, json={"data": [{"id": 1}], "next_cursor": None})
    handler, _ = scripted(drifted)
    tolerance._WARNED.clear()  # warned once per process: make this test's warning the first
    with pytest.warns(evalclients.DriftWarning):
        (run,) = list(phoenix(handler, Clock()).experiment_runs("x"))
    assert run.id == 1 and ("id", "type") in {(d.path, d.kind) for d in evalclients.drift(run)}
    handler, _ = scripted(drifted)
    strict = phoenix(handler, Clock()).with_options(strict=True)
    with pytest.raises(evalclients.ResponseDecodeError, match="does not fit the spec at data"):
        list(strict.experiment_runs("x"))


def test_after_a_5xx_a_dropped_connection_is_resent_only_when_retry_is_safe() -> None:
    from evalclients_phoenix.models import CreateExperimentRequestBody
    from evalclients_phoenix.models import CreateExperimentRunRequestBody as Run

    dropped = httpx.ReadError("[Errno 104] Connection reset by peer")
    run = Run.from_dict(
        {
            "dataset_example_id": "e",
            "output": 1,
            "repetition_number": 1,
            "start_time": "2026-01-01T00:00:00Z",
            "end_time": "2026-01-01T00:00:01Z",
        }
    )
    # a declared-safe POST (runs: Phoenix answers 409 to a duplicate) is resent at once
    clock = Clock()
    handler, seen = scripted(500, dropped, httpx.Response(200, json={"data": {"id": "r1"}}))
    client = phoenix(handler, clock, max_retries=0)
    with pytest.raises(evalclients.InternalServerError):
        client.call("create_experiment_run", experiment_id="x", body=run)
    client.call("create_experiment_run", experiment_id="x", body=run)
    assert len(seen) == 3 and clock.sleeps == [0.0]
    # a POST that is not safe to repeat is never resent: it waits for the close to land first
    clock = Clock()
    handler, seen = scripted(500, dropped)
    client = phoenix(handler, clock)
    with pytest.raises(evalclients.InternalServerError):
        client.call("create_experiment", dataset_id="d", body=CreateExperimentRequestBody())
    with pytest.raises(evalclients.APIConnectionError):
        client.call("create_experiment", dataset_id="d", body=CreateExperimentRequestBody())
    assert len(seen) == 2 and clock.sleeps == [SETTLE_AFTER_5XX]
    # with no 5xx before it, nothing waits
    clock = Clock()
    handler, seen = scripted(dropped)
    with pytest.raises(evalclients.APIConnectionError):
        phoenix(handler, clock).call(
            "create_experiment", dataset_id="d", body=CreateExperimentRequestBody()
        )
    assert len(seen) == 1 and clock.sleeps == []
