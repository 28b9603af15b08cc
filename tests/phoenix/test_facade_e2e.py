"""The facade and the generated client against a real Phoenix 20.26.1 (no auth).

One module-wide seed: a dataset of ``N_EXAMPLES`` examples uploaded through the generated
client, an experiment with ``REPETITIONS`` repetitions created through the facade, every run
posted concurrently with ``AsyncPhoenix`` and evaluated through the generated async client.
Expected values are derived from what the seed sent and the ids the server answered with.
"""

from __future__ import annotations

import asyncio
import datetime
import math
from collections.abc import Iterator
from dataclasses import dataclass

import pytest
from evalclients_phoenix.api.datasets import get_dataset_examples, upload_dataset
from evalclients_phoenix.api.experiments import upsert_experiment_evaluation
from evalclients_phoenix.models import (
    CreateExperimentRequestBody,
    CreateExperimentRunRequestBody,
    CreateExperimentRunResponseBody,
    Experiment,
    ExperimentEvaluationResult,
    ExperimentRun,
    ListDatasetExamplesResponseBody,
    UploadDatasetJsonBody,
    UploadDatasetJsonBodyInputsItem,
    UploadDatasetJsonBodyOutputsItem,
    UploadDatasetResponseBody,
    UpsertExperimentEvaluationRequestBody,
    UpsertExperimentEvaluationResponseBody,
)

from evalclients import (
    AsyncPhoenix,
    ConflictError,
    InternalServerError,
    NotFoundError,
    Phoenix,
    UnprocessableEntityError,
)
from scripts.phoenix_server import PhoenixServer
from tests.phoenix.seed import global_id, parse_global_id, unique_name

pytestmark = pytest.mark.phoenix

N_EXAMPLES = 150
REPETITIONS = 2
CONCURRENCY = 16
EVAL_NAME = "exact"
UNKNOWN_EXPERIMENT = global_id("Experiment", 999_999)


def _now() -> datetime.datetime:
    return datetime.datetime.now(datetime.UTC)


def _fails(index: int, repetition: int) -> bool:
    """Which runs the seed records as failed (every 17th example, second repetition)."""
    return index % 17 == 0 and repetition == 2


@dataclass(frozen=True)
class Seeded:
    dataset_id: str
    dataset_name: str
    example_ids: list[str]  # upload order
    experiment_id: str
    runs: dict[str, tuple[int, int]]  # run id -> (example index, repetition)
    newest_first: list[str]  # the run ids by descending row id: the server's order


def _run_body(example_id: str, index: int, repetition: int) -> CreateExperimentRunRequestBody:
    start = _now()
    failed = _fails(index, repetition)
    return CreateExperimentRunRequestBody(
        dataset_example_id=example_id,
        output=None if failed else {"answer": f"a{index}", "rep": repetition},
        repetition_number=repetition,
        start_time=start,
        end_time=start + datetime.timedelta(milliseconds=index),
        error=f"boom {index}" if failed else None,
    )


def _score(index: int, repetition: int) -> float:
    return 1.0 if (index + repetition) % 3 else 0.0


async def _post_runs_and_evals(
    base_url: str, experiment_id: str, example_ids: list[str]
) -> dict[str, tuple[int, int]]:
    semaphore = asyncio.Semaphore(CONCURRENCY)
    async with AsyncPhoenix(base_url=base_url) as client:

        async def one(index: int, repetition: int) -> tuple[str, tuple[int, int]]:
            async with semaphore:
                created = await client.call(
                    "create_experiment_run",
                    experiment_id=experiment_id,
                    body=_run_body(example_ids[index], index, repetition),
                )
                assert isinstance(created, CreateExperimentRunResponseBody)
                run_id = created.data.id
                stamp = _now()
                evaluation = await upsert_experiment_evaluation.asyncio(
                    client=client.api,
                    body=UpsertExperimentEvaluationRequestBody(
                        annotator_kind="CODE",
                        experiment_run_id=run_id,
                        name=EVAL_NAME,
                        start_time=stamp,
                        end_time=stamp,
                        result=ExperimentEvaluationResult(score=_score(index, repetition)),
                    ),
                )
                assert isinstance(evaluation, UpsertExperimentEvaluationResponseBody), evaluation
                return run_id, (index, repetition)

        pairs = await asyncio.gather(
            *(
                one(index, repetition)
                for index in range(len(example_ids))
                for repetition in range(1, REPETITIONS + 1)
            )
        )
    return dict(pairs)


