from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.http_validation_error import HTTPValidationError
from ...models.list_tools import ListTools
from ...models.version_status import VersionStatus
from ...types import UNSET, Response, Unset, path_segment


def build_request(
    id: str,
    *,
    status: VersionStatus | Unset = UNSET,
    evaluator_aggregates: bool | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status

    params["status"] = json_status

    params["evaluator_aggregates"] = evaluator_aggregates

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/tools/{id}/versions".format(
            id=path_segment(id),
        ),
        "params": params,
    }

    return _kwargs


_get_kwargs = build_request


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HTTPValidationError | ListTools | None:
    if response.status_code == 200:
        response_200 = ListTools.from_dict(response.json())

        return response_200

    if response.status_code == 422:
        response_422 = HTTPValidationError.from_dict(response.json())

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def parse_body(status: int, body: Any) -> HTTPValidationError | ListTools | None:
    """The typed value of ``body``, already decoded, answered with ``status``."""
    if status == 200:
        response_200 = ListTools.from_dict(body)

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
) -> Response[HTTPValidationError | ListTools]:
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
    status: VersionStatus | Unset = UNSET,
    evaluator_aggregates: bool | Unset = UNSET,
) -> Response[HTTPValidationError | ListTools]:
    """List Versions of a Tool

     Get a list of all the versions of a Tool.

    Args:
        id (str): Unique identifier for the Tool.
        status (VersionStatus | Unset): An enumeration.
        evaluator_aggregates (bool | Unset): Whether to include Evaluator aggregate results for
            the versions in the response

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | ListTools]
    """

    kwargs = _get_kwargs(
        id=id,
        status=status,
        evaluator_aggregates=evaluator_aggregates,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: str,
    *,
    client: AuthenticatedClient,
    status: VersionStatus | Unset = UNSET,
    evaluator_aggregates: bool | Unset = UNSET,
) -> HTTPValidationError | ListTools | None:
    """List Versions of a Tool

     Get a list of all the versions of a Tool.

    Args:
        id (str): Unique identifier for the Tool.
        status (VersionStatus | Unset): An enumeration.
        evaluator_aggregates (bool | Unset): Whether to include Evaluator aggregate results for
            the versions in the response

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | ListTools
    """

    return sync_detailed(
        id=id,
        client=client,
        status=status,
        evaluator_aggregates=evaluator_aggregates,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient,
    status: VersionStatus | Unset = UNSET,
    evaluator_aggregates: bool | Unset = UNSET,
) -> Response[HTTPValidationError | ListTools]:
    """List Versions of a Tool

     Get a list of all the versions of a Tool.

    Args:
        id (str): Unique identifier for the Tool.
        status (VersionStatus | Unset): An enumeration.
        evaluator_aggregates (bool | Unset): Whether to include Evaluator aggregate results for
            the versions in the response

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | ListTools]
    """

    kwargs = _get_kwargs(
        id=id,
        status=status,
        evaluator_aggregates=evaluator_aggregates,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient,
    status: VersionStatus | Unset = UNSET,
    evaluator_aggregates: bool | Unset = UNSET,
) -> HTTPValidationError | ListTools | None:
    """List Versions of a Tool

     Get a list of all the versions of a Tool.

    Args:
        id (str): Unique identifier for the Tool.
        status (VersionStatus | Unset): An enumeration.
        evaluator_aggregates (bool | Unset): Whether to include Evaluator aggregate results for
            the versions in the response

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | ListTools
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            status=status,
            evaluator_aggregates=evaluator_aggregates,
        )
    ).parsed
