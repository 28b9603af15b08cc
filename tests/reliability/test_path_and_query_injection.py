"""Ids and query values that try to escape their place: ``/``, ``../``, ``?``, ``#``, ``%``,
spaces, unicode, CR/LF, ``.`` and ``..`` alone. On the wire (a real local server) each id
must be exactly one path segment that decodes back to the id, each query value must decode
back to itself, and nothing a caller passes may add a header.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from urllib.parse import unquote

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

import evalclients
from tests.fakeserver.server import DEFAULT_KEY, SpecServer
from tests.fakeserver.vendors import vendor_server
from tests.reliability._support import count, fuzz_settings

NASTY = [
    "..",
    ".",
    "../..",
    "a/../b",
    "../../admin",
    "x?limit=1",
    "x#frag",
    "100%",
    "%2e%2e",
    "%2F",
    "a b",
    "ü/ø/😀",
    "id\r\nX-Injected: 1",
    "\x00",
    "\\..\\",
    ";a=b",
    "x/",
    "/x",
]
IDS = st.text(min_size=1, max_size=40) | st.sampled_from(NASTY)


@pytest.fixture(scope="module")
def respan() -> Iterator[SpecServer]:
    server = vendor_server("respan")
    yield server
    server.stop()


@pytest.fixture(scope="module")
def phoenix() -> Iterator[SpecServer]:
    server = vendor_server("phoenix")
    yield server
    server.stop()


def _segments(raw_path: str, prefix: str) -> list[str]:
    assert raw_path.startswith(prefix + "/"), raw_path
    return raw_path[len(prefix) + 1 :].split("/")


@fuzz_settings(ci=150, long=5000)
@given(experiment_id=IDS, trace_id=IDS)
@example(experiment_id="..", trace_id=".")
@example(experiment_id="a/../b", trace_id="x?y#z")
def test_ids_are_one_path_segment_each(
    respan: SpecServer, experiment_id: str, trace_id: str
) -> None:
    count("injection: respan path ids (two per case)")
    client = evalclients.Respan(api_key=DEFAULT_KEY, base_url=respan.base_url, max_retries=0)
    before = len(respan.requests)
    try:
        client.call("retrieve_experiment_trace", experiment_id=experiment_id, log_id=trace_id)
    except evalclients.APIError:
        pass  # the fake answers from the spec; only the request matters here
    finally:
        client.close()
    (sent,) = respan.requests[before:]
    segments = _segments(sent.path, respan.prefix)
    assert len(segments) == 5, f"{sent.path!r} is not experiments/<id>/logs/<id>/"
    assert segments[0] == "experiments" and segments[2] == "logs" and segments[4] == ""
    assert [unquote(segments[1]), unquote(segments[3])] == [experiment_id, trace_id]
    assert sent.operation_id == "retrieve_experiment_trace"
    assert not any(k.startswith("x-injected") for k in sent.headers)
    assert respan.violations == []


@fuzz_settings(ci=60, long=2000)
@given(value=IDS)
def test_query_values_arrive_unchanged(phoenix: SpecServer, value: str) -> None:
    count("injection: phoenix query values")
    client = evalclients.Phoenix(base_url=phoenix.base_url, max_retries=0)
    before = len(phoenix.requests)
    try:
        next(iter(client.paginate("list_datasets", name=value, raw=True).by_page()))
    finally:
        client.close()
    (sent,) = phoenix.requests[before:]
    assert sent.path == phoenix.prefix + "/v1/datasets"
    assert sent.query.get("name") == [value]
    assert set(sent.query) <= {"name", "limit", "cursor"}
    assert phoenix.violations == []


def test_an_empty_id_is_refused_before_sending(respan: SpecServer) -> None:
    client = evalclients.Respan(api_key=DEFAULT_KEY, base_url=respan.base_url, max_retries=0)
    before = len(respan.requests)
    with pytest.raises(ValueError, match="empty"):
        client.experiment("")
    client.close()
    assert respan.requests[before:] == []


@pytest.mark.parametrize(
    "key", ["k\r\nX-Evil: 1", "k\nX", "k\rX", "k\x00", "ké\u2028", "k\x7f", "\tk"]
)
@pytest.mark.parametrize("vendor", ["arize", "humanloop", "respan", "phoenix"])
def test_header_injection_through_keys_is_a_configuration_error(vendor: str, key: str) -> None:
    count("injection: keys refused")
    with pytest.raises(evalclients.ConfigurationError) as info:
        evalclients.Client(vendor, api_key=key, base_url="http://127.0.0.1:1")
    assert key not in str(info.value)


def test_ids_never_reach_headers(respan: SpecServer) -> None:
    client = evalclients.Respan(api_key=DEFAULT_KEY, base_url=respan.base_url, max_retries=0)
    evil = "id\r\nAuthorization: Bearer stolen\r\nX-Injected: 1"
    before = len(respan.requests)
    with contextlib.suppress(evalclients.APIError):  # the request is what matters here
        client.experiment(evil)
    client.close()
    (sent,) = respan.requests[before:]
    assert sent.headers["authorization"] == f"Bearer {DEFAULT_KEY}"
    assert "x-injected" not in sent.headers and unquote(sent.path.split("/")[-2]) == evil
    assert respan.violations == []
