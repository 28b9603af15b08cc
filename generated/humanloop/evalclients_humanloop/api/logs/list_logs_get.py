import datetime
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.http_validation_error import HTTPValidationError
from ...models.paginated_data_log_response import PaginatedDataLogResponse
from ...models.version_status import VersionStatus
from ...types import UNSET, Response, Unset


def build_request(
    *,
    file_id: str,
    page: int | Unset = 1,
    size: int | Unset = 10,
    version_id: str | Unset = UNSET,
    version_status: VersionStatus | Unset = UNSET,
    search: str | Unset = UNSET,
    metadata_search: str | Unset = UNSET,
    start_date: datetime.datetime | Unset = UNSET,
    end_date: datetime.datetime | Unset = UNSET,
    include_parent: bool | Unset = False,
    in_trace_filter: list[bool] | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["file_id"] = file_id

    params["page"] = page

    params["size"] = size

    params["version_id"] = version_id

    json_version_status: str | Unset = UNSET
    if not isinstance(version_status, Unset):
        json_version_status = version_status

    params["version_status"] = json_version_status

    params["search"] = search

    params["metadata_search"] = metadata_search

    json_start_date: str | Unset = UNSET
    if not isinstance(start_date, Unset):
        json_start_date = start_date.isoformat()
    params["start_date"] = json_start_date

    json_end_date: str | Unset = UNSET
    if not isinstance(end_date, Unset):
        json_end_date = end_date.isoformat()
    params["end_date"] = json_end_date

    params["include_parent"] = include_parent

    json_in_trace_filter: list[bool] | Unset = UNSET
    if not isinstance(in_trace_filter, Unset):
        json_in_trace_filter = in_trace_filter

    params["in_trace_filter"] = json_in_trace_filter

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/logs",
        "params": params,
    }

    return _kwargs


