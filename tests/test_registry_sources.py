"""Registry mechanisms for listings whose parameters or id forms vary: helper defaults and
several export sources (e.g. an API version a self-hosted server still has)."""

from __future__ import annotations

import dataclasses
from datetime import UTC, datetime
from typing import Any

import pytest

from evalclients.export import run_params
from evalclients.registry import get_vendor
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


# -- several export sources, chosen by the id's form ---------------------------------------

V4 = {
    "operation": "list_runs",
    "id_param": "cursor",
    "id_pattern": "[^/]+",
    "params": {"since": {"datetime": "1970-01-01T00:00:00+00:00"}},
    "fields": {"trace_id": "id"},
}
V3 = {
    "operation": "list_runs",
    "id_param": "cursor",
    "id_params": ["cursor", "limit"],
    "id_pattern": "[^/]+/.+",
    "fields": {},
    "evaluations": {"source": "run", "path": "id"},
}


def test_several_export_sources_are_checked_each_against_the_spec() -> None:
    entry = _entry(SPEC, export=V4, more_exports=[V3])
    assert _problems(_dated_doc(), entry) == []
    wrong = _entry(
        SPEC,
        export={k: v for k, v in V4.items() if k != "id_pattern"} | {"params": {"since": "x"}},
        more_exports=[
            {**V3, "id_pattern": "([", "fields": {"example_id": "nope"}},
            {**V3, "params": {"limit": {"datetime": "1970-01-01T00:00:00Z"}, "page": 2}},
            {**V3, "evaluations": {"source": "run", "path": "scores"}},
        ],
    )
    assert _problems(_dated_doc(), wrong) == [
        "acme: export: needs an id_pattern (the vendor has several export sources)",
        "acme: export.params.since: a date-time parameter takes {datetime = ...}, others a scalar",
        "acme: more_exports[0].id_pattern is not a regular expression: "
        "unterminated character set at position 1",
        "acme: more_exports[0].fields.example_id: 'nope' is not in an item of list_runs "
        "(GET /v1/runs)",
        "acme: more_exports[1]: list_runs (GET /v1/runs) has no parameter 'page'",
        "acme: more_exports[1].params.limit: a date-time parameter takes {datetime = ...}, "
        "others a scalar",
        "acme: more_exports[2].evaluations.path: 'scores' is not in an item of list_runs "
        "(GET /v1/runs)",
    ]
    assert _problems(_dated_doc(), _entry(SPEC, more_exports=[V3])) == [
        "acme: more_exports without export"
    ]


def test_the_export_source_is_chosen_by_the_ids_form_with_its_own_evaluations() -> None:
    base = dataclasses.replace(
        get_vendor("langfuse"),
        export=V4,  # type: ignore[arg-type]
        more_exports=(V3,),  # type: ignore[arg-type]
        results={"evaluations": {"source": "none", "note": "n"}},
    )
    assert base.export_for("exp_1") is V4 and base.export_for("ds/run/1") is V3
    with pytest.raises(ValueError, match=r"must be <cursor> or <cursor>/<limit>, got '/x'"):
        base.export_for("/x")
    assert base.evaluations_for(V4) == {"source": "none", "note": "n"}  # the vendor's
    assert base.evaluations_for(V3) == V3["evaluations"]  # its own
    assert run_params(V4, "exp_1") == {  # type: ignore[arg-type]
        "since": datetime(1970, 1, 1, tzinfo=UTC),
        "cursor": "exp_1",
    }
    assert run_params(V3, "ds/run/1") == {"cursor": "ds", "limit": "run/1"}  # type: ignore[arg-type]
    alone = dataclasses.replace(base, more_exports=())
    with pytest.raises(ValueError, match=r"must be <cursor>, got 'a/b'"):
        alone.export_for("a/b")  # one source with a pattern: enforced too
    assert dataclasses.replace(alone, export=V3).export_for("a/b") is V3
