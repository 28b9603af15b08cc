"""GET /v1/experiments/{id}/json against a real Phoenix 20.26.1: typed records, every evaluation.

The upstream spec declares the answer text/plain; Phoenix sends application/json (the
overlay corrects both the media type and the schema). Evaluations that only carry an error
(no label, score or explanation) must come back too: the official SDK's ``get_experiment``
drops them, ``call("get_experiment_json")`` must not.
"""

from __future__ import annotations

import datetime
from typing import Any

import pytest
from evalclients_phoenix.models import ExperimentJSONAnnotation, ExperimentJSONRecord

from evalclients import AsyncPhoenix, Phoenix
from scripts.phoenix_server import PhoenixServer
from tests.phoenix.seed import make_client, now_iso, post_run, seed_experiment

pytestmark = pytest.mark.phoenix


def _evaluate(client: Any, run_id: str, name: str, **extra: Any) -> None:
    stamp = now_iso()
    body = {
        "experiment_run_id": run_id,
        "name": name,
        "annotator_kind": "CODE",
        "start_time": stamp,
        "end_time": stamp,
        **extra,
    }
    client.post("/v1/experiment_evaluations", json=body).raise_for_status()


@pytest.fixture(scope="module")
def seeded(phoenix: PhoenixServer) -> dict[str, Any]:
    """Two examples: a successful run with a scored and an error-only evaluation, and a
    failed run with one error-only evaluation."""
    with make_client(phoenix.base_url) as c:
        s = seed_experiment(c, n_examples=2, repetitions=1)
        ok, bad = s.dataset.example_ids
        ok_run = post_run(c, s.experiment_id, ok, 1, output={"answer": 42})
        bad_run = post_run(c, s.experiment_id, bad, 1, output={}, error="task blew up")
        _evaluate(c, ok_run, "exact", result={"score": 1.0, "label": "match"})
        _evaluate(c, ok_run, "judge", error="judge timed out")
        _evaluate(c, bad_run, "exact", error="no output to compare")
    return {"experiment_id": s.experiment_id, "ok": ok, "bad": bad}


def _check(records: Any, seeded: dict[str, Any]) -> None:
    assert isinstance(records, list) and len(records) == 2
    assert all(isinstance(r, ExperimentJSONRecord) for r in records)
    by_example = {r.example_id: r for r in records}
    ok, bad = by_example[seeded["ok"]], by_example[seeded["bad"]]
    assert ok.error is None and ok.output == {"answer": 42}
    assert bad.error == "task blew up"
    assert isinstance(ok.start_time, datetime.datetime)
    assert all(isinstance(a, ExperimentJSONAnnotation) for r in records for a in r.annotations)
    ok_evals = {a.name: a for a in ok.annotations}
    assert set(ok_evals) == {"exact", "judge"}
    assert (ok_evals["exact"].score, ok_evals["exact"].label) == (1.0, "match")
    judge = ok_evals["judge"]  # error-only: present, with its error and no result
    assert (judge.error, judge.score, judge.label, judge.explanation) == (
        "judge timed out",
        None,
        None,
        None,
    )
    (only,) = bad.annotations
    assert (only.name, only.error, only.score) == ("exact", "no output to compare", None)


def test_the_server_answers_json_not_text(phoenix: PhoenixServer, seeded: dict[str, Any]) -> None:
    with make_client(phoenix.base_url) as c:
        resp = c.get(f"/v1/experiments/{seeded['experiment_id']}/json")
    assert resp.status_code == 200
    assert resp.headers["content-type"].split(";")[0] == "application/json"
    assert isinstance(resp.json(), list)


def test_call_returns_typed_records_with_error_only_evaluations(
    phoenix: PhoenixServer, seeded: dict[str, Any]
) -> None:
    with Phoenix(base_url=phoenix.base_url) as client:
        records = client.call("get_experiment_json", experiment_id=seeded["experiment_id"])
    _check(records, seeded)


async def test_the_async_twin_too(phoenix: PhoenixServer, seeded: dict[str, Any]) -> None:
    async with AsyncPhoenix(base_url=phoenix.base_url) as client:
        records = await client.call("get_experiment_json", experiment_id=seeded["experiment_id"])
    _check(records, seeded)
