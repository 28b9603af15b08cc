"""The vendors' own published example bodies (tests/corpus/<vendor>/, sources in its README)
read typed through the facade: no exception, and a listing yields as many items as the body
holds. Several of these differ from their spec (absent required fields, the other key
casing, values of another type): they decode with drift reported, never refused.
"""

from __future__ import annotations

import inspect
import json
import typing
import warnings
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

import evalclients
from evalclients.pagination import MISSING, lookup
from evalclients.registry import get_vendor
from tests.fakeserver.server import SpecServer
from tests.fakeserver.vendors import credentials, required_args, vendor_server

CORPUS = Path(__file__).parent / "corpus"
# <operation>--<slug>.json is an answer; <operation>--<slug>.request.json, when a POST needs a
# body, the request the same page shows (the fake server checks requests against the spec)
BODIES = sorted(p for p in CORPUS.glob("*/*.json") if not p.name.endswith(".request.json"))


def _case(path: Path) -> tuple[str, str]:
    return path.parent.name, path.stem.split("--", 1)[0]


def _args(vendor: str, op: Any, path: Path) -> dict[str, Any]:
    """Required arguments of the operation; a required request body is the one published
    next to the answer, else an empty one."""
    params = inspect.signature(op.module.build_request).parameters
    args = required_args(vendor, op)
    if "body" in params and params["body"].default is inspect.Parameter.empty:
        body_type = typing.get_type_hints(op.module.build_request)["body"]
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", evalclients.DriftWarning)
            request = path.with_name(f"{path.stem}.request.json")
            sent = json.loads(request.read_text(encoding="utf-8")) if request.is_file() else {}
            args["body"] = body_type.from_dict(sent)
    return args


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


def test_the_corpus_has_every_vendor_and_a_readme_naming_each_body() -> None:
    readme = (CORPUS / "README.md").read_text(encoding="utf-8")
    assert {p.parent.name for p in BODIES} == {
        "arize",
        "phoenix",
        "humanloop",
        "respan",
        "braintrust",
        "langfuse",
    }
    for path in CORPUS.glob("*/*.json"):
        assert f"{path.parent.name}/{path.name}" in readme, f"{path} has no source in the README"


def _count(body: Any, paths: list[str]) -> int:
    for path in paths:
        found = lookup(body, path)
        if isinstance(found, list):
            return len(found)
    raise AssertionError(f"no items at {paths} in the corpus body")


@pytest.mark.parametrize("path", BODIES, ids=[f"{p.parent.name}/{p.stem}" for p in BODIES])
def test_published_example_decodes_typed(path: Path, servers: Callable[[str], SpecServer]) -> None:
    vendor, name = _case(path)
    body = json.loads(path.read_text(encoding="utf-8"))
    server = servers(vendor)
    server.set_response(name, body, validate=False)
    op = get_vendor(vendor).operation(name)
    with (
        warnings.catch_warnings(),
        evalclients.Client(vendor, **credentials(vendor), base_url=server.base_url) as client,
    ):
        warnings.simplefilter("ignore", evalclients.DriftWarning)
        warnings.simplefilter("ignore", evalclients.IncompleteListWarning)
        if op.pagination is None:
            result = client.call(name, **_args(vendor, op, path))
            assert type(result).__module__.startswith(f"evalclients_{vendor}.models")
            return
        page = next(iter(client.paginate(name, **_args(vendor, op, path)).by_page()))
    assert len(page.items) == _count(body, op.pagination["items"])
    kept = {d.path for d in evalclients.drift(page)}
    for index, item in enumerate(page.items):
        raw = _raw_item(body, op.pagination["items"], index)
        if not isinstance(raw, dict) or f"[{index}]" in kept:
            # an item that is no object (null), or that no variant of a union fits, is kept
            # as received, and drift(page) names it
            assert item == raw and f"[{index}]" in kept, (index, item)
            continue
        assert type(item).__module__.startswith(f"evalclients_{vendor}.models"), item
        # to_dict() gives back what was received: the same keys (absent ones stay absent, the
        # casing is the one received); values differ only by datetime normalisation
        assert set(item.to_dict()) == set(raw)


def _raw_item(body: Any, paths: list[str], index: int) -> Any:
    for path in paths:
        found = lookup(body, path)
        if found is not MISSING and isinstance(found, list):
            return found[index]
    raise AssertionError("unreachable")
