from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.evaluator_log_response import EvaluatorLogResponse
from ...models.flow_log_response import FlowLogResponse
from ...models.http_validation_error import HTTPValidationError
from ...models.prompt_log_response import PromptLogResponse
from ...models.prompt_log_update_request import PromptLogUpdateRequest
from ...models.tool_log_response import ToolLogResponse
from ...types import Response, path_segment


def build_request(
    id: str,
    log_id: str,
    *,
    body: PromptLogUpdateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/prompts/{id}/log/{log_id}".format(
            id=path_segment(id),
            log_id=path_segment(log_id),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


_get_kwargs = build_request


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    EvaluatorLogResponse
    | FlowLogResponse
    | PromptLogResponse
    | ToolLogResponse
    | HTTPValidationError
    | None
):
    if response.status_code == 200:

        def _parse_response_200(
            data: object,
        ) -> EvaluatorLogResponse | FlowLogResponse | PromptLogResponse | ToolLogResponse:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_log_response_type_0 = PromptLogResponse.from_dict(
                    data, _strict=True
                )

                return componentsschemas_log_response_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_log_response_type_1 = ToolLogResponse.from_dict(
                    data, _strict=True
                )

                return componentsschemas_log_response_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_log_response_type_2 = EvaluatorLogResponse.from_dict(
                    data, _strict=True
                )

                return componentsschemas_log_response_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_log_response_type_3 = FlowLogResponse.from_dict(data, _strict=True)

            return componentsschemas_log_response_type_3

        response_200 = _parse_response_200(response.json())

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
) -> (
    EvaluatorLogResponse
    | FlowLogResponse
    | PromptLogResponse
    | ToolLogResponse
    | HTTPValidationError
    | None
):
    """The typed value of ``body``, already decoded, answered with ``status``."""
    if status == 200:

        def _parse_response_200(
            data: object,
        ) -> EvaluatorLogResponse | FlowLogResponse | PromptLogResponse | ToolLogResponse:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_log_response_type_0 = PromptLogResponse.from_dict(
                    data, _strict=True
                )

                return componentsschemas_log_response_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_log_response_type_1 = ToolLogResponse.from_dict(
                    data, _strict=True
                )

                return componentsschemas_log_response_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_log_response_type_2 = EvaluatorLogResponse.from_dict(
                    data, _strict=True
                )

                return componentsschemas_log_response_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_log_response_type_3 = FlowLogResponse.from_dict(data, _strict=True)

            return componentsschemas_log_response_type_3

        response_200 = _parse_response_200(body)

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
) -> Response[
    EvaluatorLogResponse
    | FlowLogResponse
    | PromptLogResponse
    | ToolLogResponse
    | HTTPValidationError
]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    id: str,
    log_id: str,
    *,
    client: AuthenticatedClient,
    body: PromptLogUpdateRequest,
) -> Response[
    EvaluatorLogResponse
    | FlowLogResponse
    | PromptLogResponse
    | ToolLogResponse
    | HTTPValidationError
]:
    """Update Prompt Log

     Update a Log.

    Update the details of a Log with the given ID.

    Args:
        id (str): Unique identifier for Prompt.
        log_id (str): Unique identifier for the Log.
        body (PromptLogUpdateRequest): Request for updating a Prompt log.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EvaluatorLogResponse | FlowLogResponse | PromptLogResponse | ToolLogResponse | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        id=id,
        log_id=log_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: str,
    log_id: str,
    *,
    client: AuthenticatedClient,
    body: PromptLogUpdateRequest,
) -> (
    EvaluatorLogResponse
    | FlowLogResponse
    | PromptLogResponse
    | ToolLogResponse
    | HTTPValidationError
    | None
):
    """Update Prompt Log

     Update a Log.

    Update the details of a Log with the given ID.

    Args:
        id (str): Unique identifier for Prompt.
        log_id (str): Unique identifier for the Log.
        body (PromptLogUpdateRequest): Request for updating a Prompt log.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EvaluatorLogResponse | FlowLogResponse | PromptLogResponse | ToolLogResponse | HTTPValidationError
    """

    return sync_detailed(
        id=id,
        log_id=log_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    id: str,
    log_id: str,
    *,
    client: AuthenticatedClient,
    body: PromptLogUpdateRequest,
) -> Response[
    EvaluatorLogResponse
    | FlowLogResponse
    | PromptLogResponse
    | ToolLogResponse
    | HTTPValidationError
]:
    """Update Prompt Log

     Update a Log.

    Update the details of a Log with the given ID.

    Args:
        id (str): Unique identifier for Prompt.
        log_id (str): Unique identifier for the Log.
        body (PromptLogUpdateRequest): Request for updating a Prompt log.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EvaluatorLogResponse | FlowLogResponse | PromptLogResponse | ToolLogResponse | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        id=id,
        log_id=log_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    log_id: str,
    *,
    client: AuthenticatedClient,
    body: PromptLogUpdateRequest,
) -> (
    EvaluatorLogResponse
    | FlowLogResponse
    | PromptLogResponse
    | ToolLogResponse
    | HTTPValidationError
    | None
):
    """Update Prompt Log

     Update a Log.

    Update the details of a Log with the given ID.

    Args:
        id (str): Unique identifier for Prompt.
        log_id (str): Unique identifier for the Log.
        body (PromptLogUpdateRequest): Request for updating a Prompt log.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EvaluatorLogResponse | FlowLogResponse | PromptLogResponse | ToolLogResponse | HTTPValidationError
    """

    return (
        await asyncio_detailed(
            id=id,
            log_id=log_id,
            client=client,
            body=body,
        )
    ).parsed
