"""Experiment results (runs joined with their evaluations), summary and compare, against
spec-driven fakes of every vendor; figures checked against values computed here."""

from __future__ import annotations

import json
import random
import statistics
from pathlib import Path
from typing import Any

import jsonschema
import pytest
import referencing

from evalclients import AsyncClient, Client, cli
from evalclients.cli_results import RunFacts, compare, histogram, percentile
from evalclients.errors import APIError, NotFoundError, ResponseDecodeError
from evalclients.registry import get_vendor
from evalclients.results import _ArrayStream, normalize_evaluation
from tests.fakeserver import SpecServer

ROOT = Path(__file__).resolve().parents[1]
COMMON = ROOT / "specs" / "common"
KEY = "test-key"


def _validator(name: str) -> jsonschema.Draft202012Validator:
    schemas = {
        p.name: json.loads(p.read_text()) for p in COMMON.glob("*.schema.json") if p.is_file()
    }
    registry: referencing.Registry[Any] = referencing.Registry().with_resources(
        (s["$id"], referencing.Resource.from_contents(s)) for s in schemas.values()
    )
    return jsonschema.Draft202012Validator(schemas[name], registry=registry)


EVALUATION = _validator("evaluation.schema.json")
RECORD = _validator("export_record.schema.json")


# -- fakes of each vendor ----------------------------------------------------------------------


