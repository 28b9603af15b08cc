from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_detail import ErrorDetail
from ...models.experiment import Experiment
from ...models.paginated_experiment_list import PaginatedExperimentList
from ...models.paginated_filter_request import PaginatedFilterRequest
from ...types import UNSET, Response, Unset


def build_request(
    *,
    body: PaginatedFilterRequest | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/experiments/list/",
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


_get_kwargs = build_request


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorDetail | list[Experiment] | PaginatedExperimentList | None:
    if response.status_code == 200:

        def _parse_response_200(data: object) -> list[Experiment] | PaginatedExperimentList:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_experiment_list_response_type_0 = (
                    PaginatedExperimentList.from_dict(data)
                )

                return componentsschemas_experiment_list_response_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, list):
                raise TypeError()
            componentsschemas_experiment_list_response_type_1 = [
                Experiment.from_dict(componentsschemas_experiment_list_response_type_1_item_data)
                for componentsschemas_experiment_list_response_type_1_item_data in data
            ]

            return componentsschemas_experiment_list_response_type_1

        response_200 = _parse_response_200(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = ErrorDetail.from_dict(response.json())

        return response_401

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def parse_body(
    status: int, body: Any
) -> ErrorDetail | list[Experiment] | PaginatedExperimentList | None:
    """The typed value of ``body``, already decoded, answered with ``status``."""
    if status == 200:

        def _parse_response_200(data: object) -> list[Experiment] | PaginatedExperimentList:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_experiment_list_response_type_0 = (
                    PaginatedExperimentList.from_dict(data)
                )

                return componentsschemas_experiment_list_response_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, list):
                raise TypeError()
            componentsschemas_experiment_list_response_type_1 = [
                Experiment.from_dict(componentsschemas_experiment_list_response_type_1_item_data)
                for componentsschemas_experiment_list_response_type_1_item_data in data
            ]

            return componentsschemas_experiment_list_response_type_1

        response_200 = _parse_response_200(body)

        return response_200

    if status == 401:
        response_401 = ErrorDetail.from_dict(body)

        return response_401

    return None


BODY_SOURCES: dict[int, str] = {
    200: "json",
    401: "json",
}
"""What parse_body() takes for each status: json (json.loads() output), text, bytes or none."""


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorDetail | list[Experiment] | PaginatedExperimentList]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: PaginatedFilterRequest | Unset = UNSET,
) -> Response[ErrorDetail | list[Experiment] | PaginatedExperimentList]:
    """Filter experiments

    Args:
        body (PaginatedFilterRequest | Unset): Filters to apply, and the page to return.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorDetail | list[Experiment] | PaginatedExperimentList]
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
    body: PaginatedFilterRequest | Unset = UNSET,
) -> ErrorDetail | list[Experiment] | PaginatedExperimentList | None:
    """Filter experiments

    Args:
        body (PaginatedFilterRequest | Unset): Filters to apply, and the page to return.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorDetail | list[Experiment] | PaginatedExperimentList
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: PaginatedFilterRequest | Unset = UNSET,
) -> Response[ErrorDetail | list[Experiment] | PaginatedExperimentList]:
    """Filter experiments

    Args:
        body (PaginatedFilterRequest | Unset): Filters to apply, and the page to return.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorDetail | list[Experiment] | PaginatedExperimentList]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: PaginatedFilterRequest | Unset = UNSET,
) -> ErrorDetail | list[Experiment] | PaginatedExperimentList | None:
    """Filter experiments

    Args:
        body (PaginatedFilterRequest | Unset): Filters to apply, and the page to return.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorDetail | list[Experiment] | PaginatedExperimentList
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
