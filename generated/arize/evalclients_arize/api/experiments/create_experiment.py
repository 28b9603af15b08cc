from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_experiment_request import CreateExperimentRequest
from ...models.experiment import Experiment
from ...models.problem import Problem
from ...types import Response


def build_request(
    *,
    body: CreateExperimentRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v2/experiments",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


_get_kwargs = build_request


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Experiment | Problem | None:
    if response.status_code == 201:
        response_201 = Experiment.from_dict(response.json())

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

    if response.status_code == 409:
        response_409 = Problem.from_dict(response.json())

        return response_409

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


def parse_body(status: int, body: Any) -> Experiment | Problem | None:
    """The typed value of ``body``, already decoded, answered with ``status``."""
    if status == 201:
        response_201 = Experiment.from_dict(body)

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

    if status == 409:
        response_409 = Problem.from_dict(body)

        return response_409

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
    409: "json",
    422: "json",
    429: "json",
}
"""What parse_body() takes for each status: json (json.loads() output), text, bytes or none."""


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Experiment | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateExperimentRequest,
) -> Response[Experiment | Problem]:
    """Create an experiment

     Create a new experiment. Empty experiments are not allowed.  An experiment belongs to a space and
    may optionally be associated with a dataset.  Experiments are composed of "runs". Each experiment
    run (JSON object) must include an `output` field containing the task's output. When the experiment
    is associated with a dataset, each run must also include an `example_id` referencing an example in
    that dataset.  Payload Requirements - Provide exactly one of `dataset_id` or `space_id`. - The
    `name` must be unique within the dataset it's associated with, or   within the space when it isn't
    associated with a dataset, and must not   contain double quotes (`"`) or backslashes (`\\`). -
    Provide at least one run in `experiment_runs`. - Each run must include:   - `output` -- model/task
    output for the run   - `example_id` -- a correlation ID linking this run to a dataset example.
    Required only when the experiment is associated with a dataset; its   existence in the dataset is
    never validated.   - You may include any additional fields per run that can be used for   analysis
    or filtering. For example: `model`, `latency_ms`,   `temperature`, `prompt`, `tool_calls`, etc.

    Args:
        body (CreateExperimentRequest): Experiment creation parameters with an initial set of
            runs.  An experiment belongs to a space and may optionally be associated with a dataset.
            Provide exactly one of: - `dataset_id` — associate the experiment with a dataset; it's
            created in   that dataset's space, and its runs may reference the dataset's examples   via
            `example_id`. - `space_id` — the space to create the experiment in, when it isn't
            associated with a dataset.  Providing both, or neither, is a validation error.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Experiment | Problem]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: CreateExperimentRequest,
) -> Experiment | Problem | None:
    """Create an experiment

     Create a new experiment. Empty experiments are not allowed.  An experiment belongs to a space and
    may optionally be associated with a dataset.  Experiments are composed of "runs". Each experiment
    run (JSON object) must include an `output` field containing the task's output. When the experiment
    is associated with a dataset, each run must also include an `example_id` referencing an example in
    that dataset.  Payload Requirements - Provide exactly one of `dataset_id` or `space_id`. - The
    `name` must be unique within the dataset it's associated with, or   within the space when it isn't
    associated with a dataset, and must not   contain double quotes (`"`) or backslashes (`\\`). -
    Provide at least one run in `experiment_runs`. - Each run must include:   - `output` -- model/task
    output for the run   - `example_id` -- a correlation ID linking this run to a dataset example.
    Required only when the experiment is associated with a dataset; its   existence in the dataset is
    never validated.   - You may include any additional fields per run that can be used for   analysis
    or filtering. For example: `model`, `latency_ms`,   `temperature`, `prompt`, `tool_calls`, etc.

    Args:
        body (CreateExperimentRequest): Experiment creation parameters with an initial set of
            runs.  An experiment belongs to a space and may optionally be associated with a dataset.
            Provide exactly one of: - `dataset_id` — associate the experiment with a dataset; it's
            created in   that dataset's space, and its runs may reference the dataset's examples   via
            `example_id`. - `space_id` — the space to create the experiment in, when it isn't
            associated with a dataset.  Providing both, or neither, is a validation error.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Experiment | Problem
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateExperimentRequest,
) -> Response[Experiment | Problem]:
    """Create an experiment

     Create a new experiment. Empty experiments are not allowed.  An experiment belongs to a space and
    may optionally be associated with a dataset.  Experiments are composed of "runs". Each experiment
    run (JSON object) must include an `output` field containing the task's output. When the experiment
    is associated with a dataset, each run must also include an `example_id` referencing an example in
    that dataset.  Payload Requirements - Provide exactly one of `dataset_id` or `space_id`. - The
    `name` must be unique within the dataset it's associated with, or   within the space when it isn't
    associated with a dataset, and must not   contain double quotes (`"`) or backslashes (`\\`). -
    Provide at least one run in `experiment_runs`. - Each run must include:   - `output` -- model/task
    output for the run   - `example_id` -- a correlation ID linking this run to a dataset example.
    Required only when the experiment is associated with a dataset; its   existence in the dataset is
    never validated.   - You may include any additional fields per run that can be used for   analysis
    or filtering. For example: `model`, `latency_ms`,   `temperature`, `prompt`, `tool_calls`, etc.

    Args:
        body (CreateExperimentRequest): Experiment creation parameters with an initial set of
            runs.  An experiment belongs to a space and may optionally be associated with a dataset.
            Provide exactly one of: - `dataset_id` — associate the experiment with a dataset; it's
            created in   that dataset's space, and its runs may reference the dataset's examples   via
            `example_id`. - `space_id` — the space to create the experiment in, when it isn't
            associated with a dataset.  Providing both, or neither, is a validation error.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Experiment | Problem]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CreateExperimentRequest,
) -> Experiment | Problem | None:
    """Create an experiment

     Create a new experiment. Empty experiments are not allowed.  An experiment belongs to a space and
    may optionally be associated with a dataset.  Experiments are composed of "runs". Each experiment
    run (JSON object) must include an `output` field containing the task's output. When the experiment
    is associated with a dataset, each run must also include an `example_id` referencing an example in
    that dataset.  Payload Requirements - Provide exactly one of `dataset_id` or `space_id`. - The
    `name` must be unique within the dataset it's associated with, or   within the space when it isn't
    associated with a dataset, and must not   contain double quotes (`"`) or backslashes (`\\`). -
    Provide at least one run in `experiment_runs`. - Each run must include:   - `output` -- model/task
    output for the run   - `example_id` -- a correlation ID linking this run to a dataset example.
    Required only when the experiment is associated with a dataset; its   existence in the dataset is
    never validated.   - You may include any additional fields per run that can be used for   analysis
    or filtering. For example: `model`, `latency_ms`,   `temperature`, `prompt`, `tool_calls`, etc.

    Args:
        body (CreateExperimentRequest): Experiment creation parameters with an initial set of
            runs.  An experiment belongs to a space and may optionally be associated with a dataset.
            Provide exactly one of: - `dataset_id` — associate the experiment with a dataset; it's
            created in   that dataset's space, and its runs may reference the dataset's examples   via
            `example_id`. - `space_id` — the space to create the experiment in, when it isn't
            associated with a dataset.  Providing both, or neither, is a validation error.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Experiment | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
