import datetime
from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...types import UNSET, Response, path_segment


def build_request(
    project_identifier: str,
    *,
    start_time: datetime.datetime,
    end_time: datetime.datetime,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_start_time = start_time.isoformat()
    params["start_time"] = json_start_time

    json_end_time = end_time.isoformat()
    params["end_time"] = json_end_time

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/v1/projects/{project_identifier}/traces".format(
            project_identifier=path_segment(project_identifier),
        ),
        "params": params,
    }

    return _kwargs


_get_kwargs = build_request


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | str | None:
    if response.status_code == 204:
        response_204 = cast(Any, None)
        return response_204

    if response.status_code == 403:
        response_403 = response.text
        return response_403

    if response.status_code == 404:
        response_404 = response.text
        return response_404

    if response.status_code == 422:
        response_422 = response.text
        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def parse_body(status: int, body: Any) -> Any | str | None:
    """The typed value of ``body``, already decoded, answered with ``status``."""
    if status == 204:
        response_204 = cast(Any, None)
        return response_204

    if status == 403:
        response_403 = body
        return response_403

    if status == 404:
        response_404 = body
        return response_404

    if status == 422:
        response_422 = body
        return response_422

    return None


BODY_SOURCES: dict[int, str] = {
    204: "none",
    403: "text",
    404: "text",
    422: "text",
}
"""What parse_body() takes for each status: json (json.loads() output), text, bytes or none."""


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | str]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    project_identifier: str,
    *,
    client: AuthenticatedClient | Client,
    start_time: datetime.datetime,
    end_time: datetime.datetime,
) -> Response[Any | str]:
    """Delete traces from a project

     Delete traces from a project without deleting the project or its configuration. Only traces whose
    start time is within the required `[start_time, end_time)` interval are deleted. Associated spans
    are cascade deleted, and project sessions left with no remaining traces are also deleted. Naive
    datetimes are interpreted as UTC.

    Args:
        project_identifier (str): The project identifier: either project ID or project name.
        start_time (datetime.datetime): Required inclusive lower bound on trace start time (ISO
            8601).
        end_time (datetime.datetime): Required exclusive upper bound on trace start time (ISO
            8601).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | str]
    """

    kwargs = _get_kwargs(
        project_identifier=project_identifier,
        start_time=start_time,
        end_time=end_time,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    project_identifier: str,
    *,
    client: AuthenticatedClient | Client,
    start_time: datetime.datetime,
    end_time: datetime.datetime,
) -> Any | str | None:
    """Delete traces from a project

     Delete traces from a project without deleting the project or its configuration. Only traces whose
    start time is within the required `[start_time, end_time)` interval are deleted. Associated spans
    are cascade deleted, and project sessions left with no remaining traces are also deleted. Naive
    datetimes are interpreted as UTC.

    Args:
        project_identifier (str): The project identifier: either project ID or project name.
        start_time (datetime.datetime): Required inclusive lower bound on trace start time (ISO
            8601).
        end_time (datetime.datetime): Required exclusive upper bound on trace start time (ISO
            8601).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | str
    """

    return sync_detailed(
        project_identifier=project_identifier,
        client=client,
        start_time=start_time,
        end_time=end_time,
    ).parsed


async def asyncio_detailed(
    project_identifier: str,
    *,
    client: AuthenticatedClient | Client,
    start_time: datetime.datetime,
    end_time: datetime.datetime,
) -> Response[Any | str]:
    """Delete traces from a project

     Delete traces from a project without deleting the project or its configuration. Only traces whose
    start time is within the required `[start_time, end_time)` interval are deleted. Associated spans
    are cascade deleted, and project sessions left with no remaining traces are also deleted. Naive
    datetimes are interpreted as UTC.

    Args:
        project_identifier (str): The project identifier: either project ID or project name.
        start_time (datetime.datetime): Required inclusive lower bound on trace start time (ISO
            8601).
        end_time (datetime.datetime): Required exclusive upper bound on trace start time (ISO
            8601).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | str]
    """

    kwargs = _get_kwargs(
        project_identifier=project_identifier,
        start_time=start_time,
        end_time=end_time,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_identifier: str,
    *,
    client: AuthenticatedClient | Client,
    start_time: datetime.datetime,
    end_time: datetime.datetime,
) -> Any | str | None:
    """Delete traces from a project

     Delete traces from a project without deleting the project or its configuration. Only traces whose
    start time is within the required `[start_time, end_time)` interval are deleted. Associated spans
    are cascade deleted, and project sessions left with no remaining traces are also deleted. Naive
    datetimes are interpreted as UTC.

    Args:
        project_identifier (str): The project identifier: either project ID or project name.
        start_time (datetime.datetime): Required inclusive lower bound on trace start time (ISO
            8601).
        end_time (datetime.datetime): Required exclusive upper bound on trace start time (ISO
            8601).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | str
    """

    return (
        await asyncio_detailed(
            project_identifier=project_identifier,
            client=client,
            start_time=start_time,
            end_time=end_time,
        )
    ).parsed
