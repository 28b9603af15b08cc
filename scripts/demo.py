"""Demo: seed an experiment on Arize Phoenix and read it back through the evalclients facade.

Usage:
    python -m scripts.demo                      # start a local Phoenix 20.26.1, then stop it
    python -m scripts.demo --base-url URL       # use a running Phoenix (or PHOENIX_BASE_URL)

A dataset is uploaded and an experiment created through the facade, every run is posted
concurrently with ``AsyncPhoenix`` and scored by two evaluators; the runs are then listed page
by page through ``Phoenix.experiment_runs`` (a progress bar on a terminal, one line per page
otherwise), shown as a table with their scores, and summarised.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import datetime
import json
import os
import statistics
import sys
import time
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any, TypeVar

from evalclients_phoenix import AsyncPhoenix, Phoenix
from evalclients_phoenix.api.datasets import get_dataset_examples
from evalclients_phoenix.models import (
    CreateExperimentRequestBody,
    CreateExperimentRunRequestBody,
    ExperimentEvaluationResult,
    ExperimentRun,
    ListDatasetExamplesResponseBody,
    UploadDatasetJsonBody,
    UploadDatasetJsonBodyInputsItem,
    UploadDatasetJsonBodyOutputsItem,
    UpsertExperimentEvaluationRequestBody,
)
from evalclients_phoenix.types import Unset
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from evalclients import APIError
from scripts.phoenix_server import PhoenixError, PhoenixServer, ensure_phoenix

CAPITALS = {
    "France": "Paris",
    "Japan": "Tokyo",
    "Kenya": "Nairobi",
    "Peru": "Lima",
    "Canada": "Ottawa",
    "Norway": "Oslo",
    "Egypt": "Cairo",
    "Chile": "Santiago",
    "India": "New Delhi",
    "Spain": "Madrid",
    "Ghana": "Accra",
    "Nepal": "Kathmandu",
}
CONCURRENCY = 8


@dataclass(frozen=True)
class Example:
    id: str
    country: str
    capital: str


def _now() -> datetime.datetime:
    return datetime.datetime.now(datetime.UTC)


def toy_task(country: str, repetition: int, index: int) -> tuple[str | None, str | None]:
    """A deterministic stand-in for an LLM call: (answer, error)."""
    if index % 6 == 5 and repetition == 2:
        return None, "TimeoutError: the model did not answer in 30s"
    capital = CAPITALS[country]
    if index % 4 == 3:
        return capital.lower(), None  # right city, wrong case
    if index % 7 == 6:
        return f"{capital}?", None
    return capital, None


def evaluate(answer: str | None, expected: str) -> dict[str, float]:
    """Two code evaluators: exact match, and a case/punctuation-insensitive match."""
    if answer is None:
        return {}

    def loose(text: str) -> str:
        return "".join(ch for ch in text.lower() if ch.isalnum())

    return {
        "exact_match": float(answer == expected),
        "loose_match": float(loose(answer) == loose(expected)),
    }


T = TypeVar("T")


def present(value: T | Unset, what: str) -> T:
    """A field the spec requires; the models decode a body without it (drift), the demo stops."""
    if isinstance(value, Unset):
        raise RuntimeError(f"Phoenix answered without {what}")
    return value


def seed(client: Phoenix, n_examples: int, repetitions: int) -> tuple[str, list[Example]]:
    """Upload a dataset and create an experiment over it; the experiment id and examples."""
    countries = [list(CAPITALS)[i % len(CAPITALS)] for i in range(n_examples)]
    name = f"evalclients-demo-{time.strftime('%Y%m%d-%H%M%S')}-{os.getpid()}"
    uploaded = client.call(
        "upload_dataset",
        sync=True,
        body=UploadDatasetJsonBody(
            name=name,
            description="capitals (evalclients demo)",
            inputs=[
                UploadDatasetJsonBodyInputsItem.from_dict({"country": c, "i": i})
                for i, c in enumerate(countries)
            ],
            outputs=[
                UploadDatasetJsonBodyOutputsItem.from_dict({"capital": CAPITALS[c]})
                for c in countries
            ],
        ),
    )
    dataset_id: str = uploaded.data.dataset_id
    listed = get_dataset_examples.sync(dataset_id, client=client.api)
    if not isinstance(listed, ListDatasetExamplesResponseBody):
        raise RuntimeError(f"cannot list the examples of {dataset_id}: {listed!r}")
    listed_examples = present(present(listed.data, "data").examples, "examples")
    by_index = {
        int(present(e.input_, "an input")["i"]): present(e.id, "an example id")
        for e in listed_examples
    }
    examples = [Example(by_index[i], c, CAPITALS[c]) for i, c in enumerate(countries)]
    created = client.call(
        "create_experiment",
        dataset_id=dataset_id,
        body=CreateExperimentRequestBody(name=f"{name}-exp", repetitions=repetitions),
    )
    experiment_id: str = created.data.id
    return experiment_id, examples


async def run_experiment(
    client: AsyncPhoenix, experiment_id: str, examples: list[Example], repetitions: int
) -> int:
    """Post every run and its evaluations, CONCURRENCY at a time; the number of runs."""
    semaphore = asyncio.Semaphore(CONCURRENCY)

    async def one(index: int, example: Example, repetition: int) -> None:
        async with semaphore:
            start = _now()
            answer, error = toy_task(example.country, repetition, index)
            created = await client.call(
                "create_experiment_run",
                experiment_id=experiment_id,
                body=CreateExperimentRunRequestBody(
                    dataset_example_id=example.id,
                    output={"capital": answer} if answer is not None else None,
                    repetition_number=repetition,
                    start_time=start,
                    end_time=start + datetime.timedelta(milliseconds=40 + 13 * (index % 9)),
                    error=error,
                ),
            )
            for name, score in evaluate(answer, example.capital).items():
                stamp = _now()
                await client.call(
                    "upsert_experiment_evaluation",
                    body=UpsertExperimentEvaluationRequestBody(
                        annotator_kind="CODE",
                        experiment_run_id=created.data.id,
                        name=name,
                        start_time=stamp,
                        end_time=stamp,
                        result=ExperimentEvaluationResult(score=score),
                    ),
                )

    jobs = [
        one(i, example, rep)
        for i, example in enumerate(examples)
        for rep in range(1, repetitions + 1)
    ]
    await asyncio.gather(*jobs)
    return len(jobs)


def list_runs(
    client: Phoenix, console: Console, experiment_id: str, total: int, page_size: int
) -> list[ExperimentRun]:
    """Every run, page by page through the facade, with a progress bar on a terminal."""
    runs: list[ExperimentRun] = []
    pages = client.experiment_runs(experiment_id, page_size=page_size).by_page()
    if not console.is_terminal:
        for page in pages:
            runs.extend(page.items)
            print(f"  page {page.number}: {len(page.items)} runs ({len(runs)}/{total})")
        return runs
    columns = (
        TextColumn("listing runs"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("page {task.fields[page]}"),
        TimeElapsedColumn(),
    )
    with Progress(*columns, console=console) as progress:
        task = progress.add_task("runs", total=total, page=0)
        for page in pages:
            runs.extend(page.items)
            progress.update(task, advance=len(page.items), page=page.number)
    return runs


def _text(value: Any, width: int = 40) -> str:
    if value is None or isinstance(value, Unset):
        return ""
    if isinstance(value, dict) and len(value) == 1:  # {"capital": "Oslo"} -> Oslo
        (value,) = value.values()
    text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
    return text if len(text) <= width else text[: width - 1] + "…"


def report(
    console: Console,
    runs: list[ExperimentRun],
    scores: dict[tuple[str, int], dict[str, float]],
    examples: dict[str, Example],
    rows: int,
) -> None:
    """The first ``rows`` runs as a table, then the summary."""
    names = sorted({name for by_name in scores.values() for name in by_name})
    table = Table(title=f"First {min(rows, len(runs))} of {len(runs)} runs (newest first)")
    # Ids, numbers and latencies stay whole; text columns wrap in a narrow terminal.
    table.add_column("run id", no_wrap=True)
    table.add_column("example")
    table.add_column("rep", justify="right", no_wrap=True)
    table.add_column("output (capital)")
    table.add_column("error")
    table.add_column("latency", justify="right", no_wrap=True)
    for name in names:
        table.add_column(name, justify="right")
    for run in runs[:rows]:
        example_id = present(run.dataset_example_id, "a run's example id")
        example = examples.get(example_id)
        end, start = present(run.end_time, "end_time"), present(run.start_time, "start_time")
        latency = (end - start).total_seconds() * 1000
        by_name = scores.get((example_id, present(run.repetition_number, "repetition")), {})
        table.add_row(
            present(run.id, "a run id"),
            example.country if example else example_id,
            str(run.repetition_number),
            _text(run.output),
            _text(run.error),
            f"{latency:.0f} ms",
            *(f"{by_name[n]:.2f}" if n in by_name else "–" for n in names),
        )
    console.print(table)
    errors = sum(1 for run in runs if isinstance(run.error, str) and run.error)
    console.print(f"runs: {len(runs)}, errors: {errors}")
    for name in names:
        values = [by_name[name] for by_name in scores.values() if name in by_name]
        mean = statistics.fmean(values) if values else float("nan")
        console.print(f"mean {name}: {mean:.3f} over {len(values)} evaluated runs")


def scores_of(client: Phoenix, experiment_id: str) -> dict[tuple[str, int], dict[str, float]]:
    """(example id, repetition) -> evaluation name -> score, from the experiment's export."""
    exported = client.call("get_experiment_json", experiment_id=experiment_id)
    out: dict[tuple[str, int], dict[str, float]] = defaultdict(dict)
    for row in exported:  # typed ExperimentJSONRecord objects
        for annotation in row.annotations:
            if isinstance(annotation.score, int | float):
                key = (row.example_id, int(row.repetition_number))
                out[key][annotation.name] = float(annotation.score)
    return dict(out)


