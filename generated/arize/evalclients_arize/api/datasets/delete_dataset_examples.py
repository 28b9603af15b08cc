from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.delete_dataset_examples_problem import DeleteDatasetExamplesProblem
from ...models.delete_dataset_examples_request import DeleteDatasetExamplesRequest
from ...models.delete_dataset_examples_response import DeleteDatasetExamplesResponse
from ...models.problem import Problem
from ...types import Response, path_segment


def build_request(
    dataset_id: str,
    *,
    body: DeleteDatasetExamplesRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/v2/datasets/{dataset_id}/examples".format(
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
) -> DeleteDatasetExamplesProblem | DeleteDatasetExamplesResponse | Problem | None:
    if response.status_code == 200:
        response_200 = DeleteDatasetExamplesResponse.from_dict(response.json())

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

    if response.status_code == 503:
        response_503 = DeleteDatasetExamplesProblem.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def parse_body(
    status: int, body: Any
) -> DeleteDatasetExamplesProblem | DeleteDatasetExamplesResponse | Problem | None:
    """The typed value of ``body``, already decoded, answered with ``status``."""
    if status == 200:
        response_200 = DeleteDatasetExamplesResponse.from_dict(body)

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

    if status == 503:
        response_503 = DeleteDatasetExamplesProblem.from_dict(body)

        return response_503

    return None