@pytest.fixture(scope="module")
def seeded(phoenix: PhoenixServer) -> Seeded:
    name = unique_name("e2e")
    with Phoenix(base_url=phoenix.base_url) as client:
        uploaded = upload_dataset.sync(
            client=client.api,
            sync=True,
            body=UploadDatasetJsonBody(
                name=name,
                inputs=[
                    UploadDatasetJsonBodyInputsItem.from_dict({"question": f"q{i}"})
                    for i in range(N_EXAMPLES)
                ],
                outputs=[
                    UploadDatasetJsonBodyOutputsItem.from_dict({"answer": f"a{i}"})
                    for i in range(N_EXAMPLES)
                ],
            ),
        )
        assert isinstance(uploaded, UploadDatasetResponseBody), uploaded
        assert uploaded.data.num_created_examples == N_EXAMPLES
        dataset_id = uploaded.data.dataset_id
        examples = get_dataset_examples.sync(dataset_id, client=client.api)
        assert isinstance(examples, ListDatasetExamplesResponseBody), examples
        by_question = {e.input_["question"]: e.id for e in examples.data.examples}
        example_ids = [by_question[f"q{i}"] for i in range(N_EXAMPLES)]
        created = client.call(
            "create_experiment",
            dataset_id=dataset_id,
            body=CreateExperimentRequestBody(name=f"{name}-exp", repetitions=REPETITIONS),
        )
        experiment_id = created.data.id
        assert created.data.repetitions == REPETITIONS
    runs = asyncio.run(_post_runs_and_evals(phoenix.base_url, experiment_id, example_ids))
    assert len(runs) == N_EXAMPLES * REPETITIONS
    newest_first = sorted(runs, key=lambda run_id: parse_global_id(run_id)[1], reverse=True)
    return Seeded(dataset_id, name, example_ids, experiment_id, runs, newest_first)


@pytest.fixture
def client(phoenix: PhoenixServer) -> Iterator[Phoenix]:
    with Phoenix(base_url=phoenix.base_url) as c:
        yield c


# --- listing ----------------------------------------------------------------------------


@pytest.mark.parametrize("limit", [7, 13, 50])
async def test_async_listing_at_small_page_sizes(
    phoenix: PhoenixServer, seeded: Seeded, limit: int
) -> None:
    async with AsyncPhoenix(base_url=phoenix.base_url) as client:
        ids = [
            run.id async for run in client.experiment_runs(seeded.experiment_id, page_size=limit)
        ]
        pages = [
            len(page.items)
            async for page in client.experiment_runs(
                seeded.experiment_id, page_size=limit
            ).by_page()
        ]
    assert ids == seeded.newest_first
    assert len(set(ids)) == len(ids)
    total = len(seeded.runs)
    assert len(pages) == math.ceil(total / limit)
    assert pages[:-1] == [limit] * (len(pages) - 1)


def test_sync_listing_gives_typed_runs_as_posted(client: Phoenix, seeded: Seeded) -> None:
    runs = list(client.experiment_runs(seeded.experiment_id, page_size=50))
    assert [run.id for run in runs] == seeded.newest_first
    for run in runs:
        assert isinstance(run, ExperimentRun)
        index, repetition = seeded.runs[run.id]
        assert run.experiment_id == seeded.experiment_id
        assert run.dataset_example_id == seeded.example_ids[index]
        assert run.repetition_number == repetition
        if _fails(index, repetition):
            assert (run.output, run.error) == (None, f"boom {index}")
        else:
            assert run.output == {"answer": f"a{index}", "rep": repetition}
            assert run.error is None
        assert run.end_time - run.start_time == datetime.timedelta(milliseconds=index)


def test_by_page_resumes_from_a_middle_token(client: Phoenix, seeded: Seeded) -> None:
    pages = list(client.experiment_runs(seeded.experiment_id, page_size=13).by_page())
    assert [i for p in pages for i in (r.id for r in p.items)] == seeded.newest_first
    assert pages[-1].continuation_token is None
    middle = len(pages) // 2
    token = pages[middle - 1].continuation_token
    assert token is not None
    skipped = sum(len(p.items) for p in pages[:middle])
    # Resume with a fresh pager (as after a restart), twice: by_page(token) and the argument.
    resumed = client.experiment_runs(seeded.experiment_id, page_size=13).by_page(token)
    assert [r.id for p in resumed for r in p.items] == seeded.newest_first[skipped:]
    again = client.paginate(
        "list_experiment_runs",
        experiment_id=seeded.experiment_id,
        limit=13,
        continuation_token=token,
    )
    assert [r.id for r in again] == seeded.newest_first[skipped:]


