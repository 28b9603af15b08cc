from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.task import Task
from ...models.update_evaluation_task_request import UpdateEvaluationTaskRequest
from ...models.update_run_experiment_task_request import UpdateRunExperimentTaskRequest
from ...types import Response, path_segment


def build_request(
    task_id: str,
    *,
    body: UpdateEvaluationTaskRequest | UpdateRunExperimentTaskRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/v2/tasks/{task_id}".format(
            task_id=path_segment(task_id),
        ),
    }

    if isinstance(body, UpdateEvaluationTaskRequest):
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
    if response.status_code == 200:
        response_200 = Task.from_dict(response.json())

        return response_200

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
    if status == 200:
        response_200 = Task.from_dict(body)

        return response_200

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
    200: "json",
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
    task_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateEvaluationTaskRequest | UpdateRunExperimentTaskRequest,
) -> Response[Problem | Task]:
    """Update task

     Update a task's mutable fields. At least one field must be provided. Omitted fields are left
    unchanged.  **Payload Requirements** - At least one mutable field must be provided. - When
    `evaluators` is provided, the entire evaluator list is replaced. - `sampling_rate` and
    `is_continuous` are only applicable for project-based tasks. - Fields not valid for the task's type
    return 400 (e.g. `run_configuration` on an evaluation task). - System-managed fields (`id`, `type`,
    `created_at`, `updated_at`) cannot be modified. - `evaluator_version_id` pins an evaluator to one
    version. Because `evaluators`   replaces the whole list, each entry states its own pin: send a
    version ID to pin,   and omit the field or send null to run the latest version. Omit `evaluators`
    entirely to leave the existing attachments — and their pins — untouched. - A pinned version must
    belong to the evaluator named by `evaluator_id`, and every   evaluator on the task must resolve to
    the same data scope. Both return 422.  **Valid example** (update evaluation task) ```json {
    "name": "Updated Hallucination Check",   "sampling_rate": 0.5,   "query_filter":
    "metadata.environment = 'staging'" } ```  **Valid example** (pin one evaluator, leave the other on
    latest) ```json {   "evaluators": [     {       "evaluator_id": "RXZhbHVhdG9yOjEyOmFCY0Q=",
    "evaluator_version_id": "RXZhbHVhdG9yVmVyc2lvbjo5OTphQmNE"     },     {       "evaluator_id":
    "RXZhbHVhdG9yOjEzOmFCY0Q="     }   ] } ```  **Invalid example** (no fields provided) ```json {} ```
    <Note>This endpoint is in beta, read more [here](https://arize.com/docs/ax/rest-reference#api-
    version-stages).</Note>

    Args:
        task_id (str):
        body (UpdateEvaluationTaskRequest | UpdateRunExperimentTaskRequest): PATCH body for `PATCH
            /v2/tasks/{task_id}`. The server derives the task type from the URL's task record and
            selects the appropriate schema; the body itself does not carry a `type` field.  | Task
            type | Schema | |---|---| | `TEMPLATE_EVALUATION` | `UpdateEvaluationTaskRequest` | |
            `CODE_EVALUATION` | `UpdateEvaluationTaskRequest` | | `RUN_EXPERIMENT` |
            `UpdateRunExperimentTaskRequest` |  Sending a field that is not valid for the resolved
            task type returns 400 (e.g. `evaluators` on a `RUN_EXPERIMENT` task, or
            `run_configuration` on an evaluation task).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | Task]
    """

    kwargs = _get_kwargs(
        task_id=task_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    task_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateEvaluationTaskRequest | UpdateRunExperimentTaskRequest,
) -> Problem | Task | None:
    """Update task

     Update a task's mutable fields. At least one field must be provided. Omitted fields are left
    unchanged.  **Payload Requirements** - At least one mutable field must be provided. - When
    `evaluators` is provided, the entire evaluator list is replaced. - `sampling_rate` and
    `is_continuous` are only applicable for project-based tasks. - Fields not valid for the task's type
    return 400 (e.g. `run_configuration` on an evaluation task). - System-managed fields (`id`, `type`,
    `created_at`, `updated_at`) cannot be modified. - `evaluator_version_id` pins an evaluator to one
    version. Because `evaluators`   replaces the whole list, each entry states its own pin: send a
    version ID to pin,   and omit the field or send null to run the latest version. Omit `evaluators`
    entirely to leave the existing attachments — and their pins — untouched. - A pinned version must
    belong to the evaluator named by `evaluator_id`, and every   evaluator on the task must resolve to
    the same data scope. Both return 422.  **Valid example** (update evaluation task) ```json {
    "name": "Updated Hallucination Check",   "sampling_rate": 0.5,   "query_filter":
    "metadata.environment = 'staging'" } ```  **Valid example** (pin one evaluator, leave the other on
    latest) ```json {   "evaluators": [     {       "evaluator_id": "RXZhbHVhdG9yOjEyOmFCY0Q=",
    "evaluator_version_id": "RXZhbHVhdG9yVmVyc2lvbjo5OTphQmNE"     },     {       "evaluator_id":
    "RXZhbHVhdG9yOjEzOmFCY0Q="     }   ] } ```  **Invalid example** (no fields provided) ```json {} ```
    <Note>This endpoint is in beta, read more [here](https://arize.com/docs/ax/rest-reference#api-
    version-stages).</Note>

    Args:
        task_id (str):
        body (UpdateEvaluationTaskRequest | UpdateRunExperimentTaskRequest): PATCH body for `PATCH
            /v2/tasks/{task_id}`. The server derives the task type from the URL's task record and
            selects the appropriate schema; the body itself does not carry a `type` field.  | Task
            type | Schema | |---|---| | `TEMPLATE_EVALUATION` | `UpdateEvaluationTaskRequest` | |
            `CODE_EVALUATION` | `UpdateEvaluationTaskRequest` | | `RUN_EXPERIMENT` |
            `UpdateRunExperimentTaskRequest` |  Sending a field that is not valid for the resolved
            task type returns 400 (e.g. `evaluators` on a `RUN_EXPERIMENT` task, or
            `run_configuration` on an evaluation task).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | Task
    """

    return sync_detailed(
        task_id=task_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    task_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateEvaluationTaskRequest | UpdateRunExperimentTaskRequest,
) -> Response[Problem | Task]:
    """Update task

     Update a task's mutable fields. At least one field must be provided. Omitted fields are left
    unchanged.  **Payload Requirements** - At least one mutable field must be provided. - When
    `evaluators` is provided, the entire evaluator list is replaced. - `sampling_rate` and
    `is_continuous` are only applicable for project-based tasks. - Fields not valid for the task's type
    return 400 (e.g. `run_configuration` on an evaluation task). - System-managed fields (`id`, `type`,
    `created_at`, `updated_at`) cannot be modified. - `evaluator_version_id` pins an evaluator to one
    version. Because `evaluators`   replaces the whole list, each entry states its own pin: send a
    version ID to pin,   and omit the field or send null to run the latest version. Omit `evaluators`
    entirely to leave the existing attachments — and their pins — untouched. - A pinned version must
    belong to the evaluator named by `evaluator_id`, and every   evaluator on the task must resolve to
    the same data scope. Both return 422.  **Valid example** (update evaluation task) ```json {
    "name": "Updated Hallucination Check",   "sampling_rate": 0.5,   "query_filter":
    "metadata.environment = 'staging'" } ```  **Valid example** (pin one evaluator, leave the other on
    latest) ```json {   "evaluators": [     {       "evaluator_id": "RXZhbHVhdG9yOjEyOmFCY0Q=",
    "evaluator_version_id": "RXZhbHVhdG9yVmVyc2lvbjo5OTphQmNE"     },     {       "evaluator_id":
    "RXZhbHVhdG9yOjEzOmFCY0Q="     }   ] } ```  **Invalid example** (no fields provided) ```json {} ```
    <Note>This endpoint is in beta, read more [here](https://arize.com/docs/ax/rest-reference#api-
    version-stages).</Note>

    Args:
        task_id (str):
        body (UpdateEvaluationTaskRequest | UpdateRunExperimentTaskRequest): PATCH body for `PATCH
            /v2/tasks/{task_id}`. The server derives the task type from the URL's task record and
            selects the appropriate schema; the body itself does not carry a `type` field.  | Task
            type | Schema | |---|---| | `TEMPLATE_EVALUATION` | `UpdateEvaluationTaskRequest` | |
            `CODE_EVALUATION` | `UpdateEvaluationTaskRequest` | | `RUN_EXPERIMENT` |
            `UpdateRunExperimentTaskRequest` |  Sending a field that is not valid for the resolved
            task type returns 400 (e.g. `evaluators` on a `RUN_EXPERIMENT` task, or
            `run_configuration` on an evaluation task).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | Task]
    """

    kwargs = _get_kwargs(
        task_id=task_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    task_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateEvaluationTaskRequest | UpdateRunExperimentTaskRequest,
) -> Problem | Task | None:
    """Update task

     Update a task's mutable fields. At least one field must be provided. Omitted fields are left
    unchanged.  **Payload Requirements** - At least one mutable field must be provided. - When
    `evaluators` is provided, the entire evaluator list is replaced. - `sampling_rate` and
    `is_continuous` are only applicable for project-based tasks. - Fields not valid for the task's type
    return 400 (e.g. `run_configuration` on an evaluation task). - System-managed fields (`id`, `type`,
    `created_at`, `updated_at`) cannot be modified. - `evaluator_version_id` pins an evaluator to one
    version. Because `evaluators`   replaces the whole list, each entry states its own pin: send a
    version ID to pin,   and omit the field or send null to run the latest version. Omit `evaluators`
    entirely to leave the existing attachments — and their pins — untouched. - A pinned version must
    belong to the evaluator named by `evaluator_id`, and every   evaluator on the task must resolve to
    the same data scope. Both return 422.  **Valid example** (update evaluation task) ```json {
    "name": "Updated Hallucination Check",   "sampling_rate": 0.5,   "query_filter":
    "metadata.environment = 'staging'" } ```  **Valid example** (pin one evaluator, leave the other on
    latest) ```json {   "evaluators": [     {       "evaluator_id": "RXZhbHVhdG9yOjEyOmFCY0Q=",
    "evaluator_version_id": "RXZhbHVhdG9yVmVyc2lvbjo5OTphQmNE"     },     {       "evaluator_id":
    "RXZhbHVhdG9yOjEzOmFCY0Q="     }   ] } ```  **Invalid example** (no fields provided) ```json {} ```
    <Note>This endpoint is in beta, read more [here](https://arize.com/docs/ax/rest-reference#api-
    version-stages).</Note>

    Args:
        task_id (str):
        body (UpdateEvaluationTaskRequest | UpdateRunExperimentTaskRequest): PATCH body for `PATCH
            /v2/tasks/{task_id}`. The server derives the task type from the URL's task record and
            selects the appropriate schema; the body itself does not carry a `type` field.  | Task
            type | Schema | |---|---| | `TEMPLATE_EVALUATION` | `UpdateEvaluationTaskRequest` | |
            `CODE_EVALUATION` | `UpdateEvaluationTaskRequest` | | `RUN_EXPERIMENT` |
            `UpdateRunExperimentTaskRequest` |  Sending a field that is not valid for the resolved
            task type returns 400 (e.g. `evaluators` on a `RUN_EXPERIMENT` task, or
            `run_configuration` on an evaluation task).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | Task
    """

    return (
        await asyncio_detailed(
            task_id=task_id,
            client=client,
            body=body,
        )
    ).parsed
