"""Registry mechanisms for listings whose parameters or id forms vary: helper defaults and
several export sources (e.g. an API version a self-hosted server still has)."""

from __future__ import annotations

from typing import Any

import pytest

from scripts.regenerate import GenerationError, _helper_signature
from tests.test_registry import CURSOR, PAGE, _doc, _entry, _problems

SPEC = {**CURSOR, "next_cursor": ["meta.next_cursor"]}


def _dated_doc() -> dict[str, Any]:
    """``_doc(PAGE)`` with a required date-time query parameter ``since``."""
    doc = _doc(PAGE)
    doc["paths"]["/v1/runs"]["get"]["parameters"].append(
        {
            "name": "since",
            "in": "query",
            "required": True,
            "schema": {"type": "string", "format": "date-time"},
        }
    )
    return doc


def _signature(helper: dict[str, Any]) -> str:
    doc = _dated_doc()
    found = ("GET", "/v1/runs", doc["paths"]["/v1/runs"]["get"])
    return _helper_signature("acme", "runs", {"kind": "listing", **helper}, doc, found)


def test_a_helper_default_makes_a_required_date_time_optional_with_that_value() -> None:
    epoch = {"datetime": "1970-01-01T00:00:00+00:00"}
    signature = _signature({"params": ["cursor", "since"], "defaults": {"since": epoch}})
    assert signature.startswith(
        "cursor: str | None = None, "
        "since: datetime.datetime = datetime.datetime.fromisoformat('1970-01-01T00:00:00+00:00'), *"
    )
    without = _signature({"params": ["since"]})
    assert without.startswith("since: datetime.datetime, *")


def test_a_helper_default_must_fit_the_parameters_type() -> None:
    with pytest.raises(GenerationError, match=r"runs\.defaults\.since: a date-time parameter"):
        _signature({"params": ["since"], "defaults": {"since": "1970-01-01"}})
    with pytest.raises(GenerationError, match=r"runs\.defaults\.cursor"):
        _signature({"params": ["cursor"], "defaults": {"cursor": {"datetime": "1970-01-01"}}})


def test_a_helper_default_must_name_one_of_its_params() -> None:
    helper = {"operation": "list_runs", "kind": "listing", "returns": "Run", "doc": "d"}
    entry = _entry(SPEC, client={"helpers": {"runs": {**helper, "params": ["cursor"]}}})
    assert _problems(_doc(PAGE), entry) == []
    entry["client"]["helpers"]["runs"]["defaults"] = {"limit": 5}
    assert _problems(_doc(PAGE), entry) == [
        "acme: client.helpers.runs: defaults.limit is not one of its params"
    ]