def demo(base_url: str, args: argparse.Namespace, console: Console) -> None:
    """Seed, run, list and report against the Phoenix at ``base_url``."""
    with Phoenix(base_url=base_url) as client:
        t0 = time.perf_counter()
        experiment_id, examples = seed(client, args.examples, args.repetitions)
        console.print(f"experiment {experiment_id}: {len(examples)} examples x {args.repetitions}")

        async def post() -> int:
            async with AsyncPhoenix(base_url=base_url) as async_client:
                return await run_experiment(async_client, experiment_id, examples, args.repetitions)

        posted = asyncio.run(post())
        console.print(
            f"posted {posted} runs and their evaluations ({CONCURRENCY} concurrent) "
            f"in {time.perf_counter() - t0:.1f}s"
        )
        experiment = client.experiment(experiment_id)
        total = present(experiment.successful_run_count, "successful_run_count") + present(
            experiment.failed_run_count, "failed_run_count"
        )
        runs = list_runs(client, console, experiment_id, total, args.page_size)
        report(
            console,
            runs,
            scores_of(client, experiment_id),
            {e.id: e for e in examples},
            args.rows,
        )


@contextlib.contextmanager
def phoenix_url(base_url: str | None, console: Console) -> Iterator[str]:
    """``base_url`` as given, or a local Phoenix started for the demo and stopped after it."""
    if base_url:
        console.print(f"using the Phoenix at {base_url}")
        yield base_url
        return
    venv = ensure_phoenix(quiet=False)
    with PhoenixServer(venv=venv) as server:
        console.print(
            f"started Phoenix at {server.base_url} in {server.startup_seconds or 0:.1f}s "
            f"(log: {server.log_path})"
        )
        try:
            yield server.base_url
        finally:
            console.print("stopping Phoenix")


def main(argv: list[str] | None = None) -> int:
    """CLI entry point."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument(
        "--base-url",
        default=os.environ.get("PHOENIX_BASE_URL"),
        help="a running Phoenix (default: $PHOENIX_BASE_URL, else start a local one)",
    )
    parser.add_argument("--examples", type=int, default=60, help="dataset size (default 60)")
    parser.add_argument("--repetitions", type=int, default=2, help="runs per example (2)")
    parser.add_argument("--page-size", type=int, default=25, help="runs per page (25)")
    parser.add_argument("--rows", type=int, default=15, help="runs shown in the table (15)")
    args = parser.parse_args(argv)
    if args.examples < 1 or args.repetitions < 1 or args.page_size < 1 or args.rows < 0:
        parser.error("--examples, --repetitions and --page-size must be >= 1, --rows >= 0")
    # Without a terminal rich would wrap the table at 80 columns: give it room instead.
    console = Console() if sys.stdout.isatty() else Console(width=160)
    started = time.perf_counter()
    try:
        with phoenix_url(args.base_url, console) as base_url:
            demo(base_url, args, console)
    except (PhoenixError, APIError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130
    console.print(f"demo finished in {time.perf_counter() - started:.1f}s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