BODY_SOURCES: dict[int, str] = {
    200: "json",
    400: "json",
    401: "json",
    403: "json",
    404: "json",
    422: "json",
    429: "json",
    503: "json",
}
"""What parse_body() takes for each status: json (json.loads() output), text, bytes or none."""


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[DeleteDatasetExamplesProblem | DeleteDatasetExamplesResponse | Problem]:
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
    body: DeleteDatasetExamplesRequest,
) -> Response[DeleteDatasetExamplesProblem | DeleteDatasetExamplesResponse | Problem]:
    """Delete dataset examples

     Delete a collection of examples from a dataset by their IDs.  The delete is partial-tolerant:
    examples that exist in the selected version are deleted, and every requested ID that was not deleted
    is reported back.  A `200 OK` response always includes: - `completed` — `true` if the operation
    finished and no retry is needed;   `false` if it could not fully complete (retry the full request).
    - `deleted_example_ids` — example IDs confirmed deleted in this request. - `not_deleted_example_ids`
    — requested IDs not deleted: either not found in   the selected version (never added, or already
    deleted), or not completed   when `completed` is `false`.  The delete operation is idempotent — re-
    submitting already-deleted IDs is safe.  **Payload Requirements** - `dataset_version_id` is required
    and identifies the version to delete from. - `example_ids` must contain at least one ID and at most
    1000 IDs. - `example_ids` must not contain duplicate or empty IDs.  **Valid example** ```json {
    "dataset_version_id": "RGF0YXNldFZlcnNpb246MTIzNDU=",   "example_ids": [
    "550e8400-e29b-41d4-a716-446655440000",     "6ba7b810-9dad-11d1-80b4-00c04fd430c8"   ] } ```
    **Invalid example** (missing `dataset_version_id`) ```json {   "example_ids":
    ["550e8400-e29b-41d4-a716-446655440000"] } ```    <Note>This endpoint is in beta, read more
    [here](https://arize.com/docs/ax/rest-reference#api-version-stages).</Note>

    Args:
        dataset_id (str):
        body (DeleteDatasetExamplesRequest): Body containing the IDs of dataset examples to delete

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeleteDatasetExamplesProblem | DeleteDatasetExamplesResponse | Problem]
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
    body: DeleteDatasetExamplesRequest,
) -> DeleteDatasetExamplesProblem | DeleteDatasetExamplesResponse | Problem | None:
    """Delete dataset examples

     Delete a collection of examples from a dataset by their IDs.  The delete is partial-tolerant:
    examples that exist in the selected version are deleted, and every requested ID that was not deleted
    is reported back.  A `200 OK` response always includes: - `completed` — `true` if the operation
    finished and no retry is needed;   `false` if it could not fully complete (retry the full request).
    - `deleted_example_ids` — example IDs confirmed deleted in this request. - `not_deleted_example_ids`
    — requested IDs not deleted: either not found in   the selected version (never added, or already
    deleted), or not completed   when `completed` is `false`.  The delete operation is idempotent — re-
    submitting already-deleted IDs is safe.  **Payload Requirements** - `dataset_version_id` is required
    and identifies the version to delete from. - `example_ids` must contain at least one ID and at most
    1000 IDs. - `example_ids` must not contain duplicate or empty IDs.  **Valid example** ```json {
    "dataset_version_id": "RGF0YXNldFZlcnNpb246MTIzNDU=",   "example_ids": [
    "550e8400-e29b-41d4-a716-446655440000",     "6ba7b810-9dad-11d1-80b4-00c04fd430c8"   ] } ```
    **Invalid example** (missing `dataset_version_id`) ```json {   "example_ids":
    ["550e8400-e29b-41d4-a716-446655440000"] } ```    <Note>This endpoint is in beta, read more
    [here](https://arize.com/docs/ax/rest-reference#api-version-stages).</Note>

    Args:
        dataset_id (str):
        body (DeleteDatasetExamplesRequest): Body containing the IDs of dataset examples to delete

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeleteDatasetExamplesProblem | DeleteDatasetExamplesResponse | Problem
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
    body: DeleteDatasetExamplesRequest,
) -> Response[DeleteDatasetExamplesProblem | DeleteDatasetExamplesResponse | Problem]:
    """Delete dataset examples

     Delete a collection of examples from a dataset by their IDs.  The delete is partial-tolerant:
    examples that exist in the selected version are deleted, and every requested ID that was not deleted
    is reported back.  A `200 OK` response always includes: - `completed` — `true` if the operation
    finished and no retry is needed;   `false` if it could not fully complete (retry the full request).
    - `deleted_example_ids` — example IDs confirmed deleted in this request. - `not_deleted_example_ids`
    — requested IDs not deleted: either not found in   the selected version (never added, or already
    deleted), or not completed   when `completed` is `false`.  The delete operation is idempotent — re-
    submitting already-deleted IDs is safe.  **Payload Requirements** - `dataset_version_id` is required
    and identifies the version to delete from. - `example_ids` must contain at least one ID and at most
    1000 IDs. - `example_ids` must not contain duplicate or empty IDs.  **Valid example** ```json {
    "dataset_version_id": "RGF0YXNldFZlcnNpb246MTIzNDU=",   "example_ids": [
    "550e8400-e29b-41d4-a716-446655440000",     "6ba7b810-9dad-11d1-80b4-00c04fd430c8"   ] } ```
    **Invalid example** (missing `dataset_version_id`) ```json {   "example_ids":
    ["550e8400-e29b-41d4-a716-446655440000"] } ```    <Note>This endpoint is in beta, read more
    [here](https://arize.com/docs/ax/rest-reference#api-version-stages).</Note>

    Args:
        dataset_id (str):
        body (DeleteDatasetExamplesRequest): Body containing the IDs of dataset examples to delete

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeleteDatasetExamplesProblem | DeleteDatasetExamplesResponse | Problem]
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
    body: DeleteDatasetExamplesRequest,
) -> DeleteDatasetExamplesProblem | DeleteDatasetExamplesResponse | Problem | None:
    """Delete dataset examples

     Delete a collection of examples from a dataset by their IDs.  The delete is partial-tolerant:
    examples that exist in the selected version are deleted, and every requested ID that was not deleted
    is reported back.  A `200 OK` response always includes: - `completed` — `true` if the operation
    finished and no retry is needed;   `false` if it could not fully complete (retry the full request).
    - `deleted_example_ids` — example IDs confirmed deleted in this request. - `not_deleted_example_ids`
    — requested IDs not deleted: either not found in   the selected version (never added, or already
    deleted), or not completed   when `completed` is `false`.  The delete operation is idempotent — re-
    submitting already-deleted IDs is safe.  **Payload Requirements** - `dataset_version_id` is required
    and identifies the version to delete from. - `example_ids` must contain at least one ID and at most
    1000 IDs. - `example_ids` must not contain duplicate or empty IDs.  **Valid example** ```json {
    "dataset_version_id": "RGF0YXNldFZlcnNpb246MTIzNDU=",   "example_ids": [
    "550e8400-e29b-41d4-a716-446655440000",     "6ba7b810-9dad-11d1-80b4-00c04fd430c8"   ] } ```
    **Invalid example** (missing `dataset_version_id`) ```json {   "example_ids":
    ["550e8400-e29b-41d4-a716-446655440000"] } ```    <Note>This endpoint is in beta, read more
    [here](https://arize.com/docs/ax/rest-reference#api-version-stages).</Note>

    Args:
        dataset_id (str):
        body (DeleteDatasetExamplesRequest): Body containing the IDs of dataset examples to delete

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeleteDatasetExamplesProblem | DeleteDatasetExamplesResponse | Problem
    """

    return (
        await asyncio_detailed(
            dataset_id=dataset_id,
            client=client,
            body=body,
        )
    ).parsed
