from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.task_run import TaskRun
from ...models.trigger_evaluation_task_run_request import TriggerEvaluationTaskRunRequest
from ...models.trigger_run_experiment_task_run_request import TriggerRunExperimentTaskRunRequest
from ...types import UNSET, Response, Unset, path_segment


def build_request(
    task_id: str,
    *,
    body: TriggerEvaluationTaskRunRequest | TriggerRunExperimentTaskRunRequest | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v2/tasks/{task_id}/trigger".format(
            task_id=path_segment(task_id),
        ),
    }

    if isinstance(body, TriggerEvaluationTaskRunRequest):
        _kwargs["json"] = body.to_dict()
    else:
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


_get_kwargs = build_request


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | TaskRun | None:
    if response.status_code == 201:
        response_201 = TaskRun.from_dict(response.json())

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


def parse_body(status: int, body: Any) -> Problem | TaskRun | None:
    """The typed value of ``body``, already decoded, answered with ``status``."""
    if status == 201:
        response_201 = TaskRun.from_dict(body)

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
) -> Response[Problem | TaskRun]:
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
    body: TriggerEvaluationTaskRunRequest | TriggerRunExperimentTaskRunRequest | Unset = UNSET,
) -> Response[Problem | TaskRun]:
    """Trigger a task run

     Triggers a new run on an existing task. The run is queued and processed asynchronously. Poll `GET
    /v2/task-runs/{run_id}` until the run reaches a terminal status (`completed`, `failed`, or
    `cancelled`).  **Payload Requirements** - Fields must match the task's type; sending inapplicable
    fields returns 400. - For `TEMPLATE_EVALUATION` / `CODE_EVALUATION` tasks, all trigger fields are
    optional — an empty body uses server defaults. - For `RUN_EXPERIMENT` tasks, `experiment_name` is
    required.  **For `RUN_EXPERIMENT` tasks**  Supply `experiment_name` (required) plus any of the
    optional per-run fields: `dataset_version_id`, `example_ids` (exclusive with `max_examples`),
    `max_examples`, `query_filter` (run only on matching examples; may be combined with `example_ids` to
    run their intersection), `tracing_metadata`, `evaluation_task_ids`.  The fields `data_start_time`,
    `data_end_time`, `max_spans`, `override_evaluations`, and `experiment_ids` are not applicable and
    will return 400 if supplied.  The response includes `experiment_id` once the experiment is
    provisioned.  **For `TEMPLATE_EVALUATION` / `CODE_EVALUATION` tasks**  Supply `data_start_time`,
    `data_end_time`, `max_spans`, `override_evaluations`, and/or `experiment_ids` as needed.
    `RUN_EXPERIMENT`-specific fields are not applicable for these task types.  **Valid example**
    (trigger a run_experiment run) ```json {   "experiment_name": "GPT-4o Baseline v2",
    "max_examples": 50 } ```  **Invalid example** (run_experiment trigger missing required
    `experiment_name`) ```json {   "max_examples": 50 } ```  <Note>This endpoint is in beta, read more
    [here](https://arize.com/docs/ax/rest-reference#api-version-stages).</Note>

    Args:
        task_id (str):
        body (TriggerEvaluationTaskRunRequest | TriggerRunExperimentTaskRunRequest | Unset):
            Trigger body for `POST /v2/tasks/{task_id}/trigger`. The server derives the task type from
            the URL's task record and selects the appropriate schema; the body itself does not carry a
            `task_type` field.  | Task type | Schema | |---|---| | `TEMPLATE_EVALUATION` |
            `TriggerEvaluationTaskRunRequest` | | `CODE_EVALUATION` |
            `TriggerEvaluationTaskRunRequest` | | `RUN_EXPERIMENT` |
            `TriggerRunExperimentTaskRunRequest` |  Sending a field that is not valid for the resolved
            task type returns 400. For `TEMPLATE_EVALUATION` and `CODE_EVALUATION` tasks all trigger
            fields are optional — an empty body is valid and uses server defaults.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | TaskRun]
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
    body: TriggerEvaluationTaskRunRequest | TriggerRunExperimentTaskRunRequest | Unset = UNSET,
) -> Problem | TaskRun | None:
    """Trigger a task run

     Triggers a new run on an existing task. The run is queued and processed asynchronously. Poll `GET
    /v2/task-runs/{run_id}` until the run reaches a terminal status (`completed`, `failed`, or
    `cancelled`).  **Payload Requirements** - Fields must match the task's type; sending inapplicable
    fields returns 400. - For `TEMPLATE_EVALUATION` / `CODE_EVALUATION` tasks, all trigger fields are
    optional — an empty body uses server defaults. - For `RUN_EXPERIMENT` tasks, `experiment_name` is
    required.  **For `RUN_EXPERIMENT` tasks**  Supply `experiment_name` (required) plus any of the
    optional per-run fields: `dataset_version_id`, `example_ids` (exclusive with `max_examples`),
    `max_examples`, `query_filter` (run only on matching examples; may be combined with `example_ids` to
    run their intersection), `tracing_metadata`, `evaluation_task_ids`.  The fields `data_start_time`,
    `data_end_time`, `max_spans`, `override_evaluations`, and `experiment_ids` are not applicable and
    will return 400 if supplied.  The response includes `experiment_id` once the experiment is
    provisioned.  **For `TEMPLATE_EVALUATION` / `CODE_EVALUATION` tasks**  Supply `data_start_time`,
    `data_end_time`, `max_spans`, `override_evaluations`, and/or `experiment_ids` as needed.
    `RUN_EXPERIMENT`-specific fields are not applicable for these task types.  **Valid example**
    (trigger a run_experiment run) ```json {   "experiment_name": "GPT-4o Baseline v2",
    "max_examples": 50 } ```  **Invalid example** (run_experiment trigger missing required
    `experiment_name`) ```json {   "max_examples": 50 } ```  <Note>This endpoint is in beta, read more
    [here](https://arize.com/docs/ax/rest-reference#api-version-stages).</Note>

    Args:
        task_id (str):
        body (TriggerEvaluationTaskRunRequest | TriggerRunExperimentTaskRunRequest | Unset):
            Trigger body for `POST /v2/tasks/{task_id}/trigger`. The server derives the task type from
            the URL's task record and selects the appropriate schema; the body itself does not carry a
            `task_type` field.  | Task type | Schema | |---|---| | `TEMPLATE_EVALUATION` |
            `TriggerEvaluationTaskRunRequest` | | `CODE_EVALUATION` |
            `TriggerEvaluationTaskRunRequest` | | `RUN_EXPERIMENT` |
            `TriggerRunExperimentTaskRunRequest` |  Sending a field that is not valid for the resolved
            task type returns 400. For `TEMPLATE_EVALUATION` and `CODE_EVALUATION` tasks all trigger
            fields are optional — an empty body is valid and uses server defaults.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | TaskRun
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
    body: TriggerEvaluationTaskRunRequest | TriggerRunExperimentTaskRunRequest | Unset = UNSET,
) -> Response[Problem | TaskRun]:
    """Trigger a task run

     Triggers a new run on an existing task. The run is queued and processed asynchronously. Poll `GET
    /v2/task-runs/{run_id}` until the run reaches a terminal status (`completed`, `failed`, or
    `cancelled`).  **Payload Requirements** - Fields must match the task's type; sending inapplicable
    fields returns 400. - For `TEMPLATE_EVALUATION` / `CODE_EVALUATION` tasks, all trigger fields are
    optional — an empty body uses server defaults. - For `RUN_EXPERIMENT` tasks, `experiment_name` is
    required.  **For `RUN_EXPERIMENT` tasks**  Supply `experiment_name` (required) plus any of the
    optional per-run fields: `dataset_version_id`, `example_ids` (exclusive with `max_examples`),
    `max_examples`, `query_filter` (run only on matching examples; may be combined with `example_ids` to
    run their intersection), `tracing_metadata`, `evaluation_task_ids`.  The fields `data_start_time`,
    `data_end_time`, `max_spans`, `override_evaluations`, and `experiment_ids` are not applicable and
    will return 400 if supplied.  The response includes `experiment_id` once the experiment is
    provisioned.  **For `TEMPLATE_EVALUATION` / `CODE_EVALUATION` tasks**  Supply `data_start_time`,
    `data_end_time`, `max_spans`, `override_evaluations`, and/or `experiment_ids` as needed.
    `RUN_EXPERIMENT`-specific fields are not applicable for these task types.  **Valid example**
    (trigger a run_experiment run) ```json {   "experiment_name": "GPT-4o Baseline v2",
    "max_examples": 50 } ```  **Invalid example** (run_experiment trigger missing required
    `experiment_name`) ```json {   "max_examples": 50 } ```  <Note>This endpoint is in beta, read more
    [here](https://arize.com/docs/ax/rest-reference#api-version-stages).</Note>

    Args:
        task_id (str):
        body (TriggerEvaluationTaskRunRequest | TriggerRunExperimentTaskRunRequest | Unset):
            Trigger body for `POST /v2/tasks/{task_id}/trigger`. The server derives the task type from
            the URL's task record and selects the appropriate schema; the body itself does not carry a
            `task_type` field.  | Task type | Schema | |---|---| | `TEMPLATE_EVALUATION` |
            `TriggerEvaluationTaskRunRequest` | | `CODE_EVALUATION` |
            `TriggerEvaluationTaskRunRequest` | | `RUN_EXPERIMENT` |
            `TriggerRunExperimentTaskRunRequest` |  Sending a field that is not valid for the resolved
            task type returns 400. For `TEMPLATE_EVALUATION` and `CODE_EVALUATION` tasks all trigger
            fields are optional — an empty body is valid and uses server defaults.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | TaskRun]
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
    body: TriggerEvaluationTaskRunRequest | TriggerRunExperimentTaskRunRequest | Unset = UNSET,
) -> Problem | TaskRun | None:
    """Trigger a task run

     Triggers a new run on an existing task. The run is queued and processed asynchronously. Poll `GET
    /v2/task-runs/{run_id}` until the run reaches a terminal status (`completed`, `failed`, or
    `cancelled`).  **Payload Requirements** - Fields must match the task's type; sending inapplicable
    fields returns 400. - For `TEMPLATE_EVALUATION` / `CODE_EVALUATION` tasks, all trigger fields are
    optional — an empty body uses server defaults. - For `RUN_EXPERIMENT` tasks, `experiment_name` is
    required.  **For `RUN_EXPERIMENT` tasks**  Supply `experiment_name` (required) plus any of the
    optional per-run fields: `dataset_version_id`, `example_ids` (exclusive with `max_examples`),
    `max_examples`, `query_filter` (run only on matching examples; may be combined with `example_ids` to
    run their intersection), `tracing_metadata`, `evaluation_task_ids`.  The fields `data_start_time`,
    `data_end_time`, `max_spans`, `override_evaluations`, and `experiment_ids` are not applicable and
    will return 400 if supplied.  The response includes `experiment_id` once the experiment is
    provisioned.  **For `TEMPLATE_EVALUATION` / `CODE_EVALUATION` tasks**  Supply `data_start_time`,
    `data_end_time`, `max_spans`, `override_evaluations`, and/or `experiment_ids` as needed.
    `RUN_EXPERIMENT`-specific fields are not applicable for these task types.  **Valid example**
    (trigger a run_experiment run) ```json {   "experiment_name": "GPT-4o Baseline v2",
    "max_examples": 50 } ```  **Invalid example** (run_experiment trigger missing required
    `experiment_name`) ```json {   "max_examples": 50 } ```  <Note>This endpoint is in beta, read more
    [here](https://arize.com/docs/ax/rest-reference#api-version-stages).</Note>

    Args:
        task_id (str):
        body (TriggerEvaluationTaskRunRequest | TriggerRunExperimentTaskRunRequest | Unset):
            Trigger body for `POST /v2/tasks/{task_id}/trigger`. The server derives the task type from
            the URL's task record and selects the appropriate schema; the body itself does not carry a
            `task_type` field.  | Task type | Schema | |---|---| | `TEMPLATE_EVALUATION` |
            `TriggerEvaluationTaskRunRequest` | | `CODE_EVALUATION` |
            `TriggerEvaluationTaskRunRequest` | | `RUN_EXPERIMENT` |
            `TriggerRunExperimentTaskRunRequest` |  Sending a field that is not valid for the resolved
            task type returns 400. For `TEMPLATE_EVALUATION` and `CODE_EVALUATION` tasks all trigger
            fields are optional — an empty body is valid and uses server defaults.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | TaskRun
    """

    return (
        await asyncio_detailed(
            task_id=task_id,
            client=client,
            body=body,
        )
    ).parsed
