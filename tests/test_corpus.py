"""The vendors' own published example bodies (tests/corpus/<vendor>/, sources in its README)
read typed through the facade: no exception, and a listing yields as many items as the body
holds. Several of these differ from their spec (absent required fields, the other key
casing, values of another type): they decode with drift reported, never refused.
"""

from __future__ import annotations

import json
import warnings
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

import evalclients
from evalclients.pagination import MISSING, lookup
from evalclients.registry import get_vendor
from tests.fakeserver.server import DEFAULT_KEY, SpecServer
from tests.fakeserver.vendors import vendor_server

CORPUS = Path(__file__).parent / "corpus"
BODIES = sorted(CORPUS.glob("*/*.json"))


def _case(path: Path) -> tuple[str, str]:
    return path.parent.name, path.stem.split("--", 1)[0]


def _args(op: Any) -> dict[str, Any]:
    import inspect

    return {
        name: f"{name}-1"
        for name, param in inspect.signature(op.module.build_request).parameters.items()
        if param.default is inspect.Parameter.empty and name != "body"
    }


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
    assert {p.parent.name for p in BODIES} == {"arize", "phoenix", "humanloop", "respan"}
    for path in BODIES:
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
        evalclients.Client(vendor, api_key=DEFAULT_KEY, base_url=server.base_url) as client,
    ):
        warnings.simplefilter("ignore", evalclients.DriftWarning)
        warnings.simplefilter("ignore", evalclients.IncompleteListWarning)
        if op.pagination is None:
            result = client.call(name, **_args(op))
            assert type(result).__module__.startswith(f"evalclients_{vendor}.models")
            return
        page = next(iter(client.paginate(name, **_args(op)).by_page()))
    assert len(page.items) == _count(body, op.pagination["items"])
    for item in page.items:
        assert type(item).__module__.startswith(f"evalclients_{vendor}.models"), item
        # to_dict() gives back what was received: the same keys (absent ones stay absent, the
        # casing is the one received); values differ only by datetime normalisation
        raw = _raw_item(body, op.pagination["items"], page.items.index(item))
        assert set(item.to_dict()) == set(raw)


def _raw_item(body: Any, paths: list[str], index: int) -> Any:
    for path in paths:
        found = lookup(body, path)
        if found is not MISSING and isinstance(found, list):
            return found[index]
    raise AssertionError("unreachable")
