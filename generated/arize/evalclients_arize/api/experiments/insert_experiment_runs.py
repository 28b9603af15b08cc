from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.experiment_with_run_ids import ExperimentWithRunIds
from ...models.insert_experiment_runs_request import InsertExperimentRunsRequest
from ...models.problem import Problem
from ...types import Response, path_segment


def build_request(
    experiment_id: str,
    *,
    body: InsertExperimentRunsRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v2/experiments/{experiment_id}/runs".format(
            experiment_id=path_segment(experiment_id),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


_get_kwargs = build_request


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ExperimentWithRunIds | Problem | None:
    if response.status_code == 201:
        response_201 = ExperimentWithRunIds.from_dict(response.json())

        return response_201

    if response.status_code == 400:
        response_400 = Problem.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Problem.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = Problem.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = Problem.from_dict(response.json())

        return response_404

    if response.status_code == 422:
        response_422 = Problem.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = Problem.from_dict(response.json())

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def parse_body(status: int, body: Any) -> ExperimentWithRunIds | Problem | None:
    """The typed value of ``body``, already decoded, answered with ``status``."""
    if status == 201:
        response_201 = ExperimentWithRunIds.from_dict(body)

        return response_201

    if status == 400:
        response_400 = Problem.from_dict(body)

        return response_400

    if status == 401:
        response_401 = Problem.from_dict(body)

        return response_401

    if status == 403:
        response_403 = Problem.from_dict(body)

        return response_403

    if status == 404:
        response_404 = Problem.from_dict(body)

        return response_404

    if status == 422:
        response_422 = Problem.from_dict(body)

        return response_422

    if status == 429:
        response_429 = Problem.from_dict(body)

        return response_429

    return None


BODY_SOURCES: dict[int, str] = {
    201: "json",
    400: "json",
    401: "json",
    403: "json",
    404: "json",
    422: "json",
    429: "json",
}
"""What parse_body() takes for each status: json (json.loads() output), text, bytes or none."""


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ExperimentWithRunIds | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    experiment_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: InsertExperimentRunsRequest,
) -> Response[ExperimentWithRunIds | Problem]:
    """Append runs to an experiment

     Append new runs to an existing experiment.  **Payload Requirements** - Provide between 1 and 1000
    runs in `experiment_runs`. - Each run must include:   - `output` -- model/task output for the run
    - `example_id` -- a correlation ID linking this run to a dataset example.   Required only when the
    experiment is associated with a dataset; its   existence in the dataset is never validated.   - You
    may include any additional fields per run that can be used for   analysis or filtering. For example:
    `model`, `latency_ms`,   `temperature`, `prompt`, `tool_calls`, etc.  **Valid example** ```json {
    "experiment_runs": [     {"example_id": "example_001", "output": "4", "model": "gpt-4o-mini"}   ] }
    ```  **Invalid example** (missing required output field) ```json {   "experiment_runs": [
    {"example_id": "example_001"}   ] } ```

    Args:
        experiment_id (str):
        body (InsertExperimentRunsRequest): InsertExperimentRunsRequest

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ExperimentWithRunIds | Problem]
    """

    kwargs = _get_kwargs(
        experiment_id=experiment_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    experiment_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: InsertExperimentRunsRequest,
) -> ExperimentWithRunIds | Problem | None:
    """Append runs to an experiment

     Append new runs to an existing experiment.  **Payload Requirements** - Provide between 1 and 1000
    runs in `experiment_runs`. - Each run must include:   - `output` -- model/task output for the run
    - `example_id` -- a correlation ID linking this run to a dataset example.   Required only when the
    experiment is associated with a dataset; its   existence in the dataset is never validated.   - You
    may include any additional fields per run that can be used for   analysis or filtering. For example:
    `model`, `latency_ms`,   `temperature`, `prompt`, `tool_calls`, etc.  **Valid example** ```json {
    "experiment_runs": [     {"example_id": "example_001", "output": "4", "model": "gpt-4o-mini"}   ] }
    ```  **Invalid example** (missing required output field) ```json {   "experiment_runs": [
    {"example_id": "example_001"}   ] } ```

    Args:
        experiment_id (str):
        body (InsertExperimentRunsRequest): InsertExperimentRunsRequest

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ExperimentWithRunIds | Problem
    """

    return sync_detailed(
        experiment_id=experiment_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    experiment_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: InsertExperimentRunsRequest,
) -> Response[ExperimentWithRunIds | Problem]:
    """Append runs to an experiment

     Append new runs to an existing experiment.  **Payload Requirements** - Provide between 1 and 1000
    runs in `experiment_runs`. - Each run must include:   - `output` -- model/task output for the run
    - `example_id` -- a correlation ID linking this run to a dataset example.   Required only when the
    experiment is associated with a dataset; its   existence in the dataset is never validated.   - You
    may include any additional fields per run that can be used for   analysis or filtering. For example:
    `model`, `latency_ms`,   `temperature`, `prompt`, `tool_calls`, etc.  **Valid example** ```json {
    "experiment_runs": [     {"example_id": "example_001", "output": "4", "model": "gpt-4o-mini"}   ] }
    ```  **Invalid example** (missing required output field) ```json {   "experiment_runs": [
    {"example_id": "example_001"}   ] } ```

    Args:
        experiment_id (str):
        body (InsertExperimentRunsRequest): InsertExperimentRunsRequest

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ExperimentWithRunIds | Problem]
    """

    kwargs = _get_kwargs(
        experiment_id=experiment_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    experiment_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: InsertExperimentRunsRequest,
) -> ExperimentWithRunIds | Problem | None:
    """Append runs to an experiment

     Append new runs to an existing experiment.  **Payload Requirements** - Provide between 1 and 1000
    runs in `experiment_runs`. - Each run must include:   - `output` -- model/task output for the run
    - `example_id` -- a correlation ID linking this run to a dataset example.   Required only when the
    experiment is associated with a dataset; its   existence in the dataset is never validated.   - You
    may include any additional fields per run that can be used for   analysis or filtering. For example:
    `model`, `latency_ms`,   `temperature`, `prompt`, `tool_calls`, etc.  **Valid example** ```json {
    "experiment_runs": [     {"example_id": "example_001", "output": "4", "model": "gpt-4o-mini"}   ] }
    ```  **Invalid example** (missing required output field) ```json {   "experiment_runs": [
    {"example_id": "example_001"}   ] } ```

    Args:
        experiment_id (str):
        body (InsertExperimentRunsRequest): InsertExperimentRunsRequest

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ExperimentWithRunIds | Problem
    """

    return (
        await asyncio_detailed(
            experiment_id=experiment_id,
            client=client,
            body=body,
        )
    ).parsed
