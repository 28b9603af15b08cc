"""Seed a real Phoenix server with raw httpx: a dataset of N examples and an experiment.

Reusable by the quirk tests, the facade tests and the demo. Names get a random suffix, so
seeding the same shared server twice never hits the duplicate-name 409.
"""

from __future__ import annotations

import base64
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import httpx


def global_id(type_name: str, rowid: int) -> str:
    """Phoenix's relay-style global id: base64 of ``"<Type>:<rowid>"`` (``Experiment:1``)."""
    return base64.b64encode(f"{type_name}:{rowid}".encode()).decode()


def parse_global_id(gid: str) -> tuple[str, int]:
    """Inverse of :func:`global_id`: ``"RXhwZXJpbWVudDox"`` -> ``("Experiment", 1)``."""
    type_name, _, rowid = base64.b64decode(gid).decode().partition(":")
    return type_name, int(rowid)


def make_client(base_url: str, api_key: str | None = None, timeout: float = 60.0) -> httpx.Client:
    """An httpx client for the server, with a bearer token when given."""
    headers = {"Authorization": f"Bearer {api_key}"} if api_key else {}
    return httpx.Client(base_url=base_url, headers=headers, timeout=timeout)


def now_iso() -> str:
    """The current UTC time as ISO 8601."""
    return datetime.now(UTC).isoformat()


@dataclass(frozen=True)
class SeededDataset:
    """What :func:`upload_dataset` created."""

    dataset_id: str
    version_id: str
    name: str
    example_ids: list[str]  # in upload order


@dataclass(frozen=True)
class SeededExperiment:
    """What :func:`seed_experiment` created."""

    dataset: SeededDataset
    experiment_id: str
    repetitions: int
    run_ids: list[str]  # in posting order; empty unless runs were posted


def unique_name(prefix: str) -> str:
    """``prefix`` plus a random suffix."""
    return f"{prefix}-{uuid.uuid4().hex[:10]}"


def upload_dataset(
    client: httpx.Client, n_examples: int, *, name: str | None = None
) -> SeededDataset:
    """``POST /v1/datasets/upload?sync=true`` with N examples; return the ids."""
    name = name or unique_name("seed-ds")
    body = {
        "name": name,
        "inputs": [{"question": f"q{i}"} for i in range(n_examples)],
        "outputs": [{"answer": f"a{i}"} for i in range(n_examples)],
        "metadata": [{"i": i} for i in range(n_examples)],
    }
    resp = client.post("/v1/datasets/upload", params={"sync": "true"}, json=body)
    resp.raise_for_status()
    data = resp.json()["data"]
    examples = client.get(f"/v1/datasets/{data['dataset_id']}/examples")
    examples.raise_for_status()
    ids = [e["id"] for e in examples.json()["data"]["examples"]]
    return SeededDataset(data["dataset_id"], data["version_id"], name, ids)


def create_experiment(
    client: httpx.Client, dataset_id: str, *, repetitions: int = 1, name: str | None = None
) -> dict[str, Any]:
    """``POST /v1/datasets/{id}/experiments``; return the experiment object."""
    body = {"name": name or unique_name("seed-exp"), "repetitions": repetitions}
    resp = client.post(f"/v1/datasets/{dataset_id}/experiments", json=body)
    resp.raise_for_status()
    experiment: dict[str, Any] = resp.json()["data"]
    return experiment


def post_run(
    client: httpx.Client,
    experiment_id: str,
    example_id: str,
    repetition: int,
    *,
    output: Any = None,
    error: str | None = None,
) -> str:
    """``POST /v1/experiments/{id}/runs``; return the run id."""
    stamp = now_iso()
    body = {
        "dataset_example_id": example_id,
        "output": output if output is not None else {"echo": example_id, "rep": repetition},
        "repetition_number": repetition,
        "start_time": stamp,
        "end_time": stamp,
        "error": error,
    }
    resp = client.post(f"/v1/experiments/{experiment_id}/runs", json=body)
    resp.raise_for_status()
    run_id: str = resp.json()["data"]["id"]
    return run_id


def post_runs(
    client: httpx.Client, experiment_id: str, example_ids: Sequence[str], repetitions: int
) -> list[str]:
    """One run per example and repetition (example-major order); return the run ids."""
    return [
        post_run(client, experiment_id, example_id, rep)
        for example_id in example_ids
        for rep in range(1, repetitions + 1)
    ]


def seed_experiment(
    client: httpx.Client,
    *,
    n_examples: int = 5,
    repetitions: int = 1,
    with_runs: bool = False,
    name: str | None = None,
) -> SeededExperiment:
    """Upload a dataset, create an experiment over it and optionally post every run."""
    dataset = upload_dataset(client, n_examples, name=name and f"{name}-ds")
    experiment = create_experiment(
        client, dataset.dataset_id, repetitions=repetitions, name=name and f"{name}-exp"
    )
    runs = (
        post_runs(client, experiment["id"], dataset.example_ids, repetitions) if with_runs else []
    )
    return SeededExperiment(dataset, experiment["id"], repetitions, runs)