def phoenix_experiment(
    server: SpecServer, exp: str, n: int, seed: int, examples: int = 0
) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """``n`` runs (examples × repetitions) and the JSON export's records with annotations.

    Every run has evaluations, some error-only; the export lists runs oldest first (the
    opposite of the run listing), as Phoenix does.
    """
    rng = random.Random(seed)
    examples = examples or max(1, n // 2)
    runs = server.make_items("list_experiment_runs", n, seed=seed, overrides={"experiment_id": exp})
    records = []
    for i, run in enumerate(runs):
        run["id"] = f"{exp}_run_{i:04d}"
        run["dataset_example_id"] = f"RGF0YXNldEV4YW1wbGU6{i % examples}"
        run["repetition_number"] = i // examples + 1
        annotations = []
        for name in ("correct", "relevance"):
            if rng.random() < 0.15:
                annotations.append(
                    {
                        "name": name,
                        "annotator_kind": "CODE",
                        "label": None,
                        "score": None,
                        "explanation": None,
                        "trace_id": None,
                        "error": f"ValueError: evaluator {name} failed\u2028on run {i}",
                        "metadata": {},
                        "start_time": "2025-01-01T00:00:00+00:00",
                        "end_time": "2025-01-01T00:00:01+05:30",
                    }
                )
            else:
                score = round(rng.random(), 3) if name == "relevance" else float(rng.random() < 0.6)
                annotations.append(
                    {
                        "name": name,
                        "annotator_kind": "LLM",
                        "label": ("yes" if score >= 0.5 else "no") if name == "correct" else None,
                        "score": score,
                        "explanation": f"because {i}",
                        "trace_id": None,
                        "error": None,
                        "metadata": {"i": i},
                        "start_time": "2025-01-01T00:00:00-08:00",
                        "end_time": "2025-01-01T00:00:02Z",
                    }
                )
        records.append(
            {
                "example_id": run["dataset_example_id"],
                "repetition_number": run["repetition_number"],
                "input": {"q": i},
                "reference_output": {"a": i},
                "output": run["output"],
                "error": run["error"],
                "latency_ms": 1.0,
                "start_time": "2025-01-01T00:00:00+00:00",
                "end_time": "2025-01-01T00:00:01+00:00",
                "trace_id": None,
                "prompt_token_count": None,
                "completion_token_count": None,
                "annotations": annotations,
            }
        )
    server.add_collection("list_experiment_runs", runs, path_params={"experiment_id": exp})
    server.set_response(
        "get_experiment_json",
        list(reversed(records)),
        path_params={"experiment_id": exp},
        content_type="application/json",
        validate=False,  # the spec says text/plain; Phoenix 20.26.1 answers application/json
    )
    return runs, records


def arize_experiment(server: SpecServer, exp: str, n: int, seed: int) -> list[dict[str, Any]]:
    rng = random.Random(seed)
    runs = server.make_items("list_experiment_runs", n, seed=seed)
    for i, run in enumerate(runs):
        run["id"] = f"{exp}_{i}"
        run["example_id"] = f"ex_{i}"
        run["annotations"] = [
            {
                "name": "quality",
                "label": rng.choice(["good", "bad"]),
                "score": rng.randint(1, 5),
                "text": "ok",
                "annotator": {"id": "u1", "email": "a@b.c"},
                "updated_at": "2025-01-01T00:00:00Z",
            }
        ] + (
            [{"name": "note", "text": "x", "annotator": {"id": "u2", "email": "n@b.c"}}]
            if i % 3 == 0
            else []
        )
    server.add_collection("list_experiment_runs", runs, path_params={"experiment_id": exp})
    return runs


def respan_experiment(server: SpecServer, exp: str, n: int, seed: int) -> list[dict[str, Any]]:
    rng = random.Random(seed)
    traces = server.make_items("list_experiment_traces", n, seed=seed)
    for i, trace in enumerate(traces):
        trace["id"] = f"log_{i}"
        # Keyed by evaluator slug, each value with the evaluator's metadata (the docs' trace).
        trace["scores"] = {
            "accuracy": {
                "evaluator_slug": "accuracy",
                "type": "llm",
                "numerical_value": round(rng.uniform(0, 10), 2),
                "created_at": "2025-01-01T00:00:00Z",
            },
            "passed": {"evaluator_slug": "passed", "type": "code", "boolean_value": i % 2 == 0},
        }
    server.add_collection(
        "list_experiment_traces", traces, path_params={"experiment_id": exp}, envelope="drf"
    )
    return traces


# -- normalization -----------------------------------------------------------------------------


def test_phoenix_evaluation_normalized_with_its_raw_record() -> None:
    fields = get_vendor("phoenix").results["evaluations"]["fields"]  # type: ignore[index]
    raw = {
        "name": "correct",
        "annotator_kind": "LLM",
        "label": "yes",
        "score": 1,
        "explanation": "fine",
        "error": None,
        "start_time": "2025-01-01T00:00:00+00:00",
        "end_time": "2025-01-01T00:00:01+00:00",
        "metadata": {"k": 1},
    }
    ev = normalize_evaluation(raw, fields)
    assert ev is not None
    EVALUATION.validate(ev)
    assert (ev["name"], ev["kind"], ev["label"], ev["score"]) == ("correct", "LLM", "yes", 1.0)
    assert (ev["explanation"], ev["error"], ev["annotator"]) == ("fine", None, None)
    assert (ev["started_at"], ev["ended_at"]) == (raw["start_time"], raw["end_time"])
    assert ev["raw"] == raw
    # Error-only: kept, with no label or score.
    failed = normalize_evaluation({"name": "x", "error": "boom", "score": None}, fields)
    assert failed is not None and failed["error"] == "boom" and failed["score"] is None
    # Not numbers: booleans, NaN, strings.
    for bad in (True, float("nan"), "0.5"):
        got = normalize_evaluation({"name": "x", "score": bad}, fields)
        assert got is not None and got["score"] is None
    assert normalize_evaluation(["not", "an", "object"], fields) is None


def test_arize_annotations_keep_the_annotators_email_else_id() -> None:
    fields = get_vendor("arize").results["evaluations"]["fields"]  # type: ignore[index]
    ev = normalize_evaluation(
        {"name": "q", "text": "t", "annotator": {"id": "u1", "email": "a@b.c"}}, fields
    )
    assert ev is not None and (ev["annotator"], ev["explanation"]) == ("a@b.c", "t")
    ev = normalize_evaluation({"name": "q", "annotator": {"id": "u2"}}, fields)
    assert ev is not None and ev["annotator"] == "u2"


@pytest.mark.parametrize("seed", range(8))
def test_array_stream_equals_json_loads_at_any_chunking(seed: int) -> None:
    rng = random.Random(seed)
    doc = [
        {"a": "é\u2028x" * rng.randint(0, 5), "n": rng.random(), "l": [1, {"b": None}]},
        12345,
        "text ] , [",
        None,
        True,
        -0.5e-3,
        {"emoji": "🙂" * 3},
    ] * rng.randint(0, 4)
    data = json.dumps(doc, ensure_ascii=False, indent=rng.choice([None, 2])).encode()
    cuts = sorted(rng.sample(range(len(data) + 1), min(len(data), rng.randint(0, 40))))
    stream = _ArrayStream("test")
    got: list[Any] = []
    prev = 0
    for cut in [*cuts, len(data)]:
        got += list(stream.feed(data[prev:cut]))
        prev = cut
    got += list(stream.feed(b"", final=True))
    assert got == doc


@pytest.mark.parametrize("body", [b"", b"[", b'[{"a": 1}', b'{"a": 1}', b"[1, 2] x", b'[{"a":]'])
def test_array_stream_refuses_truncated_or_foreign_bodies(body: bytes) -> None:
    stream = _ArrayStream("test")
    with pytest.raises(ValueError):
        list(stream.feed(body))
        list(stream.feed(b"", final=True))


# -- experiment_results ------------------------------------------------------------------------


def _expected_phoenix(records: list[dict[str, Any]]) -> dict[tuple[str, int], list[str]]:
    return {
        (r["example_id"], r["repetition_number"]): sorted(
            json.dumps(a, sort_keys=True) for a in r["annotations"]
        )
        for r in records
    }


def test_phoenix_results_every_evaluation_on_its_run(spec_server: Any) -> None:
    server = spec_server("phoenix", api_key=KEY)
    runs, records = phoenix_experiment(server, "exp_1", 57, seed=1)
    with Client("phoenix", api_key=KEY, base_url=server.base_url) as client:
        results = list(client.experiment_results("exp_1", page_size=10))
    assert [r.id for r in results] == [r["id"] for r in runs]
    expected = _expected_phoenix(records)
    for result in results:
        RECORD.validate(result.record)
        key = (result.record["example_id"], result.record["repetition"])
        assert result.evaluations is not None
        assert (
            sorted(json.dumps(e["raw"], sort_keys=True) for e in result.evaluations)
            == (expected[key])
        )
        assert result.record["annotations"] == result.evaluations
        assert result.run.id == result.id  # the typed model
    stored = sum(len(r["annotations"]) for r in records)
    errors_only = sum(1 for r in records for a in r["annotations"] if a["score"] is None)
    assert errors_only > 0
    assert sum(len(r.evaluations or []) for r in results) == stored
    exports = [r for r in server.requests if r.operation_id == "get_experiment_json"]
    assert len(exports) == 1  # one export per listing, not per page
    assert server.violations == []


def test_phoenix_results_resume_from_a_token_and_async_twin(spec_server: Any) -> None:
    server = spec_server("phoenix", api_key=KEY)
    runs, records = phoenix_experiment(server, "exp_2", 30, seed=2)
    with Client("phoenix", api_key=KEY, base_url=server.base_url) as client:
        pages = client.experiment_results("exp_2", page_size=7).by_page()
        first = next(pages)
        pages.close()
        rest = list(
            client.experiment_results(
                "exp_2", page_size=7, continuation_token=first.continuation_token
            )
        )
    assert [r.id for r in first.items + rest] == [r["id"] for r in runs]

    async def read() -> list[Any]:
        async with AsyncClient("phoenix", api_key=KEY, base_url=server.base_url) as client:
            return [r async for r in client.experiment_results("exp_2", page_size=8)]

    import asyncio

    async_results = asyncio.run(read())
    expected = _expected_phoenix(records)
    assert [r.id for r in async_results] == [r["id"] for r in runs]
    for result in async_results:
        key = (result.record["example_id"], result.record["repetition"])
        assert (
            sorted(json.dumps(e["raw"], sort_keys=True) for e in result.evaluations or [])
            == (expected[key])
        )


def test_phoenix_results_errors_are_api_errors(spec_server: Any) -> None:
    server = spec_server("phoenix", api_key=KEY)
    phoenix_experiment(server, "exp_3", 5, seed=3)
    with Client("phoenix", api_key=KEY, base_url=server.base_url, max_retries=0) as client:
        server.set_response(
            "get_experiment", "not found", 404, path_params={"experiment_id": "nope"}
        )
        with pytest.raises(NotFoundError):
            list(client.experiment_results("nope"))
        server.set_response(
            "get_experiment_json",
            b'[{"example_id": "x", "annotations": [',
            path_params={"experiment_id": "exp_3"},
            content_type="application/json",
            validate=False,
        )
        with pytest.raises(ResponseDecodeError) as info:
            list(client.experiment_results("exp_3"))
        assert info.value.continuation_token is None
        server.set_response(
            "get_experiment_json",
            "boom",
            500,
            path_params={"experiment_id": "exp_3"},
            validate=False,  # undeclared in the spec, as Phoenix's 500s are
        )
        with pytest.raises(APIError) as failed:
            list(client.experiment_results("exp_3"))
        assert getattr(failed.value, "status_code", None) == 500


def test_arize_respan_humanloop_results(spec_server: Any) -> None:
    arize = spec_server("arize", api_key=KEY)
    runs = arize_experiment(arize, "exp_a", 12, seed=4)
    with Client("arize", api_key=KEY, base_url=arize.base_url) as client:
        results = list(client.experiment_results("exp_a", page_size=5))
    assert [r.id for r in results] == [r["id"] for r in runs]
    for result, run in zip(results, runs, strict=True):
        assert [e["raw"] for e in result.evaluations or []] == run["annotations"]
        assert [e["name"] for e in result.evaluations or []] == [
            a["name"] for a in run["annotations"]
        ]

    respan = spec_server("respan", api_key=KEY)
    traces = respan_experiment(respan, "exp_r", 9, seed=5)
    with Client("respan", api_key=KEY, base_url=respan.base_url) as client:
        results = list(client.experiment_results("exp_r", page_size=4))
    assert [r.id for r in results] == [t["id"] for t in traces]
    for result, trace in zip(results, traces, strict=True):
        evs = result.evaluations or []
        assert [(e["name"], e["score"], e["kind"]) for e in evs] == [
            ("accuracy", trace["scores"]["accuracy"]["numerical_value"], "llm"),
            ("passed", None, "code"),
        ]
        assert evs[1]["label"] == (
            "true" if trace["scores"]["passed"]["boolean_value"] else "false"
        )

    humanloop = spec_server("humanloop", api_key=KEY)
    hl_runs = humanloop.make_items("list_runs_for_evaluation", 3)
    humanloop.add_collection("list_runs_for_evaluation", hl_runs, path_params={"id": "ev_1"})
    with Client("humanloop", api_key=KEY, base_url=humanloop.base_url) as client:
        results = list(client.experiment_results("ev_1"))
    assert [r.id for r in results] == [r["id"] for r in hl_runs]
    assert all(r.evaluations is None for r in results)  # its API has none per run


# -- summary and compare -----------------------------------------------------------------------


def _independent_summary(records: list[dict[str, Any]], name: str) -> dict[str, Any]:
    scores = [
        a["score"]
        for r in records
        for a in r["annotations"]
        if a["name"] == name and a["score"] is not None
    ]
    deciles = statistics.quantiles(scores, n=10, method="inclusive")
    labels: dict[str, int] = {}
    for r in records:
        for a in r["annotations"]:
            if a["name"] == name and a["label"] is not None:
                labels[a["label"]] = labels.get(a["label"], 0) + 1
    return {
        "count": sum(1 for r in records for a in r["annotations"] if a["name"] == name),
        "errors": sum(
            1 for r in records for a in r["annotations"] if a["name"] == name and a["error"]
        ),
        "mean": statistics.fmean(scores),
        "min": min(scores),
        "max": max(scores),
        "p50": statistics.median(scores),
        "p90": deciles[8],
        "labels": labels,
    }


def test_percentile_and_histogram() -> None:
    rng = random.Random(9)
    values = sorted(rng.uniform(-5, 5) for _ in range(101))
    assert percentile(values, 50) == pytest.approx(statistics.median(values))
    assert percentile(values, 90) == pytest.approx(
        statistics.quantiles(values, n=10, method="inclusive")[8]
    )
    bins = histogram(values, 7)
    assert sum(c for *_, c in bins) == 101 and len(bins) == 7
    assert bins[0][0] == values[0] and bins[-1][1] == pytest.approx(values[-1])
    assert histogram([2.0, 2.0], 10) == [(2.0, 2.0, 2)]


def test_cli_summary_phoenix_json(spec_server: Any, capsys: pytest.CaptureFixture[str]) -> None:
    server = spec_server("phoenix", api_key=KEY)
    runs, records = phoenix_experiment(server, "exp_s", 64, seed=6)
    code = cli.main(
        ["runs", "summary", "phoenix", "exp_s", "--base-url", server.base_url, "--json"]
    )
    out = capsys.readouterr().out
    assert code == 0
    doc = json.loads(out)
    assert doc["runs"] == 64
    assert doc["errors"] == sum(1 for r in runs if r["error"] is not None)
    for name in ("correct", "relevance"):
        want = _independent_summary(records, name)
        got = doc["evaluations"][name]
        for k in ("mean", "min", "max", "p50", "p90"):
            assert got[k] == pytest.approx(want[k]), (name, k)
        assert (got["count"], got["errors"], got["labels"]) == (
            want["count"],
            want["errors"],
            want["labels"],
        )
        assert sum(b["count"] for b in got["histogram"]) == got["scored"]
    # The table: every evaluation and a histogram bar.
    assert cli.main(["runs", "summary", "phoenix", "exp_s", "--base-url", server.base_url]) == 0
    text = capsys.readouterr().out
    assert "64 runs" in text and "relevance scores" in text and "█" in text


def test_cli_summary_arize_and_respan(
    spec_server: Any, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("ARIZE_API_KEY", KEY)
    monkeypatch.setenv("RESPAN_API_KEY", KEY)
    arize = spec_server("arize", api_key=KEY)
    runs = arize_experiment(arize, "exp_a", 25, seed=7)
    assert (
        cli.main(["runs", "summary", "arize", "exp_a", "--base-url", arize.base_url, "--json"]) == 0
    )
    doc = json.loads(capsys.readouterr().out)
    scores = [a["score"] for r in runs for a in r["annotations"] if a["name"] == "quality"]
    got = doc["evaluations"]["quality"]
    assert got["mean"] == pytest.approx(statistics.fmean(scores))
    assert got["p90"] == pytest.approx(statistics.quantiles(scores, n=10, method="inclusive")[8])
    labels = [a["label"] for r in runs for a in r["annotations"] if a["name"] == "quality"]
    assert got["labels"] == {k: labels.count(k) for k in sorted(set(labels))}
    assert doc["evaluations"]["note"]["count"] == 9 and doc["evaluations"]["note"]["scored"] == 0

    respan = spec_server("respan", api_key=KEY)
    traces = respan_experiment(respan, "exp_r", 11, seed=8)
    assert (
        cli.main(["runs", "summary", "respan", "exp_r", "--base-url", respan.base_url, "--json"])
        == 0
    )
    doc = json.loads(capsys.readouterr().out)
    acc = [t["scores"]["accuracy"]["numerical_value"] for t in traces]
    assert doc["evaluations"]["accuracy"]["mean"] == pytest.approx(statistics.fmean(acc))
    assert doc["evaluations"]["accuracy"]["p50"] == pytest.approx(statistics.median(acc))
    assert doc["evaluations"]["passed"]["labels"] == {"false": 5, "true": 6}


def test_cli_summary_humanloop_says_what_it_cannot(
    spec_server: Any, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HUMANLOOP_API_KEY", KEY)
    server = spec_server("humanloop", api_key=KEY)
    hl_runs = server.make_items("list_runs_for_evaluation", 4)
    server.add_collection("list_runs_for_evaluation", hl_runs, path_params={"id": "ev_1"})
    assert (
        cli.main(["runs", "summary", "humanloop", "ev_1", "--base-url", server.base_url, "--json"])
        == 0
    )
    doc = json.loads(capsys.readouterr().out)
    assert doc["runs"] == 4 and doc["evaluations"] == {}
    assert doc["runs_without_evaluations_exposed"] == 4 and "get_logs" in doc["note"]


def test_compare_matches_by_example_and_repetition() -> None:
    def facts(run_id: str, ex: str | None, rep: int, score: float | None) -> RunFacts:
        f = RunFacts(run_id, ex, rep, None)
        if score is not None:
            f.scores["s"] = [score]
            f.names.append("s")
        return f

    a = [
        facts("a1", "e1", 1, 0.5),
        facts("a2", "e2", 1, 1.0),
        facts("a3", "e3", 1, 0.0),
        facts("a4", None, 1, 1.0),
    ]
    b = [
        facts("b1", "e1", 1, 0.7),
        facts("b2", "e2", 1, 0.2),
        facts("b3", "e3", 2, 1.0),
        facts("b4", "e3", 1, 0.0),
    ]
    got = compare(a, b, top=1)
    assert got["matched"] == 3
    assert [r["id"] for r in got["only_a"]] == ["a4"] and [r["id"] for r in got["only_b"]] == ["b3"]
    row = got["evaluations"]["s"]
    assert row["pairs"] == 3 and (row["worse"], row["better"], row["same"]) == (1, 1, 1)
    assert row["mean_delta"] == pytest.approx(((0.7 - 0.5) + (0.2 - 1.0) + 0.0) / 3)
    assert row["top_worse"][0]["run_a"] == "a2" and row["top_worse"][0]["delta"] == pytest.approx(
        -0.8
    )
    assert row["top_better"][0]["run_b"] == "b1"
    assert row["mean_a"] == pytest.approx(statistics.fmean([0.5, 1.0, 0.0, 1.0]))


def test_cli_compare_phoenix_json(spec_server: Any, capsys: pytest.CaptureFixture[str]) -> None:
    server = spec_server("phoenix", api_key=KEY)
    _, rec_a = phoenix_experiment(server, "exp_a", 40, seed=10, examples=20)
    _, rec_b = phoenix_experiment(server, "exp_b", 30, seed=11, examples=20)
    code = cli.main(
        [
            "runs",
            "compare",
            "phoenix",
            "exp_a",
            "exp_b",
            "--top",
            "3",
            "--base-url",
            server.base_url,
            "--json",
        ]
    )
    doc = json.loads(capsys.readouterr().out)
    assert code == 0
    key = lambda r: (r["example_id"], r["repetition_number"])  # noqa: E731
    a = {key(r): r for r in rec_a}
    b = {key(r): r for r in rec_b}
    matched = [k for k in a if k in b]
    assert doc["matched"] == len(matched) == 30
    assert len(doc["only_a"]) == 10 and doc["only_b"] == []
    for name in ("correct", "relevance"):

        def score(r: dict[str, Any], name: str = name) -> float | None:
            got = [
                x["score"] for x in r["annotations"] if x["name"] == name and x["score"] is not None
            ]
            return got[0] if got else None

        deltas = [
            score(b[k]) - score(a[k])
            for k in matched
            if score(a[k]) is not None and score(b[k]) is not None
        ]  # type: ignore[operator]
        row = doc["evaluations"][name]
        assert row["pairs"] == len(deltas)
        assert row["mean_delta"] == pytest.approx(statistics.fmean(deltas))
        assert row["worse"] == sum(d < 0 for d in deltas) and row["better"] == sum(
            d > 0 for d in deltas
        )
        assert [t["delta"] for t in row["top_worse"]] == pytest.approx(
            sorted(d for d in deltas if d < 0)[:3]
        )
    assert (
        cli.main(["runs", "compare", "phoenix", "exp_a", "exp_b", "--base-url", server.base_url])
        == 0
    )
    assert "30 matched" in capsys.readouterr().out


def _peak_while_reading(server: SpecServer, exp: str) -> tuple[int, int]:
    import tracemalloc

    with Client("phoenix", api_key=KEY, base_url=server.base_url) as client:
        tracemalloc.start()
        try:
            n = sum(
                len(r.evaluations or [])
                for r in client.experiment_results(exp, page_size=100, raw=True)
            )
            return tracemalloc.get_traced_memory()[1], n
        finally:
            tracemalloc.stop()


def test_phoenix_join_memory_follows_the_page_not_the_experiment(spec_server: Any) -> None:
    """The JSON export is streamed into an on-disk index: 8x the runs, not 8x the memory."""
    server = spec_server("phoenix", api_key=KEY)
    pad = "x" * 200  # each export record carries input/output the join must not keep
    for exp, n in (("small", 2_000), ("large", 16_000)):
        runs = [
            {
                "id": f"{exp}_{i}",
                "experiment_id": exp,
                "dataset_example_id": f"ex_{i}",
                "repetition_number": 1,
                "output": None,
                "start_time": "2025-01-01T00:00:00Z",
                "end_time": "2025-01-01T00:00:01Z",
            }
            for i in range(n)
        ]
        server.add_collection(
            "list_experiment_runs", runs, path_params={"experiment_id": exp}, validate=False
        )
        records = [
            {
                "example_id": f"ex_{i}",
                "repetition_number": 1,
                "input": pad,
                "output": pad,
                "annotations": [{"name": "s", "score": i / n, "error": None}],
            }
            for i in range(n)
        ]
        server.set_response(
            "get_experiment_json",
            records,
            path_params={"experiment_id": exp},
            content_type="application/json",
            validate=False,
        )
    small, n_small = _peak_while_reading(server, "small")
    large, n_large = _peak_while_reading(server, "large")
    assert (n_small, n_large) == (2_000, 16_000)
    body = len(json.dumps(records))  # the large export's size (~4.5 MB)
    print(
        f"\npeak traced memory: {small:,} B for 2,000 runs, {large:,} B for 16,000 ({body:,} B export)"
    )
    assert large < small * 2 and large < body / 2, (small, large, body)


def test_cli_compare_arize_respan_humanloop(
    spec_server: Any, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    for var in ("ARIZE_API_KEY", "RESPAN_API_KEY", "HUMANLOOP_API_KEY"):
        monkeypatch.setenv(var, KEY)
    arize = spec_server("arize", api_key=KEY)
    runs_a = arize_experiment(arize, "exp_a", 10, seed=12)
    runs_b = arize_experiment(arize, "exp_b", 8, seed=13)  # ex_0..ex_7: matched by example
    args = ["--base-url", arize.base_url, "--json"]
    assert cli.main(["runs", "compare", "arize", "exp_a", "exp_b", *args]) == 0
    doc = json.loads(capsys.readouterr().out)
    assert doc["matched"] == 8 and len(doc["only_a"]) == 2 and doc["only_b"] == []
    deltas = [
        rb["annotations"][0]["score"] - ra["annotations"][0]["score"]
        for ra, rb in zip(runs_a, runs_b, strict=False)
    ]
    row = doc["evaluations"]["quality"]
    assert row["pairs"] == 8 and row["mean_delta"] == pytest.approx(statistics.fmean(deltas))
    assert (row["worse"], row["better"], row["same"]) == (
        sum(d < 0 for d in deltas),
        sum(d > 0 for d in deltas),
        sum(d == 0 for d in deltas),
    )

    respan = spec_server("respan", api_key=KEY)
    respan_experiment(respan, "exp_r", 5, seed=14)
    respan_experiment(respan, "exp_s", 4, seed=15)
    args = ["--base-url", respan.base_url, "--json"]
    assert cli.main(["runs", "compare", "respan", "exp_r", "exp_s", *args]) == 0
    doc = json.loads(capsys.readouterr().out)
    # A Respan trace names no dataset example: nothing can be matched, nothing is invented.
    assert doc["matched"] == 0 and (len(doc["only_a"]), len(doc["only_b"])) == (5, 4)
    assert doc["evaluations"]["accuracy"]["pairs"] == 0

    humanloop = spec_server("humanloop", api_key=KEY)
    for ev in ("ev_1", "ev_2"):
        hl = humanloop.make_items("list_runs_for_evaluation", 2, seed=len(ev))
        humanloop.add_collection("list_runs_for_evaluation", hl, path_params={"id": ev})
    args = ["--base-url", humanloop.base_url, "--json"]
    assert cli.main(["runs", "compare", "humanloop", "ev_1", "ev_2", *args]) == 0
    doc = json.loads(capsys.readouterr().out)
    assert doc["evaluations"] == {} and "get_logs" in doc["note"]
