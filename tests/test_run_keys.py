"""A ``run_keys`` results source without a server (evalclients.run_keys): the listings a
page of runs needs and how records go back to runs; Langfuse's scores through its fake are in
tests/test_results_braintrust_langfuse.py."""

from __future__ import annotations

import warnings
from typing import Any

import pytest

from evalclients.pagination import IncompleteListWarning
from evalclients.run_keys import _match, _run_keys, key_of, listing_params

SOURCE: Any = {
    "source": "run_keys",
    "operation": "list_scores",
    "key": {"param": "traceId", "run": "traceId", "record": ["subject.traceId", "subject.id"]},
    "params": {"fields": "subject"},
}


def test_keys_are_listed_distinct_in_order_and_at_most_max_keys_at_a_time() -> None:
    source = {**SOURCE, "key": {**SOURCE["key"], "max_keys": 2, "separator": ";"}}
    keys = ["a", None, "b", "a", "c", "d", "e"]
    assert listing_params(source, keys) == [
        {"fields": "subject", "trace_id": "a;b"},
        {"fields": "subject", "trace_id": "c;d"},
        {"fields": "subject", "trace_id": "e"},
    ]
    assert listing_params(SOURCE, ["x", "y"]) == [  # default: one key per listing
        {"fields": "subject", "trace_id": "x"},
        {"fields": "subject", "trace_id": "y"},
    ]
    assert listing_params(source, [None, None]) == []


def test_records_go_to_every_run_of_their_key_by_the_first_present_path() -> None:
    trace = {"subject": {"kind": "trace", "id": "t1"}}
    observation = {"subject": {"kind": "observation", "id": "o1", "traceId": "t2"}}
    orphan = {"subject": {"kind": "observation", "id": "o2", "traceId": None}}
    stranger = {"subject": {"kind": "trace", "id": "t9"}}
    got = _match(SOURCE, ["t1", "t2", None, "t3", "t1"], [[trace, orphan], [observation, stranger]])
    assert got == [[trace], [observation], None, [], [trace]]


def test_a_key_is_a_non_empty_string_or_an_integer() -> None:
    assert [key_of(v) for v in ("a", 7, "", True, None, 1.5, {})] == ["a", "7"] + [None] * 5


def test_a_polymorphic_value_is_a_score_when_a_number_else_a_label() -> None:
    from evalclients.results import normalize_evaluation

    fields: Any = {"name": ["name"], "label": ["value"], "score": ["value"]}
    got = [
        normalize_evaluation({"name": "n", "value": v}, fields)
        for v in (0.5, 3, True, "polite", None, {"a": 1})
    ]
    assert [(e["label"], e["score"]) for e in got if e] == [
        (None, 0.5),
        (None, 3.0),
        ("true", None),  # booleans are not scores
        ("polite", None),
        (None, None),
        (None, None),
    ]


def test_a_key_holding_the_separator_is_not_listed_when_keys_are_joined_and_that_warns() -> None:
    joined = {**SOURCE, "key": {**SOURCE["key"], "max_keys": 50}}
    runs = [{"traceId": "a,b"}, {"traceId": "a;b"}, {"traceId": "c,d"}, {}]
    with pytest.warns(IncompleteListWarning, match=r"2 run\(s\) have a traceId holding ','"):
        keys = _run_keys(joined, runs)
    assert keys == [None, "a;b", None, None]  # evaluations unknown (None), not []
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # one key per listing: sent as is, nothing to say
        assert _run_keys(SOURCE, runs) == ["a,b", "a;b", "c,d", None]
