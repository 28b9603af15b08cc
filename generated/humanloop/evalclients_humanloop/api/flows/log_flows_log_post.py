from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_flow_log_response import CreateFlowLogResponse
from ...models.flow_log_request import FlowLogRequest
from ...models.http_validation_error import HTTPValidationError
from ...types import UNSET, Response, Unset


def build_request(
    *,
    body: FlowLogRequest,
    version_id: str | Unset = UNSET,
    environment: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["version_id"] = version_id

    params["environment"] = environment

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/flows/log",
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


_get_kwargs = build_request


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CreateFlowLogResponse | HTTPValidationError | None:
    if response.status_code == 200:
        response_200 = CreateFlowLogResponse.from_dict(response.json())

        return response_200

    if response.status_code == 422:
        response_422 = HTTPValidationError.from_dict(response.json())

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def parse_body(status: int, body: Any) -> CreateFlowLogResponse | HTTPValidationError | None:
    """The typed value of ``body``, already decoded, answered with ``status``."""
    if status == 200:
        response_200 = CreateFlowLogResponse.from_dict(body)

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
) -> Response[CreateFlowLogResponse | HTTPValidationError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: FlowLogRequest,
    version_id: str | Unset = UNSET,
    environment: str | Unset = UNSET,
) -> Response[CreateFlowLogResponse | HTTPValidationError]:
    """Log to a Flow

     Log to a Flow.

    You can use query parameters `version_id`, or `environment`, to target
    an existing version of the Flow. Otherwise, the default deployed version will be chosen.

    Args:
        version_id (str | Unset): A specific Version ID of the Flow to log to.
        environment (str | Unset): Name of the Environment identifying a deployed version to log
            to.
        body (FlowLogRequest): Request to create a Trace on a Flow.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateFlowLogResponse | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        body=body,
        version_id=version_id,
        environment=environment,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: FlowLogRequest,
    version_id: str | Unset = UNSET,
    environment: str | Unset = UNSET,
) -> CreateFlowLogResponse | HTTPValidationError | None:
    """Log to a Flow

     Log to a Flow.

    You can use query parameters `version_id`, or `environment`, to target
    an existing version of the Flow. Otherwise, the default deployed version will be chosen.

    Args:
        version_id (str | Unset): A specific Version ID of the Flow to log to.
        environment (str | Unset): Name of the Environment identifying a deployed version to log
            to.
        body (FlowLogRequest): Request to create a Trace on a Flow.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateFlowLogResponse | HTTPValidationError
    """

    return sync_detailed(
        client=client,
        body=body,
        version_id=version_id,
        environment=environment,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: FlowLogRequest,
    version_id: str | Unset = UNSET,
    environment: str | Unset = UNSET,
) -> Response[CreateFlowLogResponse | HTTPValidationError]:
    """Log to a Flow

     Log to a Flow.

    You can use query parameters `version_id`, or `environment`, to target
    an existing version of the Flow. Otherwise, the default deployed version will be chosen.

    Args:
        version_id (str | Unset): A specific Version ID of the Flow to log to.
        environment (str | Unset): Name of the Environment identifying a deployed version to log
            to.
        body (FlowLogRequest): Request to create a Trace on a Flow.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateFlowLogResponse | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        body=body,
        version_id=version_id,
        environment=environment,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: FlowLogRequest,
    version_id: str | Unset = UNSET,
    environment: str | Unset = UNSET,
) -> CreateFlowLogResponse | HTTPValidationError | None:
    """Log to a Flow

     Log to a Flow.

    You can use query parameters `version_id`, or `environment`, to target
    an existing version of the Flow. Otherwise, the default deployed version will be chosen.

    Args:
        version_id (str | Unset): A specific Version ID of the Flow to log to.
        environment (str | Unset): Name of the Environment identifying a deployed version to log
            to.
        body (FlowLogRequest): Request to create a Trace on a Flow.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateFlowLogResponse | HTTPValidationError
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            version_id=version_id,
            environment=environment,
        )
    ).parsed
