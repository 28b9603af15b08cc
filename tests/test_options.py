"""One validation for keys, base URLs and options (constructor, ``with_options``, per call);
options reach ``.api``; an explicit ``retry_policy`` wins; HTTP Basic; raw responses."""

from __future__ import annotations

import asyncio
import base64
import json
import math
from collections.abc import Callable
from typing import Any

import httpx
import pytest

import evalclients
from evalclients import ConfigurationError, RetryPolicy
from evalclients.client import _Base

EXPERIMENT = {
    "id": "e1",
    "dataset_id": "d",
    "dataset_version_id": "v",
    "repetitions": 1,
    "metadata": {},
    "project_name": None,
    "description": None,
    "name": "exp",
    "created_at": "2025-01-01T00:00:00+00:00",
    "updated_at": "2025-01-01T00:00:00+00:00",
    "example_count": 1,
    "successful_run_count": 1,
    "failed_run_count": 0,
    "missing_run_count": 0,
}
NO_SLEEP = RetryPolicy(sleep=lambda _: None)


def _mock(client: _Base, handler: Callable[[httpx.Request], httpx.Response]) -> list[httpx.Request]:
    """Route the client's (shared) transport chain to ``handler``; the requests it saw."""
    seen: list[httpx.Request] = []

    def record(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return handler(request)

    client._transport._wrapped = httpx.MockTransport(record)
    return seen


def _one_line(exc: BaseException) -> str:
    text = str(exc)
    assert "\n" not in text and text, text
    return text


# --- keys ---------------------------------------------------------------------------------

KEY = "sk-test-Zq7f3a9-options"


@pytest.mark.parametrize(
    ("key", "why"),
    [
        (KEY[:6] + "\u2019" + KEY[6:], "non-ASCII character"),
        (KEY[:6] + " " + KEY[6:], "whitespace"),
        (KEY[:6] + "\u00a0" + KEY[6:], "whitespace"),
        (KEY + "\n", "control characters"),
        (KEY[:6] + "\t" + KEY[6:], "control characters"),
        ("", "is empty"),
    ],
)
def test_bad_keys_are_refused_at_construction_without_showing_them(key: str, why: str) -> None:
    with pytest.raises(ConfigurationError, match=why) as info:
        evalclients.Respan(api_key=key)
    text = _one_line(info.value)
    assert KEY[6:12] not in text + repr(info.value.args)


def test_a_bad_key_from_the_environment_names_the_variable(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("RESPAN_API_KEY", KEY + "\u2019")
    with pytest.raises(ConfigurationError, match=r"^RESPAN_API_KEY contains a non-ASCII") as info:
        evalclients.Respan()
    assert KEY not in str(info.value)


# --- options -------------------------------------------------------------------------------

BAD_TIMEOUTS: list[Any] = [-5, 0, math.nan, math.inf, -math.inf, "slow", True]
BAD_RETRIES: list[Any] = [-1, 1.5, math.nan, math.inf, "2", True]


@pytest.mark.parametrize("timeout", BAD_TIMEOUTS)
def test_bad_timeouts_are_refused_everywhere_in_one_line(timeout: Any) -> None:
    with pytest.raises(ConfigurationError, match=r"^timeout must be") as info:
        evalclients.Phoenix(timeout=timeout)
    _one_line(info.value)
    client = evalclients.Phoenix()
    with pytest.raises(ConfigurationError, match=r"^timeout must be"):
        client.with_options(timeout=timeout)
    with pytest.raises(ConfigurationError, match=r"^timeout must be"):
        client.call("get_experiment", experiment_id="e", timeout=timeout)
    with pytest.raises(ConfigurationError, match=r"^timeout must be"):
        client.paginate("list_experiment_runs", experiment_id="e", timeout=timeout)
    with pytest.raises(ConfigurationError, match=r"^timeout.read must be"):
        evalclients.Phoenix(timeout=httpx.Timeout(5, read=-1))


@pytest.mark.parametrize("retries", BAD_RETRIES)
def test_bad_retry_counts_are_refused_everywhere_in_one_line(retries: Any) -> None:
    with pytest.raises(ConfigurationError, match=r"^max_retries must be") as info:
        evalclients.Phoenix(max_retries=retries)
    _one_line(info.value)
    client = evalclients.Phoenix()
    with pytest.raises(ConfigurationError, match=r"^max_retries must be"):
        client.with_options(max_retries=retries)
    with pytest.raises(ConfigurationError, match=r"^max_retries must be"):
        client.experiment("e", max_retries=retries)
    with pytest.raises(ConfigurationError, match=r"^retry_policy.max_retries must be"):
        evalclients.Phoenix(retry_policy=RetryPolicy(max_retries=retries))


def test_an_explicit_retry_policy_wins_over_the_default_budget() -> None:
    client = evalclients.Phoenix(retry_policy=RetryPolicy(max_retries=5, sleep=lambda _: None))
    seen = _mock(client, lambda _: httpx.Response(503))
    with pytest.raises(evalclients.InternalServerError):
        client.experiment("e")
    assert len(seen) == 6
    assert client.config.max_retries == 5
    # max_retries= given as well: it sets the budget of that policy
    other = evalclients.Phoenix(retry_policy=RetryPolicy(max_retries=5), max_retries=1)
    assert other._policy.max_retries == 1


def test_with_options_reaches_the_generated_client() -> None:
    from evalclients_phoenix.api.experiments import get_experiment

    client = evalclients.Phoenix(retry_policy=NO_SLEEP, timeout=30)
    seen = _mock(client, lambda _: httpx.Response(503))
    get_experiment.sync_detailed("e", client=client.api)
    assert len(seen) == 3  # the client's own budget: 2 retries
    assert seen[0].extensions["timeout"]["read"] == 30
    seen.clear()
    fast = client.with_options(max_retries=0, timeout=1, extra_headers={"X-Team": "evals"})
    get_experiment.sync_detailed("e", client=fast.api)
    assert len(seen) == 1
    assert seen[0].extensions["timeout"]["read"] == 1
    assert seen[0].headers["x-team"] == "evals"
    seen.clear()
    get_experiment.sync_detailed("e", client=client.api)  # the parent is unchanged
    assert len(seen) == 3 and "x-team" not in seen[0].headers


def test_per_call_options_on_call_paginate_and_helpers() -> None:
    client = evalclients.Phoenix(retry_policy=NO_SLEEP)
    page = {"data": [], "next_cursor": None}
    seen = _mock(
        client,
        lambda r: httpx.Response(
            200, json={"data": EXPERIMENT} if "runs" not in r.url.path else page
        ),
    )
    client.experiment("e1", extra_headers={"X-A": "1"}, extra_query={"q": "2"}, timeout=3)
    assert seen[-1].headers["x-a"] == "1" and seen[-1].url.params["q"] == "2"
    assert seen[-1].extensions["timeout"]["read"] == 3
    client.call("get_experiment", experiment_id="e1", extra_headers={"X-B": "1"})
    assert seen[-1].headers["x-b"] == "1" and "x-a" not in seen[-1].headers
    list(client.paginate("list_experiment_runs", experiment_id="e1", extra_query={"z": "1"}))
    assert seen[-1].url.params["z"] == "1" and seen[-1].url.params["limit"]
    list(client.experiment_runs("e1", timeout=2))
    assert seen[-1].extensions["timeout"]["read"] == 2
    with pytest.raises(ConfigurationError, match="control characters"):
        client.experiment("e1", extra_headers={"X-A": "1\r\nX-Evil: 1"})


def test_extra_headers_never_replace_the_key_on_its_origin() -> None:
    client = evalclients.Phoenix(api_key=KEY, retry_policy=NO_SLEEP)
    seen = _mock(client, lambda _: httpx.Response(200, json={"data": EXPERIMENT}))
    client.experiment("e1", extra_headers={"Authorization": "Bearer other"})
    assert seen[-1].headers["authorization"] == f"Bearer {KEY}"


# --- base URLs -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("url", "why"),
    [
        (" http://localhost:6006", "surrounding whitespace"),
        ("http://localhost:6006\n", "surrounding whitespace"),
        ("http://local host:6006", "whitespace or control characters"),
        ("http://localhost:6006?x=1", "query string"),
        ("http://localhost:6006/#top", "fragment"),
        ("ftp://localhost:6006", "http:// or https://"),
        ("localhost:6006", "http:// or https://"),
        ("http://localhost:99999", "invalid port"),
        ("http://localhost:0", "invalid port"),
        ("http://localhost:port", "invalid port"),
        ("http://", "no host"),
        ("http://[::1", "not a valid URL"),
    ],
)
def test_bad_base_urls_are_one_line_configuration_errors(url: str, why: str) -> None:
    with pytest.raises(ConfigurationError, match=why) as info:
        evalclients.Phoenix(base_url=url)
    _one_line(info.value)


def test_user_info_is_refused_and_never_shown() -> None:
    with pytest.raises(ConfigurationError, match="user info") as info:
        evalclients.Phoenix(base_url="https://admin:hunter2-pw@phoenix.example.com")
    assert "hunter2" not in str(info.value) and "***@phoenix.example.com" in str(info.value)


def test_a_bad_base_url_from_the_environment_names_the_variable(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("PHOENIX_BASE_URL", "http://localhost:6006 ")
    with pytest.raises(ConfigurationError, match=r"^PHOENIX_BASE_URL has surrounding whitespace"):
        evalclients.Phoenix()


@pytest.mark.parametrize(
    ("vendor", "given", "expected"),
    [
        ("humanloop", "https://api.humanloop.com", "https://api.humanloop.com/v5"),
        ("humanloop", "https://api.humanloop.com/v5/", "https://api.humanloop.com/v5"),
        ("humanloop", "http://127.0.0.1:8080", "http://127.0.0.1:8080/v5"),
        ("respan", "https://api.respan.ai", "https://api.respan.ai/api/v2"),
        ("respan", "https://api.respan.ai/api/v2", "https://api.respan.ai/api/v2"),
        ("arize", "https://api.arize.com/v2", "https://api.arize.com"),
        ("phoenix", "http://localhost:6006/v1", "http://localhost:6006"),
    ],
)
def test_a_path_prefix_is_accepted_with_or_without_it(
    vendor: str, given: str, expected: str
) -> None:
    client = evalclients.Client(vendor, api_key="k", base_url=given)
    assert client.config.base_url == expected


def test_another_path_gets_a_404_hint_naming_the_prefix() -> None:
    client = evalclients.Respan(
        api_key="k", base_url="https://proxy.example.com/api", retry_policy=NO_SLEEP
    )
    assert client.config.base_url == "https://proxy.example.com/api"
    _mock(client, lambda _: httpx.Response(404, text="404 Not Found"))
    with pytest.raises(evalclients.NotFoundError) as info:
        client.experiment("x")
    assert "Respan's API lives under /api/v2" in _one_line(info.value)


# --- HTTP Basic ----------------------------------------------------------------------------


def _basic_vendor(monkeypatch: pytest.MonkeyPatch) -> None:
    """Phoenix's registry entry with HTTP Basic auth: no vendor in the registry has it yet."""
    import dataclasses

    from evalclients import registry

    phoenix = registry.get_vendor("phoenix")
    basic = dataclasses.replace(
        phoenix,
        name="basicvendor",
        auth={"scheme": "basic", "username_env": "BASIC_PUBLIC_KEY", "required": True},
        api_key_env="BASIC_SECRET_KEY",
    )
    monkeypatch.setattr(registry, "get_vendor", lambda name: basic)
    monkeypatch.setattr("evalclients.client.get_vendor", lambda name: basic)


def test_basic_auth_sends_username_and_secret_only_to_the_origin(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _basic_vendor(monkeypatch)
    monkeypatch.delenv("BASIC_PUBLIC_KEY", raising=False)
    monkeypatch.delenv("BASIC_SECRET_KEY", raising=False)
    with pytest.raises(ConfigurationError, match="needs an API key"):
        evalclients.Client("basicvendor")
    with pytest.raises(ConfigurationError, match=r"needs a username: .*BASIC_PUBLIC_KEY"):
        evalclients.Client("basicvendor", api_key=KEY)
    with pytest.raises(ConfigurationError, match="must not contain ':'"):
        evalclients.Client("basicvendor", api_key=KEY, username="pk:x")
    monkeypatch.setenv("BASIC_PUBLIC_KEY", "pk-lf-123")
    client = evalclients.Client("basicvendor", api_key=KEY, retry_policy=NO_SLEEP)
    expected = "Basic " + base64.b64encode(f"pk-lf-123:{KEY}".encode()).decode()
    assert client.config.auth_headers() == {"Authorization": expected}
    seen = _mock(client, lambda _: httpx.Response(200, json={"data": EXPERIMENT}))
    client.call("get_experiment", experiment_id="e1")
    client._http.get("http://elsewhere.example/x")  # another origin (as after a redirect)
    assert seen[0].headers["authorization"] == expected
    assert "authorization" not in seen[1].headers
    assert KEY not in repr(client) + repr(client.config) + repr(vars(client))


def test_username_is_refused_where_the_vendor_has_no_basic_auth() -> None:
    with pytest.raises(ConfigurationError, match="takes no username"):
        evalclients.Respan(api_key="k", username="u")


# --- raw responses -------------------------------------------------------------------------


def test_raw_responses_sync_and_async() -> None:
    headers = {"x-request-id": "req-42", "content-type": "application/json"}
    body = json.dumps({"data": EXPERIMENT}).encode()
    client = evalclients.Phoenix(retry_policy=NO_SLEEP)
    _mock(client, lambda _: httpx.Response(200, headers=headers, content=body))
    raw = client.with_raw_response.experiment("e1")
    assert (raw.status_code, raw.request_id, raw.parse().id) == (200, "req-42", "e1")
    raw = client.with_raw_response.call("get_experiment", experiment_id="e1")
    assert raw.headers["content-type"] == "application/json" and raw.parsed.id == "e1"
    with pytest.raises(AttributeError, match="by_page"):
        client.with_raw_response.experiment_runs  # noqa: B018

    async def run() -> None:
        aclient = evalclients.AsyncPhoenix(retry_policy=NO_SLEEP)
        _mock(aclient, lambda _: httpx.Response(200, headers=headers, content=body))
        raw = await aclient.with_raw_response.experiment("e1")
        assert (raw.status_code, raw.request_id, raw.parsed.id) == (200, "req-42", "e1")
        await aclient.close()

    asyncio.run(run())


# --- cheap clients -------------------------------------------------------------------------


def test_no_tls_context_until_an_https_request_needs_one(monkeypatch: pytest.MonkeyPatch) -> None:
    import ssl

    made: list[object] = []
    real = ssl.create_default_context

    def counting(*args: Any, **kwargs: Any) -> ssl.SSLContext:
        made.append(kwargs)
        return real(*args, **kwargs)

    monkeypatch.setattr(ssl, "create_default_context", counting)
    client = evalclients.Respan(api_key="k", base_url="https://api.respan.ai/api/v2")
    local = evalclients.Phoenix(base_url="http://127.0.0.1:9")
    assert made == []
    with pytest.raises(evalclients.APIConnectionError):
        local.with_options(max_retries=0).experiment("e")
    assert made == []  # plain http loads no CA bundle
    with pytest.raises(httpx.ConnectError):  # the first https request builds the TLS pool
        client._transport._wrapped.handle_request(httpx.Request("GET", "https://127.0.0.1:9/"))
    assert len(made) == 1


def test_a_client_imports_no_generated_operations_or_models_and_no_typing_extensions() -> None:
    """Building a named client imports its generated package's facade module (the named
    class lives there) and the small runtime it needs (generated client, types, drift), but
    none of the generated operations (``.api``) or models (``.models``): they load on first use.
    """
    import subprocess
    import sys

    code = (
        "import sys, evalclients\n"
        "evalclients.Phoenix(base_url='http://127.0.0.1:9')\n"
        "evalclients.Respan(api_key='k')\n"
        "print(' '.join(sorted(m for m in sys.modules if m.startswith(('evalclients_', 'typing_ext')))))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    loaded = out.stdout.split()
    assert {"evalclients_phoenix.facade", "evalclients_respan.facade"} <= set(loaded), out.stderr
    heavy = [
        m
        for m in loaded
        if m.startswith("typing_ext") or m.split(".")[1:2] in (["api"], ["models"])
    ]
    assert heavy == [], heavy


def test_with_options_reaches_the_async_generated_client() -> None:
    from evalclients_phoenix.api.experiments import get_experiment

    async def run() -> list[httpx.Request]:
        client = evalclients.AsyncPhoenix(retry_policy=NO_SLEEP)
        seen = _mock(client, lambda _: httpx.Response(503))
        await get_experiment.asyncio_detailed("e", client=client.with_options(max_retries=0).api)
        await get_experiment.asyncio_detailed("e", client=client.api)
        await client.close()
        return seen

    assert len(asyncio.run(run())) == 1 + 3
