from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.http_validation_error import HTTPValidationError
from ...models.paginated_evaluation_response import PaginatedEvaluationResponse
from ...types import UNSET, Response, Unset


def build_request(
    *,
    file_id: str,
    page: int | Unset = 1,
    size: int | Unset = 10,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["file_id"] = file_id

    params["page"] = page

    params["size"] = size

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/evaluations",
        "params": params,
    }

    return _kwargs


_get_kwargs = build_request


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HTTPValidationError | PaginatedEvaluationResponse | None:
    if response.status_code == 200:
        response_200 = PaginatedEvaluationResponse.from_dict(response.json())

        return response_200

    if response.status_code == 422:
        response_422 = HTTPValidationError.from_dict(response.json())

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def parse_body(status: int, body: Any) -> HTTPValidationError | PaginatedEvaluationResponse | None:
    """The typed value of ``body``, already decoded, answered with ``status``."""
    if status == 200:
        response_200 = PaginatedEvaluationResponse.from_dict(body)

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
) -> Response[HTTPValidationError | PaginatedEvaluationResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    file_id: str,
    page: int | Unset = 1,
    size: int | Unset = 10,
) -> Response[HTTPValidationError | PaginatedEvaluationResponse]:
    """List Evaluations for a File

     List all Evaluations for the specified `file_id`.

    Retrieve a list of Evaluations that evaluate versions of the specified File.

    Args:
        file_id (str): Filter by File ID. Only Evaluations for the specified File will be
            returned.
        page (int | Unset): Page number for pagination. Default: 1.
        size (int | Unset): Page size for pagination. Number of Evaluations to fetch. Default: 10.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | PaginatedEvaluationResponse]
    """

    kwargs = _get_kwargs(
        file_id=file_id,
        page=page,
        size=size,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    file_id: str,
    page: int | Unset = 1,
    size: int | Unset = 10,
) -> HTTPValidationError | PaginatedEvaluationResponse | None:
    """List Evaluations for a File

     List all Evaluations for the specified `file_id`.

    Retrieve a list of Evaluations that evaluate versions of the specified File.

    Args:
        file_id (str): Filter by File ID. Only Evaluations for the specified File will be
            returned.
        page (int | Unset): Page number for pagination. Default: 1.
        size (int | Unset): Page size for pagination. Number of Evaluations to fetch. Default: 10.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | PaginatedEvaluationResponse
    """

    return sync_detailed(
        client=client,
        file_id=file_id,
        page=page,
        size=size,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    file_id: str,
    page: int | Unset = 1,
    size: int | Unset = 10,
) -> Response[HTTPValidationError | PaginatedEvaluationResponse]:
    """List Evaluations for a File

     List all Evaluations for the specified `file_id`.

    Retrieve a list of Evaluations that evaluate versions of the specified File.

    Args:
        file_id (str): Filter by File ID. Only Evaluations for the specified File will be
            returned.
        page (int | Unset): Page number for pagination. Default: 1.
        size (int | Unset): Page size for pagination. Number of Evaluations to fetch. Default: 10.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | PaginatedEvaluationResponse]
    """

    kwargs = _get_kwargs(
        file_id=file_id,
        page=page,
        size=size,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    file_id: str,
    page: int | Unset = 1,
    size: int | Unset = 10,
) -> HTTPValidationError | PaginatedEvaluationResponse | None:
    """List Evaluations for a File

     List all Evaluations for the specified `file_id`.

    Retrieve a list of Evaluations that evaluate versions of the specified File.

    Args:
        file_id (str): Filter by File ID. Only Evaluations for the specified File will be
            returned.
        page (int | Unset): Page number for pagination. Default: 1.
        size (int | Unset): Page size for pagination. Number of Evaluations to fetch. Default: 10.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | PaginatedEvaluationResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            file_id=file_id,
            page=page,
            size=size,
        )
    ).parsed
