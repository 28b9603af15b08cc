"""Spec-valid pages, drifted: every listing still yields all its items, typed, and says so.

Pages are drawn from each list operation's response schema, then one item is drifted: a
required field dropped, an enum value the spec does not list, every key switched to the other
casing, or a value replaced by one of another JSON type (checked invalid against the field's
schema). Outside strict mode the page must decode with as many items as the body holds and
the drift must be reported under that item; in strict mode the same page must raise
``ResponseDecodeError``. ``make fuzz`` runs this with long settings.
"""

from __future__ import annotations

import re
import warnings
from collections.abc import Callable, Iterator
from typing import Any

import jsonschema
import pytest
from hypothesis import given
from hypothesis import strategies as st

import evalclients
from evalclients.pagination import MISSING, lookup
from evalclients.registry import get_vendor
from tests.fakeserver.server import SpecServer
from tests.fakeserver.vendors import cached_spec, credentials, required_args, vendor_server
from tests.reliability._support import count, fuzz_settings, success_schema, values_for

VENDORS = ("arize", "phoenix", "humanloop", "respan", "braintrust", "langfuse")
LISTS = [
    (vendor, name)
    for vendor in VENDORS
    for name, op in sorted(get_vendor(vendor).operations.items())
    if op.method == "GET" and op.pagination is not None
]
DRIFTS = ("drop_required", "new_enum_value", "switch_casing", "other_type")
OTHER_TYPES: list[Any] = [12345, "12", 1.5, True, [1], {"x": 1}, None]


def _camel(key: str) -> str:
    head, *rest = key.split("_")
    return head + "".join(part[:1].upper() + part[1:] for part in rest)


def _snake(key: str) -> str:
    return re.sub(r"(?<=[a-z0-9])([A-Z])", r"_\1", key).lower()


def _alternatives(node: Any) -> list[Any]:
    if not isinstance(node, dict):
        return []
    for key in ("anyOf", "oneOf"):
        if key in node:
            return [alt for option in node[key] for alt in _alternatives(option)]
    return [node]


def _items_schema(schema: Any, paths: list[str]) -> tuple[str, Any] | None:
    """The first items path of the registry that the page schema declares, and its items."""
    for path in paths:
        nodes = _alternatives(schema)
        for part in [p for p in path.split(".") if p]:
            nodes = [
                alt
                for node in nodes
                for alt in _alternatives((node.get("properties") or {}).get(part))
            ]
        for node in nodes:
            if node.get("type") == "array" and isinstance(node.get("items"), dict):
                return path, node["items"]
    return None


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


def drift_item(
    data: st.DataObject, item: dict[str, Any], schema: Any, kind: str, two_cases: bool
) -> dict[str, Any] | None:
    """``item`` drifted by ``kind``; None when this item offers no place for that drift."""
    props: dict[str, Any] = schema.get("properties") or {}
    required = [k for k in schema.get("required") or [] if k in item and k in props]
    if kind == "drop_required":
        if not required:
            return None
        gone = data.draw(st.sampled_from(required), label="drop")
        return {k: v for k, v in item.items() if k != gone}
    if kind == "new_enum_value":
        enums = [k for k in item if "enum" in (props.get(k) or {})]
        if not enums:
            return None
        key = data.draw(st.sampled_from(enums), label="enum field")
        return {**item, key: "zz-not-in-the-spec"}
    if kind == "switch_casing":
        switched = {(_camel(k) if "_" in k else _snake(k)): v for k, v in item.items()}
        changed = [k for k in item if k in props and k not in switched]
        if not changed or not (two_cases or set(changed) & set(required)):
            return None  # only optional fields renamed, for a one-casing vendor: unknown keys
        return switched
    checkable = [k for k in item if props.get(k)]
    if not checkable:
        return None
    key = data.draw(st.sampled_from(checkable), label="retyped field")
    value = data.draw(st.sampled_from(OTHER_TYPES), label="as")
    if jsonschema.Draft202012Validator(props[key]).is_valid(value):
        return None  # still valid there: no drift to report
    return {**item, key: value}


@pytest.mark.parametrize(("vendor", "name"), LISTS, ids=[f"{v}.{n}" for v, n in LISTS])
def test_drifted_pages_yield_every_item_and_report_it(
    vendor: str, name: str, servers: Callable[[str], SpecServer]
) -> None:
    server = servers(vendor)
    op = get_vendor(vendor).operation(name)
    assert op.pagination is not None
    found = success_schema(cached_spec(vendor), op.method, op.path)
    assert found is not None
    _code, schema, _media = found
    located = _items_schema(schema, op.pagination["items"])
    assert located is not None, f"{vendor}.{name}: no items path in the page schema"
    items_path, item_schema = located
    validator = jsonschema.Draft202012Validator(schema)
    two_cases = len(get_vendor(vendor).field_case) > 1
    args = required_args(vendor, op)
    lenient = evalclients.Client(
        vendor, **credentials(vendor), base_url=server.base_url, max_retries=0, timeout=20
    )
    strict = lenient.with_options(strict=True)

    @fuzz_settings(ci=25, long=600)
    @given(page=values_for(schema), kind=st.sampled_from(DRIFTS), data=st.data())
    def check(page: Any, kind: str, data: st.DataObject) -> None:
        items = lookup(page, items_path) if isinstance(page, dict) or not items_path else MISSING
        if not validator.is_valid(page) or not isinstance(items, list) or not items:
            return
        at = data.draw(st.integers(0, len(items) - 1), label="item")
        if not isinstance(items[at], dict):
            return
        drifted = drift_item(data, items[at], item_schema, kind, two_cases)
        if drifted is None:
            return
        items[at] = drifted
        # the page's own cursor fields stay: only the first page is read
        server.set_response(name, page, validate=False)
        count(f"drifted page: {vendor}.{name} [{kind}]")
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", evalclients.DriftWarning)
            warnings.simplefilter("ignore", evalclients.IncompleteListWarning)
            got = next(iter(lenient.paginate(name, **args).by_page()))
        assert len(got.items) == len(items)
        assert all(type(i).__module__.startswith(f"evalclients_{vendor}.") for i in got.items)
        where = [d for d in evalclients.drift(got.items) if d.path.startswith(f"[{at}]")]
        assert where, f"{kind} of item {at} was not reported: {drifted!r}"[:2000]
        if all(d.kind == "casing" for d in where):
            return  # a casing the vendor declares (Arize AX) is not refused by strict mode
        with pytest.raises(evalclients.ResponseDecodeError):
            next(iter(strict.paginate(name, **args).by_page()))

    try:
        check()
    finally:
        lenient.close()
