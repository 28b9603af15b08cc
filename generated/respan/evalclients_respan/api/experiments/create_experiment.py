from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_detail import ErrorDetail
from ...models.experiment import Experiment
from ...models.experiment_create import ExperimentCreate
from ...types import Response


def build_request(
    *,
    body: ExperimentCreate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/experiments/",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


_get_kwargs = build_request


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorDetail | Experiment | None:
    if response.status_code == 200:
        response_200 = Experiment.from_dict(response.json())

        return response_200

    if response.status_code == 201:
        response_201 = Experiment.from_dict(response.json())

        return response_201

    if response.status_code == 401:
        response_401 = ErrorDetail.from_dict(response.json())

        return response_401

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def parse_body(status: int, body: Any) -> ErrorDetail | Experiment | None:
    """The typed value of ``body``, already decoded, answered with ``status``."""
    if status == 200:
        response_200 = Experiment.from_dict(body)

        return response_200

    if status == 201:
        response_201 = Experiment.from_dict(body)

        return response_201

    if status == 401:
        response_401 = ErrorDetail.from_dict(body)

        return response_401

    return None


BODY_SOURCES: dict[int, str] = {
    200: "json",
    201: "json",
    401: "json",
}
"""What parse_body() takes for each status: json (json.loads() output), text, bytes or none."""


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorDetail | Experiment]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ExperimentCreate,
) -> Response[ErrorDetail | Experiment]:
    """Create an experiment

    Args:
        body (ExperimentCreate): Fields to create (or fully replace) an experiment.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorDetail | Experiment]
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
    body: ExperimentCreate,
) -> ErrorDetail | Experiment | None:
    """Create an experiment

    Args:
        body (ExperimentCreate): Fields to create (or fully replace) an experiment.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorDetail | Experiment
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ExperimentCreate,
) -> Response[ErrorDetail | Experiment]:
    """Create an experiment

    Args:
        body (ExperimentCreate): Fields to create (or fully replace) an experiment.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorDetail | Experiment]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: ExperimentCreate,
) -> ErrorDetail | Experiment | None:
    """Create an experiment

    Args:
        body (ExperimentCreate): Fields to create (or fully replace) an experiment.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorDetail | Experiment
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