@pytest.mark.parametrize("max_items", [0, 1, 20, 299, 300, 1000])
def test_max_items(client: Phoenix, seeded: Seeded, max_items: int) -> None:
    runs = client.experiment_runs(seeded.experiment_id, page_size=7, max_items=max_items)
    assert [r.id for r in runs] == seeded.newest_first[:max_items]


def test_raw_pages_are_json(client: Phoenix, seeded: Seeded) -> None:
    pager = client.paginate(
        "list_experiment_runs", experiment_id=seeded.experiment_id, page_size=50, raw=True
    )
    items = list(pager)
    assert all(isinstance(item, dict) for item in items)
    assert [item["id"] for item in items] == seeded.newest_first
    first = client.paginate(
        "list_experiment_runs", experiment_id=seeded.experiment_id, page_size=50, raw=True
    ).by_page()
    page = next(first)
    assert page.raw["next_cursor"] == seeded.newest_first[50]  # inclusive cursor


def test_experiment_and_experiments(client: Phoenix, seeded: Seeded) -> None:
    experiment = client.experiment(seeded.experiment_id)
    assert isinstance(experiment, Experiment)
    failed = sum(_fails(i, r) for i, r in seeded.runs.values())
    assert experiment.example_count == N_EXAMPLES
    assert experiment.failed_run_count == failed
    assert experiment.successful_run_count == len(seeded.runs) - failed
    assert experiment.missing_run_count == 0
    listed = list(client.experiments(seeded.dataset_id, page_size=1))
    assert [e.id for e in listed] == [seeded.experiment_id]


def test_evaluations_are_in_the_experiment_export(client: Phoenix, seeded: Seeded) -> None:
    exported = client.call("get_experiment_json", experiment_id=seeded.experiment_id)
    by_key = {(seeded.example_ids[i], r): _score(i, r) for i, r in seeded.runs.values()}
    assert len(exported) == len(by_key)
    for row in exported:  # typed records (ExperimentJSONRecord), no longer a JSON string
        (annotation,) = row.annotations
        assert annotation.name == EVAL_NAME
        assert annotation.score == by_key[(row.example_id, row.repetition_number)]


# --- error shapes ------------------------------------------------------------------------


def test_unknown_experiment_is_not_found(client: Phoenix) -> None:
    with pytest.raises(NotFoundError) as info:
        client.experiment(UNKNOWN_EXPERIMENT)
    err = info.value
    assert err.status_code == 404
    assert err.detail == f"Experiment with ID {UNKNOWN_EXPERIMENT} does not exist"
    assert err.body == err.detail  # text/plain: the body is the message


def test_garbage_cursor_is_unprocessable(client: Phoenix, seeded: Seeded) -> None:
    pager = client.experiment_runs(seeded.experiment_id, page_size=7).by_page("garbage")
    with pytest.raises(UnprocessableEntityError) as info:
        next(pager)
    assert info.value.detail == "Invalid cursor format: garbage"
    assert info.value.errors == []
    assert info.value.continuation_token == "garbage"


def test_limit_zero_is_a_field_error(client: Phoenix, seeded: Seeded) -> None:
    with pytest.raises(UnprocessableEntityError) as info:
        list(client.experiment_runs(seeded.experiment_id, page_size=0))
    (field_error,) = info.value.errors
    assert field_error["loc"] == ["query", "limit"]
    assert field_error["type"] == "greater_than"
    assert info.value.detail is not None and info.value.detail.startswith("limit: ")


def test_repeated_run_is_a_conflict(client: Phoenix, seeded: Seeded) -> None:
    run_id, (index, repetition) = next(
        (rid, key) for rid, key in seeded.runs.items() if not _fails(*key)
    )
    with pytest.raises(ConflictError) as info:
        client.call(
            "create_experiment_run",
            experiment_id=seeded.experiment_id,
            body=_run_body(seeded.example_ids[index], index, repetition),
        )
    assert info.value.detail is not None and run_id in info.value.detail


