from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.http_validation_error import HTTPValidationError
from ...models.paginated_data_datapoint_response import PaginatedDataDatapointResponse
from ...types import UNSET, Response, Unset, path_segment


def build_request(
    id: str,
    *,
    version_id: str | Unset = UNSET,
    environment: str | Unset = UNSET,
    page: int | Unset = 1,
    size: int | Unset = 50,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["version_id"] = version_id

    params["environment"] = environment

    params["page"] = page

    params["size"] = size

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/datasets/{id}/datapoints".format(
            id=path_segment(id),
        ),
        "params": params,
    }

    return _kwargs


_get_kwargs = build_request


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HTTPValidationError | PaginatedDataDatapointResponse | None:
    if response.status_code == 200:
        response_200 = PaginatedDataDatapointResponse.from_dict(response.json())

        return response_200

    if response.status_code == 422:
        response_422 = HTTPValidationError.from_dict(response.json())

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def parse_body(
    status: int, body: Any
) -> HTTPValidationError | PaginatedDataDatapointResponse | None:
    """The typed value of ``body``, already decoded, answered with ``status``."""
    if status == 200:
        response_200 = PaginatedDataDatapointResponse.from_dict(body)

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
) -> Response[HTTPValidationError | PaginatedDataDatapointResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    id: str,
    *,
    client: AuthenticatedClient,
    version_id: str | Unset = UNSET,
    environment: str | Unset = UNSET,
    page: int | Unset = 1,
    size: int | Unset = 50,
) -> Response[HTTPValidationError | PaginatedDataDatapointResponse]:
    """List Datapoints

     List all Datapoints for the Dataset with the given ID.

    Args:
        id (str): Unique identifier for Dataset.
        version_id (str | Unset): A specific Version ID of the Dataset to retrieve.
        environment (str | Unset): Name of the Environment to retrieve a deployed Version from.
        page (int | Unset): Page number for pagination. Default: 1.
        size (int | Unset): Page size for pagination. Number of Datapoints to fetch. Default: 50.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | PaginatedDataDatapointResponse]
    """

    kwargs = _get_kwargs(
        id=id,
        version_id=version_id,
        environment=environment,
        page=page,
        size=size,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: str,
    *,
    client: AuthenticatedClient,
    version_id: str | Unset = UNSET,
    environment: str | Unset = UNSET,
    page: int | Unset = 1,
    size: int | Unset = 50,
) -> HTTPValidationError | PaginatedDataDatapointResponse | None:
    """List Datapoints

     List all Datapoints for the Dataset with the given ID.

    Args:
        id (str): Unique identifier for Dataset.
        version_id (str | Unset): A specific Version ID of the Dataset to retrieve.
        environment (str | Unset): Name of the Environment to retrieve a deployed Version from.
        page (int | Unset): Page number for pagination. Default: 1.
        size (int | Unset): Page size for pagination. Number of Datapoints to fetch. Default: 50.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | PaginatedDataDatapointResponse
    """

    return sync_detailed(
        id=id,
        client=client,
        version_id=version_id,
        environment=environment,
        page=page,
        size=size,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient,
    version_id: str | Unset = UNSET,
    environment: str | Unset = UNSET,
    page: int | Unset = 1,
    size: int | Unset = 50,
) -> Response[HTTPValidationError | PaginatedDataDatapointResponse]:
    """List Datapoints

     List all Datapoints for the Dataset with the given ID.

    Args:
        id (str): Unique identifier for Dataset.
        version_id (str | Unset): A specific Version ID of the Dataset to retrieve.
        environment (str | Unset): Name of the Environment to retrieve a deployed Version from.
        page (int | Unset): Page number for pagination. Default: 1.
        size (int | Unset): Page size for pagination. Number of Datapoints to fetch. Default: 50.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | PaginatedDataDatapointResponse]
    """

    kwargs = _get_kwargs(
        id=id,
        version_id=version_id,
        environment=environment,
        page=page,
        size=size,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient,
    version_id: str | Unset = UNSET,
    environment: str | Unset = UNSET,
    page: int | Unset = 1,
    size: int | Unset = 50,
) -> HTTPValidationError | PaginatedDataDatapointResponse | None:
    """List Datapoints

     List all Datapoints for the Dataset with the given ID.

    Args:
        id (str): Unique identifier for Dataset.
        version_id (str | Unset): A specific Version ID of the Dataset to retrieve.
        environment (str | Unset): Name of the Environment to retrieve a deployed Version from.
        page (int | Unset): Page number for pagination. Default: 1.
        size (int | Unset): Page size for pagination. Number of Datapoints to fetch. Default: 50.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | PaginatedDataDatapointResponse
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            version_id=version_id,
            environment=environment,
            page=page,
            size=size,
        )
    ).parsed
