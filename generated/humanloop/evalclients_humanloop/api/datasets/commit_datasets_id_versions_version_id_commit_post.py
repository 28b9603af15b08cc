from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.commit_request import CommitRequest
from ...models.dataset_response import DatasetResponse
from ...models.http_validation_error import HTTPValidationError
from ...types import Response, path_segment


def build_request(
    id: str,
    version_id: str,
    *,
    body: CommitRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/datasets/{id}/versions/{version_id}/commit".format(
            id=path_segment(id),
            version_id=path_segment(version_id),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


_get_kwargs = build_request


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DatasetResponse | HTTPValidationError | None:
    if response.status_code == 200:
        response_200 = DatasetResponse.from_dict(response.json())

        return response_200

    if response.status_code == 422:
        response_422 = HTTPValidationError.from_dict(response.json())

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def parse_body(status: int, body: Any) -> DatasetResponse | HTTPValidationError | None:
    """The typed value of ``body``, already decoded, answered with ``status``."""
    if status == 200:
        response_200 = DatasetResponse.from_dict(body)

        return response_200

    if status == 422:
        response_422 = HTTPValidationError.from_dict(body)

        return response_422

    return None


BODY_SOURCES: dict[int, str] = {
    200: "json",
    422: "json",
}
"""What parse_body() takes for each status: json (json.loads() output), text, bytes or none."""


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[DatasetResponse | HTTPValidationError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    id: str,
    version_id: str,
    *,
    client: AuthenticatedClient,
    body: CommitRequest,
) -> Response[DatasetResponse | HTTPValidationError]:
    """Commit a Dataset Version

     Commit a version of the Dataset with a commit message.

    If the version is already committed, an exception will be raised.

    Args:
        id (str): Unique identifier for Dataset.
        version_id (str): Unique identifier for the specific version of the Dataset.
        body (CommitRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DatasetResponse | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        id=id,
        version_id=version_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: str,
    version_id: str,
    *,
    client: AuthenticatedClient,
    body: CommitRequest,
) -> DatasetResponse | HTTPValidationError | None:
    """Commit a Dataset Version

     Commit a version of the Dataset with a commit message.

    If the version is already committed, an exception will be raised.

    Args:
        id (str): Unique identifier for Dataset.
        version_id (str): Unique identifier for the specific version of the Dataset.
        body (CommitRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DatasetResponse | HTTPValidationError
    """

    return sync_detailed(
        id=id,
        version_id=version_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    id: str,
    version_id: str,
    *,
    client: AuthenticatedClient,
    body: CommitRequest,
) -> Response[DatasetResponse | HTTPValidationError]:
    """Commit a Dataset Version

     Commit a version of the Dataset with a commit message.

    If the version is already committed, an exception will be raised.

    Args:
        id (str): Unique identifier for Dataset.
        version_id (str): Unique identifier for the specific version of the Dataset.
        body (CommitRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DatasetResponse | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        id=id,
        version_id=version_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    version_id: str,
    *,
    client: AuthenticatedClient,
    body: CommitRequest,
) -> DatasetResponse | HTTPValidationError | None:
    """Commit a Dataset Version

     Commit a version of the Dataset with a commit message.

    If the version is already committed, an exception will be raised.

    Args:
        id (str): Unique identifier for Dataset.
        version_id (str): Unique identifier for the specific version of the Dataset.
        body (CommitRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DatasetResponse | HTTPValidationError
    """

    return (
        await asyncio_detailed(
            id=id,
            version_id=version_id,
            client=client,
            body=body,
        )
    ).parsed
