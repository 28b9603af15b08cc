from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_dataset_request import CreateDatasetRequest
from ...models.dataset import Dataset
from ...models.problem import Problem
from ...types import Response


def build_request(
    *,
    body: CreateDatasetRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v2/datasets",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


_get_kwargs = build_request


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Dataset | Problem | None:
    if response.status_code == 201:
        response_201 = Dataset.from_dict(response.json())

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


def parse_body(status: int, body: Any) -> Dataset | Problem | None:
    """The typed value of ``body``, already decoded, answered with ``status``."""
    if status == 201:
        response_201 = Dataset.from_dict(body)

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
) -> Response[Dataset | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateDatasetRequest,
) -> Response[Dataset | Problem]:
    """Create a dataset

     Create a new dataset with JSON examples. Empty datasets are not allowed.  **Payload Requirements** -
    The dataset name must be unique within the given space. - Each item in `examples[]` may contain
    **any user-defined fields**. - Do not include system-managed fields on input: `id`, `created_at`,
    `updated_at`. Requests that contain these fields in any example **will be rejected**. - Each example
    **must contain at least one property** (i.e., `{}` is invalid).  **Valid example** (create) ```json
    {   "name": "my-dataset",   "space_id": "spc_123",   "examples": [     {       "question": "What is
    2+2?",       "answer": "4",       "topic": "math"     },     {       "question": "What is the
    capital of Spain?",       "answer": "Madrid",       "topic": "geography"     },   ] } ```  **Invalid
    example** ('id' not allowed on create) ```json {   "name": "my-dataset",   "space_id": "spc_123",
    "examples": [     {       "id": "ex_1",       "input": "Hello"     }   ] } ```  <Note>This endpoint
    is in beta, read more [here](https://arize.com/docs/ax/rest-reference#api-version-stages).</Note>

    Args:
        body (CreateDatasetRequest): Dataset creation parameters.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Dataset | Problem]
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
    body: CreateDatasetRequest,
) -> Dataset | Problem | None:
    """Create a dataset

     Create a new dataset with JSON examples. Empty datasets are not allowed.  **Payload Requirements** -
    The dataset name must be unique within the given space. - Each item in `examples[]` may contain
    **any user-defined fields**. - Do not include system-managed fields on input: `id`, `created_at`,
    `updated_at`. Requests that contain these fields in any example **will be rejected**. - Each example
    **must contain at least one property** (i.e., `{}` is invalid).  **Valid example** (create) ```json
    {   "name": "my-dataset",   "space_id": "spc_123",   "examples": [     {       "question": "What is
    2+2?",       "answer": "4",       "topic": "math"     },     {       "question": "What is the
    capital of Spain?",       "answer": "Madrid",       "topic": "geography"     },   ] } ```  **Invalid
    example** ('id' not allowed on create) ```json {   "name": "my-dataset",   "space_id": "spc_123",
    "examples": [     {       "id": "ex_1",       "input": "Hello"     }   ] } ```  <Note>This endpoint
    is in beta, read more [here](https://arize.com/docs/ax/rest-reference#api-version-stages).</Note>

    Args:
        body (CreateDatasetRequest): Dataset creation parameters.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Dataset | Problem
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateDatasetRequest,
) -> Response[Dataset | Problem]:
    """Create a dataset

     Create a new dataset with JSON examples. Empty datasets are not allowed.  **Payload Requirements** -
    The dataset name must be unique within the given space. - Each item in `examples[]` may contain
    **any user-defined fields**. - Do not include system-managed fields on input: `id`, `created_at`,
    `updated_at`. Requests that contain these fields in any example **will be rejected**. - Each example
    **must contain at least one property** (i.e., `{}` is invalid).  **Valid example** (create) ```json
    {   "name": "my-dataset",   "space_id": "spc_123",   "examples": [     {       "question": "What is
    2+2?",       "answer": "4",       "topic": "math"     },     {       "question": "What is the
    capital of Spain?",       "answer": "Madrid",       "topic": "geography"     },   ] } ```  **Invalid
    example** ('id' not allowed on create) ```json {   "name": "my-dataset",   "space_id": "spc_123",
    "examples": [     {       "id": "ex_1",       "input": "Hello"     }   ] } ```  <Note>This endpoint
    is in beta, read more [here](https://arize.com/docs/ax/rest-reference#api-version-stages).</Note>

    Args:
        body (CreateDatasetRequest): Dataset creation parameters.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Dataset | Problem]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CreateDatasetRequest,
) -> Dataset | Problem | None:
    """Create a dataset

     Create a new dataset with JSON examples. Empty datasets are not allowed.  **Payload Requirements** -
    The dataset name must be unique within the given space. - Each item in `examples[]` may contain
    **any user-defined fields**. - Do not include system-managed fields on input: `id`, `created_at`,
    `updated_at`. Requests that contain these fields in any example **will be rejected**. - Each example
    **must contain at least one property** (i.e., `{}` is invalid).  **Valid example** (create) ```json
    {   "name": "my-dataset",   "space_id": "spc_123",   "examples": [     {       "question": "What is
    2+2?",       "answer": "4",       "topic": "math"     },     {       "question": "What is the
    capital of Spain?",       "answer": "Madrid",       "topic": "geography"     },   ] } ```  **Invalid
    example** ('id' not allowed on create) ```json {   "name": "my-dataset",   "space_id": "spc_123",
    "examples": [     {       "id": "ex_1",       "input": "Hello"     }   ] } ```  <Note>This endpoint
    is in beta, read more [here](https://arize.com/docs/ax/rest-reference#api-version-stages).</Note>

    Args:
        body (CreateDatasetRequest): Dataset creation parameters.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Dataset | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