_get_kwargs = build_request


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HTTPValidationError | PaginatedDataLogResponse | None:
    if response.status_code == 200:
        response_200 = PaginatedDataLogResponse.from_dict(response.json())

        return response_200

    if response.status_code == 422:
        response_422 = HTTPValidationError.from_dict(response.json())

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def parse_body(status: int, body: Any) -> HTTPValidationError | PaginatedDataLogResponse | None:
    """The typed value of ``body``, already decoded, answered with ``status``."""
    if status == 200:
        response_200 = PaginatedDataLogResponse.from_dict(body)

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
) -> Response[HTTPValidationError | PaginatedDataLogResponse]:
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
    version_id: str | Unset = UNSET,
    version_status: VersionStatus | Unset = UNSET,
    search: str | Unset = UNSET,
    metadata_search: str | Unset = UNSET,
    start_date: datetime.datetime | Unset = UNSET,
    end_date: datetime.datetime | Unset = UNSET,
    include_parent: bool | Unset = False,
    in_trace_filter: list[bool] | Unset = UNSET,
) -> Response[HTTPValidationError | PaginatedDataLogResponse]:
    """List Logs

     List all Logs for the given filter criteria.

    Args:
        file_id (str): Unique identifier for the File to list Logs for.
        page (int | Unset): Page number for pagination. Default: 1.
        size (int | Unset): Page size for pagination. Number of Logs to fetch. Default: 10.
        version_id (str | Unset): If provided, only Logs belonging to the specified Version will
            be returned.
        version_status (VersionStatus | Unset): An enumeration.
        search (str | Unset): If provided, only Logs that contain the provided string in its
            inputs and output will be returned.
        metadata_search (str | Unset): If provided, only Logs that contain the provided string in
            its metadata will be returned.
        start_date (datetime.datetime | Unset): If provided, only Logs created after the specified
            date will be returned.
        end_date (datetime.datetime | Unset): If provided, only Logs created before the specified
            date will be returned.
        include_parent (bool | Unset): If true, include the full parent Log in the response. Only
            applicable when retrieving Evaluator Logs. Default: False.
        in_trace_filter (list[bool] | Unset): If true, return Logs that are associated to a Trace.
            False, return Logs that are not associated to a Trace.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | PaginatedDataLogResponse]
    """

    kwargs = _get_kwargs(
        file_id=file_id,
        page=page,
        size=size,
        version_id=version_id,
        version_status=version_status,
        search=search,
        metadata_search=metadata_search,
        start_date=start_date,
        end_date=end_date,
        include_parent=include_parent,
        in_trace_filter=in_trace_filter,
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
    version_id: str | Unset = UNSET,
    version_status: VersionStatus | Unset = UNSET,
    search: str | Unset = UNSET,
    metadata_search: str | Unset = UNSET,
    start_date: datetime.datetime | Unset = UNSET,
    end_date: datetime.datetime | Unset = UNSET,
    include_parent: bool | Unset = False,
    in_trace_filter: list[bool] | Unset = UNSET,
) -> HTTPValidationError | PaginatedDataLogResponse | None:
    """List Logs

     List all Logs for the given filter criteria.

    Args:
        file_id (str): Unique identifier for the File to list Logs for.
        page (int | Unset): Page number for pagination. Default: 1.
        size (int | Unset): Page size for pagination. Number of Logs to fetch. Default: 10.
        version_id (str | Unset): If provided, only Logs belonging to the specified Version will
            be returned.
        version_status (VersionStatus | Unset): An enumeration.
        search (str | Unset): If provided, only Logs that contain the provided string in its
            inputs and output will be returned.
        metadata_search (str | Unset): If provided, only Logs that contain the provided string in
            its metadata will be returned.
        start_date (datetime.datetime | Unset): If provided, only Logs created after the specified
            date will be returned.
        end_date (datetime.datetime | Unset): If provided, only Logs created before the specified
            date will be returned.
        include_parent (bool | Unset): If true, include the full parent Log in the response. Only
            applicable when retrieving Evaluator Logs. Default: False.
        in_trace_filter (list[bool] | Unset): If true, return Logs that are associated to a Trace.
            False, return Logs that are not associated to a Trace.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | PaginatedDataLogResponse
    """

    return sync_detailed(
        client=client,
        file_id=file_id,
        page=page,
        size=size,
        version_id=version_id,
        version_status=version_status,
        search=search,
        metadata_search=metadata_search,
        start_date=start_date,
        end_date=end_date,
        include_parent=include_parent,
        in_trace_filter=in_trace_filter,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    file_id: str,
    page: int | Unset = 1,
    size: int | Unset = 10,
    version_id: str | Unset = UNSET,
    version_status: VersionStatus | Unset = UNSET,
    search: str | Unset = UNSET,
    metadata_search: str | Unset = UNSET,
    start_date: datetime.datetime | Unset = UNSET,
    end_date: datetime.datetime | Unset = UNSET,
    include_parent: bool | Unset = False,
    in_trace_filter: list[bool] | Unset = UNSET,
) -> Response[HTTPValidationError | PaginatedDataLogResponse]:
    """List Logs

     List all Logs for the given filter criteria.

    Args:
        file_id (str): Unique identifier for the File to list Logs for.
        page (int | Unset): Page number for pagination. Default: 1.
        size (int | Unset): Page size for pagination. Number of Logs to fetch. Default: 10.
        version_id (str | Unset): If provided, only Logs belonging to the specified Version will
            be returned.
        version_status (VersionStatus | Unset): An enumeration.
        search (str | Unset): If provided, only Logs that contain the provided string in its
            inputs and output will be returned.
        metadata_search (str | Unset): If provided, only Logs that contain the provided string in
            its metadata will be returned.
        start_date (datetime.datetime | Unset): If provided, only Logs created after the specified
            date will be returned.
        end_date (datetime.datetime | Unset): If provided, only Logs created before the specified
            date will be returned.
        include_parent (bool | Unset): If true, include the full parent Log in the response. Only
            applicable when retrieving Evaluator Logs. Default: False.
        in_trace_filter (list[bool] | Unset): If true, return Logs that are associated to a Trace.
            False, return Logs that are not associated to a Trace.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | PaginatedDataLogResponse]
    """

    kwargs = _get_kwargs(
        file_id=file_id,
        page=page,
        size=size,
        version_id=version_id,
        version_status=version_status,
        search=search,
        metadata_search=metadata_search,
        start_date=start_date,
        end_date=end_date,
        include_parent=include_parent,
        in_trace_filter=in_trace_filter,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    file_id: str,
    page: int | Unset = 1,
    size: int | Unset = 10,
    version_id: str | Unset = UNSET,
    version_status: VersionStatus | Unset = UNSET,
    search: str | Unset = UNSET,
    metadata_search: str | Unset = UNSET,
    start_date: datetime.datetime | Unset = UNSET,
    end_date: datetime.datetime | Unset = UNSET,
    include_parent: bool | Unset = False,
    in_trace_filter: list[bool] | Unset = UNSET,
) -> HTTPValidationError | PaginatedDataLogResponse | None:
    """List Logs

     List all Logs for the given filter criteria.

    Args:
        file_id (str): Unique identifier for the File to list Logs for.
        page (int | Unset): Page number for pagination. Default: 1.
        size (int | Unset): Page size for pagination. Number of Logs to fetch. Default: 10.
        version_id (str | Unset): If provided, only Logs belonging to the specified Version will
            be returned.
        version_status (VersionStatus | Unset): An enumeration.
        search (str | Unset): If provided, only Logs that contain the provided string in its
            inputs and output will be returned.
        metadata_search (str | Unset): If provided, only Logs that contain the provided string in
            its metadata will be returned.
        start_date (datetime.datetime | Unset): If provided, only Logs created after the specified
            date will be returned.
        end_date (datetime.datetime | Unset): If provided, only Logs created before the specified
            date will be returned.
        include_parent (bool | Unset): If true, include the full parent Log in the response. Only
            applicable when retrieving Evaluator Logs. Default: False.
        in_trace_filter (list[bool] | Unset): If true, return Logs that are associated to a Trace.
            False, return Logs that are not associated to a Trace.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | PaginatedDataLogResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            file_id=file_id,
            page=page,
            size=size,
            version_id=version_id,
            version_status=version_status,
            search=search,
            metadata_search=metadata_search,
            start_date=start_date,
            end_date=end_date,
            include_parent=include_parent,
            in_trace_filter=in_trace_filter,
        )
    ).parsed
