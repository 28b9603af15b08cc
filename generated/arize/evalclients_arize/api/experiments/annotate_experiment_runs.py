from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.annotate_experiment_runs_request import AnnotateExperimentRunsRequest
from ...models.problem import Problem
from ...types import Response, path_segment


def build_request(
    experiment_id: str,
    *,
    body: AnnotateExperimentRunsRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v2/experiments/{experiment_id}/runs/annotate".format(
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
) -> Any | Problem | None:
    if response.status_code == 202:
        response_202 = cast(Any, None)
        return response_202

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


def parse_body(status: int, body: Any) -> Any | Problem | None:
    """The typed value of ``body``, already decoded, answered with ``status``."""
    if status == 202:
        response_202 = cast(Any, None)
        return response_202

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
    202: "none",
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
) -> Response[Any | Problem]:
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
    body: AnnotateExperimentRunsRequest,
) -> Response[Any | Problem]:
    """Annotate a batch of experiment runs

     Write human annotations to a batch of runs in an experiment.  **Idempotency**: Writes use upsert
    semantics — submitting the same annotation config name for the same run overwrites the previous
    value. Retrying on network failure will not create duplicates.  **202 Accepted**: The annotations
    have been accepted and will be written. Visibility in read queries may lag by a short interval. No
    response body is returned.  **Unmatched record IDs**: If a `record_id` does not correspond to an
    existing run in the experiment, the annotation for that record is silently ignored. No error is
    returned.  **Payload Requirements** - `experiment_id` is the path parameter for the target
    experiment. - `annotations` is a list of per-run annotation inputs, each identified by `record_id`.
    - Annotation names must match existing annotation configs in the experiment's space. - Up to 1000
    runs may be annotated per request.  **Valid example** ```json {   "annotations": [     {"record_id":
    "run_abc", "values": [{"name": "quality", "label": "good"}]}   ] } ```  **Invalid example**
    (annotation name not found in space) ```json {   "annotations": [     {"record_id": "run_abc",
    "values": [{"name": "nonexistent_config"}]}   ] } ```

    Args:
        experiment_id (str):
        body (AnnotateExperimentRunsRequest): Batch annotation request for experiment runs.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Problem]
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
    body: AnnotateExperimentRunsRequest,
) -> Any | Problem | None:
    """Annotate a batch of experiment runs

     Write human annotations to a batch of runs in an experiment.  **Idempotency**: Writes use upsert
    semantics — submitting the same annotation config name for the same run overwrites the previous
    value. Retrying on network failure will not create duplicates.  **202 Accepted**: The annotations
    have been accepted and will be written. Visibility in read queries may lag by a short interval. No
    response body is returned.  **Unmatched record IDs**: If a `record_id` does not correspond to an
    existing run in the experiment, the annotation for that record is silently ignored. No error is
    returned.  **Payload Requirements** - `experiment_id` is the path parameter for the target
    experiment. - `annotations` is a list of per-run annotation inputs, each identified by `record_id`.
    - Annotation names must match existing annotation configs in the experiment's space. - Up to 1000
    runs may be annotated per request.  **Valid example** ```json {   "annotations": [     {"record_id":
    "run_abc", "values": [{"name": "quality", "label": "good"}]}   ] } ```  **Invalid example**
    (annotation name not found in space) ```json {   "annotations": [     {"record_id": "run_abc",
    "values": [{"name": "nonexistent_config"}]}   ] } ```

    Args:
        experiment_id (str):
        body (AnnotateExperimentRunsRequest): Batch annotation request for experiment runs.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Problem
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
    body: AnnotateExperimentRunsRequest,
) -> Response[Any | Problem]:
    """Annotate a batch of experiment runs

     Write human annotations to a batch of runs in an experiment.  **Idempotency**: Writes use upsert
    semantics — submitting the same annotation config name for the same run overwrites the previous
    value. Retrying on network failure will not create duplicates.  **202 Accepted**: The annotations
    have been accepted and will be written. Visibility in read queries may lag by a short interval. No
    response body is returned.  **Unmatched record IDs**: If a `record_id` does not correspond to an
    existing run in the experiment, the annotation for that record is silently ignored. No error is
    returned.  **Payload Requirements** - `experiment_id` is the path parameter for the target
    experiment. - `annotations` is a list of per-run annotation inputs, each identified by `record_id`.
    - Annotation names must match existing annotation configs in the experiment's space. - Up to 1000
    runs may be annotated per request.  **Valid example** ```json {   "annotations": [     {"record_id":
    "run_abc", "values": [{"name": "quality", "label": "good"}]}   ] } ```  **Invalid example**
    (annotation name not found in space) ```json {   "annotations": [     {"record_id": "run_abc",
    "values": [{"name": "nonexistent_config"}]}   ] } ```

    Args:
        experiment_id (str):
        body (AnnotateExperimentRunsRequest): Batch annotation request for experiment runs.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Problem]
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
    body: AnnotateExperimentRunsRequest,
) -> Any | Problem | None:
    """Annotate a batch of experiment runs

     Write human annotations to a batch of runs in an experiment.  **Idempotency**: Writes use upsert
    semantics — submitting the same annotation config name for the same run overwrites the previous
    value. Retrying on network failure will not create duplicates.  **202 Accepted**: The annotations
    have been accepted and will be written. Visibility in read queries may lag by a short interval. No
    response body is returned.  **Unmatched record IDs**: If a `record_id` does not correspond to an
    existing run in the experiment, the annotation for that record is silently ignored. No error is
    returned.  **Payload Requirements** - `experiment_id` is the path parameter for the target
    experiment. - `annotations` is a list of per-run annotation inputs, each identified by `record_id`.
    - Annotation names must match existing annotation configs in the experiment's space. - Up to 1000
    runs may be annotated per request.  **Valid example** ```json {   "annotations": [     {"record_id":
    "run_abc", "values": [{"name": "quality", "label": "good"}]}   ] } ```  **Invalid example**
    (annotation name not found in space) ```json {   "annotations": [     {"record_id": "run_abc",
    "values": [{"name": "nonexistent_config"}]}   ] } ```

    Args:
        experiment_id (str):
        body (AnnotateExperimentRunsRequest): Batch annotation request for experiment runs.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Problem
    """

    return (
        await asyncio_detailed(
            experiment_id=experiment_id,
            client=client,
            body=body,
        )
    ).parsed
