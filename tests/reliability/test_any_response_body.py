"""Any response body, to every GET operation the registry names, through a real local server.

Bodies are drawn from each operation's response schema (hypothesis-jsonschema over the
resolved spec) and then, most of the time, damaged: a required field dropped, a value of
the wrong type, extra fields, nulls, huge strings, deep nesting, invalid UTF-8, truncated
JSON, a non-2xx status. The facade must return the typed result for a spec-valid body and,
for anything else, either a result or an ``evalclients.APIError`` — never a bare
``KeyError``/``TypeError``/``AttributeError``/``ValueError``/``RecursionError``.
"""

from __future__ import annotations

import json
import warnings
from collections.abc import Callable, Iterator
from typing import Any

import jsonschema
import pytest
from hypothesis import given
from hypothesis import strategies as st

import evalclients
from evalclients.registry import get_vendor
from tests.fakeserver.server import SpecServer
from tests.fakeserver.vendors import cached_spec, credentials, required_args, vendor_server
from tests.reliability._support import JSON_VALUES, count, fuzz_settings, success_schema, values_for

VENDORS = ("arize", "phoenix", "humanloop", "respan", "braintrust", "langfuse")
GETS = [
    (vendor, name)
    for vendor in VENDORS
    for name, op in sorted(get_vendor(vendor).operations.items())
    if op.method == "GET"
]
MUTATIONS = (
    "drop_field",
    "wrong_type",
    "extra_fields",
    "null",
    "huge_string",
    "deep_nesting",
    "invalid_utf8",
    "truncated",
    "any_json",
    "error_status",
)
OTHER_TYPES: list[Any] = [0, -1, 2**70, 1.5, True, "s", "", [], {}, None, [None], {"": None}]
MARK = "\x00__evalclients_mark__"


@pytest.fixture(scope="module")
def servers() -> Iterator[Callable[[str], SpecServer]]:
    started: dict[str, SpecServer] = {}

    def get(vendor: str) -> SpecServer:
        if vendor not in started:
            started[vendor] = vendor_server(vendor)
        return started[vendor]

    yield get
    for server in started.values():
        server.stop()


