from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_code_evaluation_task_request import CreateCodeEvaluationTaskRequest
from ...models.create_run_experiment_task_request import CreateRunExperimentTaskRequest
from ...models.create_template_evaluation_task_request import CreateTemplateEvaluationTaskRequest
from ...models.problem import Problem
from ...models.task import Task
from ...types import Response


def build_request(
    *,
    body: CreateCodeEvaluationTaskRequest
    | CreateRunExperimentTaskRequest
    | CreateTemplateEvaluationTaskRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v2/tasks",
    }

    if isinstance(body, CreateTemplateEvaluationTaskRequest):
        _kwargs["json"] = body.to_dict()
    elif isinstance(body, CreateCodeEvaluationTaskRequest):
        _kwargs["json"] = body.to_dict()
    else:
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


_get_kwargs = build_request


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | Task | None:
    if response.status_code == 201:
        response_201 = Task.from_dict(response.json())

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


def parse_body(status: int, body: Any) -> Problem | Task | None:
    """The typed value of ``body``, already decoded, answered with ``status``."""
    if status == 201:
        response_201 = Task.from_dict(body)

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
) -> Response[Problem | Task]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateCodeEvaluationTaskRequest
    | CreateRunExperimentTaskRequest
    | CreateTemplateEvaluationTaskRequest,
) -> Response[Problem | Task]:
    """Create task

     Creates a new task. Supported task types:  | `type` | Data source | Notes | |---|---|---| |
    `TEMPLATE_EVALUATION` | `project_id` or `dataset_id` | Requires `evaluators`. Supports continuous
    operation. | | `CODE_EVALUATION` | `project_id` or `dataset_id` | Requires `evaluators`. Supports
    continuous operation. | | `RUN_EXPERIMENT` | `dataset_id` only | Requires `run_configuration`. Never
    continuous. |  For `RUN_EXPERIMENT` tasks the run configuration is stored on the task. Each trigger
    (`POST /v2/tasks/{task_id}/trigger`) supplies per-run fields (`experiment_name`, optional example
    subset, etc.) and starts an async run. Poll `GET /v2/task-runs/{run_id}` until `status` reaches a
    terminal state.  **Payload Requirements (template_evaluation / code_evaluation)** - At least one
    evaluator is required. - Duplicate evaluator IDs are not allowed. - When `dataset_id` is provided,
    `experiment_ids` must contain at least one entry. - `sampling_rate` and `is_continuous` are only
    supported on project-based tasks. - System-managed fields (`id`, `created_at`, `updated_at`) are
    rejected on input. - `evaluator_version_id` pins an evaluator to one version. Omit it (or send null)
    to run that evaluator's latest version, which is the default. The version must   belong to the
    evaluator named by `evaluator_id`, and every evaluator on the task   must resolve to the same data
    scope — both return 422. List an evaluator's   versions with `GET
    /v2/evaluators/{evaluator_id}/versions`.  **Payload Requirements (run_experiment)** - `dataset_id`
    is required; `project_id` must be omitted. - `run_configuration` is required; `evaluators`,
    `experiment_ids`, `sampling_rate`,   `is_continuous`, and `query_filter` must be omitted.  **Valid
    example** (template_evaluation, project-based) ```json {   "name": "Production Hallucination Check",
    "type": "TEMPLATE_EVALUATION",   "project_id": "TW9kZWw6MTIzOmFCY0Q=",   "sampling_rate": 1.0,
    "is_continuous": true,   "evaluators": [     {       "evaluator_id": "RXZhbHVhdG9yOjEyOmFCY0Q=",
    "column_mappings": {"input": "attributes.input.value", "output": "attributes.output.value"}     }
    ] } ```  **Valid example** (pinned to a specific evaluator version) ```json {   "name":
    "Hallucination Check v3",   "type": "TEMPLATE_EVALUATION",   "project_id": "TW9kZWw6MTIzOmFCY0Q=",
    "evaluators": [     {       "evaluator_id": "RXZhbHVhdG9yOjEyOmFCY0Q=",
    "evaluator_version_id": "RXZhbHVhdG9yVmVyc2lvbjo5OTphQmNE",       "column_mappings": {"input":
    "attributes.input.value"}     }   ] } ```  **Invalid example** (run_experiment missing
    `run_configuration`) ```json {   "name": "My Experiment",   "type": "RUN_EXPERIMENT",
    "dataset_id": "RGF0YXNldDo1NjpxUndY" } ```  **Invalid example** (422 — the version belongs to a
    different evaluator) ```json {   "name": "Mismatched Pin",   "type": "TEMPLATE_EVALUATION",
    "project_id": "TW9kZWw6MTIzOmFCY0Q=",   "evaluators": [     {       "evaluator_id":
    "RXZhbHVhdG9yOjEyOmFCY0Q=",       "evaluator_version_id": "RXZhbHVhdG9yVmVyc2lvbjo3OmFCY0Q="     }
    ] } ```  <Note>This endpoint is in beta, read more [here](https://arize.com/docs/ax/rest-
    reference#api-version-stages).</Note>

    Args:
        body (CreateCodeEvaluationTaskRequest | CreateRunExperimentTaskRequest |
            CreateTemplateEvaluationTaskRequest): Request body for creating a task. The `type` field
            is the discriminator.  | `type` | Schema | |---|---| | `TEMPLATE_EVALUATION` |
            `CreateTemplateEvaluationTaskRequest` | | `CODE_EVALUATION` |
            `CreateCodeEvaluationTaskRequest` | | `RUN_EXPERIMENT` | `CreateRunExperimentTaskRequest`
            |  `RUN_EXPERIMENT` tasks do not run continuously — they must be triggered explicitly via
            `POST /v2/tasks/{task_id}/trigger` each time.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | Task]
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
    body: CreateCodeEvaluationTaskRequest
    | CreateRunExperimentTaskRequest
    | CreateTemplateEvaluationTaskRequest,
) -> Problem | Task | None:
    """Create task

     Creates a new task. Supported task types:  | `type` | Data source | Notes | |---|---|---| |
    `TEMPLATE_EVALUATION` | `project_id` or `dataset_id` | Requires `evaluators`. Supports continuous
    operation. | | `CODE_EVALUATION` | `project_id` or `dataset_id` | Requires `evaluators`. Supports
    continuous operation. | | `RUN_EXPERIMENT` | `dataset_id` only | Requires `run_configuration`. Never
    continuous. |  For `RUN_EXPERIMENT` tasks the run configuration is stored on the task. Each trigger
    (`POST /v2/tasks/{task_id}/trigger`) supplies per-run fields (`experiment_name`, optional example
    subset, etc.) and starts an async run. Poll `GET /v2/task-runs/{run_id}` until `status` reaches a
    terminal state.  **Payload Requirements (template_evaluation / code_evaluation)** - At least one
    evaluator is required. - Duplicate evaluator IDs are not allowed. - When `dataset_id` is provided,
    `experiment_ids` must contain at least one entry. - `sampling_rate` and `is_continuous` are only
    supported on project-based tasks. - System-managed fields (`id`, `created_at`, `updated_at`) are
    rejected on input. - `evaluator_version_id` pins an evaluator to one version. Omit it (or send null)
    to run that evaluator's latest version, which is the default. The version must   belong to the
    evaluator named by `evaluator_id`, and every evaluator on the task   must resolve to the same data
    scope — both return 422. List an evaluator's   versions with `GET
    /v2/evaluators/{evaluator_id}/versions`.  **Payload Requirements (run_experiment)** - `dataset_id`
    is required; `project_id` must be omitted. - `run_configuration` is required; `evaluators`,
    `experiment_ids`, `sampling_rate`,   `is_continuous`, and `query_filter` must be omitted.  **Valid
    example** (template_evaluation, project-based) ```json {   "name": "Production Hallucination Check",
    "type": "TEMPLATE_EVALUATION",   "project_id": "TW9kZWw6MTIzOmFCY0Q=",   "sampling_rate": 1.0,
    "is_continuous": true,   "evaluators": [     {       "evaluator_id": "RXZhbHVhdG9yOjEyOmFCY0Q=",
    "column_mappings": {"input": "attributes.input.value", "output": "attributes.output.value"}     }
    ] } ```  **Valid example** (pinned to a specific evaluator version) ```json {   "name":
    "Hallucination Check v3",   "type": "TEMPLATE_EVALUATION",   "project_id": "TW9kZWw6MTIzOmFCY0Q=",
    "evaluators": [     {       "evaluator_id": "RXZhbHVhdG9yOjEyOmFCY0Q=",
    "evaluator_version_id": "RXZhbHVhdG9yVmVyc2lvbjo5OTphQmNE",       "column_mappings": {"input":
    "attributes.input.value"}     }   ] } ```  **Invalid example** (run_experiment missing
    `run_configuration`) ```json {   "name": "My Experiment",   "type": "RUN_EXPERIMENT",
    "dataset_id": "RGF0YXNldDo1NjpxUndY" } ```  **Invalid example** (422 — the version belongs to a
    different evaluator) ```json {   "name": "Mismatched Pin",   "type": "TEMPLATE_EVALUATION",
    "project_id": "TW9kZWw6MTIzOmFCY0Q=",   "evaluators": [     {       "evaluator_id":
    "RXZhbHVhdG9yOjEyOmFCY0Q=",       "evaluator_version_id": "RXZhbHVhdG9yVmVyc2lvbjo3OmFCY0Q="     }
    ] } ```  <Note>This endpoint is in beta, read more [here](https://arize.com/docs/ax/rest-
    reference#api-version-stages).</Note>

    Args:
        body (CreateCodeEvaluationTaskRequest | CreateRunExperimentTaskRequest |
            CreateTemplateEvaluationTaskRequest): Request body for creating a task. The `type` field
            is the discriminator.  | `type` | Schema | |---|---| | `TEMPLATE_EVALUATION` |
            `CreateTemplateEvaluationTaskRequest` | | `CODE_EVALUATION` |
            `CreateCodeEvaluationTaskRequest` | | `RUN_EXPERIMENT` | `CreateRunExperimentTaskRequest`
            |  `RUN_EXPERIMENT` tasks do not run continuously — they must be triggered explicitly via
            `POST /v2/tasks/{task_id}/trigger` each time.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | Task
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateCodeEvaluationTaskRequest
    | CreateRunExperimentTaskRequest
    | CreateTemplateEvaluationTaskRequest,
) -> Response[Problem | Task]:
    """Create task

     Creates a new task. Supported task types:  | `type` | Data source | Notes | |---|---|---| |
    `TEMPLATE_EVALUATION` | `project_id` or `dataset_id` | Requires `evaluators`. Supports continuous
    operation. | | `CODE_EVALUATION` | `project_id` or `dataset_id` | Requires `evaluators`. Supports
    continuous operation. | | `RUN_EXPERIMENT` | `dataset_id` only | Requires `run_configuration`. Never
    continuous. |  For `RUN_EXPERIMENT` tasks the run configuration is stored on the task. Each trigger
    (`POST /v2/tasks/{task_id}/trigger`) supplies per-run fields (`experiment_name`, optional example
    subset, etc.) and starts an async run. Poll `GET /v2/task-runs/{run_id}` until `status` reaches a
    terminal state.  **Payload Requirements (template_evaluation / code_evaluation)** - At least one
    evaluator is required. - Duplicate evaluator IDs are not allowed. - When `dataset_id` is provided,
    `experiment_ids` must contain at least one entry. - `sampling_rate` and `is_continuous` are only
    supported on project-based tasks. - System-managed fields (`id`, `created_at`, `updated_at`) are
    rejected on input. - `evaluator_version_id` pins an evaluator to one version. Omit it (or send null)
    to run that evaluator's latest version, which is the default. The version must   belong to the
    evaluator named by `evaluator_id`, and every evaluator on the task   must resolve to the same data
    scope — both return 422. List an evaluator's   versions with `GET
    /v2/evaluators/{evaluator_id}/versions`.  **Payload Requirements (run_experiment)** - `dataset_id`
    is required; `project_id` must be omitted. - `run_configuration` is required; `evaluators`,
    `experiment_ids`, `sampling_rate`,   `is_continuous`, and `query_filter` must be omitted.  **Valid
    example** (template_evaluation, project-based) ```json {   "name": "Production Hallucination Check",
    "type": "TEMPLATE_EVALUATION",   "project_id": "TW9kZWw6MTIzOmFCY0Q=",   "sampling_rate": 1.0,
    "is_continuous": true,   "evaluators": [     {       "evaluator_id": "RXZhbHVhdG9yOjEyOmFCY0Q=",
    "column_mappings": {"input": "attributes.input.value", "output": "attributes.output.value"}     }
    ] } ```  **Valid example** (pinned to a specific evaluator version) ```json {   "name":
    "Hallucination Check v3",   "type": "TEMPLATE_EVALUATION",   "project_id": "TW9kZWw6MTIzOmFCY0Q=",
    "evaluators": [     {       "evaluator_id": "RXZhbHVhdG9yOjEyOmFCY0Q=",
    "evaluator_version_id": "RXZhbHVhdG9yVmVyc2lvbjo5OTphQmNE",       "column_mappings": {"input":
    "attributes.input.value"}     }   ] } ```  **Invalid example** (run_experiment missing
    `run_configuration`) ```json {   "name": "My Experiment",   "type": "RUN_EXPERIMENT",
    "dataset_id": "RGF0YXNldDo1NjpxUndY" } ```  **Invalid example** (422 — the version belongs to a
    different evaluator) ```json {   "name": "Mismatched Pin",   "type": "TEMPLATE_EVALUATION",
    "project_id": "TW9kZWw6MTIzOmFCY0Q=",   "evaluators": [     {       "evaluator_id":
    "RXZhbHVhdG9yOjEyOmFCY0Q=",       "evaluator_version_id": "RXZhbHVhdG9yVmVyc2lvbjo3OmFCY0Q="     }
    ] } ```  <Note>This endpoint is in beta, read more [here](https://arize.com/docs/ax/rest-
    reference#api-version-stages).</Note>

    Args:
        body (CreateCodeEvaluationTaskRequest | CreateRunExperimentTaskRequest |
            CreateTemplateEvaluationTaskRequest): Request body for creating a task. The `type` field
            is the discriminator.  | `type` | Schema | |---|---| | `TEMPLATE_EVALUATION` |
            `CreateTemplateEvaluationTaskRequest` | | `CODE_EVALUATION` |
            `CreateCodeEvaluationTaskRequest` | | `RUN_EXPERIMENT` | `CreateRunExperimentTaskRequest`
            |  `RUN_EXPERIMENT` tasks do not run continuously — they must be triggered explicitly via
            `POST /v2/tasks/{task_id}/trigger` each time.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | Task]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CreateCodeEvaluationTaskRequest
    | CreateRunExperimentTaskRequest
    | CreateTemplateEvaluationTaskRequest,
) -> Problem | Task | None:
    """Create task

     Creates a new task. Supported task types:  | `type` | Data source | Notes | |---|---|---| |
    `TEMPLATE_EVALUATION` | `project_id` or `dataset_id` | Requires `evaluators`. Supports continuous
    operation. | | `CODE_EVALUATION` | `project_id` or `dataset_id` | Requires `evaluators`. Supports
    continuous operation. | | `RUN_EXPERIMENT` | `dataset_id` only | Requires `run_configuration`. Never
    continuous. |  For `RUN_EXPERIMENT` tasks the run configuration is stored on the task. Each trigger
    (`POST /v2/tasks/{task_id}/trigger`) supplies per-run fields (`experiment_name`, optional example
    subset, etc.) and starts an async run. Poll `GET /v2/task-runs/{run_id}` until `status` reaches a
    terminal state.  **Payload Requirements (template_evaluation / code_evaluation)** - At least one
    evaluator is required. - Duplicate evaluator IDs are not allowed. - When `dataset_id` is provided,
    `experiment_ids` must contain at least one entry. - `sampling_rate` and `is_continuous` are only
    supported on project-based tasks. - System-managed fields (`id`, `created_at`, `updated_at`) are
    rejected on input. - `evaluator_version_id` pins an evaluator to one version. Omit it (or send null)
    to run that evaluator's latest version, which is the default. The version must   belong to the
    evaluator named by `evaluator_id`, and every evaluator on the task   must resolve to the same data
    scope — both return 422. List an evaluator's   versions with `GET
    /v2/evaluators/{evaluator_id}/versions`.  **Payload Requirements (run_experiment)** - `dataset_id`
    is required; `project_id` must be omitted. - `run_configuration` is required; `evaluators`,
    `experiment_ids`, `sampling_rate`,   `is_continuous`, and `query_filter` must be omitted.  **Valid
    example** (template_evaluation, project-based) ```json {   "name": "Production Hallucination Check",
    "type": "TEMPLATE_EVALUATION",   "project_id": "TW9kZWw6MTIzOmFCY0Q=",   "sampling_rate": 1.0,
    "is_continuous": true,   "evaluators": [     {       "evaluator_id": "RXZhbHVhdG9yOjEyOmFCY0Q=",
    "column_mappings": {"input": "attributes.input.value", "output": "attributes.output.value"}     }
    ] } ```  **Valid example** (pinned to a specific evaluator version) ```json {   "name":
    "Hallucination Check v3",   "type": "TEMPLATE_EVALUATION",   "project_id": "TW9kZWw6MTIzOmFCY0Q=",
    "evaluators": [     {       "evaluator_id": "RXZhbHVhdG9yOjEyOmFCY0Q=",
    "evaluator_version_id": "RXZhbHVhdG9yVmVyc2lvbjo5OTphQmNE",       "column_mappings": {"input":
    "attributes.input.value"}     }   ] } ```  **Invalid example** (run_experiment missing
    `run_configuration`) ```json {   "name": "My Experiment",   "type": "RUN_EXPERIMENT",
    "dataset_id": "RGF0YXNldDo1NjpxUndY" } ```  **Invalid example** (422 — the version belongs to a
    different evaluator) ```json {   "name": "Mismatched Pin",   "type": "TEMPLATE_EVALUATION",
    "project_id": "TW9kZWw6MTIzOmFCY0Q=",   "evaluators": [     {       "evaluator_id":
    "RXZhbHVhdG9yOjEyOmFCY0Q=",       "evaluator_version_id": "RXZhbHVhdG9yVmVyc2lvbjo3OmFCY0Q="     }
    ] } ```  <Note>This endpoint is in beta, read more [here](https://arize.com/docs/ax/rest-
    reference#api-version-stages).</Note>

    Args:
        body (CreateCodeEvaluationTaskRequest | CreateRunExperimentTaskRequest |
            CreateTemplateEvaluationTaskRequest): Request body for creating a task. The `type` field
            is the discriminator.  | `type` | Schema | |---|---| | `TEMPLATE_EVALUATION` |
            `CreateTemplateEvaluationTaskRequest` | | `CODE_EVALUATION` |
            `CreateCodeEvaluationTaskRequest` | | `RUN_EXPERIMENT` | `CreateRunExperimentTaskRequest`
            |  `RUN_EXPERIMENT` tasks do not run continuously — they must be triggered explicitly via
            `POST /v2/tasks/{task_id}/trigger` each time.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | Task
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