def test_duplicate_dataset_name_is_a_conflict(client: Phoenix, seeded: Seeded) -> None:
    body = UploadDatasetJsonBody(
        name=seeded.dataset_name, inputs=[UploadDatasetJsonBodyInputsItem.from_dict({})]
    )
    with pytest.raises(ConflictError) as info:
        client.call("upload_dataset", body=body, sync=True)
    assert info.value.detail == f'A dataset named "{seeded.dataset_name}" already exists.'


def test_evaluation_without_result_or_error_is_unprocessable(
    client: Phoenix, seeded: Seeded
) -> None:
    stamp = _now()
    body = UpsertExperimentEvaluationRequestBody(
        annotator_kind="CODE",
        experiment_run_id=seeded.newest_first[0],
        name=unique_name("empty"),
        start_time=stamp,
        end_time=stamp,
    )
    with pytest.raises(UnprocessableEntityError) as info:
        client.call("upsert_experiment_evaluation", body=body)
    (field_error,) = info.value.errors
    assert field_error["loc"] == ["body"]
    assert "Either 'result' or 'error' must be provided" in field_error["msg"]


# --- quirks ------------------------------------------------------------------------------


def test_runs_of_an_unknown_experiment_are_an_empty_list(client: Phoenix) -> None:
    """Phoenix answers 200 with no data (the spec says 404): the facade yields nothing."""
    assert list(client.experiment_runs(UNKNOWN_EXPERIMENT, page_size=7)) == []


def _unknown_run_posts(seeded: Seeded) -> list[tuple[str, CreateExperimentRunRequestBody]]:
    return [
        (UNKNOWN_EXPERIMENT, _run_body(seeded.example_ids[0], 0, 1)),
        (seeded.experiment_id, _run_body(global_id("DatasetExample", 999_999), 0, 1)),
    ]


ITERATIONS = 10


@pytest.mark.parametrize("then", ["get", "post"])
def test_request_after_a_500_succeeds_on_the_same_client(
    phoenix: PhoenixServer, seeded: Seeded, then: str
) -> None:
    """A run for an unknown experiment or example is a 500, after which uvicorn drops the
    kept-alive connection; the next request on the same client must not fail for it."""
    with Phoenix(base_url=phoenix.base_url) as client:
        no_retry = client.with_options(max_retries=0)  # same connections, the 500 at once
        for iteration in range(ITERATIONS):
            experiment_id, body = _unknown_run_posts(seeded)[iteration % 2]
            with pytest.raises(InternalServerError) as info:
                no_retry.call("create_experiment_run", experiment_id=experiment_id, body=body)
            assert (info.value.status_code, info.value.detail) == (500, "Internal Server Error")
            if then == "get":
                assert client.experiment(seeded.experiment_id).id == seeded.experiment_id
            else:
                created = client.call(
                    "create_experiment",
                    dataset_id=seeded.dataset_id,
                    body=CreateExperimentRequestBody(name=unique_name("after-500")),
                )
                assert created.data.dataset_id == seeded.dataset_id


async def test_async_request_after_a_500_succeeds(phoenix: PhoenixServer, seeded: Seeded) -> None:
    async with AsyncPhoenix(base_url=phoenix.base_url) as client:
        no_retry = client.with_options(max_retries=0)
        for iteration in range(ITERATIONS):
            experiment_id, body = _unknown_run_posts(seeded)[iteration % 2]
            with pytest.raises(InternalServerError):
                await no_retry.call("create_experiment_run", experiment_id=experiment_id, body=body)
            created = await client.call(
                "create_experiment",
                dataset_id=seeded.dataset_id,
                body=CreateExperimentRequestBody(name=unique_name("after-500")),
            )
            assert created.data.dataset_id == seeded.dataset_id


def test_a_500_with_default_retries_still_raises(client: Phoenix, seeded: Seeded) -> None:
    """create_experiment_run may be retried (409 guards it), so the 500 is retried first."""
    experiment_id, body = _unknown_run_posts(seeded)[0]
    with pytest.raises(InternalServerError):
        client.call("create_experiment_run", experiment_id=experiment_id, body=body)
    assert client.experiment(seeded.experiment_id).id == seeded.experiment_id