def _paths(value: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    found = [prefix]
    if isinstance(value, dict):
        for key, child in value.items():
            found += _paths(child, (*prefix, key))
    elif isinstance(value, list):
        for i, child in enumerate(value):
            found += _paths(child, (*prefix, i))
    return found


def _replace(value: Any, path: tuple[Any, ...], new: Any) -> Any:
    if not path:
        return new
    head, rest = path[0], path[1:]
    if isinstance(value, dict):
        return {**value, head: _replace(value[head], rest, new)}
    copy = list(value)
    copy[head] = _replace(value[head], rest, new)
    return copy


def _delete(value: Any, path: tuple[Any, ...]) -> Any:
    head, rest = path[0], path[1:]
    if not rest:
        if isinstance(value, dict):
            return {k: v for k, v in value.items() if k != head}
        return [v for i, v in enumerate(value) if i != head]
    if isinstance(value, dict):
        return {**value, head: _delete(value[head], rest)}
    copy = list(value)
    copy[head] = _delete(value[head], rest)
    return copy


def mutate(data: st.DataObject, body: Any, kind: str) -> tuple[int, bytes]:
    """(status, raw body) for one mutation of a valid ``body``."""
    paths = _paths(body)
    pick = data.draw(st.sampled_from(paths), label="at")
    status = 200
    if kind == "drop_field":
        keyed = [p for p in paths if p and isinstance(p[-1], str)]
        if keyed:
            body = _delete(body, data.draw(st.sampled_from(keyed), label="drop"))
    elif kind == "wrong_type":
        body = _replace(body, pick, data.draw(st.sampled_from(OTHER_TYPES), label="as"))
    elif kind == "extra_fields":
        dicts = [p for p in paths if isinstance(_get(body, p), dict)] or [()]
        where = data.draw(st.sampled_from(dicts), label="in")
        extra = data.draw(st.dictionaries(st.text(max_size=12), JSON_VALUES, max_size=4))
        node = _get(body, where)
        body = _replace(body, where, {**extra, **node} if isinstance(node, dict) else extra)
    elif kind == "null":
        body = _replace(body, pick, None)
    elif kind == "huge_string":
        size = data.draw(st.sampled_from([10_000, 1_000_000, 5_000_000]), label="size")
        body = _replace(body, pick, "é" * size)
    elif kind == "deep_nesting":
        body = _replace(body, pick, MARK)
        depth = data.draw(st.sampled_from([50, 2_000, 100_000]), label="depth")
        opener = data.draw(st.sampled_from(["[", '{"a":']), label="nest")
        closer = "]" if opener == "[" else "}"
        raw = json.dumps(body).replace(json.dumps(MARK), opener * depth + "1" + closer * depth)
        return status, raw.encode()
    elif kind == "any_json":
        body = data.draw(JSON_VALUES, label="body")
    elif kind == "error_status":
        status = data.draw(st.sampled_from([400, 401, 403, 404, 409, 422, 429, 500, 503, 302]))
    raw_bytes = json.dumps(body).encode()
    if kind == "invalid_utf8":
        at = data.draw(st.integers(0, len(raw_bytes)), label="byte")
        bad = data.draw(st.sampled_from([b"\xff", b"\xc3", b"\xed\xa0\x80", b"\x80\x80"]))
        raw_bytes = raw_bytes[:at] + bad + raw_bytes[at:]
    elif kind == "truncated":
        raw_bytes = raw_bytes[: data.draw(st.integers(0, max(0, len(raw_bytes) - 1)), label="cut")]
    elif kind == "error_status" and data.draw(st.booleans(), label="deep error"):
        raw_bytes = b'{"detail":' + b"[" * 100_000 + b"]" * 100_000 + b"}"
    return status, raw_bytes


def _get(value: Any, path: tuple[Any, ...]) -> Any:
    for part in path:
        value = value[part]
    return value


def fetch(client: evalclients.Client, name: str, args: dict[str, Any]) -> Any:
    """Call the operation through the facade: the typed result, or the first typed page."""
    op = client.vendor.operation(name)
    if op.pagination is None:
        return client.call(name, **args)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", evalclients.IncompleteListWarning)
        return next(iter(client.paginate(name, **args).by_page()))


CASE_HEADER = "x-evalclients-test-case"
"""Sent by each test's client, so the shared server's log tells whose request it was."""


@pytest.mark.parametrize(("vendor", "name"), GETS, ids=[f"{v}.{n}" for v, n in GETS])
def test_any_body_gives_a_model_or_an_api_error(
    vendor: str, name: str, servers: Callable[[str], SpecServer]
) -> None:
    server = servers(vendor)
    server.violations  # noqa: B018 (read: what came before is another test's to check)
    start = len(server.requests)  # the server is shared by the vendor's operations
    case = f"{vendor}.{name}"
    op = get_vendor(vendor).operation(name)
    found = success_schema(cached_spec(vendor), op.method, op.path)
    assert found is not None, f"{vendor}.{name} has no success answer with a schema"
    code, schema, media = found
    is_json = "json" in media
    args = required_args(vendor, op)
    client = evalclients.Client(
        vendor, **credentials(vendor), base_url=server.base_url, max_retries=0, timeout=20
    ).with_options(extra_headers={CASE_HEADER: case})
    bodies = values_for(schema)
    validator = jsonschema.Draft202012Validator(schema)
    kinds = st.sampled_from(("valid", "valid", *MUTATIONS))

    @fuzz_settings(ci=40, long=1000)
    @given(body=bodies, kind=kinds, data=st.data())
    def check(body: Any, kind: str, data: st.DataObject) -> None:
        if kind == "valid" and not validator.is_valid(body):
            kind = "valid?"  # the small generator missed a constraint: no success demanded
        if not kind.startswith("valid"):
            status, raw = mutate(data, body, kind)
        elif is_json:
            status, raw = code, json.dumps(body).encode()
        else:
            status, raw = code, str(body).encode()
        ctype = "application/json" if is_json or not kind.startswith("valid") else media
        server.set_response(name, raw, status, content_type=ctype, validate=False)
        count(f"any body: {vendor}.{name} [{kind}]")
        try:
            result = fetch(client, name, args)
        except evalclients.APIError as exc:
            assert kind != "valid", f"a spec-valid body was refused: {exc!r}"
            assert str(exc)  # a readable message
            return
        except Exception as exc:  # the property: nothing else escapes
            raise AssertionError(
                f"{vendor}.{name} [{kind}] raised a bare {type(exc).__name__}: {exc!r}"[:2000]
            ) from exc
        if kind == "valid" and op.pagination is None and not op.result:
            assert result is not None

    try:
        check()
    finally:
        client.close()
    # A cursor or a last item's id is the server's own value, sent back as received even
    # where a drifted body broke its declared format (the server is the truth): not ours.
    paging = op.pagination or {}
    echoed = [f"query.{paging[k]}:" for k in ("after_param", "cursor_param") if k in paging]
    # This test's own requests: a page a listing test fetched ahead, abandoned when that test
    # took its first page and went on, can reach the shared server while this test runs.
    mine = [r for r in server.requests[start:] if r.headers.get(CASE_HEADER) == case]
    ours = [v for r in mine for v in r.violations if not any(mark in v for mark in echoed)]
    server.violations  # noqa: B018 (read: checked above, request by request)
    assert mine, "the server saw none of this test's requests"
    assert ours == [], "the facade sent requests the spec does not allow"
