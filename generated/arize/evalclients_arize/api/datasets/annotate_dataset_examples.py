from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.annotate_dataset_examples_request import AnnotateDatasetExamplesRequest
from ...models.problem import Problem
from ...types import Response, path_segment


def build_request(
    dataset_id: str,
    *,
    body: AnnotateDatasetExamplesRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v2/datasets/{dataset_id}/examples/annotate".format(
            dataset_id=path_segment(dataset_id),
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
    dataset_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: AnnotateDatasetExamplesRequest,
) -> Response[Any | Problem]:
    """Annotate a batch of dataset examples

     Write human annotations to a batch of examples in a dataset.  **Idempotency**: Writes use upsert
    semantics — submitting the same annotation config name for the same example overwrites the previous
    value. Retrying on network failure will not create duplicates.  **202 Accepted**: The annotations
    have been accepted and will be written. Visibility in read queries may lag by a short interval. No
    response body is returned.  **Unmatched record IDs**: If a `record_id` does not correspond to an
    existing example in the dataset, the annotation for that record is silently ignored. No error is
    returned.  **Payload Requirements** - `dataset_id` is the path parameter for the target dataset. -
    `annotations` is a list of per-example annotation inputs, each identified by `record_id`. -
    Annotation names must match existing annotation configs in the dataset's space. - Up to 1000
    examples may be annotated per request.  **Valid example** ```json {   "annotations": [
    {"record_id": "ex_abc", "values": [{"name": "quality", "score": 0.8}]}   ] } ```  **Invalid
    example** (annotation name not found in space) ```json {   "annotations": [     {"record_id":
    "ex_abc", "values": [{"name": "nonexistent_config"}]}   ] } ```  <Note>This endpoint is in beta,
    read more [here](https://arize.com/docs/ax/rest-reference#api-version-stages).</Note>

    Args:
        dataset_id (str):
        body (AnnotateDatasetExamplesRequest): Batch annotation request for dataset examples.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Problem]
    """

    kwargs = _get_kwargs(
        dataset_id=dataset_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    dataset_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: AnnotateDatasetExamplesRequest,
) -> Any | Problem | None:
    """Annotate a batch of dataset examples

     Write human annotations to a batch of examples in a dataset.  **Idempotency**: Writes use upsert
    semantics — submitting the same annotation config name for the same example overwrites the previous
    value. Retrying on network failure will not create duplicates.  **202 Accepted**: The annotations
    have been accepted and will be written. Visibility in read queries may lag by a short interval. No
    response body is returned.  **Unmatched record IDs**: If a `record_id` does not correspond to an
    existing example in the dataset, the annotation for that record is silently ignored. No error is
    returned.  **Payload Requirements** - `dataset_id` is the path parameter for the target dataset. -
    `annotations` is a list of per-example annotation inputs, each identified by `record_id`. -
    Annotation names must match existing annotation configs in the dataset's space. - Up to 1000
    examples may be annotated per request.  **Valid example** ```json {   "annotations": [
    {"record_id": "ex_abc", "values": [{"name": "quality", "score": 0.8}]}   ] } ```  **Invalid
    example** (annotation name not found in space) ```json {   "annotations": [     {"record_id":
    "ex_abc", "values": [{"name": "nonexistent_config"}]}   ] } ```  <Note>This endpoint is in beta,
    read more [here](https://arize.com/docs/ax/rest-reference#api-version-stages).</Note>

    Args:
        dataset_id (str):
        body (AnnotateDatasetExamplesRequest): Batch annotation request for dataset examples.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Problem
    """

    return sync_detailed(
        dataset_id=dataset_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    dataset_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: AnnotateDatasetExamplesRequest,
) -> Response[Any | Problem]:
    """Annotate a batch of dataset examples

     Write human annotations to a batch of examples in a dataset.  **Idempotency**: Writes use upsert
    semantics — submitting the same annotation config name for the same example overwrites the previous
    value. Retrying on network failure will not create duplicates.  **202 Accepted**: The annotations
    have been accepted and will be written. Visibility in read queries may lag by a short interval. No
    response body is returned.  **Unmatched record IDs**: If a `record_id` does not correspond to an
    existing example in the dataset, the annotation for that record is silently ignored. No error is
    returned.  **Payload Requirements** - `dataset_id` is the path parameter for the target dataset. -
    `annotations` is a list of per-example annotation inputs, each identified by `record_id`. -
    Annotation names must match existing annotation configs in the dataset's space. - Up to 1000
    examples may be annotated per request.  **Valid example** ```json {   "annotations": [
    {"record_id": "ex_abc", "values": [{"name": "quality", "score": 0.8}]}   ] } ```  **Invalid
    example** (annotation name not found in space) ```json {   "annotations": [     {"record_id":
    "ex_abc", "values": [{"name": "nonexistent_config"}]}   ] } ```  <Note>This endpoint is in beta,
    read more [here](https://arize.com/docs/ax/rest-reference#api-version-stages).</Note>

    Args:
        dataset_id (str):
        body (AnnotateDatasetExamplesRequest): Batch annotation request for dataset examples.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Problem]
    """

    kwargs = _get_kwargs(
        dataset_id=dataset_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    dataset_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: AnnotateDatasetExamplesRequest,
) -> Any | Problem | None:
    """Annotate a batch of dataset examples

     Write human annotations to a batch of examples in a dataset.  **Idempotency**: Writes use upsert
    semantics — submitting the same annotation config name for the same example overwrites the previous
    value. Retrying on network failure will not create duplicates.  **202 Accepted**: The annotations
    have been accepted and will be written. Visibility in read queries may lag by a short interval. No
    response body is returned.  **Unmatched record IDs**: If a `record_id` does not correspond to an
    existing example in the dataset, the annotation for that record is silently ignored. No error is
    returned.  **Payload Requirements** - `dataset_id` is the path parameter for the target dataset. -
    `annotations` is a list of per-example annotation inputs, each identified by `record_id`. -
    Annotation names must match existing annotation configs in the dataset's space. - Up to 1000
    examples may be annotated per request.  **Valid example** ```json {   "annotations": [
    {"record_id": "ex_abc", "values": [{"name": "quality", "score": 0.8}]}   ] } ```  **Invalid
    example** (annotation name not found in space) ```json {   "annotations": [     {"record_id":
    "ex_abc", "values": [{"name": "nonexistent_config"}]}   ] } ```  <Note>This endpoint is in beta,
    read more [here](https://arize.com/docs/ax/rest-reference#api-version-stages).</Note>

    Args:
        dataset_id (str):
        body (AnnotateDatasetExamplesRequest): Batch annotation request for dataset examples.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Problem
    """

    return (
        await asyncio_detailed(
            dataset_id=dataset_id,
            client=client,
            body=body,
        )
    ).parsed
